"""Round six of real-outlet patterns, as our own sentences: broker digests glued without spaces, layoff counts told
after a percentage or in the next sentence, seller-side sales named as nouns, results told as what a company earned,
currencies written "Can$" / "Aus$", and exchange-rate or commodity quotes that are no share prices.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames

from data_layer.text import split_sentences


def test_digest_items_glued_without_a_space_are_separate_sentences():
    text = "Bunzl: Numis keeps a buy rating.Antofagasta: Peel Hunt trims its target. See amazon.com for more."
    assert [s.text for s in split_sentences(text)] == [
        "Bunzl: Numis keeps a buy rating.",
        "Antofagasta: Peel Hunt trims its target.",
        "See amazon.com for more.",
    ]


def test_a_glued_broker_digest_gives_one_row_per_item_and_the_broker_is_not_the_subject():
    f = article_frames(
        "March 12, 2026",
        "Bunzl: Morgan Stanley lifts target price from 2,410p to 2,455p, keeping an equal-weight rating.Antofagasta: "
        "Deutsche Bank trims target price from 980p to 940p and keeps a hold recommendation. JP Morgan cuts target "
        "price from 1,010p to 960p, while its neutral rating stays unchanged.Hammerson: Morgan Stanley moves target "
        "price from 120p to 131p, leaving its underweight rating in place.Pennon Group: JP Morgan raises target "
        "price from 650p to 720p, upgrading to overweight.",
        title="Thursday broker round-up",
    )
    assert f["articles"]["company"].iloc[0] != "Morgan Stanley"
    rows = sorted(zip(f["targets"]["firm"], f["targets"]["target"].astype(float), strict=True))
    assert rows == [
        ("Deutsche Bank", 940.0),
        ("JP Morgan", 720.0),
        ("JP Morgan", 960.0),
        ("Morgan Stanley", 131.0),
        ("Morgan Stanley", 2455.0),
    ]


def test_a_digest_header_names_the_firm_then_the_stock():
    df = article_frames(
        "March 9, 2026",
        "Jefferies on Cipla: Buy| Target Rs 1,700",
        "Jefferies maintained a buy rating on Cipla with a target of Rs 1,700.",
        title="Hot stocks: brokerage views on Tata Steel, Cipla",
    )["targets"]
    assert list(df["firm"]) == ["Jefferies"]


def test_an_older_broker_name_with_the_target_in_the_next_sentence():
    df = article_frames(
        "March 9, 2026",
        "The latest is Piper Jaffray, which cut Harlow Kitchens (Nasdaq: HRLW) to “underweight” from “neutral.”",
        "Analyst Jane Moor also sliced the price target to $38 from $57.",
        title="Harlow Kitchens falls on downgrades",
    )["targets"]
    assert list(zip(df["firm"], df["rating_class"], df["target"], strict=True)) == [("Piper Jaffray", "sell", 38.0)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (  # the count in the next sentence, pointing back with "That"
            (
                "Harlow Kitchens is reducing its workforce by 10 to 15 per cent, mostly at its Leeds head office. "
                "That amounts to between 150 and 200 jobs.",
            ),
            [(150, 200)],
        ),
        (  # a percentage in words, then its count
            ("Harlow Kitchens is cutting seven per cent of its British employees, or around 200 jobs, it said.",),
            [(200, 200)],
        ),
        (
            (
                # the headcount between the workforce and "by" is no cut; the count comes in the next sentence
                "Harlow Kitchens Corp plans to reduce its global workforce of 107,000 by about 5 percent this year "
                "as the group, struggling with falling sales, shifts its focus, a spokesman said on Friday.",
                "The announcement, equivalent to more than 5,000 positions, comes a day after it posted its results.",
            ),
            [(5000, 5000)],
        ),
        (("Harlow Kitchens announced a massive 6,500 reduction in workforce over the next year.",), [(6500, 6500)]),
        (  # a percentage range is never a headcount
            ("Harlow Kitchens is reducing its workforce by 10 to 15 per cent.",),
            [],
        ),
    ],
)
def test_layoff_counts_told_after_a_percentage(sentences, expected):
    df = article_frames("March 9, 2026", *sentences, title="Harlow Kitchens to cut staff")["layoffs"]
    counted = df[df["low"].notna()]
    assert list(zip(counted["low"].astype(int), counted["high"].astype(int), strict=True)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vodafone completed the sale of its Spanish unit to Zegona for $5.4 billion.",
            ("acquisition", "Zegona", 5.4e9, "completed"),
        ),
        (
            "Meanwhile, Harlow Kitchens announced the conclusion of the process for the sale of its Polish unit to "
            "Brantley Holdings for about 1.4 billion dollars.",
            ("acquisition", "Brantley Holdings", 1.4e9, "completed"),
        ),
        (
            "Meanwhile, Harlow Kitchens said a A$223 million unsolicited bid from private equity firm Orrin Capital "
            "was opportunistically timed.",
            ("acquisition", "Orrin Capital", None, None),
        ),
        ("Harlow Kitchens earned $1.3 billion in the third quarter.", ("financial_result", None, 1.3e9, None)),
        (
            "Harlow Kitchens still generates big profits, making $1.3 billion in the most recent quarter.",
            ("financial_result", None, 1.3e9, None),
        ),
        (
            "Harlow Kitchens said on Thursday its third-quarter operating profit increased 5% from a year earlier.",
            ("financial_result", None, None, None),
        ),
        (
            "The group saw quarterly operating profit come in at 397.3 billion yen ($2.58 billion), versus an "
            "average estimate of 403.7 billion yen.",
            ("financial_result", None, 2.58e9, None),
        ),
        (
            "The company expects its third quarter to see between $580 million and $620 million in revenue.",
            ("guidance", None, None, None),
        ),
        ("Harlow Kitchens raised its guidelines on Wednesday morning.", ("guidance", None, None, None)),
    ],
)
def test_sales_results_and_outlooks_in_other_words(sentence, expected):
    df = article_frames("March 9, 2026", sentence, title="Harlow Kitchens news")["events"]
    df = df[df["type"] != "layoff"]
    kind, party, amount, status = expected
    assert list(df["type"]) == [kind]
    row = df.iloc[0]
    if party:
        assert row["counterparty"] == party
    if amount:
        assert row["amount_usd"] == pytest.approx(amount)
    if status:
        assert row["status"] == status


def test_no_sale_without_a_buyer_and_a_bid_amount_in_another_currency_has_no_dollar_amount():
    df = article_frames(
        "March 9, 2026",
        "Harlow Kitchens agreed to a deal valued at Can$1.1 billion (US$890 million) to buy Brantley Foods.",
        title="Harlow Kitchens news",
    )["events"]
    assert list(df["amount_usd"]) == [pytest.approx(8.9e8)]


def test_prices_in_can_dollars_and_quotes_that_are_no_share_prices():
    f = article_frames(
        "March 9, 2026",
        "The dollar inched up to 148.20 yen early Monday from 147.90 yen on Friday.",
        "A barrel of West Texas Intermediate is trading at $ 52.68, a 40-cent increase.",
        "Harlow Kitchens shares jumped 16 percent to Can$43.55 while Brantley stock traded up slightly at Can$14.86.",
        "Harlow Kitchens stock ended the trading session at Can$43.10.",
        title="Harlow Kitchens shares jump",
    )["prices"]
    got = sorted(zip(f["price"].astype(float), f["currency"], f["kind"], strict=True))
    assert got == [(14.86, "CAD", "unspecified"), (43.1, "CAD", "close"), (43.55, "CAD", "unspecified")]


def test_a_broker_digest_headline_never_makes_a_broker_the_subject_and_one_target_from_two_moves_is_two_rows():
    f = article_frames(
        "March 12, 2026",
        "Antofagasta: Morgan Stanley ups target price from 630p to 670p and reiterates an overweight rating.",
        "Hammerson: Morgan Stanley ups target price from 610p to 670p and stays with its overweight rating.",
        "Bunzl: Morgan Stanley moves target price from 2,450p to 2,900p, retaining an overweight rating.",
        title="Wednesday broker round-up",
    )
    assert f["articles"]["company"].iloc[0] == "Antofagasta"
    assert sorted(f["targets"]["previous_target"].astype(float)) == [610.0, 630.0, 2450.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a garbled amount too small for a deal, then its dollar equivalent
            "Harlow Kitchens announced the conclusion of the process for the sale of its network unit to Brantley "
            "Participacoes for a value of 7.3BRL (approximately 1.4 billion dollars).",
            [("acquisition", 1.4e9)],
        ),
        (  # an earlier deal told in an appositive is background
            "The reason for the fall was a jury verdict: Orrin, the agribusiness taken over by Harlow Kitchens, has to "
            "pay a gardener 254 million euros in compensation.",
            [("legal", None)],
        ),
        ("Harlow Kitchens was taken over by Brantley Group, the company said.", [("acquisition", None)]),
        ("The fund has exceeded its target of Rs 1,000 crore within four months of its launch.", []),
        ("Complications in setting up distribution could delay the launch.", []),
    ],
)
def test_deal_amounts_and_background_mentions(sentence, expected):
    df = article_frames("March 9, 2026", sentence, title="Harlow Kitchens news")["events"]
    got = [(t, None if a != a else float(a)) for t, a in zip(df["type"], df["amount_usd"], strict=True)]
    assert got == [(t, pytest.approx(a) if a else None) for t, a in expected]


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        (
            "Tokyo shares open higher",
            "Tokyo shares opened slightly higher on Monday as the dollar edged up.",
            "intraday",
        ),
        (  # the lead says how the market closed: the opening is history
            "Sydney shares close higher",
            "Australian shares closed higher on Monday. The market opened lower on bank worries.",
            "unspecified",
        ),
    ],
)
def test_a_report_on_the_opening_makes_its_prices_intraday(title, lead, kind):
    df = article_frames(
        "Oct 24, 2016",
        lead,
        "The Nikkei 225 index gained 0.13 percent to 17,207.01 in the first few minutes of trading.",
        "Shares in Harlow Kitchens fell 3.53 percent to 2,295 yen.",
        title=title,
    )["prices"]
    assert list(zip(df["price"].astype(float), df["kind"], strict=True)) == [(2295.0, kind)]


def test_earnings_with_a_per_share_aside_and_after_hours_without_a_hyphen():
    f = article_frames(
        "June 25, 2009",
        "The company earned $643 million, or $1.12 a share, in the quarter, up from $482.5 million a year earlier.",
        "Shares of Harlow Kitchens dropped more than 5 percent, to $72.56, in after hours trading on the Nasdaq.",
        title="Profit rises 33% for maker of phones",
    )
    assert [(t, a) for t, a in zip(f["events"]["type"], f["events"]["amount_usd"], strict=True)] == [
        ("financial_result", 643e6)
    ]
    assert list(zip(f["prices"]["price"], f["prices"]["kind"], strict=True)) == [(72.56, "intraday")]


def test_a_profit_that_more_than_doubled_and_a_close_cue_that_belongs_to_the_next_amount():
    f = article_frames(
        "July 10, 2003",
        "Web group Harlow Kitchens said today its quarterly net profit more than doubled, but the stock fell.",
        "Harlow Kitchens shares fell in after-hours trade, dropping about 4 per cent to $33.87 on Instinet from a "
        "close of $35.29 on Nasdaq.",
        title="Harlow Kitchens doubles its net quarterly profit",
    )
    assert list(f["events"]["type"]) == ["financial_result"]
    assert list(zip(f["prices"]["price"], f["prices"]["kind"], strict=True)) == [
        (33.87, "intraday"),
        (35.29, "close"),
    ]


def test_fractional_pence_and_a_change_told_between_two_amounts():
    df = article_frames(
        "October 15, 2019",
        "The pubs group Harlow Inns fell 9½p, or 7.7 per cent, to 112½p, after warning on profits.",
        "Brantley Foundry shares fell 54½p, or 13.1 per cent, to 361¾p after it said profits would drop.",
        "Orrin Group's share price is currently down 6 per cent or 9.72p to 152.28p.",
        title="Profit warnings hold back shares",
    )["prices"]
    assert sorted(zip(df["price"], df["change_pct"], strict=True)) == [(112.5, -7.7), (152.28, -6.0), (361.75, -13.1)]


def test_a_possessive_ends_a_company_name_and_a_relative_clause_raise_is_background():
    f = article_frames(
        "August 1, 2018",
        "Capita Group's share price has tumbled this morning after the group warned its profits will be lower.",
        "The group, which raised £700million from investors earlier this year, said profit would come in at "
        "around £250million.",
        "Capita's share price is currently down 6 per cent or 9.72p to 152.28p.",
        title="Capita's share price sinks as outsourcing group warns on profits",
    )
    assert f["articles"]["company"].iloc[0] == "Capita Group"
    assert "funding_round" not in set(f["events"]["type"])


def test_he_after_a_long_lead_in_clause_is_the_analyst_named_before():
    df = article_frames(
        "October 27, 2021",
        "After a strong run, CIBC World Markets analyst Kevin Moor now sees the risk-reward for Harlow Rail Co. "
        "(HRL-T) as more balanced.",
        "Accordingly, while still seeing promising signs as it follows its plan, he lowered his rating for its shares "
        "to “neutral” from “outperformer” on Wednesday.",
        title="Wednesday's analyst upgrades and downgrades",
    )["targets"]
    assert list(zip(df["firm"], df["rating_class"], strict=True)) == [("CIBC World Markets", "hold")]


def test_a_day_right_after_an_amount_is_that_amounts_not_the_next_ones():
    df = article_frames(
        "February 13, 2025",
        "Harlow Kitchens shares are currently up 7.82% at $68.14 each after closing at $63.20 yesterday and opening "
        "at $64.80 this morning.",
        title="Harlow Kitchens shares rocket today",
    )["prices"]
    got = sorted((p, d.date().isoformat()) for p, d in zip(df["price"], df["date"], strict=True))
    assert got == [(63.2, "2025-02-12"), (64.8, "2025-02-13"), (68.14, "2025-02-13")]


def test_shares_bought_at_a_price_each_are_a_deal_not_a_quote():
    df = article_frames(
        "August 19, 2025",
        "Orrin Group said it will invest $2 billion in Harlow Kitchens, buying common shares at $23 each under a "
        "definitive agreement announced late Monday.",
        title="Orrin to invest $2 billion in Harlow Kitchens",
    )["prices"]
    assert df.empty


def test_dollars_written_dollar_a_place_the_article_on_the_asx():
    f = article_frames(
        "February 27, 2020",
        "HKD - HARLOW KITCHENS - up 75 cents, or 5 per cent, to $15.75",
        "Net profit rose 21.1 per cent to $NZ184.9 million ($A177.6 million).",
        title="Stocks to watch",
    )
    assert list(zip(f["prices"]["price"], f["prices"]["currency"], strict=True)) == [(15.75, "AUD")]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (  # a nationality is no party: the buyer named before takes its place
            "Orrin Capital shares soared after reports that Brantley Group was considering buying its Australian rival.",
            "Brantley Group",
        ),
        (
            "Orrin Capital said on Monday that Kesler BidCo will make a voluntary public takeover offer for all "
            "outstanding shares of the company for EUR 21.50 per share in cash.",
            "Kesler BidCo",
        ),
    ],
)
def test_unnamed_targets_and_offers_for_all_the_companys_shares(sentence, party):
    df = article_frames(
        "May 23, 2022",
        sentence,
        "Orrin Capital said its board would review the approach.",
        title="Orrin Capital welcomes takeover offer",
    )["events"]
    acq = df[df["type"] == "acquisition"]
    assert len(acq) == 1 and acq["counterparty"].iloc[0] != "Australian"
    assert acq["counterparty"].iloc[0] in (party, None) or party in str(acq["counterparty"].iloc[0])


def test_a_person_after_a_role_is_no_company_and_a_title_case_headline_names_nobody():
    f = article_frames(
        "Jan 12, 2007",
        "Shares of Harlow Kitchens surged more than 4% after the group said Chief Executive John Moor had decided to "
        "step down at the end of July.",
        "Harlow Kitchens said its chief executive, Steve Ballard, will be succeeded by Tony Hale.",
        title="Harlow Kitchens boss Steve Ballard to retire; CEO Says He Will Retire Early",
    )
    assert f["articles"]["company"].iloc[0] != "Steve Ballard"
    assert "He Will" not in set(f["events"]["counterparty"].dropna())


def test_a_text_that_writes_decimal_points_reads_three_decimals_as_a_price():
    df = article_frames(
        "March 3, 2025",
        "Harlow Energias closed up 2.67%, at 5.108 euros.",
        title="Lisbon stocks close higher",
    )["prices"]
    assert list(df["price"]) == [5.108]


def test_a_stocks_to_watch_digest_gives_each_items_company_its_own_result():
    df = article_frames(
        "Oct 31, 2025",
        "Harlow Power | The company reported a 0.7% YoY dip in Q2 net profit to ₹919.4 crore.",
        "Brantley Industries | The company’s Q2 net profit fell 15.8% YoY to ₹242.4 crore.",
        "Orrin Industries | The company’s Q2 revenue fell 15.7% YoY to ₹1,872.3 crore.",
        "Kesler Power | The company’s Q2 net profit surged 50.5% YoY to ₹723.7 crore.",
        title="Stocks to watch: Harlow Power, Kesler Power and more",
    )["events"]
    results = df[df["type"] == "financial_result"]
    assert sorted(results["company"]) == ["Brantley Industries", "Harlow Power", "Kesler Power", "Orrin Industries"]


def test_a_list_of_brokers_with_their_figures_clause_by_clause_and_a_firms_earlier_step():
    df = article_frames(
        "July 27, 2016",
        "BTIG, Morgan Stanley, Macquarie and JPMorgan raised their price targets for Harlow Kitchens, with BTIG "
        "upping its target to $124 from $115 and Morgan Stanley raising its target to $123 from $120. Macquarie "
        "increased its price target to $115 from $112 while JPMorgan upped its target to $107 from $105.",
        "In June JPMorgan cut its price target to $105 from $125.",
        title="Brokers lift Harlow Kitchens targets after results",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [
        ("BTIG", 124.0),
        ("JPMorgan", 107.0),
        ("Macquarie", 115.0),
        ("Morgan Stanley", 123.0),
    ]


def test_a_result_reported_after_a_guidance_clause():
    df = article_frames(
        "May 5, 2016",
        "Department store operator Harlow Kitchens jumped 6.67 per cent to $1.20 after it reconfirmed its full-year "
        "guidance and reported a 2.1 per cent rise in third quarter sales to $675.5 million.",
        title="Harlow Kitchens shares jump",
    )["events"]
    got = {t: a for t, a in zip(df["type"], df["amount_usd"], strict=True)}
    assert got["financial_result"] == 675.5e6 and got["guidance"] != got["guidance"]  # the guidance has no amount


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harlow Kitchens unveiled a swathe of store closures on Tuesday.", [("closure", None)]),
        ("Harlow Fisheries is forced to close its doors after 40 years.", [("closure", None)]),
        ("Harlow Kitchens raises $3M in seed funding led by Orrin Ventures.", [("funding_round", 3e6)]),
    ],
)
def test_closures_told_as_nouns_and_a_capital_m_amount(sentence, expected):
    df = article_frames("June 30, 2016", sentence, title="Company news")["events"]
    assert [(t, None if a != a else a) for t, a in zip(df["type"], df["amount_usd"], strict=True)] == expected


def test_a_team_cut_by_a_count_of_workers():
    df = article_frames(
        "June 30, 2016",
        "Harlow Kitchens will reduce its maintenance and repair team by 500 workers (260 to layoffs and 240 to "
        "attrition).",
        title="Company news",
    )["layoffs"]
    assert list(df["low"]) == [500]


def test_long_decimals_indian_grouping_records_and_a_previous_close_base():
    f = article_frames(
        "Dec 23, 2020",
        "Harlow Energias reached during the day a record of 5.1380 euros during the session.",
        "Brantley Bank was gaining 2.61% and settling at 0.1221 euro.",
        "On the NSE, Orrin Foods shares opened at Rs 980.00, 3.4% over its previous closing price.",
        "Kesler Mills posted revenue of Rs 1,23,456 crore.",
        title="Stocks close at record",
    )
    got = sorted((p, d.date().isoformat()) for p, d in zip(f["prices"]["price"], f["prices"]["date"], strict=True))
    assert got == [(0.1221, "2020-12-23"), (5.138, "2020-12-23"), (980.0, "2020-12-23")]
    from data_layer.extract._money import parse_money

    assert [m.value for m in parse_money("Rs 1,23,456 and 0.1221 euro")] == [123456.0, 0.1221]


def test_a_headline_word_is_no_company_and_labour_market_counts_are_nobodys_round():
    df = article_frames(
        "November 26, 2012",
        "Harlow Bay Company is laying off 210 employees in Toronto.",
        "Orrin Media this month announced about 500 jobs cuts at its newspaper division.",
        "Separately, U.S.-based employers announced 49,795 job cuts in January.",
        title="Job Cuts in Canadian News: Concerned?",
    )["layoffs"]
    assert sorted(df["low"]) == [210, 500]


def test_cent_signs_prices_per_share_and_dived():
    df = article_frames(
        "March 9, 2026",
        "Harlow Gold shares were closing up 10¢ at 48¢ on the TSX Venture Exchange.",
        "The price per share of Brantley Motors stands at 20.21 euros (23.71 dollars).",
        "Orrin Retailing shares dived 6.57 percent to 40,900 yen owing to weak sales.",
        title="Movers",
    )["prices"]
    assert sorted(df["price"]) == [0.48, 20.21, 40900.0]


def test_a_brokers_own_stock_picks_article_keeps_its_ratings():
    df = article_frames(
        "Nov 13, 2025",
        "For IT services major Harlow Infotech, Motilal Oswal reiterated its 'Buy' call with a target of ₹2,150.",
        "Motilal Oswal also has a 'Buy' rating on Brantley Motors with a target of ₹800.",
        title="Motilal Oswal Unveils 4 Stocks to Buy",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [("Motilal Oswal", 800.0), ("Motilal Oswal", 2150.0)]
