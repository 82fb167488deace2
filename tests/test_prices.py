"""Share-price extraction: values, kinds, day changes and the date each price refers to."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.extract import Doc, prices
from data_layer.models import Article, Company


def _doc(body: str, published: str | None = "2025-03-06T12:00") -> Doc:
    pub = dt.datetime.fromisoformat(published) if published else None
    return Doc.of(Article(id="t", body=body, published=pub, companies=(Company(name="Acme Robotics", ticker="ACME"),)))


def _rows(body: str, published: str | None = "2025-03-06T12:00"):
    return [
        (p.value, p.currency, p.kind.value, p.date.iso() if p.date else None, p.change_pct)
        for p in prices.extract(_doc(body, published))
    ]


# published dates used below: 2026-01-31 Sat, 2025-03-03 Mon, 2025-03-05 Wed, 2025-03-06 Thu, 2025-03-09 Sun
CASES = [
    # wire / news styles
    ("Amazon's shares closed at $239.30 on Friday, representing a decline of 1.01 percent.", "2026-01-31T05:08",
     [(239.3, "USD", "close", "2026-01-30", -1.01)]),
    ("Shares of Acme (ACME.O) were up 4.2% at $87.15 in morning trading, adding roughly $600 million to a market "
     "value that stood near $14 billion at Friday's close of $83.63.", "2025-03-03T10:41",
     [(87.15, "USD", "intraday", "2025-03-03", 4.2), (83.63, "USD", "close", "2025-02-28", None)]),
    ("Shares touched a 52-week high of $35.90 in intraday trading on Wednesday before closing at $34.10, up 8.6% on "
     "the day.", "2025-03-06T16:48",
     [(35.9, "USD", "intraday", "2025-03-05", None), (34.1, "USD", "close", "2025-03-05", 8.6)]),
    ("The company closed down 2.9% at $33.11 on Thursday, after trading as low as $32.40 in the first hour.",
     "2025-03-06T16:48", [(33.11, "USD", "close", "2025-03-06", -2.9), (32.4, "USD", "intraday", "2025-03-06", None)]),
    ("Halden is up about 15% from last week's close of $28.75, giving it a market value of $6.2 billion.",
     "2025-03-06T16:48", [(28.75, "USD", "close", "2025-02-28", None)]),
    ("Shares fell 7.4% to $18.62 in afternoon trading, after closing at $20.11 on Thursday.", "2025-03-07T14:05",
     [(18.62, "USD", "intraday", "2025-03-07", -7.4), (20.11, "USD", "close", "2025-03-06", None)]),
    ("Shares of Corvane jumped 23% to $41.76 in premarket trading Tuesday after the approval.", "2025-03-04T07:30",
     [(41.76, "USD", "intraday", "2025-03-04", 23.0)]),
    ("Corvane, which closed Monday at $33.95, plans to launch the drug at a list price of $18,500 a month.",
     "2025-03-04T07:30", [(33.95, "USD", "close", "2025-03-03", None)]),
    ("Despite recent share price volatility and a slight decline to $241.73, experts are upbeat.", "2026-01-30T17:25",
     [(241.73, "USD", "unspecified", "2026-01-30", None)]),
    ("The stock closed at $241.00 on Friday, placing it just 2.6% below its 52-week peak.", "2026-02-01T10:17",
     [(241.0, "USD", "close", "2026-01-30", None)]),
    ("Acme stock slid 4% to close at $18.30 yesterday.", "2025-03-06T08:00", [(18.3, "USD", "close", "2025-03-05", -4.0)]),
    ("The shares ended the session at $101.22, up 0.8%.", "2025-03-06T18:00",
     [(101.22, "USD", "close", "2025-03-06", 0.8)]),
    ("Acme shares ended Friday at $10.73, up 2.1%.", "2025-03-09T10:00", [(10.73, "USD", "close", "2025-03-07", 2.1)]),
    ("The stock ended Wednesday's session up 1.5% at $64.20.", "2025-03-06T08:00",
     [(64.2, "USD", "close", "2025-03-05", 1.5)]),
    ("Shares were last down 2% at 415 pence.", "2025-03-06T11:00", [(415.0, "GBX", "intraday", "2025-03-06", -2.0)]),
    ("Acme stock is trading at $37.50, roughly 20% below its all-time high.", "2025-03-08T11:00",
     [(37.5, "USD", "intraday", "2025-03-07", None)]),
    ("Acme agreed to be bought for $45 a share in cash, a 30% premium to Friday's close of $34.60.", "2025-03-10T08:00",
     [(34.6, "USD", "close", "2025-03-07", None)]),
    ("The stock closed at C$14.20 in Toronto on Friday.", "2025-03-09T08:00", [(14.2, "CAD", "close", "2025-03-07", None)]),
    ("Acme stock price today: $143.11 (-1.25%)", "2025-03-06T08:00", [(143.11, "USD", "unspecified", "2025-03-06", -1.25)]),
    ("Shares of CBRG opened at $44.12 on Tuesday.", "2025-03-04T09:00", [(44.12, "USD", "intraday", "2025-03-04", None)]),
    # British and German styles
    ("The FTSE 250 company closed 6.2 per cent lower at 968p, down 64p, wiping about £210m off its value.",
     "2025-03-05T11:52", [(968.0, "GBX", "close", "2025-03-05", -6.2)]),
    ("Shares in Ashcombe slumped yesterday after a profit warning.\nThe company closed 6.2 per cent lower at 968p. "
     "The shares steadied in early trading today, edging up 1.4 per cent to 981.5p.", "2025-03-05T11:52",
     [(968.0, "GBX", "close", "2025-03-04", -6.2), (981.5, "GBX", "intraday", "2025-03-05", 1.4)]),
    ("In Xetra trading the share rose 2.8 percent to EUR 135.10 by 10:15 am, while the MDAX gained 0.4 percent.",
     "2025-03-03T10:31", [(135.1, "EUR", "intraday", "2025-03-03", 2.8)]),
    ("On Friday (28.02.2025) the share had closed at 131,42 EUR.", "2025-03-03T10:31",
     [(131.42, "EUR", "close", "2025-02-28", None)]),
    ("In Frankfurt, the shares gained 1.9 percent to 23.45 euros.", "2025-03-06T12:00",
     [(23.45, "EUR", "unspecified", "2025-03-06", 1.9)]),
    ("Closing share price on 28 February 2025: NOK 212.40 (31 December 2024: NOK 187.90).", None,
     [(212.4, "NOK", "close", "2025-02-28", None), (187.9, "NOK", "close", "2024-12-31", None)]),
    # a Markdown table of closes
    ("| Day | Close | Change |\n|---|---|---|\n| Mon, Mar 3 | $24.10 | -2.0% |\n| Tue, Mar 4 | $22.35 | +7.3% |",
     "2025-03-08T09:00",
     [(24.1, "USD", "close", "2025-03-03", -2.0), (22.35, "USD", "close", "2025-03-04", 7.3)]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_prices(body, published, expected):
    assert _rows(body, published) == expected


NOT_PRICES = [
    "RBC Capital Markets maintains an Outperform rating with a $300 price target, while JPMorgan's target stands at $305.",
    "Analysts at Roth Capital raised their price target for Amazon shares to $295 this week.",
    "Barclays' price objective of $52.00 suggests a potential upside of 17.86% from the current price.",
    "Deutsche Bank sees the stock at EUR 60 within 12 months.",
    "The S&P 500 fell 1.1% to 5,783.19 while Brent crude rose to $74.10.",
    "In commodities, U.S. crude settled at $66.31 a barrel and gold ended at $2,911.40 an ounce.",
    "The company has a market capitalization of $8.41 billion and a P/E ratio of 11.62.",
    "The firm has a 50-day moving average of $42.65 and a 200-day moving average of $40.38.",
    "The stock has a 52-week low of $20.11 and a 52-week high of $60.00.",
    "Acme will pay a final dividend of 21.4p, taking the total for the year to 31.0p.",
    "Analysts expect earnings of $1.23 per share on revenue of $4.5 billion.",
    "The oil and gas producer reported $0.91 earnings per share, topping the consensus estimate of $0.84 by $0.07.",
    "He sold 6,500 shares of the stock at an average price of $45.30, for a total value of $294,450.00.",
    "I own 400 shares at an average cost of $19.80, so I'm still up about 11%.",
    "Options pricing implies a move of about 8.5% in either direction, or roughly $10 a share.",
    "The offer values Acme at $12 billion, or $95 per share.",
    "Its shares have lost more than half their value since hitting a record $120 in November.",
    "Bitcoin climbed 4% to $91,000 on Wednesday.",
    "Acme said revenue rose 6 percent to around EUR 4.1 billion in 2024.",
]


@pytest.mark.parametrize("body", NOT_PRICES)
def test_not_prices(body):
    assert _rows(body) == []


def test_record_fields_and_provenance():
    body = "Intro line.\nShares of Acme closed at $10.50 on Wednesday, up 3%."
    (p,) = prices.extract(_doc(body))
    assert (p.company, p.ticker) == ("Acme Robotics", "ACME")
    assert body[p.provenance.start : p.provenance.end] == p.provenance.evidence == "$10.50"


def test_no_publication_date_leaves_relative_dates_unresolved():
    assert _rows("Shares closed at $10.50 on Friday.", None) == [(10.5, "USD", "close", None, None)]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Shares closed at $1.5p€£%, on Friday up down | 0123456789\n.")), max_size=300
    )
)
def test_never_raises_and_spans_slice_back(body):
    doc = _doc(body)
    for p in prices.extract(doc):
        assert body[p.provenance.start : p.provenance.end] == p.provenance.evidence


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(body):
    for p in prices.extract(_doc(body)):
        assert body[p.provenance.start : p.provenance.end] == p.provenance.evidence


def test_marketbeat_stock_block():
    body = (
        "Shares of NASDAQ:ACME opened at $222.69 on Friday. The firm's fifty day moving average price is $225.10 and "
        "its 200-day moving average price is $210.44. Acme has a 12 month low of $161.38 and a 12 month high of "
        "$242.52. In other news, CEO Jane Roe sold 20,000 shares of the firm's stock in a transaction on Monday, June "
        "2nd. The shares were sold at a price of $205.14, for a total value of $4,102,800.00.\n"
        "Acme closed at $218.16 per share on Thursday."
    )
    assert _rows(body, "2025-06-07T12:00") == [
        (222.69, "USD", "intraday", "2025-06-06", None),
        (218.16, "USD", "close", "2025-06-05", None),
    ]


def test_table_without_edge_pipes():
    body = "The week in closing prices\nDay | Close | Change\nMon, Mar 3 | $24.10 | -2.0%\nFri, Mar 7 | $21.96 | -6.5%"
    assert _rows(body, "2025-03-08T09:00") == [
        (24.1, "USD", "close", "2025-03-03", -2.0),
        (21.96, "USD", "close", "2025-03-07", -6.5),
    ]


# --------------------------------------------------------------------------- classes found on realistic articles


def _company_rows(body: str, published: str | None = "2024-12-20T12:31", title: str = ""):
    pub = dt.datetime.fromisoformat(published) if published else None
    art = Article(
        id="t",
        title=title,
        body=body,
        published=pub,
        companies=(Company(name="Acme Robotics", ticker="ACME"), Company(name="Micron Technology", ticker="MU")),
    )
    return [
        (p.company, p.value, p.kind.value, p.date.iso() if p.date else None, p.change_pct)
        for p in prices.extract(Doc.of(art))
    ]


def test_movers_items_belong_to_the_company_named_first():
    body = (
        "Check out the companies making headlines in midday trading.\n\n"
        "Micron Technology — The memory chip stock rose 2.1% to $89.96, recovering part of Thursday's 16% slide. "
        "Micron's shares had closed at $88.11 on Thursday after a weak forecast.\n\n"
        "Nike — The athletic apparel maker edged 0.3% lower to $77.11 after the CEO said the turnaround will take time."
        "\n\nLamb Weston — The french fry maker plunged 20% after cutting its forecast.\n\n"
        "Novo Nordisk — U.S.-listed shares of the Danish drugmaker plunged 18% to $83.48 after a trial disappointed."
    )
    assert _company_rows(body, title="Stocks making the biggest moves midday: Nike, Micron and more") == [
        ("Micron Technology", 89.96, "intraday", "2024-12-20", 2.1),
        ("Micron Technology", 88.11, "close", "2024-12-19", None),
        ("Nike", 77.11, "intraday", "2024-12-20", -0.3),
        ("Novo Nordisk", 83.48, "intraday", "2024-12-20", -18.0),
    ]


def test_premarket_movers_and_datelines():
    body = (
        "These are the stocks posting the largest moves in premarket trading.\n\n"
        "Acme Robotics - Shares added 4% to $12.50 after an upgrade.\n\n"
        "NEW YORK — Shares of Zenith Foods fell 2% to $40.10 on Thursday."
    )
    assert _company_rows(body, "2025-03-07T08:00") == [
        ("Acme Robotics", 12.5, "intraday", "2025-03-07", 4.0),
        ("Zenith Foods", 40.1, "unspecified", "2025-03-06", -2.0),
    ]


def test_second_company_in_a_deal_story_and_session_kind():
    body = (
        "Ansys shares fell 0.4% to $356.10 at 10:05 a.m. in New York. Synopsys declined 1.8% to $531.42.\n"
        "Rival Cadence also dropped 3.1% to $270.00."
    )
    assert _company_rows(body, "2024-01-16T10:31") == [
        ("Ansys", 356.1, "intraday", "2024-01-16", -0.4),
        ("Synopsys", 531.42, "intraday", "2024-01-16", -1.8),
        ("Cadence", 270.0, "intraday", "2024-01-16", -3.1),  # a rival's move is its own price
    ]


REALISTIC = [
    # a record close on a named earlier day
    (
        "Microsoft shares were little changed at $491.09 in afternoon trading on Wednesday. The stock closed at a record "
        "high of $497.41 on Monday, giving the company a market value of about $3.7 trillion.",
        "2025-07-02T14:47",
        [(491.09, "USD", "intraday", "2025-07-02", None), (497.41, "USD", "close", "2025-06-30", None)],
    ),
    (
        "The shares finished at an all-time high of 1,204p on Tuesday.",
        "2025-03-06T09:00",
        [(1204.0, "GBX", "close", "2025-03-04", None)],
    ),
    # "after-hours" is not the end of the clause; a venue's "trading" is not intraday
    (
        "Shares fell 1.3% to $155.02 in after-hours trading after closing at $157.03.",
        "2024-10-11T22:14",
        [(155.02, "USD", "intraday", "2024-10-11", -1.3), (157.03, "USD", "close", "2024-10-11", None)],
    ),
    (
        "On Tuesday (28.01.2025) the share had closed at 264,95 EUR in Xetra trading.",
        "2025-01-29T08:42",
        [(264.95, "EUR", "close", "2025-01-28", None)],
    ),
    # a later price of the day in a story written during the session
    (
        "Tesco shares were down 6.8 per cent at 318.4p by late morning. Sainsbury's shares also fell 5.2 per cent to "
        "228.6p.",
        "2025-04-10T12:15",
        [(318.4, "GBX", "intraday", "2025-04-10", -6.8), (228.6, "GBX", "intraday", "2025-04-10", -5.2)],
    ),
    (
        "Fubo shares closed at $6.45, up 251%. Disney shares rose 0.6% to $111.24.",
        "2025-01-06T21:40",
        [(6.45, "USD", "close", "2025-01-06", 251.0), (111.24, "USD", "unspecified", "2025-01-06", 0.6)],
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), REALISTIC)
def test_realistic_prices(body, published, expected):
    assert _rows(body, published) == expected


NOT_PRICES_REALISTIC = [
    # per-share earnings and guidance ranges
    "- Earnings per diluted share of $13.55 to $13.95, compared to its prior outlook of $13.35 to $13.75.",
    "The company now expects EPS of $13.35 to $13.75 for the full year, and its shares rose.",
    "Acme raised its full-year outlook and now anticipates adjusted profit of $2.10 to $2.25 a share.",
    "The stock's quarterly dividend of $1.10 per share is payable on September 27.",
    # deal consideration and per-share offer values
    "- Consideration: $197 cash plus 0.345 Synopsys share",
    "Ansys shareholders will receive $197 in cash and 0.345 share of Synopsys common stock for each share they own.",
    "- Price: about $35 billion, or $390.19 per Ansys share",
    "Holders will get $25 plus 0.5 shares of the buyer's stock.",
    # statistics, not a day's price
    "The stock, which rose 50% this year, has a 52-week high of $60.00 and a 52-week low of $20.10.",
]


@pytest.mark.parametrize("body", NOT_PRICES_REALISTIC)
def test_not_prices_realistic(body):
    assert _rows(body, "2024-08-29T08:00") == []


TABLES = [
    # Markdown table with edges, OHLC columns, bare numbers and a currency in the header
    (
        "| Date | Open | High | Low | Close ($) | Volume |\n|---|---|---|---|---|---|\n"
        "| Mar 3 | 12.00 | 12.50 | 11.80 | 11.92 | 1.2m |\n| Mar 4 | 11.90 | 12.20 | 11.70 | 12.10 | 1.1m |",
        "2025-03-08T09:00",
        [(11.92, "USD", "close", "2025-03-03", None), (12.1, "USD", "close", "2025-03-04", None)],
    ),
    # unnamed date column, negative change in brackets, euro cells
    (
        "| | Price | % chg |\n| Fri. Mar 7 | €21.96 | (6.5%) |\n| Mon, Mar 10 | €22.10 | 0.6% |",
        "2025-03-11T09:00",
        [(21.96, "EUR", "close", "2025-03-07", -6.5), (22.1, "EUR", "close", "2025-03-10", 0.6)],
    ),
    # pence header, an absolute change column is not a percentage
    (
        "Session | Last (p) | Chg\nMon 3 Mar | 415.2 | -2.0",
        "2025-03-08T09:00",
        [(415.2, "GBX", "close", "2025-03-03", None)],
    ),
    # undated article: the year comes from the article's other dates (and must fit the weekdays)
    (
        "Notes from the 2025 season.\nDay | Close | Change\nMon, Mar 3 | $11.92 | -3.1%\nTue, Mar 4 | $12.10 | +1.5%",
        None,
        [(11.92, "USD", "close", "2025-03-03", -3.1), (12.1, "USD", "close", "2025-03-04", 1.5)],
    ),
    # not a price table
    ("Holding | Weight | Return\nAcme | 10% | 5%\nBeta | 20% | 3%", "2025-03-08T09:00", []),
    ("Quarter | Revenue | EPS\nQ1 2025 | $4.1bn | $1.20\nQ2 2025 | $4.3bn | $1.31", "2025-08-08T09:00", []),
]


@pytest.mark.parametrize(("body", "published", "expected"), TABLES)
def test_price_tables(body, published, expected):
    assert _rows(body, published) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Despite recent share price volatility and a slight decline to $241.73, analysts stay upbeat.",
        "Although the stock closed at $12.40 on Wednesday, traders were cautious.",
        "Investors cheered as Acme Robotics shares rose 3% to $12.40.",
    ],
)
def test_a_capitalised_function_word_is_never_the_company_whose_price_it_is(body):
    (p,) = prices.extract(_doc(body))
    assert (p.company, p.ticker) == ("Acme Robotics", "ACME")
