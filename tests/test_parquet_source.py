"""The read-only Parquet source: the store's read API over a dataset, the service on top, and the pages."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from data_layer import config, dataset, engine, service
from data_layer.ingest import list_files, load_articles
from data_layer.models import Article
from data_layer.parquet_source import READ_ONLY, ParquetSource
from data_layer.records import TABLES
from data_layer.store import StoreError

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
CORPORA = [DATA / "seed_corpus", DATA / "dev_corpus"]
APP = str(ROOT / "dashboard.py")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(dataset root, the engine's frames) for seed+dev, written in parts of 5 files."""
    out = tmp_path_factory.mktemp("pq")
    files = list_files(CORPORA)
    engine.extract_files(files, processes=1, chunk=5, with_body=True,
                         sink=lambda i, f: dataset.write_dataset(f, out, f"part-{i:05d}"))  # fmt: skip
    frames, _ = engine.extract_files(files, processes=1)
    return out, frames


@pytest.fixture()
def source(built):
    with ParquetSource(built[0]) as s:
        yield s


def test_frames_are_the_engines(source, built):
    got = source.frames()
    for table in TABLES:
        pd.testing.assert_frame_equal(got[table], built[1][table], check_exact=True, obj=table)


def test_companies_most_articles_first(source, built):
    arts = built[1]["articles"]
    names = source.companies()
    assert names[0] == "Amazon" and set(names) == set(arts["company"].dropna())
    assert source.n_articles() == len(arts)


def test_article_has_the_cleaned_body(source):
    originals = {a.id: a for a in load_articles(CORPORA)}
    aid = "000_3ad7f4cd900e501e"
    art = source.article(aid)
    assert isinstance(art, Article)
    want = originals[aid]
    assert (art.body, art.title, art.published, art.source, art.company.name, art.company.ticker) == (
        want.body, want.title, want.published, want.source, want.company.name, want.company.ticker)  # fmt: skip
    assert source.article("no-such-id") is None


def test_writes_are_refused(source, built):
    (r,) = source.ingest_upload("new.txt", b"Acme shares closed at $10.")
    assert (r.name, r.status, r.reason) == ("new.txt", "rejected", READ_ONLY)
    assert [r.status for r in source.ingest_paths([DATA / "seed_corpus", "x.md"])] == ["rejected", "rejected"]
    assert source.ensure_sample_corpus() is None and source.n_articles() == len(built[1]["articles"])


def test_tables_and_stats(source, built):
    assert source.table("quarantine").empty and "reason" in source.table("quarantine")
    assert "body" in source.table("articles")
    with pytest.raises(ValueError, match="unknown table"):
        source.table("secrets")
    stats = source.stats()
    assert stats["read_only"] and all(stats[t] == len(built[1][t]) for t in TABLES)


def test_version_follows_the_files(tmp_path, built):
    frames = built[1]
    arts = frames["articles"]
    first = {t: df[df["article_id"] == arts["article_id"][0]] for t, df in frames.items()}
    dataset.write_dataset(first, tmp_path, "part-00000")
    with ParquetSource(tmp_path) as s:
        v1 = s.version()
        assert s.version() == v1, "stable while nothing changes"
        dataset.write_dataset(frames, tmp_path, "part-00001")
        v2 = s.version()
        assert v2 != v1
        part = next(tmp_path.rglob("part-00000.parquet"))
        os.utime(part, ns=(part.stat().st_atime_ns, part.stat().st_mtime_ns + 10**9))
        assert s.version() != v2


def test_missing_dataset_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no Parquet dataset"):
        ParquetSource(tmp_path / "nothing")


@pytest.mark.parametrize(
    ("value", "root"),
    [
        ("parquet:/data/ds", "/data/ds"),
        ("PARQUET: s3://b/ds ", "s3://b/ds"),
        ("duckdb", None),
        ("", None),
        (None, None),
    ],
)
def test_source_setting(monkeypatch, value, root):
    if value is None:
        monkeypatch.delenv("NEWSDASH_SOURCE", raising=False)
    else:
        monkeypatch.setenv("NEWSDASH_SOURCE", value)
    assert config.settings().parquet_root == root


def test_service_load_view_on_the_source(source, built):
    frames = built[1]
    view = service.load_view(source, company="Amazon")
    amazon = set(frames["articles"].loc[frames["articles"]["company"] == "Amazon", "article_id"])
    expected = service.build_view({t: df[df["article_id"].isin(amazon)] for t, df in frames.items()}, company="Amazon")
    assert view.kpis == expected.kpis and view.kpis["n_articles"] == 5
    assert len(view.price_claims) and len(view.layoff_tally)


# --------------------------------------------------------------------------- the dashboard on a Parquet source


@pytest.fixture()
def parquet_env(monkeypatch, built, tmp_path):
    monkeypatch.setenv("NEWSDASH_SOURCE", f"parquet:{built[0]}")
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))  # no store file is created
    st.cache_data.clear()
    yield
    st.cache_data.clear()
    assert not list(tmp_path.iterdir()), "the DuckDB store was not opened"


def run(page: str | None = None, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(query or {})
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_home_page_reads_the_dataset(parquet_env, built):
    at = run(query={"company": "Amazon"})
    assert at.title[0].value == "Amazon"
    assert any(m.label == "Articles" and m.value == "5" for m in at.metric)
    captions = " ".join(c.value for c in at.sidebar.caption)
    assert "Uploads are disabled" in captions
    assert not at.get("file_uploader"), "no uploader on a read-only source"


def test_price_page_reads_the_dataset(parquet_env):
    at = run("app_pages/price.py", {"company": "Amazon"})
    assert at.get("plotly_chart"), "the price chart is drawn"
    assert not [i for i in at.info if "No share prices" in i.value]


def test_sources_page_shows_the_stored_body(parquet_env):
    at = run("app_pages/sources.py", {"company": "Amazon", "article": "000_3ad7f4cd900e501e"})
    assert any("nd-body" in h.proto.body and "<mark" in h.proto.body for h in at.get("html"))
