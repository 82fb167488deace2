"""Round nine of real-outlet patterns, as our own sentences: Japanese "consolidated" forecasts, sales a forecast is
made on, a deal "with" its party, "the deal values X at", approvals still needed, results due "later in the day",
results measured against estimates, one analyst's moves on several banks (banks that are brokers too), hard-wrapped
wire copy, a movers table run together into one line, a controlling interest, a government blocking a sale, the
day in a sentence's opening phrase, "by as much as" changes, a past high "when it reached".
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types

from data_layer.ingest._text import parse_plain


def _prices(df):
    return sorted((str(d)[:10], float(v)) for d, v in zip(df["date"], df["price"], strict=True))


def _events(df):
    return sorted(zip(df["type"], df["amount_usd"].fillna(0), strict=True))


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoshino Motor forecasts a consolidated operating profit of ¥1.2 trillion for the fiscal year ending in March.",
        "For the year to March 2027, Hoshino Holdings projected a consolidated net profit of 210 billion yen, down 9 "
        "pct from the previous year, on sales of 5.1 trillion yen, down 2.1 pct.",
    ],
)
def test_a_consolidated_forecast_is_guidance_and_its_sales_are_no_result(sentence):
    assert event_types("June 2, 2026", sentence) == {"guidance"}


def test_an_acquisition_deal_with_its_party_takes_the_value_stated_later():
    df = article_frames(
        "June 24, 2024",
        "Verano Optics (NASDAQ:VROP) stock is rocketing higher after the company announced an acquisition deal "
        "with Pellum Labs (NASDAQ:PLLM). This agreement will have Pellum paying $6.10 per share. It also includes "
        "contingent rights. These are payable if revenue goals are met. The offer is a 70% premium. It is also a "
        "premium to the average price. The deal values Verano Optics at $412 million. Now it just needs approval "
        "from regulators and shareholders.",
        title="Why is Verano Optics stock up today?",
    )["events"]
    assert _events(df) == [("acquisition", 412_000_000.0)]
    assert df["counterparty"].tolist() == ["Pellum Labs"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The heavily indebted carmaker is expected to log a record annual loss of about $4 billion later in the day.",
        "The company is due to report its results later in the day.",
    ],
)
def test_results_due_later_in_the_day_are_an_earnings_date(sentence):
    df = article_frames("TOKYO, May 13, 2025 - Hoshino shares rose on Tuesday.", sentence)["events"]
    assert [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)] == [("earnings_date", "2025-05-13")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Bank (ASX:HBK) shed 3.6% after first half FY25 results missed estimates and disappointed investors.",
        "Laurentide Bank experienced an increase in third-quarter profit, but its shares fell $2.10 to $44.78.",
        "Laurentide Bank beat analysts' profit estimates as it set aside smaller provisions.",
    ],
)
def test_results_without_figures_measured_against_estimates(sentence):
    assert "financial_result" in event_types("Aug 28, 2025", sentence)


def test_results_expected_to_beat_estimates_are_no_result():
    assert "financial_result" not in event_types(
        "Aug 28, 2025", "Analysts expect first-quarter results to beat estimates."
    )


def test_one_analysts_moves_on_several_banks_that_are_brokers_too():
    df = article_frames(
        "August 07, 2012",
        "Aug 7 - Barclays Capital downgraded Bank of Montreal, Canadian Imperial Bank of Commerce,\n"
        "and Royal Bank of Canada, saying these banks are likely\nto generate lower earnings growth.",
        '"The greatest risk remains a slowdown," Barclays analyst Jane\nMorrow wrote in a note.',
        'Morrow downgraded Bank of Montreal (BMO) and Royal Bank of\nCanada (RBC) to "underweight" and lowered '
        'her rating on Canadian\nImperial Bank of Commerce (CIBC) to "equal-weight".',
        'Morrow upgraded National Bank of Canada to\n"overweight" from "equal-weight," and raised her rating on '
        'Bank\nof Nova Scotia to "equal-weight" from "underweight".',
        title="Barclays downgrades BMO, RBC and CIBC",
    )["targets"]
    assert set(df["firm"]) == {"Barclays"}
    assert sorted(df["rating_class"]) == ["buy", "hold", "hold", "sell", "sell"]


def test_a_banks_stock_is_no_firm():
    df = article_frames(
        "May 10, 2023",
        "Barclays Bank PLC analyst Jane Morrow downgraded Laurentide Bank on May 9.",
        "Shares of Laurentide closed at $81.35 after Morrow downgraded the bank from overweight to equal weight. "
        "RBC's stock also fell 1% to $129.43.",
    )["targets"]
    assert list(df["firm"]) == ["Barclays Bank"]


def test_hard_wrapped_lines_ending_in_a_function_word_run_on():
    text = (
        "Title\nAugust 7, 2012\n\n"
        "Line one of a wire story that is wrapped at sixty columns\nor so, as old wires are, and it goes on a while.\n\n"
        'Morrow upgraded National Bank of Canada to\n"overweight" from "equal-weight", she said on Tuesday.\n\n'
        "Another paragraph that is wrapped at about sixty columns\nlike the others in this story, for the record.\n\n"
        "National Bank has demonstrated continued strong\ngrowth in domestic lending, she said in the note.\n\n"
        "A closing paragraph wrapped at about sixty columns wide\nfor the unwrapping rule to apply to the story.\n"
    )
    paras = parse_plain(text).paragraphs
    assert 'Morrow upgraded National Bank of Canada to "overweight" from "equal-weight", she said on Tuesday.' in paras
    assert "National Bank has demonstrated continued strong growth in domestic lending, she said in the note." in paras


def test_a_movers_table_run_together_into_a_paragraph():
    df = article_frames(
        "Tue, 26th Jun 2012 15:28",
        "London's FTSE 100 rose 0.4% in afternoon trade on Tuesday. Banks fell. FTSE 100 - RisersHarbour Foods "
        "(HBF) 1,793.00p +2.87%Lindqvist Group (LDQ) 673.50p +2.67%Marlow Mining (MWM) 2,179.00p +2.54%FTSE 100 - "
        "FallersKestrel Homes (KSH) 228.00p -3.72%Penfold Group (PFG) 526.00p -2.59%Quayside (QSD) 983.00p -1.90%",
        title="FTSE 100 movers: banks fall",
    )["prices"]
    assert [v for _, v in _prices(df)] == sorted([1793.0, 673.5, 2179.0, 228.0, 526.0, 983.0])
    assert {d for d, _ in _prices(df)} == {"2012-06-26"}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Marlow Therapeutics has entered into a definitive agreement to acquire a 51.21% interest in Brazil's "
         "Solano Investments for 10.96 reals per share.", "acquisition"),
        ("Marlow Therapeutics agreed to acquire a 20% stake in Solano Investments for $100 million.", "investment"),
    ],
)  # fmt: skip
def test_a_controlling_interest_is_a_takeover(sentence, kind):
    assert event_types("October 31, 2019", sentence) == {kind}


def test_a_dollar_sum_before_an_alternative_currency_is_the_deals_amount():
    df = article_frames(
        "October 31, 2019",
        "Marlow will pay around 596 million reals ($149 million) or C$189 million for the 51.21% controlling "
        "interest in Solano.",
    )["events"]
    assert _events(df) == [("acquisition", 149_000_000.0)]


def test_a_government_blocking_a_sale_is_regulation():
    assert "regulation" in event_types(
        "December 22, 2020",
        "Shares in Tundra Gold closed lower on Tuesday after it announced Ottawa has blocked its $230-million sale "
        "to a Chinese miner.",
    )


def test_the_day_in_a_sentences_opening_phrase_dates_its_event():
    df = article_frames(
        "Wednesday, November 17, 2021",
        "In a statement late Tuesday, the telecoms group said its chief executive was out as CEO, and replaced in "
        "the interim by former chief financial officer Ann Brody.",
    )["events"]
    assert [(t, str(d)[:10]) for t, d in zip(df["type"], df["date"], strict=True)] == [
        ("executive_change", "2021-11-16")
    ]


def test_a_change_by_as_much_as_is_no_price_and_a_past_high_has_its_day():
    df = article_frames(
        "July 24, 2025",
        "Tundra shares fell by as much as 25 cents to $1.05 earlier in the day.",
        "The issuer's shares rose 3.66% to 15.29 pesos, marking their highest close since September 7, 2021, when "
        "they reached 15.31 pesos.",
    )["prices"]
    assert _prices(df) == [("2021-09-07", 15.31), ("2025-07-24", 1.05), ("2025-07-24", 15.29)]


def test_firms_listed_before_who_all_upgraded_the_stock():
    df = article_frames(
        "Tue, 26th Jun 2012 15:28",
        "Harbour Foods leapt into the top spot. The firm was given a lift by Panmure Gordon, Berenberg and Societe "
        "Generale, who all upgraded their ratings on the stock.",
        "Lindqvist was another high riser after JP Morgan Cazenove upgraded the stock to 'overweight', lifting its "
        "target price from 2,220p to 2,600p.",
    )["targets"]
    assert sorted(df["firm"]) == ["Berenberg", "JPMorgan Cazenove", "Panmure Gordon", "Societe Generale"]


def test_a_guidance_adjusted_and_a_revenue_with_an_aside():
    assert event_types(
        "July 24, 2025", 'Harbour adjusted its 2025 guidance from "stable" to "stable with upside".'
    ) == {"guidance"}
    df = article_frames(
        "August 3, 2016",
        "Second-quarter adjusted revenue, which excludes one large customer, rose 54 percent to $171 million from a "
        "year earlier.",
    )["events"]
    assert _events(df) == [("financial_result", 171_000_000.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fjord Air announced after the close of the exchange on Tuesday that it will raise NOK 1.3 billion in a "
        "private deal.",
        "Harbour Metals raised A$200m via an institutional placement.",
        "Tamar Royalties has raised GBP 3.0m at 0.1p (placing 2.48bn shares).",
    ],
)
def test_a_companys_own_placement_is_a_funding_round(sentence):
    # (a placement named as such is also an "other" change to share capital since round twelve: labellers give either)
    assert event_types("December 19, 2017", sentence) - {"other"} == {"funding_round"}


def test_new_debt_is_no_funding_round():
    assert "funding_round" not in event_types("December 19, 2017", "Harbour Metals raised $50 million in new debt.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The company also said it expects a loss of NOK 2.6 billion in the first quarter of this year.",
        "The lender expects a 13 percent rise in net income to 9.3 billion yen this fiscal year.",
        "Kaito Steel said it expects to turn to net income of 11.5 billion yen this fiscal year.",
        "The company forecast a 3.9 percent drop in net income to 133 billion yen this fiscal year.",
    ],
)
def test_expected_changes_and_losses_in_other_currencies_are_guidance(sentence):
    assert event_types("April 30, 2010", sentence) == {"guidance"}


def test_an_analysts_outlook_for_the_sector_is_no_guidance():
    assert (
        event_types("May 10, 2023", "Morrow also slashed her outlook for the sector to neutral from positive.") == set()
    )


def test_an_unexpected_slide_in_profit_is_a_result():
    assert event_types(
        "November 7, 2017",
        "Harbour Bank on Monday booked an unexpected slide in quarterly profit, which fell 23 per cent.",
    ) == {"financial_result"}


def test_a_wraps_investment_told_with_a_us_dollar_sum():
    df = article_frames(
        "19 Dec, 2017",
        "Hong Kong stocks climbed for a second day on Tuesday, as the gain in Kirin Digital countered the net selling.",
        "Kirin Digital climbed 1.8 per cent to HK$401.20. The Chinese technology group announced on Monday that it "
        "would lead an US$863 million investment in Lotus Retail Holdings in a move seen as rivalling its peers.",
        title="Hong Kong stocks climb as gain in Kirin Digital outweighs net selling",
    )["events"]
    assert _events(df) == [("investment", 863_000_000.0)]


def test_two_periods_outlooks_are_two_guidance_events():
    df = article_frames(
        "August 3, 2016",
        "Kestrel Pay forecast adjusted revenue of $167 million to $171 million in the current quarter.",
        "The company raised its full-year adjusted revenue projections to $655 million to $670 million.",
    )["events"]
    assert _events(df) == [("guidance", 167_000_000.0), ("guidance", 655_000_000.0)]


def test_a_terminated_bid_agreement_is_no_partnership_end():
    assert "partnership_end" not in event_types(
        "January 14, 2021",
        "Lumen Optics had earlier agreed to a $2.84 billion offer from Kestrel Systems, but it terminated the "
        "agreement, citing failure to obtain approval in time.",
    )


def test_a_result_dropping_from_one_figure_to_another_further_on():
    df = article_frames(
        "August 5, 2020",
        "Sales were down 37% compared to the same quarter last year, dropping from $604 million to $379 million.",
        title="Tooling maker Kestrel to close plant",
    )["events"]
    assert ("financial_result", 379_000_000.0) in _events(df)


def test_spaced_thousands_and_retrenchment_are_job_cuts():
    df = article_frames(
        "29 June 2017",
        "Kloof Mining said it intends to cut 1 560 jobs as it seeks to reduce its cost structure.",
        "Karoo Gold could retrench 8,500 employees, it said on Wednesday.",
    )["layoffs"]
    assert sorted(df["low"]) == [1560, 8500]


def test_new_zealand_and_south_african_wraps_prices():
    nz = article_frames(
        "21 July 2017",
        "New Zealand shares were mixed on Friday. The S&P/NZX50 Index dropped 1.6 points.",
        "Tui Dairy led the index, up 3.8 percent to $8.",
        title="NZ shares mixed",
    )["prices"]
    assert list(zip(nz["price"], nz["currency"], strict=True)) == [(8.0, "NZD")]
    za = article_frames(
        "29 June 2017",
        "The JSE all share index fell. Gold miner Karoo shed 2.34% to R20.83, Veld Platinum 1.91% to R129.71 and "
        "Kloof 1.99% to R15.28. Vaal Holdings closed 2.06% weaker at R3 335.00 per share.",
        title="JSE weaker",
    )["prices"]
    assert sorted(za["price"]) == [15.28, 20.83, 129.71, 3335.0]


def test_a_saudi_sunday_is_a_trading_day():
    df = article_frames(
        "May 15, 2022",
        "Shares of Najd Energy rose 2.3 percent in early Sunday trading on Tadawul. Shares reached SR41.6 as of 10:23 "
        "a.m. Saudi time.",
    )["prices"]
    assert [str(d)[:10] for d in df["date"]] == ["2022-05-15"]


def test_another_companys_move_resets_an_earlier_veto_word():
    df = article_frames(
        "27 November 2019",
        "The ASX 200 rose. Bravura Solutions surged 15 per cent to $4.98 after retaining its earnings guidance and "
        "Collins Foods rose 6.6 per cent to $10.36.",
    )["prices"]
    assert sorted(df["price"]) == [4.98, 10.36]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Wesfarmers rose 2.9 per cent after it reported a strong performance had helped lift its first-half net "
         "profit 5.7 per cent to $1.13 billion.", "financial_result"),
        ("Kauri Milk, which announced a 52 per cent lift in profit to $122.62m, rose 6 per cent.", "financial_result"),
        ("Karoo Holdings was buoyed by the release of its full-year results which showed increases in revenue.",
         "financial_result"),
        ("Bravura Solutions surged 15 per cent to $4.98 after retaining its earnings guidance.", "guidance"),
        ("Ana Ruiz will replace Tom Berg as CEO of Harbour Bank from 12 May.", "executive_change"),
    ],
)  # fmt: skip
def test_round_nine_event_phrasings(sentence, kind):
    assert kind in event_types("30 April 2025", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company did not provide an outlook.",
        "Revenue came in at $18.18 billion, lower than the forecast $18.46 billion surveyed by Refinitiv.",
    ],
)
def test_no_outlook_and_surveyed_forecasts_are_no_guidance(sentence):
    assert "guidance" not in event_types("30 April 2025", sentence)


def test_an_executive_change_takes_the_day_it_takes_effect():
    df = article_frames("30 April 2025", "Ana Ruiz will replace Tom Berg as CEO of Harbour Bank from 12 May.")["events"]
    assert [str(d)[:10] for d in df["date"]] == ["2025-05-12"]
