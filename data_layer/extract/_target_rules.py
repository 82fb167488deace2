"""Rules for analyst actions, as named data: when a firm acted, counts that are no firm, amounts in a list style.

Used by :mod:`.targets`. Each rule is a pattern with the reason it exists; the tables of examples live in
``tests/test_target_dates.py`` and ``tests/test_targets.py``.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- when the firm acted

# Words just before a date that make it the day of the action: "in a research note on Friday, April 26th",
# "in a report dated January 8", "on Thursday", "in a note issued to investors on Wednesday".
ACTION_DATE_BEFORE = r"(?:\bon|\bdated|\bissued|\bpublished|\breleased|\bsince|\bas\s+of)\s+(?:the\s+)?$"

# Relative expressions that date an action by themselves ("last week", "yesterday", "earlier this month").
ACTION_DATE_SELF = (
    r"^(?:yesterday|today|last\s+week|this\s+week|earlier\s+this\s+(?:week|month)|this\s+month|last\s+month)"
)

# A date after these is a future or other event's date, never the action's: "ahead of results on May 2",
# "before the company reports on Thursday", "until March", "the deal due to close on June 30".
NOT_ACTION_DATE_BEFORE = (
    r"(?:\bahead\s+of|\bbefore|\buntil|\bdue|\bexpected|\bscheduled|\bby|\bresults|\bearnings|\breports?|\bmeeting"
    r"|\bday|\bclose[sd]?|\bclosing|\bended|\bending|\bpeak|\bhigh|\blow)\b[^.;]{0,30}$"
)
# "in a report on Friday" is an action date even though "report" also introduces results dates above.
NOTE_BEFORE = r"\b(?:note|report|research\s+(?:note|report)|study|comment(?:ary)?|client\s+note)\b[^.;,]{0,40}$"

# --------------------------------------------------------------------------- counts are no firm

NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "a dozen", "dozens", "several", "many", "most", "all", "some", "few", "no", "none", "both", "half",
)  # fmt: skip
# "Eleven analysts have rated the stock with a hold rating", "17 brokers rate it buy", "Of the 30 analysts covering
# the stock, 21 rate it buy": a tally of ratings (the outlet's aggregate), never one firm's action.
COUNT_SUBJECT = (
    # ("Sentiment remains bullish, with nine analysts holding 'buy' calls")
    r"(?:^|[,;:]\s*|\band\s+|\bwhile\s+|\bwith\s+)(?:(?:{n})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|\d+)"
    r"\s+(?:(?:wall\s+street|equities|equity|sell[\s-]side|research|investment|covering|other)\s+)*"
    r"(?:analysts?|brokers?|brokerages?|firms?|houses?|banks?|experts?|research\s+analysts?)\b"
    r"|\b(?:have|has)\s+(?:rated|given|issued|assigned)\s+(?:the\s+stock\s+)?(?:a|an|with)\b[^.;]{0,40}"
    r"\band\s+(?:{n}|\d+)\s+(?:have|has)\b"
)
COUNT_SUBJECT = COUNT_SUBJECT.replace("{n}", "|".join(NUMBER_WORDS))

# A call on a whole market, not a company: "Goldman Sachs upgraded Chinese stocks to overweight".
MARKET_CALL = (
    r"\b(?:upgrad|downgrad|rais|cut|lower|mov)\w*\s+(?:the\s+)?(?:Chinese|Japanese|Korean|Indian|Taiwanese|Asian|European|"
    r"American|U\.?S\.?|UK|British|German|French|Italian|Spanish|Swiss|Nordic|Australian|Canadian|Brazilian|Mexican|"
    r"Latin\s+American|Gulf|Saudi|South\s+African|African|Turkish|Indonesian|Thai|Vietnamese|Malaysian|Philippine|"
    r"Singapore|Hong\s+Kong|emerging[-\s]markets?|developed[-\s]markets?|global|world)\s+(?:[a-z]+\s+)?"
    r"(?:stocks|equities|shares|markets?)\s+(?:to|at)\b"
)

# --------------------------------------------------------------------------- people and adjectives

# A name after a title is a person, not a firm: "Mr Ek said ...", "Ms. Lund".
PERSON_TITLE = r"^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Mme|Herr|Frau)\.?\s"
# A rating word used as an adjective of a noun is no rating: "the recent 'positive' results", "a neutral tone".
RATING_AS_ADJECTIVE_AFTER = (
    r"\s*[\"'”’]?\s+(?:results?|numbers|figures|earnings|sales|quarter|momentum|sentiment|tone|outlook|news|"
    r"data|trend|impact|effect|surprise|reaction|growth|start|year|response|feedback|signs?|developments?)\b"
)

# A rating word used as a verb with its object is no rating: "an effort to reduce costs", "hold the line", "buy back".
RATING_AS_VERB_AFTER = (
    r"\s+(?:its|their|the|our|costs?|spending|debt|expenses|exposure|headcount|emissions|prices|back|up|out|down|"
    r"on\s+to|onto|off)\b"
)

# --------------------------------------------------------------------------- list-style amounts

# "raises Acme price target to 910 (870) pence - 'buy'", "to 13.50 (13.12) EUR": new (previous) unit.
PAREN_PREVIOUS = (
    r"(?P<new>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*\(\s*(?P<old>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*\)\s*(?P<unit>pence|p\b|GBX|GBp|EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|AUD|CAD|HKD|INR|euros?|cents|dollars|yen)"
)
UNIT_CURRENCY = {
    "pence": "GBX", "p": "GBX", "gbx": "GBX", "eur": "EUR", "euro": "EUR", "euros": "EUR", "usd": "USD",
    "dollars": "USD", "gbp": "GBP", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "jpy": "JPY",
    "yen": "JPY", "aud": "AUD", "cad": "CAD", "hkd": "HKD", "inr": "INR",
}  # fmt: skip

# "up from their prior price target of $140.00", "from a previous target of 520p": the previous target.
PREVIOUS_TARGET_BEFORE = (
    r"\b(?:from|than|over)\s+(?:their|its|his|her|the|a)?\s*(?:prior|previous|earlier|old|former)\s+"
    r"(?:price\s+)?(?:target|objective|price\s+goal|target\s+price)(?:\s+price)?\s*(?:of\s+)?$"
)

# --------------------------------------------------------------------------- digest lines with the verb left out

# A digest bullet names the firm's analyst and the move, leaving out "target": "* Stifel's Jo Carter to $18 from
# $21 with a 'sell' rating", "Peel Hunt's Ann Lee to 310p from 290p". Only right after the possessive name, so an
# estimate ("cut his revenue estimate to $690-million from $817-million") never reads as one.
ELIDED_TARGET = (
    r"^\W{0,3}[^.;:]{1,50}?(?:’s|'s)\s+(?:[A-Z][\w.'’-]*\s+){1,4}to\s+(?:[A-Z]{0,2}\$|€|£|¥|₹|Rs\.?\s?)?"
    r"\d[\d,.]*(?:p|\s?pence|\s?cents|\s?euros?|\s?yen)?\s+from\s+"
)

# A firm's move in brackets right after its name: "Some of the most notable increases came from BMO (to $128 from
# $107), Stifel (to $125 from $110)" (a rating change is told in words, a bracketed move to an amount is its target)
PAREN_TO_FROM = (
    r"^\W{0,3}[^.;:()]{1,50}?\(\s*to\s+(?:[A-Z]{0,2}\$|€|£|¥|₹|Rs\.?\s?)?\d[\d,.]*(?:p|\s?pence|\s?cents|\s?euros?|\s?yen)?"
    r"\s+from\s+(?:[A-Z]{0,2}\$|€|£|¥|₹|Rs\.?\s?)?\d[\d,.]*(?:p|\s?pence|\s?cents|\s?euros?|\s?yen)?\s*\)"
)

# A view the firm held before: "Goldman Sachs' previous Tesla analyst had a "sell" rating and a $158 price target as of
# last June" (it gives way to the firm's current view).
PAST_VIEW = (
    r"\b(?:previous|former|prior|old)\s+(?:[\w-]+\s+){0,2}analyst\b"
    # "Norrland analyst Ann Berg had previously set a target price of NT$480": the view before the new one
    r"|\bhad\s+(?:previously|earlier|formerly|originally)\s+(?:set|had|given|assigned|put|placed|held|rated)\b"
    r"|\bas\s+of\s+last\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)

# A sentence that opens with the target continues the firm of the sentence before: "Macquarie upgrades to
# Neutral. Price target falls slightly to $70.50." (FNArena, Sharecast style)
TARGET_OPENS = (
    r"^(?:the\s+)?(?:(?:[A-Z]{0,2}\$|€|£|¥|₹|Rs\.?\s?)?\d[\d,.]*p?\s+)?(?:12-month\s+)?"
    r"(?:price\s+target|target\s+price|price\s+objective|PT|target)\s+"
    r"(?:is|was|now|moves?|moved|falls?|fell|rises?|rose|goes|went|climbs?|drops?|dropped|slips?|raised|lifted|"
    r"increased|lowered|cut|trimmed|reduced|set|of|to|at|remains|stays|kept|unchanged)\b"
    # a bare figure after the word: "Target $9.68. Equal-weight." (FNArena)
    r"|^(?:price\s+target|target\s+price|target)\s*:?\s*(?:[A-Z]{0,2}\$|€|£|¥|₹|Rs\.?\s?)\d"
)

# A target written without a currency sign (TheFly/Investing-style notes): "new target price of 132, down from 153",
# "cut its target price for HLV from 172 to 130", "took its target from 180 to 160". Read in the market's currency.
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
BARE_TARGET = (
    r"\b(?:price\s+target|target(?:\s+price)?|price\s+objective|objective|PT)\b"
    r"(?:(?!upside|downside|potential|impl|suggest|return|premium|discount|gain|rise|fall)[^.;\d$€£¥₹%]){0,30}?"
    rf"(?:\bfrom\s+(?P<old>{_NUM})\s+to\s+(?P<new>{_NUM})"
    rf"|\b(?:of|to|at|is|was)\s+(?P<n>{_NUM})(?:\s*,?\s*(?:down|up)\s+from\s+(?P<prev>{_NUM}))?)"
    r"(?![.,]?\d|\s*(?:%|per\s?cent|percent|times|x\b|million|billion|bn|m\b))"
)
