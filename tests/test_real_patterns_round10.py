"""Round ten of real-outlet patterns, as our own sentences: broker digests whose items name the stock before the
firm, "Best of the Brokers" columns, an analyst introduced before the firm, weekly roundups with a dated heading per
day, wrap rows in points, passive headlines, deals told as a sale, a merger, a price paid or a buyer after a
descriptor, results and guidance told without figures, a report moved to a new day, more regulators, job cuts with
a dash aside or a count in brackets.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types


def _targets(df):
    return sorted(
        zip(df["company"].fillna(""), df["firm"], df["target"].fillna(0), df["rating_class"].fillna(""), strict=True)
    )


def _prices(df):
    return sorted((str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True))


def _events(df):
    return sorted(
        (t, str(d)[:10] if d is not None and str(d) != "NaT" else "", a if a == a else 0.0)
        for t, d, a in zip(df["type"], df["date"], df["amount_usd"], strict=True)
    )


# --------------------------------------------------------------------------- analyst ratings


def test_digest_items_name_the_stock_before_the_firm():
    df = article_frames(
        "June 4, 2026",
        "Harlow Foods: Jefferies raises target from 410p to 455p, buy rating kept.",
        "Tamsin Telecom: Liberum Capital downgrades to hold.",
        "Corvane Grid: Liberum Capital upgrades to buy.",
        "Brightwater Bank: Credit Suisse maintains neutral rating and 1,460p target; RBC Capital Markets downgrades to "
        "sector performer; Berenberg upgrades to buy.",
        title="Broker round-up",
    )["targets"]
    assert _targets(df) == [
        ("Brightwater Bank", "Berenberg", 0.0, "buy"),
        ("Brightwater Bank", "Credit Suisse", 1460.0, "hold"),
        ("Brightwater Bank", "RBC Capital Markets", 0.0, "hold"),
        ("Corvane Grid", "Liberum Capital", 0.0, "buy"),
        ("Harlow Foods", "Jefferies", 455.0, "buy"),
        ("Tamsin Telecom", "Liberum Capital", 0.0, "hold"),
    ]


def test_a_best_of_the_brokers_column_keeps_a_broker_that_is_also_a_listed_bank():
    df = article_frames(
        "February 28, 2026",
        "HARLOW FOODS",
        "Goldman Sachs yesterday removed the grocer from its buy list and downgraded it to a “neutral” rating, with "
        "a 12-month target price of 340p, down from 350p.",
        "TAMSIN TELECOM",
        "UBS has cut the telecoms group from “buy” to “neutral” and raised its 12-month target from 770p to 790p. "
        "The broker remains impressed with its growth, and has upgraded its earnings forecasts by two per cent.",
        title="Best of the Brokers",
    )
    assert sorted(zip(df["targets"]["firm"], df["targets"]["target"], strict=True)) == [
        ("Goldman Sachs", 340.0),
        ("UBS", 790.0),
    ]
    assert "guidance" not in set(df["events"]["type"])  # the broker's forecasts are no company guidance


def test_a_passive_headline_names_the_rated_stock_first():
    df = article_frames(
        "November 10, 2025",
        "- Commerzbank upgraded to “Buy” by Deutsche Bank Research with a new €37 target; the stock rose to €33.34.",
        title="Siemens Energy and Commerzbank climb on upgrades",
    )["targets"]
    assert list(zip(df["firm"], df["target"], strict=True)) == [("Deutsche Bank Research", 37.0)]


def test_the_broker_after_a_short_lead_in_is_the_firm_named_before():
    df = article_frames(
        "July 28, 2026",
        "The Corvane share price is up 3% to $6.05. The gain follows a broker note out of Citi this morning. "
        "According to the note, the broker has upgraded the company's shares to a neutral rating with a $6.40 price "
        "target.",
        title="Why Corvane shares are rising",
    )["targets"]
    assert list(zip(df["firm"], df["target"], df["rating_class"], strict=True)) == [("Citi", 6.4, "hold")]


def test_an_analyst_introduced_before_the_firm_speaks_for_it_on_bay_street():
    df = article_frames(
        "Mar 7, 2022",
        "A Bay Street analyst cut his ratings and targets on two lenders Monday.",
        "The downgrades came from Marcel Dubreuil, a veteran bank analyst with National Bank of Canada, and were "
        "applied to shares of Harbourline Bank and Laurentide Trust.",
        "Dubreuil cut his rating on each bank to “sector perform” from “outperform”.",
        "His price target on Harbourline was cut to $100 from $110 and his price target on Laurentide was cut to $151 "
        "from $163.",
        "In late December, Laurentide said it would pay US$16.3 billion for Bank of the Prairies.",
        title="Analyst downgrades two lenders",
    )
    t = df["targets"]
    assert sorted(zip(t["firm"], t["target"], t["currency"], strict=True)) == [
        ("National Bank", 100.0, "CAD"),
        ("National Bank", 151.0, "CAD"),
    ]
    assert _events(df["events"]) == [("acquisition", "2021-12", 16_300_000_000.0)]


# --------------------------------------------------------------------------- prices


def test_wrap_rows_in_points_after_an_index_and_two_stocks_in_one_sentence():
    df = article_frames(
        "Published 20/04/2026, 07:00",
        "Australia equities were higher at the close on Monday.",
        "At the close in Sydney, the S&P/ASX 200 added 0.31% to hit a new 1-month high.",
        "The biggest gainers of the session on the S&P/ASX 200 were Harbour And Coast Bank Ltd (AX:HCB), which rose "
        "5.25% or 0.520 points to trade at 10.430 at the close. Tamsin Dairy Ltd (AX:TDY) added 3.40% or 0.230 "
        "points to end at 7.000 and Corvane Mortgage Insurance Australia Ltd (AX:CMI) was up 3.06% or 0.070 points "
        "to 2.360 in late trade.",
        title="Australia shares higher at close of trade",
    )["prices"]
    assert _prices(df) == [("2026-04-20", 2.36), ("2026-04-20", 7.0), ("2026-04-20", 10.43)]


def test_a_weekly_roundup_dates_each_day_by_its_heading():
    df = article_frames(
        "September 26, 2026 09:31 AM",
        "The FTSE 100 closed the week lower. Here are the top riser and faller of each day of the week.",
        "21 September 2026",
        "Top riser:",
        "• Harlow Foods Plc (LON: HFD): Shares of the grocer were up by 11.16% at GBX 166.18.",
        "22 September 2026",
        "Top riser:",
        "• Tamsin Telecom Plc (LON: TMT): Shares of the telecoms group were up by 8.04% at GBX 2,261.",
        title="Weekly roundup of FTSE 100 risers and fallers",
    )["prices"]
    assert _prices(df) == [("2026-09-21", 166.18), ("2026-09-22", 2261.0)]


# --------------------------------------------------------------------------- events


def test_a_definitive_agreement_to_be_acquired_by_a_described_buyer():
    df = article_frames(
        "December 9, 2026",
        "Corvane Dental Inc. (CVDL), a dental and animal health distributor, announced Wednesday that it has entered "
        "into a definitive agreement to be acquired by health care investment firm Halden Square Capital for $31.35 "
        "per share in an all cash deal valued at about $4.1 billion.",
        title="Corvane Dental to be taken private",
    )["events"]
    assert _events(df) == [("acquisition", "2026-12-09", 4_100_000_000.0)]
    assert df["counterparty"].tolist() == ["Halden Square Capital"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, Harlow Pharma sold off its oncology business to French drugmaker Servane SAS for USD2.4 billion.",
        "Harlow Media said some jobs will be cut after the company's $5.2 billion sale to Brent Olafsen's Tamsin Corp.",
        "Harlow Mining gained over 2%, boosted by optimism surrounding its merger with Corvane Resources.",
    ],
)
def test_deals_told_as_a_sale_or_a_merger(sentence):
    assert event_types("April 18, 2026", sentence, title="Harlow news") == {"acquisition"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales to China rose 5% to $2 billion.",
        "The sale to retail investors was completed on Friday.",
        "The company will pay $5 million for the rights to the song.",
    ],
)
def test_sales_and_payments_that_are_no_deal(sentence):
    assert "acquisition" not in event_types("April 18, 2026", sentence, title="Harlow news")


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow’s adjusted operating profit plummeted 45% to €187 million in the third quarter.",
        "Harlow’s adjusted earnings before interest and tax sank 45% to €187 million in the third quarter.",
        "Harlow shares fell 13.6 per cent after the appliance maker missed quarterly core profit estimates.",
        "Following the company's Q2 results, brokerage Motilal Oswal maintained a buy call on the stock.",
        "Harlow share price jumps over 4% on Q2 results boost.",
        "We lower our opinion to Sell following Harlow's Q2 miss on concerns about weaker sales.",
    ],
)
def test_results_told_by_a_steep_verb_or_without_figures(sentence):
    assert "financial_result" in event_types("October 27, 2026", sentence, title="Harlow shares move")


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow Services (ASX: HSV) has dropped its full-year profit guidance by 23%.",
        "Harlow Services now expects 2026 financial year net profit after tax to be $105 million.",
        "Harlow Labs expects to cut by more than $400 million both its full-year revenue and core profit forecasts.",
        "European shares fell on Friday, with the CAC 40 leading the way down after Harlow scrapped its 2027 profit "
        "forecast.",
    ],
)
def test_guidance_dropped_scrapped_or_cut_by_an_amount(sentence):
    assert "guidance" in event_types("May 8, 2026", sentence, title="Harlow update")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Harlow Labs delayed its third-quarter results, which have been pushed to May 15.", "2026-05-15"),
        ("Harlow Labs said its third-quarter results have been postponed until May 18.", "2026-05-18"),
    ],
)
def test_results_moved_to_a_new_day_are_an_earnings_date(sentence, day):
    df = article_frames("May 8, 2026", sentence, title="Harlow update")["events"]
    assert [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)] == [("earnings_date", day)]


def test_a_regulator_by_its_full_name_and_an_approval_still_to_come():
    probe = article_frames(
        "October 27, 2026",
        "UK lender Harlow Bank fell 11.6 per cent on a profit outlook downgrade as Britain’s Financial Conduct "
        "Authority probes its handling of a decision to close a customer's accounts.",
        title="Harlow Bank shares fall",
    )["events"]
    assert sorted(probe["type"]) == ["guidance", "regulation"]
    assert "regulation" not in event_types(
        "October 27, 2026",
        "Harlow said it believes final approval from regulators will not come until the end of 2027.",
        title="Harlow Bank deal",
    )


# --------------------------------------------------------------------------- job cuts and ingest


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Harlow Fintech has laid off 10-15% (200 employees) of its workforce amid a funding crunch.", 200),
        ("It is the second round in a year, after 1,300 positions — mostly in management — were cut in June.", 1300),
    ],
)
def test_job_cuts_with_a_count_in_brackets_or_a_dash_aside(sentence, count):
    df = article_frames("March 7, 2026", sentence, title="Harlow Fintech cuts jobs")["layoffs"]
    assert df["low"].tolist() == [count]


def test_a_us_dollar_sign_places_no_story_in_singapore():
    df = article_frames(
        "March 7, 2026",
        "Harlow Bank said it would acquire Corvane Corp. for US$13.4 billion. Harlow shares fell $2 to $95.20.",
        title="Harlow Bank shares fall",
    )["prices"]
    assert df["currency"].tolist() == ["USD"]


# --------------------------------------------------------------------------- second batch


_EXACT_2027_02_20 = [
    ("February 20, 2027", *row)
    for row in [
        (
            "Harlow Dairy shares fall",
            "Harlow Dairy (ASX: HDY) -8.59%, had reasonable sales for the period but guided to lower-than-expected "
            "EBITDA for FY27.",
            {"guidance"},
        ),
        (
            "Corvane Steel shares fall",
            "Corvane Steel (ASX: CVS) -9.99% fell on a weaker 1H27 result while guidance was also lowered.",
            {"financial_result", "guidance"},
        ),
        (
            "Tamsin Tech shares fall",
            "Shares of Tamsin Tech fell as much as 10 per cent on Friday after the company halved its full-year revenue "
            "growth outlook and posted a weaker-than-expected first-quarter profit.",
            {"financial_result", "guidance"},
        ),
        (
            "Brightwater shares fall",
            "Brightwater (ASX: BWR) -6.06% fell sharply after reporting 1H27 operating earnings of $239.9m, -9.1% YoY "
            "while they stuck with FY27 guidance.",
            {"financial_result", "guidance"},
        ),
        (
            "Harlow Media results",
            "On Wednesday it said it took in US$470 million in revenue in the first three months of 2026.",
            {"financial_result"},
        ),
        (
            "Harlow Stores seeks protection",
            "The retailer won protection from creditors under Canada's Companies' Creditors Arrangement Act.",
            {"legal"},
        ),
        (
            "Corvane Marine shares fall",
            "Sentiment was dented by news that Corvane Marine would pay more than S$240 million in fines to two "
            "governments to settle corruption offences.",
            {"legal"},
        ),
        (
            "Tamsin Commerce cuts jobs",
            "Tamsin Commerce says it will reduce its head count by about 20 per cent and sell its logistics business to "
            "Brightport, a supply chain company.",
            {"acquisition"},
        ),
    ]
]


def test_a_share_buyback_with_its_size_is_an_other_event():
    df = article_frames(
        "March 26, 2027",
        "Harlow Bank stock rose on Tuesday morning as the lender announced in a statement that it was launching a "
        "share buyback of $2 billion (around €1.8bn) over the next two years.",
        title="Harlow Bank launches buyback",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], strict=True)) == [("other", 2_000_000_000.0)]
    assert "other" not in event_types(
        "March 26, 2027", "The company says it will also restart its share buyback.", title="Harlow Bank news"
    )
    # a buyback launched beside a dividend is that buyback, no product launch (moved here from test_events.py, where
    # it was a negative before buybacks were read)
    assert event_types(
        "March 26, 2027",
        "The grocer will pay a final dividend of 9.45p a share and has launched a fresh £1.45billion share buyback "
        "programme.",
        title="Harlow Foods results",
    ) == {"other"}


def test_the_economys_retail_sales_are_no_companys_result():
    assert event_types("November 22, 2026", "Retail sales increased 0.4% to $66.9 billion in September.") == set()


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The manufacturer confirmed on Tuesday its margin forecast of 5% to 8%.", "2026-11-03"),
        ("The carmaker yesterday raised its forecast for full-year net income to 200 billion yen.", "2026-11-03"),
        # no day of its own: never the period's end nor a day still to come, but the story's day (lead news)
        ("The carmaker raised its forecast for net income in the year to March 31, 2027.", "2026-11-04"),
        ("The carmaker said it would update its forecast on November 12.", "2026-11-04"),
    ],
)
def test_guidance_is_dated_by_the_day_it_was_given(sentence, day):
    df = article_frames("November 4, 2026", sentence, title="Harlow Motor update")["events"]
    got = [
        (t, "" if d is None or str(d) == "NaT" else str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)
    ]
    assert got == [("guidance", day)]


# --------------------------------------------------------------------------- third batch: prices and their days


def test_a_wraps_day_survives_an_earthquake_hit_factory_and_another_days_collapse():
    df = article_frames(
        "24 Apr, 2026",
        "Tokyo shares rose for a third successive session on Thursday, boosted by a weaker yen, though Harlow Motors "
        "collapsed 20 percent.",
        "The firm's shares plunged 20.46 percent to 583 yen, following a 15 percent collapse Wednesday.",
        "Other automakers rose. Corvane added 2.13 percent to 3,115 yen despite announcing it was extending a "
        "production halt at its factory in earthquake-hit Kumamoto prefecture by at least six days.",
        title="Tokyo shares remain higher",
    )["prices"]
    assert _prices(df) == [("2026-04-23", 583.0), ("2026-04-23", 3115.0)]
    assert set(df["kind"]) == {"unspecified"}


def test_a_most_active_list_traded_monday_in_tuesdays_paper():
    df = article_frames(
        "November 10, 2026",
        "TORONTO — Some of the most active companies traded Monday on the Toronto Stock Exchange:",
        "Harlow Pipelines Inc. (TSX:HPL). Energy. Down 34 cents, or 0.63 per cent, to $53.83 on 18.1 million shares.",
        "Corvane Gold Corp. (TSX:CVG). Materials. Up 51 cents, or 2.67 per cent, to $19.64 on 10.3 million shares.",
        title="Most actively traded companies on the Toronto Stock Exchange",
    )["prices"]
    assert _prices(df) == [("2026-11-09", 19.64), ("2026-11-09", 53.83)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a move verb the lists lacked
        ("Harlow Realty Trust Inc. had the biggest loss, erasing 5.6 percent to $48.83.", [("2026-12-17", 48.83)]),
        ("Corvane Biotech Inc. more than doubled to $29.23 for the biggest rally.", [("2026-12-17", 29.23)]),
        # the day of news the company gave after the move is not the price's
        (
            "Harlow Group soared 5.85 per cent to close at ¥5,612 after it said yesterday that its sale of a unit "
            "had collapsed.",
            [("2026-12-17", 5612.0)],
        ),
        # a past peak named by its month, a change told before the price
        (
            "The company share price dropped 78 cents, 1.27 per cent, to $60.57 at the ASX's closing, following "
            "it's May peak of $79.24.",
            [("2026-12-17", 60.57)],
        ),
        ("The shares were 60p down at the close, finishing at 93p.", [("2026-12-17", 93.0)]),
    ],
)
def test_round_ten_price_phrasings(sentence, expected):
    df = article_frames("December 17, 2026", sentence, title="Harlow shares move")["prices"]
    assert _prices(df) == expected


def test_money_a_court_released_is_no_product_and_a_negative_rate_is_no_rating():
    assert "product" not in event_types(
        "March 17, 2026",
        "The Supreme Court released the mutual fund securities (Rs 344 crore) of Harlow Cement, in its favour.",
        title="Harlow Cement shares rise",
    )
    df = article_frames(
        "July 28, 2026",
        "“The central bank can’t save its face if it does not cut rates into negative territory,” said Kenji Mori, a "
        "senior technical analyst at Daiwa Securities.",
        title="Nikkei falls before the central bank meeting",
    )["targets"]
    assert df.empty


# --------------------------------------------------------------------------- fourth batch


_HAS_2025_06_15 = [
    ("June 15, 2025", *row)
    for row in [
        (
            "Harlow Motors shares fall",
            "In a statement on Sunday, Harlow Motors announced that Marco de Santis has announced his decision to "
            "step down after 5 years at the helm.",
            "executive_change",
        ),
        (
            "Corvane Pharma shares fall",
            "Corvane Pharma fell 5.9 percent. The U.K. drugmaker failed to win U.S. approval for a new blood thinner.",
            "regulation",
        ),
        (
            "Harlow Bio shares rise",
            "Harlow Bio shares rose after an FDA panel recommended the company's vaccine.",
            "regulation",
        ),
        (
            "Tamsin Bio licenses a biomarker",
            "Tamsin Bio Inc. is pleased to announce it has exercised its option to exclusively license a glaucoma "
            "marker from Westbrook University.",
            "partnership",
        ),
    ]
]


def test_firms_listing_only_their_figures_after_a_semicolon_make_the_same_move():
    df = article_frames(
        "November 7, 2022",
        "Several analysts have revised up the target price on Harlow Bank. Societe Generale raised the target price "
        "from 2.1 to 2.3 euro (rating buy); Kepler Cheuvreux from 2.25 to 2.5 euros; Barclays from 2.3 to 2.6 euros.",
        title="Harlow Bank extends its rally",
    )["targets"]
    classes = [c if isinstance(c, str) else "" for c in df["rating_class"]]
    assert sorted(zip(df["firm"], df["target"], classes, strict=True)) == [
        ("Barclays", 2.6, ""),
        ("Kepler Cheuvreux", 2.5, ""),
        ("Societe Generale", 2.3, "buy"),
    ]


# --------------------------------------------------------------------------- fifth batch


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts at Needham are out with a report upgrading shares of Harlow Systems (HRLW) with a ‘Buy‘ from ‘Hold‘ "
        "rating.",
        "Needham upgraded Harlow Systems with a Buy from Hold rating.",
    ],
)
def test_a_rating_from_another_is_the_new_one(sentence):
    df = article_frames("November 7, 2026", sentence, title="Harlow Systems upgraded")["targets"]
    assert list(zip(df["firm"], df["rating_class"], strict=True)) == [("Needham", "buy")]


def test_the_firm_after_a_longer_lead_in_and_an_older_move_is_history():
    df = article_frames(
        "September 4, 2026",
        "Analysts at Sun Trust Robinson Humphrey upgraded their rating on the shares of Harlow Pharma (HRPH). In a "
        "research note published on Friday, the firm lifted the name with a ‘Buy‘ rating.",
        "UBS downgraded Corvane Chips from Buy to Neutral on Wednesday. In April 2026, the bank raised the price target "
        "for the company from 880 euros to 1,050 euros. On Wednesday, UBS lowered the price target to 900 euros.",
        title="Two rating changes",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"].fillna(0), strict=True)) == [
        ("Sun Trust Robinson Humphrey", 0.0),
        ("UBS", 900.0),
    ]
    assert dict(zip(df["firm"], df["rating_class"], strict=True))["Sun Trust Robinson Humphrey"] == "buy"


def test_a_brokers_heading_over_items_that_name_only_their_stock():
    df = article_frames(
        "12:05 PM · 13 January 2027",
        "Company news and bank recommendations:",
        "JP Morgan:",
        '• Harlow Trucks (HTK.DE) with a "buy" rating. Target price at €48',
        'Corvane Motors (CVM3.DE) with a "neutral" rating. Target price raised from €90 to €95',
        "Goldman Sachs:",
        '• Tamsin Chemicals (TCH.DE) with a "neutral" rating. Target price at 53 euros, previously 54 euros',
        'Harlow Trucks (HTK.DE) with a "buy" rating. Target price at 42 euros',
        "DE30 chart:",
        "DE30 futures are trading near yesterday's closing levels.",
        title="DE30: DAX extends weekly gains",
    )["targets"]
    assert _targets(df) == [
        ("Corvane Motors", "JP Morgan", 95.0, "hold"),
        ("Harlow Trucks", "Goldman Sachs", 42.0, "buy"),
        ("Harlow Trucks", "JP Morgan", 48.0, "buy"),
        ("Tamsin Chemicals", "Goldman Sachs", 53.0, "hold"),
    ]


@pytest.mark.parametrize(
    ("sentence", "price"),
    [
        ("Shares in bid target Harlow Audio (AIM:HAU) Group PLC tumbled 5.2% to 715p after it ceased to be a bid "
         "target.", 715.0),
        ("Corvane Technologies PLC (AIM:CVT) hardened 6.7% to 380p after a contract win.", 380.0),
    ],
)  # fmt: skip
def test_a_bid_target_is_no_price_target_and_hardened_is_a_move(sentence, price):
    df = article_frames("September 14, 2026", sentence, title="AIM movers")["prices"]
    assert df["price"].tolist() == [price]


def test_a_buyout_offer_from_a_buyer_named_past_the_price_per_share():
    df = article_frames(
        "April 2, 2026",
        "Harlow Chemicals has accepted a buyout offer of $22 per share from Tamsin International, a portfolio company "
        "of a private equity firm. The all-cash deal values Harlow Chemicals at $2.1 billion, including debt.",
        title="Harlow Chemicals agrees to a buyout",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], df["counterparty"], strict=True)) == [
        ("acquisition", 2_100_000_000.0, "Tamsin International")
    ]


def test_a_byline_does_not_push_the_lede_out_of_the_lead():
    df = article_frames(
        "Aug 4, 2026",
        "Jane Porter",
        "Jane PorterCompanies editor",
        "Shares traded little changed on Tuesday as profit disappointments from two companies weighed.",
        "Harlow shares fell 27.3 per cent to $4.15. The stock is no stranger to big draw-downs: it fell 28.7 per cent "
        "on February 24.",
        "Corvane Credit fell 5.4 per cent to $23.02 after it forecast lower profit.",
        title="ASX little changed as Harlow, Corvane Credit join profit season's victims",
    )["prices"]
    assert _prices(df) == [("2026-08-04", 4.15), ("2026-08-04", 23.02)]


def test_pt_is_a_price_target():
    df = article_frames("October 12, 2026", "Jefferies cut PT to 2,300 rupees from 2,315.", title="Harlow IT results")
    assert list(zip(df["targets"]["firm"], df["targets"]["target"], strict=True)) == [("Jefferies", 2300.0)]


_HAS_2026_02_03 = [
    ("February 3, 2026", *row)
    for row in [
        (
            "Harlow Builders shares fall",
            "Harlow Builders and Corvane Group dragged on the sector as both contractors issued profit warnings.",
            "guidance",
        ),
        (
            "Harlow Builders shares fall",
            "Harlow Builders fell 19.9 per cent to a three-year low of $28.03 after warning it would take a $1.8 billion "
            "hit exiting the Middle East.",
            "guidance",
        ),
        (
            "Corvane Logistics shares soar",
            "Corvane Logistics soared 11.2 per cent after the platform raised its dividend following a strong half-year "
            "performance.",
            "financial_result",
        ),
        (
            "Paris Bourse",
            "The payments specialist Harlowline fell 5.90% to 61.67 euros, the day after its results and the "
            "announcement of a planned sale.",
            "financial_result",
        ),
    ]
]


def test_other_companies_outlooks_in_a_story_that_is_no_wrap_stay_apart():
    df = article_frames(
        "October 28, 2023",
        "European shares fell on Friday, with the CAC 40 leading the way down after Harlow Pharma scrapped its 2025 "
        "profit forecast.",
        "Lender Corvane Bank fell 11.6 per cent on a profit outlook downgrade.",
        "Spirits maker Tamsin Cognac slumped 11.3 per cent on an annual forecast cut.",
        title="French shares lag European peers on Harlow Pharma's dour forecast",
    )["events"]
    assert sorted(df["type"]) == ["guidance", "guidance", "guidance"]


# --------------------------------------------------------------------------- sixth batch: markets


def test_a_bursa_malaysia_wrap_in_ringgit_and_sen():
    df = article_frames(
        "Wednesday, 29 Oct 2026",
        "KUALA LUMPUR: Bursa Malaysia extended its decline on Wednesday, as the ringgit climbed.",
        "On Bursa Malaysia, Harlow Industries was the top loser, dropping 50 sen to RM31.12, followed by Corvane Port, "
        "down 21 sen to RM5.05.",
        "Among the gainers, Tamsin Foods rose RM2.10 to RM109.20.",
        "China's CSI300 rose 1.19% to 4,747.84, its highest level since January 2022.",
        title="Bursa Malaysia dips, ringgit at six-week high",
    )["prices"]
    assert _prices(df) == [("2026-10-29", 5.05), ("2026-10-29", 31.12), ("2026-10-29", 109.2)]
    assert set(df["currency"]) == {"MYR"}


def test_a_singapore_close_mirroring_wall_streets_overnight_retreat():
    df = article_frames(
        "Oct 9, 2026",
        "- Singapore's Straits Times Index (STI) fell 0.3% to 4,427.06, mirroring Wall Street’s overnight retreat.",
        "- Harlow Realty rose 4.4% to a record high of $2.59.",
        title="Singapore shares close lower in tandem with Wall Street retreat; STI slides 0.3%",
    )["prices"]
    assert list(zip(df["date"].astype(str).str[:10], df["price"], df["currency"], strict=True)) == [
        ("2026-10-09", 2.59, "SGD")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # rows after an index's name, the ticker bracket without a comma before "which"
        (
            "The top performers on the MDAX were Harlow Air AG (DE:HRLA) which rose 5.84% to 7.067, Corvane AG "
            "(DE:CRVG) which was up 5.84% to settle at 17.490.",
            [7.067, 17.49],
        ),
        # a retailer called Target, and a change told with its percentage before "stronger at"
        ("Rival Target was down 3.5 percent at $76.20.", [76.2]),
        ("Harlow Bank was 28 cents, or 1.4 per cent, stronger at $20.00.", [20.0]),
        # a currency and a 52-week compound are no share prices
        ("The local currency closed at 1,120.40 won against the US greenback.", []),
        ("Shares in Tamsin AG (DE:TAMG) fell to 52-week lows.", []),
    ],
)
def test_round_ten_wrap_rows(sentence, expected):
    df = article_frames(
        "January 26, 2026",
        "German stocks were higher after the close on Wednesday; the DAX gained 0.4%.",
        sentence,
        title="Germany stocks higher at close of trade",
    )["prices"]
    assert sorted(df["price"]) == sorted(expected)


_EXACT_2026_05_02 = [
    ("May 2, 2026", *row)
    for row in [
        (
            "Harlow Bank gains",
            "Harlow Bank rose 3 per cent to HK$88.35 after it reported first-quarter profit that beat estimates and "
            "announced a US$3 billion share buy-back plan.",
            {"financial_result", "other"},
        ),
        (
            "Corvane Bio rises",
            "Chinese biotech firm Corvane Bio rose 4.2 per cent to HK$60.65 after net income beat analysts’ estimates.",
            {"financial_result"},
        ),
        (
            "Tamsin Sports drops",
            "Sportswear maker Tamsin Sports dropped 2.5 per cent after it reported a low-single-digit increase in "
            "first-quarter same-store sales.",
            {"financial_result"},
        ),
        ("Harlow Bank gains", "Analysts expect profit to beat estimates.", set()),
    ]
]


def test_a_result_with_a_dollar_figure_leads_a_merged_result():
    df = article_frames(
        "November 9, 2026",
        "Harlow Electric reported financial results for the April-September period earlier in the day. It posted "
        "¥1.08 trillion ($9.5 billion) in net profit, a sharp turnaround from a loss a year earlier.",
        "Its group operating profit tumbled 80.7 percent to ¥6.98 trillion on sales of ¥1.78 trillion.",
        title="Harlow Electric results",
    )["events"]
    results = df[df["type"] == "financial_result"]
    assert results["amount_usd"].tolist() == [9_500_000_000.0]


_EXACT_2026_11_09 = [
    ("November 9, 2026", *row)
    for row in [
        (
            "Harlow Electric results",
            "For the current fiscal year, Harlow Electric cut its profit estimate, citing restructuring costs.",
            {"guidance"},
        ),
        (
            "Harlow Media news",
            "Harlow Corporation to Increase Per Share Offer Price Payable in its Offer to Acquire Remaining Public "
            "Stake in Corvane Television",
            {"acquisition"},
        ),
        (
            "Harlow IT layoffs",
            "As part of this journey, we will also be releasing associates from the organisation whose deployment "
            "may not be feasible.",
            set(),
        ),
        ("Harlow shares fall", "Source: Investment Cnbc", set()),
    ]
]


def test_an_upper_circuit_price_and_a_three_fold_jump_in_profit():
    df = article_frames(
        "May 10, 2023",
        "Harlow Media: Following strong Q4 earnings, the company’s shares remained stuck in the upper circuit of 10% "
        "to Rs 129.70 per share on the BSE on Wednesday.",
        "Corvane Foods on Tuesday reported over three fold jump in its consolidated net profit at 105.30 crore for the "
        "fourth quarter ended March 2023.",
        title="Smallcap stocks in focus",
    )
    assert df["prices"]["price"].tolist() == [129.7]
    assert "financial_result" in set(df["events"]["type"])


# One table per kind of assertion for the sentence-level event cases above (each row keeps its own date line).
@pytest.mark.parametrize(
    ("date", "title", "sentence", "kinds"), [*_EXACT_2027_02_20, *_EXACT_2026_05_02, *_EXACT_2026_11_09]
)
def test_round_ten_event_phrasings(date, title, sentence, kinds):
    assert event_types(date, sentence, title=title) == kinds


@pytest.mark.parametrize(("date", "title", "sentence", "kind"), [*_HAS_2025_06_15, *_HAS_2026_02_03])
def test_round_ten_event_phrasings_include(date, title, sentence, kind):
    assert kind in event_types(date, sentence, title=title)
