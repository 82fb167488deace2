"""Round eighteen of real-outlet patterns, as our own sentences: a headcount that falls by a number, a decision
that affects the workers of a closed site, cuts the article counts after it has named the jobs.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames


def _layoffs(date: str, *paragraphs: str) -> list[tuple[int, int, str]]:
    df = article_frames(date, *paragraphs)["layoffs"]
    return sorted((int(lo), int(hi), k) for lo, hi, k in zip(df["low"], df["high"], df["kind"], strict=True))


# --------------------------------------------------------------------------- layoffs

LAYOFFS = [
    # the headcount as the subject of a fall
    pytest.param(
        "January 16, 2013",
        ("Corvane Ltd said on Wednesday it would cut 700 jobs across the country.",
         "Corvane said total employee numbers would fall by about 1,000 in 2013 as a result of the restructure."),
        [(700, 700, "round"), (1000, 1000, "round")],
        id="employee-numbers-fall-by",
    ),
    pytest.param(
        "May 2, 2018",
        ("Penmoor said headcount would be reduced by around 800 by the end of the year.",),
        [(800, 800, "round")],
        id="headcount-reduced-by",
    ),
    pytest.param(
        "May 2, 2018",
        ("Osgood said the restructuring would see its workforce shrink by 1,200.",),
        [(1200, 1200, "round")],
        id="workforce-shrinks-by",
    ),
    # the closure's workers, in the sentence after the closure or in the same one
    pytest.param(
        "May 2, 2024",
        ("Telmont will close its Kidd Creek copper mine at the end of next year, a spokeswoman said.",
         "The decision will affect about 600 employees, she said."),
        [(600, 600, "round")],
        id="decision-after-a-mine-closure",
    ),
    pytest.param(
        "May 2, 2024",
        ("There was no way to mine any deeper, forcing Telmont to close.",
         "The decision will affect about 600 employees, she said."),
        [(600, 600, "round")],
        id="decision-after-forced-to-close",
    ),
    pytest.param("May 2, 2024", ("The plant closure will affect 450 workers.",), [(450, 450, "round")], id="closure"),
    # cuts alone, after the sentence has named the jobs
    pytest.param(
        "May 2, 2018",
        ("Struan Telecom is set to announce 6,000 job cuts, bringing its total cuts over the past year to 10,000 "
         "employees when added to the 4,000 cuts it announced last year.",),
        [(4000, 4000, "round"), (6000, 6000, "round"), (10000, 10000, "cumulative")],
        id="the-earlier-cuts",
    ),
    # the count the cuts are said to come to
    pytest.param(
        "October 2, 2023",
        ("A business weekly reported the planned cuts in the tyre division on Sunday, saying they could number about "
         "5,500, more than 1,100 of which would be at its German sites.",),
        [(5500, 5500, "round")],
        id="cuts-could-number",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "expected"), LAYOFFS)
def test_a_layoff_told_another_way(date, paragraphs, expected):
    assert _layoffs(date, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the decision of a sentence with no closure or cut before it
        ("Telmont beat forecasts and raised its dividend.", "The decision will affect about 600 employees, he said."),
        # rate cuts and spending cuts have no count of people
        ("The central bank's rate cuts, which could total 150 basis points, helped banks.",),
        ("Spending cuts that could total 500 million euros are planned.",),
    ],
)
def test_no_layoff_without_cuts_of_jobs(paragraphs):
    assert _layoffs("October 2, 2023", *paragraphs) == []
