"""Per-company figures of a view of several companies, read from the reconciled tables in one query.

"All companies" shows one row per company (its latest close, its analysts' consensus, its layoffs) and one target
panel per company. Computing those from the view's listed rows ran pandas once per company (~300 companies: most of
the page's time) and saw only the rows the view lists (the latest :data:`~data_layer.service.MAX_ROWS` per table);
this reads every matching row of the stored tables, filtered as :func:`.aggregates.read_table` filters them, and
returns per company only what those figures are made of:

- ``closes``: its closing-price claims of its latest closing day, in the order
  :func:`~data_layer.reconcile.targets.latest_close` ranks them (most sources, then latest reported);
- ``tile``: the claims the latest-close tile reads (``ui.summary``): the close claims of its latest day, or of
  every kind when it has no close, in stored order (the last one when none is dated);
- ``valued``: its latest targets with a target (target, currency, date) and ``n_keys`` (company keys among them);
  ``n_latest``/``firms``: its latest-target rows and distinct firms;
- its layoff tally: the latest cumulative total, the rounds' count and sums, the first plan.

:func:`consensus_of` turns ``valued`` and ``closes`` into the dict :func:`~data_layer.reconcile.targets.consensus`
gives for the company's rows (tests/test_by_company.py checks both on generated stores).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

import duckdb
import pandas as pd

from ..reconcile import consensus
from ..reconcile._common import mode
from ..reconcile.targets import close_basis
from .aggregates import _where, published_window

COLUMNS = ["company", "closes", "tile", "n_latest", "firms", "n_keys", "valued", "n_tally", "cumulative", "n_rounds",
           "rounds_low", "rounds_high", "plans", "consensus"]  # fmt: skip
_EMPTY = consensus(pd.DataFrame({"target": pd.Series(dtype=float), "currency": pd.Series(dtype=object)}))


def _article_window(start: dt.date | None, end: dt.date | None) -> tuple[str, list]:
    where, params = published_window(start, end)
    return " AND ".join(["TRUE", *where]), params


def query(start: dt.date | None, end: dt.date | None, types: Sequence[str] | None) -> tuple[str, list]:
    """The SQL (and its parameters) of :func:`read`: one row per company named by a matching article or row."""
    w: dict[str, str] = {}
    params: list = []
    for name in ("price_claims", "latest_targets", "layoff_tally", "layoff_claims", "event_claims"):
        sql, p = _where(name, None, start, end, types)
        w[name] = sql
        params += p
    art, p = _article_window(start, end)
    params += p
    sql = f"""
    WITH p AS (
        SELECT company, part_key, seq, kind, date, price, currency, n_sources, last_reported, conflict
        FROM agg_price_claims WHERE {w["price_claims"]} AND company IS NOT NULL),
    days AS (  -- per company: whether it has a close, its latest closing day, its latest day of any kind
        SELECT company, coalesce(bool_or(kind = 'close'), false) AS has_close,
            max(date) FILTER (WHERE kind = 'close') AS close_day, max(date) AS any_day
        FROM p GROUP BY company),
    tile_set AS (  -- the claims the tile reads: the closes, or every kind when there is no close
        SELECT p.*, CASE WHEN has_close THEN close_day ELSE any_day END AS tile_day
        FROM p JOIN days USING (company) WHERE p.kind = 'close' OR NOT has_close),
    tile AS (
        SELECT * FROM tile_set WHERE date = tile_day
        UNION ALL  -- none dated: the last one listed
        SELECT * FROM tile_set WHERE tile_day IS NULL
        QUALIFY row_number() OVER (PARTITION BY company ORDER BY part_key DESC, seq DESC) = 1),
    lt AS (SELECT * FROM agg_latest_targets WHERE {w["latest_targets"]} AND company IS NOT NULL),
    ly AS (SELECT * FROM agg_layoff_tally WHERE {w["layoff_tally"]} AND company IS NOT NULL),
    names AS (
        SELECT company FROM days
        UNION SELECT company FROM lt
        UNION SELECT company FROM agg_layoff_claims WHERE {w["layoff_claims"]} AND company IS NOT NULL
        UNION SELECT company FROM agg_event_claims WHERE {w["event_claims"]} AND company IS NOT NULL
        UNION SELECT company FROM articles WHERE {art} AND company IS NOT NULL),
    tile_rows AS (
        SELECT company, list({{'date': date, 'price': price, 'currency': currency, 'n_sources': n_sources,
            'last_reported': last_reported}} ORDER BY part_key, seq) AS tile
        FROM tile GROUP BY company),
    closes AS (
        SELECT company, list({{'date': date, 'price': price, 'currency': currency, 'n_sources': n_sources,
            'conflict': conflict}} ORDER BY n_sources DESC, last_reported DESC NULLS LAST, part_key, seq) AS closes
        FROM p JOIN days USING (company) WHERE p.kind = 'close' AND p.date = days.close_day
        GROUP BY company),
    targets AS (
        SELECT company, count(*) AS n_latest, count(DISTINCT firm) AS firms,
            count(DISTINCT company_key) FILTER (WHERE target IS NOT NULL) AS n_keys,
            list({{'target': target, 'currency': currency, 'date': date}} ORDER BY part_key, seq)
                FILTER (WHERE target IS NOT NULL) AS valued
        FROM lt GROUP BY company),
    layoffs AS (
        SELECT company, count(*) AS n_tally,
            list({{'low': low, 'approximate': approximate}} ORDER BY first_reported ASC NULLS FIRST, part_key, seq)
                FILTER (WHERE "row" = 'cumulative') AS cumulative,
            count(*) FILTER (WHERE "row" = 'round' AND low IS NOT NULL) AS n_rounds,
            sum(low) FILTER (WHERE "row" = 'round' AND low IS NOT NULL) AS rounds_low,
            sum(high) FILTER (WHERE "row" = 'round' AND low IS NOT NULL) AS rounds_high,
            list(low ORDER BY part_key, seq) FILTER (WHERE "row" = 'plan') AS plans
        FROM ly GROUP BY company)
    SELECT names.company, closes.closes, tile_rows.tile, targets.n_latest, targets.firms, targets.n_keys,
        targets.valued, layoffs.n_tally, layoffs.cumulative, layoffs.n_rounds, layoffs.rounds_low, layoffs.rounds_high,
        layoffs.plans
    FROM names LEFT JOIN closes USING (company) LEFT JOIN tile_rows USING (company) LEFT JOIN targets USING (company)
        LEFT JOIN layoffs USING (company)"""
    return sql, params


def read(
    cur: duckdb.DuckDBPyConnection,
    start: dt.date | None = None,
    end: dt.date | None = None,
    types: Sequence[str] | None = None,
) -> pd.DataFrame:
    """One row per company (sorted by name) with the parts of its figures (module docstring) and ``consensus``: its
    target consensus (:func:`consensus_of`) when it has latest targets in the window, else None."""
    sql, params = query(start, end, types)
    cols = COLUMNS[:-1]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.execute(sql, params).fetchall()]
    for r in rows:
        r["company"] = str(r["company"])
        for k in ("closes", "tile", "valued", "cumulative", "plans"):
            r[k] = r[k] or []
        for k in ("n_latest", "firms", "n_keys", "n_tally", "n_rounds"):
            r[k] = int(r[k] or 0)
        r["consensus"] = consensus_of(r["n_keys"], r["valued"], r["closes"]) if r["n_latest"] else None
    rows.sort(key=lambda r: r["company"])
    return pd.DataFrame(rows, columns=COLUMNS)


def consensus_of(n_keys: int, valued: list[dict], closes: list[dict]) -> dict:
    """:func:`~data_layer.reconcile.targets.consensus` of one company's latest targets (``valued``: those with a
    target, in stored order; ``n_keys``: how many company keys they carry) and its latest closing day's claims
    (``closes``, ranked as :func:`~data_layer.reconcile.targets.latest_close` ranks them), on plain rows."""
    out = dict(_EMPTY)
    if n_keys > 1:  # several companies' targets: no consensus
        return out
    if valued:
        currency = mode(r["currency"] for r in valued) or "USD"
        rows = [r for r in valued if (currency if _missing(r["currency"]) else r["currency"]) == currency]
        same = [float(r["target"]) for r in rows]
        out.update(
            low=min(same), high=max(same), mean=round(statistics.fmean(same), 2),
            median=float(statistics.median(same)), n_firms=len(same), currency=currency,
        )  # fmt: skip
        days = [pd.Timestamp(r["date"]) for r in rows if not _missing(r["date"])]
        if days:
            out.update(first_action=min(days).date(), last_action=max(days).date())
    if closes:
        best = closes[0]
        n, total = int(best["n_sources"]), sum(int(c["n_sources"]) for c in closes)
        tied = sum(int(c["n_sources"]) == n for c in closes) > 1
        out.update(
            latest_close=float(best["price"]), latest_close_date=pd.Timestamp(best["date"]).date(),
            latest_close_sources=n, latest_close_conflict=bool(best["conflict"]),
            latest_close_basis=close_basis(n, total, len(closes), tied=tied),
        )  # fmt: skip
        if out["median"] is not None and (out["currency"] or "USD") == best["currency"]:
            out["implied_upside_pct"] = round((out["median"] / float(best["price"]) - 1) * 100, 1)
    return out


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v)
