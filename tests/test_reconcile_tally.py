"""Layoff tally: rounds, the cumulative series, and the unattributed remainder as a range."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.reconcile import annotate, layoff_claims, layoff_tally


def _tally(make):
    f = make.frames()
    claims, _ = layoff_claims(annotate(f["layoffs"], f["articles"]))
    return layoff_tally(claims)


def _seed_like(make):
    for aid, pub in [("a", "2026-01-30T17:00"), ("b", "2026-01-31T05:00"), ("c", "2026-02-01T10:00"),
                     ("d", None), ("e", "2026-01-12T09:00")]:  # fmt: skip
        make.article(aid, pub)
    for aid in "abcd":
        make.layoff(aid, 16000, approximate=aid == "b")
    make.layoff("a", 30000, kind="cumulative")
    make.layoff("d", 30000, kind="cumulative")
    make.layoff("e", 1001, 2500, date="2026-01-01", precision="month")
    make.layoff("e", 14000, kind="cumulative", approximate=True)
    return make


def test_unattributed_remainder_keeps_ranges_as_ranges(make):
    tally, text = _tally(_seed_like(make))
    un = tally[tally["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (11500, 12999)
    assert "11,500–12,999" in text and "30,000 − (" in text
    assert "Earlier or unattributed cuts" in un["text"]


def test_rounds_are_deduplicated_and_carry_a_running_sum(make):
    tally, _ = _tally(_seed_like(make))
    rounds = tally[tally["row"] == "round"]
    assert sorted(zip(rounds["low"].astype(int), rounds["n_sources"].astype(int), strict=True)) == [
        (1001, 1),
        (16000, 4),
    ]
    assert (int(rounds["running_low"].iloc[-1]), int(rounds["running_high"].iloc[-1])) == (17001, 18500)


def test_cumulative_series_over_report_dates_is_never_added_to_rounds(make):
    tally, text = _tally(_seed_like(make))
    cum = tally[tally["row"] == "cumulative"].sort_values("first_reported")
    assert cum["low"].astype(int).tolist() == [14000, 30000]
    assert [d.date().isoformat() for d in cum["first_reported"]] == ["2026-01-12", "2026-01-30"]
    assert cum["approximate"].tolist() == [True, False]
    assert "46,000" not in text and "60,000" not in text


def test_rounds_only_sum_up_without_inventing_a_total(make):
    make.article("a", "2026-01-30T17:00")
    make.layoff("a", 500)
    make.layoff("a", 1200, date="2025-06-01", precision="month")
    tally, text = _tally(make)
    assert set(tally["row"]) == {"round"}
    assert "1,700" in text and "No cumulative total" in text


def test_rounds_exceeding_the_total_give_no_negative_remainder(make):
    make.article("a", "2026-01-30T17:00")
    make.layoff("a", 5000)
    make.layoff("a", 3000, kind="cumulative")
    tally, text = _tally(make)
    assert "unattributed" not in set(tally["row"])
    assert "exceed" in text


def test_empty_tally():
    import pandas as pd

    from data_layer.reconcile import layoff_tally
    from data_layer.reconcile.claims import LAYOFF_CLAIM_COLUMNS

    tally, text = layoff_tally(pd.DataFrame(columns=LAYOFF_CLAIM_COLUMNS))
    assert tally.empty and "row" in tally and text == ""


sizes = st.tuples(st.integers(1, 50_000), st.integers(0, 5_000))


@settings(max_examples=40, deadline=None)
@given(rounds=st.lists(sizes, max_size=5), total=st.integers(1, 100_000))
def test_remainder_is_an_ordered_non_negative_range(rounds, total):
    from tests.conftest import RecordFactory

    make = RecordFactory()
    make.article("a", "2026-01-30T17:00")
    for i, (low, extra) in enumerate(rounds):
        make.layoff("a", low, low + extra, date=f"20{10 + i}-01-01", precision="year")
    make.layoff("a", total, kind="cumulative")
    tally, _ = _tally(make)
    un = tally[tally["row"] == "unattributed"]
    for _, r in un.iterrows():
        assert 0 <= int(r["low"]) <= int(r["high"]) <= total


# --------------------------------------------------------------------------- plans, WARN filings, year-only dates


def _said(make, article_id, sentence, evidence, low, high=None, kind="round", date=None, precision="day", **kw):
    """A layoff figure read from ``sentence`` (the tally looks at the words around the figure)."""
    from data_layer.models import LayoffFigure, Provenance

    at = sentence.index(evidence)
    prov = Provenance(article_id=article_id, start=at, end=at + len(evidence), evidence=evidence, sentence=sentence,
                      extractor="test")  # fmt: skip
    make.records.add(LayoffFigure(provenance=prov, low=low, high=high if high is not None else low, kind=kind,
                                  date=make._date(date, precision), **(make._company(article_id) | kw)))  # fmt: skip


def _plan_and_filing(make):
    make.article("e", "2026-01-12T09:00", company="Brightwell")
    make.article("f", "2026-01-30T17:00", company="Brightwell")
    _said(
        make,
        "e",
        "State WARN notices show between 1,001 and 2,500 positions will go in late January.",
        "between 1,001 and 2,500 positions",
        1001,
        2500,
        date="2026-01-01",
        precision="month",
    )
    _said(
        make,
        "e",
        "In total, the overhaul could ultimately eliminate approximately 14,000 roles.",
        "approximately 14,000 roles",
        14000,
        kind="cumulative",
        approximate=True,
    )
    _said(
        make,
        "f",
        "Brightwell confirmed it is cutting 16,000 corporate jobs this week.",
        "16,000 corporate jobs",
        16000,
        date="2026-01-26",
        precision="week",
    )
    _said(
        make,
        "f",
        "It has now cut about 30,000 roles since October.",
        "about 30,000 roles",
        30000,
        kind="cumulative",
        approximate=True,
    )
    return make


def test_a_plan_is_not_a_reported_total_and_is_never_subtracted(make):
    tally, text = _tally(_plan_and_filing(make))
    assert tally.loc[tally["row"] == "cumulative", "low"].astype(int).tolist() == [30000]
    plan = tally[tally["row"] == "plan"].iloc[0]
    assert int(plan["low"]) == 14000 and plan["label"] == "Plan (not a reported total)"
    un = tally[tally["row"] == "unattributed"].iloc[0]
    assert (int(un["low"]), int(un["high"])) == (14000, 14000)  # 30,000 − 16,000, the plan left alone
    assert "30,000 − 16,000 = 14,000" in text
    assert "not a reported total; never subtracted): ~14,000" in text
    assert "Earlier reported totals" not in text


def test_a_warn_filing_inside_a_round_is_counted_in_that_round(make):
    tally, text = _tally(_plan_and_filing(make))
    rounds, filing = tally[tally["row"] == "round"], tally[tally["row"] == "filing"]
    assert rounds["low"].astype(int).tolist() == [16000]
    assert (int(rounds["running_high"].iloc[-1])) == 16000  # not 18,500
    assert filing["part_of"].tolist() == rounds["claim_id"].tolist()
    assert filing["figure"].tolist() == ["WARN filing (inside a round)"]
    assert "1,001–2,500 (Jan 2026, 1 source) is a state WARN filing inside the round of 16,000" in text
    assert "17,001" not in text and "18,500" not in text


def test_a_warn_filing_with_no_round_of_its_own_is_a_round(make):
    make.article("e", "2026-01-12T09:00")
    _said(make, "e", "Filings under the WARN Act cover 180 workers at the Ohio plant.", "180 workers", 180)
    tally, text = _tally(make)
    r = tally[tally["row"] == "round"].iloc[0]
    assert int(r["low"]) == 180 and r["label"].startswith("Round (State WARN filing)")
    assert r["figure"] == "WARN filing (counted as a round)"
    assert "known rounds 180" in text


def test_a_filing_far_from_a_round_in_time_is_not_inside_it(make):
    make.article("e", "2025-03-12T09:00")
    make.article("f", "2026-01-30T17:00")
    _said(make, "e", "WARN notices list 300 jobs.", "300 jobs", 300, date="2025-03-01", precision="month")
    _said(make, "f", "The company is cutting 2,000 jobs.", "2,000 jobs", 2000, date="2026-01-28")
    tally, _ = _tally(make)
    assert sorted(tally.loc[tally["row"] == "round", "low"].astype(int)) == [300, 2000]
    assert (tally["row"] == "filing").sum() == 0


def test_a_year_only_figure_keeps_year_precision(make):
    make.article("a", "2026-03-05T16:00")
    _said(
        make, "a", "The company cut a total of 900 jobs in 2025.", "900 jobs", 900, date="2025-01-01", precision="year"
    )
    tally, text = _tally(make)
    r = tally[tally["row"] == "round"].iloc[0]
    assert r["when"] == "2025" and r["label"] == "Round (2025)" and r["date_precision"] == "year"
    assert "900 (2025, 1 source)" in text and "2025-01-01" not in text and "1 Jan 2025" not in text


@pytest.mark.parametrize(
    ("sentence", "evidence", "plan"),
    [
        ("In total, the overhaul could ultimately eliminate approximately 14,000 roles.", "approximately 14,000 roles", True),
        ("It plans to cut up to 4,000 jobs by the end of 2027.", "up to 4,000 jobs", True),
        ("Under the plan, which aims to remove 5,000 positions, stores will close.", "5,000 positions", True),
        ("It has eliminated about 30,000 roles since October.", "about 30,000 roles", False),
        ("Cuts now total 12,000 jobs, the company said.", "12,000 jobs", False),
    ],
)  # fmt: skip
def test_plan_wording(make, sentence, evidence, plan):
    make.article("a", "2026-01-30T17:00")
    _said(make, "a", sentence, evidence, int("".join(ch for ch in evidence if ch.isdigit())), kind="cumulative")
    tally, _ = _tally(make)
    assert tally["row"].tolist()[0] == ("plan" if plan else "cumulative")
