"""Analyst ratings and price targets: "RBC maintains an 'Outperform' rating with a $300 price target".

Per sentence: find the brokerages (a list of well-known names helps, but mostly how the sentence
reads: "X raised its price target", "analysts at X", "X analyst NAME", "X's target", "by X",
"DATE - X - Buy - Target EUR 150"), split the sentence into one stretch of text per firm, and
read each stretch's rating ("a 'sector perform' rating", "downgraded to sell from hold"), price
target ("to $295 from $270", "Target EUR 142 (previously EUR 128)") and action. A sentence that
only says "The brokerage has an 'overweight' rating" adds to the firm named just before.
Consensus figures and tallies of ratings ("Eleven analysts rate the stock hold") are the outlet's aggregate and are
skipped. Records of one firm in one article are merged.

Each record carries the day the firm acted as the text states it ("in a research note on Friday, April 26th", "on
Thursday", "last week"), resolved against the article's date with its precision; when the text states none, the
article's publication day, marked ``date_basis="published"``. Digests repeat a firm's earlier actions with their
own dates, so the action date, not the article's, decides which of a firm's targets is its latest.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .._company_rules import BROKER_DIGEST_HEADLINE, PLACE_NAMES, TITLE_VERBS
from ..companies import EXCHANGES, clean_name
from ..dates import find_dates
from ..models import AnalystRating, DateBasis, DatePrecision, FuzzyDate, RatingAction, RatingClass
from ..text import Sentence, provenance
from . import _finance_rules as R
from . import _tables as tables
from . import _target_rules as TR
from ._caseless import icompile
from ._dateline import blank_dateline, dateline_end
from ._doc import Doc
from ._money import CODES, Money, localise, parse_money, parse_number, per_share
from ._selfname import mask_own_names, own_names

EXTRACTOR = "targets"
_I = re.IGNORECASE


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in sorted(words, key=len, reverse=True)
    )


# ("downgrading the stock to a hold-equivalent rating")
_RATING = icompile(rf"(?<![\w-])(?P<r>{_alt(R.RATINGS)})(?:-equivalent)?(?![\w-])", _I)
_TOP_PICK = icompile(r"\btop\s+(?:[\w-]+\s+){0,2}picks?\b", _I)
_DISTINCT = {w.replace("-", " ") for w in R.DISTINCT_RATINGS}
_RATING_NOUN_AFTER = icompile(rf"\s*[\"'”’]?\s*(?:-\s*)?{R.RATING_NOUNS}\b", _I)
# ("with a Buy from Hold rating", "to hold (from buy)")
_FROM_RATING_AFTER = icompile(rf"\s+\(?\s*from\s+[\"'“‘]?(?:{_alt(R.RATINGS)})\b", _I)
_RATE_BEFORE = icompile(
    r"\brat(?:e|es|ed|ing)\s+(?:the\s+(?:stock|shares|company|group)\s+|it\s+|them\s+|(?:[\w.&'’-]+\s+){1,3}?)?"
    r"(?:at\s+|as\s+|an?\s+)?[\"'“‘]?$"  # "rate Interactive Brokers a Buy": a name of up to three words
    r"|\b(?:rating|recommendation)\s*:\s*(?:[A-Za-z-]+\s+)?[\"'“‘]?$",  # a labelled line: "Rating: Speculative Buy"
    _I,
)
_TO_FROM_BEFORE = icompile(r"\b(?P<w>to|from)\s+(?:an?\s+)?[\"'“‘”]?$", _I)  # ("all the way to Neutral" ends in "to")
_CHANGE_RATING = icompile(
    # (whole words: not "Flipkart is set to sell shares", "Takeda")
    r"\b(?:upgrad\w*|downgrad\w*|cut(?:s|ting)?|lower\w*|rais(?:e|es|ed|ing)|lift\w*|mov(?:e|es|ed|ing)|chang\w*|"
    r"revis\w*|switch\w*|ups|upped|bump\w*|tak(?:e|es|en|ing)|took|flip(?:s|ped|ping)?|slash\w*|demot\w*|"
    r"elevat\w*|reduc(?:e|es|ed|ing))\b",
    _I,
)
_GONE_BEFORE = icompile(
    r"\b(?:(?:do|did|does|doing)\s+away\s+with|clos(?:e|es|ed|ing)\s+out|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|"
    r"ditch(?:es|ed|ing)?|drop(?:s|ped|ping)?|los(?:t|es|ing))\s+(?:its|their|the|a)\s+(?:(?:last|only|final)\s+)?[\"'“‘]?$"
    # "now has no sell ratings after an upgrade from Macquarie"
    r"|\b(?:has|have|had|with)\s+no\s+(?:more\s+)?$",
    _I,
)
_GRADE_AFTER = re.compile(r"\s*\([A-Ea-e][+-]?\)[\"'”’]")
_PERFORMER_BEFORE = icompile(
    r"\b(?:the|a|an|its)\s+(?:(?:big|biggest|best|worst|top|main|major|notable|clear)\s+)?$", _I
)
_FUTURE_TO = icompile(r"\b(?:expect\w*|likely|poised|continue|seen|should|could|will|would|able|set)\s+to\s+$", _I)
_LIST_SEP_BEFORE = icompile(r"(?:^|[-–|:]\s*)$")
_LIST_SEP_AFTER = icompile(r"\s*(?:[-–|:(]|$)")
_TARGET_WORD = icompile(R.TARGET_WORD, _I)
_TARGET_MOVE = icompile(r"\b(?:raise|lift|boost|increase|hike|lower|cut|trim|reduce|slash|pare|move|bump)\w*", _I)
_DELTA_BEFORE = icompile(r"\bby\s+(?:about\s+|another\s+)?$", _I)
# The change told before the new target: "His share target soared $18 to $221", "gave his target a $14 boost to $114"
_DELTA_MOVE_BEFORE = icompile(
    r"\b(?:soared|jumped|rose|climbed|rises|jumps|fell|dropped|slid|slipped|sank|falls|drops|gained|lost|added|shed|"
    r"increased|decreased|moved\s+(?:up|down))\s+$",
    _I,
)
_DELTA_AFTER = icompile(
    # ("an $18 price-target cut to $232")
    r"\s+(?:(?:(?:price[-\s]+)?target\s+)?(?:boost|bump|increase|hike|cut|reduction|trim|raise|lift|jump|rise|haircut|decrease)"
    r"\s+)?to\s+\S*\d",
    _I,
)
_VERB_RATING_BEFORE = icompile(
    r"\b(?:reiterat\w*|maintain\w*|confirm\w*|kept|keep\w*|reaffirm\w*|rated|rates?|stay\w*\s+at|remains?\s+at)\s+"
    r"(?:its\s+|their\s+|his\s+|her\s+|an?\s+)?[\"'“‘]?$"
    # "maintained Corvane Inc (NASDAQ: CRVN) with a Buy", "initiated coverage on Corvane with an Outperform"
    r"|\b(?:maintain\w*|reiterat\w*|initiat\w*|resum\w*|start\w*|upgrad\w*|downgrad\w*|reaffirm\w*|assign\w*)\s+"
    r"(?:coverage\s+(?:on|of)\s+)?(?-i:[A-Z])[^.;]{0,70}?\s+with\s+an?\s+[\"'“‘]?$",
    _I,
)
_PREV_BEFORE = icompile(r"(?:\bfrom|\bpreviously|\bprior|\bprev\.?|\bwas|\bold)\s*:?\s*$", _I)
_NOT_TARGET_BEFORE = icompile(
    # "Nintendo was down 1.66 percent at 49,140 yen": a move to a share price, whoever the subject
    r"\b(?:was|were|is|are)\s+(?:up|down)\s+[\d.]+\s*(?:%|percent|per\s?cent)\s+(?:at|to)\s*$"
    # (not "raised his stock price target to $72")
    r"|(?:clos(?:ed|ing|e)|trad(?:ed|ing)|opened|current (?:share )?price|stock price(?!\s+(?:target|objective)))"
    r"(?:\s+\w+){0,3}\s*(?:at|to|of|price of)?\s*$"
    # the spread of many analysts' targets: "10 analysts lowered their targets, to a range between $10 and $16"
    r"|\ba\s+range\s+(?:of\s+|between\s+|from\s+)?(?:(?:[^\s\d,;]{1,4}\s?)?[\d.,]+\s+(?:and|to)\s+)?$"
    # an Indian digest's current market price: "(CMP ₹965.15)"
    r"|\b(?:CMP|LTP)\s*:?\s*$"
    # "Acme shares fell 2% to $150 after Jefferies cut its target": the share price, not the target
    r"|\b(?:shares|stock)\s+(?:\w+\s+){0,2}?(?:rose|fell|gained|lost|dropped|jumped|climbed|slid|sank|surged|"
    r"tumbled|declined|slipped|rallied|added|advanced|plunged|soared|were|was)\s+(?:[\w%.,-]+\s+){0,4}?(?:to|at)\s*$",
    _I,
)
_CONSENSUS = icompile(R.CONSENSUS, _I)
_ACTIONS = [(icompile(rx, _I), RatingAction(a)) for rx, a in R.ACTIONS]
_TARGET_VERB_NEAR = icompile(
    r"(?:{v})\s+(?:[\w'’&.-]+\s+){{0,5}}?(?:price\s+)?(?:target|objective|price goal|fair value|PT)\b"
    r"|(?:target|objective|price goal|PT)\s+(?:price\s+)?(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+|being\s+)?(?:{v})"
    r"|(?:target|objective)\b[^.;]{{0,60}}?\b(?:{v})\s+(?:by|to|from)\b",
    _I,
)
_ANAPHOR = icompile(
    # ("According to the note, the broker has upgraded ...", "In a research note published on Friday, the firm
    # lifted ...": a short lead-in first)
    r"^(?:[A-Z][^.;,]{0,60},\s+)?(?:the|this|that)\s+(?:(?:US|U\.S\.|Swiss|German|British|French|Japanese|Canadian|"
    r"investment|Wall Street|same|global|foreign|domestic|international|research)\s+)?"
    r"(?:brokerage|firm|bank|broker|house|analysts?|investment bank|lender)\b"
    # "Accordingly, while continuing to see promising signs ..., he lowered his rating": a long lead-in clause first
    r"|^(?:[A-Z][a-z]+,\s+|[A-Z][^.;]{2,160}?[,:]\s+)?(?:it|they|she|he)\s+(?:also\s+|still\s+|currently\s+|now\s+|"
    r"actually\s+)?\w+"
    # "... this time from H.C. Wainwright. Analyst Amit Dayal maintained a Buy rating": the firm's analyst
    # ("In a note to clients, analyst Matt Peek downgraded the target share price to $2.09": after a lead-in)
    r"|^(?:(?-i:[A-Z])[^.;,]{0,60},\s+)?(?:the\s+)?analyst\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+\s+(?:also\s+|has\s+|had\s+)?[a-z]+"
    # "..., after analyst Mark Dale gave the automaker's stock a $864 price target": the firm's analyst inside a clause
    r"|,\s+(?:after|as|when|while|with)\s+(?-i:analyst)\s+(?-i:[A-Z][a-z]+\s+[A-Z][\w'’-]+)\s+(?:also\s+)?"
    r"(?:gave|gives|set|sets|put|puts|assigned|assigns|raised|raises|lowered|lowers|cut|cuts|lifted|lifts|kept|keeps|"
    r"maintained|maintains|reiterated|reiterates|initiated|started|upgraded|downgraded|rated|rates)\b"
    # "... , Raymond James says. Analysts led by David Long lowered their rating": the firm's team
    r"|^(?:the\s+)?analysts\s+(?:led\s+by|including)\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+\s+(?:also\s+|have\s+|had\s+)?[a-z]+"
    # a stock's target in the passive after the firm's sentence: "Titan's target price was raised to ₹4,150"
    # ("Kestrel Oil share's target price has been reduced from Rs 170 to Rs 150")
    r"|^(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}(?:\s+(?:share|stock))?(?:'s|’s)\s+(?:price\s+)?target(?:\s+price)?\s+"
    r"(?:was|has\s+been|is|had\s+been)\s+(?:raised|lowered|cut|increased|reduced|lifted|trimmed|set|revised)\b"
    # a wire's bullet: "... increases confidence in the bank, brokerage says, maintains 'overweight' rating"
    r"|\b(?:brokerage|broker)\s+says?,\s+(?:maintains|keeps|reiterates|raises|cuts|lowers|upgrades|downgrades)\b"
    # the firm quoted in the next sentence: '"We are reducing our target to $81 (from $85) and maintaining our Buy'
    r"|^[\"“]\s*(?:we|our)\s+(?:are|have|now|also|remain|maintain|reiterate|raise|cut|lower|set|see|keep|reduce|"
    r"increase|lift|trim|move)\w*\b"
    # the analyst's own target in the next sentence: "His share target soared $18 to $221"
    r"|^(?:his|her|their)\s+(?:(?:share|price|stock|12-month)\s+)?(?:target|rating|price\s+target)\b"
    # a bullet under the firm's line, its verb a participle: "- • Price target cut to SEK 33 from SEK 43"
    r"|^\W*(?:price\s+target|target\s+price|PT|TP)\s+(?:cut|raised|lowered|lifted|trimmed|increased|reduced|hiked|"
    r"set)\s+(?:to|at)\b"
    # the firm's target or rating in the passive, its subject the noun: "The price target – a 12-month forecast – has
    # been lowered to 120 Swiss francs", "The recommendation is maintained at 'neutral'"
    r"|^(?:the|its)\s+(?:(?:price|share)\s+)?(?:target(?:\s+price)?|recommendation|rating)\b[^.;]{0,40}?\s+"
    r"(?:is|was|has\s+been|had\s+been|remains|stays)\s+(?:also\s+)?(?:raised|lowered|cut|increased|reduced|lifted|"
    r"trimmed|revised|maintained|kept|reiterated|confirmed|unchanged)\b"
    # a wire's bullet with its subject left out: "Retains 'outperform' rating; cuts PT to $320 from $440"
    r"|^\W*(?:Retains|Keeps|Maintains|Reiterates|Reaffirms|Cuts|Raises|Lowers|Lifts|Trims|Upgrades|Downgrades|"
    r"Initiates|Starts|Sets|Resumes)\b"
    # "Nuvama has a 'buy' rating on the stock. Its target price is Rs 1,150.": a company has no price target of its own
    # ("But it's price target was still raised to $23": the writer's "it's" for "its")
    # ("With a buy rating, its target is given as Rs 1,141", "With a buy rating, the target price of the share is")
    r"|^(?:(?:But|And|However|Still),?\s+|With\s+(?:a|an)\s+[\"'“‘]?[\w-]+[\"'”’]?\s+(?:rating|call|recommendation),?\s+)?"
    r"(?:(?:its|it['’]s|their|the\s+(?:revised|new))\s+(?:revised\s+|new\s+|12-month\s+)?(?:price\s+)?"
    r"(?:target|objective|fair\s+value)\b|the\s+(?:price\s+)?target(?:\s+price)?\s+(?:of|for)\s+the\s+(?:shares?|stock|scrip)\b)"
    rf"|{TR.TARGET_OPENS}",
    _I,
)
_ELIDED_TARGET = icompile(TR.ELIDED_TARGET)
_PAREN_TO_FROM = icompile(TR.PAREN_TO_FROM)
_PAST_VIEW = icompile(TR.PAST_VIEW, _I)
_BARE_TARGET = icompile(TR.BARE_TARGET, _I)
_ACTION_DATE_BEFORE = icompile(TR.ACTION_DATE_BEFORE, _I)
_ACTION_DATE_SELF = icompile(TR.ACTION_DATE_SELF, _I)
_NOT_ACTION_DATE_BEFORE = icompile(TR.NOT_ACTION_DATE_BEFORE, _I)
_NOTE_BEFORE = icompile(TR.NOTE_BEFORE, _I)
_COUNT_SUBJECT = icompile(TR.COUNT_SUBJECT, _I)
_NUMBER_WORDS = frozenset(TR.NUMBER_WORDS)
_PERSON_TITLE = icompile(TR.PERSON_TITLE)
_RATING_AS_ADJECTIVE_AFTER = icompile(TR.RATING_AS_ADJECTIVE_AFTER, _I)
_RATING_AS_VERB_AFTER = icompile(TR.RATING_AS_VERB_AFTER, _I)
_CAUSE_BEFORE = icompile(r"\b(?:after|as|when|following|since)\s+$", _I)
_PAREN_PREVIOUS = icompile(TR.PAREN_PREVIOUS)
_PREVIOUS_TARGET_BEFORE = icompile(TR.PREVIOUS_TARGET_BEFORE, _I)
_HEADLINE_VERB = icompile(rf"\s*(?:{R.FIRM_VERBS}|upgrades|downgrades|initiates|reiterates)\b", _I)
_RAISED_IT = icompile(R.RAISED_IT, _I)
#: A headline whose subject is a broker giving its view: "Morgan Stanley stays bullish on SBI", "Jefferies cuts
#: targets on IT stocks".
_BROKER_VIEW_TITLE = icompile(
    r"(?:['’]s)?\s+(?:(?:stays|remains|turns|is|gets|goes)\s+)?(?:bullish|bearish|positive|negative|overweight|"
    r"underweight|upbeat|cautious)\s+on\b"
    r"|\s+(?:raises|cuts|lifts|lowers|revises|hikes|trims|upgrades|downgrades|initiates|reiterates|sees|picks|"
    r"prefers)\b(?=[^|]{0,80}?\b(?:targets?|ratings?|stocks?|picks|shares|upside|downside)\b)"
    r"|\s+(?:likes|favou?rs|backs|tips|starts|is\s+keen\s+on|turns\s+(?:bullish|bearish)\s+on)\s+(?-i:[A-Z])",
    _I,
)
_RATED_OBJECT_BEFORE = icompile(
    r"\b(?:upgraded|downgraded|raised|lifted|cut|lowered|trimmed|reiterated|initiated|rates|rated|upgrades|downgrades"
    r"|raises|cuts|lowers|lifts|hiked|hikes|boosted|boosts|slashed|slashes|increased|increases|reduced|reduces|"
    r"bumped|bumps|upped|ups)\s+(?:[\w-]+\s+){0,4}$",
    _I,
)
_HIS_AFTER = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?[a-z]+\s+(?:his|her)\b")
_ANALYSTS_AT = icompile(r"\b(?:analysts?|researchers?|strategists?)\s+(?:at|from)\s+$", _I)
# "Canaccord Genuity analyst Matt Bottomley", "Stifel's W. Andrew Carter": the person after a firm
_ANALYST_OF = icompile(
    r"(?:(?:\s+(?-i:PLC|Plc|plc|Inc\.?|Ltd\.?|AG|SA|LLC))?\s+(?:analysts?|research\s+analysts?|strategists?)|[’']s(?:\s+(?:lead\s+|senior\s+)?(?:analysts?|strategists?))?)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?"
    r"\s+(?P<last>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?)\b"
)
_ANALYST = icompile(r"\banalysts?\s+(?P<a>[A-Z][a-z]+(?:[\s-][A-Z][a-z'’-]+){1,2})\b")
#: An analyst introduced before the firm: "Gabriel Dechaine, a veteran bank analyst with National Bank of Canada".
_ANALYST_WITH = re.compile(
    r"\b[A-Z][a-z]+\s+(?P<last>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:analyst|strategist)\s+(?:with|at|for|from)\s+"
)

#: The analyst right after a broker's name: "Cowen and Co. analyst Phil Nadeau", "Stifel analyst W. Andrew Carter".
_ANALYST_NAMED = re.compile(
    r"(?:\s+(?:and|&)\s+Co\.?|\s+(?:Securities|Capital|Research))?(?:['’]s)?\s+(?:lead\s+|senior\s+)?(?:analysts?|strategists?)\s+"
    r"(?P<name>(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P<last>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?))\b"
)
#: A sentence whose subject is the broker last named: "The broker expects soft demand to persist."
_BROKER_SUBJECT = re.compile(r"(?:The|This|That)\s+(?:broker|brokerage|analysts?|house|firm)\s+(?!said\s+(?:it|that))")
#: A broker's note quoted in its own words: '"We maintain our buy rating ...'.
_WE_OPENS = re.compile(r"^[\"“]?\s*(?:We|Our)\s")
#: Cheap test before the scan for a broker's named or unnamed analyst: a capitalised name after "analyst", or
#: "a ... analyst" with no name after it.
_ANALYST_GATE = re.compile(
    r"\b(?:analysts?|strategists?)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z]"
    r"|\b(?:an?|the)\s+[A-Z][^.;]{0,40}?\sanalyst\b(?!\s+[A-Z])"
)
#: "a Raymond James analyst called ...": a broker's analyst not yet named.
_ANALYST_UNNAMED = re.compile(r"(?:\s+(?:and|&)\s+Co\.?)?\s+analyst\b(?!\s+[A-Z])")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.I)
#: A person named before the firm they are "of": "Edward Kelly of Credit Suisse".
_PERSON_OF = re.compile(
    r"(?<![\w.])[A-Z][a-z]+\s+(?P<last>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?)\s+(?:of|at|with)\s+(?=[A-Z])"
)

_NAME_TOKEN = r"(?:[A-Z][\w'’-]*(?:\.(?:[A-Z]\.)*)?|[a-z][A-Z][\w'’-]*|&|[A-Z]\.)"  # ("eBest Investment & Securities")
_NAME = icompile(rf"(?<![\w&'’.-]){_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|of|de|la|du|von|van|der|and(?=\s+[A-Z])))*")
_BROKER_NAMES = rf"(?<![\w&-])(?:{_alt(R.BROKERAGES)})(?![\w-])"
_KNOWN = icompile(_BROKER_NAMES)
# "(LON, NYSE: KOS)" is no firm; nor a currency word ("with a target price set at Rs 4,098")
_NOT_FIRMS = {w.lower() for w in (*R.NOT_FIRMS, *R.RATINGS, *CODES, *EXCHANGES, *R.CURRENCY_WORDS)}
_STOP_START = _NOT_FIRMS | {
    "in", "on", "at", "after", "before", "according", "as", "for", "with", "following", "by", "from", "if", "when",
    "while", "and", "but", "a", "an", "of", "to", "last", "this", "next", "since", "among", "both", "other", "another",
    "some", "many", "most", "all", "each", "every", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozen", "several", "new", "said", "says", "update", "brokerages", "brokerage", "banks", "lenders",
    "updated", "why", "what", "how", "who", "here", "there", "brokers", "analysts", "rival", "peer", "shares",
    "stock", "price", "reaction", "preliminary", "further", "previous", "earlier", "later", "also", "only",
    "sometimes", "often", "usually", "occasionally", "typically", "generally", "meanwhile", "still",
    # a digest line's verbs and labels: "JPMorgan on X – Maintain Neutral | Target ₹4,350"
    "maintain", "maintains", "retain", "retains", "reiterate", "reiterates", "upgrade", "downgrade", "target", "tp",
}  # fmt: skip
_CLAUSE_START = icompile(
    r"(?:^|[,;:(\-–—]|\b(?:while|and|but|whereas|bank|brokerage|broker|house|firm|also|meanwhile|finally|then))\W*$",
    _I,
)
_VERB_AFTER = icompile(
    rf"(?:'s|’s)?\s*(?:,[^,;]{{1,80}},\s*)?(?:(?:has|have|had|also|recently|now|currently|again|on\s+\w+|this\s+week|"
    rf"last\s+week|earlier|later|today|yesterday|further|then|just|separately|meanwhile)\s+){{0,3}}{R.FIRM_VERBS}\b",
    _I,
)
_ANALYST_AFTER = icompile(r"\s+(?:analysts?|strategists?|research analysts?)\b", _I)
_POSSESSIVE_AFTER = icompile(
    rf"(?:'s|’s|')\s+(?:(?!{R.NOT_POSSESSED}\b)[\w-]+\s+){{0,2}}?(?:price\s+)?(?:target|objective|rating|analysts?|"
    r"note|view|call|recommendation|estimate|team|stance)\b",
    _I,
)
_RATED_PASSIVE = icompile(R.RATED_PASSIVE, _I)
_INTRO_BEFORE = icompile(rf"(?:{R.FIRM_INTRO})$", _I)
_STRONG_INTRO_BEFORE = icompile(
    r"(?:analysts?|strategists?|team|researchers)\s+(?:at|from|with)\s+$"
    r"|(?:target|objective|rating|coverage|stock|shares)\s+(?:\w+\s+){0,2}?(?:[a-z]+ed|cut|set|kept|upgraded|downgraded)"
    r"\s+(?:\w+\s+)?(?:by|at)\s+$"
    r"|\b(?:rated|rates|pick|picks|coverage)\s+(?:[\w'\"“”‘’-]+\s+){0,3}?(?:by|at|from)\s+$",
    _I,
)
_FIRM_NOUN_BEFORE = icompile(r"\b(?:brokerage|broking|research|investment|advisory)\s+(?:firm|house)\s+[“\"‘']?$", _I)
_PERSON_BEFORE = icompile(
    r"(?:analysts?|CEO|executive|officer|chief|president|chairman|founder|director|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|said|"
    r"says|told)\s+$",
    _I,
)
# "Handelsbanken price target raised to SEK 115 from SEK 110 at Danske": the name before a passive target move is
# the stock
_STOCK_TARGET_AFTER = icompile(
    r"(?:'s|’s)?\s+(?:price\s+target|target\s+price|PT|target)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:raised|cut|"
    r"lowered|increased|reduced|trimmed|lifted|boosted|hiked|slashed|maintained|kept|reiterated|upped)\b"
    # "HDFC Bank has received a BUY rating from Motilal Oswal": the stock that received it
    r"|\s+(?:has\s+|have\s+)?(?:received|receives|gets|got|earned|earns|won|wins)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\"'“”‘’-]+\s+){0,2}?(?:rating|target|upgrade|downgrade|recommendation)\b",
    _I,
)
# ... and a stock named after the target: "raised his share target for National Bank of Canada to $158"
_STOCK_TARGET_BEFORE = icompile(
    r"\b(?:price\s+target|target\s+price|share\s+target|targets?|ratings?|recommendations?|estimates?|coverage)\s+"
    r"(?:for|on)\s+(?:shares\s+of\s+)?$"
    # "Mr. Morton rates Royal Bank of Canada overweight", "Analysts on average target National Bank shares at"
    r"|\b(?:rates|rated|ranks?|(?:on\s+average|average)\s+target)\s+$"
    # "Sinha lifted Barclays to Overweight": the stock after the analyst's verb
    # (or "CIBC raised shares of Bank of Montreal from 'neutral'": the stock the firm's move is about)
    r"|\b(?:upgrad(?:es|ed)|downgrad(?:es|ed)|lift(?:s|ed)|rais(?:es|ed)|mov(?:es|ed)|"
    r"(?:lower(?:s|ed)|cut|cuts)(?=\s+(?:shares|stock)\s))\s+(?:(?:shares|stock)\s+(?:of|in)\s+)?$",
    _I,
)
# The stocks a move names after its verb, up to the rating: "downgraded Bank of Montreal (BMO) and Royal Bank of
# Canada (RBC) to", "lowered his rating on Canadian Imperial Bank of Commerce (CIBC) to": banks there are rated, not
# rating ("downgraded by Morgan Stanley to" names the firm)
_MOVE_OBJECTS = icompile(
    r"\b(?:upgrad(?:es|ed|ing)|downgrad(?:es|ed|ing)|(?:rais|lower|lift|cut|trimm|boost)\w*\s+(?:his|her|its|their|the)"
    r"\s+(?:rating|recommendation|call|stance)s?\s+(?:on|for)"
    # a bare verb before a stock moved to a rating: "Barclays also raises Zurich Airport to 'overweight'"
    rf"|(?:raises|raised|cuts|cut|lifts|lifted|lowers|lowered|moves|moved)(?=\s+(?-i:[A-Z])[^;:,]{{0,80}}?\s+to\s+[\"'“‘]?"
    rf"(?:{_alt(R.RATINGS)})\b))\s+(?!by\b|at\b)(?-i:[A-Z])[^;:]{{0,160}}?(?=\s(?:to|from|on)\s|[;:]|$)",
    _I,
)
# A further stock moved by the same verb, the verb left out: "..., and Groupe Eurotunnel to 'equal-weight' from
# 'underweight'", "and Flughafen Wien to 'equal-weight'"
_ELLIPTIC_MOVE = icompile(
    rf"(?:,\s*|\s+)and\s+(?P<stock>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|de|of|du|la)){{0,4}})\s+to\s+"
    rf"[\"'“‘]?(?:{_alt(R.RATINGS)})\b",
    _I,
)
# "RBC's stock also fell", "Scotiabank shares fell": a bank's stock, not the bank's view
_STOCK_AFTER = icompile(r"(?:'s|’s)?\s+(?:stock|shares)\b(?!\s+(?:rating|target|price\s+target))", _I)
# "recommends buying Infosys futures with a stop loss of Rs 1,488 for targets of Rs 1,540": a trading call
_TRADING_CALL = icompile(rf"\bstop[-\s]?loss\b|{TR.MARKET_CALL}", _I)
_ANALYST_GAP = icompile(r",\s*|\s+(?:analysts?|strategists?)\s+", _I)
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:[A-Z][a-z]*[’'-]?)?[A-Z][a-z]+")
# What sits between firms named together: "Wolfe Research and Jefferies", "CLSA, Macquarie and Citi"
_ON_GAP = icompile(r"\s+on\s+")
_LIST_GAP = icompile(r"\s*(?:,|and|&|as well as|,\s*and)\s*", _I)
# "Besides Susquehanna, BMO increased its target ...": a firm named for comparison is not this clause's actor
_ASIDE_BEFORE = icompile(r"\b(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|along\s+with|as\s+with)\s+$", _I)
# '"... Maintain BUY," said ICICI Securities': a known broker quoted after its own words
_QUOTE_SAID = icompile(r"[,.!?]\s*[\"”’']\s*(?:said|says|wrote|writes|added|noted)\s+$", _I)
_LIST_AFTER = icompile(rf"\s*[-–|:]\s*(?:{_alt(R.RATINGS)}|target|price target|PT)\b", _I)
_SUFFIX = icompile(R.FIRM_SUFFIX)
_FIRM_TAIL = icompile(
    r"(?:\s+(?:Capital|Securities|Research|Partners|Markets|Group|ISI|Equities|Equity|Institutional|Financial|"
    r"Investment|Bank|& Co\.?|& Company|LLC|Inc\.?|Ltd\.?|AG|SA|plc|Nicolaus|Genuity|Advisory))+(?![\w-])"
)
_NOISE = {"capital", "markets", "market", "research", "securities", "group", "inc", "llc", "co", "and", "the",
          "partners", "equity", "investment", "advisors", "financial", "global", "bank", "plc", "ag", "sa", "ltd",
          "company", "analysts", "analyst", "&"}  # fmt: skip
_VAGUE = {"positive", "negative", "mixed", "add", "perform"}
_VAGUE_NOUN = icompile(
    r"\b(?:positive|negative|mixed)\s+(?:territory|interest|rates?|impact|effect|growth|sentiment|news|returns?|"
    r"cash\s+flow|earnings|momentum|feedback|surprise|yields?)\b",
    _I,
)
# Outlets and data providers in NOT_FIRMS whose name plus a firm suffix is a rating issuer ("Zacks Research").
_PROVIDERS = {w.lower() for w in R.NOT_FIRMS if w[:1].isupper() and w not in R.RATINGS and len(w) > 3} - {
    w.lower() for w in ("Analysts", "Analyst", "Brokers", "Broker", "Investors", "Shares", "Stock", "Research")
}


@dataclass
class _Firm:
    start: int
    end: int
    name: str


@dataclass
class _Rec:
    firm: str
    sentence: Sentence
    span: tuple[int, int]
    rating: str | None = None
    rating_class: RatingClass | None = None
    target: Money | None = None
    previous: Money | None = None
    previous_rating: str | None = None
    action: RatingAction | None = None
    analyst: str | None = None
    date: FuzzyDate | None = None
    split: bool = False  # one of several stocks a firm rates in one sentence: never merged into another row
    stock: tuple[str, ...] = ()  # how a table row names its stock (a prose row about it absorbs the row)
    item: str | None = None  # the stock a digest item names before its firm ("National Grid: Liberum upgrades to buy")
    past: bool = False  # a view the firm no longer holds ("its previous analyst had a 'sell' rating as of last June")


# --------------------------------------------------------------------------- public


# --------------------------------------------------------------------------- wire overviews in capitals

# "BARCLAYS RAISES HSBC PRICE TARGET TO 1400 (1230) PENCE - 'OVERWEIGHT' - BERENBERG RAISES ...": a wire's broker
# overview written in capitals, its items run together. Each item is read as a sentence of its own, in ordinary case
# (the words of the trade lower-cased, names capitalised, short acronyms kept), its provenance the original text.
_OVERVIEW_VERBS = (
    "raises", "cuts", "lowers", "lifts", "upgrades", "downgrades", "starts", "initiates", "resumes", "reiterates",
    "keeps", "confirms", "sets", "boosts", "trims", "reinstates", "assumes", "puts", "adds", "removes", "maintains",
    "reduces",
)  # fmt: skip
_CAPS_ITEM_BREAK = re.compile(
    rf"\s+[-–]\s+(?=[A-Z][A-Z0-9&.' ]{{1,60}}?\s(?:{'|'.join(v.upper() for v in _OVERVIEW_VERBS)})\b)"
)
_KNOWN_ANY_CASE = icompile(_BROKER_NAMES, _I)
_BROKER_SPELLING = {b.lower(): b for b in sorted(R.BROKERAGES, key=lambda b: sum(c.isupper() for c in b))}
# Words of the trade, lower-cased in an overview item: its verbs, the ratings and the nouns and units around them.
_TRADE_WORDS = frozenset(
    {
        *_OVERVIEW_VERBS,
        *(w for rating in R.RATINGS for w in re.split(r"[\s-]+", rating)),
        "raised", "cut", "lowered", "upgraded", "downgraded", "price", "target", "targets", "objective", "fair",
        "value", "coverage", "rating", "to", "from", "with", "at", "on", "in", "of", "for", "the", "and", "a", "an",
        "pence", "penny", "euros", "euro", "dollars", "cents",
    }
)  # fmt: skip


def _ordinary_case(text: str) -> str:
    """ "BARCLAYS RAISES HSBC PRICE TARGET TO 1400 (1230) PENCE" -> "Barclays raises HSBC price target to 1400 (1230)
    pence" (same length: offsets still slice the original).

    >>> _ordinary_case("DEUTSCHE BANK RESEARCH CUTS DUNELM GROUP TARGET TO 1200 (1360) PENCE - 'BUY'")
    "Deutsche Bank Research cuts Dunelm Group target to 1200 (1360) pence - 'buy'"
    """

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if w.lower() in _TRADE_WORDS:
            return w.lower()
        return w if len(w) <= 3 else w.title()

    out = re.sub(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]", word, text)
    for m in _KNOWN_ANY_CASE.finditer(text):  # brokers as they write themselves: "BofA", "JPMorgan", "HSBC"
        canon = _BROKER_SPELLING.get(m.group().lower())
        if canon and len(canon) == len(m.group()):
            out = out[: m.start()] + canon + out[m.end() :]
    return out if len(out) == len(text) else text


def _in_capitals(text: str) -> bool:
    return len(text) >= 20 and text.isupper()  # (str.isupper: every cased character upper-case, in C)


# A digest's note written as labelled lines ("- Broker: Canaccord Genuity", "- Rating: Speculative Buy",
# "- Target Price: Increased to $0.10 from $0.08"): read as one sentence.
_FIELD_LINE = icompile(
    r"^\s*(?:[-•*·▪–]\s*)?(?:(?P<firm>Broker(?:age)?|Firm|Analyst\s+firm|Research\s+house)|Analysts?|Rating|"
    r"Recommendation|Call|Action|(?:12-month\s+)?(?:Price\s+)?Target(?:\s+Price)?|PT|Fair\s+value)\s*:\s*\S",
    _I,
)
_FIELD_BULLET = re.compile(r"\n\s*[-•*·▪–]?\s*")


def _field_block(sents: list[Sentence], i: int, body: str) -> tuple[Sentence, Sentence, int] | None:
    """The labelled lines from ``sents[i]`` on, as (sentence to read, sentence for provenance, lines taken), when
    they name a firm and something it said."""
    j = i
    while j < len(sents) and _FIELD_LINE.match(sents[j].text):
        if j > i and "\n" not in body[sents[j - 1].end : sents[j].start + 1]:
            break  # labelled lines, one a line
        j += 1
    if j - i < 2 or not any(_FIELD_LINE.match(x.text)["firm"] for x in sents[i:j]):
        return None
    start, end = sents[i].start, sents[j - 1].end
    span = body[start:end]
    lead = len(span) - len(span.lstrip(" -•*·▪–"))
    # the same length as the original, so offsets still slice it: bullets and line breaks become ", "
    read = " " * lead + _FIELD_BULLET.sub(
        lambda m: ", " + " " * (len(m.group()) - 2) if len(m.group()) >= 2 else " ", span[lead:]
    )
    orig = Sentence(start, end, span)
    return Sentence(start, end, read), orig, j - i


def _sentences(doc: Doc) -> list[tuple[Sentence, Sentence]]:
    """(sentence to read, sentence for provenance) pairs: a capitals overview's items one by one, in ordinary case;
    a note in labelled lines as one sentence."""
    body, out = doc.article.body, []
    sents = list(doc.sentences)
    i = 0
    while i < len(sents):
        sent = sents[i]
        block = _field_block(sents, i, body) if _FIELD_LINE.match(sent.text) else None
        if block:
            out.append(block[:2])
            i += block[2]
            continue
        if not _in_capitals(sent.text) or not _CAPS_ITEM_BREAK.search(sent.text):
            out.append((sent, sent))
            i += 1
            continue
        start, end = sent.start, sent.end
        while (
            i + 1 < len(sents)
            and _in_capitals(sents[i + 1].text)
            and not body[start:end].rstrip().endswith((".", "!", "?"))
        ):
            i += 1  # an overview cut into pieces at the longest-sentence limit: read it whole
            end = sents[i].end
        span = body[start:end]
        cuts = [0, *(m.end() for m in _CAPS_ITEM_BREAK.finditer(span)), len(span)]
        for a, b in itertools.pairwise(cuts):
            item = span[a:b].rstrip(" -–")
            if item.strip():
                orig = Sentence(start + a, start + a + len(item), item)
                out.append((Sentence(orig.start, orig.end, _ordinary_case(item)), orig))
        i += 1
    return out


_VIEW_OBJECT_BEFORE = re.compile(r"\b(?:for|on|about)\s+$", re.I)


def extract(doc: Doc) -> list[AnalystRating]:
    recs: list[_Rec] = []
    last_firm: tuple[int, str, FuzzyDate | None, bool] | None = None
    company_words = _company_words(doc)
    tickers = frozenset(c.ticker.upper() for c in doc.article.companies if c.ticker)  # "ABBV has added 0.6%"
    initials: dict[str, str] | None = None  # "MS" after "Morgan Stanley" (read from the body when first needed)
    if tickers & _BROKER_INITIALS_ANY:
        # "Goldman Sachs analysts ... GS raises its target": a listed broker's ticker is its initials here
        initials = _broker_initials(doc.article.body)
        tickers = tickers - initials.keys()
    analysts: dict[str, str] = {}  # "Matt Bottomley" of Canaccord: later "Mr. Bottomley" and "he" are Canaccord's
    heading: tuple | None = None  # the last firm seen as a heading line of its own
    unnamed: tuple[int, str] | None = None  # "a Raymond James analyst" (sentence index, firm): the next named person
    units = _sentences(doc)
    movers = _movers_items(doc, units)  # sentence start -> the company a movers list's paragraph is about
    item: str | None = None
    items: dict[int, str] = {}  # sentence start -> the digest item it belongs to
    section: str | None = None  # a broker heading ("JP Morgan:") over items that name only their stock
    substituted: dict[int, Sentence] = {}  # sentence start -> the sentence as written, where a pronoun was read
    for i, (sent, orig) in enumerate(units):
        text = sent.text
        if (
            i
            and (it := _RAISED_IT.search(text))
            and not _TARGET_WORD.search(text, 0, it.start())  # ("BMO raised its target to $82, while UBS raised it")
            # (or the sentence before read its own "it" as the target: a list of "X raised it to $150 from $133")
            and (_TARGET_WORD.search(units[i - 1][0].text) or units[i - 1][0].start in substituted)
        ):
            # "While, Nomura has increased it to Rs 240": the pronoun stands for the last sentence's target
            text = text[: it.start("it")] + "PT" + text[it.end("it") :]
            substituted[sent.start] = sent
            sent = Sentence(sent.start, sent.end, text)
        low = text.lower()
        if i and "\n" in doc.article.body[units[i - 1][1].end : orig.start]:
            item = None  # a digest item lasts its paragraph
            stock = _SECTION_ITEM.match(text) if section else None
            item = stock["name"] if stock else None
        item = movers.get(orig.start, item)
        if len(text) < 60 and text.rstrip().endswith(":"):
            head = _SECTION_HEAD.match(text)
            section = _canonical_firm(head["firm"]) if head and _KNOWN.fullmatch(head["firm"]) else None
            continue
        if len(text) < 40 and _KNOWN.fullmatch(text.strip()):
            # a broker's name as a heading over its quoted note ("Motilal Oswal", then '"We maintain our buy rating
            # ..."' some sentences on): its "we" until the next firm
            heading = last_firm = (i, _canonical_firm(text.strip()), None, False)
            continue
        if item:
            items[sent.start] = item
        # "Edward Kelly of Credit Suisse said in a client note ...": a person of a known broker (any sentence)
        for m in _PERSON_OF.finditer(text) if " of " in text or " at " in text or " with " in text else ():
            km = _KNOWN.match(text, m.end())
            if km:
                analysts.setdefault(m["last"], _canonical_firm(km.group()))
        # "Cowen and Co. analyst Dan Ferrell said he expects ...": the analyst of a known broker, named before the
        # sentence with the rating ("Ferrell rates the shares Outperform"); "a Raymond James analyst called ...":
        # the broker of the person who speaks next
        if ("analyst" in text or "strategist" in text) and _ANALYST_GATE.search(text):
            for km in _known_brokers(text):
                ext = _FIRM_TAIL.match(text, km.end())
                after = ext.end() if ext else km.end()
                firm = _canonical_firm(km.group()) + text[km.end() : after]
                if nm := _ANALYST_NAMED.match(text, after):
                    analysts.setdefault(nm["last"], firm)
                    analysts.setdefault(nm["name"], firm)
                elif _ANALYST_UNNAMED.match(text, after) and _ends(_INDEFINITE_BEFORE, text, km.start(), 8):
                    unnamed = (i, firm)
        named = _named_analyst(text, analysts)
        if named and last_firm and last_firm[1] == named:
            last_firm = (i, *last_firm[1:])
        if not any(map(low.__contains__, R.RATING_CUE_WORDS)):
            if last_firm and last_firm is not heading and i - last_firm[0] <= 3 and _BROKER_SUBJECT.match(text):
                # "Macquarie rates AD8 as Underperform. The broker highlights ... . The broker expects ... . Target
                # price drops to $6.30": the broker stays the subject of sentences with no rating of their own
                last_firm = (i, *last_firm[1:])
            continue
        firms = _find_firms(text, company_words, tickers)
        # "downgraded by Bank of America/Merrill": one firm under its two names
        firms = [f for k, f in enumerate(firms) if not (k and text[firms[k - 1].end : f.start] == "/")]
        if not firms and section and item:  # "BMW (BMW3.DE) with a "neutral" rating." under "JP Morgan:"
            rec = _facts(doc, sent, section, 0, len(text))
            if rec:
                recs.append(rec)
            continue
        head = _ITEM_HEAD.match(text)
        if (
            head
            and firms
            and firms[0].start == head.end()
            and head["name"].lower() not in _NOT_ITEMS
            and head["name"].upper() not in _PLACES_UPPER  # a dateline: "KUALA LUMPUR: OSK Research is upgrading"
        ):
            item = head["name"]
        if item:
            items[sent.start] = item
        if (
            sent is not orig
        ):  # a capitals overview item ("BARCLAYS RAISES HSBC PRICE TARGET ..."): the first is the firm
            firms = firms[:1]
        # "Citigroup analyst Patrick Cunningham ... Cunningham lowered the price target": the analyst's firm
        firms = [replace(f, name=analysts[f.name]) if f.name in analysts else f for f in firms]
        if unnamed and i - unnamed[0] <= 2:
            # "... after a Raymond James analyst called the guidance aggressive. Aaron Kessler said ... and rates"
            firms = [
                replace(f, name=unnamed[1]) if _PERSON_NAME.fullmatch(f.name) and not _KNOWN.fullmatch(f.name) else f
                for f in firms
            ]
        # "Kumar lowered his price target": a surname acting with "his"/"her" is the last firm's analyst
        if last_firm and i - last_firm[0] <= 3:
            firms = [
                replace(f, name=last_firm[1]) if " " not in f.name and _HIS_AFTER.match(text, f.end) else f
                for f in firms
            ]
        # "Morgan Stanley believes ... MS is overweight on Tata Steel": a firm's initials after its name
        if any(_INITIALS.fullmatch(f.name) for f in firms):
            initials = _broker_initials(doc.article.body) if initials is None else initials
            firms = [replace(f, name=initials[f.name]) if f.name in initials else f for f in firms]

        for f in firms:
            m = _ANALYST_OF.match(text, f.end)
            if m:
                analysts[m["last"]] = f.name
        for m in _ANALYST_WITH.finditer(text) if "analyst" in text or "strategist" in text else ():
            f = next((f for f in firms if f.start == m.end()), None)
            if f is not None:
                analysts[m["last"]] = f.name
        if not firms:
            if _ANAPHOR.search(text):
                # "Jefferies thinks it is time to buy. It ups the shares to buy": a firm named without a rating cue,
                # nearer than the last firm seen with one ("Citi rates it buy. Morgan Stanley noted a beat. The
                # brokerage firm has a target of ...": Morgan Stanley)
                lo = max(-1, i - 4) if last_firm is None or i - last_firm[0] > 3 else last_firm[0]
                for j in range(i - 1, lo, -1):
                    prior = units[j][0].text
                    before = _find_firms(prior, company_words, tickers)
                    # (not the stock a firm's view is about: "Morgan Stanley adjusted its outlook for Bank of
                    # America. The firm lowered ...")
                    before = [f for f in before if not _VIEW_OBJECT_BEFORE.search(prior, 0, f.start)] or before
                    if before:
                        last_firm = (j, before[-1].name, None, False)
                        break
            if (
                last_firm
                # ("According to the analysts at RBC Capital, ... . ... . ... . They lowered the price target")
                and (i - last_firm[0] <= 3 or (last_firm is heading and _WE_OPENS.match(text)))
                and (_ANAPHOR.search(text) or named == last_firm[1])
                and not _CONSENSUS.search(text)
                and not _COUNT_SUBJECT.search(text)
            ):
                parts = _stock_parts(text, 0, len(text))
                if len(parts) > 1:  # "The global brokerage is underweight on SAIL ... and overweight on JSPL ..."
                    recs.extend(r for r in _split_facts(doc, sent, last_firm[1], parts) if r)
                    continue
                rec = _facts(doc, sent, last_firm[1], 0, len(text))
                if rec:
                    # "X started coverage in a note on May 6. They set a buy rating and a $36 target."
                    rec.date = rec.date or last_firm[2]
                    if rec.action is None and last_firm[3]:
                        rec.action = RatingAction.INITIATED
                    recs.append(rec)
                    if last_firm is not heading:
                        # the firm stays the subject ("The analyst changed his rating ... . An equal-weight rating
                        # implies ... . Along with the change, the analyst lowered his price target")
                        last_firm = (i, *last_firm[1:])
            continue
        found: list[_Rec | None] = []
        for k, f in enumerate(firms):
            seg_start = 0 if k == 0 else f.start
            seg_end = firms[k + 1].start if k + 1 < len(firms) else len(text)
            parts = _stock_parts(text, seg_start, seg_end)
            if len(parts) > 1:  # "underweight on SAIL with a target of Rs 43 and overweight on JSPL with ..."
                recs.extend(r for r in _split_facts(doc, sent, f.name, parts, f) if r)
                found.append(None)
                continue
            found.append(_facts(doc, sent, f.name, seg_start, seg_end, f))
        # "Wolfe Research and Jefferies reaffirmed ...": a firm with nothing of its own shares the next one's facts
        for k in range(len(firms) - 2, -1, -1):
            if found[k] is None and found[k + 1] is not None:
                gap = text[firms[k].end : firms[k + 1].start]
                if _LIST_GAP.fullmatch(gap):
                    found[k] = replace(found[k + 1], firm=firms[k].name, span=(firms[k].start, firms[k].end))
        _respectively(doc, text, firms, found)
        _elliptic(doc, text, firms, found)
        recs.extend(r for r in found if r)
        f_last = firms[-1]
        tail = text[f_last.start :]
        last_firm = (
            i,
            f_last.name,
            _rating_date(tail, doc, dateline_end(text) - f_last.start),
            _action(tail, False) is RatingAction.INITIATED,
        )
    recs.extend(_table_recs(doc, company_words, tickers))
    recs.extend(_labelled_rows(doc))
    # "Higher rates are positive for banks, Danske said": a vague word after an unknown name is no rating
    # ... and so is one qualifying a noun ("cut rates into negative territory", "a positive impact")
    recs = [
        r
        for r in recs
        if not (
            r.target is None
            and (r.rating or "").lower() in _VAGUE
            and (not _KNOWN.match(r.firm) or _VAGUE_NOUN.search(r.sentence.text))
        )
    ]
    origs = {(o.start, o.end): o for u, o in units if u is not o}
    for r in recs:  # provenance quotes the text as written
        r.sentence = origs.get((r.sentence.start, r.sentence.end), r.sentence)
    # (an item naming the article's own company is no other stock: "Acme: JPMorgan lifts target" in a note on Acme)
    items = {k: v for k, v in items.items() if doc.company_named(v)[0] != doc.company}
    if items:
        recs = [replace(r, item=items.get(r.sentence.start)) for r in recs]
    for r in recs:
        if r.sentence.start in substituted:
            r.sentence = substituted[r.sentence.start]  # the text as written, not as read
    if doc.company:
        # a broker covered by another one the headline names rates nothing itself ("Mirae Asset
        # Securities Upgrades Samsung Securities Target Price ... its preference for Samsung Securities as a top pick")
        # (unless it moves other stocks in a digest: "UBS raises Whitbread price target to 4,480 (4,200) pence")
        own = clean_name(doc.company).lower()
        others = [clean_name(r.firm).lower() != own for r in recs]
        if (
            not all(others)
            and any(o and r.firm in (doc.article.title or "") for r, o in zip(recs, others, strict=True))
            and not _broker_acts(doc.company, doc.article.body)
        ):
            recs = [r for r, o in zip(recs, others, strict=True) if o]
    return [_to_record(doc, r) for r in _merge(recs)]


# --------------------------------------------------------------------------- ratings tables

# A broker's ratings as a table ("Share│Investment Rating│Target Price (HKD)" over "CKI HOLDINGS (01038.HK)│Buy│66 ->
# 65"), or a digest's table with a broker column ("Broker | Stock | Call | Target"): one row per line.
_RATING_HEAD = icompile(r"\b(?:ratings?|recommendations?|reco|call|stance|view)\b", _I)
_TARGET_HEAD = icompile(r"\b(?:target|TP|price\s+objective|fair\s+value|PT)\b", _I)
_FIRM_HEAD = icompile(r"\b(?:broker(?:age)?s?|firms?|analysts?|house|research)\b", _I)
_CHANGE_ARROW = re.compile(r"\s*(?:->|→|⇒|>|\bto\b)\s*")


def _cell_amount(cell: str) -> tuple[float, str | None] | None:
    """A table cell's amount and its currency when written ("Rs 1,700", "HK$6.8", "80")."""
    money = parse_money(cell)
    if money:
        return money[0].value, money[0].currency
    value = parse_number(cell.strip())
    return (value, None) if value is not None else None


def _table_recs(doc: Doc, company_words: set[str], tickers: frozenset[str]) -> list[_Rec]:
    body = doc.article.body
    if "│" not in body and "|" not in body and "\t" not in body:
        return []
    out: list[_Rec] = []
    for block in tables.blocks(body, _is_rating_row):
        rows = [(p, line) for p, line in block if not tables.is_separator(line)]
        if len(rows) >= 2:
            out.extend(_ratings_table(doc, rows, company_words, tickers))
    return out


# A broker's picks as labelled lines, the broker named in the headline: "Alkem Laboratories | Rating: Buy | LTP: Rs
# 3,482 | Target Price: Rs 4,150 | Upside: 19 percent" (a line that names its broker is read as prose).
# (a trading call's line, its rating unlabelled: "Kestrel Fertilisers | Buy | Target Price: Rs 760 | Stop Loss: Rs 645";
# or first: "Buy KESTREL |CMP ₹870 |SL ₹845 |TGT ₹920")
_LABELLED_ROW = re.compile(
    r"^[ \t]*(?P<stock>[A-Z][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,5}?)[ \t]*\|[ \t]*"
    r"(?:(?:Rating|Reco(?:mmendation)?|Call)[ \t]*:[ \t]*(?P<rating>[A-Za-z][A-Za-z -]{1,20}?)"
    r"|(?P<bare>Buy|Sell|Accumulate|Add|Reduce|Hold|Neutral))[ \t]*\|(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_CALL_ROW = re.compile(
    r"^[ \t]*(?P<rating>Buy|Sell|Accumulate)[ \t]+(?P<stock>[A-Z][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,4}?)[ \t]*"
    r"\|(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_TARGET_CELL = re.compile(
    r"\|\s*(?:(?:12-month\s+)?Target(?:\s+Price)?|TP|TGT|Price\s+Target)\s*:?\s*(?P<t>[^|]+)", re.I
)
#: The broker a trading call's item names after its line: "Recommended by: Religare Broking".
_RECOMMENDED_BY = re.compile(r"^[ \t]*(?:Recommended|Suggested)\s+by\s*:\s*(?P<firm>[^\n]{2,60}?)[ \t.]*$", re.M | re.I)
_FIRM_CELL = re.compile(r"\|\s*(?:Broker(?:age)?s?|Firm|Analysts?)\s*:", re.I)


def _picks(body: str) -> list[tuple[re.Match[str], str, str, str]]:
    """The pick lines of a body, in order: (line, stock, rating, the cells after them). A line whose rating is not
    labelled ("Stock | Buy | ...", "Buy STOCK | ...") counts only with a target cell."""
    found = [
        (m, m["stock"], m["rating"] or m["bare"], m["rest"])
        for m in _LABELLED_ROW.finditer(body)
        if not _FIRM_CELL.search(m.group()) and (m["rating"] or _TARGET_CELL.search("|" + m["rest"]))
    ]
    found += [
        (m, m["stock"], m["rating"], m["rest"])
        for m in _CALL_ROW.finditer(body)
        if not _FIRM_CELL.search(m.group()) and _TARGET_CELL.search("|" + m["rest"])
    ]
    return sorted(found, key=lambda row: row[0].start())


def _labelled_rows(doc: Doc) -> list[_Rec]:
    body = doc.article.body
    if "|" not in body or ":" not in body:
        return []
    rows = _picks(body)
    if len(rows) < 2:
        return []
    start, end = rows[0][0].span()
    known = _KNOWN.search(doc.article.title or "") or _KNOWN.search(body[:start][:400])
    if known is None and not _RECOMMENDED_BY.search(body, end):
        return []
    firm = _canonical_firm(known.group()) if known else None
    currency = doc.market.currency if doc.market else "USD"
    out: list[_Rec] = []
    for k, (m, stock, rating, rest) in enumerate(rows):
        # the broker an item names before the next line ("Recommended by: Religare Broking"), else the article's
        by = _RECOMMENDED_BY.search(body, m.end(), rows[k + 1][0].start() if k + 1 < len(rows) else len(body))
        row_firm = _canonical_firm(by["firm"]) if by else firm
        if row_firm is None:
            continue
        cls = R.RATINGS.get(re.sub(r"[\s-]+", " ", rating.strip().lower()))
        tm = _TARGET_CELL.search("|" + rest)  # (the target may be the line's first cell)
        amount = _cell_amount(tm["t"]) if tm else None
        target = None
        if amount and amount[0] > 0:
            target = Money(0, 0, amount[0], amount[1] or currency, 1.0, tm["t"].strip())
        if cls is None and target is None:
            continue
        line = m.group()
        rec = _Rec(
            firm=row_firm,
            sentence=Sentence(m.start(), m.end(), line),
            span=(0, len(line)),
            rating=rating.strip() if cls else None,
            rating_class=RatingClass(cls) if cls else None,
            target=target,
        )
        rec.item = stock.strip()
        out.append(rec)
    return out


def _is_rating_row(line: str) -> bool:
    return len(line) < 300 and tables.CELL_SEP.search(line.strip(" |│")) is not None


_MOVE_CELL = icompile(
    rf"^(?:upgrade[sd]?|downgrade[sd]?|initiat\w*|reiterat\w*|maintain\w*|resum\w*)?\s*(?:to\s+)?"
    rf"(?P<to>{_alt(R.RATINGS)})(?:\s+from\s+(?P<from>{_alt(R.RATINGS)}))?\s*$",
    _I,
)


def _moves_table(rows: list[tuple[int, str]]) -> list[_Rec]:
    """A headerless list of rating moves, one a line: "| EVN - | Evolution Mining | Upgrade to Buy from Hold |
    Bell Potter |" (the stock, the move and the broker in cells of their own)."""
    out: list[_Rec] = []
    for p, line in rows:
        row = tables.cells(line)
        firm = next((c for c in row if _KNOWN.fullmatch(c)), None)
        move = next((m for c in row if (m := _MOVE_CELL.match(c))), None)
        if firm is None or move is None:
            continue
        cls = R.RATINGS.get(re.sub(r"[\s-]+", " ", move["to"].lower()))
        if cls is None:
            continue
        stock = tuple(  # the name and the ticker ("ALS Ltd", "ALQ")
            c.strip(" -–") for c in row if c and c != firm and not _MOVE_CELL.match(c) and c[:1].isupper()
        )
        rec = _Rec(firm=firm, sentence=Sentence(p, p + len(line), line), span=(0, len(line)), rating=move["to"])
        rec.rating_class, rec.previous_rating, rec.split, rec.stock = RatingClass(cls), move["from"], True, stock
        rec.action = _action(move.group(), False)
        out.append(rec)
    return out


def _ratings_table(
    doc: Doc, rows: list[tuple[int, str]], company_words: set[str], tickers: frozenset[str]
) -> list[_Rec]:
    header = tables.cells(rows[0][1])
    if any(":" in h for h in header) or any(_cell_amount(h) for h in header):
        return []  # item lines ("Jubilant | Brokerages: Citi | Rating: Buy | Target: Rs 4,750"), not a header row
    if not any(_RATING_HEAD.search(h) or _TARGET_HEAD.search(h) for h in header):
        return _moves_table(rows)
    ri = next((k for k, h in enumerate(header) if _RATING_HEAD.search(h)), None)
    ti = next((k for k, h in enumerate(header) if _TARGET_HEAD.search(h)), None)
    fi = next((k for k, h in enumerate(header) if _FIRM_HEAD.search(h) and k not in (ri, ti)), None)
    if ri is None and ti is None:
        return []
    firm = None
    if fi is None:  # the broker the text names before the table (its headline first)
        before = f"{doc.article.title}\n{doc.article.body[: rows[0][0]]}"
        named = _find_firms(before, company_words, tickers)
        known = [f for f in named if _KNOWN.fullmatch(f.name) or _KNOWN.match(f.name)]
        if not known:
            return []
        firm = _KNOWN.match(known[0].name).group()
    head = tables.header_currency(header[ti]) if ti is not None else None
    currency = head or (doc.market.currency if doc.market else "USD")
    out: list[_Rec] = []
    for p, line in rows[1:]:
        row = tables.cells(line)
        if len(row) != len(header):
            continue
        name = row[fi] if fi is not None else firm
        if not name:
            continue
        rating = rclass = prev_rating = None
        if ri is not None:
            steps = [x.strip(" '\"") for x in _CHANGE_ARROW.split(row[ri]) if x.strip()]
            cls = R.RATINGS.get(steps[-1].lower()) if steps else None
            if cls:
                rating, rclass = steps[-1], RatingClass(cls)
                if len(steps) > 1 and steps[0] != steps[-1]:
                    prev_rating = steps[0]
        target = previous = None
        if ti is not None:
            vals = [v for v in map(_cell_amount, _CHANGE_ARROW.split(row[ti])) if v and v[0] > 0]
            if vals:
                target = Money(0, 0, vals[-1][0], vals[-1][1] or currency, 1.0, row[ti])
                previous = Money(0, 0, vals[0][0], vals[0][1] or currency, 1.0, row[ti]) if len(vals) > 1 else None
        if rating is None and target is None:
            continue
        sent = Sentence(p, p + len(line), line)
        rec = _Rec(firm=name, sentence=sent, span=(0, len(line)), rating=rating, rating_class=rclass, target=target)
        rec.previous, rec.previous_rating = previous, prev_rating
        if target and previous and target.value != previous.value:
            rec.action = RatingAction.RAISED if target.value > previous.value else RatingAction.LOWERED
        elif prev_rating:
            rec.action = _action(f"{prev_rating} to {rating}", target is not None)
        out.append(rec)
    return out


_BARE_MOVE = icompile(
    # ("William Blair analyst Ralph Orme downgraded Groupon shares": the firm's analyst between)
    r"(?:\s+analysts?\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+)?"
    r"(?:\s+[A-Z][\w&.-]*){0,2}(?:\s+|,\s*who\s+(?:all\s+|both\s+)?)(?:has\s+|have\s+)?(?:upgrad|downgrad)\w*\s+"
    # ("Panmure Gordon, Berenberg and Societe Generale, who all upgraded their ratings on the stock")
    r"(?=[A-Z0-9]|(?:their|its)\s+(?:ratings?|recommendations?)\s+on\s+the\s+(?:stock|shares|company|group)\b"
    # ("Brokerages like Nomura and CLSA upgraded ratings and raised price targets on the stock")
    r"|(?:their\s+|its\s+)?(?:ratings?|recommendations?)\s+and\s+(?:rais|lift|cut|lower|trim|boost|hik)\w*\s+"
    r"(?:their\s+|its\s+)?(?:price\s+)?targets?\b)"
    # a target moved by a share only, or with no figure at all: "Daiwa raises price target by 19.4 per cent",
    # "Morgan Stanley raised its price target on the stock, while ...", "Wedbush and Argus raised their targets."
    # ("Deutsche Bank, JP Morgan and Macquarie have all cut Tesco's price target")
    r"|\s+(?:(?:has|have|also|both|all)\s+){0,2}(?:rais|lift|cut|lower|trim|boost|hik|reduc|increas)\w*\s+"
    r"(?:its\s+|their\s+|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s\s+)?"
    r"(?:(?:share\s+)?price\s+target|target\s+price|target)s?\s*"
    r"(?:(?:\s(?:for|on)\s+[^.;]{1,60}?\s+)?by\s+"
    r"\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:%|per\s?cent\b|percent\b)"
    # ("all lift their target prices for Richemont shares, which advance 2.4 percent")
    r"|(?:\s(?:for|on)\s+(?:the\s+(?:stock|shares|company)|it|them|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}"
    r"(?:['’]s)?(?:\s+(?:shares|stock))?))?"
    r"(?=\s*(?:[.;]|,\s*(?:while|and|but|after|following|citing|which)\b|\s(?:after|following|citing|as|amid)\b)))"
)
# ... and told before it: "profited from an upgrade by analysts at Carnegie", "was downgraded by Kepler"
_BARE_MOVE_BEFORE = icompile(
    r"\b(?:upgrade|downgrade)[sd]?\s+(?:by|from)\s+(?:(?:the\s+)?(?:analysts?|brokers?|brokerage|strategists)\s+(?:at|from)\s+)?$"
)
_RESPECTIVELY = icompile(r"\brespectively\b", _I)


def _respectively(doc: Doc, text: str, firms: list[_Firm], found: list[_Rec | None]) -> None:
    """ "CLSA and Macquarie kept outperform ratings with targets of Rs 1,133 and Rs 1,028, respectively": the listed
    firms take the listed targets in order (each would otherwise read the first)."""
    resp = _RESPECTIVELY.search(text, firms[1].end) if len(firms) >= 2 else None
    if resp is None:
        return
    # the list right before the figures ("Deutsche Bank raised its target to $165, and Citigroup and JP Morgan bumped
    # theirs to $176 and $169, respectively": the last two; a firm after "respectively" has its own)
    last = max(k for k, f in enumerate(firms) if f.end <= resp.start())
    first = last
    while first and _LIST_GAP.fullmatch(text, firms[first - 1].end, firms[first].start):
        first -= 1
    listed = list(range(first, last + 1))
    tail = firms[last].end
    figures = [m for m in parse_money(text[tail : resp.start()]) if per_share(m) and m.value > 0]
    if not figures and len(listed) >= 2 and re.fullmatch(r"\W*", text[tail : resp.start()]):
        # the figures before the firms: "had its target raised to $80 from $77, and to $82 from $75, at FBR Capital
        # and RBC Capital Markets, respectively" (the "from" figures are the old targets)
        tail = 0
        figures = [
            m
            for m in parse_money(text[: firms[first].start])
            if per_share(m) and m.value > 0 and not _PREV_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]
        model = next((r for r in found if r is not None and r.target is not None), None)
        if model is None or len(figures) != len(listed):
            return
        for k in listed:
            if found[k] is None or found[k].target is None:
                found[k] = replace(model, firm=firms[k].name, span=(firms[k].start, firms[k].end))
    if (
        len(listed) < 2
        or len(figures) != len(listed)
        or any(found[k] is None or found[k].target is None for k in listed)
    ):
        return
    for k, m in zip(listed, figures, strict=True):
        money = Money(m.start + tail, m.end + tail, m.value, m.currency, m.multiplier, m.text)
        found[k].target = localise(money, doc.market) if doc.market else money
        found[k].previous = None


#: A broker heading over a list of its notes ("JP Morgan:"), and a list item's stock ("• BMW (BMW3.DE) with a ...").
_SECTION_HEAD = re.compile(r"^\W*(?P<firm>[A-Z][\w.&' -]{1,40}?)\s*:\s*$")
_SECTION_ITEM = re.compile(r"^[\W\d]*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4})\s*\(")


def _canonical_firm(name: str) -> str:
    """How a known broker is written in the records: a known spelling as it is, a variant ("WedBush") as the broker
    spells it, then one canonical form ("JP Morgan Cazenove" -> "JPMorgan Cazenove")."""
    spelled = name if _KNOWN.fullmatch(name) else _BROKER_SPELLING.get(name.lower(), name)
    return R.BROKER_CANONICAL.get(spelled, spelled)


#: A firm after a semicolon with only its own figures: "...raised the target from 2.1 to 2.3 euro; Kepler Cheuvreux
#: from 2.25 to 2.5 euros; Barclays from 2.3 to 2.5 euros."
_ELLIPTIC = re.compile(
    r"\s+(?:from\s+(?P<prev>\d[\d.,]*)\s*\S{0,6}\s+)?to\s+(?P<new>(?:[$€£¥]\s?)?\d[\d.,]*)\s*(?:[\w.]+)?\s*(?:[;.]|$)"
)


def _elliptic(doc: Doc, text: str, firms: list[_Firm], found: list[_Rec | None]) -> None:
    """A firm that only lists its figures after another firm's move ("; Barclays from 2.3 to 2.5 euros") makes the
    same move with its own target."""
    for k in range(1, len(firms)):
        prev = found[k - 1]
        if found[k] is not None or prev is None or prev.target is None:
            continue
        if not text[: firms[k].start].rstrip().endswith(";"):
            continue
        m = _ELLIPTIC.match(text, firms[k].end)
        new = parse_number(re.sub(r"^[$€£¥]\s?", "", m["new"])) if m else None
        if not new:
            continue
        cur = prev.target.currency
        target = Money(m.start("new"), m.end("new"), new, cur, 1.0, m["new"])
        old = parse_number(m["prev"]) if m["prev"] else None
        previous = Money(m.start("prev"), m.end("prev"), old, cur, 1.0, m["prev"]) if old else None
        found[k] = replace(
            prev,
            firm=firms[k].name,
            span=(firms[k].start, firms[k].end),
            target=target,
            previous=previous,
            rating=None,  # (the first firm's rating is its own: "from 2.1 to 2.3 euro (rating buy); Kepler ...")
            rating_class=None,
            previous_rating=None,
        )


_PLACES_UPPER = frozenset(p.upper() for p in PLACE_NAMES)
_MOVERS_HEAD = re.compile(R.ITEM_HEAD)


def _movers_items(doc: Doc, units: list[tuple[Sentence, Sentence]]) -> dict[int, str]:
    """The paragraphs of a movers list, each headed by its company ("Halvorsen Games — Shares of the video game company
    gained 1% after Wells Fargo initiated coverage ..."): sentence start -> that company, for every sentence of the
    paragraph. Only a list (two such paragraphs or more); a dateline ("LONDON — ") heads no item."""
    out: dict[int, str] = {}
    heads = 0
    name = None
    body = doc.article.body
    for i, (_, orig) in enumerate(units):
        if i == 0 or "\n" in body[units[i - 1][1].end : orig.start]:
            m = _MOVERS_HEAD.match(orig.text)
            # (not a table's ticker: "AD8 - Audinate Group Downgrade to Underperform from Neutral Macquarie")
            name = (
                m["name"]
                if m
                and m["name"].upper() not in _PLACES_UPPER
                and m["name"].lower() not in _NOT_ITEMS
                and not (m["name"].isupper() and len(m["name"]) <= 5)
                else None
            )
            heads += name is not None
        if name:
            out[orig.start] = name
    return out if heads >= 2 else {}


#: A digest item's stock before its firm: "National Grid: Liberum Capital upgrades to buy."
_ITEM_HEAD = re.compile(r"^\W*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|de|and)){0,5})\s*:\s+")
_NOT_ITEMS = frozenset(
    {"update", "updated", "note", "source", "sources", "analysts", "analyst", "rating", "ratings", "price target",
     "target", "targets", "upgrade", "upgrades", "downgrade", "downgrades", "initiation", "initiations", "action",
     "recommendation", "broker", "brokers", "view", "verdict", "outlook", "reuters", "bloomberg", "read more",
     "also read", "related", "disclosure", "disclaimer", "summary", "key points", "bottom line"}
)  # fmt: skip


def _named_analyst(text: str, analysts: dict[str, str]) -> str | None:
    """The firm of an analyst named earlier whose surname this sentence uses ("Mr. Bottomley cut ...")."""
    for last, firm in analysts.items():
        if last in text and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            return firm
    return None


# --------------------------------------------------------------------------- firms


def _ends(rx: re.Pattern, text: str, pos: int, width: int = 50) -> re.Match | None:
    """``rx`` (anchored with ``$``) matching text that ends at ``pos``, looking back ``width`` characters."""
    return rx.search(text, max(0, pos - width), pos)


_STOCK_PICKS = icompile(r"\b(?:stocks?|picks?|shares|recommend\w*|calls?|buy|top\s+\d+)\b", _I)


def _company_words(doc: Doc) -> set[str]:
    """Words of the covered company's name (only the main one: brokers are listed companies too).

    Generic words ("Bank", "Capital") are kept so that a known broker sharing a word with the company ("Deutsche
    Bank" on "Deutsche Telekom") can be told from the company itself; :func:`_valid` matches on the others.
    """
    words = set()
    for c in doc.article.companies[:1]:
        name = c.name
        km = _KNOWN.match(name)
        if (
            km
            and km.end() == len(name)
            and (_STOCK_PICKS.search(doc.article.title or "") or BROKER_DIGEST_HEADLINE.search(doc.article.title or ""))
        ):
            # "Motilal Oswal Unveils 4 Stocks to Buy": the broker's own notes are the article; in "Best of the
            # Brokers" a broker taken for the subject is one of the digest's sources
            return set()
        if km and km.end() == len(name) and _broker_acts(name, doc.article.body):
            # "UBS raises Whitbread price target to 4,480 (4,200) pence": the broker of a digest's lines, taken for
            # its subject
            return set()
        title = doc.article.title or ""
        lead = next((w for w in (name, name.split()[0]) if title.startswith(w + " ")), None) if km else None
        if km and km.end() == len(name) and lead and _BROKER_VIEW_TITLE.match(title, len(lead)):
            # "Morgan Stanley stays bullish on SBI, revises target price upward for ...", "Shore likes BAE but not
            # keen on Avon Protection": its views
            return set()
        if km and km.end() < len(name) and _HEADLINE_VERB.match(name, _tail_end(name, km.end())):
            # "Telsey Advisory Group Boosts Target": a headline's broker and verb taken for the company's name
            name = name[_tail_end(name, km.end()) :]
        for w in re.findall(r"[\w'’-]+", name):
            bare = re.sub(r"(?:'s|’s)$", "", w)  # "Macy's", "The Campbell's Company": the text may write "Macy"
            for v in {w.lower(), bare.lower()}:
                if len(v) >= 3 and v not in {"inc", "corp", "holdings", "systems"}:
                    words.add(v)
    return words


_ACTS_ON = (
    r"\s+(?:raises|lifts|cuts|lowers|trims|upgrades|downgrades|starts|initiates|reiterates|keeps|resumes|"
    r"reinstates)\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,4}\s+(?:price\s+target|target|to|with|at)\b"
)


def _broker_acts(name: str, body: str) -> bool:
    """The broker moves a named company's rating or target twice or more: a digest's source, not its subject."""
    return len(re.findall(rf"(?<![\w&-]){re.escape(name)}{_ACTS_ON}", body)) >= 2


def _tail_end(text: str, pos: int) -> int:
    ext = _FIRM_TAIL.match(text, pos)
    return ext.end() if ext else pos


def _clean(name: str) -> str:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    toks = name.split()
    while toks and (toks[0].lower().rstrip(",.") in _STOP_START or toks[0] in ("&", "of")):
        if toks[0].lower() in _PROVIDERS and len(toks) > 1 and _SUFFIX.search(" ".join(toks)):
            break  # "Zacks Research": a provider's research arm
        toks.pop(0)
    while toks and toks[-1] in ("&", "of", "de", "and", "la", "du", "von", "van", "der"):
        toks.pop()
    return " ".join(toks).rstrip(",")


_CREDIT_GRADE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]?(?:$|-|\s)")


def _valid(name: str, company_words: set[str], tickers: frozenset[str]) -> bool:
    low = name.lower()
    if not name or low in _NOT_FIRMS or not re.search(r"[A-Za-z]{2}", name) or len(name.split()) > 6:
        return False
    if re.sub(r"^.*?['’]s\s+", "", low) in _NOT_FIRMS:
        return False  # "London's FTSE is set to open lower": a place's index, no firm
    if all(t in _NUMBER_WORDS for t in re.split(r"[\s-]+", low)) or _PERSON_TITLE.match(name + " "):
        return False  # "Eleven analysts rate it hold" is a tally; "Mr Ek said" a person
    if name.upper() in tickers or _CREDIT_GRADE.match(name):
        return False  # (a grade: "exposure to BBB-and-below rated corporates")
    order = [t.lower() for t in re.findall(r"[\w'’-]+", name)]
    toks = set(order)
    own = [t for t in order if t not in _NOISE and len(t) >= 3]
    if len(order) == 1 and len(order[0]) >= 4 and any(w != order[0] and w.startswith(order[0]) for w in company_words):
        return False  # the company's own short form: "Citi" on Citigroup (not "Bank of America" on "American ...")
    # (a firm sharing only a later word with the company is another firm: "Gerdes Energy Research" on "Cenovus Energy")
    if (
        own
        and (own[0] in company_words or set(own) <= company_words)
        and not (_KNOWN.fullmatch(name) and {t for t in toks if len(t) >= 3} - company_words)
    ):
        return False  # the covered company, unless a known broker with a word of its own ("Deutsche Bank")
    words = name.split()
    if len(words) >= 2 and _SUFFIX.search(name) and words[0].lower() in _PROVIDERS:
        return True  # a data provider's research arm ("Zacks Research") issues ratings of its own
    return not all(t in _NOT_FIRMS or t in _STOP_START for t in toks)


_INITIALS = re.compile(r"[A-Z]{2,4}")


def _initials(name: str) -> str | None:
    """A multi-word broker's initials ("Morgan Stanley" -> "MS"); None for a one-word or lower-case name."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) > 1 and all(w[:1].isupper() for w in words) else None


def _broker_initials(body: str) -> dict[str, str]:
    """Initials of the multi-word brokers a text names: {"MS": "Morgan Stanley"}."""
    return {ini: m.group() for m in _KNOWN.finditer(body) if (ini := _initials(m.group()))}


_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*")
#: The initials any multi-word broker could go by ("GS", "MS", "DB"): a ticker among them is worth a look.
_BROKER_INITIALS_ANY = frozenset(filter(None, map(_initials, R.BROKERAGES)))


#: Brokers whose name opens with a common word, which may end another name ("Punjab National Bank").
_GENERIC_HEADS = frozenset({"national", "first", "capital", "royal", "union", "standard", "global", "central", "state"})
_NAME_WORD_GLUED = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][a-z]+\s$")


def _known_brokers(text: str) -> list[re.Match[str]]:
    """Known brokers as written, and in a writer's own capitals ("WedBush" for Wedbush)."""
    out = list(_KNOWN.finditer(text))
    taken = {m.start() for m in out}
    camel = [m.start() for m in _CAMEL.finditer(text) if m.start() not in taken]
    if not camel:  # (the caseless scan is slow: only for a word in capitals of its own, "WedBush")
        return out
    for m in _KNOWN_ANY_CASE.finditer(text):
        w = m.group()
        if m.start() not in taken and w[:1].isupper() and not w.isupper() and any(c.isupper() for c in w[1:]):
            out.append(m)
    return sorted(out, key=lambda m: m.start())


#: A firm's old and new target in brackets after its name: "(KRW 80,000→100,000)", "(Rs 850 -> 920)"; with an
#: arrow it is read as the target (``_ARROW_MOVE``), and "to" as well marks the name before it as a firm.
_PAREN_CUR = r"(?:[A-Z]{3}|Rs\.?|[$€£¥₩₹])"
_PAREN_MOVE = r"\((?P<cur>{c})?\s*(?P<old>\d[\d,.]*)\s*(?:{link})\s*{c}?\s*(?P<new>\d[\d,.]*)\s*\)"
_ARROW_MOVE = re.compile(_PAREN_MOVE.format(c=_PAREN_CUR, link="→|->"))
_TARGET_PAREN_AFTER = re.compile(r"\s*" + _PAREN_MOVE.format(c=_PAREN_CUR, link="→|->|to"))


def _find_firms(text: str, company_words: set[str], tickers: frozenset[str]) -> list[_Firm]:
    text = blank_dateline(text)  # "SEATTLE--(BUSINESS WIRE)--Jefferies ...": the place is no firm, nor glued to one
    cands: list[_Firm] = []
    objects = [(o.start(), o.end()) for o in _MOVE_OBJECTS.finditer(text)] if "grad" in text or " on " in text else []
    for m in _known_brokers(text):
        if (
            _ends(_ASIDE_BEFORE, text, m.start(), 25)
            or any(a < m.start() < b for a, b in objects)
            or _STOCK_AFTER.match(text, m.end())
            or _RATED_PASSIVE.match(text, m.end())  # "Commerzbank upgraded to 'Buy' by Deutsche Bank Research"
            or any(_ON_GAP.fullmatch(text, c.end, m.start()) for c in cands)
            or _STOCK_TARGET_AFTER.match(text, m.end())
            or _STOCK_TARGET_BEFORE.search(text, max(0, m.start() - 40), m.start())
            # the tail of another name: "Punjab National Bank", "Laurentian Capital"
            or (m.group().split()[0].lower() in _GENERIC_HEADS and _NAME_WORD_GLUED.search(text, 0, m.start()))
        ):
            continue  # "Citi on Macquarie Group: Buy": a broker can be the stock of another broker's note
        if _valid(m.group(), company_words, tickers) and (
            not _ends(_PERSON_BEFORE, text, m.start()) or _ends(_QUOTE_SAID, text, m.start())
        ):
            ext = _FIRM_TAIL.match(text, m.end())  # "Mizuho" + " Securities", "KeyBanc" + " Capital Markets"
            end = ext.end() if ext else m.end()
            cands.append(_Firm(m.start(), end, _canonical_firm(m.group()) + text[m.end() : end]))
    for m in _NAME.finditer(text):
        raw = m.group()
        provider = raw.lower() in _PROVIDERS and _ends(_ANALYSTS_AT, text, m.start())  # "Analysts at Zacks"
        name = raw if provider else _clean(raw)
        if not name:
            continue
        start = m.start() + raw.find(name.split()[0])
        end = start + len(name)
        if any(c.start <= start < c.end or start <= c.start < end for c in cands) or _ends(
            _ASIDE_BEFORE, text, start, 25
        ):
            continue
        if (
            not (provider or _valid(name, company_words, tickers))
            or _RATED_PASSIVE.match(text, end)
            or _STOCK_TARGET_AFTER.match(text, end)
            or (name.endswith("ly") and " " not in name and text.startswith(",", end))  # "Similarly, Citigroup ..."
        ):
            continue  # "Macy's was downgraded ... by Morgan Stanley": the rated company
        if any(_ON_GAP.fullmatch(text, c.end, start) for c in cands):
            continue  # "Jefferies on Cipla: Buy | Target Rs 1,700": a digest's header names the firm, then the stock
        intro = text[max(0, start - 6) : start].lower().endswith(("at ", "by ", "from ", "with ", "to "))
        strong = (
            _ANALYST_AFTER.match(text, end)
            or _POSSESSIVE_AFTER.match(text, end)
            or _LIST_AFTER.match(text, end)
            or _TARGET_PAREN_AFTER.match(text, end)  # "NH Investment & Securities (KRW 100,000→110,000)"
            or (_VERB_AFTER.match(text, end) and (text[:start].isspace() or _ends(_CLAUSE_START, text, start, 30)))
            or (intro and _ends(_STRONG_INTRO_BEFORE, text, start, 90))
            or _ends(_FIRM_NOUN_BEFORE, text, start, 30)  # "downgraded by the brokerage firm “Brigantine”"
            or (intro and _SUFFIX.search(name) and _ends(_INTRO_BEFORE, text, start))
            # "gained 1% after Harwood Securities initiated coverage": a broker by its suffix, acting in a cause clause
            or (_SUFFIX.search(name) and _VERB_AFTER.match(text, end) and _ends(_CAUSE_BEFORE, text, start, 12))
        )
        if strong and _ends(_PERSON_BEFORE, text, start):
            continue
        if strong and _POSSESSIVE_AFTER.match(text, end) and _ends(_RATED_OBJECT_BEFORE, text, start, 60):
            continue  # "Credit Suisse upgraded oilfield group Petrofac's share rating": the rated company
        if strong:
            cands.append(_Firm(start, end, name))
    cands.sort(key=lambda f: f.start)
    # "At Jefferies, Peter Misek reiterated a price target of $800": the analyst after his firm speaks for it
    for k in range(len(cands) - 1, 0, -1):
        a, b = cands[k - 1], cands[k]
        if (
            _KNOWN.fullmatch(a.name)
            and not _KNOWN.match(b.name)
            and _ANALYST_GAP.fullmatch(text, a.end, b.start)
            and _PERSON_NAME.fullmatch(b.name)
        ):
            cands[k] = _Firm(b.start, b.end, a.name)
            del cands[k - 1]
    return cands


# --------------------------------------------------------------------------- facts


# A stock a firm rates inside a longer sentence: "underweight on SAIL", "a lowered target on BNP Paribas".
_RATING_ON = icompile(
    rf"\b(?:{_alt(R.RATINGS)}|(?:raised|lowered|cut|higher|lower|new)\s+(?:price\s+)?target|target)\s+"
    r"(?:rating\s+|call\s+)?on\s+(?-i:[A-Z])",
    _I,
)
_PART_CUT = icompile(r",\s*(?:and\s+|while\s+)?|;\s*|\s+and\s+|\s+while\s+|\.\s+", _I)


def _stock_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of ``text[a:b]`` about one stock each, when the firm rates several there.

    A stretch whose move names several stocks ("downgraded BMO and RBC to underweight") comes once per stock.
    """
    moves = list(_MOVE_OBJECTS.finditer(text, a, b)) if "grad" in text or " on " in text or " to " in text else []
    objects = [_object_starts(m) for m in moves]
    move_starts = [m.start() for m in moves]
    if moves:  # ("raises X to overweight ..., and Y to equal-weight"): each further stock its own stretch
        for e in _ELLIPTIC_MOVE.finditer(text, moves[-1].end(), b):
            objects.append([e.start("stock")])
            move_starts.append(e.start("stock"))
    hits = [m.start() for m in _RATING_ON.finditer(text, a, b)]
    if len(move_starts) + len(hits) < 2 and sum(map(len, objects)) < 2:
        return [(a, b)]
    if sum(map(len, objects)) >= 2 and not hits:
        hits = move_starts
    else:
        objects = [[]] * len(hits)
    cuts = [a]
    for prev, h in itertools.pairwise(hits):
        found = list(_PART_CUT.finditer(text, prev, h))  # the last clause break before the next stock
        if not found:
            return [(a, b)]
        cuts.append(found[-1].end())
    parts = list(itertools.pairwise([*cuts, b]))
    # (a stretch naming several stocks comes again from each further stock's name on: "Royal Bank of Canada (RBC) to")
    return [q for (c, d), starts in zip(parts, objects, strict=True) for q in [(c, d)] + [(o, d) for o in starts[1:]]]


# (not a headline's next verb in title case: "Upgrades Samsung Securities Target Price, Maintains "Buy" Rating")
_OBJECT_NAME = re.compile(rf"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?!(?:{'|'.join(sorted(TITLE_VERBS))})\b)([A-Z])")


def _object_starts(m: re.Match[str]) -> list[int]:
    """Where each stock a move names starts: "downgraded Bank of Montreal (BMO) and Royal Bank of Canada (RBC) to"
    names two (an abbreviation in brackets is its name's)."""
    verb = re.match(r"\S+(?:\s+(?:his|her|its|their|the)\s+\w+\s+(?:on|for))?\s+", m.group())
    body = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), m.group()[verb.end() :])
    return [m.start() + verb.end() + n.start(1) for n in _OBJECT_NAME.finditer(body)]


def _split_facts(doc: Doc, sent: Sentence, firm: str, parts: list[tuple[int, int]], f: _Firm | None = None):
    ends: set[int] = set()
    for k, (a, b) in enumerate(parts):
        rec = _facts(doc, sent, firm, a, b, f if k == 0 else None)
        if rec and (b not in ends or rec.rating or rec.target):  # (a bare "downgraded A and B": one move)
            rec.split = True
            yield rec
        ends.add(b)


def _facts(doc: Doc, sent: Sentence, firm: str, a: int, b: int, f: _Firm | None = None) -> _Rec | None:
    text = sent.text
    seg = text[a:b]
    if _CONSENSUS.search(seg) or _TRADING_CALL.search(seg):
        return None  # (a trader's call with a stop loss is no analyst's target, a call on a market none on a stock)
    rating, rclass, prev_rating = _rating(text, a, b)
    target, previous = _target(
        text, a, b, doc.market.currency if doc.market else "USD", lambda: mask_own_names(text, own_names(doc.company))
    )
    # a bare "$" on the ASX or TSX is that market's dollar
    target, previous = (localise(m, doc.market) if m else None for m in (target, previous))
    bare = _BARE_MOVE.match(text, f.end) if f else None
    bare = (bare and bare.end() <= b) or (f and _BARE_MOVE_BEFORE.search(text, max(0, f.start - 60), f.start))
    if rating is None and target is None and not bare:
        return None  # (a bare "JPMorgan Cazenove downgrades InterContinental Hotels" is a rating action all the same)
    span = (f.start, f.end) if f else (a, b)
    rec = _Rec(firm=firm, sentence=sent, span=span, rating=rating, rating_class=rclass, target=target)
    rec.previous, rec.previous_rating = previous, prev_rating
    rec.action = _action(seg.replace(rating, " " * len(rating)) if rating else seg, target is not None)
    if target and previous and rec.action is not RatingAction.INITIATED and target.value != previous.value:
        rec.action = RatingAction.RAISED if target.value > previous.value else RatingAction.LOWERED
    am = _ANALYST.search(seg)
    if am:
        rec.analyst = am["a"]
    rec.past = bool(_PAST_VIEW.search(seg))
    rec.date = _rating_date(seg, doc, dateline_end(text) - a)
    return rec


_ACTION_PRECISIONS = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH)


def _rating_date(seg: str, doc: Doc, dateline: int) -> FuzzyDate | None:
    """The day (or week, or month) the firm acted, as the segment states it; None when it states none.

    Preferred: a date introduced as the action's ("in a research note on Friday, April 26th", "in a report dated
    May 3", "last week"); else the first day the segment names. Never a date after the article's (a results day
    "ahead of results on May 2"), a quarter or a year (a forecast period), nor a wire dateline's date (the day of
    publication, which the caller uses as the fallback).
    """
    ref = doc.published
    cands = []
    for dm in find_dates(seg, ref):
        d = dm.date
        if d is None or d.precision not in _ACTION_PRECISIONS or dm.start < dateline:
            continue
        if ref is not None and d.start > ref:
            continue
        before = seg[max(0, dm.start - 60) : dm.start]
        cued = bool(_ACTION_DATE_BEFORE.search(before) or _ACTION_DATE_SELF.match(dm.text))
        if not cued and d.precision is not DatePrecision.DAY:
            continue  # "in March" on its own is more often a results month than the note's
        if _NOT_ACTION_DATE_BEFORE.search(before) and not _NOTE_BEFORE.search(before):
            continue
        cands.append((not cued, dm.start, d))
    return min(cands, key=lambda c: (c[0], c[1]))[2] if cands else None


def _rating(text: str, a: int, b: int) -> tuple[str | None, RatingClass | None, str | None]:
    seg = text[a:b]
    hits: list[tuple[str, str, str | None]] = []  # (as written, class, "to"/"from"/None)
    for m in _RATING.finditer(text, a, b):
        word = re.sub(r"[\s-]+", " ", m["r"].lower())
        cls = R.RATINGS.get(word) or R.RATINGS.get(m["r"].lower())
        if cls is None:
            continue
        before = text[max(a, m.start() - 80) : m.start()]
        tf = _TO_FROM_BEFORE.search(before)
        ok = False
        # (a sloppy closing quote too: "with a ‘Buy‘ from ‘Hold‘ rating")
        quoted = (
            m.start() > 0
            and text[m.start() - 1] in "\"'“‘"
            and m.end() < len(text)
            # (a letter grade inside the quotes: "a “hold (c+)” rating")
            and (text[m.end()] in "\"'”’‘“" or _GRADE_AFTER.match(text, m.end()) is not None)
        )
        if (
            quoted
            or _RATING_NOUN_AFTER.match(text, m.end())
            or _RATE_BEFORE.search(before)
            or _VERB_RATING_BEFORE.search(before)
            or _FROM_RATING_AFTER.match(text, m.end())  # "with a Buy from Hold rating"
            or (tf and _CHANGE_RATING.search(before))
        ):
            ok = True
        elif text[a : m.start()].strip() and _LIST_SEP_BEFORE.search(before) and _LIST_SEP_AFTER.match(text, m.end()):
            ok = bool(re.search(r"[-–|:]\s*$", before))
        elif word in _DISTINCT and not _FUTURE_TO.search(before):
            ok = True
        if (
            word == "perform"
            and not quoted
            and not (
                m["r"][0].isupper()
                and ((tf and _CHANGE_RATING.search(before)) or _FROM_RATING_AFTER.match(text, m.end()))
            )
        ):
            ok = False  # (but "downgraded Nike to Perform from Outperform": Oppenheimer's hold, capitalised)
        if ok and _RATING_AS_ADJECTIVE_AFTER.match(text, m.end()) and not _RATING_NOUN_AFTER.match(text, m.end()):
            ok = False  # "the recent 'positive' results": an adjective, no rating
        if ok and not quoted and _RATING_AS_VERB_AFTER.match(text, m.end()):
            ok = False  # "an effort to reduce costs", "to hold the line": a verb with its object, no rating
        if ok and not quoted and word.endswith("performer") and _PERFORMER_BEFORE.search(before):
            ok = False  # "Japan's Nikkei was the big underperformer last week": a market's week, no rating
        if ok:
            # a rating given up: "decided to do away with its 'underperform' recommendation", "closes out its 'sell'"
            gone = _GONE_BEFORE.search(before)
            hits.append((m["r"], cls, "gone" if gone else tf["w"].lower() if tf else None))
    tp = _TOP_PICK.search(seg)
    if tp:
        hits.append((tp.group(), "buy", None))
    gone = [h for h in hits if h[2] == "gone"]
    hits = [h for h in hits if h[2] != "gone"]
    if not hits:
        return None, None, gone[0][0] if gone else None
    if gone:
        hits = [(*gone[0][:2], "from"), *hits]
    to = [h for h in hits if h[2] == "to"]
    frm = [h for h in hits if h[2] == "from"]
    if to and frm:
        return to[-1][0], RatingClass(to[-1][1]), frm[0][0]
    main = next((h for h in hits if h[2] != "from"), hits[0])
    return main[0], RatingClass(main[1]), (frm[0][0] if frm and frm[0] is not main else None)


def _bare_target(text: str, a: int, b: int, currency: str) -> tuple[Money | None, Money | None]:
    """A target with no currency sign, in the market's currency: "target price of 132, down from 153"."""
    m = _BARE_TARGET.search(text, a, b)
    if not m:
        return None, None
    new_g, old_g = ("new", "old") if m["new"] else ("n", "prev")

    def money(g: str) -> Money | None:
        value = parse_number(m[g]) if m[g] else None
        if not value or value <= 0 or re.fullmatch(r"(?:19|20)\d\d", m[g]):
            return None
        return Money(m.start(g), m.end(g), value, currency, 1.0, m[g])

    new = money(new_g)
    return (new, money(old_g)) if new else (None, None)


_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:about\s+|around\s+|approx\.?\s+|~)?")


#: Between a share price and the target word, the news that moved it: "rose to 14.49 pounds after Barclays raised its".
_PRICE_THEN_NEWS = re.compile(r"\b(?:after|as|when|while|following)\b", re.I)


def _arrow_money(text: str, a: int, m: re.Match[str], group: str, currency: str) -> Money | None:
    found = parse_money(f"{m['cur'] or ''} {m[group]}".strip())
    value = found[0].value if found else parse_number(m[group])
    cur = found[0].currency if found and m["cur"] else currency
    if not value:
        return None
    return Money(a + m.start(group), a + m.end(group), value, cur, 1.0, m[group])


def _target(
    text: str, a: int, b: int, currency: str = "USD", plain: Callable[[], str] | None = None
) -> tuple[Money | None, Money | None]:
    """The new target and the previous one a segment states; ``plain``: gives the text with the company's names
    masked (asked for only when a word before an amount would veto it)."""
    seg = text[a:b]
    bm = _ARROW_MOVE.search(seg)
    if bm and _TARGET_WORD.search(text):  # "NH Investment & Securities (KRW 100,000→110,000), ... raised their targets"
        new, old = (_arrow_money(text, a, bm, g, currency) for g in ("new", "old"))
        if new is not None:
            return new, old
    if (
        not _TARGET_WORD.search(seg)
        and not (_TARGET_WORD.search(text, 0, a) and _TARGET_MOVE.search(seg))
        and not _ELIDED_TARGET.search(seg)
        and not _PAREN_TO_FROM.search(seg)
    ):
        return None, None  # "X raised its target to $88 while Y trimmed its to $70" is elliptic for Y
    pm = _PAREN_PREVIOUS.search(seg)
    if pm:  # "price target to 910 (870) pence": new, (previous), unit
        cur = TR.UNIT_CURRENCY[pm["unit"].lower()]
        new = Money(a + pm.start("new"), a + pm.end("new"), float(pm["new"].replace(",", "")), cur, 1.0, pm["new"])
        old = Money(a + pm.start("old"), a + pm.end("old"), float(pm["old"].replace(",", "")), cur, 1.0, pm["old"])
        if new.value > 0 and old.value > 0:
            return new, old
    found = parse_money(seg)
    # "from €65.00 ($71.43) to €57.00 ($62.64)": an amount in brackets right after another is its conversion
    found = [m for k, m in enumerate(found) if not (k and _CONVERSION_GAP.fullmatch(seg, found[k - 1].end, m.start))]
    masked: list[str] = []

    def vetoed(m: Money) -> bool:
        if not _NOT_TARGET_BEFORE.search(seg[max(0, m.start - 60) : m.start]):
            return False
        if plain is None:
            return True
        if not masked:
            masked.append(plain()[a:b])
        # ("shares of Close Brothers from GBX 1,100": a word of the company's name is no veto)
        return bool(_NOT_TARGET_BEFORE.search(masked[0][max(0, m.start - 60) : m.start]))

    moneys = [
        m
        for m in found
        if per_share(m)
        and m.value > 0
        and not vetoed(m)
        and not _DELTA_BEFORE.search(seg[max(0, m.start - 20) : m.start])
        and not (
            (mv := _DELTA_AFTER.match(seg, m.end))
            and (mv.group().split()[0] != "to" or _DELTA_MOVE_BEFORE.search(seg[max(0, m.start - 20) : m.start]))
        )
    ]
    if not moneys:
        return _bare_target(text, a, b, currency)
    shifted = [Money(m.start + a, m.end + a, m.value, m.currency, m.multiplier, m.text) for m in moneys]
    prev = [
        m
        for m in shifted
        if _PREV_BEFORE.search(text[max(a, m.start - 25) : m.start])
        or _PREVIOUS_TARGET_BEFORE.search(text[max(a, m.start - 60) : m.start])
    ]
    rest = [m for m in shifted if m not in prev]
    if not rest:
        return None, None
    tw = _TARGET_WORD.search(seg)
    before = [m for m in rest if m.end <= a + tw.start()] if tw else []
    if (
        before
        and _PRICE_THEN_NEWS.search(text, before[-1].end, a + tw.start())
        and (after := [m for m in rest if m.start >= a + tw.end()])
    ):
        # "rose 1.3 percent to 14.49 pounds after Barclays raised its target price for the stock to 15 pounds": the
        # share price before the target word is no target
        rest = after
    elif len(before) > 1 and (
        news := [n for n in _PRICE_THEN_NEWS.finditer(text, before[0].end, before[-1].start) if n.start() >= a]
    ):
        # "up 3.3 percent to $733.49, after analyst Mark Dale gave the automaker's stock a $864 price target": the
        # share price before the news is no target either
        rest = [m for m in rest if m.start >= news[-1].end()]
    target = rest[0]
    if prev:  # "helped float it at 195p last year - cut its price target from 115p to 90p": the figure after "to"
        target = next((m for m in rest if re.fullmatch(r"\s*to\s*", text[prev[0].end : m.start])), target)
    if re.match(r"\s*(?:to|->|→)\s*", text[target.end : target.end + 5]) and len(rest) > 1:
        target, prev = rest[1], [rest[0]]  # "from $48 to $52" written without "from"
    return target, (prev[0] if prev else None)


def _action(seg: str, has_target: bool) -> RatingAction | None:
    found: dict[RatingAction, int] = {}
    for rx, act in _ACTIONS:
        m = rx.search(seg)
        if m:
            found[act] = m.start()
    for act in (RatingAction.RAISED, RatingAction.LOWERED):
        if act in found and has_target:
            v = _ACTIONS[[a for _, a in _ACTIONS].index(act)][0].pattern
            near = icompile(_TARGET_VERB_NEAR.pattern.format(v=v), _I)
            elliptic = not _TARGET_WORD.search(seg)  # "... while Y trimmed its to $70"
            if elliptic or near.search(seg) or re.search(r"\bhad its (?:price )?target\b", seg, _I):
                return act
    for act in (RatingAction.INITIATED, RatingAction.REITERATED, RatingAction.MAINTAINED):
        if act in found:
            return act
    for act in (RatingAction.UPGRADED, RatingAction.DOWNGRADED):
        if act in found:
            return act
    return None


# --------------------------------------------------------------------------- merge and output


def _firm_key(name: str) -> str:
    s = re.sub(r"[^a-z0-9 ]+", " ", name.lower().replace("&", " and "))
    toks = [t for t in s.split() if t not in _NOISE]
    key = " ".join(toks) or s.strip()
    return _FIRM_ALIASES.get(key, key)


#: One broker under its other names, for telling records of the same firm apart ("Bank of America Corp. analyst
#: Ashley Wallace downgraded ..." then "Bofa cut its target price").
_FIRM_ALIASES = {
    "bofa": "bank of america", "bofa merrill lynch": "bank of america", "merrill lynch": "bank of america",
    "bank of america merrill lynch": "bank of america", "baml": "bank of america",
    "citi": "citigroup", "citibank": "citigroup",
    "jp morgan": "jpmorgan", "j p morgan": "jpmorgan", "jpm": "jpmorgan", "jpmorgan chase": "jpmorgan",
}  # fmt: skip


def _same_firm(a: str, b: str) -> bool:
    ka, kb = _firm_key(a), _firm_key(b)
    ta, tb = set(ka.split()), set(kb.split())
    return ka == kb or (bool(ta) and bool(tb) and (ta <= tb or tb <= ta))


def _better_rating(cur: _Rec, new: _Rec) -> bool:
    if new.rating is None:
        return False
    if cur.rating is None:
        return True
    return cur.rating.lower() in _VAGUE and new.rating.lower() not in _VAGUE


def _absorb(into: _Rec, r: _Rec) -> None:
    if _better_rating(into, r):
        into.rating, into.rating_class = r.rating, r.rating_class
        into.previous_rating = into.previous_rating or r.previous_rating
    into.previous = into.previous or r.previous
    into.action = into.action or r.action
    into.analyst = into.analyst or r.analyst
    into.date = into.date or r.date
    if len(r.firm) > len(into.firm):
        into.firm = r.firm


def _earlier_step(a: _Rec, b: _Rec) -> bool:
    """``a`` moved the target to the value ``b`` later moved it from."""
    return (
        a is not b
        and a.firm.lower() == b.firm.lower()  # ("National Bankshares" and "National Bank Financial": two notes)
        and b.previous is not None
        and a.target is not None
        and abs(a.target.value - b.previous.value) < 1e-9
        and abs(b.target.value - a.target.value) > 1e-9
    )


_OPENING_IN = re.compile(r"^\W*(?:In|Back\s+in|Earlier\s+in)\s+")


def _period_of(r: _Rec) -> FuzzyDate | None:
    """The month or year a move is dated by: the sentence's opening ("In April 2024, the bank raised"), else its own."""
    text = r.sentence.text
    m = _OPENING_IN.match(text)
    found = find_dates(text[m.end() : m.end() + 24], None) if m else []
    if found and found[0].start == 0 and found[0].date is not None and text[m.end() + found[0].end :].startswith(","):
        opening = found[0].date
        return opening if opening.precision in (DatePrecision.MONTH, DatePrecision.YEAR) else None
    own = r.date
    return own if own is not None and own.precision in (DatePrecision.MONTH, DatePrecision.YEAR) else None


def _history(a: _Rec, b: _Rec) -> bool:
    """``a`` is a move the text dates by a past month or year, before ``b`` (undated: the story's own)."""
    past = _period_of(a) if a is not b and a.firm.lower() == b.firm.lower() else None
    return past is not None and _period_of(b) is None and (b.date is None or b.date.start > past.end)


def _two_moves(a: _Rec, b: _Rec) -> bool:
    """Two moves to one target from different previous targets ("630p to 670p", "610p to 670p"): two stocks."""
    return a.previous is not None and b.previous is not None and abs(a.previous.value - b.previous.value) > 1e-9


def _other_stock(kept: _Rec, r: _Rec) -> bool:
    """A rating move of the firm's that contradicts the rating it keeps elsewhere in the article is about another
    stock ("downgraded CN to market perform ... also raised his target on CP, while maintaining outperform")."""
    return (
        kept.rating_class is not None
        and r.rating_class is not None
        and r.rating_class != kept.rating_class
        and r.previous_rating is not None
        and r.sentence.start != kept.sentence.start
    )


def _about(table_row: _Rec, r: _Rec) -> bool:
    """``r``'s sentence names the stock of ``table_row`` ("Citi rates JDO as Upgrade to Buy" for "JDO - | Judo")."""
    return r is not table_row and any(
        re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", r.sentence.text) for n in table_row.stock if len(n) > 1
    )


def _merge(recs: list[_Rec]) -> list[_Rec]:
    """One record per firm and target in an article; facts without a target join the firm's record."""
    rows = [r for r in recs if r.stock]
    if rows:  # a prose line about a table row's stock without a target of its own is that row
        drop = set()
        for r in recs:
            if r.target is None and not r.stock:
                t = next((t for t in rows if _same_firm(t.firm, r.firm) and _about(t, r)), None)
                if t is not None:
                    _absorb(t, r)
                    drop.add(id(r))
        recs = [r for r in recs if id(r) not in drop]
    groups: list[list[_Rec]] = []
    for r in recs:
        for g in groups:
            if _same_firm(g[0].firm, r.firm) and g[0].item == r.item:  # (digest items: one row per firm and stock)
                g.append(r)
                break
        else:
            groups.append([r])
    out: list[_Rec] = []
    for g in groups:
        if not any(r.target for r in g) and any(r.split and r.rating for r in g):
            # "Barclays downgraded three banks ... Aiken downgraded BMO and RBC to underweight": a row per stock, and
            # the bare move before them only sums them up
            g = [r for r in g if r.rating]
        if any(not r.past for r in g):  # a view the firm held before gives way to its current one
            g = [r for r in g if not r.past]
        with_t = [r for r in g if r.target is not None]
        # "cut its target to $105 from $125" in June, then "upped its target to $107 from $105": one firm's earlier
        # step is the later move's previous target, so the firm's row is the latest
        # (and "In April 2024, the bank raised the target to 1,050 euros ... On Wednesday, UBS lowered the price target
        # to 900 euros": a move dated by a past month is history)
        with_t = [r for r in with_t if not any(_earlier_step(r, o) or _history(r, o) for o in with_t)]
        kept: list[_Rec] = []
        for r in with_t:
            same = next(
                (
                    k
                    for k in kept
                    if abs(k.target.value - r.target.value) < 1e-9
                    and not _two_moves(k, r)
                    and not (k.split and r.split)
                ),
                None,
            )
            if same:
                _absorb(same, r)
            else:
                kept.append(r)
        if not kept:
            kept = [g[0]]
            rest = g[1:]
        else:
            rest = [r for r in g if r.target is None]
        for r in rest:
            if r.split:
                about = next((k for k in kept if _about(r, k)), None)
                if about is not None:  # "ALS Ltd | Upgrade to Accumulate" and "raises its target for ALS Ltd to ..."
                    _absorb(about, r)
                else:
                    out.append(r)  # one of several stocks rated in one sentence ("and equalweight on JSW Steel")
                continue
            same = next((k for k in kept if r.rating_class and k.rating_class == r.rating_class), None)
            if same is None and _other_stock(kept[0], r):
                out.append(r)
            else:
                _absorb(same or kept[0], r)
        out.extend(kept)
    out.sort(key=lambda r: (r.sentence.start, r.span[0]))
    return out


def _to_record(doc: Doc, r: _Rec) -> AnalystRating:
    s, e = r.span
    date, basis = r.date, DateBasis.STATED if r.date else None
    if date is None and doc.published is not None:
        date, basis = FuzzyDate(start=doc.published), DateBasis.PUBLISHED
    company, ticker = doc.company_named(r.item) if r.item else (doc.company, doc.ticker)
    return AnalystRating(
        provenance=provenance(doc.id, r.sentence, s, e, EXTRACTOR),
        company=company,
        ticker=ticker,
        firm=r.firm,
        analyst=r.analyst,
        rating=r.rating,
        rating_class=r.rating_class,
        target=r.target.value if r.target else None,
        currency=r.target.currency if r.target else None,
        previous_target=r.previous.value if r.previous else None,
        previous_rating=r.previous_rating,
        action=r.action,
        date=date,
        date_basis=basis,
    )
