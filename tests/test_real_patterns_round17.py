"""Round seventeen of real-outlet patterns, as our own sentences: a change told "by 7.02 per cent", a day in another
clause, a newspaper named after a weekday, analysts named before their rating, a broker's heading over its quoted
note, targets listed before their brokers, "5,000-plus" job cuts and deals nobody made.
"""

from __future__ import annotations

import datetime as dt

import pytest
from article_frames import article_frames, event_types, price_days, price_rows, target_rows

from data_layer.dates import find_dates
from data_layer.extract.prices import _recent_move
from data_layer.models import FuzzyDate
from data_layer.text import Sentence

_prices = price_days
_targets = target_rows


# --------------------------------------------------------------------------- the day a price is from

PRICE_DAYS = [
    # "by 7.02" is a change, not the time "7.02": the close of the session before a paper stamped at midnight
    pytest.param(
        "Friday 07 October 2011 00:00 BST",
        (
            "Brewers were in demand as bid talk swept the market.",
            "Kestrel Brewing surged by 7.02 per cent to 2,247.5p on talk of a possible approach.",
        ),
        [(2247.5, "2011-10-06")],
        id="by-a-percentage-is-no-time",
    ),
    # ... and an undated low of the day in that paper is from the same session
    pytest.param(
        "Friday 07 October 2011 00:00 BST",
        (
            "Oil stocks were mixed as traders weighed the latest rumours.",
            "Talk of weak figures sent Harlow Petroleum as low as 383.5p, yet it recovered to close 2.5p better off "
            "at 392.75p.",
        ),
        [(383.5, "2011-10-06"), (392.75, "2011-10-06")],
        id="intraday-low-in-a-midnight-paper",
    ),
    # "lower than a week ago" compares with another day; it does not date the price
    pytest.param(
        "Friday 07 October 2011 00:00 BST",
        (
            "Engineers rallied as takeover gossip returned.",
            "Brackwell Controls was driven up 9p to 212p on the mid-tier index, although it remains over 10 per cent "
            "lower than a week ago.",
        ),
        [(212.0, "2011-10-06")],
        id="lower-than-a-week-ago",
    ),
    # a newspaper named after a weekday is no day
    pytest.param(
        "4 December 2023",
        (
            "London's miners dragged the FTSE 100 lower as investors took profits.",
            "In company news, shares in Penmoor Gaming soared after a report in the Sunday Times that it had rejected "
            "a bid this summer.",
            "The company's shares closed up 17.3%, ending the day at 82.8p per share.",
        ),
        [(82.8, "2023-12-04")],
        id="sunday-times-is-no-day",
    ),
    # a basis day before a second price belongs to the first price's change
    pytest.param(
        "2018-01-22",
        (
            "New Delhi, Jan 22: Shares of Kaveri Refiners fell over 3 per cent today.",
            "On the BSE, shares of the refiner settled at Rs 401.75, down 3.55 per cent from the previous close, while "
            "the stock dropped by 3.32 per cent to close at Rs 402.40 on NSE.",
        ),
        [(401.75, "2018-01-22"), (402.4, "2018-01-22")],
        id="basis-day-before-a-second-price",
    ),
    # ... but a day that names the amount after it is the amount's own ("from last week's close of $28.75")
    pytest.param(
        "March 7, 2025",
        ("Even after Thursday's pullback, Ostrava Robotics is up about 15% from last week's close of $28.75.",),
        [(28.75, "2025-02-28")],
        id="a-basis-that-names-its-amount",
    ),
    # a day in a contrast clause about something else is that clause's
    pytest.param(
        "17 Oct 2025 11:32 AM IST",
        (
            "Shares of Veltrix Infotech fell over 4% in early trade on Friday, a day after its results.",
            "The stock dropped to ₹242.8 on the NSE, while its US-listed ADRs also ended 2.5% lower overnight.",
        ),
        [(242.8, "2025-10-17")],
        id="overnight-in-a-while-clause",
    ),
    # the day of a cause before the move is the cause's
    pytest.param(
        "Friday 07 October 2011 00:00 BST",
        (
            "Miners were in demand as the rally gathered pace.",
            "In the wake of bid rumours on Wednesday, Kessel Mining was still climbing as it rose more than 10 per "
            "cent for the second session in a row.",
            "The iron ore producer charged forwards 28p to 294.8p, helped by strong production numbers.",
        ),
        [(294.8, "2011-10-06")],
        id="cause-day-and-charged-forwards",
    ),
    # "the share price hit Rs 53.7 per share": a price, not an amount per share
    pytest.param(
        "2025-03-03",
        (
            "Kavya Motors may lay off 1,000 employees.",
            "Kavya's share price hit Rs 53.7 per share during intraday, but recovered and closed at Rs 55.18 down "
            "2.94 per cent.",
        ),
        [(53.7, "2025-03-03"), (55.18, "2025-03-03")],
        id="share-price-hit-per-share",
    ),
    # a broker's target with its noun left out is no share price
    pytest.param(
        "2021-01-25",
        (
            "On Monday, Kowloon Digital surged 10.9% to HK$766.50, a record.",
            "Meanwhile, leading banks raised their target prices for Kowloon Digital, with Citigroup's climbing to "
            "HK$876 from HK$734.",
        ),
        [(766.5, "2021-01-25")],
        id="elided-target-is-no-price",
    ),
]


@pytest.mark.parametrize(("date", "paragraphs", "expected"), PRICE_DAYS)
def test_the_day_a_price_is_from(date, paragraphs, expected):
    assert _prices(date, *paragraphs, title="Market report") == expected


def _sentences(*texts: str) -> list[Sentence]:
    out, pos = [], 0
    for t in texts:
        out.append(Sentence(pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def test_a_move_told_this_morning_carries_no_earlier_day():
    ref = dt.date(2016, 3, 31)
    later = "Barclays cut Osgood Stores to underweight."
    earlier = _sentences("The shares fell 3.1% to $14.56 on Wednesday.", later)
    assert _recent_move(earlier, 1, ref) == FuzzyDate(start=dt.date(2016, 3, 30))
    # "After hitting a high on Wednesday, the shares are off 3.1% this morning": today's move, no day to carry
    today = _sentences(
        "After hitting an all-time high of $15.13 on Wednesday, the shares are off 3.1% at $14.56 this morning.", later
    )
    assert _recent_move(today, 1, ref) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("shares soared after a report in the Sunday Times that it had rejected a bid", []),
        ("The Mail on Sunday said the talks had stalled", []),
        ("according to the Sunday Telegraph", []),
        ("the company said on Sunday", ["2023-12-03"]),
    ],
)
def test_a_newspaper_named_after_a_weekday_is_no_date(text, days):
    assert [m.date.iso() for m in find_dates(text, dt.date(2023, 12, 4))] == days


# --------------------------------------------------------------------------- analysts and their firms

TARGETS = [
    # a person "of" a broker
    pytest.param(
        "February 15, 2023",
        (
            "Shares of Quillon Systems rose today despite an analyst downgrade. Maria Hendricks of Citibank moved her "
            "rating from Hold to Sell while setting a price target of $14 per share.",
        ),
        [("Citibank", "sell", 14.0)],
        id="person-of-citibank",
    ),
    # the analyst named in a sentence with no rating, then by surname
    pytest.param(
        "December 23, 2013",
        (
            "Shares of Varden Therapeutics climbed Monday after approval of its new drug.",
            "Cowen and Co. analyst Dan Ferrell said he expects $300 million in annual sales from it. Ferrell rates the "
            'shares "Outperform" with a price target of $85.',
        ),
        [("Cowen", "buy", 85.0)],
        id="analyst-named-before-the-rating",
    ),
    # "a Raymond James analyst", then the person who speaks
    pytest.param(
        "December 28, 2021",
        (
            "Norvale Fitness is on watch after a Raymond James analyst called its outlook too bold. Greg Tamsin said "
            'demand was "still soft into the holidays", and rates Norvale a Market Perform.',
        ),
        [("Raymond James", "hold", None)],
        id="unnamed-analyst-then-named",
    ),
    # "his stock price target" is a target, not a share price
    pytest.param(
        "July 25, 2017",
        (
            "Shares of Lindqvist Apparel slipped Tuesday after the retailer was downgraded at Stifel Nicolaus. Analyst "
            "Tom Berry cut his rating to hold from buy, but raised his stock price target to $72 from $65.",
        ),
        [("Stifel Nicolaus", "hold", 72.0)],
        id="stock-price-target",
    ),
    # one firm under two names, and the writer's "it's" for "its"
    pytest.param(
        "April 9, 2010",
        (
            "Marlow Outfitters was downgraded by Bank of America/Merrill to underperform from neutral on valuation. "
            "But it's price target was still raised to $23 from $18.",
        ),
        [("Bank of America", "sell", 23.0)],
        id="slash-names-and-its",
    ),
    # the spread of many analysts' targets is no firm's target
    pytest.param(
        "March 31, 2016",
        (
            "Tarnhill Semiconductor is down 1.1% at $10.37. Macquarie and Bernstein both downgraded the stock -- to "
            '"neutral" and "market perform," respectively -- while no fewer than 10 analysts lowered their price '
            "targets, to a range between $10 and $16.",
        ),
        [("Bernstein", "hold", None), ("Macquarie", "hold", None)],
        id="range-of-many-targets",
    ),
    # a "Buy signal"
    pytest.param(
        "October 21, 2025",
        ("Jefferies has retained its Buy signal on Ashvin Industries and has assigned a target price of Rs 1,785.",),
        [("Jefferies", "buy", 1785.0)],
        id="buy-signal",
    ),
    # targets listed before their brokers, "respectively"
    pytest.param(
        "July 30, 2025",
        (
            "Shares of Halvorsen Chips rose after the chip maker had its price target raised to $80 from $77, and to "
            "$82 from $75, at FBR Capital and RBC Capital Markets, respectively.",
        ),
        [("FBR Capital", None, 80.0), ("RBC Capital Markets", None, 82.0)],
        id="respectively-targets-first",
    ),
    # a broker's name as a heading over its quoted note, several sentences on
    pytest.param(
        "April 21, 2022",
        (
            "Nomura",
            '"Client additions have been strong over the past few quarters.',
            '"However, that has not shown up in market share. New plans are being rolled out.',
            '"We expect weakness in issuer services. The funding book may also shrink.',
            '"We maintain our buy rating on the stock with a revised target price of Rs 780."',
        ),
        [("Nomura", "buy", 780.0)],
        id="broker-heading-over-its-note",
    ),
    # the analyst stays the subject across sentences that explain the ratings
    pytest.param(
        "March 19, 2020",
        (
            "Shares of Kestrel Motors shot higher on Thursday.",
            "Morgan Stanley analyst Ray Dunn said in a note to investors on Thursday that the risk-reward is now more "
            "balanced. Dunn argues the company has plenty of cash.",
            "The analyst changed his rating on the stock from underweight to equal weight. An underweight rating "
            "implies a below-average chance of matching the market. An equal-weight rating implies the stock should "
            "move with the market.",
            "Along with his rating change, the analyst lowered his 12-month price target on shares from $510 to $470.",
        ),
        [("Morgan Stanley", "hold", 470.0)],
        id="analyst-stays-the-subject",
    ),
    # brokers of Malaysia and Korea
    pytest.param(
        "July 23, 2024",
        (
            "KUALA LUMPUR (July 23): RHB Investment Bank Bhd (RHB IB) sees Perdana Ports posting a strong quarter.",
            "In a research note on Tuesday, the investment bank said volumes could keep rising.",
            'Hence, it maintained a "buy" call on the stock, with a target price of RM4.25.',
        ),
        [("RHB IB", "buy", 4.25)],
        id="rhb-investment-bank",
    ),
    pytest.param(
        "October 10, 2025",
        (
            "Korea Investment & Securities presented a target price of 56,000 won for Hanbit Chemical on Oct. 2, a 36% "
            "increase from its previous estimate.",
        ),
        [("Korea Investment & Securities", None, 56000.0)],
        id="korea-investment-securities",
    ),
    # a rating changed "to hold (from buy)" far from its verb
    pytest.param(
        "19th May 2017",
        (
            "Elsewhere, Berenberg downgraded its recommendation on precious metal miner Kestrel Metals [LON:KSM] to "
            "hold (from buy) saying the recent run leaves little upside, despite lifting its price target to 1,050p "
            "a share (from 960p).",
        ),
        [("Berenberg", "hold", 1050.0)],
        id="to-hold-from-buy-in-brackets",
    ),
    # no broker: a market's week, a seller of shares, brokerages in general
    pytest.param(
        "May 31, 2021",
        (
            "“Japan's Nikkei was the big underperformer last week, but the lead from the US suggests a positive "
            "start,” said Rodrigo Alvar, senior FX strategist at National Australia Bank.",
        ),
        [],
        id="big-underperformer-is-no-rating",
    ),
    pytest.param(
        "June 4, 2025",
        ("As per reports, Flipwell Retail is set to sell shares worth nearly ₹600 crore tomorrow.",),
        [],
        id="set-to-sell-shares",
    ),
    pytest.param(
        "February 10, 2023",
        (
            "Brokerages have lined up targets as high as Rs 100 per share for Kovai Foods, envisaging upside of 83.8 per "
            "cent.",
        ),
        [],
        id="brokerages-in-general",
    ),
]


@pytest.mark.parametrize(("date", "paragraphs", "expected"), TARGETS)
def test_a_broker_and_its_target(date, paragraphs, expected):
    assert _targets(date, *paragraphs) == expected


# --------------------------------------------------------------------------- job cuts


def test_a_count_with_plus_or_odd_is_the_count():
    def lows(sentence):
        df = article_frames("February 9, 2001", "Halvard Group plans to cut up to 4,000 more jobs.", sentence)
        return sorted(int(n) for n in df["layoffs"]["low"])

    assert lows("That follows the previous 5,000-plus job cuts since December in its phone unit.") == [4000, 5000]
    assert lows("It has eliminated 800-odd positions this year.") == [800, 4000]


# --------------------------------------------------------------------------- deals nobody made


@pytest.mark.parametrize(
    "sentence",
    [
        "Yet I’d snap up fund manager Corbridge Asset (LSE: CBA) today.",
        "He doubts the new phones will convince many Android users to buy Veltro handsets instead.",
        "Nevertheless, there is no intention of making an offer to buy Marlowe Telecom, the group added.",
    ],
)
def test_no_acquisition_where_nobody_buys_a_company(sentence):
    assert "acquisition" not in event_types("May 14, 2022", sentence)


def test_a_party_is_a_name_not_a_place():
    df = article_frames(
        "May 14, 2022",
        "Shares of Salford-based investment platform Kelham Invest fell 15% after Brightwater Asset Management said "
        "it sold a 7.5% stake to raise £124 million.",
    )["events"]
    assert not any(isinstance(p, str) and p.endswith("-based") for p in df["counterparty"])


# --------------------------------------------------------------------------- results told without a figure


@pytest.mark.parametrize(
    "sentence",
    [
        "Market giant Kessel Resources reported improved profit and raised its interim payout after a strong year.",
        "Kessel Air dropped 3.7 percent when the company posted second-quarter earnings that trailed estimates.",
        "Given net profit for 1Q tumbled, the share price could see more downside, the broker wrote.",
        "Kessel Foods reported a net loss for its most recent quarter.",
        "Dublin shares rose this morning after both Kessel Building and Marlow Foods posted full year earnings reports.",
    ],
)
def test_a_result_told_without_a_figure(sentence):
    assert "financial_result" in event_types("July 24, 2008", sentence)


def test_results_still_to_come_are_an_earnings_date():
    assert event_types("July 24, 2008", "Kessel Foods will report first-quarter earnings on Thursday.") == {
        "earnings_date"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Finally, StockNews.com upgraded shares of Corvel Stores from a “buy” rating to a “strong-buy” rating in a "
            "research note on Thursday, August 22nd.",
            [("StockNews.com", "buy", None)],
        ),
        (
            "Wall Street Zen raised Corvel Stores from a “hold” rating to a “buy” rating in a report on Saturday.",
            [("Wall Street Zen", "buy", None)],
        ),
        (
            "Weiss Ratings reissued a “hold (c+)” rating on shares of Corvel Stores in a research note on Wednesday.",
            [("Weiss Ratings", "hold", None)],
        ),
    ],
)
def test_rating_services_of_a_digest(sentence, expected):
    assert _targets("August 26, 2024", sentence) == expected


# --------------------------------------------------------------------------- third pass: Indian, Japanese, euro
#                                                                             and Canadian reports

MORE_PRICES = [
    pytest.param(
        "2025-04-11",
        (
            "Shares of Kesari Steel gained over 6 per cent on Friday. The counter opened gap up at Rs 134.95 on the "
            "BSE. Last seen, the counter held firmly in green at Rs 132.65.",
            "The 52-week high and low of the stock on the BSE are Rs 184.60 and Rs 122.60, respectively.",
        ),
        [(132.65, "2025-04-11"), (134.95, "2025-04-11")],
        id="the-counter-and-a-52-week-range",
    ),
    pytest.param(
        "2022-11-29",
        (
            "Shares of the Hyderabad-based builder, in which a well-known investor holds over 12 percent stake, "
            "touched a 52-week high of Rs 84.60.",
        ),
        [(84.6, "2022-11-29")],
        id="aside-in-which",
    ),
    pytest.param(
        "2017-05-25",
        (
            "In past four trading days, the stock zoomed 90% from Rs 59.05 on Friday, May 19, 2017, as compared to a "
            "0.56% decline in the Sensex.",
        ),
        [(59.05, "2017-05-19")],
        id="from-a-price-on-an-earlier-day",
    ),
    pytest.param(
        "January 19, 2018 15:00 JST",
        (
            "Hanabi Securities (TO:8699) has increased JPY7.10 (0.9%) from its last trading session of January 18 "
            "to close at JPY787.10.",
        ),
        [(787.1, "2018-01-19")],
        id="from-its-last-session-of-a-day",
    ),
    pytest.param(
        "Published 03/09/2025, 10:16",
        (
            'Kestrel Sport shares rose more than 4% Wednesday after Jefferies upgraded the stock to "buy".',
            "The analysts set a price target of €220, up from the previous €166 closing price, implying a 33% upside.",
        ),
        [(166.0, "2025-09-02")],
        id="previous-closing-price-after-a-target",
    ),
    pytest.param(
        "2017-02-21",
        ("Selling of Kanto Electric stock was heavy, with the shares falling from around 250 yen apiece to 186 yen.",),
        [(186.0, "2017-02-21")],
        id="from-around-a-level",
    ),
]


@pytest.mark.parametrize(("date", "paragraphs", "expected"), MORE_PRICES)
def test_more_prices_and_their_days(date, paragraphs, expected):
    assert _prices(date, *paragraphs) == expected


def test_a_headline_amount_in_title_case_is_billions():
    from data_layer.extract._money import parse_money

    assert [m.value for m in parse_money("Kanto Says to Buy Back Up to $1.3 Billion of Its Shares")] == [1.3e9]
    assert _prices("2024-04-26", "Kanto Says to Buy Back Up to $1.3 Billion of Its Shares.") == []


MORE_TARGETS = [
    pytest.param(
        "2022-02-02",
        (
            "Credit Suisse decided to do away with its “underperform” recommendation, giving the stock a double "
            "upgrade. The Swiss bank lifted its price target on the shares to £17.50.",
        ),
        [("Credit Suisse", None, 17.5)],
        id="do-away-with-a-rating",
    ),
    pytest.param(
        "2012-05-11",
        (
            'Kelso Stores adds 1.7 percent as Citigroup closes out its "sell" rating on the food retailer, upping its '
            'stance to "neutral" with an increased target price of 315 pence up from 240 pence.',
        ),
        [("Citigroup", "hold", 315.0)],
        id="closes-out-a-rating",
    ),
    pytest.param(
        "2024-02-08",
        (
            "Japan's most valuable carmaker lost its last sell rating as analysts raised their targets.",
            "The automaker now has no sell ratings after an upgrade from Macquarie Securities on Wednesday.",
        ),
        [("Macquarie Securities", None, None)],  # an upgrade, to a rating not told
        id="no-sell-ratings-left",
    ),
    pytest.param(
        "Sep 25, 2023",
        (
            "Bank of America Corp. analyst Ashley Warden downgraded the French luxury group to underperform on Monday.",
            "Bofa cut its target price for the stock to €430 from the prior €600.",
        ),
        [("Bank of America", "sell", 430.0)],
        id="bofa-is-bank-of-america",
    ),
]


@pytest.mark.parametrize(("date", "paragraphs", "expected"), MORE_TARGETS)
def test_more_brokers_and_their_targets(date, paragraphs, expected):
    assert _targets(date, *paragraphs) == expected


def test_pink_slips_to_people_are_job_cuts():
    df = article_frames(
        "2016-02-09",
        "Kestrel Energy (TSX:KSE) issued pink slips to 400 people arriving for work at its Calgary office on Tuesday.",
    )["layoffs"]
    assert list(df["low"]) == [400]


# --------------------------------------------------------------------------- fourth pass: Australian reports


def test_a_dive_to_a_record_low_is_a_price():
    assert _prices(
        "2012-06-05",
        "Kestrel Air shares went into a power dive to a record low of $1.20 in early trading this morning after it "
        "slashed its profit guidance.",
    ) == [(1.2, "2012-06-05")]


def test_a_new_york_evening_stamp_on_a_sydney_morning():
    # 19:15 ET on the 23rd is 11:15 on the 24th in Sydney: the session in progress is the 24th's; the analysts are
    # named in full before their initials, which are also a listed bank's ticker
    frames = article_frames(
        "January 23, 2025 19:15 ET (00:15 GMT)",
        "Goldman Sachs analysts turn bullish on Kestrel Group, the Australian retail and industrial conglomerate.",
        "Raising their recommendation on Kestrel Group to buy from hold, GS analysts write in a note that new units "
        "will add to earnings from fiscal 2026. GS raises its target price 13% to A$78.70. Shares are up 3.1% at "
        "A$74.55.",
        title="Kestrel Group upgraded by Goldman Sachs",
    )
    assert [(p, d) for _, p, d in price_rows(frames["prices"])] == [(74.55, "2025-01-24")]
    targets = frames["targets"]
    assert list(zip(targets["firm"], targets["rating_class"], targets["target"], strict=True)) == [
        ("Goldman Sachs", "buy", 78.7)
    ]


def test_an_oil_and_gas_producer_is_a_company_not_a_commodity():
    assert _prices(
        "2009-02-02",
        "The benchmark S&P/ASX 200 index closed down 1.2 percent on Monday.",
        "Kestrel Foods surged by 10.17 percent to 1.95, while oil and gas producer Marlow Energy eased by 0.08 percent "
        "to 35.35.",
        title="Australian shares close lower",
    ) == [(1.95, "2009-02-02"), (35.35, "2009-02-02")]


def test_a_loss_that_swelled_is_a_result():
    df = article_frames(
        "2012-08-03",
        "Kansai Display said its first-quarter net loss swelled to $1.8 billion from $0.5 billion a year earlier.",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], strict=True)) == [("financial_result", 1.8e9)]


def test_a_close_told_with_on():
    assert _prices(
        "Saturday, 27 November, 2010",
        "Biotech performer of the week was Kestrel Hearing which managed a gain of eight percent to close the week on "
        "$78.75.",
        "Among the stocks heading north, Marlow Medical gained 4.76 percent to close Friday on $0.10.",
        title="Biotech market report",
    ) == [(0.1, "2010-11-26"), (78.75, "2010-11-26")]


def test_a_sale_priced_before_its_noun():
    df = article_frames(
        "2023-11-06",
        "Marlowe Telecom on Sunday approved the 19-billion-euro ($20 billion) sale of its fixed-line network to U.S. "
        "private equity firm Brightwater Partners.",
    )["events"]
    deals = df[df["type"] == "acquisition"]
    assert list(deals["amount_usd"]) == [2e10]


def test_a_list_of_analysts_who_raised_it():
    # each line's "it" is the target of the line before
    assert _targets(
        "2017-02-22",
        "Since Kestrel reported its Q1 earnings on Jan. 31, at least nine analysts have raised their stock price "
        "targets. These include:",
        "Morgan Stanley analyst Katy Hubbard raised her target to $150 per share from $136",
        "Goldman Sachs analyst Simone Jansen raised it to $150 from $133",
        "Bank of America Merrill Lynch analyst Wim Mohan raised it to $145 from $140",
        "Canaccord Genuity analyst Michael Walker raised it to $154 from $142",
        title="Kestrel's stock keeps setting records",
    ) == [
        ("Bank of America Merrill Lynch", None, 145.0),
        ("Canaccord Genuity", None, 154.0),
        ("Goldman Sachs", None, 150.0),
        ("Morgan Stanley", None, 150.0),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Kestrel Optical Corp. (Nasdaq: KSTL) announced last week that it had notified 300 workers, or about 24 "
            "percent of its staff, that they would be laid off.",
            300,
        ),
        ("In October, the company announced a 240 person, or 25 percent, reduction in its work force.", 240),
    ],
)
def test_job_cuts_told_with_their_share_inside(sentence, count):
    assert list(article_frames("11/19/2001", sentence)["layoffs"]["low"]) == [count]


def test_a_report_day_told_first():
    told = "On Thursday, the company will release its third-quarter results."
    assert [m.date.iso() for m in find_dates(told, dt.date(2019, 10, 28)) if m.text == "Thursday"] == ["2019-10-31"]
    past = "On Thursday, the company released its third-quarter results."
    assert [m.date.iso() for m in find_dates(past, dt.date(2019, 10, 28)) if m.text == "Thursday"] == ["2019-10-24"]
    df = article_frames("October 28, 2019", told)["events"]
    assert list(zip(df["type"], df["date"], strict=True)) == [("earnings_date", "2019-10-31")]


def test_slashed_to_a_sell_by_a_broker():
    assert _targets(
        "5 April 2019",
        "Marlow Homes, which owns estate agents Kingsley, was slashed to a Sell by Investec’s banking guru Ian Gordon "
        "despite the fact that he still likes the stock.",
    ) == [("Investec", "sell", None)]


def test_a_range_during_the_session_and_a_close_told_with_end_at():
    df = article_frames(
        "January 16, 2026",
        "Shares of Kestrel Group slipped 0.3% to close at A$206.51 on Thursday, after fluctuating between A$204.42 and "
        "A$208.12 during the session.",
        "On the NSE, the shares fell 0.2 per cent to end at A$206.40.",
        title="Kestrel Group",
    )["prices"]
    rows = sorted(zip(df["price"], df["date"].astype(str).str[:10], df["kind"], strict=True))
    assert [(p, d) for p, d, _ in rows] == [
        (204.42, "2026-01-15"),
        (206.4, "2026-01-15"),
        (206.51, "2026-01-15"),
        (208.12, "2026-01-15"),
    ]
    assert dict((p, k) for p, _, k in rows)[206.4] == "close"
    # a range over a year is a statistic, not the day's prices
    assert _prices("January 16, 2026", "The stock has ranged between $19.73 and $32.19 over the past year.") == []


def test_a_sector_wide_count_is_nobody_s_round():
    df = article_frames(
        "2023-05-04",
        "Kestrel Commerce will cut 300 jobs, or about 10% of its workforce.",
        "It's the latest Canadian technology company to shed workers amid a prolonged downturn in the sector that's "
        "seen more than 175,000 people lose their jobs globally since the start of 2022.",
    )["layoffs"]
    assert list(df["low"]) == [300]


def test_the_broker_stays_the_subject_over_its_reasons():
    assert _targets(
        "2025-03-13",
        "Macquarie rates KSL as Downgrade to Underperform from Neutral (5) -",
        "Macquarie notes product mix is a material near-term driver for Kestrel Audio.",
        "The broker highlights the company controlled costs in a softer demand environment. The broker expects soft "
        "demand to persist. The broker cut the FY25 EPS forecast by -2% and FY26 by -27%.",
        "Target price drops to $6.30 from $8.70, and the rating is downgraded to Underperform from Neutral.",
    ) == [("Macquarie", "sell", 6.3)]
