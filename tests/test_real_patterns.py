"""Patterns seen in real outlets (wraps, wires, market reports in many markets), as our own sentences.

Each row: the article's date line and text -> the share prices (date, value, currency) it states.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data_layer import extract, read_bytes
from data_layer.dates import infer_reference, parse_published
from data_layer.ingest._text import classify_header
from data_layer.markets import market_for


def _prices(date_line: str, text: str, title: str = "Market report") -> list[tuple[str, float, str]]:
    raw = f"{title}\n{date_line}\n\n{text}\n" if date_line else f"{title}\n\n{text}\n"
    result = read_bytes("a.txt", raw.encode())
    arts = result.articles if hasattr(result, "articles") else result
    df = extract(arts).frames()["prices"]
    return sorted((str(d)[:10], float(p), c) for d, p, c in zip(df["date"], df["price"], df["currency"], strict=True))


PRICES = [
    # currencies by market: a bare $ on the ASX, cents on the TSX, pence written as "cents" in London
    (
        "Jul 11, 2014",
        "Qantara Mining (ASX: QMN) shares closed at $4.12, up 3 per cent, on the ASX.",
        [("2014-07-11", 4.12, "AUD")],
    ),
    (
        "Mar 3, 2025",
        "Northpine Energy (TSX: NPE) fell eight cents to 95 cents on the Toronto Stock Exchange.",
        [("2025-03-03", 0.95, "CAD")],
    ),
    (
        "20 June 2024",
        "On the FTSE 100, Calder Aero shares rose 2.8 percent (or 13 cents) to 485.5 cents.",
        [("2024-06-20", 485.5, "GBX")],
    ),
    # a wrap: each move clause is its own company's price, with or without a currency
    (
        "Jan 9, 2013",
        "In Tokyo, Kanto Motors rose 2.1 percent to 341 yen while Hoshida Electric fell 4 percent to 3,020 "
        "and the Nikkei 225 index lost 1 percent to 10,508.",
        [("2013-01-09", 341.0, "JPY"), ("2013-01-09", 3020.0, "JPY")],
    ),
    (
        "Nov 23, 2021",
        "Sensex gainers:\n\nRavi Power: With a gain of 3.91 percent, the shares were valued at Rs 201.85\n\n"
        "Meru Steel: Falling by 1.2 percent, the company ended the day at Rs 784.00",
        [("2021-11-23", 201.85, "INR"), ("2021-11-23", 784.0, "INR")],
    ),
    (
        "Dec 6, 2012",
        "Stocks edged higher on Wall Street. Halvard Chips led the Dow, rising 31 cents to $20.16. "
        "Corvane Inc. gained $1 to $102, and Tamsin Bank advanced $1.375 to $105.25.",
        [("2012-12-06", 20.16, "USD"), ("2012-12-06", 102.0, "USD"), ("2012-12-06", 105.25, "USD")],
    ),
    # an earlier clause's word ("gold") does not veto the next clause's price
    (
        "20 June 2024",
        "Miners were on the rise as gold prices rose, with Ashgrove Mining up 4.4 percent, or 24p, to 565p.",
        [("2024-06-20", 565.0, "GBX")],
    ),
    # a risers/fallers list: company, ticker in brackets, price, change
    (
        "Sep 23, 2025",
        "FTSE 250 - Risers\n\nBrackley Homes (BKH) 593.50p 5.42%\n\nOrme Foods Group (ORM) 2,390.00p -2.05%",
        [("2025-09-23", 593.5, "GBX"), ("2025-09-23", 2390.0, "GBX")],
    ),
    # "HK dollars", "Canadian dollars" after the number
    (
        "Jun 1, 2015",
        "Hong Kong stocks ended higher. Harbour Bank fell 0.4 percent at 73.85 HK dollars, while Kowloon Land "
        "gained 0.5 percent to 62.85 HK dollars.",
        [("2015-06-01", 62.85, "HKD"), ("2015-06-01", 73.85, "HKD")],
    ),
    # "last night's close" is the previous trading day; a next-morning paper's lead names its session
    (
        "June 13, 2013",
        "Holders will receive a premium of about 28% to last night's closing price of $10.73.",
        [("2013-06-12", 10.73, "USD")],
    ),
    (
        "Jun 6, 2008",
        "NEW YORK - Stocks surged yesterday as oil steadied.\n\nIn corporate news, Lakemont Telecom rose $1.98, "
        "or 5.35 percent, to $38.96.",
        [("2008-06-05", 38.96, "USD")],
    ),
    # an undated page dates its facts from the day its text names
    (
        "",
        "Veyra shares jumped 4.98% to close at $201.03 on Tuesday.\n\nVeyra by the numbers (as of Oct 28 close)"
        "\n\nNext earnings: Nov 19, 2025",
        [("2025-10-28", 201.03, "USD")],
    ),
]


@pytest.mark.parametrize(("date_line", "text", "expected"), PRICES)
def test_prices_in_real_styles(date_line, text, expected):
    assert _prices(date_line, text) == expected


NOT_PRICES = [
    "The Nifty 50 rose 0.7 percent or 121.20 points to end at 17,536.25.",
    "The rupee fell 0.2 percent to 83.32 against the dollar.",
    "Sales rose 5% to 3,020 units in 2024.",
]


@pytest.mark.parametrize("text", NOT_PRICES)
def test_index_currency_and_unit_clauses_are_not_prices(text):
    assert _prices("Nov 23, 2021", "Shares in Mumbai: " + text) == []


DATE_LINES = [
    ("Tue, May 21, 2024", "2024-05-21"),
    ("Mon, December 4, 2023", "2023-12-04"),
    ("Published 01/03/2025, 08:32 AM", "2025-01-03"),  # a 12-hour clock is a US page: month first
    ("01/03/2025 08:32", "2025-03-01"),
    ("Updated: 05 Dec 2024, 10:21 AM IST", "2024-12-05"),
]


@pytest.mark.parametrize(("line", "day"), DATE_LINES)
def test_date_lines(line, day):
    h = classify_header(line)
    assert h is not None and h.published.date().isoformat() == day


def test_india_zone_is_read():
    assert parse_published("05 Dec 2024, 10:21 AM IST").utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_footer_stamp_and_wire_dateline_below_bullets_date_the_article():
    footer = "Kestrel cut to hold\n\nKestrel shares rose 3%.\n\n(END) Newswires\n\nJuly 15, 2025 08:14 ET (12:14 GMT)\n"
    wire = (
        "Halvard reports results\n- Record revenue of $4.7 billion\n- Record margin\n- Record cash\n"
        "RIVERTON, Calif., Nov. 18, 2020 (GLOBE NEWSWIRE) -- Halvard today reported record revenue.\n"
    )
    for raw, day in ((footer, "2025-07-15"), (wire, "2020-11-18")):
        result = read_bytes("a.txt", raw.encode())
        arts = result.articles if hasattr(result, "articles") else result
        assert arts[0].published.date().isoformat() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A year ago, on September 19, 2022, the index stood lower.", "2023-09-19"),
        ("Three months ago, on June 19, 2023, it stood higher.", "2023-09-19"),
        ("Shares rose on Tuesday.", None),
    ],
)
def test_undated_reference(text, day):
    got = infer_reference(text)
    assert (got.isoformat() if got else None) == day


@pytest.mark.parametrize(
    ("text", "exchange", "isin", "market"),
    [
        ("Meru Steel (NSE: MERU) rose.", None, None, "IN"),
        ("Shares in Perth Gold (ASX:PGD) fell.", "NYSE", None, "AU"),
        ("KAN.T rose 2% in Tokyo.", None, None, "JP"),
        ("Shares rose 3%.", "LSE", "GB0000000000", "UK"),
        ("Shares rose 3%.", None, "CA0000000000", "CA"),
        ("Shares rose 3%.", None, None, None),
    ],
)
def test_market_of_an_article(text, exchange, isin, market):
    got = market_for(text, exchange, isin)
    assert (got.code if got else None) == market
