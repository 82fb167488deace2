"""Dates: finding, resolving against the article date, and parsing datelines."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.dates import find_dates, parse_date, parse_published

SAT = dt.date(2026, 1, 31)  # a Saturday
SUN = dt.date(2025, 3, 9)  # a Sunday
MID_MARCH = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("expr", "ref", "iso", "precision"),
    [
        # absolute
        ("2026-01-30", None, "2026-01-30", "day"),
        ("January 30, 2026", None, "2026-01-30", "day"),
        ("Jan. 30, 2026", None, "2026-01-30", "day"),
        ("30 January 2025", None, "2025-01-30", "day"),
        ("Tuesday, March 4th, 2025", None, "2025-03-04", "day"),
        ("Wednesday 5 March 2025", None, "2025-03-05", "day"),
        ("28.02.2025", None, "2025-02-28", "day"),
        ("3/14/2025", None, "2025-03-14", "day"),
        ("in November 2025", None, "2025-11", "month"),
        ("Nov. 2025", None, "2025-11", "month"),
        ("fourth-quarter 2025", None, "2025-Q4", "quarter"),
        ("Q4 2025", None, "2025-Q4", "quarter"),
        ("Q1'26", None, "2026-Q1", "quarter"),
        ("4Q25", None, "2025-Q4", "quarter"),
        ("the second quarter of fiscal 2025", None, "2025-Q2", "quarter"),
        ("first half of 2026", None, "2026-H1", "half"),
        ("H1 2026", None, "2026-H1", "half"),
        ("in 2024", None, "2024", "year"),
        ("FY2025", None, "2025", "year"),
        ("fiscal 2025", None, "2025", "year"),
        ("mid-2025", None, "2025", "year"),
        ("early 2026", None, "2026-H1", "half"),
        ("late 2025", None, "2025-H2", "half"),
        ("by the end of 2025", None, "2025-Q4", "quarter"),
        # month/day without a year, resolved against the article date
        ("Jan. 30", SAT, "2026-01-30", "day"),
        ("March 4th", SAT, "2026-03-04", "day"),
        ("December 15", SAT, "2025-12-15", "day"),
        ("Wednesday, March 12", SUN, "2025-03-12", "day"),
        # weekdays
        ("on Friday", SAT, "2026-01-30", "day"),
        ("on Saturday", SAT, "2026-01-31", "day"),
        ("on Monday", SAT, "2026-01-26", "day"),
        ("Friday's close", SUN, "2025-03-07", "day"),
        ("the company will report on Thursday", MID_MARCH, "2025-03-13", "day"),
        # "last Friday" is the most recent Friday ("shares closed last Monday at $3.82" in a Tuesday note)
        ("last Friday", SAT, "2026-01-30", "day"),
        ("last Saturday", SAT, "2026-01-24", "day"),
        ("last Monday", dt.date(2020, 1, 7), "2020-01-06", "day"),
        ("this Friday", SAT, "2026-01-30", "day"),
        ("next Tuesday", SAT, "2026-02-03", "day"),
        # relative words
        ("today", SAT, "2026-01-31", "day"),
        ("yesterday", SAT, "2026-01-30", "day"),
        ("tomorrow", SAT, "2026-02-01", "day"),
        ("last week", SAT, "2026-01-19", "week"),
        ("this week", SAT, "2026-01-26", "week"),
        ("last month", SAT, "2025-12", "month"),
        ("next month", SAT, "2026-02", "month"),
        ("last year", SAT, "2025", "year"),
        ("two weeks ago", SAT, "2026-01-12", "week"),
        ("three days ago", SAT, "2026-01-28", "day"),
        # month names alone
        ("November", SAT, "2025-11", "month"),
        ("late January", SAT, "2026-01", "month"),
        ("early March", SAT, "2026-03", "month"),
        ("since May", SAT, "2025-05", "month"),
        ("in October", dt.date(2025, 3, 1), "2024-10", "month"),
        ("last March", dt.date(2025, 3, 20), "2024-03", "month"),
        # quarters and halves without a year
        ("the third quarter", dt.date(2025, 11, 2), "2025-Q3", "quarter"),
        ("fourth-quarter results", dt.date(2025, 2, 4), "2024-Q4", "quarter"),
        ("this quarter", SAT, "2026-Q1", "quarter"),
        ("last quarter", SAT, "2025-Q4", "quarter"),
        ("the second half", SAT, "2026-H2", "half"),
    ],
)
def test_parse_date(expr, ref, iso, precision):
    d = parse_date(expr, ref)
    assert d is not None, expr
    assert (d.iso(), d.precision.value) == (iso, precision)


@pytest.mark.parametrize(
    ("expr", "ref", "iso"),
    [
        ("on Friday", SAT, "2026-02-06"),
        ("on Saturday", SAT, "2026-01-31"),
        ("November", SAT, "2026-11"),
        ("the third quarter", dt.date(2025, 11, 2), "2026-Q3"),
        ("March 4th", dt.date(2025, 3, 20), "2026-03-04"),
    ],
)
def test_prefer_future(expr, ref, iso):
    assert parse_date(expr, ref, prefer_future=True).iso() == iso


@pytest.mark.parametrize(
    ("expr", "ref", "iso"),
    [("March 4th", dt.date(2025, 3, 1), "2024-03-04"), ("December", dt.date(2025, 12, 10), "2025-12")],
)
def test_prefer_past(expr, ref, iso):
    assert parse_date(expr, ref, prefer_future=False).iso() == iso


@pytest.mark.parametrize(
    "expr", ["on Friday", "yesterday", "last week", "November", "late January", "the third quarter", "March 4th"]
)
def test_relative_without_ref_is_found_but_unresolved(expr):
    mentions = find_dates(expr, None)
    assert mentions and all(m.date is None for m in mentions)
    assert parse_date(expr, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "$50",
        "$2025",
        "16,000",
        "2,025",
        "2.5%",
        "Q&A",
        "cut 2025 jobs",
        "a 50% stake",
        "2025.5 points",
        "up 12.3% to 2,025.40",
        "It may be that shares march higher",
        "The index rose to 2050 points",
        "sold 1,900 units for $2,024",
    ],
)
def test_not_dates(text):
    assert find_dates(text, SAT) == []


def test_sentence_with_several_dates():
    text = "Shares closed at $231.40 on Friday, Jan. 30, after the company said in late January it would cut jobs."
    got = [(m.text, m.date.iso()) for m in find_dates(text, SAT)]
    assert got == [("Friday, Jan. 30", "2026-01-30"), ("late January", "2026-01")]


def test_year_pairs():
    got = [m.date.iso() for m in find_dates("revenue in 2024 and 2025 rose", SAT)]
    assert got == ["2024", "2025"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("31.01.2026 - 05:08:04", "2026-01-31T05:08:04"),
        ("Mar 3, 2025 10:41 AM EST", "2025-03-03T10:41:00-05:00"),
        ("Wednesday 5 March 2025 11:52 GMT", "2025-03-05T11:52:00+00:00"),
        ("03.03.2025 | 10:31", "2025-03-03T10:31:00"),
        ("Tuesday, March 4th, 2025", "2025-03-04T00:00:00"),
        ("Thursday, March 6, 2025, 4:48 p.m. ET", "2025-03-06T16:48:00-05:00"),
        ("Sunday, March 9, 2025 | 8:15 AM ET", "2025-03-09T08:15:00-04:00"),
        ("By Avery Lindqvist | Sunday, March 9, 2025 | 8:15 AM ET", "2025-03-09T08:15:00-04:00"),
        ("2025-03-04T07:30:00-05:00", "2025-03-04T07:30:00-05:00"),
        ("2025-03-10T17:04:00Z", "2025-03-10T17:04:00+00:00"),
        ("March 8, 2025", "2025-03-08T00:00:00"),
        ("*Posted March 8, 2025 by Theo Marchbanks", "2025-03-08T00:00:00"),
        ("July 8, 2025 10:41 BST", "2025-07-08T10:41:00+01:00"),
        ("5 March 2025 11:52 CET", "2025-03-05T11:52:00+01:00"),
        ("Mar 5, 2025 14:00 UTC+1", "2025-03-05T14:00:00+01:00"),
    ],
)
def test_parse_published(text, iso):
    assert parse_published(text).isoformat() == iso


@pytest.mark.parametrize("text", ["", "no date here", "Updated 10:31", "$2025 | 10:31"])
def test_parse_published_none(text):
    assert parse_published(text) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"0123456789 .,/-:$%QH'", "March ", "Friday", "2025", "quarter", "last ", " ago"]),
        max_size=30,
    ).map("".join),
    st.sampled_from([None, SAT, SUN]),
    st.sampled_from([None, True, False]),
)
def test_never_raises_and_spans_slice_back(text, ref, fut):
    mentions = find_dates(text, ref, prefer_future=fut)
    prev_end = -1
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= prev_end
        prev_end = m.end
    parse_published(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_text(text):
    for m in find_dates(text, SAT):
        assert text[m.start : m.end] == m.text
    parse_published(text)
