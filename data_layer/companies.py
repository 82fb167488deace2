"""Which companies an article is about, main company first.

Signals, strongest first:
- tickers stated in the text: "(NYSE: CBRG)", "(NASDAQ:HLDN)", "(NWTR.O)" (Reuters RIC), "Symbol: RHF",
  "$AMZN", and ISINs ("ISIN: DE000RHF0012", checked with python-stdnum) attached to the name before them;
- metadata hints (HTML/JSON keywords such as "Tamsin Retail, TMSN");
- the offline list of index constituents in ``pytickersymbols`` (names, tickers, ISINs), matched on
  cleaned names of capitalised phrases (exactly, then with rapidfuzz for multi-word phrases);
- proper nouns in the headline that the body repeats (unlisted companies: "Ashcombe" -> "Ashcombe Group").

The main company is the one in the headline that the body mentions most; brokers seen only as the
source of a rating ("JPMorgan raised its target ...") are ranked down.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from . import _company_rules as R
from ._dates_rules import CALENDAR_WORDS
from .models import Company

# --------------------------------------------------------------------------- rules (data)

EXCHANGES = (
    "NYSE American", "NYSE Arca", "NYSE MKT", "NYSE", "NASDAQ", "Nasdaq", "Nasdaq Stockholm", "Nasdaq Copenhagen",
    "Nasdaq Helsinki", "AMEX", "LSE", "LON", "AIM", "TSX", "TSXV", "TSX-V", "CSE", "ASX", "NZX", "XETRA", "Xetra",
    "ETR", "FRA", "FWB", "Euronext", "EPA", "AMS", "EBR", "ELI", "SIX", "SWX", "VTX", "HKEX", "HKG", "SEHK", "TYO",
    "TSE", "JPX", "KRX", "KOSDAQ", "SGX", "NSE", "BSE", "OTC", "OTCQX", "OTCQB", "OTCMKTS", "OTC Markets", "CBOE",
    "BATS", "Oslo Børs", "Oslo Bors", "OSE", "OB", "STO", "CPH", "HEL", "BME", "BIT", "MIL", "JSE", "WSE", "TASE",
    "B3", "BMV", "BVMF", "SSE", "SZSE", "TWSE", "IDX", "SET", "Borsa Italiana", "Deutsche Börse", "Wiener Börse",
)  # fmt: skip
# Reuters RIC suffix -> exchange
RIC_SUFFIXES = {
    "O": "NASDAQ", "OQ": "NASDAQ", "N": "NYSE", "A": "NYSE American", "K": "NYSE", "P": "NYSE Arca",
    "L": "LSE", "DE": "XETRA", "F": "FRA", "PA": "Euronext Paris", "AS": "Euronext Amsterdam",
    "BR": "Euronext Brussels",
    "LS": "Euronext Lisbon", "MI": "Borsa Italiana", "MC": "BME", "SW": "SIX", "S": "SIX", "VX": "SIX",
    "ST": "Nasdaq Stockholm", "CO": "Nasdaq Copenhagen", "HE": "Nasdaq Helsinki", "OL": "Oslo Børs",
    "VI": "Wiener Börse", "IR": "Euronext Dublin", "T": "TSE", "HK": "HKEX", "TO": "TSX", "V": "TSXV",
    "AX": "ASX", "NZ": "NZX", "SI": "SGX", "NS": "NSE", "BO": "BSE", "KS": "KRX", "KQ": "KOSDAQ", "SS": "SSE",
    "SZ": "SZSE", "TW": "TWSE", "SA": "B3", "MX": "BMV", "JO": "JSE", "WA": "WSE", "TA": "TASE",
}  # fmt: skip
# legal-form suffixes dropped from display names and match keys
LEGAL_SUFFIXES = (
    "Incorporated", "Inc", "Corporation", "Corp", "Company", "Co", "Limited", "Ltd", "LLC", "L.P.", "LP", "plc",
    "PLC", "AG", "SE", "SA", "S.A.", "NV", "N.V.", "BV", "ASA", "AS", "A/S", "AB", "Oyj", "Oy", "GmbH", "KGaA",
    "SpA", "S.p.A.", "SAS", "Aktiengesellschaft", "Holding AG", "& Co", "Tbk",
)  # fmt: skip
# also dropped from match keys (kept in display names: "Ashcombe Group")
WEAK_SUFFIXES = ("Group", "Holdings", "Holding", "Companies", "Class A", "Class B", "Class C")
# well-known other names of listed companies -> the name pytickersymbols uses
BRAND_ALIASES = {
    "Google": "Alphabet", "Facebook": "Meta Platforms", "Meta": "Meta Platforms", "Instagram": "Meta Platforms",
    "JPMorgan": "JPMorgan Chase", "J.P. Morgan": "JPMorgan Chase", "Coca-Cola": "The Coca-Cola Company",
    "Disney": "Walt Disney", "Berkshire": "Berkshire Hathaway", "Alibaba": "Alibaba Group",
    "Exxon Mobil": "ExxonMobil", "Exxon": "ExxonMobil",
}  # fmt: skip
# parenthesised all-caps words that are not tickers
NOT_TICKERS = frozenset(
    [
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CIO",
        "FDA",
        "SEC",
        "FTC",
        "DOJ",
        "EU",
        "US",
        "USA",
        "UK",
        "AI",
        "IPO",
        "ETF",
        "GDP",
        "EPS",
        "ESG",
        "EV",
        "EVS",
        "API",
        "IT",
        "HR",
        "PR",
        "AGM",
        "EGM",
        "NYSE",
        "NASDAQ",
        # news agencies in a dateline: "NEW YORK (AP) —", "PARIS (AFP) -"
        "AP",
        "AFP",
        "UPI",
        "RNS",
        "DPA",
        "FX",
        "M&A",
        "R&D",
        "LNG",
        "OPEC",
        "ECB",
        "FED",
        "IMF",
        "WHO",
        "EBIT",
        "EBITDA",
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CHF",
        "CNY",
        "GBX",
        "ISIN",
        "WKN",
        "YOY",
        "QOQ",
        "TTM",
        "FY",
        "H1",
        "H2",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "PE",
        "NAV",
        "AUM",
        "ARR",
        "FCF",
        "ROE",
        "ROI",
        "CAGR",
        "LTM",
        "NTM",
        "PT",
        "AM",
        "PM",
        "ET",
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "PST",
        "PDT",
        "CET",
    ]
)
# words that start a capitalised phrase without being part of a name
#: Words of corporate names that never name one company alone, even when only one listed name opens with them
#: ("U and I Group PLC" is not Group 1 Automotive, "Capital" not Capital One).
GENERIC_LEADS = frozenset(
    {"Group", "Holdings", "Holding", "Company", "Corporation", "Industries", "International", "Global", "Trust",
     "Partners", "Capital", "Consolidated", "Healthcare", "Medical", "Minerals", "Power", "Realty", "Financial",
     "Energy", "Resources", "Systems", "Technologies", "Services", "Solutions", "Investment", "Investments"}
)  # fmt: skip
LEADING_NOISE = (
    frozenset(
        [
            # Indonesia's form before the name: "PT Barito Pacific Tbk (BRPT)"
            "PT",
            # "Should Investors Be Buying METRO (ETR:MEO) Shares?": a Title Case headline's verbs
            "Be",
            "Buying",
            "Selling",
            "Holding",
            "Owning",
            "The",
            "A",
            "An",
            "And",
            "But",
            "Or",
            "As",
            "At",
            "By",
            "For",
            "From",
            "In",
            "Into",
            "Of",
            "On",
            "Onto",
            "To",
            "With",
            "Without",
            "Shares",
            "Share",
            "Stock",
            "Stocks",
            "Rival",
            "Rivals",
            "Peer",
            "Peers",
            "Analysts",
            "Analyst",
            "Investors",
            "While",
            "When",
            "Why",
            "How",
            "What",
            "Where",
            "Who",
            "After",
            "Before",
            "Since",
            "Under",
            "Despite",
            "Including",
            "Like",
            "Unlike",
            "Both",
            "Each",
            "Its",
            "Their",
            "His",
            "Her",
            "Our",
            "This",
            "That",
            "These",
            "Those",
            "Also",
            "Even",
            "Meanwhile",
            "However",
            "Then",
            "Now",
            "Today",
            "Yesterday",
            "Tomorrow",
            "Separately",
            "Earlier",
            "Later",
            "Last",
            "Next",
            "New",
            "Update",
            "Breaking",
            "Exclusive",
            "Report",
            "Earnings",
            "Preview",
            "Market",
            "Markets",
            "Wrap",
            "Watch",
            "Chief",
            "Executive",
            "President",
            "Chairman",
            "CEO",
            "CFO",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Here",
            "There",
            "If",
            "Is",
            "Are",
            "Was",
            "Were",
            "Will",
            "Has",
            "Have",
            "Had",
            "Can",
            "Could",
            "Would",
            "Should",
            "May",
            "Might",
            "Shares",
            "Said",
            "Says",
            "I",
            "We",
            "You",
            "They",
            "He",
            "She",
            "It",
            "Let",
            "Stock",
        ]
    )
    | CALENDAR_WORDS
)
# words that, right after a name, make it a rating source rather than the subject
_BROKER_AFTER = re.compile(
    # a fund houses' digest line: "HSBC on Axis Bank: Maintain Buy on Bank, raise target price at Rs 1340/Sh"
    r"^\s+on\s+[A-Z][^:\n]{0,40}:\s*(?:maintain|initiate|upgrade|downgrade|reiterate|retain|keep|raise|cut|"
    r"reduce|lower)\b|"
    # a ratings list's line: "Morgan Stanley: Overweight | Target Rs 1700"
    r"^\s*:\s*(?:buy|sell|hold|neutral|overweight|underweight|outperform|underperform|equal[-\s]?weight|add|reduce|"
    r"accumulate)\b|"
    r"^(?:'s)?\s*(?:analysts?\b|has\s+|have\s+|also\s+|on\s+\w+day\s+)?"
    r"(?:raised|lifted|boosted|increased|hiked|cut|lowered|reduced|trimmed|slashed|upgraded|downgraded|"
    r"reiterated|maintained|kept|initiated|started|resumed|rates|rated|assigned|set|has a|sees|expects|"
    # a digest's present tense: "Ashby Foods: Morgan Stanley lifts target price from 410p to 455p"
    r"(?:raises|lifts|boosts|increases|hikes|cuts|lowers|reduces|trims|slashes|moves|takes|shifts|sets|"
    r"upgrades|downgrades|reiterates|reaffirms|maintains|keeps|retains|initiates|starts|resumes)"
    # ("maintained its overweight rating on")
    r"\s+(?:its\s+|the\s+)?(?:target|price\s+target|(?:[\w-]+\s+)?rating|recommendation|coverage|\w+\s+to\b))\b",
    re.IGNORECASE,
)
_BROKER_BEFORE = re.compile(r"(?:analysts?|strategists?|economists?)\s+(?:at|from|with)\s+$|\bby\s+$", re.IGNORECASE)

# "3M" and "7-Eleven" are names; "£6.3bn", "1st" and "20pc" are not
# (a fiscal period is no part of a name: "We downgrade Kestrel FY24-25e EPS", "Kestrel Q3 sales")
_CAP_WORD = (
    r"(?!(?:FY|Q[1-4]|H[12]|[12]H)\d)"
    r"(?:[A-Z][\w&'’.-]*|[A-Z]{2,}|(?<![\d.,£$€¥₹])\d+(?!(?:bn|mn|m|k|p|pc|pct|x|st|nd|rd|th|s)\b)[A-Za-z]+)"
)
_PHRASE = re.compile(rf"{_CAP_WORD}(?:(?:[ \t]+|[ \t]*&[ \t]*|[ \t]+(?:of|de|du|la|van|von|der)[ \t]+){_CAP_WORD})*")
_EXCH_RE = "|".join(re.escape(e) for e in sorted(EXCHANGES, key=len, reverse=True))
_TICKER = r"[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?"
# "(NYSE: X)", "(LON, NYSE: KOS)" and "[ASX:CXO]"
_EXPLICIT = re.compile(
    rf"[(\[](?:(?:{_EXCH_RE})\s*,\s*)?(?:{_EXCH_RE})\s*[:：]\s*(?P<tic>{_TICKER})(?![\w])[^)\]]*[)\]]", re.IGNORECASE
)
# the ticker first: "Capitan Silver Corp. (CAPT:TSXV, CAPTF:OTC)"
_EXPLICIT_REV = re.compile(rf"[(\[](?P<tic>{_TICKER})\s*[:：]\s*(?P<ex>(?i:{_EXCH_RE}))(?![\w])[^)\]]*[)\]]")
_RIC_SFX = "|".join(sorted(RIC_SUFFIXES, key=len, reverse=True))
# "(AAPL.O)", "(7203.T)"; and Reuters' bare form after the name: "Toyota Motor 7203.T", "Sony Group 6758.T"
_RIC = re.compile(
    rf"\((?P<tic>[A-Z][A-Z0-9]{{0,5}}|\d{{4,6}})\.(?P<sfx>{_RIC_SFX})\)"
    # (one letter only on a US venue: "Citigroup C.N")
    rf"|(?<=[A-Za-z.] )(?P<btic>[A-Z][A-Z0-9]{{1,5}}|\d{{4,6}}|[A-Z](?=\.(?:N|O|OQ|K)\b))"
    rf"\.(?P<bsfx>{_RIC_SFX})(?![\w.])"
)
_TRAILING_RIC = re.compile(rf"\s+(?:[A-Z][A-Z0-9]{{0,5}}|\d{{4,6}})\.(?:{_RIC_SFX})$")
_BARE = re.compile(r"\((?P<tic>[A-Z]{2,5})\)")
_SYMBOL = re.compile(rf"\b(?:Symbol|Ticker|Kürzel|Ticker symbol)\s*:\s*(?P<tic>(?-i:{_TICKER}))\b", re.IGNORECASE)
_CASHTAG = re.compile(r"(?<![\w$])\$(?P<tic>[A-Z]{1,5}(?:\.[A-Z])?)\b")
_ISIN = re.compile(r"\b[A-Z]{2}[A-Z0-9]{9}\d\b")
_NAME_BEFORE = re.compile(rf"((?:{_CAP_WORD}[,.]?(?:\s+|\s*&\s*|\s+(?:of|and|de)\s+)){{0,6}}{_CAP_WORD}[,.]?)\s*$")
_POSSESSIVE = re.compile(r"[’']s?$")
_SENT_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")

_FUZZ_CUTOFF = 93
_EXCHANGE_SET = frozenset(EXCHANGES) | {"Nasdaq Composite", "Dow Jones", "Dow", "S&P", "FTSE", "DAX", "MDAX"}


# --------------------------------------------------------------------------- names


# "S.A." also matches "S.A" (the final dot is stripped with the sentence's)
_LEGAL_ALT = "|".join(re.escape(x.rstrip(".")) for x in LEGAL_SUFFIXES)
_LEGAL_RE = re.compile(rf"(?:,?\s+)(?:{_LEGAL_ALT})\.?$")
# legal forms and weak suffixes as lower-case words ("Amazon.com, Inc.", "Ashcombe Group")
_LEGAL_WORDS = frozenset(x.rstrip(".").lower() for x in (*LEGAL_SUFFIXES, *WEAK_SUFFIXES)) | {"the", "&", "and"}
_WEAK_RE = re.compile(r"(?:,?\s+)(?:" + "|".join(re.escape(x) for x in WEAK_SUFFIXES) + r")$")


# A legal form's possessive: "Acme Ltd.'s" (but "Macy's" and "Kohl's" are names)
_SUFFIX_POSSESSIVE = re.compile(rf"(\b(?:{_LEGAL_ALT})\.?)['’]s$")


@functools.lru_cache(maxsize=65536)
def clean_name(name: str, *, weak: bool = False) -> str:
    """Drop legal-form (and with ``weak``, group) suffixes and a leading "The".

    >>> clean_name("Tamsin Retail Group Inc.")
    'Tamsin Retail Group'
    >>> clean_name("Tamsin Retail Group Inc.", weak=True)
    'Tamsin Retail'
    >>> clean_name("Halvard Maritime ASA"), clean_name("The Coca-Cola Company")
    ('Halvard Maritime', 'Coca-Cola')
    >>> clean_name("Selwyn Cement Ltd.'s"), clean_name("Macy's")
    ('Selwyn Cement', "Macy's")
    """
    name = re.sub(r"\s+", " ", name).strip(" ,.;:'\"’")
    name = _SUFFIX_POSSESSIVE.sub(r"\1", name)  # "Shree Cement Ltd.'s second-quarter profit"
    name = re.sub(r"^The\s+", "", name)
    while True:
        m = _LEGAL_RE.search(name)
        if not m or m.start() == 0:
            break
        name = name[: m.start()].rstrip(" ,")
    if weak:
        m = _WEAK_RE.search(name)
        if m and m.start() > 0:
            return name[: m.start()].rstrip(" ,")
    return name


_NAME_WORD = re.compile(r"[A-Za-z0-9][\w&-]*")
_GENERIC_NAME_WORDS = frozenset({"the", "inc", "corp", "co", "ltd", "plc", "group", "holdings", "company", "and", "of"})


# Words many companies' names share because they name a trade or a place, not the company
_INDUSTRY_WORDS = frozenset((
    "power", "industries", "industry", "bank", "banks", "energy", "motors", "motor", "steel", "cement", "pharma",
    "pharmaceuticals", "chemicals", "chemical", "foods", "food", "airlines", "airways", "capital", "financial",
    "finance", "insurance", "resources", "minerals", "mining", "oil", "gas", "petroleum", "technologies",
    "technology", "tech", "systems", "services", "international", "global", "india", "japan", "china", "america",
    "american", "national", "united", "general", "electric", "electricals", "telecom", "communications", "media",
    "health", "healthcare", "realty", "properties", "infrastructure", "infra", "construction", "engineering",
    "logistics", "retail", "stores", "brands", "solutions", "software", "electronics", "automotive", "auto",
    "investments", "ventures", "partners", "trust", "life", "securities", "enterprises", "products", "labs",
    "laboratories", "networks", "digital", "data", "entertainment", "hotels", "resorts", "textiles", "paper",
    "metals", "gold", "silver", "copper", "water", "utilities",
))  # fmt: skip


def distinct_leads(a: str, b: str) -> bool:
    """Two names of two or more words that share only later words: "Tata Power" and "Torrent Power", "PI
    Industries" and "Godrej Industries" are two companies.

    >>> distinct_leads("Tata Power", "Torrent Power"), distinct_leads("Royal Bank", "Royal Bank of Canada")
    (True, False)
    >>> distinct_leads("Tata Power", "Power"), distinct_leads("Royal DSM NV", "Supplement Maker DSM")
    (False, False)
    >>> distinct_leads("Royal Bank of Canada", "Bank of Nova Scotia")
    True
    """
    wa = [w.lower() for w in _NAME_WORD.findall(a) if w.lower() not in _GENERIC_NAME_WORDS]
    wb = [w.lower() for w in _NAME_WORD.findall(b) if w.lower() not in _GENERIC_NAME_WORDS]
    if len(wa) < 2 or len(wb) < 2 or wa[0] == wb[0]:
        return False
    # one's lead inside the other ("Royal Bank" in "Bank of Royal ..."), unless the lead is only a trade: "Bank of Nova
    # Scotia" and "Royal Bank of Canada" share a trade
    if (wa[0] in wb and wa[0] not in _INDUSTRY_WORDS) or (wb[0] in wa and wb[0] not in _INDUSTRY_WORDS):
        return False
    return set(wa) & set(wb) <= _INDUSTRY_WORDS  # "Royal DSM" and "Supplement Maker DSM" share a name, not a trade


def same_company(a: str | None, b: str | None) -> bool:
    """Two names a text may use for one company: either unknown, a shared word, or one the other's initials.

    >>> same_company("Royal Bank", "RBC"), same_company("Indian Railways Catering and Tourism Corp.", "IRCTC")
    (True, True)
    >>> same_company("Harte Minerals", "Lanark Fashions"), same_company("Acme", None)
    (False, True)
    >>> same_company("Tata Power", "Torrent Power")
    False
    """
    if not a or not b:
        return True
    wa = [w for w in _NAME_WORD.findall(a) if w.lower() not in _GENERIC_NAME_WORDS]
    wb = [w for w in _NAME_WORD.findall(b) if w.lower() not in _GENERIC_NAME_WORDS]
    if not wa or not wb:
        return True
    if {w.lower() for w in wa} & {w.lower() for w in wb}:
        return not distinct_leads(a, b)
    for short, long in ((a.strip(), wb), (b.strip(), wa)):
        initials = "".join(w[0] for w in long if w[0].isupper())
        if (
            short.isupper()
            and len(short) >= 2
            and len(initials) >= 2
            and (short.startswith(initials) or initials.startswith(short))
        ):
            return True
    return False


def _plain_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", clean_name(name).lower()).strip()


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", clean_name(name, weak=True).lower()).strip()


# capitalised words that are not company names on their own
NOT_NAMES = (
    frozenset(
        [
            "Research",  # a section label ("<Research>HSBC Research Prefers ...")
            "Overweight",
            "Underweight",
            "Outperform",
            "Underperform",
            "Buy",
            "Sell",
            "Hold",
            "Neutral",
            "Reduce",
            "Accumulate",
            "Add",
            "Equal",
            "Weight",
            "Sector",
            "Perform",
            "Market",
            "Perform",
            "Strong",
            "Top",
            "Pick",
            "Highlights",
            "Outlook",
            # currency words before an amount ("m-cap jumps Rs 16,970 cr")
            "Rs",
            "Re",
            "Rupees",
            "Yen",
            "Euro",
            "Euros",
            "Crore",
            "Lakh",
            "Organisation",
            "Organization",
            "Key",
            "Figures",
            "Bottom",
            "Line",
            "Financial",
            "Calendar",
            "I",
            "I'm",
            "I’m",
            "I've",
            "I’ve",
            "I'd",
            "I’d",
            # plural acronyms and festivals a headline starts with ("6 Hong Kong share listings ... for IPOs",
            # "Diwali stock picks 2025")
            "IPOs",
            "ETFs",
            "Brokerages",
            "Brokers",
            "Analysts",
            "Diwali",
            "Dhanteras",
            "Muhurat",
            "Christmas",
            "Easter",
            "Thanksgiving",
            "Ramadan",
        ]
    )
    | R.NATIONALITY_WORDS
)


def split_ticker(symbol: str) -> tuple[str, str | None]:
    """'NWTR.O' -> ('NWTR', 'NASDAQ'); 'SIE.DE' -> ('SIE', 'XETRA'); 'BRK.B' stays.

    >>> split_ticker("NWTR.O"), split_ticker("BRK.B"), split_ticker("swed-a.st")
    (('NWTR', 'NASDAQ'), ('BRK.B', None), ('SWED-A', 'Nasdaq Stockholm'))
    """
    symbol = symbol.strip().upper()
    base, dot, sfx = symbol.rpartition(".")
    if dot and base and sfx in RIC_SUFFIXES and not (len(sfx) == 1 and sfx in "ABC" and len(base) <= 4):
        return base, RIC_SUFFIXES[sfx]
    return symbol, None


def valid_isin(code: str) -> bool:
    """An ISIN with a correct check digit.

    >>> valid_isin("US0231351067"), valid_isin("US0231351068")
    (True, False)
    """
    try:
        from stdnum import isin
    except ImportError:  # pragma: no cover
        return bool(_ISIN.fullmatch(code))
    return bool(isin.is_valid(code))


# --------------------------------------------------------------------------- the listed-company index


@dataclass(frozen=True)
class Listed:
    name: str
    ticker: str
    exchange: str | None
    isin: str | None


@dataclass
class _Index:
    by_alias: dict[str, Listed] = field(default_factory=dict)  # exact surface form -> company
    by_key: dict[str, Listed] = field(default_factory=dict)  # normalised key -> company
    by_isin: dict[str, Listed] = field(default_factory=dict)
    by_ticker: dict[str, Listed] = field(default_factory=dict)
    multiword_keys: list[str] = field(default_factory=list)
    single: frozenset[str] = frozenset()  # one-word aliases (checked against common-word use)
    first_word: set[str] = field(default_factory=set)  # aliases that are only a name's first word


@functools.cache
def listed_index() -> _Index:
    """Built once per process from pytickersymbols (about 0.4 s); empty if the package is missing."""
    idx = _Index()
    try:
        from pytickersymbols import PyTickerSymbols

        stocks = list(PyTickerSymbols().get_all_stocks())
    except Exception:  # the index is an aid: without it only stated tickers resolve
        return idx
    first_words: dict[str, int] = {}
    entries: list[tuple[str, Listed]] = []
    for s in stocks:
        raw_name = (s.get("name") or "").strip()
        symbol = s.get("symbol") or next((y.get("yahoo") for y in s.get("symbols") or [] if y.get("yahoo")), None)
        if not raw_name or not symbol:
            continue
        ticker, exch = split_ticker(symbol)
        isins = [i for i in s.get("isins") or [] if i]
        display = clean_name(raw_name)
        company = Listed(display, ticker, exch, isins[0] if isins else None)
        entries.append((display, company))
        for i in isins:
            idx.by_isin.setdefault(i, company)
        idx.by_ticker.setdefault(ticker, company)
        first = display.split()[0]
        first_words[first] = first_words.get(first, 0) + 1
    for display, company in entries:
        for form in {display, clean_name(display, weak=True)}:
            if len(form) >= 3 and (form == display or " " in form):
                idx.by_alias.setdefault(form, company)
        weak_key = _key(display)
        idx.by_key.setdefault(weak_key if " " in weak_key else _plain_key(display), company)
        words = display.split()
        # a distinctive first word names the company alone ("Nvidia", "Walmart"; not "General", "Bank")
        distinctive = len(words) > 1 and first_words.get(words[0]) == 1 and len(words[0]) >= 5
        if (
            distinctive
            and words[0] not in LEADING_NOISE
            and words[0] not in GENERIC_LEADS
            and idx.by_alias.setdefault(words[0], company) is company
        ):
            idx.first_word.add(words[0])
    for alias, target in BRAND_ALIASES.items():
        hit = idx.by_alias.get(target) or idx.by_key.get(_key(target))
        if hit:
            idx.by_alias.setdefault(alias, hit)
    idx.multiword_keys = sorted({k for k in idx.by_key if " " in k})
    idx.single = frozenset(a for a in idx.by_alias if " " not in a)
    return idx


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    name: str
    ticker: str | None = None
    exchange: str | None = None
    isin: str | None = None
    stated: bool = False  # a ticker/ISIN for it is stated in the article
    listed: bool = False
    hinted: bool = False
    forms: set[str] = field(default_factory=set)  # surface forms counted as mentions


def _phrases(text: str, keep: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Capitalised phrases with their start, leading noise words (unless in ``keep``) and possessives removed."""
    out = []
    for m in _PHRASE.finditer(text):
        for start, words in _verb_split(m.start(), m.group()):
            _add_phrase(out, text, start, words, keep)
    return out


def _verb_split(start: int, phrase: str) -> list[tuple[int, list[str]]]:
    """A Title Case headline run cut at its verbs: "Jefferies Upgrades Zydus Life" -> "Jefferies", "Zydus Life"."""
    words = phrase.split()
    if not any(w in R.TITLE_VERBS for w in words):
        return [(start, words)]
    out: list[tuple[int, list[str]]] = []
    pos, cur, cur_start = start, [], start
    for w in words:
        at = phrase.find(w, pos - start) + start
        pos = at + len(w)
        if w in R.TITLE_VERBS:
            if cur:
                out.append((cur_start, cur))
            cur = []
            continue
        if not cur:
            cur_start = at
        cur.append(w)
    if cur:
        out.append((cur_start, cur))
    return out


def _add_phrase(out: list[tuple[int, str]], text: str, start: int, words: list[str], keep: frozenset[str]) -> None:
    """One capitalised phrase, leading noise words (unless in ``keep``) and possessives removed."""
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if _POSSESSIVE.search(w)
            and len(w) > 2
            and not _named_s(w)
            and not (i + 1 < len(words) and R.NAMED_S_BEFORE.match(words[i + 1]))
        ),
        None,
    )
    if cut is not None:  # "Amazon’s Strategic Pivot": the possessive ends the name
        words = words[: cut + 1]
    while words and (
        (words[0].strip("’'") in LEADING_NOISE and words[0].strip("’'") not in keep) or R.MODIFIER_WORD.match(words[0])
    ):
        start = text.find(words[1], start + len(words[0])) if len(words) > 1 else start
        words = words[1:]
    if words:
        phrase = " ".join(words).strip(" .,&-")
        if not _named_s(words[-1].strip(" .,&-")):
            phrase = _POSSESSIVE.sub("", phrase).strip(" .,&-")
        if phrase:
            out.append((start, phrase))


def _named_s(word: str) -> bool:
    """A listed name that ends in "'s" ("Kohl's", "McDonald's", "Sainsbury's"), not a possessive."""
    return word[-2:] in ("'s", "’s") and len(word) > 3 and _index_lookup(word.replace("’", "'"), False)[0] is not None


_LEGAL_ONLY = re.compile(rf"\s*(?:(?:{_LEGAL_ALT})\.?,?\s*)+")


_TAG = re.compile(r"\s*\((?:Persero|publ)\)")
# a listing inside a name, before its legal form or the next listing ("BYD (SZ:002594) Co Ltd (HK:1211) (OTC:BYDDF)"),
# not between two names ("XPeng (NYSE:XPEV) and Xiaomi")
_LISTING_IN_NAME = re.compile(rf"\s*\([A-Z]{{1,8}}\s?[:：]\s?[\w.]{{1,12}}\)(?=\s+(?:{_LEGAL_ALT})\b|\s*$)")


def _name_before(text: str, end: int) -> str | None:
    # (a state-owned company's tag inside its name: "PT Bank Rakyat Indonesia (Persero) Tbk (BBRI)")
    # (and the listings stated before this one: "BYD (SZ:002594) Co Ltd (HK:1211) (OTC:BYDDF)")
    window = _LISTING_IN_NAME.sub("", _TAG.sub("", text[max(0, end - 120) : end]))
    pieces = re.split(r"\n|(?<=[a-z0-9)][.!?])\s+(?=[A-Z])|[;:]\s+", window)
    window = pieces[-1]
    if len(pieces) > 1 and _LEGAL_ONLY.fullmatch(window):  # "The Supreme Cannabis Co. Inc. (TSX:FIRE)"
        window = f"{pieces[-2]} {window}"
    m = _NAME_BEFORE.search(window)
    if not m:
        return None
    words = m.group(1).split()
    cut = max((i + 1 for i, w in enumerate(words) if w in R.TITLE_VERBS), default=0)
    words = words[cut:]  # "Baader Bank Analysts Give Deutsche EuroShop (ETR:DEQ)": the name after the verb
    while words and (words[0].strip(",.") in LEADING_NOISE or words[0][:1].islower()):
        words = words[1:]
    name = clean_name(" ".join(words)) if words else ""
    return name or None


def _stated(text: str, hints: list[str]) -> list[_Cand]:
    """Companies whose ticker or ISIN the article states."""
    out: list[_Cand] = []
    short: list[_Cand] = []  # a full name with its short form: no ticker stated
    for m in _EXPLICIT.finditer(text):
        tic, exch = split_ticker(m["tic"])
        exch_text = re.match(r"\((.*?)\s*[:：]", m.group())
        out.append(_Cand(_name_before(text, m.start()) or "", tic, exch or (exch_text[1] if exch_text else None)))
    for m in _EXPLICIT_REV.finditer(text):
        out.append(_Cand(_name_before(text, m.start()) or "", m["tic"], m["ex"]))
    for m in _RIC.finditer(text):
        tic, sfx = (m["tic"], m["sfx"]) if m["tic"] else (m["btic"], m["bsfx"])
        out.append(_Cand(_name_before(text, m.start()) or "", tic, RIC_SUFFIXES[sfx]))
    for m in _BARE.finditer(text):
        name = _name_before(text, m.start())
        tic = m["tic"]
        if name and tic not in NOT_TICKERS and not _initialism(name, tic):
            out.append(_Cand(name, tic))
        elif name and _short_form_in_title(name, tic, text):
            short.append(_Cand(name, forms={tic}))
    for line in [*hints, *text.split("\n")[:12]]:
        sm = _SYMBOL.search(line)
        if sm:
            first = re.split(r"\s*[|·•]\s*", line)[0]
            name = (
                clean_name(first)
                if not _SYMBOL.match(first) and not re.search(r"\bISIN\b", first) and len(first.split()) <= 6
                else ""  # a sentence that quotes "(ticker: CSCO)" is no name field
            )
            out.append(_Cand(name, split_ticker(sm["tic"])[0]))
    for m in _CASHTAG.finditer(text):
        out.append(_Cand("", m["tic"]))
    for blob in [text, *hints]:
        for m in _ISIN.finditer(blob):
            if not valid_isin(m.group()):
                continue
            name = _name_before(blob, m.start())
            out.append(_Cand(name or "", None, isin=m.group()))
    for c in out:
        c.stated = True
    return out + short


_INDEX_TAIL = re.compile(r"\b(?:Index|Indices|Average)$")
_NOT_FIRM_NAME = re.compile(
    r"\b(?:Reserve|Central|Ministry|Commission|Authority|Agency|Board|Council|Department|Exchange|Association|"
    r"Federation|Institute|University|Organi[sz]ation|Fund|Index|Union|Bureau|Court|Office)\b"
)


def _short_form_in_title(name: str, tic: str, text: str) -> bool:
    """A company named in full with its short form, which the headline uses: "Contemporary Amperex Technology
    (CATL)" under "CATL stock surges" (not a regulator's: "Reserve Bank of India (RBI)").

    >>> _short_form_in_title("Contemporary Amperex Technology", "CATL", "CATL shares jump\\nContemporary ...")
    True
    """
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    title = text.split("\n", 1)[0]
    return (
        len(initials) >= 2
        and tic.startswith(initials)
        and re.search(rf"\b{tic}\b", title) is not None
        and not _NOT_FIRM_NAME.search(name)
    )


def _initialism(name: str, tic: str) -> bool:
    """Whether ``tic`` abbreviates ``name`` or its last words rather than being its ticker: "Tata Consultancy
    Services (TCS)", "Granules India's Profit After Tax (PAT)".

    >>> _initialism("Granules India's Profit After Tax", "PAT"), _initialism("Granules India", "GRANULES")
    (True, False)
    """
    words = [w for w in name.split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    if tic == initials or tic.startswith(initials or "\0"):
        return True
    return any(tic == initials[i:] for i in range(1, len(initials) - 1))


def _hint_pairs(hints: list[str]) -> tuple[list[str], set[str]]:
    """Names and tickers from keyword hints ("Tamsin Retail, TMSN, retail, earnings, CEO")."""
    names, tickers = [], set()
    for h in hints:
        for part in re.split(r"\s*[,;|]\s*", h):
            part = part.strip().lstrip("$")
            if re.fullmatch(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?", part) and part not in NOT_TICKERS:
                tickers.add(split_ticker(part)[0])
            elif part[:1].isupper() and len(part) > 2 and not part.isupper() and part not in NOT_NAMES:
                names.append(clean_name(part))
    return names, tickers


def _common_words(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z][a-z-]+\b", text))


def _cued_names(text: str) -> frozenset[str]:
    """Capitalised words the text uses as a company ("Next shares rose", "Target did not respond"): names
    that are also common words ("next", "target") or an exchange ("Nasdaq") still count then.

    >>> sorted(_cued_names("Next shares rose. Next week, the price target on Target was cut."))
    ['Next', 'Target']
    """
    return frozenset(a or b for a, b in R.COMPANY_CUED.findall(text))


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$", re.M)


def _blank_table_headers(body: str) -> str:
    r"""A Markdown table's header row blanked (same length): its labels are no company names.

    >>> _blank_table_headers("| Broker | Target |\n|---|---|\n| Jefferies | 1,700 |").split("\n")[0].strip()
    ''
    """
    if "│" in body:  # a box-drawn table ("Share│Investment Rating│Target Price (HKD)"): its first line
        lines = body.split("\n")
        for k, line in enumerate(lines):
            if line.count("│") >= 2 and (k == 0 or "│" not in lines[k - 1]):
                lines[k] = " " * len(line)
        body = "\n".join(lines)
    if "--" not in body or "|" not in body:
        return body
    for m in _TABLE_RULE.finditer(body):
        head_end = m.start() - 1
        head_start = body.rfind("\n", 0, max(0, head_end)) + 1
        if head_end > head_start and "|" in body[head_start:head_end]:
            body = body[:head_start] + " " * (head_end - head_start) + body[head_end:]
    return body


#: A wire service's slug before a headline: "BUZZ-", "UPDATE 2-", "RPT-", "EXCLUSIVE-", "US STOCKS-".
_WIRE_PREFIX = re.compile(r"^(?:[A-Z]{2,}(?:[ ][A-Z]{2,})*(?:[ ]\d{1,2})?-(?=[A-Z0-9]))+")


def resolve_companies(title: str, body: str, hints: Iterable[str] = ()) -> tuple[Company, ...]:
    """Companies the article is about, ordered by relevance (the main company first).

    >>> [c.ticker for c in resolve_companies("Acme Widgets beats forecasts",
    ...     "Acme Widgets beats forecasts\\nAcme Widgets Inc. (NYSE: ACMW) rose. Acme said more.")]
    ['ACMW']
    """
    hints = [h for h in hints if h]
    wire = _WIRE_PREFIX.match(title)
    if wire:  # "BUZZ-Citigroup PT raised at Wells Fargo": a wire's slug, blanked so that offsets hold
        pad = " " * wire.end()
        body = pad + body[wire.end() :] if body.startswith(title) else body
        title = pad + title[wire.end() :]
    body = _blank_table_headers(body)  # "| Broker | Rating | Target (Rs) |": column labels, never names
    text = body if body.startswith(title) else f"{title}\n{body}"
    lines = text.split("\n", 1)
    body_only = lines[1] if title and len(lines) > 1 else text
    idx = listed_index()
    cued = _cued_names(text)
    lower_words = _common_words(text) - {w.lower() for w in cued}
    cands: dict[str, _Cand] = {}

    def add(c: _Cand) -> _Cand:
        c.name = clean_name(_TRAILING_RIC.sub("", c.name)) if c.name else c.name  # "Harbor Bancorp H.N"
        listed = (
            (idx.by_ticker.get(c.ticker) if c.ticker and not c.name else None)
            or (idx.by_isin.get(c.isin) if c.isin else None)
            or (_lookup(c.name, idx, lower_words) if c.name else None)
        )
        if listed and c.ticker and listed.ticker != c.ticker and c.name:
            listed = None  # a stated ticker that disagrees with the list wins
        if listed:
            c.name = c.name if c.stated and c.name and _key(c.name) != _key(listed.name) else listed.name
            c.name = listed.name if _key(c.name).startswith(_key(listed.name)) else c.name
            c.ticker = c.ticker or listed.ticker
            c.exchange = c.exchange or listed.exchange
            c.isin = c.isin or listed.isin
            c.listed = True
        if not c.name and c.ticker:
            c.name = c.ticker
        if not c.name:
            return c
        key = _key(c.name) or c.name.lower()
        same = cands.get(key) or next(
            (o for o in cands.values() if (c.ticker and o.ticker == c.ticker) or (c.isin and o.isin == c.isin)), None
        )
        if same is None:  # "Northwater" and "Northwater Systems" are one company
            same = next((o for k, o in cands.items() if _prefix_of(key, k) or _prefix_of(k, key)), None)
        if same is None:
            cands[key] = c
            c.forms |= _forms(c.name)
            return c
        if len(c.name) > len(same.name) and not same.listed:
            same.name = c.name
        same.ticker = same.ticker or c.ticker
        same.exchange = same.exchange or c.exchange
        same.isin = same.isin or c.isin
        same.stated |= c.stated
        same.listed |= c.listed
        same.forms |= _forms(c.name)
        return same

    for c in _stated(text, hints):
        if c.isin and not c.ticker and not c.name:
            listed = idx.by_isin.get(c.isin)
            if listed is None:
                continue
        add(c)
    hint_names, hint_tickers = _hint_pairs(hints)
    phrases = [
        (p, ph) for p, ph in _phrases(text, cued) if (ph not in _EXCHANGE_SET or ph in cued) and ph not in NOT_NAMES
    ]
    standalone = Counter(ph for _, ph in phrases)
    # first words of names that go on another way than the listed name they start ("Cathay Pacific" against "Cathay
    # General Bancorp"): alone ("Cathay said") they are that name's short form, not the listed company
    diverging = {
        w[0]
        for w in (ph.split() for ph in standalone)
        if len(w) > 1 and (hit := _lookup(w[0], idx, lower_words, fuzzy=False)) and _other_name_goes_on(w, 1, hit.name)
    }
    for phrase in standalone:
        words = phrase.split()
        for n in range(min(len(words), 6), 0, -1):  # the longest start of the phrase that is a listed name
            sub = " ".join(words[:n])
            listed = _lookup(sub, idx, lower_words, fuzzy=n == len(words))
            if not listed:
                continue
            if n == 1 and sub in diverging:
                break
            if (sub in idx.first_word and standalone[sub] < 2) or (n == 1 < len(words) and not standalone[sub]):
                break  # "Dana Whitlow" is a person, "Fresh" once is a word
            if _other_name_goes_on(words, n, listed.name):
                break  # "Cathay Pacific" is not "Cathay General Bancorp": each name goes on its own way
            add(_Cand(sub if _key(sub) == _key(listed.name) else listed.name)).forms.add(sub)
            break
    title_end = len(title) if text.startswith(title) else 0
    known_tickers = {c.ticker for c in cands.values() if c.ticker}
    for start, phrase in phrases:
        if start >= title_end or phrase in known_tickers:
            continue
        proper = _proper_in_body(phrase, body_only, lower_words)
        if proper and not any(proper in c.forms for c in cands.values() if c.listed):  # "Google" is Alphabet
            add(_Cand(_full_form(proper, body_only)))
    for name in hint_names:
        if name in text:
            add(_Cand(_full_form(name, body_only))).hinted = True
    for c in cands.values():
        if c.ticker in hint_tickers:
            c.hinted = True
        if c.ticker:
            c.forms.add(c.ticker)
        if not c.listed and " " not in c.name and c.stated:
            c.name = _full_form(c.name, body_only)

    defined = _abbreviations(body_only)  # "the average daily turnover (ADT)": a term, not ADT Inc.
    found = [
        c
        for c in cands.values()
        if not _only_a_source(c, title, body_only)
        # (an index even with its short form in brackets: "the main Korea Composite Stock Price Index (KOSPI)")
        and not (R.INDEX_NAME.search(c.name) and (not c.stated or _INDEX_TAIL.search(c.name)))
        and not (c.name in defined or (c.ticker in defined and not c.stated))
        and not (c.name in R.PLACE_NAMES and not (c.stated or c.listed))  # "6 Hong Kong share listings this week"
        and not (c.name in GENERIC_LEADS and not c.stated)  # "Group PLC" of a name the phrases cut short
    ]
    roles = _headline_roles(found, title)
    # a company without a ticker rarely beats a listed one that the headline names as the actor
    listed_actor = any(roles.get(id(c)) == "actor" and (c.listed or c.stated) for c in found)

    def rank(c: _Cand) -> float:
        unlisted = listed_actor and not (c.listed or c.stated)
        return _score(c, title, body_only, roles.get(id(c), "")) * (_UNLISTED_VS_ACTOR if unlisted else 1.0)

    ranked = sorted(found, key=rank, reverse=True)
    ranked = [c for c in ranked if c.stated or c.listed or _mentions(c, title) or c.hinted]
    digest = R.BROKER_DIGEST_HEADLINE.search(title)
    if digest:  # a broker round-up: the rated companies, never the brokers (nor "Broker" of "Broker round-up")
        ranked = [c for c in ranked if _mentions(c, title) or not _is_broker(c)] or ranked
        ranked = [c for c in ranked if c.name.lower() not in digest.group().lower()]
    # "Morgan Stanley noted a small beat" once in a story about an unlisted company; "... has emerged as a potential
    # rival to Tesla in China" in a story about another (and the next in line too: "News channel Al Arabiya
    # reported", then "after Barclays raised its target" in a Qatar wrap)
    while ranked and (_passing_broker(ranked[0], title, body_only) or _passing_mention(ranked[0], title, body_only)):
        ranked = ranked[1:]
    if ranked and roles.get(id(ranked[0])) == "broker" and not _PASSIVE_RATING.search(title):
        # "ASX – Macquarie rates the stock as Neutral": the broker acts on a company the list does not know
        ranked = [c for c in ranked if roles.get(id(c)) != "broker"]
    if ranked and not any(roles.values()) and R.MACRO_HEADLINE.search(title) and not _dominant(ranked, body_only):
        return ()  # a market wrap about indexes and the economy: no company is its subject
    return tuple(Company(name=c.name, ticker=c.ticker, exchange=c.exchange, isin=c.isin) for c in ranked)


def _other_name_goes_on(words: list[str], n: int, listed: str) -> bool:
    """The phrase's name goes on with a capitalised word where the listed name it starts goes on with another one
    ("Cathay Pacific" against "Cathay General Bancorp"); a legal form after the shared words proves nothing ("Amazon Web
    Services" against "Amazon.com, Inc.").

    >>> _other_name_goes_on(["Cathay", "Pacific"], 1, "Cathay General Bancorp")
    True
    >>> _other_name_goes_on(["Amazon", "Web"], 1, "Amazon.com, Inc."), _other_name_goes_on(["Cathay"], 1, "X")
    (False, False)
    """
    if n >= len(words):
        return False
    rest = [w.strip(",.") for w in listed.split()[n:]]
    nxt = words[n].strip(",.")
    if not rest or not nxt[:1].isupper() or rest[0].lower() in _LEGAL_WORDS or nxt.lower() in _LEGAL_WORDS:
        return False
    return rest[0].lower() != nxt.lower()


def _passing_mention(c: _Cand, title: str, body: str) -> bool:
    """Named once, after the first sentence, in neither the headline nor with a stated ticker: a comparison, not the
    subject. (The first sentence ends at ".\n" too, which :func:`_lede` does not see; changing ``_lede`` moves the
    subject ranking that uses it, so it is left as it is.)"""
    if c.stated or c.hinted or _mentions(c, title):
        return False
    hits = sorted(p for f in c.forms for p in _count(f, body))
    end = _SENTENCE_END_RX.search(body, 0, 400)
    return len(hits) == 1 and hits[0] > (end.end() if end else 400)


_SENTENCE_END_RX = re.compile(r"[.!?][\"”’)]?\s")


def _passing_broker(c: _Cand, title: str, body: str) -> bool:
    """A known brokerage named once in the body and not in the headline: a source, never the subject."""
    if _mentions(c, title) or c.stated or len(_count(c.name, body)) > 1:
        return False
    return _is_broker(c)


def _is_broker(c: _Cand) -> bool:
    from .extract._finance_rules import BROKERAGES  # data only; imported late to keep the layers apart

    return any(f in BROKERAGES or clean_name(f) in BROKERAGES for f in (c.name, *c.forms))


# "Snap downgraded to Neutral at Goldman Sachs": the first name is the rated company, not a broker
_PASSIVE_RATING = re.compile(
    r"\b(?:upgraded|downgraded|initiated|reiterated|rated|raised|lowered|cut)\b[^|]{0,60}"
    r"\b(?:at|by)\s+[A-Z]",
    re.IGNORECASE,
)


def _prefix_of(short: str, long: str) -> bool:
    return bool(short) and long.startswith(short + " ") and len(short) >= 4


def _forms(name: str) -> set[str]:
    forms = {name, clean_name(name, weak=True)}
    first = name.split()[0]
    if len(name.split()) > 1 and len(first) >= 4 and first not in LEADING_NOISE and first not in R.PLACE_WORDS:
        forms.add(first)
    return {f for f in forms if f}


def _lookup(phrase: str, idx: _Index, lower_words: set[str], *, fuzzy: bool = True) -> Listed | None:
    """A listed company for a capitalised phrase: exact alias, normalised key, then fuzzy (multi-word)."""
    hit, single = _index_lookup(phrase, fuzzy)
    if hit and single and phrase.lower() in lower_words:
        return None  # "Target", "Block": a common word in this article
    return hit


@functools.lru_cache(maxsize=65536)
def _index_lookup(phrase: str, fuzzy: bool) -> tuple[Listed | None, bool]:
    idx = listed_index()
    hit = idx.by_alias.get(phrase)
    if hit:
        return hit, phrase in idx.single
    key = _key(phrase)
    if not key:
        return None, False
    hit = idx.by_key.get(key)
    if hit:
        return hit, " " not in key
    if fuzzy and " " in key and len(key) >= 8 and idx.multiword_keys:
        best = process.extractOne(key, _fuzzy_pool(len(key)), scorer=fuzz.ratio, score_cutoff=_FUZZ_CUTOFF)
        if best:
            return idx.by_key[best[0]], False
    return None, False


@functools.lru_cache(maxsize=256)
def _fuzzy_pool(n: int) -> list[str]:
    """The multi-word keys that can reach the fuzzy cutoff against a key of length ``n``, in index order.

    ``fuzz.ratio`` is at most ``100 * (1 - |n - m| / (n + m))`` for lengths ``n`` and ``m``, so keys of
    a very different length can never match; leaving them out gives the same answer, much faster.
    """
    keys = listed_index().multiword_keys
    return [k for k in keys if 100.0 * (n + len(k) - abs(n - len(k))) / (n + len(k)) >= _FUZZ_CUTOFF - 1]


_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:boss|chief|CEO|CFO|COO|chairman|chairwoman|chair|founder|co-founder|executive|president|director|head|"
    r"Mr|Mrs|Ms|Dr|Sir|Dame|analyst|spokesman|spokeswoman|spokesperson|minister|secretary|governor)\.?,?\s+$"
)


def _person_at(body: str, pos: int, size: int) -> bool:
    """The name at ``pos`` follows a person's role: "boss Steve Ballmer", "its chief executive, Steve Ballmer," (an
    appositive: a comma on both sides; "as interim CEO, Twitter has ..." starts a clause)."""
    m = _PERSON_ROLE_BEFORE.search(body, max(0, pos - 30), pos)
    return bool(m) and ("," not in m.group() or body.startswith(",", pos + size))


def _proper_in_body(phrase: str, body: str, lower_words: set[str]) -> str | None:
    """The longest start of a headline phrase that the body repeats as a proper noun (capitalised
    mid-sentence, first word never lower-case): "Halden Robotics cools" -> "Halden Robotics"."""
    words = phrase.split()
    if not words or words[0].lower() in lower_words or words[0] in NOT_NAMES or words[0] in R.MACRO_NOT_NAMES:
        return None
    # acronyms ("CEO", "EUR") and tickers are not names on their own, but start one: "HDFC Bank"
    shortest = 1 if re.search(r"[a-z]", words[0]) else 2
    for n in range(min(len(words), 5), shortest - 1, -1):
        cand = " ".join(words[:n])
        if cand in NOT_NAMES or cand in R.PLACE_NAMES:
            continue
        if cand not in body:
            continue
        hits = [m.start() for m in _proper_re(cand).finditer(body)]
        if any(_person_at(body, h, len(cand)) for h in hits):
            return None  # "its chief executive, Steve Ballmer," / "Microsoft boss Steve Ballmer": a person
        if len(hits) >= 2 or any(not _SENT_START.search(body[max(0, h - 3) : h]) for h in hits):
            return cand
    return None


_TRAILING_NOISE = frozenset(
    [
        "Stock",
        "Stocks",
        "Shares",
        "Share",
        "Price",
        "Prices",
        "Performance",
        "Declares",
        "Reports",
        "Reported",
        "Announces",
        "Says",
        "Said",
        "Results",
        "Earnings",
        "Dividend",
        "Target",
        "Targets",
        "Outlook",
        "Update",
        "CEO",
        "CFO",
    ]
)


def _full_form(name: str, body: str) -> str:
    """The fullest form of a short name at its first reference in running text:
    "Lumaris" -> "Lumaris Health Technologies" (headings and lists are not searched)."""
    rx = None
    for line in body[:3000].split("\n"):
        if name not in line or len(line.split()) < 8:
            continue
        rx = rx or _full_form_re(name)
        for m in rx.finditer(line):
            words = m.group(1).split()
            # "Tata Coffee Managing Director Chacko P Thomas said": a job title ends the company's name
            cut = next((i for i, w in enumerate(words) if w.strip(".,") in _JOB_TITLE_WORDS), len(words))
            words = words[:cut]
            own = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
            if own is not None:  # "Capita Group's share price": the name ends at its possessive
                words = [*words[:own], words[own][:-2]]
            while words and (
                words[-1].strip(".,") in LEADING_NOISE | _TRAILING_NOISE or (words[-1].isupper() and len(words[-1]) > 4)
            ):
                words.pop()
            if words:
                return clean_name(f"{name} {' '.join(words)}")
    return name


_JOB_TITLE_WORDS = frozenset(
    [
        "Managing",
        "Director",
        "Directors",
        "Chief",
        "Chairman",
        "Chairwoman",
        "Chairperson",
        "Chair",
        "President",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "Executive",
        "Founder",
        "Co-founder",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Vice",
        "Officer",
        "Head",
        "Analyst",
        "Secretary",
        "Minister",
        "Boss",
        "Treasurer",
        "Partner",
    ]
)


@functools.lru_cache(maxsize=4096)
def _proper_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w&-]){re.escape(name)}(?![\w-])")


@functools.lru_cache(maxsize=4096)
def _full_form_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}((?:[ ]+{_CAP_WORD}){{1,4}})")


@functools.lru_cache(maxsize=65536)
def _form_re(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$-]){re.escape(form)}(?![\w-])")


@functools.lru_cache(maxsize=8192)
def _count(form: str, text: str) -> tuple[int, ...]:
    if form not in text:  # a substring test first: most forms are absent from most texts
        return ()
    return tuple(m.start() for m in _form_re(form).finditer(text))


def _mentions(c: _Cand, text: str) -> int:
    pos: set[int] = set()
    for f in c.forms:
        pos |= set(_count(f, text))
    return len(pos)


def _broker_share(c: _Cand, body: str) -> float:
    """Share of the body mentions where the company is the source of a rating or note."""
    hits = broker = 0
    for f in c.forms:
        for p in _count(f, body):
            hits += 1
            after = body[p + len(f) : p + len(f) + 40]
            before = body[max(0, p - 25) : p]
            if (_BROKER_AFTER.match(after) and not R.OWN_FIGURES_AFTER.match(after)) or _BROKER_BEFORE.search(before):
                broker += 1
    return broker / hits if hits else 0.0


def _source_share(c: _Cand, body: str) -> tuple[int, int]:
    """(mentions, of which cited as a data source: "according to CME Group's FedWatch tool", "FactSet data")."""
    seen: dict[int, bool] = {}
    for f in sorted(c.forms, key=len, reverse=True):  # the longest form at a position decides
        for p in _count(f, body):
            if p not in seen:
                after = body[p + len(f) : p + len(f) + 40]
                seen[p] = bool(R.SOURCE_BEFORE.search(body[max(0, p - 45) : p]) or R.SOURCE_AFTER.match(after))
    return len(seen), sum(seen.values())


def _only_a_source(c: _Cand, title: str, body: str) -> bool:
    """Named only as the source of data, never in the headline nor with a stated ticker: not a subject."""
    if c.stated or c.hinted or _mentions(c, title):
        return False
    hits, source = _source_share(c, body)
    return hits > 0 and source == hits


_ABBREVIATION = re.compile(r"((?:\b[a-z][a-z-]*\s+){2,5})\(([A-Z]{2,6})\)")


def _abbreviations(body: str) -> frozenset[str]:
    """Abbreviations the text defines from lower-case words: "the average daily turnover (ADT)" -> {"ADT"}.

    >>> sorted(_abbreviations("The average daily turnover (ADT) rose. Acme Corp (ACME) fell."))
    ['ADT']
    """
    out = set()
    for m in _ABBREVIATION.finditer(body) if "(" in body else ():
        initials = "".join(w[0] for w in re.split(r"[\s-]+", m[1].strip()) if w).upper()
        if initials.endswith(m[2]):
            out.add(m[2])
    return frozenset(out)


def _headline_roles(cands: list[_Cand], title: str) -> dict[int, str]:
    """Roles of the companies the headline names, by ``id``: "subject" (the first named that is not a broker
    or a modifier), "actor" (a subject that invests, buys, backs ...), "broker", "modifier"; "many" marks
    a subject among several headline companies ("Stocks making the biggest moves: FedEx, Nike, ...")."""
    firsts: list[tuple[int, int, _Cand]] = []
    for c in cands:
        hits = [(p, len(f)) for f in c.forms for p in _count(f, title)]
        if hits:
            p, n = min(hits, key=lambda h: (h[0], -h[1]))
            firsts.append((p, p + n, c))
    firsts.sort(key=lambda x: x[0])
    roles: dict[int, str] = {}
    subject = None
    for k, (begin, end, c) in enumerate(firsts):
        nxt = max(firsts[k + 1][0] if k + 1 < len(firsts) else len(title), end)
        after = title[end:nxt]
        own = R.OWN_FIGURES_AFTER.match(title[end:])  # "Microsoft Cuts Jobs, ...": its own figures, no rating
        if (
            (R.HEADLINE_BROKER.match(title[end:]) and not own)
            or (k and R.HEADLINE_BROKER_AFTER.search(title[:begin]))
            or (R.HEADLINE_BROKER_VIEW.match(title[end:]) and _is_broker(c))
        ):
            roles[id(c)] = "broker"
        elif R.HEADLINE_MODIFIER.match(after) or (k + 1 < len(firsts) and R.HEADLINE_APPOSITION.match(title[end:])):
            roles[id(c)] = "modifier"
        elif subject is None:
            subject = c
            actor = k + 1 < len(firsts) and R.HEADLINE_ACTOR.match(title[end:nxt])
            roles[id(c)] = "actor" if actor else ("many" if len(firsts) > 1 else "subject")
    return roles


def _dominant(ranked: list[_Cand], body: str) -> bool:
    """The top company dominates a macro story: named in its lede, or far more often than any other."""
    top = _mentions(ranked[0], body)
    runner_up = _mentions(ranked[1], body) if len(ranked) > 1 else 0
    return bool(_mentions(ranked[0], _lede(body))) or (top >= R.DOMINANT_MENTIONS and top >= 2 * runner_up)


def _lede(body: str) -> str:
    return body[: body.find(". ", 0, 400) + 1 or 400]


# score factor for a company without a ticker when the headline's actor is listed
_UNLISTED_VS_ACTOR = 0.5
# score bonus for the headline role of a company
_ROLE_BONUS = {"subject": 1.5, "many": 3.0, "actor": 4.5, "broker": 0.0, "modifier": 0.0, "": 0.0}


def _score(c: _Cand, title: str, body: str, role: str = "") -> float:
    in_title = _mentions(c, title)
    n = _mentions(c, body)
    score = n + (4.0 if in_title else 0.0) + _ROLE_BONUS[role] + (2.0 if c.stated else 0.0)
    score += 2.0 if _mentions(c, _lede(body)) else 0.0
    score += 1.0 if c.hinted else 0.0
    hits, source = _source_share(c, body)
    if role == "broker" or _broker_share(c, body) >= 0.5 or (hits and source / hits >= 0.5):
        score *= 0.3
    return score
