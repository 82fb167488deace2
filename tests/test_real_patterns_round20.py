"""Round twenty of real-outlet patterns, as our own sentences: a price's conversion into another currency, a stock's
contribution to the index, prices read "respectively", a wire's closing quote line, a firm's earlier target, labels of
a broker line, a bare target after the firm's line, a movers list's paragraphs and a broker named in a cause clause;
workers affected by a lockdown.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, layoff_rows, price_days, price_rows, target_rows

# --------------------------------------------------------------------------- prices

PRICES = [
    # the same price in another currency is no price of its own
    pytest.param(
        "February 10, 2026 00:05 ET (05:05 GMT)",
        ("Shares of Kestrel Motors were recently up 10% at 4,690 yen, equivalent to $30.12, in Tokyo trading Tuesday.",
         "Kestrel Motors closed at 1,250 yen, or about $8.40, on Monday."),
        "Kestrel Motors shares jump",
        [(1250.0, "2026-02-09"), (4690.0, "2026-02-10")],
        id="conversion-after-the-price",
    ),
    # a stock's contribution to the index, then its move
    pytest.param(
        "January 26, 2024",
        ("KUALA LUMPUR, Jan 26 -- Bursa Malaysia ended the morning session higher on Friday.",
         "Halcyon Bank contributed 1.055 points to the key index, after rising six sen to RM6.18 with 7.23 million "
         "shares changing hands."),
        "Bursa Malaysia ends higher",
        [(6.18, "2024-01-26")],
        id="points-to-the-index",
    ),
    # two stocks, one move, a price each ("respectively")
    pytest.param(
        "January 26, 2024",
        ("KUALA LUMPUR, Jan 26 -- Bursa Malaysia ended the morning session higher on Friday.",
         "Among other heavyweights, Merak Bhd and Sentosa Power gained two sen each to RM9.12 and RM10.54 "
         "respectively, while Teluk Bank was flat at RM4.37."),
        "Bursa Malaysia ends higher",
        [(4.37, "2024-01-26"), (9.12, "2024-01-26"), (10.54, "2024-01-26")],
        id="respectively",
    ),
    # a price the share price "hits", in the present tense of a bullet
    pytest.param(
        "05 May 2021",
        ("Following Kestrel Group's first quarter, analysts lifted their price targets.",
         "• Kestrel Group Holdings Ltd (SGX: K05) share price hits S$29.29 as at noon on Wednesday (05 May 2021)"),
        "Kestrel shares could cross S$33, analysts say",
        [(29.29, "2021-05-05")],
        id="share-price-hits",
    ),
    # the session the lead dates before the story's day holds the next sentence's intraday prices
    pytest.param(
        "2024-02-01",
        ("Halvorsen Properties, Inc. (NYSE:HVP – Get Free Report) shares dropped 3.8% during trading on Wednesday "
         "following a disappointing earnings announcement. The stock traded as low as $66.84 and last traded at "
         "$67.31. The stock had previously closed at $70.00.",),
        "Halvorsen Properties (NYSE:HVP) Shares Down 3.8% Following Weak Earnings",
        [(66.84, "2024-01-31"), (67.31, "2024-01-31"), (70.0, "2024-01-30")],
        id="intraday-on-the-leads-earlier-day",
    ),
    # a wire dateline a day after the stamp (New York's evening, Sydney's morning) is the story's day
    pytest.param(
        "February 11, 2014 / 11:21 PM",
        ("SYDNEY, Feb 12 (Reuters) - Shares in Australia's Kestrel Ltd jumped as much as 7 percent on Wednesday to "
         "their highest in almost three years after it reported a 73 percent rise in first-half net profit.",
         "Kestrel shares were up 5.8 percent at A$5.29 by 0100 GMT, after touching a high of A$5.33."),
        "Australia's Kestrel shares jump after strong H1 results",
        [(5.29, "2014-02-12"), (5.33, "2014-02-12")],
        id="dateline-a-day-after-the-stamp",
    ),
    # a results quarter is no price's date
    pytest.param(
        "2024-05-09",
        ("Canada's main stock index rose on Thursday as investors assessed a raft of corporate earnings.",
         "Kestrel logged a higher profit in the first quarter as its Brindle acquisition continued to drive revenue "
         "growth, helping lift the shares 5.5% to C$30.33.",
         "Shares of Teluk dropped 3.5% to C$8.60 after its first-quarter adjusted earnings fell 11%, while Merak "
         "Technology Solutions' shares fell 10% to C$5.13 after its earnings were below market forecasts."),
        "Toronto Stocks Advance as Earnings Season Gathers Pace",
        [(5.13, "2024-05-09"), (8.6, "2024-05-09"), (30.33, "2024-05-09")],
        id="results-quarter-no-price-date",
    ),
    # a crypto's price told as the sentence's subject is no share price
    pytest.param(
        "April 25, 2023",
        ("Gold edged lower Tuesday but was holding just below the $2,000 level at $1,989. Bitcoin continued its slide "
         "yet again in Tuesday's premarket, down slightly at $27,388.",
         "Kestrel shares rose 2% to $45.10 in premarket trading."),
        "Tuesday's top analyst upgrades and downgrades",
        [(45.1, "2023-04-25")],
        id="bitcoin-continued",
    ),
    # a described stock moving after "as" starts its own clause, past an earlier clause's veto word
    pytest.param(
        "October 3, 2023",
        ("Tech-focused stocks defied the rates outlook as property portal Brindle lifted 11p to 565.4p as the biggest "
         "riser, while publisher Teluk added 10.4p to 867.8p.",),
        "FTSE 100 live: Kestrel slides after sell rating",
        [(565.4, "2023-10-03"), (867.8, "2023-10-03")],
        id="as-described-stock-lifted",
    ),
    # the quote line a wire story ends with, in the currency of the story's amounts
    pytest.param(
        "10:03 AM EDT, 08/08/2024",
        ("(MT Newswires) -- Halvorsen Therapeutics ( HVTX ) shares were falling 3.3% in recent Thursday trading "
         "after the company's Q2 revenue missed analysts' estimates.",
         "Revenue for the quarter ended June 30 was $415.5 million, down from $424.4 million a year earlier.",
         "Price: 10.36, Change: -0.35, Percent Change: -3.27"),
        "Halvorsen Therapeutics Shares Fall After Q2 Revenue Miss",
        [(10.36, "2024-08-08")],
        id="wire-quote-line",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), PRICES)
def test_a_price_told_another_way(date, paragraphs, title, expected):
    assert price_days(date, *paragraphs, title=title) == expected


def test_prices_read_respectively_each_have_their_company():
    df = article_frames(
        "September 14, 2017",
        "Harare — The mainstream index advanced 9,30 percent on gains recorded by Delmar and Teviot.",
        "Delmar gained 20 percent to 266,56 cents while Teviot and Quarry Mobile advanced 11 percent and 3,1 percent "
        "to settle at 139,91 cents and 79,5 cents respectively.",
        title="Stock market hits new high",
    )["prices"]
    assert price_rows(df) == [("Delmar", 2.6656, "2017-09-14"), ("Quarry Mobile", 0.795, "2017-09-14"),
                              ("Teviot", 1.3991, "2017-09-14")]  # fmt: skip


def test_a_described_stock_after_while_or_as_is_the_prices_company():
    df = article_frames(
        "October 3, 2023",
        "Tech-focused stocks defied the rates outlook as property portal Brindle lifted 11p to 565.4p as the biggest "
        "riser, while publisher Teluk added 10.4p to 867.8p.",
        title="FTSE 100 live",
    )["prices"]
    assert price_rows(df) == [("Brindle", 565.4, "2023-10-03"), ("Teluk", 867.8, "2023-10-03")]


def test_a_quote_line_with_change_keeps_its_percent():
    df = article_frames(
        "10:03 AM EDT, 08/08/2024",
        "Halvorsen Therapeutics ( HVTX ) shares were falling 3.3% in recent Thursday trading.",
        "Revenue for the quarter was $415.5 million.",
        "Price: 10.36, Change: -0.35, Percent Change: -3.27",
        title="Halvorsen Therapeutics Shares Fall",
    )["prices"]
    assert list(df["change_pct"]) == [-3.27] and list(df["currency"]) == ["USD"]


# --------------------------------------------------------------------------- targets

TARGETS = [
    # the firm's earlier target, told after the new one, is no row of its own
    pytest.param(
        "Fri, Dec 20, 2013",
        ("Norrland Securities yesterday raised the target price of Kestrel Optics shares to NT$610 on strong demand "
         "for its lenses.",
         "Norrland analyst Ann Berg had previously set a target price of NT$480, implying an upside of about 23 "
         "percent from the stock's closing price of NT$429 yesterday."),
        "Kestrel Optics target raised: analyst",
        [("Norrland Securities", None, 610.0)],
        id="had-previously-set",
    ),
    # a broker line's labels are no firm, and its bare target is the firm's of the line before
    pytest.param(
        "September 08, 2025",
        ("BRL BRINDLE ENERGY LIMITED",
         "Overnight Price: $8.23",
         "Harwood Partners rates BRL as Equal-weight (3) -",
         "Harwood Partners prefers Brindle Energy over Kestrel Power on valuation.",
         "Target $9.68. Equal-weight. Industry View: In-Line."),
        "Australian Broker Call",
        [("Harwood Partners", "hold", 9.68)],
        id="industry-view-label",
    ),
    # a movers list: one firm on two stocks is two rows
    pytest.param(
        "Wed, Jan 10 2024 12:20 PM EST",
        ("Here are the companies making headlines in midday trading.",
         "Brindle Health — The health care name dipped less than 1% after Wells Fargo downgraded the stock to equal "
         "weight from overweight.",
         "Halvorsen Games — Shares of the video game company gained 1% on Wednesday after Wells Fargo initiated "
         "coverage of Halvorsen Games with an overweight rating."),
        "Stocks making the biggest moves midday",
        [("Wells Fargo", "buy", None), ("Wells Fargo", "hold", None)],
        id="movers-list-items",
    ),
    # a firm's several stocks, each target in a sentence after the firm's ("With a buy rating, its target is ...",
    # "the target price of the share", "X share's target price has been reduced")
    pytest.param(
        "2025-04-08",
        ("Global brokerage firm HSBC has advised investing in oil companies after the increase in excise duty. Kestrel "
         "Oil share's target price has been reduced from Rs 170 to Rs 150",
         "HSBC has maintained a buy rating on Brindle Petro shares, reducing the target price from Rs 440 to Rs 400",
         "Systematics Institutional Equities, in its report, has mentioned the benefit of tariff to textile company "
         "Halvorsen Exports. With a buy rating, its target is given as Rs 1,141",
         "Systematics Institutional Equities' report has also suggested investing in Teluk Textiles shares. Its target "
         "price is given as Rs 588",
         "Systematics Institutional Equities has also mentioned the benefit of tariffs to Merak Living shares. With a "
         "buy rating, the target price of the share is given as Rs 176"),
        "Kestrel Oil to Brindle Petro: 7 stocks to invest in",
        [("HSBC", None, 150.0), ("HSBC", "buy", 400.0), ("Systematics Institutional Equities", None, 588.0),
         ("Systematics Institutional Equities", "buy", 176.0), ("Systematics Institutional Equities", "buy", 1141.0)],
        id="one-firm-several-stocks-in-next-sentences",
    ),
    # the firm's analyst named after a lead-in, two sentences after the firm
    pytest.param(
        "26/01/2017",
        ("Analysts at Halvorsen Investment Partners have downgraded the share price target for Kestrel Air and warned "
         "its earnings before tax is likely to come in at the lower end of expectations.",
         "Short haul passenger revenue for the airline between July and December last year fell 6.3 per cent.",
         "In a note to clients, analyst Matt Peek downgraded the target share price to $2.09 from $2.17, although it "
         "retained its 'hold' recommendation."),
        "Analysts lower Kestrel Air's share price target",
        [("Halvorsen Investment Partners", "hold", 2.09)],
        id="analyst-after-a-lead-in",
    ),
    # firms that upgraded "ratings" and raised "price targets", no figure: a row each
    pytest.param(
        "July 3, 2024",
        ("Kestrel's stock surged 23% in less than a month, nearing its 2024 high. Brokerages like Nomura and CLSA "
         "upgraded ratings and raised price targets on the stock.",),
        "Kestrel shares rally",
        [("CLSA", None, None), ("Nomura", None, None)],
        id="upgraded-ratings-and-raised-targets",
    ),
    # a broker known by its suffix, acting in a cause clause
    pytest.param(
        "Wed, Jan 10 2024 12:20 PM EST",
        ("Shares of the video game company gained 1% on Wednesday after Harwood Securities initiated coverage of "
         "Halvorsen Games with an overweight rating.",),
        "Halvorsen Games shares rise",
        [("Harwood Securities", "buy", None)],
        id="broker-in-a-cause-clause",
    ),
]  # fmt: skip


TRADING_CALLS = [
    # an unlabelled rating cell, the broker named after each item
    pytest.param(
        "June 5, 2024",
        ("Here is what brokerage firms like Religare Broking and Prabhudas Lilladher have to say on these stocks.",
         "Kestrel Fertilisers | Buy | Target Price: Rs 760 | Stop Loss: Rs 645",
         "Kestrel Fertilisers has ended an eight-month long consolidation phase.",
         "Recommended by: Religare Broking",
         "Brindle Chemicals | Buy | Target Price: Rs 2,480 | Stop Loss: Rs 2,190",
         "The RSI has picked up from the oversold zone.",
         "Recommended by: Prabhudas Lilladher"),
        "Stocks to buy today",
        [("Kestrel Fertilisers", "Religare Broking", 760.0), ("Brindle Chemicals", "Prabhudas Lilladher", 2480.0)],
        id="recommended-by",
    ),
    # the rating first, the broker in the lead
    pytest.param(
        "Wednesday, September 24, 2025 | 09:29 AM IST",
        ("Chandan Taparia, head of derivatives at Motilal Oswal Financial Services, has recommended buying shares of "
         "Kestrel Bank and Brindle Steel",
         "Stock recommendations:",
         "Buy KESTREL BANK |CMP ₹870 |SL ₹845 |TGT ₹920",
         "Stock is in overall uptrend.",
         "Buy BRINDLE STEEL |CMP ₹173 |SL ₹168 |TGT ₹182",
         "Stock has formed a bullish pattern."),
        "Top stock picks for today, Sep 24: Kestrel Bank, Brindle Steel",
        [("Kestrel Bank", "Motilal Oswal", 920.0), ("Brindle Steel", "Motilal Oswal", 182.0)],
        id="buy-first-tgt",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), TRADING_CALLS)
def test_a_trading_call_line_is_its_brokers_target(date, paragraphs, title, expected):
    df = article_frames(date, *paragraphs, title=title)["targets"]
    assert list(zip(df["company"], df["firm"], df["target"], strict=True)) == expected
    assert set(df["rating_class"]) == {"buy"}


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), TARGETS)
def test_a_firm_and_its_target(date, paragraphs, title, expected):
    assert target_rows(date, *paragraphs, title=title) == expected


def test_each_movers_item_names_the_rated_company():
    df = article_frames(
        "Wed, Jan 10 2024 12:20 PM EST",
        "Here are the companies making headlines in midday trading.",
        "Brindle Health — The health care name dipped less than 1% after Wells Fargo downgraded the stock to equal "
        "weight from overweight.",
        "Halvorsen Games — Shares of the video game company gained 1% on Wednesday after Wells Fargo initiated "
        "coverage of Halvorsen Games with an overweight rating.",
        title="Stocks making the biggest moves midday",
    )["targets"]
    assert sorted(zip(df["company"], df["action"], strict=True)) == [
        ("Brindle Health", "downgraded"),
        ("Halvorsen Games", "initiated"),
    ]


def test_a_table_of_tickers_is_no_movers_list():
    """FNArena's table lines ("AD8 - Audinate ... Macquarie") then its notes: the firm's row keeps its target."""
    rows = target_rows(
        "March 13, 2025",
        "Today's Upgrades and Downgrades",
        "KSL - Kestrel Systems Downgrade to Underperform from Neutral Macquarie",
        "BRN - Brindle Mining Downgrade to Accumulate from Buy Ord Minnett",
        "Macquarie rates KSL as Downgrade to Underperform from Neutral (5) -",
        "Target price is $6.30.",
        title="Australian Broker Call",
    )
    assert [r for r in rows if r[0] == "Macquarie"] == [("Macquarie", "sell", 6.3)]


# --------------------------------------------------------------------------- layoffs


def test_workers_affected_by_a_lockdown_are_no_cut():
    assert layoff_rows(
        "November 17, 2020",
        "The Kestrel Gloves company announced that only 5,700 workers were affected by the Tightened Movement Control "
        "Order (PKPD) and not 13,190 as previously reported.",
        "Separately, Kestrel Gloves said 350 jobs will be affected by the closure of its Ipoh plant.",
        title="Kestrel Gloves shares fall on dormitory lockdown",
    ) == [(350, 350, "round")]
