"""Round eight of real-outlet patterns, as our own sentences: Nordic and Swiss currency prefixes, a price "per
piece", a column named "Today", exchange rates told against a currency, a close the story calls earlier, a
relative clause's own tense, a broker's analyst named later as "Mr. X", targets told as "$18 to $221", a bare upgrade
told after its firm, an abbreviation of a name's last words, a bought deal, a bid's owner before its noun.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types

from data_layer.extract._money import parse_money


def _prices(df):
    return [(str(d)[:10], float(v), c) for d, v, c in zip(df["date"], df["price"], df["currency"], strict=True)]


@pytest.mark.parametrize(
    "text, value, currency",
    [("SFr258.5", 258.5, "CHF"), ("DKr106.30", 106.3, "DKK"), ("SKr94.10", 94.1, "SEK"), ("NKr212", 212.0, "NOK")],
)
def test_nordic_and_swiss_prefixes(text, value, currency):
    assert [(m.value, m.currency) for m in parse_money(f"gained 3 per cent to {text}.")] == [(value, currency)]


def test_prices_with_nordic_and_swiss_prefixes_are_share_prices():
    df = article_frames(
        "May 22, 2013",
        "In Zurich, Helvetia Pharma gained 3 per cent to SFr258.5. Nordlys Bank rose 3.2 per cent to DKr106.30.",
        title="European shares edge up",
    )["prices"]
    assert sorted(_prices(df)) == [("2013-05-22", 106.3, "DKK"), ("2013-05-22", 258.5, "CHF")]


def test_a_price_per_piece_after_a_move_is_a_share_price():
    df = article_frames(
        "Jul 31, 2024",
        "On the NSE, shares of Zenith Pharma bounced 6.39 per cent to trade at Rs 626.60 per piece.",
        title="Zenith Pharma stock climbs",
    )["prices"]
    assert _prices(df) == [("2024-07-31", 626.6, "INR")]


def test_a_column_named_today_is_no_lead_about_today():
    df = article_frames(
        "March 24, 2025",
        "With a strong 1.7% gain, the index just posted its best weekly performance since November 2024.",
        "Canadian stocks slipped Friday as falling metals prices weighed on the market.",
        "In contrast, Larchmont Foods (TSX:LFH) jumped by 4.6% to $70.72 per share.",
        title="TSX Today: What to Watch for in Stocks on Monday, March 24",
    )["prices"]
    assert _prices(df) == [("2025-03-21", 70.72, "CAD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pound made gains, rising by 0.34 per cent against the dollar to $1.398, and against the euro was up "
        "0.15 per cent to €1.143.",
        "On currency markets, the dollar ticked up to 119.45 yen from 119.19 yen in New York.",
    ],
)
def test_exchange_rates_are_no_share_prices(sentence):
    df = article_frames("25 Apr 2018", "Tesco shares rose 2% to 390p.", sentence, title="Footsie gains")["prices"]
    assert [v for _, v, _ in _prices(df)] == [390.0]


def test_a_close_the_story_calls_earlier_is_the_last_session():
    df = article_frames(
        "February 20, 2026",
        "Larchmont Bank (TSE:LMB) had its price target raised by Barclays from C$170.00 to C$180.00.",
        "The stock had previously closed at C$176.53.",
    )["prices"]
    assert _prices(df) == [("2026-02-19", 176.53, "CAD")]


def test_a_relative_clause_has_its_own_tense_and_a_day_is_no_company():
    df = article_frames(
        "June 25, 2025",
        "The floor price for the sale shall be Rs 175 per equity share, which is 33 per cent lower than the "
        "Tuesday’s closing price of Rs 264.20.",
    )["prices"]
    assert _prices(df) == [("2025-06-24", 264.2, "INR")]
    assert df["company"].isna().all() or "Tuesday" not in set(df["company"])


def test_each_price_takes_its_own_day_in_a_from_to_statement():
    df = article_frames(
        "June 30, 2025",
        "Since the announcement, the Corporation's share price has increased from $1.64 at market close on June 4, "
        "2025, to $2.83 at market close on June 27, 2025.",
    )["prices"]
    assert ("2025-06-27", 2.83, "USD") in _prices(df)
    assert "Corporation" not in set(df["company"].dropna())


def test_a_brokers_analyst_named_later_keeps_the_firm_and_each_stock_its_target():
    df = article_frames(
        "Nov 25, 2025",
        "Barclays analyst Brian Moreton raised his target prices for Canadian bank stocks on Monday. Mr. Moreton "
        'raised his share target for National Bank of Canada to $158 from $147, while maintaining an "equal weight" '
        "recommendation. Analysts on average target National Bank shares at $158.79. Mr. Moreton rates Royal Bank "
        'of Canada "overweight." His share target soared $18 to $221. Mr. Moreton gave his share target for '
        "Toronto-Dominion Bank a $14 boost to $114.",
        title="Barclays raises target prices for Canadian bank stocks",
    )["targets"]
    assert set(df["firm"]) == {"Barclays"}
    assert sorted(df["target"].dropna().astype(float)) == [114.0, 158.0, 221.0]


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("Danish lender Nordlys Bank profited from an upgrade by analysts at Carnegie.", "Carnegie"),
        ("Fabrikam fell after a downgrade from Jefferies.", "Jefferies"),
    ],
)
def test_a_bare_upgrade_told_before_its_firm(sentence, firm):
    df = article_frames("May 22, 2013", sentence, title="European shares")["targets"]
    assert list(df["firm"]) == [firm]
    assert df["target"].isna().all()


def test_a_uk_feeds_spelling_of_jpmorgan():
    df = article_frames(
        "January 5, 2017",
        "J P Morgan Chase & Co lifted their target price on shares of Fabrikam plc from GBX 140 to GBX 141 and gave "
        "the stock an “overweight” rating in a research report on Wednesday, November 16th.",
    )["targets"]
    assert list(df["firm"].str.replace(" Chase & Co", "", regex=False)) == ["JPMorgan"]


def test_an_abbreviation_of_a_names_last_words_is_no_ticker():
    frames = article_frames(
        "Jul 31, 2024",
        "Zenith Pharma shares climbed nearly 7 per cent on Wednesday.",
        "Zenith Pharma's Profit After Tax (PAT) rose nearly three-fold to Rs 135 crore.",
        title="Zenith Pharma stock climbs",
    )
    assert "PAT" not in set(frames["articles"]["ticker"].dropna())


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ["Nissan posted a net loss for fiscal 2024, and increased the number of planned job cuts to 20,000."],
            [(20000, "cumulative")],
        ),
        (
            [
                "Its most recent voluntary retirement program was in 2005 and 5,796 employees accepted that plan, "
                "a spokesman said."
            ],
            [(5796, "round")],
        ),
        (["About 300 employees accepted the offer of a new contract."], []),
    ],
)
def test_totals_raised_and_voluntary_retirements_accepted(sentences, expected):
    df = article_frames("May 13, 2025", *sentences, title="Carmaker news")["layoffs"]
    assert list(zip(df["low"], df["kind"], strict=True)) == expected


def test_a_bought_deal_is_a_raising_not_a_takeover():
    assert event_types(
        "Nov 20, 2023",
        "Larch Gold Corp. announces that it has closed today its previously announced bought deal financing.",
        title="Larch Gold Closes C$15 Million Bought Deal Public Offering of Units",
    ) == {"funding_round"}


def test_a_bids_owner_before_its_noun_is_the_counterparty():
    ev = article_frames(
        "Feb 20, 2023",
        "Highcrest Mining (ASX:HCM) rose 1.5 per cent to $28.68 after accepting Larchmont's takeover offer.",
        title="ASX closes higher",
    )["events"]
    assert list(zip(ev["type"], ev["counterparty"], strict=True)) == [("acquisition", "Larchmont")]


def test_a_result_told_with_with_after_its_verb():
    ev = article_frames(
        "May 13, 2025",
        "Fabrikam Group said Tuesday it swung back to profitability in fiscal 2024 with a net profit of 1.15 "
        "trillion yen ($7.8 billion).",
    )["events"]
    assert list(zip(ev["type"], ev["amount_usd"].astype(float), strict=True)) == [("financial_result", 7.8e9)]
    assert event_types("May 13, 2025", "With a turnover of €9 billion, Fabrikam employs 46,000 people.") == set()


def test_an_investment_analyst_is_no_investment():
    assert (
        event_types("May 3, 2026", "One investment analyst has rated the stock with a hold rating and nine a buy.")
        == set()
    )


def test_other_banks_cuts_told_by_them_are_not_the_article_companys():
    df = article_frames(
        "Nov 17, 2025",
        "Fabrikam Bank will cut 5,200 jobs by 2028.",
        "Nordlys has also told the state benefit agency that it is cutting 950 jobs at its Dutch arm this year.",
        "Last week Larch Bank said it was cutting its workforce by around 25% to save 80 million euros a year, and has "
        "already reduced its workforce by 700 over the past two years.",
        title="Fabrikam Bank to cut 5,200 jobs",
    )["layoffs"]
    assert list(df["low"]) == [5200]


def test_shares_issued_in_a_raising_are_no_share_prices():
    df = article_frames(
        "December 20, 2024",
        "Larch Royalties has raised £3.0 million from 3.00 billion shares at 0.1p each.",
        "It also raised $475,949 through issuing 7.5 million shares at 5p each, more than triple its closing price of "
        "1.65p on Thursday.",
        title="Larch Royalties raises funds",
    )["prices"]
    assert _prices(df) == [("2024-12-19", 1.65, "GBX")]


def test_a_stake_divested_is_no_investment_and_a_stock_that_is_a_broker_name():
    f = article_frames(
        "May 22, 2013",
        "Late in the afternoon, Fabrikam jumped on news that the French retailer was in advanced talks to divest its "
        "25 per cent stake in Larch Holdings.",
        "Danish lender Danske Bank profited from an upgrade by analysts at Carnegie.",
        title="European shares edge up",
    )
    assert "investment" not in set(f["events"]["type"])
    assert list(f["targets"]["firm"]) == ["Carnegie"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The oil giant announced a worse-than-expected 4.13 billion dollar (£3 billion) profit for the latest quarter.",
        "Fabrikam posted better-than-expected net profit of $4.13 billion for the quarter.",
    ],
)
def test_a_result_measured_against_expectations_is_a_result(sentence):
    ev = article_frames("Apr 30, 2020", sentence, title="Fabrikam profit")["events"]
    assert list(zip(ev["type"], ev["amount_usd"].astype(float), strict=True)) == [("financial_result", 4.13e9)]


def test_ax_written_the_american_way():
    df = article_frames(
        "Jun 20, 2018",
        "Fabrikam Telecom has announced plans to ax 8,000 jobs - one in four employees - over three years.",
        title="Fabrikam Telecom to cut jobs",
    )["layoffs"]
    assert list(df["low"]) == [8000]


def test_a_wraps_guidance_with_reuters_codes_belongs_to_each_company():
    ev = article_frames(
        "Aug 7, 2025",
        "TOKYO, Aug 7 (Reuters) - Japan's Topix index closed at a record high on Thursday.",
        "Kestrel Games 6758.T jumped 4% after the game maker raised its full-year operating profit forecast by 4%.",
        "Larch Motor 7203.T slipped 1.5% after the automaker cut its full-year operating profit forecast.",
        title="Japan's Topix hits record high on easing US tariff worries",
    )["events"]
    assert sorted(zip(ev["type"], ev["company"], strict=True)) == [
        ("guidance", "Kestrel Games"),
        ("guidance", "Larch Motor"),
    ]


def test_a_headline_about_economic_releases_is_no_product():
    assert (
        event_types("Aug 7, 2025", "The index rose 0.5%.", title="Index Extends Rally Ahead of Key Economic Releases")
        == set()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in Fabrikam jump 10pc on Tokyo debut",
        'The novel "Butter" has won the debut fiction section at the awards.',
    ],
)
def test_debut_the_noun_is_no_product(sentence):
    assert "product" not in event_types("May 3, 2026", sentence)


def test_a_completion_day_in_its_own_sentence_completes_the_deal():
    ev = article_frames(
        "15 October 2025",
        "Fabrikam Interactive has entered into an agreement to acquire Larch Giveaways and has now completed the "
        "acquisition following satisfaction of all conditions. It notes that completion occurred on 14 October 2025.",
    )["events"]
    acq = ev[ev["type"] == "acquisition"]
    assert list(acq["status"]) == ["completed"]
    assert [str(d)[:10] for d in acq["date"]] == ["2025-10-14"]


def test_a_suitor_eyeing_a_target_is_a_rumoured_takeover():
    ev = article_frames(
        "May 15, 2015",
        "Chipmaker Fabrikam jumped 2.93 per cent to 972 yen on a report that US-based Larchmont was eyeing it as a "
        "potential acquisition target.",
        title="Tokyo shares close higher",
    )["events"]
    assert list(zip(ev["type"], ev["counterparty"], strict=True)) == [("acquisition", "Larchmont")]


def test_results_a_cost_will_hit_are_no_report_date_and_the_owner_of_a_report_is_its_company():
    assert "earnings_date" not in event_types(
        "May 29, 2024",
        "Most of the costs will hit the company’s financial results in its fiscal first quarter that began April 1 "
        "and the restructuring will be complete by July.",
    )
    ev = article_frames(
        "Feb 25, 2025",
        "Scottish Larch Trust fell 22.6p to 1051.4p ahead of tomorrow night’s Fabrikam results.",
        title="FTSE 100 live: stocks fall",
    )["events"]
    assert list(zip(ev["type"], ev["company"], strict=True)) == [("earnings_date", "Fabrikam")]


def test_a_commodity_word_in_a_company_name_and_an_amount_with_its_percentage():
    df = article_frames(
        "Aug 27, 2025",
        "Gold stocks lost ground, with Larch Gold off $1.59, or 1.9%, to $82.59, while Kestrel Gold eased nine "
        "cents to $10.79. Orla Mines let go of 15 cents, or 3.3%, to $14.79.",
        title="TSX Climbs to Record High",
    )["prices"]
    assert sorted(v for _, v, _ in _prices(df)) == [10.79, 14.79, 82.59]


def test_a_briefings_currency_line_and_an_index_are_no_price_or_firm():
    f = article_frames(
        "Sep 22, 2025",
        "GBP: up at USD1.3480 (USD1.3475 at previous London equities close)",
        "London's FTSE is set to open lower on Monday, following a rate hold by China's central bank.",
        title="London briefing",
    )
    assert f["prices"].empty and f["targets"].empty


def test_a_trading_call_is_no_target_and_no_takeover():
    f = article_frames(
        "Jan 12, 2024",
        "Anil Singh recommends buying Fabrikam futures with a stop loss of Rs 1,488 for targets of Rs 1,540.",
        title="Fabrikam Q3: what brokerages say",
    )
    assert f["targets"].empty
    assert "acquisition" not in set(f["events"]["type"])


def test_crores_and_a_stock_that_received_a_rating_and_a_name_in_capitals():
    f = article_frames(
        "Jan 21, 2026",
        "HDFC Bank has received a BUY rating from Motilal Oswal with a target price of ₹1,175.",
        "Treasury gains reached ₹930.00 crores compared to ₹70.00 crores in Q3FY25.",
        title="HDFC Bank gets a buy rating",
    )
    assert list(zip(f["targets"]["firm"], f["targets"]["target"].astype(float), strict=True)) == [
        ("Motilal Oswal", 1175.0)
    ]
    assert f["prices"].empty
    assert [(m.value, m.currency) for m in parse_money("₹930.00 crores")] == [(9.3e9, "INR")]


def test_an_analysts_stock_after_his_verb_and_a_name_that_spells_a_number():
    df = article_frames(
        "Dec 6, 2022",
        "JPMorgan analyst Raul Sinha upgraded Fabrikam to overweight. In his research note, Sinha lifted Barclays to Overweight "
        "from Neutral, raising the firm's price target on the stock to 220p from 180p.",
        title="UK bank shares rated higher",
    )["targets"]
    assert set(df["firm"]) == {"JPMorgan"}
    assert 220.0 in set(df["target"].dropna().astype(float))
    lay = article_frames(
        "Jan 10, 2025", "SIX said it would cut 150 jobs.", title="Stock exchange operator SIX announces job cuts"
    )["layoffs"]
    assert list(lay["low"]) == [150]


def test_a_name_with_buy_is_no_takeover_and_the_street_looking_for_is_no_result():
    assert event_types(
        "Nov 25, 2025",
        "Retailer Best Buy Co Inc. (BBY) on Thursday reported weak profit in its third quarter. The Street is "
        "looking for revenues of $41.8 billion for the year.",
        title="Best Buy Q3 profit falls",
    ) == {"financial_result"}
