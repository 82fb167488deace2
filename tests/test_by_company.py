"""All companies (issue 17): each company's close, consensus and layoffs come from the stored reconciled tables in
one query (``View.by_company``, :mod:`data_layer.store.by_company`) and equal what the pages computed from the
view's frames with pandas, company by company (``ui.summary.per_company`` on a view without ``by_company``), over
every row: on a generated store (every filter) and from a from-scratch reconciliation, and on crafted rows for the
tie-breaks (most-cited closes tied, several values on the last day, undated or intraday-only prices, currencies
tied, several company keys, plans, cumulative totals without a date)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

from data_layer import service
from data_layer.reconcile import tables as rt
from data_layer.store import Store, aggregates
from ui import summary

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _old(view: service.View) -> service.View:
    """``view`` as the pages saw it before: figures computed from its frames."""
    return dataclasses.replace(view, by_company=None)


def _assert_same(new: service.View, old: service.View) -> None:
    assert new.by_company is not None and old.by_company is None
    pd.testing.assert_frame_equal(summary.per_company(new), summary.per_company(old))
    assert summary.companies_in(new) == summary.companies_in(old)
    assert repr(summary.consensus_by_company(new)) == repr(summary.consensus_by_company(old))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from _big_store import build

    store = Store(str(build(tmp_path_factory.mktemp("by_company") / "s.duckdb", 2000, n_companies=30)))
    yield store
    store.close()


FILTERS = [{}, {"start": dt.date(2024, 9, 1), "end": dt.date(2025, 6, 30)}, {"end": dt.date(2024, 12, 31)},
           {"event_types": ["acquisition", "financial_result"]}]  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_per_company_from_the_store_equals_the_frames_computation(generated, filters):
    service._MEMO.clear()
    new = service.load_view(generated, **filters)
    full = service.load_view(generated, full=True, **filters)  # every row, figures from the frames
    _assert_same(new, full)
    per = summary.per_company(new)
    assert len(per) == len(summary.companies_in(full)) > 20
    if not filters:
        assert (per["upside"] != "").sum() > 10 and per["layoffs"].str.contains("reported total").any()
        assert per["close"].str.contains("sources disagree").any()


def test_per_company_equals_a_from_scratch_reconciliation(generated):
    service._MEMO.clear()
    new = service.load_view(generated)
    _assert_same(new, service.build_view(generated.frames()))


def test_the_listed_rows_no_longer_decide_the_figures(generated, monkeypatch):
    """With the lists cut to a few rows, each company's figures still cover all of its rows."""
    service._MEMO.clear()
    monkeypatch.setattr(service, "MAX_ROWS", 5)
    monkeypatch.setattr(service, "LIST_ARTICLES", 5)
    new = service.load_view(generated)
    assert len(new.price_claims) == 5 and new.cut("latest_targets")
    _assert_same(new, service.load_view(generated, full=True))
    service._MEMO.clear()


def _rows(table: str, ck: str, part: str, rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    return df.assign(company_key=ck, part_key=ck + rt.SEP + part, seq=range(len(df)))


D1, D2, D3 = (pd.Timestamp(f"2025-01-{d:02d}") for d in (9, 10, 11))


def _crafted() -> dict[str, list[pd.DataFrame]]:
    close = {"kind": "close", "currency": "USD", "conflict": True}
    prices = [
        # Alpha: two values on its latest day, equally cited: the latest reported is the close; an older day
        _rows("price_claims", "ALP", "2025-01-09", [close | {"company": "Alpha", "date": D1, "price": 9.0,
                                                             "n_sources": 5, "last_reported": D1}]),
        _rows("price_claims", "ALP", "2025-01-10", [
            close | {"company": "Alpha", "date": D2, "price": 10.0, "n_sources": 3, "last_reported": D2},
            close | {"company": "Alpha", "date": D2, "price": 11.0, "n_sources": 3, "last_reported": D3},
            {"company": "Alpha", "kind": "intraday", "date": D3, "price": 12.0, "currency": "USD", "n_sources": 1,
             "last_reported": D3, "conflict": False},
        ]),
        # Beta: intraday prices only, two values on its last day, the latest one reported without a date
        _rows("price_claims", "BET", "2025-01-11", [
            {"company": "Beta", "kind": "intraday", "date": D3, "price": 20.0, "currency": "EUR", "n_sources": 2,
             "last_reported": None, "conflict": True},
            {"company": "Beta", "kind": "intraday", "date": D3, "price": 21.0, "currency": "EUR", "n_sources": 1,
             "last_reported": D3, "conflict": True},
        ]),
        # Gamma: undated closes only (the last one listed is shown; no close for the consensus)
        _rows("price_claims", "GAM", "", [
            close | {"company": "Gamma", "date": None, "price": 30.0, "n_sources": 1, "last_reported": D1},
            close | {"company": "Gamma", "date": None, "price": 31.0, "n_sources": 1, "last_reported": D2},
        ]),
        # Delta: the most cited value is not the latest reported one
        _rows("price_claims", "DEL", "2025-01-11", [
            close | {"company": "Delta", "date": D3, "price": 40.0, "n_sources": 1, "last_reported": D3},
            close | {"company": "Delta", "date": D3, "price": 41.0, "n_sources": 4, "last_reported": D2},
        ]),
    ]  # fmt: skip
    t = {"rating": "Buy", "rating_class": "buy", "date": D2, "n_sources": 1}
    latest = [
        _rows("latest_targets", "ALP", "a", [t | {"company": "Alpha", "firm": "A", "target": 20.0, "currency": "USD"}]),
        _rows("latest_targets", "ALP", "b", [t | {"company": "Alpha", "firm": "B", "target": 23.0, "currency": "USD",
                                                  "date": D3}]),
        _rows("latest_targets", "ALP", "c", [t | {"company": "Alpha", "firm": "C", "target": None, "currency": None}]),
        _rows("latest_targets", "ALP", "d", [t | {"company": "Alpha", "firm": "D", "target": 2000.0,
                                                  "currency": "GBX"}]),
        # Beta: one EUR and one USD target (tied: the first listed currency counts), no close to compare with
        _rows("latest_targets", "BET", "a", [t | {"company": "Beta", "firm": "A", "target": 25.0, "currency": "EUR"}]),
        _rows("latest_targets", "BET", "b", [t | {"company": "Beta", "firm": "B", "target": 26.0, "currency": "USD"}]),
        # Gamma: targets under two company keys (never pooled)
        _rows("latest_targets", "GAM", "a", [t | {"company": "Gamma", "firm": "A", "target": 35.0, "currency": "USD"}]),
        _rows("latest_targets", "gamma", "b", [t | {"company": "Gamma", "firm": "B", "target": 36.0,
                                                    "currency": "USD"}]),
        # Delta: ratings without targets only
        _rows("latest_targets", "DEL", "a", [t | {"company": "Delta", "firm": "A", "target": None, "currency": None}]),
    ]  # fmt: skip
    lay = {"approximate": False, "n_sources": 1}
    tally = [
        _rows("layoff_tally", "ALP", "", [
            lay | {"company": "Alpha", "row": "round", "low": 100, "high": 200, "first_reported": D1},
            lay | {"company": "Alpha", "row": "round", "low": 50, "high": 50, "first_reported": D2},
            lay | {"company": "Alpha", "row": "round", "low": None, "high": None, "first_reported": D2},
        ]),
        _rows("layoff_tally", "BET", "", [
            lay | {"company": "Beta", "row": "plan", "low": 4000, "high": 4000, "first_reported": D1},
            lay | {"company": "Beta", "row": "plan", "low": 5000, "high": 5000, "first_reported": D2},
        ]),
        _rows("layoff_tally", "GAM", "", [
            lay | {"company": "Gamma", "row": "cumulative", "low": 900, "high": 900, "first_reported": D3,
                   "approximate": True},
            lay | {"company": "Gamma", "row": "cumulative", "low": 700, "high": 700, "first_reported": None},
            lay | {"company": "Gamma", "row": "round", "low": 300, "high": 300, "first_reported": D1},
        ]),
        _rows("layoff_tally", "DEL", "", [
            lay | {"company": "Delta", "row": "filing", "low": 10, "high": 20, "first_reported": D1}]),
    ]  # fmt: skip
    events = [_rows("event_claims", "EPS", "x", [{"company": "Epsilon", "type": "acquisition", "n_sources": 1}])]
    return {"price_claims": prices, "latest_targets": latest, "layoff_tally": tally, "event_claims": events}


def test_tie_breaks_on_crafted_rows(tmp_path):
    store = Store(str(tmp_path / "crafted.duckdb"))
    try:
        with store._write_op() as cur:
            for name, frames in _crafted().items():
                for df in frames:
                    aggregates._insert(cur, f"agg_{name}", df)
        service._MEMO.clear()
        new = service.load_view(store)
        per = summary.per_company(new).set_index("company")
        assert list(per.index) == ["Alpha", "Beta", "Delta", "Epsilon", "Gamma"]
        assert per.loc["Alpha"].to_dict() == {
            "close": "$11.00 (2025-01-10; sources disagree: $10.00 vs $11.00)", "firms": "4",
            "targets": "$21.50 ($20–$23, 2 firms)", "upside": "+95.5%", "layoffs": "2 rounds: 150–250"}  # fmt: skip
        assert per.loc["Beta", "close"] == "20.00 EUR (2025-01-11; sources disagree: 20.00 EUR vs 21.00 EUR)"
        assert per.loc["Beta", "targets"] == "25 EUR (25 EUR, 1 firm)" and per.loc["Beta", "upside"] == ""
        assert per.loc["Beta", "layoffs"] == "plan of 4,000"
        assert per.loc["Gamma", "close"] == "$31.00 (—, 1 source)" and per.loc["Gamma", "targets"] == ""
        assert per.loc["Gamma", "layoffs"] == "≈900 reported total; 1 round"
        assert per.loc["Delta", "close"] == "$40.00 (2025-01-11; sources disagree: $40.00 vs $41.00)"  # latest reported
        assert per.loc["Delta", "targets"] == "" and per.loc["Delta", "firms"] == "1"
        assert summary.consensus_by_company(new)["Delta"]["latest_close"] == 41.0  # the consensus: most cited
        assert (per.loc["Epsilon"] == "").all()
        _assert_same(new, service.load_view(store, full=True))
    finally:
        store.close()
