"""Events over time: status history and amounts that changed between reports."""

from __future__ import annotations

import pytest

from data_layer.reconcile import annotate, event_claims


@pytest.fixture
def deal(make):
    for aid, pub in [("a", "2026-01-30T17:00"), ("b", "2026-01-31T05:00"), ("c", "2026-02-01T10:00"),
                     ("d", "2026-02-03T09:00")]:  # fmt: skip
        make.article(aid, pub)
    return make


def _run(make):
    f = make.frames()
    return event_claims(annotate(f["events"], f["articles"]))


def test_talks_then_announced_is_one_event_with_a_status_history(deal):
    for aid in "abc":
        deal.event(aid, "investment", 50e9, "talks", "OpenAI")
    deal.event("d", "investment", 50e9, "announced", "OpenAI Inc.")
    claims, status, conflicts = _run(deal)
    assert len(status) == 1
    ev = status.iloc[0]
    assert ev["status"] == "announced" and int(ev["n_sources"]) == 4
    assert [h["status"] for h in ev["history"]] == ["talks", "announced"]
    assert [h["first_reported"].date().isoformat() for h in ev["history"]] == ["2026-01-30", "2026-02-03"]
    assert ev["history_text"].startswith("talks (30 Jan 2026 – 1 Feb 2026, 3 sources) → announced")
    assert sorted(claims["n_sources"].astype(int)) == [1, 3]
    assert conflicts == [] and not ev["amount_changed"]


def test_amount_changed_between_earlier_and_later_reports(deal):
    deal.event("a", "funding_round", 100e9, "talks", "OpenAI")
    deal.event("b", "funding_round", 100e9, "talks", "OpenAI")
    deal.event("d", "funding_round", 110e9, "announced", "OpenAI")
    claims, status, conflicts = _run(deal)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["kind"], c["nature"], c["date"]) == ("event", "changed", "2026-02-03")
    assert c["values"].index("$100 billion") < c["values"].index("$110 billion")
    assert status.iloc[0]["amount_changed"]
    assert [a["amount_usd"] for a in status.iloc[0]["amounts"]] == [100e9, 110e9]
    assert claims["conflict"].all()


def test_amounts_of_different_magnitude_are_different_figures_not_a_change(deal):
    deal.event("a", "funding_round", 100e9, "talks", "OpenAI")
    deal.event("d", "funding_round", 830e9, "talks", "OpenAI")
    _, _, conflicts = _run(deal)
    assert conflicts == []


def test_same_day_different_amounts_are_a_disagreement(deal):
    deal.event("a", "acquisition", 1.2e9, "announced", "Target Co")
    deal.event("b", "acquisition", 1.5e9, "announced", "Target Co")
    deal.records.articles[1] = deal.records.articles[1].model_copy(
        update={"published": deal.records.articles[0].published}
    )
    _, _, conflicts = _run(deal)
    assert [c["nature"] for c in conflicts] == ["disagreement"]


def test_events_months_apart_or_with_other_partners_are_separate(make):
    make.article("a", "2025-01-10T08:00")
    make.article("b", "2025-09-10T08:00")
    make.event("a", "partnership", None, "announced", "Saks")
    make.event("b", "partnership", None, "announced", "Saks")
    make.event("b", "partnership", None, "announced", "Nvidia")
    _, status, _ = _run(make)
    assert len(status) == 3


def test_earnings_date_kept_at_its_precision(make):
    make.article("a", "2026-01-31T08:00")
    make.event("a", "earnings_date", None, None, None, "2026-02-05")
    claims, status, _ = _run(make)
    assert claims.iloc[0]["date"] == "2026-02-05" and status.iloc[0]["status"] is None


def test_valuation_changed_between_reports_is_a_conflict(deal):
    deal.event("b", "funding_round", None, "talks", "OpenAI", valuation_usd=830e9)
    deal.event("d", "funding_round", 110e9, "announced", "OpenAI", valuation_usd=730e9)
    _, status, conflicts = _run(deal)
    (c,) = [c for c in conflicts if c["subject"].endswith("valuation")]
    assert (c["nature"], c["date"]) == ("changed", "2026-02-03")
    assert c["values"].index("$830 billion") < c["values"].index("$730 billion")
    assert len(status) == 1


def test_a_stated_date_wins_over_an_article_day(deal):
    """One event, dated by one text ("on Thursday") and only by the article's day in two others: the claim keeps the
    stated date, though an article's day comes first."""
    deal.event("b", "acquisition", None, "announced", "Kestrel", "2026-01-31", date_basis="published")
    deal.event("c", "acquisition", None, "announced", "Kestrel", "2026-01-29", date_basis="stated")
    deal.event("d", "acquisition", None, "announced", "Kestrel", "2026-02-03", date_basis="published")
    claims, _, _ = _run(deal)
    (c,) = claims.to_dict("records")
    assert (c["date"], c["date_basis"]) == ("2026-01-29", "stated")


def test_an_event_only_articles_date_takes_the_first_report(deal):
    deal.event("d", "closure", None, None, None, "2026-02-03", date_basis="published")
    deal.event("b", "closure", None, None, None, "2026-01-31", date_basis="published")
    claims, _, _ = _run(deal)
    (c,) = claims.to_dict("records")
    assert (c["date"], c["date_basis"]) == ("2026-01-31", "published")
