"""Round eleven of real-outlet patterns, as our own sentences: results told as what a company earned, racked up or
posted (a loss in another currency with its dollar value in brackets, a preliminary estimate, a change on the year
before), the first-stated total leading a result over a figure per share, a seller's deal with the buyer behind a
descriptor, a stake put up for sale, a bid filed as a noun, a joint venture that fell apart, an approval told in the
passive, an outlook left unchanged; UK wrap verbs ("was ahead 57p to"), a change in brackets before the price, an
index level in points, a past period's low.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames


def _results(df):
    return sorted(
        a if a == a else 0.0 for t, a in zip(df["type"], df["amount_usd"], strict=True) if t == "financial_result"
    )


def _events(df):
    return sorted((t, a if a == a else 0.0) for t, a in zip(df["type"], df["amount_usd"], strict=True))


def _prices(df):
    return sorted(
        (c or "", float(p), None if x != x else float(x))
        for c, p, x in zip(df["company"], df["price"], df["change_pct"], strict=True)
    )


# --------------------------------------------------------------------------- results with a figure

RESULTS = [
    # the company's total stated before its figure per share, without commas
    (
        "The company says it earned US$678 million or $1.49 per diluted share for the quarter ended Dec. 31, up from "
        "US$218 million a year earlier.",
        [678e6],
    ),
    # a change on the year before instead of a period
    (
        "Harlow Bank, the country's second largest lender, earned 1.79 billion US dollars, up more than 20 percent from "
        "a year ago.",
        [1.79e9],
    ),
    # a loss after its amount, the dollars in brackets
    (
        "For the latest quarter through September, Harlow Motor racked up a 9.3 billion yen ($60 million) loss, a "
        "reversal from a profit a year ago.",
        [60e6],
    ),
    # a preliminary figure
    (
        "Harlow Electronics said its operating profit was estimated at 15.6 trillion won ($14.6 billion) for the "
        "January-March period, compared with 9.89 trillion won a year earlier.",
        [14.6e9],
    ),
    # "posted a loss of" with the dollars in brackets before the period
    (
        "Harlow Telecom posted a loss of 885 million euros ($1.2 billion) in the six months to June, compared with a "
        "loss of 396 million euros a year earlier.",
        [1.2e9],
    ),
    # "did rise"
    (
        "Harlow Sleds' revenue did rise 3.6 percent to $225.8 million, short of the $239.38 million that analysts had "
        "expected.",
        [225.8e6],
    ),
]


@pytest.mark.parametrize(("sentence", "amounts"), RESULTS)
def test_results_told_as_earned_posted_or_estimated(sentence, amounts):
    assert _results(article_frames("February 8, 2024", sentence, title="Results")["events"]) == amounts


def test_the_first_stated_total_leads_over_revenue_and_a_figure_per_share():
    df = article_frames(
        "August 2, 2017",
        "Harlow Devices said it had net income of $170.9 million, or 91 cents a share, in the quarter, up from $161.1 "
        "million, or 85 cents a share, in the year-earlier period.",
        "Sales rose to $816.9 million from $811.6 million, also ahead of forecasts.",
        title="Harlow Devices profit rises",
    )["events"]
    assert _results(df) == [170.9e6]


def test_a_figure_per_share_does_not_lead_over_revenue():
    df = article_frames(
        "January 23, 2014",
        "Harlow Sleds' quarterly EPS of $0.89 was down more than 31 percent from the prior-year period.",
        "Revenue did rise 3.6 percent to $225.8 million, short of the $239.38 million that analysts had expected.",
        title="Harlow Sleds misses",
    )["events"]
    assert _results(df) == [225.8e6]


# --------------------------------------------------------------------------- results, guidance and others without one

EVENT_TYPES = [
    (
        "Harlow Foods jumped 5.8% to HK$5.80 after announcing its operating profit increased 37% in the first quarter.",
        "financial_result",
    ),
    (
        "Harlow Foods also slumped around five per cent despite posting a 16 per cent sales increase, driven by demand "
        "in China.",
        "financial_result",
    ),
    ("Harlow Games jumped 6% to 36.4 euros, boosted by good annual results.", "financial_result"),
    (
        "The maker of own-brand household goods, Harlow Home, said that its full year outlook on trading remains "
        "unchanged.",
        "guidance",
    ),
    ("Its asthma drug and its meningitis vaccine have been approved in the US, Harlow Pharma said.", "regulation"),
    (
        "Corvane Steel is the biggest decliner on the DAX, down 8% after the Brisk Steel joint venture project fell "
        "apart.",
        "partnership_end",
    ),
    (
        "Corvane Stores jumped on news that the French retailer was in advanced talks to divest its 25 per cent stake "
        "in Brisk Malls.",
        "acquisition",
    ),
    (
        "Harlow Exchange has announced the submission of an all-share voluntary share exchange offer addressed to all "
        "shareholders of Brisk Exchange S.A.",
        "acquisition",
    ),
    (
        "Harlow Games rose after the filing of a public purchase offer for the Swedish Brisk Games, owner of Unibet.",
        "acquisition",
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), EVENT_TYPES)
def test_event_types_of_round_eleven(sentence, kind):
    assert kind in set(article_frames("January 22, 2024", sentence, title="Market close")["events"]["type"])


def test_an_offer_to_buy_is_no_product_launch():
    df = article_frames(
        "November 23, 2020",
        "Lender Corvane Bank rallied 3.5 percent after its Italian unit launched an offer to buy Italian bank Brisk "
        "Popolare (BPop).",
        title="European shares",
    )["events"]
    assert list(df["type"]) == ["acquisition"]


# --------------------------------------------------------------------------- a seller's deal

SALES = [
    (
        "Corvane said Wednesday it would sell its memory chip business to a group led by US investor Bain Capital, in a "
        "deal worth around $18 billion.",
        "Bain Capital",
        18e9,
    ),
    (
        "Corvane said that it has agreed to sell Homebase to conglomerate Wesfarmers for £340 million ($485 million) in "
        "cash.",
        "Wesfarmers",
        485e6,
    ),
    (
        "Corvane is planning to divest its real estate business to a consortium led by KKR for 400 billion yen ($2.6 "
        "billion).",
        "KKR",
        2.6e9,
    ),
    (
        "Corvane will sell its 60% stake in Corvane Cooling to U.S. rival Brisk Air Corporation for $870 million.",
        "Brisk Air Corporation",
        870e6,
    ),
    ("Corvane announced it had finalised the sale of one of its businesses to Bain Capital.", "Bain Capital", 0.0),
]


@pytest.mark.parametrize(("sentence", "buyer", "amount"), SALES)
def test_a_seller_names_its_buyer_after_a_descriptor(sentence, buyer, amount):
    df = article_frames("March 4, 2026", sentence, title="Corvane sells unit")["events"]
    rows = [
        (c, a if a == a else 0.0)
        for t, c, a in zip(df["type"], df["counterparty"], df["amount_usd"], strict=True)
        if t == "acquisition"
    ]
    assert rows == [(buyer, amount)]


# --------------------------------------------------------------------------- prices

PRICES = [
    (
        "Harlow Foods meanwhile was ahead 57p to 1,115.5p after its chief executive said prices would fall.",
        [("Harlow Foods", 1115.5, None)],
    ),
    ("Harlow Foods was 2p cheaper at 98p.", [("Harlow Foods", 98.0, None)]),
    (
        "* Brisk Pay (+3.6% to 13.6 euros) welcomed a long-term shareholder into its capital.",
        [("Brisk Pay", 13.6, 3.6)],
    ),
    (
        "The positive momentum of Harlow Bank continues (+ 3.1% to 2.129 euros) after a better-than-expected report.",
        [("Harlow Bank", 2.129, 3.1)],
    ),
    ("That's 43% higher than the Harlow Foods current price of 1,461p!", [("", 1461.0, None)]),
    # an index's level in points, even when the outlet writes a "p" after it
    ("London's top flight closed 106.54 points lower at 6,049.62p at the end of trading.", []),
    # a past period's low is no price of the day
    (
        "Shares of Harlow Chips have gone up by around 50 percent in the last 8 months after hitting a three-year low of "
        "14 euros in the first half of 2019.",
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PRICES)
def test_wrap_prices_of_round_eleven(sentence, expected):
    assert _prices(article_frames("June 12, 2009", sentence, title="Market report")["prices"]) == expected


def test_currently_after_the_start_of_trading_is_an_intraday_price():
    df = article_frames(
        "September 27, 2019",
        "Shares of Harlow Chips fell 2.90 percent at the start of trading and are currently 16.57 euros.",
        title="German shares open lower",
    )["prices"]
    assert list(zip(df["price"], df["kind"], strict=True)) == [(16.57, "intraday")]


def test_each_bank_of_a_results_roundup_keeps_its_own_result():
    df = article_frames(
        "March 1, 2013",
        "Royal Bank of Canada, the country's biggest, earned 2.07 billion Canadian dollars in the first quarter, a 12 "
        "percent increase year on year. Toronto-Dominion Bank, the second largest, earned 1.79 billion Canadian "
        "dollars, up more than 20 percent from a year ago. Canadian Imperial Bank of Commerce, the fifth largest, "
        "reported a profit of 798 million Canadian dollars.",
        title="Canada's big banks report profits",
    )["events"]
    assert sorted(c for c, t in zip(df["company"], df["type"], strict=True) if t == "financial_result") == [
        "Canadian Imperial Bank of Commerce",
        "Royal Bank of Canada",
        "Toronto-Dominion Bank",
    ]


def test_an_active_appointment_names_the_person_after_the_verb():
    df = article_frames(
        "August 8, 2019",
        "Harlow Media Co. also said that it appointed Paul Doe as President and Chief Executive Officer, effective "
        "immediately.",
        title="Harlow Media profit rises",
    )["events"]
    assert list(zip(df["type"], df["counterparty"], strict=True)) == [("executive_change", "Paul Doe")]


def test_an_equity_value_in_the_next_sentence_sizes_the_deal():
    df = article_frames(
        "February 14, 2022",
        "Shares of Brisk Sciences International shot up 52% to $3.64 after it agreed to be acquired by Harlow "
        "Pharmaceuticals for $5.60 per share in cash. The offer price represents a 54% premium and implies a fully "
        "diluted equity value of around $604 million.",
        title="Harlow to acquire Brisk Sciences",
    )["events"]
    assert _events(df) == [("acquisition", 604e6)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # an Indian close "per scrip", the change measured from the previous close (its basis, not its day)
        (
            "Shares of Harlow Biotech Ltd closed at Rs 419.35 per scrip on BSE, down 0.18% from its previous close.",
            "2020-11-23",
        ),
        (
            "On the NSE, the stock of Harlow Industries fell by 2.07 per cent to settle at Rs 1,357.20 per piece.",
            "2020-11-23",
        ),
    ],
)
def test_indian_closes_per_scrip_or_piece(sentence, day):
    df = article_frames("November 23, 2020", sentence, title="Harlow shares")["prices"]
    assert [str(d)[:10] for d in df["date"]] == [day]


def test_a_lead_day_is_the_one_next_to_the_markets_move():
    df = article_frames(
        "April 23, 2024",
        "Regulators unveiled measures on Friday to bolster the Hong Kong market by adding more exchange-traded funds "
        "to the Stock Connect programme",
        "At closing bell, the benchmark Hang Seng Index jumped 317.24 points, or 1.92%, to 16,828.93.",
        "Among blue chips, pork processor Harlow Group jumped 5.8% to HK$5.80 after a strong first quarter.",
        title="Hong Kong market surges",
    )["prices"]
    assert [(str(d)[:10], p) for d, p in zip(df["date"], df["price"], strict=True)] == [("2024-04-23", 5.8)]


PRICE_DAYS = [
    # an offer's premium over yesterday's close: the day is the basis, not the price's
    (
        "Harlow Holdings Co Ltd jumped 2.1% to 3,864.50 yen after its unit agreed to acquire Brisk Pharma for $17 per "
        "share in cash, a premium of 13.3% to closing price of yesterday.",
        "December 2, 2014",
        [("2014-12-02", 3864.5)],
    ),
    # a broker note's day is not the price's
    (
        "Harlow & Co. has gained the most, rising as much as 2.8% to 5,182 yen ($37) and breaking above Brisk's new "
        "price target of 5,000 yen announced in a report on Monday.",
        "June 13, 2023",
        [("2023-06-13", 5182.0)],
    ),
    # an offer price, an earlier time of the month, a digest's "Target Price:" line
    (
        "The deal is based on a share price of 1,300 yen, which is a premium of 45% compared to the closing price.",
        "November 27, 2020",
        [],
    ),
    (
        "Prior to the scandal, Harlow Tech's shares were trading at over $139 earlier in the month.",
        "October 25, 2024",
        [],
    ),
    ("- Target Price: Increased to $0.10 from $0.07 (+6.4% upside).", "May 16, 2025", []),
]


@pytest.mark.parametrize(("sentence", "date_line", "expected"), PRICE_DAYS)
def test_price_days_and_non_prices_of_round_eleven(sentence, date_line, expected):
    df = article_frames(date_line, sentence, title="Market report")["prices"]
    assert [(str(d)[:10], float(p)) for d, p in zip(df["date"], df["price"], strict=True)] == expected


def test_as_much_as_is_an_intraday_move_with_its_change():
    df = article_frames(
        "June 13, 2023", "Harlow & Co. rose as much as 2.8% to 5,182 yen in Tokyo.", title="Trading houses"
    )["prices"]
    assert list(zip(df["kind"], df["change_pct"], strict=True)) == [("intraday", 2.8)]


def test_a_next_morning_paper_names_the_markets_day_without_a_move():
    df = article_frames(
        "January 5, 2011",
        "THERE WAS a back-to-school vibe on equity markets yesterday as trading volumes on the index of Irish shares "
        "were back to normal for most stocks.",
        "Harlow's 32 cent drop to €15.18 weighed on the overall index, which ended the day down more than 1 per cent.",
        title="Harlow loses ground",
    )["prices"]
    assert [(str(d)[:10], p) for d, p in zip(df["date"], df["price"], strict=True)] == [("2011-01-04", 15.18)]


def test_an_event_the_lead_reports_without_a_day_takes_the_storys_day():
    df = article_frames(
        "September 29, 2022",
        "Harlow Pharmaceuticals Inc. has won its first approval from the U.S. Food and Drug Administration for a drug "
        "designed to treat ALS.",
        "The approval was largely expected.",
        "Analysts had expected a decision later this year.",
        "Last year, Harlow had planned to merge with Brisk Biotech.",
        title="Harlow wins approval for first ALS drug",
    )["events"]
    dates = {
        t: ("" if d is None or d != d or str(d) == "NaT" else str(d)[:10])
        for t, d in zip(df["type"], df["date"], strict=True)
    }
    assert dates["regulation"] == "2022-09-29"
    assert dates.get("acquisition", "") in ("", "2021")  # background: last year's, never the story's day


def test_a_date_opening_the_sentence_dates_its_event():
    df = article_frames(
        "November 22, 2012",
        "On 21st Nov, Indian drug maker Harlow Ltd. announced its plans to acquire South African firm Brisk Medpro.",
        title="Harlow shares fall",
    )["events"]
    assert [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)] == [("acquisition", "2012-11-21")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's contract is no partnership
        "The exchange operator is searching for a new chief executive after incumbent Robert Doe said he would not "
        "renew his contract.",
        # a purchase order is no acquisition
        "The initial purchase order has a value of US$28.2 million (A$37.6 million), Harlow said.",
    ],
)
def test_no_deal_events(sentence):
    assert set(article_frames("October 1, 2010", sentence, title="Company news")["events"]["type"]) <= {
        "executive_change"
    }


def test_a_basis_close_in_the_sentence_before_does_not_date_the_move():
    df = article_frames(
        "December 14, 2000",
        "Harlow shares opened at $48, down from Wednesday's close of $48.45. But after the approval was announced, "
        "the stock bumped up $1.55 to close at $50.",
        title="Harlow shares gain after key approval",
    )["prices"]
    assert (str(df["date"].iloc[-1])[:10], float(df["price"].iloc[-1])) == ("2000-12-14", 50.0)


def test_a_broker_moving_several_stocks_in_one_sentence_gives_a_row_each():
    df = article_frames(
        "January 14, 2014",
        "Barclays also raises Zurich Harbour to “overweight” from “underweight”, citing an expected new tariff "
        "framework, and Groupe Tunnelo to “equal-weight” from “underweight” on its exposure to economic growth.",
        "Barclays cuts Ports de Paris and Strada to “underweight” from “equal-weight” and Hafen Wien to “equal-weight” "
        "from “overweight”.",
        title="Harlow Airports slips as Barclays cuts airport stock",
    )["targets"]
    assert sorted(zip(df["firm"], df["rating_class"], strict=True)) == [
        ("Barclays", "buy"),
        ("Barclays", "hold"),
        ("Barclays", "hold"),
        ("Barclays", "sell"),
        ("Barclays", "sell"),
    ]


def test_a_broker_lowering_target_prices_in_the_headline_is_not_the_articles_company():
    df = article_frames(
        "December 17, 2024",
        "(Newswire) - Jefferies cut its target prices on Hays, Pagegroup and SThree on Tuesday.",
        "Jefferies lowered its price target on SThree from 420.0p to 300.0p.",
        "We downgrade SThree FY24-25e EPS by up to 63%.",
        title="Jefferies lowers target prices on UK staffers following SThree's warning",
    )
    assert list(zip(df["targets"]["firm"], df["targets"]["target"], strict=True)) == [("Jefferies", 300.0)]
    assert list(df["articles"]["company"]) == ["SThree"]


def test_a_wrap_sentence_with_elided_to_an_appositive_move_and_flat_or_but_clauses():
    df = article_frames(
        "March 16, 2018",
        "Falls in iron ore left the top miners mixed, with Harlow Mining and Brisk Tinto up 1.0 per cent to $29.16 and "
        "0.7 per cent $76.62.",
        "Encouragement out of the International Energy Agency that oil demand could pick up helped Orrin Energy, up by "
        "2.1 per cent to $8.84, Santos Oil was flat at $4.89, but Woodside Petroleum fell 0.2 per cent, to $28.56.",
        title="Orrin surge pushes Australian shares higher",
    )["prices"]
    assert sorted(zip(df["company"].fillna(""), df["price"], strict=True)) == [
        ("Brisk Tinto", 29.16),
        ("Brisk Tinto", 76.62),
        ("Orrin Energy", 8.84),
        ("Santos Oil", 4.89),
        ("Woodside Petroleum", 28.56),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            "On July 31, 2018 Harlow Pharmaceuticals, Inc. (NASDAQ: HRLW) reported that it will host a conference call "
            "on Tuesday, August 7, 2018, at 4:30 p.m. ET to review its second quarter 2018 financial results.",
            "earnings_date",
            "2018-08-07",
        ),
        (
            "The department store chain suffered a 1.7% drop in like-for-like sales over the 15 weeks to June 16.",
            "financial_result",
            "2018-07-31",
        ),
        (
            "Competition authorities in Spain, Germany and the United States have approved the agreement regarding "
            "Harlow's acquisition of Brisk's wipes business.",
            "regulation",
            "2018-07-31",
        ),
    ],
)
def test_a_results_call_a_suffered_drop_and_competition_authorities(sentence, kind, day):
    df = article_frames("July 31, 2018", sentence, title="Company news")["events"]
    assert (kind, day) in [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)]


def test_a_conference_call_about_a_deal_is_no_earnings_date():
    df = article_frames(
        "July 31, 2018", "Harlow will host a conference call on Thursday to discuss the acquisition of Brisk."
    )["events"]
    assert "earnings_date" not in set(df["type"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a research digest's line
        ("Outperform Price $156.98 on Dec. 20", [("2021-12-20", 156.98, "unspecified")]),
        # "ending the day just below"
        (
            "Shares in the airline closed 13.3% lower in Dublin, ending the day just below €5.87.",
            [("2021-12-27", 5.87, "close")],
        ),
        # the last close a target is measured against is the session before
        (
            "Its new target implies a 34% growth potential compared to the last closing price of €164.1.",
            [("2021-12-23", 164.1, "close")],
        ),
    ],
)
def test_digest_prices_day_ends_and_last_closes(sentence, expected):
    df = article_frames("December 27, 2021", sentence, title="Research reports")["prices"]
    assert [(str(d)[:10], p, k) for d, p, k in zip(df["date"], df["price"], df["kind"], strict=True)] == expected
    assert "acquisition" not in set(article_frames("December 27, 2021", sentence)["events"]["type"])


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Harlow Pharma yesterday reported a consolidated net profit of Rs 153.25 crore for the quarter ended March 31.",
            "2018-05-22",
        ),
        (
            "On Monday, Harlow Bank beat analyst estimates and reported a 26.27 percent year-on-year increase in net "
            "profit to Rs 2,184.48 crore for the quarter.",
            "2018-05-21",
        ),
    ],
)
def test_a_result_is_dated_by_the_day_it_was_reported(sentence, day):
    df = article_frames(
        "May 23, 2018",
        "Shares of Harlow rose.",
        "Brokers were upbeat.",
        "Volumes were thin.",
        sentence,
        title="Harlow shares",
    )["events"]
    assert [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)] == [("financial_result", day)]


EVENT_TYPES_10 = [
    (
        "Harlow Electronics forecasts record net profit of 380 billion yen ($3.4 billion) for the fiscal year to March "
        "2018.",
        {("guidance", 3.4e9)},
    ),
    (
        "The chief executive spoke following results for the year to Sept. 30, which showed net losses widening to 304 "
        "million euros ($337 million).",
        {("financial_result", 337e6)},
    ),
    # the year before's figure, an imperative "Buy", a broker's estimates: no events
    ("The company's net profit in the corresponding quarter last fiscal stood at Rs 24.22 crore.", set()),
    ("READ: Buy Harlow on the dips as growth prospects remain outstanding, says broker", set()),
    ("We increased our FY21 / FY22 earnings by 27% / 20%, and we introduced FY23 into our estimates.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), EVENT_TYPES_10)
def test_forecast_records_widening_losses_and_non_events(sentence, expected):
    df = article_frames("October 31, 2017", sentence, title="Company news")["events"]
    assert {(t, a if a == a else 0.0) for t, a in zip(df["type"], df["amount_usd"], strict=True)} == expected


def test_an_indian_brokerage_calls_digest_with_maintain_lines_and_tp_labels():
    df = article_frames(
        "October 6, 2025",
        "JPMorgan on Harlow Supermarts – Maintain Neutral | Target ₹4,350",
        "Bernstein on Harlow Bank (CMP ₹965.15) – Maintain Outperform | Target ₹1,150",
        "CLSA on Brisk Foods – Maintain Underperform | TP ₹490",
        "MOSL on Brisk Foods – TP ₹850 | Maintain Buy",
        title="Brokerage calls",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], df["rating_class"], strict=True)) == [
        ("Bernstein", 1150.0, "buy"),
        ("CLSA", 490.0, "sell"),
        ("JPMorgan", 4350.0, "hold"),
        ("MOSL", 850.0, "buy"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harlow Energy Q1 update: 2024 guidance unchanged, results on February 7.", {"guidance"}),
        ("Guidance for 2024 is to remain unchanged, the firm said in the trading update.", {"guidance"}),
        # a time, no end of anything; a broker's downgrade over an outlook
        ("By the end of that cost-cutting programme, the company would have between 72,000 and 77,000 workers.", set()),
        ("Harlow Stock Declines On Brisk Downgrade Over Risk To 2026 Sales Outlook", set()),
    ],
)
def test_guidance_unchanged_and_outlook_non_events(sentence, expected):
    df = article_frames("February 1, 2024", sentence, title="Company news")["events"]
    assert set(df["type"]) - {"earnings_date"} == expected


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "Harlow Telecom is in takeover talks with Brisk Nextel, people familiar with the matter said.",
            "Brisk Nextel",
        ),
        (
            "Harlow Stores approached Brisk Markets for a merger project, adding that discussions were very preliminary.",
            "Brisk Markets",
        ),
        (
            "Harlow Insurance is in negotiations to integrate operations with Brisk Insurance, the Nikkei reported.",
            "Brisk Insurance",
        ),
        ("Harlow Pharma is nearing a preliminary takeover agreement for Brisk Biotech, Bloomberg reported.", "Brisk"),
    ],
)
def test_deal_talks_with_a_named_party(sentence, party):
    df = article_frames("January 13, 2021", sentence, title="Company news")["events"]
    rows = [(t, c) for t, c in zip(df["type"], df["counterparty"], strict=True) if t == "acquisition"]
    assert len(rows) == 1 and rows[0][1].startswith(party)


def test_a_surname_acting_with_his_target_is_the_last_firms_analyst():
    df = article_frames(
        "January 4, 2024",
        "Investment bank Piper Sandler on Thursday lowered its rating on Harlow to neutral from overweight.",
        "Kumar said he moved to the sidelines on Harlow stock because of soft smartphone sales.",
        "Kumar lowered his price target on Harlow stock to $205 from $220.",
        title="Piper Sandler downgrades Harlow",
    )["targets"]
    assert list(zip(df["firm"], df["target"], df["rating_class"], strict=True)) == [("Piper Sandler", 205.0, "hold")]


def test_banks_that_share_only_the_word_bank_keep_their_own_results():
    df = article_frames(
        "November 30, 2023",
        "Canadian Imperial Bank of Commerce (CM.TO) rallied about 5.2% after reporting adjusted net income of $1,520 "
        "million for the fourth quarter. Bank of Nova Scotia (BNS.TO) gained 1.2%.",
        "Royal Bank of Canada (RY.TO) surged 3.2%. The bank reported fourth-quarter earnings of C$4.062 billion, or "
        "C$2.90 per share.",
        "Toronto-Dominion Bank (TD.TO) ended 0.6% down. The bank reported adjusted net income of $3.505 billion in the "
        "fourth quarter.",
        title="Canadian market ends on a firm note",
    )["events"]
    assert sorted(c for c, t in zip(df["company"], df["type"], strict=True) if t == "financial_result") == [
        "Canadian Imperial Bank of Commerce",
        "Royal Bank of Canada",
        "Toronto-Dominion Bank",
    ]


def test_a_day_of_the_month_without_its_month_dates_an_intraday_quote():
    df = article_frames(
        "August 4, 2023",
        "As of 11:30 a.m. on the 3rd, Harlow Corp. is trading at 72,900 won, up 100 won (0.14%) from the previous day.",
        title="Brokers raise Harlow targets",
    )["prices"]
    assert [(str(d)[:10], p) for d, p in zip(df["date"], df["price"], strict=True)] == [("2023-08-03", 72900.0)]


# Exact event types of one sentence, each row with its own date line and headline.
EXACT_EVENT_TYPES = [
    (
        "February 17, 2015",
        "Market close",
        "Harlow Amatil jumped 6.3 per cent to $10.61 despite posting its lowest profit for eight years.",
        {"financial_result"},
    ),
    (
        "February 17, 2015",
        "Market close",
        "Brisk Bank shed 2.45 per cent to $34.99 after delivering unaudited cash profits of $1.79 billion for the first "
        "quarter.",
        {"financial_result"},
    ),
    # a result measured against forecasts is no guidance
    (
        "February 17, 2015",
        "Market close",
        "Corvane Metals beat profit forecasts for the first half of the 2015 financial year, recording a $331 million "
        "underlying result.",
        {"financial_result"},
    ),
    (
        "February 17, 2015",
        "Market close",
        "Telecom giant Harlow exceeded market expectations with an operating profit of $3.9 billion during the second "
        "quarter of the year.",
        {"financial_result"},
    ),
    (
        "February 17, 2015",
        "Market close",
        "Corvane Metals topped estimates and raised its full-year guidance.",
        {"guidance"},
    ),
    # the market's earnings and a broker's name are no events
    (
        "May 10, 2023",
        "Market report",
        "SHARES rose further on Wednesday amid strong corporate earnings and ahead of US inflation data.",
        set(),
    ),
    (
        "May 10, 2023",
        "Market report",
        "Hana Securities (KRW 85,000→KRW 90,000) and eBEST Investment & Securities (KRW 100,000→KRW 110,000) raised "
        "their target prices.",
        set(),
    ),
    # a report's present tense and good or bad periods
    (
        "November 27, 2018",
        "Market report",
        "Bank notes printer Harlow Rue sees its first half operating profit slump 36% to £17m, bearing the scars of "
        "losing a contract.",
        {"financial_result"},
    ),
    (
        "November 27, 2018",
        "Market report",
        "Brisk Fuels gave up 1.04% to R523, after saying earlier that HEPS dropped 22% to R27.44 in the year to "
        "end-June.",
        {"financial_result"},
    ),
    (
        "November 27, 2018",
        "Market report",
        "The group said on Monday it had had a strong first half, raising production 4% year on year.",
        {"financial_result"},
    ),
    (
        "November 27, 2018",
        "Market report",
        "Following Harlow's solid 1Q26 result, management's confidence increased.",
        {"financial_result"},
    ),
    (
        "November 27, 2018",
        "Market report",
        "This banking giant's recent second half results disappointed the broker.",
        {"financial_result"},
    ),
    # (far into a long sentence too)
    (
        "November 27, 2018",
        "Market report",
        "In London trading on a busy Tuesday afternoon for the mid-cap index, bank notes printer Harlow Rue sees its "
        "first half operating profit slump 36% to £17m.",
        {"financial_result"},
    ),
    # an outlook stays an outlook
    ("November 27, 2018", "Market report", "Harlow Rue expects profit to fall 5% to £20m next year.", {"guidance"}),
    ("November 27, 2018", "Market report", "Harlow Rue sees full-year revenue of about £500m.", {"guidance"}),
]


@pytest.mark.parametrize(("date_line", "title", "sentence", "expected"), EXACT_EVENT_TYPES)
def test_exact_event_types_of_round_eleven(date_line, title, sentence, expected):
    assert set(article_frames(date_line, sentence, title=title)["events"]["type"]) == expected
