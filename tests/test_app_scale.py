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
    assert "Every reported price is in the table below" in captions
