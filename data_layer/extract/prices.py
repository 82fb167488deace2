"""Share prices: "shares closed at $239.30 on Friday, down 1.01 percent" -> a dated :class:`PricePoint`.

Per sentence: find money amounts, keep those *linked* to a share-price phrase ("closed at", "rose
to", "close of", "as low as") and not part of a target, value, dividend or earnings phrase, then
read the kind (close/intraday), the day's change and the date from the price's own clause.

Dates: a date named in the price's clause ("closed at $X on Friday", "Friday's close of $X"),
else an intraday/"today" cue means the publication day, else a date from a neighbouring price
or an unclaimed date in the sentence, else a date from the sentence before that told how the
shares moved ("slumped yesterday"), else the publication day (a weekend rolls back to Friday).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import DateMention, find_dates, parse_date
from ..models import DatePrecision, FuzzyDate, PriceKind, PricePoint
from ..text import Sentence, provenance
from . import _finance_rules as R
from ._doc import Doc
from ._money import Money, parse_money, parse_number

EXTRACTOR = "prices"
_I = re.IGNORECASE

_SHARE_CUE = re.compile(R.SHARE_CUES, _I)
_CUE_WORDS = R.SHARE_CUE_WORDS
_LINK = re.compile(R.PRICE_LINK, _I)
_NOT_LEFT = re.compile(R.NOT_PRICE_LEFT, _I)
_RESET = re.compile(R.PRICE_RESET, _I)
_PER_SHARE_OK = re.compile(R.PER_SHARE_OK, _I)
_NOT_RIGHT = re.compile(R.NOT_PRICE_RIGHT, _I)
_CLOSE = re.compile(R.CLOSE_CUES, _I)
_INTRADAY = re.compile(R.INTRADAY_CUES, _I)
_TODAY = re.compile(R.TODAY_CUES, _I)
_CLAUSE_END = re.compile(R.CLAUSE_END, _I)
_CONTEXT = re.compile(R.CONTEXT, _I)
_NOT_DAILY = re.compile(R.NOT_DAILY_AFTER, _I)
_DIRS = {w: -1 for w in R.DOWN_WORDS} | {w: 1 for w in R.UP_WORDS}
_DIR_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DIRS), key=len, reverse=True))
_PCT = r"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s?cent\b|pct\b|pc\b)"
_CHANGE = re.compile(
    rf"\b(?P<verb>{_DIR_ALT})(?:\s+of)?\s+(?:by\s+)?(?:(?:about|roughly|nearly|almost|around|some|more than|over|"
    rf"close to|just|a further|another)\s+)?{_PCT}"
    rf"|{_PCT.replace('pct>', 'pct2>')}\s+(?P<dir>lower|higher|down|up|weaker|stronger)\b",
    _I,
)
_SIGNED_PCT = re.compile(r"^\s*(?P<sign>[-+−–])?\s*(?P<n>\d+(?:[.,]\d+)?)\s*%?\s*$")
_TABLE_DATE = re.compile(R.TABLE_DATE_HEADERS, _I)
_TABLE_CLOSE = re.compile(R.TABLE_CLOSE_HEADERS, _I)
_TABLE_CHANGE = re.compile(R.TABLE_CHANGE_HEADERS, _I)
_MOVE_SENTENCE = re.compile(rf"\b(?:{_DIR_ALT}|steadied|recovered|plummeted|rocketed|crashed)\b", _I)
_GATE = re.compile(
    r"[$€£¥₹]|\d\s?(?:p\b|pence|euros?|dollars?|francs?|kronor|kroner|yen|yuan|rupees|cents)|[A-Z]{3}\s?\d|\d\s?[A-Z]{3}\b|\|"
)
_RANGE_STAT = re.compile(R.RANGE_STAT, _I)
_RANGE_EVENT = re.compile(R.RANGE_EVENT, _I)
_PAREN_PCT = re.compile(r"\s*\(\s*(?P<sign>[-+−–])\s*(?P<n>\d+(?:[.,]\d+)?)\s*%\s*\)")

_WINDOW = 70  # characters before a price searched for a target/value phrase


@dataclass
class _Cand:
    money: Money
    left0: int  # start of the text the price owns on its left (previous amount's end)
    right1: int  # end of the price's clause on its right
    date: FuzzyDate | None = None
    date_span: tuple[int, int] | None = None
    kind: PriceKind = PriceKind.UNSPECIFIED
    today: bool = False


# --------------------------------------------------------------------------- public


def extract(doc: Doc) -> list[PricePoint]:
    ref = doc.published
    out: list[PricePoint] = []
    header: list[str] | None = None
    sents = doc.sentences
    for i, sent in enumerate(sents):
        text = sent.text
        if "|" in text and (text.startswith("|") or text.count(" | ") >= 1):  # a table row, with or without edges
            header, recs = _table_row(doc, sent, header, ref)
            out.extend(recs)
            if recs:
                continue
        else:
            header = None
        if not _GATE.search(text):
            continue
        low = text.lower()
        if not any(map(low.__contains__, _CUE_WORDS)) or not _SHARE_CUE.search(text):
            continue
        mentions = find_dates(text, ref)
        out.extend(_sentence_prices(doc, sent, mentions, ref, lambda i=i: _recent_move(sents, i, ref)))
    return out


def _recent_move(sents: list[Sentence], i: int, ref: dt.date | None) -> FuzzyDate | None:
    """The day named by one of the two sentences before that told how the shares moved ("slumped yesterday")."""
    for sent in reversed(sents[max(0, i - 2) : i]):
        text = sent.text
        if _SHARE_CUE.search(text) and _MOVE_SENTENCE.search(text):
            past = [m.date for m in find_dates(text, ref) if _usable(m.date, ref)]
            if past:
                return past[0]
    return None


# --------------------------------------------------------------------------- sentences


def _sentence_prices(
    doc: Doc, sent: Sentence, mentions: list[DateMention], ref: dt.date | None, carry: Callable[[], FuzzyDate | None]
) -> list[PricePoint]:
    text = sent.text
    moneys = parse_money(text)
    cands: list[_Cand] = []
    for j, m in enumerate(moneys):
        if m.multiplier != 1.0 or m.value <= 0:
            continue
        left0 = moneys[j - 1].end if j else 0
        right_lim = moneys[j + 1].start if j + 1 < len(moneys) else len(text)
        if not _is_share_price(text, m, left0):
            continue
        cut = _CLAUSE_END.search(text, m.end, right_lim)
        cands.append(_Cand(m, left0, cut.start() if cut else right_lim))
    if not cands:
        return []
    for k, c in enumerate(cands):
        _read_kind(text, c, cands[k - 1].money.end if k else 0)
        _own_date(text, c, mentions)
        if k and c.kind is PriceKind.UNSPECIFIED and _same_series(text, cands[k - 1], c, mentions):
            c.kind = cands[k - 1].kind  # "closing price on DATE: NOK 212.40 (DATE: NOK 187.90)"
    claimed = {c.date_span for c in cands if c.date_span}
    out = []
    for k, c in enumerate(cands):
        if c.date is None:
            c.date = _fallback_date(text, c, cands[k - 1] if k else None, mentions, claimed, ref, carry)
        date = _day(c.date, c.kind, ref)
        if date is None and c.date is not None:
            continue  # a month or a year: too vague to be a price record
        m = c.money
        out.append(
            PricePoint(
                provenance=provenance(doc.id, sent, m.start, m.end, EXTRACTOR),
                company=doc.company,
                ticker=doc.ticker,
                date=date,
                value=m.value,
                currency=m.currency,
                kind=c.kind,
                change_pct=_change(text, c, moneys),
                context=_context(text, c),
            )
        )
    return out


def _is_share_price(text: str, m: Money, left0: int) -> bool:
    left = text[left0 : m.start]
    if not _LINK.search(left[-40:]):
        return False
    if _RANGE_STAT.search(left) and not _RANGE_EVENT.search(left):
        return False
    bad_right = _NOT_RIGHT.match(text, m.end, min(len(text), m.end + 40))
    if bad_right and not (re.match(r"\s*(?:a|per)\s+share\b", bad_right.group()) and _PER_SHARE_OK.search(left[-30:])):
        return False
    window = text[max(0, m.start - _WINDOW) : m.start]
    cues = list(_RESET.finditer(window))
    after_cue = window[cues[-1].end() :] if cues else window
    return not _NOT_LEFT.search(after_cue)


def _read_kind(text: str, c: _Cand, left0: int) -> None:
    m = c.money
    left = text[left0 : m.start]
    right = text[m.end : c.right1]
    best: tuple[int, PriceKind] | None = None
    for rx, kind in ((_CLOSE, PriceKind.CLOSE), (_INTRADAY, PriceKind.INTRADAY)):
        hits = list(rx.finditer(left))
        if hits:
            d = len(left) - hits[-1].end()
            if best is None or d < best[0]:
                best = (d, kind)
        h = rx.search(right)
        if h:
            d = h.start()
            if best is None or d < best[0]:
                best = (d, kind)
    if best:
        c.kind = best[1]
    c.today = bool(_TODAY.search(left) or _TODAY.search(right))


def _same_series(text: str, prev: _Cand, c: _Cand, mentions: list[DateMention]) -> bool:
    between = text[prev.money.end : c.money.start]
    for dm in mentions:
        if prev.money.end <= dm.start and dm.end <= c.money.start:
            between = between.replace(dm.text, " ")
    return not re.sub(r"\b(?:and|or|vs|versus|compared with|against|previously|prior)\b|\W", "", between, flags=_I)


def _own_date(text: str, c: _Cand, mentions: list[DateMention]) -> None:
    """The date named in the price's own clause, nearest first ("DATE: price" binds tightest)."""
    m = c.money
    best: tuple[float, DateMention] | None = None
    for dm in mentions:
        if dm.date is None:
            continue
        if c.left0 <= dm.start and dm.end <= m.start:
            gap = text[dm.end : m.start]
            d = 0.0 if re.fullmatch(r"\s*\)?\s*[:=]\s*", gap) else len(gap) + 0.5
        elif m.end <= dm.start < c.right1:
            d = dm.start - m.end
        else:
            continue
        if best is None or d < best[0]:
            best = (d, dm)
    if best:
        c.date, c.date_span = best[1].date, (best[1].start, best[1].end)


def _fallback_date(
    text: str,
    c: _Cand,
    prev: _Cand | None,
    mentions: list[DateMention],
    claimed: set,
    ref: dt.date | None,
    carry: Callable[[], FuzzyDate | None],
) -> FuzzyDate | None:
    if c.today and ref:
        return FuzzyDate(start=ref)
    between = text[prev.money.end : c.money.start] if prev else ""
    if prev and prev.date and re.search(r"\b(?:after|before|having|then|earlier|later|and)\b", between, _I):
        return prev.date  # "closed at $33.11 on Thursday, after trading as low as $32.40"
    for dm in mentions:
        if dm.date and (dm.start, dm.end) not in claimed and _usable(dm.date, ref):
            return dm.date
    if c.kind is not PriceKind.INTRADAY and (carried := carry()):
        return carried
    return FuzzyDate(start=ref) if ref else None


def _usable(d: FuzzyDate | None, ref: dt.date | None) -> bool:
    """A day or a week that is not after the publication date."""
    if d is None or d.precision not in (DatePrecision.DAY, DatePrecision.WEEK):
        return False
    return ref is None or d.start <= ref


def _day(d: FuzzyDate | None, kind: PriceKind, ref: dt.date | None) -> FuzzyDate | None:
    """A day-precision date for the price: a week means its last trading day; weekends roll back to Friday."""
    if d is None:
        return None
    if d.precision is DatePrecision.WEEK:
        day = d.start + dt.timedelta(days=4)
        if ref and day > ref:
            day = ref
    elif d.precision is DatePrecision.DAY:
        day = d.start
    else:
        return None
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return FuzzyDate(start=day)


def _change(text: str, c: _Cand, moneys: list[Money]) -> float | None:
    """The day's change stated next to the price: "closed 6.2 per cent lower at", "at $X, up 8.6%"."""
    m = c.money
    paren = _PAREN_PCT.match(text, m.end)
    if paren and (v := parse_number(paren["n"].replace(",", "."))) is not None:
        return -v if paren["sign"] in "-−–" else v  # "$143.11 (-1.25%)"
    left = text[c.left0 : m.start]
    hits = [h for h in _CHANGE.finditer(left) if not _NOT_DAILY.match(left, h.end())]
    hits = [h for h in hits if not re.search(r"\b(?:from|since|below|above|than|versus|vs)\b", left[h.end() :], _I)]
    if hits:
        return _pct_value(hits[-1])
    nxt = [x.start for x in moneys if x.start > m.start]
    lim = nxt[0] if nxt else len(text)
    stop = re.compile(r";|\b(?:while|whereas|which|but|compared|versus|after|since)\b", _I).search(text, m.end, lim)
    h = _CHANGE.search(text, m.end, stop.start() if stop else lim)
    if h and not _NOT_DAILY.match(text, h.end()):
        return _pct_value(h)
    return None


def _pct_value(h: re.Match) -> float | None:
    raw = h["pct"] or h["pct2"]
    v = parse_number(raw.replace(",", ".")) if raw else None
    if v is None:
        return None
    word = (h["verb"] or h["dir"] or "").lower()
    word = re.sub(r"\s+", " ", word)
    sign = _DIRS.get(word)
    if sign is None:
        sign = -1 if word.startswith("a ") and any(x in word for x in ("decline", "drop", "fall", "loss")) else 1
    return sign * v


def _context(text: str, c: _Cand) -> str | None:
    h = _CONTEXT.search(text, c.money.end, min(len(text), c.money.end + 120))
    return h.group(0) if h else None


# --------------------------------------------------------------------------- tables


def _cells(row: str) -> list[str]:
    return [x.strip().strip("*_") for x in row.strip().strip("|").split("|")]


def _table_row(
    doc: Doc, sent: Sentence, header: list[str] | None, ref: dt.date | None
) -> tuple[list[str] | None, list[PricePoint]]:
    """Markdown/pipe tables with a date column and a close column: one close price per row."""
    cells = _cells(sent.text)
    if all(re.fullmatch(r":?-{2,}:?", x) for x in cells if x):
        return header, []
    if header is None or len(cells) != len(header):
        return cells, []
    di = next((k for k, h in enumerate(header) if _TABLE_DATE.search(h)), None)
    pi = next((k for k, h in enumerate(header) if _TABLE_CLOSE.search(h)), None)
    ci = next((k for k, h in enumerate(header) if _TABLE_CHANGE.search(h)), None)
    if di is None or pi is None or max(di, pi) >= len(cells):
        return header, []
    date = parse_date(cells[di], ref)
    money = parse_money(cells[pi])
    if date is None or date.precision is not DatePrecision.DAY or len(money) != 1 or money[0].multiplier != 1:
        return header, []
    change = None
    if ci is not None and ci < len(cells):
        sm = _SIGNED_PCT.match(cells[ci])
        if sm and (v := parse_number(sm["n"].replace(",", "."))) is not None:
            change = -v if sm["sign"] in ("-", "−", "–") else v
    off = sent.text.find(cells[pi])
    mo = money[0]
    start = off + mo.start if off >= 0 else 0
    kind = PriceKind.CLOSE if re.search(r"clos|last", header[pi], _I) else PriceKind.UNSPECIFIED
    rec = PricePoint(
        provenance=provenance(doc.id, sent, start, start + (mo.end - mo.start), EXTRACTOR),
        company=doc.company,
        ticker=doc.ticker,
        date=date,
        value=mo.value,
        currency=mo.currency,
        kind=kind,
        change_pct=change,
    )
    return header, [rec]
