"""Round eighteen of real-outlet patterns, as our own sentences: a headcount that falls by a number, a decision
that affects the workers of a closed site, cuts the article counts after it has named the jobs.
"""

from __future__ import annotations

import datetime as dt

import pytest
from article_frames import article_frames, event_types, layoff_rows, price_days, target_rows

from data_layer import extract, read_bytes
from data_layer.companies import resolve_companies
from data_layer.dates import parse_published

_layoffs = layoff_rows


# --------------------------------------------------------------------------- layoffs

LAYOFFS = [
    # the headcount as the subject of a fall
    pytest.param(
        "January 16, 2013",
        ("Corvane Ltd said on Wednesday it would cut 700 jobs across the country.",
         "Corvane said total employee numbers would fall by about 1,000 in 2013 as a result of the restructure."),
        [(700, 700, "round"), (1000, 1000, "round")],
        id="employee-numbers-fall-by",
    ),
    pytest.param(
        "May 2, 2018",
        ("Penmoor said headcount would be reduced by around 800 by the end of the year.",),
        [(800, 800, "round")],
        id="headcount-reduced-by",
    ),
    pytest.param(
        "May 2, 2018",
        ("Osgood said the restructuring would see its workforce shrink by 1,200.",),
        [(1200, 1200, "round")],
        id="workforce-shrinks-by",
    ),
    # the closure's workers, in the sentence after the closure or in the same one
    pytest.param(
        "May 2, 2024",
        ("Telmont will close its Kidd Creek copper mine at the end of next year, a spokeswoman said.",
         "The decision will affect about 600 employees, she said."),
        [(600, 600, "round")],
        id="decision-after-a-mine-closure",
    ),
    pytest.param(
        "May 2, 2024",
        ("There was no way to mine any deeper, forcing Telmont to close.",
         "The decision will affect about 600 employees, she said."),
        [(600, 600, "round")],
        id="decision-after-forced-to-close",
    ),
    pytest.param("May 2, 2024", ("The plant closure will affect 450 workers.",), [(450, 450, "round")], id="closure"),
    # cuts alone, after the sentence has named the jobs
    pytest.param(
        "May 2, 2018",
        ("Struan Telecom is set to announce 6,000 job cuts, bringing its total cuts over the past year to 10,000 "
         "employees when added to the 4,000 cuts it announced last year.",),
        [(4000, 4000, "round"), (6000, 6000, "round"), (10000, 10000, "cumulative")],
        id="the-earlier-cuts",
    ),
    # the count the cuts are said to come to
    pytest.param(
        "October 2, 2023",
        ("A business weekly reported the planned cuts in the tyre division on Sunday, saying they could number about "
         "5,500, more than 1,100 of which would be at its German sites.",),
        [(5500, 5500, "round")],
        id="cuts-could-number",
    ),
    # a dozen; staff released; staff made redundant with the count between; staff who left under a scheme
    pytest.param(
        "16 June 2016",
        ("The lacklustre markets have claimed more victims, as Corvane laid off a dozen staff from its broking "
         "business in Singapore a week ago.",),
        [(12, 12, "round")],
        id="a-dozen",
    ),
    pytest.param(
        "16 June 2016",
        ("About 3,000 employees left under a group voluntary retrenchment scheme.",
         "As at January, Corvane had also released about 32 staff from its cash equities division in Hong Kong."),
        [(32, 32, "round"), (3000, 3000, "round")],
        id="left-under-a-scheme-and-released",
    ),
    pytest.param(
        "2020-10-21",
        ("Corvane said it will eliminate 8,500 jobs, making a total of 5,300 staff redundant in Hong Kong.",),
        [(5300, 5300, "round"), (8500, 8500, "round")],
        id="making-staff-redundant",
    ),
    # staff who leave; a second site's count with its noun left out; the parts of a count in brackets
    pytest.param(
        "2009-12-28",
        ("The company said on Monday 5,992 staff were to quit the organisation on Wednesday.",),
        [(5992, 5992, "round")],
        id="staff-to-quit",
    ),
    pytest.param(
        "2016-11-29",
        ("Union officials said that 500 job cuts announced at Struan Steel earlier today came out of the blue.",
         "About 340 jobs could be affected in Scunthorpe and 90 in Workington.",
         "Earlier this year we saw 1,000 people leave the company."),
        [(90, 90, "round"), (340, 340, "round"), (500, 500, "round"), (1000, 1000, "round")],
        id="second-site-and-people-who-left",
    ),
    pytest.param(
        "2024-08-15",
        ("Corvane said it would cut jobs to optimise its personnel on a global scale.",
         "This measure targets 10,000 employees (5,000 in Japan and 5,000 overseas) at consolidated companies, it "
         "said."),
        [(5000, 5000, "round"), (10000, 10000, "round")],
        id="parts-in-brackets",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "expected"), LAYOFFS)
def test_a_layoff_told_another_way(date, paragraphs, expected):
    assert _layoffs(date, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the decision of a sentence with no closure or cut before it
        ("Telmont beat forecasts and raised its dividend.", "The decision will affect about 600 employees, he said."),
        # rate cuts and spending cuts have no count of people
        ("The central bank's rate cuts, which could total 150 basis points, helped banks.",),
        ("Spending cuts that could total 500 million euros are planned.",),
        # released products and shares are no staff
        ("Corvane released 5 new products and released 300 shares.",),
        # staff who leave every year; an industry's cuts across many firms
        ("About 1,000 people leave the company every year.",),
        ("The technology industry has already seen 34,000 job cuts across 141 firms in the current year.",),
    ],
)
def test_no_layoff_without_cuts_of_jobs(paragraphs):
    assert _layoffs("October 2, 2023", *paragraphs) == []


# --------------------------------------------------------------------------- prices, dates and names


def test_a_philippine_page_writes_pesos_with_a_p():
    assert price_days(
        "September 11, 2020",
        "The Philippine Stock Exchange index ended 65.57 points higher to 5,967 on Friday.",
        "Most active shares were led by Lunaris Investment Corp., up P25 to P905; Baywalk Mart, up 25 centavos to "
        "P50; Orchard Land, up 40 centavos to P30.40 and Tagalink up P37 to P1,485.",
    ) == [(30.4, "2020-09-11"), (50.0, "2020-09-11"), (905.0, "2020-09-11"), (1485.0, "2020-09-11")]


def test_a_p_is_no_peso_off_that_market():
    assert price_days("September 11, 2020", "Lunaris rose 2% to $905 in New York, a P25 gain in its model.") == [
        (905.0, "2020-09-11")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most active shares were led by Kestrel Investment Corp., up $25 to $905.",
        "Kestrel Value Partners Group gained 3% to $5.20 on Friday.",
    ],
)
def test_a_veto_word_inside_a_company_name_is_no_veto(sentence):
    assert len(price_days("September 11, 2020", sentence)) == 1


def test_a_korean_stamp_with_a_one_digit_day():
    assert parse_published("2024. 11. 1. 11:24") == dt.datetime(2024, 11, 1, 11, 24)


def test_a_wrapped_page_keeps_its_headline_and_date_line():
    raw = (
        "HSBC lowered the target price for Mornvale Biotech (02999) to HKD46.4\n"
        "8 December 2025\n"
        "[Wire, 8 December 2025] HSBC lowered the target price for Mornvale Biotech (02999) to HKD46.4\n"
        'from HKD69.3 and maintained the "buy" rating on the skincare maker\'s shares.\n'
        "The research house said it cut its 2025-27 earnings forecasts by 17-25% on slower\n"
        "growth of its main brand and weaker demand in the mainland market.\n"
        "It expects margins to hold up on the back of lower marketing costs next year.\n"
        "The shares have fallen by about a third since their peak in the spring.\n"
    )
    art = read_bytes("a.txt", raw.encode())
    art = (art.articles if hasattr(art, "articles") else art)[0]
    assert art.title.endswith("to HKD46.4")
    assert art.published == dt.datetime(2025, 12, 8)
    df = extract([art]).frames()["targets"]
    assert list(zip(df["firm"], df["rating_class"], df["target"], strict=True)) == [("HSBC", "buy", 46.4)]


def test_a_name_with_its_listings_inside_it():
    names = [
        c.name
        for c in resolve_companies(
            "Corvane stock price target lowered to HK$133 by Bernmark on domestic pressures",
            "Bernmark Group has reduced its price target on Corvane (SZ:002999) Co Ltd (HK:1999) (OTC:CRVNF) to "
            "HK$133.00 from HK$145.00 while keeping an Outperform rating. Bernmark cited lower volumes. Bernmark sees "
            "strong battery sales to Tellix (NYSE:TLX) and Xolar (OTC:XOLRF). Bernmark likes exports.",
        )
    ]
    assert names[0] == "Corvane" and "CRVNF" not in names and "Tellix and Xolar" not in names


# --------------------------------------------------------------------------- targets


def test_a_broker_covering_another_broker():
    # the headline's verb after a comma is no second stock, and the covered broker rates nothing itself
    assert target_rows(
        "2024-09-03 01:33:13",
        "On September 2, Mirae Asset Securities raised its target price for Daishin Securities from 15,000 won to "
        '18,000 won and kept its "Buy" rating.',
        "The firm also reiterated its preference for Daishin Securities as its top pick in the sector.",
        title='Mirae Asset Securities Upgrades Daishin Securities Target Price, Maintains "Buy" Rating',
    ) == [("Mirae Asset Securities", "buy", 18000.0)]


TARGETS = [
    # each firm's move in brackets after its name, the target word in the sentence before
    pytest.param(
        "September 26, 2017",
        ("Corvane received no fewer than ten price-target raises after its results beat forecasts.",
         "Some of the most notable increases came from BMO (to $128 from $107), Stifel (to $125 from $110), and "
         "Mizuho (to $125 from $109)."),
        [("BMO", None, 128.0), ("Mizuho", None, 125.0), ("Stifel", None, 125.0)],
        id="moves-in-brackets",
    ),
    # a rating told as "-equivalent", shared by a list of firms
    pytest.param(
        "2022-02-02",
        ("Other analysts were gloomier, with at least three firms including Raymond James, BTIG and Oddo BHF "
         "downgrading the stock to a hold-equivalent rating.",),
        [("BTIG", "hold", None), ("Oddo BHF", "hold", None), ("Raymond James", "hold", None)],
        id="hold-equivalent",
    ),
    # "maintained <stock> with a Buy"
    pytest.param(
        "2022-02-02",
        ("Stifel analyst Chris Moll maintained Tellmark Corporation (NASDAQ: TLMK) with a Buy and lowered the price "
         "target from $135 to $130.",),
        [("Stifel", "buy", 130.0)],
        id="maintained-with-a-buy",
    ),
    # a firm's short name
    # a target moved by a share only: the firm's move without a figure
    pytest.param(
        "2020-10-21",
        ("Analysts expect the restructuring to help the carrier stay afloat. Daiwa raises price target by 19.4 per "
         "cent, while Jefferies maintains 'hold' rating.",),
        [("Daiwa", None, None), ("Jefferies", "hold", None)],
        id="target-raised-by-a-share",
    ),
    # a target moved with no figure: the firms' moves all the same
    pytest.param(
        "2022-02-02",
        ("Wedbush and Argus raised their price targets on the stock after the results.",),
        [("Argus", None, None), ("Wedbush", None, None)],
        id="targets-raised-without-a-figure",
    ),
    pytest.param(
        "2022-02-02",
        ("Morgan Stanley raised its price target on Corvane, while Barclays trimmed its target.",),
        [("Barclays", None, None), ("Morgan Stanley", None, None)],
        id="target-moves-in-two-clauses",
    ),
    pytest.param(
        "2015-01-29",
        ("Weighing in on the stock was Cantor, which raised its price target by $10 to $90, and Stifel, which upped "
         "its target price to $97 from $94.",),
        [("Cantor", None, 90.0), ("Stifel", None, 97.0)],
        id="cantor",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "expected"), TARGETS)
def test_a_firm_and_its_target(date, paragraphs, expected):
    assert target_rows(date, *paragraphs) == expected


def test_the_firms_analyst_in_a_clause_and_its_previous_view():
    # the firm's analyst inside a clause after the share price; the firm's previous analyst's view is history
    assert target_rows(
        "April 16, 2020",
        'Shares of Voltara popped on Wednesday after Goldman Sachs resumed coverage and slapped it with a "buy" rating.',
        "The shares were up 3.3 percent to $733.49, after analyst Mark Dale gave the carmaker's stock a $864 price "
        "target.",
        'Goldman Sachs\' previous Voltara analyst had a "sell" rating and a $158 price target as of last June.',
        title="Voltara shares jump on Goldman Sachs 'buy' rating",
    ) == [("Goldman Sachs", "buy", 864.0)]


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane shares rose 3.7% after reporting a slimmer-than-expected fiscal second-quarter loss.",
        "Corvane fell 8% after reporting earnings that fell significantly short of analysts' expectations.",
        "Corvane, which said after the closing bell that it trimmed its annual net loss to 227.6 billion yen from "
        "970.1 billion yen, rose 3%.",
        "Corvane said its first-quarter loss widened to $5 million.",
        "Osaka-based Corvane reported yesterday that its April-June loss swelled to 138.4 billion yen.",
    ],
)
def test_a_result_told_as_a_loss_or_a_miss(sentence):
    assert event_types("March 22, 2016", sentence, title="Corvane news") == {"financial_result"}


def test_a_government_trimming_its_losses_is_no_result():
    assert "financial_result" not in event_types(
        "March 22, 2016", "The government cut its budget deficit and trimmed its losses on bonds."
    )


def test_ringgit_sen_and_a_session_ended_at():
    df = article_frames(
        "2024-06-13",
        "KUALA LUMPUR, June 13 — Kestrel Marine Bhd shares surged after it won a RM1.1 billion contract on Bursa "
        "Malaysia.",
        "The stock climbed nearly 23 per cent, or 11 sen, to 59 sen within three minutes of the market opening.",
        "The shares of the company had added 2.6% in the session on Wednesday, reaching a low of 45 sen while ending "
        "the day at 48 sen.",
    )["prices"]
    rows = sorted(zip(df["price"], df["currency"], df["kind"], strict=True))
    assert rows == [(0.45, "MYR", "unspecified"), (0.48, "MYR", "close"), (0.59, "MYR", "intraday")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a broker's own forecast, its target move, an analyst's projection and quoted view
        "Jefferies expects EPS to rise 21% annually through FY28 and ROE to reach 16%.",
        "CLSA gave a high-conviction outperform call, although it slightly reduced its target to Rs 1,695, citing "
        "better visibility on the company's FY27 EBIT target of 15%.",
        "His adjusted EBITDA projection slid to a loss of $140-million from a $117.9-million deficit.",
        "The latest result makes the path to profitability harder, in our view, and we do not project positive "
        "EBITDA next year.",
        # worries about an outlook; a wish with no figure
        "These adjustments reflect growing concerns about Corvane's financial outlook in a hard market.",
        "The investment comes after Corvane said it would expand into new markets as it aims to improve growth.",
    ],
)
def test_no_guidance_of_the_company(sentence):
    assert "guidance" not in event_types("2024-01-22", sentence, title="Corvane news")


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane aims to grow revenue by 10% a year.",
        "Corvane aims to deliver mid-single-digit underlying sales growth after the split.",
        "Corvane now expects sales to rise 5% this year.",
    ],
)
def test_guidance_with_a_figure(sentence):
    assert "guidance" in event_types("2024-01-22", sentence, title="Corvane news")


def test_a_rival_named_after_our_company_makes_its_own_cuts():
    df = article_frames(
        "2023-05-18",
        "Struan has announced it plans to cut up to 55,000 jobs by 2030.",
        "The news of Struan job cuts comes just days after fellow telecoms giant Vodafone said they would be cutting "
        "11,000 jobs worldwide.",
        title="Struan to cut 55,000 jobs",
    )["layoffs"]
    assert list(df["low"]) == [55000]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canadian Corvane Railway faces limited opposition so far over its US $ 25 billion bid for Kestrel Southern.",
        "Corvane offered $30 billion in stock to acquire Baxmont.",
        "Corvane rejected a £700m bid this summer, the Sunday Times reported.",
        "Corvane Group commenced a formal sale process.",
        "Corvane sank after it confirmed that it was in talks with Tellmark which could lead to it selling its New "
        "Zealand subsidiary for an estimated £190million.",
    ],
)
def test_a_takeover_told_another_way(sentence):
    assert event_types("2021-04-01", sentence, title="Corvane news") == {"acquisition"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The board rejected a proposal to sell its stake in the mine.",
        "Shareholders rejected the pay proposal at the meeting.",
        "Workers rejected a 3% pay offer.",
        "Investors should look at stocks to buy now.",
    ],
)
def test_no_takeover(sentence):
    assert "acquisition" not in event_types("2021-04-01", sentence, title="Corvane news")


@pytest.mark.parametrize(
    ("sentence", "closed"),
    [
        ("Corvane said it will close Corvane Dragon Airlines, a wholly owned subsidiary, with immediate effect.", True),
        ("Corvane ceased construction at its Nordic 2 facility in Denmark.", True),
        ("Corvane plans to end LCD panel production at its Mobara plant by around next March.", True),
        ("Corvane ended the quarter with production at its plant up 5%.", False),
        ("The market closed higher as its subsidiary rallied.", False),
    ],
)
def test_a_closure_told_another_way(sentence, closed):
    assert ("closure" in event_types("2021-04-01", sentence, title="Corvane news")) is closed


def test_a_results_jump_in_the_lead_is_no_share_move_day():
    # the lead's Tuesday dates the results, not the shares: a quote at a clock time is the paper's own day
    assert price_days(
        "2018-01-24",
        "Corvane Financial Services on Tuesday reported a 52.33 percent jump in consolidated profit for the quarter.",
        "Its total revenue increased by 29.07 percent in the quarter.",
        "At 12:57 hrs Corvane Financial Services was quoting at Rs 290.00, down Rs 4.55, or 1.54 percent.",
        title="Corvane trades lower but brokerages remain overweight",
    ) == [(290.0, "2018-01-24")]


def test_a_name_that_goes_on_another_way_than_a_listed_one():
    # "Cathay" alone is the short form of the article's "Cathay Skyways", not the listed "Cathay General Bancorp"
    names = [
        c.name
        for c in resolve_companies(
            "Cathay Skyways shares jump after the flag carrier announces an overhaul",
            "Cathay Skyways Airlines jumped on Wednesday after it announced a restructuring. Cathay said in a filing "
            "that it will close a subsidiary. Cathay said it would cut costs.",
        )
    ]
    assert names[0] == "Cathay Skyways Airlines" and "Cathay General Bancorp" not in names
