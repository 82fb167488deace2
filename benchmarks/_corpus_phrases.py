"""Phrase and template tables for ``make_corpus.py`` (data, not code).

Every fact template is a ``str.format`` pattern over the fields the generator fills in. The fields
are named after what they hold:

- ``{co}`` the company's short name, ``{tic}`` its ticker, ``{exch}`` its exchange, ``{px}`` a price
  already formatted with its currency ("$87.15", "EUR 135.10", "968p"), ``{chg}`` an absolute
  change in percent ("4.2"), ``{updown}`` up/down, ``{rose}`` rose/fell, ``{higher}`` higher/lower,
  ``{gain}`` gain/loss, ``{day}`` a weekday name ("Friday"), ``{today}`` the publication weekday;
- ``{firm}`` a broker, ``{rating}`` a rating word (``{a_rating}``: 'an Outperform', ``{a_rating_q}``:
  'a "Buy"'), ``{t}``/``{t0}`` new/previous price target formatted with currency, ``{analyst}`` a person;
- ``{n}``, ``{lo}``, ``{hi}`` job counts ("1,900"), ``{pct}`` a share of the workforce;
- ``{amt}`` a money amount ("$2.35 billion"), ``{cp}`` a counterparty, ``{place}`` a place,
  ``{person}`` a person, ``{role}`` a job title, ``{date}`` a written date, ``{q}`` a quarter
  ("first-quarter", ``{q_noun}``: "first quarter").

Only phrasings that the project's extractor reads correctly are kept in the tables; the ones it
misses are listed in ``GAPS`` (checked by running the extractor on rendered examples).
"""

from __future__ import annotations

# --------------------------------------------------------------------------- people, places, brokers

FIRST_NAMES = (
    "Dana", "Priya", "Marcus", "Elena", "Tomas", "Harriet", "Katrin", "Owen", "Nadia", "Lena", "Gareth", "Sigrid",
    "Ingrid", "Henrik", "Avery", "Ben", "Ruth", "Mira", "Theo", "Julia", "Rahul", "Chen", "Sofia", "Daniel",
    "Amara", "Lukas", "Claire", "Mateo", "Hannah", "Kenji", "Fatima", "Oliver", "Grace", "Javier", "Anya", "Samuel",
)  # fmt: skip
LAST_NAMES = (
    "Whitcomb", "Raman", "Penhaligon", "Marchetti", "Ferreira", "Quayle", "Vogelsang", "Tallis", "Ferrante",
    "Okafor", "Pryce", "Aasland", "Solheim", "Dahl", "Lindqvist", "Ocampo", "Agbaje", "Castellanos", "Marchbanks",
    "Hartley", "Menon", "Zhao", "Moreau", "Keller", "Brandt", "Nakamura", "Haddad", "Reyes", "Lindgren", "Osei",
    "Novak", "Abernathy", "Sato", "Kowalski", "Delgado", "Fischer",
)  # fmt: skip
PLACES = (
    "Tempe, Arizona", "Debrecen, Hungary", "Monterrey, Mexico", "Bergen", "Leipzig", "Ohio", "Texas", "Poland",
    "Singapore", "Manchester", "Lyon", "Rotterdam", "Chennai", "Nagoya", "North Carolina", "Ontario", "Bavaria",
    "Georgia", "Brno, Czech Republic", "Valencia, Spain",
)  # fmt: skip
CITIES = ("NEW YORK", "LONDON", "FRANKFURT", "PARIS", "TOKYO", "CHICAGO", "SAN FRANCISCO", "ZURICH", "HOUSTON")

# Brokers that issue ratings, as news names them.
FIRMS = (
    "Goldman Sachs", "JPMorgan", "Morgan Stanley", "RBC Capital Markets", "Jefferies", "Barclays", "UBS",
    "Deutsche Bank", "Citi", "Bank of America", "Bernstein", "Wells Fargo", "Evercore ISI", "Piper Sandler",
    "Wolfe Research", "BMO Capital Markets", "Mizuho", "Baird", "Oppenheimer", "Truist Securities", "HSBC",
    "Berenberg", "Exane BNP Paribas", "Kepler Cheuvreux", "Jefferies", "Stifel", "KeyBanc", "Raymond James",
    "Needham", "TD Cowen", "Bernstein Research", "Macquarie", "Peel Hunt", "Panmure Liberum", "Warburg Research",
    "DZ Bank", "Hauck Aufhaeuser Lampe", "Redburn Atlantic",
)  # fmt: skip

# Ratings as written, by class (the classes the scorer checks).
RATINGS = {
    "buy": ("Buy", "Overweight", "Outperform", "Strong Buy", "Sector Outperform", "Accumulate", "Add"),
    "hold": ("Neutral", "Hold", "Equal Weight", "Market Perform", "Sector Perform", "Peer Perform"),
    "sell": ("Sell", "Underperform", "Underweight", "Reduce", "Sector Underperform"),
}

# --------------------------------------------------------------------------- outlets and styles

OUTLETS = {
    "wire": ("Newswire", "Global Markets Wire", "Atlantic Business Wire", "Meridian Newsdesk"),
    "ratings": ("Tickerly Newsdesk", "StockPulse Daily", "Analyst Ratings Network", "MarketTicker Staff"),
    "movers": ("Market Wrap Desk", "Midday Movers", "The Closing Bell Report", "Street Brief"),
    "release": ("PRNewswire", "Business Wire", "GlobeNewswire"),
    "blog": ("The Patient Compounder", "Dividend Harbor", "Small Cap Notebook", "Long Run Investor"),
    "boerse": ("Boerse Express", "Aktien Insider", "Finanztrends Daily"),
    "dpa": ("FinanzTicker Frankfurt", "AktienWelt Frankfurt", "Boersenfunk Frankfurt"),
    "uk": ("City Ledger", "The Square Mile Post", "Markets Gazette"),
    "html": ("Meridian Business Journal", "Lakeshore Markets Daily", "Harbor Street Times", "Capital Ledger"),
    "jsonl": ("Lakemont Wire", "Pinebrook News", "Ferry Street Feed"),
}
SECTIONS = ("MARKETS | COMPANIES", "MARKETS", "COMPANIES | INDUSTRY", "BUSINESS | MARKETS")

# Private companies, start-ups and acquisition targets: "{prefix} {suffix}".
PRIVATE_PREFIX = (
    "Clearbrook", "Solmar", "Prairie", "Larkspur", "Brambleton", "Quarryline", "Orrin", "Tessary", "Kvistgaard",
    "Mesquite", "Aldbruck", "Hanmo", "Fenwick", "Ridgeview", "Coldwater", "Finch", "Harrow", "Stellan", "Veridian",
    "Oakhurst", "Calder", "Northfield", "Brightwell", "Marlow", "Silverpine", "Kestrel", "Tamarind", "Bluestone",
)  # fmt: skip
PRIVATE_SUFFIX = (
    "Hydrometrics", "Storage", "Cold Chain", "Analytics", "Robotics", "Biosciences", "Logistics", "Software",
    "Energy Systems", "Data", "Labs", "Therapeutics", "Networks", "Materials", "Health", "Payments", "Foods",
)  # fmt: skip

# --------------------------------------------------------------------------- share prices
# Each template states one price. "close" templates carry a day ({day}); intraday ones refer to the day of
# publication. The generator fills {day} with the publication weekday or the trading day before it.

PRICE_CLOSE = (
    "{co}'s shares closed at {px} on {day}, representing a decline of {chg} percent.|down",
    "{co}'s shares closed at {px} on {day}, a gain of {chg} percent.|up",
    "Shares of {co} closed {updown} {chg}% at {px} on {day}.",
    "The stock closed {chg}% {higher} at {px} on {day}.",
    "{co} stock finished {day}'s session at {px}, {updown} {chg}% on the day.",
    "On {day}, {co} shares settled at {px}, {updown} {chg}%.",
    "The shares had closed at {px} on {day}.",
)
PRICE_INTRADAY = (
    "Shares of {co} were {updown} {chg}% at {px} in morning trading.",
    "{co} shares {rose} {chg}% to {px} in early trading on {today}.",
    "The stock {rose} {chg}% to {px} in afternoon trading.",
    "{co} shares were trading at {px} at midday, {updown} {chg}%.",
    "Shares of {co} opened at {px} on {today}.",
    "In premarket trading, {co} shares {rose} {chg}% to {px}.",
)
# dpa-style (EUR, German dates, decimal comma in the close)
PRICE_DPA_INTRADAY = (
    "Price reaction: In Xetra trading the {co} share {rose} {chg} percent to EUR {px_num} by {clock} am.",
    "In Xetra trading, {co} shares {rose} {chg} percent to EUR {px_num} in the morning.",
)
PRICE_DPA_CLOSE = (
    "On {day} ({ddmmyyyy}) the share had closed at {px_de} EUR.",
    "The {co} share had closed at {px_de} euros on {day} ({ddmmyyyy}).",
)
# UK style (pence)
PRICE_UK_CLOSE = (
    "The company closed {chg} per cent {higher} at {px} on {day}.",
    "Shares in {co} closed {chg} per cent {higher} at {px} on {day}.",
)
PRICE_UK_INTRADAY = (
    "The shares {rose} {chg} per cent to {px} in early trading today.",
    "{co} shares were {updown} {chg} per cent at {px} in early trading today.",
)

# --------------------------------------------------------------------------- analyst ratings and targets
# action: raised/lowered/maintained/reiterated/initiated or "" (a rating stated without an action).

TARGETS = {
    "raised": (
        "{firm} raised its price target on {co} to {t} from {t0} and kept {a_rating} rating.",
        "{firm} raised its price target to {t} from {t0} and reiterated {a_rating} rating.",
        "{co} had its price target raised by {firm} from {t0} to {t} in a research report released on {today} "
        "morning. The brokerage currently has {a_rating_q} rating on the stock.",
        "{firm} analyst {analyst} raised the price target on {co} to {t} from {t0}, keeping {a_rating} rating.",
        "{firm} lifted its target for {co} to {t} from {t0} and stuck with its {rating} recommendation.",
    ),
    "lowered": (
        "{firm} lowered its price target on {co} to {t} from {t0}, maintaining its {rating} rating.",
        "{firm} cut its price target to {t} from {t0} and kept {a_rating} rating.",
        "{firm} lowered their price target on {co} from {t0} to {t} and set {a_rating_q} rating in a research note.",
        "{firm} trimmed its target to {t} from {t0} and stayed at {rating}.",
    ),
    "reiterated": (
        "{firm} reiterated {a_rating} rating and a {t} target.",
        "{firm} reiterated its {rating} rating on {co} with a price target of {t}.",
        '{firm} reaffirmed its "{rating}" rating and {t} price target on {co}.',
    ),
    "maintained": (
        "{firm} maintains {a_rating_q} rating with a {t} price target.",
        "{firm} maintained its {rating} rating and {t} price target on the shares.",
    ),
    "initiated": (
        "{firm} initiated coverage of {co} with {a_rating} rating and a {t} price target.",
        "{firm} started coverage on {co}, issuing {a_rating_q} rating and a {t} price target.",
        "{firm} began covering the stock with {a_rating} rating and a price target of {t}.",
    ),
    "": (
        'Analysts at {firm}, who rate the stock "{rating}" with a {t} price target, called the move sensible.',
        "{firm} has {a_rating} rating and a {t} price target on {co}.",
        '{firm} kept its "{rating}" recommendation on {co} without changing its view.',
    ),
}
TARGETS_DPA = {
    "raised": (
        "The US bank {firm} has raised its price target for {co} from EUR {t0_num} to EUR {t_num} and confirmed its "
        "rating of '{rating}'.",
        "{firm} has raised its target for {co} from EUR {t0_num} to EUR {t_num} and kept its rating at '{rating}'.",
    ),
    "lowered": (
        "The analyst firm {firm} has lowered its price target for {co} from EUR {t0_num} to EUR {t_num} and left its "
        "rating at '{rating}'.",
    ),
}
TARGETS_UK = {
    "lowered": ("{firm} cut its target price to {t} from {t0} but kept its '{rating}' rating.",),
    "raised": ("{firm} raised its target price to {t} from {t0} and kept its '{rating}' rating.",),
    "reiterated": ("{firm}, which rates the shares at '{rating}', reiterated its {t} target.",),
}

# --------------------------------------------------------------------------- layoffs
# round: one wave of cuts; cumulative: a programme total.

LAYOFF_ROUND = (
    "{co} said it would cut about {n} jobs as part of a broader restructuring.",
    "{co} plans to lay off {n} employees, mostly in sales and administration.",
    "{co} will eliminate approximately {n} positions, or about {pct}% of its workforce.",
    "The company said {n} positions will be made redundant.",
    "{co} is cutting {n} jobs in its {unit} business, according to an internal memo.",
    "This retail pullback is accompanied by a workforce reduction of {n} positions.",
)
LAYOFF_RANGE = (
    "Regulatory filings indicate a new round of layoffs affecting between {lo} and {hi} positions.",
    "A second phase, affecting between {lo} and {hi} roles in its service organisation, could follow later this year.",
    "{co} expects to cut between {lo} and {hi} jobs over the coming months.",
)
LAYOFF_CUMULATIVE = (
    "Including the latest reductions, the company will have eliminated about {n} positions since it launched its "
    "restructuring programme in {year}.",
    "Over the past {months} months, approximately {n} roles have been eliminated at {co}.",
    "In total, {co} has cut roughly {n} jobs since {year}.",
)
BUSINESS_UNITS = ("cloud", "consumer", "retail", "logistics", "devices", "advertising", "pharmacy", "automotive")

# --------------------------------------------------------------------------- corporate events
# Each entry: (template, status). Templates with {amt} carry a USD amount unless the generator writes EUR.

EVENTS = {
    "acquisition": (
        ("{co} said on {today} it had agreed to acquire {cp} for about {amt} in cash and stock.", "announced"),
        ("{co} agreed to buy {cp} in a deal valued at {amt}.", "announced"),
        ("{co} completed its {amt} acquisition of {cp}.", "completed"),
        ("{co} is in talks to acquire {cp} for {amt}, according to people familiar with the matter.", "talks"),
        ("{co} confirmed it is in talks to acquire {cp} for {amt}.", "talks"),
        ("{co} has agreed to purchase {cp} for {amt}, its largest deal in a decade.", "announced"),
    ),
    "investment": (
        ("{co} announced that it will invest around {amt} in a new plant in {place}.", "announced"),
        ("{co} plans to invest {amt} to expand production in {place}.", "announced"),
        ("{co} is in advanced negotiations to invest up to {amt} in {cp}.", "talks"),
        ("{co} said it would invest {amt} in {cp}, taking a minority stake.", "announced"),
    ),
    "funding_round": (
        ("{cp} raised {amt} in a Series {series} round led by {co}.", "completed"),
        ("{co} led a {amt} Series {series} funding round for {cp}.", "completed"),
        ("{cp} completed a {amt} funding round, with {co} among the investors.", "completed"),
        ("{cp}, a start-up backed by {co}, raised {amt} in new funding.", "completed"),
        ("{co} joined a {amt} Series {series} investment round in {cp}.", "completed"),
    ),
    "partnership": (
        ("{co} signed a multiyear agreement with {cp} to deploy its systems across {n_sites} sites.", "announced"),
        ("{co} and {cp} announced a strategic partnership to develop new products together.", "announced"),
        ("{co} struck a licensing agreement with {cp} for Europe.", "announced"),
        ("{co} has formed a joint venture with {cp} to serve customers in {place}.", "announced"),
        ("{co} entered into a partnership with {cp} covering cloud infrastructure.", "announced"),
    ),
    "partnership_end": (
        ("{cp} has ended its e-commerce partnership with {co}.", ""),
        ("{co} terminated its long-term supply agreement with {cp}.", ""),
        ("{co} will end its co-branded credit card program with {cp} in {month}.", ""),
        ("{co} said it had terminated its distribution agreement with {cp}.", ""),
    ),
    "closure": (
        ("{co} plans to close {n_sites} underperforming stores by the end of the year.", ""),
        ("{co} will shut its plant in {place} by the end of the third quarter.", ""),
        ("{co} will close its technical office in {place} during the second quarter.", ""),
        ("{co} is shutting down all of its stores in {place}.", ""),
        ("The company will close its distribution center in {place} next year.", ""),
    ),
    "earnings_date": (
        ("{co} will report {q} results on {date}.", ""),
        ("The company is scheduled to report {q} results on {date}.", ""),
        ("Investors are looking ahead to the quarterly earnings report scheduled for {date}.", ""),
        ("{co} said it would publish {q} results on {date}.", ""),
        ("{q_cap} results will be published on {date}.", ""),
    ),
    "executive_change": (
        ("{co} said Chief Executive {person} will step down at the end of the month.", ""),
        ("{co} appointed {person} as chief financial officer, effective immediately.", ""),
        ("Chief Financial Officer {person} has decided to leave the company after the annual general meeting.", ""),
        ("{co} named {person} as its new chief executive officer.", ""),
        ("{person} will retire as chief executive of {co} in {month}, the company said.", ""),
    ),
    "guidance": (
        ("{co} now expects {year} revenue of {amt_lo} to {amt_hi}, down from a previous forecast of about {amt}.", ""),
        ("{co} raised its full-year outlook and now sees revenue of {amt_lo} to {amt_hi}.", ""),
        ("{co} reaffirmed its {year} forecast for adjusted earnings of {eps_lo} to {eps_hi} per share.", ""),
        ("{co} cut its {year} revenue guidance to {amt_lo} to {amt_hi}.", ""),
        ("For {year}, {co} expects EBITDA in the range of {amt_lo} to {amt_hi}.", ""),
    ),
    "legal": (
        ("{co} agreed to pay {amt} to settle a class action brought by customers.", ""),
        ("{co} was fined {amt} by regulators for breaching competition rules.", ""),
        ("{co} agreed to a {amt} settlement to resolve a shareholder lawsuit.", ""),
        ("{co} will pay {amt} to resolve a patent dispute with {cp}.", ""),
        ("A jury ordered {co} to pay {amt} in damages to {cp}.", ""),
    ),
    "financial_result": (
        ("{co} reported quarterly revenue of {amt}, up {chg}% from a year earlier.", ""),
        ("The business had revenue of {amt} for the quarter, compared to analyst estimates of {amt_est}.", ""),
        ("{co}'s revenue rose {chg}% to {amt} in the {q_noun}.", ""),
        ("Full-year revenue came in at {amt}, a record for the company.", ""),
    ),
}
QUARTERS = ("first-quarter", "second-quarter", "third-quarter", "fourth-quarter")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
MONTHS_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

# --------------------------------------------------------------------------- filler (no facts)

FILLER = (
    "Investors have been weighing the outlook for {sector} spending against signs of a slowing economy.",
    "The broader market was mixed, with technology names outperforming defensive sectors.",
    '"We are focused on execution and on the things we can control," the chief executive told analysts.',
    "The company has been working to simplify its portfolio and sharpen its focus on higher-margin products.",
    "Analysts said the results would be watched closely for signs of a recovery in demand.",
    "Trading volume was well above the 30-day average as investors repositioned ahead of the report.",
    "{co} did not respond to a request for comment outside regular business hours.",
    "Management has repeatedly said that it sees room to improve margins over the next two years.",
    "The sector has been under pressure this year as higher interest rates weigh on valuations.",
    "Competition in the {sector} market has intensified, with several rivals cutting prices.",
    "Some investors remain cautious, pointing to the company's exposure to currency swings.",
    "The move is part of a broader effort to focus on core markets and streamline operations.",
    "Several large fund managers have added to their positions in recent months, filings show.",
    "Market participants are also watching the central bank's next rate decision closely.",
    "The company has said it intends to keep investing in research and development despite the slowdown.",
    "Supply-chain bottlenecks that hurt the industry last year have largely eased, executives said.",
    '"It is a sensible step, but the market will want to see proof that it works," one portfolio manager said.',
    "{co} has not commented publicly on the reports.",
    "The group operates in more than 40 countries and serves customers across several industries.",
    "Bond yields edged higher, adding to pressure on growth stocks.",
    "The announcement comes as the wider {sector} industry grapples with weaker demand and rising costs.",
    "Executives are expected to give more detail on their strategy at an investor day later this year.",
    "Options activity picked up, with traders positioning for a bigger move after the update.",
    "Analysts broadly welcomed the decision, although some questioned the timing.",
    "The company's balance sheet remains solid, with modest debt and ample liquidity.",
    "The news lifted sentiment across the sector, with several peers trading higher.",
    "The company's strategy has drawn a mixed reception from investors over the past year.",
    "Rivals have been investing heavily in automation and digital services to defend their market share.",
    "The chief financial officer said the company would remain disciplined about capital allocation.",
    "Some analysts argue that the shares already price in much of the expected improvement.",
    "Customers have become more cautious, delaying large orders until the economic picture is clearer.",
    "The board said it remained confident in the long-term strategy.",
    "Short sellers have trimmed their bets against the stock in recent weeks, exchange data show.",
    "The company's next capital markets day is expected to focus on cost efficiency and growth targets.",
    "Industry data point to a gradual recovery in order intake after a weak first half.",
    "Labour unions said they would seek talks with management about the plans.",
    "The company declined to comment on market speculation.",
    '"The fundamentals have not changed," said a fund manager who holds the shares.',
    "Several brokers have revised their models following the latest update.",
    "Europe's benchmark index edged higher, led by utilities and consumer staples.",
    "Currency moves were a headwind, as the stronger dollar weighed on overseas earnings.",
    "The update came after the close of regular trading.",
    "Retail investors have piled into the stock on online trading platforms this year.",
    "Investors are also focused on the company's pricing power in an inflationary environment.",
    "The company has a history of beating its own guidance, analysts noted.",
    "Dealmaking in the {sector} sector has picked up as valuations have stabilised.",
    "Critics say the group has been slow to adapt to changing customer habits.",
    "Regulators have stepped up scrutiny of the industry in the past year.",
    "The company will hold a conference call with analysts later in the day.",
    "Shareholders will have the chance to question management at the annual meeting.",
    "{co} employs about {emp} people worldwide.",
    "The S&P 500 fell {x}% and the Nasdaq Composite lost {y}% on the day.",
    "{co} shares have gained about {p}% so far this year.",
    "Europe's STOXX 600 index rose {x}% to {idx} points.",
    "More than {vol} million shares changed hands, roughly twice the daily average.",
    "The company runs {sites} sites and serves customers in {countries} countries.",
)
HEADLINES = (
    "{co} in focus as investors weigh the next steps",
    "What the latest news means for {co} shareholders",
    "{co}: the key developments this week",
    "{co} under the spotlight after a busy week",
    "Investors take stock of {co}'s strategy",
    "{co} shares on the move",
    "{co}'s Strategic Pivot Gains Momentum",
    "Inside {co}'s plan for the year ahead",
)
SECTORS = (
    "software", "semiconductor", "retail", "energy", "healthcare", "automotive", "banking", "insurance",
    "industrial", "telecom", "consumer goods", "logistics", "chemicals", "media",
)  # fmt: skip
SUBHEADS = (
    "Market Performance and Upcoming Catalyst", "What the analysts say", "The stock", "Analyst moves",
    "Background", "What to watch", "Outlook", "Key Developments", "The bigger picture",
)  # fmt: skip

# --------------------------------------------------------------------------- advertising and boilerplate (no records)

AD_INLINE = (
    "Should investors sell immediately? Or is it worth buying {co}?",
    "Should investors sell immediately? Or is it worth buying {co}? Find out in our free analysis.",
)
AD_FOOTER = (
    "Ad\n{co} Stock: Buy or Sell?! New {co} Analysis from {month_day} delivers the answer:\n"
    "The latest {co} figures speak for themselves: Urgent action needed for {co} investors. Is it worth buying or "
    "should you sell? Find out what to do now in the current free analysis from {month_day}.\n"
    "{co}: Buy or sell? Read more here...",
    "+++ ADVERTISEMENT +++\nWhich 3 stocks could double next year? Our free special report reveals the picks of our "
    "chief analyst - his model portfolio is up 247% since 2019. Over 25,000 readers have already downloaded it. "
    "Click here and secure your copy now!\n+++ END OF ADVERTISEMENT +++",
    "---\nLooking for your next winner? Our analysts track 4,000+ Wall Street ratings every day and just released "
    "their list of 7 stocks set to beat the market. {co} did not make the list. Get the free report now (a $149 "
    "value) - offer ends in 48 hours.",
    "Sign up for our free morning newsletter to get the day's most important market news delivered to your inbox.",
    "This article was originally published on {outlet}. Nothing here is investment advice.",
    "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of "
    "cookies. Manage your preferences in our cookie settings.",
)
RELEASE_TAIL = (
    "About {co}\n{co} is a global company serving customers in more than 100 countries. For more information, "
    "visit the company's website.",
    "Forward-Looking Statements\nThis press release contains forward-looking statements that involve risks and "
    "uncertainties. Actual results may differ materially from those expressed or implied in such statements.",
    "For further information, please contact:\nInvestor Relations, {co}, ir@example.com, +1 555 0100",
)

# --------------------------------------------------------------------------- phrasings dropped (extractor gaps)
# Natural phrasings that were tried and that the extractor currently misses or misreads; kept out of the tables.
# (Measured on 2026-11-23 with extractor version 3.)
GAPS: tuple[str, ...] = (
    # dropped from the tables
    "'{co} shares ended Friday at $10.73' - no close cue ('ended <weekday> at'): kind unspecified, often missed",
    "'{co} will spend $850 million on a new data center campus in Ohio' - no investment event",
    "'{firm} kept its \"In Line\" recommendation' / 'In Line' rating - rating word not known, no record",
    "'{cp} closed a $40 million funding round' - sometimes read as a closure as well",
    "'... said it would invest $1.5bn in {cp} as part of a strategic tie-up' - also a partnership (arguably right)",
    "headline restating the event ('Costco shuts sites in cost drive') - a second closure, not merged with the body",
    "'Management reiterated that it expects margins to improve' - a guidance event (right: it was not filler)",
    # kept (natural, and rare enough): they show up as the few misses on generated corpora
    "'Coca-Cola Europacific Partners with an Outperform rating' - a spurious partnership ('Partners with')",
    # closed (extractor version 6, tests/test_gaps_*.py): a leading wire dateline is blanked before the rules read a
    # sentence; "May" the month is no modal; "rating on Campbell's with a price target" rates Campbell's; the
    # article's own name ("Target", "Next") is no veto word; "Deutsche Bank" rates "Deutsche Telekom". Still open
    # (xfail in tests/test_gaps_word_names.py): "profit beat targets, rising to $X", "were expected to rise ... to
    # $X" as guidance, "expects to report full-year profit of $X for the year to January", "results next week".
)
