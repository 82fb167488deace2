"""Round five of real-outlet patterns, as our own sentences: round-ups that name several employers, results digests
and market wraps that report several companies' results, and a digest's table lines ("Revenue up 8.9% at ...").
"""

from __future__ import annotations

import pytest
from article_frames import article_frames


def _layoffs(title: str, *paragraphs: str) -> list[tuple]:
    df = article_frames("March 3, 2025", *paragraphs, title=title)["layoffs"]
    return sorted(zip(df["company"], df["low"].astype(int), df["kind"], strict=True))


ROUNDUP = (
    "Halden Publishing, Carrow Bank and Westline Telecom",
    "Education publisher Halden Publishing said it would cut 2,000 jobs, or 9% of its workforce.",
    "Carrow Bank also announced that it will cut about 800 jobs in its markets business and close a trading desk "
    "in Singapore.",
    "The latest Carrow Bank cull comes on top of the 5,000 jobs cut since 2019 and the plan to chop a further "
    "6,000 roles announced by its new chief executive.",
    "In the telecoms sector, Westline Telecom said it was cutting 600 jobs.",
    "Brindley Forge told 120 staff they are in line for redundancy, just days after Ostrava Steel cut 900 jobs at "
    "its Welsh plant.",
    "Fenmart is set to cut 700 jobs, including at its head office, where 2,500 people are employed.",
)


def test_a_round_up_keeps_every_employers_cuts_under_its_own_name():
    assert _layoffs(*ROUNDUP) == [
        ("Brindley Forge", 120, "round"),
        ("Carrow Bank", 800, "round"),
        ("Carrow Bank", 5000, "cumulative"),  # "the 5,000 jobs cut since 2019": a running total
        ("Carrow Bank", 6000, "round"),  # "chop a further 6,000 roles"
        ("Fenmart", 700, "round"),  # 2,500 is a headcount
        ("Halden Publishing", 2000, "round"),
        ("Ostrava Steel", 900, "round"),  # the employer of a "just days after" clause
        ("Westline Telecom", 600, "round"),
    ]


def test_a_two_company_headline_is_a_round_up_and_a_spokeswoman_is_not_the_employer():
    got = _layoffs(
        "Northgate Pipelines and Elmore Power confirm layoffs in a hard week for the city",
        "Both Northgate Pipelines Corp. and city-owned Elmore Power Corp. confirmed they laid off staff on Wednesday.",
        "Elmore Power spokeswoman Dana Whitcombe said the utility cut 45 positions on Wednesday.",
        "On Monday, the city's largest pipeline company, Kestrel Midstream Inc., laid off 300 staff.",
    )
    assert got == [("Elmore Power", 45, "round"), ("Kestrel Midstream", 300, "round")]


def test_a_single_company_story_still_leaves_other_employers_cuts_out():
    got = _layoffs(
        "Tarkesh Motors to cut 1,200 jobs",
        "Tarkesh Motors said on Monday it would cut 1,200 jobs.",
        "This comes days after Ridgeway Autos announced 3,000 jobs would be lost.",
    )
    assert got == [("Tarkesh Motors", 1200, "round")]


def _results(title: str, *paragraphs: str) -> list[str | None]:
    df = article_frames("Nov 07, 2023", *paragraphs, title=title)["events"]
    return sorted(df.loc[df["type"] == "financial_result", "company"].fillna("").tolist())


def test_a_results_digest_gives_each_company_its_own_result():
    got = _results(
        "Harwick Q2 Profit Rises, Selwyn Cement Revenue Soars - Earnings Wrap",
        "Here are the major quarterly results announced after market hours on Tuesday.",
        "Selwyn Cement Ltd.'s second quarter profit doubled, beating analysts' estimates.",
        "The cement maker's profit rose 2.4 times year-on-year to Rs 446.6 crore in the quarter ended September.",
        "Selwyn Cement Q2 FY24 (Consolidated, YoY)",
        "Revenue up 18.87% at Rs 4,800 crore vs Rs 4,038 crore.",
        "Reported profit up 2.44 times at Rs 446.6 crore vs Rs 183.2 crore.",
        "Dalmore Chemicals Q2 FY24 (Consolidated, YoY)",
        "Revenue up 8.93% at Rs 881.74 crore vs Rs 809.44 crore.",
        "Net profit up 35.56% at Rs 150.59 crore vs Rs 111.08 crore.",
        "Prakash Textiles Q2 FY24 (Consolidated, YoY)",
        "Revenue up 0.56% at Rs 639.3 crore vs Rs 635.7 crore.",
        "Reported profit down 12.63% at Rs 35.9 crore vs Rs 41.1 crore.",
    )
    assert got == ["Dalmore Chemicals", "Prakash Textiles", "Selwyn Cement"]


def test_a_market_wrap_gives_each_mover_its_own_result():
    got = _results(
        "Europe movers: Norberg Packaging, Castlegate Bank",
        "Castlegate Bank increased 5.4% to 732.60 pence after the lender reported stronger-than-expected "
        "first-quarter profit.",
        "Norberg Packaging Group advanced 4.5% to 3,638.0 pence after the packaging maker reported first-quarter "
        "revenue of €2.7 billion.",
    )
    assert len(got) == 2 and got[1] == "Norberg Packaging Group"


@pytest.mark.parametrize(
    "line",
    ["Revenue up 8.93% at Rs 881.74 crore vs Rs 809.44 crore.", "Net profit down 12% to $35.9 million."],
)
def test_a_digest_table_line_is_a_result(line):
    df = article_frames("Nov 07, 2023", "Dalmore Chemicals Q2 FY24 (Consolidated, YoY)", line, title="Results")[
        "events"
    ]
    assert df["type"].tolist() == ["financial_result"]


def test_two_companies_at_one_price_are_two_prices():
    df = article_frames(
        "June 4, 2024",
        "Harte Minerals Ltd. (TSXV:HMX). Up 1.5 cents or 37.5 per cent to 5.5 cents.",
        "Lanark Fashions Inc. (TSXV:LFI). Up 1.5 cents or 37.5 per cent to 5.5 cents.",
        title="Most actively traded companies on the TSX Venture",
    )["prices"]
    assert sorted(df["company"]) == ["Harte Minerals", "Lanark Fashions"]


def _events(title: str, *paragraphs: str, date_line: str = "May 9, 2024") -> list[tuple]:
    df = article_frames(date_line, *paragraphs, title=title)["events"]
    return sorted(
        (t, None if a != a else round(float(a)))
        for t, a in zip(df["type"], df["amount_usd"], strict=True)
        if t != "layoff"
    )


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (  # the bracketed dollar figure after a euro amount is the deal's amount in dollars
            "Norvane Bank to buy Castel units for €9.5bn",
            "Norvane Bank said this morning it was paying €9.5 billion ($13.1 billion) to take control of "
            "financial group Castel's operations in Belgium.",
            [("acquisition", 13_100_000_000)],
        ),
        (  # on the ASX, "A$104 million ($109 million)": the bare $ in brackets is the US dollar
            "Kestrel Oil agrees Corran deal",
            "Kestrel Oil (ASX: KOL) agreed to buy Corran Energy. The A$104 million ($109 million) acquisition "
            "would give Kestrel three new fields.",
            [("acquisition", 109_000_000)],
        ),
        (  # a result stated as a move, and a forecast whose yen figure is given in dollars
            "Tamura Motor profit slides",
            "Tamura Motor posted a bigger-than-expected 28 percent drop in quarterly net profit, and expects this "
            "year's net profit to sink 27 percent to 1.25 trillion yen ($12 billion).",
            [("financial_result", None), ("guidance", 12_000_000_000)],
        ),
        (  # the figure a dollar value is given for is the result's amount
            "Verbier Pharma profit rises",
            "Verbier Pharma said second-quarter sales rose to 8.1 billion euros, while net profit rose 12 percent "
            "to 777 million euros ($1.04 billion).",
            [("financial_result", 1_040_000_000)],
        ),
    ],
)
def test_dollar_equivalents_in_brackets(title, sentence, expected):
    assert _events(title, sentence) == expected


NO_EVENT = [
    ("Tarn Systems shares fall", 'The company also said it had been "unable to secure a deal on acceptable commercial '
     'terms" with Arcadia.'),
    ("Tarn Systems shares fall", "The company has decided to write down the full carrying value of its 20 per cent "
     "stake in Austin Pty Ltd."),
    ("Tarn Systems shares fall", "Investors dumped the shares after the company released an announcement to the "
     "market."),
    ("Tarn Systems shares fall", "Workers claim the layoffs are being rolled out over three days."),
    ("Tarn Systems shares fall", "The country's Foreign Investment Review Board must approve any deal."),
    ("Tarn Systems shares fall", "Tarn Systems shares are currently priced at 53.00x this year's forecasted earnings."),
    ("Tarn Systems shares fall", '"Investors will wait to see if companies revise up earnings forecasts in July," the '
     "strategist said."),
    ("Movers", "Chimera Investment Corp. (CIM US) slid 8 percent to $2.99."),
    ("Movers", "Russ Mould, investment director at AJ Bell, said the shares rose."),
    ("Movers", "The household goods giant has launched the hunt for his replacement."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentence"), NO_EVENT, ids=[s[:40] for _, s in NO_EVENT])
def test_words_that_are_no_event(title, sentence):
    assert _events(title, sentence) == []


def test_a_target_restated_with_it_and_a_price_before_results_are_no_share_prices():
    frames = article_frames(
        "January 11, 2018",
        "Kelso Stores stock closed at $70.73 on January 10, 2018.",
        "Besides Arden Partners, Marlow Securities increased its target price to $82 per share from $67, while "
        "Penrose Capital raised it to $73 from $70.",
        "The firm also lowered Kelso's stock rating to $60.",
        "At the close on Monday, shares were down 38 percent at $2.91, compared to $4.69 before it announced its "
        "quarterly results.",
        title="Analysts raise price target on Kelso Stores",
    )
    assert sorted(frames["prices"]["price"]) == [2.91, 70.73]
    assert sorted(zip(frames["targets"]["firm"], frames["targets"]["target"], strict=True)) == [
        ("Marlow Securities", 82.0),
        ("Penrose Capital", 73.0),
    ]


def test_a_wrap_reads_each_clauses_company_and_todays_report_dates():
    df = article_frames(
        "Nov 4, 2021",
        "Outside the top flight, shares in Harlow Kitchens were 4% higher after the kitchen supplier said its UK "
        "revenues rose 5.9% in the first 16 weeks of the year, but online retailer Quayside slumped 13% after it "
        "reported weaker-than-expected sales growth.",
        "Support services group Brantley followed the miners to the top of the risers board, cheering 16p to "
        "365.25p following an 18% hike in first-half profits.",
        "Marukawa Motors rallied 3.27 percent to 379 yen ahead of its earnings report due after market close.",
        "Kitano Games was down 1.66 percent. The game maker announces its earnings later Thursday.",
        title="Tokyo and London stocks: biggest risers and fallers",
    )["events"]
    results = sorted(df.loc[df["type"] == "financial_result", "company"])
    assert results == ["Brantley", "Harlow Kitchens", "Quayside"]
    dates = df.loc[df["type"] == "earnings_date"]
    assert sorted(dates["company"]) == ["Kitano Games", "Marukawa Motors"]
    assert set(dates["date"].astype(str)) == {"2021-11-04"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a sale told by the seller: the buyer is the counterparty
            "Norrvik Steel rose after news that it had sold its pipe unit Ostby Tubulars to Kesler for 24 billion "
            "kronor.",
            ("acquisition", "Kesler"),
        ),
        (  # a bid told by its target
            "Lindell shares jumped 27% on Monday after it said it had received a A$1.2 billion bid from Sakura "
            "Financial Group.",
            ("acquisition", "Sakura Financial Group"),
        ),
        (
            "Its long-standing chief executive, Rolf Amsel, will stand down as soon as a successor is found.",
            ("executive_change", None),
        ),
        ("The company also aims for an operating profit of 380 billion yen in fiscal 2026.", ("guidance", None)),
        (
            "Loss before tax grew from A$1.6 million to A$1.7 million as the retailer took a charge.",
            ("financial_result", None),
        ),
        (
            "Kestrel said its statutory net profit had grown 3.7 per cent in the fiscal year.",
            ("financial_result", None),
        ),
    ],
)
def test_seller_target_and_reported_speech_events(sentence, expected):
    df = article_frames("Feb 26, 2024", sentence, title="Company news")["events"]
    got = [(t, c if isinstance(c, str) else None) for t, c in zip(df["type"], df["counterparty"], strict=True)]
    kind, party = expected
    assert [t for t, _ in got] == [kind]
    if party:
        assert got[0][1] == party


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokeswoman said Mr Amsel reached a mutual agreement with the board to step down from his post.",
        "Currently, with a turnover of €9 billion, Kestrel employs 46,000 workers in this sector.",
        "Three takeover targets faced bids made on Monday in a year-end rush of deals involving listed companies.",
        "Equities researchers and analysts have sharply revised their forecasts for the performance of the shares.",
    ],
)
def test_more_words_that_are_no_event(sentence):
    df = article_frames("Feb 26, 2024", sentence, title="Company news")["events"]
    assert set(df["type"]) <= {"executive_change"}  # the step-down itself may be read; no deal, result or outlook


def test_results_just_posted_give_no_report_date():
    df = article_frames(
        "Feb 26, 2024",
        "Kestrel Group fell 6.6 per cent after the supermarket group posted its half-year earnings and announced "
        "its chief executive would retire in September.",
        title="Kestrel shares fall",
    )["events"]
    assert "earnings_date" not in set(df["type"])


def test_respectively_pairs_firms_with_their_targets():
    df = article_frames(
        "Oct 26, 2023",
        "Two brokerages, CLSA and Macquarie have maintained an 'outperform' rating on Tarkesh Motors stock with a "
        "target of Rs 1,133 and Rs 1,028, respectively.",
        "Goldman Sachs, Citi and Nomura kept 'buy' calls with targets of Rs 3,600, Rs 3,700 and Rs 3,650, "
        "respectively.",
        title="Brokerages on Tarkesh Motors",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [
        ("CLSA", 1133.0),
        ("Citi", 3700.0),
        ("Goldman Sachs", 3600.0),
        ("Macquarie", 1028.0),
        ("Nomura", 3650.0),
    ]


def test_half_of_a_sites_jobs_is_not_that_many_cuts():
    got = _layoffs(
        "Kestrel cuts jobs",
        "Kestrel said on Tuesday that in Nuremberg, 700 jobs will be cut and in Ruhstorf, half of the 1,300 jobs "
        "will go.",
    )
    assert [n for _, n, _ in got] == [700]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("British engineering firm agrees £6.3bn takeover", "The board agreed the £6.3bn offer on Monday.", None),
        (
            "Most actively traded companies on the TSX",
            "The Kinsale Cannabis Co. Inc. (TSX:KNC). Health care. Up 2 cents to 40 cents.",
            "Kinsale Cannabis",
        ),
    ],
)
def test_amounts_and_legal_forms_are_not_company_names(title, body, expected):
    from data_layer.companies import resolve_companies

    names = [c.name for c in resolve_companies(title, body)]
    assert all(not n[:1].isdigit() and n not in ("Inc", "Co") for n in names)
    if expected:
        assert names[0] == expected


def test_movers_rows_with_dotted_tickers_and_extra_brackets():
    df = article_frames(
        "Feb 13, 2017",
        "FTSE 250 fallers",
        "Harrow Diamonds Ltd.(DI) (HDL) 152.90p -1.35%\nBO World (BO.) 289.50p 3.39%\n"
        "777 Holdings (DI) (777) 84.05p 3.00%\nWeald Group (John) (WG.) 140.20p -3.11%",
        title="FTSE 250 movers: miners fall",
    )["prices"]
    assert sorted(df["price"]) == [84.05, 140.2, 152.9, 289.5]
    yen = article_frames(
        "Dec 21, 2023",
        "Other automakers were also down, with Mazda plunging 2.96 percent to 562.1 Yen.",
        title="Tokyo stocks end lower",
    )["prices"]
    assert list(zip(yen["price"], yen["currency"], strict=True)) == [(562.1, "JPY")]


def test_a_two_letter_company_keeps_its_own_layoff_range():
    got = _layoffs(
        "HP to cut more jobs",
        "HP announced Thursday that it will cut an additional 11,000 to 16,000 jobs, after previously revealing "
        "plans for 34,000 layoffs.",
    )
    assert [(n, k) for _, n, k in got] == [(11000, "round"), (34000, "round")]


def test_a_year_after_the_price_does_not_date_it():
    df = article_frames(
        "Jan 19, 2017",
        "Amec Foster Wheeler (AMFW) slumped 18.3% to 478.3p on an uncertain outlook statement for 2017.",
        "TSLA is up 2.6% this morning at $255.70 on reports its supplier will expand next year.",
        title="FTSE 250 slumps on profit warnings",
    )["prices"]
    assert sorted(zip(df["price"], df["date"].astype(str), strict=True)) == [
        (255.7, "2017-01-19"),
        (478.3, "2017-01-19"),
    ]


def test_analyst_surnames_and_exchange_codes_are_not_firms():
    df = article_frames(
        "Jan 19, 2024",
        "Citigroup analyst Patrick Conway kept a neutral rating on Delmar Chemical.",
        "In the latest update, Conway lowered the price target for Delmar from $30.00 to $28.00.",
        "Berenberg Bank has resumed its positive stance on Kestrel Energy (LON, NYSE: KES) by returning the stock to "
        "'buy', raising the target price to 710p (670p).",
        title="Brokers on Delmar and Kestrel",
    )["targets"]
    assert sorted(zip(df["firm"], df["target"], strict=True)) == [("Berenberg Bank", 710.0), ("Citigroup", 28.0)]


def test_square_bracket_tickers_and_a_shared_word_is_not_self():
    from data_layer.companies import resolve_companies

    assert [(c.name, c.ticker) for c in resolve_companies("Core shares lift", "Core Lithium [ASX:CXO] shares lifted.")][
        :1
    ] == [("Core Lithium", "CXO")]
    df = article_frames(
        "Dec 26, 2024",
        "Shree India Securities Limited rose 5% on Thursday, December 26, 2024, after it agreed to acquire a 4.95% "
        "stake in the Metropolitan Stock Exchange of India Limited.",
        title="Shree India Securities shares rise",
    )["events"]
    assert df["counterparty"].tolist() == ["Metropolitan Stock Exchange of India Limited"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "The net loss will reach 37.2 billion yen ($329 million) in the year ending March 31, the company "
                "reported on Friday.",
                "That's narrower than the company's previous forecast for a 41.8 billion yen shortfall.",
            ],
            [("guidance", 329_000_000)],
        ),
        (
            [
                "Third quarter results showed core earnings in the nine months to 30 September were 4% higher "
                "year-on-year to £4.9bn."
            ],
            [("financial_result", None)],
        ),
        (
            [
                "Today, the company announced that it had entered into a definitive arrangement agreement with "
                "Sanwa Pharma Corp.",
                "Under the agreement, Sanwa will acquire all of the issued and outstanding common shares of Kestrel "
                "for $1.16 in cash per share.",
            ],
            [("acquisition", None)],
        ),
        (["Kestrel has now made available a filing on its funding."], []),
        (["Debt reduction will be in line with previous guidance, the company said."], []),
    ],
)
def test_forecasts_told_as_will_and_takeovers_by_arrangement(sentences, expected):
    assert _events("Kestrel news", *sentences, date_line="Feb 3, 2023") == expected


def test_a_wire_overview_in_capitals_gives_one_row_per_item():
    items = (
        "- BARCLAYS RAISES HALDEN PRICE TARGET TO 1400 (1230) PENCE - 'OVERWEIGHT' - BARCLAYS RAISES CARROW BANK "
        "TARGET TO 1900 (1600) PENCE - 'EQUAL WEIGHT' - BOFA RAISES WESTLINE PRICE TARGET TO 530 (490) PENCE - 'BUY' "
        "- DEUTSCHE BANK RESEARCH CUTS FENMART GROUP TARGET TO 1200 (1360) PENCE - 'BUY' - JEFFERIES CUTS BRINDLEY "
        "PRICE TARGET TO 414 (447) PENCE - 'HOLD'"
    )
    df = article_frames("", items, title="dpa-AFX Overview: Analyst recommendations on U.K. stocks")["targets"]
    got = sorted(zip(df["firm"], df["target"], df["currency"], df["rating_class"], strict=True))
    assert got == [
        ("Barclays", 1400.0, "GBX", "buy"),
        ("Barclays", 1900.0, "GBX", "hold"),
        ("BofA", 530.0, "GBX", "buy"),
        ("Deutsche Bank Research", 1200.0, "GBX", "buy"),
        ("Jefferies", 414.0, "GBX", "hold"),
    ]
    assert all(e.isupper() or not e.isalpha() for e in df["evidence"].str.replace(r"[^A-Za-z]", "", regex=True))


def test_a_bare_upgrade_line_is_a_rating_action():
    df = article_frames(
        "Jan 19, 2017",
        "- JPMorgan Cazenove downgrades Harlow Hotels Group",
        "- Shore Capital upgrades Marlow Paving",
        "Bank of America Merrill Lynch has upgraded Weald Group to 'buy' from 'neutral', price target increased to "
        "1,040 pence per share from 940 pence.",
        title="Round-up: broker upgrades and downgrades",
    )["targets"]
    assert sorted(df["firm"]) == ["Bank of America Merrill Lynch", "JPMorgan Cazenove", "Shore Capital"]


@pytest.mark.parametrize(
    ("title", "sentences", "party"),
    [
        (
            "Harlow Line rejects Corran bid",
            [
                "Shares of insurer Harlow Line jumped 39% after it said a takeover offer from rival Corran "
                "'substantially undervalued' the company.",
                "Corran announced Wednesday it had made a full acquisition bid for the company on Nov. 19.",
            ],
            "Corran",
        ),
        (
            "Tamsin Uranium soars on bid",
            [
                "Shares in Perth-based uranium company Tamsin Uranium Ltd have soared on a scrip offer worth almost "
                "$222 million from London-listed Kestrel Mining Plc."
            ],
            "Kestrel Mining",
        ),
    ],
)
def test_bids_told_by_their_target(title, sentences, party):
    df = article_frames("Dec 27, 2024", *sentences, title=title)["events"]
    assert df["type"].tolist() == ["acquisition"]
    assert df["counterparty"].iloc[0].startswith(party)


def test_a_previous_close_dates_its_own_amount_only():
    df = article_frames(
        "June 7, 2024",
        "Shares of Kestrel rallied 5.5% to an intraday high of Rs 486.40 from its previous close of Rs 461.",
        title="Kestrel shares jump 5%",
    )["prices"]
    assert sorted(zip(df["price"], df["date"].astype(str), strict=True)) == [
        (461.0, "2024-06-06"),
        (486.4, "2024-06-07"),
    ]


def test_a_target_the_company_will_miss_and_hyphenated_amounts():
    from data_layer.extract._money import parse_money

    assert [(m.value, m.currency) for m in parse_money("a 100-million-euro ($120.5-million) rise")] == [
        (100_000_000.0, "EUR"),
        (120_500_000.0, "USD"),
    ]
    got = _events(
        "Kestrel seeks to soothe investors",
        "Kestrel announced earlier Friday it would not achieve a 100-million-euro ($120.5-million) operating profit "
        "in 2017 as predicted in April.",
        "Elara Capital has also recommended investing in Harlow Infra shares.",
    )
    assert got == [("guidance", 120_500_000)]


def test_a_wrap_reads_results_per_share_and_each_movers_company():
    df = article_frames(
        "Mar 24, 2010",
        "Kowloon Sky Medical Inc. (KSM US) rose 26 percent to $14.05. The drug maker and distributor in China said "
        "fourth-quarter profit increased to 45 cents a share from 25 cents as sales more than doubled.",
        "Crestline Holdings Inc. (CRH US) rose 7.3 percent to $24.10. The maker of beverage cans posted first-quarter "
        "profit excluding some items of 28 cents a share, beating the average analyst estimate.",
        "Job cuts at Brindley (ASX:BRN) and strong results from Marlow (ASX:MRW) lifted sentiment.",
        title="Stocks on the move: Kowloon Sky, Crestline",
    )["events"]
    results = df[df["type"] == "financial_result"]
    assert sorted(results["company"]) == ["Crestline Holdings", "Kowloon Sky Medical", "Marlow"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Late-stage private-equity investment rose by 57 per cent to $1.6 billion."], []),
        (["The UK kept its place, ranked third globally in VC investment behind China and the US."], []),
        (["Since launching its app in May 2017, Kestrel has built up 30,000 accounts."], []),
        (["Kestrel beat analysts' estimates for third-quarter profit on Tuesday."], [("financial_result", None)]),
        (["Activist investor Murakami plans a tender offer for Kestrel shares."], [("acquisition", None)]),
        (
            [
                "Kestrel investors reacted positively to the news that Playvale wants to buy the Angry Pets developer.",
                "Playvale intends to pay €683 million or $737.5 million in total.",
            ],
            [("acquisition", 737_500_000)],
        ),
    ],
)
def test_statistics_background_and_deals_told_in_two_sentences(sentences, expected):
    title = "Playvale to buy Kestrel" if len(sentences) > 1 else "Kestrel news"
    assert _events(title, *sentences, date_line="Nov 5, 2019") == expected


def test_analyst_note_wording():
    df = article_frames(
        "",
        "Meanwhile, Goldman Sachs analyst Mike Burton had a change of heart on Kestrel Corp (KES), flipping his "
        "rating from Sell all the way to Neutral.",
        "Barclays analyst Richard Hale upgraded Harlow Homes Inc (HHI) from Equal-Weight to Overweight. Here's the "
        "interesting bit: he actually lowered the price target from $229 to $216.",
        "In a 12-page note, Citigroup - one of the banks which helped float Marlow at 195p last year - cut its price "
        "target from 115p to 90p.",
        "After Brindley's joint broker, Merrill Lynch, yesterday slapped a sell note on the company, it was Marlow's "
        "turn.",
        "Sometimes analysts rate a stock outperform for years.",
        title="Kestrel Corp, Harlow Homes and Marlow: Tuesday's analyst upgrades and downgrades",
    )["targets"]
    got = sorted(
        (f, r.lower() if isinstance(r, str) else None, None if t != t else t)
        for f, r, t in zip(df["firm"], df["rating"], df["target"], strict=True)
    )
    assert got == [
        ("Barclays", "overweight", 216.0),
        ("Citigroup", None, 90.0),
        ("Goldman Sachs", "neutral", None),
        ("Merrill Lynch", "sell", None),
    ]


def test_an_offer_for_the_company_takes_its_price_from_a_later_sentence():
    got = _events(
        "Kestrel shares rose by 34% after Playvale offered to buy the company",
        "Kestrel investors reacted positively to the news. During the day, the shares jumped by 34.4% to €7.6.",
        "Recall that the offer values each share at €9.05, 60% more than the closing price on January 19.",
        "According to Reuters, Playvale intends to pay €683 million or $737.5 million in total.",
        date_line="Jan 23, 2023",
    )
    assert got == [("acquisition", 737_500_000)]


def test_a_wraps_next_clause_names_whose_price_it_is():
    df = article_frames(
        "November 4, 2021",
        "Shares in Harlow Kitchens were 4% higher, up 4.9p to 122.6p, after the kitchen supplier said its UK revenues "
        "rose 5.9%, but online retailer Quayside slumped 13% or 202p to 1,395p after it reported weak sales growth.",
        title="Europe movers: Harlow Kitchens, Quayside",
    )["prices"]
    assert sorted(zip(df["company"], df["price"], strict=True)) == [("Harlow Kitchens", 122.6), ("Quayside", 1395.0)]
