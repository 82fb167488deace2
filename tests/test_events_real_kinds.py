"""Corporate events in the phrasings of real outlets (US, UK, euro area, India, Japan, Australia, Canada).

One table per kind of phrasing, written for this project (companies are fictional): what must be found,
what is somebody else's action and so not the article company's event, and the known gaps
(``xfail(strict=True)``: they must keep failing until fixed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer.extract._doc import Doc
from data_layer.extract.events import extract
from data_layer.models import Article, Company, Event

PUB = dt.datetime(2025, 6, 12, 8, 0)
CO = "Harrowgate Systems"


def run(body: str, company: str | None = CO, published: dt.datetime | None = PUB) -> list[Event]:
    companies = (Company(name=company),) if company else ()
    return extract(Doc.of(Article(id="t", body=body, published=published, companies=companies)))


def kinds(body: str, **kw) -> list[tuple[str, float | None]]:
    return [(e.type.value, e.amount_usd) for e in run(body, **kw)]


def check(body: str, expected: dict, **kw) -> None:
    events = [e for e in run(body, **kw) if e.type.value == expected["type"]]
    assert len(events) == 1, [(e.type.value, e.provenance.evidence) for e in run(body, **kw)]
    got = events[0]
    for key, want in expected.items():
        value = getattr(got, key)
        value = value.value if hasattr(value, "value") else value
        if key == "date":
            value = got.date.iso() if got.date else None
        if isinstance(want, float) and value is not None:
            assert value == pytest.approx(want, rel=0.01), key
        else:
            assert value == want, key


# --------------------------------------------------------------------------- results in any currency

RESULTS = [
    # Indian outlets: a change noun before the metric, crore and lakh amounts
    "Harrowgate Systems on Tuesday reported a 31.5 per cent rise in its net profit to Rs 418.2 crore for the quarter "
    "ended March 31.",
    "The company posted a 12% drop in its consolidated net profit at Rs 96 crore in Q4FY25.",
    "Operating profit for the quarter went up 22% to Rs 2,310 crore against Rs 1,893 crore a year ago.",
    # Japanese results: a period phrase with commas and digits between the metric and the verb
    "Consolidated revenue for the fiscal year ended March 31, 2025, increased by 6.1% to 842.3 billion yen.",
    "Operating profit for the April-June period rose 14% to ¥61.8 billion.",
    # UK and euro area
    "Full-year profits jumped 18 per cent to £412million, the housebuilder said.",
    "In the second quarter operating profit slipped while a 9% increase in revenue to €5.6 billion beat forecasts.",
    # Canadian outlets write hyphenated multipliers
    "Harrowgate Systems (HRW-T) reported third-quarter sales of $1.27-billion, up from $1.02-billion a year ago.",
    # no figure at all
    "The company reported a 5% drop in global same-store sales in its most recent quarter.",
    "Shares climbed after stronger-than-expected first-half results.",
    "Harrowgate reported higher revenue in its latest quarter but lower operating profit.",
    # Australian: the metric qualified "after tax"
    "It reported full-year net profit after tax of A$212.4 million compared to a loss a year earlier.",
    # the metric after the amount, with a verb of reporting after it
    "That compares with the 2.04 trillion yen profit posted in the year just ended.",
]


@pytest.mark.parametrize("body", RESULTS)
def test_results_in_any_currency(body):
    assert [k for k, _ in kinds(body)].count("financial_result") == 1


def test_result_amount_in_dollars_only_when_dollars():
    (e,) = [e for e in run(RESULTS[7]) if e.type.value == "financial_result"]
    assert e.amount_usd is None  # a Toronto ticker ("HRW-T"): the bare "$" is the Canadian dollar
    (e,) = [e for e in run(RESULTS[7].replace(" (HRW-T)", "")) if e.type.value == "financial_result"]
    assert e.amount_usd == pytest.approx(1.27e9)
    (e,) = [e for e in run(RESULTS[0]) if e.type.value == "financial_result"]
    assert e.amount_usd is None and e.amount_text == "Rs 418.2 crore"


def test_merged_result_keeps_its_own_figure():
    body = (
        "Harrowgate said pre-tax profit was 310 million pounds ($392 million) for the half. "
        "Group revenue in the period rose 2.1% to GBP14.6 billion."
    )
    (e,) = [e for e in run(body) if e.type.value == "financial_result"]
    assert e.amount_usd in (None, pytest.approx(392e6))
    assert not (e.amount_text == "GBP14.6 billion" and e.amount_usd is not None)


NOT_RESULTS = [
    "Analysts expect higher revenue in the coming quarter.",
    "A poll of analysts had forecast a net profit of Rs 520 crore.",
    "Rival Pemberton Foods reported a 7% drop in same-store sales, Pemberton Foods said.",
    # on course to: a projection, not a result
    "In August, the company said it was on course to deliver a net profit of 1.9 trillion yen this fiscal year.",
    # a prior-period comparison in an earnings preview
    "In the same quarter last year, Harrowgate reported earnings per share of $0.88 on sales of $1.41 billion.",
]


def test_a_guide_is_no_guidance():
    body = "Harrowgate (NYSE: HRW) reports Thursday, Feb. 6. Here is our everything-you-need guide for the Q4 earnings."
    assert "guidance" not in [k for k, _ in kinds(body)]


def test_litigation_as_a_cause_of_costs_is_no_lawsuit():
    body = (
        "Annual profit dropped 40 per cent to $12.1m as it faced rising costs from the long-running patent litigation."
    )
    assert [k for k, _ in kinds(body)] == ["financial_result"]


@pytest.mark.parametrize("body", NOT_RESULTS)
def test_not_a_result_of_the_company(body):
    assert "financial_result" not in [k for k, _ in kinds(body)]


# --------------------------------------------------------------------------- acquisitions

ACQUISITIONS = [
    (
        "Harrowgate signed a definitive merger agreement with Dunmore Media Corp. to acquire all the outstanding "
        "shares of Dunmore for $11.40 per share in cash. Including the assumption of debt, the deal is worth about "
        "$1.8 billion.",
        {"type": "acquisition", "amount_usd": 1.8e9, "counterparty": "Dunmore"},
    ),
    (
        "Kestrel Optics on Thursday agreed to Harrowgate's increased offer of $3.1 billion.",
        {"type": "acquisition", "amount_usd": 3.1e9},
    ),
    (
        "The developer said it has accepted a takeover offer from Brindle Capital Partners.",
        {"type": "acquisition", "counterparty": "Brindle Capital Partners"},
    ),
    (
        "Harrowgate agreed to acquire Lumo Analytics for $310 million in cash. "
        "The acquisition is expected to close in the third quarter.",
        # (the closing's quarter is no date of the deal: the lead's news takes the story's day)
        {"type": "acquisition", "amount_usd": 310e6, "date": "2025-06-12"},
    ),
    (
        "The ASX-listed group agreed to acquire Tarn Lotteries for an enterprise value of A$96.5 million.",
        {"type": "acquisition", "amount_usd": None, "amount_text": "A$96.5 million"},
    ),
]


def test_closing_expected_alone_is_no_deal():
    assert kinds("The transaction is expected to close in the third quarter.") == []


@pytest.mark.parametrize(("body", "expected"), ACQUISITIONS)
def test_acquisition_amounts(body, expected):
    check(body, expected)


NOT_ACQUISITIONS = [
    "Since Jane Morrow took over as CEO in March 2023, when the company was valued at less than £6 billion, "
    "profits have tripled.",
    "He took over from Alan Pike as chief executive last year.",
]


@pytest.mark.parametrize("body", NOT_ACQUISITIONS)
def test_words_are_not_a_takeover(body):
    assert "acquisition" not in [k for k, _ in kinds(body)]


# --------------------------------------------------------------------------- executives

EXECUTIVES = [
    "The company also said that Ruth Calder has resigned from her positions as Chief Executive Officer and board "
    "director effective immediately.",
    "Vice President of Battery Engineering Tomas Ferrand announced his decision to leave the company after 12 years.",
    "Priya Nair, senior director of global partnerships, wrote on LinkedIn about her departure after six years.",
    "Harrowgate boss Colin Shaw has quit with immediate effect.",
    "Harrowgate said chief executive Mark Ellery will step down next summer.",
    'Harrowgate\'s current CEO, Peter J. Loman, will "be leaving the company to pursue other interests."',
    # Indian filings: the board approves an appointment
    "The board at its meeting approved the appointment of Anil Varma as executive director with effect from May 21.",
]


@pytest.mark.parametrize("body", EXECUTIVES)
def test_executive_departures(body):
    assert [k for k, _ in kinds(body)].count("executive_change") == 1


def test_two_departures_are_two_events():
    body = (
        "On Monday, two senior Harrowgate executives declared their departure on social media. "
        "Senior Vice President of Cloud Operations Dana Whitlow announced her decision to leave the company. "
        "Omar Haddad, senior global director of public policy, wrote on X about his departure after eight years."
    )
    people = sorted(e.counterparty or "" for e in run(body) if e.type.value == "executive_change")
    assert people == ["Dana Whitlow", "Omar Haddad"]


# --------------------------------------------------------------------------- funding, partnerships, policy

DEALS = [
    (
        "In 2021, it had raised $275 million in a series D funding round that reportedly valued it at $5 billion.",
        {"type": "funding_round", "amount_usd": 275e6, "date": "2021"},
    ),
    (
        "The start-up has secured $180m from Brightwater Ventures through a private placement.",
        {"type": "funding_round", "amount_usd": 180e6},
    ),
    (
        "- A $2 billion partnership with Valtoro to build AI data centres in Spain.",
        {"type": "partnership", "amount_usd": 2e9, "counterparty": "Valtoro"},
    ),
    (
        "Harrowgate said it partnered with Ormond Pharma to develop heart drugs, a deal valued at as much as "
        "$740 million.",
        {"type": "partnership", "amount_usd": 740e6},
    ),
    (
        "Harrowgate ended a joint venture with Ostrava Motors in April.",
        {"type": "partnership_end", "counterparty": "Ostrava Motors"},
    ),
    (
        "The chief executive directed vice presidents to work in-person at least four days per week in Denver.",
        {"type": "policy"},
    ),
    ("Last week, the company said it was ending its diversity programs.", {"type": "policy"}),
    ("Harrowgate announced Food and Drug Administration (FDA) approval of Corvexa.", {"type": "regulation"}),
    (
        "Harrowgate and Verdant Energy signed a memorandum of understanding to develop hydrogen projects.",
        {"type": "partnership"},
    ),
    (
        "Harrowgate said it would buy a 26% stake in Polar Fresh for $120 million.",
        {"type": "investment", "amount_usd": 120e6, "counterparty": "Polar Fresh"},
    ),
]


@pytest.mark.parametrize(("body", "expected"), DEALS)
def test_deals_and_policies(body, expected):
    check(body, expected)


def test_secured_money_alone_is_no_round():
    assert "funding_round" not in [k for k, _ in kinds("Harrowgate secured $500 million in new contracts.")]


# --------------------------------------------------------------------------- whose action it is

SOMEBODY_ELSE = [
    # a market total, not the company's round
    "AI startups raised $21.4 billion in venture funding in the quarter, according to data from PitchBook.",
    # a government's initiative
    "The White House has been forging partnerships with AI companies and has launched several initiatives.",
    # a government's closure
    "Federal Govt decides to shut down utility stores from July 10",
    # another named company's launch in the company's story
    "Harrowgate shares rose 3% on news that Kestrel Optics (KSO) plans to start selling a new sensor in China.",
    # the company's rival, named with the company's possessive
    "Harrowgate's rival Dunmore Retail said it would close 30 stores.",
    # people released, not a product
    "Employees being released will receive five months of pay and health insurance.",
]


@pytest.mark.parametrize("body", SOMEBODY_ELSE)
def test_somebody_elses_action(body):
    assert kinds(body) == []


def test_the_deal_stays_when_the_company_is_named():
    body = "Kestrel Optics agreed to buy Harrowgate Systems for $2.4 billion."
    assert kinds(body) == [("acquisition", 2.4e9)]


# --------------------------------------------------------------------------- known gaps

GAPS = [
    # the metric after the amount, with no metric before it
    "Harrowgate said it saw a 58% jump to 71.2 billion yen in net profit.",
    # a figure-less result phrased as the period's performance
    "It was a record first half for the group, with every division growing.",
]


@pytest.mark.xfail(strict=True, reason="known gap: results phrased around the amount")
@pytest.mark.parametrize("body", GAPS)
def test_known_result_gaps(body):
    assert [k for k, _ in kinds(body)].count("financial_result") == 1


@pytest.mark.xfail(strict=True, reason="known gap: the appointee after 'named current chairman, X, as CEO'")
def test_known_gap_appointee_after_title():
    body = "The board has named current chairman, Martin Okoye, as chief executive officer, effective July 1."
    (e,) = run(body)
    assert e.counterparty == "Martin Okoye"
