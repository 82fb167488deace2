"""Round seven of real-outlet patterns, as our own sentences: results told per share in a wrap item, a close named
after its amount ("Friday's $4.89-per-share close"), losses a company expects, a cut told as part of a stated whole,
a broker that is the stock of another broker's note, and broker notes written as labelled lines.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Quillon Foods (NYSE: QLF) earned 99 cents per share in its fourth quarter, the company said Tuesday.", 0.99),
        ("Quillon Foods earned an adjusted $1.12 a share in the quarter, above forecasts.", 1.12),
    ],
)
def test_a_result_told_per_share_in_a_closed_period(sentence, amount):
    # (a figure per share is no amount in dollars, which the export defines as a company-wide sum: it stays as text)
    ev = article_frames("March 4, 2026", sentence)["events"]
    got = ev[ev["type"] == "financial_result"]
    assert got["amount_usd"].isna().all() and len(got) == 1
    assert (
        got["amount_text"].iloc[0].startswith(f"${amount:.2f}" if "$" in sentence else f"{round(amount * 100)} cents")
    )


def test_a_close_named_after_its_amount_takes_the_day_before_it():
    df = article_frames(
        "Monday, March 2, 2026",
        "Shares of Quillon Foods (NYSE: QLF) jumped 20% from Friday's $4.89-per-share close.",
    )["prices"]
    assert [(str(d)[:10], float(v), k) for d, v, k in zip(df["date"], df["price"], df["kind"], strict=True)] == [
        ("2026-02-27", 4.89, "close")
    ]


def test_losses_a_company_expects_are_guidance():
    ev = article_frames(
        "May 14, 2026",
        "Kestrel Motor expects losses of 80 billion yen for the current business year, the carmaker said on Friday.",
    )["events"]
    assert list(ev["type"]) == ["guidance"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fabrikam Holdings said the plan means the loss of about 75 of its current 225 roles.", [(75, 75)]),
        ("Fabrikam Holdings will cut 75 of its 225 staff by the summer.", [(75, 75)]),
        ("Fabrikam Holdings employs 225 staff across its 75 shops.", []),
    ],
)
def test_a_cut_told_as_part_of_a_stated_whole(sentence, expected):
    df = article_frames("May 3, 2026", sentence, title="Fabrikam Holdings to restructure")["layoffs"]
    assert list(zip(df["low"], df["high"], strict=True)) == expected


def test_a_broker_can_be_the_stock_of_another_brokers_note():
    df = article_frames(
        "May 3, 2026",
        "Citi on Macquarie Group: Buy rating, target raised to A$240 from A$225.",
        title="Broker moves on ASX financials",
    )["targets"]
    assert list(df["firm"]) == ["Citi"]
    assert float(df["target"].iloc[0]) == 240.0


def test_broker_notes_in_labelled_lines_give_one_row_per_note_and_the_headline_word_is_no_company():
    f = article_frames(
        "May 3, 2026",
        "Tarnwood Mining (ASX: TWM)\n- Broker: Canaccord Genuity\n- Rating: Speculative Buy\n"
        "- Target Price: Increased to $0.10 from $0.08",
        "Ellery Gold (ASX: EYG)\n- Broker: Bell Potter\n- Rating: Hold\n- Target Price: Maintained at $1.25",
        title="Broker round-up: small caps",
    )
    assert f["articles"]["company"].iloc[0] != "Broker"
    t = f["targets"]
    rows = sorted(zip(t["firm"], t["rating_class"], t["target"].astype(float), t["action"], strict=True))
    assert rows == [("Bell Potter", "hold", 1.25, "maintained"), ("Canaccord Genuity", "buy", 0.1, "raised")]
    assert set(t["currency"]) == {"AUD"}


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Ellery Capital lodged a takeover bid for Quillon Foods worth $3.1 billion.", 3.1e9),
        ("Ellery Capital has made a $1.2 billion offer for Quillon Foods.", 1.2e9),
        (
            "Quillon Foods agreed to sell part of its interest in the Tarn mine to Ellery Gold for US$120 million.",
            1.2e8,
        ),
        ("Quillon Foods made an offer to buy Tarn Dairy, it said on Monday.", None),
    ],
)
def test_a_bid_told_by_its_bidder_and_part_of_an_interest_sold(sentence, amount):
    ev = article_frames("May 3, 2026", sentence, title="Quillon Foods news")["events"]
    deals = ev[ev["type"] == "acquisition"]
    assert len(deals) == 1
    got = deals["amount_usd"].iloc[0]
    assert (None if got is None or got != got else float(got)) == amount


def test_a_bid_someone_could_make_is_no_bid():
    ev = article_frames(
        "May 3, 2026", "Analysts said rivals could make a bid for Quillon Foods.", title="Quillon Foods news"
    )
    assert "acquisition" not in set(ev["events"]["type"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kestrel shed 1.74% to close at R90.01 per share", [(90.01, "ZAR")]),
        ("Spend on R&D rose to R2bn, against R250 a year ago", [(2e9, "ZAR"), (250.0, "ZAR")]),
        ("the R2 model and the R 5 ticket", []),
        ("a recent price of kr38.00", [(38.0, "SEK")]),
        ("Tarnwood soared 11.3 percent to 79 Singapore cents", [(0.79, "SGD")]),
        ("up 3 Hong Kong cents to HK$1.2", [(0.03, "HKD"), (1.2, "HKD")]),
    ],
)
def test_rand_kronor_and_named_cents(text, expected):
    from data_layer.extract._money import parse_money

    assert [(m.value, m.currency) for m in parse_money(text)] == expected


def test_a_wrap_in_rand_with_prices_per_share_after_a_move():
    df = article_frames(
        "12 July 2018",
        "The JSE closed weaker on Thursday as the stronger rand dragged the local bourse.",
        "Kestrel Paper [JSE:KPR] lost 1.8% to close at R111.02, while Tarn Retail [JSE:TRN] slipped by 6.86% to end "
        "the day at R31.10 per share. Ellery Property Fund [JSE:EPF] pulled back to R10.00 per share after dropping "
        "4.76%, while its peer Kestrel Malls [JSE:KML] lost 5.24% to close at R31.30.",
        title="Stronger rand weighs on the JSE",
    )["prices"]
    assert sorted(zip(df["price"].astype(float), df["currency"], strict=True)) == [
        (10.0, "ZAR"),
        (31.1, "ZAR"),
        (31.3, "ZAR"),
        (111.02, "ZAR"),
    ]


def test_an_advertisement_label_between_news_paragraphs_does_not_cut_the_story():
    from data_layer.ingest._boilerplate import split_boilerplate

    paras = ["Shares rose.", "Analysts cheered.", "Advertisement", "Kestrel Oil (TSX:KOL). Up 26 cents to $64.47."]
    assert split_boilerplate(paras)[0] == ["Shares rose.", "Analysts cheered.", paras[3]]
    promo = ["Shares rose.", "Analysts cheered.", "Advertisement", "Kestrel: Buy or Sell? Read more here..."]
    assert split_boilerplate(promo)[0] == ["Shares rose.", "Analysts cheered."]


def test_a_lead_about_the_day_of_the_story_dates_its_undated_prices():
    df = article_frames(
        "Dec 22, 2021",
        "The benchmark index edged 0.1 per cent higher on Wednesday as tech stocks rebounded.",
        "Kestrel Health rallied to close up 1.2 per cent after it rose 4.9 per cent on Tuesday.",
        "The worst performer was new listing Tarn Metals, which ended 29 per cent lower at 35.5¢.",
        title="Australian shares edge higher",
    )["prices"]
    assert [str(d)[:10] for d in df["date"]] == ["2021-12-22"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Crude oil futures closed down 25 cents to US$48.64 on the New York Mercantile Exchange.",
    ],
)
def test_commodity_futures_are_no_share_price(sentence):
    assert article_frames("Nov 22, 2004", sentence, title="Toronto stocks")["prices"].empty


def test_a_firms_rating_move_on_one_stock_and_its_target_on_another_are_two_rows():
    df = article_frames(
        "January 15, 2010",
        "Raymond James downgraded Kestrel Rail (KRL.TO) to “market perform” from “outperform.”",
        "Analyst Steven Hart said freight volumes are recovering.",
        "The analyst also raised his price target on Tarn Rail (TRL.TO) to C$65 from C$55, while maintaining an "
        "“outperform” rating on the stock.",
    )["targets"]
    rows = sorted(zip(df["rating_class"], df["target"].astype(float).fillna(0), strict=True))
    assert rows == [("buy", 65.0), ("hold", 0.0)]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Tarn Foods, which is closing older plants as part of a plan to boost earnings, will close a plant in May.",
         "earnings_date"),
        ("The Canadian dollar rose on Monday, buoyed by better than expected retail sales figures.", "financial_result"),
        ("As a partner with a consulting firm, Ms. Dea served clients in consumer goods.", "partnership"),
    ],
)  # fmt: skip
def test_words_that_only_look_like_events(sentence, kind):
    assert kind not in event_types("May 2, 2012", sentence)


def test_a_deal_for_more_than_an_amount():
    ev = article_frames(
        "Oct 2, 2019",
        "Tarn Pharma skyrocketed 38.4% after Ellery Biovitrum announced it would acquire Tarn for more than "
        "$900 million, or $29 per share.",
    )["events"]
    deals = ev[ev["type"] == "acquisition"]
    assert list(deals["amount_usd"].astype(float)) == [9e8]


def test_a_nordic_wrap_quotes_bare_prices_in_kronor_and_a_country_is_no_company():
    f = article_frames(
        "November 22, 2024",
        "Sweden stocks were higher after the close on Friday.",
        "At the close in Stockholm, the OMX Stockholm 30 gained 0.71%.",
        "The best performers of the session were Kestrel AB (ST: KSTR ), which rose 3.43% or 48.50 points to trade "
        "at 1,462.00 at the close.",
        title="Sweden stocks higher at close of trade",
    )
    assert f["articles"]["company"].iloc[0] != "Sweden"
    df = f["prices"]
    assert list(zip(df["price"].astype(float), df["currency"], strict=True)) == [(1462.0, "SEK")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tarn Staffing, which is due to report first-quarter results next week, rose 1.9 percent to 64.25 francs.",
         [64.25]),
        ("Tarn Pay users can instantly borrow up to 1,000 euros ($1,115) and buy phone insurance.", []),
        ("The offer is a premium of 44.0% to the Xetra closing price of the shares on 20 May 2022 (EUR 15.63).",
         [15.63]),
    ],
)  # fmt: skip
def test_prices_after_a_relative_clause_a_limit_and_a_close_in_brackets(sentence, expected):
    df = article_frames("May 23, 2022", sentence, title="Tarn news")["prices"]
    assert list(df["price"].astype(float)) == expected


def test_a_target_in_euros_with_its_dollar_conversion_in_brackets():
    df = article_frames(
        "March 17, 2022",
        "Tarnport (OTCMKTS:TRNPY) had its target price cut by equities research analysts at JPMorgan Chase & Co. from "
        "€65.00 ($71.43) to €57.00 ($62.64) in a research report issued on Thursday.",
    )["targets"]
    assert [(float(t), c) for t, c in zip(df["target"], df["currency"], strict=True)] == [(57.0, "EUR")]


@pytest.mark.parametrize(
    "sentence, kind, present",
    [
        ("Investors chased value buying across the board after the central bank released a total of RMB300 billion.",
         "acquisition", False),
        ("Tarn Imaging jumped after the company announced an agreement to be acquired by an affiliate of Ellery "
         "Capital Group for $1.7 billion.", "acquisition", True),
        ("Tarn Imaging jumped after the company announced an agreement to be acquired by an affiliate of Ellery "
         "Capital Group for $1.7 billion.", "partnership", False),
        ("Tarn Imaging has the right to terminate the agreement if it finds a better offer.", "partnership_end", False),
        ("Tarn Foods shot up 2.3% on Wednesday following a stronger than expected earnings report.", "earnings_date",
         False),
        ("Are Tarn Insiders Buying Or Selling?", "acquisition", False),
        ("Put another way, the original kr2.02m acquisition is now worth kr3.85m.", "acquisition", False),
        ("New initiatives that target purchasing costs are expected to lower costs by $13 million.", "acquisition",
         False),
        ("Tarn Group revealed its plan to merge with Ellery Holdings Limited to form a gaming group.", "acquisition",
         True),
    ],
)  # fmt: skip
def test_deal_words_in_market_jargon_terms_and_names(sentence, kind, present):
    assert (kind in event_types("Nov 19, 2019", sentence, title="Tarn news")) is present


def test_a_brokers_ratings_table_gives_one_row_per_stock():
    df = article_frames(
        "May 5, 2025",
        "Jefferies preferred Tarn Power the most among the city's utilities.",
        "Share│Investment Rating│Target Price (HKD)\nTARN POWER (00002.HK)│Buy│80\nELLERY GAS (00003.HK)│Buy->Hold│62 -> "
        "51\nQUILL ELECTRIC (02638.HK)│Buy│6.2 -> 6.8",
        title="Jefferies Prefers TARN POWER Among Utilities",
    )["targets"]
    assert {(r.rating_class, float(r.target), r.currency) for r in df.itertuples()} == {
        ("buy", 80.0, "HKD"),
        ("hold", 51.0, "HKD"),
        ("buy", 6.8, "HKD"),
    }


def test_a_broker_before_a_colon_in_the_headline_is_the_source_and_a_defined_term_is_no_company():
    f = article_frames(
        "Oct 7, 2024",
        "HSBC Global Research said it has raised the target price of Tarn Exchanges (00388) by 26%, from 300 Hong Kong "
        "dollars to 378 Hong Kong dollars.",
        "The average daily turnover (ADT) is expected to rise.",
        title='HSBC: Raised Tarn Exchanges (00388) target price by 26% to 378 Hong Kong dollars, but downgraded it to "hold"',
    )
    assert f["articles"]["company"].iloc[0] not in ("HSBC", "ADT")
    assert f["prices"].empty
    assert [(r.firm, float(r.target), r.currency) for r in f["targets"].itertuples()] == [("HSBC", 378.0, "HKD")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tarn Health laid off 8% of its workforce or around 200 people across all departments.", [(200, 200)]),
        ("Tarn Motor will cut an additional 10,000 jobs, increasing the total number of job cuts, including "
         "previously announced layoffs, to almost 20,000, or 15 per cent of its workforce.",
         [(10000, 10000), (20000, 20000)]),
    ],
)  # fmt: skip
def test_a_count_after_a_percentage_without_a_comma_and_a_total_increased_to(sentence, expected):
    df = article_frames("May 12, 2025", sentence, title="Tarn job cuts")["layoffs"]
    assert sorted(zip(df["low"], df["high"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rose to Dh0.38, then Dh6.77", [(0.38, "AED"), (6.77, "AED")]),
        ("hit SR36.15, then closed at SR36", [(36.15, "SAR"), (36.0, "SAR")]),
        ("surged by 4.72% to 164.45 pesos", [(164.45, "MXN")]),
        ("fell 0.76 percent to end at RS.1,935.85.", [(1935.85, "INR")]),
    ],
)
def test_dirhams_riyals_and_pesos(text, expected):
    from data_layer.extract._money import parse_money

    assert [(m.value, m.currency) for m in parse_money(text)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tarn Cement lifted 2.56% to R150.97.", [150.97]),
        ("Tarn Pipes was unchanged at 449p after it said it was planning to cut around 250 jobs.", [449.0]),
        ("Tarn Software reversed 5.1% to 416.4p after it swung to a first-half loss.", [416.4]),
        ("After pricing shares at $17 apiece to raise $3.4 billion, Tarn saw its stock leap 41 percent to $24.",
         [24.0]),
        ("Tarn Energy Soars After Jefferies Upgrade to €134 as the index closes higher.", []),
    ],
)  # fmt: skip
def test_more_move_words_and_prices_that_are_a_target_or_an_offering(sentence, expected):
    df = article_frames("July 7, 2020", sentence, title="Tarn shares")["prices"]
    assert list(df["price"].astype(float)) == expected


def test_a_day_inside_a_relative_clause_is_not_the_prices_day():
    df = article_frames(
        "October 13, 2015",
        "Shares of Tarn, which had about 4,100 employees globally as of June 30, rose 1.5 percent to $29.18 in "
        "premarket trading on Tuesday.",
        title="Tarn to cut jobs",
    )["prices"]
    assert [str(d)[:10] for d in df["date"]] == ["2015-10-13"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tarn Restaurants said it would close its San Rafael location on April 12. Ninety jobs are affected.",
         [(90, 90)]),
        ("Tarn Print is cutting six jobs at a Hayward plant that will be closed down.", [(6, 6)]),
        ("The two companies will cut jobs.", []),
    ],
)  # fmt: skip
def test_counts_written_in_words(sentence, expected):
    df = article_frames("March 1, 2023", sentence, title="Bay Area layoffs")["layoffs"]
    assert list(zip(df["low"], df["high"], strict=True)) == expected


def test_the_stock_before_a_passive_target_move_and_the_analyst_after_his_firm():
    df = article_frames(
        "April 8, 2022",
        "Tarn Bank and Ellery Bank shares rose after analysts at Danske Bank upgraded both stocks to buy from hold.",
        "- • Higher rates are positive for banks, Danske said",
        "- • Ellery Bank price target raised to SEK 115 from SEK 110 at Danske",
        "At Jefferies, Peter Misek reiterated a price target of SEK 150 on Kestrel Bank.",
        title="Tarn Bank, Ellery Bank rise after Danske upgrades",
    )["targets"]
    assert "Higher" not in set(df["firm"]) and "Ellery Bank" not in set(df["firm"])
    assert ("Jefferies", 150.0) in {(r.firm, float(r.target)) for r in df.itertuples() if r.target == r.target}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Tarn Hotels fell 3% after it said first-quarter sales dropped 79%.", "financial_result"),
        ("Tarn Sports rose 2% after annual profit rose 3%.", "financial_result"),
        ("Tarn Software reversed 5.1% to 416.4p after it swung to a deep first-half loss.", "financial_result"),
        ("Tarn Trucks' profit almost doubled to 6.36 billion kronor.", "financial_result"),
        ("Tarn Stores said UK like-for-like sales fell 8.8% in the fourth quarter.", "financial_result"),
        ("Tarn Brewing held its annual guidance.", "guidance"),
        ("Tarn Biomedical raised an $18.3 million financing led by Ellery Ventures.", "funding_round"),
        ("Tarn Biosciences added Roche veteran Michelle Browner as CEO.", "executive_change"),
        ("Tarn Pharmaceuticals added Henri Termeer to its board.", "executive_change"),
    ],
)
def test_results_guidance_funding_and_appointments_in_wrap_and_roundup_wording(sentence, kind):
    assert kind in event_types("July 7, 2020", sentence, title="Markets report")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The total trading turnover of the benchmark index was SR6.88 billion.", "financial_result"),
        ("Tarn Retail jumped 3.16% to R69.12 after plans were unveiled to merge its African operations with those of "
         "Ellery.", "product"),
        ("Share│Investment Rating│Target Price (HKD)", "investment"),
        ("Capital market investors cannot invest in A-shares.", "investment"),
    ],
)  # fmt: skip
def test_market_turnover_plans_table_headers_and_what_investors_cannot_do_are_no_events(sentence, kind):
    assert kind not in event_types("July 7, 2020", sentence, title="Markets report")


def test_an_offer_for_the_entire_share_capital_takes_the_deal_value_past_the_price_per_share():
    ev = article_frames(
        "Nov 2, 2020",
        "Ellery will make a public offer to acquire the entire share capital of Tarn Pharma for 5.45 euros per share, "
        "representing an aggregate adjusted equity value of 308 million euros ($358.8 million).",
        title="Ellery to buy Tarn Pharma",
    )["events"]
    deals = ev[ev["type"] == "acquisition"]
    assert list(deals["amount_usd"].astype(float)) == [358.8e6]


@pytest.mark.parametrize(
    "sentence, kind, present",
    [
        ("Tarn Hotels fell 4.5% to £23.30 as its sales slumped 79% in the first quarter.", "financial_result", True),
        ("Tarn Media announced the layoffs while reporting a 28% slump in second-quarter revenue.", "financial_result",
         True),
        ("Stocks fell as companies continued to announce job cuts blamed on a gloomy economic outlook.", "guidance",
         False),
        ("Tarn Social makes history in market debut", "product", False),
        ("The group said it is launching a fundamental strategy rethink.", "product", False),
        ("Tarn launched a new phone in the US market.", "product", True),
    ],
)  # fmt: skip
def test_more_result_wording_and_what_is_no_outlook_or_product(sentence, kind, present):
    assert (kind in event_types("July 7, 2020", sentence, title="Markets report")) is present


def test_a_firm_quoted_in_the_next_sentence_and_a_broker_in_its_own_capitals():
    df = article_frames(
        "June 22, 2017",
        'Desjardins Capital Markets has cut its price target on Tarn Foods (TRN-T) "to reflect a lower valuation."',
        '"We are reducing our target to $81 (from $85) and maintaining our Buy rating."',
        "Shares of Ellery Home jumped 7.6% after WedBush upgraded the retailer to outperform from neutral.",
        title="Thursday's analyst upgrades and downgrades",
    )["targets"]
    rows = {(r.firm, r.rating_class, None if r.target != r.target else float(r.target)) for r in df.itertuples()}
    assert rows == {("Desjardins Capital Markets", "buy", 81.0), ("Wedbush", "buy", None)}


def test_a_markdown_table_of_brokers_names_no_company_and_reads_currency_from_cells_or_header():
    f = article_frames(
        "May 3, 2025",
        "| Broker | Rating | Target (Rs) |\n|---|---|---|\n| Jefferies | Buy | 1,700 |\n| Nomura | Neutral | 1,450 -> "
        "1,500 |",
        "| Broker | Call | Target |\n|---|---|---|\n| CLSA | Outperform | Rs 1,650 |\n| Macquarie | Underperform | "
        "Rs 1,200 |",
        title="Brokerages on Tarn Motors",
    )
    assert f["articles"]["company"].iloc[0] != "Target"
    t = f["targets"]
    assert sorted(zip(t["firm"], t["target"].astype(float), t["currency"], strict=True)) == [
        ("CLSA", 1650.0, "INR"),
        ("Jefferies", 1700.0, "INR"),
        ("Macquarie", 1200.0, "INR"),
        ("Nomura", 1500.0, "INR"),
    ]


def test_item_lines_with_labelled_cells_are_not_a_table_header():
    df = article_frames(
        "September 30, 2021",
        "Tarn Foods | Brokerages: Citi | Rating: Buy | Target: Raised to Rs 4,750\nEllery Steel | Brokerages: CLSA | "
        "Rating: Sell | Target: Cut to Rs 120",
        title="Foreign brokerages raise target price on these stocks",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"].astype(float), strict=True)) == [("CLSA", 120.0), ("Citi", 4750.0)]


def test_bare_prices_at_a_sentence_end_after_an_appositive_but_not_fx_pairs_index_futures_or_counts():
    df = article_frames(
        "October 1, 2009",
        "Tarn Refining, the nation's only oil refinery, rose 8.2% to $5.",
        "Ellery City gained 2.2% to $3.32 and Kestrel Ltd. rose 1.8% to 1.73.",
        "Quill Software rose 4.5% to $1.40 after announcing that paying customers have climbed to 12,000 from 2,200.",
        "EUR/NZD was down 0.62% to 1.51, while the US Dollar Index Futures dropped by 0.13%, closing at 103.80.",
        title="NZX close: NZ shares gain; Tarn Refining, Quill rise",
    )["prices"]
    assert sorted(df["price"].astype(float)) == [1.4, 1.73, 3.32, 5.0]
    assert set(df["currency"]) == {"NZD"}


def test_a_lead_about_todays_market_dates_the_prices_today_not_yesterdays_event():
    df = article_frames(
        "Friday, February 09, 2007",
        "A raft of broker upgrades helped power the FTSE 100 Index today, building on market cheer from yesterday's "
        "Bank of England interest rate decision.",
        "Tarn Aero led the risers after a broker upgrade. The group's shares were up 3%, or 12.5p, at 500p.",
        title="FTSE off to positive start",
    )["prices"]
    assert [(str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True)] == [("2007-02-09", 500.0)]


def test_a_korean_wrap_in_won_and_a_statements_day_in_a_cause_clause():
    df = article_frames(
        "November 18, 2024",
        "The Kospi gained 52.21 points, or 2.16 percent, to close at 2,469.07 on Monday.",
        "Tarn Electronics soared 5.98 percent to 56,700 won. Ellery Motor vaulted 5.34 percent to 217,000 won, despite "
        "the carmaker saying Friday that sales slowed.",
        title="Tarn buyback drives Kospi up 2 percent",
    )["prices"]
    assert [(str(d)[:10], float(v), c) for d, v, c in zip(df["date"], df["price"], df["currency"], strict=True)] == [
        ("2024-11-18", 56700.0, "KRW"),
        ("2024-11-18", 217000.0, "KRW"),
    ]


@pytest.mark.parametrize(
    "line, day", [("2024.09.26 04:18", "2024-09-26"), ("2024/09/26", "2024-09-26"), ("version 2024.1.2", None)]
)
def test_year_first_dates_with_dots_or_slashes(line, day):
    from data_layer.dates import parse_published

    got = parse_published(line)
    assert (got.date().isoformat() if got else None) == day


def test_earlier_rounds_laid_off_in_a_year():
    df = article_frames(
        "March 1, 2014", "The company reportedly laid off around 6,000 in 2009.", title="Tarn Telecom cuts"
    )
    assert list(zip(df["layoffs"]["low"], df["layoffs"]["high"], strict=True)) == [(6000, 6000)]


def test_cents_written_c_and_a_raisings_terms_are_no_share_price():
    df = article_frames(
        "July 11, 2011",
        "Tarn Resources shares rose to 51.5c today after it closed yesterday at 38.5c.",
        "Participants will also receive one free-attaching option for every two shares, exercisable at 10 cents.",
        "Each full warrant is exercisable to acquire a common share at A$0.75.",
        title="ASX: Tarn Resources jumps on offer",
    )["prices"]
    assert sorted(zip(df["price"].astype(float), df["currency"], strict=True)) == [(0.385, "AUD"), (0.515, "AUD")]


@pytest.mark.parametrize(
    "sentence, kind, present",
    [
        ("Tarn Gold said it has closed a non-brokered private placement of 14 million units for C$9.8 million.",
         "closure", False),
        ("Tarn Resources jumped after it received a $143 million takeover offer from Ellery Mining Investment.",
         "investment", False),
        ("Shares rose after Ellery launched a cash offer of 61.2c per share for the company.", "acquisition", True),
        ("Shares rose after Ellery launched a cash offer of 61.2c per share for the company.", "product", False),
        ("We currently value Tarn's 90% stake in the Wheeler project at $696 million.", "investment", False),
        ("It said it would try to raise $600 million by selling assets.", "funding_round", False),
        ("Kestrel upgrades gold forecasts by 11-35% over the next five years.", "guidance", False),
        ("Tarn closed its Perth office.", "closure", True),
    ],
)  # fmt: skip
def test_a_raisings_close_a_name_a_valuation_and_commodity_forecasts_are_no_events(sentence, kind, present):
    assert (kind in event_types("July 11, 2011", sentence, title="Mining news")) is present


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The State broadcaster Tarn has released details of plans to reduce its workforce by around 250 staff.",
         "product"),
        ("It says this is part of a voluntary exit programme.", "partnership_end"),
        ("Michael Danson has entered into a capitalisation agreement to convert £8m of a loan into shares.",
         "partnership"),
        ("Tarn announces the launch of an exempt public offer of shares to retail investors for up to £2.5m.",
         "acquisition"),
    ],
)  # fmt: skip
def test_share_issues_redundancy_programmes_and_loan_agreements_are_no_deals(sentence, kind):
    assert kind not in event_types("Aug 31, 2017", sentence, title="AIM news")


def test_an_adverb_before_a_broker_is_no_firm():
    df = article_frames(
        "Oct 3, 2013",
        "Similarly, Citigroup upgraded Tarn Stores to Neutral from Sell, raising its price target to 350 from 285.",
        title="Broker notes",
    )["targets"]
    assert list(df["firm"]) == ["Citigroup"]


def test_one_firm_rating_several_stocks_in_one_sentence_and_its_initials():
    df = article_frames(
        "Aug 16, 2021",
        "Morgan Stanley believes the first quarter was the bottom of the cycle for steel makers.",
        "The global brokerage is underweight on Tarn Steel with a target price of Rs 43 per share and overweight on "
        "Ellery Steel with a target price of Rs 280 apiece. MS is overweight on Kestrel Steel and equalweight on "
        "Quill Steel.",
        title="Monday's top brokerage calls",
    )["targets"]
    rows = sorted((r.rating_class, 0.0 if r.target != r.target else float(r.target)) for r in df.itertuples())
    assert set(df["firm"]) == {"Morgan Stanley"}
    assert rows == [("buy", 0.0), ("buy", 280.0), ("hold", 0.0), ("sell", 43.0)]


def test_a_headline_company_that_cuts_jobs_is_no_broker():
    f = article_frames(
        "Jan 19, 2023",
        "Tarn Software (NASDAQ:TRNS) announced a workforce reduction of roughly 10,000 employees.",
        "- Barclays analyst Raimo Lenschow maintained an Overweight rating and cut the price target from $296 to $280.",
        title="Tarn Software Cuts Jobs, Here's A Look At Recent Price Target Changes By Analysts",
    )
    assert f["articles"]["company"].iloc[0] == "Tarn Software"
    assert [(r.firm, float(r.target)) for r in f["targets"].itertuples()] == [("Barclays", 280.0)]


def test_a_headerless_table_of_rating_moves_gives_a_row_per_stock_and_its_prose_joins_it():
    df = article_frames(
        "September 10, 2025",
        "Today's Upgrades and Downgrades\n| TRN - | Tarn Ltd | Upgrade to Accumulate from Hold | Ord Minnett |\n"
        "| ELL - | Ellery Mining | Upgrade to Buy from Hold | Bell Potter |\n| KES - | Kestrel Gold | Upgrade to Buy "
        "from Hold | Bell Potter |\n| QUI - | Quill Capital | Downgrade to Sell from Hold | Bell Potter |",
        "Ord Minnett raises its target for Tarn Ltd to $20.95 from $17.25 and upgrades to Accumulate from Hold.",
        "Bell Potter rates KES as Upgrade to Buy from Hold (1) -",
        title="Australian Broker Call",
    )["targets"]
    rows = sorted((r.firm, r.rating_class, 0.0 if r.target != r.target else float(r.target)) for r in df.itertuples())
    assert rows == [
        ("Bell Potter", "buy", 0.0),
        ("Bell Potter", "buy", 0.0),
        ("Bell Potter", "sell", 0.0),
        ("Ord Minnett", "buy", 20.95),
    ]


def test_a_move_in_response_to_quarterly_reports_is_a_result():
    ev = article_frames(
        "Oct 22, 2025",
        "Notably, Tarn’s stocks surged by 4.72% to 164.45 pesos, in response to their positive third-quarter reports.",
        title="Mexican stocks",
    )["events"]
    assert list(ev["type"]) == ["financial_result"]


def test_a_listed_company_named_once_after_the_lede_is_no_subject():
    f = article_frames(
        "Aug 19, 2019",
        "Chinese electric vehicle maker Chehejia has raised $530 million in a Series C funding round led by Wang Xing, "
        "as it shifts into high gear.",
        "Why it matters: Chehejia has emerged as another potential rival to Tesla in China.",
        title="CHJ raises $530 million in round led by Wang Xing",
    )
    assert f["articles"]["company"].iloc[0] != "Tesla"
    ev = f["events"]
    assert set(ev.loc[ev["type"] == "funding_round", "amount_usd"].astype(float)) == {530e6}


@pytest.mark.parametrize(
    "sentence, present",
    [
        ("Tarn Print is cutting six jobs at a Hayward manufacturing plant that will be closed down.", True),
        ("Tarn Paper plans to close its least competitive paper and pulp capacity in Finland.", True),
        ("The plant will be closed to visitors on Sundays.", False),
        ("Tarn closed trading lines at 5pm.", False),
    ],
)
def test_closures_told_in_the_passive_or_of_capacity(sentence, present):
    assert ("closure" in event_types("July 29, 2025", sentence, title="Markets")) is present


@pytest.mark.parametrize(
    "sentence, present",
    [
        ("Tarn Group said its underlying profits for 2016 would be down by a fifth, in line with expectations.", True),
        ("Tarn Shoes says trading was strong in May and it expects to exceed expectations this year.", True),
        ("Full-year results will be ahead of market expectations, the board of Tarn said.", True),
        ("Analysts expect the results to beat expectations.", False),
    ],
)
def test_a_trading_updates_outlook_against_expectations(sentence, present):
    assert ("guidance" in event_types("June 9, 2023", sentence, title="AIM movers")) is present


def test_each_company_a_sentence_lists_gets_its_earnings_date():
    ev = article_frames(
        "Sep 17, 2025",
        "Markets were mixed on Tuesday. Meanwhile, Tarn Mills, Ellery, Kestrel Holding, and Quill Country Store are set "
        "to report their earnings today.",
        title="Stocks to watch",
    )["events"]
    assert sorted(ev.loc[ev["type"] == "earnings_date", "counterparty"]) == [
        "Ellery",
        "Kestrel Holding",
        "Quill Country Store",
        "Tarn Mills",
    ]
    assert {str(d)[:10] for d in ev["date"]} == {"2025-09-17"}


def test_a_news_paragraph_ending_with_click_here_keeps_its_news():
    from data_layer.ingest._boilerplate import split_boilerplate

    news = (
        "Tarn's ordinary shares (Tokyo: 7203) lost 0.82% on Monday, closing at 6,030 yen while its ADRs closed at "
        "$108.14 on Friday. In intra-day trading Tarn is down 2.13% at $105.84. Analysts expect the recovery to "
        "continue into the second half. Click here for a recap of Tarn's record Q1 earnings."
    )
    kept, removed = split_boilerplate(["Shares fell.", news, "Click here to subscribe to our newsletter."])
    assert kept[1].endswith("into the second half.") and "Click here" not in " ".join(kept)
    assert any("recap" in r for r in removed)


@pytest.mark.parametrize(
    "sentence, kind, amount",
    [
        ("Tarn Energy reported a 11% year-on-year fall in annual net profit after tax to A$341 million ($224.3 "
         "million).", "financial_result", 224.3e6),
        ("The company said it had placed its Wodgina mine into care and maintenance mode.", "closure", None),
        ("Tarn will mothball its Kwinana refinery.", "closure", None),
    ],
)  # fmt: skip
def test_a_fall_in_profit_after_tax_and_a_mine_put_into_care_and_maintenance(sentence, kind, amount):
    ev = article_frames("Aug 19, 2024", sentence, title="Tarn news")["events"]
    got = ev[ev["type"] == kind]
    assert len(got) == 1
    value = got["amount_usd"].iloc[0]
    assert (None if value is None or value != value else float(value)) == amount


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Tarn Gold is cutting back operations at its recently purchased Detour Lake Mine.", "acquisition"),
        ("The exchange said its $7.3 million investment in Tarn Link would be written off by the end of June.",
         "investment"),
        ("The boards of Tarn and Ellery Development have reached agreement on the terms of a recommended cash offer.",
         "partnership"),
    ],
)  # fmt: skip
def test_a_recent_purchase_a_written_off_investment_and_an_offers_terms_are_no_new_deal(sentence, kind):
    assert kind not in event_types("June 1, 2005", sentence, title="Tarn news")


def test_an_offers_basis_close_and_an_indexs_line_in_a_movers_list():
    df = article_frames(
        "1 November 2021",
        "The offer represents a premium of approximately 73.3 per cent. to the Closing Price of 86.0 pence per Tarn "
        "Share on 29 October 2021.",
        "FTSE 250 (MCX) 19,906.24 -0.66%",
        title="Recommended cash offer for Tarn",
    )["prices"]
    assert [(str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True)] == [("2021-10-29", 86.0)]


def test_a_morning_list_whose_prices_are_from_the_previous_close_and_a_change_before_its_price():
    df = article_frames(
        "Tuesday, January 20, 2009",
        "Jan. 20 (Bloomberg) -- The following is a list of companies whose shares may have unusual price changes in "
        "Germany. Stock symbols are in parentheses, and share prices are from the previous close.",
        "Tarn AG (TRN GY): The shares fell 1.50 euros, or 8.2 percent, to 16.81 euros.",
        title="Tarn, Ellery: German Equity Preview",
    )["prices"]
    assert [(str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True)] == [("2009-01-19", 16.81)]
    df = article_frames("February 13, 2014", "Tarn Tobacco was 126p higher at 2,351p.", title="FTSE close")["prices"]
    assert list(df["price"].astype(float)) == [2351.0]


def test_a_weekend_note_glued_free_report_tag_and_intraday_prices_of_the_session_it_told():
    f = article_frames(
        "April 27th, 2024",
        "Tarn PLC (LON:TRNGet Free Report) shares hit a new 52-week high during trading on Thursday after Berenberg "
        "Bank raised their price target on the stock from GBX 270 to GBX 280.",
        "Berenberg Bank currently has a buy rating on the stock.",
        "Tarn traded as high as GBX 196.88 and last traded at GBX 196.40.",
        title="Tarn (LON:TRN) Hits New 1-Year High Following Analyst Upgrade",
    )
    assert [(r.firm, float(r.target)) for r in f["targets"].itertuples()] == [("Berenberg Bank", 280.0)]
    df = f["prices"]
    assert [(str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True)] == [
        ("2024-04-25", 196.88),
        ("2024-04-25", 196.4),
    ]


def test_a_ticker_that_ended_the_day_at_a_price():
    df = article_frames(
        "October 4, 2011", "TRN ended the day at $9.81, up 65 cents, or 7%.", title="Citi cuts Tarn target"
    )
    assert list(df["prices"]["price"].astype(float)) == [9.81]


def test_an_annual_loss_is_a_result_and_a_wraps_turnover_is_not():
    ev = article_frames(
        "Nov 20, 2024",
        "Tarn Group reported an annual loss of over US$2.5 billion in late September.",
        title="Tarn Group replaces its chief executive",
    )["events"]
    assert list(ev.loc[ev["type"] == "financial_result", "amount_usd"].astype(float)) == [2.5e9]
    ev = article_frames(
        "Nov 20, 2024",
        "The Taiex ended up 114.24 points. Tarn Semiconductor rose 1% to NT$1,040, Ellery Electronics gained 2% to "
        "NT$380 and Kestrel Tek fell 1% to NT$1,290.",
        "Turnover totaled NT$426.22 billion (US$14.25 billion).",
        title="Taiex ends higher as Tarn, Ellery and Kestrel move",
    )["events"]
    assert "financial_result" not in set(ev["type"])
