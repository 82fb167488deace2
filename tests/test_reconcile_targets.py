"""Latest target per firm as of a date, and the consensus with implied upside."""

from __future__ import annotations

import pandas as pd
import pytest

from data_layer.reconcile import annotate, consensus, latest_targets, price_claims


@pytest.fixture
def history(make):
    make.article("a", "2026-01-10T08:00")
    make.article("b", "2026-01-30T08:00")
    make.article("c", "2026-01-31T08:00")
    make.target("a", "RBC", 280, rating="Outperform", rating_class="buy")
    make.target("c", "RBC Capital Markets", 300, rating="Outperform", rating_class="buy", action="maintained")
    make.target("c", "JPMorgan", 305)
    make.target("b", "Roth Capital", 295, previous_target=270, action="raised")
    make.target("a", "Jefferies", None, rating="Buy", rating_class="buy")
    make.price("c", 239.30, "2026-01-30")
    return make


def _latest(make, as_of=None):
    f = make.frames()
    return latest_targets(annotate(f["targets"], f["articles"]), as_of=pd.Timestamp(as_of) if as_of else None)


def test_latest_target_per_firm_with_previous(history):
    latest = _latest(history).set_index("firm_key")
    assert latest.loc["rbc", "target"] == 300 and latest.loc["rbc", "previous_target"] == 280
    assert latest.loc["roth", "target"] == 295 and latest.loc["roth", "previous_target"] == 270
    assert latest.loc["jpmorgan", "target"] == 305
    assert latest.loc["rbc", "firm"] == "RBC Capital Markets"
    assert latest.loc["jefferies", "rating_class"] == "buy" and pd.isna(latest.loc["jefferies", "target"])


def test_latest_target_as_of_an_earlier_date(history):
    latest = _latest(history, "2026-01-15").set_index("firm_key")
    assert latest.loc["rbc", "target"] == 280
    assert "jpmorgan" not in latest.index and "roth" not in latest.index


def test_consensus_and_implied_upside(history):
    f = history.frames()
    pc, _ = price_claims(annotate(f["prices"], f["articles"]))
    c = consensus(_latest(history), pc)
    assert (c["low"], c["high"], c["median"], c["n_firms"]) == (295, 305, 300, 3)
    assert c["mean"] == 300.0
    assert c["latest_close"] == 239.30 and str(c["latest_close_date"]) == "2026-01-30"
    assert c["implied_upside_pct"] == pytest.approx(25.4, abs=0.05)


def test_consensus_without_a_close_has_no_upside(history):
    c = consensus(_latest(history))
    assert c["n_firms"] == 3 and c["latest_close"] is None and c["implied_upside_pct"] is None


def test_target_raised_later_replaces_the_earlier_one(make):
    make.article("a", "2026-01-10T08:00")
    make.article("b", "2026-02-10T08:00")
    make.target("a", "Citi", 120)
    make.target("b", "Citi", 150, action="raised")
    latest = _latest(make).iloc[0]
    assert (latest["target"], latest["previous_target"], latest["action"]) == (150, 120, "raised")


def test_targets_of_several_companies_have_no_consensus():
    import pandas as pd

    from data_layer.reconcile.targets import consensus

    latest = pd.DataFrame({"company": ["Acme", "Globex"], "target": [50.0, 120.0], "currency": ["USD", "USD"]})
    c = consensus(latest)
    assert (c["low"], c["median"], c["n_firms"], c["implied_upside_pct"]) == (None, None, 0, None)
