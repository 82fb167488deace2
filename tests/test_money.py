"""Money parsing: symbols, codes, multipliers, pence, decimal commas."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from data_layer.extract._money import parse_money, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$50 billion", [(5e10, "USD")]),
        ("$2.35bn", [(2.35e9, "USD")]),
        ("£210m", [(2.1e8, "GBP")]),
        ("EUR 142", [(142.0, "EUR")]),
        ("131,42 EUR", [(131.42, "EUR")]),
        ("968p", [(968.0, "GBX")]),
        ("981.5p.", [(981.5, "GBX")]),
        ("1,150p", [(1150.0, "GBX")]),
        ("415 pence", [(415.0, "GBX")]),
        ("€1.2 billion", [(1.2e9, "EUR")]),
        ("US$12.50", [(12.5, "USD")]),
        ("C$14.20", [(14.2, "CAD")]),
        ("HK$3.5", [(3.5, "HKD")]),
        ("¥1,000", [(1000.0, "JPY")]),
        ("CHF 90", [(90.0, "CHF")]),
        ("Rs 1,200", [(1200.0, "INR")]),
        ("NOK 212.40", [(212.4, "NOK")]),
        ("23.45 euros", [(23.45, "EUR")]),
        ("50 cents", [(0.5, "USD")]),
        ("USD 1,184 million", [(1.184e9, "USD")]),
        ("$2,911.40", [(2911.4, "USD")]),
        ("1.234,56 €", [(1234.56, "EUR")]),
        ("$1.2bn (£940m)", [(1.2e9, "USD"), (9.4e8, "GBP")]),
    ],
)
def test_parse_money(text, expected):
    assert [(m.value, m.currency) for m in parse_money(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["at 10pm", "2,500 people", "the 5 Mp camera", "a 3pc rise", "P/E of 11.62", "4p.m. ET", "rose 2.5%", "in 2025"],
)
def test_not_money(text):
    assert parse_money(text) == []


@pytest.mark.parametrize(
    ("raw", "value"), [("1,150", 1150.0), ("131,42", 131.42), ("1.234,56", 1234.56), ("2,911.40", 2911.4), ("7", 7.0)]
)
def test_parse_number(raw, value):
    assert parse_number(raw) == value


@given(st.text(max_size=200))
def test_never_raises_and_spans_slice_back(text):
    for m in parse_money(text):
        assert text[m.start : m.end] == m.text
        assert m.value >= 0
        assert m.value == m.value  # not NaN


@given(st.from_regex(r"[$€£]?\d{1,7}([.,]\d{1,3})?\s?(bn|m|billion|p|EUR)?", fullmatch=True))
def test_money_like_strings(text):
    for m in parse_money(text):
        assert text[m.start : m.end] == m.text
