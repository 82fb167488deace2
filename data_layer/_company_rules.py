"""Rules (data) for choosing an article's main company among the companies it names.

Used by :mod:`data_layer.companies`. Each table names one role a mention can play:

- the *actor* of the headline ("Google to pour $1 billion into Anthropic", "Synopsys agrees to buy Ansys"):
  the investor or acquirer is the article's company, not the investee or target;
- a *modifier* in the headline ("Amazon-backed Anthropic raises ..."): the backer is not the subject;
- a *data source* ("according to CME Group's FedWatch tool", "FactSet data show", "analysts polled by LSEG"):
  cited in macro stories, never their subject;
- a *macro headline* (indexes, yields, jobs report): a market wrap has no company unless one dominates.
"""

from __future__ import annotations

import re

# verbs after a headline's first company that make it the actor of a deal (it invests, buys, backs, ...)
ACTOR_VERBS = (
    r"invest(?:s|ing)?", r"pour(?:s|ing)?", r"plough(?:s|ing)?", r"plow(?:s|ing)?", r"inject(?:s|ing)?",
    r"put(?:s|ting)?", r"pump(?:s|ing)?", r"commit(?:s|ting)?", r"bet(?:s|ting)?", r"back(?:s|ing)?",
    r"fund(?:s|ing)?", r"lead(?:s|ing)?", r"led", r"buy(?:s|ing)?", r"bought", r"acquir(?:e|es|ed|ing)",
    r"purchas(?:e|es|ed|ing)", r"snap(?:s|ping)?\s+up", r"snapped\s+up", r"tak(?:e|es|ing)\s+(?:a\s+)?(?:\w+\s+)?stake",
    r"took\s+(?:a\s+)?(?:\w+\s+)?stake", r"bid(?:s|ding)?\s+(?:for|on)", r"offer(?:s|ing)?\s+(?:to\s+buy|for)",
    r"swoop(?:s|ing)?", r"merg(?:e|es|ing)\s+with", r"tak(?:e|es|ing)\s+over", r"raise(?:s|d)?", r"rais(?:ing)",
    r"sell(?:s|ing)?", r"sold", r"spin(?:s|ning)?\s+off", r"partner(?:s|ing)?\s+with", r"sign(?:s|ing)?",
    r"strik(?:e|es|ing)", r"seal(?:s|ing)?", r"clinch(?:es|ing)?", r"win(?:s|ning)?", r"won",
)  # fmt: skip
# auxiliaries between the actor and its verb: "Google to pour", "Synopsys agrees to buy", "X in talks to buy"
ACTOR_AUXILIARIES = (
    r"to", r"will", r"would", r"could", r"agrees?\s+to", r"agreed\s+to", r"plans?\s+to", r"planning\s+to",
    r"(?:is\s+)?set\s+to", r"in\s+(?:advanced\s+|early\s+|final\s+)?talks\s+to", r"nears?\s+(?:a\s+)?deal\s+to",
    r"(?:is\s+)?said\s+to", r"moves?\s+to", r"seeks?\s+to", r"offers?\s+to", r"considers?", r"weighs?",
    r"explores?", r"mulls?", r"eyes", r"makes?\s+(?:a\s+)?(?:\$[\d.,]+\s*\w*\s+)?(?:bid|offer)\s+to",
    r"has", r"have", r"had", r"is", r"are", r"was", r"also", r"again", r"quietly",
)  # fmt: skip
_AUX = "|".join(ACTOR_AUXILIARIES)
_VERB = "|".join(ACTOR_VERBS)
HEADLINE_ACTOR = re.compile(
    rf"^(?:[’']s)?(?:\s+(?:Inc|Corp|Co|plc|Ltd|AG|SE|SA|NV)\.?)?,?(?:\s+(?:{_AUX}))*\s+(?:{_VERB})\b", re.IGNORECASE
)

# right after a name in a headline: it qualifies another company ("Amazon-backed Anthropic")
HEADLINE_MODIFIER = re.compile(
    r"^[-‑–]?\s*(?:backed|owned|controlled|funded|led|linked|affiliated|based|listed|supported|style)\b"
    # "Former ARM boss to head Rolls-Royce": a person named by a company they led
    r"|^\s+(?:boss|chief|CEO|founder|co-founder|veteran|executive|chairman|chair)\b",
    re.IGNORECASE,
)

# right after a name in a headline: another company is named by its relation to it ("Nvidia supplier TSMC",
# "Alphabet unit Waymo", "Nike rival Adidas"): the second company is the subject
HEADLINE_APPOSITION = re.compile(
    r"^(?:[’']s)?\s+(?:[Ss]uppliers?|[Rr]ivals?|[Pp]artners?|[Cc]ustomers?|[Pp]eers?|[Pp]arent|[Uu]nits?|"
    r"[Ss]ubsidiary|[Oo]wner|[Bb]ackers?|[Ii]nvestors?\s+in|[Cc]ompetitors?|[Ss]pin-?off)\s+(?=[A-Z])"
)

# just before a name: it is cited as the source of data ("according to", "data from", "polled by")
SOURCE_BEFORE = re.compile(
    r"(?:\baccording\s+to|\bper|\bciting|\bsource[s]?\s*:|"
    r"\b(?:data|figures|estimates|numbers|statistics|calculations|prices|quotes|consensus)\s+"
    r"(?:from|by|compiled\s+by|provided\s+by|published\s+by|tracked\s+by)|"
    r"\b(?:polled|surveyed|compiled|tracked|calculated|collated|gathered|collected|published|provided)\s+by)"
    r"\s+(?:the\s+)?(?:(?:data|figures|estimates)\s+(?:from|by|of)\s+)?$",
    re.IGNORECASE,
)
# just after a name: it names a data product or says the name's data show something
SOURCE_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:FedWatch|Workspace|Terminal|Eikon|I/B/E/S|IBES|Datastream|Capital\s+IQ|"
    r"Market\s+Intelligence|StarMine|StreetAccount|Estimates|Fundamentals|data\s+service|tool\b)|"
    r"^\s+(?:data|figures|estimates|consensus|polls?|surveys?|calculations|numbers)"
    r"(?:\s+(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|compiled|also)\b|"
    r"\s*[.,;)])|"
    r"^(?:[’']s)?\s+consensus\b",
    re.IGNORECASE,
)

# a headline about indexes, rates or the economy rather than a company
MACRO_HEADLINE = re.compile(
    r"\b(?:stock\s+market|stocks|equities|markets?\s+(?:wrap|today|close|open)|wall\s+street|"
    r"dow(?:\s+jones)?|s&p(?:\s*500)?|nasdaq(?:\s+composite)?|russell\s+2000|ftse(?:\s*100)?|dax|cac\s*40|"
    r"stoxx(?:\s*600)?|nikkei|hang\s+seng|kospi|sensex|treasur(?:y|ies)|(?:bond\s+)?yields?|bonds|dollar|"
    r"futures|oil\s+prices|crude|jobs\s+report|payrolls|jobless|unemployment|inflation|cpi|pce|"
    r"the\s+fed|fed|rate\s+(?:cut|hike)s?|interest\s+rates|gdp|economy|recession|tariffs?)\b",
    re.IGNORECASE,
)

# a headline over several companies' moves: "Europe Movers: ...", "biggest Footsie risers", "Earnings Wrap"
WRAP_HEADLINE = re.compile(
    r"\b(?:movers|risers|fallers|gainers|losers|wrap|round-?up|bourse|footsie|most\s+active(?:ly\s+traded)?|"
    # "Stocks to watch: Tata Power, RVNL, ...", "Stocks in focus", "Buzzing stocks", "Hot stocks"
    r"stocks\s+(?:to\s+(?:watch|track|buy)|in\s+(?:focus|news|the\s+news|spotlight))|buzzing\s+stocks|hot\s+stocks|"
    r"earnings\s+(?:wrap|round-?up|digest|roundup)|results\s+(?:wrap|round-?up|digest))\b",
    re.IGNORECASE,
)

# a headline over brokers' notes on many stocks: "Wednesday broker round-up", "Brokers' recommendations", "Hot
# stocks: brokerage views on ...": the brokers are the sources, never the subject
BROKER_DIGEST_HEADLINE = re.compile(
    r"\b(?:broker(?:age)?s?['’]?|analysts?['’]?|fund\s+houses?['’]?)\s+(?:round-?ups?|roundups?|digest|notes|views?|calls|"
    r"updates?|"
    r"recommendations?|ratings?|moves|actions|changes|upgrades|downgrades|picks|radar)\b|"
    r"\b(?:upgrades?|downgrades?)\s+(?:and|&)\s+(?:downgrades?|upgrades?)\b|\bstock\s+calls\b|"
    r"\b(?:brokerage|broker)\s+view|\bbest\s+of\s+the\s+brokers\b|\bbroker\s+tips\b",
    re.IGNORECASE,
)

# a company "dominates" a macro story with this many body mentions (and twice the runner-up's)
DOMINANT_MENTIONS = 3

# right after a headline's first name: it is a broker acting on a rating or target, not the subject
# ("Jefferies raises target for SAP", "Goldman upgrades Next to Buy", "JPMorgan cuts Target price target")
HEADLINE_BROKER = re.compile(
    r"^(?:[’']s|\s*:)?(?:\s+(?:analysts?|strategists?))?(?:\s+(?:now|also|again))?\s+(?:"  # "HSBC: Raised X target"
    r"(?:upgrades?|downgrades?|reiterates?|initiates?|resumes?|"
    r"rates?|assigns?|reaffirms?|starts?\s+coverage|begins?\s+coverage)\b|"
    # (a participle with nothing rated after it is passive: "FedEx upgraded", "Snap downgraded to Neutral at ...")
    r"(?:upgraded|downgraded|reiterated|initiated|resumed|rated|assigned|reaffirmed)\b"
    r"(?!\s*(?:$|to\b|at\b|by\b|as\b|on\b|after\b|amid\b|following\b|[,:;|–-]))|"
    r"(?:raises?|raised|lifts?|lifted|boosts?|boosted|ups|upped|hikes?|hiked|cuts?|lowers?|lowered|trims?|trimmed|"
    r"slashes?|slashed|reduces?|reduced|sets?|keeps?|kept|maintains?|maintained|confirms?|confirmed|sees|bumps?|"
    r"bumped)\b[^.;:|,]{0,40}?\b(?:targets?|PT|TP|price\s+objective|ratings?|Buy|Sell|Hold|Overweight|Underweight|"
    r"Outperform|Underperform|Neutral|Equal[- ]weight|Market\s+Perform)\b)",
    re.IGNORECASE,
)

# a known brokerage's view of another company's figures, right after its name ("Desjardins Issues Optimistic
# Forecast for TSE:BMO Earnings", "Zacks Research Has Bearish Outlook for X Q2 Earnings")
HEADLINE_BROKER_VIEW = re.compile(
    r"^(?:\s+\w+){1,3}?\s+(?:forecasts?|outlook|estimates?|predictions?|expectations?|views?|projections?)\s+"
    r"(?:for|on|of)\s",
    re.IGNORECASE,
)

# after a name and a verb such as "cut" or "raised": the company's own figures, so it is not a broker's rating
# ("Honeywell cut its 2025 revenue guidance", "Tesco raised its dividend", "Boeing cut 10% of its workforce",
# "Anthropic has raised $2 billion")
OWN_FIGURES_AFTER = re.compile(
    r"^(?:[’']s)?\s*(?:has\s+|have\s+|also\s+|on\s+\w+day\s+)?\w+\s+(?:about\s+|some\s+|nearly\s+|around\s+)?"
    r"(?:(?:more\s+than\s+|over\s+|up\s+to\s+)?[$€£]\s?\d|"  # "Anthropic has raised $2 billion": money, not a rating
    r"(?:its|their|the(?:\s+company's)?|an?|[\d.,%$€£]+\S*(?:\s+(?:million|billion|percent))?(?:\s+of\s+its)?)?\s*"
    r"(?:\S+\s+){0,2}?"
    r"(?:revenue|revenues|sales|profit|profits|earnings|guidance|outlook|forecasts?|dividends?|payouts?|jobs|"
    r"workforce|staff|employees|headcount|costs?|(?<!target\s)prices|production|output|capex|spending|investment|debt|"
    r"emissions|stores|buyback|margins?|capacity|orders|shipments|volumes?)\b)",
    re.IGNORECASE,
)

# a capitalised word that is also a common word ("Next", "Target", "Block", "Gap") names a company when the
# text uses it with one of these ("Next shares have gained", "Target did not respond", "price target on Target")
COMPANY_CUE_AFTER = (
    r"shares", r"stock", r"share\s+price", r"did\s+not", r"declined\s+to", r"said", r"says", r"announced",
    r"announces", r"reported", r"reports", r"plans", r"planned", r"employs", r"posted", r"expects", r"operates",
    r"will\s+(?:report|close|cut|open|invest|pay|hold|announce)", r"is\s+due", r"chief\s+executive", r"CEO", r"CFO",
    r"spokes(?:man|woman|person)",
)  # fmt: skip
COMPANY_CUE_BEFORE = (
    r"shares\s+(?:of|in)", r"stake\s+in", r"(?:price\s+)?target\s+(?:on|for)", r"rating\s+on", r"upgraded",
    r"downgraded", r"coverage\s+(?:of|on)", r"retailer", r"rival", r"owner", r"investors\s+in",
)  # fmt: skip
_CUE_WORD = r"([A-Z][a-z]{2,}|[A-Z]{3,})"
COMPANY_CUED = re.compile(
    rf"(?:(?<![\w-]){_CUE_WORD}(?:[’']s)?\s+(?:{'|'.join(COMPANY_CUE_AFTER)})\b)|"
    rf"(?:\b(?:{'|'.join(COMPANY_CUE_BEFORE)})\s+{_CUE_WORD}(?![\w-]))"
)

# places a market story's headline starts with ("Sweden stocks higher at close", "Singapore shares end 0.7% higher"):
# never a company on their own (but "Singapore Airlines" is one)
PLACE_NAMES = frozenset(
    (
        "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Singapore", "Japan", "China", "India", "Australia",
        "Canada", "Germany", "France", "Britain", "Spain", "Italy", "Portugal", "Ireland", "Netherlands", "Belgium",
        "Switzerland", "Austria", "Poland", "Europe", "Asia", "America", "Africa", "Brazil", "Mexico", "Korea",
        "Taiwan", "Malaysia", "Indonesia", "Thailand", "Philippines", "Vietnam", "Israel", "Turkey", "Russia",
        "Greece", "London", "Tokyo", "Sydney", "Toronto", "Paris", "Frankfurt", "Zurich", "Stockholm", "Oslo",
        "Copenhagen", "Helsinki", "Mumbai", "Johannesburg", "Wellington", "Auckland", "Madrid", "Milan", "Amsterdam",
        "Hong Kong", "New Zealand", "South Africa", "South Korea", "Saudi Arabia", "Wall Street", "Dalal Street",
        "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Nigeria", "Kenya", "Ghana", "Egypt", "Morocco", "Qatar",
        "Kuwait", "Bahrain", "Oman", "UAE", "Dubai", "Abu Dhabi", "Chile", "Argentina", "Colombia", "Peru",
        "Karachi", "Lahore", "Dhaka", "Colombo", "Lagos", "Nairobi", "Riyadh", "Doha", "Seoul", "Taipei", "Jakarta",
        "Manila", "Bangkok", "Kuala Lumpur", "Shanghai", "Shenzhen", "Beijing", "Sao Paulo", "São Paulo",
        "Brussels", "Vienna", "Lisbon", "Dublin", "Warsaw", "Prague", "Budapest", "Athens", "Istanbul", "Moscow",
        "Luxembourg", "Geneva", "Munich", "Hamburg", "Rome", "Edinburgh", "Cairo", "Tel Aviv", "Mexico City",
        "Buenos Aires", "Santiago", "Lima", "Bogota", "Montreal", "Vancouver", "Calgary", "Melbourne", "Brisbane",
        "Osaka", "Hanoi", "Ho Chi Minh City", "Casablanca", "Accra", "Muscat", "Kuwait City", "Manama",
    )
)  # fmt: skip

# headline words of macro stories that the body repeats capitalised but that never name a company
MACRO_NOT_NAMES = frozenset(
    ["Treasury", "Treasuries", "Fed", "Wall", "Congress", "Labor", "Commerce", "Bitcoin", "Brexit", "OPEC"]
)  # fmt: skip

# a headline word that only qualifies the name after it ("Amazon-backed Anthropic", "SoftBank-owned Arm")
MODIFIER_WORD = re.compile(r"^[\w.&]+[-‑–](?:backed|owned|controlled|funded|led|linked|affiliated|supported)$")

# Verbs of a Title Case headline that end one name and start the next ("Jefferies Upgrades Zydus Life to Buy",
# "Acme Acquires Foo Labs"): never part of a company name.
TITLE_VERBS = frozenset(
    (
        "Upgrades", "Downgrades", "Upgraded", "Downgraded", "Raises", "Lifts", "Boosts", "Hikes", "Cuts", "Lowers",
        "Trims", "Slashes", "Initiates", "Reiterates", "Maintains", "Reaffirms", "Resumes", "Acquires", "Buys",
        "Sells", "Beats", "Misses", "Names", "Appoints", "Hires", "Sees", "Says", "Posts", "Announces", "Launches",
        "Completes", "Agrees", "Signs", "Axes", "Expands", "Unveils", "Reports", "Warns", "Tops", "Lags", "Jumps",
        "Slumps", "Surges", "Plunges", "Soars", "Sinks", "Rises", "Falls", "Gains", "Drops", "Give", "Gives",
        "Gave", "Set", "Sets", "Assign", "Assigns", "Assigned", "Rate", "Rates", "Reiterate", "Reiterated", "Lift",
        "Lower", "Lowered", "Raise", "Raised", "Cut", "Upgrade", "Downgrade", "Initiate", "Initiated", "Keeps", "Kept",
        "Retains", "Affirms", "Holds",
    )
)  # fmt: skip

# A company name that keeps its "'s": "Divi's Laboratories", "Dr. Reddy's Laboratories", "Sainsbury's Bank".
NAMED_S_BEFORE = re.compile(
    r"^(?:Laboratories|Labs|Industries|Holdings|Group|Corporation|Company|Foods|Stores|Bank|Restaurants|"
    r"Entertainment|Pharmaceuticals|Brands|Technologies|Enterprises|International|Inc|Corp|Ltd|Limited|plc)\b"
)
# "Snap downgraded to Neutral from Buy at Goldman Sachs": the headline names the rated company first, its broker
# after "at"/"by" once a rating word came before.
HEADLINE_BROKER_AFTER = re.compile(
    r"\b(?:upgraded|downgraded|initiated|reiterated|rated|raised|lowered|cut|resumed|started)\b[^|]{0,60}"
    r"\b(?:at|by)\s+$",
    re.IGNORECASE,
)

# Financial centres: the first word of "Tokyo Research Centre" or "London Metal Exchange" is no short form of it
# ("Tokyo stocks close up" does not name that company).
PLACE_WORDS = frozenset(
    [
        "Tokyo",
        "London",
        "Paris",
        "Frankfurt",
        "Mumbai",
        "Delhi",
        "Sydney",
        "Melbourne",
        "Toronto",
        "Vancouver",
        "Montreal",
        "Zurich",
        "Geneva",
        "Milan",
        "Madrid",
        "Amsterdam",
        "Brussels",
        "Stockholm",
        "Oslo",
        "Copenhagen",
        "Helsinki",
        "Dublin",
        "Singapore",
        "Seoul",
        "Shanghai",
        "Shenzhen",
        "Beijing",
        "Hong",
        "Kong",
        "Osaka",
        "Chicago",
        "Boston",
        "Dallas",
        "Houston",
        "Seattle",
        "Atlanta",
        "Japan",
        "China",
        "India",
        "Australia",
        "Canada",
        "Germany",
        "France",
        "Britain",
        "Europe",
        "America",
        "Asia",
    ]
)

# Indices and gauges are never companies: "Swiss Market Index", "Stoxx Europe 600", "S&P/ASX 200".
INDEX_NAME = re.compile(
    r"\b(?:Index|Indices|Stoxx|Nikkei|Topix|Sensex|Nifty|Hang\s+Seng|FTSE|DAX|MDAX|CAC|S&P|Dow\s+Jones|Russell\s+\d|"
    r"Composite|Industrial\s+Average|All\s+Ordinaries)\b|^SMI$"
    # a trading venue is no company ("the Paris Bourse", "the Toronto Stock Exchange"; "... Exchange Group" is one)
    r"|\b(?:Bourse|Stock\s+Exchange|Stock\s+Market|Borsa|Börse|Boerse)$"
)

# Nationality words are no company names: "the sale to Chinese company Shandong Gold".
NATIONALITY_WORDS = frozenset(
    [
        "Chinese",
        "American",
        "British",
        "Canadian",
        "Japanese",
        "Indian",
        "Australian",
        "German",
        "French",
        "Swiss",
        "Dutch",
        "Italian",
        "Spanish",
        "Korean",
        "South-Korean",
        "Taiwanese",
        "Russian",
        "Brazilian",
        "Mexican",
        "Saudi",
        "Swedish",
        "Norwegian",
        "Danish",
        "Finnish",
        "Irish",
        "European",
        "Asian",
        "US",
        "U.S.",
        "UK",
    ]
)
