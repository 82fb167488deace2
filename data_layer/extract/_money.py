"""Money amounts in news text: ``$50 billion``, ``£210m``, ``EUR 142``, ``131,42 EUR``, ``968p``.

:func:`parse_money` finds every amount with its span, ISO currency and the multiplier applied.
Pence are ``GBX`` (``968p`` is 968 GBX, not 9.68 GBP). Values are finite and non-negative.

>>> [(m.value, m.currency) for m in parse_money("a $2.35bn deal; shares at 968p, EUR 142 and 131,42 EUR")]
[(2350000000.0, 'USD'), (968.0, 'GBX'), (142.0, 'EUR'), (131.42, 'EUR')]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..markets import Market

__all__ = ["MILLION_PRICED", "Money", "localise", "parse_money", "parse_number", "per_share"]

# --------------------------------------------------------------------------- rules as data

# Symbols and codes written before the number. Longest first so "US$" wins over "$".
PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "Cdn$": "CAD", "CDN$": "CAD",
    "A$": "AUD", "AU$": "AUD", "Aus$": "AUD", "AUS$": "AUD", "$A": "AUD", "NZ$": "NZD", "$NZ": "NZD", "$US": "USD",
    "US $": "USD", "$ US": "USD",  # "profits of US $822 million", "the sum of $ US 319.8 million"
    "HK$": "HKD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "Rs.": "INR", "Rs": "INR", "RS.": "INR", "CHF": "CHF",
    "Fr.": "CHF", "SFr": "CHF", "DKr": "DKK", "SKr": "SEK", "NKr": "NOK", "kr": "SEK", "R": "ZAR", "Dh": "AED",
    "Dhs": "AED", "SR": "SAR", "RM": "MYR",
    # emerging markets' own signs: "Rp 390", "₱882", "QR18.43", "KD0.52", "E£14.49"
    "Rp": "IDR", "₱": "PHP", "Php": "PHP", "QR": "QAR", "KD": "KWD", "E£": "EGP", "฿": "THB",
    # South Asia besides India: "Tk225.7" (Bangladeshi taka), "PkR558.6"
    "Tk": "BDT", "Tk.": "BDT", "PkR": "PKR", "PKRs": "PKR",
    # Africa: "₦575" (a Nigerian page's "N575" is read as ₦ on that market), "Sh30.30", "KSh 2.5 billion"
    "₦": "NGN", "KSh": "KES", "Ksh": "KES", "Sh": "KES",
    # Israel: "to NIS 31.84", "₪22.96"
    "NIS": "ILS", "₪": "ILS",
}  # fmt: skip
# Prefixes that are a currency only when the number follows them at once ("R90.01", not "R 2" or "R&D"; "Dh6.77",
# "SR36"); "R" only with a decimal, a multiplier or three digits ("R2" is a model name more often than two rand)
_GLUED_ONLY = frozenset({"R", "Dh", "Dhs", "SR", "RM", "KD"})  # ("RM31.12": Malaysian ringgit)

CODES = (
    "USD", "EUR", "GBP", "GBX", "GBp", "CHF", "JPY", "CNY", "RMB", "HKD", "CAD", "AUD", "NZD", "SGD", "INR",
    "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "ZAR", "BRL", "MXN", "KRW", "TWD", "ILS", "TRY", "RUB", "AED",
    "SAR", "ISK", "MYR", "PHP", "IDR", "THB", "VND", "QAR", "KWD", "EGP", "BHD", "OMR", "CLP", "COP", "PEN", "ARS",
    "PKR", "NGN", "KES", "BDT", "LKR",
)  # fmt: skip
CODE_ALIASES = {"RMB": "CNY", "GBp": "GBX"}

# Words and symbols written after the number.
SUFFIXES: dict[str, str] = {
    "HK dollars": "HKD", "Hong Kong dollars": "HKD", "Canadian dollars": "CAD", "Australian dollars": "AUD",
    "Singapore dollars": "SGD", "New Zealand dollars": "NZD", "U.S. dollars": "USD", "US dollars": "USD",
    "Taiwan dollars": "TWD", "Swiss francs": "CHF", "Indian rupees": "INR", "Japanese yen": "JPY",
    "euros": "EUR", "euro": "EUR", "Euro": "EUR", "Yen": "JPY", "€": "EUR", "dollars": "USD", "dollar": "USD",
    "pounds": "GBP", "pound": "GBP", "pence": "GBX", "p": "GBX", "cents": "USD¢", "cent": "USD¢", "¢": "USD¢",
    "c": "USD¢",  # glued only, like "p": "rose to 51.5c", "closed at 38c"
    "yen": "JPY", "francs": "CHF", "kronor": "SEK", "kroner": "NOK", "rupees": "INR", "yuan": "CNY",
    "Swedish kronor": "SEK", "Swedish krona": "SEK", "Swedish crowns": "SEK", "Norwegian kroner": "NOK",
    "Norwegian crowns": "NOK", "Danish kroner": "DKK", "Danish crowns": "DKK", "crowns": "SEK",
    "pesos": "MXN", "dirhams": "AED", "riyals": "SAR", "zlotys": "PLN", "zloty": "PLN", "rand": "ZAR", "won": "KRW",
    # a named dollar's hundredths: "79 Singapore cents", "one Hong Kong cent"
    "Singapore cents": "SGD¢", "Singapore cent": "SGD¢", "Hong Kong cents": "HKD¢", "Hong Kong cent": "HKD¢",
    "Australian cents": "AUD¢", "Australian cent": "AUD¢", "Canadian cents": "CAD¢", "Canadian cent": "CAD¢",
    "New Zealand cents": "NZD¢", "US cents": "USD¢", "U.S. cents": "USD¢",
    "sen": "MYR¢",  # a ringgit's hundredth: "dropping 50 sen to RM31.12"
    "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND", "lira": "TRY", "liras": "TRY", "naira": "NGN",
    "Egyptian pounds": "EGP", "Philippine pesos": "PHP", "Chilean pesos": "CLP", "Colombian pesos": "COP",
    "Mexican pesos": "MXN", "Argentine pesos": "ARS", "Qatari riyals": "QAR", "Saudi riyals": "SAR",
    "Kuwaiti dinars": "KWD", "Pakistani rupees": "PKR", "Kenyan shillings": "KES", "shillings": "KES",
    "taka": "BDT", "Sri Lankan rupees": "LKR", "Sri Lanka rupees": "LKR", "reais": "BRL",
    "shekels": "ILS", "shekel": "ILS",
}  # fmt: skip

MULTIPLIERS: dict[str, float] = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7,
    "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
_WORD_MULT = (
    "trillion",
    "billion",
    "million",
    "thousand",
    "crores",
    "crore",
    "lakhs",
    "lakh",
    "bn",
    "bln",
    "mn",
    "mln",
    "mio",
    "tn",
    "trn",
)
_LETTER_MULT = ("b", "m", "k")  # only glued to the number: "$5m", not "$5 m"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# "112½p", "361¾p": the fractions British papers still print for share prices
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# (a group of three digits is a thousands group only if no digit follows: "0.1221 euro" is one number)
# (Indian lakh grouping "1,23,456" first)
_NUM = (
    rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!\d)(?:\.\d+)?|\d{{1,3}}(?:[,.\u202f\u00a0' ]\d{{3}})+(?!\d)(?:[.,]\d+)?"
    rf"|\d+(?:[.,]\d+)?)[{''.join(FRACTIONS)}]?"
)
# "$3M" in a headline; "$1.3 Billion" in a headline's title case
_MULT = (
    rf"(?:[\s-]?(?P<mw>{_alt(_WORD_MULT)}|(?-i:Trillion|Billion|Million|Thousand|Crore|Lakh))\b"
    rf"|(?P<ml>[bmkBMK])(?![\w$€£]))"
)
_SYMBOLS = [k for k in PREFIXES if not k[0].isalpha()]
_ALPHA = [k for k in PREFIXES if k[0].isalpha() and k not in _GLUED_ONLY] + list(CODES)
_PREFIX_RX = (
    rf"(?P<pre>{_alt(_SYMBOLS)}|(?<![A-Za-z])(?:{_alt(_ALPHA)})(?![A-Za-z])"
    # (with a decimal, a multiplier or three digits: "R90.01", "R2bn", "R250"; not a model "R2")
    # ("R3 335.00": a space groups the thousands in South Africa)
    rf"|(?<![\w&.-])R(?=\d[\d,]*(?:\.\d|\s?(?:bn|billion|million|m\b|tn|trillion))|\d{{3}}|\d{{1,3}}[,\u00a0 ]\d{{3}})"
    # ("climbed 4.17% to R25": two digits after "to" or "at")
    rf"|(?<=\bto\s)R(?=\d{{2}}(?![\d,.]))|(?<=\bat\s)R(?=\d{{2}}(?![\d,.]))"
    rf"|(?<![\w&.-])(?:{_alt(_GLUED_ONLY - {'R'})})(?=\d))"
)
_SUFFIX_RX = (
    rf"(?P<suf>\s?(?:{_alt(CODES)})(?![A-Za-z])"
    # "100 euros", and "100-million-euro" (a hyphen after the multiplier word)
    rf"|(?:\s|(?<=[a-z])-)?(?:{_alt(w for w in SUFFIXES if w not in ('p', 'c'))})(?![A-Za-z])"
    r"|p(?!\w|\.\w)|c(?!\w|\.\w))"
)
# One pattern for both orders; a match needs a currency before or after the number.
_MONEY = re.compile(rf"(?:{_PREFIX_RX}\s?)?(?P<n>{_NUM}){_MULT}?{_SUFFIX_RX}?")
_GATE = re.compile(
    r"[$€£¥₹₩₽₺¢₦]|[\d½¼¾⅛⅜⅝⅞]\s?(?:p|pence|cents?)\b|\dc\b|[A-Z]{3}|euro|dollar|pound|yen|franc|kron|rupee|yuan|Rs|RS\."
    r"|\bR\d|\bRM\d|\bkr\s?\d|\b(?:SFr|[DSN]Kr)\s?\d|\bDhs?\d|\bSR\d|\d\s(?:[A-Z][\w.]*\s){1,2}cents?\b|pesos|dirhams|riyals|zloty|(?:\d|\d[mb]|illion|\dbn)\swon\b"
    r"|Rp|₱|Php|E£|฿|₪|shekel|\bQR\s?\d|\bKD\d|ringgit|rupiah|baht|\d\sdong\b|lira|naira|dinars|shillings|\bTk\.?\s?\d|PkR|taka|\bK?Sh\s?\d|reais"
    r"|\d\ssen\b"  # ("to 59 sen": a ringgit's hundredths)
)
# Currency words capitalised ("562.1 Yen"): a second, literal check, so the common case keeps the fast gate above
_GATE_CAPITAL = ("Yen", "Euro", "Dollar", "Pound", "Franc", "Rupee", "Yuan")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount: ``text[start:end]`` is how it was written; ``value`` has the multiplier applied."""

    start: int
    end: int
    value: float
    currency: str
    multiplier: float = 1.0
    text: str = ""

    @property
    def number(self) -> float:
        """The number as written, before the multiplier ("$2.35bn" -> 2.35)."""
        return self.value / self.multiplier


_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])")


def parse_number(s: str, *, decimal_comma: bool | None = None) -> float | None:
    """A written number as a float, reading thousands separators and decimal commas.

    >>> parse_number("1,150"), parse_number("131,42"), parse_number("1.234,56"), parse_number("2,911.40")
    (1150.0, 131.42, 1234.56, 2911.4)
    >>> parse_number("1.150", decimal_comma=True), parse_number("abc"), parse_number("361¾"), parse_number("15.25½")
    (1150.0, None, 361.75, 15.255)
    """
    s = s.strip().replace("\u202f", " ").replace("\u00a0", " ")
    if not s or not s[0].isdigit():
        return None
    if s[-1] in FRACTIONS:  # "112½" is 112.5; "£15.25½" is 15.255 (half a penny)
        whole = parse_number(s[:-1], decimal_comma=decimal_comma)
        decimals = len(s[:-1].rpartition(".")[2]) if "." in s[:-1] else 0
        return None if whole is None else round(whole + FRACTIONS[s[-1]] / 10**decimals, decimals + 3)
    s = s.replace("'", "").replace(" ", "")
    has_c, has_d = "," in s, "." in s
    if has_c and has_d:  # the later separator is the decimal one
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif has_c:
        groups = s.split(",")
        decimal = len(groups) == 2 and len(groups[1]) != 3  # 131,42
        s = s.replace(",", ".") if decimal else s.replace(",", "")
    elif has_d:
        groups = s.split(".")
        if len(groups) > 2 or (decimal_comma and len(groups[1]) == 3):
            s = s.replace(".", "")  # 1.234.567 / German 1.150
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _currency(pre: str | None, suf: str | None) -> str:
    if pre:
        code = PREFIXES.get(pre) or pre
    else:
        w = (suf or "").strip().lstrip("-")
        code = SUFFIXES.get(w) or SUFFIXES.get(w.lower()) or w
    return CODE_ALIASES.get(code, code)


def parse_money(text: str) -> list[Money]:
    """Every money amount in ``text``, left to right.

    >>> [(m.text, m.value, m.currency) for m in parse_money("up 4.2% at $87.15, near $14 billion, £210m")]
    [('$87.15', 87.15, 'USD'), ('$14 billion', 14000000000.0, 'USD'), ('£210m', 210000000.0, 'GBP')]
    >>> [(m.value, m.currency) for m in parse_money("981.5p, 1,150p, C$12, HK$3.5, US$1.2bn, Rs 1,200")]
    [(981.5, 'GBX'), (1150.0, 'GBX'), (12.0, 'CAD'), (3.5, 'HKD'), (1200000000.0, 'USD'), (1200.0, 'INR')]
    >>> [(m.value, m.currency) for m in parse_money("NOK 212.40, 50 cents, 4.1 billion euros, ¥1,000")]
    [(212.4, 'NOK'), (0.5, 'USD'), (4100000000.0, 'EUR'), (1000.0, 'JPY')]
    >>> [(m.value, m.currency) for m in parse_money("fell to 73.85 HK dollars, 95.23 Canadian dollars")]
    [(73.85, 'HKD'), (95.23, 'CAD')]
    >>> parse_money("at 10pm, 5 people, page 3p.m.")
    []
    """
    if not text or not (_GATE.search(text) or any(w in text for w in _GATE_CAPITAL)):
        return []
    out: list[Money] = []
    dots: bool | None = None  # the text writes decimals with a point ("closed up 2.67%, at 5.108 euros")
    for m in _MONEY.finditer(text):
        if not m["pre"] and not m["suf"]:
            continue
        if not m["pre"] and m.start() > 0 and text[m.start() - 1] in "$€£¥.,":
            continue
        raw = m["n"]
        currency = _currency(m["pre"], m["suf"])
        comma = currency in ("EUR", "CHF", "NOK", "SEK", "DKK") and not m["pre"]
        if comma and dots is None:
            dots = _DOT_DECIMAL.search(text) is not None
        value = parse_number(raw, decimal_comma=comma and not dots)
        if value is None:
            continue
        mult_word = (m["mw"] or m["ml"] or "").lower()
        mult = MULTIPLIERS.get(mult_word, 1.0)
        if currency.endswith("¢"):
            currency, value = currency[:-1], value / 100
        if mult != 1.0:  # exact decimal scaling: 4.1 billion is 4100000000.0, not 4099999999.9999995
            value = float(f"{value!r}e{round(math.log10(mult))}")
        if not math.isfinite(value) or value < 0:
            continue
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        out.append(Money(m.start(), end, value, currency, mult, text[m.start() : end]))
    return out


_DOLLAR_MARKETS = frozenset(("USD", "AUD", "CAD", "HKD", "SGD", "NZD"))
_CENTS = re.compile(r"(?:\s?(?:cents?|¢)|(?<=\d)c)$", re.IGNORECASE)


#: Currencies whose share prices run to millions: "closed at 2.09 million won", "a target of 2.4 million won".
MILLION_PRICED = frozenset({"KRW", "IDR", "VND"})


def per_share(m: Money) -> bool:
    """An amount that can be a per-share figure: no multiplier, save a million of a currency whose share prices run
    that high.

    >>> [per_share(x) for x in parse_money("2.09 million won, $5m, $12.50")]
    [True, False, True]
    """
    return m.multiplier == 1.0 or (m.multiplier == 1e6 and m.currency in MILLION_PRICED)


def localise(m: Money, market: Market | None) -> Money:
    """What a bare ``$`` and ``cents`` mean on the article's market.

    A bare ``$`` on a dollar market other than the US is that market's dollar; ``cents`` are that
    dollar's hundredths, except on the London market, where a writer's "cents" are pence.

    >>> from data_layer.markets import MARKETS
    >>> au = MARKETS["AU"]
    >>> [(x.value, x.currency) for x in (localise(m, au) for m in parse_money("$4.12, 85 cents, US$3, $US2"))]
    [(4.12, 'AUD'), (0.85, 'AUD'), (3.0, 'USD'), (2.0, 'USD')]
    >>> [(x.value, x.currency) for x in (localise(m, MARKETS["UK"]) for m in parse_money("485.5 cents, $3"))]
    [(485.5, 'GBX'), (3.0, 'USD')]
    """
    if market is None or m.currency != "USD":
        return m
    if _CENTS.search(m.text):
        if market.cents == "GBX":
            return replace(m, value=round(m.value * 100, 6), currency="GBX")
        return replace(m, currency=market.currency) if market.currency in _DOLLAR_MARKETS else m
    if m.text.startswith("$") and not m.text.startswith(("$US", "$ US")) and market.currency in _DOLLAR_MARKETS:
        return replace(m, currency=market.currency)
    return m
