"""Pages over a store with more articles about one company than the old 300-article cap (issue 17): Home counts
every one of them, and a price chart with more reports than it draws says it shows per-period medians."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from data_layer import service
from data_layer.store import Store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    from _big_store import build

    return build(tmp_path_factory.mktemp("scale_app") / "big.duckdb", 700, n_companies=3)


@pytest.fixture()
def served(big, monkeypatch):
    monkeypatch.setenv("NEWSDASH_STORE", str(big))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    st.cache_data.clear()
    st.cache_resource.clear()
    service._MEMO.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def _top(path: Path) -> tuple[str, int]:
    store = Store(str(path))
    try:
        counts = store.table("articles")["company"].value_counts()
    finally:
        store.close()
    return str(counts.index[0]), int(counts.iloc[0])


def _run(page: str, company: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params.update({"company": company})
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_home_counts_every_article_about_the_company(big, served):
    company, n = _top(big)
    assert n > 300  # more than the old cap
    at = _run("app_pages/home.py", company)
    assert {m.label: m.value for m in at.metric}["Articles"] == f"{n:,}"


def test_a_crowded_price_chart_draws_period_medians_and_says_so(big, served, monkeypatch):
    monkeypatch.setattr(service, "MAX_POINTS", 40)
    company, _ = _top(big)
    at = _run("app_pages/price.py", company)
    captions = " ".join(c.value for c in at.caption)
    assert "median of" in captions and "reports, one per kind of price and" in captions


@pytest.fixture()
def cut(monkeypatch):
    """Views list at most 40 articles and 30 rows per table (the 100k store's 1,000 and 1,000, scaled down)."""
    monkeypatch.setattr(service, "LIST_ARTICLES", 40)
    monkeypatch.setattr(service, "LIST_ROWS", 30)


def _full(path: Path, company: str) -> service.View:
    store = Store(str(path))
    try:
        return service.load_view(store, company=company, full=True)
    finally:
        store.close()


def test_cut_tables_say_how_many_rows_there_are(big, served, cut):
    company, n = _top(big)
    full = _full(big, company)
    assert len(full.price_claims) > 30 and len(full.articles) == n > 40
    at = _run("app_pages/price.py", company)
    captions = [c.value for c in at.caption]
    note = f"Showing the latest 30 of {len(full.price_claims):,} reported prices; narrow the dates, or download"
    assert any(note in c for c in captions), captions
    sidebar = " ".join(c.value for c in at.sidebar.caption)
    assert f"Lists show the latest 40 of {n:,} matching articles" in sidebar
    assert f"{n:,} row(s): every one of this view" in sidebar  # the download's row count: every article
    at = _run("app_pages/sources.py", company)
    assert any(f"Showing the latest 40 of {n:,} articles" in c.value for c in at.caption)


def test_home_counts_dates_and_close_cover_every_article(big, served, cut):
    from data_layer.reconcile import latest_close
    from ui.format import day, money

    company, n = _top(big)
    full = _full(big, company)
    at = _run("app_pages/home.py", company)
    metrics = {m.label: m for m in at.metric}
    assert metrics["Articles"].value == f"{n:,}"
    pub = full.articles["published"].dropna()
    assert f"published {day(pub.min())} → {day(pub.max())}" in metrics["Articles"].help
    best = latest_close(full.price_claims)  # from every claim: the tile does not depend on the 30 listed
    assert metrics["Latest reported close"].value == money(best["price"], best["currency"])
    assert f"on {day(best['date'])}" in metrics["Latest reported close"].help


def test_a_link_to_an_older_article_still_opens_it(big, served, cut):
    company, _ = _top(big)
    full = _full(big, company)
    oldest = full.articles.sort_values("published").iloc[0]
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params.update({"company": company, "article": oldest["article_id"]})
    at.switch_page("app_pages/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    pick = at.selectbox(key="article_pick")
    assert pick.value == oldest["article_id"]
    assert len(pick.options) == 41 and pick.options[-1] == oldest["title"]  # the latest 40 and the linked one
    assert any(h.value == oldest["title"] for h in at.subheader)
