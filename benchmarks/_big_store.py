"""A realistic big store, fast: ingest the seed+dev corpora once, then replicate their rows inside DuckDB.

    python benchmarks/_big_store.py 100000 /tmp/big.duckdb

Each replica is a copy of one ingested article (body, evidence and spans kept) with a new id and content hash,
a new company (~300 real names and tickers from pytickersymbols, Zipf-distributed so a few companies get most
of the coverage, as in real news) and a new publication date spread over two years. The records follow their
article: their company/ticker become the article's new company and their dates move with the publication date
(coarse dates are truncated back to the start of their month/quarter/half/year), so the replicated data is
self-consistent. 100,000 articles take a few seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_layer.store import Store, aggregates  # noqa: E402
from data_layer.store.core import RECORD_TABLES  # noqa: E402

CORPORA = (ROOT / "tests/data/seed_corpus", ROOT / "tests/data/dev_corpus")
N_COMPANIES = 300
ZIPF_S = 1.0  # the most covered company gets ~16% of the articles, the 300th ~0.05%
FIRST_DAY = dt.date(2024, 3, 1)
DAYS = 730
REFERENCE_DAY = dt.date(2025, 3, 1)  # the "original" day of undated articles, to shift their record dates


def _shifted(col: str) -> str:
    """SQL: ``col`` moved by the replica's shift, a coarse date truncated back to the start of its period."""
    moved = f"(r.{col} + m.shift)"
    return f"""CASE
    WHEN r.{col} IS NULL THEN NULL
    WHEN r.date_precision IN ('month', 'quarter', 'year') THEN date_trunc(r.date_precision, {moved})
    WHEN r.date_precision = 'half' THEN make_timestamp(year({moved}),
        CASE WHEN month({moved}) <= 6 THEN 1 ELSE 7 END, 1, 0, 0, 0)
    ELSE {moved} END"""


def companies(n: int = N_COMPANIES) -> list[tuple[str, str]]:
    """``(name, ticker)`` of ``n`` real listed companies (first symbol of each, exchange suffix dropped)."""
    from pytickersymbols import PyTickerSymbols

    out, seen = [], set()
    for s in PyTickerSymbols().get_all_stocks():
        name, ticker = (s.get("name") or "").strip(), (s.get("symbol") or "").strip().upper()
        if name and ticker and name.lower() not in seen and ticker not in {t for _, t in out}:
            seen.add(name.lower())
            out.append((name, ticker))
        if len(out) >= n:
            break
    return out


def _mapping(sources: pd.DataFrame, n: int, seed: int, n_companies: int = N_COMPANIES) -> pd.DataFrame:
    """One row per replica: which article it copies, its new id, company, publication time and day shift."""
    rng = np.random.default_rng(seed)
    names = companies()[:n_companies]
    rng.shuffle(names)  # who gets the most coverage is not alphabetical
    weights = 1.0 / np.arange(1, len(names) + 1) ** ZIPF_S
    pick = rng.choice(len(names), size=n, p=weights / weights.sum())
    src = rng.integers(0, len(sources), size=n)
    day = rng.integers(0, DAYS, size=n)
    rows = sources.iloc[src].reset_index(drop=True)
    new_day = pd.to_datetime(FIRST_DAY) + pd.to_timedelta(day, unit="D")
    old_day = pd.to_datetime(rows["published"]).dt.normalize().fillna(pd.Timestamp(REFERENCE_DAY))
    published = new_day + (pd.to_datetime(rows["published"]) - pd.to_datetime(rows["published"]).dt.normalize())
    company = [names[i][0] for i in pick]
    ticker = [names[i][1] for i in pick]
    return pd.DataFrame(
        {
            "src_id": rows["article_id"],
            "new_id": [f"r{i:07d}-{a}"[:64] for i, a in enumerate(rows["article_id"])],
            "company": company,
            "ticker": ticker,
            "companies_json": [json.dumps([{"name": c, "ticker": t}]) for c, t in zip(company, ticker, strict=True)],
            "published": published.where(rows["published"].notna(), pd.NaT),
            "shift": (new_day - old_day).to_numpy(),
        }
    )


def build(path: str | Path, n_articles: int, seed: int = 0, n_companies: int = N_COMPANIES, batches: int = 0) -> Path:
    """A store file at ``path`` with ``n_articles`` articles (the ingested corpora count towards it), about
    ``n_companies`` companies. ``batches`` > 0: the replicas go in that many write transactions, each keying its
    records, marking their partitions dirty and recomputing them as an ingest does (the store-maintained tables);
    0: one transaction and a full rebuild of the tables (faster for big stores)."""
    path = Path(path)
    for p in (path, path.with_suffix(path.suffix + ".wal")):
        p.unlink(missing_ok=True)
    store = Store(str(path))
    ops = contextlib.ExitStack()
    try:
        store.ingest_paths(list(CORPORA))
        cur = ops.enter_context(store._write_op())  # one read-write open for the whole build
        sources = cur.execute("SELECT article_id, published FROM articles ORDER BY article_id").df()
        n = max(n_articles - len(sources), 0)
        if n:
            mapping = _mapping(sources, n, seed, n_companies)
            for part in np.array_split(np.arange(n), max(batches, 1)):
                _replicate(cur, mapping.iloc[part], incremental=batches > 0)
            cur.execute("CHECKPOINT")
    finally:
        ops.close()
        store.close()
    return path


def _replicate(cur, mapping: pd.DataFrame, incremental: bool) -> None:
    """Insert the replicas of ``mapping`` and their records in one transaction, with their reconciled tables."""
    cur.register("_map_df", mapping)
    cur.execute("CREATE OR REPLACE TEMP TABLE m AS SELECT * FROM _map_df")
    cur.unregister("_map_df")
    cur.execute("BEGIN TRANSACTION")
    cur.execute(
        """INSERT INTO articles BY NAME SELECT a.* REPLACE (
            m.new_id AS article_id, m.published AS published, m.company AS company, m.ticker AS ticker,
            NULL AS isin, m.companies_json AS companies_json, md5(m.new_id) AS content_hash,
            'replica:' || a.article_id AS path)
        FROM m JOIN articles a ON a.article_id = m.src_id"""
    )
    for table in RECORD_TABLES:
        extra = f", {_shifted('date_start')} AS date_start" if table == "events" else ""
        date = (
            "CASE WHEN r.date_precision IN ('day', 'week') THEN strftime(r.date_start + m.shift, '%Y-%m-%d') "
            "WHEN r.date_precision = 'month' THEN strftime(r.date_start + m.shift, '%Y-%m') "
            "WHEN r.date_precision = 'quarter' THEN CAST(year(r.date_start + m.shift) AS VARCHAR) || '-Q' "
            "|| CAST(quarter(r.date_start + m.shift) AS VARCHAR) "
            "WHEN r.date_precision = 'half' THEN CAST(year(r.date_start + m.shift) AS VARCHAR) || '-H' "
            "|| CAST((month(r.date_start + m.shift) + 5) // 6 AS VARCHAR) "
            "WHEN r.date_precision = 'year' THEN CAST(year(r.date_start + m.shift) AS VARCHAR) ELSE r.date END"
            if table == "events"
            else _shifted("date")
            if table != "targets"
            else "r.date + m.shift"  # targets: always a day
        )
        cur.execute(
            f"""INSERT INTO {table} BY NAME SELECT r.* REPLACE (
                m.new_id AS article_id, m.company AS company, m.ticker AS ticker, {date} AS date{extra})
            FROM m JOIN {table} r ON r.article_id = m.src_id"""
        )
    cur.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'generation'")
    if incremental:  # as an ingest: key the new records, recompute the partitions they touch
        aggregates.add_records(cur, list(mapping["new_id"]))
        aggregates.refresh_dirty(cur)
    else:  # copied rows bypass ingest: their keys and the reconciled tables are built here
        aggregates.rebuild(cur)
    cur.execute("COMMIT")
    cur.execute("DROP TABLE m")


def main(argv: list[str]) -> None:
    import time

    n = int(argv[0]) if argv else 10_000
    out = argv[1] if len(argv) > 1 else f"/tmp/newsdash_big_{n}.duckdb"
    t0 = time.perf_counter()
    build(out, n)
    print(f"{out}: {n:,} articles in {time.perf_counter() - t0:.1f} s, {Path(out).stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
