"""Wire and press-release datelines that open a sentence: "HOUSTON, May 5 (Reuters) - Acme's revenue rose ...".

A dateline is a place in capitals, perhaps a region, a date and the agency, then a dash; it is not part of the
sentence's grammar. Extractors that read a sentence from its start (its subject, a date, a pair of names) see
past it with :func:`blank_dateline`, which keeps the text's length so spans still slice back into the sentence.

Shapes (rule data, not code):

- "NEW YORK, Jan 30 (Reuters) -", "LONDON (AP) —", "PARIS (AFP) --", "TOKYO, Feb. 4 —", "LONDON —"
- "FRANKFURT, Germany, March 3, 2026 /PRNewswire/ --", "AUSTIN, Texas, Aug. 29, 2024 /PRNewswire-HISPANIC PR WIRE/ --"
- "SEATTLE--(BUSINESS WIRE)--", "PITTSBURGH--(BUSINESS WIRE)--Aug. 29, 2024--"
- "March 5 (Reuters) -" (no place), "LONDON, 10 April 2025 (RNS) -", "NEW YORK, NY / ACCESSWIRE / May 5, 2025 /"

>>> dateline_end("HOUSTON, May 5 (Reuters) - Acme Corp's revenue rose 20%.")
27
>>> dateline_end("Acme Corp's revenue rose 20%."), dateline_end("IBM - shares rose 2%.")
(0, 0)
>>> blank_dateline("LONDON (AP) — Acme said.")
'              Acme said.'
"""

from __future__ import annotations

import re

from .._dates_rules import MONTH as _MONTH

__all__ = ["blank_dateline", "dateline_date", "dateline_end"]

#: "March 3, 2026", "Jan 30", "Feb. 4", "10 April 2025", "Aug. 29, 2024".
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\.?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?)"
)
#: A place in capitals: "NEW YORK", "ST. LOUIS", "SÃO PAULO", "WINSTON-SALEM", "SEATTLE/BENGALURU".
_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:(?:\s+|\s*/\s*)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){0,3}"
#: ", Germany", ", Calif.", ", Texas", ", N.Y.": a region after the place (never a date, see the pattern).
_REGION = r",\s*(?!" + _DATE + r")[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
#: "(Reuters)", "(BUSINESS WIRE)", "(dpa-AFX)", "/PRNewswire/", "/CNW/": the agency or wire.
_AGENCY = r"(?P<agency>\(\s*[A-Za-z][\w .&'’-]{0,30}\)|/\s*[A-Za-z][\w .&'’-]{0,40}/)"
_SEP = r"(?P<sep>-{1,2}|[–—]{1,2})"

DATELINE = re.compile(
    rf"^\s*(?P<place>{_PLACE})?(?:{_REGION}){{0,2}}(?:,?\s*(?P<date>{_DATE}))?\s*(?:(?:-{{1,2}}\s*)?{_AGENCY})?"
    rf"\s*(?:{_SEP}\s*(?:(?P<date2>{_DATE})\s*(?:-{{1,2}}|[–—])\s*)?|(?P<date3>{_DATE})\s*/\s*)(?=\S)"
)

#: All-capital words that open a sentence without being a place: tickers and list labels ("IBM - shares rose").
_PLACE_MIN = 4


def dateline_end(text: str) -> int:
    """Where the sentence proper starts after a leading dateline (0 when there is none).

    A bare place needs a long dash ("LONDON — ..."); with a plain hyphen a date or an agency must follow
    it, so that a ticker or a label ("AAPL - Buy") is not taken for one.

    >>> s = "FRANKFURT, Germany, March 3, 2026 /PRNewswire/ -- Acme AG today reported results."
    >>> s[dateline_end(s):]
    'Acme AG today reported results.'
    >>> s = "SEATTLE--(BUSINESS WIRE)--Aug. 29, 2024--Acme Corp today reported results."
    >>> s[dateline_end(s):]
    'Acme Corp today reported results.'
    >>> dateline_end("Jefferies - Buy - target $50"), dateline_end("NVDA: shares rose")
    (0, 0)
    """
    m = _dateline(text)
    return m.end() if m else 0


def dateline_date(text: str) -> str | None:
    """The date a leading dateline gives, as written.

    >>> dateline_date("SYDNEY, Feb 12 (Reuters) - Shares in Kestrel jumped."), dateline_date("LONDON (AP) — Acme said.")
    ('Feb 12', None)
    """
    m = _dateline(text)
    return (m["date"] or m["date2"] or m["date3"]) if m else None


def _dateline(text: str) -> re.Match[str] | None:
    if not text[:1].isupper() and not text[:1].isspace():
        return None
    m = DATELINE.match(text)
    if m is None:
        return None
    place, date, agency = m["place"], m["date"] or m["date2"] or m["date3"], m["agency"]
    if (place is None and date is None) or (m["date3"] and not agency):
        return None
    if place is not None and not (date or agency):
        letters = sum(c.isalpha() for c in place)
        if letters < _PLACE_MIN or m["sep"] == "-":
            return None  # "IBM - ...", "AAPL - Buy": a label, not a dateline
    return m


def blank_dateline(text: str) -> str:
    """``text`` with its leading dateline replaced by spaces (same length: spans still slice back).

    >>> blank_dateline("TOKYO, Feb. 4 — Acme's sales rose.")
    "                Acme's sales rose."
    """
    end = dateline_end(text)
    return " " * end + text[end:] if end else text
