"""Round fifteen of real-outlet patterns, as our own sentences: junior miners' placements, a ticker written before
its exchange, job cuts told with a reported count, a year's season or an early-retirement offer.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types

from data_layer.companies import resolve_companies

# --------------------------------------------------------------------------- raisings and the company


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Gold Limited has arranged a placement to raise up to C$11.5 million to speed up drilling at its "
        "flagship project.",
        "Orvik Gold Limited announced a non-brokered private placement of up to $4.2M at a 31% premium to market.",
        "Orvik Gold Limited hopes to secure up to C$11.5 million through a placement of new shares.",
        "Orvik Gold Limited said the private placing and subscription are expected to raise a further £15m.",
    ],
)
def test_a_placement_that_raises_money_is_a_funding_round(sentence):
    assert "funding_round" in event_types("July 10, 2025", sentence, title="Orvik Gold raises money")


def test_a_ticker_written_before_its_exchange_names_the_company():
    df = article_frames(
        "January 21, 2025",
        "This morning, Orvik Silver Corp. (ORVK:TSXV, ORVKF:OTC) announced a non-brokered private placement to raise "
        "up to $4.2M through the issuance of 10.5M units.",
        title="ORVK: Receives Strategic Investment",
    )["articles"]
    assert list(df["company"]) == ["Orvik Silver"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the completion of a deal, not a closure
        "On closing, the fund is expected to subscribe for 8,375,000 units and will own about 9.9% of Orvik.",
        # a quote
        "The offer values each share at 39 cents based on the last closing price of Orvik Mines before the bid.",
    ],
)
def test_a_deals_completion_or_a_closing_price_is_no_closure(sentence):
    assert "closure" not in event_types("July 10, 2025", sentence)


def test_a_day_is_no_bidders_name():
    df = article_frames(
        "October 1, 2019",
        "An all-stock takeover offer from abroad powered shares of a junior gold miner Tuesday.",
        title="Takeover bid lifts miner",
    )["events"]
    assert "Tuesday" not in set(df["counterparty"].dropna())


def test_a_deal_with_a_person_is_no_partnership():
    assert "partnership" not in event_types(
        "July 10, 2025", "Since announcing the deal with Mr. Sprott, Orvik Silver shares have dropped 20 cents."
    )


# --------------------------------------------------------------------------- layoffs


def _layoffs(*paragraphs: str, title: str = "Company news") -> list[tuple[int, int]]:
    df = article_frames("October 1, 2024", *paragraphs, title=title)["layoffs"]
    return sorted((int(lo), int(hi)) for lo, hi in zip(df["low"], df["high"], strict=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Across the country, Harbor Media slashed a reported 200 jobs on Thursday.", [(200, 200)]),
        ("The bank has set the target of lowering its headcount globally by 20,000 over two years.", [(20000, 20000)]),
        ("Ridgeway Devices now has about 16,500 employees, after letting go of 2,000 last summer.", [(2000, 2000)]),
        (
            "The prospect of job losses of between 40,000 to 55,000 could stoke anger among the unionised staff.",
            [(40000, 55000)],
        ),
        ("Reports indicate that around 1,000 temporary workers at Orvik Motors are likely to be hit.", [(1000, 1000)]),
        (
            "Orvik Motors is said to be planning to offer early retirement to some 500 to 600 workers in November.",
            [(500, 600)],
        ),
    ],
)
def test_job_cuts_told_in_more_ways(sentence, expected):
    assert _layoffs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Motors lowered its forecast by 20 percent.",
        "Orvik Motors has let go of 2,000 tonnes of stock last year.",
        "The plant will be hit by 1,000 tonnes of lower output.",
    ],
)
def test_no_layoff_in_look_alikes(sentence):
    assert _layoffs(sentence) == []


# --------------------------------------------------------------------------- the company: Asian names and headlines


def _company(title: str, *paragraphs: str, date: str = "January 2, 2024") -> str:
    df = article_frames(date, *paragraphs, title=title)["articles"]
    c = df["company"][0]
    return c if isinstance(c, str) else ""


def test_an_indonesian_company_without_pt_persero_or_tbk():
    names = [
        c.name
        for c in resolve_companies(
            "Growth leaders of 2023",
            "JAKARTA - Market capitalisation grew most at PT Sinar Harapan Energi Tbk (SNRG), while the largest is "
            "still PT Bank Rakyat Nusantara (Persero) Tbk (BBRN).",
        )
    ]
    assert sorted(names) == ["Bank Rakyat Nusantara", "Sinar Harapan Energi"]


@pytest.mark.parametrize(
    ("title", "body", "not_company"),
    [
        (
            "6 Hong Kong share listings this week set to raise up to US$458 million amid lacklustre year for IPOs",
            "A biotech company on Monday kicked off a string of six Hong Kong trading debuts this week. IPOs in the "
            "city will drop 14 per cent in deal volume this year.",
            {"Hong Kong", "IPOs"},
        ),
        (
            "Brussels closes higher as banks recover",
            "Brussels traders bought bank shares this morning. Its heavily bashed share rose by 5.9 per cent to 14.72 "
            "euro. Brussels was the best performing market in Europe.",
            {"Brussels"},
        ),
        (
            "Diwali stock picks 2025",
            "The brokerage has recommended 10 stocks for investors to buy this Diwali ahead of the special trading "
            "session on NSE and BSE.",
            {"Diwali"},
        ),
    ],
)
def test_a_place_a_plural_acronym_or_a_festival_is_no_company(title, body, not_company):
    assert _company(title, body) not in not_company


def test_a_full_name_with_the_short_form_the_headline_uses():
    assert (
        _company(
            "KAL stock surges 16 percent on Hong Kong market debut",
            "Chinese battery giant Kestrel Amperex Lithium (KAL) saw its stock surge 16 percent on its Hong Kong "
            "market debut.",
            "KAL's shares closed at HK$306.2 on Tuesday.",
            date="2025-05-20",
        )
        == "Kestrel Amperex Lithium"
    )


def test_a_regulators_short_form_is_no_company():
    assert _company(
        "RBI keeps rates unchanged",
        "The Reserve Bank of India (RBI) kept its policy rate unchanged on Friday. The RBI said inflation was easing.",
    ) in ("", None)


# --------------------------------------------------------------------------- prices: a basis price keeps its day


def _prices(date: str, *paragraphs: str, title: str = "Company news") -> list[tuple[float, str]]:
    df = article_frames(date, *paragraphs, title=title)["prices"]
    return sorted((float(p), str(d)[:10]) for p, d in zip(df["price"], df["date"], strict=True))


def test_a_day_after_the_basis_price_is_the_basis_prices():
    assert _prices(
        "December 15, 2020",
        "At 10.46 am, Kestrel Bank shares stood at RM5.66 with 4.08 million shares traded, down from RM5.85 at the "
        "close yesterday.",
        title="Kestrel Bank target raised",
    ) == [(5.66, "2020-12-15")]


def test_a_low_after_the_previous_close_is_the_sessions():
    assert _prices(
        "December 20, 2022",
        "Harlow Foods shares fell on Tuesday.",
        "The stock began the trading session at ₹576.10 apiece compared to the previous closing price of ₹589.05 "
        "and dipped further to hit an intraday low of ₹569.55, 3.31% down.",
        title="Harlow Foods promoters sell stake",
    ) == [(569.55, "2022-12-20"), (576.1, "2022-12-20"), (589.05, "2022-12-19")]


# --------------------------------------------------------------------------- a take-private by the company itself


@pytest.mark.parametrize(
    ("title", "sentence", "amount"),
    [
        (
            "Harbor Bank Shares Dip After $13.6 Billion Take-Private Deal For Kestrel Bank",
            "Harbor Bank (NYSE: HRBK) shares fell 7% on Thursday.",
            13.6e9,
        ),
        (
            "Harbor Bank shares dip",
            "Harbor Bank's (NYSE: HRBK) Hong Kong shares dropped over 7% on Thursday, after the lender announced plans "
            "to privatize its majority-owned local unit, Kestrel Bank (HKG: 0012).",
            None,
        ),
    ],
)
def test_the_companys_own_take_private_names_the_target(title, sentence, amount):
    df = article_frames("2025-10-09", sentence, title=title)["events"]
    acq = df[df["type"] == "acquisition"]
    assert list(acq["counterparty"]) == ["Kestrel Bank"]
    if amount:
        assert list(acq["amount_usd"]) == [amount]


# --------------------------------------------------------------------------- brokers and appointees


def _targets(date: str, *paragraphs: str, title: str = "Company news") -> list[tuple[str, str, float]]:
    return _target_rows(article_frames(date, *paragraphs, title=title)["targets"])


def _target_rows(df) -> list[tuple[str, str, float]]:
    """(company, firm, target) of the rows with a target, sorted."""
    return sorted(
        (c, f, float(t))
        for c, f, t in zip(df["company"], df["firm"], df["target"], strict=True)
        if t == t  # (a rating without a target)
    )


def test_a_broker_sharing_a_later_word_with_the_company_is_a_broker():
    assert _targets(
        "2025-08-25",
        "** Brokerages welcome Kestrel Energy’s C$7.9 billion deal to acquire a peer",
        "** Harlow Energy Research raises PT on KEN by C$2 to C$32, a premium of 51.2% to the stock’s close",
        "** As of last close, Kestrel Energy shares up 4.1% YTD",
        title="Brokerages cheer Kestrel Energy's deal",
    ) == [("Kestrel Energy", "Harlow Energy Research", 32.0)]


def test_they_three_sentences_after_the_analysts_firm():
    assert _targets(
        "November 16, 2022",
        "Orvik Stores (NYSE: ORVS) shares plunged more than 13% on Wednesday after the company reported its Q3 results.",
        "According to the analysts at RBC Capital, revised guidance implies EPS around $5.50 for the year. Taking into "
        "account the new margin estimate, the analysts believe the company is temporarily underearning. Following "
        "Wednesday’s sell-off, the analysts feel shares reflect downside risk. They lowered the price target to $206 "
        "from $223 while maintaining their Outperform rating.",
        title="Orvik Stores shares plummet 13 percent following Q3 report",
    ) == [("Orvik Stores", "RBC Capital", 206.0)]


def test_a_wire_slug_and_a_one_letter_ric_name_the_rated_company():
    assert _targets(
        "03/25/2024 10:56",
        "** Wells Fargo raises its price target on Harbor Bancorp H.N to $80 from $70, implying an upside of 31.5%",
        "** As of last close, Harbor Bancorp's stock had risen ~18% YTD",
        title="BUZZ-Harbor Bancorp PT raised at Wells Fargo as reorganization nears end",
    ) == [("Harbor Bancorp", "Wells Fargo", 80.0)]


def test_the_appointee_is_named_after_said_not_after_the_speakers_title():
    df = article_frames(
        "17/10/2012",
        "A statement from Chairman Michael Okafor said Daniel Reyes, previously chief executive for Europe, would "
        "succeed Pandit as CEO and as a board member.",
        title="Harbor Bank CEO resigns",
    )["events"]
    assert list(df[df["type"] == "executive_change"]["counterparty"]) == ["Daniel Reyes"]


# --------------------------------------------------------------------------- buybacks, a news clause's day, halts


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Air shares fell 7 per cent after it announced a bullish profit for the December half and a $500 "
        "million on-market share buyback.",
        "SEOUL: Kestrel Motor said on Wednesday it will buy back 1 trillion won ($716 million) worth of its own shares.",
    ],
)
def test_a_sized_buyback_told_late_in_the_sentence(sentence):
    assert "other" in event_types("February 23, 2023", sentence)


@pytest.mark.parametrize(
    ("lead", "sentence", "expected"),
    [
        (
            "Tokyo stocks fell sharply on Monday.",
            "Shares in Kestrel Electric, which lost 12 percent of their value on Friday, were again hit hard and "
            "closed down 8 percent at ¥1,821 (US$19.59).",
            [(1821.0, "2008-10-27")],
        ),
        (
            "Kestrel Electric and Harlow Electric shares plunged to their lowest levels in decades on Monday.",
            "Kestrel Electric, which reported a record $5.7 billion annual loss Friday, dived 5.11 percent to 1,151 yen "
            "by noon.",
            [(1151.0, "2008-10-27")],
        ),
    ],
)
def test_a_day_inside_a_which_clause_is_the_news_not_the_price(lead, sentence, expected):
    assert _prices("October 27, 2008", lead, sentence, title="Tokyo shares slide") == expected


def test_a_currency_quoted_to_the_dollar_is_no_price():
    assert _prices(
        "October 27, 2008",
        "Kestrel Electric shares closed down 8 percent at ¥1,821.",
        "It was trading at ¥92.85 to the US dollar at 4 p.m. on Monday afternoon, up 2.29 yen since Friday.",
        title="Tokyo shares slide",
    ) == [(1821.0, "2008-10-27")]


def test_the_last_trade_before_a_halt_is_the_previous_session():
    assert _prices(
        "SYDNEY, Feb 28, 2025",
        "Trading in troubled casino operator Orvik Leisure was paused on Friday as the company sought to free up cash.",
        "The company last traded at Aus$0.12 a share with a market capitalisation of Aus$344 million.",
        title="Trading halted in troubled casino firm",
    ) == [(0.12, "2025-02-27")]


# --------------------------------------------------------------------------- results told with their period


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said a slowing global economy hit demand and as a result net profit in the July to September "
        "period was down 21 percent against the same period last year.",
        "The restaurant operator said its profit slipped in its most recent quarter despite revenue climbing.",
        "Orvik Mining also released interim results for the six months to end March.",
    ],
)
def test_a_result_told_with_its_period_and_no_figure(sentence):
    assert "financial_result" in event_types("October 27, 2008", sentence, title="Orvik Mining shares fall")


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvik Mining will release interim results next week.",
        "Retail sales in the July to September period rose 2 percent, the statistics office said.",
    ],
)
def test_no_result_in_a_date_or_an_economys_figure(sentence):
    assert "financial_result" not in event_types("October 27, 2008", sentence, title="Orvik Mining shares fall")


# --------------------------------------------------------------------------- takeovers told in more ways


def _acquisitions(*paragraphs: str, title: str = "Company news", date: str = "2023-03-17") -> list[tuple]:
    df = article_frames(date, *paragraphs, title=title)["events"]
    acq = df[df["type"] == "acquisition"]
    return sorted((c, a if a == a else None) for c, a in zip(acq["counterparty"], acq["amount_usd"], strict=True))


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("British oil producer Kestrel Energy surges on acquisition deal with Orvik Refining", "Orvik Refining"),
        ("Australia’s Kestrel Care gets higher $1.3 billion offer from TPG, shares jump", "TPG"),
        (
            "After the acquisition by Orvik Supplies Limited, vehicle hiring company Kestrel Facilities (AIM: KFAC) "
            "surged more than 13% Thursday.",
            "Orvik Supplies Limited",
        ),
    ],
)
def test_a_takeover_named_by_its_buyer(sentence, party):
    assert [p for p, _ in _acquisitions(sentence)] == [party]


def test_the_value_a_takeover_puts_on_the_company_is_its_amount_and_the_headlines_deal_is_no_partnership():
    df = article_frames(
        "2023-03-17",
        "Shares in Kestrel Energy soared up to 31% after it agreed on Thursday to be bought by London-based oil "
        "refining firm Orvik Exploration & Production, valuing the British oil producer at 249 million pounds "
        "($300.6 million).",
        title="Kestrel Energy surges on deal with Orvik",
    )["events"]
    assert sorted(df["type"]) == ["acquisition"]
    assert list(df["amount_usd"]) == [300.6e6]


def test_a_startups_valuation_is_still_no_deal_amount():
    df = article_frames(
        "2023-03-17",
        "Kestrel Robotics raised $50 million from investors, valuing the startup at $2.4 billion.",
        title="Kestrel Robotics raises money",
    )["events"]
    assert "acquisition" not in set(df["type"])


# --------------------------------------------------------------------------- outlooks that are not the company's


@pytest.mark.parametrize(
    "sentence",
    [
        "Many other brokerages are also raising their forecasts for Orvik Minerals.",
        "Orvik Minerals shares fell 4.2% following a cut in the annual earnings forecast by Macquarie.",
        "S&P downgraded three banks and placed 10 others on negative outlook, including Orvik Minerals.",
        "The new shares were priced at KRW5,560 each, 27% lower than the initial guidance price.",
        "Its focus on speciality products is a key differentiator, said Credit Suisse which expects revenue of the "
        "domestic unit to grow at 20 per cent a year.",
        "The strong franc dilutes earnings per share, he said, and the investment firm expects EPS growth of 9% in "
        "2011.",
        "Orvik Minerals rose as strategists increased their year forecasts for European equity indexes.",
    ],
)
def test_a_brokers_or_an_agencys_outlook_is_no_guidance(sentence):
    assert "guidance" not in event_types("July 10, 2025", sentence, title="Orvik Minerals shares")


def test_the_companys_own_forecast_cut_is_still_guidance():
    assert "guidance" in event_types(
        "July 10, 2025", "Orvik Minerals cut its annual earnings forecast on Monday.", title="Orvik Minerals"
    )


# --------------------------------------------------------------------------- a list of firms with arrows


def test_a_list_of_firms_each_with_its_old_and_new_target_after_an_arrow():
    df = article_frames(
        "08/04/2023 03:00 AM",
        "Securities firms are raising their standards for Orvik Pharma. Hanul Securities (KRW 80,000→100,000), "
        "Daemyung Investment & Securities (KRW 100,000→110,000), and eSun Investment & Securities (KRW 78,000→88,000) "
        "have raised their target prices.",
        title="Shares of Orvik Pharma post 52-week high",
    )["targets"]
    rows = sorted(zip(df["firm"], df["target"], df["previous_target"], df["currency"], strict=True))
    assert rows == [
        ("Daemyung Investment & Securities", 110000.0, 100000.0, "KRW"),
        ("Hanul Securities", 100000.0, 80000.0, "KRW"),
        ("eSun Investment & Securities", 88000.0, 78000.0, "KRW"),
    ]


def test_an_arrow_without_a_target_word_is_no_target():
    df = article_frames(
        "08/04/2023 03:00 AM",
        "Hanul Securities (KRW 80,000→100,000) expects operating profit to rise.",
        title="Orvik Pharma",
    )["targets"]
    assert df.empty


# --------------------------------------------------------------------------- prices: asides and reaches


def test_a_whose_aside_does_not_veto_the_move_after_it():
    assert _prices(
        "2014-05-05",
        "Kestrel Holdings, whose largest shareholder is state owned Investment Corporation of Dubai, rose 7.3 per "
        "cent to Dh2.34.",
        title="Dubai stocks rally",
    ) == [(2.34, "2014-05-05")]


def test_a_move_to_reach_a_price():
    assert _prices(
        "November 13, 2023",
        "Orvik Metals shares rose 50 percent on Monday to reach C$0.66.",
        title="Orvik Metals gains",
    ) == [(0.66, "2023-11-13")]


def test_a_price_the_shares_are_likely_to_reach_is_no_price():
    assert _prices(
        "June 2, 2017",
        "A short seller published a report saying the company’s shares are likely to reach US$20 on the Nasdaq within "
        "24 months. On Thursday, Orvik Mobile shares were trading at US$11.61.",
        title="Orvik Mobile shares jump",
    ) == [(11.61, "2017-06-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Motor pledged a 500 billion yen ($3.4 billion) share buyback of up to 10% of its shares on Tuesday.",
        "Kestrel Motor said the dividend will be suspended from the fourth quarter until cash flows improve.",
        "Kestrel Motor stock fell after it reported a net loss and said its dividend will be reduced by 76 per cent.",
    ],
)
def test_a_buyback_sized_in_yen_and_a_dividend_cut_in_the_passive(sentence):
    assert "other" in event_types("July 10, 2025", sentence, title="Kestrel Motor news")


def test_analysts_expecting_a_dividend_cut_is_no_event():
    assert "other" not in event_types(
        "July 10, 2025",
        "Kestrel Motor has a 5% dividend yield, and analysts expect the dividend will be cut.",
        title="Kestrel Motor",
    )


# --------------------------------------------------------------------------- departures told with the person after


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Earlier on Thursday, Orvik Building took the unusual step of dumping its chief executive Mark Adamson, "
            "who leaves immediately.",
            "Mark Adamson",
        ),
        (
            "Orvik Building said its board accepted the resignation of Carlos Tavera as CEO with immediate effect.",
            "Carlos Tavera",
        ),
        ("Orvik Building also announced the departure of Chief Financial Officer Coram Wells.", "Coram Wells"),
    ],
)
def test_a_departure_with_the_person_after_it(sentence, person):
    df = article_frames("2024-05-10", sentence, title="Orvik Building shares fall")["events"]
    assert list(df[df["type"] == "executive_change"]["counterparty"]) == [person]


def test_a_head_of_states_exit_is_no_executive_change():
    assert "executive_change" not in event_types(
        "July 10, 2025",
        "Platinum shares rose on optimism that new political leadership, following the exit of president Robert "
        "Mugabe, will support Orvik Platinum's interests in the country.",
        title="Platinum shares rise",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Orvik Electronics will cut a total of 10.000 jobs worldwide over the next two years.", [(10000, 10000)]),
        (
            "The approximately 1,000 cuts will be across the board, but most will affect jobs in recruiting and sales.",
            [(1000, 1000)],
        ),
        (
            "Orvik Chips began laying off employees, numbering more than 529, at its Oregon facility.",
            [(529, 529)],
        ),
    ],
)
def test_more_counts_of_job_cuts(sentence, expected):
    assert _layoffs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The central bank made 25 basis point cuts to help jobs growth.", "Orvik made 300 cuts to its product range."],
)
def test_cuts_that_are_not_jobs(sentence):
    assert _layoffs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "not_type"),
    [
        ("Orvik Motors reached a landmark agreement with workers to cut as many as 30,000 jobs.", "partnership"),
        ("The company also announced a deal with the works council, pledging no forced layoffs.", "partnership"),
        ("The group's fund unit posted an investment loss of 352.7 billion yen.", "investment"),
        ("CLSA said the triggers make Orvik Motors an attractive investment.", "investment"),
        ("Investors who bought $1,000 of Orvik Motors shares would now hold an investment worth $2,062.", "investment"),
    ],
)
def test_labour_deals_and_investment_yardsticks_are_no_deals(sentence, not_type):
    assert not_type not in event_types("July 10, 2025", sentence, title="Orvik Motors news")


def test_a_deal_with_another_company_is_still_a_partnership():
    assert "partnership" in event_types(
        "July 10, 2025", "Orvik Motors signed an agreement with Harlow Bank to develop car payments."
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Orvik Stores Will Cut Up To 400 Jobs, Mostly In The Seattle Area",
            "Orvik Stores said it's planning to cut 350 to 400 jobs, mostly in the Seattle area.",
            [(350, 400)],
        ),
        (
            "Orvik Industrial cutting 17K jobs worldwide to cut costs",
            "Orvik Industrial said Tuesday it would cut 16,750 jobs, or 4.2 percent of its global work force.",
            [(16750, 16750)],
        ),
        (
            "Orvik Industrial to cut 2,000 jobs",
            "Orvik Industrial said Tuesday it would cut 2,000 jobs. It cut 1,000 jobs last year.",
            [(1000, 1000), (2000, 2000)],
        ),
    ],
)
def test_a_headline_figure_that_rounds_or_caps_the_body_figure_is_no_second_round(title, body, expected):
    assert _layoffs(body, title=title) == expected


# --------------------------------------------------------------------------- earnings dates


@pytest.mark.parametrize(
    ("date", "sentence", "day"),
    [
        ("2017-07-20", "Orvik Chips' fiscal Q2 report is due Aug. 10.", "2017-08-10"),
        ("2026-02-01", "Orvik Stores' fiscal Q4 report is scheduled for February 19.", "2026-02-19"),
        ("2012-05-30", "Orvik Mobile's next financial update is scheduled for June 28.", "2012-06-28"),
        ("2018-02-01", "Orvik Stores expects to report on 22 February.", "2018-02-22"),
        (
            "2018-05-04",
            "The chief executive will formally announce the job losses during Orvik Telecom's financial results on "
            "Thursday next week.",
            "2018-05-10",
        ),
    ],
)
def test_an_earnings_date_told_in_more_ways(date, sentence, day):
    df = article_frames(date, sentence, title="Orvik news")["events"]
    assert [str(d)[:10] for t, d in zip(df["type"], df["date"], strict=True) if t == "earnings_date"] == [day]


def test_reporting_on_progress_is_no_earnings_date():
    assert "earnings_date" not in event_types("2018-02-01", "Orvik Stores said it would report on progress in March.")


def test_a_warning_given_in_a_month_is_dated_that_month():
    df = article_frames(
        "2018-06-20",
        "Orvik Telecom warned in May that earnings for the current fiscal year will likely be at the bottom of its "
        "guidance range.",
        title="Orvik Telecom to cut jobs",
    )["events"]
    assert [str(d) for t, d in zip(df["type"], df["date"], strict=True) if t == "guidance"] == ["2018-05"]


def test_the_companys_short_form_is_no_broker():
    df = article_frames(
        "03/25/2024 10:56",
        "** Wells Fargo raises its price target on Harbor Bancorp H.N to $80 from $70",
        "** This week's completion of Harbor's reorganization increases confidence in the bank, brokerage says, "
        "maintains 'overweight' rating",
        title="BUZZ-Harbor Bancorp PT raised at Wells Fargo",
    )["targets"]
    assert _target_rows(df) == [("Harbor Bancorp", "Wells Fargo", 80.0)]
    assert "Harbor" not in set(df["firm"])
    assert list(df["rating"]) == ["overweight"]  # the bullet's "brokerage says, maintains" is the broker's


def test_a_brokers_name_sharing_a_stem_with_the_company_is_still_a_broker():
    rows = _targets(
        "2026-03-09",
        "Bank of America lowered their price target on American Kestrel Power (NYSE: AKP) from $11.80 to $10.80 and "
        'set an "Outperform" rating on the stock.',
        title="American Kestrel Power price target lowered",
    )
    assert [(f, t) for _, f, t in rows] == [("Bank of America", 10.8)]
