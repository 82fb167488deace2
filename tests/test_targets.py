"""Analyst ratings and price targets: firm, rating, class, target, previous target, action."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.extract import Doc, targets
from data_layer.models import Article, Company


def _doc(body: str, company: str = "Acme Robotics", ticker: str = "ACME") -> Doc:
    pub = dt.datetime(2025, 3, 5, 12)
    return Doc.of(Article(id="t", body=body, published=pub, companies=(Company(name=company, ticker=ticker),)))


def _rows(body: str, company: str = "Acme Robotics"):
    return [
        (
            r.firm,
            r.rating_class.value if r.rating_class else None,
            r.target,
            r.currency,
            r.action.value if r.action else None,
        )
        for r in targets.extract(_doc(body, company))
    ]


CASES = [
    # wire and newspaper styles
    ("RBC Capital Markets maintains an \"Outperform\" rating with a $300 price target, while JPMorgan's target stands "
     "at $305.", [("RBC Capital Markets", "buy", 300.0, "USD", "maintained"), ("JPMorgan", None, 305.0, "USD", None)]),
    ("Analysts at Roth Capital raised their price target for Acme shares to $295 this week.",
     [("Roth Capital", None, 295.0, "USD", "raised")]),
    ("Wolfe Research and Jefferies recently reaffirmed their positive ratings, with Jefferies maintaining a \"Buy\" "
     "recommendation.", [("Wolfe Research", "buy", None, None, "reiterated"), ("Jefferies", "buy", None, None, "reiterated")]),
    ("Institutions including Deutsche Bank and Bank of America have listed Acme among their top equity picks for 2026.",
     [("Deutsche Bank", "buy", None, None, None), ("Bank of America", "buy", None, None, None)]),
    ("Analysts at Jefferies, who rate the stock \"buy\" with a $98 price target, called the price full.",
     [("Jefferies", "buy", 98.0, "USD", None)]),
    ("Stratton Hale analyst Ben Ocampo raised his price target on Acme to $40 from $33 and reiterated a buy rating.",
     [("Stratton Hale", "buy", 40.0, "USD", "raised")]),
    ("Copperline Securities took a more cautious line, downgrading the stock to market perform from outperform but "
     "maintaining its $130 price target.", [("Copperline Securities", "hold", 130.0, "USD", "maintained")]),
    ("Ostrander & Pike initiated coverage with an outperform rating and a $60 price target.",
     [("Ostrander & Pike", "buy", 60.0, "USD", "initiated")]),
    ("UBS cut its price target to $21 from $26 and kept a neutral rating. Granary Street Research downgraded the "
     "shares to sell with a $15 target.", [("UBS", "hold", 21.0, "USD", "lowered"), ("Granary Street Research", "sell", 15.0, "USD", "downgraded")]),
    ("Wedbush raised its price target on Acme to $210 from $190 and reiterated an outperform rating.",
     [("Wedbush", "buy", 210.0, "USD", "raised")]),
    ("Loop Capital analyst Ananda Baruah lifted the firm's price target to $95.", [("Loop Capital", None, 95.0, "USD", "raised")]),
    ("Citi downgraded Acme to neutral from buy and cut its price target to $48.", [("Citi", "hold", 48.0, "USD", "lowered")]),
    ("The stock is rated Buy at Needham with a $45 price target.", [("Needham", "buy", 45.0, "USD", None)]),
    ("Acme is a top pick at Morgan Stanley for 2025.", [("Morgan Stanley", "buy", None, None, None)]),
    ("Jefferies maintains Buy on the shares.", [("Jefferies", "buy", None, None, "maintained")]),
    ("Among brokerages, Jefferies raised its target to $88 while Goldman Sachs trimmed its to $70.",
     [("Jefferies", None, 88.0, "USD", "raised"), ("Goldman Sachs", None, 70.0, "USD", "lowered")]),
    ("Piper Sandler moved its price target to $150 from $140, reiterating its Overweight rating.",
     [("Piper Sandler", "buy", 150.0, "USD", "raised")]),
    ("Deutsche Bank sees the stock at EUR 60 within 12 months, reiterating Buy.", [("Deutsche Bank", "buy", 60.0, "EUR", "reiterated")]),
    # MarketBeat-like ratings notes
    ("Acme Robotics (NYSE:ACME) had its price target raised by Barclays from $48.00 to $52.00 in a research report on "
     "Tuesday. The brokerage currently has an \"overweight\" rating on the stock.", [("Barclays", "buy", 52.0, "USD", "raised")]),
    ("Larchmont & Vey cut the shares from a \"sector perform\" rating to an \"underperform\" rating and lowered their "
     "target price from $44.00 to $38.00 on Wednesday, February 26th.", [("Larchmont & Vey", "sell", 38.0, "USD", "lowered")]),
    ("Saltmarsh Research started coverage on Monday, February 24th, issuing a \"sector perform\" rating and a $47.00 "
     "price target.", [("Saltmarsh Research", "hold", 47.0, "USD", "initiated")]),
    ("KeyBanc Capital Markets upgraded shares of Acme Robotics from a sector weight rating to an overweight rating and "
     "set a $60.00 price objective.", [("KeyBanc Capital Markets", "buy", 60.0, "USD", "upgraded")]),
    ("Acme Robotics had its price target lowered by Roth from $30.00 to $25.00 in a report issued on Monday. They now "
     "have a buy rating on the stock.", [("Roth", "buy", 25.0, "USD", "lowered")]),
    # British and German styles
    ("Peel Hunt reiterated its 'add' stance with a 1,150p target.", [("Peel Hunt", "buy", 1150.0, "GBX", "reiterated")]),
    ("Barclays cut its target price to 1,150p from 1,300p but kept its 'overweight' rating. Foxley Cavendish was "
     "gloomier, downgrading the stock to 'reduce' from 'hold' with a target price of 820p.",
     [("Barclays", "buy", 1150.0, "GBX", "lowered"), ("Foxley Cavendish", "sell", 820.0, "GBX", "downgraded")]),
    ("Berenberg has a 'hold' recommendation on the shares with a price target of 2,400p.",
     [("Berenberg", "hold", 2400.0, "GBX", None)]),
    ("Acme: JPMorgan lifts target to EUR 142 - 'Overweight' confirmed", [("JPMorgan", "buy", 142.0, "EUR", "raised")]),
    ("28.02.2025 - Deutsche Bank - Buy - Target EUR 150\n25.02.2025 - Mainhafen Bankhaus - Reduce - Target EUR 96\n"
     "27.02.2025 - Barclays - Equal Weight - Target lowered from EUR 125 to EUR 118",
     [("Deutsche Bank", "buy", 150.0, "EUR", None), ("Mainhafen Bankhaus", "sell", 96.0, "EUR", None),
      ("Barclays", "hold", 118.0, "EUR", "lowered")]),
    ("The US bank JPMorgan has raised its price target for Acme from EUR 128 to EUR 142 and confirmed its rating of "
     "'Overweight'.", [("JPMorgan", "buy", 142.0, "EUR", "raised")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_targets(body, expected):
    assert _rows(body) == expected


NOT_RATINGS = [
    'According to Tickerly data, the stock has a consensus rating of "Hold" and an average price target of $46.40.',
    "Analysts' average price target of $52 implies 10% upside, according to LSEG data.",
    "Analysts on average expect revenue of $1.52 billion, according to consensus figures compiled by Streetline Data.",
    "Reuters reported that Acme raised its forecast to $5 a share.",
    "Acme said its board raised the dividend to $0.50 per share.",
    "The company expects its shares to outperform the market this year.",
    "Shares of Acme closed at $50.10 on Friday.",
    "Acme Stock: Buy or Sell?! New Acme Analysis from January 31 delivers the answer.",
    "Should investors sell immediately? Or is it worth buying Acme?",
    "Fenwick Hollow Advisors lifted its stake in Acme Robotics by 12.4% during the fourth quarter.",
    "Chief Executive Priya Raman told analysts on a call that margins would improve.",
    "Acme Robotics raised its price target for the acquisition to $2 billion.",
]


@pytest.mark.parametrize("body", NOT_RATINGS)
def test_not_ratings(body):
    assert _rows(body) == []


def test_details_and_provenance():
    body = "Note.\nStratton Hale analyst Ben Ocampo raised his price target on Acme to $40 from $33, rating it a 'buy'."
    (r,) = targets.extract(_doc(body))
    assert (r.analyst, r.previous_target, r.rating) == ("Ben Ocampo", 33.0, "buy")
    assert body[r.provenance.start : r.provenance.end] == r.provenance.evidence == "Stratton Hale"


def test_previous_rating():
    (r,) = targets.extract(_doc('Deutsche Bank upgraded Acme Robotics from "hold" to "buy" in a note on Monday.'))
    assert (r.rating, r.previous_rating, r.rating_class.value) == ("buy", "hold", "buy")


def test_same_firm_stated_twice_is_one_record():
    body = (
        "Acme: JPMorgan lifts target to EUR 142 - 'Overweight' confirmed\n"
        "JPMorgan has raised its price target for Acme from EUR 128 to EUR 142.\n"
        "03.03.2025 - JPMorgan - Overweight - Target EUR 142 (previously EUR 128)"
    )
    (r,) = targets.extract(_doc(body))
    assert (r.firm, r.target, r.previous_target, r.rating_class.value) == ("JPMorgan", 142.0, 128.0, "buy")


def test_covered_company_is_never_the_firm():
    assert _rows("Goldman Sachs raised its target on the shares to $500.", company="Goldman Sachs Group") == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("Barclays JPMorgan raised cut target price to from $1.5p 'buy' Hold, analyst.\n")
        ),
        max_size=300,
    )
)
def test_never_raises_and_spans_slice_back(body):
    for r in targets.extract(_doc(body)):
        assert body[r.provenance.start : r.provenance.end] == r.provenance.evidence


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(body):
    for r in targets.extract(_doc(body)):
        assert body[r.provenance.start : r.provenance.end] == r.provenance.evidence


MARKETBEAT = (
    'Wedbush reissued an "outperform" rating and set a $280.00 price objective on shares of Acme in a research note '
    "on Friday. Evercore ISI boosted their target price on Acme from $250.00 to $275.00 and gave the stock an "
    '"outperform" rating. Weiss Ratings reaffirmed a "buy (b)" rating on shares of Acme in a report on Wednesday. '
    'Finally, Wall Street Zen upgraded Acme from a "hold" rating to a "buy" rating in a report on Saturday. '
    "Fifty-three equities research analysts have rated the stock with a Buy rating and three have issued a Hold "
    'rating. According to MarketBeat.com, Acme currently has a consensus rating of "Moderate Buy" and a consensus '
    "target price of $295.00."
)


def test_marketbeat_block():
    assert _rows(MARKETBEAT) == [
        ("Wedbush", "buy", 280.0, "USD", "reiterated"),
        ("Evercore ISI", "buy", 275.0, "USD", "raised"),
        ("Weiss Ratings", "buy", None, None, "reiterated"),
        ("Wall Street Zen", "buy", None, None, "upgraded"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Morgan Stanley analyst Brian Nowak, who has an Overweight rating on the stock, raised his price target to "
            "$300 from $275.",
            [("Morgan Stanley", "buy", 300.0, "USD", "raised")],
        ),
        (
            "Tigress Financial Partners raised its price target on Acme to $305 from $290, while Benchmark Co. analyst "
            "Daniel Kurnos boosted his target to $275.",
            [
                ("Tigress Financial Partners", None, 305.0, "USD", "raised"),
                ("Benchmark Co", None, 275.0, "USD", "raised"),
            ],
        ),
        (
            "Citigroup Inc. analysts increased their target for the stock to $300 per share from $280.",
            [("Citigroup Inc.", None, 300.0, "USD", "raised")],
        ),
    ],
)
def test_wire_analyst_notes(body, expected):
    assert _rows(body) == expected


PROVIDER_RESEARCH = [
    (
        'Finally, Zacks Research raised shares of Acme from a "hold" rating to a "strong-buy" rating in a research report '
        "on Wednesday.",
        [("Zacks Research", "buy", None, None, None)],
    ),
    (
        "Zacks Research upgraded Acme from hold to strong-buy on Monday.",
        [("Zacks Research", "buy", None, None, "upgraded")],
    ),
    (
        'Morningstar Research downgraded Acme to a "sell" rating.',
        [("Morningstar Research", "sell", None, None, "downgraded")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), PROVIDER_RESEARCH)
def test_provider_research_arms_are_firms(body, expected):
    assert _rows(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Acme has a Zacks Rank #3 (Hold), according to Zacks.",
        'Zacks data shows a consensus rating of "Hold".',
    ],
)
def test_providers_alone_are_not_firms(body):
    assert _rows(body) == []
