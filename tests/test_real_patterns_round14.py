"""Round fourteen of real-outlet patterns, as our own sentences: a result's figure after a long subject ("net income
applicable to the bank's shareholders came in at"), a loss the company says it would report for a year not yet
closed.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, price_rows, result_rows

from data_layer.extract._money import parse_money

# --------------------------------------------------------------------------- results and guidance


def test_net_income_applicable_to_shareholders_came_in_at_a_figure():
    df = article_frames(
        "Oct 21, 2025",
        "Harbor Ridge Bancorp reported a rise in third-quarter profit on Tuesday, helped by loan growth.",
        "Net income applicable to the bank's common shareholders came in at $118 million, or 92 cents per share, in "
        "the three months ended September 30, compared with $97 million a year earlier.",
        title="Harbor Ridge Bancorp profit rises",
    )["events"]
    assert [a for _, a in result_rows(df)] == [118e6]


def _guidance(df) -> list[float]:
    return sorted(a for t, a in zip(df["type"], df["amount_usd"], strict=True) if t == "guidance")


def test_a_loss_the_company_said_it_would_report_is_guidance():
    df = article_frames(
        "December 14, 2015",
        "Kestrel Electric said on Monday it would cut 3,200 jobs in its appliance unit.",
        "It also said it would report a record annual loss of 420 billion yen ($3.4 billion) for the year to March.",
        title="Kestrel Electric to cut jobs",
    )["events"]
    assert _guidance(df) == [3.4e9]
    assert result_rows(df) == []


def test_warned_it_would_lose_a_sum_this_fiscal_year_is_guidance():
    df = article_frames(
        "September 18, 2014",
        "Shares of Kestrel Electric fell 9 percent on Thursday after the company warned it would lose $1.9 billion "
        "this fiscal year, three times its earlier forecast.",
        title="Kestrel Electric shares fall",
    )["events"]
    assert _guidance(df) == [1.9e9]


def test_said_it_would_report_results_on_a_day_is_no_guidance():
    df = article_frames(
        "September 18, 2014",
        "Kestrel Electric said it would report its quarterly results on October 30.",
        title="Kestrel Electric to report",
    )["events"]
    assert _guidance(df) == []


# --------------------------------------------------------------------------- dates


def test_a_day_month_abbreviation_year_with_hyphens_is_the_stories_date():
    df = article_frames("08-Oct-2021 Newswire | 5:02 AM", "Kestrel Electric shares rose 3% on Friday.")["articles"]
    assert str(df["published"][0])[:10] == "2021-10-08"


def test_a_clock_time_after_a_lead_that_named_the_day_keeps_that_day():
    df = article_frames(
        "2017-03-14",
        "TAIPEI -- Shares of Harlow Securities soared Monday morning after a rival said it planned to acquire the company "
        "at a premium, dealers said.",
        "As of 10:30 a.m., shares of Harlow Securities were up 6.3 percent at NT$10.95 on the over-the-counter market.",
        title="Harlow Securities shares soar on acquisition deal",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(10.95, "2017-03-13")]


def test_a_clock_time_with_today_is_the_stories_day():
    df = article_frames(
        "2017-03-14",
        "TAIPEI -- Shares of Harlow Securities soared Monday morning after a rival said it planned to acquire the company.",
        "As of 10:30 a.m. today, shares of Harlow Securities were up 2.1 percent at NT$11.20.",
        title="Harlow Securities shares extend gains",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(11.2, "2017-03-14")]


# --------------------------------------------------------------------------- South Asian markets


@pytest.mark.parametrize(
    "text, value, currency",
    [("Tk225.7", 225.7, "BDT"), ("Tk 378", 378.0, "BDT"), ("PkR558.6", 558.6, "PKR"), ("LKR 263.50", 263.5, "LKR")],
)
def test_south_asian_currency_signs(text, value, currency):
    assert [(m.value, m.currency) for m in parse_money(text)] == [(value, currency)]


def test_a_dhaka_close_in_taka_is_a_price():
    df = article_frames(
        "27 April, 2022, 08:35 pm",
        "Meghna Pharmaceuticals shares closed at Tk225.7 each on Wednesday on the Dhaka Stock Exchange.",
        title="Meghna Pharma profit rises 18%",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(225.7, "2022-04-27")]


def test_a_wraps_top_traded_list_gives_each_price_per_share_on_the_leads_day():
    df = article_frames(
        "May 22, 2020",
        "KARACHI - The Pakistan Stock Exchange (PSX) Thursday witnessed a bearish trend as the KSE-100 index closed at "
        "33,836.61 points.",
        "The three top traded companies were Indus Fabrics with a volume of 18,377,000 shares and price per share of "
        "Rs25.81, and Ravi Cement with a volume of 7,165,500 and price per share of Rs26.2.",
        title="Stock market loses 96 points",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(25.81, "2020-05-21"), (26.2, "2020-05-21")]


def test_earnings_per_share_is_still_no_price():
    df = article_frames(
        "May 22, 2020",
        "Ravi Cement shares rose 2% on the PSX. The company reported earnings per share of Rs 25.81 for the quarter.",
    )["prices"]
    assert price_rows(df) == []


def test_a_debuts_close_takes_the_day_trading_started():
    df = article_frames(
        "September 24, 2020",
        "Trading of Delta Hi-Tech Industries shares on the two stock exchanges in Dhaka and Chittagong started on "
        "Wednesday.",
        "On the Dhaka Stock Exchange, each Delta Hi-Tech share opened at the IPO price of Tk 252 and closed at Tk 378.",
        title="Delta share soars on debut",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(378.0, "2020-09-23")]


# --------------------------------------------------------------------------- layoffs


def _layoffs(*paragraphs: str, title: str = "Company news") -> list[int]:
    df = article_frames("October 1, 2024", *paragraphs, title=title)["layoffs"]
    return sorted(int(x) for x in df["low"])


def test_a_countrys_possessive_headline_names_no_company_and_keeps_each_firms_cuts():
    assert _layoffs(
        "KARACHI: High tax rates and spiraling costs have compelled major listed corporations in Pakistan to reduce "
        "headcount in the last couple of years.",
        "Indus Chemicals did not respond, but sources indicated that the company severed ties with over a 100 "
        "employees across multiple business lines.",
        "Similarly, Ravi Steels reduced its capacity by 30%, and an official said over 300 staff members were let go "
        "after it announced a loss amid high expenses.",
        title="High tax rates, spiraling costs forcing Pakistan’s major companies to pursue the layoff route",
    ) == [100, 300]


def test_a_share_of_the_workforce_before_the_count():
    assert _layoffs(
        "Bharat Infotech is set to lay off about 2 per cent or 12,261 employees of its global workforce."
    ) == [12261]


def test_parting_ways_with_staff_is_a_layoff_not_a_partnerships_end():
    df = article_frames(
        "October 1, 2024", "Indus Chemicals parted ways with 150 employees and severed ties with 40 contract workers."
    )
    assert sorted(int(x) for x in df["layoffs"]["low"]) == [40, 150]
    assert "partnership_end" not in set(df["events"]["type"])


# --------------------------------------------------------------------------- brokers and the rated company


def _targets(df) -> list[tuple[str, float]]:
    return sorted((f, float(t)) for f, t in zip(df["firm"], df["target"], strict=True))


def test_an_acronym_led_bank_in_the_headline_is_the_subject_not_its_brokers():
    fr = article_frames(
        "October 22, 2019",
        "Most global brokerages maintained their rating on KDFC Bank after the September quarter results.",
        "The most aggressive target price of Rs 1,700 for KDFC Bank was put out by Morgan Stanley.",
        "Here's what global brokerages recommended on KDFC Bank:",
        "Morgan Stanley: Overweight| Target Rs 1700",
        "Morgan Stanley maintained its overweight rating on KDFC Bank with a target price of Rs 1,700.",
        title="Brokerages raise target price for KDFC Bank post Q2 results",
    )
    assert list(fr["articles"]["company"]) == ["KDFC Bank"]
    assert _targets(fr["targets"]) == [("Morgan Stanley", 1700.0)]


def test_a_fund_houses_digest_keeps_every_brokers_line():
    df = article_frames(
        "Tuesday, September 23, 2025",
        "Fund Houses Recommendations",
        "• Nomura on Dhruva Motors: Maintain Buy on Company, target price at Rs 2846/Sh (Positive)",
        "• HSBC on Saral Bank: Maintain Buy on Bank, raise target price at Rs 1340/Sh (Positive)",
        "• HSBC on Varun Malls: Maintain Buy on Company, target price at Rs 2000/Sh (Positive)",
        title="Fund Houses Update - 23 September 2025",
    )["targets"]
    assert _targets(df) == [("HSBC", 1340.0), ("HSBC", 2000.0), ("Nomura", 2846.0)]


def test_a_research_house_that_ups_a_tp_in_the_headline_is_the_broker():
    fr = article_frames(
        "January 4, 2011",
        "KUALA LUMPUR: OSK Research is upgrading its target price for Kulim to RM14.75 from RM11.20 previously.",
        "The research house said that the stock's valuation remains inexpensive; hence it is maintaining its Buy call.",
        "OSK Research said of late, laggard plantation stocks have started to perk up.",
        title="OSK Research ups Kulim TP to RM14.75",
    )
    assert _targets(fr["targets"]) == [("OSK Research", 14.75)]


# --------------------------------------------------------------------------- listings


def _others(*paragraphs: str, date: str = "June 14, 2018", title: str = "Company news") -> list[str]:
    df = article_frames(date, *paragraphs, title=title)["events"]
    return sorted(str(d)[:10] for t, d in zip(df["type"], df["date"], strict=True) if t == "other")


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Port, which started trading on Wednesday, led the bigger than usual turnover.",
        "Shares of Harbour Port surged 54 percent in their Hong Kong trading debut on Wednesday.",
        "Harbour Port made its stock market debut on Wednesday, doubling its offer price.",
    ],
)
def test_a_debut_is_an_other_event_on_its_day(sentence):
    assert _others(sentence) == ["2018-06-13"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Port said it is cancelling its AIM admission after the fundraise failed.",
        "Harbour Port announced the proposed voluntary cancellation of admission to trading on Euronext Growth.",
    ],
)
def test_a_cancelled_admission_is_an_other_event(sentence):
    assert len(_others(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Port, which went public in 2015, is still not profitable.",
        "The price is seven times the price at which the company went public.",
        "Once the share exchange is completed, the unit will become a subsidiary and will be delisted.",
        "The regulator said it would improve delisting rules to protect investors.",
        "Harbour Port shares have doubled since their debut in March.",
    ],
)
def test_a_listing_told_as_background_is_no_event(sentence):
    assert _others(sentence) == []


# --------------------------------------------------------------------------- Africa and Latin America


@pytest.mark.parametrize(
    "text, value, currency",
    [("₦575", 575.0, "NGN"), ("Sh30.30", 30.3, "KES"), ("Sh 34.5", 34.5, "KES"), ("KSh 2.5 billion", 2.5e9, "KES"),
     ("2.10 reais", 2.1, "BRL")],
)  # fmt: skip
def test_african_and_latin_american_currencies(text, value, currency):
    assert [(m.value, m.currency) for m in parse_money(text)] == [(value, currency)]


@pytest.mark.parametrize("text", ["N95 masks", "the Sh sign", "an N1 visa"])
def test_letters_before_numbers_are_no_naira_or_shilling(text):
    assert parse_money(text) == []


def test_a_nigerian_wrap_reads_n_as_naira_on_the_leads_day():
    df = article_frames(
        "November 16, 2023",
        "Investor optimism propelled Lagos Petroleum shares to a 10% surge at the close of trading on the Nigerian "
        "Exchange on Wednesday.",
        "Lagos Petroleum and Delta Foods led the gainers’ chart with a 10% appreciation, closing at N11.55 and N0.77 per "
        "unit, respectively.",
        title="Lagos Petroleum shares surge 10% after deal",
    )["prices"]
    assert (11.55, "2023-11-15") in [(p, d) for _, p, d in price_rows(df)]


def test_a_mexican_papers_price_of_pesos_per_unit():
    df = article_frames(
        "October 10, 2025",
        "The shares of Grupo Sonora, which are listed on the Mexican Stock Exchange (BMV), recorded a third day of gains.",
        "The mining company’s papers advanced 1.85% on Thursday to trade at a price of 143.98 pesos per unit.",
        title="Grupo Sonora recovers part of what it lost",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(143.98, "2025-10-09")]


def test_a_mexican_movers_list_without_a_currency():
    df = article_frames(
        "February 11, 2026",
        "The S&P/BMV IPC index of the Mexican Stock Exchange fell 1.2% on Wednesday. The biggest decliners:",
        "• Grupo Financiero Norte: Down 2.33% to 203.27",
        title="Mexican stocks drop",
    )["prices"]
    assert [p for _, p, _ in price_rows(df)] == [203.27]


# --------------------------------------------------------------------------- trading updates


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow Taverns' like-for-like sales rose 2% in the third quarter.",
        "Harlow Stores said December comparable store sales fell 1.7%.",
    ],
)
def test_like_for_like_and_comparable_sales_moves_are_results(sentence):
    assert "financial_result" in set(article_frames("October 10, 2023", sentence)["events"]["type"])


def test_a_countrys_retail_sales_are_no_result():
    assert article_frames("October 10, 2023", "China's retail sales rose 3% in May.")["events"].empty


# --------------------------------------------------------------------------- figures per share and firms


def test_a_result_told_per_share_has_no_company_wide_amount():
    df = article_frames(
        "Feb 25, 2017",
        "Harlow Stores reported stronger-than-expected results for the fourth quarter on Friday.",
        "The retailer reported adjusted earnings for the quarter of $0.64 a share, higher than analysts’ expectations.",
        title="Harlow Stores to shut 140 stores",
    )["events"]
    assert [a for _, a in result_rows(df)] == [0.0]


def test_trading_at_nearly_a_price_per_share_is_a_price():
    df = article_frames(
        "May 23, 2014",
        "Harlow Systems announced on Thursday that it plans to cut 11,000 jobs.",
        "The company’s stock is up more than 6 percent on Friday, trading at nearly $34 per share as of 12:30 p.m.",
        title="Harlow Systems shares rise on job cuts",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(34.0, "2014-05-23")]


def test_more_upgrades_names_no_firm():
    df = article_frames(
        "Feb 2, 2023",
        "Citigroup upgraded FedEx to buy with a $230 price target.",
        "More upgrades could be around the bend, considering 15 of the 31 analysts covering the stock sport a hold rating.",
        title="FedEx upgraded",
    )["targets"]
    assert list(df["firm"]) == ["Citigroup"]


@pytest.mark.parametrize("title", ["FedEx upgraded", "FedEx upgraded to buy", "FedEx downgraded by Citigroup"])
def test_a_headlines_passive_rating_names_the_rated_company(title):
    fr = article_frames("Feb 2, 2023", "Citigroup changed its rating on FedEx, with a $230 price target.", title=title)
    assert list(fr["articles"]["company"]) == ["FedEx"]


def test_a_headlines_active_rating_names_the_broker_first():
    fr = article_frames(
        "Feb 2, 2023", "Citigroup raised FedEx to buy, with a $230 price target.", title="Citigroup upgraded FedEx"
    )
    assert list(fr["articles"]["company"]) == ["FedEx"]


# --------------------------------------------------------------------------- stocks to watch


def test_a_last_trade_in_a_stocks_to_watch_note_is_the_previous_session():
    df = article_frames(
        "21 May 2018",
        "These are the Singapore stocks to watch on Monday, 21 May 2018:",
        "Harbour Logistics Trust said that 333.2 million new units will be issued and begin trading on Monday at S$0.987 "
        "per unit as part of its private placement.",
        "The units last traded at S$1.04.",
        title="Singapore stocks to watch Monday: Harbour Logistics",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(1.04, "2018-05-18")]


def test_prices_a_session_ranged_between_are_no_price():
    df = article_frames(
        "Monday, 27 Feb 2017",
        "At 11.33am, Harlow Bank was down seven sen to RM4.86. There were 618,800 shares done at prices ranging from "
        "RM4.85 to RM4.88.",
        title="Harlow Bank extends decline",
    )["prices"]
    assert [p for _, p, _ in price_rows(df)] == [4.86]


# --------------------------------------------------------------------------- privatisations and Swiss thousands


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Kowloon Estates shares jumped after its former major shareholder proposed to go private for a HK$1.91 "
         "billion ($245.30 million) price tag.", 245.3e6),
        ("Harbour Securities is offering up to HK$3.5 billion (US$443 million) to privatise the unit.", 443e6),
        ("The privatisation offer comes from Solar Peak Ltd, which is backed by the founding family.", 0.0),
    ],
)  # fmt: skip
def test_a_bid_to_take_a_company_private_is_an_acquisition(sentence, amount):
    df = article_frames("October 8, 2021", sentence)["events"]
    assert [(t, a if a == a else 0.0) for t, a in zip(df["type"], df["amount_usd"], strict=True)] == [
        ("acquisition", amount)
    ]


def test_a_governments_privatisation_plan_is_no_bid():
    df = article_frames("October 8, 2021", "The sale of state assets is part of the government's privatisation plan.")
    assert "acquisition" not in set(df["events"]["type"])


def test_a_swiss_apostrophe_groups_a_job_cuts_thousands():
    assert _layoffs("Kaito Electric said it would cut 3'500 jobs through voluntary retirement.") == [3500]


# --------------------------------------------------------------------------- stakes and control


def _deal_types(sentence: str) -> list[str]:
    df = article_frames("May 10, 2024", sentence)["events"]
    return sorted(t for t in df["type"] if t in ("acquisition", "investment"))


@pytest.mark.parametrize(
    "sentence, types",
    [
        ("The bank completed the acquisition of a 90.1% stake in Kestrel Bank Romania.", ["acquisition"]),
        ("Harbour Foods acquired a 20% stake in Kestrel Farms.", ["investment"]),
        ("It expects higher volumes after its agreement to increase ownership of Nordsea from 49 percent to 95 percent.",
         ["acquisition"]),
        ("Harbour Metals has a 100% interest in the Kasanka project located in Malawi.", []),
        ("The company recently increased ownership in the project to 88% pending its feasibility study.", []),
    ],
)  # fmt: skip
def test_a_stake_bought_is_an_investment_and_control_an_acquisition(sentence, types):
    assert _deal_types(sentence) == types


def test_a_chairman_taking_on_the_ceos_responsibility_is_an_executive_change():
    df = article_frames(
        "18 September 2023",
        "The Board of Directors announced that Albert M. Baehr, Chairman, will take on the additional responsibility of "
        "Chief Executive Officer on an ad interim basis until a successor is appointed.",
    )["events"]
    assert list(df["type"]) == ["executive_change"]


# --------------------------------------------------------------------------- results, regulators, prices


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Harlow Drug will close 1,200 stores as the chain seeks to turn around a U.S. business that contributed to a $3 billion "
         "quarterly loss.", 3e9),
        ("Harlow Foods’ report shows an income loss of $417 million, $1.07 per share, for the quarter.", 417e6),
    ],
)  # fmt: skip
def test_a_loss_told_as_contributed_to_or_shown_is_a_result(sentence, amount):
    assert result_rows(article_frames("August 7, 2023", sentence)["events"])[-1][1] == amount


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Labs said its New York plant has been issued a Form 483 with three observations after an FDA audit.",
        "Kestrel Labs received an Establishment Inspection Report (EIR) from the US health regulator for its plant.",
        "Kestrel Labs said it had received a warning letter from the FDA for its Ohio site.",
    ],
)
def test_a_drug_regulators_inspection_outcome_is_regulation(sentence):
    assert "regulation" in set(article_frames("March 10, 2021", sentence)["events"]["type"])


def test_a_price_compared_to_the_previous_market_close_is_that_sessions():
    df = article_frames(
        "February 28, 2025",
        "Bharat Infotech share price is down over 4 per cent to ₹3,467.40 in the afternoon session of Friday’s stock "
        "market, compared to ₹3,612.35 at the previous market close.",
        title="Bharat Infotech share price hits 52-week low",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(3467.4, "2025-02-28"), (3612.35, "2025-02-27")]


def test_the_level_at_which_shares_closed_is_a_price_after_a_target():
    df = article_frames(
        "September 19, 2017",
        "He also set a price target on Tesla’s stock of $280 a share. That’s far lower than the $375.10 level at which "
        "Tesla’s shares closed on Tuesday.",
        title="Tesla shares take hit on analyst's negative views",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(375.1, "2017-09-19")]


def test_a_week_named_in_a_cause_after_the_price_does_not_date_it():
    df = article_frames(
        "August 20, 2018",
        "The JSE started the week on a positive note.",
        "Kaap Foods gained 1.82% to R280 having fallen almost 20% last week when it warned on earnings.",
        "Vaal Media rose 2.14% to R3,248, tracking gains in an associate, which had come under pressure after announcing "
        "disappointing earnings last week.",
        title="JSE pushes higher",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(280.0, "2018-08-20"), (3248.0, "2018-08-20")]


def test_a_close_named_with_a_month_in_capitals():
    df = article_frames(
        "April 6, 2018",
        "Brokers' take: three stocks to consider.",
        "HARBOUR EDUCATION APRIL 5 CLOSE: S$0.68",
        title="Brokers' take",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(0.68, "2018-04-05")]


def test_a_move_told_at_length_before_a_price_per_share():
    df = article_frames(
        "March 22, 2019",
        "Kestrel Bio stock was down another 2.2% in Friday morning trading, to $221.83 per share, while the S&P 500 was "
        "also down about 1%.",
        title="Kestrel Bio downgraded",
    )["prices"]
    assert [(p, d) for _, p, d in price_rows(df)] == [(221.83, "2019-03-22")]


def test_earnings_per_share_with_a_slash_are_no_price():
    assert (
        price_rows(article_frames("March 22, 2019", "Kestrel Bio earnings were $2.10/share in the quarter.")["prices"])
        == []
    )
