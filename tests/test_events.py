"""Corporate events extractor: a table of news sentences, negatives, consolidation and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data_layer.extract._doc import Doc
from data_layer.extract.events import extract
from data_layer.models import Article, Company, DateBasis, Event

PUB = dt.datetime(2025, 3, 5, 9, 30)


def run(body: str, published: dt.datetime | None = PUB, company: str | None = None) -> list[Event]:
    companies = (Company(name=company),) if company else ()
    return extract(Doc.of(Article(id="t", body=body, published=published, companies=companies)))


def one(body: str, **kw) -> Event:
    events = run(body, **kw)
    assert len(events) == 1, [(e.type.value, e.provenance.evidence) for e in events]
    return events[0]


# --------------------------------------------------------------------------- positives: (sentence, expected fields)

POSITIVES = [
    # deals (wire style)
    (
        "Microsoft agreed to buy gaming company Activision Blizzard for $68.7 billion in cash.",
        {"type": "acquisition", "amount_usd": 68.7e9, "status": "announced", "counterparty": "Activision Blizzard"},
    ),
    (
        "Shell has completed its $53 billion acquisition of BG Group.",
        {"type": "acquisition", "amount_usd": 53e9, "status": "completed", "counterparty": "BG Group"},
    ),
    (
        "Pfizer is in talks to acquire Seagen, people familiar with the matter said.",
        {"type": "acquisition", "status": "talks", "counterparty": "Seagen"},
    ),
    ("Apple is reportedly set to acquire Perplexity.", {"type": "acquisition", "status": "rumored"}),
    (
        "Veyra confirmed it is in talks to acquire Lisbon-based Solmar Storage for €500 million (about $540 million).",
        {"type": "acquisition", "amount_usd": 540e6, "status": "talks", "counterparty": "Solmar Storage"},
    ),
    # investments and funding rounds
    (
        "SoftBank will invest $40 billion in OpenAI, the companies said on Monday.",
        {"type": "investment", "amount_usd": 40e9, "counterparty": "OpenAI", "status": "announced"},
    ),
    (
        "Amazon is in advanced negotiations to commit up to $50 billion for a stake in OpenAI.",
        {"type": "investment", "amount_usd": 50e9, "status": "talks", "counterparty": "OpenAI"},
    ),
    (
        "Toyota plans to invest ¥2 trillion in new battery plants.",
        {"type": "investment", "amount_usd": None, "amount_text": "¥2 trillion"},
    ),
    (
        "Mistral AI raised €600 million in a funding round led by General Catalyst, valuing the start-up at "
        "€5.8 billion.",
        {
            "type": "funding_round",
            "amount_usd": None,
            "amount_text": "€600 million",
            "counterparty": "General Catalyst",
        },
    ),
    ("Anthropic closed a $4 billion Series F round.", {"type": "funding_round", "amount_usd": 4e9}),
    (
        "Tessary AI said on Monday it had raised $310 million in a Series C round, valuing the company at $2.4 billion.",
        {"type": "funding_round", "amount_usd": 310e6, "status": "completed"},
    ),
    # partnerships
    (
        "Spotify signed a multi-year licensing agreement with Universal Music Group.",
        {"type": "partnership", "counterparty": "Universal Music Group", "status": "announced"},
    ),
    ("Nvidia and Reliance announced a partnership to build AI infrastructure in India.", {"type": "partnership"}),
    (
        "Walgreens terminated its distribution agreement with AmerisourceBergen on Friday.",
        {"type": "partnership_end", "counterparty": "AmerisourceBergen"},
    ),
    (
        "Selwyn Grid ends Orrin Solar supply pact, cuts 2025 outlook",
        {"type": "partnership_end", "counterparty": "Orrin Solar"},
    ),
    # closures
    (
        "Starbucks will close 400 stores across North America by the end of the year.",
        {"type": "closure", "counterparty": "400 stores"},
    ),
    ("Intel is shutting down its plant in Leixlip.", {"type": "closure", "counterparty": "plant in Leixlip"}),
    # earnings dates
    (
        "Apple is set to report its fiscal first-quarter results on Thursday, March 27.",
        {"type": "earnings_date", "date": "2025-03-27"},
    ),
    ("The group will publish its half-year figures on 24 July.", {"type": "earnings_date", "date": "2025-07-24"}),
    ("Interim results will be published on 12.03.2025.", {"type": "earnings_date", "date": "2025-03-12"}),
    # financial results (press release, UK outlet, ratings note)
    ("Net income rose 12% to $3.2 billion in the fourth quarter.", {"type": "financial_result", "amount_usd": 3.2e9}),
    ("Tesco posted annual revenue of £68.2bn, up 3.6 per cent.", {"type": "financial_result", "amount_usd": None}),
    (
        "Revenue for the quarter was $24.3 billion, up 8% from a year ago.",
        {"type": "financial_result", "amount_usd": 24.3e9},
    ),
    (
        "The business had revenue of $1.62 billion for the quarter, compared to analyst estimates of $1.55 billion.",
        {"type": "financial_result", "amount_usd": 1.62e9},
    ),
    (
        "- Full-year revenue of USD 1,184 million (2023: USD 1,047 million)",
        {"type": "financial_result", "amount_usd": 1.184e9},
    ),
    # guidance
    (
        "The company raised its full-year sales forecast to between $56 billion and $57 billion.",
        {"type": "guidance", "amount_usd": 56e9},  # the low end of the range (the whole range is amount_text)
    ),
    ("Nike withdrew its annual guidance, citing tariff uncertainty.", {"type": "guidance"}),
    ("For fiscal 2026, the company now expects adjusted EPS of $5.10 to $5.30.", {"type": "guidance"}),
    ("Ashcombe shares chilled as cold-store group warns on margins", {"type": "guidance"}),
    # regulation
    (
        "The European Commission fined Google €2.4 billion for abusing its dominance.",
        {"type": "legal", "counterparty": "European Commission", "amount_usd": None, "amount_text": "€2.4 billion"},
    ),
    ("Novo Nordisk's obesity pill was approved by the FDA on Monday.", {"type": "regulation", "counterparty": "FDA"}),
    (
        "The Food and Drug Administration late Monday approved velantrib, an oral pill for a rare kidney disorder.",
        {"type": "regulation", "counterparty": "FDA"},
    ),
    # legal
    (
        "Meta agreed to pay $725 million to settle a privacy class action.",
        {"type": "legal", "amount_usd": 725e6},
    ),
    # executive changes
    (
        "Boeing named Kelly Ortberg as its new chief executive.",
        {"type": "executive_change", "counterparty": "Kelly Ortberg"},
    ),
    (
        "Starbucks CEO Laxman Narasimhan is stepping down, effective immediately.",
        {"type": "executive_change", "counterparty": "Laxman Narasimhan"},
    ),
    # products and policy
    ("Apple unveiled the iPhone 16 at its September event.", {"type": "product"}),
    (
        "Amazon is implementing a more rigorous performance review system for corporate staff.",
        {"type": "policy"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_positive_sentences(sentence: str, expected: dict) -> None:
    events = [e for e in run(sentence) if e.type.value == expected["type"]]
    assert len(events) == 1, [(e.type.value, e.provenance.evidence) for e in run(sentence)]
    e = events[0]
    for key, want in expected.items():
        got = getattr(e, key)
        if key == "type" or key == "status":
            got = got.value if got is not None else None
        if key == "date":
            got = e.date.iso() if e.date else None
        if key == "amount_usd" and want is not None:
            assert got == pytest.approx(want, rel=1e-6), key
        else:
            assert got == want, key


# --------------------------------------------------------------------------- negatives: no event at all

NEGATIVES = [
    "Analysts on average expect revenue of $1.52 billion and adjusted earnings of $0.64 a share.",
    "Shares of Northwater were up 4.2% at $87.15, adding to a market value that stood near $14 billion.",
    "Shares closed 2.3% higher at $45.10 on Friday.",
    "Jefferies reiterated its buy rating and $300 price target.",
    'Analysts at Jefferies, who rate the stock "buy" with a $98 price target, called the price full.',
    "Barclays cut its price target on the stock to $40 from $45.",
    "Vanguard Group raised its stake in the company by 3.1% during the fourth quarter.",
    "Both boards have approved the transaction, which is expected to close in the third quarter, subject to "
    "antitrust clearance.",
    "Insider Jane Doe bought 5,000 shares of the stock on Tuesday.",
    "Investors should buy Nvidia before the holidays.",
    "The company has eliminated 4,600 positions since it launched its restructuring programme in early 2023.",
    "The company last announced its earnings results on Thursday, February 20th.",
    "Chief Executive Jane Fraser said the bank would keep investing in technology.",
    "For the 2026 cycle, the company's roughly 350,000 corporate employees must set goals.",
    "In commodities, U.S. crude settled at $66.31 a barrel.",
    "For Amazon, the strategic implications of such a partnership are vast.",
    "The company ended the quarter with $4.7 billion in cash and short-term investments.",
    "Should investors sell immediately? Our analysts picked 10 better stocks.",
    "Goldman Sachs raised its price target to $55, estimating peak U.S. sales of $1.1 billion by 2031.",
    "The company cut 15% of its staff in early 2024 after a large customer cancelled a contract.",
    "Cobalt Ridge Energy had its price target raised by Barclays in a research report released on Tuesday.",
    "Clearbrook is expected to generate revenue of approximately $310 million this year.",
    "The lawsuit risk is low, she added, and the stock remains cheap.",
]


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:40] for s in NEGATIVES])
def test_negative_sentences(sentence: str) -> None:
    assert [(e.type.value, e.provenance.evidence) for e in run(sentence)] == []


# --------------------------------------------------------------------------- amounts, dates, status details


def test_tranches_sum_to_the_amount() -> None:
    e = one(
        "Amazon will invest $50 billion in OpenAI, starting with $15 billion up front and another $35 billion later."
    )
    assert e.amount_usd == 50e9 and e.amount_parts == (15e9, 35e9)


def test_deal_date_in_month() -> None:
    e = one("The expansion follows a cloud agreement with OpenAI established in November 2025.")
    assert e.type.value == "partnership" and e.date.iso() == "2025-11"


def test_earnings_date_resolves_against_publication() -> None:
    e = one(
        "Investors are looking ahead to the quarterly earnings report scheduled for February 5th.",
        published=dt.datetime(2026, 1, 31),
    )
    assert e.type.value == "earnings_date" and e.date.iso() == "2026-02-05"


def test_past_results_date_is_not_an_earnings_date() -> None:
    events = run("For the fiscal fourth quarter, reported on December 11, revenue rose 22% to $1.38 billion.")
    assert [e.type.value for e in events] == ["financial_result"]


def test_status_belongs_to_its_clause() -> None:
    e = next(
        x
        for x in run(
            "It will end its co-branded card program with Quarryline Bank in September and is in talks "
            "with other card issuers."
        )
        if x.type.value == "partnership_end"
    )
    assert e.status.value != "talks" and e.counterparty == "Quarryline Bank"


def test_own_company_is_not_the_counterparty() -> None:
    e = one("Reuters reported that Saks has ended its e-commerce partnership with Amazon.", company="Amazon")
    assert e.type.value == "partnership_end" and e.counterparty == "Saks"


def test_headline_amount_in_title_case() -> None:
    e = one("A Potential $50 Billion OpenAI Stake")
    assert e.type.value == "investment" and e.amount_usd == 50e9 and e.counterparty == "OpenAI"


# --------------------------------------------------------------------------- article-level consolidation


def test_title_lede_and_recap_are_one_event() -> None:
    body = (
        "Acme to buy Beta Robotics in $1.2 billion deal\n"
        "Acme Inc said on Monday it agreed to acquire Beta Robotics for about $1.2 billion in cash.\n"
        "The acquisition of Beta Robotics is expected to close in the second half.\n"
        "Key facts:\n- Acme will buy Beta Robotics for $1.2 billion"
    )
    events = run(body)
    assert [(e.type.value, e.amount_usd) for e in events] == [("acquisition", 1.2e9)]
    assert events[0].counterparty == "Beta Robotics" and events[0].status.value == "announced"


def test_two_deals_with_different_amounts_stay_apart() -> None:
    body = (
        "Northwater agreed to acquire Clearbrook Hydrometrics for about $2.35 billion.\n"
        "It is the largest deal since it bought Danish pump maker Kvistgaard Pumper for $780 million in 2021."
    )
    assert sorted(e.amount_usd for e in run(body)) == [780e6, 2.35e9]


def test_guidance_restated_is_one_event() -> None:
    body = (
        "Selwyn cuts 2025 outlook\nSelwyn lowered its full-year outlook on Monday.\n"
        "It now expects 2025 revenue of $2.0 billion to $2.1 billion.\nThe new guidance looks beatable."
    )
    assert [e.type.value for e in run(body)] == ["guidance"]


def test_eps_and_revenue_of_one_quarter_are_one_result() -> None:
    body = (
        "The producer reported $0.91 earnings per share for the quarter, topping the consensus estimate.\n"
        "The business had revenue of $1.62 billion for the quarter."
    )
    events = run(body)
    assert [(e.type.value, e.amount_usd) for e in events] == [("financial_result", 1.62e9)]


def test_quarter_and_full_year_revenue_are_two_results() -> None:
    body = "- Revenue of USD 312 million for the fourth quarter\n- Full-year revenue of USD 1,184 million"
    assert sorted(e.amount_usd for e in run(body)) == [312e6, 1184e6]


def test_two_executives_are_two_changes() -> None:
    body = (
        "Chief Financial Officer Ingrid Solheim has decided to leave the company after the AGM.\n"
        "Henrik Dahl, currently head of treasury, has been appointed as her successor."
    )
    assert [e.counterparty for e in run(body)] == ["Ingrid Solheim", "Henrik Dahl"]


def test_takeover_bid_wording() -> None:
    assert one("Unilever made a £2bn bid for the Dr Squatch soap brand.").type.value == "acquisition"


# --------------------------------------------------------------------------- dates: the text's, or the article's day

# four sentences without an event, so the event under test stands in the body, past the lead
_LEAD = (
    "Halvorsen Foods sits in a crowded market for chilled meals. Its stores are busy in the spring. "
    "Shoppers in the north favour its soups. Its vans run at night. "
)
DATE_BASIS = [
    # no day in the text: the article's day, marked as such
    ("Halvorsen Foods reported a first-quarter net profit of $48 million.", "financial_result", "2025-03-05",
     "published"),
    ("Halvorsen Foods said it will shut its plant in Leeds, cutting costs.", "closure", "2025-03-05", "published"),
    ("Halvorsen Foods has agreed to buy the soup maker Brindle Kitchens for $310 million.", "acquisition",
     "2025-03-05", "published"),
    # (a relative clause's date or a duration's start is not the event's)
    ("Halvorsen Foods shut its plant in Leeds, which had opened in 1998.", "closure", "2025-03-05", "published"),
    ("Ann Berg, who has been serving as chief operating officer since January, replaces Tom Lund as chief executive "
     "of Halvorsen Foods.", "executive_change", "2025-03-05", "published"),
    # (a past perfect in reported speech is today's news)
    ("Halvorsen Foods said its board had approved an investment of about $40 million in a new soup plant.",
     "investment", "2025-03-05", "published"),
    # the text's own day
    ("On Monday, Halvorsen Foods reported a first-quarter net profit of $48 million.", "financial_result",
     "2025-03-03", "stated"),
    ("Halvorsen Foods will report first-quarter results on April 24.", "earnings_date", "2025-04-24", "stated"),
    # (the day the market closed is when the news came, no period's end)
    ("After the market closed Tuesday, Halvorsen Foods reported a first-quarter net profit of $48 million.",
     "financial_result", "2025-03-04", "stated"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "etype", "date", "basis"), DATE_BASIS)
def test_an_event_is_dated_by_its_text_or_else_by_its_article(sentence, etype, date, basis):
    (e,) = [e for e in run(_LEAD + sentence) if e.type.value == etype]
    assert (e.date.iso(), e.date_basis.value) == (date, basis)


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvorsen Foods reported a first-quarter net profit of $48 million.",
        "Halvorsen Foods will report first-quarter results next quarter.",  # a report still to come: no day
    ],
)
def test_no_article_day_no_date(sentence):
    for e in run(_LEAD + sentence, published=None):
        assert e.date is None and e.date_basis is None


@pytest.mark.parametrize(
    ("sentence", "etype", "date"),
    [
        # the year or month the sentence opens with
        ("Last year, Halvorsen Foods had planned to merge with Brindle Kitchens.", "acquisition", "2024"),
        ("In October 2023, Halvorsen Foods shut its plant in Leeds.", "closure", "2023-10"),
        ("Last year, the Securities and Exchange Commission approved the amendment to Halvorsen Foods' articles of "
         "incorporation.", "regulation", "2024"),
        # a past date elsewhere in the sentence: no day at all
        ("Halvorsen Foods shut the plant it had opened in Leeds in 1998.", "closure", None),
    ],
)  # fmt: skip
def test_an_event_told_as_past_takes_no_article_day(sentence, etype, date):
    (e,) = [e for e in run(_LEAD + sentence) if e.type.value == etype]
    assert (e.date.iso() if e.date else None) == date and e.date_basis is not DateBasis.PUBLISHED


def test_a_quarter_is_no_past_date_of_an_event():
    (e,) = run(_LEAD + "Halvorsen Foods will close its office in Leeds during the second quarter.",
               published=dt.datetime(2025, 8, 1))  # fmt: skip
    assert (e.type.value, e.date.iso(), e.date_basis.value) == ("closure", "2025-08-01", "published")


def test_a_results_period_is_no_past_event():
    (e,) = run(_LEAD + "Halvorsen Foods posted a 1.7% drop in like-for-like sales over the 15 weeks to February 16.")
    assert (e.type.value, e.date.iso(), e.date_basis.value) == ("financial_result", "2025-03-05", "published")


def test_an_earnings_report_to_come_never_takes_the_article_day():
    for e in run(_LEAD + "Halvorsen Foods will report first-quarter results later this year."):
        assert e.type.value != "earnings_date" or e.date_basis is not DateBasis.PUBLISHED


# --------------------------------------------------------------------------- properties

_WORDS = [
    "agreed", "to", "acquire", "Beta", "Corp", "for", "$1.2", "billion", "invest", "stake", "in", "OpenAI",
    "closed", "stores", "results", "on", "May", "7", "will", "report", "revenue", "of", "£3bn", "rose", "CEO",
    "step", "down", "FDA", "approved", "settle", "lawsuit", "partnership", "with", "ended", "forecast", "cut",
    "launched", ",", ".", "\n", "(", ")", "'", '"', "€", "%", "raised", "Series", "B", "round",
]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.booleans())
def test_never_raises_on_trigger_soup_and_spans_slice_back(words: list[str], dated: bool) -> None:
    body = " ".join(words)
    for e in run(body, published=PUB if dated else None):
        p = e.provenance
        assert body[p.start : p.end] == p.evidence
        assert p.evidence in p.sentence


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(body: str) -> None:
    for e in run(body):
        assert body[e.provenance.start : e.provenance.end] == e.provenance.evidence


# --------------------------------------------------------------------------- error classes from outlet-style articles

CLASS_POSITIVES = [
    # capital spending on a facility is an investment
    (
        "Acme Corp will spend $850 million on a new data center campus in Ohio.",
        {"type": "investment", "amount_usd": 850_000_000},
    ),
    (
        "The chipmaker is investing $1.2 billion to expand capacity at its Arizona fab.",
        {"type": "investment", "amount_usd": 1_200_000_000},
    ),
    # executive changes
    (
        "The retailer confirmed that Ashley Buchanan, a former chief executive of Michaels, will become CEO on "
        "Jan. 15, succeeding Tom Kingsbury.",
        {"type": "executive_change", "counterparty": "Ashley Buchanan"},
    ),
    (
        "Orvane Foods named longtime operations head Priya Raman chief executive, effective April 1.",
        {"type": "executive_change"},
    ),
    # financial results in ratings notes and briefs
    ("In April, Delmar reported quarterly revenue of $70.1 billion, up 13%.", {"type": "financial_result"}),
    (
        "It also posted fiscal second-quarter adjusted earnings of $4.05 per share on revenue of $22 billion.",
        {"type": "financial_result", "amount_usd": 22e9},
    ),
    (
        "The planemaker said it expects to report a loss of $9.97 per share for the third quarter, on revenue of "
        "about $17.8 billion.",
        {"type": "financial_result", "amount_usd": 17.8e9},
    ),
    (
        "Harlow reported preliminary third-quarter revenue of about $17.8 billion.",
        {"type": "financial_result", "amount_usd": 17.8e9},
    ),
    ("Group sales rose 3.9 per cent to £69.9billion.", {"type": "financial_result", "amount_usd": None}),
    # guidance
    (
        "For 2025, the Walldorf-based company expects cloud revenue of 21.6 to 21.9 billion euros.",
        {"type": "guidance"},
    ),
    ("The chipmaker sees revenue of $45.0 billion, plus or minus 2%.", {"type": "guidance"}),
    ("The carmaker forecast 2025 deliveries of 46,000 to 51,000 vehicles.", {"type": "guidance"}),
    # legal: settlements and fines
    (
        "Quillon agreed to pay $95 million to settle a lawsuit claiming its assistant recorded users.",
        {"type": "legal", "amount_usd": 95e6},
    ),
    (
        "The European Commission fined Apple €500m ($570m) for breaching the Digital Markets Act.",
        {"type": "legal", "amount_usd": 570e6, "counterparty": "European Commission"},
    ),
    ("The bank was fined $1.3 billion by U.S. regulators.", {"type": "legal", "amount_usd": 1.3e9}),
    ("Brenner agreed to a $48.5 million class-action settlement.", {"type": "legal", "amount_usd": 48.5e6}),
    # acquisitions phrased as combinations
    (
        "Walt Disney agreed on Monday to merge its Hulu + Live TV streaming service with sports streamer Fubo, "
        "taking a 70% stake in the combined company.",
        {"type": "acquisition", "counterparty": "Fubo", "status": "announced"},
    ),
    ("Disney to combine Hulu + Live TV with Fubo", {"type": "acquisition", "counterparty": "Fubo"}),
    # spin-offs
    (
        "The package carrier announced plans to spin off its freight business into a separate publicly traded "
        "company within 18 months.",
        {"type": "other"},
    ),
    ("Harlow will split its consumer arm into an independent company next year.", {"type": "other"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CLASS_POSITIVES, ids=[p[0][:40] for p in CLASS_POSITIVES])
def test_error_class_positives(sentence: str, expected: dict) -> None:
    test_positive_sentences(sentence, expected)


CLASS_NEGATIVES = [
    # insider trades and ratings are not acquisitions
    "Director Mark Stevens sold 10,000 shares at an average price of $172.48.",
    'The company presently has a consensus rating of "Moderate Buy" and an average price target of $172.48.',
    "Insider Buying and Selling at Delmar",
    "The fund bought an additional 12,000 shares of the company during the quarter.",
    # record dates, dividends and old programmes are not closures or launches
    "The dividend is payable on September 27 to stockholders of record as of the close of business on September 13.",
    "The restructuring programme launched a year ago has been completed, according to the company.",
    "The cost-savings plan it launched two years ago is ahead of schedule.",
    # somebody else's deal
    "Rival Corvane's partnership with Orrin Solar, struck in 2021, was broadly seen as a success.",
    "A spinoff from Harlow in 2019, the company has since doubled its sales.",
    "Combined with higher prices, that lifted sales.",
    # spending that is not on a facility
    "Acme spent $3 billion on share buybacks last year.",
    "The company will spend $40 million on marketing this year.",
    # a name ending in a verb ("... Partners") followed by a lower-case word is a name, not a partnership
    "Mizuho reiterated its Underperform rating on Coca-Cola Europacific Partners with a price target of 346p.",
]


@pytest.mark.parametrize("sentence", CLASS_NEGATIVES, ids=[s[:40] for s in CLASS_NEGATIVES])
def test_error_class_negatives(sentence: str) -> None:
    assert [(e.type.value, e.provenance.evidence) for e in run(sentence, company="Delmar")] == []


def test_other_companys_closure_in_passing() -> None:
    body = (
        "Kohl's will close 27 stores by April.\n"
        "Macy's said last year it would close about 150 of its namesake stores by early 2027."
    )
    assert [e.counterparty for e in run(body, company="Kohl's")] == ["27 stores"]


def test_vague_restatement_of_a_closure_is_one_event() -> None:
    body = (
        "Kohl's will close 27 poorly performing stores across 15 states by April.\n"
        '"We have decided to close a small number of underperforming stores," the chief executive said.'
    )
    assert [e.type.value for e in run(body, company="Kohl's")] == ["closure"]


def test_share_purchase_inside_an_investment_is_not_an_acquisition() -> None:
    events = run(
        "Tether agreed to invest $775 million in Rumble, including a $250 million purchase of Class A shares.",
        company="FedEx",
    )
    assert [(e.type.value, e.amount_usd) for e in events] == [("investment", 775e6)]


def test_settlement_amount_from_the_next_sentence() -> None:
    body = (
        "As part of the agreement, Fubo settled its antitrust lawsuit against Disney and Fox.\n"
        "Disney and Fox will pay Fubo $220 million, and Disney will provide a $145 million term loan in 2026."
    )
    events = [e for e in run(body, company="Walt Disney") if e.type.value == "legal"]
    assert [(e.amount_usd, e.counterparty) for e in events] == [(220e6, "Fubo")]


# --------------------------------------------------------------------------- valuations (issue 4)

VALUATIONS = [
    ("Tessary AI raised $310 million in a Series C round, valuing the company at $2.4 billion.", 310e6, 2.4e9),
    ("Larkspur led a $2 billion funding round in Quillon at a valuation of $60 billion.", 2e9, 60e9),
    ("Nimbus raised $500 million in a Series D round at a $12 billion valuation.", 500e6, 12e9),
    ("Mistral AI raised €600 million in a round led by General Catalyst, valuing it at €5.8 billion.", None, None),
]


@pytest.mark.parametrize(("sentence", "amount", "valuation"), VALUATIONS, ids=[v[0][:40] for v in VALUATIONS])
def test_valuation_is_not_the_amount(sentence: str, amount: float | None, valuation: float | None) -> None:
    e = next(e for e in run(sentence) if e.type.value == "funding_round")
    assert (e.amount_usd, e.valuation_usd) == (amount, valuation)


def test_valuation_in_the_next_sentence_attaches_to_the_round() -> None:
    body = (
        "OpenAI is in talks to raise $40 billion in a new funding round led by SoftBank.\n"
        "The round could value the AI developer at approximately $830 billion, people familiar said."
    )
    e = one(body)
    assert e.type.value == "funding_round" and e.valuation_usd == 830e9 and e.amount_usd == 40e9


def test_valuation_too_far_back_is_not_attached() -> None:
    body = (
        "Nimbus raised $500 million in a Series D round.\nIts revenue doubled.\nMargins improved.\n"
        "Rival Cirrus is valued at $9 billion."
    )
    e = next(e for e in run(body) if e.type.value == "funding_round")
    assert e.valuation_usd is None


def test_market_value_is_not_a_valuation() -> None:
    e = one("Nimbus raised $500 million in a Series D round, adding to a market value of $20 billion.")
    assert e.valuation_usd is None


def test_funding_round_without_counterparty_refers_back() -> None:
    body = (
        "Amazon is in talks to invest up to $50 billion in OpenAI.\n"
        "The investment would be part of a funding round aiming to raise approximately $100 billion in total."
    )
    rounds = [e for e in run(body, company="Amazon") if e.type.value == "funding_round"]
    assert [(e.amount_usd, e.counterparty) for e in rounds] == [(100e9, "OpenAI")]
