"""Round four of real-outlet patterns, as our own sentences: brokers of India, Japan, Australia, Canada and Europe,
targets stated in the sentence after the firm's, the market's dollar for targets and events, guidance with its
figure, layoff rounds named without their noun, date lines in day-first and US order, Title Case headlines.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, layoff_rows

from data_layer.companies import resolve_companies
from data_layer.dates import parse_published


def _targets(date_line: str, *paragraphs: str, title: str = "Brokers on the stock"):
    df = article_frames(date_line, *paragraphs, title=title)["targets"]
    return sorted(
        (f, None if t != t else float(t), c if isinstance(c, str) else None)
        for f, t, c in zip(df["firm"], df["target"], df["currency"], strict=True)
    )


TARGETS = [
    (  # Indian brokerages, a target in the sentence after the firm's ("Its target price is ...")
        "Jan 30, 2025",
        [
            "Motilal Oswal has a buy call on Tarkesh Motors with a target price of Rs 1,100.",
            "Kotak Institutional Equities retained its 'add' rating on the stock and cut its fair value to Rs 900 "
            "from Rs 950.",
            "Nuvama Institutional Equities has maintained a 'buy' rating on the stock. Its target price is Rs 1,150.",
        ],
        [
            ("Kotak Institutional Equities", 900.0, "INR"),
            ("Motilal Oswal", 1100.0, "INR"),
            ("Nuvama Institutional Equities", 1150.0, "INR"),
        ],
    ),
    (  # a bare $ on the ASX is the Australian dollar, for targets as for prices
        "August 28, 2024",
        [
            "Coralbay Foods (ASX: CBF) shares fell 3.1 per cent to $33.50 on Wednesday.",
            "Morgans downgraded the stock to hold from add and lowered its price target to $34.50.",
            "Shaw and Partners kept its buy call with a $41 target.",
        ],
        [("Morgans", 34.5, "AUD"), ("Shaw and Partners", 41.0, "AUD")],
    ),
    (  # Canadian dealers
        "Feb 12, 2025",
        [
            "Lakemont Software (TSX: LKM) shares rose 4.2 per cent to C$165.23 in Toronto.",
            "RBC Dominion Securities raised its target price to C$190 from C$175 and kept an outperform rating.",
            "National Bank Financial reiterated its sector perform rating.",
        ],
        [("National Bank Financial", None, None), ("RBC Dominion Securities", 190.0, "CAD")],
    ),
]


@pytest.mark.parametrize(("date_line", "paragraphs", "expected"), TARGETS)
def test_targets_of_many_markets(date_line, paragraphs, expected):
    assert _targets(date_line, *paragraphs) == expected


def _events(date_line: str, *paragraphs: str, title: str = "Company news"):
    df = article_frames(date_line, *paragraphs, title=title)["events"]
    return [
        (t, None if a != a else float(a), d if isinstance(d, str) else (None if d is None else str(d)))
        for t, a, d in zip(df["type"], df["amount_usd"], df["date"], strict=True)
    ]


GUIDANCE = [
    ("Halvern expects fourth-quarter and full-year sales of $410 million and $1.5 billion, respectively.", 410e6),
    ("Halvern now projects that 2026 revenue will be between $7.1 billion and $7.3 billion.", 7.1e9),
    ("The company says profit would be about $4.20 a share on sales of $21 billion in the current quarter.", 21e9),
    ("Halvern put its second-quarter revenue outlook in the range of $450 million to $465 million.", 450e6),
    ("The restructuring offsets a forecast net loss of $1.2 billion for the year to March, Halvern said.", 1.2e9),
    ("Halvern forecast a fourth-quarter adjusted loss of 10 to 14 cents per share.", None),
]


@pytest.mark.parametrize(("sentence", "usd"), GUIDANCE)
def test_guidance_is_read_with_its_figure(sentence, usd):
    events = _events(
        "Jan 13, 2026", "Halvern Devices (NASDAQ: HLVD) makes cameras.", sentence, title="Halvern shares fall"
    )
    guidance = [e for e in events if e[0] == "guidance"]
    assert len(guidance) == 1
    if usd is not None:
        assert guidance[0][1] == pytest.approx(usd)


def test_analysts_forecast_is_no_guidance():
    events = _events(
        "Jan 13, 2026",
        "Halvern Devices (NASDAQ: HLVD) makes cameras.",
        "Analysts had forecast a net loss of $3 million.",
        title="Halvern shares fall",
    )
    assert [e for e in events if e[0] == "guidance"] == []


def test_event_amounts_on_the_asx_are_not_dollars():
    events = _events(
        "August 28, 2024",
        "Coralbay Foods (ASX: CBF) reported a 21 per cent fall in net profit to $1.71 billion.",
        title="Coralbay profit falls",
    )
    assert ("financial_result", None) in [(t, a) for t, a, _ in events]


def test_a_date_in_another_clause_does_not_date_the_event():
    events = _events(
        "14 March 2025",
        "Fernhall Group, which will report interim results on July 17, said last month it would close its "
        "Hatfield warehouse.",
        title="Fernhall shares slump",
    )
    closure = [e for e in events if e[0] == "closure"]
    assert closure and closure[0][2].startswith("2025-02")


_layoffs = layoff_rows


def test_an_earlier_round_named_without_its_noun():
    got = _layoffs(
        "Jan 14, 2026",
        "Handset maker Orvell Inc. said Wednesday it will cut 4,000 more jobs this year, in addition to 3,000 it "
        "announced last year.",
        title="Orvell to cut 4,000 jobs",
    )
    assert got == [(3000, 3000, "round"), (4000, 4000, "round")]


def test_a_total_named_after_its_number():
    got = _layoffs(
        "Jan 14, 2026",
        "Orvell said it would eliminate 5,000 more positions. That would bring to 34,000 the number of jobs the "
        "company is planning to cut worldwide by October.",
        title="Orvell to cut more jobs",
    )
    assert (34000, 34000, "cumulative") in got


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("PTI | New Delhi | Updated: 09-11-2025 18:16 IST | Created: 09-11-2025 17:55 IST", "2025-11-09"),
        ("11/27/2025 | 06:18am EST", "2025-11-27"),
        ("03-04-2025", "2025-04-03"),
    ],
)
def test_numeric_date_lines(line, day):
    assert parse_published(line).date().isoformat() == day


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        (  # a Title Case headline: the broker's verb ends one name
            "Jefferies Upgrades Varun Life to Buy on Strong Pipeline",
            "Jefferies has upgraded Varun Lifesciences to a 'Buy' rating. Varun Lifesciences shares rose 4%.",
            "Varun Lifesciences",
        ),
        (  # the broker named after "at" in a headline
            "Snap downgraded to Neutral from Buy at Goldman Sachs",
            "Goldman Sachs downgraded Snap Inc. to Neutral. Snap shares fell 5% before the bell.",
            "Snap",
        ),
        (  # a possessive that belongs to the name
            "Sarda's Laboratories shares jump nearly 6 pc",
            "Shares of Sarda's Laboratories closed 6 per cent higher. Sarda's Laboratories reported a profit.",
            "Sarda's Laboratories",
        ),
        (  # a job title ends the name: "Kerala Tea Managing Director Jo P Varghese said"
            "Kerala Tea shares zoom over 9% after strong Q4 earnings",
            "Shares of Kerala Tea on Friday jumped 9 per cent after the company posted a jump in net profit.\n"
            'Kerala Tea Managing Director Jo P Varghese said: "Despite challenging conditions, we did well."',
            "Kerala Tea",
        ),
    ],
)
def test_headline_company(title, body, company):
    found = resolve_companies(title, f"{title}\n{body}")
    assert found and found[0].name.startswith(company) and "Director" not in found[0].name


def test_a_quoted_ticker_in_a_sentence_is_no_name_field():
    title = "Halvern rises after Corvex agrees to buy it"
    body = "Corvex (ticker: CRVX) expects the deal to close in the current quarter, subject to approval."
    names = [c.name for c in resolve_companies(title, f"{title}\n{body}")]
    assert all(len(n.split()) <= 4 for n in names)


def _prices(date_line: str, *paragraphs: str, title: str = "Company news"):
    df = article_frames(date_line, *paragraphs, title=title)["prices"]
    return sorted((str(d)[:10], float(p)) for d, p in zip(df["date"], df["price"], strict=True))


PRICES = [
    (  # a trading range told without "52-week" is no price of the day
        "Wed, May 3, 2023",
        "Harumi shares have traded between a low of $56.47 and a high of $72.89 and are now at $72.19.",
        [("2023-05-03", 72.19)],
    ),
    (  # a comparison's day ("since June 4", "quarter ended May 4") is not the price's; "since April 23's close" is
        "Aug 12, 2008",
        "The shares rose 6.6 percent to close at 483 yen, the biggest increase since June 4.",
        [("2008-08-12", 483.0)],
    ),
    (
        "Friday, May 25, 2012",
        "Harumi shares rose 10 percent to $74.69 as it reported results for its quarter, which ended May 4.",
        [("2012-05-25", 74.69)],
    ),
    (
        "Monday, Aug 20, 2012",
        "All told, Harumi has gained $76.21 per share since April 23rd's closing price of $524.75.",
        [("2012-04-23", 524.75)],
    ),
    (  # an exchange rate is no share price
        "Dec 21, 2023",
        "The dollar traded at 142.98 yen against 143.63 yen in New York.",
        [],
    ),
    (  # a named close inside an offer-premium sentence; "to a record $X per share close"
        "Monday, February 27, 2023",
        "The purchase marks a 19.2 per cent premium over the $40.28 closing price of Harumi shares on Friday.",
        [("2023-02-24", 40.28)],
    ),
    (
        "Friday, May 25, 2012",
        "Shares of Harumi rose nearly 10 percent to a record $74.69 per share close on Thursday.",
        [("2012-05-24", 74.69)],
    ),
    ("Monday, February 27, 2023", "The offer is 20% above the 30-day average closing price of $40.28.", []),
    (  # a change in pence before "higher at": the price after it, past an earlier "profits of"
        "Tuesday 2 May 2023",
        "Harumi reported profits of £4.75billion, leading its shares 3.5% or 77.5p higher at 2,266.5p.",
        [("2023-05-02", 2266.5)],
    ),
    (  # "a rise of 14.2p to 126.9p", "a gain of $26.25": the change is no price
        "Tuesday 2 May 2023",
        "Harumi Group, with a 12.6% rise of 14.2p to 126.9p, was the top FTSE 100 gainer.",
        [("2023-05-02", 126.9)],
    ),
    (
        "Wednesday 3 May 2023",
        "Harumi shares fell through the day, closing at $446.66; that still represents a gain of $26.25, or 6.2 "
        "percent, on the week.",
        [("2023-05-03", 446.66)],
    ),
    (  # Indian desk wording: "quoted Rs X apiece", "the previous close of Rs Y", "hit a 52-week high of", "scrip"
        "Feb 15, 2023",
        "The stock quoted Rs 417 apiece on NSE, up around 2.25 per cent from the previous close of Rs 408.",
        [("2023-02-14", 408.0), ("2023-02-15", 417.0)],
    ),
    ("Feb 15, 2023", "Harumi Power hit a 52-week high of Rs 6,436.", [("2023-02-15", 6436.0)]),
    ("Aug 12, 2024", "The scrip had hit a high of Rs 76.59 on Friday.", [("2024-08-09", 76.59)]),
    ("Feb 15, 2023", "Harumi Power's 52-week high of Rs 6,436 was set in June.", []),
    (  # news released late the day before moves the next session; the close is the article's day
        "Feb 6, 2026",  # a Friday
        "Harumi shares closed up 4.12 percent at 1,691 yen after the electronics group late Thursday announced job "
        "cuts.",
        [("2026-02-06", 1691.0)],
    ),
    (  # the same quote on a second exchange
        "Jul 28, 2025",
        "As of 1.07 pm, Tarsus shares are trading at ₹3,096.10 on the NSE and ₹3,096.00 on the BSE.",
        [("2025-07-28", 3096.0), ("2025-07-28", 3096.1)],
    ),
    (  # "the previous closing price" is the trading day before the article's
        "Aug 28, 2024",
        "Nuvama raised its target price to Rs 1,450, a 30% upside from the previous closing price of Rs 1,113.80.",
        [("2024-08-27", 1113.8)],
    ),
    (  # "per unit" in a translated wire is per share
        "February 19, 2013",
        "At 09:50 GMT, Marlow shares rose by five per cent to €52.72 per unit, while the Cac 40 rose to 3697.",
        [("2013-02-19", 52.72)],
    ),
    (  # "at a record $X"
        "Jul 20, 2011",
        "The stock, up 17 percent this year, had closed at a record $376.85 yesterday.",
        [("2011-07-19", 376.85)],
    ),
]


@pytest.mark.parametrize(("date_line", "text", "expected"), PRICES)
def test_prices_round_four(date_line, text, expected):
    assert _prices(date_line, text, title="Harumi Tarsus Marlow shares") == expected


def test_an_offer_per_share_is_still_no_price():
    assert _prices("Jan 5, 2026", "Corvex agreed to buy Halvern for $12 a share in cash.") == []


TARGET_ROWS = [
    ("Jefferies has turned positive on Shorwell. It ups the shares from hold to buy, with a price target of 2400p.",
     [("Jefferies", 2400.0)]),
    ("Analysts at Zacks downgraded shares of Shorwell from a neutral rating to an underperform rating on Friday.",
     [("Zacks", None)]),
    ("Shorwell is cutting 10 per cent of its work force as part of an ongoing effort to reduce costs.", []),
    # targets without a currency sign, in notes that drop it
    ("Shorwell Group (NYSE: SHWL) fell. Piper Sandler kept an overweight rating. The firm's new target price of 132, down from 153, implies upside "
     "potential of 21.8%.", [("Piper Sandler", 132.0)]),
    ("Needham cut its target price for Shorwell from 172 to 130 and kept a buy rating.", [("Needham", 130.0)]),
    ("Barclays' price objective suggests a potential upside of 17.86% from the current price.", []),
    # the target in the next sentence, its amount first
    ("Mizuho downgraded Shorwell to neutral. The $15 price target was maintained.", [("Mizuho", 15.0)]),
    # the nearest firm, even one named without a rating word
    ("Shorwell Group (NYSE: SHWL) fell. Citi has a buy rating. Morgan Stanley noted a small beat on revenues. The brokerage firm has a target share "
     "price of $22.60 on the shares.", [("Citi", None), ("Morgan Stanley", 22.6)]),
    # a known broker quoted after its own words
    ("\"We reiterate our BUY rating with a revised target price of $70.40,\" said MOFSL.", [("MOFSL", 70.4)]),
    ("\"The company remains on a strong footing. Maintain BUY,\" said ICICI Securities.",
     [("ICICI Securities", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TARGET_ROWS)
def test_target_phrasings(text, expected):
    got = [(f, t) for f, t, _ in _targets("Sep 27, 2025", text, title="Shorwell shares rise")]
    assert got == expected


def test_a_named_companys_ticker_is_no_firm():
    got = _targets(
        "Jun 8, 2025",
        "Analysts are weighing in on Halvern Devices (NASDAQ: HLVD) and Corvex Inc (NYSE: CRVX).",
        "Thanks to a pair of price-target hikes, CRVX has added 0.6% this morning to hit $67.90.",
        title="Analysts weigh in on Halvern",
    )
    assert [f for f, _, _ in got if f == "CRVX"] == []


EVENT_ROWS = [
    (  # a result linked by "stood" in an Indian wire, in crore
        "The company's net profit during the July-September period stood Rs 1,089 crore, up 90 per cent.",
        ("financial_result", None),
    ),
    (  # a parenthetical between the metric and its figure
        "Also on Tuesday, Halvern said its third-quarter sales, excluding commissions, were 1.32 billion dollars.",
        ("financial_result", 1.32e9),
    ),
    (  # the company is the one acquired: the buyer is the counterparty, the deal is announced, not completed
        "Halvern shares rose 1% after the chip maker announced an agreement to be acquired by Corvex Inc. for about "
        "$47 billion.",
        ("acquisition", 47e9),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), EVENT_ROWS)
def test_event_phrasings(sentence, expected):
    df = article_frames("Oct 27, 2026", "Halvern Devices (NASDAQ: HLVD) makes chips.", sentence, title="Halvern news")[
        "events"
    ]
    rows = [(t, None if a != a else float(a)) for t, a in zip(df["type"], df["amount_usd"], strict=True)]
    assert expected[0] in [t for t, _ in rows]
    got = next(a for t, a in rows if t == expected[0])
    assert got == (pytest.approx(expected[1]) if expected[1] else None)
    if expected[0] == "acquisition":
        assert list(df["counterparty"]) == ["Corvex"] and list(df["status"]) == ["announced"]


def test_a_legal_form_is_no_ticker_suffix():
    from data_layer.markets import market_for

    assert market_for("Shares of Halvern Semiconductors N.V. surged 3.1% in premarket trade.") is None
    assert market_for("Bharti Airtel (BHARTIARTL.NS) rose 2%.").code == "IN"


def test_a_firm_named_a_sentence_before_the_anaphor_without_a_rating_cue():
    got = _targets(
        "Sep 27, 2025",
        "Jefferies thinks the uncertainties are fewer now, and it is time to pile into the stock. It ups the shares "
        "from hold to buy, with a price target of 2400p.",
        title="Shorwell shares rise",
    )
    assert got == [("Jefferies", 2400.0, "GBX")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Orvell Is Laying Off More Than 3,000 as CEO Calls for Cuts", [(3000, 3000, "round")]),
        ("Orvell laid off 12 in 2019, its filings show", []),
    ],
)
def test_a_headline_count_laid_off_without_its_noun(title, expected):
    assert _layoffs("Jan 15, 2025", "Orvell Platforms (NASDAQ: ORVL) makes apps.", title=title) == expected


def test_a_headline_rounding_a_body_price_is_no_price_of_its_own():
    got = _prices(
        "Oct 29, 2025",
        "Halvern shares closed at $201.03 on Tuesday, up 5%.",
        title="Halvern Stock Just Hit $201 and Eyes $5 Trillion",
    )
    assert got == [("2025-10-28", 201.03)]


@pytest.mark.parametrize(
    ("date_line", "text", "expected"),
    [
        ("Oct 19, 2015", "Stock in Marlow Bank was up 3.5 percent to 26.8 euros per share.", [("2015-10-19", 26.8)]),
        ("Mar 9, 2023", "Its shares firmed 1.5 per cent at $29.89 per share.", [("2023-03-09", 29.89)]),
        ("Apr 30, 2021", "On NSE, Tarsus Coffee zoomed 9.42 per cent to its 52-week high of Rs 139.85.",
         [("2021-04-30", 139.85)]),
        ("Jan 16, 2013", "Harrow and Lenz increased 0.8 percent to 60.90 Swiss francs and 0.3 percent to 197.70 francs.",
         [("2013-01-16", 60.9), ("2013-01-16", 197.7)]),
    ],
)  # fmt: skip
def test_moves_per_share_records_and_francs(date_line, text, expected):
    assert _prices(date_line, text, title="Shares on the move") == expected


def test_the_company_acquired_for_a_price_told_before_the_verb():
    df = article_frames(
        "Apr 17, 2023",
        "Halvern Biosciences (NASDAQ: HLVB) stock is soaring on Monday.",
        "The deal has Corvex offering a total of $10.8 billion to acquire Halvern Biosciences.",
        title="Halvern stock soars on Corvex deal",
    )["events"]
    acq = df[df["type"] == "acquisition"]
    assert list(acq["amount_usd"]) == [pytest.approx(10.8e9)] and list(acq["counterparty"]) == ["Corvex"]


@pytest.mark.parametrize(
    ("title", "date_line", "paragraphs", "expected"),
    [
        (  # a digest headline "X Analysts Give Y (ETR:Z) a Target": Y is the company, not "X Analysts Give Y"
            "Baader Bank Analysts Give Halvern EuroShop (ETR:HLV) a €30.00 Price Target",
            "Sep 20, 2019",
            ["Baader Bank set a €30.00 ($34.88) price target on Halvern EuroShop (ETR:HLV) in a research note. The "
             "brokerage currently has a buy rating on the stock.",
             "Nord/LB set a €24.00 ($27.91) price objective on shares of Halvern EuroShop and gave the stock a neutral "
             "rating."],
            [("Baader Bank", 30.0, "EUR"), ("Nord/LB", 24.0, "EUR")],
        ),
        (  # "Analyst NAME maintained ..." continues the firm of the sentence before
            "Halvern gets another Buy",
            "Jan 7, 2020",
            ["Halvern Power (NASDAQ: HLVP) received another Buy, this time from H.C. Wainwright. Analyst Amit Dayal "
             "maintained a Buy rating on Halvern Power today and set a price target of $4.00."],
            [("H.C. Wainwright", 4.0, "USD")],
        ),
        (  # a participial phrase before "he"; a Globe and Mail "-T" ticker is Toronto
            "Halvern target cut",
            "Aug 9, 2021",
            ["Canaccord Genuity analyst Matt Bottomley reduced his revenue estimates for Halvern Growth Corp. (HLV-T).",
             "Keeping a hold rating, he reduced his target to $25 from $30."],
            [("Canaccord Genuity", 25.0, "CAD")],
        ),
        (  # the rated company's possessive after the firm's verb is no firm
            "Brokers",
            "Sep 5, 2013",
            ["Credit Suisse upgraded oilfield services group Halvern’s share rating to “outperform” from “neutral” "
             "with an increased target price of 1,800p, up from 1,750p."],
            [("Credit Suisse", 1800.0, "GBX")],
        ),
        (  # a move of a share in a wrap is no target, whatever the subject
            "Tokyo stocks",
            "Nov 4, 2021",
            ["Harumi was down 1.66 percent at 49,140 yen after a report said output would miss its initial target."],
            [],
        ),
        (  # a digest bullet leaves out "target": "FIRM's ANALYST to $X from $Y with a ... rating"
            "Monday's analyst upgrades and downgrades",
            "Aug 9, 2021",
            ["Other analysts making adjustments to Halvern Growth Corp. (HLV-T) include:",
             "* CIBC’s Jo Zamora to $27 from $30 with a “neutral” rating.",
             "* Stifel’s W. Andrew Carter to $18 from $21 with a “sell” rating."],
            [("CIBC", 27.0, "CAD"), ("Stifel", 18.0, "CAD")],
        ),
        (  # an estimate cut in the same shape is no target
            "Halvern estimates",
            "Aug 9, 2021",
            ["Canaccord Genuity analyst Matt Bottomley cut Halvern's revenue estimate to $690-million from "
             "$817-million."],
            [],
        ),
        (  # "Mr. Bottomley" two sentences on keeps the analyst's firm for a later "he"
            "Halvern target cut",
            "Aug 9, 2021",
            ["Canaccord Genuity analyst Matt Bottomley reduced his estimates for Halvern Growth Corp. (HLV-T).",
             "Before the bell on Friday, Halvern reported revenue of $136-million, below Mr. Bottomley's forecast.",
             "Adult-use sales also fell.",
             "With the results, Mr. Bottomley cut his full-year revenue estimate.",
             "His adjusted EBITDA projection slid.",
             "Keeping a “hold” rating, he reduced his target to $25 from $30."],
            [("Canaccord Genuity", 25.0, "CAD")],
        ),
        (  # a sentence opening with the target continues the firm; the headline's broker is not the company
            "HLV – Macquarie rates the stock as Upgrade to Neutral",
            "January 8, 2021",
            ["Following Halvern's second quarter update on the ASX, Macquarie analysts have updated their modelling.",
             "Macquarie upgrades to Neutral from Underperform. Price target falls slightly to $70.50 on higher bond "
             "yields."],
            [("Macquarie", 70.5, "AUD")],
        ),
    ],
)  # fmt: skip
def test_digest_and_anaphor_targets(title, date_line, paragraphs, expected):
    assert _targets(date_line, *paragraphs, title=title) == expected


def _types(date_line: str, *paragraphs: str, title: str = "Halvern news") -> list[str]:
    return sorted(
        article_frames(date_line, "Halvern Group (NYSE: HLVG) makes things.", *paragraphs, title=title)["events"][
            "type"
        ]
    )


@pytest.mark.parametrize(
    ("paragraphs", "types"),
    [
        (["Halvern said it will close four plants.", "Halvern shares climbed after it said it would close some "
          "factories."], ["closure"]),
        (["Investors and regulators both have to give their approval before this deal can go through."], []),
        (["Halvern said it expected a net loss of 6.2 billion euros, mostly due to high litigation costs."], []),
        (["Holcim rose 0.9 percent after Jefferies & Co. increased its price forecast for the stock."], []),
        (["Bernstein said the shares track revenue momentum but expects service revenues to turn negative."], []),
        (["Corvex agreed to acquire Halvern Group for $2 billion.",
          "“The agreement with Halvern will accelerate our growth,” Corvex said."], ["acquisition"]),
    ],
)  # fmt: skip
def test_event_false_friends(paragraphs, types):
    assert _types("Jun 11, 2019", *paragraphs) == types


def test_results_posted_on_the_articles_day_are_no_earnings_date():
    got = _types(
        "June 11, 2019",
        "Halvern released full-year guidance on Tuesday as it posted better-than-expected fourth-quarter results.",
    )
    assert "earnings_date" not in got


def test_an_index_is_no_company():
    title = "Swiss stocks rise"
    body = (
        "The Swiss Market Index advanced 0.1 percent to 7,279.17 at 11:15 a.m. in Zurich. The Swiss Market Index rose."
    )
    assert [c.name for c in resolve_companies(title, f"{title}\n{body}")] == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("AFP 04 Nov 2021", "2021-11-04"),
        ("PTI, May 12, 2024", "2024-05-12"),
        ("Posted March 4, 2024 9:43 am.", "2024-03-04"),
    ],
)
def test_an_agency_before_the_date_line(line, day):
    from data_layer.ingest._text import classify_header

    assert classify_header(line).published.date().isoformat() == day


def test_a_close_on_an_earlier_day_beats_a_midday_word_in_the_lead():
    got = _prices(
        "Feb 27, 2015",
        "Canada's main stock market closed higher Thursday as the financial shares rose.",
        "The benchmark index was up 12.59 points, hitting the highest point in midday trading.",
        "Lakeview Bank rose 3.26 percent to 95.23 Canadian dollars.",
        title="Canadian stock market extends gains",
    )
    assert got == [("2015-02-26", 95.23)]


def test_a_half_yearly_report_due_next_month_is_an_earnings_date():
    df = article_frames(
        "Jan 8, 2021",
        "Halvern Limited (ASX: HLV) runs exchanges.",
        "Analysts updated their modelling ahead of the upcoming half-yearly report, scheduled for release in February.",
        title="Halvern upgraded",
    )["events"]
    assert [(t, d.iso() if hasattr(d, "iso") else str(d)[:7]) for t, d in zip(df["type"], df["date"], strict=True)] == [
        ("earnings_date", "2021-02")
    ]


def test_staff_being_released_is_no_product():
    assert _types("Jul 28, 2025", "Some associates will be released as their roles cannot be restructured.") == []


def test_a_deals_expected_close_is_kept():
    df = article_frames(
        "Apr 17, 2023",
        "Halvern Group (NYSE: HLV) agreed to acquire Corvex Labs for $310 million in cash. The acquisition is "
        "expected to close in the third quarter of 2023.",
        title="Halvern to buy Corvex",
    )["events"]
    assert list(zip(df["type"], df["amount_usd"], df["expected_close"], strict=True)) == [
        ("acquisition", pytest.approx(310e6), "2023-Q3")
    ]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        # results told in a price sentence's "after" clause, with or without a figure
        ("Halvern soared 6.6 per cent to $234 after the drug maker increased full-year profit by 11 per cent to "
         "$2.8 billion.", ["financial_result"]),
        ("Halvern shares are down 2% after the company reported its quarterly results last night.",
         ["financial_result"]),
        ("Shares of Halvern are up 11% in pre-market trading after the company beat on both the top and bottom-line.",
         ["financial_result"]),
        ("Halvern rose 14.2p to 126.9p after it posted a better-than-expected 3% fall in first-quarter earnings.",
         ["financial_result"]),
        ("Strong results from Halvern contributed to the positive sentiment on the ASX.",
         ["financial_result"]),
        ("Halvern surged by almost 10% in the wake of better-than-expected half-year results.", ["financial_result"]),
        ("Halvern rose 16p to 365.25p following an 18% hike in first-half profits.", ["financial_result"]),
        ("Halvern fell 5% following a profit warning.", ["guidance"]),
        # a forecast raised after a result: both
        ("Halvern has raised its revenue forecast for 2026 after posting a net profit of 1.44 billion euros in the "
         "second quarter.", ["financial_result", "guidance"]),
        # guidance in more words
        ("Halvern also signaled an improved full-year 2026 outlook.", ["guidance"]),
        ("Halvern raised its fiscal 2026 financial performance expectations to $4.30 per share.", ["guidance"]),
        ("Halvern said it is targeting an operating profit of 380 billion yen ($2.5 billion) in fiscal 2028.",
         ["guidance"]),
        ("Halvern shares rose, with the company predicting its profit would grow this year by 7 per cent.",
         ["guidance"]),
        # analysts' views of the stock are no company guidance
        ("Analysts are beginning to update their guidance for the stock.", []),
        ("Halvern dropped 5 percent to 5,442 yen after a brokerage firm downgraded its outlook on the stock.", []),
    ],
)  # fmt: skip
def test_results_and_guidance_in_more_words(sentence, types):
    assert _types("May 3, 2026", sentence) == types


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        ("The Paris Bourse (+ 0.72%) above its annual high",
         "The Paris Bourse ended up 0.72% on Tuesday. Halvern Bank (EPA:HLVB) jumped 5%.", "Halvern Bank"),
        ("Most actively traded companies on the Toronto Stock Exchange",
         "Toronto Stock Exchange (20,260.13, up 40.94): Halvern Parts Inc. (TSX:HLV). Up 7.12 per cent.", "Halvern"),
        ("Canada rejects sale of Arctic mine to Chinese company Shandong Halvern",
         "Canada rejected the sale of Corvex Mining (TSX:CVX) to Chinese company Shandong Halvern.", None),
        ("Should Investors Be Buying HALVERN (ETR:HLV) Shares? Kepler Has Just Upgraded The Stock",
         "HALVERN (ETR:HLV) was upgraded by Kepler.", "HALVERN"),
    ],
)  # fmt: skip
def test_venues_nationalities_and_headline_verbs_are_no_company_names(title, body, company):
    names = [c.name for c in resolve_companies(title, f"{title}\n{body}")]
    assert not any(n in ("Paris Bourse", "Toronto Stock Exchange", "Chinese") or n.startswith("Be ") for n in names)
    if company:
        assert names[0].startswith(company)


def test_a_broker_named_once_is_not_the_subject_of_a_story_about_an_unlisted_company():
    title = "QXT share price slumps 2.5% after Q3 results"
    body = (
        "QXT share price slumped by more than 2.5% to hit the day's low at Rs 1,840.10 this morning. "
        "Morgan Stanley noted that there has been a small beat on the revenues. The brokerage firm has a target "
        "share price of Rs 2,260 on the shares."
    )
    assert [c.name for c in resolve_companies(title, f"{title}\n{body}")] != ["Morgan Stanley"]
    assert _targets("Jan 11, 2019", body, title=title) == [("Morgan Stanley", 2260.0, "INR")]


def test_a_closure_that_affects_employees_is_a_layoff_figure():
    df = article_frames(
        "Mar 4, 2024",
        "Halvern Group (TSX: HLV) said on Feb. 13 that it was closing three plants in a move "
        "that would affect 310 employees.",
    )["layoffs"]
    assert list(zip(df["low"], df["high"], strict=True)) == [(310, 310)]
    df = article_frames(
        "Mar 4, 2024", "Halvern Group (TSX: HLV) shares closed at $5, affecting 310 employees' savings."
    )
    assert df["layoffs"].empty
