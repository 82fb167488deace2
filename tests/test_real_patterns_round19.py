"""Round nineteen of real-outlet patterns, as our own sentences: a target change told as a dollar step, a firm's
target or rating in the passive in the next sentence, a workforce base that is no cut, notices to union members.
"""

from __future__ import annotations

import pytest
from article_frames import article_frames, event_types, layoff_rows, price_days, target_rows

# --------------------------------------------------------------------------- layoffs

LAYOFFS = [
    # a union's members sent the notices
    pytest.param(
        "November 18, 2024",
        ("Last week, Fenwick issued layoff notices to 438 members of the Society of Professional Engineering "
         "Employees.",),
        [(438, 438, "round")],
        id="notices-to-members",
    ),
    # a buyout round told as the staff who leave
    pytest.param(
        "April 22, 2021",
        ("Fenwick said it reduced costs by more than $1.3 billion, including a new round of voluntary buyouts that "
         "will result in 1,600 employees leaving the company.",),
        [(1600, 1600, "round")],
        id="employees-leaving-the-company",
    ),
    # the parts of a whole: "N of the job cuts", "including N in Germany", "(N in Germany)"
    pytest.param(
        "September 10, 2025",
        ("Corvane will cut 9,000 jobs.",
         "Corvane, which currently has a global work force of 78,400, said about 5,000 of the job cuts will take "
         "place in Denmark."),
        [(5000, 5000, "round"), (9000, 9000, "round")],
        id="part-of-the-job-cuts",
    ),
    pytest.param(
        "March 11, 2025",
        ("By the end of the 2027 fiscal year, the division will lay off about 5,600 employees, including 2,600 in "
         "Germany.",
         "In addition, the charging unit plans to cut close to 450 jobs (250 in Germany), or a third of the staff."),
        [(250, 250, "round"), (450, 450, "round"), (2600, 2600, "round"), (5600, 5600, "round")],
        id="parts-including-and-in-brackets",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "expected"), LAYOFFS)
def test_a_layoff_told_another_way(date, paragraphs, expected):
    assert layoff_rows(date, *paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the whole workforce of which an untold number may go
        ("Harlow plans to cut jobs to adjust to a slowing economy.",
         "It's not clear how many of the nearly 100,000 workers could be laid off."),
        # a share of a base with an approximation between
        ("Half of the nearly 1,300 jobs at the plant will go.",),
    ],
)  # fmt: skip
def test_a_workforce_base_is_no_cut(paragraphs):
    assert (100000, 100000, "round") not in layoff_rows("October 24, 2022", *paragraphs)
    assert (1300, 1300, "round") not in layoff_rows("October 24, 2022", *paragraphs)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        # another company, its appositive between its name and its verb
        ("Corvane Sachs slashing as many as 3,200 jobs",
         ("Wall Street giant Corvane Sachs began laying off as many as 3,200 people this week.",
          "Salesforce, the cloud-computing giant, announced last week that it could lay off as many as 8,000 "
          "workers."),
         [(3200, 3200, "round")]),
        # a short name in capitals is the headline's company, so a fellow company's cuts are not the article's (a
        # real name: the rule is about a listed company known by two capitals)
        ("BT to cut 55,000 jobs",
         ("BT Group will cut up to 55,000 jobs by 2030, the telecoms group said.",
          "The news comes days after fellow telecoms giant Vodafone said it would cut 11,000 jobs, and Orange "
          "and Telefonica are reviewing costs."),
         [(55000, 55000, "round")]),
    ],
)  # fmt: skip
def test_another_companys_cuts_are_not_the_articles(title, paragraphs, expected):
    assert layoff_rows("May 18, 2023", *paragraphs, title=title) == expected


# --------------------------------------------------------------------------- analyst ratings and targets

_SWISS = "Corvane and Heliot shares suffer on the Swiss stock market"

TARGETS = [
    # the step in dollars before the new target
    pytest.param(
        "May 13, 2016",
        ("More understandable is an $18 price-target cut to $232 at Halvern Securities for Brantley Corp (BRNT).",),
        "Brantley Corp shares",
        [("Halvern Securities", None, 232.0)],
        id="dollar-step-then-target",
    ),
    # the firm's rating in one sentence, its target in the passive two sentences on, an aside inside
    pytest.param(
        "September 20, 2024",
        ("The American investment bank Jefferies has reduced its recommendation to “underperform” for Corvane "
         "Group, while its assessment was previously neutral (“hold”).",
         "This downgrade is explained by the strong exposure to China.",
         "The price target – a 12-month forecast – has been lowered to 120 Swiss francs, compared to 170 Swiss "
         "francs previously."),
        _SWISS,
        [("Jefferies", "sell", 120.0)],
        id="passive-target-after-the-rating",
    ),
    # the firm's target in one sentence, its kept rating in the next
    pytest.param(
        "September 20, 2024",
        ("Goldman Sachs analysts also cut Corvane Group’s target price to 175 Swiss francs from 190 Swiss francs.",
         "The recommendation is maintained at “neutral”."),
        _SWISS,
        [("Goldman Sachs", "hold", 175.0)],
        id="kept-rating-after-the-target",
    ),
    # a French house's sector rating written out in English
    pytest.param(
        "March 4, 2024",
        ('In a note released early this morning, RBC said it had downgraded its opinion on the share from '
         '"outperform" to "perform in line with the sector", with a price target reduced from 310 euros to 290 '
         'euros.',),
        "Corvane: victim of two recommendation downgrades",
        [("RBC", "hold", 290.0)],
        id="perform-in-line-with-the-sector",
    ),
    # a share-price estimate is the target
    pytest.param(
        "March 5, 2013",
        ("Corvane surged 6.1 percent to 142.4 Swiss francs. The insurer was upgraded to “buy” from “hold” at "
         "Citigroup, which also increased its share-price estimate to 160 francs from 120.",),
        "Corvane climbs",
        [("Citigroup", "buy", 160.0)],
        id="share-price-estimate",
    ),
    # a wire's bullet under the firm's line
    pytest.param(
        "May 5, 2022",
        ("Corvane is likely to be hit by rising rates, analysts at DNB said, cutting their recommendation to sell "
         "from hold.",
         "- • Price target cut to SEK 33 from SEK 43, implying 11% downside"),
        "Corvane Hit by Rates, DNB Says in Downgrade to Sell",
        [("DNB", "sell", 33.0)],
        id="bullet-target-cut",
    ),
    # a digest of one morning's notes: the broker that is a listed company is one of its sources
    pytest.param(
        "2023-09-08",
        ("(Alliance News) - The following London-listed shares received analyst recommendations Friday morning:",
         "SocGen raises Corvane to 'buy' (hold) - price target 8,239 (7,034) pence",
         "UBS raises Quayside price target to 4,480 (4,200) pence - 'buy'",
         "UBS raises Marlow price target to 3,010 (2,900) pence - 'buy'"),
        "SocGen turns positive on the fashion retailer",
        [("SocGen", "buy", 8239.0), ("UBS", "buy", 3010.0), ("UBS", "buy", 4480.0)],
        id="listed-broker-in-a-digest",
    ),
    # a list of firms that all cut the stock's target, no figure given
    pytest.param(
        "2024-01-12",
        ("Citigroup upgraded Corvane to Neutral from Sell, raising its price target to 350 from 285.",
         "However, Deutsche Bank, JP Morgan and Macquarie have all cut Corvane's price target."),
        "Supermarkets rebound",
        [("Citigroup", "hold", 350.0), ("Deutsche Bank", None, None), ("JP Morgan", None, None),
         ("Macquarie", None, None)],
        id="firms-all-cut-the-target",
    ),
    # a company whose name holds a price word, the targets given with dollar conversions
    pytest.param(
        "2024-03-21",
        ("Berenberg Bank cut their price objective on shares of Close Harbour Group from GBX 1,100 ($14.00) to GBX "
         "425 ($5.41) and set a “buy” rating for the company in a report on Thursday, February 15th.",),
        "Shore Capital Upgrades Close Harbour Group (LON:CHG) to Buy",
        [("Berenberg Bank", "buy", 425.0), ("Shore Capital", "buy", None)],
        id="name-with-a-price-word",
    ),
    # a broker's picks as labelled lines, the broker in the headline
    pytest.param(
        "November 19, 2021 / 02:15 PM IST",
        ("Heliot Forge and Marlow Technologies are on the top picks list of the broking house.",
         "Corvane Laboratories | Rating: Buy | LTP: Rs 3,482 | Target Price: Rs 4,150 | Upside: 19 percent",
         "Marlow Technologies | Rating: Buy | LTP: Rs 1,749 | Target Price: Rs 2,100 | Upside: 20 percent",
         "Heliot Forge | Rating: Buy | LTP: Rs 779 | Target Price: Rs 975 | Upside: 25 percent"),
        "Motilal Oswal bets on these midcaps for double-digit returns",
        [("Motilal Oswal", "buy", 975.0), ("Motilal Oswal", "buy", 2100.0), ("Motilal Oswal", "buy", 4150.0)],
        id="labelled-pick-lines",
    ),
    # a list of firms that all lift their targets for the stock, a clause on its shares after
    pytest.param(
        "2012-11-12",
        ("Analysts at Kepler, Helvea, Nomura and Vontobel all lift their target prices for Corvane shares, which "
         "advance 2.4 percent.",),
        "Shares in Corvane rise to a record high",
        [("Helvea", None, None), ("Kepler", None, None), ("Nomura", None, None), ("Vontobel", None, None)],
        id="all-lift-their-targets-for-its-shares",
    ),
    # a price projection is a target
    pytest.param(
        "May 9, 2007",
        ("Corvane Chemicals climbed NIS 1.03, or 3.3%, to NIS 31.84.",
         "UBS lifted its price projection on the shares by 16% to NIS 37 from NIS 32."),
        "Corvane Chemicals leads TA-25 higher",
        [("UBS", None, 37.0)],
        id="price-projection",
    ),
    # Oppenheimer's hold, capitalised in a downgrade
    pytest.param(
        "February 9, 2024",
        ("Oppenheimer analyst downgraded Corvane Inc CRVN to Perform from Outperform and lowered the price target "
         "to $110 (from $150).",),
        "Corvane downgraded",
        [("Oppenheimer", "hold", 110.0)],
        id="to-perform-from-outperform",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), TARGETS)
def test_a_firm_and_its_target(date, paragraphs, title, expected):
    assert target_rows(date, *paragraphs, title=title) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a call on a whole market
        ("Goldman Sachs upgraded Chinese stocks to overweight on policy announcements from Beijing.",),
        # a tally opened by a mood
        ("Sentiment remains bullish, with nine analysts holding “buy” or “overweight” calls, six on “hold” and two "
         "with “sell” ratings.",),
    ],
)  # fmt: skip
def test_no_firms_rating(paragraphs):
    assert target_rows("January 28, 2026", *paragraphs, title="Corvane surges in Hong Kong") == []


def test_a_stock_named_before_stocks_is_no_market():
    assert target_rows(
        "July 21, 2023",
        "Nomura downgraded Corvane stocks to 'reduce' with a target price of Rs 1,210.",
        title="Corvane",
    ) == [("Nomura", "sell", 1210.0)]


# --------------------------------------------------------------------------- prices

PRICES = [
    # a second clause's price with its currency left out, its thousands grouped by a space
    pytest.param(
        "November 25, 2014",
        ("Tokyo stocks rose on Tuesday. Corvane shares rose 1.42 percent to 7 190.0 yen, while Heliot gained 1.39 "
         "percent to 3 741.5, despite the automaker saying Monday that an audit showed problems.",),
        "Market news",
        [(3741.5, "2014-11-25"), (7190.0, "2014-11-25")],
        id="bare-price-space-grouped",
    ),
    # the bank described, not named, and a year the plan runs to before the price
    pytest.param(
        "July 8, 2019",
        ("Investors gave a cautious response Monday to the plan expected to result in 18,000 job cuts by 2022, with "
         "shares in Germany's biggest bank down 0.8% at 7.12 euros ($7.99) in midday Frankfurt trading.",),
        "Corvane Bank seeks return to roots, investors wary",
        [(7.12, "2019-07-08")],
        id="described-bank-and-a-deadline-year",
    ),
    # a most-active list: the dollar sign set apart from its number
    pytest.param(
        "February 2, 2021",
        ("Companies in the news: Corvane Inc. (TSX: CRV). Up 58 cents to $ 55.09.",
         "Heliot Silver Corp. (TSX: HS). Down $ 7.03, or 24.7%, to $ 21.47."),
        "Most active companies",
        [(21.47, "2021-02-02"), (55.09, "2021-02-02")],
        id="sign-apart-from-number",
    ),
    # a share in millions of won
    pytest.param(
        "March 27, 2017",
        ("On March 23, Corvane Electronics' shares closed at 2.09 million won, down 33,000 won or 1.55 percent from "
         "the previous day.",),
        "Corvane Electronics target raised",
        [(2090000.0, "2017-03-23")],
        id="millions-of-won",
    ),
    # a record reached, told per share
    pytest.param(
        "April 18, 2024",
        ("Extending their winning streak for the ninth session, shares of Corvane Industries soared to yet another "
         "all-time high, reaching ₹481.70 per share, representing a 4.70% increase.",),
        "Corvane Industries hits record",
        [(481.7, "2024-04-18")],
        id="reaching-a-record-per-share",
    ),
    # unchanged, per share
    pytest.param(
        "April 24, 2012",
        ("By 0150 GMT, shares of Corvane & Heliot was unchanged at 1.42 ringgit per share.",),
        "Corvane & Heliot shares",
        [(1.42, "2012-04-24")],
        id="unchanged-per-share",
    ),
    # a session's peak on a named day
    pytest.param(
        "January 28, 2026",
        ("Momentum continued into Wednesday. Heliot peaked on Tuesday at S$21.42.",),
        "Bank targets",
        [(21.42, "2026-01-27")],
        id="peaked-at",
    ),
    # a target's old and new values after a dashed aside: only the aside's price is one
    pytest.param(
        "January 22, 2026",
        ("On Thursday, Heliot Securities lifted its target price for Corvane Motor — which traded at 510,000 won "
         "on Friday — from 650,000 won to 850,000 won.",),
        "Korean target hikes",
        [(510000.0, "2026-01-16")],
        id="target-after-a-dashed-aside",
    ),
    # a wrap's bare prices, one move told as "scraped off"
    pytest.param(
        "February 2, 2009",
        ("Australian shares fell on the ASX. In the banking sector, Corvane Bank lost 1.16 percent to 18.71, and "
         "Heliot Banking Corp scraped off 0.08 percent to 13.26.",),
        "Australian shares down",
        [(13.26, "2009-02-02"), (18.71, "2009-02-02")],
        id="scraped-off",
    ),
    # the day's risers "heading north", no forecast
    pytest.param(
        "November 26, 2010",
        ("Among the stocks heading north, Marlow gained 6.33 percent to $0.084.",),
        "Biotech market report",
        [(0.084, "2010-11-26")],
        id="stocks-heading-north",
    ),
    # Israeli shekels written NIS; a target told as a price projection is no price
    pytest.param(
        "May 9, 2007",
        ("Corvane Chemicals climbed NIS 1.03, or 3.3%, to NIS 31.84 on the Tel Aviv Stock Exchange.",
         "UBS lifted its price projection on the shares by 16% to NIS 37 from NIS 32.",
         "Heliot Energy surged 6.4% to 56.87 shekels."),
        "Corvane Chemicals and Heliot lead TA-25 higher",
        [(31.84, "2007-05-09"), (56.87, "2007-05-09")],
        id="shekels-and-a-price-projection",
    ),
    # Turkish liras, plural
    pytest.param(
        "January 26, 2012",
        ("Corvane Bankasi AS, Turkey's largest bank by market value, added 4.5 percent to 6.56 liras.",),
        "Turkish stocks rise",
        [(6.56, "2012-01-26")],
        id="liras",
    ),
    # a record told as "unprecedented"; the analysts' target for the stock is no price
    pytest.param(
        "August 10, 2021",
        ("Shares of the Nairobi-based company rose to an unprecedented 43 shillings on Tuesday.",
         "Meanwhile, analysts' 12-month target price for the stock is 38.61 shillings, according to data compiled by "
         "a data provider."),
        "Corvane Plc shares hit record",
        [(43.0, "2021-08-10")],
        id="unprecedented-and-a-target-for-the-stock",
    ),
    # two-digit rand after "to"
    pytest.param(
        "September 19, 2019",
        ("Corvane climbed 4.17% to R25 after it said on Thursday that a unit had been granted leave to appeal.",),
        "JSE firmer",
        [(25.0, "2019-09-19")],
        id="two-digit-rand",
    ),
    # a target range after a conversion in brackets is no price
    pytest.param(
        "2024-03-21",
        ("Berenberg Bank cut their price objective on shares of Corvane Harbour Group from GBX 1,100 ($14.00) to "
         "GBX 425 ($5.41) and set a “buy” rating for the company in a report on Thursday, February 15th.",),
        "Shore Capital Upgrades Corvane Harbour Group (LON:CHG) to Buy",
        [],
        id="target-range-with-conversions",
    ),
    # a New York price in a story stamped the next morning in India: New York's day
    pytest.param(
        "Feb 09, 2023 / 06:08 AM IST",
        ("The layoffs represent an estimated 3.6% of Corvane's global workforce.",
         "Corvane Co (NYSE: CRV) on Wednesday announced a sweeping restructuring under its reinstated chief "
         "executive, cutting 7,000 jobs as part of an effort to save $5.5 billion in costs.",
         "Shares of Corvane rose 4.7% to $117.22 in after-hours trading."),
        "Corvane to cut 7,000 jobs in major revamp",
        [(117.22, "2023-02-08")],
        id="stamped-abroad-after-midnight",
    ),
    # the last traded price of a pick, on a market holiday: the session before
    pytest.param(
        "November 19, 2021 / 02:15 PM IST",
        ("Corvane Laboratories | Rating: Buy | LTP: Rs 3,482 | Target Price: Rs 4,150 | Upside: 19 percent",),
        "Motilal Oswal bets on these midcaps for double-digit returns",
        [(3482.0, "2021-11-18")],
        id="last-traded-price",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("date", "paragraphs", "title", "expected"), PRICES)
def test_a_price_told_another_way(date, paragraphs, title, expected):
    assert price_days(date, *paragraphs, title=title) == expected


def test_one_price_with_one_move_under_two_names_is_one_fact():
    # the bullet names the short form, the body the full name with the short form in brackets
    df = article_frames(
        "January 14, 2026",
        "• Heliotel shares slipped 0.2% to S$4.49 in afternoon trading following a broker note",
        "Shares of Corvane Telecommunications Ltd (Heliotel) slipped 0.2% to S$4.49 by 2:41 p.m. on Wednesday.",
        title="Heliotel stock slips as DBS keeps buy call",
    )["prices"]
    assert [(float(p), str(d)[:10]) for p, d in zip(df["price"], df["date"], strict=True)] == [(4.49, "2026-01-14")]


# --------------------------------------------------------------------------- events

# (date line, headline) of the made-up stories the sentences are read in
_JAN_26 = ("January 14, 2026", "Corvane Ltd shares")
_MAY_20 = ("May 5, 2020", "Corvane shares news")
_JAN_25 = ("January 14, 2025", "Corvane Bank shares")

NO_EVENTS = [
    # a data site's name is no investment
    (*_JAN_26, "Investing.com lists the 52-week range between S$3.08 and S$4.92."),
    # a broker's new year of estimates is no product
    (*_JAN_26, "The firm revised its FY25-27E earnings per share estimates upward by 16%-24%, and introduced FY28E EPS "
               "at JPY96.4."),
    # many companies' results in a market's week
    (*_JAN_26, "The index has gained 2.2 percent this week as companies from Heliot Inc. to Marlow Corp. reported "
               "earnings that exceeded analysts' estimates."),
    # estimates cut, no result
    (*_JAN_26, "A likely turnaround in Corvane Ltd.'s business in the coming quarters, following earnings-per-share "
               "cuts in 2022, led Jefferies to raise its price target on the stock."),
    # an idiom, no partnership's end
    (*_JAN_26, "Corvane has suffered a string of setbacks by being on the wrong end of soured business deals and "
               "courtroom battles."),
    # how the company came to be, a rating moved from, investors' net buying
    (*_MAY_20, "Corvane was formed in 2012 from a merger of Objet and Heliot."),
    (*_MAY_20, "Corvane was founded in 2012 through the merger of the LCD panel operations of three electronics "
               "groups."),
    (*_MAY_20, "RMS - Corvane Resources Downgrade to Accumulate from Buy Ord Minnett"),
    (*_MAY_20, "Local institutions and individuals combined a net buy of 4,000 million baht to push the market "
               "further."),
    # a war's missiles, a letter to shareholders
    (*_MAY_20, "Washington pledged to ensure Iran faces severe consequences for launching more than 180 ballistic "
               "missiles."),
    (*_MAY_20, "The Corvane share price has sunk 6% lower to 99 cents after the company released its chairman's "
               "letter to shareholders."),
    # an analyst's odds of an approval
    (*_MAY_20, "Analyst Wolleben estimates that there's an 80% chance that corvastat will win FDA approval based on "
               "its clinical results."),
    # a title held since some time ago; an offer dismissed
    (*_MAY_20, "Profits have bottomed out, said Jane Roe, who took over as chief executive last month."),
    (*_MAY_20, "The keynote was the longest yet under Chief Executive Officer Jane Roe, who succeeded co-founder John "
               "Doe in 2011."),
    (*_MAY_20, "Corvane CEO Cesar Gonzalez-Bueno dismissed the improved offer, telling a radio station the offer is "
               "bad."),
    # labour terms with a union of two words
    (*_MAY_20, "Earlier in the week, Corvane Steel announced that it had reached an agreement with the IG Metall "
               "union to reduce its workforce by 40%."),
    # an investment story, an investment platform
    (*_MAY_20, "We continue to like Corvane's investment story, especially the quality of capital allocation."),
    (*_MAY_20, "Shares of Manchester-based investment platform Corvane fell about 15% on Friday."),
    # a bid and a raid that are not the company's
    ("May 5, 2020", "Corvane news", "Corvane rejected the pay proposal from unions."),
    ("May 5, 2020", "Corvane news", "Police raided the homes of protesters."),
    # brokers cutting their forecasts, a market's traded value however it moved, a goal
    (*_JAN_25, "Brokerages have mixed views for the stock, with some cutting forecasts after the quarter."),
    (*_JAN_25, "This led to the stock rally, with trading turnover surging to S$441.1 million, compared with its "
               "average."),
    (*_JAN_25, '"We are still fighting to achieve a turnover of 8 billion francs," the chief executive said.'),
]  # fmt: skip


@pytest.mark.parametrize(("date", "title", "sentence"), NO_EVENTS)
def test_no_event_of_the_company(date, title, sentence):
    assert event_types(date, sentence, title=title) == set()


EVENTS = [
    # the size of a business bought is no result: a digest's line, a clause after the target's name
    ("December 1, 2024", "Corvane AB news", "Corvane AB acquires Roger in Poland with sales of SEK 110 million.",
     "acquisition"),
    ("December 1, 2024", "Corvane AB news",
     "Corvane agreed to buy Heliot Systems, which has annual revenue of $2 billion, for $5 billion.", "acquisition"),
    # the company's own events stay, beside the vetoes above
    (*_JAN_26, "Corvane ended its partnership with Heliot.", "partnership_end"),
    (*_JAN_26, "Corvane reported earnings that exceeded analysts' estimates.", "financial_result"),
    (*_JAN_26, "Corvane introduced a new electric van at the show.", "product"),
    (*_MAY_20, "Corvane agreed to buy Heliot for $2 billion.", "acquisition"),
    (*_MAY_20, "Corvane's chief executive John Roe will step down on June 1.", "executive_change"),
    (*_MAY_20, "The FDA approved Corvane's drug corvastat on Friday.", "regulation"),
    (*_MAY_20, "Corvane launched a new electric van on Tuesday.", "product"),
    (*_JAN_25, "Corvane achieved a turnover of 8 billion francs last year.", "financial_result"),
    # a rejected proposal named by its bidder and round; investigators raiding the company's sites
    ("May 5, 2020", "Corvane news", "Corvane rejected Heliot's third cash-and-shares proposal, worth 4,626 pence a "
     "share.", "acquisition"),
    ("May 5, 2020", "Corvane news", "Anti-fraud investigators raided several Corvane sites amid emissions-cheating "
     "fears.", "legal"),
]  # fmt: skip


@pytest.mark.parametrize(("date", "title", "sentence", "kind"), EVENTS)
def test_the_event_and_no_other(date, title, sentence, kind):
    assert event_types(date, sentence, title=title) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane swung to profitability with a net profit of $40 million in the quarter.",
        "Corvane bought back shares and reported sales of $2.1 billion for the quarter, up 5%.",
    ],
)
def test_a_result_after_a_with_or_a_purchase_stays(sentence):
    assert "financial_result" in event_types("December 1, 2024", sentence, title="Corvane AB news")


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane expects pre-tax restructuring charges of approximately $800 million, it said.",
        "Corvane will incur $1.8 billion in charges over the next two years as it embarks on a global restructuring "
        "program.",
        "Corvane aims to deliver up to $2 billion in cumulative cost savings over the next three years.",
        "Corvane will take a $1.2 billion charge in the second quarter from the workforce reduction.",
        "The restructuring is expected to cost about $560m before tax.",
        "Corvane targets cost cuts of EUR 800 million to 1.2 billion by the end of 2026.",
        "The supervisory board must agree the 1.1-billion-euro ($1.23bn) restructuring plan.",
        "The early retirement programme will save about Won460bn ($393m) a year in labour costs.",
        "Corvane expects termination benefit costs of about $1.0 million.",
        # a buyback told with "repurchase"
        "Corvane said it would repurchase up to 5% of its shares over the next year.",
    ],
)
def test_what_a_restructuring_costs_or_saves(sentence):
    assert "other" in event_types("February 14, 2024", sentence, title="Corvane to cut 4,000 jobs")


@pytest.mark.parametrize(
    "sentence",
    [
        # no size: a passing mention
        "Corvane said the restructuring charges would be booked in the third quarter.",
        "Corvane announced a restructuring plan.",
        # a merger's synergies
        "The deal is expected to deliver $45 million of annual cost synergies and savings by 2026.",
    ],
)
def test_no_restructuring_cost(sentence):
    assert "other" not in event_types("February 14, 2024", sentence, title="Corvane to cut 4,000 jobs")
