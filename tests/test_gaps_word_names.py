"""Companies named by ordinary words of the rules: "Target", "Next", "SES", "Interactive Brokers", "Deutsche Telekom".

The article's own name is never a veto word ("Shares of Target rose 4% to $117.42" is a share price,
"Target's revenue fell 2% to $25.7 billion" a result), and a known broker sharing a word with the company
("Deutsche Bank" on "Deutsche Telekom") is still the broker.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer.extract import Doc, events, layoffs, prices, targets
from data_layer.extract._selfname import mask_own_names, own_names
from data_layer.models import Article, Company

PUB = dt.datetime(2025, 3, 5, 14, 0)

# (company, as written, currency symbol or code)
COMPANIES = [
    ("Target Corp", "Target", "$"),
    ("Next plc", "Next", "£"),
    ("SES S.A.", "SES", "EUR "),
    ("Interactive Brokers Group", "Interactive Brokers", "$"),
    ("Deutsche Telekom", "Deutsche Telekom", "EUR "),
]


def _doc(body: str, company: str) -> Doc:
    return Doc.of(Article(id="t", body=body, published=PUB, companies=(Company(name=company),)))


def _one(module, body: str, company: str) -> dict:
    recs = module.extract(_doc(body, company))
    assert len(recs) == 1, [r.provenance.evidence for r in recs]
    return recs[0].model_dump(mode="json")


# (module, template: {n} name, {c} currency, expected fields)
FACTS = [
    (prices, "{n} shares closed at {c}117.42 on Tuesday, down 3.1%.", {"value": 117.42, "kind": "close"}),
    (prices, "Shares of {n} rose 4% to {c}117.42 in afternoon trading.", {"value": 117.42, "kind": "intraday"}),
    (prices, "{n}'s stock fell 2.5% to {c}98.10 on Wednesday.", {"value": 98.1, "change_pct": -2.5}),
    (events, "{n} said revenue rose 5% to {c}4.8 billion in the fourth quarter.", {"type": "financial_result"}),
    (events, "{n}'s revenue fell 2% to {c}4.8 billion in the fourth quarter.", {"type": "financial_result"}),
    (events, "{n} reported first-quarter revenue of {c}4.5 billion, missing estimates.", {"type": "financial_result"}),
    (events, "{n} raised its annual sales guidance to {c}4.8 billion.", {"type": "guidance"}),
    (events, "{n} cut its full-year profit forecast on Wednesday.", {"type": "guidance"}),
    (events, "{n} agreed to buy Clearbrook Foods for {c}1.2 billion.", {"type": "acquisition"}),
    (targets, "Morgan Stanley upgraded {n} to Overweight with a price target of {c}125.", {"firm": "Morgan Stanley"}),
    (
        targets,
        "Jefferies raised its price target on {n} to {c}130 from {c}120 and kept a Buy rating.",
        {"firm": "Jefferies", "target": 130.0, "rating": "Buy"},
    ),
    (
        targets,
        "{n} was downgraded to Hold by Deutsche Bank, which cut its target to {c}100.",
        {"firm": "Deutsche Bank", "target": 100.0, "rating": "Hold"},
    ),
    (
        targets,
        "Analysts at Barclays reiterated their Overweight rating on {n}, with a {c}148 price target.",
        {"firm": "Barclays", "target": 148.0},
    ),
    (
        targets,
        "Analysts at UBS rate {n} a Buy with a {c}160 target.",
        {"firm": "UBS", "rating": "Buy", "target": 160.0},
    ),
    (layoffs, "{n} will cut 1,800 jobs, the company said.", {"low": 1800}),
]


@pytest.mark.parametrize(("company", "name", "cur"), COMPANIES, ids=[c[1] for c in COMPANIES])
@pytest.mark.parametrize(("module", "template", "expected"), FACTS, ids=[t[:36] for _, t, _ in FACTS])
def test_word_named_company_keeps_its_facts(module, template, expected, company, name, cur):
    got = _one(module, template.format(n=name, c=cur), company)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Deutsche Bank kept its Buy rating on Deutsche Telekom with a target of EUR 38.", ("Deutsche Bank", 38.0)),
        (
            "Analysts at Deutsche Bank raised their target for Deutsche Telekom to EUR 40 from EUR 38.",
            ("Deutsche Bank", 40.0),
        ),
        ("Deutsche Telekom's target price was raised to EUR 40 by Deutsche Bank.", ("Deutsche Bank", 40.0)),
        ("Deutsche Bank Research upgraded Deutsche Telekom to Buy.", ("Deutsche Bank Research", None)),
    ],
)
def test_broker_sharing_a_word_with_the_company(body, expected):
    got = _one(targets, body, "Deutsche Telekom")
    assert (got["firm"], got["target"]) == expected


@pytest.mark.parametrize(
    ("company", "body"),
    [
        ("Deutsche Bank AG", "Deutsche Bank shares fell 3% after JPMorgan cut its price target to EUR 15."),
        ("Goldman Sachs Group", "Goldman Sachs was upgraded to Buy at Citi with a $700 price target."),
        ("UBS Group AG", "UBS had its price target raised by Barclays to CHF 30."),
        ("Jefferies Financial Group", "Jefferies rose after KBW raised its target to $80."),
    ],
)
def test_listed_broker_as_the_company_is_not_its_own_rater(company, body):
    firms = [r.firm for r in targets.extract(_doc(body, company))]
    assert firms and all(w not in f for f in firms for w in company.split()[:1])


@pytest.mark.parametrize(
    ("company", "body", "value"),
    [
        ("Target Corp", "Target shares fell 2% to $150 after Jefferies cut its price target to $170.", 170.0),
        ("Acme Corp", "Acme shares fell 2% to $150 after Jefferies cut its price target to $170.", 170.0),
        ("Next plc", "Next shares rose 3% to 9,800p after Peel Hunt raised its target to 10,500p.", 10500.0),
    ],
)
def test_share_move_before_the_target_is_not_the_target(company, body, value):
    assert _one(targets, body, company)["target"] == value


def test_mask_is_case_sensitive_and_keeps_length():
    names = own_names("Target Corp")
    text = "TARGET CORP said Target's price target was cut."
    out = mask_own_names(text, names)
    assert len(out) == len(text)
    assert "price target" in out and "Target" not in out and "TARGET" not in out


# --------------------------------------------------------------------------- former gaps (tests/test_gaps_guidance.py)

GAPS = [
    # "beat targets" / "were expected to": the expectation word belongs to a comparison, the figure is reported
    (events, "Target Corp", "Target's profit beat targets, rising 10% to $1.1 billion.", {"type": "financial_result"}),
    # a passive expectation of the company ("were expected to rise", "Next said") is guidance
    (
        events,
        "Next plc",
        "Next said sales for the next six months were expected to rise 3.5% to £2.5 billion.",
        {"type": "guidance"},
    ),
    # a pre-announced full year ("expects to report full-year ... for the year to January") is a result
    (
        events,
        "Next plc",
        "Next expects to report full-year pretax profit of £1.05 billion for the year to January.",
        {"type": "financial_result"},
    ),
    # "next week" is a week: a week-precision earnings date
    (events, "Next plc", "Next will report its first-half results next week.", {"type": "earnings_date"}),
]


@pytest.mark.parametrize(("module", "company", "body", "expected"), GAPS, ids=[g[2][:40] for g in GAPS])
def test_known_gaps(module, company, body, expected):
    got = _one(module, body, company)
    assert {k: got[k] for k in expected} == expected
