"""When each firm acted, as the text states it: digest and wire styles, resolved against the article's date.

Also what is never a firm's action: a digest's tallies and consensus lines, an executive's adjective, a broker
taken for the company in a headline. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer.extract import Doc, targets
from data_layer.models import Article, Company

PUB = dt.datetime(2024, 8, 14, 9, 30)  # a Wednesday


def _recs(body: str, company: str = "Acme Robotics", ticker: str | None = "ACME", pub: dt.datetime | None = PUB):
    doc = Doc.of(Article(id="d", body=body, published=pub, companies=(Company(name=company, ticker=ticker),)))
    return targets.extract(doc)


def _dated(body: str, **kw):
    return [
        (r.firm, r.target, r.date.start.isoformat() if r.date else None, r.date.precision.value if r.date else None,
         r.date_basis.value if r.date_basis else None)
        for r in _recs(body, **kw)
    ]  # fmt: skip


DATING = [
    # digest style: the day's action, then earlier actions each with its own date
    ("Acme Robotics (NASDAQ:ACME) had its price target trimmed by Harlow Securities from $44.00 to $40.00 in a "
     "report on Friday, April 26th.", [("Harlow Securities", 40.0, "2024-04-26", "day", "stated")]),
    ("Fenwick Partners reissued a \"sell\" rating and a $31.00 price objective on shares of Acme Robotics in a "
     "research note on Friday.", [("Fenwick Partners", 31.0, "2024-08-09", "day", "stated")]),
    ("Quillon Research raised their target price on Acme Robotics from $55.00 to $61.00 and gave the company an "
     "\"outperform\" rating in a research note on Tuesday, July 30th.",
     [("Quillon Research", 61.0, "2024-07-30", "day", "stated")]),
    ("Acme Robotics was upgraded by Corrigan Securities from a \"hold\" rating to a \"buy\" rating in a note issued to "
     "investors on Wednesday. The brokerage now has a $47.00 price target on the stock, up from their prior price "
     "target of $41.00.", [("Corrigan Securities", 47.0, "2024-08-14", "day", "stated")]),
    ("Ashgrove Capital started coverage on Acme Robotics in a report on Wednesday, October 25th, 2023. They set an "
     "\"overweight\" rating and a $36.00 price target.", [("Ashgrove Capital", 36.0, "2023-10-25", "day", "stated")]),
    # wire and newspaper styles
    ("On Thursday, Marlow Capital analyst Dana Reyes downgraded Acme to neutral and cut her price target to $38.",
     [("Marlow Capital", 38.0, "2024-08-08", "day", "stated")]),
    ("Brandt & Ostler lifted its target on Acme to $52 last week, ahead of results on Aug. 29.",
     [("Brandt & Ostler", 52.0, "2024-08-05", "week", "stated")]),
    ("Quentin Hale raised its price target to $61 from $55 in a note dated July 30.",
     [("Quentin Hale", 61.0, "2024-07-30", "day", "stated")]),
    ("Corrigan Securities upgraded Acme to buy from hold yesterday, with a $47 target.",
     [("Corrigan Securities", 47.0, "2024-08-13", "day", "stated")]),
    ("Analysts at Pembury Bank cut their target to $40 earlier this month, citing weaker orders.",
     [("Pembury Bank", 40.0, "2024-08-01", "month", "stated")]),
    # a date that is not the action's: the article's day, marked as the fallback
    ("Ashby Research cut its target to $30 ahead of the company's results on Thursday, August 22nd.",
     [("Ashby Research", 30.0, "2024-08-14", "day", "published")]),
    ("Whitcombe Securities raised its 2025 target to $70 from $64.", [("Whitcombe Securities", 70.0, "2024-08-14", "day", "published")]),
    ("Dunmore Bank raises Acme price target to 910 (870) pence - 'buy'", [("Dunmore Bank", 910.0, "2024-08-14", "day", "published")]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), DATING, ids=[b[:48] for b, _ in DATING])
def test_action_date_as_the_text_states_it(body, expected):
    assert _dated(body) == expected


def test_no_article_date_and_no_stated_date_leaves_the_date_empty():
    (r,) = _recs("Harlow Securities cut its price target on Acme to $40.", pub=None)
    assert r.date is None and r.date_basis is None


def test_a_digest_dates_each_firm_by_its_own_note():
    body = (
        "Acme Robotics (NASDAQ:ACME) had its price target raised by Harlow Securities from $40.00 to $46.00 in a "
        'research note on Tuesday. The firm currently has an "overweight" rating on the stock.\n\n'
        "Other analysts have also weighed in. Fenwick Partners lowered their price objective on Acme Robotics from "
        '$38.00 to $33.00 and set a "neutral" rating in a report on Monday, May 6th. Quillon Research reiterated a '
        '"buy" rating and a $50.00 target in a research report on Thursday, June 13th. Nine analysts have rated the '
        "stock with a hold rating and six have given a buy rating. According to the outlet's data, Acme Robotics has "
        'an average rating of "Hold" and a consensus price target of $42.17.'
    )
    got = {(r.firm, r.target, r.previous_target, r.date.start.isoformat() if r.date else None) for r in _recs(body)}
    assert got == {
        ("Harlow Securities", 46.0, 40.0, "2024-08-13"),
        ("Fenwick Partners", 33.0, 38.0, "2024-05-06"),
        ("Quillon Research", 50.0, None, "2024-06-13"),
    }


NOT_A_FIRM = [
    "Eleven analysts have rated the stock with a hold rating and seventeen have assigned a buy rating to the company.",
    "Twelve analysts rate the stock a hold and nine rate it a buy.",
    "Of the 22 analysts covering the stock, 14 rate it a buy.",
    'Acme has an average rating of "Hold" and a consensus target price of $41.20, according to the outlet\'s data.',
    'Mr Lund said the "positive" results would let the company keep hiring.',
    'Ms. Okafor called the quarter\'s numbers "strong" and said the plan was working.',
]


@pytest.mark.parametrize("body", NOT_A_FIRM, ids=[b[:40] for b in NOT_A_FIRM])
def test_tallies_consensus_and_executives_are_no_firm(body):
    assert _recs(body) == []


def test_a_broker_in_a_headline_is_not_the_company():
    body = (
        "Larchmont Vey Boosts Acme (NYSE:ACME) Price Target to $58.00\n"
        "Acme (NYSE:ACME) had its price target raised by analysts at Telsey Advisory Group from $50.00 to $58.00 in "
        "a note on Tuesday."
    )
    recs = _recs(body, company="Telsey Advisory Group Boosts Acme")
    assert [(r.firm, r.target, r.previous_target) for r in recs if r.firm.startswith("Telsey")] == [
        ("Telsey Advisory Group", 58.0, 50.0)
    ]


CURRENCIES = [
    ("Halvorsen Securities increased its target price on Acme to Rs 2,140 from Rs 1,960 and kept a 'buy' call.",
     (2140.0, "INR", 1960.0)),
    ("Brightwater Capital has a 'sell' rating with a target of ₹812 per share.", (812.0, "INR", None)),
    ("Kestrel Partners lifted its target to 4,350 yen from 3,900 yen, keeping an outperform rating.",
     (4350.0, "JPY", 3900.0)),
    ("Morven Capital cut its target price to A$14.20 from A$15.60 and retained its Hold rating.", (14.2, "AUD", 15.6)),
    ("Calder Securities raised its target to C$61 from C$57 with an outperform rating.", (61.0, "CAD", 57.0)),
    ("Pellworth Securities cut its target share price to 470p from 520p.", (470.0, "GBX", 520.0)),
    ("Ravel Research sets a GBX 640 target with an 'add' recommendation.", (640.0, "GBX", None)),
    ("Oakhurst Securities reiterated a buy with a target of US$42.50.", (42.5, "USD", None)),
    ("Saxby Bank cut its target to EUR 52.70 from EUR 58 and kept a hold rating.", (52.7, "EUR", 58.0)),
    ("Dunmore Bank raises Acme price target to 13.50 (13.12) EUR - 'neutral'", (13.5, "EUR", 13.12)),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CURRENCIES, ids=[b[:40] for b, _ in CURRENCIES])
def test_targets_in_other_currencies(body, expected):
    (r,) = _recs(body)
    assert (r.target, r.currency, r.previous_target) == expected


def test_coverage_started_in_one_sentence_and_terms_in_the_next_is_one_initiation_with_its_date():
    (r,) = _recs(
        "Ashgrove Capital started coverage on Acme Robotics in a report on Monday, July 1st. They set an "
        '"underweight" rating and a $28.00 price target.'
    )
    assert (r.firm, r.target, r.action.value, r.date.start.isoformat()) == (
        "Ashgrove Capital",
        28.0,
        "initiated",
        "2024-07-01",
    )
