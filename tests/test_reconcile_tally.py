"""Layoff tally: rounds, the cumulative series, and the unattributed remainder as a range."""

from __future__ import annotations

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
