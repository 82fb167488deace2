"""Named rule data for the price and analyst-rating extractors (words, not code).

Patterns are plain strings here; :mod:`prices` and :mod:`targets` compile them once.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- share prices

# Words that make a sentence about a share price at all (cheap gate, case-insensitive).
SHARE_CUES = (
    r"(?<!per )(?<!a )\bshares?\b|\bstocks?\b|\bclos(?:ed|ing|e)\b|\bopened\b|\btrad(?:ed|ing|es)\b|\bintra-?day\b"
    r"|\bpre-?market\b|\bafter-?hours\b|\bsession\b|\bshare price\b|\bsettled\b"
)

# The words right before a share price: "closed at", "rose to", "close of", "as low as", "DATE: NOK 212.40".
PRICE_LINK = (
    r"(?:\b(?:at|to|of|near|around|about|hit|hitting|touched|touching|reached|reaching|was|were|is|are|as|"
    r"stood at|sat at)|[:=])\s*"
    r"(?:(?:about|around|roughly|approximately|nearly|almost|just|some|over|under|below|above|a|an|the)\s+)?$"
)

# Amounts that are not a share price when these words precede them (after the last share cue).
NOT_PRICE_LEFT = (
    r"\b(?:targets?|objective|goal|fair value|valu(?:e|ed|es|ing|ation)|market (?:cap|value)|capitali[sz]ation|worth"
    r"|dividends?|payout|distribution|earnings|eps|profits?|revenues?|sales|income|ebitda|cash|debt|loans?|bonus"
    r"|fees?|salary|offer(?:ing)?|bid|buy-?back|repurchas\w*|average|moving|consensus|estimates?|forecasts?"
    r"|guidance|strike|barrel|ounce|crude|oil|gold|silver|copper|bitcoin|brent|index|yields?|costs?|ipo|priced"
    r"|funding|deal|acquisition|premium|rent|wages?|budget|spend\w*|investment|stake|list price|retail price"
    r"|tickets?|subscription|reports?|savings|charges?|severance|fine|settlement|penalty|tax)\b"
)
NOT_PRICE_RIGHT = (
    r"^\s*(?:(?:a|an|per|each)\s+(?!day\b|session\b)[a-z]+|/|price target|target|(?:price )?objective|fair value"
    r"|in (?:revenue|sales|cash|funding|dividends?|savings)|(?:annual(?:i[sz]ed)?|quarterly|final|interim|special)?\s*"
    r"dividend|earnings|worth|value|bonus|fee|off\b)"
)

# Kind cues (case-insensitive); the cue nearest to the price wins.
CLOSE_CUES = (
    r"\bclos(?:ed|ing|e)\b|\bsettled\b|\bfinished\b|\bended (?:the (?:day|session|week) )?(?:at|up|down|higher|lower)\b"
)
INTRADAY_CUES = (
    r"\bintra-?day\b|\bpre-?market\b|\bafter-?hours\b|\bextended trading\b|\bearly trading\b|\bmorning\b|\bmidday\b"
    r"|\bafternoon\b|\b(?:in|during) (?:\w+ ){0,2}trading\b|\b(?:were|was|is|are|now) trading\b"
    r"|\btrading (?:at|up|down|higher|lower|as)\b|\bopen(?:ed|ing)\b|\bsession (?:low|high)\b|\bas (?:low|high) as\b"
    r"|\bby \d{1,2}[:.]\d{2}\b|\btouched\b|\bhit\b|\bat one point\b|\bfirst hour\b|\d{1,2}[:.]\d{2}\s*[ap]\.?m\b"
)
# Cues that a price is from the publication day itself.
TODAY_CUES = (
    r"\btoday\b|\bthis morning\b|\bthis afternoon\b|\b(?:early|morning|midday|afternoon|late|pre-?market|after-?hours)"
    r" trading\b|\bpre-?market\b|\bby \d{1,2}[:.]\d{2}\b|\b(?:at|as of) \d{1,2}[:.]\d{2}\b|\bintra-?day\b"
    r"|\bcurrently\b|\b(?:are|is|were|was|now) trading\b|\bmidday\b|\bso far\b"
)
# Words that end the clause a price belongs to (its date and kind are looked for before these).
CLAUSE_END = (
    r",|;|\s[-–—]\s|\b(?:after|since|when|as|because|which|who|that|said|says|while|whereas|but|following|before"
    r"|adding|giving|valuing|bringing|compared|versus|vs)\b"
)

DOWN_WORDS = (
    "down", "fell", "falling", "falls", "fall", "lost", "losing", "loses", "dropped", "dropping", "drops", "declined",
    "declining", "declines", "slumped", "slumping", "slid", "sliding", "slides", "sank", "sinking", "sinks", "shed",
    "shedding", "tumbled", "tumbling", "plunged", "plunging", "plunges", "retreated", "retreating", "lower", "weaker",
    "decreased", "slipped", "slipping", "eased", "easing", "dipped", "dipping", "skidded", "tanked", "cratered",
    "decline", "drop", "loss", "decrease", "slump", "plunge", "dip", "off",
)  # fmt: skip
UP_WORDS = (
    "up", "rose", "rising", "rises", "rise", "gained", "gaining", "gains", "gain", "climbed", "climbing", "climbs",
    "jumped", "jumping", "jumps", "jump", "surged", "surging", "surges", "surge", "soared", "soaring", "soars",
    "added", "adding", "rallied", "rallying", "advanced", "advancing", "higher", "stronger", "increased", "increase",
    "firmed", "rebounded", "popped", "spiked", "edged up", "edging up", "edged higher", "edging higher",
)  # fmt: skip
# A percentage followed by these is not the day's change ("2.6% below its peak", "up 15% from ...").
NOT_DAILY_AFTER = (
    r"^\s*(?:below|above|from|off|since|over|than|this year|so far|year|in the past|in \d{4}|for the (?:year|week|month)"
    r"|on the (?:week|month|year)|week|month|ytd|year-to-date)\b"
)
CONTEXT = (
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:below|above|off|from|short of)\s+(?:its|their|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:peak|high|low|record(?: high| low)?)"
)
TABLE_DATE_HEADERS = r"^(?:day|date|session|trading day|week ?day)$"
TABLE_CLOSE_HEADERS = r"^(?:close|closing(?: price)?|last|last price|price|share price)\b"
TABLE_CHANGE_HEADERS = r"^(?:change|chg|% ?change|change ?%|%|daily change|move)"
