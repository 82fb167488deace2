"""Round thirteen of real-outlet patterns, as our own sentences: results told by companies other than the article's
(named before their move in brackets, "reported", a possessive, a description such as "casino business"), a period's
figure after "with", a Nordic "operating result", the signs of emerging markets' currencies ("Rp", "₱", "QR", "E£"),
a Gulf bourse's Sunday session, a company's own officials, job losses "for" employees and a plant's "facility".
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, price_rows, result_rows

from data_layer.extract._money import parse_money

# --------------------------------------------------------------------------- results of several companies


def test_a_period_figure_after_with_is_a_result_not_a_size():
    df = article_frames(
        "March 5, 2024",
        "Banco Sabadell fell 2% after it published its accounts on Tuesday, as did Redeia.",
        "Redeia has also closed in the red, with its price falling by 1.5%, after publishing its accounts on Tuesday, "
        "with a net profit of 54.6 million euros in the first quarter, 21.2% less than a year before.",
        title="Spanish stocks slip with Banco Sabadell",
    )["events"]
    assert [c.split()[0] for c, _ in result_rows(df)] == ["Redeia"]


def test_a_company_that_reported_a_result_is_no_person():
    df = article_frames(
        "November 8, 2024",
        "Singapore shares ended lower on Friday. The Straits Times Index fell 0.5%.",
        "Sembcorp Marine rose 2 percent. The company reported its third quarter net profit rose 2.7 percent on year to 133.8 "
        "million Singapore dollars.",
        "Jardine Cycle reported a 12 percent fall in second quarter net profit to 194 million Singapore dollars.",
        title="Singapore shares end lower",
    )["events"]
    assert [c for c, _ in result_rows(df)] == ["Jardine Cycle", "Sembcorp Marine"]


def test_a_name_before_its_move_in_brackets_owns_the_result():
    df = article_frames(
        "April 27, 2018",
        "The Madrid index was flat while the banks presented their accounts.",
        "Unicaja (+ 2.25%) obtained, between January and March, an attributed result of 1,340 million euros.",
        "For its part, Liberbank (-0.25%) reported a net profit of 24.5 million euros for the quarter.",
        title="Madrid flat as banks report",
    )["events"]
    assert [c for c, _ in result_rows(df)] == ["Liberbank", "Unicaja"]


def test_a_company_described_as_a_business_owns_the_result():
    df = article_frames(
        "August 24, 2016",
        "Telstra rose 2 per cent. The telco reported a 14 per cent rise in its full-year net profit to $4.3 billion.",
        "Jane Hale's casino business Starlight Resorts closed 5.6 per cent higher after reporting a 66 per cent jump in "
        "net profit to $656 million.",
        title="Telstra lifts the market",
    )["events"]
    assert [c for c, _ in result_rows(df)] == ["Starlight Resorts", "Telstra"]


def test_an_unnamed_result_before_another_companys_stays_apart():
    df = article_frames(
        "April 25, 2023",
        "Banco Sabadell fell 6% on Tuesday after it published its accounts.",
        "The entity has published its accounts for the first quarter on Tuesday, with an attributable net profit of "
        "2,571 million euros.",
        "Red Electrica has also closed lower after publishing its accounts, with a net profit of 54.6 million euros in the "
        "first quarter.",
        title="Banco Sabadell drags the index",
    )["events"]
    assert len(result_rows(df)) == 2


def test_nordic_operating_results_are_results_each_for_its_company():
    df = article_frames(
        "Apr 30, 2024",
        "Eleven listed companies published their interim reports, including Finnair, Atria, and Kesko.",
        "Finnair reported a loss in the first quarter, with adjusted operating results showing a loss of EUR 11.6 "
        "million.",
        "Atria’s adjusted operating result was 8.0 million euros in January-March.",
        title="The Helsinki Stock Exchange closed higher on Tuesday",
    )["events"]
    assert [c for c, _ in result_rows(df)] == ["Atria", "Finnair"]


def test_a_us_dollar_written_dollar_us_stays_us_on_the_asx():
    df = article_frames(
        "February 19, 2025",
        "The S&P/ASX 200 fell 0.7 per cent. Orebody Metals dropped 6.2 per cent to $18.24 after posting a $US1.5 billion "
        "half-year net profit.",
        title="ASX falls as miners slide",
    )["events"]
    assert result_rows(df) == [("Orebody Metals", 1.5e9)]


# --------------------------------------------------------------------------- money of emerging markets


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("rose 24% to Rp 390", 390.0, "IDR"),
        ("closed at ₱882", 882.0, "PHP"),
        ("ended at QR18.43", 18.43, "QAR"),
        ("traded at KD0.52", 0.52, "KWD"),
        ("rose to E£14.49", 14.49, "EGP"),
        ("rose to 14.49 Egyptian pounds", 14.49, "EGP"),
        ("closed at 72,600 dong", 72600.0, "VND"),
        ("rose to 4,600 Colombian pesos", 4600.0, "COP"),
        ("closed at PHP 882", 882.0, "PHP"),
    ],
)
def test_emerging_market_currency_signs(text, value, currency):
    assert [(m.value, m.currency) for m in parse_money(text)] == [(value, currency)]


@pytest.mark.parametrize("text", ["the office at Leicester LE1 4AB", "a KD model", "the QR code"])
def test_look_alikes_are_no_money(text):
    assert parse_money(text) == []


def test_a_gulf_bourse_trades_on_sunday_before_2022():
    df = article_frames(
        "April 20, 2014",
        "Dubai's index surged 3 per cent on Sunday on the Dubai Financial Market.",
        "Gulf Navigation closed at Dh1.650, up 3.77 per cent today.",
        title="Dubai shares surge",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(1.65, "2014-04-20")]


def test_a_uae_sunday_story_after_2022_takes_the_fridays_close():
    df = article_frames(
        "April 21, 2024",
        "Dubai's index rose on the Dubai Financial Market.",
        "Gulf Navigation closed at Dh1.650, up 3.77 per cent.",
        title="Dubai shares rise",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(1.65, "2024-04-19")]


# --------------------------------------------------------------------------- whose action, which facility


def test_a_companys_own_officials_announce_its_deal():
    df = article_frames(
        "October 8, 2015",
        "On Wednesday evening, Harbor Media’s officials announced that Harbor Media Co., the owner of 92 local papers, "
        "has reached an agreement to buy newspaper company Lakeside Press for $280 million.",
        title="Harbor Media nears deal to buy Lakeside Press",
    )["events"]
    assert list(df["type"]) == ["acquisition"]
    assert list(df["amount_usd"]) == [280e6]


def test_government_officials_are_still_another_actor():
    df = article_frames(
        "October 8, 2015",
        "Harbor Media rose 2%.",
        "State officials said they would close the city's Lakeside hospital next year.",
        title="Harbor Media rises",
    )["events"]
    assert "closure" not in set(df["type"])


def test_job_losses_for_employees_are_a_layoff_and_a_manufacturing_facility_closes():
    fr = article_frames(
        "Apr 30, 2024",
        "Nordea rose 1.8 percent to 11.26 euros. Fodelia rose 4 percent to 5.20 euros.",
        "Tammi, a packaging manufacturer, announced plans to close its manufacturing facility in Malaysia, resulting in "
        "job losses for 93 employees.",
        title="The Helsinki Stock Exchange closed higher",
    )
    assert list(fr["layoffs"]["low"]) == [93]
    assert list(fr["events"]["type"]) == ["closure"]


def test_a_credit_facility_closed_is_no_closure():
    df = article_frames(
        "May 2, 2024",
        "Harbor Media closed its revolving credit facility with three banks.",
        title="Harbor Media refinances",
    )["events"]
    assert "closure" not in set(df["type"])


def test_a_central_banks_forecast_downgrade_is_no_companys_guidance():
    df = article_frames(
        "August 8, 2023",
        "The S&P/ASX 200 Index added 5.1 points. Stocks turned green late in the session following the Reserve Bank’s "
        "downgrades to growth forecasts.",
        "Appen fell 4% to $2.10. Credit Corp rose 3% to $18.20. Orora fell 2% to $3.20.",
        title="ASX ends higher",
    )["events"]
    assert "guidance" not in set(df["type"])


# --------------------------------------------------------------------------- analysts, prices that are no trades


def test_an_analyst_of_a_firm_named_by_surname_later_is_the_firms():
    df = article_frames(
        "January 16, 2014",
        "Shares of Harbor Foods fell Thursday as an analyst cut his rating.",
        "Edward Kelly of Credit Suisse said in a client note that he still thinks Harbor Foods is well managed.",
        'Kelly lowered Harbor Foods, which owns its namesake stores, to "Neutral" from "Outperform" and reduced its price '
        "target to $39 from $48.",
        title="Harbor Foods drops as analyst cuts rating",
    )["targets"]
    assert list(zip(df["firm"], df["target"], strict=True)) == [("Credit Suisse", 39.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the past 52 weeks, the stock’s price has ranged from a low of $58.21 to a high of $117.50.",
        "Analysts think the stock should hit $37 to $39 in the next 12 months.",
        "The street high sits at C$14 from 2 analysts.",
        "The trading value was down to QR486m while the volume of shares dipped to 10,897,795.",
    ],
)
def test_ranges_expectations_and_volumes_are_no_prices(sentence):
    df = article_frames(
        "December 16, 2010",
        "Lakeside Resorts rose 2% to $101.20 on Thursday.",
        sentence,
        title="Lakeside Resorts upgraded",
    )["prices"]
    assert price_rows(df) == [("Lakeside Resorts", 101.2, "2010-12-16")]


def test_a_lead_naming_its_own_stocks_move_dates_the_later_trades():
    df = article_frames(
        "September 3, 2016",
        "Fortuna Gold Mines Inc. (NYSE:FGM) shot up 5% on Thursday. The company traded as high as $7.84 and last traded "
        "at $7.83. The stock had previously closed at $7.46.",
        title="Fortuna Gold Mines shares up 5%",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [
        (7.46, "2016-08-31"),
        (7.83, "2016-09-01"),
        (7.84, "2016-09-01"),
    ]


def test_a_lead_about_a_companys_results_does_not_date_its_trades():
    df = article_frames(
        "May 18, 2017",
        "Harbor Systems Inc. said Wednesday that it is laying off 1,100 more workers, battling declining revenue.",
        "The new round of layoffs comes on top of 5,500 jobs cut in August.",
        "The company on Wednesday reported revenue of $11.94 billion for its fiscal third quarter.",
        "Its stock was down $2.53, or 7.5 percent, to $31.29 in extended trading.",
        title="Harbor Systems laying off 1,100 employees",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(31.29, "2017-05-17")]


def test_a_qatar_wrap_on_monday_dates_yesterdays_sunday_session():
    df = article_frames(
        "15/09/2014",
        "Doha: Qatar Exchange index gained 28.17 points, or 0.20 percent, when the bourse closed trading at 14,137.33 "
        "points yesterday.",
        "Doha Insurance led the gainers yesterday. Its share was up 3.66 to QR18.43. Qatar National Bank share closed "
        "at QR 209, up 1.75 percent, after Barclays raised its target price for the bank.",
        title="Qatari bourse gains 28.17 points",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(18.43, "2014-09-14"), (209.0, "2014-09-14")]


def test_on_the_downside_opens_a_wraps_fallers_not_an_analysts_view():
    df = article_frames(
        "November 12, 2025",
        "The Nifty50 rose 0.5% in early trade on Wednesday.",
        "On the downside, Shriram Finance led the laggards, dropping 0.84% to ₹825.30 from ₹832.30.",
        title="Sensex opens higher",
    )["prices"]
    assert 825.3 in {p for _, p, _ in price_rows(df)}


# --------------------------------------------------------------------------- a digest's present tense, contracts


def test_a_digests_present_tense_results_each_keep_their_company():
    df = article_frames(
        "30 Oct 2025",
        "Nifty 50 closed at 25,877.85 (-0.7%). Indian indices closed lower after extending losses throughout the day.",
        "• Keshav Fertilisers falls sharply as its Q2FY26 EBITDA margin contracts 94 bps YoY despite net profit growing "
        "21.3% YoY to Rs 805.3 crore.",
        "• Sagar Power's Q2FY26 net profit falls 11.4% YoY to Rs 2,952.8 crore due to higher fuel costs.",
        title="Market closes lower",
    )["events"]
    assert [c for c, _ in result_rows(df)] == ["Keshav Fertilisers", "Sagar Power"]


def test_a_countrys_possessive_before_the_company_is_not_the_subject():
    df = article_frames(
        "November 7, 2024",
        "TOKYO - Japan's Kawada Motor on Thursday slashed its annual profit outlook.",
        "Sakura Steel rose 2%. Hoshino Foods fell 3%. The company cut its operating profit forecast for the year.",
        title="Tokyo stocks mixed",
    )["events"]
    assert "Japan" not in set(df["company"].dropna())


def test_a_contract_worth_a_sum_keeps_the_sum():
    df = article_frames(
        "May 12, 2016",
        "The shipbuilder announced it has won a contract worth 300 million U.S. dollars from Topaz Marine to build 15 "
        "vessels.",
        title="Nordvik Yards wins contract",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], strict=True)) == [("partnership", 300e6)]


def test_a_countrys_possessive_before_a_description_is_no_company():
    df = article_frames(
        "July 21, 2023",
        "Shares of Vantara Systems, India's second-largest software exporter, fell as much as 10 per cent after it "
        "reported weak earnings.",
        title="Vantara Systems shares fall after weak earnings",
    )["events"]
    assert "India" not in set(df["company"].dropna())


def test_a_commoditys_move_in_the_cause_does_not_date_the_wrap():
    df = article_frames(
        "February 1, 2015",
        "Dubai’s broader market rose sharply after US oil prices jumped more than eight per cent on Friday, the "
        "strongest one day jump in nearly three years.",
        "Gulf Navigation jumped 4.3 per cent to Dh6.99. Amlak Finance rose 3.3 per cent to Dh6.74.",
        title="Dubai shares soar on DFM",
    )["prices"]
    assert {d for _, _, d in price_rows(df)} == {"2015-02-01"}


def test_a_price_compared_to_previously_is_the_last_sessions():
    df = article_frames(
        "November 12, 2025",
        "The Nifty50 rose 0.5% in early trade on Wednesday.",
        "Bajaj Motors decreased by 0.49%, trading at ₹8,851.00 compared to ₹8,895.00 previously.",
        title="Sensex opens higher",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(8851.0, "2025-11-12"), (8895.0, "2025-11-11")]


# --------------------------------------------------------------------------- bids told in a wrap


@pytest.mark.parametrize(
    "sentence",
    [
        "Kiwi Appliances increased 2.4% to $1.26. Haier increased its bid by 8 cents to $1.28 a share.",
        "Tarn Minerals Ltd (ASX: TRN) rejected an offer of 58 cents per share from Zhaojin Mining, which resulted in a "
        "6% increase in its share price.",
        "Texas-based suitor Wilks Brothers is sweetening its hostile takeover offer for Calgary-based Prairie Well "
        "Services Ltd. by raising its bid to 25 cents per share from 18 cents.",
        "Nordic Oil was halted before opening due to a bid for the company worth 58.70 kronor in cash from Roc Oil.",
        "Coral Smiles jumped 30% after Genesis Capital made an unsolicited A$223 million bid for the dental group.",
    ],
)
def test_a_bid_told_in_a_wrap_is_an_acquisition(sentence):
    df = article_frames(
        "June 5, 2020",
        "Acme Corp rose 2%. Beta Holdings fell 3%. Gamma Mining rose 5%.",
        sentence,
        title="Stocks rise on deals",
    )["events"]
    assert list(df["type"]) == ["acquisition"]


def test_a_raised_pay_offer_is_no_bid():
    df = article_frames("June 5, 2020", "The union raised its pay offer to 5% a year.", title="Acme talks")["events"]
    assert "acquisition" not in set(df["type"])


# --------------------------------------------------------------------------- guidance


@pytest.mark.parametrize(
    "sentence",
    [
        "Centra Office guided to another decline in funds from operations in fiscal 2026.",
        "Juniper Life now expects to substantially exceed its 2024 guidance.",
        "Tugela Brands said its headline earnings per share could fall by as much as 37% in the year to end-September.",
        "Nerida projected fourth-quarter royalties of A$12.5 million to A$13.7 million.",
        "Bowen Minerals set its fiscal 2019 production target slightly higher.",
    ],
)
def test_guidance_told_by_the_company(sentence):
    df = article_frames("June 5, 2020", sentence, title="Company update")["events"]
    assert list(df["type"]) == ["guidance"]


# --------------------------------------------------------------------------- targets, the article's company


def test_a_share_price_before_the_brokers_news_is_no_target():
    df = article_frames(
        "September 15, 2014",
        "Egypt's benchmark added 0.2 percent.",
        "Shares in Nile Telecom rose 1.3 percent to 14.49 pounds after Barclays raised its target price for the stock "
        "to 15 pounds from 14.80 pounds.",
        title="Egypt stocks end higher",
    )["targets"]
    assert list(zip(df["firm"], df["target"], strict=True)) == [("Barclays", 15.0)]


def test_respectively_reads_the_last_list_of_firms():
    df = article_frames(
        "August 20, 2020",
        "Deutsche Bank raised its price target to $165 from $143, and Citigroup and JP Morgan bumped their targets to "
        "$176 and $169, respectively.",
        title="Harbor Retail targets raised",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [
        ("Citigroup", 176.0),
        ("Deutsche Bank", 165.0),
        ("JP Morgan", 169.0),
    ]


def test_a_wraps_passing_mentions_are_not_its_company():
    fr = article_frames(
        "15/09/2014",
        "Doha: Qatar Exchange index gained 28.17 points when the bourse closed trading at 14,137.33 points yesterday.",
        "Doha Insurance led the gainers yesterday. Its share was up 3.66 to QR18.43.",
        "News channel Al Arabiya reported yesterday that a fund would raise its stake in the builder.",
        "Shares in Nile Telecom rose 1.3 percent to 14.49 pounds after Barclays raised its target price for the stock "
        "to 15 pounds from 14.80 pounds.",
        title="Qatari bourse gains 28.17 points",
    )
    assert list(fr["targets"]["firm"]) == ["Barclays"]


# --------------------------------------------------------------------------- a broker note's current market price


@pytest.mark.parametrize(
    ("sentence", "price"),
    [
        ("For Sagar Financial, the current market price (CMP) is noted at Rs 1,674, with a target price set at "
         "Rs 2,100.", 1674.0),
        ("Konark Bank, with a CMP of Rs 2,190, has a target of Rs 2,500.", 2190.0),
        ("Current market price of Indigo Coatings is Rs. 1424, and the brokerage firm has estimated a target price at "
         "Rs. 2010.", 1424.0),
    ],
)  # fmt: skip
def test_a_broker_notes_current_market_price_is_a_price(sentence, price):
    df = article_frames("January 5, 2026", sentence, title="Brokerage picks for the week")["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(price, "2026-01-05")]


def test_rs_with_a_point_does_not_end_a_sentence():
    from data_layer.text import split_sentences

    text = "Current market price of Indigo Coatings is Rs. 1424, and the target is Rs. 2010. Shares rose."
    assert [s.text for s in split_sentences(text)][:1] == [
        "Current market price of Indigo Coatings is Rs. 1424, and the target is Rs. 2010."
    ]


# --------------------------------------------------------------------------- things released or launched that are no product


@pytest.mark.parametrize(
    "sentence",
    [
        "This morning, the lithium explorer released its quarterly update.",
        "Banking issues were up 1.1 percent after the last of the bank quarterly reports was released.",
        "Market players ponder on the April inflation readout which will be released later.",
        "Dividends were released from several companies today.",
        "Tessera's earnings report for its second quarter, released after Thursday's close, missed expectations.",
        "The company launched a voluntary departure scheme.",
        "A major shareholder has launched a voluntary offer to take the company private at S$0.009 per share.",
        "Financiers on Wall Street unveiled a mixed response to this pivotal development.",
    ],
)
def test_reports_schemes_and_offers_released_or_launched_are_no_product(sentence):
    df = article_frames("June 5, 2020", sentence, title="Company news")["events"]
    assert "product" not in set(df["type"])


def test_a_new_product_launched_is_still_a_product():
    df = article_frames("June 5, 2020", "Tessera launched its new electric bus on Monday.", title="Tessera news")[
        "events"
    ]
    assert list(df["type"]) == ["product"]


def test_targets_in_millions_of_won_read_respectively_before_a_later_firm():
    df = article_frames(
        "December 23, 2016",
        "Credit Suisse and JP Morgan have set the target price at 2.4 million won and 2.2 million won, respectively, "
        "while Nomura Securities has forecast the stock will rise further.",
        title="Hanbit Electronics shares hit record",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [("Credit Suisse", 2.4e6), ("JP Morgan", 2.2e6)]


def test_shillings_are_a_price():
    df = article_frames(
        "May 11, 2023", "Shares in the company slid more than 3% to 14.80 shillings.", title="Rift Telecom shares slide"
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(14.8, "2023-05-11")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreigners bought a net 1.06 trillion won worth of shares, while retail investors sold.",
        "Foreign investors and institutions made net purchases of 1.78 trillion won and 388 billion won in local shares.",
        "Foreigners dumped 863.5 billion won worth of local shares to offset a combined purchase of 894.4 billion won by "
        "retail investors and institutions.",
    ],
)
def test_a_markets_investor_flows_are_no_acquisition(sentence):
    df = article_frames("June 5, 2020", "The Kospi rose 1.2%.", sentence, title="Seoul shares rise")["events"]
    assert "acquisition" not in set(df["type"])


def test_a_turnover_in_euros_is_no_price():
    df = article_frames(
        "June 15, 2018",
        "The OMXT index of the Tallinn stock exchange rose by 1.29 percent in the outgoing week as 3,430 transactions "
        "produced a turnover of €15,314,525.",
        title="Tallinn stocks rise",
    )["prices"]
    assert df.empty


def test_workers_applying_for_early_retirement_are_a_round():
    df = article_frames(
        "April 22, 2014",
        "Hanul Telecom said 8,320 employees have applied for early retirement since April 10.",
        title="Hanul Telecom job cuts",
    )["layoffs"]
    assert list(df["low"]) == [8320]


def test_a_warned_loss_is_guidance_with_its_amount():
    df = article_frames(
        "December 22, 2015",
        "Kaito Electric shares plunged on Tuesday after it warned of a $4.5 billion annual loss and layoffs.",
        title="Kaito Electric shares plunge",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], strict=True)) == [("guidance", 4.5e9)]


def test_a_trading_statements_expected_heps_is_guidance():
    df = article_frames(
        "February 5, 2018",
        "Karoo Stores said its interim headline earnings per share (HEPS) were expected to fall as much as 17.5%.",
        title="Karoo Stores shares fall",
    )["events"]
    assert list(df["type"]) == ["guidance"]


def test_the_previous_session_in_a_leads_contrast_does_not_date_the_story():
    df = article_frames(
        "2 October 2013",
        "The FTSE 100 Index reached a three-month low as anxieties grew over the political stalemate in the US.",
        "Investors had shrugged off nerves over the crisis in the previous session but as the president postponed part "
        "of an Asian tour, nervousness in markets rose.",
        "Blue-chip shares in London fell sharply during the day, as the FTSE closed 22.5 points off at 6437.5.",
        "Harbor Grocers saw a 24% drop in first half earnings as underlying sales declined in the UK and abroad.",
        "Shares were 1.1p lower at 358p.",
        title="Markets edgy as US shutdown goes on",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(358.0, "2013-10-02")]


def test_a_level_and_a_change_after_the_close_are_no_prices():
    df = article_frames(
        "September 10, 2014",
        "Shares of Orchard Devices finally ended at $97.99, almost touching the $98 mark, at $0.37 down from the "
        "previous close.",
        title="Orchard Devices shares after launch",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(97.99, "2014-09-10")]


@pytest.mark.parametrize(
    "sentence",
    [
        "But in after-hours online trading, the stock dropped further, at times to the tune of about $7 down, which is "
        "about 5 percent.",
        "The post-bonus issue paid-up share capital will be ₹3,119.64 lakh divided into 15,598,176 shares of ₹2 each, "
        "the company said.",
    ],
)
def test_a_change_told_as_down_and_a_face_value_are_no_prices(sentence):
    df = article_frames(
        "October 20, 2015", "Harbor Systems shares fell 3% to $140.20.", sentence, title="Harbor Systems shares fall"
    )["prices"]
    assert [p for _, p, _ in price_rows(df)] == [140.2]
