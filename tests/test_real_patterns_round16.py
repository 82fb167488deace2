"""Round sixteen of real-outlet patterns, as our own sentences: a paper stamped before the market opened, an
analyst named by surname, a broker's pronoun for its target, market wraps of Dublin and Lisbon, coordinated job
counts and round-up headlines.
"""

from __future__ import annotations

import datetime as dt

import pytest
from article_frames import article_frames, event_types, price_days, target_rows

from data_layer.markets import market_of_text
from data_layer.trading import last_opened_session

_prices = price_days
_targets = target_rows


def _layoffs(date: str, *paragraphs: str, title: str = "Company news") -> list[int]:
    return sorted(int(n) for n in article_frames(date, *paragraphs, title=title)["layoffs"]["low"])


# --------------------------------------------------------------------------- the session a price is from


def test_the_last_session_that_had_opened_by_a_stamp():
    utc = dt.UTC
    assert last_opened_session(dt.datetime(2019, 3, 12, 6, 30, tzinfo=utc), "XLON") == dt.date(2019, 3, 11)
    assert last_opened_session(dt.datetime(2019, 3, 12, 9, 0, tzinfo=utc), "XLON") == dt.date(2019, 3, 12)
    # a Monday stamp before New York opens: Friday's session
    assert last_opened_session(dt.datetime(2019, 3, 11, 12, 0, tzinfo=utc), "XNYS") == dt.date(2019, 3, 8)
    assert last_opened_session(dt.datetime(2019, 3, 12, 6, 30), "XLON") is None  # no zone: unknown


def test_a_report_stamped_before_the_market_opened_tells_the_session_before():
    body = (
        "Retailers had a miserable day as a string of profit warnings hit the sector.",
        "Brackwell Stores lost 11.5p to 286.5p after a broker downgrade, and Penmoor Foods shed 4p to 131p.",
    )
    assert _prices("Tuesday 12 March 2019 06:30 GMT", *body, title="Market report: retailers slide") == [
        (131.0, "2019-03-11"),
        (286.5, "2019-03-11"),
    ]
    # stamped after the open, or with no zone: the day of the paper
    assert {d for _, d in _prices("Tuesday 12 March 2019 10:30 GMT", *body, title="Market report")} == {"2019-03-12"}
    assert {d for _, d in _prices("Tuesday 12 March 2019 06:30", *body, title="Market report")} == {"2019-03-12"}


def test_a_day_told_before_the_price_is_its_own_in_a_session_report():
    got = _prices(
        "January 23, 2013",
        "Shares of Corvale Lighting jumped 18 percent Wednesday after its earnings beat on Tuesday.",
        "Shares dropped slightly from the new high to close at $35.85.",
        "The shares had closed at $30.10 Tuesday then opened Wednesday at $35.20.",
        "Just before 5 p.m. Tuesday, shares were up $4.10 at $34.20.",
        title="Corvale Lighting shares soar",
    )
    assert (34.2, "2013-01-22") in got and (35.2, "2013-01-23") in got


@pytest.mark.parametrize(
    "date, paragraphs, title, expected",
    [
        pytest.param(
            "March 12, 2019 6:43 AM ET",
            ("Orvane Systems (NYSE: ORVN) fell 1.2% to $41.10 in afternoon trading.",),
            "Orvane slips",
            [(41.1, "2019-03-12")],
            id="an intraday price in an early-stamped story keeps its own day",
        ),
        pytest.param(
            "July 27, 2006",
            (
                "Hong Kong stocks rose for a third day on Wednesday, ending at a ten-week high.",
                "Shares in Tessaline Audio Holdings slid 5.7 percent to HK$7.40 after two of its major shareholders sold "
                "shares worth about US$80 million on Tuesday.",
            ),
            "Hong Kong stocks end higher",
            [(7.4, "2006-07-26")],
            id="a news day in a cause clause is not the session the lead names",
        ),
        pytest.param(
            "January 12, 2024",
            (
                "Tarvani Infotech shares rose 3% to Rs 1,606.55 in Friday's trade.",
                "In the last trading session, the stock closed at Rs 1,495.",
            ),
            "Tarvani Infotech shares rise",
            [(1495.0, "2024-01-11"), (1606.55, "2024-01-12")],
            id="the last trading session is the session before",
        ),
        pytest.param(
            "December 1, 2023",
            (
                "FTSE 250 - Risers",
                "Tarvin Holdings (TRVN) 96.90p 7.43%",
                "easyFly (EZF) 463.10p 2.16%",
            ),
            "FTSE 250 movers",
            [(96.9, "2023-12-01"), (463.1, "2023-12-01")],
            id="a movers row whose name opens in lower case",
        ),
        pytest.param(
            "Aug. 31, 2000",
            (
                "Its stock, which was trading as high as $5.73 last fall, closed Wednesday at just $1.66.",
                "The price dropped from $44.75 May 1 to $28 May 25.",
                "Varden's price plummeted to $23.12 a share as of June 14 from $36.05 at the beginning of the quarter.",
                "However this morning, the stock eased 1.5%, dropping 22 cents of the 66 cent gain achieved on Friday.",
            ),
            "Varden Tire shares",
            [(1.66, "2000-08-30"), (23.12, "2000-06-14"), (28.0, "2000-05-25"), (44.75, "2000-05-01")],
            id="prices of other times and their own days",
        ),
        pytest.param(
            "August 22, 2025",
            ("Kestor Infotech shares rose 1.2 per cent to reach a high of Rs 253.1 per share on the BSE on Friday.",),
            "Kestor Infotech stock rises",
            [(253.1, "2025-08-22")],
            id="a move to a day's high per share",
        ),
        pytest.param(
            "January 8, 2021",
            (
                "Halvorsen Capital upgrades Varden Exchange to Neutral from Underperform.",
                "The current price is $71.84, above the new target.",
            ),
            "ASX: Halvorsen Capital upgrades Varden Exchange",
            [(71.84, "2021-01-08")],
            id="a digest line giving the current price",
        ),
    ],
)
def test_a_price_and_the_day_it_is_from(date, paragraphs, title, expected):
    assert _prices(date, *paragraphs, title=title) == expected


# --------------------------------------------------------------------------- more ways to tell a price


@pytest.mark.parametrize(
    "sentence, price",
    [
        # a market report's present tense
        ("Engineer Halverston Group (HVG) slumps 18% to 480p on a weak outlook for next year.", 480.0),
        ("Caldmoor Mining rallies 6% to 212p after a drilling update.", 212.0),
        # a long way from the verb to the price
        ("The company's stock rose as much as 10 per cent during the day to ₹39.12 per share.", 39.12),
    ],
)
def test_more_ways_to_tell_a_move(sentence, price):
    assert [p for p, _ in _prices("October 27, 2016", sentence, title="Market movers")] == [price]


def test_a_dublin_wrap_reads_bare_prices_in_euro_and_a_participle_move():
    df = article_frames(
        "Published 02/02/2016 | 09:30",
        "Irish shares rose sharply yesterday as the ISEQ index added 1.7pc by the close in Dublin.",
        "Aerlan was the big mover among major stocks, jumping 5.9pc to 14.50.",
        "Brennock Hotels gained 2.3pc to €5.02. The merged group will qualify for the FTSE 100 Index.",
        title="Ireland stands firm",
    )["prices"]
    assert sorted(zip(df["price"], df["currency"], df["date"].astype(str).str[:10], strict=True)) == [
        (5.02, "EUR", "2016-02-01"),
        (14.5, "EUR", "2016-02-01"),
    ]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The ISEQ index closed 1% higher in Dublin as Irish shares rallied.", "IE"),
        ("In Lisbon the PSI index rose, with gains in Lisbon led by utilities.", "PT"),
        ("The FTSE MIB rose 0.8% in Milan as banks rallied on Borsa Italiana.", "IT"),
        ("The ATX index in Vienna fell 1%.", "AT"),
    ],
)
def test_more_european_markets(text, code):
    assert market_of_text(text).code == code


def test_a_pronoun_for_the_last_sentences_target_is_a_target_not_a_price():
    df = article_frames(
        "July 25, 2024",
        "Both brokerages raised their target price for Kestor Bank after its results.",
        "Halden Securities has raised the target price to Rs 200 per share from Rs 180 earlier. While, Orland Capital "
        "has increased it to Rs 240 apiece from Rs 195 per share earlier.",
        title="Kestor Bank shares rise",
    )
    assert df["prices"].empty
    rows = df["targets"]
    assert sorted(zip(rows["firm"], rows["target"], strict=True)) == [
        ("Halden Securities", 200.0),
        ("Orland Capital", 240.0),
    ]
    # the evidence is the sentence as written
    assert any("increased it to Rs 240" in s for s in rows["sentence"])


def test_a_pronoun_for_a_target_in_its_own_sentence_stays_that_firms():
    got = _targets(
        "March 6, 2024",
        "Besides Halden, BMO increased its target price to $82 per share from $67, while UBS raised it to $73 from $60.",
        title="Brokers lift targets on Corvane",
    )
    assert [(f, t) for f, _, t in got] == [("BMO", 82.0), ("UBS", 73.0)]


# --------------------------------------------------------------------------- brokers and their analysts


def test_an_analyst_introduced_with_the_firms_possessive_speaks_for_it_later():
    got = _targets(
        "December 1, 2025",
        "Morgan Stanley’s analyst Joseph Tarrow reiterated the bank’s overweight rating for Velmora, setting a new "
        "price target of $250, up from $235.",
        "Tarrow also maintained an overweight rating for Brinsley Semiconductor and increased the price target to "
        "$443 from $409.",
        title="Velmora gets a price target boost",
    )
    assert [(f, t) for f, _, t in got] == [("Morgan Stanley", 250.0), ("Morgan Stanley", 443.0)]


def test_analysts_led_by_a_person_are_the_firm_just_named():
    got = _targets(
        "July 7, 2025",
        "Gains in Corvane Bank stock leave little room for the shares to rise in the short run, Raymond James says.",
        "Analysts led by David Orme lowered their rating to Market Perform from Strong Buy in a note to clients Monday.",
        title="Corvane Bank draws a rare downgrade",
    )
    assert got == [("Raymond James", "hold", None)]


def test_a_firm_named_after_brokerage_firm_in_quotes():
    got = _targets(
        "May 2, 2016",
        "Halverston Software (HVS) has a market capitalization of $13.3 billion. The company was downgraded by the "
        "brokerage firm “Larchmont” from “Hold” to ”Sell”.",
        title="Stock downgrades",
    )
    assert got == [("Larchmont", "sell", None)]


def test_the_tail_of_a_banks_name_is_no_broker():
    got = _targets(
        "March 4, 2021",
        "Morgan Stanley revised the price target of Punjab National Bank upwards by 36% to Rs 48.",
        title="Morgan Stanley lifts targets on state lenders",
    )
    assert [f for f, _, _ in got] == ["Morgan Stanley"]


def test_a_headline_about_a_brokers_view_makes_it_the_firm_not_the_company():
    got = _targets(
        "March 4, 2021",
        "Morgan Stanley continues to prefer Kestor Bank over other state-run lenders.",
        "Morgan Stanley also revised the target price of Varun Bank to Rs 155 from Rs 120.",
        title="Morgan Stanley stays bullish on Kestor Bank, revises target price upward for other lenders",
    )
    assert ("Morgan Stanley", None, 155.0) in got


def test_a_buy_rating_is_no_purchase():
    types = event_types(
        "July 7, 2025",
        "Of the 27 analysts who cover Corvane, 18 assign it Buy or Overweight ratings, according to FactSet data.",
    )
    assert "acquisition" not in types


# --------------------------------------------------------------------------- events


def test_a_guidance_per_share_has_no_amount_in_dollars():
    df = article_frames(
        "July 27, 2017",
        "For the full year, the brewer projected adjusted earnings per share of $5 to $6.20.",
        title="Tarvin Brewing beats estimates",
    )["events"]
    guidance = df[df["type"] == "guidance"]
    assert len(guidance) == 1 and guidance["amount_usd"].isna().all()


def test_a_central_banks_forward_guidance_is_no_company_guidance_but_a_companys_is():
    assert "guidance" not in event_types(
        "March 3, 2022",
        "As inflation keeps surprising central banks, they have abandoned their forward guidance policy.",
    )
    assert "guidance" in event_types(
        "February 8, 2018",
        "Tessaline Power was tanking on Thursday after it gave bleak 2018 forward guidance.",
        title="Tessaline Power tumbles",
    )


def test_a_mandatory_offer_to_the_shareholders_of_a_company_is_a_takeover():
    df = article_frames(
        "22 March 2022",
        "Karvik Holding AB announces a mandatory public cash offer to the shareholders of Lindqvist Interiors AB.",
        title="Karvik Holding announces offer",
    )["events"]
    assert list(df["type"]) == ["acquisition"] and list(df["counterparty"]) == ["Lindqvist Interiors AB"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh, who runs the group's cloud division, will take over effective Sept. 21, the company said.",
        "The new chief executive takes over on Monday.",
    ],
)
def test_a_successor_taking_over_is_no_takeover(sentence):
    assert "acquisition" not in event_types("September 10, 2010", sentence, title="Halvorsen names new CEO")


def test_the_company_is_never_its_own_new_chief():
    df = article_frames(
        "May 2, 2021",
        "Orvik Minerals Ltd (ASX:ORV) has appointed Dale Hennessy as its new managing director and CEO.",
        "We are delighted that Dale has accepted the Board's offer to become Orvik Minerals' next Managing Director.",
        title="Orvik Minerals names new chief",
    )["events"]
    assert "Orvik Minerals'" not in set(df["counterparty"].dropna())
    assert "Dale Hennessy" in set(df["counterparty"])


# --------------------------------------------------------------------------- job cuts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("That is costing 170 full-time equivalent jobs in the broadband division.", [170]),
        ("The closure will cost 300 jobs at the plant.", [300]),
        # two counts of one closure
        ("The closure means 454 manufacturing workers and 46 warehouse workers will lose their jobs.", [46, 454]),
        # a strike's cost is no cut
        ("The strike cost 1,000 workers their wages for a week.", []),
    ],
)
def test_more_ways_to_count_job_cuts(sentence, expected):
    assert _layoffs("March 3, 2016", sentence, title="Varn Telecom news") == expected


def test_a_headline_listing_companies_and_more_is_a_round_up():
    got = _layoffs(
        "Nov. 10, 2025",
        "According to a jobs report from a payroll firm, the manufacturing sector lost 3,000 jobs last month.",
        "Several Birchdale Garden workers will lose their jobs starting in January. The 93 jobs cut include 22 "
        "finishers.",
        "Atwell Plastics Southeast will cut 42 jobs next year at its plant in Fort Mill, South Carolina.",
        title="Factory Fallout: layoffs from Birchdale Garden, Atwell Plastics, Penrose Foods, and more",
    )
    assert got == [42, 93]


# --------------------------------------------------------------------------- ingest


def test_an_advertisement_label_over_news_then_a_footer_keeps_the_news():
    text = (
        "Corvale: 3Q Earnings Snapshot\nNovember 7, 2019\n"
        "ROCKVILLE, Md. (AP) _ Corvale Inc. on Thursday reported a loss of $18 million in its third quarter.\n"
        "The results did not meet Wall Street expectations.\n"
        "The maker posted revenue of $2.5 million in the period.\n"
        "Advertisement\n"
        "In the final minutes of trading on Thursday, the company's shares hit $4.50.\n"
        "_____\n"
        "This story was generated by an automated writer (http://example.com/ap) using data from a research provider.\n"
    )
    from data_layer import extract, read_bytes

    result = read_bytes("a.txt", text.encode())
    arts = result.articles if hasattr(result, "articles") else result
    assert "final minutes of trading" in arts[0].body
    assert list(extract(arts).frames()["prices"]["price"]) == [4.5]


# --------------------------------------------------------------------------- second pass: more sets


def test_a_generic_word_never_names_a_listed_company_alone():
    from data_layer.companies import resolve_companies

    body = 'The boards of directors of U and I Group PLC ("U+I") and Harwick Land are pleased to announce an offer.'
    names = [c.name for c in resolve_companies("Recommended cash offer for U and I Group PLC", body)]
    assert "Group 1 Automotive" not in names and "Group" not in names


def test_a_takeover_code_announcement_is_a_takeover():
    df = article_frames(
        "November 1, 2021",
        "The boards of Marlow Estates PLC and Harwick Land are pleased to announce a recommended all cash offer by "
        "Harwick Land for the entire issued share capital of Marlow Estates.",
        title="Recommended cash offer for Marlow Estates PLC",
    )["events"]
    assert set(df["type"]) == {"acquisition"}
    assert set(df["counterparty"]) == {"Harwick Land"}  # the bidder, the article being about the target


def test_a_uk_brokers_name_with_a_plus_sign():
    got = _targets(
        "December 16, 2016",
        "On those numbers N+1 Singer's Adam Fell increased his target price from 153p to 179p, implying 9% upside.",
        title="Week ahead: Corvane Software",
    )
    assert got == [("N+1 Singer", None, 179.0)]


@pytest.mark.parametrize(
    "before, sentence",
    [
        (
            "Sterling staged a mini rally after the chancellor said the economy was strong.",
            "However, it was still down 2.9% at $1.327",
        ),
        (
            "US investors provided a healthy lead, with the S&P 500 bolting to a record close, led by technology stocks.",
            "It rose 1.08 per cent to end at 2,121.10.",
        ),
    ],
)
def test_it_after_a_currency_or_an_index_is_no_share_price(before, sentence):
    assert _prices("June 27, 2016", before, sentence, title="Markets slide") == []


def test_a_price_a_company_was_quoting_at():
    df = article_frames(
        "November 5, 2018",
        "At 12:20 hrs Kestor Power was quoting at Rs 152.20, down Rs 5.70, or 3.61 percent on the BSE.",
        title="Kestor Power Q2 profit falls",
    )["prices"]
    assert list(zip(df["price"], df["kind"], strict=True)) == [(152.2, "intraday")]


def test_more_job_cut_counts_and_what_is_not_one():
    assert _layoffs(
        "March 3, 2021",
        "Grocer Hallam Stores is cutting 500 jobs. The job cuts are on top of 3,500 put at risk after the new boss "
        "embarked on a restructuring in November.",
        title="Hallam Stores to cut 500 jobs",
    ) == [500, 3500]
    assert (
        _layoffs(
            "April 1, 2012",
            "The losses will ripple into the local economy as the company's 10,500 employees go another year without "
            "bonuses.",
            "This notice was filed pursuant to the WARN Act, which must be filed 60 days before a plant closing that "
            "affects more than 50 employees or a mass layoff of at least 500 employees.",
            title="Varden Memory posts loss",
        )
        == []
    )


def test_a_ticker_label_is_no_ticker_unless_in_capitals():
    df = article_frames(
        "July 1, 2009",
        "Marlow Media plans to lay off between 1,000 and 2,000 employees as revenues continue to fall.",
        title="Ticker: July 1",
    )
    assert set(df["articles"]["ticker"].dropna()) == set()
    assert list(zip(df["layoffs"]["low"], df["layoffs"]["high"], strict=True)) == [(1000, 2000)]


def test_a_count_of_analysts_is_no_firm():
    got = _targets(
        "February 3, 2015",
        "Four Wall Street analysts this week downgraded Varden Print's stock from buy to hold.",
        title="Varden Print sued",
    )
    assert all(not f.startswith("Four") for f, _, _ in got)


def test_a_view_against_the_consensus_is_still_the_firms_rating():
    got = _targets(
        "October 10, 2018",
        "Orland Capital is now expecting a marginal downside to consensus growth numbers, given the shift in "
        "liquidity; maintains “reduce” rating with PT of 1,950 rupees.",
        title="Kestor Tech Q2: what brokerages say",
    )
    assert got == [("Orland Capital", "sell", 1950.0)]


@pytest.mark.parametrize(
    "sentence, not_type",
    [
        ("Varden Lithium has received commitments to raise A$2.1 million and has launched an entitlement offer.",
         "product"),
        ("Citi has concerns over weak Chinese import volumes and a profit warning from a rival.", "guidance"),
    ],
)  # fmt: skip
def test_a_raising_is_no_product_and_a_rivals_warning_no_guidance(sentence, not_type):
    assert not_type not in event_types("October 30, 2024", sentence, title="Varden Lithium news")


def test_close_to_is_no_closure_and_an_opening_preposition_is_no_party():
    assert "closure" not in event_types(
        "April 1, 2024",
        "In a filing, Varden Steel highlighted that Hollandwerk came close to achieving crude steel production capacity "
        "of 6.75 Mt.",
    )
    df = article_frames(
        "June 27, 2024",
        "Kestor Cement is to acquire a 23% stake in Varden Cements.",
        title="Varden Cements Shares Soar After Kestor Stake Acquisition",
    )["events"]
    assert not any(str(p).startswith("After") for p in df["counterparty"].dropna())


def test_trainees_let_go_a_holding_and_a_credit_grade():
    assert _layoffs(
        "April 2, 2024",
        "Around 30-45 trainees were terminated on March 26 after failing an internal assessment.",
        title="Kestor Tech lets trainees go",
    ) == [30]
    assert "investment" not in event_types(
        "August 29, 2025",
        "Halvorsen Social holds a 10 per cent stake in Kestor Digital, while Orvane has another 7.7 per cent.",
        title="Kestor Group AGM",
    )
    got = _targets(
        "December 6, 2022",
        "Morgan Stanley has raised its target price on Varun Bank to Rs 345 from Rs 280, keeping an underweight rating.",
        "The firm cited the lender's high exposure towards the MSME, agri and BBB-and-below rated corporates as the "
        "reason behind its underweight stance.",
        title="Morgan Stanley raises targets on state lenders",
    )
    assert [f for f, _, _ in got] == ["Morgan Stanley"]


def test_a_downgrade_by_a_named_analyst_and_voluntary_retirements():
    assert _targets(
        "November 9, 2012",
        "In a Friday report, William Blair analyst Ralph Orme downgraded Varden Deals shares.",
        title="Varden Deals shares fall",
    ) == [("William Blair", None, None)]
    assert _layoffs(
        "May 2, 2020",
        "In 2017, precision equipment maker Kestor Optics solicited 1,000 voluntary retirements.",
        title="Japanese companies seek voluntary retirements",
    ) == [1000]


def test_a_nationality_or_a_headline_word_is_no_party():
    df = article_frames(
        "March 25, 2024",
        "Varden Mines shares were 5.4% higher at 2.85 Canadian dollars after it said it will acquire the remaining "
        "12.5% interest in the Kestrel copper mine for C$117 million.",
        title="Toronto Stocks Advance; Varden Mines Up on Acquisition of Remaining Stake in Kestrel Mine",
    )["events"]
    assert not set(df["counterparty"].dropna()) & {"Remaining", "Canadian"}


def test_mumbai_and_tokyo_sessions_follow_their_holidays():
    from data_layer.trading import previous_session

    # 15 August is India's Independence Day; 1-3 January are Tokyo's new-year holidays
    assert previous_session(dt.date(2024, 8, 16), "XBOM") == dt.date(2024, 8, 14)
    assert previous_session(dt.date(2024, 1, 4), "XTKS") == dt.date(2023, 12, 29)
    # a Mumbai story stamped before the open tells the session before
    assert last_opened_session(
        dt.datetime(2024, 7, 26, 5, 19, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))), "XBOM"
    ) == dt.date(2024, 7, 25)


def test_a_digest_headlined_by_the_brokers_short_name_keeps_it_a_broker():
    got = _targets(
        "2023-06-23",
        "(Alliance News) - The following London-listed shares received analyst recommendations Friday morning:",
        "Shore Capital starts Varden Defence with 'buy' - price target 1,166 pence",
        "Shore Capital starts Kestrel Armour with 'sell' - price target 753 pence",
        title="Shore likes Varden Defence but not keen on Kestrel Armour",
    )
    assert got == [("Shore Capital", "buy", 1166.0), ("Shore Capital", "sell", 753.0)]


def test_a_stocks_target_in_the_passive_is_the_last_firms():
    got = _targets(
        "June 20, 2024",
        "Varden Jewellers stock surged after Motilal Oswal's 'buy' rating with a target price set at ₹525. Orvane's "
        "target price was raised to ₹4,150, reflecting optimism in the organized jewellery market.",
        title="Motilal Oswal initiates coverage on jewellers",
    )
    assert got == [("Motilal Oswal", None, 4150.0), ("Motilal Oswal", "buy", 525.0)]


def test_a_range_of_employees_who_might_lose_their_jobs_and_a_lead_on_a_new_low():
    assert _layoffs(
        "March 20, 2024",
        "This indicates that 5,000-6,300 employees in the total workforce might lose their jobs.",
        title="Kestor Pay plans layoffs",
    ) == [5000]
    got = _prices(
        "July 30, 2016",
        "Varden Nutrition Inc. (NYSE:VDN) shares reached a new 52-week low on Thursday. The stock traded as low as "
        "$21.18 and last traded at $21.18. The stock had previously closed at $27.23.",
        title="Varden Nutrition sets new 12-month low",
    )
    assert got == [(21.18, "2016-07-28"), (27.23, "2016-07-27")]


def test_a_dividend_charged_to_results_is_no_earnings_date_and_people_losing_jobs():
    assert "earnings_date" not in event_types(
        "November 7, 2025",
        "The board has approved the payment of a dividend of 0.048 euros per share, charged to the 2025 results that "
        "it will pay to its shareholders starting next December 1.",
        title="Varden Air results",
    )
    assert "earnings_date" in event_types(
        "November 7, 2025", "Varden Air will report its results on December 1.", title="Varden Air results"
    )
    assert _layoffs(
        "April 24, 2023",
        "The latest cuts mean 10,000 people worldwide losing jobs at the company, 3,000 of them in the Netherlands.",
        title="Varden Electronics cuts more jobs",
    ) == [10000]
