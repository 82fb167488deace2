"""Every page through ``streamlit.testing.v1.AppTest``: the real store (seed and empty) and a hand-made View."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from data_layer import service
from ui import nav, state

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
PAGE_PATHS = [p.path for p in nav.PAGES]


@pytest.fixture(autouse=True)
def _clean_caches():
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("seed_store")


@pytest.fixture()
def seeded(monkeypatch, seed_dir):
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(seed_dir))
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    monkeypatch.delenv("NEWSDASH_SAMPLE", raising=False)


@pytest.fixture()
def empty(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")


def run(page: str | None = None, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(query or {})
    if page:  # open the page directly, as a shared link does (url_path == file stem, so this resolves)
        at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def figures(at: AppTest) -> list[dict]:
    """Plotly figure JSON of every chart on the page, with binary-packed arrays decoded to lists."""
    return [_decode(json.loads(el.proto.spec)) for el in at.get("plotly_chart")]


def _decode(obj):
    if isinstance(obj, dict):
        if set(obj) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(obj["bdata"]), dtype=obj["dtype"]).tolist()
        return {k: _decode(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_decode(v) for v in obj]
    return obj


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [w.value for w in at.warning] + [i.value for i in at.info]
    parts += [str(m.value) for m in at.metric] + [c.value for c in at.caption] + [t.value for t in at.title]
    return "\n".join(parts)


# --------------------------------------------------------------------------- registry


def test_every_page_file_is_registered_and_tested():
    """Adding a page file to app_pages/ without registering it (and so without the parametrised tests below) fails here."""
    files = {f"app_pages/{p.name}" for p in (ROOT / "app_pages").glob("*.py")}
    assert files == set(PAGE_PATHS)
    assert sum(p.default for p in nav.PAGES) == 1
    # a folder named pages/ next to dashboard.py would switch on Streamlit's legacy auto-discovery, which runs
    # page files directly (without the shared sidebar) on the first request of a deep link
    assert not (ROOT / "pages").exists()


@pytest.mark.parametrize("page", PAGE_PATHS)
def test_page_is_short(page):
    assert len((ROOT / page).read_text().splitlines()) < 150


# --------------------------------------------------------------------------- real store


@pytest.mark.parametrize("page", PAGE_PATHS)
def test_page_renders_on_bundled_corpus(seeded, page):
    at = run(page)
    assert at.title, "every page has a title"


@pytest.mark.parametrize("page", PAGE_PATHS)
def test_page_renders_on_empty_store(empty, page):
    at = run(page)
    if page != "app_pages/sources.py":
        assert "upload" in texts(at).lower(), "empty states say what to do"


def test_home_counts_bundled_articles(seeded):
    at = run()
    assert any(m.label == "Articles" and m.value == "5" for m in at.metric)


def test_seed_conflicting_closes_on_price_chart(seeded):
    at = run("app_pages/price.py")
    ys = {
        round(y, 2) for f in figures(at) for t in f["data"] if "Reported close" in (t.get("name") or "") for y in t["y"]
    }
    assert {239.30, 241.00} <= ys


def test_seed_target_range(seeded):
    at = run("app_pages/targets.py")
    assert any(m.value == "$295–$305" for m in at.metric)


def test_seed_layoff_round_with_four_sources(seeded):
    at = run("app_pages/layoffs.py")
    hover = " ".join(h for f in figures(at) for t in f["data"] for h in (t.get("hovertext") or []))
    assert "16,000" in hover and "4 sources" in hover


# --------------------------------------------------------------------------- hand-made view


def test_home_kpis_conflicts_and_links(faked):
    at = run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Latest reported close"] in {"$239.30", "$241.00"}
    assert any("$239.30 vs $241.00" in m.help for m in at.metric)
    assert metrics["Median analyst target"] == "$300.00"
    assert "conflicting report" in at.warning[0].value
    assert at.title[0].value == "Acme"
    links = [el for el in at.get("page_link")]
    assert len(links) >= len(nav.PAGES) - 1


def test_price_chart_has_conflict_and_band(faked):
    at = run("app_pages/price.py")
    (fig,) = figures(at)
    closes = next(t for t in fig["data"] if t.get("name") == "Reported close")
    assert sorted(closes["y"]) == [239.3, 241.0]
    assert any("Targets $295.00–$305.00" in (t.get("name") or "") for t in fig["data"])
    assert at.warning, "the price conflict is shown as a warning"


def test_targets_page(faked):
    at = run("app_pages/targets.py")
    assert len(figures(at)) == 2
    assert any(m.value == "+24.5%" for m in at.metric)
    df = at.dataframe[0].value
    assert "$280.00 → $295.00" in set(df["change"])


def test_layoffs_page(faked):
    at = run("app_pages/layoffs.py")
    assert "brings the total" in texts(at)
    (fig,) = figures(at)
    assert [t.get("name") for t in fig["data"] if t.get("showlegend", True)] == ["Round of cuts", "Cumulative total"]


def test_events_page(faked):
    at = run("app_pages/events.py")
    (fig,) = figures(at)
    assert any(t.get("text") == ["$50.0B"] for t in fig["data"])
    assert "talks (2026-01-29) → announced (2026-02-02)" in set(at.dataframe[1].value["history"])


def test_sources_page_preselects_article_from_url_and_escapes(faked, monkeypatch):
    from data_layer.models import Article

    body = 'Acme <img src=x onerror="alert(1)"> closed at $239.30.'
    monkeypatch.setattr(state, "article", lambda a: Article(id=a, title="t", body=body))
    at = run("app_pages/sources.py", query={"article": "a1"})
    assert at.selectbox(key="article_pick").value == "a1"
    html = " ".join(el.proto.body for el in at.get("html"))
    assert "<img" not in html and "&lt;img" in html and "<mark" in html


def test_changing_company_and_dates_changes_the_view(faked):
    at = run()
    at.selectbox(key="company").set_value("Globex").run()
    assert at.title[0].value == "Globex"
    at.date_input(key="start").set_value(dt.date(2026, 1, 15)).run()
    assert faked[-1]["company"] == "Globex" and faked[-1]["start"] == dt.date(2026, 1, 15)


def test_url_opens_the_same_view(faked):
    at = run("app_pages/price.py", query={"company": "Globex", "types": "investment"})
    assert at.selectbox(key="company").value == "Globex"
    assert faked[-1]["event_types"] == ["investment"]


def test_upload_is_ingested_and_reported(empty):
    at = run()
    text = b"Acme Corp said on Monday it will cut 1,200 jobs.\nThe company's shares closed at $12.50 on Friday.\n"
    at.file_uploader(key="upload").upload("acme.txt", text, "text/plain").run()
    captions = " ".join(c.value for c in at.sidebar.caption)
    assert "acme.txt" in captions and "added" in captions
    assert any(m.label == "Articles" and m.value == "1" for m in at.metric)


def test_page_links_carry_the_filters(faked):
    at = run(query={"company": "Globex", "start": "2026-01-20", "types": ["investment", "closure"]})
    links = [(el.proto.page, el.proto.query_string) for el in at.get("page_link")]
    assert ("price", "company=Globex&start=2026-01-20&types=investment&types=closure") in links
    article_links = {q.rsplit("article=", 1)[1] for p, q in links if p == "sources" and "article=" in q}
    assert article_links == {"a0", "a1", "a2"}  # "read with highlighted facts" preselects each article


def test_sidebar_downloads_every_view_table(faked):
    at = run()
    table = at.selectbox(key="dl_table")
    assert set(table.options) <= {f.name for f in dataclasses.fields(service.View)}
    assert {b.proto.label for b in at.sidebar.get("download_button")} == {
        "All facts (zip of CSV tables)",
        "CSV",
        "Parquet",
    }


@pytest.mark.parametrize(("n", "expanders"), [(2, 0), (3, 0), (40, 1)])
def test_many_conflicts_are_one_warning_and_a_list(n, expanders):
    def page(n: int):
        from ui import widgets

        widgets.conflict_notes([f"price · Acme · day {i}: $1 vs $2" for i in range(n)], what="price")

    at = AppTest.from_function(page, args=(n,)).run()
    assert len(at.warning) == 1 and f"{n} conflicting prices**" in at.warning[0].value
    assert at.warning[0].value.count("\n- ") == min(n, 3)
    assert len(at.expander) == expanders


@pytest.mark.parametrize(
    ("what", "head"),
    [("report", "**1,087 conflicting reports** (the latest 40 listed;"),
     ("price", "**40 conflicting prices** in the latest 40 of 1,087 conflicts listed")],
)  # fmt: skip
def test_conflicts_of_a_cut_view_say_how_many_there_are(what, head):
    def page(what: str):
        from ui import widgets

        widgets.conflict_notes([f"price · Acme · day {i}: $1 vs $2" for i in range(40)], what=what, listed=(40, 1087))

    at = AppTest.from_function(page, args=(what,)).run()
    assert at.warning[0].value.startswith(head) and "download the view for every one" in at.warning[0].value
    assert at.expander[0].label == "The 40 conflicts listed"
