"""The event-type filter in the URL: stable keys (``types=funding_round``) out, keys or older display labels in,
unknown values dropped without an error."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from data_layer.models import EventType
from ui import state

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture(autouse=True)
def _clean_caches():
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.fixture()
def calls(faked) -> list[dict]:
    """An empty store and a hand-made View (``faked`` in conftest); the filters each view was loaded with."""
    return faked


def _run(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(query or {})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _url_types(at: AppTest) -> list[str]:
    v = at.query_params.get("types", [])
    return [v] if isinstance(v, str) else list(v)


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("values", "keys"),
    [
        (["funding_round"], ("funding_round",)),
        (["closure", "investment"], ("closure", "investment")),
        (["Funding round"], ("funding_round",)),  # the label the sidebar shows
        (["funding round", "partnership end"], ("funding_round", "partnership_end")),  # labels of older links
        (["EARNINGS-DATE"], ("earnings_date",)),
        (["closure,investment"], ("closure", "investment")),  # a comma-separated list
        (["closure", "Closure", "closure"], ("closure",)),
        (["store_closure", "bogus", "", "  ", "closure"], ("closure",)),
        ([], ()),
    ],
)
def test_event_type_keys(values, keys):
    assert state.event_type_keys(values) == keys


@pytest.mark.parametrize("t", list(EventType))
def test_every_label_maps_back_to_its_key(t):
    assert state.event_type_keys([state.event_type_label(t.value)]) == (t.value,)


# --------------------------------------------------------------------------- the app


def test_url_with_keys_selects_them(calls):
    at = _run({"types": ["funding_round", "closure"]})
    assert at.multiselect(key="types").value == ["funding_round", "closure"]
    assert _url_types(at) == ["funding_round", "closure"]
    assert calls[-1]["event_types"] == ["funding_round", "closure"]


def test_legacy_url_with_labels_still_loads_and_is_rewritten_to_keys(calls):
    at = _run({"types": ["Funding round", "partnership end"]})
    assert at.multiselect(key="types").value == ["funding_round", "partnership_end"]
    assert _url_types(at) == ["funding_round", "partnership_end"]
    assert calls[-1]["event_types"] == ["funding_round", "partnership_end"]


def test_comma_separated_url_loads(calls):
    at = _run({"types": "closure,investment"})
    assert at.multiselect(key="types").value == ["closure", "investment"]
    assert _url_types(at) == ["closure", "investment"]


def test_unknown_values_are_ignored(calls):
    at = _run({"company": "Globex", "types": ["store_closure", "closure", "no such type"]})
    assert at.multiselect(key="types").value == ["closure"]
    assert _url_types(at) == ["closure"]
    assert at.selectbox(key="company").value == "Globex"


def test_only_unknown_values_select_nothing_and_leave_the_url_clean(calls):
    at = _run({"types": ["store_closure", "%%%"]})
    assert at.multiselect(key="types").value == []
    assert "types" not in at.query_params
    assert calls[-1]["event_types"] is None


def test_selecting_writes_keys_not_labels(calls):
    at = _run()
    assert "types" not in at.query_params
    ms = at.multiselect(key="types")
    assert "funding round" in ms.options and "funding_round" not in ms.options  # the widget shows labels
    ms.set_value(["earnings_date", "funding_round"]).run()
    assert _url_types(at) == ["earnings_date", "funding_round"]
    assert calls[-1]["event_types"] == ["earnings_date", "funding_round"]
    at.multiselect(key="types").set_value([]).run()
    assert "types" not in at.query_params


def test_selection_survives_reruns_after_a_legacy_link(calls):
    at = _run({"types": ["funding round"]})
    at.multiselect(key="types").set_value(["funding_round", "legal"]).run()
    at.run()
    assert at.multiselect(key="types").value == ["funding_round", "legal"]
    assert _url_types(at) == ["funding_round", "legal"]


def test_a_url_without_the_parameter_keeps_the_selection(calls):
    at = _run({"types": ["closure"]})
    del at.query_params["types"]  # page navigation drops the parameter
    at.run()
    assert at.multiselect(key="types").value == ["closure"]
    assert _url_types(at) == ["closure"]


def test_a_changed_url_replaces_the_selection(calls):
    at = _run({"types": ["closure"]})
    at.query_params["types"] = ["investment"]
    at.run()
    assert at.multiselect(key="types").value == ["investment"]


def test_page_links_carry_keys(calls):
    at = _run({"types": ["Funding round"]})
    links = [el.proto.query_string for el in at.get("page_link")]
    assert links and all("types=funding_round" in q for q in links)
    assert not any("Funding" in q or "funding+round" in q or "funding%20round" in q for q in links)
