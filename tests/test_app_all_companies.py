"""Issue 13: with three companies loaded, "All companies" never shows one number made of several companies, every
table carries the company, and every field the data layer extracts is on a page (values asserted).

The store is built through the real pipeline from tests/data/three_companies (articles written for these tests
about three fictional companies: closes near $40, $12 and $300)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from test_app_pages import figures

from data_layer.service import open_store
from ui import nav

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
CLOSES = {"Brightwell Logistics": "$39.85", "Kestrel Semiconductor": "$12.35", "Orchard Lane Foods": "$301.40"}


@pytest.fixture(scope="module")
def three_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("three")
    s = open_store(str(d / "newsdash.duckdb"))
    s.ingest_paths(ROOT / "tests" / "data" / "three_companies")
    assert sorted(s.companies()) == sorted(CLOSES)
    s.close()
    return d


@pytest.fixture()
def three(monkeypatch, three_dir):
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(three_dir))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def run(page: str, company: str = "All companies") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["company"] = company  # the sidebar opens on the first company otherwise
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tables(at: AppTest) -> list:
    return [d.value for d in at.dataframe]


def shown_text(at: AppTest) -> str:
    """The page's Markdown as a reader sees it (escapes of $, ~ and * removed)."""
    return " ".join(m.value for m in at.markdown).replace("\\", "")


POOLED = ("Latest reported close", "Median analyst target", "Layoffs: latest cumulative total", "Target range",
          "Median / mean target", "Implied upside (median)", "Firms", "Firms with a target")  # fmt: skip


@pytest.mark.parametrize("page", [p.path for p in nav.PAGES])
def test_all_companies_pools_no_figure_and_every_table_has_the_company(three, page):
    at = run(page)
    assert not [m.label for m in at.metric if m.label in POOLED]  # one number made of several companies
    for df in tables(at):
        if (len(df) and page != "app_pages/sources.py") or "company" in df:
            assert "company" in df.columns, list(df.columns)
            assert df["company"].ne("").all()


def test_home_shows_one_row_per_company(three):
    at = run("app_pages/home.py")
    per = next(df for df in tables(at) if "close" in df)
    closes = {c: v.split(" ")[0] for c, v in zip(per["company"], per["close"], strict=True)}
    assert closes == CLOSES
    row = per.set_index("company").loc["Orchard Lane Foods"]
    assert row["targets"] == "$330 ($320–$340, 2 firms)" and row["layoffs"] == "2 rounds: 1,050"
    assert per.set_index("company").loc["Kestrel Semiconductor", "targets"] == "$14 ($14, 1 firm)"
    assert {m.label: m.value for m in at.metric}["Companies"] == "3"


def test_price_path_draws_each_company_on_its_own_axis(three):
    fig = figures(run("app_pages/price.py"))[0]
    by_axis: dict[str, set] = {}
    for t in fig["data"]:
        if t.get("name") == "Reported close":
            by_axis.setdefault(t.get("yaxis", "y"), set()).update(round(y, 2) for y in t["y"])
    assert sorted(map(sorted, by_axis.values())) == [[12.35], [39.85, 41.2], [301.4, 305.1]]


def test_targets_one_consensus_per_company_and_rating_wording(three):
    at = run("app_pages/targets.py")
    per = tables(at)[0].set_index("company")
    assert per.loc["Brightwell Logistics", "targets"] == "$44 ($36–$52, 2 firms)"
    latest = tables(at)[1].set_index("firm")
    assert latest.loc["Morgan Stanley", "rating_change"] == "Equal-Weight → Underweight (downgrade)"
    assert latest.loc["Citi", "rating_change"] == "Neutral → Buy (upgrade)"
    assert latest.loc["Barclays", "rating_change"] == "Overweight (coverage initiated)"
    assert latest.loc["Goldman Sachs", "rating_change"] == "Buy (reiterated)"
    assert latest.loc["Morgan Stanley", "change"] == "$48.00 → $36.00"
    fig = figures(at)[0]
    axes = {t.get("xaxis", "x") for t in fig["data"] if t.get("mode") == "markers" and t.get("name")}
    assert len(axes) == 3  # $14, $44 and $330 targets never share a price axis


def test_layoffs_per_company_with_plan_filing_and_percent(three):
    at = run("app_pages/layoffs.py")
    rows = tables(at)[0]
    bw = rows[rows["company"] == "Brightwell Logistics"].set_index("figure")
    assert bw.loc["decided round", "cut"] == "1,200" and bw.loc["decided round", "percent"] == "6%"
    assert bw.loc["WARN filing (inside a round)", "cut"] == "101–250"
    assert bw.loc["plan (not a reported total)", "cut"] == "≈4,000"
    orchard = rows[rows["company"] == "Orchard Lane Foods"].set_index("cut")
    assert orchard.loc["900", "when"] == "2025"  # a year-only figure keeps year precision
    text = shown_text(at)
    assert "101–250 (2 Mar 2026, 1 source) is a state WARN filing inside the round of 1,200" in text
    assert "known rounds 1,200 (reported 2 Mar 2026, 1 source) = 1,200." in text  # the filing is not added
    assert "Planned (a programme's stated size, not a reported total; never subtracted): ~4,000" in text
    fig = figures(at)[0]
    titles = [a["text"] for a in fig["layout"]["annotations"] if a.get("xref") == "paper"]
    assert titles == [f"<b>{c}</b>" for c in sorted(CLOSES)]  # one panel per company


def test_events_show_dates_amounts_and_counterparties(three):
    at = run("app_pages/events.py")
    ev = tables(at)[0].set_index("type")
    assert (ev.loc["acquisition", "counterparty"], ev.loc["acquisition", "amount"]) == ("Pinecrest Freight", "$310.0M")
    assert ev.loc["earnings date", "when"] == "2026-03-12"
    assert ev.loc["funding round", "amount_text"] == "$85 million"
    names = {t["name"] for t in figures(at)[0]["data"]}
    assert {"acquisition", "earnings date", "funding round"} <= names  # a legend entry for every colour


def test_one_company_home_lists_every_field(three):
    at = run("app_pages/home.py", company="Brightwell Logistics")
    text = shown_text(at)
    assert "Layoffs: 1,200 (6% of staff), warehouse, round" in text
    assert "Morgan Stanley, Equal-Weight → Underweight (downgrade), target $48.00 → $36.00" in text
    assert "Event: acquisition · Pinecrest Freight · $310.0M" in text
    assert {m.label: m.value for m in at.metric}["Latest reported close"] == "$39.85"
