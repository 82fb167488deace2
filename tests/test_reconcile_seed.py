"""Acceptance on the seed corpus through the real pipeline (ingest -> extract -> store -> reconcile).

These are the spec for the reconciled views; they depend on extractor quality.
"""

from __future__ import annotations

import pytest

from data_layer.service import load_view


@pytest.fixture(scope="module")
def view(seeded_store):
    return load_view(seeded_store, seeded_store.companies()[0] if seeded_store.companies() else None)


def test_seed_company(seeded_store):
    assert seeded_store.companies() == ["Amazon"]


def test_seed_close_conflict_keeps_both_values_and_not_the_intraday_one(view):
    closes = view.price_claims[view.price_claims["kind"] == "close"]
    on_day = closes[closes["date"].dt.strftime("%Y-%m-%d") == "2026-01-30"]
    assert sorted(on_day["price"]) == [239.30, 241.00] and on_day["conflict"].all()
    conflict = view.conflicts[view.conflicts["kind"] == "price"].iloc[0]
    assert "$239.30" in conflict["values"] and "$241.00" in conflict["values"] and "241.73" not in conflict["values"]


def test_seed_target_consensus(view):
    c = view.target_consensus
    assert (c["low"], c["high"], c["n_firms"]) == (295, 305, 3)
    assert c["median"] == 300 and c["latest_close"] in (239.30, 241.00)
    assert c["implied_upside_pct"] is not None and 20 < c["implied_upside_pct"] < 30


def test_seed_layoff_tally(view):
    """The WARN filing (1,001–2,500, late January) is part of the 16,000 round; "could ultimately eliminate
    approximately 14,000 roles" is a plan, not a reported total: neither is added or subtracted (issue 13)."""
    t = view.layoff_tally
    rounds = t[t["row"] == "round"].sort_values("low")
    assert rounds[["low", "high"]].astype(int).values.tolist() == [[16000, 16000]]
    assert rounds["n_sources"].astype(int).tolist() == [4]
    filing = t[t["row"] == "filing"].iloc[0]
    assert (int(filing["low"]), int(filing["high"])) == (1001, 2500)
    assert filing["part_of"] == rounds["claim_id"].iloc[0]
    cum = t[t["row"] == "cumulative"]
    assert cum["low"].astype(int).tolist() == [30000] and cum["when"].tolist() == ["2025"]
    plan = t[t["row"] == "plan"]
    assert plan["low"].astype(int).tolist() == [14000] and plan["figure"].str.startswith("plan").all()
    un = t[t["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (14000, 14000)
    assert "30,000 − 16,000 = 14,000" in view.tally_text
    assert "state WARN filing inside the round of ~16,000" in view.tally_text
    assert "Planned (a programme's stated size, not a reported total; never subtracted): ~14,000" in view.tally_text


def test_seed_openai_investment_moves_from_talks(view):
    es = view.event_status
    openai = es[es["counterparty"].fillna("").str.contains("OpenAI") & es["type"].isin(["investment", "funding_round"])]
    assert len(openai) >= 1
    assert any("talks" in [h["status"] for h in hist] for hist in openai["history"])


def test_seed_kpis(view):
    k = view.kpis
    assert k["n_articles"] == 5 and k["latest_close"]["date"].isoformat() == "2026-01-30"
    assert k["latest_cumulative"]["low"] == 30000 and k["layoff_rounds"] == 1


def test_seed_funding_round_amount_and_valuation_conflicts(view):
    rounds = view.conflicts[view.conflicts["subject"].str.contains("funding round")]
    by_subject = {row["subject"]: row["values"] for _, row in rounds.iterrows()}
    amount = next(v for s, v in by_subject.items() if s.endswith("amount") and "OpenAI" in s)
    valuation = next(v for s, v in by_subject.items() if s.endswith("valuation") and "OpenAI" in s)
    assert "$100 billion" in amount and "$110 billion" in amount
    assert "$830 billion" in valuation and "$730 billion" in valuation
