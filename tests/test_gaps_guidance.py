"""Guidance and financial results as outlets phrase them beyond "raised its forecast" and "revenue rose to $X".

- operating volumes a company guides to ("guided to deliveries of 46,000 to 51,000 vehicles") are guidance;
- a result stated after the expectation it beat or missed ("profit beat targets, rising 10% to $1.1 billion");
- a company's expectation in the passive ("sales ... were expected to rise 3.5% to £2.5 billion, Next said");
- a pre-close statement ("expects to report full-year profit of £1.05bn for the year to January") is the result
  of a period that has ended, and guidance for one that has not;
- results "next week" or "later this week" get a week-precision date.

Analysts', economists' and polls' expectations, consensus figures and other companies' outlooks are never
company guidance.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer.extract import Doc, events
from data_layer.models import Article, Company

PUB = dt.datetime(2025, 3, 5, 14, 0)  # a Wednesday


def _events(body: str, company: str = "Acme Corp", published: dt.datetime | None = PUB) -> list[dict]:
    doc = Doc.of(Article(id="t", body=body, published=published, companies=(Company(name=company),)))
    return [e.model_dump(mode="json") for e in events.extract(doc)]


def _types(body: str, company: str = "Acme Corp") -> list[str]:
    return [e["type"] for e in _events(body, company)]


# --------------------------------------------------------------------------- volume guidance

VOLUME_GUIDANCE = [
    ("For 2025, management guided to deliveries of 46,000 to 51,000 vehicles.", "46,000 to 51,000 vehicles"),
    ("The company expects to deliver between 46,000 and 51,000 vehicles this year.", "46,000 and 51,000 vehicles"),
    (
        "Acme forecast shipments of 1.2 million to 1.4 million units for fiscal 2025.",
        "1.2 million to 1.4 million units",
    ),
    ("The airline expects to carry 200 million passengers in 2025.", "200 million passengers"),
    ("It sees 2025 production of 2.1 million to 2.2 million barrels per day.", "2.1 million to 2.2 million barrels"),
    ("The retailer expects to open 150 new stores in fiscal 2025.", "150 new stores"),
    ("Management targets subscriber additions of 5 million for the year.", "5 million"),
]


@pytest.mark.parametrize(("body", "amount_text"), VOLUME_GUIDANCE, ids=[b[:40] for b, _ in VOLUME_GUIDANCE])
def test_volume_guidance(body, amount_text):
    (got,) = _events(body)
    assert (got["type"], got["amount_text"], got["amount_usd"]) == ("guidance", amount_text, None)


NOT_VOLUME_GUIDANCE = [
    "Analysts expect deliveries of about 50,000 vehicles in 2025.",
    "Wall Street forecasts shipments of 1.3 million units this year.",
    "Economists forecast production of 2.1 million barrels per day.",
    "Deliveries rose 10% to 51,600 vehicles in 2024.",
    "It delivered 51,600 vehicles last year.",
    "Meanwhile rival Lucid expects to deliver 20,000 vehicles this year.",
    "OPEC expects output of 1.5 million barrels per day next year.",
]


@pytest.mark.parametrize("body", NOT_VOLUME_GUIDANCE, ids=[b[:40] for b in NOT_VOLUME_GUIDANCE])
def test_not_volume_guidance(body):
    assert "guidance" not in _types(body, "Rivian Automotive")


# --------------------------------------------------------------------------- a result after the expectation it beat

BEAT_THEN_MOVE = [
    ("Target Corp", "Target's profit beat targets, rising 10% to $1.1 billion.", 1.1e9),
    ("Acme Corp", "Revenue topped analysts' estimates, climbing 8% to $4.2 billion.", 4.2e9),
    ("Acme Corp", "Quarterly sales missed expectations, falling 3% to $2.9 billion.", 2.9e9),
    ("Acme Corp", "Net income beat forecasts and rose 12% to $640 million.", 640e6),
    ("Acme Corp", "Adjusted operating profit came in ahead of consensus, increasing 5% to $1.3 billion.", 1.3e9),
]


@pytest.mark.parametrize(("company", "body", "usd"), BEAT_THEN_MOVE, ids=[b[:40] for _, b, _ in BEAT_THEN_MOVE])
def test_result_after_a_beaten_expectation(company, body, usd):
    (got,) = _events(body, company)
    assert (got["type"], got["amount_usd"]) == ("financial_result", usd)


NOT_RESULTS = [
    "Analysts expect profit to beat targets, rising 10% to $1.1 billion.",
    "Revenue is expected to beat estimates, rising to $4.2 billion.",
    "Revenue beat estimates of $4.0 billion.",
    "Sales missed the consensus forecast of $2.95 billion.",
]


@pytest.mark.parametrize("body", NOT_RESULTS, ids=[b[:40] for b in NOT_RESULTS])
def test_an_expected_figure_is_no_result(body):
    assert "financial_result" not in _types(body)


# --------------------------------------------------------------------------- the company's expectation, passive

PASSIVE_GUIDANCE = [
    ("Next plc", "Next said sales for the next six months were expected to rise 3.5% to £2.5 billion."),
    ("Acme Corp", "Full-year revenue is expected to be between $6.1 billion and $6.3 billion, the company said."),
    ("Acme Corp", "Acme said adjusted earnings per share were now expected to come in at $4.10 to $4.30."),
    ("Acme Corp", "Operating margin is forecast to improve to about 9% in 2025, according to the company."),
    ("Acme Corp", "Acme's revenue is expected to grow 5% to 7% this year."),
]


@pytest.mark.parametrize(("company", "body"), PASSIVE_GUIDANCE, ids=[b[:40] for _, b in PASSIVE_GUIDANCE])
def test_passive_company_expectation_is_guidance(company, body):
    assert _types(body, company) == ["guidance"]


NOT_PASSIVE_GUIDANCE = [
    ("Next plc", "Analysts expected sales of £2.5 billion."),
    ("Next plc", "Sales were expected to rise 3.5% to £2.5 billion, according to analysts polled by LSEG."),
    ("Next plc", "UK retail sales are expected to rise 2% this year, economists said."),
    ("Next plc", "Primark's sales are expected to rise 4% this year, its owner said."),
    ("Acme Corp", "Sales are expected to rise 5% next year."),
    ("Acme Corp", "Consensus revenue is expected to reach $4.2 billion, the company said."),
]


@pytest.mark.parametrize(("company", "body"), NOT_PASSIVE_GUIDANCE, ids=[b[:40] for _, b in NOT_PASSIVE_GUIDANCE])
def test_others_expectations_are_no_guidance(company, body):
    assert _types(body, company) == []


# --------------------------------------------------------------------------- pre-close statements

PRE_CLOSE = [  # (company, body, type) in a 5 March 2025 article
    (
        "Next plc",
        "Next expects to report full-year pretax profit of £1.05 billion for the year to January.",
        "financial_result",
    ),
    (
        "Acme Corp",
        "The retailer said it expects to report annual revenue of $12.4 billion for the fiscal year ended Feb. 1.",
        "financial_result",
    ),
    ("Acme Corp", "Acme expects to post 2024 operating profit of €2.1 billion.", "financial_result"),
    ("Acme Corp", "It expects to report revenue of about $17.8 billion for the third quarter.", "financial_result"),
    (
        "Next plc",
        "Next expects to report full-year pretax profit of £1.1 billion for the year to January 2026.",
        "guidance",
    ),
    ("Acme Corp", "Acme expects to report revenue of $5 billion next year.", "guidance"),
    ("Acme Corp", "Acme expects to post 2025 operating profit of €2.3 billion.", "guidance"),
    ("Acme Corp", "Acme expects to grow revenue by 5% to 7% in 2025.", "guidance"),
    (
        "Acme Corp",
        "Acme expects to report full-year revenue of $5 billion, up from $4.6 billion last year.",
        "guidance",
    ),
    ("Acme Corp", "Acme expects to report revenue of $5.2 billion for the year just ended.", "financial_result"),
    (
        "Acme Corp",
        "We expect to deliver adjusted EBITDA of $520 million to $560 million, Chief Executive Jane Doe said.",
        "guidance",
    ),
]


@pytest.mark.parametrize(("company", "body", "kind"), PRE_CLOSE, ids=[b[:44] for _, b, _ in PRE_CLOSE])
def test_pre_close_statement_is_a_result_of_a_closed_period(company, body, kind):
    assert _types(body, company) == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "Analysts expect Next to report full-year pretax profit of £1.05 billion.",
        "Analysts at Peel Hunt expect to see full-year pretax profit of £1.05 billion.",
        "Consensus expects the retailer to report revenue of $12.4 billion.",
        "Shoppers expect to spend less this year, a survey showed.",
    ],
)
def test_analysts_expecting_a_report_is_neither(body):
    assert _types(body, "Next plc") == []


def test_pre_close_without_an_article_date_needs_ended():
    body = "It expects to report annual revenue of $12.4 billion for the fiscal year ended Feb. 1."
    assert [e["type"] for e in _events(body, published=None)] == ["financial_result"]


# --------------------------------------------------------------------------- earnings dates a week away

EARNINGS_DATES = [  # (body, date as exported, precision)
    ("Next will report its first-half results next week.", "2025-03-10", "week"),
    ("Acme will publish its annual results later this week.", "2025-03-03", "week"),
    ("Acme will release its quarterly results in the coming week.", "2025-03-10", "week"),
    ("Acme is due to report quarterly results on Thursday.", "2025-03-06", "day"),
    ("Acme is expected to report fourth-quarter results later this month.", "2025-03", "month"),
    ("Acme will report results next week, on March 12.", "2025-03-12", "day"),
]


@pytest.mark.parametrize(("body", "date", "precision"), EARNINGS_DATES, ids=[b[:40] for b, _, _ in EARNINGS_DATES])
def test_earnings_date_relative_to_the_article(body, date, precision):
    (got,) = [e for e in _events(body, "Next plc") if e["type"] == "earnings_date"]
    assert (got["date"]["precision"], _iso(got["date"])) == (precision, date)


def _iso(d: dict) -> str:
    return d["start"][:7] if d["precision"] == "month" else d["start"]


@pytest.mark.parametrize(
    "body",
    [
        "Acme reported results last week.",
        "Shares rose 4% last week after the results.",
        "Results for the week ended March 1 showed sales up 2%.",
        "Acme shares have risen 8% this week, and the results are due in the summer.",
    ],
)
def test_no_earnings_date_from_a_past_or_unrelated_week(body):
    assert "earnings_date" not in _types(body)
