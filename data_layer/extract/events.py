"""Corporate events: deals, funding, partnerships, closures, earnings dates, results, guidance, rulings.

Sentence by sentence, a cheap keyword gate lets through the few sentences that can hold an event;
per event type a trigger (rule data in :mod:`._event_rules`) must fire, and most types also need
an anchor: an amount, a named counterparty or a date. Each candidate gets an amount (absolute USD
only when the text gives dollars, else ``amount_text``), tranches, a counterparty, a status and a
date. An article states its main events several times (title, lede, summary box), so candidates are
consolidated per article: same type, compatible amount and counterparty -> one event, the most
informative copy kept.

>>> import datetime as dt
>>> from data_layer.models import Article
>>> body = "Northwater agreed to acquire Clearbrook Hydrometrics for about $2.35 billion."
>>> [(e.type.value, e.amount_usd, e.counterparty, e.status.value) for e in extract(Doc.of(Article(id="a", body=body)))]
[('acquisition', 2350000000.0, 'Clearbrook Hydrometrics', 'announced')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .._company_rules import PLACE_NAMES
from .._dates_rules import CALENDAR_WORDS, MONTHS
from ..companies import EXCHANGES, clean_name, distinct_leads, same_company
from ..dates import DateMention, find_dates, opens_with_future_day
from ..models import DateBasis, DatePrecision, Event, EventStatus, EventType, FuzzyDate
from ..text import Sentence, provenance
from . import _event_rules as R
from . import _fastscan
from . import _finance_rules as F
from ._caseless import icompile
from ._dateline import blank_dateline
from ._doc import Doc
from ._money import Money, localise, parse_money
from ._prefilter import Gate, GateSet, fold
from ._selfname import mask_own_names, own_names

__all__ = ["extract"]

T = EventType
S = EventStatus
EXTRACTOR = "events"
SUMMARY_CHARS = 160

#: Types whose status (rumored/talks/announced/completed) is meaningful.
DEAL_TYPES = frozenset({T.INVESTMENT, T.FUNDING_ROUND, T.PARTNERSHIP, T.PARTNERSHIP_END, T.ACQUISITION})
#: Types whose amount is the event's size (others keep the amount as text only).
AMOUNT_TYPES = frozenset(
    {T.INVESTMENT, T.FUNDING_ROUND, T.ACQUISITION, T.LEGAL, T.FINANCIAL_RESULT, T.PARTNERSHIP, T.GUIDANCE, T.OTHER}
)


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    type: EventType
    sent: Sentence
    start: int  # trigger span, relative to the sentence
    end: int
    money: Money | None = None
    usd: float | None = None
    parts: tuple[float, ...] = ()
    counterparty: str | None = None
    status: EventStatus | None = None
    date: FuzzyDate | None = None
    revenue: bool = False  # financial results: the amount is company-wide revenue
    per_share: bool = False  # financial results: the amount is per share ("EPS of $0.89", "91 cents a share")
    period: str | None = None  # financial results: "Q", "H" or "Y" when the sentence says
    amount_text: str | None = None
    valuation: float | None = None  # funding rounds and investments: the valuation the deal implies
    fine: bool = False  # legal: a fine (the regulator is the counterparty)
    idx: int = -1  # the sentence's index in the article
    expected_close: FuzzyDate | None = None  # deals: when the text expects them to close
    undated: bool = False  # a restatement whose date is another moment ("expected to close by year end")
    subject: str | None = None  # results: the company they belong to, when a digest or wrap names one
    control: bool = False  # investments: a controlling stake ("a 51.21% interest in X"), so the company's takeover
    kind: str | None = None  # other events: "buyback", "dividend", "spinoff" (two kinds are two events)
    by_publication: bool = False  # the date is the article's day: the text gives none


@dataclass
class _Ctx:
    doc: Doc
    sent: Sentence
    low: str  # the sentence folded for gates (see :func:`._prefilter.fold`)
    _monies: list[Money] | None = field(default=None, repr=False)
    _dates: list[DateMention] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        """The sentence, a leading wire dateline blanked out ("HOUSTON, May 5 (Reuters) - "): same length."""
        if self._text is None:
            self._text = blank_dateline(self.sent.text)
        return self._text

    @property
    def monies(self) -> list[Money]:
        if self._monies is None:
            market = self.doc.market  # a bare "$" in an ASX or TSX story is that market's dollar, not USD
            self._monies = [localise(m, market) for m in parse_money(_TITLE_MULT.sub(_lower_match, self.text))]
        return self._monies

    def dates(self) -> list[DateMention]:
        if self._dates is None:
            try:
                self._dates = find_dates(self.text, self.doc.published)
            except Exception:  # a date parser failure never loses the event
                self._dates = []
        return self._dates


#: Headlines write "$50 Billion": lower-case the multiplier (same length, so spans still slice back).
_TITLE_MULT = icompile(r"(?<=\d )(?:Billion|Million|Trillion|BILLION|MILLION|TRILLION)\b")


def _lower_match(m: re.Match[str]) -> str:
    return m.group().lower()


# --------------------------------------------------------------------------- small helpers

_NP_STOP = icompile(
    r"[,;:()\"“”]|(?<!\b[A-Z]\.[A-Z])\.(?:\s|$)|\s(?:for|in|at|from|to|with|as|which|that|who|under|by|on|after|amid|over|into|"
    r"valued|valuing|worth|through|including|plus|while|but|because|since|if|when|whose|said|says|will|would|"
    r"has|had|is|was|were|are|joins?|and\s+(?=[a-z]))\b"
)
_NAME_STOP = frozenset(
    [
        "A",
        "An",
        "The",
        "Its",
        "Their",
        "This",
        "That",
        "Potential",
        "Proposed",
        "New",
        "Billion",
        "Million",
        "Trillion",
        "AI",
        "Landmark",
        "Strategic",
        "Deal",
        "Stake",
        "Partnership",
        "Agreement",
        "U.S.",
        "US",
        "UK",
        "EU",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Ltd",
        "Plc",
    ]
)
_CONNECT = frozenset({"of", "&", "de", "and", "von", "van", "der"})


def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or (tok[0].isdigit() and any(c.isupper() for c in tok)))


def _clean_tok(tok: str) -> str:
    tok = tok.strip("\"'“”‘’")
    for suf in ("'s", "’s"):
        if tok.endswith(suf):
            tok = tok[: -len(suf)]
    return tok


def _cap_runs(np: str) -> list[str]:
    """Runs of capitalised words in a noun phrase, descriptors ("Lisbon-based") left out.

    >>> _cap_runs("Danish pump maker Kvistgaard Pumper")
    ['Danish', 'Kvistgaard Pumper']
    """
    runs: list[list[str]] = [[]]
    toks = [_clean_tok(t) for t in np.split()]
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if (_is_cap(tok) and not tok.endswith("-based") and tok not in _NAME_STOP) or (
            tok in _CONNECT and runs[-1] and _is_cap(nxt) and nxt not in _NAME_STOP
        ):
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if r]


def _np_after(text: str, pos: int, limit: int = 90) -> str:
    window = text[pos : pos + limit]
    m = _NP_STOP.search(window)
    return window[: m.start()] if m else window


_BY_PRODUCT = re.compile(r"\s+(?:developers?|makers?|owners?|operators?|creators?|publishers?|manufacturers?)\b")
_PLACE_PREFIX = re.compile(r"^(?:[A-Z][\w.]*-(?:listed|based|owned|backed|headquartered)\s+)+")


def _name_after(text: str, pos: int, limit: int = 90) -> str | None:
    """The named party of the noun phrase starting at ``pos`` (its last capitalised run).

    >>> _name_after("to buy privately held Clearbrook Hydrometrics for $2bn", 6)
    'Clearbrook Hydrometrics'
    """
    np = _np_after(text, pos, limit)
    # (a day is no party: "An all-stock takeover offer from Down Under powered shares of a junior miner Tuesday")
    runs = [r for r in _cap_runs(np) if not all(w in CALENDAR_WORDS for w in r.split())]
    if not runs:
        return None
    if _BY_PRODUCT.match(np, np.rfind(runs[-1]) + len(runs[-1])):
        return None  # "the Angry Birds developer", "the iPhone maker": a product, the company unnamed
    if runs[-1] in _DEMONYMS:
        return None  # "takeover of the German firm", "to purchase the British oil producer": the party unnamed
    # "London-listed Kestrel Mining": the place it is listed is not part of the name
    return _PLACE_PREFIX.sub("", runs[-1]) or runs[-1]


def _name_before(text: str, pos: int) -> str | None:
    """A name just before ``pos``, over at most two lowercase descriptors ("Orrin Solar supply pact")."""
    toks = [_clean_tok(t) for t in text[max(0, pos - 80) : pos].split()]
    out: list[str] = []
    skipped = 0
    for tok in reversed(toks):
        if _is_cap(tok) and tok not in _NAME_STOP and not re.search(r"[$€£\d]", tok[:1]):
            out.append(tok)
        elif out or skipped >= 2 or not re.fullmatch(r"[a-z][\w-]*", tok):
            break
        else:
            skipped += 1
    return " ".join(reversed(out)) or None


def _after_word(text: str, pos: int, word: str, limit: int = 60) -> str | None:
    """Name after ``word`` ("with", "in", "led by") when it follows ``pos`` within the clause."""
    m = icompile(rf"^{R.CLAUSE}{{0,{limit}}}?\b{word}\s+", re.I).search(text[pos:])
    return _name_after(text, pos + m.end()) if m else None


_PER_SHARE = icompile(r"^\s*(?:a|per)\s+(?:share|unit)\b", re.I)


_DEAL_VALUED = icompile(
    r"\bfor\s+an?\s+(?:total\s+)?enterprise\s+value\s+of\s+(?:about|around|roughly|approximately|nearly|some)?\s*$|"
    r"\b(?:deal|transaction|acquisition|offer|bid|purchase|merger|takeover|agreement)\s+(?:\w+\s+)?valued\s+at\s+"
    r"(?:about|around|roughly|approximately|nearly|some)?\s*$",
    re.I,
)


def _usable(ctx: _Ctx, m: Money) -> bool:
    """Not a valuation ("valuing the company at $2.4bn") nor a per-share price; "a deal valued at $53bn" is fine."""
    pre = ctx.text[max(0, m.start - 60) : m.start]
    if (R.VALUATION_BEFORE.search(pre) and not _DEAL_VALUED.search(pre)) or R.PRICE_BEFORE.search(pre):
        return False
    return not (_PER_SHARE.match(ctx.text[m.end :]) or R.VALUATION_AFTER.match(ctx.text[m.end :]))


def _valuation(ctx: _Ctx) -> float | None:
    """The dollar valuation a sentence gives ("valuing the startup at $2.4bn", "a $300bn valuation").

    A market value ("a market capitalisation of $3 trillion") or a deal's price ("a deal valued at $53bn") is not one.
    """
    for m in ctx.monies:
        pre = ctx.text[max(0, m.start - 70) : m.start]
        cue = R.VALUATION_CUE.search(pre) or R.VALUATION_AFTER.match(ctx.text[m.end :])
        if not cue or _DEAL_VALUED.search(pre) or R.MARKET_VALUE.search(pre):
            continue
        usd = _usd(ctx, m)
        if usd is not None:
            return usd
    return None


def _money_after(ctx: _Ctx, pos: int, limit: int = 80) -> Money | None:
    for m in ctx.monies:
        if m.start >= pos and m.start - pos <= limit and _usable(ctx, m):
            if re.search(r"[;]", ctx.text[pos : m.start]):
                return None
            return m
    return None


def _deal_after(ctx: _Ctx, pos: int, limit: int = 100) -> Money | None:
    """The first amount after ``pos`` large enough to be a deal's: "for a value of 7.3BRL (approximately 1.4 billion
    dollars)" skips the garbled "7.3BRL"."""
    for m in ctx.monies:
        if m.start >= pos and m.start - pos <= limit and _usable(ctx, m):
            if ";" in ctx.text[pos : m.start]:
                return None
            if _deal_money(m):
                return m
    return None


def _money_before(ctx: _Ctx, pos: int, limit: int = 30) -> Money | None:
    best = None
    for m in ctx.monies:
        if m.end <= pos and pos - m.end <= limit and _usable(ctx, m):
            best = m
    # "paying €14.5 billion ($20.1 billion) to take control of": the amount, not its bracketed equivalent
    for n in ctx.monies if best is not None else ():
        if n.end <= best.start and _PAREN_EQUIV.match(ctx.text[n.end : best.start]) and _usable(ctx, n):
            return n
    return best


def _money_within(ctx: _Ctx, start: int, end: int) -> Money | None:
    """The first usable amount written inside a trigger: "received a A$1.2 billion bid from"."""
    return next((x for x in ctx.monies if start <= x.start < end and _usable(ctx, x)), None)


def _money_near(ctx: _Ctx, start: int, end: int, limit: int = 80) -> Money | None:
    return _money_after(ctx, end, limit) or _money_before(ctx, start, limit)


#: An amount right before a deal noun: "the 19-billion-euro ($20 billion) sale", "its $3 billion sale".
_AMOUNT_THEN_NOUN = icompile(r"(?:billion|million|bn|mn|m|\))\s*\)?\s+(?:sale|deal|disposal|divestiture)\b", re.I)
_PAREN_EQUIV = icompile(
    r"^\s*(?:\(\s*(?:about|around|approximately|approx\.|roughly|some|or|~|≈|c\.|equivalent\s+to|US|USD)?|"
    r",?\s*or(?:\s+about|\s+around|\s+roughly)?|,\s*(?:the\s+)?equivalent\s+(?:to|of)(?:\s+about|\s+around|\s+roughly)?)"
    r"\s*$",
    re.I,
)  # "€14.5 billion ($20.1 billion)", "€683 million or $737.5 million"


def _usd(ctx: _Ctx, m: Money | None) -> float | None:
    """Absolute USD: the amount itself when in dollars, else a dollar equivalent given in brackets."""
    if m is None:
        return None
    if m.currency == "USD":
        return m.value
    for n in ctx.monies:
        # "A$104 million ($109 million)": a bare "$" bracketed after another dollar is the US one
        usd = n.currency == "USD" or (n.text.startswith("$") and not m.text.startswith("$"))
        if n.start >= m.end and usd and _PAREN_EQUIV.match(ctx.text[m.end : n.start]):
            return n.value
        if n.end <= m.start and usd and _OR_EQUIV.fullmatch(ctx.text, n.end, m.start):
            return n.value  # "596 million reals ($149 million) or C$189 million": the same sum, in dollars before
    return None


_OR_EQUIV = re.compile(r"\)?\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+)?")


def _parts(ctx: _Ctx, m: Money | None) -> tuple[tuple[float, ...], float | None]:
    """Tranches of the amount: two later dollar amounts summing to it, or "$A upfront and $B"."""
    if m is None or m.currency != "USD":
        return (), None
    later = [n for n in ctx.monies if n.start >= m.end and n.currency == "USD" and n.start - m.end < 160]
    for i, a in enumerate(later):
        for b in later[i + 1 :]:
            if abs(a.value + b.value - m.value) <= 0.01 * m.value:
                return (a.value, b.value), m.value
    if later and R.UPFRONT.match(ctx.text[m.end :]):
        b = later[0]
        if re.search(r"\band\b", ctx.text[m.end : b.start]):
            return (m.value, b.value), m.value + b.value
    return (), None


def _status(text: str) -> EventStatus | None:
    for rx, status in (
        (R.STATUS_TALKS, S.TALKS),
        (R.STATUS_RUMORED, S.RUMORED),
        (R.STATUS_COMPLETED, S.COMPLETED),
        (R.STATUS_ANNOUNCED, S.ANNOUNCED),
    ):
        if rx.search(text):
            return status
    return None


_CLAUSE_BREAK = re.compile(r"[,;]")
_EFFECTIVE_BEFORE = icompile(r"\b(?:from|effective|starting|as\s+of)\s+(?:on\s+)?$", re.I)
_OPENING_DAY = icompile(
    r"\s*(?:(?:In|On|At)\s+(?:a|an|the|its)\s+(?:\w+\s+){0,3}?)?(?:late|early|on|last)?\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\s*$",
    re.I,
)
# A date that opens the sentence and is set off by a comma: "On 21st Nov, Cipla announced its plans to acquire ...".
_OPENING_ON = icompile(r"\s*(?:On|As\s+of)?\s*", re.I)
# The day of the announcement that carries the clause: "announced Wednesday that it has entered into an agreement".
_SAID_DAY_BEFORE = icompile(
    # ("said after Thursday's market close that ...")
    r"\b(?:announced|said|says|reported|disclosed|confirmed|revealed|unveiled|stated|news|reports?)\s+"
    r"(?:on\s+|late\s+|early\s+|after\s+|before\s+)?$",
    re.I,
)
_SAID_DAY_AFTER = icompile(
    r"(?:['’]s\s+(?:market\s+)?(?:close|closing|session|trading))?\s*,?\s+(?:that|it|its|the\s+company)\b", re.I
)
# A date inside a relative or time clause before the trigger belongs to that clause ("which will report on May 2,").
_RELATIVE_HEAD = icompile(r",\s*(?:which|who|whose|when|after|ahead\s+of|before)\b[^,;]*$", re.I)
# (and a duration's start is not the event's day: "who has been serving as COO since January")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_PERIOD_END = icompile(r"\b(?:ended|ending|through|to|until|since|from|closed|closing|trading|traded|at)\s*$", re.I)
# (nor the day a market closed, when the news came: "After the market closed Thursday, Roku reported a net loss")
_MARKET_CLOSED = icompile(r"\b(?:market|markets|bell|session|trading)\s+(?:closed|closing)\s+(?:on\s+)?$", re.I)
# (but a day something is moved to is its new day: "results, which have been pushed to May 15")
_MOVED_TO = icompile(
    r"\b(?:pushed|delayed|moved|postponed|rescheduled|deferred|brought\s+forward)\s+(?:back\s+)?(?:to|until|till|for)\s*$",
    re.I,
)


def _event_date(
    ctx: _Ctx,
    *,
    after: int = 0,
    future_only: bool = False,
    allow_month: bool = True,
    reach: int = 10_000,
    weeks: bool = True,
) -> FuzzyDate | None:
    """The date a sentence gives its event: a day (or month), never a reporting period or a period end."""
    published = ctx.doc.published
    cands: list[tuple[int, FuzzyDate]] = []
    for d in ctx.dates():
        if d.date is None or (
            _PERIOD_END.search(ctx.text[max(0, d.start - 12) : d.start])
            and not _MOVED_TO.search(ctx.text[max(0, d.start - 30) : d.start])
            and not _MARKET_CLOSED.search(ctx.text, max(0, d.start - 30), d.start)
        ):
            continue
        p = d.date.precision
        if p is DatePrecision.DAY or (p is DatePrecision.WEEK and weeks):
            rank = 0
        elif p is DatePrecision.MONTH and allow_month:
            rank = 1
        else:
            continue
        if future_only and published is not None and d.date.end < published:
            continue
        if d.start - after > reach or (
            after - d.start > min(reach, 60)
            and not _OPENING_DAY.match(ctx.text, 0, d.end)
            and not (_OPENING_ON.fullmatch(ctx.text, 0, d.start) and ctx.text.startswith(",", d.end))
            and not (
                _SAID_DAY_BEFORE.search(ctx.text, max(0, d.start - 30), d.start)
                and _SAID_DAY_AFTER.match(ctx.text, d.end)
            )
        ):
            continue  # (a day in the sentence's opening phrase is the whole sentence's: "In a statement late Tuesday,")
        distance = d.start - after if d.start >= after else 1000 + after - d.start
        lo, hi = sorted((d.start, after))
        if _CLAUSE_BREAK.search(ctx.text, lo, hi):
            # "Ocado, which reports on July 17, said last month it would close ...": another clause's day
            if d.start < after and _RELATIVE_HEAD.search(ctx.text[max(0, d.start - 60) : d.start]):
                continue
            distance += 20_000
        cands.append((rank * 10_000 + distance, d.date))
    return min(cands, key=lambda c: c[0])[1] if cands else None


# --------------------------------------------------------------------------- detectors: one candidate per type


# (and "its recently purchased Detour Lake Mine": a participle before a noun)
_DETERMINER_BEFORE = icompile(
    r"\b(?:the|a|an|its|their|this|that|his|her)\s+(?:recently\s+|newly\s+|previously\s+|already\s+)?$", re.I
)


_IMPERATIVE_BUY = re.compile(r"^\W*(?:[A-Z]+:\s*)?$")
_RATING_WORD_AFTER = re.compile(
    r"(?:\s+(?:or|and)\s+[A-Z][\w-]*)?[\"'”’]?\s*(?:-\s*)?(?:ratings?|recommendations?|rated)\b"
)


#: A deal told from one side, by role: the seller names the price after the buyer ("to Evraz for 24 billion kronor"),
#: a bid from the target's side names it inside ("received a A$1.2 billion bid from X"), the bidder's side inside or
#: after ("made a A$1.2 billion offer for X"); talks name no price.
_ACQ_SELLER_SIDE = (R.ACQ_SOLD, R.ACQ_STAKE_SALE)
_ACQ_PRICE_INSIDE = (R.ACQ_BID_FROM, R.ACQ_BID_FOR_COMPANY, R.ACQ_PAY_FOR, R.ACQ_BID_POSSESSIVE)
_ACQ_BIDDER_SIDE = (R.ACQ_MADE_OFFER, R.ACQ_RAISED_BID, R.ACQ_RECOMMENDED)
_ACQ_SIDES = (R.ACQ_SOLD, R.ACQ_BID_FROM, R.ACQ_BID_FOR_COMPANY, *_ACQ_BIDDER_SIDE, R.ACQ_PAY_FOR, R.ACQ_STAKE_SALE,
              R.ACQ_TALKS, R.ACQ_BID_POSSESSIVE)  # fmt: skip


def _acquisition(ctx: _Ctx) -> _Cand | None:
    c = _acquisition_told(ctx)
    if c is not None and R.MARKET_FLOW.search(ctx.text):
        return None  # "Foreign investors and institutions made net purchases of 1.78 trillion won": the market's flows
    return c


def _acquisition_told(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.ACQ_VERB.finditer(s):
        if m.group()[0].isupper() and _NAME_WORD_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue  # "Best Buy Co Inc. reported": a name, not a verb
        if m.group()[:1] == "B" and _IMPERATIVE_BUY.match(s, 0, m.start()):
            continue  # "READ: Buy Boohoo on the dips, says broker": advice, not a deal
        if m.group()[:1] == "B" and (
            _RATING_WORD_AFTER.match(s, m.end()) or R.ACQ_HISTORY_BEFORE.search(s, max(0, m.start() - 60), m.start())
        ):
            continue  # "18 assign it Buy or Overweight ratings", "Downgrade to Accumulate from Buy": a rating
        whole = R.ACQ_ALL_SHARES.match(s[m.end() :])
        if whole:  # "to acquire all the outstanding shares of Belo for $13.75 per share": the company itself
            name = _name_after(s, m.end() + whole.end())
            if name and not R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()]):
                # (past a price per share: "for 5.45 euros per share, representing an equity value of 308 million")
                money = _deal_after(ctx, m.end(), 160)
                return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
        if (bought := R.SHARES_BOUGHT.match(s, m.start())) and (money := _deal_after(ctx, bought.end(), 30)):
            # ("planned to buy 12.1 million new Kadokawa shares for about $317.6 million": a stake bought, not a
            # takeover; the investee is named in the shares)
            name = _PROPER_RUN.search(s, m.end(), bought.end())
            return _Cand(T.INVESTMENT, ctx.sent, m.start(), bought.end(), money, counterparty=name and name.group(1))
        if (
            R.ACQ_VETO.search(s[max(0, m.start() - 15) : m.end() + 40])
            or (
                R.ACQ_PARTICIPLE.match(s[m.start() :])
                and R.ACQ_APPOSITIVE.search(s[max(0, m.start() - 50) : m.start()])
            )
            or R.ACQ_OBJECT_VETO.match(s[m.end() :])
            or R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()])
            or _DETERMINER_BEFORE.search(s[max(0, m.start() - 26) : m.start()])
        ):
            continue  # "the purchase is ..." is the noun, handled below
        by = _BY_AFTER.match(s, m.end())  # "an agreement to be acquired by Qualcomm": the buyer is the party
        name = _name_after(s, by.end() if by else m.end())
        if name is None and ctx.doc.company and _THE_COMPANY.match(s, m.end()):
            name = ctx.doc.company  # "Playtika offered to buy the company": the article's own, the buyer named before
        if name is None and _DEMONYM_OBJECT.match(s, m.end()):
            name = _bidder(ctx, m.start())  # "X was considering buying its Australian rival": the buyer named before
        # "offering a total of $10.8 billion to acquire Prometheus": the price told before the verb
        money = _deal_money(_money_after(ctx, by.end() if by else m.end(), 100) or _money_before(ctx, m.start(), 30))
        if name or money:
            return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    for rx in _ACQ_SIDES:
        # seller's, target's, bidder's side; a stake for sale, its buyer unnamed
        m = rx.search(s)
        if not m or R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()]):
            continue
        if rx in _ACQ_BIDDER_SIDE and R.ACQ_VETO.search(m.group()):
            continue  # "the launch of an exempt public offer of shares": a share issue
        name = _name_after(s, m.end())
        # the seller names the price after the buyer ("to Evraz for 24 billion kronor"), the target inside the bid,
        # the bidder inside or after it ("made a A$1.2 billion offer for X", "lodged a bid for X worth $3 billion")
        inside = _deal_money(_money_within(ctx, m.start(), m.end()))
        if rx in _ACQ_SELLER_SIDE:
            # ("approved the 19-billion-euro ($20 billion) sale of its fixed-line network to KKR": the price first)
            money = _deal_after(ctx, m.end(), 100) or (
                _deal_money(_money_before(ctx, m.start(), 3)) if _AMOUNT_THEN_NOUN.search(s, 0, m.start() + 4) else None
            )
        elif rx in _ACQ_PRICE_INSIDE:
            money = inside
        else:
            if _MODAL_BEFORE.search(s, max(0, m.start() - 12), m.start()):
                continue  # "rivals could make a bid for X": a guess, not a bid
            if name is None or _is_self(ctx.doc, name):
                name = _bidder(ctx, m.start()) or name  # the article's company is the target: the bidder is the party
            money = inside or _deal_after(ctx, m.end(), 100)
        if name:
            return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    m = R.ACQ_PRIVATE.search(s)
    if m and not R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()]):
        # the bidder: "comes from Solar Bright", else named before the bid ("Haitong Securities is offering ...");
        # the target when the article's company bids ("HSBC ... plans to privatize its majority-owned Hang Seng Bank")
        name = _after_word(s, m.end(), "from", 12) or _own_bid_target(ctx, m) or _bidder(ctx, m.start())
        money = _deal_money(
            _money_within(ctx, m.start(), m.end())
            or _money_after(ctx, m.end(), 60)
            or _money_before(ctx, m.start(), 20)  # "a $13.6 billion take-private deal for"
        )
        return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    for rx in (R.ACQ_REJECTED_BID, R.ACQ_FOR_SALE):
        # a bid turned down, a company put up for sale: the bidder named after "from", if at all
        m = rx.search(s)
        if (
            m is None
            or R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()])
            or R.ACQ_VETO.search(m.group())
        ):
            continue
        money = _deal_money(_money_within(ctx, m.start(), m.end()))
        bidder = _after_word(s, m.end(), "from", 12)
        return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=bidder)
    m = R.ACQ_EYEING.search(s)
    if m and m["who"].split()[0] not in _NOT_PARTY:  # "a report that Avago was eyeing it as an acquisition target"
        who = re.sub(r"^\S+-based\s+", "", m["who"])  # "US-based Avago"
        return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), counterparty=who)
    for m in R.ACQ_COMBINE.finditer(s):
        if R.ACQ_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()]):
            continue
        name = _name_after(s, m.end())
        if name:
            money = _deal_money(_money_near(ctx, m.start(), m.end(), 60))
            return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    for m in R.ACQ_OFFER.finditer(s):
        if R.ACQ_OFFER_VETO.search(s[max(0, m.start() - 30) : m.start()]):
            continue
        money = _deal_money(_money_after(ctx, m.end(), 3))
        if money:
            owner = re.match(r"([\w.&-]+)(?:'s|’s)\s", m.group())
            name = _name_before(s, m.start() + len(owner.group(1))) if owner else None
            name = name or _after_word(s, money.end, "from", 12)  # "a scrip offer worth $222 million from X"
            return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    for m in R.ACQ_NOUN.finditer(s):
        if R.ACQ_VETO.search(s[max(0, m.start() - 15) : m.end() + 25]) or R.ACQ_HISTORY_BEFORE.search(
            s, max(0, m.start() - 60), m.start()
        ):
            continue
        before = _money_before(ctx, m.start(), 20)
        ok = R.ACQ_NOUN_OK.search(s[max(0, m.start() - 40) : m.end() + 12]) or before
        if not ok:
            continue
        name = _after_word(s, m.end(), "of", 8) or _after_word(s, m.end(), "from", 40)
        if name is None and (w := _DEAL_WITH.match(s, m.end())):  # "announced an acquisition deal with ANI"
            name = _name_after(s, w.end())
        if name is None and (by := _BY_AFTER.match(s, m.end())):  # "After the acquisition by Location One Limited"
            name = _name_after(s, by.end())
        if name is None and m.group().lower() == "sale":  # "the company's $5.2 billion sale to News Corp."
            owner = re.match(r"\s+to\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?['’]s\s+", s[m.end() :])
            name = _name_after(s, m.end() + (owner.end() if owner else 4))  # ("to Rupert Murdoch's News Corp.")
        if name is None and m.group().lower().startswith("tender"):  # "plans a tender offer for Kestrel shares"
            name = _after_word(s, m.end(), "for", 3)
        if name is None and _BID_FOR_US.match(s, m.end()):  # "Aviva said it had made a full acquisition bid for the
            name = _bidder(ctx, m.start())  # company": the bidder named before
        if name is None and (owner := _OWNER_BEFORE.search(s, max(0, m.start() - 60), m.start())):
            name = None if _is_self(ctx.doc, owner[1]) else owner[1]  # "after accepting Newmont's takeover offer"
        money = _deal_money(before or _money_after(ctx, m.end(), 80))
        if name or money:
            return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), money, counterparty=name)
    m = R.ACQ_CLOSING.search(s)
    if m:  # "The acquisition is expected to close in the third quarter": the deal, restated
        return _Cand(T.ACQUISITION, ctx.sent, m.start(), m.end(), undated=True)
    return None


_DEAL_WITH = re.compile(r"\s+(?:(?:deal|agreement|pact|accord)\s+)?with\s+(?=[A-Z])")
# "to be acquired by Qualcomm", "to be acquired by an affiliate of Siris Capital"
_BY_AFTER = re.compile(r"\s+by\s+" + R.PARTY_DESCRIPTOR + r"(?=[A-Z])")
_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would|should|can)\s+$")
# The owner of a bid written before its noun: "Newmont's takeover offer", "Nippon Steel's $14.9 billion acquisition"
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[\w$.,-]+\s+){0,3}$")
_DEMONYMS = frozenset((
    "American", "British", "Canadian", "Australian", "German", "French", "Japanese", "Chinese", "Indian", "Italian",
    "Spanish", "Dutch", "Swiss", "Swedish", "Norwegian", "Danish", "Finnish", "Irish", "Belgian", "Austrian", "Korean",
    "Brazilian", "Mexican", "European", "Asian", "US", "U.S.", "UK", "Israeli", "Russian", "Polish", "Portuguese",
    "Singaporean", "Taiwanese", "Saudi", "Emirati", "South African", "New Zealand",
))  # fmt: skip
_DEMONYM_OBJECT = re.compile(
    rf"\s+(?:its|their|the|a|an)\s+(?:{'|'.join(sorted(_DEMONYMS, key=len, reverse=True))})\s+[a-z]"
)
_THE_COMPANY = re.compile(r"\s+(?:the\s+company|the\s+group|the\s+firm|the\s+business)\b(?!\s*['’]s)")
_BID_FOR_US = re.compile(
    r"\s+(?:bid|offer|approach|proposal)\s+for\s+(?:the\s+company|the\s+group|it|us|"
    # "a voluntary public takeover offer for all outstanding shares of the company"
    r"all\s+(?:the\s+)?(?:outstanding\s+|issued\s+|remaining\s+)*shares\s+(?:of|in)\s+(?:the\s+company|the\s+group|it))\b"
)


_UNIT_APPOSITIVE = icompile(
    r"\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|arm|affiliate|business)\s*,\s*", re.I
)


def _own_bid_target(ctx: _Ctx, m: re.Match[str]) -> str | None:
    """The company the article's own company bids for, when it is the first named in the sentence."""
    first = _PROPER_RUN.search(ctx.text, 0, m.start())
    if first is None or not _is_self(ctx.doc, re.sub(r"['‘’]s\b", "", first.group(1))):
        return None
    unit = _UNIT_APPOSITIVE.match(ctx.text, m.end())  # "its majority-owned local unit, Hang Seng Bank"
    target = _after_word(ctx.text, m.end(), "for", 3) or _name_after(ctx.text, unit.end() if unit else m.end(), 60)
    return target if target and not _is_self(ctx.doc, target) else None


def _bidder(ctx: _Ctx, pos: int) -> str | None:
    """The first company named before ``pos`` that is not the article's own (who made "its bid for the company")."""
    for m in _PROPER_RUN.finditer(ctx.text, 0, pos):
        name = m.group(1)
        first = re.sub(r"['’]s$", "", name.split()[0])  # ("after Thursday's market close")
        if (
            first not in _NOT_PARTY
            and first not in _NAME_STOP
            and first not in CALENDAR_WORDS
            and not _is_self(ctx.doc, name)
        ):
            return name
    return None


#: Below this a dollar figure is a share price or a per-share sum, not the size of a deal.
MIN_DEAL_USD = 100_000


def _deal_money(m: Money | None) -> Money | None:
    """The amount of a deal, or None when it is too small to be one ("$172.48")."""
    return None if m is None or m.value < MIN_DEAL_USD else m


_OF_AMOUNT = icompile(
    r"^\s*(?:\w+\s+)?(?:of|worth|totall?ing)\s+(?:up\s+to|about|around|roughly|nearly|some|more\s+than|"
    r"approximately)?\s*$",
    re.I,
)
_WHOLE_COMPANY = icompile(r"\b(?:entire|whole)\s+(?:issued\s+)?share\s+capital\b", re.I)
_STAKE_CUE = icompile(
    r"\b(?:take|taking|took|buy|buying|bought|acqui\w*|purchas\w*|potential|proposed|multi-?billion|billion-dollar|"
    r"minority|majority|per\s*cent)\b",  # ("acquired a 90.1% stake"; not "has a 100% interest in the project")
    re.I,
)


_STAKE_SIZE = icompile(
    r"(?:(?P<ctl>controlling|majority|remaining)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+)?|"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent)\s+(?:controlling\s+)?)(?:stake|interest)\b",
    re.I,
)
_WRITTEN_OFF = icompile(
    r"\b(?:written\s+off|write-?offs?|writ(?:e|es|ing)\s+(?:off|down)|wrote\s+(?:off|down)|impair\w*)\b", re.I
)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&.'’-]*\s+$")
# Words before "invest" that make it no investment: advice ("has also recommended investing in X shares") or what
# someone may not do ("investors cannot invest in A-shares")
_NO_INVESTING_BEFORE = icompile(
    r"\b(?:recommend\w*|suggest\w*|advis\w*|urg(?:e|es|ed|ing))\s+(?:\w+\s+)?$"
    r"|\b(?:cannot|can['’]t|could\s+not|couldn['’]t|unable\s+to|not\s+allowed\s+to|barred\s+from)\s+$",
    re.I,
)


def _investment(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    found: list[_Cand] = []
    for m in R.INVEST_VERB.finditer(s):
        if _NO_INVESTING_BEFORE.search(s, max(0, m.start() - 25), m.start()):
            continue  # a broker's advice or what someone may not do
        money = _money_after(ctx, m.end(), 40)
        name = _after_word(s, m.end(), "in", 40)
        if money or name:
            found.append(_Cand(T.INVESTMENT, ctx.sent, m.start(), m.end(), money, counterparty=name))
            break
    for m in R.INVEST_NOUN.finditer(s):
        if R.INVEST_STATISTIC.search(s, max(0, m.start() - 30), m.start()):
            continue  # "late-stage private-equity investment rose 57%", "third globally in VC investment"
        if s[m.start()].isupper() and _NAME_WORD_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue  # "a takeover offer from China's Hanlong Mining Investment": part of a name
        if _WRITTEN_OFF.search(s, m.end(), m.end() + 80):
            continue  # "its $7.3 million investment in X would be written off": a loss, not an investment
        after = _money_after(ctx, m.end(), 40)
        money = after if after and _OF_AMOUNT.match(s[m.end() : after.start]) else _money_before(ctx, m.start(), 15)
        name = (
            _after_word(s, m.end(), "in", 3)
            or (_after_word(s, money.end, "in", 3) if money and money.start > m.start() else None)
            or _name_before(s, m.start())
        )
        if money or name:
            found.append(_Cand(T.INVESTMENT, ctx.sent, m.start(), m.end(), money, counterparty=name))
            break
    if (up := R.STAKE_TO_CONTROL.search(s)) and float(up["to"]) > 50 >= float(up["from"]):
        # "its agreement to increase ownership of Nova Sea from 49 percent to 95 percent": control changes hands
        c = _Cand(T.INVESTMENT, ctx.sent, up.start(), up.end(), counterparty=_name_after(s, up.start("of")))
        c.control = True
        found.append(c)
    whole = _WHOLE_COMPANY.search(s)  # ("a 20% stake in NAOC ... along with the entire issued share capital")
    for m in R.STAKE.finditer(s if whole is None else ""):
        if R.STAKE_VETO.search(s[max(0, m.start() - 50) : m.end() + 40]) or R.STAKE_WRITEDOWN.search(
            s, max(0, m.start() - 90), m.start()
        ):
            continue
        name = _after_word(s, m.end(), "in", 3) or _name_before(s, m.start())
        money = _money_before(ctx, m.start(), 40) or _money_after(ctx, m.end(), 40)
        if name and (money or _STAKE_CUE.search(s)):
            c = _Cand(T.INVESTMENT, ctx.sent, m.start(), m.end(), money, counterparty=name)
            share = _STAKE_SIZE.search(s, max(0, m.start() - 20), m.end())
            c.control = bool(share) and (share["ctl"] is not None or float(share["pct"]) > 50)
            found.append(c)
            break
    for rx in (R.ORDER, R.CAPEX, R.CAPEX_SPEND):
        for m in rx.finditer(s):
            money = _money_after(ctx, m.end(), 100)
            name = _after_word(s, m.start(), "with", 80)
            if money:
                found.append(_Cand(T.INVESTMENT, ctx.sent, m.start(), m.end(), money, counterparty=name))
                break
    if not found:
        return None
    # the most informative trigger: an amount first, then a name
    return min(found, key=lambda c: (c.money is None, c.counterparty is None, c.start))


_BACKGROUND_RELATIVE = icompile(r",\s*(?:which|who)\s+(?:has\s+|had\s+|also\s+|previously\s+|already\s+)?$", re.I)


def _funding_round(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.RAISED.finditer(s):
        money = _money_after(ctx, m.end(), 3)
        if money is None or R.RAISED_VETO.search(s[money.end : money.end + 40]):
            continue
        if not m.group().lower().startswith("rais") and not R.SECURED_FUNDING.match(s[money.end :]):
            continue  # "secured $500m" alone may be a contract or a loan
        if _BACKGROUND_RELATIVE.search(s, max(0, m.start() - 40), m.start()) and "," in s[money.end : money.end + 60]:
            continue  # "The group, which raised £700 million from investors earlier this year, said ...": background
        if R.MARKET_DATA.search(s) or _other_actor(ctx, m.start(), deal=True):
            return None
        name = _after_word(s, money.end, "led by", 50)
        return _Cand(T.FUNDING_ROUND, ctx.sent, m.start(), money.end, money, counterparty=name)
    for m in R.FUNDING.finditer(s):
        money = _money_before(ctx, m.start(), 12) or _money_after(ctx, m.end(), 80)
        name = _after_word(s, m.end(), "led by", 30) or _after_word(s, m.end(), "for", 3)
        if money or name:
            return _Cand(T.FUNDING_ROUND, ctx.sent, m.start(), m.end(), money, counterparty=name)
    return None


def _spinoff(ctx: _Ctx) -> _Cand | None:
    """A spin-off or demerger (type ``other``): "plans to spin off its freight business"."""
    s = ctx.text
    for m in R.SPINOFF.finditer(s):
        if R.SPINOFF_VETO.search(s[max(0, m.start() - 20) : m.end() + 8]):
            continue
        return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), counterparty=_name_after(s, m.end(), 60), kind="spinoff")
    return None


def _partnership_end(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.END_VERB.finditer(s):
        window = re.match(rf"{R.CLAUSE}{{0,60}}", s[m.end() :]).group()
        n = R.END_NOUN.search(window)
        if not n:
            continue
        between = window[: n.start()]
        if (
            len(between.split()) > 5
            or (re.match(r"\s*(?:an?|one|two|\d+)\s", between, re.I) and not re.match(r"\s+with\s", window[n.end() :]))
            or R.END_VETO.search(between + n.group())
            or R.END_CONDITIONAL_BEFORE.search(s, max(0, m.start() - 25), m.start())
            or _STAFF_AFTER.match(s, m.end() + n.end())
        ):
            continue  # (nor "has the right to terminate the agreement if ...", "severed ties with 100 employees")
        if re.fullmatch(r"\s*(?:the|that|this)\s*", between) and _BID_WORD.search(s, 0, m.start()):
            continue  # "agreed to a $2.84 billion offer from Cisco, but it terminated the agreement": the bid's end
        end = m.end() + n.end()
        if re.match(r"program", n.group(), re.I) and not _after_word(
            s, end, "with", 12
        ):  # "ending its DEI programs": a policy, not a partnership
            return _Cand(T.POLICY, ctx.sent, m.start(), end)
        name = _after_word(s, end, "with", 12) or (_cap_runs(between) or [None])[-1] or _name_before(s, m.start())
        return _Cand(T.PARTNERSHIP_END, ctx.sent, m.start(), end, counterparty=name)
    m = R.END_FELL_APART.search(s)
    if m:  # "after the Kestrel joint venture project fell apart": the partner named before the noun
        return _Cand(T.PARTNERSHIP_END, ctx.sent, m.start(), m.end(), counterparty=_name_before(s, m.start()))
    return None


_STAFF_AFTER = icompile(r"\s+with\s+(?:[\w-]+\s+){0,4}?(?:employees|workers|staff)\b", re.I)
_BID_WORD = icompile(r"\b(?:offer|bid|merger|acquisition|takeover|buyout|tender)\b", re.I)


def _partnership(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    c = _partnership_trigger(ctx)
    if c is not None and R.PARTNER_RIVAL.search(s[max(0, c.start - 60) : c.start]):
        return None  # "rival Google's partnership with ...": somebody else's deal
    if c is not None and c.counterparty in _HONORIFICS:
        return None  # "Since announcing the deal with Mr. Sprott": a person's money, no partnership
    if c is not None and _WITH_STAFF.search(s, c.start, min(len(s), c.end + 40)):
        return None  # "a landmark agreement with workers to cut jobs", "a deal with the works council": labour terms
    return c


_WITH_STAFF = icompile(
    # ("an agreement with the IG Metall union to reduce its workforce")
    r"\b(?:agreement|deal|pact|accord)\s+with\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:workers|unions?|works\s+council|"
    r"employees|staff|claimants?|plaintiffs?)\b",
    re.I,
)
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"})


def _partnership_trigger(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.PARTNER_VERB.finditer(s):
        if _in_name(s, m.start()):
            continue  # "... on Coca-Cola Europacific Partners with a price target": a name, not a verb
        name = _after_word(s, m.start(), "with", 30)
        return _Cand(T.PARTNERSHIP, ctx.sent, m.start(), m.end(), _partner_money(ctx, m.start()), counterparty=name)
    for m in R.PARTNER_NOUN.finditer(s):
        pre = s[max(0, m.start() - 50) : m.start()]
        with_ = re.match(r"\s+(?:with|between)\s", s[m.end() :])
        if with_ or (not R.PARTNER_DET_VETO.search(pre) and R.PARTNER_SIGNAL_BEFORE.search(pre)):
            name = _after_word(s, m.end(), "with", 3) or _pair_name(s)
            return _Cand(T.PARTNERSHIP, ctx.sent, m.start(), m.end(), _partner_money(ctx, m.start()), counterparty=name)
    for m in R.DEAL_NOUN.finditer(s):
        pre = s[max(0, m.start() - 45) : m.start()]
        if R.DEAL_QUALIFIERS_VETO.search(pre) or R.DEAL_TO_VETO.match(s[m.end() :]):
            continue
        name = _after_word(s, m.end(), "with", 3)
        if name or (R.DEAL_SIGNAL_BEFORE.search(pre) and not R.PARTNER_DET_VETO.search(pre)):
            money = _money_before(ctx, m.start(), 20) or _partner_money(ctx, m.start())
            return _Cand(T.PARTNERSHIP, ctx.sent, m.start(), m.end(), money, counterparty=name or _pair_name(s))
    return None


def _partner_money(ctx: _Ctx, pos: int) -> Money | None:
    """A partnership's size: "a $1 billion partnership with", "a deal valued at as much as $960 million"."""
    before = _deal_money(_money_before(ctx, pos, 20))
    if before:
        return before
    for m in ctx.monies:
        if m.start > pos and R.PARTNER_VALUED.search(ctx.text[max(0, m.start - 70) : m.start]):
            return _deal_money(m)
    return None


def _in_name(s: str, pos: int) -> bool:
    """The capitalised word at ``pos`` ends a name: it follows another capitalised word mid-sentence and the word
    after it is lower-case (a title-case headline capitalises that one too).

    >>> _in_name("Mizuho rates Coca-Cola Europacific Partners with a target", 35)
    True
    >>> _in_name("Acme Partners With Orvik On Chips", 5), _in_name("Acme partners with Orvik", 5)
    (False, False)
    """
    word = re.match(r"\w+", s[pos:])
    nxt = re.match(r"\s+(\w)", s[pos + len(word.group()) :]) if word else None
    prev = re.search(r"([A-Z][\w&.'’-]*)\s+$", s[:pos])
    return bool(word and word.group()[0].isupper() and prev and nxt and nxt.group(1).islower())


_PAIR = icompile(r"^\s*(?:[A-Z][\w.&-]*\s+){1,3}?and\s+([A-Z][\w.&-]*)")


def _pair_name(s: str) -> str | None:
    """The second party of "X and Y announced ..." (the first is usually the article's company)."""
    m = _PAIR.match(s)
    return _clean_tok(m.group(1)) if m else None


_LEAD_DET = icompile(
    r"^\s*(?:(?:all|some|most|many|several|numerous)\s+(?:of\s+)?)?(?:(?:its|their|the|a|an)\s+)?", re.I
)
_IN_PLACE = icompile(r"^\s+in\s+[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*){0,2}")


def _closure(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.CLOSE_VERB.finditer(s):
        window = re.match(r"[^.;:!?()]{0,80}", s[m.end() :]).group()
        n = re.search(rf"\b{R.FACILITY}\b", window, re.I)
        if not n:
            continue
        between = window[: n.start()]
        if len(between.split()) > 8 or R.CLOSE_BETWEEN_VETO.search(between):
            continue
        end = m.end() + n.end()
        place = _IN_PLACE.match(s[end:])
        if place:
            end += place.end()
        what = s[m.end() : end]
        what = what[_LEAD_DET.match(what).end() :].strip()
        # (a wrap's companies each close their own: "Huhtamäki announced plans to close its facility in Malaysia")
        if not ctx.doc.many_companies and (_other_subject(ctx, s[: m.start()]) or _other_actor(ctx, m.start())):
            return None
        return _Cand(T.CLOSURE, ctx.sent, m.start(), end, counterparty=what or None)
    for rx in (R.CLOSE_NOUN, R.CLOSE_FACILITY_FIRST):
        m = rx.search(s)
        if m:
            noun = re.match(r"\w+", m.group()).group()
            if noun.lower().startswith(("plac", "put", "mothball")):  # "placed Wodgina into care and maintenance"
                what = _name_after(s, m.start() + len(noun), 60)
                return _Cand(T.CLOSURE, ctx.sent, m.start(), m.end(), counterparty=what)
            name = _name_before(s, m.start())
            return _Cand(T.CLOSURE, ctx.sent, m.start(), m.end(), counterparty=f"{name} {noun}" if name else None)
    return None


_PRONOUNS = frozenset({"It", "They", "We", "He", "She", "Management", "Executives", "Officials", "Analysts"})


def _other_subject(ctx: _Ctx, head: str) -> bool:
    """The clause's subject is a company other than the article's ("Macy's said it would close 150 stores").

    Needs a known article company; people ("Chief executive Jane Doe said ...") are not companies.
    """
    if not ctx.doc.company:
        return False
    m = R.CLOSE_OTHER_SUBJECT.match(head)
    if not m:
        return False
    name = m.group(1)
    toks = name.split()
    if (
        toks[0] in _NAME_STOP
        or toks[0] in _PRONOUNS
        or any(t in R.NOT_PERSON_WORDS for t in toks)
        or R.EXEC_TITLE.search(name)
    ):
        return False
    if _person_in(name) == name:  # "Jane Doe said": a person, whose company is unknown
        return False
    return not _is_self(ctx.doc, name)


def _clause_head(s: str, pos: int) -> str:
    """The text of ``pos``'s clause before it: from the sentence start, a semicolon, "news that", "after" ...."""
    head = s[:pos]
    cuts = [m.end() for m in R.CLAUSE_HEAD.finditer(head)]
    return head[cuts[-1] :] if cuts else head


def _own_officials(ctx: _Ctx, head: str, m: re.Match) -> bool:
    """ "Gannett officials announced": the officials of the article's company are no government."""
    if m.group().lower() != "officials":
        return False
    before = _name_before(head, m.start())
    return before is not None and _is_self(ctx.doc, before)


def _other_actor(ctx: _Ctx, pos: int, *, deal: bool = False, counterparty: str | None = None) -> bool:
    """The subject of the clause holding ``pos`` is not the article's company.

    A government ("The White House has launched several initiatives"), a group ("AI startups raised $19 billion")
    or another named company ("news that Nvidia (NVDA) plans to start selling a chip" in an ASML story). A deal
    (``deal=True``) stays the company's when the sentence names the company anywhere: "Cisco agreed to buy Acacia"
    is Acacia's news too. People and pronouns are never another actor; without a known company only governments
    and groups are.
    """
    head = _clause_head(ctx.text, pos)
    if R.GROUP_SUBJECT.search(head) or any(not _own_officials(ctx, head, g) for g in R.GOVERNMENT_ACTOR.finditer(head)):
        return True
    if not ctx.doc.company:
        return False
    aux = R.AUX_CHAIN.search(head)
    stem = head[: aux.start()] if aux else head
    base = pos - len(head)
    for mo in ctx.monies:  # "it would lead an US$863 million investment": the amount is no name "US"
        if base <= mo.start and not ctx.text[mo.end : base + len(stem)].strip():
            stem = stem[: mo.start - base].rstrip()
            break
    if R.RIVAL_SUBJECT.search(stem):
        return True  # "Rival Pemberton Foods reported ...", "Harrowgate's rival Dunmore said it would ..."
    names = own_names(ctx.doc.company)
    if mask_own_names(head, names) != head or (deal and _names_self(ctx)):
        return False
    if not re.search(r"[\w)]$", stem):
        return False
    name = _name_before(stem, len(stem))
    if not name or len(name) < 2 or re.search(r"-(?:based|listed|owned|backed)$", name):
        return False
    toks = name.split()
    firm = toks[-1] in R.COMPANY_WORDS or re.match(r"\s*\([A-Z:\s.]{1,12}\)", head[len(stem) :]) is not None
    if (
        toks[0] in _NAME_STOP
        or toks[0] in _PRONOUNS
        or any(t in R.NOT_PERSON_WORDS and not firm for t in toks)
        or (_person_in(name) == name and not firm)
        or _is_self(ctx.doc, name)
        or (ctx.doc.ticker and name == ctx.doc.ticker)
    ):
        return False
    if counterparty and _same_party(name, counterparty):
        return False  # "A $50 billion OpenAI stake": the name before the noun is the deal's other party
    # "Sales rose ...", "| Next Earnings |": a single capitalised word must be a name written mid-sentence elsewhere
    return len(toks) > 1 or (toks[0] not in _COMMON_CAPS and _capitalised_elsewhere(ctx.doc, name))


#: Capitalised words of headlines and tables that are no actor's name.
_COMMON_CAPS = frozenset(
    {
        "Next",
        "Last",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Your",
        "Its",
        "First",
        "Second",
        "Third",
        "Fourth",
        "Latest",
        "Recent",
        "Previous",
        "Upcoming",
        "Key",
        "Top",
        "Total",
        "Other",
        "More",
        "Most",
        "Some",
        "Many",
        "All",
        "Both",
        "Each",
        "Stock",
        "Shares",
        "Market",
        "Markets",
        "Company",
        "Sales",
        "Revenue",
        "Earnings",
        "Results",
        "Profit",
        "Report",
        "Date",
        "News",
        "Update",
        "Today",
        "Yesterday",
        "Tomorrow",
        # seasons a trading period is named by ("this better Christmas/New Year travel period")
        "Christmas",
        "Easter",
        "Thanksgiving",
        "Diwali",
        "Ramadan",
        "Holiday",
        "Summer",
        "Winter",
    }
)


def _capitalised_elsewhere(doc: Doc, name: str, *, listed: bool = False) -> bool:
    """``name`` is written capitalised mid-sentence somewhere in the article: a name, not just a first word (or, with
    ``listed``, in a list: "including Finnair, Atria, and EQ")."""
    before = r"(?:\b[a-z]+|,)" if listed else r"\b[a-z]+"
    return re.search(rf"{before}\s+{re.escape(name)}\b", doc.article.body or "") is not None


#: How far after the results noun a week ("next week") may stand to be their date.
EARN_WEEK_REACH = 40


def _week_after(ctx: _Ctx, pos: int) -> FuzzyDate | None:
    """A week not yet over that follows ``pos`` closely ("results next week"), or None."""
    published = ctx.doc.published
    for d in ctx.dates():
        if (
            d.date is not None
            and d.date.precision is DatePrecision.WEEK
            and 0 <= d.start - pos <= EARN_WEEK_REACH
            and (published is None or d.date.end >= published)
        ):
            return d.date
    return None


def _earnings_date(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    m = R.EARN_NOUN.search(s)
    due = R.EARN_DUE_METRIC.search(s) if m is None and ctx.doc.published is not None else None
    if due and R.EARN_LATER_TODAY.search(s, due.end(), due.end() + 60):  # "is expected to log a loss later in the day"
        return _Cand(T.EARNINGS_DATE, ctx.sent, due.start(), due.end(), date=FuzzyDate(start=ctx.doc.published))
    if not m or R.EARN_PAST.search(s) or R.EARN_POSTED_BEFORE.search(s, max(0, m.start() - 60), m.start()):
        return None
    if (
        R.EARN_OBJECT_BEFORE.search(s, max(0, m.start() - 40), m.start())
        or R.EARN_FOLLOWING_BEFORE.search(s, max(0, m.start() - 70), m.start())
        or _within(R.MACRO_FIGURES, s, m)
    ):
        return None  # "a plan to boost earnings", "retail sales figures": no company's report
    date = _event_date(ctx, after=m.start(), future_only=True, reach=130, weeks=False)
    if date is None and (first := next(iter(ctx.dates()), None)) and opens_with_future_day(s, first.start, first.end):
        # "On Thursday, the company will release its third-quarter results": the day told first
        date = _event_date(ctx, future_only=True, reach=130, weeks=False)
    if date is None:  # "results next week", "results later this week": a week, when it follows the results closely
        date = _week_after(ctx, m.end())
    if date is None and ctx.doc.published is not None and R.EARN_TODAY.match(s, m.end()):
        date = FuzzyDate(start=ctx.doc.published)  # "its earnings report due after market close": today
    if date is None:
        return None
    published = ctx.doc.published
    if published is not None and date.end <= published and _POSTED_RESULTS.search(s):
        return None  # "released guidance on Tuesday as it posted better-than-expected results": today's results
    if not R.EARN_FUTURE.search(s):
        published = ctx.doc.published
        if not (R.EARN_REPORT_ON.search(s) and published is not None and date.start > published):
            return None
    return _Cand(T.EARNINGS_DATE, ctx.sent, m.start(), m.end(), date=date)


_INDEX_WORDS = icompile(
    r"\b(?:index|indices|benchmark|bourse|Taiex|Nikkei|Topix|Sensex|Nifty|FTSE|DAX|CAC|Hang\s+Seng|Kospi|ASX\s*200|"
    r"S&P|Dow|Nasdaq|TSX|STI)\b",
    re.I,
)


def _market_story(doc: Doc) -> bool:
    """A wrap about a market: several companies, or an index named in its opening."""
    return doc.many_companies or bool(_INDEX_WORDS.search(doc.article.body, 0, 600))


# an aside between metric and verb: "revenue, which excludes Starbucks, rose", "net profits, or earnings after tax,
# sank"
_ASIDE_LINK = icompile(r"^,\s*(?:(?:which|that)\s[^,;$€£¥]{1,60}|or\s[^,;$€£¥\d]{1,40}),", re.I)
_ON_METRIC = icompile(r",\s*on\s+(?:[\w-]+\s+){0,2}$", re.I)
_POSTED_RESULTS = icompile(r"\b(?:posted|reported|released|announced|unveiled|delivered|revealed|recorded)\b", re.I)
# A figure measured against expectations: "exceeded market expectations", "came in above forecasts" ...
_BEAT_VERBS = r"exceeded|exceeds|beat|beats|topped|tops|missed|misses|surpassed"
_BEAT_BEFORE = icompile(
    rf"\b(?:{_BEAT_VERBS}|above|below|ahead\s+of|short\s+of|(?:better|worse|stronger|weaker)\s+than)\s+"
    r"(?:[\w'’]+\s+){0,2}$",
    re.I,
)
# ... with the forecasts its object: "beat profit forecasts", "missed analysts' forecasts"
_BEAT_OBJECT_BEFORE = icompile(rf"\b(?:{_BEAT_VERBS})\s+(?:[\w'’]+\s+)?$", re.I)
_METRIC_RX = icompile(rf"\b{R.METRIC}\b", re.I)


def _told_result(s: str, head: str, h: re.Match[str], base: int) -> bool:
    """An expectation word before a result's metric that tells the result all the same: the result measured against
    it ("exceeded market expectations with an operating profit of"), or a report's "sees" for what happened ("sees
    its first half operating profit slump 36% to £17m"). ``head`` is ``s[base:]`` up to the metric."""
    if _BEAT_BEFORE.search(head, max(0, h.start() - 40), h.start()):
        return True
    return h.group().lower() == "sees" and _SEES_RESULT.match(s, base + h.end()) is not None


_SEES_RESULT = icompile(
    rf"\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?{R.METRIC}\s+(?:slump|jump|fall|drop|climb|soar|plunge|grow|decline|rise)\s+"
    r"(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)",
    re.I,
)
# ("a 4.13 billion dollar (£3 billion) profit": the conversion in brackets between them)
_MONEY_THEN_METRIC = icompile(
    rf"^(?:\s*\([^()]{{1,30}}\))?\s+(?:(?:in|of)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{R.METRIC}|(?<=\s)(?:loss|result))\b", re.I
)
_POSTED_AFTER = icompile(r"^\s+(?:it\s+|the\s+company\s+)?(?:posted|reported|recorded|booked|logged|generated)\b", re.I)
_VERB_BEFORE_MONEY = icompile(
    # ("said it took in US$470 million in revenue in the first three months")
    rf"(?:{R.RESULT_VERB.pattern}|\b(?:announced|unveiled|revealed|announces|unveils|reveals|(?:took|takes|brought|"
    rf"brings|pulled|raked)\s+in|racked\s+up|chalked\s+up|notched\s+up|suffered|incurred|recording|posting|"
    # ("a U.S. business that contributed to a $3 billion quarterly loss")
    rf"delivering|reporting|contributed\s+to|led\s+to|resulted\s+in)\b)\s+(?:[\w-]+\s+){{0,3}}?$",
    re.I,
)


def _financial_result(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    if R.PRIOR_PERIOD.match(s) or (R.MARKET_TURNOVER.match(s) and _market_story(ctx.doc)) or R.MACRO_SUBJECT.match(s):
        return None  # ("Retail sales increased 0.4% to $66.9 billion in September": the economy's figure)
    if not ctx.monies:
        return _result_words(ctx)
    found: list[_Cand] = []
    prelim = _prelim_text(ctx)  # "Target's revenue": no expectation
    for mm in _METRIC_RX.finditer(s):
        head = _clause_head(prelim, mm.start())
        # ("projected a net profit of 310 billion yen, down 15.3 pct, on sales of 7.8 trillion yen": the sales
        # the forecast profit is made on share its mood, however far back)
        head = head if _ON_METRIC.search(prelim, 0, mm.start()) else head[-90:]
        base = mm.start() - len(head)  # (the head ends where the metric starts)
        hits = [h for h in R.EXPECTATION.finditer(head) if not _told_result(s, head, h, base)]
        if hits and not _POSTED_RESULTS.search(head, hits[-1].end()):
            continue  # "raised its forecast after posting a net profit of ...": the forecast is another clause
            # (but "reconfirmed its guidance and reported a 2.1% rise in sales to $675m" reports a result after it)
        after = [x for x in ctx.monies if x.start >= mm.end() and x.start - mm.end() <= 80]
        if not after or R.RESULT_MARKET_BEFORE.search(s, max(0, mm.start() - 12), mm.start()):
            continue
        if (
            (
                R.RESULT_SIZE_BEFORE.search(s, max(0, mm.start() - 25), mm.start())
                or R.ACQUIRED_SIZE_BEFORE.search(s, max(0, mm.start() - 140), mm.start())
            )
            and not R.RESULT_MOVED_AFTER.match(s, mm.end())
            # ("revealed an adjusted loss of 9 cents per share, with revenue totaling $34.5 million": a result's)
            and not _POSTED_RESULTS.search(s, 0, mm.start())
            # ("with a net profit of 54.6 million euros in the first quarter": a period's figure)
            and not R.RESULT_PERIOD_AFTER.match(s, after[0].end)
        ):
            continue  # "with a turnover of €9 billion, X employs ...": a size, not a period's result
        if len(after) == 1 and (nxt := [x for x in ctx.monies if x.start > after[0].end][:1]):
            after += nxt  # ("dropping from $604 million to $379 million": the new figure may lie further on)
        money, link = after[0], s[mm.end() : after[0].start]
        link = _ASIDE_LINK.sub("", link, count=1)  # "revenue, which excludes Starbucks, rose 54 percent to"
        if len(after) > 1 and link.endswith(" from ") and _FROM_TO.fullmatch(s, money.end, after[1].start):
            # "loss before tax grew from A$1.6 million to A$1.7 million": the new figure, linked as "grew ... to"
            money, link = after[1], link[: -len("from ")] + "to "
        beat = R.RESULT_BEAT.match(link)  # "profit beat targets, rising 10% to $1.1 billion"
        if beat:
            if not R.RESULT_MOVE_TO.match(link[beat.end() :]):
                continue
        elif (
            not R.RESULT_LINK.match(link)
            and not (
                R.RESULT_CHANGE_NOUN.search(s[max(0, mm.start() - 60) : mm.start()])
                and R.RESULT_CHANGE_LINK.match(link)
            )
        ) or R.RESULT_VETO_BETWEEN.search(link):
            continue
        revenue = bool(R.REVENUE_METRIC.match(re.sub(r"\s+", " ", mm.group()))) and _company_wide(s, mm.start())
        found.append(_Cand(T.FINANCIAL_RESULT, ctx.sent, mm.start(), money.end, money, revenue=revenue))
    for money in ctx.monies:  # "reported $0.91 earnings per share", "posted $2.1 billion in revenue"
        if _LOSS_OF_BEFORE.search(s, max(0, money.start - 60), money.start) and not R.EXPECTATION.search(
            _clause_head(prelim, money.start)[-90:]
        ):  # "results came in ahead of expectations, but the company still posted a loss of €105 million"
            found.append(_Cand(T.FINANCIAL_RESULT, ctx.sent, money.start, money.end, money))
            continue
        if (
            R.RESULT_EARNED_BEFORE.search(s, max(0, money.start - 40), money.start)
            and R.RESULT_PERIOD_AFTER.match(s, money.end)
            and not R.EXPECTATION.search(prelim[max(0, money.start - 90) : money.start])
        ):  # "making $1.3 billion in the most recent quarter"
            found.append(_Cand(T.FINANCIAL_RESULT, ctx.sent, money.start, money.end, money))
            continue
        tail = _MONEY_THEN_METRIC.match(s[money.end :])
        head = _VERB_BEFORE_MONEY.search(s[max(0, money.start - 60) : money.start]) or (
            tail and _POSTED_AFTER.match(s[money.end + tail.end() :])  # "the 1.99 trillion yen profit posted in"
        )
        if tail and head and not R.EXPECTATION.search(prelim[max(0, money.start - 90) : money.start]):
            metric = _METRIC_RX.search(tail.group())  # (None: "a 9.3 billion yen loss")
            revenue = bool(metric and R.REVENUE_METRIC.match(re.sub(r"\s+", " ", metric.group())))
            found.append(
                _Cand(T.FINANCIAL_RESULT, ctx.sent, money.start, money.end + tail.end(), money, revenue=revenue)
            )
    if not found:
        return _result_words(ctx)
    for c in found:
        c.per_share = _per_share(s, c)
    # the figure an amount in dollars can be given for ("net profit of EUR 777m ($1.04 billion)") before the others,
    # a company's total before a figure per share, then the first stated
    best = min(found, key=lambda c: (_usd(ctx, c.money) is None, c.per_share, c.start))
    best.period = _period(s)
    if best.per_share:  # "adjusted earnings of $0.64 a share": no company-wide amount, the figure kept as text
        best.amount_text, best.money = f"{best.money.text} a share", None
    return best


_FROM_TO = icompile(r"\s+to\s+", re.I)
#: A loss or profit a company reports, named without a metric's adjective: "still posted a loss of".
_LOSS_OF_BEFORE = icompile(
    r"\b(?:posted|posts|reported|reports|recorded|records|booked|books|swung\s+to|swung\s+into|suffered|incurred|"
    r"made|makes|turned|shows|showed|showing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:loss|profit)\s+of\s+(?:about\s+|"
    r"around\s+|nearly\s+)?$",
    re.I,
)
_PER_SHARE_AFTER = icompile(r"\s*(?:a|per|/)\s*(?:diluted\s+|basic\s+|ordinary\s+)?share\b", re.I)
_PER_SHARE_METRIC = icompile(r"\b(?:EPS|per[-\s]share|earnings\s+per)\b", re.I)


def _per_share(s: str, c: _Cand) -> bool:
    """A result's figure per share ("EPS of $0.89", "$1.49 per diluted share"), not the company's total.

    >>> c = _Cand(T.FINANCIAL_RESULT, None, 10, 24, Money(20, 25, 0.89, "USD"))
    >>> _per_share("Quarterly EPS of $0.89 fell.", c)
    True
    >>> eps = _Cand(T.FINANCIAL_RESULT, None, 12, 37, Money(12, 17, 0.91, "USD"))
    >>> _per_share("It reported $0.91 earnings per share.", eps)
    True
    """
    if c.money is None:
        return False
    return bool(_PER_SHARE_AFTER.match(s, c.money.end) or _PER_SHARE_METRIC.search(s, c.start, max(c.end, c.money.end)))


def _within(rx: re.Pattern, s: str, m: re.Match) -> bool:
    """A match of ``rx`` overlaps ``m`` ("better than expected retail sales figures": the figures are the economy's)."""
    return any(x.start() < m.end() and m.start() < x.end() for x in rx.finditer(s))


def _result_words(ctx: _Ctx) -> _Cand | None:
    """A result stated without a figure: "reported a 4% drop in same-store sales", "stronger-than-expected results"."""
    s = ctx.text
    m = R.RESULT_WORDS.search(s)
    if m is None and (m := R.RESULT_PERIOD.search(s)) is not None and R.ECONOMY_BEFORE.search(s, 0, m.start()):
        return None  # "Retail sales in the July to September period rose 2 percent": the economy's
    if m is None or _within(R.MACRO_FIGURES, s, m):
        return None
    clause = _clause_head(_prelim_text(ctx), m.start())
    head = clause[-60:]  # "analysts expect higher sales": not a result
    if R.ANALYST_SUBJECT.search(head) or R.MANY_COMPANIES_SUBJECT.search(clause):
        return None
    # (but "halved its revenue outlook and posted a weaker-than-expected profit": the outlook is the clause before)
    if R.EXPECTATION.search(head) and not (_POSTED_RESULTS.match(s, m.start()) and _AND_BEFORE.search(head)):
        return None
    if not ctx.doc.many_companies and _other_actor(ctx, m.start()):
        return None  # another company's results in a story about one company
    c = _Cand(T.FINANCIAL_RESULT, ctx.sent, m.start(), m.end())
    c.period = _period(s)
    return c


_AND_BEFORE = icompile(r"\b(?:and|but|while)\s+$", re.I)


def _prelim_text(ctx: _Ctx) -> str:
    """The sentence, own names masked ("Next" is no "next period"), a pre-announcement cue blanked out."""
    return _preliminary(mask_own_names(ctx.text, own_names(ctx.doc.company)), ctx.doc.published)


def _preliminary(s: str, published: dt.date | None = None) -> str:
    """``s`` with a pre-announcement cue blanked out, so it no longer reads as an expectation.

    "said it expects to report a loss ... for the third quarter, on revenue of about $17.8bn" states
    preliminary results of a closed period, and so does "expects to report full-year pretax profit of
    £1.05 billion for the year to January" in a March article; analysts' expectations and future
    periods stay expectations.

    >>> _preliminary("It expects to report revenue of $1bn for the third quarter.").split()[:2]
    ['It', 'revenue']
    >>> _preliminary("It expects to report revenue of $1bn next year.").split()[:2]
    ['It', 'expects']
    >>> march = dt.date(2025, 3, 5)
    >>> _preliminary("It expects to report full-year profit of £1bn for the year to January.", march).split()[:2]
    ['It', 'full-year']
    >>> _preliminary("It expects to report full-year profit of £1bn for the year to January 2026.", march).split()[:2]
    ['It', 'expects']
    """
    m = R.PRELIMINARY.search(s)
    if m is None or R.ANALYST_SUBJECT.search(s[: m.start()]):
        return s
    closed = _closed_period(s, published)
    if closed is None:
        closed = bool(R.RESULT_QUARTER.search(s) or R.RESULT_HALF.search(s)) and not R.PRELIMINARY_FUTURE.search(s)
    if not closed:
        return s
    return s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]


#: How long after a period ends a company still pre-announces it ("for the year to January" in March).
PRE_ANNOUNCE_DAYS = 120
_YEAR_RX = icompile(r"\b(20\d\d)\b")
_FUTURE_WORDS = icompile(r"\b(?:next|coming|current|this\s+year)\b", re.I)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _closed_period(s: str, published: dt.date | None) -> bool | None:
    """Whether the period a sentence names has ended by ``published``; None when it names no period end or year.

    >>> mar = dt.date(2025, 3, 5)
    >>> _closed_period("for the year to January", mar), _closed_period("for the year to January", dt.date(2025, 1, 9))
    (True, False)
    >>> _closed_period("2024 operating profit", mar), _closed_period("2025 operating profit", mar)
    (True, None)
    """
    if _FUTURE_WORDS.search(s):
        return False
    if R.CLOSED_PERIOD_WORDS.search(s):
        return True
    pub = published.date() if isinstance(published, dt.datetime) else published
    end = R.CLOSED_PERIOD_END.search(s)
    if end:
        if pub is None:
            return True if "ended" in end.group().lower() else None
        month = MONTHS[end["mon"].lower()[:3]]
        if end["year"]:
            return _month_end(int(end["year"]), month) < pub
        last = _month_end(pub.year, month)
        if last >= pub:
            last = _month_end(pub.year - 1, month)
        return (pub - last).days <= PRE_ANNOUNCE_DAYS
    years = [int(y) for y in _YEAR_RX.findall(s)]
    if years and pub is not None and max(years) < pub.year:
        return True
    return None


def _company_wide(s: str, pos: int) -> bool:
    """False for a segment's figure ("AWS revenue", "advertising sales"): the word before is a qualifier.

    >>> _company_wide("Full-year revenue of USD 1,184 million", 10), _company_wide("AWS revenue rose", 4)
    (True, False)
    """
    before = s[:pos].split()
    return not before or bool(R.RESULT_SCOPE_OK.fullmatch(before[-1]))


def _period(s: str) -> str | None:
    hits = [p for p, rx in (("Q", R.RESULT_QUARTER), ("H", R.RESULT_HALF), ("Y", R.RESULT_YEAR)) if rx.search(s)]
    return hits[0] if len(hits) == 1 else None


_RANGE = icompile(r"^\s*(?:to|-|–|and)\s*$")


_GUIDE_RULES = (
    R.GUIDE_VERB_NOUN,
    R.GUIDE_NOUN_VERB,
    R.GUIDE_EXPECT,
    R.GUIDE_EXPECT_CHANGE,
    R.GUIDE_GUIDED_TO,
    R.GUIDE_WARN,
    R.GUIDE_WOULD_POST,
    R.GUIDE_EXPECT_TO,
    R.GUIDE_PASSIVE,
    R.GUIDE_VOLUME,
    R.GUIDE_OUTLOOK_OF,
    R.GUIDE_WOULD_BE,
    R.GUIDE_WILL,
    R.GUIDE_MISS,
    R.GUIDE_PERIOD_TO,
    R.GUIDE_AHEAD,
)
#: Guidance rules whose subject must not be analysts (said before the trigger): all but the company's own verbs on
#: its outlook ("cut its forecast", "forecast was raised", "profit warning", "sales are expected to").
_SUBJECT_RULES = frozenset(_GUIDE_RULES) - {R.GUIDE_VERB_NOUN, R.GUIDE_NOUN_VERB, R.GUIDE_WARN, R.GUIDE_PASSIVE}
_COUNT_AFTER = icompile(rf"^\s*(?:of\s+|at\s+|between\s+|about\s+|around\s+|roughly\s+)*({R.COUNT_RANGE})", re.I)
_POSSESSIVE_NAME = icompile(r"\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")


#: The known brokerages, longest first, as one alternation.
_BROKER_NAMES = "|".join(re.escape(b) for b in sorted(F.BROKERAGES, key=len, reverse=True))


@functools.cache
def _broker_rx() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:{_BROKER_NAMES})(?![\w-])[^.;]{{0,80}}?\b(?:said|says|expects?|believes|thinks|noted|wrote)\b"
    )


def _broker_says(head: str) -> bool:
    """A brokerage is the one speaking before the guidance words (looked for only when a known name is there), or
    the subject right before them ("Jefferies expects EPS to rise 21% annually")."""
    if not head:
        return False
    if any(w in head for w in ("said", "says", "expect", "believes", "thinks", "noted", "wrote")):
        return bool(_broker_rx().search(head))
    tail = _SUBJECT_ADVERBS.sub("", head.rstrip())
    return bool(tail) and any(m.end() == len(tail) for m in _broker_rx().finditer(tail[-60:]))


_SUBJECT_ADVERBS = re.compile(r"(?:\s+(?:also|now|still|further|even))+$", re.I)
_QUANTITY = re.compile(r"\d|-digit\b|\bpercent\b|\bper\s?cent\b|\b(?:double|triple|treble)\b", re.I)


def _broker_which(head: str) -> bool:
    """A brokerage right before the guidance words, in a relative clause: "said Credit Suisse which expects"."""
    tail = head.rstrip()
    return tail.endswith((" which", " who")) and bool(_broker_rx().search(tail[-90:] + " expects"))


_OPENING_ADVERB = re.compile(r"^\W*(?:(?:separately|meanwhile|elsewhere|also|earlier|later|in\s+addition),?\s+)?", re.I)
_VIEW_FOR_NAME = re.compile(r"\s+(?:for|on)\s+(?!(?:the|its|their|this|next|fiscal|full|calendar|[12]\d{3})\b)[A-Z]")


def _broker_outlook(ctx: _Ctx, m: re.Match[str]) -> bool:
    """A brokerage other than the story's company opens the sentence, and the outlook words are its own: for a named
    stock ("Morgan Stanley adjusted its outlook for Bank of America") or its own estimate, in the same clause
    ("Needham also revised up its full-year 2019 earnings forecast"). A broker's view, not a company's guidance."""
    s = ctx.text
    firm = _BROKER_NAME.match(s, _OPENING_ADVERB.match(s).end())
    if firm is None or _is_self(ctx.doc, firm.group()):
        return False
    own_clause = m.start() - firm.end() <= 40 and not _CLAUSE_BREAK.search(s, firm.end(), m.start())
    return own_clause or _VIEW_FOR_NAME.match(s, m.end()) is not None


_BROKER_ACTS = re.compile(r"\b(?:targets?|ratings?|upgrad\w*|downgrad\w*|overweight|underweight|outperform)\b", re.I)
_BROKER_NAME = re.compile(rf"(?:{_BROKER_NAMES})(?![\w-])")  # one opening a sentence or written as a subject


#: Analysts' figures a company's outlook is set against, after it: ", while analysts surveyed by FactSet had forecast"
_ANALYSTS_CLAUSE = icompile(
    r",?\s+(?:while|whereas|compared\s+with|versus|against|but)\s+(?:the\s+)?(?:analysts?|Wall\s+Street|consensus|"
    r"the\s+street)\b",
    re.I,
)


def _guidance(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    if (cut := _ANALYSTS_CLAUSE.search(s)) and cut.start() > 20:
        s = s[: cut.start()]  # the company's outlook is the clause before the analysts' figures
    if R.GUIDE_VETO.search(s) or R.GUIDE_BROKER_SUBJECT.match(s):
        return None
    for rx in _GUIDE_RULES:
        m = rx.search(s)
        if not m:
            continue
        if _BEAT_OBJECT_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue  # "beat profit forecasts for the first half": a result measured against forecasts
        if m.group()[:4].lower() == "sees" and _SEES_RESULT.match(s, m.start() + 4):
            continue  # "sees its first half operating profit slump 36% to £17m": what happened, not an outlook
        if rx in _SUBJECT_RULES and (
            R.ANALYST_SUBJECT.search(s[: m.start()])
            or R.GUIDE_ANALYST_SUBJECT.search(s[: m.start()])
            or _broker_says(s[: m.start()])
            or _broker_which(s[: m.start()])
        ):
            continue  # "Bernstein said ... but expects service revenues to turn negative": a broker's view
        if _broker_outlook(ctx, m):
            return None  # "Morgan Stanley adjusted its outlook for Bank of America": a broker's view of a stock
        aim = rx is R.GUIDE_EXPECT_TO and m.group()[:3].lower() == "aim"
        if aim and not _QUANTITY.search(s, m.start(), m.end() + 40):
            continue  # "as it aims to improve growth": a wish, no outlook ("aims to deliver mid-single-digit ...")
        if rx is R.GUIDE_EXPECT_TO and R.PRELIMINARY.match(s, m.start()) and _prelim_text(ctx)[m.start()] == " ":
            continue  # "expects to report ... for the year to January": a result of a closed period
        if (rx is R.GUIDE_PASSIVE or rx is R.GUIDE_VOLUME) and not _own_expectation(ctx, m.start()):
            continue
        if rx is R.GUIDE_PASSIVE and _RELATIVE_IN.search(m.group()):
            continue  # "earnings and announced a buyback plan, which is expected to be completed": the plan's
        if (rx is R.GUIDE_VOLUME or rx is R.GUIDE_EXPECT_TO) and _other_company_says(ctx, m.start()):
            continue  # "Rival Lucid expects to deliver 20,000 vehicles": somebody else's outlook
        if rx is R.GUIDE_PASSIVE and not (R.GUIDE_COMPANY_SAYS.search(s) or _names_self(ctx)):
            continue  # "Sales are expected to rise 5%" alone may be anyone's expectation
        if R.GUIDE_NOT_OWN.search(s):
            return None  # "brokerages are raising their forecasts", "placed on negative outlook": not the company's
        c = _Cand(T.GUIDANCE, ctx.sent, m.start(), m.end())
        money = _money_after(ctx, m.end(), 60)
        if money is not None and _POSTED_RESULTS.search(s, m.end(), money.start):
            money = None  # "reconfirmed its guidance and reported a rise in sales to $675m": the result's amount
        if money is None and rx in (R.GUIDE_MISS, R.GUIDE_WARN):
            # "would not achieve a 100-million-euro ($120.5m) operating profit", "warned of a $4.5 billion annual loss"
            money = _money_within(ctx, m.start(), m.end())
        if money:
            # "profit of about $5.50 a share on sales of $25 billion": the company-wide figure, not the per-share one
            big = next(
                (n for n in ctx.monies if n.start >= money.end and n.start - money.end <= 80 and n.multiplier >= 1e6),
                None,
            )
            c.money = big if money.multiplier < 1e6 and big is not None else money
            nxt = [n for n in ctx.monies if n.start >= money.end and _RANGE.match(s[money.end : n.start])]
            c.amount_text = s[money.start : nxt[0].end] if nxt else money.text
            if (
                c.money is money
                and money.multiplier < 1e6
                and (
                    _PER_SHARE_METRIC.search(s, max(0, money.start - 40), money.start)
                    or _PER_SHARE_AFTER.match(s, nxt[0].end if nxt else money.end)
                )
            ):
                c.money = None  # "projected adjusted earnings per share of $5 to $6.20": a figure per share
        else:
            c.amount_text = _volume_text(s)
        c.period = _period(s)
        return c
    return None


_RELATIVE_IN = icompile(r",\s*(?:which|that|who)\b", re.I)
_UNIT_AFTER = icompile(rf"^\s*(?:[\w-]+\s+){{0,2}}?{R.GUIDE_UNIT}\b", re.I)


def _volume_text(s: str) -> str | None:
    """The volume a guidance sentence gives: "46,000 to 51,000 vehicles" (None without one).

    >>> _volume_text("management guided to deliveries of 46,000 to 51,000 vehicles in 2025")
    '46,000 to 51,000 vehicles'
    """
    m = R.GUIDE_VOLUME.search(s)
    count = _COUNT_AFTER.match(s[m.end() :]) if m else None
    if not count:
        return None
    unit = _UNIT_AFTER.match(s[m.end() + count.end() :])
    return (count.group(1) + (unit.group() if unit else "")).strip()


def _own_expectation(ctx: _Ctx, pos: int) -> bool:
    """An expectation without a verb of the company's ("sales were expected to rise", "guided to deliveries of")
    is the company's when nobody else is named: no analysts, polls, economists or market-wide figure, and no
    other company's possessive before it ("Primark's sales were expected to ...").
    """
    s = ctx.text
    if R.GUIDE_NOT_COMPANY.search(s):
        return False
    other = _POSSESSIVE_NAME.search(s[max(0, pos - 60) : pos])
    return not (other and not _is_self(ctx.doc, other.group(1)))


def _other_company_says(ctx: _Ctx, pos: int) -> bool:
    """The name just before a verb of expecting is another company's ("OPEC expects", "rival Lucid forecast").

    People ("Jane Doe expects") and pronouns are not companies; with no known article company nothing is vetoed.
    """
    if not ctx.doc.company:
        return False
    name = _name_before(ctx.text, pos)
    if not name or name.split()[0] in _PRONOUNS or any(t in R.NOT_PERSON_WORDS for t in name.split()):
        return False
    return _person_in(name) != name and not _is_self(ctx.doc, name)


def _names_self(ctx: _Ctx) -> bool:
    """The sentence names the article's company."""
    names = own_names(ctx.doc.company)
    return bool(names) and mask_own_names(ctx.text, names) != ctx.text


def _regulator(text: str) -> str | None:
    t = re.sub(r"\s+", " ", text).strip()
    key = t.lower()
    if key in R.REG_ALIASES:
        return R.REG_ALIASES[key]
    return t if t[:1].isupper() else None


_REGULATOR_RX = icompile(rf"\b{R.REGULATOR}\b")


def _regulation(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    if R.REG_VETO.search(s):
        return None
    for rx in (
        R.REG_SUBJ_ACTION,
        R.REG_ACTION_BY,
        R.REG_LOWER,
        R.REG_APPROVAL_WON,
        R.REG_APPROVED_IN,
        R.REG_INSPECTION,
    ):
        m = rx.search(s)
        if m:
            who = _REGULATOR_RX.search(m.group())
            return _Cand(
                T.REGULATION, ctx.sent, m.start(), m.end(), counterparty=_regulator(who.group()) if who else None
            )
    m = R.REG_LAW.search(s)
    if m:
        return _Cand(T.REGULATION, ctx.sent, m.start(), m.end())
    return None


def _legal(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.FINE.finditer(s):
        money = _money_after(ctx, m.end(), 12) or _money_before(ctx, m.end(), 40)
        if money is None:
            continue
        who = _REGULATOR_RX.search(s)
        c = _Cand(T.LEGAL, ctx.sent, m.start(), m.end(), money, counterparty=_regulator(who.group()) if who else None)
        c.fine = True
        return c
    for m in R.LEGAL.finditer(s):
        if R.LEGAL_VETO.search(s[max(0, m.start() - 10) : m.end() + 10]) or R.LEGAL_AS_CAUSE.search(
            s[max(0, m.start() - 60) : m.start()]
        ):
            continue
        inside = next((x for x in ctx.monies if x.start < m.end() and x.end > m.start() and _usable(ctx, x)), None)
        money = inside or _money_before(ctx, m.start(), 60) or _money_after(ctx, m.end(), 60)
        if money is None:  # "agreed to pay $1.1 billion under a settlement related to a ... litigation": the payment
            money = next(
                (x for x in ctx.monies if x.end < m.start() and R.PAYMENT.search(s, max(0, x.start - 40), x.start)),
                None,
            )
        name = _after_word(s, m.end(), "(?:with|against)", 20)
        return _Cand(T.LEGAL, ctx.sent, m.start(), m.end(), money, counterparty=name)
    return None


_APPOINTEE_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’.-]*,?\s+(?:as|to\s+(?:be|the|its))\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had)\s+$")


def _person_after(s: str, pos: int) -> str | None:
    m = re.match(r"\s*,?\s*((?:[A-Z][\w'’.-]*\s*){2,3})", s[pos:])
    if not m:
        return None
    toks = [t for t in m.group(1).split() if t not in R.NOT_PERSON_WORDS]
    toks = toks[:3]
    if any(t in R.HEADLINE_NOT_NAME_WORDS for t in toks):
        return None  # "CEO Says He Will Retire Early": a title-case headline, no name
    return " ".join(toks) if len(toks) >= 2 else None


_NAME_RUN = re.compile(r"(?:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?)+[A-Z][\w'’-]+")


def _last_person(s: str) -> str | None:
    """The person a title phrase ends with: "of Sales and Energy Engineering Jane Doe" -> "Jane Doe"."""
    runs = _NAME_RUN.findall(s)
    if not runs:
        return None
    toks = runs[-1].split()
    name = toks[-3:] if len(toks) >= 3 and re.fullmatch(r"[A-Z]\.", toks[-2]) else toks[-2:]
    bad = R.NOT_PERSON_WORDS | R.HEADLINE_NOT_NAME_WORDS
    return None if any(t in bad for t in name) else " ".join(name)


def _person_in(s: str) -> str | None:
    for m in R.PERSON.finditer(s):
        toks = m.group(1).split()
        if not any(t in R.NOT_PERSON_WORDS or t in R.HEADLINE_NOT_NAME_WORDS for t in toks):
            return m.group(1)
    return None


_SAID = icompile(r"\b(?:said|says|told|wrote|added|noted)\b(?!\s+(?:he|she|they)\b)", re.I)


def _executive_change(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    if R.EXEC_BACKGROUND.search(s) or R.EXEC_DISMISSED_OBJECT.search(s):
        return None  # a title held since some time ago; an offer dismissed
    m = R.EXEC_APPOINT.search(s)
    if m:
        title = R.EXEC_TITLE.search(s[: m.start()])
        verb_end = re.match(r"\w+", s[m.start() :]).end() + m.start()
        said = list(_SAID.finditer(s, title.end(), m.start())) if title else []
        if said and (appointee := _person_after(s, said[-1].end())):
            # "A statement from Chairman Jane Doe said John Roe ... would succeed Smith as CEO": the title is the
            # speaker's; the appointee is named after "said"
            return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, m.start(), m.end(), counterparty=appointee)
        # the active voice names its appointee after the verb: "said that it appointed Paul Doe as President"
        passive = _PASSIVE_BEFORE.search(s, max(0, m.start() - 20), m.start())
        active = _APPOINTEE_AFTER.match(s, verb_end) and not passive
        found = (
            (_person_after(s, verb_end) if active and not title else None),
            (_person_after(s, title.end()) if title else None),
            _person_in(s[: m.start()]),
            _person_after(s, verb_end),
        )
        # ("Dale has accepted the Board's offer to become Pilbara Minerals' next CEO": the company is nobody)
        person = next((p for p in found if p and not _is_self(ctx.doc, p)), None)
        return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, m.start(), m.end(), counterparty=person)
    lo = R.EXEC_LEAVE_OF.search(s)
    if (
        lo
        and (lo["title"] or lo["as"])
        and lo["person"].split()[0] not in R.NOT_PERSON_WORDS
        and not _POLITICAL.search(s)  # "political leadership ... following the exit of president Robert Mugabe"
    ):
        return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, lo.start(), lo.end(), counterparty=lo["person"])
    for m in R.EXEC_LEAVE.finditer(s):
        titles = [t for t in R.EXEC_TITLE.finditer(s[: m.start()]) if m.start() - t.end() <= 80]
        title = titles[-1] if titles else None
        if title:
            between = s[title.end() : m.start()]
            if re.search(r"(?<!\b[A-Z])[.;:!?]", between) or _SAID.search(between):  # "James L. Doe" is no sentence end
                continue
            person = _person_after(s, title.end()) or _last_person(between)
            return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, title.start(), m.end(), counterparty=person)
        if R.EXEC_LEAVE_AS.match(s[m.end() :]):
            return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, m.start(), m.end(), counterparty=_person_in(s[: m.start()]))
    m = R.EXEC_OWN_EXIT.search(s)
    if m:  # "Jane Doe, head of sales, wrote on X about her departure"
        person = _person_in(s[: m.start()])
        if person or R.EXEC_TITLE.search(s) or re.search(r"\b(?:execs|executives|officers|directors)\b", s, re.I):
            return _Cand(T.EXECUTIVE_CHANGE, ctx.sent, m.start(), m.end(), counterparty=person)
    return None


_POLITICAL = icompile(r"\b(?:political|government|elections?|minister|parliament|regime|coup)\b", re.I)
_RELEASED_OF_BEFORE = re.compile(r"(?:\b(?:be|been|being|was|were|is|are)|,)\s+$")


def _product(ctx: _Ctx) -> _Cand | None:
    s = ctx.text
    for m in R.PRODUCT.finditer(s):
        obj = re.match(rf"{R.CLAUSE}{{0,50}}", s[m.end() :]).group()
        if (
            R.PRODUCT_OBJECT_VETO.search(obj)
            or R.PRODUCT_PASSIVE.match(obj)
            or R.PRODUCT_SUBJECT_VETO.search(s[max(0, m.start() - 40) : m.start()])
            or R.PRODUCT_OBJECT_VETO.search(" ".join(s[: m.start()].split()[-2:]))
            # a thing released in the passive or as a participle: "the April inflation readout which will be released
            # later", "Intel's earnings report for its second quarter, released after Thursday's close"
            or (
                _RELEASED_OF_BEFORE.search(s, 0, m.start())
                and R.PRODUCT_OBJECT_VETO.search(s, max(0, m.start() - 70), m.start())
            )
        ) or _other_actor(ctx, m.start()):
            continue
        return _Cand(T.PRODUCT, ctx.sent, m.start(), m.end(), counterparty=_name_after(s, m.end(), 60))
    return None


def _buyback(ctx: _Ctx) -> _Cand | None:
    """A share buyback the company launches, with its size ("launching a share buyback of $2 billion")."""
    m = R.BUYBACK.search(ctx.text)
    if not m or _other_actor(ctx, m.start()):
        return None
    money = _money_within(ctx, m.start(), m.end()) or _money_after(ctx, m.end(), 25)
    if money is None and not R.BUYBACK_SHARES.match(ctx.text, m.end()):
        return None  # a buyback without its size is a passing mention ("will restart its share buyback")
    return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), money, kind="buyback")


def _restructuring_cost(ctx: _Ctx) -> _Cand | None:
    """What the company's restructuring costs or is to save, with its amount (an ``other`` event): "expects
    pre-tax restructuring charges of approximately $800 million", "aims to deliver $2 billion in cost savings"."""
    s = ctx.text
    m = R.RESTRUCTURING_COST.search(s)
    if not m or R.RESTRUCTURING_COST_VETO.search(s) or _other_actor(ctx, m.start()):
        return None
    money = _money_before(ctx, m.start(), 25) or _money_after(ctx, m.end(), 40)
    if money is None:
        return None  # a cost or saving without its size is a passing mention
    return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), money, kind="restructuring")


_FORECAST_BEFORE = icompile(r"\b(?:expect\w*|forecast\w*|predict\w*|analysts?|likely|may|see|sees|estimat\w*)\b", re.I)


def _dividend(ctx: _Ctx) -> _Cand | None:
    """A change the company makes to its dividend ("scrapped its annual dividend", "announced a dividend hike"):
    an ``other`` event without an amount (a dividend is told per share)."""
    s = ctx.text
    m = R.DIVIDEND_ACTION.search(s)
    if (
        not m
        or R.DIVIDEND_VETO.search(s)
        # (a forecast, not "said it would suspend its dividend")
        or _FORECAST_BEFORE.search(s, max(0, m.start() - 50), m.start())
        or (not ctx.doc.many_companies and _other_actor(ctx, m.start()))
    ):
        return None
    return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), kind="dividend")


def _capital(ctx: _Ctx) -> _Cand | None:
    """A change the company makes to its share capital: a split, a bonus issue, a placement or rights issue, a
    capital return (an ``other`` event; no amount, since gold and readers give these in many currencies)."""
    s = ctx.text
    m = R.CAPITAL_ACTION.search(s)
    if (
        not m
        or R.DIVIDEND_VETO.search(s, m.start(), m.end())
        or (not ctx.doc.many_companies and _other_actor(ctx, m.start()))
    ):
        return None
    return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), kind="capital")


_DAY_NEXT = icompile(r"\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b", re.I)


def _listing(ctx: _Ctx) -> _Cand | None:
    """The company's shares start or stop trading on an exchange (an ``other`` event): a debut, a cancelled
    admission; not a listing told as background nor a bidder's plan to delist its target."""
    s = ctx.text
    m = R.LISTING.search(s)
    if not m:
        return None
    # ("Harbour Port, which started trading on Wednesday, led ..." is still the debut)
    background = R.LISTING_BACKGROUND_BEFORE.search(s, max(0, m.start() - 50), m.start()) and not _DAY_NEXT.match(
        s, m.end()
    )
    if (
        background
        or R.LISTING_VETO.search(s)
        or R.LISTING_BACKGROUND_AFTER.match(s, m.end())
        or (not ctx.doc.many_companies and _other_actor(ctx, m.start()))
    ):
        return None
    return _Cand(T.OTHER, ctx.sent, m.start(), m.end(), kind="listing")


def _policy(ctx: _Ctx) -> _Cand | None:
    m = R.POLICY.search(ctx.text) or R.POLICY_OFFICE.search(ctx.text)
    if not m or R.POLICY_VETO.search(ctx.text) or _other_actor(ctx, m.start()):
        return None
    return _Cand(T.POLICY, ctx.sent, m.start(), m.end())


DETECTORS: tuple[Callable[[_Ctx], _Cand | None], ...] = (
    _acquisition,
    _investment,
    _funding_round,
    _spinoff,
    _partnership_end,
    _partnership,
    _closure,
    _earnings_date,
    _financial_result,
    _guidance,
    _regulation,
    _legal,
    _executive_change,
    _product,
    _policy,
    _buyback,
    _dividend,
    _capital,
    _listing,
    _restructuring_cost,
)

#: Per detector, the trigger patterns one of which must match for it to return anything: a sentence
#: that cannot match any of them (checked with literals derived from the patterns) skips the detector.
_GATES: dict[Callable[[_Ctx], _Cand | None], Gate] = {
    _acquisition: Gate(
        R.ACQ_VERB,
        R.ACQ_COMBINE,
        R.ACQ_NOUN,
        R.ACQ_OFFER,
        R.ACQ_CLOSING,
        R.ACQ_SOLD,
        R.ACQ_BID_FROM,
        R.ACQ_PAY_FOR,
        R.ACQ_BID_POSSESSIVE,
        R.ACQ_MADE_OFFER,
        R.ACQ_STAKE_SALE,
        R.ACQ_TALKS,
        R.ACQ_PRIVATE,
        R.ACQ_REJECTED_BID,
        R.ACQ_FOR_SALE,
    ),
    _investment: Gate(R.INVEST_VERB, R.INVEST_NOUN, R.STAKE, R.STAKE_TO_CONTROL, R.ORDER, R.CAPEX, R.CAPEX_SPEND),
    _funding_round: Gate(R.RAISED, R.FUNDING),
    _spinoff: Gate(R.SPINOFF),
    _partnership_end: Gate(R.END_VERB, R.END_FELL_APART),
    _partnership: Gate(R.PARTNER_VERB, R.PARTNER_NOUN, R.DEAL_NOUN),
    _closure: Gate(R.CLOSE_VERB, R.CLOSE_NOUN, R.CLOSE_FACILITY_FIRST),
    _earnings_date: Gate(R.EARN_NOUN),
    _financial_result: Gate(_METRIC_RX, R.RESULT_WORDS, R.RESULT_EARNED_BEFORE),
    _guidance: Gate(*_GUIDE_RULES),
    _regulation: Gate(
        R.REG_SUBJ_ACTION,
        R.REG_ACTION_BY,
        R.REG_LOWER,
        R.REG_LAW,
        R.REG_APPROVAL_WON,
        R.REG_APPROVED_IN,
        R.REG_INSPECTION,
    ),
    _legal: Gate(R.FINE, R.LEGAL),
    _executive_change: Gate(R.EXEC_APPOINT, R.EXEC_LEAVE, R.EXEC_OWN_EXIT),
    _product: Gate(R.PRODUCT),
    _policy: Gate(R.POLICY, R.POLICY_OFFICE),
    _buyback: Gate(R.BUYBACK),
    _dividend: Gate(R.DIVIDEND_ACTION),
    _capital: Gate(R.CAPITAL_ACTION),
    _listing: Gate(R.LISTING),
    _restructuring_cost: Gate(R.RESTRUCTURING_COST),
}
_END_NOUN_GATE = Gate(R.END_NOUN)  # a partnership end also needs its noun
_ADVERT_GATE = Gate(R.ADVERT)
_GATED = tuple((d, _GATES[d]) for d in DETECTORS)


_GATESET = GateSet([g for _, g in _GATED] + [_END_NOUN_GATE])  # one scan per sentence decides every gate


def _open_detectors(low: str, text: str = "") -> list[Callable[[_Ctx], _Cand | None]]:
    *opened, end_noun = _GATESET.opened(low, _fastscan.found_in(text) if text else None)
    out = [d for (d, _), ok in zip(_GATED, opened, strict=True) if ok]
    if _partnership_end in out and not end_noun:
        out.remove(_partnership_end)
    return out


def _sentence_events(ctx: _Ctx, detectors: list[Callable[[_Ctx], _Cand | None]] | None = None) -> list[_Cand]:
    out: list[_Cand] = []
    for detect in DETECTORS if detectors is None else detectors:
        c = detect(ctx)
        if c is not None:
            out.append(c)
    types = {c.type for c in out}
    drop: set[EventType] = set()
    if T.PARTNERSHIP_END in types:
        drop.add(T.PARTNERSHIP)  # "ended its partnership with" is not a new partnership
    if T.ACQUISITION in types or T.LEGAL in types:
        drop |= {c.type for c in out if c.type is T.PARTNERSHIP and R.DEAL_NOUN.fullmatch(c.sent.text[c.start : c.end])}
    if T.ACQUISITION in types:
        buyouts = {c.counterparty for c in out if c.type is T.ACQUISITION and c.counterparty}
        # ("Offer to Acquire Remaining Public Stake in X": the stake bought is the takeover, no investment of its own)
        drop |= {c.type for c in out if c.type is T.INVESTMENT and c.counterparty in buyouts}
    if T.POLICY in types:
        drop.add(T.PRODUCT)
    if any(c.fine for c in out):
        drop.add(T.REGULATION)  # "the Commission fined Apple €500m" is one legal event
    if T.FUNDING_ROUND in types:
        fr = next(c for c in out if c.type is T.FUNDING_ROUND)
        # "raised $310m ... valuing" and an investment with the same money are one round
        drop |= {c.type for c in out if c.type is T.INVESTMENT and c.money is not None and c.money == fr.money}
    out = [c for c in out if c.type not in drop and not _foreign(ctx, c) and not _failed(ctx, c)]
    for c in out:
        if c.control and T.ACQUISITION not in types:
            c.type = T.ACQUISITION  # "to acquire a 51.21% interest in Grupo Biotoscana": a takeover
        _finish(ctx, c)
    if any(c.type in _VALUED_TYPES for c in out):
        valuation = _valuation(ctx)
        for c in out:
            if c.type in _VALUED_TYPES:
                c.valuation = valuation
    return out


def _failed(ctx: _Ctx, c: _Cand) -> bool:
    """A deal the sentence says did not happen: "it had been unable to secure a deal with Arcadia"."""
    return c.type in DEAL_TYPES and R.DEAL_FAILED.search(_clause_head(ctx.text, c.start)[-70:]) is not None


#: Besides results, the events a wrap reports for each company it names.
_WRAP_SUBJECT_TYPES = frozenset({T.GUIDANCE, T.EARNINGS_DATE, T.OTHER, T.CLOSURE})

#: Events whose subject must be the article's company (a deal only needs the company named in the sentence).
_OWN_ACTION_TYPES = frozenset({T.EARNINGS_DATE})


def _foreign(ctx: _Ctx, c: _Cand) -> bool:
    """Somebody else's deal or date: another company's, a government's or a group's (see :func:`_other_actor`)."""
    if c.type in DEAL_TYPES:
        return _other_actor(ctx, c.start, deal=True, counterparty=c.counterparty)
    if c.type in _OWN_ACTION_TYPES:
        return not ctx.doc.many_companies and _other_actor(ctx, c.start)
    return False


#: Events a valuation belongs to.
_VALUED_TYPES = frozenset({T.FUNDING_ROUND, T.INVESTMENT})


#: A takeover's value told as the company's: "valuing the British oil producer at 249 million pounds".
_VALUING_AT = re.compile(r"\bvalu(?:ing|es)\s+(?:[\w'’-]+\s+){1,5}?at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?")
_IN_MONTH_BEFORE = re.compile(r"\bin\s+$")  # "warned in May"


def _finish(ctx: _Ctx, c: _Cand) -> None:
    if c.type is T.ACQUISITION and c.money is None and (valued := _VALUING_AT.search(ctx.text, c.end)):
        # "agreed to be bought by Prax ..., valuing the British oil producer at 249 million pounds": a takeover's value
        # (elsewhere a valuation is no deal's amount)
        c.money = _deal_money(next((m for m in ctx.monies if 0 <= m.start - valued.end() <= 3), None))
    if c.type is T.GUIDANCE and c.money is not None:
        c.usd = _usd(ctx, c.money)  # the outlook's (first) figure in dollars; amount_text keeps the whole range
    elif c.money is not None:
        c.usd = _usd(ctx, c.money)
        c.amount_text = c.money.text
        if c.type in DEAL_TYPES or c.type is T.LEGAL:
            parts, total = _parts(ctx, c.money)
            if parts:
                c.parts, c.usd = parts, total
    if c.type in DEAL_TYPES:
        c.status = _status(_clause(ctx.text, c.start, c.end)) or S.ANNOUNCED
        c.expected_close = _expected_close(ctx)
    if (c.type is T.GUIDANCE or c.type is T.FINANCIAL_RESULT) and c.date is None:
        # the day the company gave it ("confirmed on Tuesday its margin forecast", "yesterday raised its forecast",
        # "yesterday reported a net profit of"), never a period's day nor a day still to come
        day = _event_date(ctx, after=c.start, reach=90, allow_month=False, weeks=False)
        published = ctx.doc.published
        c.date = day if day is not None and published is not None and day.end <= published else None
        if c.date is None and c.type is T.GUIDANCE and published is not None:
            # "Telstra warned in May that earnings ...": the month the outlook was given, inside its own words
            month = next(
                (
                    d.date
                    for d in ctx.dates()
                    if d.date is not None
                    and d.date.precision is DatePrecision.MONTH
                    and c.start < d.start < c.end
                    and _IN_MONTH_BEFORE.search(ctx.text, max(0, d.start - 4), d.start)
                    and d.date.end <= published
                ),
                None,
            )
            c.date = month
    if c.date is None and c.type is not T.FINANCIAL_RESULT and c.type is not T.GUIDANCE and not c.undated:
        c.date = _event_date(ctx, after=c.start, reach=90)
        if c.date is None and c.type in DEAL_TYPES:
            c.date = _past_year(ctx)
        if c.date is None and c.type is T.EXECUTIVE_CHANGE:  # "will replace X as CEO from 12 May": when it takes effect
            c.date = next(
                (
                    d.date
                    for d in ctx.dates()
                    if d.date is not None
                    and d.date.precision is DatePrecision.DAY
                    and _EFFECTIVE_BEFORE.search(ctx.text, max(0, d.start - 16), d.start)
                ),
                None,
            )
    if c.counterparty and (c.type in DEAL_TYPES or c.type is T.LEGAL) and _is_self(ctx.doc, c.counterparty):
        other = _name_before(ctx.text, c.start)
        if other in _NOT_PARTY:
            other = None  # "By acquiring RTI, Alcoa will ...": a preposition, no party
        if not other or _is_self(ctx.doc, other):  # "The deal has Merck offering $10.8 billion to acquire <us>"
            names = [
                n
                for n in _PROPER_RUN.findall(ctx.text[: c.start])
                if n not in _NOT_PARTY
                and re.sub(r"['’]s$", "", n.split()[0]) not in CALENDAR_WORDS  # "after Thursday's market close"
                and not _is_self(ctx.doc, n)
                and not (n.isupper() and len(n) <= 6)
                and n not in _EXCHANGES
            ]  # (not a ticker: "CymaBay Therapeutics (Nasdaq: CBAY) ... an acquisition bid from <us>")
            other = names[-1] if names else None
        c.counterparty = other if other and not _is_self(ctx.doc, other) else None


_EXCHANGES = frozenset(EXCHANGES)
# ("Royal Bank of Canada", "Bank of the West": one name over "of" / "of the")
_POSSESSIVE_IN_RUN = re.compile(r"['’]s(?=\s|$)")
_PROPER_RUN = re.compile(r"(?<![\w$])([A-Z][\w&'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'’-]+){0,3})")
_NOT_PARTY = frozenset(
    {"The", "This", "That", "It", "Its", "Under", "In", "On", "Shares", "Analysts", "CEO", "By", "After", "Before",
     "With", "For", "As", "At", "From", "Following", "Through", "Via"}
)  # fmt: skip


def _expected_close(ctx: _Ctx) -> FuzzyDate | None:
    """When the sentence expects the deal to close: "is expected to close in the third quarter of 2023"."""
    m = R.CLOSE_EXPECTED.search(ctx.text)
    if m is None:
        return None
    after = [d for d in ctx.dates() if d.date is not None and m.end() <= d.start <= m.end() + 40]
    return after[0].date if after else None


def _past_year(ctx: _Ctx) -> FuzzyDate | None:
    """The year a sentence dates a past deal by: "In 2021, it had raised $325 million" (before the article's year)."""
    m = R.PAST_YEAR.search(ctx.text)
    if m is None:
        return None
    year = int(m.group(1))
    published = ctx.doc.published
    if published is not None and year >= published.year:
        return None
    return FuzzyDate(start=dt.date(year, 1, 1), precision=DatePrecision.YEAR)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a trigger: status cues of a neighbouring clause do not apply."""
    head = text[:start]
    cuts = [m.end() for m in R.CLAUSE_BREAK.finditer(head)]
    lo = cuts[-1] if cuts else 0
    nxt = R.CLAUSE_BREAK.search(text, end)
    return text[lo : nxt.start() if nxt else len(text)]


def _is_self(doc: Doc, name: str) -> bool:
    """The article's own company is never the counterparty."""
    own = _tokens(doc.company)
    # one name inside the other ("Amazon" / "Amazon Web Services"), for any of several parties ("Disney and Fox");
    # a shared word alone is not enough ("Share India Securities" is not "Metropolitan Stock Exchange of India")
    for part in re.split(r",|\band\b|&", name):
        other = _tokens(part)
        if own and other and (own <= other or other <= own):
            return True
    return False


# --------------------------------------------------------------------------- consolidation


_TOKEN = icompile(r"[a-z0-9]+")


def _tokens(name: str | None) -> set[str]:
    return {t for t in _TOKEN.findall((name or "").lower()) if t not in R.GENERIC_TOKENS}


def _same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return True
    if distinct_leads(a, b):
        return False  # "Tata Power" and "Torrent Power"
    return bool(ta & tb) or any(x.startswith(y) or y.startswith(x) for x in ta for y in tb if min(len(x), len(y)) >= 4)


def _value(c: _Cand) -> float | None:
    return c.usd if c.usd is not None else (c.money.value if c.money is not None else None)


def _same_amount(a: _Cand, b: _Cand) -> bool:
    if a.money is not None and b.money is not None and a.money.currency == b.money.currency:
        va, vb = a.money.value, b.money.value  # "€14.5bn" in the headline, "€14.5 billion ($20.1 billion)" below
    else:
        va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return True
    return abs(va - vb) <= 0.01 * max(va, vb)


def _compatible(k: _Cand, c: _Cand) -> bool:
    if k.type is not c.type:
        return False
    if k.type is T.OTHER and ((k.kind and c.kind and k.kind != c.kind) or not _same_company(k.subject, c.subject)):
        return False  # a buyback and a dividend cut; two companies' dividends in a wrap
    if k.type is T.GUIDANCE:
        # ("forecast revenue of $167m to $171m in the current quarter" and "raised its full-year projections to
        # $655m": two outlooks, each with its figure)
        two_periods = k.period and c.period and k.period != c.period and k.money and c.money
        return _same_company(k.subject, c.subject) and not two_periods
    if k.type is T.FINANCIAL_RESULT:
        if not _same_company(k.subject, c.subject):
            return False  # a digest's results of two companies
        if not (k.revenue and c.revenue) or _same_amount(k, c):
            return True
        return not (k.period and c.period and k.period != c.period)  # Q4 and full-year revenue are two results
    if k.type is T.EARNINGS_DATE:
        return _same_company(k.subject, c.subject) and (
            k.date is None
            or c.date is None
            or k.date.iso().startswith(c.date.iso())
            or c.date.iso().startswith(k.date.iso())
        )
    if k.type is T.EXECUTIVE_CHANGE:
        return _same_party(k.counterparty, c.counterparty)
    if k.type is T.CLOSURE and _vague_restatement(k.counterparty, c.counterparty):
        return True
    return _same_amount(k, c) and _same_party(k.counterparty, c.counterparty)


_FACILITY_RX = icompile(rf"\b{R.FACILITY}\b", re.I)


_FACILITY_KIND = {"factory": "plant", "factorie": "plant", "facility": "plant", "facilitie": "plant", "mill": "plant",
                  "shop": "store", "outlet": "store", "branche": "store", "branch": "store"}  # fmt: skip


def _facility_kind(word: str) -> str:
    """ "four plants" and "some factories" are one kind of site.

    >>> _facility_kind("Factories"), _facility_kind("plants"), _facility_kind("shops")
    ('plant', 'plant', 'store')
    """
    w = word.lower().rstrip("s")
    return _FACILITY_KIND.get(w, w)


def _vague_restatement(a: str | None, b: str | None) -> bool:
    """Two closures of one kind of facility, one without a count: "27 stores" and "a small number of stores".

    >>> _vague_restatement("27 poorly performing stores", "small number of underperforming stores")
    True
    >>> _vague_restatement("27 stores", "distribution center")
    False
    """
    if not a or not b:
        return False
    fa, fb = _FACILITY_RX.findall(a), _FACILITY_RX.findall(b)
    if not fa or not fb or _facility_kind(fa[-1]) != _facility_kind(fb[-1]):
        return False
    return not (re.search(r"\d", a) and re.search(r"\d", b))


def _same_company(a: str | None, b: str | None) -> bool:
    """Two names of one company, as far as the text tells: shared words or word stems, or one the other's initials.

    >>> _same_company("Indian Railways Catering and Tourism Corp.", "IRCTC"), _same_company("JB Chemicals", "Lux")
    (True, False)
    """
    return _same_party(a, b) or same_company(a, b)


def _info(c: _Cand) -> int:
    return 4 * (c.usd is not None) + 2 * (c.money is not None) + (c.counterparty is not None) + (c.date is not None)


def _absorb(k: _Cand, c: _Cand) -> _Cand:
    """Merge two copies of one event: the more informative one leads, the other fills its gaps."""
    lead, other = (c, k) if _info(c) > _info(k) else (k, c)
    if lead.type is T.FINANCIAL_RESULT and k.money is not None and c.money is not None and not k.per_share:
        lead, other = k, c  # the figure stated first leads (the order of :func:`_consolidate`)
    if lead.type is T.FINANCIAL_RESULT and lead.usd is None and other.usd is not None:
        lead, other = other, lead  # ("operating profit fell to ¥6.98 trillion" beside "¥1.08 trillion ($9.5 billion)")
    own_figure = lead.type is T.FINANCIAL_RESULT and lead.money is not None
    fields = ("money", "usd", "amount_text", "counterparty", "date", "status", "valuation", "expected_close", "subject")
    for name in fields:
        if own_figure and name in ("money", "usd", "amount_text"):
            continue  # a result keeps its own figure: another metric's dollar value is not its equivalent
        if getattr(lead, name) is None:
            setattr(lead, name, getattr(other, name))
    if not lead.parts:
        lead.parts = other.parts
    if lead.status is S.ANNOUNCED and other.status in (S.TALKS, S.RUMORED) and lead.sent.start < other.sent.start:
        pass  # the first statement's status wins over a later recap
    elif lead.type in DEAL_TYPES and S.COMPLETED in (lead.status, other.status):
        lead.status = S.COMPLETED  # "agreed to acquire X ... and has now completed the acquisition"
    return lead


def _result_rank(c: _Cand) -> tuple[bool, bool]:
    """A result's figure in dollars before one in another currency, a total before a figure per share."""
    return (c.usd is None, c.per_share) if c.type is T.FINANCIAL_RESULT else (False, False)


def _consolidate(cands: list[_Cand]) -> list[_Cand]:
    # amounts and revenue first, so that amountless mentions merge into the event they restate
    # (a result's dollar figure before one in another currency, a total before a figure per share)
    order = sorted(
        range(len(cands)),
        key=lambda i: (cands[i].money is None, _result_rank(cands[i]), i),
    )
    kept: list[_Cand] = []
    for i in order:
        c = cands[i]
        for j, k in enumerate(kept):
            if _compatible(k, c):
                kept[j] = _absorb(k, c)
                break
        else:
            kept.append(c)
    kept.sort(key=lambda c: (c.sent.start, c.start))
    # ("surges on deal with Prax" over "agreed to be bought by Prax Exploration": the takeover, no partnership)
    buyers = [k.counterparty for k in kept if k.type is T.ACQUISITION and k.counterparty]
    return [
        k
        for k in kept
        if not (
            k.type is T.PARTNERSHIP
            and k.money is None
            and k.counterparty
            and any(_tokens(k.counterparty) and _same_party(k.counterparty, b) for b in buyers)
        )
    ]


# --------------------------------------------------------------------------- public API


def _summary(text: str) -> str:
    text = re.sub(r"^[\s\-–•*]+", "", text).strip()
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


_AFTER_PREPOSITION = icompile(r"(?:\b(?:in|at|of|from|for|to|with|on|by|into|across|and)|&)\s+$", re.I)
_RISE_FOR = icompile(r"\b(?:rise|gain|fall|drop|jump|slide|climb|decline|advance)\s+(?:of\s+[\d.]+%\s+)?for\s+$", re.I)
# (what people do too; "Jardine Cycle reported a 12 percent fall in net profit": only a company reports a result)
_SAY_VERB = icompile(r"\b(?:said|says|announced|unveiled)\b", re.I)


_NAME = (
    r"(?!(?:Meanwhile|Also|Elsewhere|However|Separately|Today|Tomorrow|Additionally|Shares|Stocks)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4}"
)
#: "General Mills, Bullish, Lufax Holding, and Cracker Barrel are set to report their earnings today"
_NAME_LIST_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:Meanwhile|Also|Elsewhere|Today|Tomorrow),?\s+)(?P<names>{_NAME}(?:,\s+{_NAME}){{1,8}},?\s+and\s+"
    rf"{_NAME})\s+(?:are|will|were|is|have|had)\b[^.;]*$"
)


def _listed_earnings(ctx: _Ctx, found: list[_Cand]) -> list[_Cand]:
    """One earnings date per company a sentence lists as its subject (a detector finds one per sentence)."""
    out: list[_Cand] = []
    for c in found:
        if c.type is not T.EARNINGS_DATE:
            continue
        m = _NAME_LIST_SUBJECT.search(ctx.text, 0, c.start)
        if not m:
            continue
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["names"]) if n.strip()]
        c.subject = c.counterparty = names[0]
        out += [replace(c, subject=n, counterparty=n) for n in names[1:8]]
    return out


def _later_results(ctx: _Ctx, found: list[_Cand]) -> list[_Cand]:
    """A wrap's further results in one sentence: "Howden rose after its revenues rose 5.9%, but online retailer ASOS
    slumped after it reported weaker-than-expected sales growth" (a detector finds one result per sentence)."""
    out: list[_Cand] = []
    text, sent = ctx.sent.text, ctx.sent
    results = [c for c in found if c.type is T.FINANCIAL_RESULT]
    while results and len(out) < 4:
        brk = R.WRAP_CLAUSE_BREAK.search(text, results[-1].end)
        if brk is None:
            break
        masked = Sentence(sent.start, sent.end, " " * brk.end() + text[brk.end() :])  # same offsets
        results = _sentence_events(_Ctx(ctx.doc, masked, fold(masked.text)), [_financial_result])
        for c in results:
            c.sent = sent
        out += results
    return out


def _result_subject(ctx: _Ctx, pos: int) -> str | None:
    """The company a result before ``pos`` belongs to, when the sentence names one: one of the article's companies,
    or a name followed by its shares, ticker, possessive or a reporting verb ("Hugo Boss rose 3% after ...")."""
    head = ctx.text[:pos]
    known = ctx.doc.article.companies
    breaks = list(R.WRAP_CLAUSE_BREAK.finditer(head)) if ctx.doc.many_companies else []
    for m in _PROPER_RUN.finditer(head, breaks[-1].end() if breaks else 0):  # a wrap's clause names its own company
        # (the name ends at a possessive, also inside a run: "Adani Power's Q2FY26 net profit")
        poss = _POSSESSIVE_IN_RUN.search(m.group(1))
        name = m.group(1)[: poss.start()] if poss else m.group(1)
        name_end = m.start(1) + len(name)
        rest = m.group(1)[poss.end() :].split() if poss else []
        if rest and not any(ch.isdigit() for ch in rest[0]):  # "Japan's Nissan Motor": the name after the country's
            poss, name, name_end = None, " ".join(rest), m.end()
        if name in PLACE_NAMES:
            continue  # "Shares of Infosys, India's second-largest software exporter, fell"
        toks = name.split()
        if (
            toks[0] in _NOT_PARTY
            or toks[0] in _NAME_STOP
            or toks[0] in _PRONOUNS
            or toks[0] in _COMMON_CAPS
            or toks[0] in CALENDAR_WORDS
        ):
            continue
        if R.DESCRIBED_BEFORE.search(head, max(0, m.start() - 20), m.start()) and not R.EXEC_TITLE.search(name):
            return name  # "support services group Capita", "shares in Howden Joinery"
        if _AFTER_PREPOSITION.search(head, max(0, m.start() - 6), m.start()) and not _RISE_FOR.search(
            head, max(0, m.start() - 30), m.start()
        ):
            continue  # "the drug maker in China said", "Catering and Tourism Corp.'s": not where a subject starts
        if any(_same_party(name, c.name) and _tokens(name) for c in known):
            return name
        follow = R.SUBJECT_FOLLOW.match(head, name_end)
        if follow and poss and R.DESCRIBED_NAME_AFTER.match(head, name_end + 2):
            continue  # "James Packer's casino business Crown Resorts": the company named after its owner
        if (
            follow
            and not R.EXEC_TITLE.search(name)
            # people say and report, but only companies have shares that rally ("Marukawa Motors rallied 3%")
            and (not _SAY_VERB.search(follow.group()) or _person_in(name) != name)
            and (len(toks) > 1 or _capitalised_elsewhere(ctx.doc, name, listed=True))
        ):
            return name
    return None


def _cand_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """The company the sentence names for a result (or a wrap's guidance or report date): after the trigger in
    "strong results from Myer", else before it (:func:`_result_subject`)."""
    if ctx.text[c.start : c.end].rstrip().endswith("from"):
        after = _name_after(ctx.text, c.end, 40)
        if after:
            return after
    if c.type is T.EARNINGS_DATE and (own := _OWNER_OF_REPORT.search(ctx.text, max(0, c.start - 50), c.start)):
        name = own[1]
        if name.split()[0] not in _NOT_PARTY and name.split()[0] not in CALENDAR_WORDS:
            return name  # "ahead of tomorrow night's Nvidia results": the company before the noun
    return _result_subject(ctx, c.start)


#: The company written right before its report's noun: "Nvidia results", "Nvidia's quarterly earnings".
_OWNER_OF_REPORT = re.compile(
    r"(?<![\w&.-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['’]s)?\s+(?:(?:first|second|third|fourth|full-year|"
    r"half-year|annual|quarterly|interim|Q[1-4])[\w-]*\s+)?$"
)


def _subject_company(doc: Doc, subject: str | None) -> tuple[str | None, str | None]:
    """Whose event it is: the article's company, unless a digest named another."""
    if not subject or _is_self(doc, subject) or (doc.ticker and subject == doc.ticker):
        return doc.company, doc.ticker
    # (one name inside the other, or the same company by the resolver's rules; a shared word such as "Bank" is not
    # enough: "Royal Bank of Canada" is not "Bank of Nova Scotia")
    mine = _tokens(subject)
    known = next(
        (
            k
            for k in doc.article.companies
            if mine and (same_company(subject, k.name) or mine <= _tokens(k.name) or _tokens(k.name) <= mine)
        ),
        None,
    )
    return (known.name, known.ticker) if known else (clean_name(subject), None)


#: A sentence's opening preposition, caught as the start of a name ("With this investment, Jio Platforms ...").
_LEAD_WORDS = ("With", "After", "Through", "Following", "Amid", "Despite", "Upon", "Via")
_PARTY_LEAD = re.compile(rf"^(?:{'|'.join(_LEAD_WORDS)})\s+")


def _clean_party(name: str | None) -> str | None:
    """A party's name without a sentence's opening preposition ("With this investment, Jio Platforms ...").

    A nationality or a word of a headline's title case alone is nobody ("2.85 Canadian dollars", "Acquisition of
    Remaining Stake").

    >>> _clean_party("After UltraTech"), _clean_party("With"), _clean_party("Afterpay"), _clean_party("Canadian")
    ('UltraTech', None, 'Afterpay', None)
    >>> _clean_party("Gulf Telecom Group PJSC,"), _clean_party("Salford-based"), _clean_party("Nevertheless")
    ('Gulf Telecom Group PJSC', None, None)
    """
    if not name:
        return name
    rest = _PARTY_LEAD.sub("", name).rstrip(",;:")
    if rest in _DEMONYMS or rest in _NOBODY or rest.endswith("-based"):
        return None  # (nor a place's adjective: "Salford-based")
    return rest


_NOBODY = frozenset(
    {*_LEAD_WORDS, "Remaining", "Rest", "Company", "Group", "Firm", "Business", "Unit", "Stake", "Shares", "Deal",
     "Rival", "Rivals", "Peer", "Partner", "Partners",
     # a sentence's adverb: "Nevertheless, there is no intention ..."
     "Nevertheless", "However", "Meanwhile", "Separately", "Additionally", "Moreover", "Furthermore", "Still", "Yet",
     "Also", "Instead", "Elsewhere", "Overall"}
)  # fmt: skip


def _to_event(doc: Doc, c: _Cand) -> Event:
    start, end = c.start, c.end
    if c.money is not None and abs(c.money.start - c.start) <= 120:
        start, end = min(start, c.money.start), max(end, c.money.end)
    usd = c.usd if c.type in AMOUNT_TYPES else None
    company, ticker = _subject_company(doc, c.subject)
    return Event(
        provenance=provenance(doc.id, c.sent, start, end, EXTRACTOR),
        company=company,
        ticker=ticker,
        type=c.type,
        date=c.date,
        date_basis=(DateBasis.PUBLISHED if c.by_publication else DateBasis.STATED) if c.date is not None else None,
        amount_usd=usd,
        amount_parts=c.parts if usd is not None else (),
        amount_text=c.amount_text,
        valuation_usd=c.valuation if c.type in _VALUED_TYPES else None,
        expected_close=c.expected_close if c.type in DEAL_TYPES else None,
        counterparty=_clean_party(c.counterparty),
        status=c.status,
        summary=_summary(c.sent.text),
    )


def extract(doc: Doc) -> list[Event]:
    """The corporate events an article states, one record per event."""
    cands: list[_Cand] = []
    subject: str | None = None  # the company the latest result or digest heading named
    follow_ups: list[_Ctx] = []
    index: dict[int, int] = {}
    in_advert = False
    for i, sent in enumerate(doc.sentences):
        text = sent.text
        low = fold(text)
        if (_ADVERT_GATE(low) and R.ADVERT.search(text)) or (in_advert and R.ADVERT_TAIL.search(text)):
            in_advert = True
            continue
        in_advert = False
        if len(text) < 12:
            continue
        heading = (R.RESULT_HEADING.match(text) if len(text) < 90 else None) or R.ITEM_NAME.match(text)
        if heading:
            subject = (heading.groupdict().get("named") or heading["name"]).rstrip("’'")
        detectors = _open_detectors(low, text)
        ctx = _Ctx(doc, sent, low)
        found = _sentence_events(ctx, detectors) if detectors else []
        if doc.many_companies:
            found += _later_results(ctx, found)
            # "Kitano Games was down 1.66%. The game maker announces its earnings later Thursday."
            if not found and not heading:
                subject = _result_subject(ctx, len(text)) or subject
        for c in found:
            c.idx = i
            if c.type is T.FINANCIAL_RESULT or (c.type in _WRAP_SUBJECT_TYPES and doc.many_companies):
                own = _cand_subject(ctx, c)
                if own is None and i and R.DESCRIBED_SUBJECT.match(text):
                    # "Royal Bank of Canada surged 3.2%. The bank reported fourth-quarter earnings of ...": the
                    # company the sentence before named
                    prev = doc.sentences[i - 1]
                    own = _result_subject(_Ctx(doc, prev, prev.text.lower()), len(prev.text))
                subject = c.subject = own or subject
            elif c.type is T.GUIDANCE:
                # (a story that is no wrap names other companies' outlooks too: "NatWest fell on a profit outlook
                # downgrade", "Remy Cointreau slumped on an annual forecast cut": each its own, never carried over)
                c.subject = _cand_subject(ctx, c)
                if (
                    c.subject
                    and _BROKER_NAME.match(c.subject)
                    and _BROKER_ACTS.search(text)
                    and not _is_self(doc, c.subject)
                ):
                    # "BMO Capital cut its target, noting ... Lululemon has lowered its outlook": not the broker's
                    c.subject = None
        # ("following the Reserve Bank’s downgrades to growth forecasts": a central bank's outlook is the economy's)
        found = [c for c in found if not (c.type is T.GUIDANCE and c.subject and R.GOVERNMENT_ACTOR.search(c.subject))]
        found += _listed_earnings(ctx, found)  # (after the subjects: each listed company is its own)
        cands.extend(found)
        if not found and _FOLLOW_UP_GATE(low):
            index[id(ctx)] = i
            follow_ups.append(ctx)
    for ctx in follow_ups:
        _attach_follow_up(ctx, index[id(ctx)], cands)
    _inherit_investee(cands)
    if not any(c.type is T.ACQUISITION and not c.undated for c in cands):
        cands = [c for c in cands if not c.undated]  # "the deal is expected to close" restates a deal, or nothing
    else:  # "The agreement with Prometheus will accelerate ...": the takeover agreement, no partnership of its own
        cands = [c for c in cands if not (c.type is T.PARTNERSHIP and c.counterparty is None and c.money is None)]
    _own_unnamed_results(doc, cands)
    kept = _consolidate(cands)
    _date_by_publication(doc, kept)
    return [_to_event(doc, c) for c in kept]


def _own_unnamed_results(doc: Doc, cands: list[_Cand]) -> None:
    """A result no sentence names a company for, before any named one, is the article's company's: it stays apart from
    another company's result further on ("the entity has published its accounts ... with a net profit of 2,571 million
    euros" and "Enagás ... with a net profit of 54.6 million euros")."""
    results = [c for c in cands if c.type is T.FINANCIAL_RESULT]
    if doc.company and any(c.subject and not _is_self(doc, c.subject) for c in results):
        for c in results:
            if c.subject is None:
                c.subject = doc.company


#: Types whose date is another moment than the news (a report still to come), never the story's day by default.
_OWN_DAY_TYPES = frozenset({T.EARNINGS_DATE})


def _date_by_publication(doc: Doc, kept: list[_Cand]) -> None:
    """An event the text gives no day of its own takes the publication day, marked as such (``date_basis``
    ``published``, as for a target): the day it was reported, an upper bound ("Amylyx has won its first approval from
    the FDA" in a story of September 29; "Burberry reported a pre-tax loss of £3m" in one of May 14). A date another
    moment owns stays empty: an earnings report still to come, a deal's restatement ("expected to close")."""
    pub = doc.published
    if pub is None:
        return
    day = pub.date() if isinstance(pub, dt.datetime) else pub
    for c in kept:
        if c.date is not None or c.type in _OWN_DAY_TYPES or c.undated:
            continue
        past = _past_dates(c, pub, day)
        if not past:
            c.date, c.by_publication = FuzzyDate(start=day), True
        elif _OPENING_ON.fullmatch(c.sent.text, 0, past[0].start) and c.sent.text.startswith(",", past[0].end):
            c.date = past[0].date  # "Last year, the regulator approved ...": the year or month the sentence opens with


def _past_dates(c: _Cand, published: dt.date | dt.datetime, day: dt.date) -> list[DateMention]:
    """The past dates a sentence places its event at, when none became its date ("Last year, ...", "In October 2023,
    ..."): the event is no news of the story's day. (A result's or an outlook's past date is its period: "sales over
    the 15 weeks to June 16" are reported today.)"""
    if c.type is T.FINANCIAL_RESULT or c.type is T.GUIDANCE:
        return []
    try:
        found = find_dates(c.sent.text, published)
    except Exception:  # a date parser failure leaves the event as it was
        return []
    text = c.sent.text
    return [
        d
        for d in found
        if d.date is not None
        # (a quarter or a half is a period, its tense the verb's: "will close its office during the second quarter")
        and d.date.precision not in (DatePrecision.QUARTER, DatePrecision.HALF)
        and d.date.end < day - dt.timedelta(days=7)
        # (not a relative clause's date nor a duration's start: "Pope, who has been serving as chief operating
        # officer since January, replaces Deal")
        and not _RELATIVE_HEAD.search(text[max(0, d.start - 60) : d.start])
        and not _SINCE_BEFORE.search(text, max(0, d.start - 8), d.start)
    ]


#: A sentence without an event of its own may complete the one before: its valuation or its payment.
_FOLLOW_UP_GATE = Gate(R.VALUATION_CUE, R.VALUATION_AFTER, R.PAYMENT, R.DEAL_WORTH, R.COMPLETION_DAY)
#: How many sentences back a follow-up sentence may reach (a deal's price: further).
FOLLOW_UP_SENTENCES = 2
DEAL_FOLLOW_UP_SENTENCES = 5
#: ... and one that names it as "the deal" (the article's one deal): further still.
THE_DEAL_FOLLOW_UP_SENTENCES = 9
_THE_BEFORE = re.compile(r"\b(?:the|this)\s*$", re.I)


def _attach_follow_up(ctx: _Ctx, i: int, cands: list[_Cand]) -> None:
    """Give the nearest preceding event (within two sentences) the valuation or payment this sentence states.

    "The round could value the AI developer at $830 billion." -> the funding round just reported;
    "Disney, Fox and Warner Bros. Discovery will pay Fubo $220 million." -> the settlement just reported.
    """
    near = [c for c in cands if i - FOLLOW_UP_SENTENCES <= c.idx < i]
    valued = [c for c in near if c.type in _VALUED_TYPES]
    if valued and valued[-1].valuation is None:
        valued[-1].valuation = _valuation(ctx)
    # a deal's price may come a few sentences on ("According to Reuters, X intends to pay €683 million or ...")
    deals = [
        c for c in cands if i - THE_DEAL_FOLLOW_UP_SENTENCES <= c.idx < i and c.type is T.ACQUISITION and c.usd is None
    ]
    if deals:  # "Including debt, the deal is worth about $2.2 billion."
        for m in ctx.monies:
            pre = ctx.text[max(0, m.start - 80) : m.start]
            worth = R.DEAL_WORTH.search(pre)
            if not (worth or R.PAYMENT.search(pre)) or not _deal_money(m):
                continue
            # ("The deal values Alimera at $381 million" names the deal: it may reach further back)
            reach = THE_DEAL_FOLLOW_UP_SENTENCES if worth and _THE_BEFORE.search(pre, 0, worth.start()) else None
            if deals[-1].idx >= i - (reach or DEAL_FOLLOW_UP_SENTENCES):
                c = deals[-1]
                c.money, c.usd, c.amount_text = m, _usd(ctx, m), m.text
                break
    if deals_near := [c for c in cands if i - DEAL_FOLLOW_UP_SENTENCES <= c.idx < i and c.type is T.ACQUISITION]:
        done = R.COMPLETION_DAY.search(ctx.text)
        if done and deals_near[-1].date is None:  # "It notes that completion occurred on 14 October 2025."
            deals_near[-1].date = _event_date(ctx, after=done.end(), reach=40)
            deals_near[-1].status = S.COMPLETED
    legal = [c for c in near if c.type is T.LEGAL]
    if legal and legal[-1].money is None:
        for m in ctx.monies:
            if R.PAYMENT.search(ctx.text[max(0, m.start - 60) : m.start]) and _deal_money(m):
                c = legal[-1]
                c.money, c.usd, c.amount_text = m, _usd(ctx, m), m.text
                break


def _inherit_investee(cands: list[_Cand]) -> None:
    """Give a deal that names no counterparty the one just discussed.

    An investment takes the investee of the preceding investment ("Nvidia is considering up to $30bn");
    a funding round takes the counterparty of the preceding investment or round ("a funding round aiming
    to raise $100 billion in total" refers back to the deal just discussed).
    """
    last_investment: _Cand | None = None
    last_deal: _Cand | None = None
    for c in cands:
        if c.type is T.INVESTMENT:
            if c.counterparty:
                last_investment = last_deal = c
            elif last_investment is not None and c.sent.start - last_investment.sent.end < 1500:
                c.counterparty = last_investment.counterparty
        elif c.type is T.FUNDING_ROUND:
            if c.counterparty:
                last_deal = c
            elif last_deal is not None:
                c.counterparty = last_deal.counterparty
