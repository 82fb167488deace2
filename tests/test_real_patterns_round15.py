"""Round fifteen of real-outlet patterns, as our own sentences: junior miners' placements, a ticker written before
its exchange, job cuts told with a reported count, a year's season or an early-retirement offer.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames

# --------------------------------------------------------------------------- raisings and the company


def _types(*paragraphs: str, date: str = "July 10, 2025", title: str = "Company news") -> list[str]:
    return sorted(article_frames(date, *paragraphs, title=title)["events"]["type"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Gold Limited has arranged a placement to raise up to C$11.5 million to speed up drilling at its "
        "flagship project.",
        "Orvik Gold Limited announced a non-brokered private placement of up to $4.2M at a 31% premium to market.",
        "Orvik Gold Limited hopes to secure up to C$11.5 million through a placement of new shares.",
        "Orvik Gold Limited said the private placing and subscription are expected to raise a further £15m.",
    ],
)
def test_a_placement_that_raises_money_is_a_funding_round(sentence):
    assert "funding_round" in _types(sentence, title="Orvik Gold raises money")


def test_a_ticker_written_before_its_exchange_names_the_company():
    df = article_frames(
        "January 21, 2025",
        "This morning, Orvik Silver Corp. (ORVK:TSXV, ORVKF:OTC) announced a non-brokered private placement to raise "
        "up to $4.2M through the issuance of 10.5M units.",
        title="ORVK: Receives Strategic Investment",
    )["articles"]
    assert list(df["company"]) == ["Orvik Silver"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the completion of a deal, not a closure
        "On closing, the fund is expected to subscribe for 8,375,000 units and will own about 9.9% of Orvik.",
        # a quote
        "The offer values each share at 39 cents based on the last closing price of Orvik Mines before the bid.",
    ],
)
def test_a_deals_completion_or_a_closing_price_is_no_closure(sentence):
    assert "closure" not in _types(sentence)


def test_a_day_is_no_bidders_name():
    df = article_frames(
        "October 1, 2019",
        "An all-stock takeover offer from abroad powered shares of a junior gold miner Tuesday.",
        title="Takeover bid lifts miner",
    )["events"]
    assert "Tuesday" not in set(df["counterparty"].dropna())


def test_a_deal_with_a_person_is_no_partnership():
    assert "partnership" not in _types(
        "Since announcing the deal with Mr. Sprott, Orvik Silver shares have dropped 20 cents."
    )


# --------------------------------------------------------------------------- layoffs


def _layoffs(*paragraphs: str, title: str = "Company news") -> list[tuple[int, int]]:
    df = article_frames("October 1, 2024", *paragraphs, title=title)["layoffs"]
    return sorted((int(lo), int(hi)) for lo, hi in zip(df["low"], df["high"], strict=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Across the country, Harbor Media slashed a reported 200 jobs on Thursday.", [(200, 200)]),
        ("The bank has set the target of lowering its headcount globally by 20,000 over two years.", [(20000, 20000)]),
        ("Ridgeway Devices now has about 16,500 employees, after letting go of 2,000 last summer.", [(2000, 2000)]),
        (
            "The prospect of job losses of between 40,000 to 55,000 could stoke anger among the unionised staff.",
            [(40000, 55000)],
        ),
        ("Reports indicate that around 1,000 temporary workers at Orvik Motors are likely to be hit.", [(1000, 1000)]),
        (
            "Orvik Motors is said to be planning to offer early retirement to some 500 to 600 workers in November.",
            [(500, 600)],
        ),
    ],
)
def test_job_cuts_told_in_more_ways(sentence, expected):
    assert _layoffs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Motors lowered its forecast by 20 percent.",
        "Orvik Motors has let go of 2,000 tonnes of stock last year.",
        "The plant will be hit by 1,000 tonnes of lower output.",
    ],
)
def test_no_layoff_in_look_alikes(sentence):
    assert _layoffs(sentence) == []
