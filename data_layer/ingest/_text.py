"""Plain text (and the text of Markdown/JSON articles) -> title, header fields, paragraphs.

The header of a news article is a handful of short lines around the headline: kickers
("MARKETS | COMPANIES"), bylines ("By Dana Whitcomb", "Written by X | Tuesday, March 4th, 2025"),
datelines ("Mar 3, 2025 10:41 AM EST", "03.03.2025 | 10:31 | FinanzTicker Frankfurt") and
security metadata ("Rheinfeld AG | ISIN: DE000RHF0012 | Symbol: RHF"). They are classified by
their shape, taken out of the body, and turned into ``published``/``author``/``source``/hints.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import _boilerplate as B

try:  # the dates module is written alongside this one
    from ..dates import parse_published
except ImportError:  # pragma: no cover

    def parse_published(text: str) -> dt.datetime | None:
        return None


@dataclass
class Parsed:
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    published: dt.datetime | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    hints: list[str] = field(default_factory=list)  # metadata lines for company resolution
    boilerplate: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # header lines taken out of the body

    def body(self) -> str:
        parts = ([self.title] if self.title else []) + self.paragraphs
        return "\n".join(parts)


# --------------------------------------------------------------------------- rules (data)

_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_WORDS = re.compile(r"[\w’'$€£%.,-]+")

# a timestamp glued to the start of the first paragraph: "31.01.2026 - 05:08:04Amazon is ..."
_LEADING_STAMP = re.compile(
    r"^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:[-|,/]|\bum\b|\bat\b)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
    r"(?:\s*(?:(?:UTC|GMT|CET|CEST|MEZ|MESZ|BST|EST|EDT|ET|CST|CDT|PST|PDT|PT)(?![A-Za-z])|[+-]\d{2}:?\d{2}))?)?"
    r"(?:\s*[-|–—:]\s*|\s*)"
)
_DATE_START = re.compile(
    r"^(?:on\s+)?(?:published|posted|updated|last updated|first published|originally published|released|date|"
    r"stand|veröffentlicht|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d)",
    re.IGNORECASE,
)
_TAIL_DATELINE = re.compile(
    r"^\W*(?:published|posted|first published|originally published|released)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE
)
_UPDATED = re.compile(r"^\W*(?:updated|last updated|last modified)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b")
_BYLINE = re.compile(r"^\W*(?:by|written by|posted by|von|par|por|from)\s+(?=[A-Z])", re.IGNORECASE)
_BY_INSIDE = re.compile(r"\bby\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|der|da|di|le|la)){0,4})")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|der|da|di|le|la|and|&)){0,6}")
_FIELD_SPLIT = re.compile(r"\s+(?:\||·|•|—|–|/)\s+|\s*\|\s*")
_READING_TIME = re.compile(r"^\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?: read)?$|^\d+ comments?$", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|analyst|newsdesk|desk|bureau)\b",
    re.IGNORECASE,
)
_METADATA = re.compile(r"\b(?:ISIN|WKN|CUSIP|SEDOL|Symbol|Ticker|Valor|RIC|LEI)\s*:", re.IGNORECASE)
_ISIN_SHAPE = re.compile(r"\b[A-Z]{2}[A-Z0-9]{9}\d\b")
_KICKER_FIELD = re.compile(r"^[A-Z][A-Za-z&'’ -]{0,30}$")
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\b[AP]\.M)(?<!\d [ap]m)(?<!\d [AP]M)[.!?…]['\"”’)]*$")

# a news-wire or press-release dateline opening the first paragraph, with a full date:
# "PITTSBURGH--(BUSINESS WIRE)--Aug. 29, 2024-- ...", "AUSTIN, Texas, Aug. 29, 2024 /PRNewswire/ -- ...",
# "LONDON, 10 April 2025 (RNS) - ...", "NEW YORK, Jan. 6, 2025 — ..."
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FULL_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|\d{{1,2}}\.?\s+{_MONTH}\s+(?:19|20)\d{{2}})"
)
_WIRE = (
    r"(?:business\s*wire|globe\s*newswire|pr\s*newswire|prnewswire[\w-]*|accesswire|newsfile|marketwired|"
    r"eqs-news|dgap-news|rns|reuters|ap|afp|bloomberg|dpa-afx|mt newswires|pr\.com|einpresswire)"
)
_WIRE_DATELINE = re.compile(
    rf"^[^\n]{{0,90}}?(?:(?:[-–—]{{1,2}}|,)\s*\(?\s*(?:{_WIRE})?\s*\)?\s*[-–—]*\s*(?P<d1>{_FULL_DATE})"
    rf"\s*(?:/\s*{_WIRE}[^/]{{0,40}}/|\(\s*{_WIRE}\s*\))?\s*(?:[-–—]{{1,2}}|:)(?!\d))",
    re.IGNORECASE,
)

# how far into the text header lines may sit (non-empty lines after the title)
_HEADER_SCAN = 7
# how many paragraphs may come before a wire dateline (a release's bullet summary sits above it)
_WIRE_SCAN = 6
# a stamp closing the page ("July 15, 2025 08:14 ET (12:14 GMT)"): among the last lines, and short
_FOOTER_SCAN = 3
_MAX_FOOTER_WORDS = 12
_MAX_HEADER_WORDS = 18


def clean_line(line: str) -> str:
    """Collapse blanks, drop invisible characters, trim.

    >>> clean_line("  Shares\\u00a0 rose\\u200b  2% ")
    'Shares rose 2%'
    """
    return _WS.sub(" ", _INVISIBLE.sub("", line)).strip()


def _words(line: str) -> int:
    return len(line.split())


def is_kicker(line: str) -> bool:
    """A section label above the headline.

    >>> is_kicker("MARKETS | COMPANIES"), is_kicker("Biotech"), is_kicker("Shares rose 4% on Monday.")
    (True, False, False)
    """
    if _words(line) > 6 or any(ch.isdigit() for ch in line) or _SENTENCE_END.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and _words(line) <= 4:
        return True
    fields = [f.strip() for f in line.split("|")]
    return len(fields) > 1 and all(_KICKER_FIELD.match(f) for f in fields)


def is_metadata(line: str) -> bool:
    """A security-metadata line ("X AG | ISIN: DE000... | Symbol: RHF", "Amazon US0231351067").

    >>> is_metadata("Amazon US0231351067"), is_metadata("Shares rose.")
    (True, False)
    """
    if _words(line) > _MAX_HEADER_WORDS:
        return False
    if _METADATA.search(line):
        return True
    return bool(_ISIN_SHAPE.search(line)) and _words(line) <= 6 and not _SENTENCE_END.search(line)


def is_prose(line: str) -> bool:
    return _words(line) > 25 or (_words(line) > 8 and bool(_SENTENCE_END.search(line)))


@dataclass
class Header:
    kind: str  # kicker | metadata | byline | dateline
    published: dt.datetime | None = None
    author: str | None = None
    source: str | None = None


#: A money amount or a percentage: header lines (datelines, bylines) never quote one.
_FIGURE = re.compile(r"[$€£¥]\s?\d|\d\s?%")


# a news agency's name before the date of a dateline: "AFP 04 Nov 2021", "PTI, 12 May 2024"
_AGENCY_PREFIX = re.compile(
    r"(?:AFP|AP|Reuters|PTI|IANS|ANI|UNI|Bloomberg|dpa|DPA|Kyodo|Jiji|Xinhua|Yonhap|AAP|CP|RTTNews|Dow Jones)"
    r"\s*[|,:–-]?\s+(?=\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def classify_header(line: str, *, kicker: bool = True) -> Header | None:
    """What a short line near the headline is, with the fields it states.

    >>> h = classify_header("03.03.2025 | 10:31 | FinanzTicker Frankfurt")
    >>> (h.kind, h.source, h.published.isoformat())
    ('dateline', 'FinanzTicker Frankfurt', '2025-03-03T10:31:00')
    >>> classify_header("By Harriet Quayle, Markets Reporter").author
    'Harriet Quayle'
    >>> classify_header("Record sales and a $1.2bn move into Texas fail to impress the City") is None
    True
    >>> classify_header("Mon, Mar 3, 2025 | $11.92 | -3.1%") is None  # a row of a price table
    True
    """
    if not line or _words(line) > _MAX_HEADER_WORDS or is_prose(line):
        return None
    if is_metadata(line):
        return Header("metadata")
    if kicker and is_kicker(line):
        return Header("kicker")
    if _FIGURE.search(line):
        return None  # a dated line quoting a price or a change is a row of a table, not the article's dateline
    byline = bool(_BYLINE.match(line))
    stamp = _LEADING_STAMP.match(line)
    if stamp and stamp.end() and _words(line[stamp.end() :]) >= 3 and line[stamp.end() - 1 : stamp.end()].isdigit():
        return None  # a timestamp glued to the first sentence, not a dateline of its own
    start = line.lstrip("*_ ")
    start = start[_AGENCY_PREFIX.match(start).end() :] if _AGENCY_PREFIX.match(start) else start  # "AFP 04 Nov 2021"
    dated = bool(_YEAR.search(line)) and bool(_DATE_START.match(start) or byline or "|" in line)
    if dated and not byline and _SENTENCE_END.search(line) and not re.search(r"\b[AaPp]\.[Mm]\.$", line):
        dated = False
    published = parse_published(line) if dated else None
    if not byline and published is None:
        return None
    author, source = _fields(line)
    return Header("byline" if byline and published is None else "dateline", published, author, source)


def _fields(line: str) -> tuple[str | None, str | None]:
    """Author and outlet from a byline/dateline's pipe- or dot-separated fields."""
    author = source = None
    for f in (f.strip(" *_,") for f in _FIELD_SPLIT.split(line)):
        if not f:
            continue
        by = _BYLINE.match(f)
        if by:
            m = _NAME.match(f[by.end() :])
            if m and author is None:
                author = _trim_name(m.group())
            continue
        inside = _BY_INSIDE.search(f)
        if inside and author is None:
            author = _trim_name(inside.group(1))
            continue
        if _READING_TIME.match(f) or any(ch.isdigit() for ch in f) or _DATE_START.match(f):
            continue
        if source is None and _words(f) <= 5 and f[:1].isupper() and not _ROLE.search(f):
            source = f
    return author, source


def _trim_name(name: str) -> str:
    """'Harriet Quayle, Markets Reporter' -> 'Harriet Quayle'."""
    name = re.split(r",|\s+(?:and|&)\s+(?=[a-z])", name)[0]
    words = name.split()
    while words and _ROLE.search(words[-1]):
        words.pop()
    return " ".join(words).strip(" .,")


def _is_teaser(line: str, following: str | None) -> bool:
    """A fragment above the real headline ("Amazon’s, Strategic" over "Amazon’s Strategic Pivot ...")."""
    if following is None or _words(line) > 4 or _SENTENCE_END.search(line) or _words(following) <= _words(line):
        return False

    def norm(t: str) -> str:
        return " ".join(re.sub(r"[^\w\s’']+", " ", t).lower().split())

    return bool(norm(line)) and norm(following).startswith(norm(line)) and not _SENTENCE_END.search(following)


# --------------------------------------------------------------------------- parsing


_OPEN_END = re.compile(
    r"(?:\b(?:to|of|the|a|an|and|or|in|on|at|for|with|from|by|as|its|his|her|their|that|than)|,)$", re.I
)


def _wrapped_on(line: str, following: str) -> bool:
    """``line`` runs on into ``following``: it ends in a word that needs more, or the next starts in lower case.

    >>> _wrapped_on("Aiken upgraded National Bank of Canada to", '"overweight" from "equal-weight,"')
    True
    >>> _wrapped_on("Market Wrap", "Stocks rose on Monday.")
    False
    """
    return bool(following) and (bool(_OPEN_END.search(line)) or following[:1].islower())


# One row of a movers table: "Melrose Industries (MRO) 641.60p 2.52%"
_GLUED_HEADING = re.compile(r"\b(Risers|Fallers|Gainers|Losers|Top\s+gainers|Top\s+losers)(?=[A-Z])")
_MOVER_ROW = re.compile(
    r"[A-Z][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,6}?\s+\([A-Z0-9][A-Z0-9.-]{0,7}\)\s+"
    r"[\d,]+(?:\.\d+)?\s?(?:p|c|pence|cents)?\s+[-+−]?\d+(?:\.\d+)?\s?%"
)


def split_run_on_rows(line: str) -> list[str]:
    """A movers table whose rows a page ran together into one line (or into a paragraph), one row per line again.

    >>> split_run_on_rows("Melrose (MRO) 641.60p 2.52% BT Group (BT.A) 106.50p 1.77% Pearson (PSON) 1,028.50p 1.43%")
    ['Melrose (MRO) 641.60p 2.52%', 'BT Group (BT.A) 106.50p 1.77%', 'Pearson (PSON) 1,028.50p 1.43%']
    >>> split_run_on_rows("Banks fell. FTSE 100 - RisersShire (SHP) 1,793p +2%CRH (CRH) 1,093p +1.3%IMI (IMI) 808p -1%")
    ['Banks fell. FTSE 100 - Risers', 'Shire (SHP) 1,793p +2%', 'CRH (CRH) 1,093p +1.3%', 'IMI (IMI) 808p -1%']
    """
    if line.count("%") < 3 or line.count("(") < 3:
        return [line]
    out: list[str] = []
    for piece in _GLUED_HEADING.sub("\\1\n", line).split("\n"):
        rows = list(_MOVER_ROW.finditer(piece))
        runs: list[list[re.Match[str]]] = []
        for m in rows:
            if runs and not piece[runs[-1][-1].end() : m.start()].strip():
                runs[-1].append(m)
            else:
                runs.append([m])
        pos = 0
        for run in (r for r in runs if len(r) >= 3):
            out.append(piece[pos : run[0].start()].strip())
            out.extend(m.group() for m in run)
            pos = run[-1].end()
        out.append(piece[pos:].strip())
    out = [x for x in out if x]
    return out if len(out) > 1 else [line]


def _dateline(line: str) -> bool:
    h = classify_header(line.strip())
    return h is not None and h.kind == "dateline"


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (blank-line-separated blocks of ~70-column lines) into paragraphs."""
    nonempty = [ln for ln in lines if ln.strip()]
    if len(nonempty) < 6 or "" not in [ln.strip() for ln in lines]:
        return lines
    wrapped = sum(45 <= len(ln) <= 100 for ln in nonempty)
    long_ = sum(len(ln) > 120 for ln in nonempty)
    if wrapped < 0.6 * len(nonempty) or long_:
        return lines
    out: list[str] = []
    block: list[str] = []
    padded = [*lines, ""]
    # a headline over a date line stays apart from the text under it ("HSBC lowered the target price for Giant
    # Biogene (02367) to HKD46.4" / "8 December 2025" / the wrapped body)
    head = next((k + 1 for k in range(min(3, len(lines) - 1)) if _dateline(lines[k + 1])), 0)
    out.extend(ln.strip() for ln in lines[:head])
    for k, ln in enumerate(padded):
        if k < head:
            continue
        if ln.strip():
            block.append(ln.strip())
            if (
                _words(ln) <= 8
                and not _SENTENCE_END.search(ln)
                and len(block) == 1
                and not _wrapped_on(ln.strip(), padded[k + 1].strip() if k + 1 < len(padded) else "")
            ):
                out.append(block.pop())  # a short heading line stays on its own
        elif block:
            out.append(" ".join(block))
            block = []
        if not ln.strip():
            out.append("")
    return out


_CONTINUES = re.compile(r"[a-z$€£¥₹\d]")


def _join_broken(lines: list[str]) -> list[str]:
    """A sentence a page broke over two lines, joined again: a line of prose that ends in a word needing more, and a
    next line that goes on in lower case or with a figure ("... raised its target price to" / "$7.25 from $5.40").

    >>> _join_broken(["DBS Vickers upgraded the exchange and raised its target price to", "$7.25 from $5.40.", "Next."])
    ['DBS Vickers upgraded the exchange and raised its target price to $7.25 from $5.40.', 'Next.']
    >>> _join_broken(["Markets today", "shares rose"])
    ['Markets today', 'shares rose']
    """
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        if (
            prev.strip()
            and ln.strip()
            and _words(prev) >= 6
            and _OPEN_END.search(prev.rstrip())
            and _CONTINUES.match(ln.strip())
        ):
            out[-1] = prev.rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return out


def parse_plain(text: str, title: str | None = None) -> Parsed:
    """Split a plain-text article into title, header fields and body paragraphs.

    >>> p = parse_plain("Big news\\n31.01.2026 - 05:08:04Amazon is undergoing change.\\nMore text.")
    >>> (p.title, p.paragraphs, p.published.isoformat())
    ('Big news', ['Amazon is undergoing change.', 'More text.'], '2026-01-31T05:08:04')
    """
    lines = [clean_line(ln) for ln in _join_broken(_unwrap(text.split("\n")))]
    lines = [row for ln in lines if ln for row in split_run_on_rows(ln)]
    out = Parsed()
    i = 0
    if title is None:
        while i < len(lines) and i < 4:
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if is_kicker(lines[i]) or _is_teaser(lines[i], nxt):
                out.header.append(lines[i])
                i += 1
                continue
            break
        if i < len(lines):
            out.title = lines[i]
            i += 1
    else:
        out.title = clean_line(title)
        if lines and lines[0] == out.title:
            i = 1
    rest = lines[i:]
    body: list[str] = []
    updated: dt.datetime | None = None
    prose = 0  # header lines sit above the story: after two paragraphs of prose a dated line is body text
    for k, line in enumerate(rest):
        h = classify_header(line, kicker=k == 0) if k < _HEADER_SCAN and prose < 2 else None
        if h is None and _TAIL_DATELINE.match(line) and _words(line) <= _MAX_HEADER_WORDS:
            h = classify_header(line)
        if h is not None and h.kind == "dateline" and prose and out.published is not None:
            h = None  # a second date below the story's first paragraph heads a section ("20 September 2021")
        if h is None and _UPDATED.match(line) and _words(line) <= _MAX_HEADER_WORDS:
            updated = updated or parse_published(line)
            out.header.append(line)
            continue
        if h is None:
            body.append(line)
            prose += is_prose(line)
            continue
        out.header.append(line)
        if h.kind == "metadata":
            out.hints.append(line)
        if h.published and out.published is None:
            out.published = h.published
        out.author = out.author or h.author
        out.source = out.source or h.source
    if body:
        body[0] = _split_stamp(body[0], out)
    if out.published is None:
        out.published = updated
    if out.published is None:
        out.published = next(filter(None, map(wire_dateline, body[:_WIRE_SCAN])), None)
    if out.published is None:
        out.published = _footer_stamp(body, out)
    out.paragraphs, out.boilerplate = B.split_boilerplate([b for b in body if b])
    return out


def _footer_stamp(body: list[str], out: Parsed) -> dt.datetime | None:
    """A date line closing the text ("(END) Dow Jones Newswires / July 15, 2025 08:14 ET"), taken out of the body.

    >>> p = Parsed()
    >>> lines = ["Shares rose.", "(END) Wire", "July 15, 2025 08:14 ET (12:14 GMT)"]
    >>> _footer_stamp(lines, p).isoformat(), lines
    ('2025-07-15T08:14:00-04:00', ['Shares rose.', '(END) Wire'])
    """
    for k in range(len(body) - 1, max(-1, len(body) - 1 - _FOOTER_SCAN), -1):
        line = body[k]
        if _words(line) > _MAX_FOOTER_WORDS:
            continue
        h = classify_header(line, kicker=False)
        if h is not None and h.published is not None:
            out.header.append(body.pop(k))
            return h.published
    return None


def wire_dateline(paragraph: str) -> dt.datetime | None:
    """The date of a press-release or wire dateline that opens a paragraph.

    >>> wire_dateline("PITTSBURGH--(BUSINESS WIRE)--Aug. 29, 2024-- Acme Corp today reported results.").date()
    datetime.date(2024, 8, 29)
    >>> wire_dateline("AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Acme Corp said ...").date()
    datetime.date(2025, 3, 3)
    >>> wire_dateline("Acme said on March 3, 2025 that sales rose.") is None
    True
    """
    m = _WIRE_DATELINE.match(paragraph[:200])
    return parse_published(m["d1"]) if m else None


def _split_stamp(first: str, out: Parsed) -> str:
    """Take a timestamp glued to the first paragraph off it (and use it when no dateline was found)."""
    m = _LEADING_STAMP.match(first)
    if not m or m.end() == 0:
        return first
    stamp = first[: m.end()]
    when = parse_published(stamp)
    if when is None:
        return first
    out.header.append(stamp.strip())
    if out.published is None:
        out.published = when
    return first[m.end() :].lstrip()
