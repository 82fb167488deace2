"""Company names that end in "'s" ("Campbell's", "Macy's", "McDonald's", "Dillard's", "Kellogg's").

"... reiterated its Buy rating on Campbell's with a price target of $40" rates Campbell's: the "'s" ends the
name (a preposition follows, no noun it could own), so Campbell's is no broker. A name that is rated in the
passive ("Macy's was downgraded ... by Morgan Stanley") is the rated company too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer.extract import Doc, events, prices, targets
from data_layer.models import Article, Company

PUB = dt.datetime(2025, 3, 5, 14, 0)
NAMES = [("The Campbell's Company", "Campbell's"), ("Macy's", "Macy's"), ("McDonald's", "McDonald's"),
         ("Dillard's", "Dillard's"), ("Kellanova", "Kellogg's")]  # fmt: skip


def _doc(body: str, company: str) -> Doc:
    return Doc.of(Article(id="t", body=body, published=PUB, companies=(Company(name=company),)))


def _ratings(body: str, company: str) -> list[tuple]:
    return [(r.firm, r.rating, r.target) for r in targets.extract(_doc(body, company))]


# (template with {n} the name as written, expected (firm, rating, target) records)
RATINGS = [
    ("Barclays reiterated its Buy rating on {n} with a price target of $40.", [("Barclays", "Buy", 40.0)]),
    (
        "Analysts at Barclays reiterated their Overweight rating on {n}, with a $48 price target.",
        [("Barclays", "Overweight", 48.0)],
    ),
    (
        "Jefferies raised its price target on {n} to $70 from $65 and kept a Hold rating.",
        [("Jefferies", "Hold", 70.0)],
    ),
    ("Citi has a Sell rating on {n} and a $300 price target.", [("Citi", "Sell", 300.0)]),
    ("UBS lifted its target for {n} to $75, reiterating a Neutral rating.", [("UBS", "Neutral", 75.0)]),
    (
        "Evercore ISI maintained an Outperform rating on {n} after results, with a $320 price target.",
        [("Evercore ISI", "Outperform", 320.0)],
    ),
    ("Goldman Sachs upgraded {n} to Buy with a price target of $22.", [("Goldman Sachs", "Buy", 22.0)]),
    (
        "{n} was downgraded to Underweight by Morgan Stanley, which cut its price target to $12.",
        [("Morgan Stanley", "Underweight", 12.0)],
    ),
    ("{n} had its price target raised by Bernstein to $330 from $310.", [("Bernstein", None, 330.0)]),
    ("{n} rating was cut to Sell at Citi with a $11 target.", [("Citi", "Sell", 11.0)]),
    ("{n} received a Buy rating from Deutsche Bank with a $45 price target.", [("Deutsche Bank", "Buy", 45.0)]),
    ("{n} shares fell after Telsey Advisory cut its target to $380.", [("Telsey Advisory", None, 380.0)]),
    ("The price target of {n} was trimmed to $38 by Stifel, which rates the stock Hold.", [("Stifel", "Hold", 38.0)]),
]


@pytest.mark.parametrize(("company", "name"), NAMES, ids=[n for _, n in NAMES])
@pytest.mark.parametrize(("template", "expected"), RATINGS, ids=[t[:40] for t, _ in RATINGS])
def test_possessive_name_is_the_rated_company(template, expected, company, name):
    assert _ratings(template.format(n=name), company) == expected


@pytest.mark.parametrize(("template", "expected"), RATINGS[:7], ids=[t[:40] for t, _ in RATINGS[:7]])
def test_possessive_name_of_another_company(template, expected):
    """The rated name is not the article's company: still not a broker."""
    for _, name in NAMES:
        assert _ratings(template.format(n=name), "Acme Corp") == expected


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        ("Shares rose on JPMorgan's upgrade to Overweight with a $60 price target.", "JPMorgan"),
        ("Goldman Sachs' price target of $250 implies 20% upside; it rates the stock Buy.", "Goldman Sachs"),
        ("Wedbush's Dan Ives reiterated his Outperform rating with a $300 target.", "Wedbush"),
        ("Mizuho's analysts set a $150 price target and a Buy rating.", "Mizuho"),
    ],
)
def test_broker_possessive_still_reads_as_the_broker(body, firm):
    assert [r[0] for r in _ratings(body, "Acme Corp")] == [firm]


FACTS = [
    (prices, "{n} shares closed at $17.42 on Tuesday, down 3.1%.", {"value": 17.42, "kind": "close"}),
    (prices, "Shares of {n} rose 4% to $17.42 in afternoon trading.", {"value": 17.42, "kind": "intraday"}),
    (events, "{n} revenue fell 2% to $4.8 billion in the fourth quarter.", {"type": "financial_result"}),
    (events, "{n} agreed to buy Clearbrook Foods for $1.2 billion.", {"type": "acquisition"}),
    (events, "{n} raised its full-year sales forecast to $23 billion.", {"type": "guidance"}),
]


@pytest.mark.parametrize(("company", "name"), NAMES[:4], ids=[n for _, n in NAMES[:4]])
@pytest.mark.parametrize(("module", "template", "expected"), FACTS, ids=[t[:30] for _, t, _ in FACTS])
def test_possessive_name_as_subject(module, template, expected, company, name):
    recs = module.extract(_doc(template.format(n=name), company))
    assert len(recs) == 1
    got = recs[0].model_dump(mode="json")
    assert {k: got[k] for k in expected} == expected
    assert recs[0].company == company
