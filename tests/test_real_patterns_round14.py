"""Round fourteen of real-outlet patterns, as our own sentences: a result's figure after a long subject ("net income
applicable to the bank's shareholders came in at"), a loss the company says it would report for a year not yet
closed.
"""

from __future__ import annotations

from article_frames import article_frames, price_rows, result_rows

# --------------------------------------------------------------------------- results and guidance


def test_net_income_applicable_to_shareholders_came_in_at_a_figure():
    df = article_frames(
        "Oct 21, 2025",
        "Harbor Ridge Bancorp reported a rise in third-quarter profit on Tuesday, helped by loan growth.",
        "Net income applicable to the bank's common shareholders came in at $118 million, or 92 cents per share, in "
        "the three months ended September 30, compared with $97 million a year earlier.",
        title="Harbor Ridge Bancorp profit rises",
    )["events"]
    assert [a for _, a in result_rows(df)] == [118e6]


def _guidance(df) -> list[float]:
    return sorted(a for t, a in zip(df["type"], df["amount_usd"], strict=True) if t == "guidance")


def test_a_loss_the_company_said_it_would_report_is_guidance():
    df = article_frames(
        "December 14, 2015",
        "Kestrel Electric said on Monday it would cut 3,200 jobs in its appliance unit.",
        "It also said it would report a record annual loss of 420 billion yen ($3.4 billion) for the year to March.",
        title="Kestrel Electric to cut jobs",
    )["events"]
    assert _guidance(df) == [3.4e9]
    assert result_rows(df) == []


def test_warned_it_would_lose_a_sum_this_fiscal_year_is_guidance():
    df = article_frames(
        "September 18, 2014",
        "Shares of Kestrel Electric fell 9 percent on Thursday after the company warned it would lose $1.9 billion "
        "this fiscal year, three times its earlier forecast.",
        title="Kestrel Electric shares fall",
    )["events"]
    assert _guidance(df) == [1.9e9]


def test_said_it_would_report_results_on_a_day_is_no_guidance():
    df = article_frames(
        "September 18, 2014",
        "Kestrel Electric said it would report its quarterly results on October 30.",
        title="Kestrel Electric to report",
    )["events"]
    assert _guidance(df) == []


# --------------------------------------------------------------------------- dates


def test_a_day_month_abbreviation_year_with_hyphens_is_the_stories_date():
    df = article_frames("08-Oct-2021 Newswire | 5:02 AM", "Kestrel Electric shares rose 3% on Friday.")["articles"]
    assert str(df["published"][0])[:10] == "2021-10-08"


def test_a_clock_time_after_a_lead_that_named_the_day_keeps_that_day():
    df = article_frames(
        "2017-03-14",
        "TAIPEI -- Shares of Harlow Securities soared Monday morning after a rival said it planned to acquire the company "
        "at a premium, dealers said.",
        "As of 10:30 a.m., shares of Harlow Securities were up 6.3 percent at NT$10.95 on the over-the-counter market.",
        title="Harlow Securities shares soar on acquisition deal",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(10.95, "2017-03-13")]


def test_a_clock_time_with_today_is_the_stories_day():
    df = article_frames(
        "2017-03-14",
        "TAIPEI -- Shares of Harlow Securities soared Monday morning after a rival said it planned to acquire the company.",
        "As of 10:30 a.m. today, shares of Harlow Securities were up 2.1 percent at NT$11.20.",
        title="Harlow Securities shares extend gains",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(11.2, "2017-03-14")]
