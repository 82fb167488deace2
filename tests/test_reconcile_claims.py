"""Claims: one fact stated by several articles becomes one claim with all its sources; disagreements are kept."""

from __future__ import annotations

import pytest

from data_layer.reconcile import annotate, firm_key, layoff_claims, price_claims, reconcile, target_claims


def _ann(make, table):
    f = make.frames()
    return annotate(f[table], f["articles"])


@pytest.fixture
def three_articles(make):
    make.article("a", "2026-01-30T17:00:00", source="Wire A")
    make.article("b", "2026-01-31T05:00:00", source="Wire B")
    make.article("c", "2026-02-01T10:00:00", source="Wire C")
    return make


def test_same_close_from_two_articles_is_one_claim_with_both_sources(three_articles):
    m = three_articles
    m.price("a", 239.30, "2026-01-30")
    m.price("b", 239.3, "2026-01-30")
    claims, conflicts = price_claims(_ann(m, "prices"))
    assert len(claims) == 1
    row = claims.iloc[0]
    assert (row["price"], row["n_sources"], row["conflict"]) == (239.30, 2, False)
    assert [s["article_id"] for s in row["sources"]] == ["a", "b"]
    assert {s["source"] for s in row["sources"]} == {"Wire A", "Wire B"}
    assert conflicts == []


def test_different_closes_for_one_day_are_a_conflict_keeping_both_values(three_articles):
    m = three_articles
    m.price("b", 239.30, "2026-01-30", change_pct=-1.01)
    m.price("a", 241.73, "2026-01-30", kind="unspecified")
    m.price("c", 241.00, "2026-01-30")
    claims, conflicts = price_claims(_ann(m, "prices"))
    closes = claims[claims["kind"] == "close"].sort_values("price")
    assert closes["price"].tolist() == [239.30, 241.00]
    assert closes["conflict"].tolist() == [True, True]
    other = claims[claims["kind"] != "close"].iloc[0]
    assert (other["price"], other["conflict"]) == (241.73, False)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["kind"], c["nature"], c["date"], c["n_values"]) == ("price", "disagreement", "2026-01-30", 2)
    assert "$239.30" in c["values"] and "$241.00" in c["values"] and "$241.73" not in c["values"]
    assert {(s["article_id"], s["value"]) for s in c["sources"]} == {("b", "$239.30"), ("c", "$241.00")}


def test_closes_on_different_days_do_not_conflict(three_articles):
    m = three_articles
    m.price("a", 239.30, "2026-01-29")
    m.price("b", 241.00, "2026-01-30")
    claims, conflicts = price_claims(_ann(m, "prices"))
    assert len(claims) == 2 and conflicts == [] and not claims["conflict"].any()


def test_prices_of_different_companies_never_merge(make):
    make.article("a", "2026-01-30T17:00:00", company="Acme")
    make.article("b", "2026-01-30T18:00:00", company="Bolt")
    make.price("a", 10.0, "2026-01-30")
    make.price("b", 12.0, "2026-01-30")
    claims, conflicts = price_claims(_ann(make, "prices"))
    assert len(claims) == 2 and conflicts == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("RBC Capital Markets", "RBC", True),
        ("BofA Securities", "Bank of America", True),
        ("J.P. Morgan", "JPMorgan", True),
        ("Goldman Sachs", "Goldman", True),
        ("Morgan Stanley", "Goldman Sachs", False),
        ("Roth Capital", "Roth Capital Partners", True),
        ("Deutsche Bank", "Bank of America", False),
    ],
)
def test_firm_key(a, b, same):
    assert (firm_key(a) == firm_key(b)) is same


def test_target_claims_merge_firm_spellings_and_keep_rating_only_claims(three_articles):
    m = three_articles
    m.target("a", "RBC Capital Markets", 300, rating="Outperform", rating_class="buy")
    m.target("c", "RBC", 300.0)
    m.target("b", "Jefferies", None, rating="Buy", rating_class="buy", action="maintained")
    claims, conflicts = target_claims(_ann(m, "targets"))
    rbc = claims[claims["firm_key"] == "rbc"].iloc[0]
    assert (rbc["firm"], rbc["target"], rbc["n_sources"], rbc["rating_class"]) == (
        "RBC Capital Markets",
        300.0,
        2,
        "buy",
    )
    jef = claims[claims["firm_key"] == "jefferies"].iloc[0]
    assert jef["target"] != jef["target"] and jef["rating_class"] == "buy"  # NaN target
    assert conflicts == []


def test_two_targets_for_one_firm_on_one_day_conflict_unless_one_is_the_previous(make):
    make.article("a", "2026-01-30T08:00:00")
    make.article("b", "2026-01-30T09:00:00")
    make.article("c", "2026-01-30T10:00:00")
    make.target("a", "Citi", 120)
    make.target("b", "Citi", 135)
    _, conflicts = target_claims(_ann(make, "targets"))
    assert len(conflicts) == 1 and conflicts[0]["nature"] == "disagreement"


def test_a_raise_stated_with_its_previous_target_is_not_a_conflict(make):
    make.article("a", "2026-01-30T08:00:00")
    make.article("b", "2026-01-30T09:00:00")
    make.target("a", "Citi", 120)
    make.target("b", "Citi", 135, previous_target=120, action="raised")
    claims, conflicts = target_claims(_ann(make, "targets"))
    assert conflicts == [] and len(claims) == 2


def test_layoff_rounds_dedup_across_articles_and_never_with_totals(three_articles):
    m = three_articles
    m.layoff("a", 16000)
    m.layoff("b", 16000, approximate=True)
    m.layoff("c", 16000, date="2026-01-01", precision="month")
    m.layoff("a", 30000, kind="cumulative")
    m.layoff("c", 30000, kind="cumulative")
    m.layoff("b", 1001, 2500, date="2026-01-01", precision="month")
    claims, _ = layoff_claims(_ann(m, "layoffs"))
    rounds = claims[claims["kind"] == "round"].sort_values("low")
    assert rounds[["low", "high", "n_sources"]].astype(int).values.tolist() == [[1001, 2500, 1], [16000, 16000, 3]]
    big = rounds.iloc[1]
    assert bool(big["approximate"]) is True  # approximate flag kept
    assert (big["date"].strftime("%Y-%m"), big["date_precision"]) == ("2026-01", "month")  # most precise date kept
    totals = claims[claims["kind"] == "cumulative"]
    assert totals[["low", "n_sources"]].astype(int).values.tolist() == [[30000, 2]]


def test_layoff_rounds_of_equal_size_months_apart_are_two_rounds(make):
    make.article("a", "2025-03-01T08:00:00")
    make.article("b", "2025-11-01T08:00:00")
    make.layoff("a", 5000, date="2025-02-01", precision="month")
    make.layoff("b", 5000, date="2025-10-01", precision="month")
    claims, _ = layoff_claims(_ann(make, "layoffs"))
    assert claims["n_sources"].tolist() == [1, 1]


def test_layoff_sizes_within_tolerance_merge(make):
    make.article("a", "2026-01-30T08:00:00")
    make.article("b", "2026-01-30T09:00:00")
    make.layoff("a", 16000, approximate=True)
    make.layoff("b", 15800)
    claims, _ = layoff_claims(_ann(make, "layoffs"))
    assert len(claims) == 1 and int(claims.iloc[0]["n_sources"]) == 2


def test_reconcile_on_empty_frames_gives_empty_columned_frames():
    from data_layer.records import Records

    rec = reconcile(Records().frames())
    assert rec.price_claims.empty and "n_sources" in rec.price_claims
    assert rec.conflicts.empty and list(rec.conflicts.columns)[:2] == ["kind", "nature"]
    assert rec.target_consensus["n_firms"] == 0 and rec.target_consensus["implied_upside_pct"] is None
    assert rec.tally_text == ""
