"""Chart points of a company's whole history, aggregated in SQL when there are more than a person can read.

A company followed for years has tens of thousands of reported prices; a chart of each one is a smear and costs
seconds to read and draw. :func:`price_points` returns the price records themselves when they are few (at most
``max_points``), else one point per kind of price, currency and day (or week, or month: the finest period that
keeps the points under ``max_points``): the median of that period's reports, their range and count, and the report
nearest the median (its article, sentence and outlet), so a point still leads back to a sentence. :func:`caption` says
what a point is.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

PERIODS = ("day", "week", "month", "quarter")
_KIND_NAMES = {"close": "closes", "open": "opens", "intraday": "intraday prices", "high": "highs", "low": "lows"}


def _scope(cond: str) -> str:
    """SQL: the company's price records (``company_key`` in the last parameter) in the articles matching ``cond``
    (the window's articles: its parameters come first), with their articles' title, outlet and date."""
    return (f"SELECT r.*, a.title, a.source, a.published FROM prices r JOIN (SELECT article_id, title, source, "
            f"published FROM articles WHERE {cond}) a USING (article_id) WHERE r.company_key IN (SELECT unnest(?)) "
            "AND r.price IS NOT NULL")  # fmt: skip


def _day(col: str) -> str:
    return f"CAST(coalesce({col}, CAST(published AS DATE)) AS TIMESTAMP)"  # a report's day: its own, else its article's


def price_counts(cur: duckdb.DuckDBPyConnection, cond: str, params: list, keys: Sequence[str]) -> tuple[int, dict]:
    """``(n_reports, {period: n_points})``: how many price reports the scope holds and how many points each period
    of :data:`PERIODS` would draw (one per kind, currency and period), in one scan."""
    per = ", ".join(f"count(DISTINCT (kind, cur, date_trunc('{p}', day)))" for p in PERIODS[1:])
    row = cur.execute(
        f"""WITH s AS ({_scope(cond)}), d AS (SELECT kind, coalesce(currency, '') AS cur,
            CAST({_day("date")} AS DATE) AS day, count(*) AS n FROM s GROUP BY ALL)
        SELECT sum(n), count(*), {per} FROM d""", [*params, list(keys)]).fetchall()  # fmt: skip
    n, *points = (int(x or 0) for x in row[0])
    return n, dict(zip(PERIODS, points, strict=True))


def price_points(
    cur: duckdb.DuckDBPyConnection, cond: str, params: list, keys: Sequence[str], max_points: int,
    counts: dict | None = None,
) -> tuple[pd.DataFrame, dict]:  # fmt: skip
    """``(points, about)``: one row per kind of price, currency and period (the finest period of at most
    ``max_points`` points; ``counts``: :func:`price_counts`' when the caller has them; ``about``: ``period``,
    ``n_reports``, the reports per kind and ``n_points``). Rows carry the record columns the chart reads (``price``
    is the median, ``low``/``high`` the range, ``n_reports`` the count; ``article_id``, ``sentence``, ``source``,
    ``title`` and ``date`` are those of the report nearest the median, earliest first)."""
    counts = counts if counts is not None else price_counts(cur, cond, params, keys)[1]
    period = next((p for p in PERIODS if counts[p] <= max_points), PERIODS[-1])
    df = cur.execute(  # grouped on the few columns it needs; the sentence and article of each point's report last
        f"""WITH g AS MATERIALIZED (SELECT r.rowid AS rid, r.kind, coalesce(r.currency, '') AS cur, r.currency,
                r.price, r.company, r.ticker, a.published, date_trunc('{period}', {_day("r.date")}) AS period_start
            FROM prices r JOIN (SELECT article_id, published FROM articles WHERE {cond}) a USING (article_id)
            WHERE r.company_key IN (SELECT unnest(?)) AND r.price IS NOT NULL),
        m AS (SELECT kind, cur, period_start, median(price) AS med, min(price) AS low, max(price) AS high,
                     count(*) AS n_reports, count(DISTINCT price) AS n_values, any_value(currency) AS currency,
                     any_value(company) AS company, any_value(ticker) AS ticker
              FROM g GROUP BY kind, cur, period_start),
        pick AS (SELECT g.kind, g.cur, g.period_start, arg_min(g.rid, [abs(g.price - m.med),
                        epoch(coalesce(g.published, TIMESTAMP '9999-01-01'))]) AS rid
                 FROM g JOIN m USING (kind, cur, period_start) GROUP BY g.kind, g.cur, g.period_start),
        r AS (SELECT rowid AS rid, article_id, date, sentence FROM prices WHERE rowid IN (SELECT rid FROM pick))
        SELECT m.kind, m.period_start, m.med AS price, m.low, m.high, m.n_reports, m.n_values, m.currency,
               m.company, m.ticker, r.article_id, r.date AS report_date, r.sentence, a.source, a.title, a.published
        FROM m JOIN pick USING (kind, cur, period_start) JOIN r ON r.rid = pick.rid
        JOIN articles a ON a.article_id = r.article_id ORDER BY m.period_start, m.kind, m.cur""",
        [*params, list(keys)],
    ).df()
    df["date"] = pd.to_datetime(df["period_start"])
    df["date_precision"] = period
    df["change_pct"] = float("nan")
    about = {"period": period, "n_points": len(df), "n_reports": int(df["n_reports"].sum()) if len(df) else 0,
             "kinds": {str(k): int(v) for k, v in df.groupby("kind")["n_reports"].sum().items()}}  # fmt: skip
    return df, about


def caption(about: dict) -> str:
    """``Weekly median of 15,923 reported closes and 1,204 intraday prices (one point per kind and week); hover
    for the range …`` for an aggregated chart; empty when every report is drawn."""
    if not about.get("period"):
        return ""
    per = {"day": "Daily", "week": "Weekly", "month": "Monthly", "quarter": "Quarterly"}[about["period"]]
    parts = [f"{n:,} {_KIND_NAMES.get(k, k + ' prices')}" for k, n in sorted(about["kinds"].items(),
                                                                          key=lambda kv: -kv[1])]  # fmt: skip
    what = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (f"{per} median of {what} ({about['n_points']:,} points for {about['n_reports']:,} reports, one per kind "
            f"of price and {about['period']}); hover for the range and the report nearest the median, click a point "
            "for its sentence.")  # fmt: skip
