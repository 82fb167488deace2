"""Round nineteen of real-outlet patterns, as our own sentences: a target change told as a dollar step, a firm's
target or rating in the passive in the next sentence, a workforce base that is no cut, notices to union members.
"""

from __future__ import annotations

import pytest
from article_frames import layoff_rows

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
