"""Round nineteen of real-outlet patterns, as our own sentences: a target change told as a dollar step, a firm's
target or rating in the passive in the next sentence, a workforce base that is no cut, notices to union members.
"""

from __future__ import annotations

import pytest
from article_frames import event_types, layoff_rows, target_rows

# --------------------------------------------------------------------------- layoffs

LAYOFFS = [
    # a union's members sent the notices
    pytest.param(
        "November 18, 2024",
        ("Last week, Fenwick issued layoff notices to 438 members of the Society of Professional Engineering "
         "Employees.",),
        [(438, 438, "round")],
        id="notices-to-members",
    ),
    # a buyout round told as the staff who leave
    pytest.param(
        "April 22, 2021",
        ("Fenwick said it reduced costs by more than $1.3 billion, including a new round of voluntary buyouts that "
         "will result in 1,600 employees leaving the company.",),
        [(1600, 1600, "round")],
        id="employees-leaving-the-company",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "expected"), LAYOFFS)
def test_a_layoff_told_another_way(date, paragraphs, expected):
    assert layoff_rows(date, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the whole workforce of which an untold number may go
        ("Harlow plans to cut jobs to adjust to a slowing economy.",
         "It's not clear how many of the nearly 100,000 workers could be laid off."),
        # a share of a base with an approximation between
        ("Half of the nearly 1,300 jobs at the plant will go.",),
    ],
)  # fmt: skip
def test_a_workforce_base_is_no_cut(paragraphs):
    assert (100000, 100000, "round") not in layoff_rows("October 24, 2022", *paragraphs)
    assert (1300, 1300, "round") not in layoff_rows("October 24, 2022", *paragraphs)


# --------------------------------------------------------------------------- analyst ratings and targets

_SWISS = "Corvane and Heliot shares suffer on the Swiss stock market"

TARGETS = [
    # the step in dollars before the new target
    pytest.param(
        "May 13, 2016",
        ("More understandable is an $18 price-target cut to $232 at Halvern Securities for Brantley Corp (BRNT).",),
        "Brantley Corp shares",
        [("Halvern Securities", None, 232.0)],
        id="dollar-step-then-target",
    ),
    # the firm's rating in one sentence, its target in the passive two sentences on, an aside inside
    pytest.param(
        "September 20, 2024",
        ("The American investment bank Jefferies has reduced its recommendation to “underperform” for Corvane "
         "Group, while its assessment was previously neutral (“hold”).",
         "This downgrade is explained by the strong exposure to China.",
         "The price target – a 12-month forecast – has been lowered to 120 Swiss francs, compared to 170 Swiss "
         "francs previously."),
        _SWISS,
        [("Jefferies", "sell", 120.0)],
        id="passive-target-after-the-rating",
    ),
    # the firm's target in one sentence, its kept rating in the next
    pytest.param(
        "September 20, 2024",
        ("Goldman Sachs analysts also cut Corvane Group’s target price to 175 Swiss francs from 190 Swiss francs.",
         "The recommendation is maintained at “neutral”."),
        _SWISS,
        [("Goldman Sachs", "hold", 175.0)],
        id="kept-rating-after-the-target",
    ),
    # a French house's sector rating written out in English
    pytest.param(
        "March 4, 2024",
        ('In a note released early this morning, RBC said it had downgraded its opinion on the share from '
         '"outperform" to "perform in line with the sector", with a price target reduced from 310 euros to 290 '
         'euros.',),
        "Corvane: victim of two recommendation downgrades",
        [("RBC", "hold", 290.0)],
        id="perform-in-line-with-the-sector",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), TARGETS)
def test_a_firm_and_its_target(date, paragraphs, title, expected):
    assert target_rows(date, *paragraphs, title=title) == expected


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    "sentence",
    [
        # a digest's line: the business bought comes with its sales
        "Corvane AB acquires Roger in Poland with sales of SEK 110 million.",
        # the target's size in a clause after its name
        "Corvane agreed to buy Heliot Systems, which has annual revenue of $2 billion, for $5 billion.",
    ],
)
def test_the_size_of_a_business_bought_is_no_result(sentence):
    assert event_types("December 1, 2024", sentence, title="Corvane AB news") == {"acquisition"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane swung to profitability with a net profit of $40 million in the quarter.",
        "Corvane bought back shares and reported sales of $2.1 billion for the quarter, up 5%.",
    ],
)
def test_a_result_after_a_with_or_a_purchase_stays(sentence):
    assert "financial_result" in event_types("December 1, 2024", sentence, title="Corvane AB news")
