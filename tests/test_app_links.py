"""The sidebar's "Add by link" box and the Price path's market link, through AppTest, against the local server."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from local_web import ARTICLES
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture()
def env(monkeypatch, tmp_path, web):
    st.cache_data.clear()
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    monkeypatch.setenv("NEWSDASH_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.setenv("NEWSDASH_FETCH_TIMEOUT", "1")
    web.set_feed(["/markets/apple-target-raised", "/markets/siemens-cuts-jobs"])
    yield tmp_path
    st.cache_data.clear()


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.sidebar.caption]


def _add(at: AppTest, text: str) -> AppTest:
    at.sidebar.text_area(key="links_text").input(text)
    next(b for b in at.sidebar.button if b.label == "Add links").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_add_two_links_and_a_feed(env, web):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    a, b = web.url("/markets/nvidia-new-entry"), web.url("/markets/siemens-cuts-jobs")
    _add(at, f"{a}\n{b}\n{web.url('/rss.xml')}")
    lines = _captions(at)
    added = [x for x in lines if ": added" in x]
    # two pages, and the feed's two entries (one of them the page already added: a duplicate)
    assert len(added) == 3, lines
    assert any("siemens-cuts-jobs" in x and ": duplicate" in x for x in lines), lines
    feeds = next(x for x in lines if x.startswith("Feeds"))
    assert "Harbour Street Ledger: Markets" in feeds and "last refresh 20" in feeds

    at.switch_page("app_pages/sources.py")  # the Sources page links to the original page
    at.query_params["article"] = ""
    at.run()
    titles = {ARTICLES[p]["title"] for p in web.feed_paths} | {ARTICLES["/markets/nvidia-new-entry"]["title"]}
    assert set(at.dataframe[0].value["title"]) == titles
    buttons = [e for e in at.get("link_button")]
    assert buttons and buttons[0].proto.url.startswith(web.base + "/markets/")

    _add(at, a)  # again: a duplicate, nothing stored twice
    lines = _captions(at)
    assert any(": duplicate" in x and "same article already stored" in x for x in lines), lines


def test_bad_links_show_their_reason(env, web):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    _add(at, f"{web.url('/report.pdf')}\n{web.url('/missing')}\nhttp://169.254.169.254/latest/meta-data/")
    lines = [x for x in _captions(at) if "rejected" in x]
    assert len(lines) == 3, _captions(at)
    assert "application/pdf" in lines[0] and "404" in lines[1] and "cloud metadata address" in lines[2]


def test_link_box_switched_off(env, monkeypatch):
    monkeypatch.setenv("NEWSDASH_LINKS", "0")
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not [t for t in at.sidebar.text_area if t.key == "links_text"]
    assert any("Adding by link is switched off" in c for c in _captions(at))


def test_price_page_market_line_from_a_link(env, web):
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("app_pages/price.py")
    at.run()
    at.text_input(key="market_link").input(web.url("/prices.csv"))
    at.run()
    assert not at.exception
    assert any("Market line: 3 closes from the link" in c.value for c in at.caption)
    at.text_input(key="market_link").input(web.url("/report.pdf"))
    at.run()
    assert any("not a CSV file: the server sent application/pdf" in e.value for e in at.error)


def test_refresh_feeds_adds_new_entries(env, web):
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page("app_pages/sources.py")
    at.run()
    _add(at, web.url("/rss.xml"))
    assert len(at.dataframe[0].value) == 2
    web.set_feed([*web.feed_paths, "/markets/nvidia-new-entry"])
    next(b for b in at.sidebar.button if b.key == "refresh_feeds").click()
    at.run()
    assert not at.exception
    assert ARTICLES["/markets/nvidia-new-entry"]["title"] in set(at.dataframe[0].value["title"])
