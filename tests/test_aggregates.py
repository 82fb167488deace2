"""Reconciliation kept in the store (issue 17): the ``agg_*`` tables an ingest maintains partition by partition
equal a from-scratch reconciliation of every stored record, after incremental ingests, re-extraction and the
migration of a version-7 store; the page's counts cover the whole history."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from data_layer import service
from data_layer.reconcile import tables as rt
from data_layer.store import LATEST, Store, aggregates, core
from data_layer.store.migrations import MIGRATIONS, migrate

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 120  # generated articles (benchmarks/make_corpus.py), extracted; the 2,000-article store is built below
BIG_ARTICLES = 2000
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("agg_corpus")
    subprocess.run([sys.executable, str(ROOT / "benchmarks/make_corpus.py"), str(N_ARTICLES), "--out", str(out)],
                   check=True, capture_output=True)  # fmt: skip
    return out / "articles"


def _canon(df: pd.DataFrame) -> list[tuple]:
    """A table's rows as comparable tuples (order of partitions free; missing values one kind)."""
    cols = [c for c in df.columns if c != rt.SEQ]

    def cell(v):
        if v is None or (not isinstance(v, list | dict | str) and pd.isna(v)):
            return None
        if isinstance(v, pd.Timestamp):
            return v.isoformat()
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if hasattr(v, "item"):
            return cell(v.item())
        return v

    rows = [tuple(repr(cell(v)) for v in r) for r in df[cols].itertuples(index=False)]
    return sorted(rows)


def _stored(store: Store) -> dict[str, pd.DataFrame]:
    got = store.reconciled(list(rt.TABLES))
    return {n: df for n, (df, _) in got.items()}


def _from_scratch(store: Store) -> dict[str, pd.DataFrame]:
    return {n: aggregates.decode_nested(df) for n, df in rt.reconcile_tables(store.frames()).items()}


def assert_same_tables(store: Store, raw: dict[str, pd.DataFrame] | None = None) -> None:
    """``raw``: :func:`rt.reconcile_tables` of every record, when the caller has it already."""
    stored = _stored(store)
    fresh = _from_scratch(store) if raw is None else {n: aggregates.decode_nested(df.copy()) for n, df in raw.items()}
    for name in rt.TABLES:
        assert len(stored[name]) == len(fresh[name]), name
        assert _canon(stored[name]) == _canon(fresh[name].drop(columns=["first_source"], errors="ignore")), name
    with store._read() as cur:
        for name in ("event_claims", "layoff_tally"):  # a stored first source is read without the row's sources
            got = cur.execute(f"SELECT part_key, first_source, outlets FROM agg_{name}").fetchall()
            want = rt.reconcile_tables(store.frames())[name] if raw is None else raw[name]
            assert sorted(got, key=repr) == sorted(want[["part_key", "first_source", "outlets"]].itertuples(
                index=False, name=None), key=repr), name  # fmt: skip
        assert aggregates.dirty(cur) == {t: set() for t in rt.RECORD_TABLES}  # nothing left to recompute


def test_incremental_ingests_equal_a_full_reconciliation(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(core, "BATCH_ARTICLES", 23)  # several write transactions per ingest
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    store = Store(str(tmp_path / "s.duckdb"))
    try:
        third = len(files) // 3
        for part in (files[:third], files[third : 2 * third], files[2 * third :]):
            folder = tmp_path / f"in{len(part)}_{part[0].name}"
            folder.mkdir()
            for f in part:
                shutil.copy(f, folder / f.name)
            store.ingest_paths(folder, workers=1)
        assert store.n_articles() >= N_ARTICLES
        assert len(_stored(store)["price_claims"]) > 25
        assert_same_tables(store)
        # consensus rows: one per company, equal to the consensus of its stored latest targets and closes
        top = store.companies()[0]
        view = service.load_view(store, company=top)
        direct = service.build_view(store.frames(top), company=top)
        assert view.target_consensus == direct.target_consensus
        assert view.kpis["n_articles"] == len(store.frames(top)["articles"])
        # re-extraction by a new extractor version rewrites every article: the tables follow
        monkeypatch.setattr(core._extract, "EXTRACTOR_VERSION", "test-next-version")
        assert store.reextract_stale() == store.n_articles()
        assert_same_tables(store)
    finally:
        store.close()


def test_a_store_of_2000_articles_equals_a_full_reconciliation(tmp_path):
    """2,000 articles (the seed and dev corpora's articles copied with new companies and dates, records and all,
    as ``benchmarks/_big_store.py`` does) written in 3 transactions, each keying its records and recomputing the
    partitions they touch as an ingest does: the store-maintained tables equal a reconciliation of every record."""
    from _big_store import build

    store = Store(str(build(tmp_path / "big.duckdb", BIG_ARTICLES, n_companies=30, batches=3)))
    try:
        assert store.n_articles() == BIG_ARTICLES
        stored = _stored(store)
        assert len(stored["price_claims"]) > 1000 and len(stored["conflicts"]) > 10
        assert int(stored["price_claims"]["n_sources"].max()) > 1  # claims merged across copies
        raw = rt.reconcile_tables(store.frames())
        assert_same_tables(store, raw)
        with store._read() as cur:  # the consensus of every company, from its stored latest targets and closes
            keys = [r[0] for r in cur.execute("SELECT company_key FROM agg_consensus ORDER BY 1").fetchall()]
            latest = raw["latest_targets"].sort_values(["part_key", "seq"])
            want = rt.consensus_rows(aggregates.decode_nested(latest), aggregates._closes(cur, keys))
            got = cur.execute("SELECT company_key, consensus FROM agg_consensus ORDER BY 1").df()
        want = want.sort_values("company_key").reset_index(drop=True)
        assert list(got["company_key"]) == list(want["company_key"])
        assert [repr(rt.decode(x)) for x in got["consensus"]] == [repr(rt.decode(x)) for x in want["consensus"]]
    finally:
        store.close()


def test_a_version_7_store_migrates_and_gets_its_tables(corpus, tmp_path):
    path = tmp_path / "old.duckdb"
    store = Store(str(path))
    files = sorted(p for p in corpus.rglob("*") if p.is_file())[:40]
    folder = tmp_path / "some"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    store.ingest_paths(folder, workers=1)
    old = {t: store.table(t) for t in ("articles", *rt.RECORD_TABLES)}
    store.close()
    path.unlink()
    con = duckdb.connect(str(path))  # a store as version 7 left it, holding the same rows
    migrate(con, MIGRATIONS[:7])
    for t, df in old.items():
        later = ["company_key", "part_key", "expected_close"] + (["date_basis"] if t == "events" else [])
        con.register("_rows", df.drop(columns=later, errors="ignore"))  # (columns added after version 7)
        con.execute(f"INSERT INTO {t} BY NAME SELECT * FROM _rows")
        con.unregister("_rows")
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 7
    con.close()
    again = Store(str(path))
    try:
        assert again.schema_version() == LATEST
        assert again.aggregates_current()
        assert_same_tables(again)
    finally:
        again.close()


def test_counts_cover_every_article_of_a_company(tmp_path, monkeypatch):
    """More articles about one company than the old 300-article cap: Home's count is every one of them."""
    seed = sorted((ROOT / "tests/data/seed_corpus").glob("*.txt"))
    folder = tmp_path / "copies"
    folder.mkdir()
    n = 0
    for i in range(70):
        for f in seed:
            (folder / f"{f.stem}_{i}.txt").write_bytes(f.read_bytes() + f"\n(copy {i})\n".encode())
            n += 1
    store = Store(":memory:")
    try:
        store.ingest_paths(folder, workers=1)
        company = store.companies()[0]
        about = int((store.frames(company)["articles"]["company"] == company).sum())
        assert about > 300
        view = service.load_view(store, company=company)
        assert view.kpis["n_articles"] == about == len(view.articles)
        assert not view.limited
        assert int(view.price_claims["n_sources"].max()) == 70  # every copy counts (the cap kept 60)
    finally:
        store.close()


def test_conflicts_with_many_values_are_summarised():
    from data_layer.reconcile.claims import values_text
    from data_layer.reconcile.targets import close_basis

    vals = [(f"${p:.2f}", float(p), n) for p, n in [(232, 3), (233, 24), (240, 1), (250, 2)]]
    assert values_text(vals) == "4 different values from $232.00 to $250.00; most cited $233.00 (24 of 30 sources)"
    assert close_basis(24, 290, 19) == "most cited, 24 of 290 sources"


def test_the_dataset_path_gives_the_same_tables(corpus, tmp_path):
    """``extract --format dataset`` (here the local engine; a dask cluster below) reconciles per bucket of companies
    with the store's function: the tables equal the store's for the same articles."""
    from data_layer.cli import main
    from data_layer.reconcile_dataset import read_reconciled, reconcile_dataset

    files = sorted(p for p in corpus.rglob("*") if p.is_file())[:50]
    folder = tmp_path / "in"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    out = tmp_path / "ds"
    assert main(["extract", str(folder), "--out", str(out), "--format", "dataset", "--processes", "1"]) == 0
    store = Store(":memory:")
    try:
        store.ingest_paths(folder, workers=1)
        stored = _stored(store)
        built = read_reconciled(out)
        for name in rt.TABLES:
            assert len(built[name]) == len(stored[name]) > 0 or name == "conflicts", name
            assert _canon(built[name].drop(columns=["first_source"], errors="ignore")) == _canon(stored[name]), name
        with store._read() as cur:
            for name in ("event_claims", "layoff_tally"):  # the stored first source, which reads leave out
                got = cur.execute(f"SELECT part_key, first_source FROM agg_{name}").fetchall()
                assert sorted(got) == sorted(
                    built[name][["part_key", "first_source"]].itertuples(index=False, name=None)
                ), name
            want = cur.execute("SELECT company_key, consensus FROM agg_consensus ORDER BY 1").df()
        got = built["consensus"].sort_values("company_key").reset_index(drop=True)
        assert list(got["company_key"]) == list(want["company_key"])
        assert [repr(x) for x in got["consensus"]] == [repr(rt.decode(x)) for x in want["consensus"]]
        from distributed import Client, LocalCluster

        with (LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None) as lc, Client(lc) as client):  # fmt: skip
            reconcile_dataset(out, "dask", client, buckets=3)
        again = read_reconciled(out)
        for name in rt.TABLES:
            assert _canon(again[name]) == _canon(built[name]), name
    finally:
        store.close()
