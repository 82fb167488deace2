"""Named rule data for the corporate events extractor (:mod:`data_layer.extract.events`).

Everything here is vocabulary of financial news, not of any one article: trigger phrases per event
type, the words that veto a trigger, status cues and the nouns that make a clause a facility, a
title or a metric. Patterns are compiled once at import.
"""

from __future__ import annotations

import re

from .._dates_rules import CALENDAR_WORDS
from ._caseless import icompile

_I = re.IGNORECASE


def _rx(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return icompile(pattern, flags)  # case-insensitive patterns run lower-case on lower-cased text


# --------------------------------------------------------------------------- shared vocabulary

#: Words a clause may not cross when a trigger looks for its object ("no sentence punctuation").
CLAUSE = r"(?:[^.;:!?()\[\]]|(?<=\d)\.(?=\d))"  # a decimal point ("£1.45bn") is no sentence end

#: Facilities a company can close.
FACILITY = (
    r"(?:stores?|shops?|plants?|factor(?:y|ies)|offices?|sites?|facilit(?:y|ies)|locations?|branch(?:es)?|"
    r"outlets?|depots?|warehouses?|mills?|mines?|restaurants?|cent(?:er|re)s?|hubs?|labs?|laboratories|"
    r"studios?|refiner(?:y|ies)|hospitals?|clinics?|campus(?:es)?|headquarters|hotels?|casinos?|"
    r"theat(?:er|re)s?|dealerships?|pharmacies|smelters?|yards?|terminals?|branches|units?|divisions?|"
    r"operations|business(?:es)?|doors|subsidiar(?:y|ies)|(?:production|paper|pulp|steel|refining|smelting|manufacturing)\s+"
    r"capacity|production\s+lines?|paper\s+machines?|furnaces?)"  # "forced to close its doors": the business itself
)

#: Executive titles.
TITLE = (
    r"(?:chief\s+executive(?:\s+officer)?|CEO|chief\s+financial\s+officer|CFO|chief\s+operating\s+officer|COO|"
    r"chief\s+technology\s+officer|CTO|chief\s+[a-z]+\s+officer|chair(?:man|woman|person)?|president|"
    r"managing\s+director|finance\s+director|general\s+counsel|executive\s+chair|head\s+of\s+[A-Za-z]+|boss|"
    r"(?:non-)?executive\s+director|whole-?time\s+director|(?:senior\s+|executive\s+)?vice\s+president|"
    r"co-?founder)"
)

#: Reported metrics a financial result states.
METRIC = (
    r"(?:(?:(?:adjusted|underlying|core)\s+)?(?:profit|loss|earnings)\s+before\s+(?:interest\s+and\s+)?tax(?:es|ation)?|annual\s+recurring\s+revenue|recurring\s+revenue|revenues?|net\s+sales|sales|turnover|"
    r"net\s+(?:income|profit|loss(?:es)?|earnings)|(?:pre-?tax|pretax|operating|gross|adjusted|underlying|core|"
    r"attributable)\s+(?:profit|income|earnings|loss)|profits?|earnings(?:\s+per\s+share)?|H?EPS|EBITDA|EBIT|"
    r"net\s+interest\s+income|bookings|free\s+cash\s+flow|operating\s+cash\s+flow|ARR|"
    r"(?:annual|quarterly|half-year|full-year|first-half|interim|yearly)\s+loss(?:es)?|"  # "reported an annual loss of"
    # "its first-quarter loss widened to", "its April-June loss swelled to"
    r"(?:(?:first|second|third|fourth)[-\s](?:quarter|half)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s+loss(?:es)?|"
    # a translated "resultado atribuido": "an attributed result of 1,340 million euros"
    r"(?:attributed|attributable|consolidated|net)\s+result|"
    # a Nordic "liikevoitto"/"rörelseresultat": "adjusted operating result was 8.0 million euros"
    r"(?:(?:adjusted|comparable)\s+)?operating\s+results?)"
)
REVENUE_METRIC = _rx(r"^(?:annual\s+recurring\s+revenue|recurring\s+revenue|revenues?|net\s+sales|sales|turnover|ARR)$")

#: Metrics a guidance sentence is about.
GUIDE_METRIC = (
    # ("headline earnings per share could fall by as much as 37%": a South African trading statement)
    r"(?:revenues?|sales|comparable\s+sales|same-store\s+sales|like-for-like\s+sales|EBITDA|EBIT|"
    r"(?:headline\s+)?earnings\s+per\s+share|HEPS|earnings|EPS|funds\s+from\s+operations|FFO|royalties|"
    r"profits?|(?:operating|gross|EBITDA|adjusted)\s+margins?|margins?|growth|free\s+cash\s+flow|"
    r"operating\s+income|net\s+income|capital\s+expenditure|capex|bookings|deliveries|shipments|volumes?|"
    r"(?:net|operating|adjusted|pretax|pre-tax|underlying)\s+loss(?:es)?|loss\s+per\s+share|"
    # "expects losses of 80 billion yen"
    r"(?:a\s+)?loss(?:es)?(?=\s+of\s+(?:about\s+|around\s+|some\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|Rs|\d|(?-i:[A-Z]{3})\s?\d)))"
)

#: Words that make an amount a valuation or a size, not the amount of the event.
VALUATION_BEFORE = _rx(
    r"(?:valu(?:e|ed|es|ing)\s+(?:\w+\s+){0,4}?at|valuation\s+(?:of|at)|market\s+(?:value|capitali[sz]ation|cap)"
    r"(?:\s+\w+){0,4}|implies\s+a\s+value|enterprise\s+value)\W*"
    r"(?:about|around|roughly|approximately|nearly|some|almost|more\s+than|over|up\s+to)?\s*$"
)

#: The valuation a funding round or stake implies: "valuing X at $Y", "at a valuation of $Y", "could value X at $Y".
VALUATION_CUE = _rx(
    r"(?:\bvalu(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,5}?at|\bvaluation\s+(?:of|at)|\bvalued\s+at)\W*"
    r"(?:about|around|roughly|approximately|nearly|some|almost|more\s+than|over|up\s+to|as\s+much\s+as)?\s*$"
)
#: "... a $300 billion valuation", "$61.5 billion post-money valuation".
VALUATION_AFTER = _rx(r"^\s*(?:(?:pre|post)-?money\s+)?valuation\b")
#: "market value", "market capitalisation": a share-price size, never a deal's valuation.
MARKET_VALUE = _rx(r"\bmarket\s+(?:value|capitali[sz]ation|cap)\b" + CLAUSE + r"{0,40}$")
#: A share price is never an event amount: "at an average price of $172.48", "a price target of $300".
PRICE_BEFORE = _rx(
    # (not a deal's total: "for an aggregate price of about $68 million", "a total purchase price of")
    r"\b(?:price(?<!aggregate\sprice)(?<!total\sprice)(?<!purchase\sprice)(?<!transaction\sprice)"
    r"(?<!consideration\sprice)|prices|priced|target|objective)\s+(?:\w+\s+){0,2}?(?:of|at|to|from)\s*"
    r"(?:about|around)?\s*$"
)

#: "may" the modal verb, not the month: "in May", "ended May 31", "May 5 (Reuters)", "since May," are dates.
MODAL_MAY = (
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bended\s)(?<!\bending\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bthrough\s)"
    r"(?<!\bearly\s)(?<!\blate\s)(?<!\bmid-)(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\bby\s)"
    r"may(?!\s*(?:\d|,|\.|;|\)|$))"
)

#: An expectation, estimate or plan: a stated number after it is not a reported result.
EXPECTATION = _rx(
    # (not "a worse-than-expected profit", "better than forecast results": a result measured against them)
    r"(?<!than-)(?<!than\s)\b(?:expect\w*|forecast\w*|estimat\w*|consensus|project(?:s|ed|ing|ions?)|guid\w*|outlook|anticipat\w*|"
    r"predict\w*|target(?:s|ing)?|aim\w*|plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|goal|would|will|could|should|might|sees|"
    # a goal: "We are still fighting to achieve a turnover of 8 billion francs"
    r"(?:to\s+)?achiev(?:e|ing)|fighting\s+to|"
    r"model(?:s|ed|led|ing|ling)|"
    r"looking\s+for|"
    r"on\s+(?:course|track|pace)|poised|likely|set\s+to|"
    r"see|peak|" + MODAL_MAY + r")\b"
)

#: A company pre-announcing a closed period: its "expects to report" states a result, not a forecast.
PRELIMINARY = _rx(r"\b(?:expects?|expected)\s+to\s+(?:report|post|record|book)\b")
PRELIMINARY_FUTURE = _rx(r"\b(?:next|coming|current|full[- ]year|fiscal\s+year|this\s+year|for\s+the\s+year)\b")

#: Analysts speaking: their expectations and target changes are not company guidance.
ANALYST_SUBJECT = _rx(
    r"\b(?:analysts?|consensus|Wall\s+Street|economists?|experts?|brokers?|brokerage|price\s+target|"
    r"target\s+price|price\s+objective|estimates?)\b"
)

# --------------------------------------------------------------------------- adverts

#: Sentences right after an advert that still belong to it.
ADVERT_TAIL = _rx(r"\?|\bstocks?\b|\banalysts?\b|\bfree\b|\bclick|\bsubscribe|\bnewsletter|\breport\b|\bbuy\b")

#: Sentences that are advertising, not news.
ADVERT = _rx(
    r"should investors (?:sell|buy)|free (?:report|analysis)|sign up|subscribe (?:now|today)|"
    r"click here|special report|this stock could"
)

# --------------------------------------------------------------------------- triggers per type

ACQ_VERB = _rx(
    r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|take[sn]?\s+over|took\s+over|"
    r"taking\s+over|merge[sd]?\s+with|merging\s+with|snap(?:s|ped)?\s+up|"
    # "paying €14.5 billion to take control of Fortis"
    r"(?:take[sn]?|taking|took|gain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|win(?:s|ning)?|won)\s+(?:full\s+)?control\s+of)\b"
)
#: "to acquire all the outstanding shares of Belo": buying the whole company, not a stake.
ACQ_ALL_SHARES = _rx(
    r"^\s+(?:all|100%|the\s+remaining|all\s+remaining|remaining|the\s+entire|the\s+whole)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:outstanding|remaining|issued|and|common|ordinary|class\s+[AB]|public)\s+)*"
    # ("to Acquire Remaining Public Stake in Hearst-Argyle": a headline's buyout of the minority)
    r"(?:shares|stock|share\s+capital|equity|stake|interest)\s+(?:of|in)\s+"
)
#: "agreed to merge its Hulu + Live TV service with Fubo", "will combine X with Y": a combination with a named party.
ACQ_COMBINE = _rx(
    r"\b(?:merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing))\s+(?!with\b)" + CLAUSE + r"{1,60}?\bwith\s+"
    r"(?!(?:its|their|his|her|the|a|an|higher|lower|strong|weak|rising|falling|other)\b)(?=[\w\s-]{0,40}?[A-Z])"
)
ACQ_NOUN = _rx(r"\b(?:acquisition|takeover|buyout|purchase|merger|tender\s+offer|sale(?=\s+to\s+[A-Z]))\b")
ACQ_NOUN_OK = _rx(
    r"(?:\b(?:acquisition|takeover|buyout|purchase|merger)\s+(?:of|for|bid\s+for|offer\s+for)\b)|"
    r"(?:\b(?:acquisition|takeover|buyout)\s+(?:offer|bid|approach|proposal)\s+from\b)|"
    # "its merger with Teck Resources", "the company's $5.2 billion sale to News Corp."
    r"(?:\b(?:its|their|a|the|proposed|planned|pending|agreed)\s+(?:[\w-]+\s+){0,2}?merger\s+with\b)|"
    # "surges on acquisition deal with Prax", "after the acquisition by Location One Limited"
    r"(?:\b(?:acquisition|takeover|merger|buyout)\s+(?:deal|agreement|pact)\s+with\b)|"
    r"(?:\b(?:acquisition|takeover|buyout)\s+by\s+(?-i:[A-Z]))|"
    r"(?:(?:\b(?:its|their|the)\s+|['’]s\s+)(?:[\w$€£.,-]+\s+){0,3}?sale\s+to\b)|"
    r"(?:\b(?:sign\w*|definitive)\s+(?:\w+\s+){0,2}?(?:acquisition|merger|takeover)\s+agreement\b)|"
    r"(?:\b(?:accept\w*|receiv\w*|recommend\w*|back\w*|reject\w*|rebuff\w*)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:takeover|buyout|acquisition)\s+(?:offer|bid|proposal|approach)\b)|"
    r"(?:\b(?:announc\w*|complet\w*|agree\w*|clos(?:e|ed|es|ing)|propos\w*|finali[sz]\w*|approv\w*|"
    r"pursu\w*|launch\w*|plans?|planning)\s+(?:\w+\s+){0,3}?(?:acquisition|takeover|buyout|merger|tender\s+offer)\b)"
)
ACQ_OBJECT_VETO = _rx(
    r"^\W*(?:as\s|from\s+(?:[A-Z][\w.'’-]*\s+){1,3}as\s|the\s+(?:role|reins|helm|top\s+job|job|post|position)\b|"
    # a successor's start: "will take over effective Sept. 21", "takes over on Monday"
    r"(?:effective|immediately|on\s+(?:[A-Z][a-z]+day|\d|(?-i:[A-Z][a-z]{2,8}\.?\s+\d))|from\s+(?:\d|(?-i:[A-Z][a-z]{2,8}\.?\s+\d)))|"
    r"back|more\b|less\b|(?:[\w,.$%'’-]+\s+){0,3}?(?:rating|recommendation|shares?|stock|stakes?|(?-i:holdings?)|position|dip|"
    r"panels?|modules?|products?|goods|supplies|equipment|time|votes?|customers?|users?|talent|land|call|options?|"
    r"calls|puts|it|them|into|now|the\s+news))\b"
)
#: New shares a company buys into another for a sum: "to buy 12.1 million new Kadokawa shares for about 50 billion yen".
SHARES_BOUGHT = _rx(
    r"(?:buy|buys|bought|purchase|purchases|purchased|subscribe\s+(?:to|for)|subscribed\s+(?:to|for))\s+"
    r"(?:[\d,.]+\s+(?:million\s+|billion\s+|mn\s+)?)(?:new\s+)?(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}?(?:shares|stock)\s+"
    r"(?:for|worth)\s+"
)
#: "investors should buy Nvidia", "why I'd buy X": advice, not a deal.
#: "Monsanto, the agribusiness taken over by Bayer, has to pay ...": an earlier deal in an appositive, background.
ACQ_APPOSITIVE = _rx(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$")
ACQ_PARTICIPLE = _rx(r"^(?:taken\s+over|acquired|bought|purchased)\s+by\b[^,;]{1,60},")
ACQ_SUBJECT_VETO = _rx(
    # ("stocks to buy", not a price paid "in stock": "offered $30 billion in stock to acquire Baxalta")
    r"\b(?:investors?|insiders?|you|I|I['’]d|I['’]ll|we|we['’]d|traders?|should|reasons?\s+to|time\s+to|(?<!in\s)stocks?\s+to|"
    r"whether\s+to|rated|rates|analysts?|worth|consider|keep|recommends?|recommended|recommending|advises?|suggests?|"
    # shoppers, not a company: "will convince Android users to buy BlackBerrys instead"
    r"users|consumers|customers|shoppers|buyers|fans)\s+(?:\w+\s+){0,2}$"
    # a deal denied: "there is no intention of making an offer to buy Vodafone"
    r"|\b(?:no\s+(?:intention|plans?)|not\s+(?:intend|plan)\w*|ruled\s+out)\b[^.;]{0,30}$"
)
ACQ_VETO = _rx(
    r"\b(?:buy-?backs?|buy\s+back|bought\s+back|bought\s+deal|repurchas\w*|buy\s+rating|rated\s+(?:a\s+)?buy|"
    r"purchase\s+price|purchase\s+orders?|purchase\s+accounting|purchasing\s+managers|buy\s+price|share\s+purchase|purchase\s+agreement\s+for\s+shares|"
    r"rat(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?[\"'“‘]?buy|(?:moderate|strong|conviction)\s+buy|insider\s+buying|"
    # a rating kept or moved: "Ping An kept at Buy by Goldman Sachs", "upgraded to buy"
    r"(?:kept|keeps|maintained|reiterated|upgraded|downgraded|moved|initiated|started|raised|cut|lowered)\s+"
    r"(?:\w+\s+){0,2}?(?:at|to|with|as)\s+(?:an?\s+)?[\"'“‘]?buy|"
    r"buying\s+and\s+selling|(?:purchase|acquisition|buying)\s+of\s+(?:[\w,.$-]+\s+){0,4}?(?:shares|stock|ADRs?)|"
    # ("planned to buy 12.1 million new Kadokawa shares": new shares subscribed, a stake)
    r"(?:bought|purchased|buys|buy|acquired|acquire|purchase)\s+(?:an?\s+)?(?:additional\s+)?[\d,.]+\s+(?:\w+\s+){0,3}?"
    r"shares)\b|"
    r"[\"'“‘]buy[\"'”’]|\bbuy\s*[-–|]|[-–|]\s*buy\b"
    # a share issue, not a bid: "an exempt public offer of shares to retail investors", "placing and open offer"
    r"|\b(?:public|retail|open|exempt|share|rights)\s+offer\b|\boffer\s+of\s+(?:new\s+|ordinary\s+)?shares\b"
    # market jargon: "investors chased value buying across the board", "bargain hunting and short covering"
    r"|\b(?:value|bargain|panic|fresh|foreign|institutional|selective|heavy|index|retail|insider|dip)\s+buying\b"
    r"|\bbuying\s+(?:across\s+the\s+board|interest|pressure|support)\b"
    r"|\bpurchasing\s+(?:costs?|power|prices?)\b"
    # a holding's worth: "the original kr2.02m acquisition is now worth kr3.85m"
    r"|\b(?:acquisition|purchase)\s+(?:is|was)\s+(?:now\s+)?worth\b"
    # investors' net buying
    r"|\bnet\s+(?:buy|buying|purchases?)\b"
)
#: Before a deal word, how the company came to be ("Stratasys was formed in 2012 from a merger of Objet and
#: Stratasys") or a rating it moved from ("RMS - Ramelius Resources Downgrade to Accumulate from Buy").
ACQ_HISTORY_BEFORE = _rx(
    r"\b(?:formed|founded|created|born|established)\s+(?:in\s+\d{4}\s+)?(?:from|through|by|out\s+of|via)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:upgrade|downgrade)[sd]?\s+to\s+[\w-]+\s+from\s+$"
)

#: Spin-offs and demergers (type ``other``).
#: A bid to take a listed company private: "proposed to go private for a HK$1.91 billion price tag", "is offering up to
#: HK$3.5 billion to privatise the unit", "the privatisation offer comes from Solar Bright".
ACQ_PRIVATE = _rx(
    r"\b(?:(?:propos\w*|plan\w*|offer\w*|bid\w*|seek\w*|agree\w*|mov\w*|look\w*)\s+"
    # (the price between: "is offering up to HK$3.5 billion (US$443 million) to privatise the unit")
    r"(?:(?:up\s+to\s+|about\s+|around\s+|some\s+)?\S*\d\S*(?:\s+(?:billion|million|bn|m))?(?:\s+\([^)]{1,30}\))?\s+)?"
    r"to\s+(?:take\s+(?:[\w&'’-]+\s+)"
    r"{0,4}?private|go\s+private|privati[sz]e)|privati[sz]ation\s+(?:offer|proposal|bid|deal|plan)|"
    r"take-private\s+(?:offer|deal|bid|proposal))\b"
)
SPINOFF = _rx(
    r"\b(?:spin(?:s|ning)?[- ]off|spun[- ]off|spin-?offs?|spinoffs?|demerg(?:e|es|ed|er|ing)|"
    r"(?:separate|separating|split|splitting)\s+(?:\w+\s+){0,6}?into\s+(?:an?\s+|two\s+|three\s+)?"
    r"(?:separate|independent|standalone|stand-alone)\s+(?:publicly[- ]traded\s+|listed\s+)?compan(?:y|ies))\b"
)
#: A listing begins or ends (an ``other`` event): "made its stock market debut", "shares began trading on the NSE on
#: Wednesday", "went public", "to cancel its AIM listing", "proposed cancellation of admission to trading", "delisted".
LISTING = _rx(
    r"\b(?:made\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,2}?debut|(?:market|trading|stock[-\s]market|bourse|exchange|"
    r"listing|public|share)\s+debut|debut(?:ed|s)\s+on|(?:began|begins|started|starts|commenced)\s+trading\s+on|"
    r"went\s+public|(?:was|were|got|gets|will\s+be|to\s+be)\s+listed\s+on|"
    r"cancel(?:s|led|ling|ing)?\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:admission|listing)|"
    r"cancellation\s+of\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:admission|listing)|"
    r"(?:quit|quits|quitting|leave|leaves|leaving)\s+(?:the\s+)?AIM\b|delist(?:s|ed)?|"
    r"(?:voluntary|proposed|planned)\s+delisting)\b"
)
#: A listing told as background or as a bidder's step: "since its debut", "after the takeover it will be delisted".
LISTING_VETO = _rx(
    r"\b(?:takeover|acquisition|acquir\w*|offer\s+(?:for|from)|bid\s+(?:for|from)|buyout|merger|tender|"
    r"squeeze-?out)\b|"
    r"\b(?:since|after|before)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:debut|listing|IPO|flotation)\b|"
    # a step that follows a deal: "Once the stock exchange is completed, the unit will be delisted"; exchange rules
    r"\bonce\b[^.;]{0,80}?\bcomplet\w*|\bdelisting\s+(?:rules|regulations|requirements|threshold)\b"
)
#: A listing told in a relative clause or with a past year: "Box, which went public in 2015", "when the company went
#: public", "the price for which the company went public".
LISTING_BACKGROUND_BEFORE = _rx(r"\b(?:which|when|who|that|since)\b[^,;]{0,40}$")
LISTING_BACKGROUND_AFTER = _rx(r"^\s+(?:in|back\s+in)\s+(?:(?:early|mid|late)[-\s])?(?:19|20)\d\d\b")
SPINOFF_VETO = _rx(r"\b(?:spun[- ]off|spin-?off|spinoff|demerger)\s+from\b|\bsince\s+(?:its|the)\s+(?:spin|demerg)")

INVEST_VERB = _rx(r"\binvest(?:s|ed|ing)?\b(?!\.com)")  # (not "Investing.com lists the 52-week range")
INVEST_NOUN = _rx(
    r"\binvestment\b(?!\s*&|\s+(?:banks?|banking|bankers?|firms?|grade|management|managers?|advis\w*|"
    r"vehicles?|trusts?|compan\w*|funds?|research|case|thesis|income|portfolio|strategy|horizon|"
    r"community|returns?|committee|arm|house|group|professionals?|decisions?|climate|products?|review|board|"
    r"director|officer|strategists?|analysts?|chief|head|corp|corporation|inc|co|ltd|plc|"
    r"promotion|authority|commission|agency|council|bureau|corporation|ratings?|recommendations?|disputes|"
    # a result or a yardstick: "posted an investment loss of", "an investment worth $2,062", "investment shift"
    r"loss(?:es)?|gains?|worth|shift|opportunit\w*|appeal|story|stories|platforms?|case))"
    r"(?<!\battractive\sinvestment)(?<!\bgood\sinvestment)(?<!\bsound\sinvestment)"
)
STAKE = _rx(r"\bstake\b|(?:\d\s*%|\d\s+per\s*cent|\bcontrolling|\bmajority)\s+interest\b")
#: A holding raised past half: "increase ownership of Nova Sea from 49 percent to 95 percent".
STAKE_TO_CONTROL = _rx(
    r"\b(?:increas\w*|rais\w*|lift\w*|boost\w*)\s+(?:its\s+|their\s+|the\s+)?(?:ownership|stake|holding|shareholding|"
    r"interest)\s+(?P<of>of|in)\s+[^.;]{1,60}?\s+from\s+(?P<from>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+to\s+"
    r"(?P<to>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
)
#: "decided to write down the full carrying value of its 20 per cent stake": an old stake's loss, not an investment.
STAKE_WRITEDOWN = _rx(r"\b(?:writ(?:e|es|ing|ten)|wrote|impair\w*)[\s-]+(?:down|off)?" + CLAUSE + r"{0,70}$")
STAKE_VETO = _rx(
    r"\b(?:lift\w*|rais\w*|boost\w*|increas\w*|cut|cuts|trim\w*|reduc\w*|sold|sell\w*|lower\w*|upp\w*|grew|"
    r"decreas\w*|added\s+to)\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:stake|holdings?|position)\b|"
    # a stake sold: "in advanced talks to divest its 25 per cent stake in Majid Al Futtaim"
    r"\b(?:divest\w*|dispos\w*|offload\w*|unload\w*|exit\w*)\s+(?:of\s+)?(?:its|their|a|the)\s+(?:[\w.%-]+\s+){0,3}?stake\b|"
    r"\bholds?\s+[\d,]+\s+shares\b|"
    # a holding, not a deal: "Facebook holds a 10 per cent stake in Jio Platforms"
    r"\b(?:holds?|held|owns?|owned)\s+(?:a|an|its|their)\s+(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:[\w-]+\s+)?stake\b|"
    # a valuation of a stake: "we currently value Denison's 90% stake in Wheeler River at $696 million"
    r"\bvalu(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:\d+(?:\.\d+)?\s*%\s+)?stake\b"
)
ORDER = _rx(
    r"\b(?:plac(?:ed|es|e|ing)\s+(?:an?\s+|its\s+|the\s+)?(?:\w+\s+){0,3}?orders?\s+(?:for|with)|"
    r"orders?\s+for\s+" + CLAUSE + r"{0,60}?\bplaced\s+with|newbuilding\s+order)"
)
CAPEX = _rx(r"\b(?:to\s+build|will\s+build|plans\s+to\s+build|is\s+building|construct\w*)\s+(?:a\s+|an\s+)?new\b")
#: Spending on a facility: "will spend $850 million on a new data center campus", "to invest €2bn in its plant".
CAPEX_FACILITY = (
    r"(?:plant|factory|factories|facility|facilities|data\s+cent(?:er|re)s?|campus|site|fab|warehouse|"
    r"distribution\s+cent(?:er|re)|hub|headquarters|mine|refinery|production\s+line|capacity)"
)
CAPEX_SPEND = _rx(
    r"\b(?:spend|spends|spending|invest|invests|investing)\b(?=\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|"
    r"up\s+to\s+|more\s+than\s+|over\s+|an\s+additional\s+|another\s+)?(?:[$€£¥]|US\$|USD|EUR|GBP)[^.;]{0,40}?"
    rf"\b(?:on|in|to\s+build|to\s+expand)\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:new\s+|additional\s+|second\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{CAPEX_FACILITY}\b)"
)

FUNDING = _rx(
    r"\b(?:(?:funding|financing|fundraising|investment|venture|equity|seed|pre-seed|growth|Series\s+[A-H]\d?)"
    r"(?:\s+funding)?\s+rounds?|rounds?\s+of\s+(?:funding|financing)|Series\s+[A-H]\d?\b|"
    # an underwritten raising (Canada): "closed its previously announced bought deal financing"
    r"bought\s+deal\b|"
    # a private share sale: "announced a non-brokered private placement of up to $4.2M"
    r"private\s+(?:placement|placing)\b|"
    # "raised an $18.3 million financing led by Third Rock", "closed a $40 million venture financing"
    r"(?:rais\w*|clos\w*|secur\w*|complet\w*)\s+(?:an?\s+)?(?:[$€£¥]|US\$)[\d.,]+\s*(?:million|billion|[mb]n?|M|B)?\s+"
    r"(?:venture\s+|equity\s+|seed\s+)?(?:financing|funding)\b)"
)
RAISED = _rx(
    r"\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)|pull(?:s|ed)\s+in|clos(?:es|ed)\s+on)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|"
    r"an?\s+additional\s+|another\s+|up\s+to\s+)?(?=[$€£¥₹]|(?-i:[A-Z]{1,2})\$|Rs\.?\s?\d|(?-i:[A-Z]{3})\s?\d)"
)
#: Money a company secured is funding only when the sentence says so: "secured $215m from SoftBank".
SECURED_FUNDING = _rx(
    r"^\s*(?:\([^)]{0,30}\)\s*)?(?:in\s+(?:new\s+|fresh\s+|a\s+)?(?:[\w-]+\s+)?(?:funding|financing|investment|capital|"
    r"round)|from\s+(?:investors|backers|[A-Z])|of\s+(?:new\s+)?(?:funding|financing)|"
    # a share sale: "secure up to C$11.5 million through a placement of new shares"
    r"(?:through|via|in)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:placement|placing|(?:share|equity)\s+(?:sale|issue|offering)))"
)
RAISED_VETO = _rx(
    # (a company's own share sale raises funds: "will raise NOK 1.3 billion in a private deal", "via a placing")
    r"\b(?:contracts?|orders?|(?<!private\s)(?<!bought\s)deals?|revenue|sales|credit|facility|grants?|bonds?|debt|"
    r"notes|IPO|initial\s+public\s+offering|convertible|loan|prices?|targets?|dividend|forecast|guidance|outlook|"
    r"by\s+selling|through\s+(?:the\s+)?sales?\s+of|from\s+(?:the\s+)?sales?\s+of|(?:in|from)\s+asset\s+sales)\b"
)

PARTNER_NOUN = _rx(r"\b(?:partnership|alliance|joint\s+venture|tie-up|collaboration)\b")
PARTNER_VERB = _rx(
    # (not a person's post: "As a partner with the Boston Consulting Group, she ...")
    r"\b(?:(?<!\bas\sa\s)(?<!\bAs\sa\s)(?<!managing\s)(?<!senior\s)(?<!general\s)(?<!founding\s)(?<!former\s)"
    r"partner(?:ed|ing|s)?\s+with|team(?:ed|s|ing)?\s+up\s+with|join(?:ed|s)?\s+forces\s+with|"
    r"licens(?:ing|e)\s+(?:deal|agreement|pact|contract)|licen[cs]ed?\s+\w+\s+to|"
    # "exercised its option to exclusively license GDF15 ... from Washington University"
    r"(?:option|agreed|agreement|right)\s+to\s+(?:exclusively\s+)?licen[cs]e)\b"
)
DEAL_NOUN = _rx(r"\b(?:agreement|(?<!bought )deal|pact|contract|accord|memorandum\s+of\s+understanding|MoU)\b")
DEAL_SIGNAL_BEFORE = _rx(
    r"\b(?:sign\w*|struck|strikes?|striking|ink\w*|reach\w*|enter\w*\s+into|announc\w*|secur\w*|won|wins?|"
    r"award\w*|clinch\w*|seal\w*|forg\w*|establish\w*|extend\w*|renew\w*|expand\w*)\b"
)
DEAL_QUALIFIERS_VETO = _rx(
    r"\b(?:merger|settlement|loan|credit|purchase|acquisition|trade|tariff|plea|separation|employment|"
    r"non-compete|severance|lease|financing|debt|underwriting|takeover|buyout|definitive|mutual|arrangement|"
    r"capitali[sz]ation|conversion|subscription|lock-?up|relationship|placing|voting|standstill)\s+$"
    # a person's own contract: "said he would not renew his contract"
    r"|\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$"
)
DEAL_TO_VETO = _rx(
    # "reached agreement on the terms of a recommended cash offer": the takeover's terms
    r"^\s*on\s+the\s+terms\s+of\b|"
    r"^\s*(?:to\s+(?:be\s+)?(?:acquire|acquired|buy|bought|sell|sold|merge|pay|settle|purchase|purchased|"
    r"take\s+over|taken\s+over)\b|could\s+value|"
    r"with\s+(?:the|its|his|her)\s+(?:board|shareholders|employees|staff|unions?)|"
    r"values?|valu(?:ing|ed))\b"
)
#: "rival X's partnership with Y": somebody else's deal.
PARTNER_RIVAL = _rx(r"\b(?:rivals?|competitors?|peers?|archrival)\b")
PARTNER_DET_VETO = _rx(r"\b(?:such\s+an?|this|that|these|those|the|such)\s+(?:[\w-]+\s+){0,2}$")
PARTNER_SIGNAL_BEFORE = _rx(
    r"\b(?:announc\w*|form\w*|forg\w*|sign\w*|enter\w*|struck|strik\w*|launch\w*|establish\w*|unveil\w*|"
    r"agree\w*|seal\w*|ink\w*|expand\w*|extend\w*|deepen\w*|renew\w*|part\s+of|new|strategic|multi-?year)\b"
)

END_VERB = _rx(
    r"(?<!-)\b(?:(?<!\bthe\s)(?<!\bwrong\s)end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|"
    r"(?<!voluntary\s)(?<!early\s)exit(?:s|ed|ing)?|dissolv(?:e|es|ed|ing)|sever(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+out\s+of|"
    r"walk(?:s|ed|ing)?\s+away\s+from|not\s+(?:to\s+)?renew|discontinu(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|"
    r"unwind|unwound|wind(?:s|ing)?\s+down|termination\s+of|(?<!by\sthe\s)(?<!at\sthe\s)(?<!wrong\s)end\s+of)\b"
)
#: An end told by the partnership's noun: "after the Tata-style joint venture project fell apart".
END_FELL_APART = _rx(
    r"\b(?:partnership|joint\s+venture|tie-up|alliance|pact|collaboration|(?:supply|licen[cs]ing|distribution)\s+"
    r"(?:deal|agreement|contract))s?\s+(?:[\w-]+\s+){0,2}?(?:fell\s+apart|fell\s+through|collapsed|broke\s+down|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:called\s+off|terminated|scrapped|cancell?ed|dissolved))\b"
)
END_NOUN = _rx(
    r"\b(?:partnerships?|agreements?|pacts?|contracts?|deals?|programm?e?s?|relationships?|tie-ups?|alliances?|"
    r"collaborations?|joint\s+ventures?|arrangements?|licen[cs]es?|ties)\b"
)
#: "it has the right to terminate the agreement if ...", "may end the deal": a term of the deal, not its end.
END_CONDITIONAL_BEFORE = _rx(
    r"\b(?:right|option|entitled|able|allowed|permitted)\s+to\s+$|\b(?:may|might|could|can|would)\s+(?:\w+\s+)?$"
)
END_VETO = _rx(
    r"\b(?:merger|acquisition|takeover|buyout|buy-?back|repurchase|restructuring|share|quarter|year|"
    r"day|session|week|month|trading|voluntary|redundanc\w*|severance|early\s+retirement|his|her|employment)\b"
)

CLOSE_VERB = _rx(
    # (a deal's completion or a quote is no closure: "On closing Jupiter is expected to subscribe", "based on the last
    # closing price of")
    # (nor is an adverb: "IJmuiden came close to achieving its capacity", "close to 500 people")
    r"\b(?:(?<!\bon\s)(?<!\bupon\s)clos(?:e|es|ed|ing)(?!\s+(?:to|up|down|higher|lower|at|flat|unchanged|price|prices|bell|"
    r"quote|level|stages?|ceremony|arguments|remarks|the\s+(?:deal|transaction|"
    r"acquisition|gap|quarter|year|day|session|week)|of\s+(?:business|trading|play|the\s+\w+)"
    # a raising or a deal closes: "has closed a non-brokered private placement of 14 million units"
    r"|(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?(?:placements?|placings?|offerings?|financings?|tranches?|rounds?|"
    r"raisings?|deals?|sales?|acquisitions?|transactions?|purchases?|loans?|"
    # (a lender's facility, not a plant: "closed its revolving credit facility"; "close its manufacturing facility"
    # is a closure)
    r"(?<!manufacturing\s)(?<!production\s)(?<!processing\s)(?<!assembly\s)(?<!research\s)(?<!storage\s)"
    r"facilit(?:y|ies))\b))|"
    r"shut(?:s|ting)?(?:\s+down)?|shutter(?:s|ed|ing)?|"
    r"wind(?:s|ing)?\s+down|closures?\s+of|"
    # "ceased construction at its Nordic 2 facility", "to end LCD panel production at its Mobara plant"
    r"ceas(?:e|es|ed|ing)\s+(?:all\s+)?(?:construction|production|operations|manufacturing|work)\s+at|"
    r"end(?:s|ed|ing)?\s+(?:(?!(?:the|with|a|an|up|down|its\s+\w+\s+with)\b)[\w-]+\s+){0,3}?(?:production|manufacturing|"
    r"operations)\s+at)\b"
)
CLOSE_NOUN = _rx(
    r"\b(?:store|plant|factory|branch|office|site|facility|shop|restaurant|mine|mill)\s+closures?\b"
    # a mine or plant idled: "placed Wodgina into care and maintenance", "will mothball the smelter"
    r"|\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\s+(?:[\w'’-]+\s+){0,5}?(?:into|in|on|under)\s+care\s+and\s+maintenance\b"
    r"|\bmothball(?:s|ed|ing)?\b"
)
CLOSE_FACILITY_FIRST = _rx(
    r"\b(?:site|plant|factory|store|office|facility|mill|mine)\b"
    + CLAUSE
    + r"{0,60}?\b(?:will|to|would|is\s+set\s+to|is\s+to)\s+(?:be\s+)?(?:close[ds]?|shut)\b"
    r"(?!\s+(?:to\s+(?:visitors|the\s+public|traffic|new)|for\s+(?:the\s+)?(?:day|holiday|weekend|maintenance)))"
)
#: Another company as the subject of a closure sentence: "Macy's said last year it would close 150 stores".
CLOSE_OTHER_SUBJECT = re.compile(
    r"^\W*((?:[A-Z][\w'’.&-]*\s+){0,3}?[A-Z][\w'’.&-]*)\s+(?:said|says|announced|has|had|also|is|was|plans|"
    r"will|would)\b"
)

CLOSE_BETWEEN_VETO = _rx(r"%|[$€£¥]|\bper\s*cent\b|\bpercent\b|\b(?:higher|lower|at|up|down\s+\d)\b")

EARN_NOUN = _rx(
    r"\b(?:results|earnings|figures|annual\s+report|(?:earnings|quarterly|annual|half-year|half-yearly|"
    r"full-year|first-half|interim|results|financial|Q[1-4]|(?:first|second|third|fourth)[-\s]quarter)\s+"
    r"(?:report|release|statement|update)|(?:earnings|results|quarter|quarterly)\s+call|trading\s+update|"
    # "expects to report on 22 February"
    r"(?<=\bto\s)report(?=\s+on\s)|"
    # a results call announced with its day: "will host a conference call on Tuesday, August 7 ... to review its second
    # quarter financial results"
    r"(?:conference\s+call|webcast)(?=(?:[^.;]|\.(?!\s)|\.(?=\s+ET\b)){0,200}?\b(?:results|earnings)\b))\b"
    # "companies revise up earnings forecasts in July": expectations, not a report
    r"(?!\s+(?:forecasts?|estimates?|expectations|projections|outlooks?|guidance|growth|multiples?|season)\b)"
)
EARN_FUTURE = _rx(
    r"\b(?:will|would|(?:is|are)\s+(?:scheduled|set|due|expected|slated|poised)|scheduled|slated|due|set\s+to|"
    r"to\s+(?:report|release|publish|announce|post|present)|upcoming|next|coming|expected|ahead|follow|"
    r"plans?\s+to|later\s+(?:today|tonight|this\s+\w+|on\s+\w+|(?:mon|tues|wednes|thurs|fri)day)|"
    # a report moved: "results, which have been pushed to May 15", "postponed its annual report until June 3"
    r"(?:pushed|postponed|delayed|moved|rescheduled|put\s+off|deferred)\s+(?:back\s+)?(?:to|until|till))\b"
)
#: Results that come later the day of the article: "its earnings report due after market close", "results later today".
EARN_TODAY = _rx(
    r"(?:\s+(?:report|release|results|call|statement|figures))?"
    r"(?:\s+(?:(?:is|are)\s+)?(?:due|expected|scheduled|set)\s+(?:(?:for\s+)?(?:later\s+)?today|tonight|"
    r"(?:after|before)\s+(?:the\s+)?(?:market\s+close|close\s+of\s+trading|closing\s+bell|bell|market\s+opens?|"
    r"opening\s+bell))\b"
    r"|\s+(?:later\s+today|later\s+in\s+the\s+day|tonight|after\s+the\s+(?:market\s+close|closing\s+bell|bell))\b)"
)
#: A result to be reported, told by its figure: "is expected to log a record annual loss of around $5 billion later in
#: the day", "is due to post its first quarterly profit on Thursday".
EARN_DUE_METRIC = _rx(
    r"\b(?:is|are)\s+(?:expected|due|set|scheduled|slated)\s+to\s+(?:report|post|log|book|announce|unveil|publish|"
    r"release)\s+(?:its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:loss|profit|results|earnings)\b"
)
#: The same day, later: "later in the day", "after the closing bell".
EARN_LATER_TODAY = _rx(
    r"\b(?:later\s+(?:in\s+the\s+day|today|on\s+the\s+day)|after\s+(?:the\s+)?(?:market\s+close|closing\s+bell|bell)|"
    r"tonight)\b"
)
#: Results that come "when it reports on Feb. 5" are upcoming even without "will".
EARN_REPORT_ON = _rx(r"\b(?:reports?|releases?|publish(?:es)?|announces?)\s+(?:\w+\s+){0,4}?on\b")
EARN_PAST = _rx(
    r"\b(?:last\s+(?:announced|reported|posted|released)|were\s+released|was\s+released|reported\s+on|"
    r"released\s+on|announced\s+on|published\s+in)\b"
)

RESULT_VERB = _rx(
    r"\b(?:reported|posted|had|generated|recorded|delivered|booked|achieved|reports|posts|"
    r"generates|records|delivers|books)\b"
)
RESULT_LINK = _rx(
    r"^\s*(?:,\s*(?:excluding|including|ex|before|after|net\s+of)\s+[^,.;]{1,60},\s*)?"  # ", excluding commissions,"
    r"(?:(?:after|before)\s+(?:tax|taxes|interest|minorities)\s+|(?:attributable|applicable)\s+to\s+(?:[\w'’-]+\s+){1,4}?(?=of\b|stood\b|was\b|were\b|came\b|rose\b|fell\b|totall?ed\b|amounted\b|reached\b|increased\b|grew\b|jumped\b|climbed\b|declined\b|dropped\b))?"
    # "profit excluding some items of 28 cents a share"
    r"(?:(?:excluding|before|after)\s+(?:some\s+|certain\s+|one-time\s+|special\s+|exceptional\s+)?items\s+)?"
    r"(?:(?:for|in|during|of)\s+(?:the\s+)?" + CLAUSE + r"{0,60}?[\s,]+)?(?:of|totall?(?:ing|ed)|was|were|"
    r"came\s+in\s+at|comes?\s+in\s+at|reached|amounted\s+to|hit|stood\s+at|stood|(?:was|were|is|came)\s+at|passed|"
    # a preliminary figure: "operating profit was estimated at 15.6 trillion won"
    r"(?:was|were|is)\s+(?:provisionally\s+)?estimated\s+at|"
    r"topped|exceeded|:|"
    # "with adjusted operating results showing a loss of EUR 11.6 million"
    r"show(?:ed|ing|s)?\s+an?\s+(?:[\w-]+\s+)?(?:loss|profit|gain)\s+of|"
    r"(?:(?:had|has|have|did)\s+)?(?:rose|rise|fell|climbed|increased|grew|grown|risen|fallen|jumped|declined|"
    r"widen(?:ed|ing)|narrow(?:ed|ing)|swell(?:ed|ing)?|swollen|balloon(?:ed|ing)|deepen(?:ed|ing)|"
    # "sees its first half operating profit slump 36% to £17m"
    r"slump|jump|fall|drop|climb|soar|plunge|grow|decline|"
    r"went\s+(?:up|down)|"
    # a digest's present tense: "Adani Power's Q2FY26 net profit falls 11.4% YoY to Rs 2,952.8 crore"
    r"rises|falls|grows|jumps|climbs|declines|drops|surges|slips|increases|decreases|soars|plunges|slumps|slides|"
    r"tumbles|sinks|improves|gains|advances|widens|narrows|"
    r"dropped|slipped|surged|gained|advanced|edged\s+(?:up|down)|decreased|improved|slumped|slid|soared|"
    r"plummeted|plunged|tumbled|sank|shrank|leapt|leaped|rocketed|"
    # told as a participle or bare: "with net profit growing by 10.1%, to", "with revenues up 12.6% ... to"
    r"rising|falling|growing|climbing|increasing|jumping|declining|dropping|slipping|surging|gaining|advancing|"
    r"decreasing|improving|sliding|soaring|sinking|shrinking|tumbling|plunging|slumping|"
    r"up|down|"
    r"was\s+up|was\s+down|were\s+up|were\s+down|"
    # "coming in at 45% lower than the previous year to €187m"
    r"(?:(?:was|were|is|are|came\s+in\s+at|coming\s+in\s+at|comes\s+in\s+at)\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+"
    r"(?:higher|lower|up|down))\b" + CLAUSE + r"{0,60}?\bto"
    # "increased full-year profit by 11 per cent to $2.8 billion": the verb came before the metric
    r"|by\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+to"
    # "had helped lift its first-half net profit 5.7 per cent to $1.13 billion"
    r"|[\d.,]+\s*(?:%|per\s*cent|percent)\s+to"
    # a digest's table line: "Revenue up 8.93% at Rs 881.74 crore vs ...", "Net profit down 12% to $35.9 million"
    r"|(?:up|down|higher|lower)\s+[\d.,]+\s*(?:%|per\s*cent|percent|times|-fold)\s+(?:(?:yoy|y-o-y|year-on-year)\s+)?"
    r"(?:at|to))\s*(?:about|around|approximately|"
    r"roughly|nearly|almost|some|a\s+record|just\s+over|just\s+under|more\s+than|over|under)?\s*$"
)
#: A change named before the metric: "a 26% rise in its net profit to Rs 72.6 crore", "a 10% increase in revenue to".
RESULT_CHANGE_NOUN = _rx(
    r"\b(?:rise|increase|jump|surge|growth|gain|climb|drop|decline|fall|dip|slump|plunge|decrease|slide|lift|boost|"
    r"leap|rebound|(?:\w+-fold\s+)?jump)\s+in\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?$"
)
RESULT_CHANGE_LINK = _rx(
    r"^\s*(?:(?:after|before)\s+tax(?:es|ation)?\s+)?"  # "a 11% fall in annual net profit after tax to A$341 million"
    r"(?:(?:for|in|during)\s+" + CLAUSE + r"{0,40}?[\s,]+)?(?:to|at|of)\s*(?:about|around|approximately|"
    r"roughly|nearly|almost|some)?\s*$"
)
#: Results without a figure: "reported a 4% drop in global same-store sales", "after stronger-than-expected
#: first-half results", "reported higher revenue in its most recent quarter".
_RESULT_MOVE = (
    r"(?:was\s+(?:up|down)|were\s+(?:up|down)|rose|fell|slipped|dropped|declined|jumped|climbed|grew|increased|"
    r"decreased|slumped|surged|plunged|soared)"
)
#: A result told with its period and no figure, looked for when RESULT_WORDS finds none: "net profit in the July to
#: September period was down 21 percent", "its profit slipped in its most recent quarter", "released interim results
#: for the six months to March". (An economy's figure is told apart in code: "Retail sales in the ... period".)
RESULT_PERIOD = _rx(
    r"\b(?:net\s+|operating\s+|pre-?tax\s+|core\s+)?(?:profits?|earnings|revenues?|sales|net\s+income)\s+(?:in|for)\s+"
    r"the\s+(?:[\w-]+\s+){1,5}?(?:period|quarter|half|months)\s+" + _RESULT_MOVE + r"\s+(?:by\s+)?[\d.]+\s*"
    r"(?:%|per\s*cent|percent)|"
    r"\b(?:its|their)\s+(?:net\s+|operating\s+|pre-?tax\s+|core\s+)?(?:profits?|earnings|revenues?|sales|net\s+income)\s+"
    + _RESULT_MOVE
    + r"\s+in\s+(?:its|the)\s+(?:most\s+recent|latest|last|first|second|third|fourth)\s+(?:fiscal\s+)?"
    r"(?:quarter|half|year)\b|"
    r"\b(?:released|reported|posted|announced|unveiled)\s+(?:interim|half-year|full-year|full\s+year|annual|quarterly|"
    r"first-half|(?:first|second|third|fourth)-quarter)\s+(?:results|earnings(?:\s+reports?)?|figures)\b"
    r"(?!\s+(?:on|next|later|due|are|is|will))|"
    # "reported a net loss for its most recent quarter"
    r"\b(?:reported|posted|swung\s+to)\s+(?:an?\s+)?(?:net\s+|operating\s+|pre-?tax\s+)?(?:loss|profit)\s+(?:for|in)\s+"
    r"(?:its|the)\s+(?:most\s+recent|latest|last|first|second|third|fourth)\s+(?:fiscal\s+)?(?:quarter|half|year)\b|"
    # "Given net profit for 1Q tumbled", "reported improved profit"
    r"\b(?:net\s+)?(?:profits?|earnings|revenues?)\s+for\s+(?:[1-4]Q|Q[1-4]|[12]H|H[12])(?:FY\d{2,4})?\s+"
    r"(?:" + _RESULT_MOVE[3:-1] + r"|tumbled|sank|slid|rebounded)\b|"
    r"\b(?:reported|posted)\s+(?:improved|higher|lower|increased|reduced|record|stronger|weaker)\s+"
    r"(?:net\s+|half-year\s+|first-half\s+|annual\s+|full-year\s+|quarterly\s+)?(?:profits?|earnings|revenues?|sales)\b"
)
#: Whose period figure is the economy's, the word before it: "Retail sales in the July to September period".
ECONOMY_BEFORE = _rx(r"\b(?:retail|consumer|home|housing|car|vehicle|export|import|industry|global)\s+$")
RESULT_WORDS = _rx(
    # a company's period figure moving: "Harlow Bank's first-half cash earnings rose 23 per cent"
    r"(?:(?<=[A-Za-z]'s\s)|(?<=[A-Za-z]’s\s)|(?<=[a-z]s'\s)|(?<=[a-z]s’\s))"
    r"(?:(?:first|second|third|fourth)[-\s](?:quarter|half)|annual|full-year|"
    # a trading update's measures: "Sainsbury's like-for-like sales rose 2%"
    r"half-year|first-half|like-for-like|comparable|same-store|underlying|organic|"
    r"quarterly|interim|Q[1-4])\s+(?:[\w-]+\s+){0,2}?" + METRIC + r"\s+(?:rose|fell|grew|increased|decreased|declined|"
    r"jumped|dropped|climbed|slipped|slumped|surged|gained|(?:were|was)\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*(?:%|per\s*cent|percent)|"
    # "posted a surprise first-quarter profit", "swung to an unexpected quarterly loss"
    r"\b(?:posted|reported|booked|swung\s+to|swung\s+into|returned\s+to)\s+an?\s+(?:surprise|unexpected|surprising|"
    r"record|bigger-than-expected|smaller-than-expected)\s+(?:[\w-]+\s+){0,2}?(?:profit|loss)\b"
    r"(?!\s+(?:warning|forecast|outlook|target|guidance))|"
    # "reported its quarterly results", "beat on both the top and bottom line", "strong results from X"
    # ("last announced its earnings results on ..." is a digest's reminder, not news)
    r"(?<!last\s)\b(?:reported|posted|released|announced|unveiled)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:results|earnings)\b"
    r"|\bbeat\s+on\s+(?:both\s+)?(?:the\s+)?top\s+and\s+bottom[-\s]lines?\b"
    r"|\b(?:strong|weak|solid|record|disappointing|better[-\s]than[-\s]expected|worse[-\s]than[-\s]expected)\s+"
    r"(?:(?:first|second|third|fourth)[-\s](?:quarter|half)\s+|full[-\s]year\s+|half[-\s]year\s+|annual\s+)?"
    r"results\s+from\s+(?=[A-Z])|"
    # "surged 10% in the wake of better-than-expected half-year results", "following an 18% hike in first-half
    # profits", "following an in-line half-year results performance"
    # "buoyed by the release of its full-year results which showed increases in revenue and profit"
    r"\b(?:by|after)\s+the\s+(?:release|publication)\s+of\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:results|earnings)\b"
    r"(?!\s+(?:on|next|later|due|is\s+due|will|at\s+the\s+end))|"
    r"\b(?:following|in\s+the\s+wake\s+of|on\s+the\s+back\s+of|in\s+response\s+to)\s+(?:an?\s+|its\s+|their\s+|the\s+)?"
    r"(?:[\w%.,'’-]+\s+){0,4}?(?:results|profits?|earnings|"
    # ("following AMC's solid 1Q26 result")
    r"(?:solid|strong|weak|record|disappointing|poor|mixed)\s+(?:(?:[12]H|H[12]|[1-4]Q|Q[1-4])\d{2}\s+)?result|"
    # ("following a strong half-year performance")
    r"(?:half[-\s]year|full[-\s]year|first[-\s]half|quarterly|annual)\s+performance|"
    r"(?:(?:first|second|third|fourth)[-\s]quarter|quarterly|"
    r"annual|half-year|full-year)\s+reports?)\b(?!\s+(?:warning|forecast|guidance|outlook|"
    r"estimates?|expectations|season|date|report\s+(?:due|on|next))"
    # ("following earnings-per-share cuts in 2022": analysts' estimates cut, no result)
    r"|[-\s]per[-\s]share\s+(?:cuts?|estimates?|forecasts?|downgrades?|upgrades?|revisions?))|"
    r"\b(?:reported|posted|delivered|announced|unveiled|recorded|logged|booked|reporting|posting|recording|"
    r"experienced|registered|saw|suffered)\s+(?:an?\s+)?(?:(?:over|more\s+than|nearly|almost|about|a)\s+)?"
    r"(?:(?:better|worse|stronger|weaker|bigger|smaller|larger|steeper|sharper|deeper)[-‑\s]than[-‑\s]expected\s+)?"
    r"(?:(?:[\d.]+\s*(?:%|per\s*cent|percent)|(?:\w+[-\s]fold|[\w-]+-digit|sharp|steep|strong|modest|slight|surprise|bigger|"
    r"smaller|unexpected|surprising|record)(?:[-‑\s]than[-‑\s]expected)?)\s+)?(?:(?:rise|increase|jump|surge|growth|gain|drop|decline|fall|slump|dip|lift|leap|"
    r"decrease|slide)\s+in\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + METRIC + r"|(?:higher|lower|record|"
    r"stronger|weaker|better|worse|strong|weak|flat|solid|disappointing|mixed)(?:[-‑\s]than[-‑\s]expected)?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:" + METRIC + r"|results|figures))\b|"
    # the metric before its change: "despite posting a 16 per cent sales increase"
    r"\b(?:reported|posted|delivered|announced|recorded|logged|booked|reporting|posting|recording|registered)\s+an?\s+"
    r"[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:(?:[\w-]+\s+){0,2}?" + METRIC + r")\s+(?:rise|increase|jump|surge|"
    r"growth|gain|drop|decline|fall|slump|dip|decrease)\b|"
    r"\b(?:beat|beats|topped|tops|missed|misses)\s+(?:analysts['’]?\s+|market\s+|Wall\s+Street\s+|consensus\s+)?"
    r"(?:estimates|expectations|forecasts)\s+(?:for|on)\s+(?:its\s+)?(?:[\w-]+\s+){0,2}?(?:profits?|earnings|revenues?|"
    r"sales|results)\b|"
    # "beat analysts' profit estimates", "missed Wall Street revenue forecasts"
    r"\b(?:beat|beats|topped|tops|missed|misses)\s+(?:analysts['’]?\s+|market\s+|Wall\s+Street(?:['’]s)?\s+|"
    r"consensus\s+)?"
    # ("missed quarterly core profit estimates")
    r"(?:(?:quarterly|annual|full-year|half-year|first-half|(?:first|second|third|fourth)-quarter|core|underlying|"
    r"adjusted|operating|net|pre-?tax)\s+){0,3}"
    r"(?:profit|earnings|revenue|sales)\s+(?:estimates|expectations|forecasts)\b|"
    # a result measured against estimates: "reported first-quarter profit that beat estimates", "after net income
    # beat analysts' estimates"
    r"\b(?:reported|posted|announced|delivered|reporting|posting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:profits?|earnings|"
    r"results|revenues?|sales|net\s+income)\s+that\s+(?:beat|topped|missed|exceeded|surpassed|"
    r"fell\s+(?:\w+ly\s+)?short\s+of)\b|"
    # "after reporting a slimmer-than-expected fiscal second-quarter loss"
    r"\b(?:reported|posted|reporting|posting|booked|announced)\s+an?\s+\w+[-‑]than[-‑]expected\s+(?:[\w-]+\s+){0,3}?"
    r"(?:profit|loss|earnings|results|revenue|sales)\b(?!\s+(?:warning|forecast|outlook|target|guidance))|"
    # "said it trimmed its annual net loss to 227.6 billion yen", "narrowed its quarterly loss"
    r"\b(?:trimmed|narrowed|cut|reduced|shrank|halved)\s+(?:its|their)\s+(?:(?:annual|quarterly|full-year|half-year|"
    r"first-half|(?:first|second|third|fourth)-quarter|net|operating|pre-?tax)\s+){0,3}loss(?:es)?\b|"
    r"\b(?:net\s+income|(?:net\s+|operating\s+|core\s+)?profits?|earnings|revenues?|sales)\s+(?:beat|topped|missed|exceeded|"
    r"surpassed)\s+(?:analysts['’]?\s+|market\s+|consensus\s+|Wall\s+Street(?:['’]s)?\s+)?(?:estimates|expectations|forecasts)\b"
    r"(?!\s+of\b)|"  # ("Revenue beat estimates of $4.0 billion": the figure is the estimate's, left alone)
    # "fell 5.9% to 61.67 euros, the day after its results"
    r"\bthe\s+day\s+after\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:results|earnings)\b|"
    # "fell on a weaker 1H23 result", "rose after strong first-half earnings"
    r"\b(?:on|after|by)\s+(?:an?\s+|its\s+|their\s+)?(?:weaker|stronger|weak|strong|solid|disappointing|better|worse|"
    r"record|mixed|poor|upbeat|soft|robust|good|bad|impressive|lacklustre|lackluster|positive|encouraging)(?:[-\s]than[-\s]expected)?\s+(?:(?:[12]H|H[12]|FY|Q[1-4])\d{2}\s+|"
    r"(?:first|second|third|fourth)[-\s](?:quarter|half)\s+|half[-\s]year\s+|full[-\s]year\s+|annual\s+|quarterly\s+|"
    r"interim\s+)?(?:results?|earnings)\b(?!\s+(?:season|forecasts?|estimates?|expectations|date))|"
    # a period's results told as a beat or a miss: "following CTC's Q2 miss", "jumps on Q2 results boost"
    r"(?:['’]s|\bits|\btheir)\s+(?:Q[1-4]|(?:first|second|third|fourth)[-\s]quarter|quarterly|half-year|full-year)\s+"
    r"(?:earnings\s+|results\s+|revenue\s+|profit\s+|sales\s+)?(?:miss|beat)\b|"
    r"\bon\s+(?:(?:strong|weak|solid|upbeat|robust|poor|better|record)\s+)?(?:Q[1-4]|(?:first|second|third|fourth)[-\s]"
    r"(?:quarter|half)|quarterly|half-year|full-year|annual)\s+(?:earnings|results)\b(?!\s+(?:date|due|next|preview))|"
    # a period's results measured against estimates: "after first half FY25 results missed estimates",
    # "its quarterly sales surpassed estimates"
    r"\b(?:(?:first|second|third|fourth)[-\s](?:quarter|half)|quarterly|annual|full-year|half-year|first-half|"
    r"interim|Q[1-4]|FY\d{2,4})\s+(?:[\w-]+\s+){0,2}?(?:results|earnings|profits?|revenues?|sales)\s+"
    r"(?:beat|missed|topped|surpassed|exceeded|fell\s+short\s+of|came\s+in\s+(?:above|below|ahead\s+of))\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:estimates|expectations|forecasts|consensus)\b|"
    r"\b(?:stronger|better|weaker|worse|higher|lower|softer|firmer)[-‑\s]than[-‑\s](?:expected|forecast|anticipated)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:results|earnings|profits?|revenues?|sales|figures)\b|"
    # a trading update: "said its UK revenues rose 5.9% in the first 16 weeks"
    r"\b(?:said|reported|posted|announced)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+)?"
    r"(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,3}?" + METRIC + r"\s+(?:(?:more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved)\b|"
    r"(?:(?:had|has|have)\s+(?:also\s+)?)?(?:rose|fell|grew|grown|risen|fallen|increased|decreased|declined|jumped|"
    r"dropped|climbed|slipped|slumped|surged|gained|(?:were|was)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*(?:%|per\s*cent|percent))|"
    # a wrap's reason: "after it said first-quarter sales dropped 79%", "after annual profit rose 3%", "said UK
    # like-for-like sales fell 8.8% in the fourth quarter"
    r"\b(?:after|as|said|says|when)\s+(?:it\s+said\s+|it\s+reported\s+|announcing\s+|reporting\s+|saying\s+)?"
    r"(?:that\s+)?(?:(?:its|their)\s+"
    r"(?=(?:[\w-]+\s+){0,3}?" + METRIC + r"\s)|(?:its\s+|their\s+)?"
    # ("Sears said December comparable store sales fell 1.7%")
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:(?:first|second|third|fourth)[-\s](?:quarter|half)|annual|full-year|half-year|first-half|quarterly|interim|"
    r"Q[1-4]|UK|US|group|underlying|like-for-like|comparable|same-store|organic|retail|total)\s+)(?:[\w-]+\s+){0,2}?"
    + METRIC
    + r"\s+(?:rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed|slipped|slumped|surged|"
    r"plunged|tumbled|soared|(?:were|was)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*"
    r"(?:%|per\s*cent|percent)|"
    # "despite posting its lowest profit for eight years", "reported its highest quarterly revenue"
    r"\b(?:reported|posted|posting|reporting|recorded|recording|delivered|delivering)\s+(?:its|their|a|the)\s+"
    r"(?:lowest|highest|weakest|strongest|biggest|smallest|largest|best|worst)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:profits?|loss|earnings|revenues?|sales|results?)\b|"
    # a period told as good or bad: "said on Monday it had had a strong first half"; results that disappointed
    r"\b(?:had|has|have|reported|posted|enjoyed|endured|suffered)\s+(?:had\s+)?an?\s+(?:strong|weak|solid|record|"
    r"disappointing|tough|difficult|bumper|poor)\s+(?:first|second|third|fourth)\s+(?:half|quarter)\b|"
    r"\b(?:results|earnings)\s+(?:disappointed|impressed|underwhelmed)\b|"
    # "swung to a deep first-half loss", "swung to a profit"
    r"\bswung\s+(?:back\s+)?(?:in)?to\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:loss|profit)\b|"
    # "Volvo's profit almost doubled to", "its net income more than tripled"
    r"(?:['’]s?|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}?" + METRIC + r"\s+(?:(?:more\s+than|nearly|almost)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved)\b"
)
#: A result told as what the company earned in a closed period: "earned $1.3 billion in the third quarter",
#: "making $1.3 billion in the most recent quarter", "lost $40 million in the year to March".
RESULT_EARNED_BEFORE = _rx(
    r"(?:\b(?:earned|earns|earning|made|makes|making|netted|nets|lost|loses|losing)\s+(?:a\s+(?:net\s+)?(?:profit|loss)\s+"
    r"of\s+|an?\s+adjusted\s+|an?\s+)?"
    # "posted a loss of 885 million euros in the six months to June", "reported a net profit of"
    r"|\b(?:posted|posts|reported|reports|recorded|booked|suffered|incurred|racked\s+up|logged|had)\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:profit|loss)\s+of\s+)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|almost\s+)?$"
)
# used with .match(text, pos): no "^"; "earned $643 million, or $1.12 a share, in the quarter"
RESULT_PERIOD_AFTER = _rx(
    r"(?:\s*\([^()]{1,30}\))?"  # "885 million euros ($1.2 billion) in the six months to June"
    r"(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?"  # "earned 99 cents per share in its fourth quarter"
    # ("earned US$678 million or $1.49 per diluted share for the quarter ended Dec. 31")
    r"(?:,?\s*or\s+[^,;]{1,40}?,?)?\s+(?:in|for|during|over)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:quarter|half|year|period|months)\b"
    # a change on the year before: "earned 1.79 billion Canadian dollars, up more than 20 percent from a year ago"
    r"|,\s*(?:up|down)\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+)?[\d.]+\s*"
    r"(?:%|per\s*cent|percent)\s+(?:from|on|over|compared\s+with|versus)\s+(?:a|the)\s+(?:year|quarter)\b"
)
RESULT_VETO_BETWEEN = _rx(r"\b(?:guidance|forecast|outlook|estimate|consensus|target|expect\w*)\b")

GUIDE_VERB_NOUN = _rx(
    r"\b(?:rais\w*|lift\w*|boost\w*|increas\w*|upgrad\w*|cut|cuts|cutting|lower\w*|reduc\w*|trim\w*|slash\w*|"
    r"downgrad\w*|reaffirm\w*|reiterat\w*|maintain\w*|confirm\w*|reconfirm\w*|affirm\w*|retain\w*|stood\s+by|stands?\s+by|"
    r"keeps?|kept|held|holds|holding|stuck\s+(?:with|to)|sticks?\s+(?:with|to)|halv\w*|"
    r"withdr\w*|suspend\w*|pull\w*|narrow\w*|updat\w*|revis\w*|adjust\w*|issu\w*|initiat\w*|introduc\w*|set|sets|"
    r"gave|give[sn]?|provid\w*|hik\w*|tweak\w*|scal\w*\s+back|signal\w*|flag\w*|scrap\w*|abandon\w*|ditch\w*|"
    # "has dropped its full-year profit guidance by 23%"
    r"(?<=\bhas\s)dropped|(?<=\bhave\s)dropped|(?<=\bhad\s)dropped)\b"
    + CLAUSE
    # ("expects to cut by more than $400 million both its full-year revenue and core profit forecasts")
    + r"{0,75}?\b(?:forecasts?|outlook|guidance|projections?|(?:sales|revenue|profit|earnings|margin|"
    r"growth|financial|production|output)\s+targets?|(?<=its\s)(?:[\w-]+\s+){0,4}?expectations|(?<=its\s)guidelines|"
    # "Toshiba cut its profit estimate"
    r"(?<=its\s)(?:profit|earnings|sales|revenue|net\s+profit|operating\s+profit)\s+estimates?)\b"
)
#: "expects its third quarter to see between $580 million and $620 million in revenue"
GUIDE_PERIOD_TO = _rx(
    r"\b(?:expects?|sees|forecasts?|projects?|anticipates?)\s+(?:its|the)\s+(?:current\s+|coming\s+|next\s+|"
    r"fiscal\s+|full\s+)?(?:(?:first|second|third|fourth)[-\s])?(?:quarter|half|year|fiscal\s+year|period)\s+to\s+"
    r"(?:see|bring|deliver|produce|generate|show|post)\b"
)
GUIDE_NOUN_VERB = _rx(
    r"\b(?:forecasts?|outlook|guidance)\s+(?:was\s+|were\s+|is\s+|has\s+been\s+)?(?:also\s+)?(?:cut|raised|lowered|"
    r"increased|reduced|trimmed|slashed|lifted|boosted|reaffirmed|withdrawn|suspended|hike|downgrade|upgrade)\b"
    # "said that its full year outlook on trading remains unchanged", "Guidance for 2024 is to remain unchanged",
    # "2024 guidance unchanged"
    r"|\b(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?|(?:19|20)\d\d\s+|^\W*)(?:forecasts?|outlook|guidance)\s+"
    r"(?:(?:on|for)\s+(?:[\w-]+\s+){1,2}?)?(?:(?:remains?|remained|was|is|stays?|stayed|were|are)\s+(?:to\s+remain\s+)?)?"
    r"(?:broadly\s+)?unchanged\b"
)
GUIDE_EXPECT = _rx(
    r"\b(?:now\s+)?(?:expects?|sees|forecasts?|forecasted|projects?|projected|guides|guided|anticipates?|"
    # "The company models fiscal third-quarter revenue of $1.95 billion to $1.98 billion"
    r"predicts?|is\s+targeting|are\s+targeting|aims?\s+for|aiming\s+for|models|modeled|modelled)\s+"
    r"(?:(?:for|its|the|a|an|fiscal|full-year|full|year|annual|adjusted|organic|core|underlying|total|record|"
    # Japanese and Indian filings: "a consolidated operating profit", "recurring/ordinary profit"
    r"consolidated|standalone|recurring|ordinary|attributable|"
    r"net|operating|gross|quarterly|group|current-year|next-year|current-quarter|that|and|\d{4}|this|next|current|"
    # "now expects 2012 financial year net profit after tax to be $105 million"
    r"financial|"
    r"(?:year|quarter|half)['’]s|"
    r"(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|FY\d{2,4}|Q[1-4])\s+){0,6}"
    r"(?:(?!(?:to|that|it|its|the|a|an|be|have|has)\b)[a-z][\w-]*\s+)?" + GUIDE_METRIC + r"\b"
)
#: The outlook named as a noun with its figure: "second-quarter revenue outlook of $470 million to $485 million",
#: "a forecast net loss of $1.08 billion for the year", "its sales forecast to be between ...".
GUIDE_OUTLOOK_OF = _rx(
    r"\b" + GUIDE_METRIC + r"\s+(?:outlook|forecast|guidance|projection|target)s?\b" + CLAUSE + r"{0,20}?"
    r"\b(?:of|at|to\s+be|in\s+the\s+range|between)\b"
    r"|\ba\s+(?:forecast|projected|expected)\s+(?:[\w-]+\s+){0,3}?" + GUIDE_METRIC + r"\s+of\b"
)
#: The company says what a coming period's figure will be: "says profit would be about $5.50 a share".
GUIDE_WOULD_BE = _rx(
    r"\b(?:says|said|expects|sees|predicts|projects|estimates|predicting|forecasting|expecting|saying)\s+"
    r"(?:that\s+)?(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    + GUIDE_METRIC
    # ("said its underlying profits for 2016 would be down by a fifth")
    + r"(?:\s+(?:for|in)\s+(?:the\s+)?(?:(?:current|coming|next|full)\s+)?(?:(?:19|20)\d\d|year|quarter|half))?"
    + r"\s+(?:would|will|should|could)\s+(?:be|come\s+in|total|reach|rise|fall|grow|decline)\b"
)
#: "guided to lower-than-expected EBITDA for FY23", "guides to flat margins", "guided to another decline in funds
#: from operations"; a company beating its own guidance: "now expects to substantially exceed its 2024 guidance".
GUIDE_GUIDED_TO = _rx(
    r"\bguid(?:ed|es|ing)\s+to\s+(?:(?:[\w-]+\s+){1,2}?in\s+)?(?:[\w-]+\s+){0,3}?" + GUIDE_METRIC + r"\b"
    r"|\bexpects?\s+to\s+(?:[\w-]+ly\s+)?(?:exceed|beat|top|surpass|be\s+(?:at|in)\s+the\s+(?:upper|top)\s+end\s+of)\s+"
    r"(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|forecasts?|outlook|targets?)\b"
)
GUIDE_WARN = _rx(
    # ("warned of a $4.5 billion annual loss")
    r"\b(?:warn(?:s|ed|ing)?\b" + CLAUSE + r"{0,40}?\b(?:margins?|profits?|sales|revenues?|earnings|loss(?:es)?)|"
    r"profit\s+warnings?|"
    # "after warning it would take a $1.8 billion hit"
    r"warn(?:s|ed|ing)?\s+(?:that\s+)?it\s+(?:would|will|expects\s+to)\s+(?:take|book|record|incur|report|post|suffer)\s+"
    + CLAUSE
    + r"{0,40}?\b(?:hit|charge|write-?downs?|impairments?|loss(?:es)?))\b"
)
#: A loss or profit the company says it will report for a period not yet closed: "said it would report a record
#: annual loss of 550bn yen", "warned it would post a full-year loss of", "warned it would lose $2.14 billion this
#: fiscal year".
GUIDE_WOULD_POST = _rx(
    r"\b(?:said|says|warned|warns|announced|expects?|forecast)\s+(?:on\s+\w+\s+|earlier\s+(?:this|last)\s+\w+\s+)?"
    r"(?:that\s+)?(?:it|the\s+(?:company|group|firm))\s+(?:would|will)\s+(?:"
    r"(?:report|post|book|log|record|suffer|incur|make)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:net\s+|operating\s+|pre-?tax\s+)?(?:loss|profit)\s+of|"
    r"lose(?=\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[$€£¥]|US\$|[A-Z]{1,3}\$|\d[\d.,]*\s*(?:billion|million|bn|m)\b)))"
)
GUIDE_VETO = _rx(
    r"\b(?:price\s+target|target\s+price|price\s+objective|price\s+forecast|rating)\b"
    # a broker's downgrade over an outlook: "Declines On Mizuho Downgrade Over Risk To 2026 Sales Outlook"
    r"|\b(?:upgrade|downgrade)\s+(?:over|on|amid|citing)\b"
    # a central bank's: "they have abandoned their 'forward guidance' policy"
    r"|\bguidance[\"'”’]?\s+polic(?:y|ies)\b|\bcentral\s+banks?\b[^.;]{0,80}\bguidance\b"
    # the economy's outlook: "job cuts blamed on a gloomy economic outlook"
    r"|\b(?:economic|macro(?:economic)?|global|market|industry|sector|interest[-\s]rate|rates?|gold|silver|copper|"
    r"oil|commodity|lithium|uranium|iron\s+ore|nickel|coal|gas|metals?)\s+(?:price\s+)?(?:outlook|forecasts?)\b"
    # "analysts update their guidance for the stock", "a brokerage downgraded its outlook on the stock"
    r"|\b(?:guidance|outlook|forecasts?|view)\s+(?:on|for)\s+(?:the|its)\s+(?:stock|shares)\b"
    # a valuation multiple: "priced at 53.00x this year's forecasted earnings", "12 times forward earnings"
    r"|\b\d+(?:\.\d+)?\s*(?:x|times)\s+(?:[\w'’-]+\s+){0,3}?(?:forecast(?:ed)?|forward|projected|expected|estimated)\s+"
    r"(?:earnings|profits?|sales|EPS)\b"
    # a past outlook quoted as a yardstick: "debt reduction in line with previous guidance"
    r"|\bin\s+line\s+with\s+(?:its\s+|the\s+)?(?:previous|prior|earlier|existing)\s+(?:guidance|forecasts?|outlook)\b"
    # none given: "The company did not provide an outlook", "declined to give guidance"
    r"|\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|declined\s+to|refused\s+to)\s+(?:provide|give|issue|offer|"
    r"update)\b"
    # analysts' figures: "lower than the forecast $18.46 billion surveyed by Refinitiv"
    r"|\b(?:surveyed|polled|compiled)\s+by\b"
    # an analyst's own view: "slashed his outlook for the sector to neutral", "the outlook for the industry"
    r"|\b(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:outlook|forecasts?|views?|projections?|estimates?)\b"
    # an analyst's quoted view: "... more difficult, in our view, and we do not project positive EBITDA"
    r"|\bin\s+our\s+view\b"
    # a broker's move of its target in the sentence: "it slightly reduced its target to Rs 1,695, citing ..."
    r"|\b(?:its|their)\s+target\s+to\b"
    # worries about the outlook: "concerns about Hotel Lumen's financial outlook"
    r"|\b(?:concerns?|worries|fears|doubts|uncertainty)\s+(?:about|over|on)\s+[^.;]{0,40}?\boutlook\b"
    r"|\b(?:outlook|forecasts?|view)\s+(?:for|on)\s+the\s+(?:sector|industry|market|economy|group\s+of\s+stocks)\b"
    # analysts' forecasts: "analysts have sharply revised their forecasts for the shares"
    # ("Brokerages have mixed views for the stock, with some cutting forecasts")
    r"|\b(?:analysts?|researchers|brokers?|brokerages?|economists?|strategists?)\b[^.;]{0,60}?\b(?:revis|rais|cut|lower|"
    r"upgrad|downgrad|lift|trim)\w*\s+(?:(?:their|its)\s+)?(?:\w+\s+){0,2}?(?:forecasts?|estimates?|outlooks?|views?)\b"
    # markets in general: "until they see if companies revise up earnings forecasts"
    r"|\b(?:companies|firms|corporates|businesses|exporters)\s+(?:\w+\s+){0,2}?(?:revise|raise|cut|lower|upgrade|"
    r"downgrade)\w*\s+(?:\w+\s+){0,2}?(?:forecasts?|outlooks?|guidance)\b"
)

#: Not the company's outlook either, looked for once a guidance rule has matched (kept out of GUIDE_VETO, which every
#: sentence with an outlook word pays for): brokers' revisions ("brokerages are also raising their forecasts"), a
#: credit rating's outlook, an offer's guidance price, a central bank's forecast, a broker's cut ("a cut in the annual
#: earnings forecast by Macquarie").
GUIDE_NOT_OWN = _rx(
    r"\b(?:brokerages|strategists?)\b[^.;]{0,40}?\b(?:revis|rais|cut|lower|upgrad|downgrad|lift|trim|increas|maintain|"
    r"reiterat|adjust)\w*\s+(?:their|its|a|an)\s+(?:\w+\s+){0,2}?(?:forecasts?|estimates?|outlooks?|views?)\b"
    r"|\b(?:maintain|reiterat)\w*\s+(?:an?\s+|their\s+)?(?:positive|negative)\s+outlook\b"
    r"|\b(?:placed|placing|revised|affirmed|assigned|changed|put)\b[^.;]{0,60}?\b(?:on\s+|an?\s+)?"
    r"(?:negative|positive|stable|developing)\s+outlook\b"
    r"|\boutlook\s+to\s+(?:negative|positive|stable)\b"
    r"|\bguidance\s+price\b|\binflation\s+forecasts?\b|\b(?:forecasts?|outlook|guidance)\s+by\s+(?-i:[A-Z])"
    # another company's: "concerns over ... a profit warning from a rival"
    r"|\b(?:warning|downgrade|guidance|forecast|outlook)s?\s+(?:from|by)\s+(?:a|its|one\s+of\s+its)\s+(?:\w+\s+)?"
    r"(?:rivals?|peers?|competitors?)\b"
)

#: More analysts an outlook before them belongs to: "and the investment firm expects EPS growth".
GUIDE_ANALYST_SUBJECT = _rx(r"\b(?:brokerages|strategists?|(?:investment|research)\s+(?:firm|house|bank))\b")

#: A sentence about the broker: "The broker remains impressed with its growth and has upgraded its forecasts" (kept
#: apart from GUIDE_VETO, whose literal prefilter "the" would open on every sentence).
GUIDE_BROKER_SUBJECT = _rx(r"^\W*(?:the|this)\s+(?:broker(?:age)?|analysts?|research\s+house)\b")

#: Operating volumes a company guides to besides money: "deliveries of 46,000 to 51,000 vehicles".
GUIDE_UNIT = (
    r"(?:deliveries|delivery|shipments?|production|output|volumes?|vehicles?|cars|units|subscribers?|"
    r"subscriptions?|(?:net\s+)?(?:subscriber|customer|user)\s+(?:additions|growth)|passengers?|"
    r"(?:new\s+)?store\s+openings|(?:new\s+)?stores|capacity|barrels|ounces|tonnes|tons|aircraft|jets|"
    r"planes|homes|wafers|bookings|orders)"
)
#: A count, optionally a range: "46,000 to 51,000", "1.2 million-1.4 million", "between 200 and 220".
_COUNT = r"\d[\d,.]*(?:\s*(?:million|billion|m|bn|k)\b)?"
COUNT_RANGE = _COUNT + r"(?:\s*(?:to|-|–|and)\s*" + _COUNT + r")?"
#: Non-monetary guidance: "guided to deliveries of 46,000 to 51,000", "forecast shipments of 1.2 million units",
#: "expects to deliver between 46,000 and 51,000 vehicles", "sees 2025 production of 2.1 million barrels a day".
GUIDE_VOLUME = _rx(
    r"\b(?:guid(?:es|ed|ing|ance)|expects?|forecasts?|forecasted|projects?|projected|sees|anticipates?|"
    r"predicts?|targets?|targeting|outlook)\s+(?:(?:to|for|of|its|the|a|an|fiscal|full-year|annual|total|"
    r"\d{4}|FY\d{2,4}|Q[1-4]|(?:first|second|third|fourth)[- ]quarter|(?:deliver|ship|produce|sell|carry|"
    r"open|add|build|make)\w*|(?:between|about|around|roughly|approximately|some|up\s+to|at\s+least|more\s+than)"
    r")\s+){0,5}?(?:" + GUIDE_UNIT + r"\s+(?:of\s+|at\s+|(?:to\s+be\s+|to\s+)?(?:between\s+|about\s+|around\s+|"
    r"roughly\s+|approximately\s+)?)?(?=\d)|(?!(?:19|20)\d\d\b)(?=\d[\d,.]*(?:\s*(?:million|m|k))?\s*(?:(?:to|-|–|and)\s*"
    r"\d[\d,.]*(?:\s*(?:million|m|k))?\s*)?(?:[\w-]+\s+){0,2}?" + GUIDE_UNIT + r"\b))"
)

#: The company's expected change in a metric: "expects a 13 percent rise in net income to 9.3 billion yen this fiscal
#: year", "forecast a 3.9 percent drop in net income".
GUIDE_EXPECT_CHANGE = _rx(
    r"\b(?:expects?|forecasts?|forecasted|projects?|predicts?|anticipates?|sees|guides?\s+to)\s+an?\s+"
    r"(?:(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|(?:[\w-]+\s+){0,2}?)\s*)?(?:rise|increase|drop|decline|fall|gain|"
    r"jump|growth|decrease|slide|improvement|recovery|rebound)\s+in\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    + GUIDE_METRIC
    + r"\b"
)
#: "expects to grow revenue 5%", "expects to report full-year pretax profit of £1.05 billion": an active
#: expectation of the company with its metric a few words after the verb.
GUIDE_EXPECT_TO = _rx(
    r"\b(?:expects?|forecasts?|projects?|anticipates?|predicts?|targets?|aims?|sees)\s+(?:it\s+)?to\s+"
    r"(?:report|post|deliver|generate|achieve|make|record|book|hit|reach|grow|increase|raise|lift|boost|"
    r"improve|expand|return\s+to|turn\s+to|swing\s+to|keep|maintain|cut|reduce|lower)\b"
    + CLAUSE
    + r"{0,40}?\b"
    + GUIDE_METRIC
    + r"\b"
)
#: A company's expectation in the passive: "sales ... were expected to rise 3.5% to £2.5 billion, Next said".
GUIDE_PASSIVE = _rx(
    # ("headline earnings per share (HEPS) were expected to fall")
    r"\b"
    + GUIDE_METRIC
    + r"\b(?:\s*\([A-Z]{2,6}\))?"
    + CLAUSE
    + r"{0,60}?\b(?:is|are|was|were|would\s+be|will\s+be|should\s+be)\s+"
    r"(?:now\s+|still\s+|also\s+)?(?:expected|forecast|projected|seen|anticipated|guided|set)\s+to\s+"
    r"(?:rise|fall|grow|increase|decline|decrease|reach|be|come\s+in|total|climb|drop|edge|improve|"
    r"exceed|top|remain|stay|range)\b"
)
#: Whose expectation a passive one is: the company's ("Next said", "the company expects") ...
GUIDE_COMPANY_SAYS = _rx(
    r"\b(?:said|says|told|added|stated|announced|according\s+to\s+(?:the\s+)?(?:company|group|management|its)|"
    r"(?:the|its)\s+(?:company|group|board|management)|it\s+(?:said|says|added))\b"
)
#: ... not analysts', economists' or a poll's, nor a market-wide figure.
GUIDE_NOT_COMPANY = _rx(
    r"\b(?:analysts?|consensus|Wall\s+Street|economists?|experts?|brokers?|brokerage|estimates?|polls?|polled|"
    r"surveys?|surveyed|industry|sector|nationwide|economy|GDP|inflation|retail\s+sales|payrolls|"
    r"government|rivals?|competitors?|peers?)\b"
)

#: A period that has already ended, so "expects to report" pre-announces its result:
#: "for the year to January", "for the fiscal year ended Feb. 1", "the 12 months to March".
CLOSED_PERIOD_END = _rx(
    r"\b(?:year|twelve\s+months|12\s+months|period|half|quarter)\s+(?:that\s+)?(?:to|ended|ending|through)\s+"
    r"(?:(?:the\s+)?end\s+of\s+)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?,?(?:\s+(?P<year>\d{4}))?"
)
CLOSED_PERIOD_WORDS = _rx(r"\b(?:year|period|quarter|half)\s+(?:just|that\s+has\s+just)\s+(?:ended|finished|closed)\b")
#: Results of a beaten or missed expectation: "profit beat targets, rising 10% to $1.1 billion".
RESULT_BEAT = _rx(
    r"^\s*(?:comfortably\s+|easily\s+|narrowly\s+|also\s+)?(?:beat|beats|topped|tops|exceeded|exceeds|missed|misses|"
    r"surpassed|outpaced|came\s+in\s+(?:above|below|ahead\s+of|short\s+of)|fell\s+short\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:targets?|estimates?|expectations|forecasts?|consensus|guidance|views?|projections?)"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|with\s+)"
)
RESULT_MOVE_TO = _rx(
    r"^(?:(?:rising|falling|climbing|increasing|growing|jumping|declining|dropping|slipping|surging|gaining|"
    r"advancing|decreasing|improving|sliding|soaring|rose|fell|climbed|increased|grew|jumped|declined|dropped|"
    r"slipped|surged|gained|advanced|decreased|improved|slid|soared|up|down)\b" + CLAUSE + r"{0,60}?\bto|"
    r"coming\s+in\s+at|came\s+in\s+at|reaching|reached|totall?ing|totall?ed|hitting|hit|at|of|to)\s*"
    r"(?:about|around|approximately|roughly|nearly|almost|some|a\s+record|just\s+over|just\s+under|more\s+than)?\s*$"
)

REGULATOR = (
    r"(?:FDA|Food\s+and\s+Drug\s+Administration|EMA|European\s+Medicines\s+Agency|FTC|Federal\s+Trade\s+"
    r"Commission|SEC|Securities\s+and\s+Exchange\s+Commission|DOJ|Justice\s+Department|Department\s+of\s+"
    r"Justice|European\s+Commission|Brussels|CMA|Competition\s+and\s+Markets\s+Authority|FCC|FAA|NHTSA|EPA|"
    r"CFPB|FCA|Ofcom|Ofgem|BaFin|MHRA|Health\s+Canada|CFIUS|SAMR|NMPA|regulators?|watchdogs?|"
    r"antitrust\s+(?:authorities|regulators|enforcers)|competition\s+(?:authority|regulator|watchdog)|"
    r"Bundeskartellamt|"
    # regulators of the markets the product covers: UK, Australia, India, Canada, Switzerland, Japan, EU, Asia
    r"Financial\s+Conduct\s+Authority|Prudential\s+Regulation\s+Authority|ACCC|ASIC|Australian\s+Competition\s+and\s+"
    r"Consumer\s+Commission|Australian\s+Securities\s+and\s+Investments\s+Commission|SEBI|Securities\s+and\s+Exchange\s+"
    r"Board\s+of\s+India|Competition\s+Commission(?:\s+of\s+India)?|CCI|RBI|OSC|Ontario\s+Securities\s+Commission|"
    r"Competition\s+Bureau|FINMA|Finma|Japan\s+Fair\s+Trade\s+Commission|JFTC|Financial\s+Services\s+Agency|ESMA|"
    r"Consob|CNMV|AMF|Securities\s+and\s+Futures\s+Commission|Monetary\s+Authority\s+of\s+Singapore|TGA|"
    r"Therapeutic\s+Goods\s+Administration|DCGI|"
    # a government deciding on a deal: "Ottawa has blocked its $230-million sale to Shandong Gold"
    r"Ottawa|Canberra|(?:the\s+)?(?:federal|Canadian|Australian|Chinese|Indian|Japanese|British|German|French|"
    r"Italian|U\.S\.|US)\s+government)"
)
REG_ACTION = (
    r"(?i:approv(?:e|es|ed|al|ing)|clear(?:s|ed|ance)?|grant(?:s|ed|ing)?|authori[sz](?:e|es|ed|ation)|"
    r"reject(?:s|ed|ion)?|block(?:s|ed|ing)?|fin(?:e|ed|es|ing)|sanction\w*|ban(?:s|ned)?|prob(?:e|es|ed|ing)|"
    r"investigat\w*|su(?:e|ed|es|ing)|charg(?:e|ed|es)|recall\w*|designat\w*|green-?light\w*|sign(?:ed)?[- ]off|"
    r"ordered|opened\s+an?\s+(?:investigation|probe|inquiry)|"
    # an advisory panel's vote: "an FDA panel recommended the vaccine"
    r"recommend(?:s|ed|ing)?)"
)
REG_SUBJ_ACTION = _rx(r"\b" + REGULATOR + r"\b(?:\s*\([A-Z]{2,6}\))?" + CLAUSE + r"{0,40}?\b" + REG_ACTION + r"\b", 0)
REG_ACTION_BY = _rx(
    r"\b" + REG_ACTION + r"\s+(?:\w+\s+){0,3}?(?:by|from)\s+(?:the\s+)?(?:U\.S\.\s+|US\s+|EU\s+)?" + REGULATOR + r"\b",
    0,
)
#: An approval won or missed, its regulator named by place: "failed to win U.S. approval for a new blood thinner",
#: "received EU marketing authorisation".
REG_APPROVAL_WON = _rx(
    r"\b(?:won|wins|win|winning|received|receives|secured|secures|gained|gains|obtained|obtains|got|"
    r"fail(?:ed|s)?\s+to\s+(?:win|get|secure|obtain|gain))\s+(?:(?:U\.S\.|US|EU|European|FDA|Chinese|Japanese|Indian|"
    r"Canadian|Australian|UK|British|regulatory|federal|government|antitrust|marketing|final|conditional)\s+){1,2}"
    r"(?:approval|clearance|authori[sz]ation|nod|go-ahead|green\s+light)\b"
)
#: An approval told in the passive, the regulator named by its market: "its asthma drug has been approved in the US".
REG_APPROVED_IN = _rx(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|got|get|gets|been)\s+(?:fully\s+|formally\s+)?"
    r"(?:approved|cleared|authori[sz]ed)\s+(?:for\s+(?:use|sale|marketing)\s+)?(?:in|by)\s+(?:the\s+)?"
    r"(?:US|U\.S\.|United\s+States|EU|European\s+Union|Europe|Japan|China|UK|Britain|Canada|India|Australia)\b"
)
#: A drug regulator's inspection outcome: "has been issued a Form 483 with three observations", "received an
#: Establishment Inspection Report (EIR)", "a warning letter from the FDA", "an import alert".
REG_INSPECTION = _rx(
    r"\b(?:Form\s+483|warning\s+letter|Establishment\s+Inspection\s+Report|EIR(?=\s|\)|,|\.)|import\s+alert|"
    r"untitled\s+letter)\b",
    0,
)
REG_LOWER = _rx(
    r"\b(?:regulators?|watchdogs?|(?:competition|antitrust|anti-trust)\s+(?:authorit(?:y|ies)|regulators?|agenc(?:y|ies)))\b"
    + CLAUSE
    + r"{0,60}?\b"
    + REG_ACTION
    + r"\b"
)
REG_LAW = _rx(
    r"\b(?:new|upcoming|proposed|draft|stricter|tougher|federal|European\s+Union|EU|government(?:'s)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:legislation|laws?|bill|regulations?|rules|directive)\b|"
    r"\b(?:legislation|regulations?|rules)\s+(?:governing|requiring|that\s+would|to\s+(?:curb|limit|ban|require))\b"
)
REG_VETO = _rx(
    r"\b(?:subject\s+to|pending|requires?|required|awaiting|await|needs?|needed|must\s+(?:get|obtain|win|receive)|"
    r"(?:has|have)\s+to\s+(?:get|obtain|win|receive))\s+(?:\w+\s+){0,3}?(?:approvals?|clearances?)|"
    r"regulatory\s+filings?|(?:court|shareholder|board|boards)\s+approv\w*|trade\s+policy|tariff|"
    # a deal's conditions: "regulators have to give their approval before this deal can go through"
    r"approv\w*\s+before\s+(?:the|this|a)\s+(?:deal|transaction|merger|acquisition|takeover)|"
    r"(?:deal|transaction|merger|acquisition|takeover)\s+(?:can|could|will|would)\s+(?:go\s+through|close|complete)|"
    # an approval still to come: "believes final approval from regulators will not come until 2023"
    r"\bapprov\w*\s+(?:\w+\s+){0,3}?(?:will|would|may|might|could)\s+(?:not\s+)?(?:come|arrive|be\s+granted)\b|"
    # an analyst's odds: "estimates that there's an 80% chance that the drug will win FDA approval"
    r"\b(?:chance|likelihood|probability|odds)\s+(?:that|of)\b"
)
REG_ALIASES = {
    "food and drug administration": "FDA",
    "u.s. regulators": None,
    "regulators": None,
    "regulator": None,
    "watchdog": None,
    "watchdogs": None,
    "federal trade commission": "FTC",
    "securities and exchange commission": "SEC",
    "department of justice": "DOJ",
    "justice department": "DOJ",
    "european medicines agency": "EMA",
    "competition and markets authority": "CMA",
}

LEGAL = _rx(
    r"\b(?:lawsuits?|law\s+suits?|class[- ]actions?|litigation|legal\s+(?:action|fight|battle|dispute|"
    r"proceedings|claims?|challenge)|arbitration|indict(?:ed|ment)|pleaded\s+guilty|guilty\s+plea|jury|"
    r"verdict|seek\s+damages|sought\s+damages|(?:sued|sues|suing)\s+(?:by\s+)?[A-Z]\w*|"
    r"settl(?:e|es|ed|ing|ement)\s+(?:\w+\s+){0,3}?(?:suit|lawsuit|case|claims|charges|allegations|"
    r"litigation|dispute|probe|investigation|class\s+action)|patent\s+(?:infringement|dispute|suit|case))\b|"
    r"\bpa(?:y|ys|id|ying)\b" + CLAUSE + r"{0,50}?\bto\s+(?:settle|resolve)\b|"
    # "Anti-fraud investigators raided several Renault sites"
    r"\b(?:investigators|police|prosecutors|authorities|officials|agents|inspectors)\s+(?:\w+\s+){0,2}?raid(?:ed|s|ing)?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:offices?|headquarters|sites?|premises|plants?|facilit(?:y|ies))\b|"
    r"(?:\d|million|billion|bn|m)\s+(?:class[- ]action\s+|legal\s+|antitrust\s+)?settlement\b|"
    # insolvency: "won protection from creditors", "filed for Chapter 11", "entered administration"
    r"\b(?:won|sought|seeks?|seeking|filed\s+for|granted|obtained|received|entered|applied\s+for)\s+"
    r"(?:court\s+|bankruptcy\s+|creditor\s+)?protection\s+from\s+(?:its\s+)?creditors\b|"
    r"\bfiled\s+for\s+(?:Chapter\s+(?:11|7)|bankruptcy|insolvency|administration|receivership|creditor\s+protection)\b|"
    r"\b(?:entered|placed\s+(?:in|into)|went\s+into|fell\s+into)\s+(?:administration|receivership|liquidation|"
    r"bankruptcy\s+protection)\b"
)
#: Fines: "fined Apple €500m ($570m)", "was fined €200m", "a fine of $1bn", "a €1.8bn fine" (type ``legal``).
FINE = _rx(
    r"\bfin(?:ed|es|e|ing)\s+(?:(?:[A-Z][\w.&'’-]*|and)\s+){0,4}?(?=[$€£¥]|US\$|USD|EUR|GBP|\d)|"
    r"\bfines?\s+(?:of|totall?ing|worth|amounting\s+to)\s+(?=[$€£¥]|US\$|USD|EUR|GBP|\d)|"
    r"(?:\d|million|billion|bn|m)\s+(?:\(\s*[^)]{0,20}\)\s+)?(?:antitrust\s+|EU\s+|regulatory\s+|DMA\s+)?fines?\b|"
    # "would pay more than S$240 million in fines to Brazilian and Singaporean authorities"
    r"(?:million|billion|bn|m)\s+in\s+(?:\w+\s+)?(?:fines|penalties)\b"
)
#: "Disney ... will pay Fubo $220 million": a payment that restates a settlement just reported.
PAYMENT = _rx(r"\bpa(?:y|ys|id|ying)\s+(?:[A-Z][\w.&'’-]*\s+){0,3}?(?:about\s+|around\s+|a\s+total\s+of\s+)?$")
LEGAL_VETO = _rx(
    r"\b(?:suit(?:s|ed)?\s+(?:up|for|to)\b|follow\s+suit|lawsuits?\s+(?:risk|insurance)|"
    r"(?:litigation|legal)\s+(?:costs?|charges?|expenses?|provisions?))"  # a cost line of a result, not a case
)

EXEC_LEAVE = _rx(
    r"\b(?:step(?:s|ping|ped)?\s+down|stand(?:s|ing)?\s+down|stood\s+down|resign\w*|retir(?:e|es|ed|ing|ement)|leav(?:e|es|ing)\s+(?:the\s+company|"
    r"the\s+group|the\s+business|the\s+board|his\s+post|her\s+post|the\s+role|after|at|in|on|when)|"
    r"to\s+leave|will\s+leave|decided\s+to\s+leave|left\s+the\s+company|depart(?:s|ed|ing|ure)|"
    r"exit(?:s|ed|ing)?\s+(?:the\s+company|the\s+group)|quit(?:s|ting)?|ousted|fired|dismissed|replaced|"
    r"removed|succe(?:ed|eds|eded|eding)|will\s+join|to\s+join|joins|joined|hand(?:s|ed|ing)?\s+over)\b"
)
#: A title or a departure told as background in a relative clause ("chief executive Albert Manifold, who took over
#: last year", "Tim Cook, who succeeded co-founder Steve Jobs"), unless the clause names a day of the news; and a
#: dismissal of an offer, not of a person ("CEO Cesar Gonzalez-Bueno dismissed the improved offer").
EXEC_BACKGROUND = _rx(
    r",\s+who\s+(?:had\s+|has\s+)?(?:took\s+over|taken\s+over|succeeded|replaced|became|joined)\b"
    r"(?![^.;,]{0,50}\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|this\s+week)\b)"
)
EXEC_DISMISSED_OBJECT = _rx(
    r"\bdismiss(?:ed|es|ing)?\s+(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+)?(?:offer|bid|proposal|approach|claims?|"
    r"concerns?|reports?|speculation|suggestions?|idea|criticism|allegations?|fears?|calls?)\b"
)
EXEC_APPOINT = _rx(
    r"\b(?:appoint\w*|nam(?:ed|es|ing)|replac(?:e|es|ed|ing)|hir(?:ed|es|ing)|promot\w*|tapped|elevated|(?:will\s+)?serve\s+as|"
    r"take[sn]?\s+over\s+as|took\s+over\s+as|becom(?:e|es|ing)|became|succe(?:ed|eds|eded|eding)|"
    # "will take on the additional responsibility of Chief Executive Officer"
    r"(?:take[sn]?|took|taking)\s+on\s+(?:the\s+)?(?:additional\s+|interim\s+)?(?:role|responsibilit(?:y|ies)|position|"
    r"post|duties)\s+of|"
    # "added Roche veteran Michelle Browner as CEO", "added Henri Termeer to its board"
    r"add(?:ed|s|ing)(?=\s+(?:[\w'’-]+\s+){0,3}?[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s+(?:as|to\s+(?:its|the)\s+board)\b))\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:(?:new|next|interim|permanent|acting|incoming)\s+)?(?:" + TITLE + r"|successor|board)\b"
)
EXEC_TITLE = _rx(r"\b" + TITLE + r"\b")
# ("Luca de Meo", "Ton van der Berg": a surname particle)
PERSON = re.compile(
    r"\b([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:de|van|von|der|den|da|di|du|del|della|le|la|dos|das|bin|al)\s+){0,2}"
    r"[A-Z][a-z'’-]+){1,2})\b"
)
#: Words of a title-case headline that are never part of a person's name ("CEO Says He Will Retire Early").
HEADLINE_NOT_NAME_WORDS = frozenset((
    "Says", "Said", "Will", "Would", "He", "She", "It", "They", "To", "Be", "Is", "Was", "As", "After", "Before",
    "Amid", "Of", "The", "And", "Or", "In", "On", "At", "For", "With", "Step", "Steps", "Stepping", "Down",
    "Retire", "Retires", "Retiring", "Quit", "Quits", "Resign", "Resigns", "Leave", "Leaves", "Leaving", "Named",
    "Appointed", "New", "Early", "Exit", "Exits", "Out", "Ousted", "Replaced", "Replace", "Replaces", "Joins",
    "Join", "Takes", "Take", "Over",
))  # fmt: skip
NOT_PERSON_WORDS = (
    frozenset(
        [
            "Chief",
            "Executive",
            "Officer",
            "Financial",
            "Operating",
            "Technology",
            "President",
            "Chairman",
            "Chairwoman",
            "Chair",
            "Director",
            "Managing",
            "General",
            "Counsel",
            "Head",
            "Interim",
            "Acting",
            "The",
            "Company",
            "Group",
            "Inc",
            "Corp",
            "Retail",
            "Bank",
            "Board",
            "Shares",
            "Stock",
            "New",
            "Street",
            "Capital",
            "Partners",
            "Research",
            "Securities",
        ]
    )
    | CALENDAR_WORDS
)

PRODUCT = _rx(
    r"\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing|e)|roll(?:s|ed|ing)?\s+out|"
    # ("debut" the verb, not "jump 10pc on Tokyo debut", "won the debut fiction section")
    r"debut(?:s|ed|ing)|(?:to|will|would|'ll)\s+debut|releas(?:es|ed|ing)|began\s+(?:selling|offering|shipping|sampling)|"
    r"start(?:ed|s)?\s+(?:selling|offering|shipping|sampling)|now\s+(?:offers|provides|sells|ships)|"
    r"(?:broaden\w*|expand\w*)\s+its\s+[\w-]+\s+offerings?|made\s+available|is\s+now\s+available|launch\s+of)\b"
)
PRODUCT_OBJECT_VETO = _rx(
    r"\b(?:closures?|closings?|redundanc\w*|hunt|search|recruitment|filings?|prospectus|documents?|announcement|trading\s+update|profit\s+warning|warning|programm?e|plans?|initiative|review|restructuring|buy-?back|repurchase|offering\s+of|bonds?|notes|"
    r"investigation|probe|campaign|bid|tender|IPO|initial\s+public\s+offering|strategic|lawsuit|results|earnings|"
    # a raising: "has launched an entitlement offer to raise up to A$1.2 million"
    r"entitlement\s+offer|rights\s+(?:issue|offer(?:ing)?)|share\s+purchase\s+plan|placement|placing|capital\s+raising|"
    # a report or a reading released, not a product: "released its quarterly update", "the April inflation readout"
    r"figures|statements?|reports?|updates?|readouts?|numbers|response|reaction|documentation|scheme|party|"
    r"guidance|forecast|outlook|estimates?|FY\d{2}E?|EPS|study|survey|data|economic|macro|polic(?:y|ies)|mandate|layoffs?|"
    r"job\s+cuts|cost|savings|"
    r"takeover|offer\s+(?:for|to\s+(?:buy|acquire|take))|(?:cash|takeover|share|scrip|tender|buyout|rival|hostile|"
    r"voluntary|mandatory|general|exit)\s+offer|shares|stock|dividends?|opportunit\w*|risks?|challenges?|liquidity|"
    r"stimulus|"
    r"(?:a\s+)?total\s+of|strateg\w*|rethink|overhaul|details|"
    # money released, not a product: "released the mutual fund securities (Rs 344 crore) of Dalmia"; people released
    r"securities|units|funds?|money|cash|assets|escrow|deposits?|associates|employees|staff|workers|people|"
    # a letter to shareholders; a war's weapons ("launching more than 180 ballistic missiles")
    r"letters?|missiles?|rockets?|drones?|attacks?|strikes?|offensive|invasion)\b"
)
PRODUCT_SUBJECT_VETO = _rx(
    r"\bsince\s+$|"  # "Since launching its app in May 2017, Starling has built up ...": background
    # a listing, not a product: "makes history in market debut", "its Nasdaq debut"
    r"\b(?:market|stock[-\s]market|trading|public|exchange|Nasdaq|NYSE|listing|IPO|share|bourse)\s+$|"
    # "after plans were unveiled to merge its African operations": a plan, no product
    r"\b(?:plans?|proposals?|details|measures|terms|figures|results)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+$|"
    # "within four months of its launch", "could delay the launch": a time reference or a hedge, no launch
    r"\b(?:of|since|after|before|until|from|within)\s+(?:its|their|the|his|her)\s+$|"
    r"\b(?:delay\w*|postpon\w*|push\w*\s+back)\s+(?:the|its|their)\s+$|"
    r"\b(?:employees|workers|staff|people|prisoners|hostages|detainees|members|those|associates|staffers|"
    r"personnel)\s+(?:will\s+|would\s+|may\s+|could\s+)?(?:being\s+|were\s+|was\s+|are\s+|be\s+|been\s+)?$|"
    r"\b(?:regulators?|government|FDA|analysts?|rivals?|competitors?)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:report|results|figures|data|statement|study|note|memo|filing|documents?|it)\s+(?:was\s+|were\s+)?$|"
    # "the layoffs are being rolled out over three days"
    r"\b(?:layoffs?|lay-offs|job\s+cuts|cuts|reductions|redundancies|closures)\s+(?:are\s+|were\s+|is\s+|was\s+|"
    r"will\s+be\s+)?(?:being\s+)?$"
)
#: "released on Tuesday", "launched in 2019": a passive or dated mention, not a launch.
PRODUCT_PASSIVE = _rx(
    r"^\s+(?:on|in|by|at|last|earlier|yesterday|this|today|(?:a|an|one|two|three|four|five|several|some|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+ago)\b"
)

POLICY = _rx(
    r"\b(?:implement\w*|introduc\w*|adopt\w*|roll\w*\s+out|enforc\w*|mandat\w*|tighten\w*|overhaul\w*|"
    r"revis\w*|impos\w*|announc\w*|unveil\w*|chang\w*|scrap\w*|end\w*|launch\w*|requir\w*)\b"
    + CLAUSE
    + r"{0,50}?\b(?:polic(?:y|ies)|mandate|(?:performance|employee|staff)\s+(?:review|evaluation|"
    r"rating|appraisal)s?(?:\s+(?:system|process))?|(?:review|evaluation|rating|appraisal)\s+(?:system|process)|"
    r"return[- ]to[- ](?:the[- ])?office|remote[- ]work|work[- ]from[- ]home|hiring\s+freeze|dress\s+code|"
    r"code\s+of\s+conduct)\b"
)
POLICY_VETO = _rx(
    r"\b(?:legislation|regulators?|government|law|FDA|tariffs?|trade\s+policy|monetary\s+policy|Fed|"
    r"Federal\s+Reserve|central\s+bank|dividend|EU|European\s+Union|insurance\s+polic\w*)\b"
)

# --------------------------------------------------------------------------- status cues

STATUS_TALKS = _rx(
    r"\b(?:in\s+(?:advanced\s+|early\s+|preliminary\s+|exclusive\s+|late-stage\s+|final\s+)?"
    r"(?:talks|negotiations|discussions)|talks\s+(?:are|were)\s+underway|negotiat\w*|considering|consider|"
    r"evaluating|exploring|weighing|mulling|could|may|might|potential(?:ly)?|proposed|possible|"
    r"seeking\s+to)\b"
)
STATUS_RUMORED = _rx(
    r"\b(?:reportedly|rumou?r\w*|(?:is|are|was|were)\s+said\s+to|according\s+to\s+(?:people|sources|a\s+person|"
    r"persons|media\s+reports|reports)|people\s+familiar|sources\s+(?:said|say)|reports?\s+(?:of|suggest|"
    r"indicate|said|circulating)|speculat\w*)\b"
)
STATUS_COMPLETED = _rx(
    r"\b(?:completed|completes|closed\s+(?:the|its)\s+(?:acquisition|deal|purchase|transaction|sale|round|"
    r"merger)|finali[sz]ed|has\s+acquired|have\s+acquired|had\s+acquired|(?<!to\sbe\s)(?<!will\sbe\s)acquired|"
    r"bought|raised|invested|"
    r"took\s+over|wrapped\s+up|concluded|"
    # "announced the completion of the sale", "confirmed the conclusion of the process for the sale of"
    r"(?:announc\w*|confirm\w*)\s+the\s+(?:successful\s+)?(?:completion|conclusion|closing)\s+of)\b"
)
STATUS_ANNOUNCED = _rx(
    r"\b(?:agreed|agrees|announc\w*|will|signed|signs|struck|strikes|inked|plans?\s+to|to\s+(?:buy|acquire)|"
    r"confirmed|unveiled|launched|entered\s+into|forg(?:e|ed|es)|ended|ends|terminated|agreement)\b"
)

#: Amounts split in tranches: "$15 billion up front and another $35 billion to follow".
UPFRONT = _rx(r"^\s*(?:up\s*front|upfront|initially|immediately|at\s+closing|now)\b")

#: Words too generic to tell two counterparties apart.
GENERIC_TOKENS = frozenset(
    [
        "s",  # the possessive of "Kohl's" and "Macy's"
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "its",
        "their",
        "all",
        "some",
        "several",
        "numerous",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "group",
        "company",
        "holdings",
        "stores",
        "store",
        "plant",
        "plants",
        "site",
        "office",
        "offices",
        "facility",
        "locations",
        "location",
        "physical",
        "its",
    ]
)

#: Financial results: words before a metric that keep it company-wide ("full-year revenue", "its revenue").
RESULT_SCOPE_OK = _rx(
    r"(?:total|net|annual|quarterly|full-year|full|year|fiscal|group|company|record|consolidated|adjusted|reported|"
    r"organic|comparable|underlying|core|its|their|the|first-half|second-half|half-year|interim|preliminary|"
    r"pre-tax|pretax|operating|gross|\d{4}|(?:first|second|third|fourth)[- ]quarter|Q[1-4]|FY\d{2,4}|H[12]|"
    r"[A-Z][\w.&-]*(?:'s|’s)|of|and|on|,|\(|-|:|to|for|had|with|posted|reported|generated|recorded|delivered)$"
)
RESULT_QUARTER = _rx(r"\b(?:quarter|quarterly|Q[1-4]|three\s+months)\b")
RESULT_YEAR = _rx(
    r"\b(?:full-year|full\s+year|for\s+the\s+year|annual|fiscal\s+(?:year\s+)?\d{4}|FY\d{2,4}|"
    r"twelve\s+months|12\s+months|in\s+\d{4})\b"
)
RESULT_HALF = _rx(r"\b(?:half-year|first-half|second-half|first\s+half|second\s+half|H[12]|six\s+months)\b")

#: A status cue belongs to its clause: "will end the programme ... and is in talks with others" is two clauses.
CLAUSE_BREAK = _rx(r"(?:;|\s(?:and|but|while|whereas)\s+(?:is|are|was|were|has|have|will|said|plans|it|the)\b)")


# --------------------------------------------------------------------------- whose action it is

#: Actors that are never the article's company: a government's initiative is not the company's launch.
GOVERNMENT_ACTOR = _rx(
    r"\b(?:governments?|govt|White\s+House|administration|ministry|ministers?|Congress|lawmakers|parliament|"
    r"authorities|central\s+bank|Reserve\s+Bank|Federal\s+Reserve|city\s+council|state\s+(?:government|officials)|"
    # (a company's own: "Gannett's officials announced", "company officials said")
    r"(?<!['’]s\s)(?<!\bits\s)(?<!company\s)officials)\b"
)
#: A plural group as the subject: "AI startups raised $19 billion" is a market total, not the company's round.
GROUP_SUBJECT = _rx(
    r"\b(?:startups|start-ups|companies|firms|businesses|investors|funds|founders|rivals|competitors|peers|"
    r"customers|clients|retailers|banks|automakers|carmakers|chipmakers|lenders|insurers|brands|players|"
    # a market's flows: "Foreigners bought a net 1.06 trillion won worth of shares"
    r"foreigners|institutions|individuals)\s+"
    r"(?:have\s+|had\s+|has\s+|collectively\s+|together\s+|globally\s+|worldwide\s+|also\s+)*$"
)
#: A market's investor flows: "made net purchases of 1.78 trillion won", "bought a net 1.06 trillion won worth of
#: shares", "a combined purchase of 894.4 billion won by retail investors and institutions".
MARKET_FLOW = _rx(
    r"\b(?:net\s+(?:purchases?|buying|selling|bought|sold|buyers?|sellers?)|(?:bought|sold|purchased)\s+a\s+net|"
    r"worth\s+of\s+(?:local\s+|domestic\s+)?shares|purchases?\s+of\s+[^,;]{1,30}?\s+by\s+(?:retail|individual|"
    r"foreign|institutional)\s+investors)\b"
)
#: Market statistics, not one company's deal.
MARKET_DATA = _rx(r"\b(?:according\s+to\s+(?:data|figures)|PitchBook|Crunchbase|Dealroom|CB\s+Insights|Preqin)\b")
#: Auxiliaries between a subject and its verb ("Nvidia (NVDA) plans to start selling").
AUX_CHAIN = re.compile(
    r"(?:\s*\((?:[A-Z]{1,5}:\s*)?[A-Z.]{1,6}\))?(?:\s+(?:plans?|planned|planning|to|will|would|is|are|was|were|has|have|had|"
    r"set|expected|also|now|said|says|it|its|start|starts|started|begin|begins|began|could|may|might|aims?|wants?|"
    r"intends?|going|about|soon|already|recently|just|further|quietly|officially|finally|reportedly|"
    r"separately|then|again|newly|first|has\s+been))*\s*$"
)
#: Where a clause (and its subject) starts: sentence start, a semicolon, "news that", "after", "while".
CLAUSE_HEAD = _rx(
    r"(?:[;:]|\bnews\s+that|\breports?\s+that|\bafter|\bwhile|\bwhereas|\bas|\bbecause|\bsince|\bbut|"
    r"\bwhen|,\s+and)\s"
)


# --------------------------------------------------------------------------- more event phrasings

#: A person announcing their own exit: "announced his decision to leave the company", "wrote on X about his departure".
EXEC_OWN_EXIT = _rx(
    r"\b(?:announc\w*|declar\w*|confirm\w*|disclos\w*|reveal\w*|wrote" + CLAUSE + r"{0,40}?\babout|"
    r"post\w*" + CLAUSE + r"{0,30}?\babout)\s+(?:his|her|their)\s+(?:own\s+|planned\s+|upcoming\s+|imminent\s+)?"
    r"(?:departures?|resignations?|retirements?|exits?|decisions?\s+to\s+(?:leave|step\s+down|retire|depart|resign))\b"
)
#: "has resigned from his positions as Chief Executive Officer", "stepped down from her role as CFO".
#: A departure told with the person after it: "accepted the resignation of Carlos Tavares as CEO", "announced the
#: departure of Chief Financial Officer Coram Williams", "took the step of dumping its chief executive Mark Adamson".
EXEC_LEAVE_OF = _rx(
    r"\b(?:(?:resignation|departure|exit|ouster|dismissal|sacking|firing)\s+of|(?:dump|oust|sack|fir)(?:s|ed|ing|e)?)\s+"
    r"(?:(?:its|the|their)\s+)?(?:(?:[\w-]+\s+){0,2}?(?P<title>" + TITLE + r")\s*,?\s+)?"
    r"(?P<person>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}))"
    r"(?P<as>\s+as\s+(?:[\w-]+\s+){0,2}?" + TITLE + r")?"
)
EXEC_LEAVE_AS = _rx(
    r"^\s+(?:(?:from|as)\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}?(?:as|of)\s+|as\s+)(?:\w+\s+)?"
    + TITLE
    + r"\b"
)
#: The size of a deal stated in the next sentence: "Including debt, the deal is worth about $2.2 billion".
#: A deal's completion day told in its own sentence: "It notes that completion occurred on 14 October 2025."
COMPLETION_DAY = _rx(
    r"\b(?:completion|closing)\s+(?:of\s+the\s+(?:acquisition|deal|transaction|purchase|merger)\s+)?"
    r"(?:occurred|took\s+place|happened|was\s+(?:effective|achieved))\s+(?:on|in)\b"
)
DEAL_WORTH = _rx(
    r"(?:\b(?:deal|transaction|acquisition|takeover|merger|purchase|offer|bid|buyout)\s+(?:is\s+|was\s+|will\s+be\s+|"
    r"would\s+be\s+|has\s+been\s+)?(?:worth|valued\s+at|valu(?:es|ing)\s+(?:[\w'’-]+\s+){1,3}?at)"
    # "implies a fully diluted equity value of around $604 million", "an enterprise value of $2.6 billion"
    r"|\b(?:equity|enterprise|transaction|total\s+deal|aggregate\s+deal)\s+value\s+(?:of|is|was|at|will\s+be))\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|some\s+|more\s+than\s+|up\s+to\s+|almost\s+)?$"
)
#: A takeover offer: "agreed to Cisco's increased offer of $4.5 billion", "a sweetened bid worth £1.2bn".
ACQ_OFFER = _rx(
    r"\b(?:takeover|buyout|acquisition|cash|all-cash|all-share|all-stock|scrip|all-scrip|share|stock|cash-and-share|"
    r"cash-and-stock|increased|revised|sweetened|higher|"
    r"improved|raised|rival|unsolicited|hostile|final|best\s+and\s+final|[\w.&-]+(?:'s|’s))\s+(?:[\w-]+\s+)?"
    r"(?:offer|bid|proposal)\s+(?:of|worth|valued\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"approximately\s+|some\s+|more\s+than\s+|up\s+to\s+)?(?=[$€£¥₹]|US\$|USD|EUR|GBP|[ACS]\$|Rs)"
)
ACQ_OFFER_VETO = _rx(r"\b(?:share|stock|IPO|public|rights|tender\s+price|job|employment|sale\s+of\s+shares)\s+$")
#: Closing expected: "The acquisition is expected to close by the end of this year" restates the deal.
ACQ_CLOSING = _rx(
    r"\b(?:acquisition|takeover|merger|transaction|deal|purchase)\s+(?:is|was|remains)\s+(?:still\s+)?"
    r"(?:expected|scheduled|slated|set|due|on\s+track)\s+to\s+(?:close|complete|be\s+completed|be\s+closed)\b"
)
#: When a deal is expected to close: "expected to close in Q3", "should complete by the end of 2025".
CLOSE_EXPECTED = _rx(
    r"\b(?:expected|scheduled|slated|set|due|on\s+track|anticipated|likely|should|will)\s+(?:to\s+)?"
    r"(?:close|complete|be\s+completed|be\s+closed|be\s+finali[sz]ed)\b(?:\s+(?:in|by|during|before|around|at))?"
)
#: Office attendance rules: "to work in-person at least three days per week", "four days a week in the office".
POLICY_OFFICE = _rx(
    r"\b(?:in[- ]person|in[- ]office|in\s+(?:the\s+)?office|on[- ]site|return\s+to\s+(?:the\s+)?office)\b"
    + CLAUSE
    + r"{0,40}?\b(?:days?\s+(?:a|per|each|every)\s+week|full[- ]time)\b|"
    r"\b(?:days?\s+(?:a|per|each|every)\s+week)\b"
    + CLAUSE
    + r"{0,30}?\b(?:in[- ]person|in\s+(?:the\s+)?office|on[- ]site)\b"
)
#: A deal's maximum value after the partner: "a deal valued at as much as $960 million".
PARTNER_VALUED = _rx(
    # ("has won a contract worth 300 million U.S. dollars", "an order valued at $40 million")
    r"\b(?:deal|agreement|pact|partnership|collaboration|alliance|accord|contracts?|orders?)\s+(?:\w+\s+)?"
    r"(?:valued\s+at|worth)\s+"
    r"(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$"
)
#: A past year the sentence dates its deal by: "In 2021, it had raised $325 million".
PAST_YEAR = _rx(r"\b(?:in|during|back\s+in|since)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")

#: Last words that make a capitalised name a company's, not a person's ("Kestrel Optics", "Pemberton Foods").
COMPANY_WORDS = frozenset(
    {
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Ltd",
        "Ltd.",
        "Plc",
        "PLC",
        "LLC",
        "AG",
        "SA",
        "SE",
        "NV",
        "Co",
        "Co.",
        "Group",
        "Holdings",
        "Systems",
        "Technologies",
        "Technology",
        "Optics",
        "Foods",
        "Motors",
        "Pharma",
        "Pharmaceuticals",
        "Therapeutics",
        "Bank",
        "Capital",
        "Energy",
        "Airlines",
        "Airways",
        "Industries",
        "Electric",
        "Semiconductor",
        "Networks",
        "Software",
        "Labs",
        "Media",
        "Partners",
        "Brands",
        "Resources",
        "Mining",
        "Motor",
        "Financial",
        "Insurance",
        "Health",
        "Healthcare",
        "Entertainment",
        "Communications",
        "Telecom",
        "Retail",
        "Stores",
        "Solutions",
        "Platforms",
        "Ventures",
    }
)

#: A prior-period comparison: "In the same quarter last year, X reported earnings of $1.03" is no new result.
PRIOR_PERIOD = _rx(
    r"^\W*(?:in|during|for)\s+the\s+(?:same|year-ago|year-earlier|prior-year|prior|comparable|corresponding)\s+"
    r"(?:quarter|period|half|year)(?:\s+(?:last|a)\s+year|\s+a\s+year\s+(?:ago|earlier))?\s*,|"
    r"^\W*(?:a|one)\s+year\s+(?:ago|earlier)\s*,|"
    # the figure of the year before as the subject: "net profit in the corresponding quarter last fiscal stood at"
    r"^\W*(?:the\s+company['’]s\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:in|for)\s+the\s+(?:same|year-ago|year-earlier|"
    r"prior-year|comparable|corresponding)\s+(?:quarter|period|half|year)\s+(?:of\s+)?(?:last|the\s+previous|a\s+year)"
)
#: Litigation named as a cause of costs is no lawsuit of its own: "costs from the protracted litigation".
LEGAL_AS_CAUSE = _rx(
    r"\b(?:costs?|charges?|expenses?|fees|provisions?)\s+(?:\w+\s+){0,3}?(?:from|of|for|related\s+to|linked\s+to)\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?$"
)

#: A rival as the subject: "Rival Pemberton Foods", "Harrowgate's rival Dunmore" (just before the verb).
RIVAL_SUBJECT = re.compile(
    r"\b(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers?|[Aa]rchrival)\s+(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*"
    r"(?:\s*\([^)]{1,12}\))?\s*(?:,\s*[^,]{0,60},\s*)?$"
)


# --------------------------------------------------------------------------- whose result (digests and market wraps)

#: A digest's heading line naming the company the following figures belong to: "JB Chemicals Q2 FY24 (Consolidated,
#: YoY)", "Acme Corp first-quarter results", "Orvik H1 2025:".
RESULT_HEADING = re.compile(
    r"^\W*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?(?!Q[1-4]\b|H[12]\b|FY\s?\d)[A-Z][\w&.'’-]*){0,4})\s+"
    r"(?:Q[1-4]|H[12]|FY\s?\d{2,4}|"
    r"(?:first|second|third|fourth)[\s-]quarter|full[\s-]year|half[\s-]year|interim|quarterly|annual)\b"
    r"[^.!?;]{0,50}$"
)
#: A result's subject that is many companies: "as companies from JPMorgan Chase & Co. to Intel Corp. reported earnings".
MANY_COMPANIES_SUBJECT = _rx(
    r"\b(?:companies|firms|corporations|lenders|banks|retailers|groups|names|heavyweights)\s+(?:from|including|such\s+as|"
    r"like|ranging\s+from)\s+(?-i:[A-Z])"
)
#: Nouns a story calls a company by: "support services group Capita", "The bank reported ...".
COMPANY_NOUNS = (
    r"(?:group|company|firm|maker|manufacturer|retailer|bank|lender|miner|insurer|supplier|operator|giant|provider|"
    r"specialist|producer|carrier|airline|chain|developer|owner|housebuilder|builder|publisher|broadcaster|grocer|"
    r"brewer|supermarket|conglomerate|utility|business|telco|carmaker|automaker|drugmaker|chipmaker|explorer|"
    r"landlord|contractor)"
)
#: A digest item's company before a bar or colon: "Tata Power | The company reported a 0.7% dip in Q2 net profit".
ITEM_NAME = re.compile(
    r"^\W*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*\|\s*(?=[A-Z])"
    # a stocks-to-watch item: "Golden Agri-Resources: The palm-oil company on Thursday posted ..."
    rf"|^\W*(?P<named>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}}):\s+(?=The\s+(?:[\w-]+\s+){{0,4}}?{COMPANY_NOUNS}\b)"
)
#: A name is a result's subject when what follows it says so: "Hugo Boss shares rose", "Whitbread (WTB) posted",
#: "Shree Cement Ltd.'s second quarter profit".
SUBJECT_FOLLOW = re.compile(
    # (a Reuters code after the name: "Sony Group 6758.T jumped 4%")
    r"\.?(?:,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|SE|NV|Group|Holdings)\.?)?(?:\s+[A-Z0-9]{2,6}\.[A-Z]{1,2}(?=\s))?"
    # (its move in brackets: "Bankia (-0.25%) reported", "BBVA (+ 2.25%) obtained")
    r"\s*(?:['’]s\b|\([A-Z0-9.:\s]{1,15}\)|\(\s*[+\-−]?\s*[\d.,]+\s*%\s*\)|"
    # (an appositive between: "Toronto-Dominion Bank, the second largest, earned 1.79 billion")
    r"(?:,\s+(?:the|an?)\s+[\w\s'’-]{3,40},\s+)?(?:shares?\b|stock\b|(?:(?:has|had|have)\s+)?(?:also\s+)?(?:said|says|reported|posted|"
    r"announced|delivered|recorded|booked|earned|rose|fell|jumped|gained|climbed|added|advanced|dropped|slid|slipped|"
    r"shed|eased|dipped|edged|firmed|slumped|"
    r"sank|surged|soared|rallied|tumbled|plunged|lost|declined|beat|missed|lifted|raised|cut|increased|swung|turned|"
    r"unveiled|released|published|presented|revealed|obtained|closed|ended|finished|was|were|"
    # a digest's present tense: "Coromandel International falls sharply as its Q2FY26 EBITDA margin contracts"
    r"rises|falls|gains|jumps|climbs|drops|slips|slides|surges|soars|rallies|tumbles|plunges|sinks|reports|posts|"
    r"beats|misses|declines|advances|ends|closes|trades)\b))"
)

#: A deal that did not happen: "had been unable to secure a deal", "failed to agree terms on a merger".
DEAL_FAILED = _rx(
    r"\b(?:unable\s+to|failed\s+to|fail\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|was\s+not\s+able\s+to|"
    r"were\s+not\s+able\s+to|has\s+not\s+been\s+able\s+to)\s+(?:\w+\s+){0,4}$"
)

#: A company introduced by what it is: "support services group Capita", "online retailer ASOS", "shares in Acme".
DESCRIBED_BEFORE = re.compile(rf"\b(?:shares\s+(?:in|of)|stock\s+of|{COMPANY_NOUNS})\s+$", re.IGNORECASE)
#: A company described and named after a possessive: " casino business Crown Resorts", " retail arm Kmart".
DESCRIBED_NAME_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?:{COMPANY_NOUNS}|arm|unit|subsidiary)\s+[A-Z]")
#: A sentence whose subject is the company described, not named: "The bank reported ...", "The retailer said ...".
DESCRIBED_SUBJECT = re.compile(rf"^\W*The\s+(?:[\w-]+\s+)?{COMPANY_NOUNS}\b")
#: Where a wrap's sentence moves on to another company: "..., but online retailer ASOS slumped 13% after ...".
WRAP_CLAUSE_BREAK = re.compile(r",?\s+(?:but|while|whereas)\s+|;\s+|,\s+and\s+(?=[A-Z])")

#: A result figure that describes a size, not a period: "with a turnover of €9 billion, Siemens employs 46,000".
#: A market's traded value, however it moved: "with trading turnover surging to S$441.1 million".
RESULT_MARKET_BEFORE = re.compile(r"\b(?:trading|market|daily|average|exchange)\s+$", re.IGNORECASE)
RESULT_SIZE_BEFORE = re.compile(
    # (and a market's trading: "the total trading turnover of the benchmark index was SR6.88 billion")
    # (a "with" that opens the sentence or an aside; "swung to profitability with a net profit of" is a result)
    r"(?:^\W*|[,(]\s*)with\s+(?:an?\s+)?(?:annual\s+|yearly\s+)?$|\b(?:trading|market|daily|average|exchange)\s+$",
    re.IGNORECASE,
)
#: ... and the size of a business being bought: "Acquires Roger in Poland with sales of SEK 110 million", "agreed to buy
#: Corvane, which has annual revenue of $2 billion" (the target's size, not the buyer's result)
ACQUIRED_SIZE_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|buys?|buying|bought|purchas(?:e|es|ed|ing)|takeover\s+of|acquisition\s+of)\s+"
    r"[^.;]{1,80}?(?:\s+with|,?\s+(?:which|that)\s+(?:has|had|generates?|generated|posts?|posted|reported))\s+"
    r"(?:an?\s+)?(?:annual\s+|yearly\s+|combined\s+)?$",
    re.IGNORECASE,
)
#: ... unless the figure moved: "presented its results, with net profit growing by 10.1%, to ..." is a result.
RESULT_MOVED_AFTER = _rx(
    r"\s+(?:rising|falling|growing|climbing|increasing|jumping|declining|dropping|slipping|surging|gaining|"
    r"sliding|soaring|sinking|shrinking|tumbling|plunging|slumping|up|down|higher|lower)\b"
)
#: A market wrap's traded value: "Turnover totaled NT$426.22 billion (US$14.25 billion)."
MARKET_TURNOVER = _rx(r"^\W*(?:total\s+)?turnover\s+(?:totall?ed|stood|was|reached|amounted|came|rose|fell)\b")
#: Results just published, so a date in the sentence is another event's: "posted its half-year earnings and announced
#: the chief executive would retire in September".
#: "a plan to boost earnings", "weighed on results": the noun as what something acts on, no report.
EARN_OBJECT_BEFORE = _rx(
    r"\b(?:boost|lift|improv|grow|increas|rais|hurt|weigh|hit|drag|dent|help|support|protect|driv|pressur|squeez|"
    r"reduc|dampen|bolster|underpin|affect|impact)\w*\s+(?:on\s+)?(?:its\s+|the\s+|their\s+|future\s+|"
    # ("will hit the company's financial results in its fiscal first quarter")
    r"long-term\s+|overall\s+|the\s+(?:company|group|firm)['’]s\s+)?(?:financial\s+|quarterly\s+|annual\s+)?$"
    # a dividend charged to a year's results, paid later: "a dividend of 0.048 euros per share, charged to the 2025
    # results that it will pay from December 1"
    r"|\b(?:charged|chargeable|paid)\s+(?:to|against|out\s+of)\s+(?:the\s+|its\s+)?(?:\d{4}\s+|fiscal\s+\d{4}\s+)?$"
)
#: An economy's statistics, not a company's report: "better than expected retail sales figures".
#: A share buyback the company starts (type ``other``): "launching a share buyback of $2 billion", "approved a
#: $500 million stock repurchase programme".
#: What a restructuring costs or saves, told with its amount: "pre-tax restructuring charges of approximately $800
#: million", "$1.8 billion in charges ... restructuring program", "up to $2 billion in cumulative cost savings".
RESTRUCTURING_COST = _rx(
    r"\b(?:restructuring|severance|reorgani[sz]ation|redundancy|transformation|termination\s+benefits?)"
    r"(?:\s+and\s+(?:other|related)\s+)?\s+(?:charges?|costs?|expenses?)\b"
    r"|\bcharges?\b(?=[^.;]{0,80}?\b(?:restructuring|reorgani[sz]ation|job\s+cuts|layoffs|workforce\s+reductions?|"
    r"severance|redundancies)\b)"
    r"|\b(?:cost|annual|annuali[sz]ed|cumulative|gross|run-rate)\s+(?:cost\s+)?savings\b"
    # "Restructuring expected to cost about $560m", "cost cuts of EUR 800 million", "a 1.1-billion-euro restructuring
    # plan"
    r"|\brestructuring\s+(?:is\s+|was\s+)?(?:expected\s+|likely\s+|set\s+)?to\s+cost\b"
    r"|\bcost\s+(?:cuts|reductions)\s+of\b|\brestructuring\s+(?:plan|programme|program|package)\b"
    # "saving about Won460bn ($393m) a year in labour costs"
    r"|\bsav(?:e|es|ed|ing)\b(?=[^.;]{0,60}?\b(?:labou?r|personnel|staff|payroll|operating)\s+costs\b)"
)
#: ... not a merger's synergies, an analyst's sum or a saving somebody else makes
RESTRUCTURING_COST_VETO = _rx(r"\bsynerg\w*|\banalysts?\b|\bestimat\w*|\bconsumers?\b|\bcustomers?\b|\bgovernment\b")
BUYBACK = _rx(
    r"\b(?:launch\w*|announc\w*|approv\w*|unveil\w*|authori[sz]\w*|start\w*|kick\w*\s+off|begin\w*|began|plans?|"
    # ("increased its share repurchase program by $3 billion")
    r"planning|set\s+out|introduc\w*|initiat\w*|increas\w*|expand\w*|boost\w*|extend\w*|upsiz\w*)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:new\s+)?(?:[\w$€£¥.,-]+\s+){0,3}?"
    # ("launched a $500 million buyback", "announced a 1-trillion yen buyback program")
    r"(?:(?:share|stock)\s+)?(?:buy-?back|repurchase)s?(?:\s+(?:programme|program|plan|scheme))?\b"
    # "said it would buy back up to 10 percent of its shares"
    # ("will buy back 1 trillion won ($716 million) worth of its own shares")
    r"|\b(?:will|would|to|plans\s+to)\s+(?:buy\s+back|repurchase)\s+(?=(?:up\s+to\s+)?(?:about\s+)?(?:[$€£¥₩]|[A-Z]{1,2}\$)?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|million|m|billion|bn|trillion|tn)?\s+(?:(?:won|yen|yuan|euros?|dollars|pounds|rupees)\s+)?"
    r"(?:\([^)]{1,30}\)\s+)?(?:worth\s+)?(?:of\s+)?(?:its\s+)?(?:own\s+)?(?:outstanding\s+|ordinary\s+|common\s+)?shares\b)"
    # a sized buyback is news by itself: "and a $500 million on-market share buyback"
    # ("pledged a 500 billion yen ($3.4 billion) share buyback")
    r"|\b(?:an?|its)\s+(?:[$€£¥₩]|[A-Z]{1,2}\$)?\d[\d.,]*\s*(?:million|m|billion|bn|trillion|tn)?\s+"
    r"(?:(?:yen|won|yuan|euros?|dollars|pounds|rupees|kronor|crowns|francs)\s+)?(?:\([^)]{1,30}\)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:share|stock)\s+(?:buy-?back|repurchase)\b"
)
#: A change to a company's dividend (type ``other``): "scrapped its annual dividend", "announced a dividend hike",
#: "a higher-than-expected final dividend", "a fourfold increase in its final dividend".
DIVIDEND_ACTION = _rx(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"cut(?:s|ting)?|slash(?:es|ed|ing)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
    r"halt(?:s|ed|ing)?|omit(?:s|ted|ting)?|cancel(?:s|led|ling|ed|ing)?|reinstat(?:e|es|ed|ing)|"
    r"resum(?:e|es|ed|ing)|skip(?:s|ped|ping)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\s+(?:its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?dividends?\b"
    r"|\bdividend\s+(?:hike|increase|cut|raise|boost|suspension)s?\b"
    # the passive: "said its dividend will be reduced by 76 per cent", "the dividend will be suspended"
    r"|\bdividends?\s+(?:will|would|is\s+to|has|have|was|were)\s+(?:be\s+|been\s+)?(?:cut|reduced|slashed|suspended|"
    r"scrapped|halted|eliminated|cancell?ed|axed|omitted|raised|increased|doubled)\b"
    r"|\b(?:special|higher[-\s]than[-\s]expected|bigger[-\s]than[-\s]expected|bumper|increased|record)\s+"
    r"(?:(?:final|interim|annual|quarterly|half-year|full-year)\s+)?dividends?\b"
    r"|\b(?:\w+fold|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+(?:increase|rise|jump|hike|cut)\s+in\s+(?:its\s+|the\s+)?"
    r"(?:[\w-]+\s+)?dividends?\b"
)
#: A change to a company's share capital (type ``other``): a split or bonus issue, a placement, rights issue or share
#: sale to raise money, a capital return: "a proposed five-for-one split of its common shares", "a 5:1 bonus issue",
#: "seeks to raise $1.9bn through a share sale", "an institutional placement", "a capital return of $35m".
CAPITAL_ACTION = _rx(
    r"\b(?:(?:\w+-for-\w+|\d+\s*(?:-|:|for)\s*\d+)\s+(?:stock\s+|share\s+)?split|stock\s+split|share\s+split|"
    r"split\s+of\s+(?:its\s+|the\s+)?(?:common\s+|ordinary\s+)?shares|bonus\s+(?:share\s+)?issue|bonus\s+shares|"
    r"(?:institutional\s+|share\s+)placement|placing\s+(?:and\s+open\s+offer|of\s+(?:new\s+)?shares)|rights\s+issue|"
    r"rights\s+offering|capital\s+return|capital\s+increase|return\s+(?:[$€£]?[\d.,]+\s*(?:bn|billion|m|million)?\s+)?"
    r"to\s+shareholders|raise\s+(?:[\w$€£.,-]+\s+){0,4}?(?:through|via|in|from)\s+(?:an?\s+)?(?:share|equity|stock)\s+"
    r"(?:sale|offering|issue|placement))\b"
)
#: Not a company's dividend decision: a yield, a stock that pays one, a question or a forecast.
DIVIDEND_VETO = _rx(
    r"\b(?:yield\w*|ex-dividend|dividend\s+(?:stocks?|payers?|investors?|aristocrats?|funds?|etfs?|tax)|if|whether|"
    r"could|might|should)\b"
)
#: A buyback's size told in shares: "a share buyback of up to 75m ordinary shares", "up to 10 percent of its shares".
BUYBACK_SHARES = _rx(
    r"\s*(?:(?:programme|program|plan|scheme)\s+)?(?:of\s+)?(?:up\s+to\s+)?(?:about\s+|around\s+)?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|million|m|mn|billion|bn)?\s+(?:of\s+)?(?:its\s+|the\s+company['’]s\s+)?(?:own\s+)?"
    r"(?:outstanding\s+|ordinary\s+|common\s+|issued\s+)?(?:shares|stock)\b"
)
#: A sentence about the economy's figure: "Retail sales increased 0.4% to $66.9 billion in September."
MACRO_SUBJECT = _rx(
    r"^\W*(?:(?:U\.S\.|US|Canadian|Canada['’]s|Australian|UK|British|Japanese|Japan['’]s|Indian|India['’]s|Chinese|"
    r"China['’]s|German|euro[-\s]zone|national)\s+)?(?:retail|wholesale|existing[-\s]home|new[-\s]home|home|auto|"
    r"factory|manufacturing)\s+sales\s+(?:rose|fell|increased|decreased|climbed|dropped|were|grew|jumped|declined|"
    r"edged|slipped|gained|advanced|totall?ed)\b"
)
MACRO_FIGURES = _rx(
    r"\b(?:retail\s+sales|trade|jobs|employment|payrolls|inflation|GDP|economic|housing|manufacturing|PMI|"
    r"consumer\s+(?:price|confidence|spending)|factory|industrial\s+production|unemployment)\s+"
    r"(?:data|figures|numbers|reports?|statistics|results)\b"
    # the market's earnings, not one company's: "rose amid strong corporate earnings"
    r"|\b(?:corporate|company|companies['’])\s+earnings(?!\s+(?:of|from)\b)"
)
#: "jumped following a stronger than expected earnings report": a report already out.
EARN_FOLLOWING_BEFORE = _rx(
    r"\b(?:following|after|on\s+the\s+back\s+of|in\s+the\s+wake\s+of|thanks\s+to|despite)\s+"
    r"(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,4}$"
)
EARN_POSTED_BEFORE = _rx(r"\b(?:posted|reported|released|unveiled|delivered)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}$")
#: A sale told by the seller: "had sold its pipe unit Ipsco Tubulars to Evraz for 24 billion kronor".
#: Words that introduce a party before its name: "an affiliate of", "a consortium led by", "health care investment
#: firm", "conglomerate", "the Indian group" (lower-case descriptors; the name is the next capitalised word).
PARTY_DESCRIPTOR = (
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:affiliate|subsidiary|unit|fund|consortium|vehicle|arm|group)s?\s+"
    r"(?:of|led\s+by|managed\s+by|controlled\s+by|backed\s+by)\s+)?"
    r"(?:(?:an?\s+|the\s+)?(?:(?!(?:in|on|at|of|for|to|from|with|end|early|late|mid|and|or|its|their)\b)"
    r"(?-i:[a-z])[\w-]*\s+){1,4}?)?"
)
ACQ_SOLD = _rx(
    r"\b(?:(?:sold|sells|selling|agreed\s+to\s+sell|to\s+sell|will\s+sell|would\s+sell|and\s+sell|offload(?:s|ed|ing)?|"
    r"agreed\s+to\s+offload|to\s+offload)(?:\s+off)?|divest(?:s|ed|ing)?|"
    # "completed the sale of its Polish unit to X", "announced the disposal of its stake in Y to X"
    r"(?:sale|divestment|divestiture|disposal)\s+of)\s+"
    # "agreed to sell part of its interest in the mine to X", "finalised the sale of one of its businesses to X"
    r"(?:(?:part|some|half|most|all|one|a\s+portion|a\s+part|a\s+share)\s+of\s+)?(?:(?:its|their|the|a)\s+|"
    r"(?-i:(?=[A-Z][a-z])))"  # ("agreed to sell Homebase to X": the unit by its name)
    + CLAUSE
    # the buyer after a descriptor: "to a group led by US investor Bain Capital", "to conglomerate Wesfarmers"
    + r"{1,80}?\s+to\s+"
    + PARTY_DESCRIPTOR
    + r"(?-i:(?=[A-Z]))"
)
#: A suitor told in the target's story: "a report that Avago was eyeing it as a potential acquisition target".
ACQ_EYEING = _rx(
    r"(?-i:(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}))\s+(?:was\s+|is\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
    r"(?:eyeing|eyes|eyed|considering|weighing|exploring)\s+(?:[\w’'.-]+\s+){0,4}?as\s+(?:an?\s+)?"
    r"(?:potential\s+|possible\s+|likely\s+)?(?:acquisition|takeover|buyout)\s+(?:target|candidate)\b"
)
#: A bid told by its target: "said it had received a A$1.2 billion bid from Mitsubishi UFJ".
ACQ_BID_FROM = _rx(
    # ("InvoCare gets higher $1.3 billion offer from TPG")
    r"\b(?:received|receives|receiving|rejected|rebuffed|accepted|backed|recommended|gets|got|getting|wins|won|"
    r"attracts|attracted|fielded|fields)\s+(?:an?\s+|the\s+)?"
    # ("rejected an offer of 58 cents per share from Zhaojin Mining")
    r"(?:[\w$€£¥.,-]+\s+){0,5}?(?:takeover\s+|buyout\s+|acquisition\s+|cash\s+)?(?:bid|offer|approach|proposal)\s+"
    r"(?:of\s+[^,;]{1,30}?\s+)?from\s+"
    # "said a A$223 million unsolicited bid from X was opportunistically timed"
    r"|\b(?:unsolicited|hostile|non-binding|indicative|all-cash|cash-and-scrip|scrip|rival|takeover|buyout)\s+"
    r"(?:takeover\s+|buyout\s+|acquisition\s+)?(?:bid|offer|approach|proposal)\s+from\s+(?:[\w-]+\s+){0,3}?(?=[A-Z])"
)
#: A bid told by its bidder: "has made a A$1.2 billion offer for Quillon", "lodged a takeover bid for X".
#: The buyer's price for a named company: "BMO said it would pay US$16.3 billion for Bank of the West".
ACQ_PAY_FOR = _rx(
    r"\b(?:would|will|agreed\s+to|to|plans\s+to|is\s+to)\s+pay\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?"
    r"(?:(?-i:[A-Z]{1,3})?\$|[€£¥])\s?[\d.,]+\s*(?:billion|million|bn|mn|m)\b(?:\s+in\s+(?:cash|stock|shares))?\s+for\s+"
    r"(?=(?-i:[A-Z]))"
)
ACQ_MADE_OFFER = _rx(
    r"\b(?:made|makes|making|make|launched|launches|launch|tabled|lodged|submitted|put\s+forward|unveiled|"
    r"sweetened|sweetening|raised|increased|improved|announces|announced|announcing|"
    # the bid as a noun: "the filing of a public purchase offer for X", "the submission of an exchange offer"
    r"(?:filing|submission|launch|lodging|tabling)\s+of)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w$€£¥.,-]+\s+){0,5}?"
    r"(?:takeover\s+|buyout\s+|acquisition\s+|cash\s+|all-cash\s+|all-share\s+|scrip\s+)?(?:bid|offer|approach|proposal)\s+"
    # ("launched a cash offer of 61.2c per share for the company")
    r"(?:(?:of|worth)\s+[^,;]{1,40}?\s+)?"
    # ("announces a mandatory public cash offer to the shareholders of Svedbergs")
    r"(?:for|to\s+(?:buy|acquire|take\s+over)|(?:addressed\s+)?to\s+(?:all\s+)?(?:the\s+)?shareholders\s+(?:of|in))\s+"
    r"(?:(?:the\s+)?(?:rest\s+of\s+|remainder\s+of\s+|all\s+of\s+))?"
    # ("made an unsolicited A$223 million bid for the dental group")
    rf"(?=(?:the\s+)?(?-i:[A-Z])|the\s+(?:[\w-]+\s+){{0,2}}?(?:company|group|firm|{COMPANY_NOUNS})\b)"
)
#: Bids told in a way the gates need not open for (a sentence holding one names a "bid" or an "offer" already, so
#: the acquisition detector runs): a bidder raising its bid by or to a price, "Haier raised its takeover bid by 8
#: cents to NZ$1.28 a share"; a bid for the company from a bidder, "a bid for the company worth 58.70 kronor in cash
#: from Roc Oil".
ACQ_RAISED_BID = _rx(
    r"\b(?:raised|raises|increased|increases|sweetened|sweetens|lifted|lifts|bumped\s+up)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:takeover\s+|buyout\s+|cash\s+)?(?:bid|offer)\s+(?:by|to)\s+[^,;]{0,30}?(?:a|per)\s+share\b"
)
#: A UK takeover-code announcement: "Recommended cash offer for U and I Group PLC", "a recommended all cash offer by
#: Landsec Development for the entire issued share capital of U+I", "Possible offer for X".
ACQ_RECOMMENDED = _rx(
    r"\b(?:recommended|possible|firm|final|increased|revised|improved)\s+(?:all[- ]|pre-conditional\s+)?"
    r"(?:(?:cash|share|cash\s+and\s+share|securities\s+exchange|voluntary|mandatory)\s+)?(?:offer|acquisition|merger)\s+"
    r"(?:by\s+(?:[A-Z][\w&.'’+-]*\s+){1,4})?for\s+(?:the\s+(?:entire|whole)\s+[^.;]{0,80}?\s+of\s+)?(?=[A-Z])"
)
#: A bidder's bid by its possessive: "CP's US$25 billion bid for Kansas City Southern faces limited opposition".
ACQ_BID_POSSESSIVE = _rx(
    r"(?:['’]s|\bits|\btheir)\s+(?:(?:proposed|planned|rival|hostile|unsolicited|revised|sweetened|increased|higher|"
    r"all-cash|cash|all-stock|all-share|cash-and-stock|cash-and-share)\s+)?(?:(?-i:[A-Z]{1,3})\s?\$|\$|[€£¥])\s?[\d.,]+\s*"
    r"(?:billion|million|bn|mn|m)\b\s+(?:(?:takeover|buyout|acquisition|cash|all-cash)\s+)?(?:bid|offer)\s+for\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))"
)
ACQ_BID_FOR_COMPANY = _rx(
    r"\b(?:bid|offer)\s+for\s+the\s+(?:company|group|firm)\s+(?:worth\s+[^,;]{1,40}?\s+)?from\s+(?=[A-Z])"
)
#: Deal talks with a named party: "is in takeover talks with X", "in negotiations to integrate operations with X",
#: "approached X for a merger", "is nearing a preliminary takeover agreement for X".
ACQ_TALKS = _rx(
    r"\b(?:in|entered|enter|entering|held|holding|hold|opened|open)\s+(?:advanced\s+|exclusive\s+|preliminary\s+|early\s+)?"
    r"(?:takeover|merger|buyout|acquisition|tie-up|combination)\s+(?:talks|negotiations|discussions)\s+with\s+"
    r"|\b(?:talks|negotiations|discussions)\s+to\s+(?:integrate|merge|combine)\s+(?:[\w-]+\s+){0,2}?with\s+"
    r"|\bnearing\s+(?:an?\s+)?(?:preliminary\s+|final\s+|definitive\s+)?(?:takeover|merger|acquisition|buyout)\s+"
    r"(?:agreement|deal|pact)\s+(?:for|with)\s+"
    r"|\bapproach(?:ed|es)\s+(?=(?-i:[A-Z])[^.;]{0,60}?\s+(?:for|about|over|regarding)\s+(?:an?\s+)?(?:possible\s+|potential\s+)?"
    r"(?:merger|takeover|combination|tie-up|buyout)\b)"
    # "confirmed talks with Telstra on the sale of its TelstraClear unit"
    # ("in talks with Telstra which could lead to it selling its New Zealand subsidiary")
    r"|\b(?:talks|negotiations|discussions)\s+with\s+(?=(?-i:[A-Z])[^.;]{0,40}?\s+(?:on|over|about|regarding|"
    r"(?:which|that)\s+could\s+lead\s+to(?:\s+it)?)\s+(?:the\s+|a\s+)?"
    r"(?:possible\s+|potential\s+)?(?:sale|selling|purchase|acquisition|takeover|merger)\b)"
)
#: A bid the company turned down, the bidder unnamed: "888 reportedly rejected a £700m bid this summer".
ACQ_REJECTED_BID = _rx(
    # (an amount or a takeover's word before it: not "rejected the pay proposal")
    # ("rejected Heliot's third cash-and-shares proposal")
    r"\b(?:rejected|rebuffed|spurned|snubbed|turned\s+down)\s+(?:an?\s+|the\s+)?"
    r"(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s\s+)?"
    r"(?:(?:[\w$€£¥.,-]*\d[\w$€£¥.,-]*|takeover|buyout|cash|all-cash|unsolicited|hostile|indicative|non-binding|"
    r"improved|revised|higher|rival|second|third|fourth|fifth|final|latest|sweetened|cash-and-shares?|cash-and-stock|"
    r"all-share|all-stock)\s+){1,3}"
    r"(?:bid|offer|approach|proposal)\b"
    r"(?!\s+(?:to|for)\s+(?:buy\s+|acquire\s+)?(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:stake|unit|division|business|assets?)\b)"
)
#: A company put up for sale: "Tekmar Group commenced a formal sale process", "is exploring a sale of the company".
ACQ_FOR_SALE = _rx(
    r"\b(?:formal\s+sale\s+process|put\s+itself\s+up\s+for\s+sale|(?:explor\w*|consider\w*|weigh\w*|review\w*)\s+"
    r"(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?sale\s+of\s+(?:the\s+)?(?:company|group|business|itself)\b)"
)
#: A stake put up for sale, the buyer not (yet) named: "in advanced talks to divest its 25 per cent stake in X".
ACQ_STAKE_SALE = _rx(
    r"\b(?:divest(?:s|ed|ing)?|sell(?:s|ing)?|sold|offload(?:s|ed|ing)?|dispos(?:e|es|ed|ing)\s+of|"
    r"(?:sale|disposal|divestment|divestiture)\s+of)\s+(?:its|their|the|a)\s+"
    r"(?:(?:[\d.]+\s*(?:%|per\s*cent|percent)|entire|remaining|whole|majority|minority|controlling)\s+)+"
    r"(?:stake|shareholding|holding|interest)\s+in\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)

#: An outlook told as what will happen in the period: "The net loss will reach 37.2 billion yen in the year ending
#: March 31", "revenue will be about $2 billion for the full year".
GUIDE_WILL = _rx(
    r"\b(?:net\s+|operating\s+|pre-?tax\s+|annual\s+|full-year\s+)?(?:loss|profit|revenue|sales|earnings|income)\s+"
    r"will\s+(?:reach|be|total|come\s+in\s+at|rise\s+to|fall\s+to|drop\s+to|climb\s+to|amount\s+to)\b"
    r"(?=(?:[^.;]|\.(?=\d)){0,80}\b(?:in|for)\s+the\s+(?:(?:fiscal|financial|full|current)\s+)?(?:year|twelve\s+months)\s+"
    r"(?:ending|to|through)\b|(?:[^.;]|\.(?=\d)){0,80}\b(?:this|the\s+current|the\s+full|next)\s+(?:fiscal\s+|financial\s+)?"
    r"year\b)"
)

#: A UK trading update's outlook against the market's: "it expects to exceed expectations this year", "full-year
#: results will be ahead of market expectations", "profit for the year is expected to be at least £10.5m".
GUIDE_AHEAD = _rx(
    r"\b(?:expects?|expected|anticipates?|is\s+on\s+track|remains\s+on\s+track)\s+(?:to\s+)?(?:comfortably\s+)?"
    r"(?:exceed|beat|outperform|be\s+(?:materially\s+|significantly\s+|slightly\s+)?(?:ahead\s+of|above|below|"
    r"in\s+line\s+with|at\s+the\s+(?:upper|lower|top|bottom)\s+end\s+of))\s+(?:the\s+)?(?:current\s+)?"
    r"(?:market|board|management|its|consensus)?\s*(?:expectations|guidance|forecasts?|range)\b"
    r"|\b(?:results|profits?|earnings|revenues?|sales|EBITDA)\s+(?:for\s+the\s+(?:full\s+|financial\s+)?year\s+)?"
    r"(?:will|would|are\s+expected\s+to|is\s+expected\s+to)\s+be\s+(?:materially\s+|significantly\s+|comfortably\s+)?"
    r"(?:ahead\s+of|above|below|in\s+line\s+with)\s+(?:current\s+)?(?:market\s+|board\s+|management\s+)?expectations\b"
)
#: A target the company says it will miss: "it would not achieve a 100-million-euro operating profit rise in 2017".
GUIDE_MISS = _rx(
    r"\b(?:would|will|could|does|do|did)\s+not\s+(?:achieve|reach|meet|hit|deliver|attain)\s+(?:its\s+|the\s+|an?\s+)?"
    r"(?:[\w$€£¥.,()-]+\s+){0,5}?" + GUIDE_METRIC + r"\b"
)

#: A market's or sector's investment, not a deal: "late-stage private-equity investment rose", "in VC investment".
INVEST_STATISTIC = _rx(
    r"\b(?:private[-\s]equity|venture[-\s]capital|VC|foreign(?:\s+direct)?|FDI|inward|outward|global|total|overall|"
    r"sector|industry|fintech|startup|start-up|tech|corporate|business|capital|infrastructure|public)\s+$"
)
