"""Layoffs extractor: a table of sentences in many outlets' styles, negatives, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.extract import Doc, extract_article
from data_layer.extract.layoffs import extract
from data_layer.models import Article, Company

PUB = dt.datetime(2025, 3, 5, 9, 0)  # a Wednesday


def _doc(body: str, company: str | None = "Acme Corp", published: dt.datetime | None = PUB) -> Doc:
    companies = (Company(name=company),) if company else ()
    return Doc.of(Article(id="t", title=body.split("\n", 1)[0], body=body, published=published, companies=companies))


def _facts(body: str, company: str | None = "Acme Corp") -> list[tuple]:
    return [(r.low, r.high, r.percent, r.kind.value) for r in extract(_doc(body, company))]


R, C = "round", "cumulative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # wire style
        ("Acme Corp said on Tuesday it would cut 16,000 jobs.", [(16000, 16000, None, R)]),
        (
            "Acme said it would cut approximately 8% of its workforce, or about 1,900 jobs, and close a plant.",
            [(1900, 1900, 8.0, R)],
        ),
        (
            "Acme will lay off about 1,200 employees, or roughly 5% of its staff, the company said.",
            [(1200, 1200, 5.0, R)],
        ),
        ("Acme to cut about 1,900 jobs and shut Arizona plant", [(1900, 1900, None, R)]),
        ("The company laid off 200 staff at its Ohio site last month.", [(200, 200, None, R)]),
        ("Acme plans to shed 1,200 roles in its retail division.", [(1200, 1200, None, R)]),
        ("Acme eliminated roughly 16,000 roles within its corporate divisions.", [(16000, 16000, None, R)]),
        ("Following this week's confirmation of around 16,000 job cuts, shares rose.", [(16000, 16000, None, R)]),
        ("Acme announced 2,000 layoffs on Monday.", [(2000, 2000, None, R)]),
        ("Acme is making 3,500 redundancies across Europe.", [(3500, 3500, None, R)]),
        # UK style
        ("The retailer will axe 3,000 posts as it closes stores.", [(3000, 3000, None, R)]),
        ("As a result, 85 onshore positions will be made redundant.", [(85, 85, None, R)]),
        ("Up to 500 jobs are at risk under the plans.", [(500, 500, None, R)]),
        ("The lender is to slash 1,100 jobs in branch closures.", [(1100, 1100, None, R)]),
        # press release / filing style
        ("This follows a workforce reduction of 16,000 positions.", [(16000, 16000, None, R)]),
        (
            "Filings show a new round of layoffs affecting between 1,001 and 2,500 positions in late January.",
            [(1001, 2500, None, R)],
        ),
        (
            "A second phase, affecting between 350 and 500 roles in its European service organisation, could follow.",
            [(350, 500, None, R)],
        ),
        ("The plan includes a headcount reduction of about 1,200.", [(1200, 1200, None, R)]),
        ("Acme will reduce its workforce by 10%.", [(None, None, 10.0, R)]),
        ("Acme will reduce headcount by 1,500 employees this year.", [(1500, 1500, None, R)]),
        ("Acme will cut 10% of staff.", [(None, None, 10.0, R)]),
        ("The company cut roughly 16K corporate jobs.", [(16000, 16000, None, R)]),
        # running totals
        (
            "Over the past four months, approximately 30,000 roles have been eliminated.",
            [(30000, 30000, None, C)],
        ),
        (
            "Including the latest reductions, the company will have eliminated about 4,600 positions since it "
            "launched its restructuring programme in early 2023.",
            [(4600, 4600, None, C)],
        ),
        (
            "The company cut roughly 16K corporate jobs, bringing total reductions to around 30K.",
            [(16000, 16000, None, R), (30000, 30000, None, C)],
        ),
        ("In total, this overhaul could ultimately eliminate approximately 14,000 roles.", [(14000, 14000, None, C)]),
        ("Acme has cut more than 27,000 jobs since late 2022.", [(27000, 27000, None, C)]),
        ("Acme has laid off 3,000 workers so far this year.", [(3000, 3000, None, C)]),
        # not layoffs
        ("Acme employs 14,600 people across 62 depots.", []),
        ("Acme employed roughly 23,700 people at the end of December.", []),
        ("The company's roughly 350,000 corporate employees will be evaluated.", []),
        ("Acme plans to hire 5,000 workers this year.", []),
        ("Around 900 new jobs are to be created there.", []),
        ("Acme will close 30 stores and cut costs by $500 million.", []),
        ("Barclays cut its target price to 1,150p from 1,300p.", []),
        ("Acme cut its 2025 revenue guidance to $780 million.", []),
        ("Selwyn, which has about 4,100 employees, said it had no plans to cut staff.", []),
        ("The Tempe site has about 640 employees and will close by the end of the third quarter.", []),
        ("Shares fell 2.5% after the company cut its dividend by 50%.", []),
        # a bare year in front of a job noun is a year, not a count
        ("- Retail layoffs: our running tally of 2024 job cuts", []),
        ("Acme's 2023 layoffs were the deepest in its history.", []),
        ("Acme will cut 1900 jobs at the plant.", [(1900, 1900, None, R)]),
        ("Acme plans to shed about 2000 roles in Europe.", [(2000, 2000, None, R)]),
        # a running total stated with a disclosure verb and "since"
        (
            "Including Tuesday's announcement, Acme has now announced about 4,200 job cuts since January.",
            [(4200, 4200, None, C)],
        ),
        # another company's cuts
        ("Rival Cendry Medical said last month it would lay off 1,100 workers.", []),
        ("Acme grew, while Orvik Diagnostics laid off 600 workers in January.", []),
    ],
)
def test_layoff_table(sentence, expected):
    assert _facts(sentence) == expected


def test_details_of_a_record():
    body = (
        "Acme said on Monday it would eliminate approximately 8% of its workforce, or about 1,900 jobs, in late March."
    )
    (r,) = extract(_doc(body))
    assert (r.low, r.high, r.percent, r.approximate, r.basis.value) == (1900, 1900, 8.0, True, "count")
    assert r.date is not None and r.date.iso() == "2025-03"
    assert r.provenance.evidence == body[r.provenance.start : r.provenance.end]
    assert "1,900" in r.provenance.evidence and r.provenance.extractor == "layoffs"


def test_range_and_scope():
    (r,) = extract(_doc("A second phase, affecting between 350 and 500 roles in its European service organisation."))
    assert (r.basis.value, r.scope) == ("range", "European service organisation")
    (r,) = extract(_doc("The company will cut 16,000 corporate jobs."))
    assert r.scope == "corporate"


def test_article_level_consolidation():
    body = (
        "Acme confirms 30,000 job cuts\n"
        "Acme has now cut 30,000 roles over the past four months. This week it announced 16,000 job cuts.\n"
        "Acme to cut about 1,900 jobs\n"
        "Acme will cut approximately 8% of its workforce, or about 1,900 jobs. About 8% of its staff will be laid off."
    )
    recs = extract_article(Article(id="a", title="Acme", body=body, published=PUB)).layoffs
    facts = sorted((r.low, r.high, r.percent, r.kind.value) for r in recs)
    assert facts == [(1900, 1900, 8.0, R), (16000, 16000, None, R), (30000, 30000, None, C)]


@pytest.mark.parametrize(
    ("company", "sentence", "n"),
    [
        ("E.ON", "E.ON said it would cut about 4,600 jobs as part of a broader restructuring.", 4600),
        ("3M", "3M will cut 2,500 manufacturing jobs, the company said.", 2500),
    ],
)
def test_a_name_without_a_three_letter_word_is_still_the_company(company, sentence, n):
    assert _facts(sentence, company=company) == [(n, n, None, R)]


def test_no_company_known_still_extracts():
    assert _facts("The bank will cut 3,000 jobs.", company=None) == [(3000, 3000, None, R)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [" cut ", " 1,900 ", " jobs", " 8%", " of its workforce", ", or about ", " between ", " and ", " roles",
             " layoffs", " Rival X", " since 2023", "in total", " 16K", ".", "\n", " will be made redundant", "$5"]
        ),
        max_size=25,
    ).map("".join)
)  # fmt: skip
def test_never_raises_and_spans_slice_back(body):
    doc = _doc("Acme\n" + body)
    for r in extract(doc):
        p = r.provenance
        assert doc.article.body[p.start : p.end] == p.evidence


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(body):
    extract(_doc(body or "x"))
