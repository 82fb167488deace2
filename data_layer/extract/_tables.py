"""Tables in article text, one row a line: Markdown/pipe rows ("| Mon, Mar 3 | $11.92 | -3.1% |"), box-drawn rows
("CKI HOLDINGS (01038.HK)│Buy│66 -> 65") and tab-separated ones, as the price and rating extractors read them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ._money import CODE_ALIASES, CODES

CELL_SEP = re.compile(r"\s*[│|\t]\s*")
_SEPARATOR_CELL = re.compile(r":?-{2,}:?")

# The currency a column header names: "Close ($)", "Price (p)", "Target Price (HKD)", "Target (Rs)", "TP in €".
# (Longest symbols first, so "HK$" is not read as "$".)
HEADER_CURRENCIES: dict[str, str] = {
    "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NZ$": "NZD", "US$": "USD", "Rs.": "INR", "Rs": "INR",
    "₹": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "pence": "GBX", "(p)": "GBX", "yen": "JPY",
}  # fmt: skip
_HEADER_CURRENCY = re.compile(
    r"(?:HK|NZ|US|[ACS])\$|\bRs\b\.?|[₹$€£¥]|\((?:p)\)|\b(?:pence|yen)\b|\b(?:"
    + "|".join(sorted(CODES, key=len, reverse=True))
    + r")\b"
)


def cells(line: str) -> list[str]:
    """A row's cells, Markdown emphasis stripped.

    >>> cells("| **Mon, Mar 3** | $11.92 | -3.1% |"), cells("CKI (01038.HK)│Buy│66 -> 65")
    (['Mon, Mar 3', '$11.92', '-3.1%'], ['CKI (01038.HK)', 'Buy', '66 -> 65'])
    """
    return [x.strip().strip("*_").strip() for x in CELL_SEP.split(line.strip().strip("|│"))]


def is_separator(line: str) -> bool:
    """A Markdown header rule ("|---|:---:|")."""
    return all(_SEPARATOR_CELL.fullmatch(x) for x in cells(line) if x)


def blocks(body: str, is_row: Callable[[str], bool]) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive lines that ``is_row`` accepts, as (offset in ``body``, line) pairs."""
    block: list[tuple[int, str]] = []
    pos = 0
    for line in [*body.split("\n"), ""]:
        if is_row(line):
            block.append((pos, line))
        elif block:
            yield block
            block = []
        pos += len(line) + 1


def header_currency(header: str) -> str | None:
    """The currency a column header names.

    >>> [header_currency(h) for h in ("Close ($)", "Price (p)", "Target Price (HKD)", "Target (Rs)", "TP in HK$")]
    ['USD', 'GBX', 'HKD', 'INR', 'HKD']
    """
    m = _HEADER_CURRENCY.search(header)
    if m is None:
        return None
    token = m.group()
    return HEADER_CURRENCIES.get(token) or CODE_ALIASES.get(token, token)
