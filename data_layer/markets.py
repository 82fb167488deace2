"""Which market an article's prices are quoted in, and what its bare symbols mean there.

A ``$`` on the ASX is an Australian dollar, ``cents`` on the TSX are Canadian cents, a UK market
report's ``cents`` are pence, and "fell 4% to 3,020" in a Tokyo wrap is yen. The market comes from
what the text states, strongest first: an exchange-qualified ticker of the article's company
("(ASX: XRO)", "ITC.NS"), the company's listing, then the exchanges, indices and currencies the
text names. Rules are data (:data:`MARKETS`, :data:`EXCHANGE_MARKET`, :data:`INDEX_CUES`); the
functions are small and pure.

>>> market_of_text("Shares in the miner closed at $4.12 on the ASX, as the S&P/ASX 200 rose.").code
'AU'
>>> market_of_text("The Sensex fell 0.4% while ITC rose to Rs 431 on the NSE.").currency
'INR'
>>> market_of_text("Apple rose 1% on Wall Street.").currency, market_of_text("Apple rose 1%.") is None
('USD', True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["MARKETS", "Market", "market_for", "market_of_exchange", "market_of_text"]


@dataclass(frozen=True)
class Market:
    code: str  # ISO country (or "EU" for the euro area's shared venues)
    currency: str  # ISO code of the price quotes ("GBX" for pence)
    calendar: str  # exchange_calendars name of the main venue
    cents: str  # what a "cent" of a quote is there: "GBX" (a UK writer's pence) or the currency's hundredth
    weekend: tuple[int, ...] = (5, 6)  # weekdays without trading (Tadawul: Friday and Saturday)
    # a weekend that changed: the one before ``weekend_since`` (the UAE's markets moved theirs to Saturday and
    # Sunday in January 2022)
    old_weekend: tuple[int, ...] | None = None
    weekend_since: dt.date | None = None

    def weekend_on(self, day: dt.date) -> tuple[int, ...]:
        """The weekdays without trading in the week of ``day``.

        >>> MARKETS["AE"].weekend_on(dt.date(2014, 4, 20)), MARKETS["AE"].weekend_on(dt.date(2024, 4, 21))
        ((4, 5), (5, 6))
        """
        if self.old_weekend and self.weekend_since and day < self.weekend_since:
            return self.old_weekend
        return self.weekend


MARKETS: dict[str, Market] = {
    "US": Market("US", "USD", "XNYS", "USD"),
    "UK": Market("UK", "GBX", "XLON", "GBX"),
    "IN": Market("IN", "INR", "XBOM", "INR"),
    "JP": Market("JP", "JPY", "XTKS", "JPY"),
    "AU": Market("AU", "AUD", "XASX", "AUD"),
    "CA": Market("CA", "CAD", "XTSE", "CAD"),
    "HK": Market("HK", "HKD", "XHKG", "HKD"),
    "SG": Market("SG", "SGD", "XSES", "SGD"),
    "NZ": Market("NZ", "NZD", "XNZE", "NZD"),
    "DE": Market("DE", "EUR", "XETR", "EUR"),
    "FR": Market("FR", "EUR", "XPAR", "EUR"),
    "NL": Market("NL", "EUR", "XAMS", "EUR"),
    "BE": Market("BE", "EUR", "XBRU", "EUR"),
    "ES": Market("ES", "EUR", "XMAD", "EUR"),
    "IT": Market("IT", "EUR", "XMIL", "EUR"),
    "IE": Market("IE", "EUR", "XDUB", "EUR"),
    "FI": Market("FI", "EUR", "XHEL", "EUR"),
    "PT": Market("PT", "EUR", "XLIS", "EUR"),
    "AT": Market("AT", "EUR", "XWBO", "EUR"),
    "CH": Market("CH", "CHF", "XSWX", "CHF"),
    "SE": Market("SE", "SEK", "XSTO", "SEK"),
    "NO": Market("NO", "NOK", "XOSL", "NOK"),
    "DK": Market("DK", "DKK", "XCSE", "DKK"),
    "KR": Market("KR", "KRW", "XKRX", "KRW"),
    "ZA": Market("ZA", "ZAR", "XJSE", "ZAR"),
    "SA": Market("SA", "SAR", "XSAU", "SAR", (4, 5)),  # Tadawul: trades Sunday to Thursday
    "MY": Market("MY", "MYR", "XKLS", "MYR"),
    # Gulf and Egyptian bourses trade Sunday to Thursday (no trading calendar of their own: weekdays)
    "AE": Market("AE", "AED", "", "AED", (5, 6), (4, 5), dt.date(2022, 1, 1)),
    "QA": Market("QA", "QAR", "", "QAR", (4, 5)),
    "KW": Market("KW", "KWD", "", "KWD", (4, 5)),
    "EG": Market("EG", "EGP", "", "EGP", (4, 5)),
    "PH": Market("PH", "PHP", "XPHS", "PHP"),
    "ID": Market("ID", "IDR", "XIDX", "IDR"),
    "PK": Market("PK", "PKR", "XKAR", "PKR"),
    "BD": Market("BD", "BDT", "", "BDT", (4, 5)),  # Dhaka: trades Sunday to Thursday
    "LK": Market("LK", "LKR", "", "LKR"),
    "NG": Market("NG", "NGN", "", "NGN"),
    "KE": Market("KE", "KES", "", "KES"),
    "MX": Market("MX", "MXN", "XMEX", "MXN"),
    "BR": Market("BR", "BRL", "BVMF", "BRL"),
    "CL": Market("CL", "CLP", "XSGO", "CLP"),
}

# exchange as written in tickers and listings -> market
EXCHANGE_MARKET: dict[str, str] = {
    "NYSE": "US", "NYSE AMERICAN": "US", "NYSE ARCA": "US", "NYSE MKT": "US", "NASDAQ": "US", "AMEX": "US",
    "OTC": "US", "OTCQX": "US", "OTCQB": "US", "OTCMKTS": "US", "OTC MARKETS": "US", "CBOE": "US", "BATS": "US",
    "LSE": "UK", "LON": "UK", "AIM": "UK", "NSE": "IN", "BSE": "IN", "NSEI": "IN", "TSE": "JP", "TYO": "JP",
    "JPX": "JP", "ASX": "AU", "TSX": "CA", "TSXV": "CA", "TSX-V": "CA", "CSE": "CA", "NEO": "CA", "HKEX": "HK",
    "HKG": "HK", "SEHK": "HK", "SGX": "SG", "KLSE": "MY", "BURSA": "MY", "MYX": "MY", "NZX": "NZ", "XETRA": "DE",
    "ETR": "DE", "FRA": "DE", "FWB": "DE",
    "EPA": "FR", "EURONEXT PARIS": "FR", "AMS": "NL", "EURONEXT AMSTERDAM": "NL", "EBR": "BE",
    "EURONEXT BRUSSELS": "BE", "BME": "ES", "BIT": "IT", "MIL": "IT", "BORSA ITALIANA": "IT", "SIX": "CH",
    "SWX": "CH", "VTX": "CH", "NASDAQ STOCKHOLM": "SE", "STO": "SE", "NASDAQ HELSINKI": "FI", "HEL": "FI",
    "NASDAQ COPENHAGEN": "DK", "CPH": "DK",
    "ELI": "PT", "EURONEXT LISBON": "PT", "VIE": "AT", "OSLO BØRS": "NO", "OSLO BORS": "NO", "OSE": "NO", "KRX": "KR",
    "KOSDAQ": "KR", "JSE": "ZA", "EURONEXT DUBLIN": "IE", "ST": "SE", "OL": "NO", "CO": "DK", "HE": "FI",
}  # fmt: skip

# ISIN country prefix -> market (where a company's home listing is the obvious quote)
ISIN_MARKET: dict[str, str] = {
    "US": "US", "GB": "UK", "IN": "IN", "JP": "JP", "AU": "AU", "CA": "CA", "HK": "HK", "SG": "SG", "NZ": "NZ",
    "DE": "DE", "FR": "FR", "NL": "NL", "BE": "BE", "ES": "ES", "IT": "IT", "IE": "IE", "FI": "FI", "CH": "CH",
    "PT": "PT", "AT": "AT", "SE": "SE", "NO": "NO", "DK": "DK", "KR": "KR", "ZA": "ZA", "MY": "MY",
}  # fmt: skip

# words in the text that place it on a market (exchanges, their indices, market-specific currency words)
INDEX_CUES: dict[str, str] = {
    r"Sensex|Nifty(?:\s?50)?|Dalal Street|Bombay Stock Exchange|National Stock Exchange of India|\bBSE\b|\bNSE\b"
    r"|Rs\.?\s?\d|₹|\bcrores?\b|\blakhs?\b": "IN",
    r"Nikkei|Topix|Tokyo Stock Exchange|\bTSE\b|Prime Market|\d\s?yen\b|¥": "JP",
    r"S&P/ASX|ASX\s?\d{2,3}|\bASX\b|All Ordinaries|Australian Securities Exchange|A\$|Aus\$|\$A\s?\d": "AU",
    r"S&P/TSX|\bTSX(?:V|-V)?\b|Toronto Stock Exchange|TSX Venture|C\$|Can\$|Cdn\$|Bay Street": "CA",
    r"FTSE(?! MIB)|\bLSE\b|London Stock Exchange|\bAIM\b|\d\s?p\b|\d\s?pence\b": "UK",
    r"Hang Seng|Hong Kong Stock Exchange|\bHKEX\b|HK\$": "HK",
    r"Straits Times Index|Singapore Exchange|\bSGX\b|(?<![A-Z])S\$|Singapore shares|\bSTI\b": "SG",  # (not "US$")
    r"Bursa Malaysia|\bFBM KLCI\b|\bKLCI\b|\bRM\d|\bringgit\b": "MY",
    r"\bNZX(?:\s?50)?\b|NZ\$|New Zealand shares|New Zealand's sharemarket": "NZ",
    r"Tadawul|\bTASI\b|Saudi Exchange|Saudi stock (?:exchange|market)|\bSR\s?\d": "SA",
    r"\bDFM\b|Dubai Financial Market|\bADX\b|Abu Dhabi Securities Exchange|(?:Dubai|Abu Dhabi)(?:'s)? (?:index|bourse)"
    r"|\bDhs?\s?\d|\bdirhams?\b|\bAED\b": "AE",
    r"Qatar (?:Stock )?Exchange|Qatar(?:i)? bourse|\bQE (?:index|General Index)\b|\bQSE\b|\bQR\s?\d|\bQAR\b": "QA",
    r"Boursa Kuwait|Kuwait Stock Exchange|Kuwait(?:i)? bourse|\bKD\s?\d|\bKWD\b": "KW",
    r"\bEGX\s?30\b|Egyptian Exchange|Egypt(?:'s|ian) (?:bourse|stock exchange)|E£|\bEGP\b|Egyptian pounds?": "EG",
    r"\bPSEi\b|Philippine Stock Exchange|₱|\bPhp\s?\d|\bPHP\b": "PH",
    r"Jakarta Composite|\bJCI\b|Indonesia Stock Exchange|\bIDX\b|\bRp\s?\d|\bIDR\b|\brupiah\b": "ID",
    r"Pakistan Stock Exchange|\bPSX\b|\bKSE[- ]?100\b|Karachi Stock Exchange|\bPKR\b|\bPkR\s?\d": "PK",
    r"Dhaka Stock Exchange|\bDSEX?\b|Chittagong Stock Exchange|\bTk\.?\s?\d|\bBDT\b|\d\s?taka\b": "BD",
    r"Colombo Stock Exchange|\bASPI\b|All Share Price Index|\bLKR\b|Sri Lankan? rupees": "LK",
    r"Nigerian Exchange|Nigerian Stock Exchange|\bNGX\b|\bNSE ASI\b|₦|\bnaira\b|\bNGN\b": "NG",
    r"Nairobi Securities Exchange|Nairobi bourse|\bNASI\b|\bKSh\s?\d|\bSh\d|\bKES\b|Kenyan shillings?": "KE",
    r"Mexican Stock Exchange|Bolsa Mexicana|\bBMV\b|S&P/BMV|\bIPC index\b|Mexican pesos?|\bMXN\b": "MX",
    r"\bB3\b|\bBovespa\b|\bIbovespa\b|S[ãa]o Paulo (?:stock exchange|bourse)|\bR\$\s?\d|\breais\b|\bBRL\b": "BR",
    r"Santiago Stock Exchange|Santiago bourse|\bIPSA\b|Chilean pesos?|\bCLP\b": "CL",
    r"\bDAX\b|\bMDAX\b|\bXetra\b|Frankfurt Stock Exchange": "DE",
    r"CAC[ -]40|Euronext Paris|Paris Bourse": "FR",
    r"\bAEX\b|Euronext Amsterdam": "NL",
    r"\bBEL[- ]?20\b|Euronext Brussels|Brussels bourse": "BE",
    r"FTSE MIB|Borsa Italiana|Milan Stock Exchange|Milan bourse|Piazza Affari": "IT",
    r"\bISEQ\b|Euronext Dublin|Irish Stock Exchange|Irish (?:shares|stocks|market)|close in Dublin"
    r"|Dublin (?:market|bourse|exchange)": "IE",
    r"\bPSI(?:[- ]?20)?\b|Euronext Lisbon|Lisbon Stock Exchange|Lisbon bourse|(?:gains|losses|trading) in Lisbon": "PT",
    r"\bATX\b|Vienna Stock Exchange|Wiener B[öo]rse|Vienna bourse": "AT",
    r"\bSMI\b|SIX Swiss Exchange": "CH",
    r"OMX Stockholm|\bOMXS30\b|Stockholm Stock Exchange|Nasdaq Stockholm|Stockholm bourse": "SE",
    r"Oslo B[øo]rs|Oslo Stock Exchange|\bOBX\b|Oslo bourse": "NO",
    r"OMX Copenhagen|Copenhagen Stock Exchange|Nasdaq Copenhagen|\bC25\b": "DK",
    r"OMX Helsinki|Helsinki Stock Exchange|Nasdaq Helsinki": "FI",
    r"\bJSE\b|Johannesburg Stock Exchange|JSE All[- ]Share|JSE Top[- ]40": "ZA",
    r"\bIBEX(?: 35)?\b|\bIbex(?: 35)?\b|Madrid Stock Exchange|Bolsa de Madrid": "ES",
    r"\bKospi\b|\bKOSPI\b|\bKosdaq\b|\bKOSDAQ\b|Korea Exchange|\d\swon\b": "KR",
    r"Wall Street|\bNYSE\b|Nasdaq(?! (?:Stockholm|Copenhagen|Helsinki|Nordic|Baltic))|S&P 500|Dow Jones Industrial"
    r"|\bthe Dow\b": "US",
}  # fmt: skip
# literals one of which a text must hold before a market's cue pattern runs (a substring test is ~100x cheaper)
CUE_NEEDLES: dict[str, tuple[str, ...]] = {
    "IN": ("Sensex", "Nifty", "Dalal", "Bombay", "National Stock", "BSE", "NSE", "Rs", "₹", "crore", "lakh"),
    "JP": ("Nikkei", "Topix", "Tokyo", "TSE", "Prime", "yen", "¥"),
    "AU": ("ASX", "All Ordinaries", "Australian Securities", "A$", "$A"),
    "CA": ("TSX", "Toronto", "C$", "Can$", "Cdn$", "Bay Street"),
    "UK": ("FTSE", "LSE", "London Stock", "AIM", "p", "pence"),
    "HK": ("Hang Seng", "Hong Kong", "HKEX", "HK$"),
    "SG": ("Straits", "Singapore", "SGX", "S$", "STI"),
    "MY": ("Bursa", "KLCI", "RM", "ringgit"),
    "NZ": ("NZX", "NZ$", "New Zealand"),
    "DE": ("DAX", "Xetra", "Frankfurt"),
    "FR": ("CAC", "Paris"),
    "NL": ("AEX", "Amsterdam"),
    "BE": ("BEL", "Brussels"),
    "IT": ("FTSE MIB", "Borsa", "Milan", "Piazza"),
    "IE": ("ISEQ", "Dublin", "Irish"),
    "PT": ("PSI", "Lisbon"),
    "AT": ("ATX", "Vienna", "Wiener"),
    "CH": ("SMI", "SIX Swiss"),
    "SE": ("Stockholm", "OMXS"),
    "NO": ("Oslo", "OBX"),
    "DK": ("Copenhagen", "C25"),
    "FI": ("Helsinki",),
    "ZA": ("JSE", "Johannesburg"),
    "SA": ("Tadawul", "TASI", "Saudi", "SR"),
    "AE": ("DFM", "Dubai", "ADX", "Abu Dhabi", "Dh", "dirham", "AED"),
    "QA": ("Qatar", "QE ", "QSE", "QR", "QAR"),
    "KW": ("Kuwait", "KD", "KWD"),
    "EG": ("EGX", "Egypt", "E£", "EGP"),
    "PH": ("PSEi", "Philippine", "₱", "Php", "PHP"),
    "ID": ("Jakarta", "JCI", "Indonesia", "IDX", "Rp", "IDR", "rupiah"),
    "PK": ("Pakistan", "PSX", "KSE", "Karachi", "PKR", "PkR"),
    "BD": ("Dhaka", "DSE", "Chittagong", "Tk", "BDT", "taka"),
    "LK": ("Colombo", "ASPI", "All Share Price", "LKR", "rupees"),
    "NG": ("Nigerian", "NGX", "NSE ASI", "₦", "naira", "NGN"),
    "KE": ("Nairobi", "NASI", "KSh", "Sh", "KES", "Kenyan"),
    "MX": ("Mexican", "Bolsa", "BMV", "IPC", "MXN"),
    "BR": ("B3", "Bovespa", "Paulo", "R$", "reais", "BRL"),
    "CL": ("Santiago", "IPSA", "Chilean", "CLP"),
    "ES": ("IBEX", "Ibex", "Madrid"),
    "KR": ("Kospi", "KOSPI", "Kosdaq", "KOSDAQ", "Korea Exchange", " won"),
    "US": ("Wall Street", "NYSE", "Nasdaq", "S&P 500", "Dow"),
}
_CUES = [(code, CUE_NEEDLES[code], re.compile(rx)) for rx, code in INDEX_CUES.items()]

# a ticker the text states with its venue: "(NSE: ITC)", "(ASX:XRO)", "NL:ASML", "TSX: CP"
_VENUE_TICKER = re.compile(r"\b(?P<ex>[A-Z][A-Za-z-]{1,9})\s?:\s?(?P<tic>[A-Z][A-Z0-9]{0,6}(?:[.-][A-Z0-9]{1,3})?)\b")
_VENUE_PREFIX = {"NL": "NL", "FR": "FR", "DE": "DE", "UK": "UK", "GB": "UK", "AU": "AU", "CA": "CA", "JP": "JP"}
# a Reuters/Yahoo suffix: "ITC.NS", "7203.T", "BHP.AX"
# (a base of two characters at least: "N.V." and "S.A." are legal forms, not tickers)
_SUFFIX_TICKER = re.compile(
    r"\b[A-Z0-9]{2,12}\.(?P<sfx>NS|BO|T|AX|TO|V|L|HK|SI|NZ|DE|PA|AS|BR|MI|MC|SW|ST|HE|CO|OL|LS|VI)\b"
)
# the Globe and Mail's Toronto tickers: "(WEED-T)", "(SHOP-T)", TSX Venture "(ABC-X)"
_GLOBE_TICKER = re.compile(r"\([A-Z][A-Z.]{0,7}-[TX]\)")
_SUFFIX_MARKET = {
    "NS": "IN", "BO": "IN", "T": "JP", "AX": "AU", "TO": "CA", "V": "CA", "L": "UK", "HK": "HK", "SI": "SG",
    "NZ": "NZ", "DE": "DE", "PA": "FR", "AS": "NL", "BR": "BE", "MI": "IT", "MC": "ES", "SW": "CH", "ST": "SE",
    "HE": "FI", "CO": "DK", "OL": "NO", "LS": "PT", "VI": "AT",
}  # fmt: skip


def market_of_exchange(exchange: str | None) -> Market | None:
    """
    >>> market_of_exchange("LON").currency, market_of_exchange("Euronext Amsterdam").code
    ('GBX', 'NL')
    """
    if not exchange:
        return None
    code = EXCHANGE_MARKET.get(exchange.strip().upper()) or _VENUE_PREFIX.get(exchange.strip().upper())
    return MARKETS.get(code) if code else None


def _stated_venues(text: str) -> Counter[str]:
    votes: Counter[str] = Counter()
    if ":" not in text and "." not in text:
        return votes
    for m in _VENUE_TICKER.finditer(text) if ":" in text else ():
        mk = market_of_exchange(m["ex"])
        if mk:
            votes[mk.code] += 1
    for m in _SUFFIX_TICKER.finditer(text):
        votes[_SUFFIX_MARKET[m["sfx"]]] += 1
    for _ in _GLOBE_TICKER.finditer(text) if "-" in text else ():
        votes["CA"] += 1
    return votes


def _text_votes(text: str) -> Counter[str]:
    """Per market, how strongly the text's own words point to it (venue-qualified tickers count most)."""
    votes = _stated_venues(text)
    for k in votes:
        votes[k] *= 3
    for code, needles, rx in _CUES:
        if any(n in text for n in needles) and (n := len(rx.findall(text))):
            votes[code] += min(n, 5)
    return votes


#: How strongly a text must point to a market for it to outweigh a listing the text never mentions.
STRONG_TEXT_VOTES = 3


def market_of_text(text: str) -> Market | None:
    """The market the text's own words point to (venue-qualified tickers count most), or None."""
    return _market_of_votes(_text_votes(text))


def _market_of_votes(votes: Counter[str]) -> Market | None:
    if not votes:
        return None
    top = votes.most_common(2)
    best, n = top[0]
    if len(top) > 1 and top[1][1] == n:
        return None  # a tie says nothing
    return MARKETS.get(best)


def market_for(text: str, exchange: str | None = None, isin: str | None = None) -> Market | None:
    """The article's market: what the text states first, then the company's listing, then its ISIN country.

    A company with a US listing in a text that names another venue (an Indian wrap about Infosys, an
    ADR) is quoted where the text says.

    >>> market_for("Xero (ASX: XRO) shares rose to $152.", None, None).code
    'AU'
    >>> market_for("Shares rose 3% in London.", "LSE", "GB0032836487").currency
    'GBX'
    >>> market_for("Shares rose 3%.", None, "JP3633400001").code
    'JP'
    >>> market_for("The Qatar Exchange rose. QNB closed at QR209, Ooredoo at QR8.1 and Nakilat at QR4.2.", "LSE").code
    'QA'
    """
    stated = _stated_venues(text)
    if stated:
        best, n = stated.most_common(1)[0]
        if list(stated.values()).count(n) == 1:
            return MARKETS[best]
    listing = market_of_exchange(exchange)
    votes = _text_votes(text)
    from_text = _market_of_votes(votes)
    # (a company taken from a passing mention, "after Barclays raised its target", in a wrap of the Qatar Exchange
    # that quotes QR prices: the text's market, which it names again and again, and the listing's never)
    foreign = from_text and listing and votes[listing.code] == 0 and votes[from_text.code] >= STRONG_TEXT_VOTES
    if listing and (from_text is None or listing.code != "US") and not foreign:
        return listing
    if from_text:
        return from_text
    if isin and isin[:2] in ISIN_MARKET:
        return MARKETS[ISIN_MARKET[isin[:2]]]
    return None
