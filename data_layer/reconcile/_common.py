"""Helpers shared by the reconciliation steps: annotation, keys, clustering, source lists, formatting."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import pandas as pd

SOURCE_FIELDS = ("article_id", "title", "source", "published", "evidence", "sentence")
_ARTICLE_META = ["article_id", "title", "source", "published", "company", "ticker"]

# legal-form and filler words dropped from company / counterparty names before comparing
_NAME_NOISE = re.compile(
    r"\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|ag|se|sa|nv|group|holdings?|the)\b\.?",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name: object) -> str:
    """A comparison key for a company or counterparty name.

    >>> name_key("Amazon.com, Inc."), name_key("the Walt Disney Co."), name_key(None)
    ('amazon', 'walt disney', '')
    """
    if not isinstance(name, str):
        return ""
    s = name.lower().replace(".com", " ")
    s = _NAME_NOISE.sub(" ", s)
    return " ".join(_NON_WORD.sub(" ", s).split())


def company_key(company: object, ticker: object = None) -> str:
    """Records about one company share this key: the ticker when known, else the name key.

    >>> company_key("Amazon.com Inc", "amzn"), company_key("Amazon", None)
    ('AMZN', 'amazon')
    """
    if isinstance(ticker, str) and ticker.strip():
        return ticker.strip().upper()
    return name_key(company)


def annotate(records: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Join each record to its article (title, source, published) and add grouping helpers.

    Adds ``reported`` (publication day, NaT when unknown) and ``company_key``; fills a record's missing company
    from its article.
    """
    df = records.copy()
    if articles is not None and not articles.empty:
        meta = articles[[c for c in _ARTICLE_META if c in articles]].drop_duplicates("article_id")
        meta = meta.rename(columns={"company": "_a_company", "ticker": "_a_ticker"})
        df = df.drop(columns=[c for c in ("title", "source", "published") if c in df]).merge(
            meta, on="article_id", how="left"
        )
        if "_a_company" in df:
            df["company"] = df["company"].astype(object).where(df["company"].notna(), df["_a_company"])
            df["ticker"] = df["ticker"].astype(object).where(df["ticker"].notna(), df["_a_ticker"])
            df = df.drop(columns=["_a_company", "_a_ticker"])
    for col in ("title", "source"):
        if col not in df:
            df[col] = None
    if "published" not in df:
        df["published"] = pd.NaT
    df["published"] = pd.to_datetime(df["published"])
    df["reported"] = df["published"].dt.normalize()
    df["company_key"] = company_keys(df["company"], df["ticker"])
    return df


def company_keys(companies: Iterable, tickers: Iterable) -> list[str]:
    """:func:`company_key` of each pair, computed once per distinct pair of names (records repeat a few companies).

    >>> company_keys(["Amazon", "Amazon", None, float("nan")], [None, None, "amzn", None])
    ['amazon', 'amazon', 'AMZN', '']
    """
    known: dict[tuple, str] = {}
    out = []
    for c, t in zip(companies, tickers, strict=True):
        if (c is None or type(c) is str) and (t is None or type(t) is str):  # hashable and compared safely
            key = known.get((c, t))
            if key is None:
                key = known[(c, t)] = company_key(c, t)
        else:
            key = company_key(c, t)
        out.append(key)
    return out


def sources(rows: pd.DataFrame) -> list[dict]:
    """One dict per article stating the fact (first statement per article), oldest report first."""
    order = rows.sort_values("published", na_position="last", kind="stable") if "published" in rows else rows
    n = len(order)
    # plain object arrays: iterating pandas rows (Arrow-backed strings) costs far more than the work itself
    cols = [order[f].to_numpy(dtype=object) if f in order else [None] * n for f in SOURCE_FIELDS]
    return _source_dicts(zip(*cols, strict=True))


def sources_of(rows: list[dict]) -> list[dict]:
    """:func:`sources` of plain row dicts already in report order."""
    return _source_dicts(tuple(r.get(f) for f in SOURCE_FIELDS) for r in rows)


def rows_of(df: pd.DataFrame) -> list[dict]:
    """A frame's rows as plain dicts (Python values; missing values as pandas gives them), for the reconciliation
    steps that work row by row: per-group DataFrame operations cost far more than the work on a few rows."""
    return df.astype(object).to_dict("records")


def sources_rows(rows: list[dict]) -> list[dict]:
    """:func:`sources` of plain row dicts."""
    order = sorted((r for r in rows if not pd.isna(r.get("published"))), key=lambda r: r["published"])
    return sources_of(order + [r for r in rows if pd.isna(r.get("published"))])


def first_last_rows(rows: list[dict]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """:func:`first_last` of plain row dicts."""
    rep = [r["reported"] for r in rows if not pd.isna(r["reported"])]
    return (min(rep), max(rep)) if rep else (pd.NaT, pd.NaT)


def n_articles_rows(rows: list[dict]) -> int:
    """:func:`n_articles` of plain row dicts."""
    return len({r["article_id"] for r in rows if _clean(r["article_id"]) is not None})


def column(rows: list[dict], name: str) -> list:
    return [r.get(name) for r in rows]


def _source_dicts(rows: Iterable[tuple]) -> list[dict]:
    out, seen = [], set()
    for values in rows:
        aid = values[0]
        if aid in seen:
            continue
        seen.add(aid)
        d = {f: _clean(v) for f, v in zip(SOURCE_FIELDS, values, strict=True)}
        if isinstance(d["published"], pd.Timestamp):
            d["published"] = d["published"].isoformat()
        out.append(d)
    return out


def _clean(v):
    try:
        return None if pd.isna(v) else v
    except (TypeError, ValueError):
        return v


def n_articles(rows: pd.DataFrame) -> int:
    return int(rows["article_id"].nunique())


def first_last(rows: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    rep = rows["reported"].dropna()
    return (rep.min(), rep.max()) if len(rep) else (pd.NaT, pd.NaT)


def mode(values: Iterable, prefer_longest: bool = False):
    """Most common non-null value (ties: first seen, or the longest string).

    >>> mode(["RBC", "RBC Capital Markets", "RBC"]), mode([None, None])
    ('RBC', None)
    >>> mode(["RBC", "RBC Capital Markets"], prefer_longest=True)
    'RBC Capital Markets'
    """
    counts: dict = {}
    for v in values:
        if _clean(v) is None:
            continue
        counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    tied = [v for v, n in counts.items() if n == best]
    if prefer_longest:
        return max(tied, key=lambda v: len(str(v)))
    return tied[0]


def cluster_sorted(values: list[float], rel: float, absolute: float = 0.0) -> list[int]:
    """Single-link cluster labels for ``values`` (any order): neighbours within tolerance share a label.

    >>> cluster_sorted([239.3, 241.0, 239.3, 241.004], rel=0.0, absolute=0.006)
    [0, 1, 0, 1]
    """
    order = sorted(range(len(values)), key=lambda i: values[i])
    labels = [0] * len(values)
    label, prev = -1, None
    for i in order:
        v = values[i]
        if prev is None or v - prev > max(absolute, rel * abs(prev)):
            label += 1
        labels[i] = label
        prev = v
    return labels


def stable_id(*parts: object) -> str:
    """A short deterministic id.

    >>> len(stable_id("price", "AMZN", "2026-01-30"))
    12
    """
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


# --------------------------------------------------------------------------- formatting

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "CHF": "CHF "}


def money(value: float | None, currency: str | None = "USD") -> str:
    """``239.3, "USD"`` -> ``$239.30``; pence keep their unit.

    >>> money(239.3), money(1234.5, "GBX"), money(12, "SEK"), money(None)
    ('$239.30', '1,234.5p', '12.00 SEK', '')
    """
    if value is None or pd.isna(value):
        return ""
    if currency == "GBX":
        return f"{value:,.1f}p"
    sym = _SYMBOL.get(currency or "USD")
    return f"{sym}{value:,.2f}" if sym else f"{value:,.2f} {currency}"


def big_money(value: float | None) -> str:
    """Large dollar amounts in words.

    >>> big_money(1.1e11), big_money(5e10), big_money(2.5e6), big_money(999)
    ('$110 billion', '$50 billion', '$2.5 million', '$999')
    """
    if value is None or pd.isna(value):
        return ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"${value / scale:,.3g} {word}".replace(".0 ", " ")
    return f"${value:,.0f}"


def count_range(low, high, approximate: bool = False) -> str:
    """Headcounts, ranges kept as ranges.

    >>> count_range(16000, 16000, True), count_range(1001, 2500), count_range(11500, 12999)
    ('~16,000', '1,001–2,500', '11,500–12,999')
    """
    if low is None or pd.isna(low):
        return ""
    lo, hi = int(low), int(high) if high is not None and not pd.isna(high) else int(low)
    text = f"{lo:,}" if lo == hi else f"{lo:,}–{hi:,}"
    return ("~" if approximate else "") + text


def day(ts) -> str:
    """``2026-01-30`` -> ``30 Jan 2026`` (empty when unknown).

    >>> day(pd.Timestamp("2026-01-30")), day(pd.NaT)
    ('30 Jan 2026', '')
    """
    if ts is None or pd.isna(ts):
        return ""
    return f"{pd.Timestamp(ts).day} {pd.Timestamp(ts):%b %Y}"


def span(first, last) -> str:
    """A report period in words.

    >>> span(pd.Timestamp("2026-01-30"), pd.Timestamp("2026-02-01")), span(pd.NaT, pd.NaT)
    ('30 Jan 2026 – 1 Feb 2026', 'undated')
    """
    if first is None or pd.isna(first):
        return "undated"
    return day(first) if last is None or pd.isna(last) or first == last else f"{day(first)} – {day(last)}"


def plural(n: int, word: str = "source") -> str:
    """``n word(s)``.

    >>> plural(1), plural(4)
    ('1 source', '4 sources')
    """
    return f"{n} {word}{'' if n == 1 else 's'}"


def fact_date(ts, precision) -> str:
    """A record date at its precision (``2026-01`` for a month).

    >>> fact_date(pd.Timestamp("2026-01-01"), "month"), fact_date(pd.Timestamp("2026-01-30"), "day")
    ('Jan 2026', '30 Jan 2026')
    """
    if ts is None or pd.isna(ts):
        return ""
    t = pd.Timestamp(ts)
    if precision == "week":
        return f"week of {day(t)}"
    if precision == "month":
        return f"{t:%b %Y}"
    if precision == "quarter":
        return f"Q{(t.month - 1) // 3 + 1} {t.year}"
    if precision == "half":
        return f"H{(t.month - 1) // 6 + 1} {t.year}"
    if precision == "year":
        return str(t.year)
    return day(t)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


def precision_rank(p) -> int:
    return _PRECISION_RANK.get(p, 9) if isinstance(p, str) else 9


def date_end(ts, precision) -> pd.Timestamp:
    """Last day a date at ``precision`` may mean.

    >>> date_end(pd.Timestamp("2026-01-01"), "month").date()
    datetime.date(2026, 1, 31)
    """
    t = pd.Timestamp(ts)
    if precision == "week":
        return t + pd.Timedelta(days=6)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(precision)
    return t + pd.DateOffset(months=months) - pd.Timedelta(days=1) if months else t
