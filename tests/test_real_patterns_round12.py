"""Round twelve of real-outlet patterns, as our own sentences: a story over several companies whose headline names
none of them (each result its own company's), a result's figure linked by a participle or a bare "up" ("with net
profit growing by 10.1%, to", "revenues up 12.6% on a comparable basis to"), a gloss between metric and verb, a
result measured "better than" expectations; a price "a share" after its change ("dipped $1.75 to $51.50 a share"),
"the stock of X to soar ... to", a change measured "over its previous close", and the closes of a next-morning
paper's story dated by its lead's news ("agreed Monday").
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, price_rows, result_rows

# --------------------------------------------------------------------------- a story over several companies


def test_a_story_whose_headline_names_none_of_its_companies_keeps_each_result_apart():
    df = article_frames(
        "November 9, 2021",
        "Chemicals group BASF beat forecasts with an operating profit of 1.9 billion euros in the third quarter, "
        "against 0.6 billion euros a year earlier.",
        "Bayer had a hard year and the company reports a loss of 2.1 billion euros for the quarter.",
        "Siemens also had a weaker quarter. Profit fell to 1.5 billion euros in the quarter, from 1.7 billion euros "
        "last year.",
        title="A flood of quarterly reports in Frankfurt",
    )["events"]
    assert sorted(c for c, t in zip(df["company"], df["type"], strict=True) if t == "financial_result") == [
        "BASF",
        "Bayer",
        "Siemens",
    ]


def test_a_headline_naming_the_company_keeps_it_a_single_company_story():
    df = article_frames(
        "November 9, 2021",
        "BASF beat forecasts with an operating profit of 1.9 billion euros in the third quarter.",
        "Rivals Bayer and Siemens report next week. Profit fell to 1.5 billion euros at the coatings arm.",
        title="BASF beats forecasts",
    )["events"]
    assert {c for c, t in zip(df["company"], df["type"], strict=True) if t == "financial_result"} == {"BASF"}


# --------------------------------------------------------------------------- how a result's figure is linked

RESULTS = [
    # a participle after "with", past a comma
    (
        "Today Harlow Travel also presented its results, with net profit growing by 10.1%, to 1,088.2 million euros "
        "($1.17 billion).",
        [1.17e9],
    ),
    # a bare "up", with words between the change and the figure; measured "better than" expectations
    (
        "Harlow Energy said its first-quarter results were better than market expectations, with revenues up 12.6% on "
        "a comparable basis to $7.6 billion.",
        [7.6e9],
    ),
    # "coming in at N% lower than ... to"
    (
        "The company posted its third-quarter result on the same day, reporting adjusted earnings before interest and "
        "tax coming in at 45% lower than the previous year to $187 million.",
        [187e6],
    ),
    # a gloss between the metric and its verb
    (
        "In July, Harlow Air said net profits, or earnings after tax, sank 21 percent to $78.1 million in its first "
        "quarter.",
        [78.1e6],
    ),
]


@pytest.mark.parametrize(("sentence", "amounts"), RESULTS)
def test_a_results_figure_linked_by_a_participle_a_bare_up_or_past_a_gloss(sentence, amounts):
    df = article_frames("November 8, 2024", sentence, title="Results")["events"]
    assert [a for _, a in result_rows(df)] == amounts


def test_a_size_with_its_figure_is_still_no_result():
    df = article_frames(
        "November 8, 2024",
        "With a turnover of $9 billion, Harlow Travel employs 12,000 people in 30 countries.",
        title="Harlow Travel profile",
    )["events"]
    assert result_rows(df) == []


# --------------------------------------------------------------------------- prices

PRICES = [
    # the price "a share" after its change in dollars
    ("Harlow stock dipped $1.75 to $51.50 a share on Wednesday.", [("Harlow", 51.5, "1985-05-01")]),
    # "the stock of X to soar ... to", with the close's day
    (
        "Reports of the pending deal had caused the stock of Brisk Gas to soar $11.75 to $58.62 a share by the close "
        "of trading on Wednesday.",
        [("Brisk Gas", 58.62, "1985-05-01")],
    ),
]


@pytest.mark.parametrize(("sentence", "prices"), PRICES)
def test_a_price_a_share_after_its_change(sentence, prices):
    df = article_frames("May 03, 1985", sentence, title="Harlow to buy Brisk Gas")["prices"]
    assert price_rows(df) == prices


def test_a_change_over_the_previous_close_does_not_date_the_price():
    df = article_frames(
        "August 18, 2017",
        "Harlow Tech shares tanked in early trade after its chief executive resigned.",
        "The stock fell to Rs 952.30 on the NSE, down 6.71 per cent over its previous close.",
        title="Harlow Tech tanks on CEO exit",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(952.3, "2017-08-18")]


def test_a_next_morning_storys_closes_are_from_the_day_its_lead_dates_the_news():
    df = article_frames(
        "May 18, 2004",
        "Harlow Energy Inc. agreed Monday to purchase oil properties in Texas from Brisk Oil Corp. for $1.1 billion.",
        "Shares of Harlow rose 5 cents to close at $26.66 on the New York Stock Exchange. Brisk Oil fell $1.14 to "
        "$91.55.",
        title="Harlow to buy oil fields from Brisk Oil",
    )["prices"]
    assert [d for _, _, d in price_rows(df)] == ["2004-05-17", "2004-05-17"]


def test_a_lead_dated_today_leaves_the_closes_on_the_storys_day():
    df = article_frames(
        "May 18, 2004",
        "Harlow Energy Inc. agreed on Tuesday to purchase oil properties in Texas for $1.1 billion.",
        "Shares of Harlow rose 5 cents to close at $26.66 on the New York Stock Exchange.",
        title="Harlow to buy oil fields",
    )["prices"]
    assert [d for _, _, d in price_rows(df)] == ["2004-05-18"]


def test_a_lead_with_a_deals_billions_and_a_share_move_still_dates_the_closes_by_its_news():
    df = article_frames(
        "December 22, 2015",
        "Harlow Electric warned Monday it would book a record $4.5 billion annual loss, as its shares plunged in Tokyo.",
        "The stock tumbled 9.8 percent to end at 254.8 yen.",
        title="Harlow Electric warns of annual loss",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(254.8, "2015-12-21")]


# --------------------------------------------------------------------------- date lines


@pytest.mark.parametrize(
    ("date_line", "day"),
    [("09 Apr , 2025", "2025-04-09"), ("on May 4, 2016", "2016-05-04"), ("Published on May 4, 2016", "2016-05-04")],
)
def test_a_date_line_with_a_space_before_its_comma_or_a_leading_on(date_line, day):
    df = article_frames(date_line, "Harlow shares fell 3% to $10.20 in morning trade.", title="Harlow shares fall")
    assert str(df["articles"]["published"][0])[:10] == day


# --------------------------------------------------------------------------- brokers and the stocks they rate


def test_the_firm_is_the_broker_not_the_stock_its_outlook_is_for():
    fr = article_frames(
        "December 12, 2025",
        "Bank of America Corp. (BAC) shares hit a new 52-week high of $54.83 on Friday.",
        "Separately, Morgan Stanley adjusted its outlook for Bank of America. The firm lowered its price target to "
        '$68.00 from $70.00, but maintained an "Overweight" rating on the shares.',
        title="BAC: Bank of America stock hits 52-week high after analyst move",
    )
    assert list(zip(fr["targets"]["firm"], fr["targets"]["target"], strict=True)) == [("Morgan Stanley", 68.0)]
    assert "guidance" not in set(fr["events"]["type"])  # a broker's outlook for a stock is no company's guidance
    assert list(fr["prices"]["company"]) == ["Bank of America"]  # "Bank of America Corp. (BAC) shares", whole


def test_a_brokerage_that_is_the_storys_company_still_gives_guidance():
    df = article_frames(
        "December 12, 2025",
        "Commerzbank raised its outlook for Commerzbank Group after a strong quarter.",
        title="Commerzbank lifts outlook",
    )["events"]
    assert list(df["type"]) == ["guidance"]


def test_a_brokers_forecast_headline_names_the_stock_not_the_broker():
    fr = article_frames(
        "November 13, 2025",
        "Bank of Montreal (NYSE:BMO) - Desjardins raised its earnings estimates for Bank of Montreal in a note on "
        "Tuesday. Desjardins has a hold rating and a $165.00 price objective on the stock.",
        "CIBC raised shares of Bank of Montreal from a neutral rating to an outperform rating and lifted its price "
        "objective from C$173.00 to C$180.00.",
        title="Desjardins Issues Optimistic Forecast for TSE:BMO Earnings",
    )
    assert fr["articles"]["ticker"][0] == "BMO"
    assert sorted(fr["targets"]["firm"]) == ["CIBC", "Desjardins"]


# --------------------------------------------------------------------------- outlooks, buybacks and other events


def _events(df):
    return sorted((t, a if a == a else 0.0) for t, a in zip(df["type"], df["amount_usd"], strict=True))


EVENTS = [
    # the company's outlook, then the analysts' figures it is set against
    (
        "Harlow Soft expects adjusted second-quarter earnings of $1.01 to $1.02 a share on revenue of $7.69 billion to "
        "$7.7 billion, while analysts surveyed by FactSet had forecast $1.14 a share on revenue of $7.77 billion.",
        [("guidance", 7.69e9)],
    ),
    # "models" tells an outlook, not a result
    (
        "The company models fiscal third-quarter revenue of $1.95 billion to $1.98 billion along with $2.30 billion to "
        "$2.35 billion in billings.",
        [("guidance", 1.95e9)],
    ),
    # plans unveiled to cut jobs are no product
    (
        "Shares in Harlow Fashion surged more than 15% on Wednesday after the company unveiled plans to cut about "
        "1,700 jobs globally.",
        [],
    ),
    # an accounting term is no purchase
    (
        "Revenue, excluding the impact from purchase accounting, increased 10.7% to $177.5 million.",
        [("financial_result", 177.5e6)],
    ),
    # the payment before the settlement's case
    (
        "Harlow Health said it had agreed to pay $1.1 billion under a settlement related to a Brisk personal injury "
        "litigation and a class action in the U.S.",
        [("legal", 1.1e9)],
    ),
    # buybacks without "share", or sized in shares
    ("Harlow Air launched a $500 million buyback after its strong half.", [("other", 500e6)]),
    ("Harlow Group announced a 1-trillion yen buyback program on Tuesday.", [("other", 0.0)]),
    ("Harlow Trading on Tuesday said it would buy back up to 10 percent of its shares.", [("other", 0.0)]),
    ("Harlow Bus announced a share buyback of up to 75m ordinary shares.", [("other", 0.0)]),
    ("Harlow Bus will restart its share buyback.", []),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_outlooks_buybacks_and_what_is_no_event(sentence, events):
    assert _events(article_frames("February 23, 2016", sentence, title="Harlow news")["events"]) == events


def test_a_season_is_no_company_and_a_broker_is_not_whose_outlook_it_is():
    df = article_frames(
        "January 20, 2024",
        '"As a consequence of this better Christmas/New Year travel period, Harlow Air believes it is appropriate to '
        'raise its full year guidance," it said.',
        title="Harlow Air raises guidance",
    )["events"]
    assert list(df["company"]) == ["Harlow Air"]
    df = article_frames(
        "March 20, 2024",
        "BMO Capital dropped its target by $52 to $250, noting this is the first time since 2014 that Lululemon has "
        "lowered its Q1 full-year earnings outlook.",
        title="Lululemon target cuts",
    )["events"]
    assert list(zip(df["company"], df["type"], strict=True)) == [("Lululemon", "guidance")]


# --------------------------------------------------------------------------- prices that are not quotes, and their day


@pytest.mark.parametrize(
    "title",
    [
        "Harlow Homes PLC (HHG) Price Target Increased to GBX 155 by Analysts at Peel Hunt",
        "Citi Elevates Harlow Homes (00388.HK) TP to HK$490 as Turnover Remains Strong",
    ],
)
def test_a_headlines_target_is_no_price(title):
    df = article_frames("January 10, 2017", "The broker raised its view of the builder on Tuesday.", title=title)
    assert df["prices"].empty


def test_an_intraday_low_before_a_dated_close_is_that_days():
    df = article_frames(
        "November 11, 2018",
        "Harlow Air shares closed down 24.45 percent at C$2.41 on Thursday, after hitting an intraday low of C$2.34.",
        title="Harlow Air to cut 5000 jobs",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(2.34, "2018-11-08"), (2.41, "2018-11-08")]


# --------------------------------------------------------------------------- job cuts

LAYOFFS = [
    ("Network devices maker Harlow Net plans to reduce a maximum of 208 jobs in Finland.", [208]),
    ("Harlow Tel told unions that it could cut up to 3,000 of its more than 15,000 employees.", [3000]),
    ("The axing of 1,250 jobs by Harlow Bank comes on top of thousands already announced.", [1250]),
]


@pytest.mark.parametrize(("sentence", "lows"), LAYOFFS)
def test_job_cuts_told_as_a_maximum_a_share_of_staff_or_an_axing(sentence, lows):
    df = article_frames("February 18, 2003", sentence, title="Harlow cuts jobs")["layoffs"]
    assert sorted(df["low"]) == lows


def test_a_story_over_several_companies_keeps_each_companys_cuts():
    df = article_frames(
        "November 9, 2021",
        "Chemicals group BASF will cut 2,000 jobs in Germany, it said on Tuesday.",
        "Bayer said it would cut 1,500 jobs at its crop science arm, and Siemens plans to shed 900 jobs.",
        title="A grim week for German industry",
    )["layoffs"]
    assert sorted(df["low"]) == [900, 1500, 2000]


# --------------------------------------------------------------------------- broker notes


def test_a_currency_word_is_no_firm_and_a_sentence_broken_over_two_lines_is_one():
    fr = article_frames(
        "October 3, 2012",
        "Brisk Vickers upgraded Harlow Exchange to 'hold' from 'fully valued' and raised its target price to\n"
        "$7.25 from $5.40, citing volumes.",
        "The brokerage has maintained a HOLD rating on the exchange, with a target price set at Rs 7.25.",
        title="Harlow Exchange upgraded",
    )["targets"]
    assert "Rs" not in set(fr["firm"])
    assert (fr["firm"][0], fr["target"][0]) == ("Brisk Vickers", 7.25)


# --------------------------------------------------------------------------- results in other currencies

MONEY_RESULTS = [
    # a dollar figure in brackets after "≈"
    ("Net profit climbed to 3.3 billion euro (≈$3.9 billion), a near 25 % rise from the 2023 figure.", [3.9e9]),
    # Swedish kronor written out; "attributable to shareholders stood at"
    (
        "Net profit attributable to shareholders stood at 7.52 billion Swedish kronor ($900 million) while quarterly "
        "adjusted operating earnings rose to 11 billion Swedish crowns ($1.32 billion).",
        [900e6],
    ),
    # "US $" with a space
    ("Harlow Trucks reported third quarter profits of US $822 million.", [822e6]),
    # "posted a loss of", after results measured against expectations
    (
        "Harlow's fourth quarter results came in ahead of consensus expectations, but the company still posted a loss "
        "of €105 million (US$108.2m).",
        [108.2e6],
    ),
    # a translated "attributed result"
    (
        "Harlow Bank obtained, between January and March, an attributed result of 1,340 million euros ($1.65 billion), "
        "11.8% higher than a year earlier.",
        [1.65e9],
    ),
]


@pytest.mark.parametrize(("sentence", "amounts"), MONEY_RESULTS)
def test_results_in_other_currencies_with_their_dollar_value(sentence, amounts):
    df = article_frames("July 23, 2025", sentence, title="Harlow results")["events"]
    assert [a for _, a in result_rows(df)] == amounts


def test_a_loss_a_company_expects_is_no_result():
    df = article_frames("July 23, 2025", "Harlow expects to post a loss of €105 million next year.", title="Harlow")
    assert "financial_result" not in set(df["events"]["type"])


# --------------------------------------------------------------------------- digests, date lines and tallies


def test_a_stocks_to_watch_item_named_before_a_colon_is_its_companys():
    df = article_frames(
        "August 15, 2025",
        "Harlow Palm: The palm-oil company on Thursday posted a net profit of US$160.3 million for the first half, a "
        "56.5 per cent jump.",
        "Brisk Land: The property developer on Thursday posted a net profit of US$49.8 million for the half.",
        "Corvane: The real estate group on Thursday posted a net profit of US$35.6 million for the first half.",
        title="Stocks to watch: Harlow Palm, Brisk Land, Corvane",
    )["events"]
    assert result_rows(df) == [("Brisk Land", 49.8e6), ("Corvane", 35.6e6), ("Harlow Palm", 160.3e6)]


def test_a_korean_pages_date_stamp():
    df = article_frames("2022. 10. 26. 14:21", "Harlow Energy shares closed 3.5 percent higher at 529,000 won.")
    assert str(df["articles"]["published"][0])[:10] == "2022-10-26"


def test_a_trading_calls_stop_is_no_price_and_an_industrys_tally_no_round_of_cuts():
    df = article_frames(
        "November 17, 2020", "Harlow shares rose 2% to RM8.50. Cut loss at RM8.05.", title="Harlow: buy"
    )
    assert list(df["prices"]["price"]) == [8.5]
    df = article_frames(
        "January 10, 2023",
        "The tech sector announced 97,171 job cuts in 2022, up 649% on the year before, according to a consultancy.",
        title="Harlow to trim corporate staff",
    )
    assert df["layoffs"].empty


def test_a_deals_total_after_its_price_per_share():
    df = article_frames(
        "February 26, 2008",
        "Harlow Circuits said it has entered into a definitive agreement to acquire Brisk Systems for $5.50 per share, "
        "for an aggregate price of about $68 million (including debt and cash).",
        title="Harlow Circuits to acquire Brisk Systems",
    )["events"]
    assert _events(df) == [("acquisition", 68e6)]


def test_another_is_no_firm():
    df = article_frames(
        "January 23, 2013",
        "Jefferies raised its Harlow target to $45. Another, Oppenheimer, raised its Harlow target to $42.",
        title="Harlow shares soar",
    )["targets"]
    assert list(zip(df["firm"], df["target"], strict=True)) == [("Jefferies", 45.0), ("Oppenheimer", 42.0)]


def test_revenue_totaling_after_a_loss_per_share_leads_the_result():
    df = article_frames(
        "November 14, 2023",
        "After the closing bell on Monday, Harlow revealed an adjusted loss of 9 cents per share, with revenue totaling "
        "$34.5 million for the quarter.",
        title="Harlow misses estimates",
    )["events"]
    assert [a for _, a in result_rows(df)] == [34.5e6]


def test_jobs_at_stake_are_cuts():
    df = article_frames(
        "November 26, 2018", "Approximately 5,600 jobs are at stake at the three plants.", title="Plants"
    )
    assert list(df["layoffs"]["low"]) == [5600]


def test_new_shares_bought_for_a_sum_are_an_investment_dated_by_the_said_clause():
    df = article_frames(
        "December 20, 2024",
        "Harlow said after Thursday's market close that it planned to buy 12.1 million new Brisk shares for about 50 "
        "billion yen, equivalent to $317.6 million.",
        title="Harlow to take stake in Brisk",
    )["events"]
    rows = list(zip(df["type"], df["amount_usd"], df["counterparty"], df["date"].astype(str), strict=True))
    assert ("investment", 317.6e6, "Harlow", "2024-12-19") in rows
    assert "Thursday's" not in set(df["counterparty"])


def test_a_preposition_opening_the_sentence_is_no_party():
    df = article_frames(
        "May 5, 2015",
        "By acquiring Harlow Metals, Brisk will be able to grow its aerospace business considerably.",
        title="Harlow Metals news",
    )["events"]
    assert "By" not in set(df["counterparty"])


DIVIDENDS = [
    ("Discovery Health was among the biggest losers, diving 7.80% after scrapping its annual dividend.", 1),
    ("Harlow announced a dividend hike on Tuesday.", 1),
    ("Harlow declared a higher-than-expected final dividend of $2.50 per share.", 1),
    ("Harlow posted a fourfold increase in its final dividend to R9.8bn.", 1),
    ("Harlow shares offer a dividend yield of 6%.", 0),
    ("Analysts expect Harlow to raise its dividend.", 0),
]


@pytest.mark.parametrize(("sentence", "n"), DIVIDENDS)
def test_a_companys_dividend_decision_is_an_other_event(sentence, n):
    df = article_frames("August 10, 2023", sentence, title="Harlow news")["events"]
    assert list(df["type"]).count("other") == n


def test_a_buyback_and_a_dividend_are_two_events():
    df = article_frames(
        "August 10, 2023",
        "Harlow raised its final dividend and launched a $1 billion share buyback.",
        title="Harlow rewards shareholders",
    )["events"]
    assert _events(df) == [("other", 0.0), ("other", 1e9)]


CAPITAL = [
    "Harlow Rail proposed a five-for-one split of its common shares, subject to shareholder approval.",
    "Harlow announced a 5:1 bonus share issue with a record date of November 3.",
    "Harlow seeks to raise $1.9bn through a share sale.",
    "Harlow Metals raised $60m in an institutional placement at 15 cents.",
    "Harlow will make a capital return of $32.5m to $35m.",
]


@pytest.mark.parametrize("sentence", CAPITAL)
def test_a_change_to_share_capital_is_an_other_event(sentence):
    # (a placement's money raised is also a funding round, as round nine reads it: labellers give either type)
    df = article_frames("August 10, 2023", sentence, title="Harlow news")["events"]
    assert set(df["type"]) - {"funding_round"} == {"other"}


def test_a_share_of_staff_and_its_count_are_one_figure_and_a_place_may_sit_before_the_verb():
    df = article_frames(
        "May 16, 2012",
        "Harlow Systems said that it is laying off about 2% of its global workforce, which amounts to about 1,300 "
        "employees.",
        title="Harlow to cut jobs",
    )["layoffs"]
    assert list(zip(df["low"], df["percent"], strict=True)) == [(1300, 2.0)]
    df = article_frames(
        "May 16, 2012",
        "The union says a total of 210 employees in the Toronto area are being laid off.",
        "This means that more than one in ten employees in Canada will be laid off.",
        title="Harlow Media layoffs",
    )["layoffs"]
    assert list(df["low"]) == [210]


NOT_PRICES = [
    "The stock has ranged from $19.73 to $32.19 over the past year.",
    "Why one analyst thinks Harlow stock could be headed to $500",
    "At the opening, a barrel of Brent was trading higher, up to $84, while West Texas Intermediate stood at $79.5.",
    "For its part, the bond yield was at 3.348% at the opening, while the euro rose slightly, to $1.71.",
]


@pytest.mark.parametrize("sentence", NOT_PRICES)
def test_a_years_range_a_forecast_a_commodity_or_a_currency_is_no_share_price(sentence):
    assert article_frames("May 19, 2010", sentence, title="Harlow news")["prices"].empty


def test_a_rating_kept_at_buy_is_no_purchase():
    df = article_frames(
        "March 10, 2023",
        "Harlow Insurance kept at Buy by Goldman Sachs, with TP lifted from HKD51 to HKD58.",
        title="HK analyst calls",
    )
    assert df["events"].empty
    assert list(df["targets"]["target"]) == [58.0]


def test_rbs_is_a_broker_and_cut_moves_several_stocks():
    df = article_frames(
        "May 19, 2010",
        "Harlow Oil fell 1.2 percent after RBS downgraded the stock to 'hold' from 'buy'.",
        title="Stocks: London edges higher",
    )["targets"]
    assert list(zip(df["firm"], df["rating_class"], strict=True)) == [("RBS", "hold")]
    df = article_frames(
        "May 19, 2010",
        "Goldman Sachs cut Brisk Tools to neutral from buy, and Corvane Machinery to sell from neutral.",
        title="Stocks: Tokyo edges higher",
    )["targets"]
    assert sorted(df["rating_class"]) == ["hold", "sell"]


def test_a_cause_clauses_earlier_day_in_a_report_on_todays_session_is_the_newss():
    df = article_frames(
        "09 Feb 2022",
        "TOKYO, Feb 9 - Tokyo stocks closed higher today helped by better-than-expected profits.",
        "Harlow Motor rallied 5.67 per cent to ¥626.6 after it hiked its annual net profit forecast again yesterday.",
        "Brisk Corp said its closing share price of $3.64 as of Friday, February 4, was the offer's basis.",
        title="Tokyo stocks close higher on sound earnings",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df) if p == 626.6] == [(626.6, "2022-02-09")]


def test_a_lead_naming_the_exchange_and_yesterday_dates_the_wraps_closes():
    df = article_frames(
        "15 August 2018",
        "The JSE eased yesterday as rand hedges retreated due to the firmer rand.",
        "Harlow Gold lost 13.82% to close at R43.62 per share.",
        title="Blue chips pull back as rand recovers",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(43.62, "2018-08-14")]


def test_a_stocks_possessive_target_after_the_brokers_verb_is_the_stock():
    df = article_frames(
        "September 10, 2025",
        "Jefferies hiked Brisk’s price target to $360 from $270 and maintained its Buy rating on the stock.",
        title="Brisk price target hikes",
    )["targets"]
    assert list(zip(df["firm"], df["target"], strict=True)) == [("Jefferies", 360.0)]


def test_extended_trading_in_a_next_day_story_is_the_news_days():
    df = article_frames(
        "May 18, 2017",
        "Harlow Systems said Wednesday it will cut 1,100 more jobs as its revenue fell.",
        "Its stock was down $2.53, or 7.5 percent, to $31.29 in extended trading.",
        title="Harlow to cut 1,100 more jobs",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(31.29, "2017-05-17")]


def test_a_dividend_the_company_said_it_would_suspend_and_a_buyback_increased_by_a_sum():
    df = article_frames(
        "August 2, 2024",
        "Harlow also said it would suspend its dividend starting in the fourth quarter.",
        title="Harlow",
    )["events"]
    assert list(df["type"]) == ["other"]
    df = article_frames(
        "August 2, 2024", "Harlow increased its share repurchase program by $3 billion.", title="Harlow"
    )["events"]
    assert _events(df) == [("other", 3e9)]


def test_a_brokers_own_estimate_is_no_guidance_and_a_52_week_high_of_this_share_no_price():
    df = article_frames(
        "May 20, 2019",
        "Needham also revised up its full-year 2019 earnings forecast to $7.80 per share.",
        title="Harlow",
    )["events"]
    assert df.empty
    df = article_frames(
        "November 12, 2024", "Harlow shares rose 2% to Rs 4,800. 52 week high of this share is Rs 4989.", title="Harlow"
    )["prices"]
    assert list(df["price"]) == [4800.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow Bank's first-half cash earnings rose 23 per cent.",
        "Harlow posted a surprise first-quarter profit, with earnings topping expectations.",
    ],
)
def test_a_result_told_without_a_figure_by_its_period_or_as_a_surprise(sentence):
    df = article_frames("February 9, 2022", sentence, title="Stocks: Paris bourse closes higher")["events"]
    assert list(df["type"]) == ["financial_result"]


def test_a_profit_warning_is_no_result():
    df = article_frames("February 9, 2022", "Harlow posted a surprise profit warning on Tuesday.", title="Harlow")
    assert "financial_result" not in set(df["events"]["type"])


@pytest.mark.parametrize(
    "sentence",
    [
        "And the Canadian dollar plummeted to 0.9700 U.S. dollars at 5 p.m., compared with 0.9772 on Wednesday.",
        "In currencies, the dollar was trading almost unchanged at 90.44 yen.",
        "The local currency managed to strengthen to a session high of R14.02 against the greenback.",
        "Meanwhile, China's onshore yuan closed at 7.2689 yuan against the US dollar.",
    ],
)
def test_a_currencys_rate_is_no_share_price(sentence):
    assert article_frames("May 19, 2010", sentence, title="Stocks: markets edge up")["prices"].empty
