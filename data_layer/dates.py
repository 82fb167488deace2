"""Dates in news text: find them, resolve them against the article's own date, parse datelines.

Relative expressions ("on Friday", "last week", "in November", "the third quarter") resolve
against ``ref`` (the article's publication date), never today. With ``ref=None`` they are still
found but carry ``date=None``; absolute dates ("January 30, 2026", "30.01.2026") always resolve.

>>> import datetime as dt
>>> [(m.text, m.date.iso()) for m in find_dates("Shares closed on Friday at $10.", dt.date(2026, 1, 31))]
[('Friday', '2026-01-30')]
>>> parse_date("fourth-quarter 2025", None).iso()
'2025-Q4'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from . import _dates_rules as R
from .models import DatePrecision, FuzzyDate
from .trading import previous_session

__all__ = ["DateMention", "find_dates", "parse_date", "parse_published"]

P = DatePrecision
_HALF_YEAR = dt.timedelta(days=183)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: ``text[start:end] == self.text``; ``date`` None when unresolvable."""

    start: int
    end: int
    text: str
    date: FuzzyDate | None
    kind: str = ""  # the rule that read it ("mdy", "weekday", "simple_rel", ...)


# --------------------------------------------------------------------------- small helpers


def _fd(start: dt.date | None, precision: DatePrecision = P.DAY) -> FuzzyDate | None:
    return FuzzyDate(start=start, precision=precision) if start is not None else None


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_start(y: int, m: int) -> dt.date:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, 1)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _yy(s: str) -> int:
    """Two- or four-digit year.

    >>> _yy("25"), _yy("2025")
    (2025, 2025)
    """
    y = int(s)
    return y + 2000 if y < 100 else y


def _month_num(s: str) -> int:
    return R.MONTHS[s.rstrip(".").lower()]


def _pick_year(
    make: Callable[[int], FuzzyDate | None], ref: dt.date, future: bool | None, match_weekday: int | None = None
) -> FuzzyDate | None:
    """Choose the year of a year-less date relative to ``ref``.

    ``future`` True: the first candidate that has not ended before ``ref``; False: the last one that
    started on or before ``ref``; None: ``ref``'s year unless that is more than ~6 months ahead.
    A stated weekday ("Wednesday, March 12") picks the year whose calendar agrees.
    """
    cands = [(y, make(y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    cands = [(y, c) for y, c in cands if c is not None]
    if not cands:
        return None
    if match_weekday is not None:
        ok = [c for _, c in cands if c.start.weekday() == match_weekday]
        if ok:
            return min(ok, key=lambda c: abs((c.start - ref).days))
    if future is True:
        after = [c for _, c in cands if c.end >= ref]
        return after[0] if after else cands[-1][1]
    if future is False:
        before = [c for _, c in cands if c.start <= ref]
        return before[-1] if before else cands[0][1]
    same = dict(cands).get(ref.year)
    if same is None:
        return cands[0][1]
    if same.start > ref + _HALF_YEAR:
        return dict(cands).get(ref.year - 1, same)
    return same


#: A sentence that opens with its day and goes on in the future: "On Thursday, the company will release its results".
_OPENING_DAY_BEFORE = re.compile(r"\W*(?:(?:On|Next|This|By)\s+)?")
_FUTURE_AFTER = re.compile(
    r",?\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,4}?(?:will|shall|is\s+(?:due|scheduled|set|expected|slated)\s+to|is\s+to)\b"
)


def opens_with_future_day(text: str, start: int, end: int) -> bool:
    """The date at ``start:end`` opens ``text`` and the sentence goes on in the future.

    >>> t = "On Thursday, the company will release its results."
    >>> opens_with_future_day(t, 3, 11), opens_with_future_day("On Thursday, the company released them.", 3, 11)
    (True, False)
    """
    return bool(_OPENING_DAY_BEFORE.fullmatch(text, 0, start) and _FUTURE_AFTER.match(text, end))


def _future_from_context(text: str, start: int, end: int | None = None) -> bool | None:
    """True when the clause before ``start`` points forward ("will close on Friday"), or a sentence opening with the
    day goes on in the future ("On Thursday, the company will release"), False for "since", else None."""
    if end is not None and opens_with_future_day(text, start, end):
        return True
    window = text[max(0, start - 70) : start]
    if R.PAST_CONTEXT.search(window):
        return False
    cut = max(window.rfind(". "), window.rfind("; "))
    if cut >= 0:
        window = window[cut + 2 :]
    # a relative clause has its own tense: "shall be Rs 175, which is 33% lower than the Tuesday's closing price"
    rel = max(window.rfind(", which "), window.rfind(", who "))
    if rel >= 0:
        window = window[rel + 2 :]
    return True if R.FUTURE_CONTEXT.search(window) else None


# --------------------------------------------------------------------------- handlers: match -> FuzzyDate | None
# Each handler returns (resolved date or None, is_match_valid). Invalid matches are dropped entirely.

_Result = tuple[FuzzyDate | None, bool]


def _h_iso(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    d = _day(int(m["y"]), int(m["m"]), int(m["dd"]))
    return _fd(d), d is not None


def _h_dmy_num(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    a, b, y = int(m["dd"]), int(m["m"]), int(m["y"])
    if m["sep"] in "/-" and b > 12 >= a:  # US style 3/14/2025
        a, b = b, a
    d = _day(y, b, a)
    return _fd(d), d is not None


def _h_day_month(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    mon, day = _month_num(m["mon"]), int(m["dd"])
    if not 1 <= day <= 31 or _day(2024, mon, day) is None:
        return None, False
    wd = R.WEEKDAYS[m["wd"].rstrip(".").lower()] if m["wd"] else None
    if m["y"]:
        return _fd(_day(int(m["y"]), mon, day)), True
    if ref is None:
        return None, True
    return _pick_year(lambda y: _fd(_day(y, mon, day)), ref, fut, wd), True


def _qualified_month(y: int, mon: int) -> FuzzyDate:
    return FuzzyDate(start=dt.date(y, mon, 1), precision=P.MONTH)


def _h_month_year(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    return _qualified_month(int(m["y"]), _month_num(m["mon"])), True


def _h_month(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    mon = _month_num(m["mon"])
    rel = (m["rel"] or "").lower()
    if mon == 5 and not (rel or m["q"]) and not R.MAY_CONTEXT.search(m.string[max(0, m.start() - 20) : m.start()]):
        return None, False  # "May" the verb
    if m["mon"].isupper() and len(m["mon"]) > 3 and not (rel or m["q"]):
        return None, False  # shouting headline word, e.g. "MARCH" as a verb
    if ref is None:
        return None, True
    if rel in ("last", "previous"):
        fut = False
    elif rel in ("next", "coming"):
        fut = True
    out = _pick_year(lambda y: _qualified_month(y, mon), ref, fut)
    if out is not None and rel in ("last", "previous") and out.start.month == ref.month and out.start.year == ref.year:
        out = _qualified_month(ref.year - 1, mon)
    if out is not None and rel in ("next", "coming") and out.start <= ref:
        out = _qualified_month(out.start.year + 1, mon)
    return out, True


def _quarter(y: int, q: int) -> FuzzyDate:
    return FuzzyDate(start=dt.date(y, 3 * q - 2, 1), precision=P.QUARTER)


def _half(y: int, h: int) -> FuzzyDate:
    return FuzzyDate(start=dt.date(y, 6 * h - 5, 1), precision=P.HALF)


def _explicit_year(m: re.Match) -> int | None:
    gd = m.groupdict()
    for k in ("y", "y0", "y1", "fy", "yy", "yy2"):
        if gd.get(k):
            return _yy(gd[k])
    return None


def _h_period(kind: str) -> Callable[[re.Match, dt.date | None, bool | None], _Result]:
    make = _quarter if kind == "q" else _half

    def handler(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
        gd = m.groupdict()
        n = R.ORDINALS[gd["ord"].lower()] if gd.get("ord") else int(gd.get("n") or gd.get("n2"))
        y = _explicit_year(m)
        if y is not None:
            return make(y, n), True
        if ref is None:
            return None, True
        return _pick_year(lambda yy: make(yy, n), ref, fut), True

    return handler


def _h_fy(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    return FuzzyDate(start=dt.date(_yy(m["fy"]), 1, 1), precision=P.YEAR), True


def _h_qual_year(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    y = int(m["y"])
    q = re.sub(r"\s+", " ", m["q"].lower())
    q = R.QUALIFIERS.get(q, R.QUALIFIERS.get(q.replace(" ", "-"), "mid"))
    if q == "early":
        return _half(y, 1), True
    if q == "late":
        return _half(y, 2), True
    if q == "end":
        return _quarter(y, 4), True
    if q == "start":
        return _quarter(y, 1), True
    return FuzzyDate(start=dt.date(y, 1, 1), precision=P.YEAR), True


def _h_year(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    return FuzzyDate(start=dt.date(int(m["y"]), 1, 1), precision=P.YEAR), True


def _h_simple_rel(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    if ref is None:
        return None, True
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
    return _fd(ref + dt.timedelta(days=off)), True


def _h_prev_session(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    return (_fd(previous_session(ref, None)) if ref else None), True


_REL_STEP = {"last": -1, "previous": -1, "prior": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def _h_unit_rel(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel == "past" and unit != "week":
        return None, False  # "the past year" is a rolling period, not a calendar one
    if ref is None:
        return None, True
    step = _REL_STEP[rel]
    if unit == "week":
        if rel == "past":
            return FuzzyDate(start=ref - dt.timedelta(days=7), precision=P.WEEK), True
        return FuzzyDate(start=_monday(ref) + dt.timedelta(weeks=step), precision=P.WEEK), True
    if unit == "month":
        return FuzzyDate(start=_month_start(ref.year, ref.month + step), precision=P.MONTH), True
    if unit == "quarter":
        q0 = (ref.month - 1) // 3 + step
        return _quarter(ref.year + q0 // 4, q0 % 4 + 1), True
    return FuzzyDate(start=dt.date(ref.year + step, 1, 1), precision=P.YEAR), True


def _h_ago(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    if ref is None:
        return None, True
    n = int(m["n"]) if m["n"].isdigit() else R.SMALL_NUMBERS[m["n"].lower()]
    unit = m["unit"].lower()
    if unit == "day":
        return _fd(ref - dt.timedelta(days=n)), True
    if unit == "week":
        return FuzzyDate(start=_monday(ref - dt.timedelta(weeks=n)), precision=P.WEEK), True
    if unit == "month":
        return FuzzyDate(start=_month_start(ref.year, ref.month - n), precision=P.MONTH), True
    return FuzzyDate(start=dt.date(ref.year - n, 1, 1), precision=P.YEAR), True


def _h_weekday(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    if ref is None:
        return None, True
    wd = R.WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    week = (m["wk"] or "").lower()
    if week and not rel:  # "Thursday next week", "Monday last week"
        shift = {"next": 7, "last": -7, "this": 0}[week]
        return _fd(_monday(ref) + dt.timedelta(days=shift + wd)), True
    if rel in ("last", "previous", "past"):  # the most recent such day before ref ("closed last Monday")
        return _fd(ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)), True
    if rel == "this":
        return _fd(_monday(ref) + dt.timedelta(days=wd)), True
    if rel in ("next", "coming"):
        return _fd(ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)), True
    if fut:
        return _fd(ref + dt.timedelta(days=(wd - ref.weekday()) % 7)), True
    return _fd(ref - dt.timedelta(days=(ref.weekday() - wd) % 7)), True


def _h_dom(m: re.Match, ref: dt.date | None, fut: bool | None) -> _Result:
    r""" "on the 3rd": that day of the story's month, or of the month before when the day is still to come.

    >>> _h_dom(re.match(r"(?P<n>\d+)", "3"), dt.date(2023, 8, 4), None)[0].start
    datetime.date(2023, 8, 3)
    >>> _h_dom(re.match(r"(?P<n>\d+)", "28"), dt.date(2023, 8, 4), None)[0].start
    datetime.date(2023, 7, 28)
    """
    if ref is None:
        return None, True
    d = int(m["n"])
    year, month = (
        (ref.year, ref.month) if d <= ref.day or fut else (ref.year - (ref.month == 1), (ref.month - 2) % 12 + 1)
    )
    try:
        return _fd(dt.date(year, month, d)), True
    except ValueError:  # "the 31st" of a 30-day month
        return None, False


_HANDLERS: dict[str, Callable[[re.Match, dt.date | None, bool | None], _Result]] = {
    "iso": _h_iso,
    "dmy_num": _h_dmy_num,
    "mdy": _h_day_month,
    "dmy": _h_day_month,
    "month_year": _h_month_year,
    "month": _h_month,
    "quarter": _h_period("q"),
    "q_short": _h_period("q"),
    "half": _h_period("h"),
    "h_short": _h_period("h"),
    "fy": _h_fy,
    "qual_year": _h_qual_year,
    "ctx_year": _h_year,
    "year_noun": _h_year,
    "simple_rel": _h_simple_rel,
    "prev_session": _h_prev_session,
    "unit_rel": _h_unit_rel,
    "ago": _h_ago,
    "weekday": _h_weekday,
    "dom": _h_dom,
}
# Only these take the forward/backward hint from the surrounding words; quarters and halves
# ("will report fourth-quarter results") usually name the last completed period.
_CONTEXT_TENSE = {"mdy", "dmy", "month", "weekday"}

_PAIR_YEAR = re.compile(rf"\s*(?:and|or|to|through|-|–|—|/)\s*(?P<y>{R._YEAR})\b{R._YEAR_END}")
_YEARISH = {"ctx_year", "fy", "year_noun", "month_year", "qual_year"}


# --------------------------------------------------------------------------- public API


def find_dates(
    text: str, ref: dt.date | None, *, prefer_future: bool | None = None, calendar: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, left to right, longest match first, no overlaps.

    ``calendar`` (an exchange_calendars name) says which trading days "the previous session" counts
    (default: weekdays).

    >>> ref = dt.date(2026, 1, 31)
    >>> [(m.text, m.date.iso() if m.date else None) for m in find_dates("In late January and on Q4 2025, $50", ref)]
    [('late January', '2026-01'), ('Q4 2025', '2025-Q4')]
    >>> [m.text for m in find_dates("cut 16,000 jobs, 2.5% of staff", ref)]
    []
    """
    if not text:
        return []
    low = text.lower()
    if len(low) != len(text):  # rare characters change length when lower-cased: match case-insensitively
        low = None
    cands: list[tuple[int, int, str, FuzzyDate | None]] = []
    for name, rx in R.PATTERNS:
        if name in R.CASELESS:
            target = low if low is not None else text.lower()
            if not R.GATES[name].search(target):
                continue
            matches = R.PATTERNS_LOWER[name].finditer(low) if low is not None else rx.finditer(text)
        else:
            if not R.GATES[name].search(text):
                continue
            matches = rx.finditer(text)
        handler = _HANDLERS[name]
        for m in matches:
            s, e = (m.start("d"), m.end("d")) if "d" in rx.groupindex and m.group("d") else m.span()
            fut = prefer_future
            if fut is None and name in _CONTEXT_TENSE:
                fut = _future_from_context(text, m.start(), m.end())
            try:
                if name == "prev_session" and calendar and ref:
                    date, ok = _fd(previous_session(ref, calendar)), True
                else:
                    date, ok = handler(m, ref, fut)
            except (ValueError, KeyError, OverflowError):
                continue
            if not ok:
                continue
            cands.append((s, e, name, date))
            if name in _YEARISH and date is not None:
                pm = _PAIR_YEAR.match(text, e)
                if pm:
                    y2 = int(pm["y"])
                    cands.append(
                        (pm.start("y"), pm.end("y"), name, FuzzyDate(start=dt.date(y2, 1, 1), precision=P.YEAR))
                    )
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    last_end = -1
    for s, e, kind, date in cands:
        if s >= last_end:
            out.append(DateMention(s, e, text[s:e], date, kind))
            last_end = e
    return out


def parse_date(expr: str, ref: dt.date | None, *, prefer_future: bool | None = None) -> FuzzyDate | None:
    """The date one expression means (the longest date found in it), or None.

    >>> parse_date("Tuesday, March 4th, 2025", None)
    FuzzyDate(start=datetime.date(2025, 3, 4), precision=<DatePrecision.DAY: 'day'>)
    >>> parse_date("the third quarter", dt.date(2025, 11, 2)).iso()
    '2025-Q3'
    """
    mentions = [m for m in find_dates(expr, ref, prefer_future=prefer_future) if m.date is not None]
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end - m.start).date


def _zone(name: str | None, off: str | None) -> dt.tzinfo | None:
    if off:
        om = re.search(r"([+-])(\d{1,2}):?(\d{2})?", off)
        if om:
            delta = dt.timedelta(hours=int(om[2]), minutes=int(om[3] or 0))
            return dt.timezone(-delta if om[1] == "-" else delta)
    if name:
        iana = R.ZONES.get(name.upper())
        if iana == "UTC":
            return dt.UTC
        if iana:
            return ZoneInfo(iana)
    return None


_SLASH_DATE = re.compile(r"^\s*(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/\d{2,4}\s*$")
_US_ZONES = frozenset(("ET", "EST", "EDT", "EASTERN", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"))


def _us_numeric(date_text: str, tm: re.Match) -> bool:
    """A slashed numeric date both of whose numbers could be the month, stamped with a US clock or zone.

    The day-first reading is the default; "01/03/2025 08:32 AM" or "01/03/2025 8:32 ET" is a US page.
    """
    m = _SLASH_DATE.match(date_text)
    if not m or int(m["a"]) > 12 or int(m["b"]) > 12 or m["a"] == m["b"]:
        return False
    return bool(tm["ampm"]) or (tm["zone"] or "").upper() in _US_ZONES


_SPACE_COMMA = re.compile(r"(?<=\w)\s+,")
_SPACED_DOTS = re.compile(r"\b((?:19|20)\d\d)\.\s+(\d{1,2})\.\s+(\d{1,2})\.?(?!\d)")


def parse_published(text: str) -> dt.datetime | None:
    """A dateline or timestamp -> datetime (tz-aware when a zone or offset is stated).

    >>> parse_published("Mar 3, 2025 10:41 AM EST").isoformat()
    '2025-03-03T10:41:00-05:00'
    >>> parse_published("31.01.2026 - 05:08:04").isoformat()
    '2026-01-31T05:08:04'
    >>> parse_published("2025-03-04T07:30:00-05:00").isoformat()
    '2025-03-04T07:30:00-05:00'
    >>> parse_published("Published 01/03/2025, 08:32 AM").isoformat()  # a 12-hour clock: month first
    '2025-01-03T08:32:00'
    >>> parse_published("01/03/2025 08:32").date().isoformat()
    '2025-03-01'
    >>> parse_published("09 Apr , 2025").date().isoformat()  # a space before the comma
    '2025-04-09'
    >>> parse_published("2022. 10. 26. 14:21").isoformat()  # a Korean page's stamp
    '2022-10-26T14:21:00'
    >>> parse_published("2024. 11. 1. 11:24").isoformat()
    '2024-11-01T11:24:00'
    """
    if not text:
        return None
    text = _SPACE_COMMA.sub(",", text)
    # a Korean page's "2022. 10. 26. 14:21" or "2024. 11. 1. 11:24" (month and day padded to two digits)
    text = _SPACED_DOTS.sub(lambda m: f"{m[1]}.{int(m[2]):02d}.{int(m[3]):02d}", text)
    im = R.ISO_DATETIME.search(text)
    if im:
        try:
            return dt.datetime.fromisoformat(im.group().replace("Z", "+00:00").replace(" ", "T"))
        except ValueError:
            pass
    day = next(
        (m for m in find_dates(text, None) if m.date is not None and m.date.precision is P.DAY),
        None,
    )
    if day is None:
        return None
    d = day.date.start
    tm = R.TIME_AFTER.match(text, day.end)
    if tm and _us_numeric(text[day.start : day.end], tm):
        d = dt.date(d.year, d.day, d.month)  # "01/03/2025, 08:32 AM": a 12-hour clock is a US page, month first
    if not tm:
        return dt.datetime(d.year, d.month, d.day)
    h, mi, s = int(tm["h"]), int(tm["mi"]), int(tm["s"] or 0)
    ampm = (tm["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23:
        return dt.datetime(d.year, d.month, d.day)
    tz = _zone(tm["zone"], tm["off"])
    return dt.datetime(d.year, d.month, d.day, h, mi, s, tzinfo=tz)


_ABSOLUTE = frozenset(("iso", "dmy_num", "mdy", "dmy"))
_AGO_ON = re.compile(
    r"\b(?P<n>a|an|one|two|three|six|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago,?\s+(?:on\s+)?$", re.IGNORECASE
)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "six": 6}
_UNIT_DAYS = {"day": 1, "week": 7}
_AHEAD = re.compile(r"\b(?:next|upcoming|due|scheduled|expected|will)\b[^.;]{0,30}$", re.IGNORECASE)


_SINCE_BEFORE = re.compile(r"\b(?:since|until|till)\s+$", re.IGNORECASE)


def infer_reference(text: str) -> dt.date | None:
    """The day an undated text was written, from the full dates it names.

    "A year ago, on September 19, 2022" says the text is of 2023-09-19; otherwise the latest full
    date the text does not point ahead to ("next earnings: Nov 19, 2025"). A date without a year
    takes the year of the text's own dated mentions.

    >>> infer_reference("Shares rose. A year ago, on September 19, 2022, the index stood lower.")
    datetime.date(2023, 9, 19)
    >>> infer_reference("As of the Oct 28 close the stock was up. Next earnings: Nov 19, 2025.")
    datetime.date(2025, 10, 28)
    >>> infer_reference("Shares rose on Tuesday.") is None
    True
    >>> infer_reference("Shares rose 30%, heading for their best day since March 26, 2020.") is None
    True
    """
    first = [m for m in find_dates(text, None) if m.date is not None and m.kind in _ABSOLUTE]
    years = [m.date.start.year for m in first if m.date.precision is P.DAY]
    for m in first:
        ago = _AGO_ON.search(text[max(0, m.start - 40) : m.start])
        if ago and m.date.precision is P.DAY:
            n = _NUMBER_WORDS.get(ago["n"].lower()) or int(ago["n"])
            unit = ago["unit"].lower()
            d = m.date.start
            if unit in _UNIT_DAYS:
                return d + dt.timedelta(days=n * _UNIT_DAYS[unit])
            months = d.month - 1 + n * (12 if unit == "year" else 1)
            return _day(d.year + months // 12, months % 12 + 1, d.day) or d
    if not years:
        return None
    anchor = dt.date(max(years), 12, 31)
    days = [
        m.date.start
        for m in find_dates(text, anchor, prefer_future=False)
        if m.date is not None
        and m.kind in _ABSOLUTE
        and m.date.precision is P.DAY
        and not _AHEAD.search(text[max(0, m.start - 40) : m.start])
        and not _SINCE_BEFORE.search(text, max(0, m.start - 12), m.start)  # "its best day since March 26, 2020"
    ]
    return max(days) if days else None
