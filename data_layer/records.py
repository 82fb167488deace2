"""The :class:`Records` bundle and the one place records become pandas DataFrames.

Columns (all tables also carry the provenance columns ``article_id, evidence, sentence,
span_start, span_end, extractor``):

- ``articles``: article_id, title, published (datetime64, wall-clock as stated), utc_offset, source, url, company,
  ticker, isin, format, content_hash, n_chars
- ``prices``: company, ticker, date (datetime64), date_precision, price (float), currency,
  kind (category), change_pct (float), context
- ``targets``: company, ticker, firm, analyst, rating, rating_class (category), target (float),
  currency, previous_target (float), previous_rating, action (category), date (the day the firm acted),
  date_precision, date_basis (``stated`` in the text, or ``published``: the article's day as a fallback; empty in
  stores written before it existed)
- ``layoffs``: company, ticker, low, high (Int64), percent (float), approximate (bool),
  basis, kind (category), date, date_precision, scope, status (category: ``announced``; ``prospective`` for cuts
  that "could follow", which no reported total includes; empty in stores written before it existed)
- ``events``: company, ticker, type (category), date (str: ``YYYY-MM-DD``/``YYYY-MM``/...),
  date_start (datetime64), date_precision, date_basis (as for targets: ``published`` when the text gives no day and
  the article's day stands in), amount_usd (float), amount_parts, amount_text, counterparty, status (category),
  summary, valuation_usd (float: the valuation a deal or round implies), expected_close
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .companies import same_company
from .models import AnalystRating, Article, Event, FuzzyDate, LayoffFigure, PricePoint, Provenance

TABLES = ("articles", "prices", "targets", "layoffs", "events")
PROVENANCE_COLUMNS = ["article_id", "evidence", "sentence", "span_start", "span_end", "extractor"]

_COLUMNS: dict[str, list[str]] = {
    "articles": [
        "article_id", "title", "published", "utc_offset", "source", "url", "company", "ticker", "isin",
        "format", "content_hash", "n_chars",
    ],
    "prices": [
        "article_id", "company", "ticker", "date", "date_precision", "price", "currency", "kind",
        "change_pct", "context",
    ],
    "targets": [
        "article_id", "company", "ticker", "firm", "analyst", "rating", "rating_class", "target",
        "currency", "previous_target", "previous_rating", "action", "date", "date_precision", "date_basis",
    ],
    "layoffs": [
        "article_id", "company", "ticker", "low", "high", "percent", "approximate", "basis", "kind",
        "date", "date_precision", "scope", "status",
    ],
    "events": [
        "article_id", "company", "ticker", "type", "date", "date_start", "date_precision", "date_basis",
        "amount_usd", "amount_parts", "amount_text", "counterparty", "status", "summary", "valuation_usd",
        "expected_close",
    ],
}  # fmt: skip
_CATEGORIES = {
    "prices": ["kind"],
    "targets": ["rating_class", "action"],
    "layoffs": ["kind", "basis", "status"],
    "events": ["type", "status"],
}


def columns(table: str) -> list[str]:
    """The documented columns of ``table`` (record tables end with the provenance columns)."""
    cols = list(_COLUMNS[table])
    if table != "articles":
        cols += [c for c in PROVENANCE_COLUMNS if c not in cols]
    return cols


@dataclass
class Records:
    articles: list[Article] = field(default_factory=list)
    prices: list[PricePoint] = field(default_factory=list)
    targets: list[AnalystRating] = field(default_factory=list)
    layoffs: list[LayoffFigure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    _BY_TYPE = {PricePoint: "prices", AnalystRating: "targets", LayoffFigure: "layoffs", Event: "events"}

    def add(self, rec: PricePoint | AnalystRating | LayoffFigure | Event) -> None:
        getattr(self, self._BY_TYPE[type(rec)]).append(rec)

    def extend(self, other: Records) -> None:
        for name in TABLES:
            getattr(self, name).extend(getattr(other, name))

    def all_records(self) -> Iterable[PricePoint | AnalystRating | LayoffFigure | Event]:
        for name in TABLES[1:]:
            yield from getattr(self, name)

    def __len__(self) -> int:
        return sum(len(getattr(self, n)) for n in TABLES[1:])

    def deduplicated(self) -> Records:
        """Drop a record when the same article already states the same fact (first one wins)."""
        out = Records(articles=list(self.articles))
        seen: dict[tuple, list[tuple[str | None, float | None, float | None, str]]] = {}
        for rec in self.all_records():
            key = (type(rec).__name__, rec.provenance.article_id, *_fact_key(rec))
            names = seen.setdefault(key, [])
            prev = getattr(rec, "previous_target", None)
            move = getattr(rec, "change_pct", None)
            said = rec.provenance.sentence or ""
            # a wrap's two companies at one price are two facts; "RBC" and "Royal Bank" are one company; one firm's
            # moves to one target from two previous targets ("630p to 670p", "610p to 670p") are two stocks'; one
            # price with one move is one fact under two names when one sentence names both ("Singtel shares slipped
            # 0.2% to S$4.49", "Shares of Singapore Telecommunications Ltd (Singtel) slipped 0.2% to S$4.49")
            if not any(
                (
                    same_company(n, rec.company)
                    or (move is not None and m == move and _both_named(n, rec.company, said, s))
                )
                and (p is None or prev is None or p == prev)
                for n, p, m, s in names
            ):
                names.append((rec.company, prev, move, said))
                out.add(rec)
        return out

    def frames(self) -> dict[str, pd.DataFrame]:
        """One DataFrame per table, with the documented columns and dtypes."""
        return {name: frame(name, getattr(self, name)) for name in TABLES}


def _both_named(name: str | None, other: str | None, *sentences: str) -> bool:
    """One of the sentences names both companies (an alias in brackets: "Singapore Telecom Ltd (Singtel)")."""
    return bool(name and other) and any(name in s and other in s for s in sentences)


def _fact_key(rec) -> tuple:
    if isinstance(rec, PricePoint):
        return (_d(rec.date), round(rec.value, 4), rec.currency)
    if isinstance(rec, AnalystRating):
        # a rating without a target that the extractor kept beside the firm's others is another stock's ("overweight
        # on X and equalweight on Y", a table of upgrades): told apart by where it is stated
        return (rec.firm.lower(), rec.target, (rec.rating_class, rec.provenance.start) if rec.target is None else None)
    if isinstance(rec, LayoffFigure):
        return (rec.low, rec.high, rec.percent, rec.kind, rec.status)
    return (rec.type, _d(rec.date), rec.amount_usd, (rec.counterparty or "").lower(), rec.status)


def _d(d: FuzzyDate | None) -> str | None:
    return d.iso() if d else None


def _prov(p: Provenance) -> dict:
    return {
        "article_id": p.article_id,
        "evidence": p.evidence,
        "sentence": p.sentence,
        "span_start": p.start,
        "span_end": p.end,
        "extractor": p.extractor,
    }


def _ts(d: FuzzyDate | dt.date | None):
    if d is None:
        return pd.NaT
    return pd.Timestamp(d.start if isinstance(d, FuzzyDate) else d)


def _row(rec) -> dict:
    base = {"company": rec.company, "ticker": rec.ticker, **_prov(rec.provenance)}
    if isinstance(rec, PricePoint):
        return base | {
            "date": _ts(rec.date),
            "date_precision": rec.date.precision.value if rec.date else None,
            "price": rec.value,
            "currency": rec.currency,
            "kind": rec.kind.value,
            "change_pct": rec.change_pct,
            "context": rec.context,
        }
    if isinstance(rec, AnalystRating):
        return base | {
            "firm": rec.firm,
            "analyst": rec.analyst,
            "rating": rec.rating,
            "rating_class": rec.rating_class.value if rec.rating_class else None,
            "target": rec.target,
            "currency": rec.currency,
            "previous_target": rec.previous_target,
            "previous_rating": rec.previous_rating,
            "action": rec.action.value if rec.action else None,
            "date": _ts(rec.date),
            "date_precision": rec.date.precision.value if rec.date else None,
            "date_basis": rec.date_basis.value if rec.date_basis else None,
        }
    if isinstance(rec, LayoffFigure):
        return base | {
            "low": rec.low,
            "high": rec.high if rec.high is not None else rec.low,
            "percent": rec.percent,
            "approximate": rec.approximate,
            "basis": rec.basis.value,
            "kind": rec.kind.value,
            "date": _ts(rec.date),
            "date_precision": rec.date.precision.value if rec.date else None,
            "scope": rec.scope,
            "status": rec.status.value,
        }
    return base | {
        "type": rec.type.value,
        "date": rec.date.iso() if rec.date else None,
        "date_start": _ts(rec.date),
        "date_precision": rec.date.precision.value if rec.date else None,
        "date_basis": rec.date_basis.value if rec.date_basis else None,
        "amount_usd": rec.amount_usd,
        "amount_parts": ";".join(f"{x:g}" for x in rec.amount_parts) or None,
        "amount_text": rec.amount_text,
        "counterparty": rec.counterparty,
        "status": rec.status.value if rec.status else None,
        "summary": rec.summary,
        "valuation_usd": rec.valuation_usd,
        "expected_close": rec.expected_close.iso() if rec.expected_close else None,
    }


def _article_row(a: Article) -> dict:
    c = a.company
    return {
        "article_id": a.id,
        "title": a.title,
        # wall-clock time as the article states it (converting to UTC could move the date)
        "published": pd.Timestamp(a.published.replace(tzinfo=None)) if a.published else pd.NaT,
        "utc_offset": utc_offset(a.published),
        "source": a.source,
        "url": a.url,
        "company": c.name if c else None,
        "ticker": c.ticker if c else None,
        "isin": c.isin if c else None,
        "format": a.format,
        "content_hash": a.content_hash,
        "n_chars": len(a.body),
    }


def utc_offset(t: dt.datetime | None) -> str | None:
    """``+HH:MM`` of an aware datetime, None for a naive one or None."""
    if t is None or t.utcoffset() is None:
        return None
    minutes = int(t.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def fixed_offset(text: str | None) -> dt.tzinfo | None:
    """The inverse of :func:`utc_offset`: ``"+05:30"`` -> a fixed offset (None for None or "").

    >>> fixed_offset("-05:00"), fixed_offset(None)
    (datetime.timezone(datetime.timedelta(days=-1, seconds=68400)), None)
    """
    if not text:
        return None
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))


def frame(table: str, items: Iterable) -> pd.DataFrame:
    """Build the DataFrame of ``table`` from validated records (or articles)."""
    rows = [_article_row(a) for a in items] if table == "articles" else [_row(r) for r in items]
    df = pd.DataFrame(rows, columns=columns(table))
    return _typed(table, df)


def _typed(table: str, df: pd.DataFrame) -> pd.DataFrame:
    for col in ("date", "date_start"):
        if col in df and not (table == "events" and col == "date"):
            df[col] = pd.to_datetime(df[col])
    if table == "articles":
        df["published"] = pd.to_datetime(df["published"])
        df["n_chars"] = df["n_chars"].astype("Int64")
    for col in ("price", "change_pct", "target", "previous_target", "percent", "amount_usd", "valuation_usd"):
        if col in df:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    for col in ("low", "high", "span_start", "span_end"):
        if col in df:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    if "approximate" in df:
        df["approximate"] = df["approximate"].astype("boolean")
    for col in _CATEGORIES.get(table, []):
        df[col] = df[col].astype("category")
    return df
