"""Share prices: "shares closed at $239.30 on Friday, down 1.01 percent" -> a dated :class:`PricePoint`.

Per sentence: find money amounts, keep those *linked* to a share-price phrase ("closed at", "rose
to", "close of", "as low as") and not part of a target, value, dividend or earnings phrase, then
read the kind (close/intraday), the day's change and the date from the price's own clause.

Dates: a date named in the price's clause ("closed at $X on Friday", "Friday's close of $X"),
else an intraday/"today" cue means the publication day, else a date from a neighbouring price
or an unclaimed date in the sentence, else a date from the sentence before that told how the
shares moved ("slumped yesterday"), else the publication day (a weekend rolls back to Friday).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import DateMention, find_dates, parse_date
from ..markets import Market
from ..models import DatePrecision, FuzzyDate, PriceKind, PricePoint
from ..text import Sentence, provenance
from ..trading import last_opened_session, market_day, previous_session
from . import _finance_rules as R
from . import _tables as tables
from ._caseless import icompile
from ._dateline import dateline_date
from ._doc import Doc
from ._event_rules import COMPANY_NOUNS
from ._money import Money, localise, parse_money, parse_number, per_share
from ._selfname import mask_own_names, own_names

EXTRACTOR = "prices"
_I = re.IGNORECASE

_SHARE_CUE = icompile(R.SHARE_CUES, _I)
_CUE_WORDS = R.SHARE_CUE_WORDS
_LINK = icompile(R.PRICE_LINK, _I)
_CHANGE_AMOUNT_LEFT = icompile(R.CHANGE_AMOUNT_LEFT, _I)
_NAMED_CLOSE_RIGHT = icompile(R.NAMED_CLOSE_AFTER, _I)
_NOT_CLOSE_NAMED_LEFT = icompile(R.NOT_NAMED_CLOSE_BEFORE, _I)
# "a premium of 44% to the Xetra closing price of the shares on 20 May 2022 (EUR 15.63)": the close in brackets
_NAMED_CLOSE_BRACKET = icompile(
    r"\bclosing\s+(?:share\s+)?price\b[^.;()]{0,60}\(\s*$"
    # an offer's basis: "a premium of 73.3 per cent. to the Closing Price of 86.0 pence per share on 29 October"
    r"|\b(?<!average\s)(?<!mean\s)closing\s+(?:mid-market\s+)?(?:share\s+)?price\s+of\s+(?:an?\s+\w+\s+share\s+of\s+)?$",
    _I,
)
_NOT_LEFT = icompile(R.NOT_PRICE_LEFT, _I)
_RESET = icompile(R.PRICE_RESET, _I)
_PRONOUN_LINK = icompile(R.PRONOUN_LINK, _I)
_PER_SHARE_OK = icompile(R.PER_SHARE_OK, _I)
_NOT_RIGHT = icompile(R.NOT_PRICE_RIGHT, _I)
_CLOSE = icompile(R.CLOSE_CUES, _I)
_INTRADAY = icompile(R.INTRADAY_CUES, _I)
_TODAY = icompile(R.TODAY_CUES, _I)
_CLAUSE_END = icompile(R.CLAUSE_END, _I)
_CONTEXT = icompile(R.CONTEXT, _I)
_NOT_DAILY = icompile(R.NOT_DAILY_AFTER, _I)
_DIRS = {w: -1 for w in R.DOWN_WORDS} | {w: 1 for w in R.UP_WORDS}
_DIR_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DIRS), key=len, reverse=True))
_PCT = r"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s?cent\b|pct\b|pc\b)"
_CHANGE = icompile(
    rf"\b(?P<verb>{_DIR_ALT})(?:\s+of)?\s+(?:by\s+)?(?:(?:about|roughly|nearly|almost|around|some|more than|over|"
    rf"as much as|close to|just|a further|another)\s+)?{_PCT}"
    rf"|{_PCT.replace('pct>', 'pct2>')}\s+(?P<dir>lower|higher|down|up|weaker|stronger)\b",
    _I,
)
_SIGNED_PCT = icompile(r"^\s*(?P<sign>[-+−–])?\s*(?P<n>\d+(?:[.,]\d+)?)\s*%?\s*$")
_TABLE_DATE = icompile(R.TABLE_DATE_HEADERS, _I)
_TABLE_CLOSE = icompile(R.TABLE_CLOSE_HEADERS, _I)
_TABLE_CHANGE = icompile(R.TABLE_CHANGE_HEADERS, _I)
_MOVE_SENTENCE = icompile(
    rf"\b(?:{_DIR_ALT}|steadied|recovered|plummeted|rocketed|crashed|hit\s+a\s+new|touched\s+a\s+new|traded|"
    # a first session: "debuted on Wednesday", "Trading of the share ... was started on Wednesday"
    r"debut(?:ed|s)?|(?:began|started|commenced)\s+trading|trading\s+(?:of|in)\s+[^.;]{0,100}?\b(?:started|began|"
    r"commenced)|"
    # a wrap's mood: "The Pakistan Stock Exchange Thursday witnessed a bearish trend"
    r"(?:bearish|bullish)\s+(?:trend|note|session|sentiment|mood)|"
    # a move told as a noun: "propelled Oando shares to a 10% surge at the close of trading on Wednesday"
    r"(?<=%\s)(?:surge|rally|jump|gain|rise|drop|fall|decline|slump|plunge|slide))\b",
    _I,
)
#: A sentence that may state a price: a currency sign or word next to a number. Each part starts with one character
#: class, which lets ``re`` skip ahead to its candidates in C (one alternation over all of them tries every branch at
#: every position: 2-3x slower).
_GATE_PARTS = (
    re.compile(r"[$€£¥₹¢|₱฿₦₪]"),
    re.compile(
        r"[\d½¼¾⅛⅜⅝⅞](?:\s?(?:p\b|pence|euros?|dollars?|francs?|kronor|kroner|yen|yuan|rupees|cents)"
        r"|(?<=\d)(?:\s?[A-Z]{3}\b|c\b|\s(?:[A-Z][\w.]*\s){0,2}(?:dollars|cents?|francs|kronor|kroner|rupees|yuan|euros"
        r"|pounds)\b|\s(?:pesos|dirhams|riyals|zlotys?|rand|won|ringgit|rupiah|baht|dong|liras?|naira|dinars|shillings|taka|"
        r"reais|shekels?)\b))"
    ),
    # ("Rs 1,200", "R90", "RM1.73", "Dh4.15", "SR36", "Rp 390", "QR 209", "KD0.52", "Php882")
    re.compile(
        r"[A-Z](?:[A-Z]{2}\s?\d|(?<=\bR)(?:s\.?\s?\d|\d|M\d|p\s?\d)|(?<=\bD)hs?\d|(?<=\bS)R\d|(?<=\bQ)R\s?\d"
        # ("Tk225.7", "PkR558.6", "Sh30.30")
        r"|(?<=\bK)D\d|(?<=\bP)hp\s?\d|(?<=\bT)k\.?\s?\d|(?<=\bP)kR\s?\d|(?<=\bS)h\s?\d|(?<=\bK)Sh\s?\d)"
    ),
    re.compile(r"k(?<=\bk)r\s?\d"),
    re.compile(r"[DSN](?<=\b[DSN])(?:Kr|(?<=S)Fr)\s?\d"),  # "SFr258.5", "DKr106.30"
)


def _priced(text: str) -> bool:
    """Whether ``text`` names an amount of money (:data:`_GATE_PARTS`).

    >>> [_priced(t) for t in ("rose 3% to 451p", "Rs 1,200", "EUR 15.63", "kr38.00", "R90.01", "up 3%")]
    [True, True, True, True, True, False]
    """
    return any(p.search(text) for p in _GATE_PARTS)


_RANGE_STAT = icompile(R.RANGE_STAT, _I)
#: A broker note's current market price: "the current market price (CMP) is noted at", "with a CMP of",
#: "Current market price of Indigo Paints is", "(CMP ₹965.15)".
_CMP_BEFORE = re.compile(
    r"(?:\bCMP|\bLTP|\b[Cc]urrent\s+[Mm]arket\s+[Pp]rice(?:\s*\(CMP\))?|\b[Ll]ast\s+[Tt]raded\s+[Pp]rice(?:\s*\(LTP\))?)\s*(?:of\s+(?:[A-Z][\w&.-]*\s+){1,4}?)?"
    r"(?:(?:is|was|stands|stood)\s+)?(?:noted\s+)?(?:of|at|is|was|:|-|–)?\s*$"
)
_EXPECTED_PRICE = icompile(R.EXPECTED_PRICE, _I)
_RANGED_BEFORE = icompile(r"\b(?:ranged|range[sd]?|ranging)\s+(?:from|between)\s+$", _I)
_RANGE_EVENT = icompile(R.RANGE_EVENT, _I)
_MONTH_PEAK = icompile(R.MONTH_PEAK, _I)
_PAREN_PCT = icompile(r"\s*\(\s*(?P<sign>[-+−–])\s*(?P<n>\d+(?:[.,]\d+)?)\s*%\s*\)")
_TABLE_NOT_CLOSE = icompile(R.TABLE_NOT_CLOSE_HEADERS, _I)
_LEAD_INTRADAY = icompile(R.LEAD_INTRADAY, _I)
_LEAD_OPEN = icompile(R.LEAD_OPEN, _I)
_ITEM_HEAD = icompile(R.ITEM_HEAD)
_ITEM_NAME_LINE = icompile(R.ITEM_NAME_LINE)
_NOT_SUBJECTS = frozenset(R.NOT_SUBJECTS)
# (a lower-case "of" inside a name: "Bank of America Corp.", "Royal Bank of Canada")
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+)?[A-Z][\w&'’.-]*){0,3}"
_SUBJECT = icompile(
    rf"(?P<a>{_NAME})(?:'s|’s)?\s+(?:\([^)]{{1,30}}\)\s+)?(?:[\w.-]+\s+)?(?:shares|stock|ADRs?|close|closing price"
    rf"|share price|stock price)\b"
    rf"|\b(?i:shares|stock|ADRs?)\s+(?:of|in)\s+(?P<b>{_NAME})"
    rf"|(?:^|[,;]\s+|\b(?:and|while|whereas)\s+)(?P<c>{_NAME})\s+(?:(?:also|had|has|was|were)\s+)?(?:(?:meanwhile|also)\s+)?"
    rf"(?:(?:was|were)\s+(?:[\d.,]+\s*(?:p|c|pence|cents)\s+)?(?:ahead|better|cheaper|firmer|flat|steady|unchanged)"
    rf"|{_DIR_ALT}|contributed(?=\s+\d[\d.,]*\s+points?\b))\b"  # ("Halcyon Bank contributed 1.055 points to the index")
    # a wrap's name with its change in brackets: "Kestrel (+3.6% to 13.6 euros)", "of Kestrel Bank continues (+ 3.1%"
    rf"|(?P<e>{_NAME})(?:\s+(?:continues|continued))?\s*\(\s*[-+−–]\s?\d"
    # "..., but online retailer Quayside slumped 13% to 1,395p": a wrap's next company, introduced by what it is
    rf"|\b(?:but|as|while|whereas)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<d>{_NAME})\s+(?:{_DIR_ALT})\b"
)
# "shares in Germany's biggest bank": a place that owns the description, the company left unnamed
_DESCRIBED_AFTER = icompile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?{COMPANY_NOUNS}\b")
_CONTINUATION = icompile(rf"^(?P<c>{_NAME})\s+(?:(?:also|had|has|was|were)\s+)?(?:{_DIR_ALT})\b")
_POSSESSIVE = icompile(r"(?:'s|’s)\b")
# ("gained 1.39 percent to 3 741.5": a space groups the thousands, a decimal after)
_BARE_NUM = icompile(
    r"(?<![\w$€£¥₹.,/:-])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+\.\d+|\d+\.\d+|\d{2,6})"
    r"(?![\w%$€£/:]|[.,]\w)"
)
_BARE_MOVE = icompile(R.BARE_MOVE, _I)
_BARE_LINK = icompile(R.BARE_LINK, _I)
_BARE_FOLLOW = icompile(R.BARE_FOLLOW, _I)
_NOT_SHARE_CLAUSE = icompile(R.NOT_SHARE_CLAUSE, _I)  # ("the US Dollar Index Futures")
# ("on the S&P/ASX 200 were Bendigo Bank (AX:BEN), which rose": a named stock with its ticker starts its own clause;
# "to end at 7.000 and Genworth ... was up": a figure then "and" ends one stock's clause)
_CLAUSE_BOUNDARY = icompile(
    r"[;]|\b(?:while|whereas|but)\b|,\s+(?:and|as|with)\b|\.\s|\),?\s+which\b|(?<=\d)\s+and\b", _I
)
_MOVE_TO = icompile(
    # ("up to" is a limit; "unchanged at 449p" a price)
    # ("was ahead 57p to 1,115.5p", "was 5p cheaper at 98p"; a signed change in brackets: "Kestrel (+3.6% to 13.6
    # euros)")
    rf"(?:\b(?!up\s+to\b)(?:{_DIR_ALT}|led|shut|unchanged|flat|ahead|better|cheaper|firmer|peaked)\b|\(\s*[-+−–]\s?(?=\d))"
    # ("soared to yet another all-time high, reaching ₹481.70 per share")
    rf"(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:to|at|reaching)\s+"
    # "to its 52-week high of Rs 139.85", "to a record 1,234 yen"
    r"(?:(?:its|a|an|the|fresh|new|record|\d+-week|all-time|high|low|of|upper|lower|circuit|limit|unprecedented|"
    r"historic|lifetime)\s+){0,5}"
    # ("to $ 55.09", "at € 0.1829": a sign set apart from its number)
    rf"(?:(?:[$€£¥₹₱₦฿₩₺₽]\s?|Rs\.?\s?|[A-Z]{{1,3}}\$\s?|[A-Z]{{3}}\s?|R(?=\d)|RM|Dhs?|SR|kr\s?)\d"
    rf"|\d[\d,.]*[½¼¾⅛⅜⅝⅞]?\s?(?:euros?|yen|pence|p\b|c\b|rupees|cents|¢|(?:Swiss\s)?francs|(?:[A-Z][\w.]*\s)?dollars|"
    rf"pesos|dirhams|riyals|zlotys?|rand|kronor|kroner|won|shekels?|liras?|ringgit|baht|rupiah|naira|shillings|reais|"
    rf"[A-Z]{{3}}\b))",
    _I,
)
_VALUED_SHARES = icompile(r"\b(?:shares?|stock|scrip|company)\s+(?:were|was|is|are)\s+valued\s+at\s*$", _I)
# a row of a risers/fallers list: "Travis Lane Group (TLG) 593.50p 5.42%", "Meru Steel (MERU.NS) Rs 201.85 -3.1%",
# "Petra Diamonds Ltd.(DI) (PDL) 152.90p -1.35%", "888 Holdings (DI) (888) 84.05p 3.00%"
_MOVERS_ROW = icompile(
    r"^(?P<name>[A-Za-z0-9][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,8}?)(?:\s*\([A-Za-z0-9.: -]{1,12}\)){1,3}\s+"
    r"(?P<price>(?:[$€£¥₹]|Rs\.?\s?|[A-Z]{1,3}\$\s?|[A-Z]{3}\s)?\d[\d,]*(?:\.\d+)?(?:p|\s?pence|\s?[A-Z]{3})?)"
    r"\s+\(?(?P<pct>[-+−–]?\s?\d+(?:\.\d+)?)\s?%\)?$"
)
_BARE_GATE = icompile(r"\b(?:to|at)\s+\d")
_ISSUE_RIGHT = icompile(
    r"\bas\s+part\s+of\s+(?:its|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:placement|placing|offering|"
    r"rights\s+issue|IPO|fundraising)\b",
    _I,
)
#: A note written before the session: "stocks to watch on Monday", "said in a filing before the market open".
_PREOPEN = icompile(
    r"\bstocks?\s+to\s+watch\b|\b(?:before|ahead\s+of)\s+(?:the\s+)?(?:market|trading|bourse)['’]?s?\s+open"
    r"|\bpre-?open(?:ing)?\b"
    # a halt before the day's trades: "Trading in troubled casino operator Star was paused on Friday"
    r"|\btrading\s+(?:in\s+(?:[\w'’-]+\s+){1,6}?)?(?:was\s+|has\s+been\s+|had\s+been\s+|is\s+)?(?:halted|paused|suspended)\b"
    r"|\btrading\s+halt\b",
    _I,
)
#: The last trade before such a note: "The units last traded at S$1.04", "last done at", "last closed at".
_LAST_TRADE_BEFORE = icompile(r"\blast\s+(?:traded|done|closed|changed\s+hands)\s+(?:at\s+)?(?:\w+\s+)?$", _I)
#: A movers list's line, the stock named before its move: "Grupo Financiero Norte: Down 2.33% to 203.27".
_LIST_MOVE = icompile(r"^\W*[A-Z][\w&.'’ -]{1,60}:\s*(?:[Uu]p|[Dd]own)\s+\d[\d.,]*\s*%\s+to\s+$")
#: A market's own sign written as a plain letter glued to the number: a Nigerian page's "N489.9" (naira), a Philippine
#: page's "P30.40" (pesos); read as the sign on that market only (same length, same spans).
_LETTER_SIGNS = {"NG": ("N", "₦"), "PH": ("P", "₱")}
_LETTER_SIGN_RX = {code: re.compile(rf"(?<![\w$€£.-]){letter}(?=\d)") for code, (letter, _) in _LETTER_SIGNS.items()}

_WINDOW = 70  # characters before a price searched for a target/value phrase


@dataclass
class _Cand:
    money: Money
    left0: int  # start of the text the price owns on its left (previous amount's end)
    right1: int  # end of the price's clause on its right
    date: FuzzyDate | None = None
    date_span: tuple[int, int] | None = None
    kind: PriceKind = PriceKind.UNSPECIFIED
    today: bool = False


@dataclass(frozen=True)
class _Ctx:
    """What the article around a sentence says: the movers item it belongs to, the session it reports on."""

    item: str | None = None  # company named at the head of a movers item ("Nike — ...")
    session: bool = False  # the article reports on a session in progress (intraday prices of the day)
    section: FuzzyDate | None = None  # the day a dated heading above gives ("20 September 2021" in a weekly roundup)
    news_day: FuzzyDate | None = None  # an earlier day the lead dates the company's news to ("agreed Monday")
    today: dt.date | None = None  # the story reports on its own day's session ("Tokyo stocks closed higher today")
    preopen: bool = False  # a note written before the day's session ("Singapore stocks to watch Monday")
    opened: FuzzyDate | None = None  # the last session that had opened when a report was stamped, if before its day
    lead_day: FuzzyDate | None = None  # the earlier session the lead reports on ("dropped 3.8% during trading on Wed")


# --------------------------------------------------------------------------- public


def extract(doc: Doc) -> list[PricePoint]:
    ref = doc.published
    stamp = doc.article.published
    if ref and doc.market and isinstance(stamp, dt.datetime) and stamp.tzinfo is not None and stamp.date() == ref:
        # a story stamped after midnight abroad about a market still on the evening before ("Feb 09, 2023 / 06:08 AM
        # IST" on New York, where it was Feb 8): the market's own day
        local = market_day(stamp, doc.market.calendar)
        ref = local if local is not None and local < ref else ref
    if ref and (lined := _dateline_day(doc.sentences[:3], ref)) is not None and abs((lined - ref).days) == 1:
        # "SYDNEY, Feb 12 (Reuters) - Shares ... jumped on Wednesday" stamped "February 11, 2014 / 11:21 PM" (New
        # York's evening): the dateline's day is the story's
        ref = lined
    out, table_lines = _tables(doc, ref)
    sents = doc.sentences
    head = [x.text for x in sents[:3]]
    lead = " ".join([doc.article.title, *head])
    lead_sents = _lead(sents)
    lead_day = _lead_day(lead_sents, ref, doc.company)
    if ref and _PREVIOUS_CLOSE_NOTE.search(" ".join(head)):
        # "share prices are from the previous close": a morning list's prices are the last session's
        lead_day = FuzzyDate(start=previous_session(ref, doc.market.calendar if doc.market else None))
    # a lead about the day of the story ("edged higher on Wednesday" in Wednesday's paper): its undated prices are
    # that day's, whatever day an earlier sentence gave another stock's move ("after it rose 4.9% on Tuesday")
    lead_today = bool(lead_day and ref and lead_day.start >= ref)
    lead_day = lead_day if lead_day and ref and lead_day.start < ref else None
    # a report on a session in progress, unless its lead says the market closed on an earlier day ("closed higher
    # Thursday ... hitting the highest point in midday trading"); a report on the opening, unless it tells the close
    opening = _LEAD_OPEN.search(" ".join(head)) and not any(
        (_MARKET_LEVEL.search(t) or _SHARE_WORD.search(t)) and _CLOSE.search(t) for t in (doc.article.title, *head)
    )
    session = bool(_LEAD_INTRADAY.search(lead) or opening) and not (lead_day and _lead_closed(lead_sents, ref))
    lead_day = None if session else lead_day
    opened = None
    if not (lead_day or lead_today or session) and ref and doc.market and doc.article.published:
        # a report stamped before the day's session opened ("Tuesday 03 December 2013 01:00 GMT" on London): its
        # undated closes and moves are from the session before
        last = last_opened_session(doc.article.published, doc.market.calendar)
        opened = FuzzyDate(start=last) if last and last < ref else None
    # a report stamped on the evening of one day (New York time) while the market was already trading the next
    # ("January 23, 2025 19:15 ET (00:15 GMT)" on Sydney): its undated prices, except closes, are that session's
    ahead = None
    if ref and doc.market and doc.article.published and doc.article.published.tzinfo is not None:
        last = last_opened_session(doc.article.published, doc.market.calendar)
        ahead = FuzzyDate(start=last) if last and last > ref else None
    item: str | None = None
    section: FuzzyDate | None = None
    news_day = None if lead_day or lead_today else _lead_news_day(lead_sents, ref)
    preopen = bool(_PREOPEN.search(lead))
    prev_cue = False
    letter, sign = _LETTER_SIGNS.get(doc.market.code if doc.market else "", ("", ""))
    for i, sent in enumerate(sents):
        if letter and letter in sent.text:  # "closing at N489.9" on Lagos, "up P25 to P905" on Manila
            sent = Sentence(sent.start, sent.end, _LETTER_SIGN_RX[doc.market.code].sub(sign, sent.text))
        text = sent.text
        if i and "\n" in doc.article.body[sents[i - 1].end : sent.start]:
            item = None  # a new paragraph ends a movers item
        if len(text) < 40 and (day := _section_day(doc, sents, i, ref)) is not None:
            section = day
            continue
        head = _ITEM_HEAD.match(text)
        if head and _item_name(head["name"], doc):
            item = head["name"]
        elif len(text) < 80 and (line := _ITEM_NAME_LINE.match(text)) and _item_name(line["name"], doc):
            item = line["name"]
            continue
        if any(a <= sent.start and sent.end <= b for a, b in table_lines):
            continue
        row = _movers_row(doc, sent, ref, lead_day) or _quote_line(doc, sent, ref)
        if row is not None:
            out.append(row)
            continue
        cue = _SHARE_CUE.search(text) is not None
        had_cue, prev_cue = prev_cue, cue
        market = doc.market
        if not (_priced(text) or (market and _BARE_GATE.search(text))):
            continue
        low = text.lower()
        quoted = "CMP" in text or "LTP" in text or "market price" in low  # a broker note's quote of the price
        if not (cue and any(map(low.__contains__, _CUE_WORDS))) and not quoted:
            # no share word: a movers item ("Nike — The apparel maker edged 0.3% lower to $77.11") or a
            # company named right after a share-price sentence ("Synopsys declined 1.8% to $531.42")
            cont = _CONTINUATION.match(text)
            wrap = (
                market is not None
                and _CHANGE.search(text)
                and (_BARE_MOVE.search(text) or _LIST_MOVE.search(text[: text.find(" to ") + 4]))
            )
            moved = (" to " in text or " at " in text) and _MOVE_TO.search(text)  # "Intel rose 31 cents to $20.16"
            if not (moved or (((head and item) or (cont and had_cue) or wrap) and _CHANGE.search(text))):
                continue
        if (
            i
            and (it := _RAISED_IT.search(text))
            and not _TARGET_WORD.search(text, 0, it.start())
            and _TARGET_WORD.search(sents[i - 1].text)
        ):
            continue  # "Morgan Stanley has raised the target price to Rs 200. While, Nomura has increased it to Rs 240"
        if (
            i
            and _IT_OPENS.match(text)
            and (ante := _NOT_SHARE_ANTECEDENT.search(sents[i - 1].text))
            and not _SHARE_CUE.search(sents[i - 1].text, 0, ante.start())
        ):
            continue  # "Sterling staged a mini rally ... However, it was still down 2.9% at $1.327": the currency
        mentions = _session_dates(text, ref, calendar=market.calendar if market else None)
        ctx = _Ctx(
            item=item,
            session=session,
            section=section,
            news_day=news_day,
            today=ref if lead_today or session else None,
            preopen=preopen,
            opened=opened,
            lead_day=lead_day,
        )
        recs = _sentence_prices(
            doc,
            sent,
            mentions,
            ref,
            functools.cache(lambda i=i: (None if lead_today else _recent_move(sents, i, ref)) or lead_day),
            ctx,
        )
        if ahead:
            recs = [
                r.model_copy(update={"date": ahead})
                if r.date and r.date.start == ref and r.kind is not PriceKind.CLOSE
                else r
                for r in recs
            ]
        out.extend(recs)
        if any(r.kind is PriceKind.INTRADAY and ref and r.date and r.date.start == ref for r in recs):
            session = True  # later prices of the day without a kind cue are from the same session
    return _drop_rounded_headline(out, doc.title_end)


_RAISED_IT = icompile(R.RAISED_IT, _I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_SESSION_RANGE_BEFORE = icompile(
    r"\b(?:fluctuat\w*|trad(?:ed|ing)|swung|swinging|swing|moved|moving|ranged|ranging|oscillat\w*)\s+between\s+$", _I
)
_SESSION_RANGE_AFTER = icompile(
    r"(?:\s+and\s+\S{0,4}[\d.,]+)?\s+(?:during|in|through(?:out)?)\s+(?:the|today['’]s|Monday['’]s|the\s+day['’]s)?\s*"
    r"(?:session|day|trading\s+day)\b|\s+intra-?day\b",
    _I,
)
_FROM_ABOUT_BEFORE = icompile(r"\bfrom\s+(?:around|about|roughly|some|nearly|almost|over|more\s+than)\s+$", _I)
_DAY_GAP = re.compile(r"\s+(?:on\s+)?")
_TO_NEXT = re.compile(r"\s+to\s+")
#: A season, a month or a year long past right after a price: a level of another time, not a session's price.
_PAST_PERIOD_AFTER = icompile(
    r"\s+(?:(?:last|earlier\s+this|late\s+last|early\s+last)\s+(?:fall|autumn|spring|summer|winter|year)"
    r"|(?:a|one|two|three)\s+years?\s+ago|in\s+(?:the\s+)?(?:fall|autumn|spring|summer|winter)\s+of\s+\d{4})\b",
    _I,
)
#: A sentence about "it" after a sentence about a currency, an index or a commodity (and no shares): that, not a stock.
_IT_OPENS = re.compile(r"^(?:(?:However|But|And|Still|Meanwhile|Overall),?\s+)?[Ii]t\s+(?!is\s|was\s+(?:a|an|the)\s)")
_NOT_SHARE_ANTECEDENT = icompile(
    r"\b(?:sterling|the\s+(?:pound|dollar|euro|yen|yuan|rupee|index|benchmark)|S&P\s+500|Dow|Nasdaq|FTSE|Nikkei|Topix"
    r"|DAX|Hang\s+Seng|Kospi|Sensex|Nifty|gold|oil|Brent|bitcoin)\b",
    _I,
)
_TARGET_WORD = icompile(R.TARGET_WORD, _I)
_CAUSE_LEAD = icompile(r"\b(?:in\s+the\s+wake\s+of|following|after|amid)\s+(?:[\w'’-]+\s+){0,5}?(?:on\s+)?$", _I)
#: A broker's possessive with its noun left out, then a move: "with Citigroup's climbing to HK$876".
_ELIDED_OWNER = re.compile(
    r"\b[A-Z][\w&.-]*(?:['’]s|s['’])\s+(?:(?:now|also|being)\s+)?(?:\w+ing|rose|went|was|is|moved|now)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:to|at)\s+(?:\S{0,4})?$"
)


def _section_day(doc: Doc, sents: list[Sentence], i: int, ref: dt.date | None) -> FuzzyDate | None:
    """The day a paragraph that is only a date gives the section below it, when it is a recent day before the story
    ("20 September 2021" over that day's movers in a weekly roundup published on the 25th)."""
    sent, body = sents[i], doc.article.body
    if ref is None or not ("\n" in body[sents[i - 1].end : sent.start] if i else True):
        return None
    if i + 1 < len(sents) and "\n" not in body[sent.end : sents[i + 1].start]:
        return None
    found = find_dates(sent.text, ref)
    if len(found) != 1 or found[0].date is None or found[0].date.precision is not DatePrecision.DAY:
        return None
    if sent.text[: found[0].start].strip(" ,:-–") or sent.text[found[0].end :].strip(" .,:-–"):
        return None  # more than a date on the line
    day = found[0].date.start
    return found[0].date if ref - dt.timedelta(days=14) <= day < ref else None


def _drop_rounded_headline(out: list[PricePoint], title_end: int) -> list[PricePoint]:
    """A headline's whole-number price that rounds a body price ("Stock Just Hit $201" over "$201.03") is no
    price of its own."""
    if not title_end:
        return out
    body = [r for r in out if r.provenance.start >= title_end]

    def rounded(r: PricePoint) -> bool:
        return (
            r.provenance.start < title_end
            and float(r.value).is_integer()
            and any(b.currency == r.currency and b.value != r.value and abs(b.value - r.value) < 1 for b in body)
        )

    return [r for r in out if not rounded(r)]


def _item_name(name: str, doc: Doc) -> bool:
    """A movers-item head is a company name, not a dateline ("NEW YORK —") or a label."""
    first = name.split()[0]
    if first in _NOT_SUBJECTS or len(name.split()) > 4:
        return False
    if name.isupper() and len(name) > 5:
        return any(c.ticker == name or c.name.upper() == name for c in doc.article.companies)
    return True


def _subject(text: str, pos: int, ctx: _Ctx) -> str | None:
    """The company whose shares the price at ``pos`` is: the nearest one named before it, else the movers item."""
    best = None
    for m in _SUBJECT.finditer(text, 0, pos):
        if m["b"] and m["b"].endswith(("'s", "’s")) and _DESCRIBED_AFTER.match(text, m.end()):
            continue
        words = (m["a"] or m["b"] or m["c"] or m["d"] or m["e"]).split()
        # "Rival Cadence also dropped": the name after a label; "the Tuesday's closing price": a day, no name
        while words and re.sub(r"['’]s$", "", words[0]) in _NOT_SUBJECTS:
            words.pop(0)
        name = " ".join(words).rstrip("'’")  # ("Merak Technology Solutions' shares fell")
        if name and not re.search(r"-[a-z]+$", name):  # not "U.S.-listed"
            best = name
    return best or ctx.item


_LEAD_SENTENCES = 3


def _lead(sents: list[Sentence]) -> list[Sentence]:
    """The headline and the story's first sentences, past byline and credit lines ("Vesna Poljak", "AFP, HONG KONG")."""
    out = sents[:1]
    for sent in sents[1:]:
        if len(out) == _LEAD_SENTENCES:
            break
        if len(sent.text.split()) >= 6:
            out.append(sent)
    return out


_COMPARISON_DAY = icompile(R.COMPARISON_DAY_BEFORE, _I)
_FX_SUBJECT = icompile(R.FX_SUBJECT, _I)
_FX_AFTER = icompile(
    # ("trading at ¥92.85 to the US dollar")
    r"\s*(?:[A-Za-z]+\s+)?(?:against|versus|vs\.?|to\s+the|per)\s+(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?(?:dollar|greenback|euro|yen|pound|"
    r"sterling)\b",
    _I,
)
_FX_AGAINST = icompile(R.FX_AGAINST, _I)
#: What joins an amount to the same amount in another currency: "4,690 yen, equivalent to $30.12", "1,250 yen, or
#: about $8.40", "HK$37.34 (US$4.79)" (the conversion is no price of its own).
_CONVERSION_JOIN = icompile(
    r"\s*(?:,\s*|\s+)(?:or|equivalent\s+to|equal\s+to|the\s+equivalent\s+of|worth)\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+)?"
    r"|\s*\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|approx\.\s*|~\s*|some\s+)?",
    _I,
)
_SHARE_WORD = icompile(r"\b(?:shares?|stocks?)\b", _I)
_NOT_SESSION_DAY = icompile(
    r"\b(?:from|since|until|till|after|before|through|to|ahead of)\s+$"
    # another market's session: "mirroring Wall Street's overnight retreat"
    r"|\b(?:Wall\s+Street|U\.?S\.?|American|European|Asian)(?:['’]s)?\s+$",
    _I,
)
_MARKET_MOVE = icompile(
    r"\b(?:stocks?|shares?|markets?|index|indices|Dow|Nasdaq|S&P|Sensex|Nifty|Nikkei|Topix|FTSE|DAX|CAC|Ibex|SMI|AEX|"
    r"JSE|ASX|TSX|Kospi|Hang\s+Seng|STI|bourse|exchange)\b",
    _I,
)


#: A wire's closing quote line: "Price: 10.36, Change: -0.35, Percent Change: -3.27" (MT Newswires).
_QUOTE_LINE = re.compile(
    r"\s*Price:\s*\$?(?P<price>\d[\d,]*(?:\.\d+)?)\s*,\s*Change:\s*[-+−–]?\s*\d[\d,]*(?:\.\d+)?\s*,\s*"
    r"Percent\s+Change:\s*(?P<pct>[-+−–]?\s*\d+(?:\.\d+)?)\s*%?\s*"
)


def _dateline_day(sents: list[Sentence], ref: dt.date) -> dt.date | None:
    """The day a wire dateline opening the story gives ("SYDNEY, Feb 12 (Reuters) -"), if any."""
    for sent in sents:
        written = dateline_date(sent.text)
        day = parse_date(written, ref) if written else None
        if day is not None and day.precision is DatePrecision.DAY:
            return day.start
    return None


def _quote_line(doc: Doc, sent: Sentence, ref: dt.date | None) -> PricePoint | None:
    """The quote line a wire story ends with, for the article's company in its market's currency, as of the story's
    stamp: the session open then (or the last one before it)."""
    m = _QUOTE_LINE.fullmatch(sent.text) if sent.text.lstrip().startswith("Price:") else None
    if m is None or ref is None:
        return None
    value = parse_number(m["price"])
    # the market's currency, else the one currency the story's amounts are in ("revenue was $415.5 million")
    ccy = doc.market.currency if doc.market else None
    if ccy is None:
        found = {x.currency for x in parse_money(doc.article.body[: sent.start])}
        ccy = found.pop() if len(found) == 1 else None
    if value is None or value <= 0 or ccy is None:
        return None
    day = ref
    if doc.market is not None and isinstance(doc.article.published, dt.datetime) and doc.article.published.tzinfo:
        day = last_opened_session(doc.article.published, doc.market.calendar) or ref
    return PricePoint(
        provenance=provenance(doc.id, sent, m.start("price"), m.end("price"), EXTRACTOR),
        company=doc.company,
        ticker=doc.ticker,
        date=FuzzyDate(start=day),
        value=value,
        currency=ccy,
        kind=PriceKind.UNSPECIFIED,
        change_pct=_signed(m["pct"]),
    )


def _signed(raw: str) -> float | None:
    """A change written with its sign: "-3.27", "+ 2.1", "−0.5" (a minus of any dash).

    >>> _signed("-3.27"), _signed("+ 2.1"), _signed("−0.5")
    (-3.27, 2.1, -0.5)
    """
    value = parse_number(re.sub(r"[-+−–\s]", "", raw))
    return None if value is None else (-value if raw.strip()[0] in "-−–" else value)


def _movers_row(doc: Doc, sent: Sentence, ref: dt.date | None, session: FuzzyDate | None) -> PricePoint | None:
    """A line of a risers/fallers list: a company, its ticker in brackets, a price and the day's change.

    The day is the session the report is about (its lead's day), else its publication day.
    """
    text = sent.text.strip()
    # (a name may open in lower case: "easyJet (EZJ) 463.10p 2.16%", "boohoo (BOO) 28.1p -3.2%")
    if len(text) > 160 or "%" not in text or "(" not in text or not text[:1].isalnum():
        return None
    m = _MOVERS_ROW.match(text)
    if m is None or _NOT_SHARE_CLAUSE.search(m["name"]):
        return None  # (an index's line reads the same: "FTSE 250 (MCX) 19,906.24 -0.66%")
    money = [localise(x, doc.market) for x in parse_money(m["price"])]
    if money:
        value, ccy = money[0].value, money[0].currency
    else:  # a bare figure: the market's currency
        value = parse_number(m["price"])
        ccy = doc.market.currency if doc.market else None
    day = _day(session or (FuzzyDate(start=ref) if ref else None), PriceKind.UNSPECIFIED, ref, doc.market)
    if value is None or value <= 0 or ccy is None or day is None:
        return None
    change = _signed(m["pct"])
    lead = len(sent.text) - len(sent.text.lstrip())
    start = lead + m.start("price")
    company, ticker = doc.company_named(m["name"])
    return PricePoint(
        provenance=provenance(doc.id, sent, start, start + len(m["price"]), EXTRACTOR),
        company=company,
        ticker=ticker,
        date=day,
        value=value,
        currency=ccy,
        kind=PriceKind.UNSPECIFIED,
        change_pct=change,
    )


_LEAD_DAY_REACH = 40  # characters between a lead's move and the day it names


def _near_move(text: str, start: int, end: int) -> bool:
    """A day at ``text[start:end]`` is a move's own: a move word lies near it ("shares hit a new high during trading
    on Thursday"; "regulators unveiled measures on Friday to bolster the market by adding funds" names no session).

    >>> _near_move("Stocks rallied on Friday.", 18, 24)
    True
    >>> _near_move("Regulators unveiled measures on Friday to bolster the Hong Kong market by adding funds.", 31, 37)
    False
    """
    return any(
        max(start - x.end(), x.start() - end) <= _LEAD_DAY_REACH and not text.endswith(" by ", 0, x.start())
        for rx in (_MOVE_SENTENCE, _SESSION_END)
        for x in rx.finditer(text)
    )  # ("by adding" is a means, not a move)


#: A session's end told with its day: "when the bourse closed trading at 14,137.33 points yesterday".
_SESSION_END = icompile(r"\b(?:closed|ended|finished|close\s+of\s+trading)\b", _I)


def _others_day(text: str, m: DateMention, move: re.Match[str] | None) -> bool:
    """A day in a move's sentence that is something else's: news told late ("after the group late Thursday
    announced"), another event's ("building on yesterday's rate decision"), a change's basis ("down 2% from its
    previous close", "opened at $48, down from Wednesday's close of $48.45")."""
    return bool(
        # ("after US oil prices jumped more than 8% on Friday": the cause's day)
        (move is not None and (_late_news(text, move.end(), m.start) or _CAUSE_MOVE.search(text, move.end(), m.start)))
        or _POSSESSIVE.match(text, m.end)
        or _BASIS_BEFORE.search(text, max(0, m.start - 25), m.start)
    )


_MARKET_NOUN = icompile(r"\b(?:equity|stock|share)\s+markets?\b", _I)
_MARKET_DAY = icompile(r"\b(?:equity|stock|share)\s+markets?\s+(?:on\s+)?$", _I)  # "on equity markets yesterday"


_PCT_MOVE = icompile(r"\d\s?(?:%|per\s?cent\b|percent\b)", _I)


_NEW_EXTREME = icompile(
    r"\bshares?\s+(?:reached|hit|set|touched|struck|notched)\s+(?:a\s+)?new\s+(?:52-week|12-month|one-year|all-time|"
    r"record|multi-year)\s+(?:high|low)\b",
    _I,
)


#: A results figure's move, not the shares': "X on Tuesday reported a 52.33 percent jump in consolidated profit".
_METRIC_MOVE = icompile(
    r"(?:%|\bper\s?cent\b|\bpercent\b)\s+(?:[\w-]+\s+)?(?:jump|rise|increase|fall|drop|decline|growth|surge|gain|slump|"
    r"dip|plunge)\s+in\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:profits?|revenues?|sales|earnings|income|loss(?:es)?|"
    r"EBITDA|margins?|turnover|orders)\b",
    _I,
)


def _lead_day(lead: list[Sentence], ref: dt.date | None, company: str | None = None) -> FuzzyDate | None:
    """The session a report's lead names ("Stocks surged yesterday", "Wall Street rallied on Tuesday", "Acme Mines
    (NYSE:ACM) shot up 5% on Thursday").

    A next-morning paper's story is about that day: its later prices without a day of their own are from
    it, not from the day the paper is dated.
    """
    own = company.split()[0] if company else None
    for sent in lead:
        text = sent.text
        move = _MOVE_SENTENCE.search(text)
        # "GNC Holdings (NYSE:GNC) shares reached a new 52-week low on Thursday": the company's shares at a new extreme
        extreme = own and text.startswith(own) and _NEW_EXTREME.search(text)
        own_move = own and move and text.startswith(own) and _PCT_MOVE.search(text) and not _METRIC_MOVE.search(text)
        if (_MARKET_MOVE.search(text) or own_move or extreme) and (move or extreme or _MARKET_NOUN.search(text)):
            days = [
                m.date
                for m in _session_dates(text, ref)
                if _usable(m.date, ref)
                # ("a back-to-school vibe on equity markets yesterday": the markets' day, no move told)
                and (
                    _near_move(text, m.start, m.end)
                    or _MARKET_DAY.search(text, max(0, m.start - 25), m.start)
                    or (extreme and extreme.end() <= m.start)
                )
                and m.date.precision is DatePrecision.DAY
                # ("Investors had shrugged off nerves in the previous session but ... nervousness rose": a contrast)
                and m.kind != "prev_session"
                and not _NOT_SESSION_DAY.search(text[max(0, m.start - 14) : m.start])
                and not _others_day(text, m, move)
                # ("down from RM5.85 at the close yesterday": the basis price's day; "Sony, which reported a loss
                # Thursday, dived": the news's)
                and not _BASIS_PRICE_BEFORE.search(text, max(0, m.start - 60), m.start)
                and not _in_relative_clause(text, m.start, m.end, len(text))
            ]
            if days:  # the first session the lead names decides ("closed higher on Thursday" in Thursday's story)
                return days[0]
        if ref and _MARKET_MOVE.search(text) and _LEAD_TODAY.search(text):  # "helped power the FTSE 100 today"
            return FuzzyDate(start=ref)
    return None


_CHANGE_THEN_WORDS = icompile(
    r"\s+(?:up|down|higher|lower)\s+(?:at|on|in)\s+(?:the\s+)?(?:close|closing|day|session|the\s+end)\b", _I
)
_CHANGE_THEN_PRICE = icompile(
    r"\s*(?:higher|lower|up|down|better|weaker|firmer|stronger|dearer|cheaper)\s+(?:at|to)\s*", _I
)
# "let go of 15 cents, or 3.3%, to $14.79": an amount with its percentage, then the price
_AMOUNT_THEN_PCT = icompile(
    r"\s*,?\s*or\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s*,?\s*"
    r"(?:(?:higher|lower|stronger|weaker|firmer|softer|up|down|better|dearer|cheaper)\s+)?(?:to|at)\s*",
    _I,
)
_PREVIOUS_CLOSE_NOTE = icompile(
    r"\b(?:share\s+)?prices\s+(?:are|were)\s+(?:from|as\s+of|at)\s+(?:the\s+)?(?:previous|prior|last|yesterday['’]s)\s+close\b",
    _I,
)
_LEAD_TODAY = icompile(
    r"\b(?:today(?!\s*[:|–—-]\s)|this\s+morning|by\s+mid-?morning|this\s+afternoon|by\s+midday)\b", _I
)
_MARKET_LEVEL = icompile(
    r"\b(?:stock\s+market|market|index|indices|Dow|Nasdaq|S&P|Sensex|Nifty|Nikkei|Topix|FTSE|DAX|CAC|TSX|ASX|"
    r"benchmark|bourse|stocks)\b",
    _I,
)


#: A company's news told with its day: "agreed Monday to purchase", "said on Tuesday it would".
_NEWS_VERBS = (
    r"(?:said|agreed|announced|reported|unveiled|posted|disclosed|confirmed|named|revealed|warned|launched|completed|"
    r"filed|won|lost)"
)
_NEWS_VERB_BEFORE = icompile(rf"\b{_NEWS_VERBS}\s+(?:on\s+)?$", _I)
_NEWS_VERB_AFTER = icompile(rf"\s*,?\s*{_NEWS_VERBS}\b", _I)
_DAY_WORD = icompile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b", _I)
#: How many days before the story's date its lead's news may lie to date the story's closes (a next-morning paper).
NEWS_DAY_REACH = 4


def _lead_news_day(lead: list[Sentence], ref: dt.date | None) -> FuzzyDate | None:
    """The earlier day the lead's first sentence dates the company's news to ("XTO Energy agreed Monday to
    purchase ..." in Tuesday's paper): the story's closes without a day of their own are from that session."""
    if ref is None:
        return None
    for sent in lead[1:2] if len(lead) > 1 else lead:
        text = sent.text
        if not _DAY_WORD.search(text):
            continue  # (no weekday nor "yesterday": nothing to read, and no date scan)
        if _SHARE_CUE.search(text) and any(m.multiplier == 1.0 for m in parse_money(text)):
            return None  # a lead that tells the shares' price dates it itself (not "a $4.5 billion loss")
        for m in _session_dates(text, ref):
            d = m.date
            if (
                d is not None
                and d.precision is DatePrecision.DAY
                and 0 < (ref - d.start).days <= NEWS_DAY_REACH
                and (
                    _NEWS_VERB_BEFORE.search(text, max(0, m.start - 16), m.start) or _NEWS_VERB_AFTER.match(text, m.end)
                )
            ):
                return d
    return None


def _lead_closed(lead: list[Sentence], ref: dt.date | None) -> bool:
    """The lead says the market closed on an earlier day ("Canada's main stock market closed higher Thursday")."""
    for sent in lead:
        text = sent.text
        if _MARKET_LEVEL.search(text) and _CLOSE.search(text) and not _ITEM_HEAD.match(text):
            for m in find_dates(text, ref):
                if _usable(m.date, ref) and ref and m.date.start < ref and not _POSSESSIVE.match(text, m.end):
                    return True
    return False


def _recent_move(sents: list[Sentence], i: int, ref: dt.date | None) -> FuzzyDate | None:
    """The day named by one of the two sentences before that told how the shares moved ("slumped yesterday")."""
    for sent in reversed(sents[max(0, i - 2) : i]):
        text = sent.text
        if _SHARE_CUE.search(text) and (move := _MOVE_SENTENCE.search(text)):
            if _SAID_TODAY.search(text):
                return None  # "After hitting a high of $15.13 on Wednesday, the stock is off 3.1% this morning"
            past = [
                m.date
                for m in _session_dates(text, ref)
                if _usable(m.date, ref)
                and _near_move(text, m.start, m.end)
                and not _OTHER_MOVE_BEFORE.search(text, max(0, m.start - 70), m.start)
                and not _others_day(text, m, move)
                # "In the wake of bid rumours on Wednesday, Kessel was still climbing": the cause's day
                and not (m.end <= move.start() and _CAUSE_LEAD.search(text, max(0, m.start - 60), m.start))
            ]
            if past:
                return past[0]
    return None


# --------------------------------------------------------------------------- sentences


def _sentence_prices(
    doc: Doc,
    sent: Sentence,
    mentions: list[DateMention],
    ref: dt.date | None,
    carry: Callable[[], FuzzyDate | None],
    ctx: _Ctx = _Ctx(),
) -> list[PricePoint]:
    text = sent.text
    moneys = _amounts(text, doc.market)
    cands: list[_Cand] = []
    vetoed = False
    plain = mask_own_names(text, own_names(doc.company))  # "Shares of Target rose": the name is no veto word
    plain = _unappositive(plain)
    if "Gold" in plain or "Oil" in plain or "Silver" in plain or "Copper" in plain:  # "Lundin Gold off $1.59"
        plain = _NAMED_COMMODITY.sub(lambda m: m[1] + " " * len(m[2]), plain)
    for j, m in enumerate(moneys):
        if (m.multiplier != 1.0 and not _million_share(text, m)) or m.value <= 0:
            vetoed = False
            continue
        left0 = moneys[j - 1].end if j else 0
        right_lim = moneys[j + 1].start if j + 1 < len(moneys) else len(text)
        if (
            j
            and (vetoed or _RANGED_BEFORE.search(text, max(0, moneys[j - 1].start - 24), moneys[j - 1].start))
            and re.fullmatch(r"\s*(?:to|-|–|and)\s*", text[left0 : m.start])
        ):
            # the upper end of a range whose lower end is not a price ("EPS of $13.35 to $13.75", "The stock has
            # ranged from $19.73 to $32.19 over the past year")
            continue
        if (
            _FX_SUBJECT.match(text)
            or _FX_AGAINST.search(_clause_tail(text[max(0, m.start - 60) : m.start]))
            or _FX_AFTER.match(text, m.end)  # "a session high of R14.02 against the greenback"
        ) and not _SHARE_WORD.search(text, 0, m.start):
            continue  # "The dollar dropped below 110 yen, trading at 109.87 yen": an exchange rate
        if _CHANGE_AMOUNT_LEFT.search(text, max(left0, m.start - 30), m.start) or (
            j + 1 < len(moneys)
            and (
                _CHANGE_THEN_PRICE.fullmatch(text, m.end, moneys[j + 1].start)
                or _AMOUNT_THEN_PCT.fullmatch(text, m.end, moneys[j + 1].start)
            )
        ):
            vetoed = False  # "a rise of 14.2p to 126.9p", "It was 126p higher at 2,351p": the change; the price follows
            continue
        if _CHANGE_THEN_WORDS.match(text, m.end):
            continue  # "The shares were 60p down at the close, finishing at 93p": the change, told before the price
        if j and _converted(moneys[j - 1], m) and _CONVERSION_JOIN.fullmatch(text, left0, m.start):
            continue  # "up 10% at 4,690 yen, equivalent to $30.12": the price in another currency
        if _TARGET_PAST_ASIDE.search(text, max(0, m.start - 200), m.start) or (
            j
            and _FROM_TO.fullmatch(text, left0, m.start)
            and _TARGET_PAST_ASIDE.search(text, max(0, moneys[j - 1].start - 200), moneys[j - 1].start)
        ):
            vetoed = True  # "lifted its target price for Corvane — which traded at 510,000 won — from 650,000 won to"
            continue
        reach = _WINDOW
        k = j - 1
        if k >= 1 and _CONVERTED_TO.fullmatch(text, moneys[k - 1].end, m.start):
            k -= 1  # "from GBX 1,100 ($14.00) to GBX 425": the amount before the conversion in brackets
        if (
            k >= 0
            and (
                _FROM_TO.fullmatch(text, moneys[k].end, m.start)
                or _CONVERTED_TO.fullmatch(text, moneys[k].end, m.start)
            )
            and text[: moneys[k].start].endswith("from ")
        ):
            reach += m.start - moneys[k].start  # "raised the target ... by 26%, from 300 dollars to 378 dollars"
        verdict = _is_share_price(plain, m, left0, reach)
        if (
            verdict is None
            and _FROM_BEFORE.search(text, max(0, m.start - 6), m.start)
            and any(
                dm.date
                and dm.date.precision is DatePrecision.DAY
                and _DAY_GAP.fullmatch(text, m.end, dm.start)
                # ("zoomed 90% from Rs 59.05 on Friday, May 19, 2017": an earlier session's price)
                and (_TO_NEXT.match(text, dm.end) or (ref is not None and dm.date.start < ref))
                for dm in mentions
            )
        ):
            verdict = True  # "The price dropped from $44.75 May 1 to $28 May 25": the first price has its own day
        if (
            verdict is None
            and _SESSION_RANGE_AFTER.match(text, m.end if j + 1 >= len(moneys) else moneys[j + 1].end)
            and (
                _SESSION_RANGE_BEFORE.search(text, max(0, m.start - 40), m.start)
                or (
                    j
                    and _SESSION_RANGE_BEFORE.search(text, max(0, moneys[j - 1].start - 40), moneys[j - 1].start)
                    and re.fullmatch(r"\s+and\s+", text[left0 : m.start])
                )
            )
        ):
            verdict = True  # "after fluctuating between A$204.42 and A$208.12 during the session": the day's range
        if not verdict and cands and cands[-1].money is moneys[j - 1] and _SECOND_VENUE.fullmatch(text, left0, m.start):
            verdict = True  # "trading at ₹3,096.10 on the NSE and ₹3,096.00 on the BSE": the same quote elsewhere
        if (
            not verdict
            and cands
            and cands[-1].money is moneys[j - 1]
            and _RESPECTIVE_NEXT.fullmatch(text, left0, m.start)
            and _RESPECTIVELY.match(text, _list_end(text, moneys, j))
        ):
            verdict = True  # "Merak and Sentosa gained two sen each to RM9.12 and RM10.54 respectively": a price each
        vetoed = verdict is False
        if not verdict:
            continue
        if _FROM_ABOUT_BEFORE.search(text, max(0, m.start - 24), m.start):
            continue  # "the shares falling from around 250 yen apiece to 186 yen": a rough earlier level
        if _PAST_PERIOD_AFTER.match(text, m.end):
            continue  # "Its stock, which was trading as high as $5.73 last fall, closed Wednesday at $1.66"
        if _ELIDED_OWNER.search(text, max(0, m.start - 40), m.start) and _TARGET_WORD.search(text, 0, m.start):
            continue  # "banks raised their target prices, with Citigroup's climbing to HK$876": a broker's target
        cut = _CLAUSE_END.search(text, m.end, right_lim)
        cands.append(_Cand(m, left0, cut.start() if cut else right_lim))
    if not cands:
        return []
    for k, c in enumerate(cands):
        _read_kind(text, c, cands[k - 1].money.end if k else 0)
        _own_date(text, c, mentions, ctx.today)
        if ctx.session and c.kind is PriceKind.UNSPECIFIED and c.date is None:
            c.today = True  # a price told in a report on today's session, without a date of its own
        if k and c.kind is PriceKind.UNSPECIFIED and _same_series(text, cands[k - 1], c, mentions):
            c.kind = cands[k - 1].kind  # "closing price on DATE: NOK 212.40 (DATE: NOK 187.90)"
    claimed = {c.date_span for c in cands if c.date_span}
    respective = _respective(text, [c.money for c in cands]) if "respectively" in text else {}
    out = []
    for k, c in enumerate(cands):
        if c.date is None and ctx.section is not None:
            c.date = ctx.section  # an undated price under a dated heading is that day's
        if (
            c.date is None
            and ctx.preopen
            and ref
            and not any(dm.date for dm in mentions)  # ("last traded at S$0.007, before a halt on Apr 15")
            and _LAST_TRADE_BEFORE.search(text, 0, c.money.start)
        ):
            # "The units last traded at S$1.04" in Monday's stocks to watch: Friday's session
            c.date = FuzzyDate(start=previous_session(ref, doc.market.calendar if doc.market else None))
        if c.date is None:
            c.date = _fallback_date(text, c, cands[k - 1] if k else None, mentions, claimed, ref, carry, ctx)
            if (
                ctx.news_day
                # (a session in progress is today's; extended trading follows the news day's close)
                and ((c.kind is not PriceKind.INTRADAY and not ctx.session) or _AFTER_HOURS.search(text))
                and ref
                and c.date
                and c.date.start == ref
            ):
                # "XTO agreed Monday to buy ... Shares of XTO rose 5 cents to close at $26.66" in Tuesday's paper
                c.date = ctx.news_day
        date = _day(c.date, c.kind, ref, doc.market)
        if date is None and c.date is not None:
            continue  # a month or a year: too vague to be a price record
        kind = c.kind
        if ctx.session and kind is PriceKind.UNSPECIFIED and ref and date and date.start == ref:
            kind = PriceKind.INTRADAY
        m = c.money
        company, ticker = doc.company_named(respective.get(id(m)) or _subject(text, m.start, ctx))
        out.append(
            PricePoint(
                provenance=provenance(doc.id, sent, m.start, m.end, EXTRACTOR),
                company=company,
                ticker=ticker,
                date=date,
                value=m.value,
                currency=m.currency,
                kind=kind,
                change_pct=_change(text, c, moneys),
                context=_context(text, c),
            )
        )
    return out


#: The next amount of a list read "respectively": "to RM9.12 and RM10.54 respectively", "at 45p, 61p and 80p".
_RESPECTIVE_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
#: The companies of a "respectively" list: "Merak Bhd and Sentosa Power gained", "Kestrel, Brindle and Teluk rose".
_NAMES_LIST = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s+(?:(?:were|was|have|had)\s+)?(?:{_DIR_ALT})\b"
)


def _list_end(text: str, moneys: list[Money], j: int) -> int:
    """Where the list of amounts that ``moneys[j]`` continues ends."""
    while j + 1 < len(moneys) and _RESPECTIVE_NEXT.fullmatch(text, moneys[j].end, moneys[j + 1].start):
        j += 1
    return moneys[j].end


def _respective(text: str, prices: list[Money]) -> dict[int, str]:
    """Each price of a "respectively" list with its company, in order ("Merak Bhd and Sentosa Power gained two sen
    each to RM9.12 and RM10.54 respectively"): ``id(money) -> name``; empty unless names and prices pair up."""
    out: dict[int, str] = {}
    for i, m in enumerate(prices):
        if id(m) in out or not _RESPECTIVELY.match(text, _list_end(text, prices, i)):
            continue
        run = [m]
        while len(run) < len(prices) - i and _RESPECTIVE_NEXT.fullmatch(text, run[-1].end, prices[i + len(run)].start):
            run.append(prices[i + len(run)])
        if len(run) < 2:
            continue
        found = [f["names"] for f in _NAMES_LIST.finditer(text, 0, m.start)]
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", found[-1]) if found else []
        if len(names) == len(run):
            out.update((id(x), n) for x, n in zip(run, names, strict=True))
    return out


def _converted(a: Money, b: Money) -> bool:
    """``b`` is in another currency than ``a`` (pence and pounds are one; cents are already their dollars).

    >>> yen, dollars, pence, pounds = (Money(0, 1, 1.0, c) for c in ("JPY", "USD", "GBX", "GBP"))
    >>> _converted(yen, dollars), _converted(pence, pounds)
    (True, False)
    """
    return _BASE.get(a.currency, a.currency) != _BASE.get(b.currency, b.currency)


_BASE = {"GBX": "GBP"}


def _unappositive(text: str) -> str:
    """``text`` with a company's appositive blanked (offsets kept) when a move follows it: "New Zealand Refining, the
    nation's only oil refinery, rose 8.2% to $5" (its "oil" is no commodity price)."""
    return _APPOSITIVE.sub(lambda x: " " * len(x.group()), text) if ", " in text else text


def _amounts(text: str, market: Market | None) -> list[Money]:
    """The sentence's money amounts as the article's market reads them, with bare numbers that are share prices."""
    moneys = [localise(m, market) for m in parse_money(text)]
    if market is None or not _BARE_GATE.search(text):
        return moneys
    taken = [(m.start, m.end) for m in moneys]
    bare = [b for b in _bare_prices(text, market) if not any(a <= b.start < z for a, z in taken)]
    return sorted(moneys + bare, key=lambda m: m.start) if bare else moneys


def _clause_tail(left: str) -> str:
    """The part of ``left`` after its last clause boundary.

    >>> _clause_tail("as gold rose, with Ashgrove up 4% to ")
    ' Ashgrove up 4% to '
    """
    end = 0
    for b in _CLAUSE_BOUNDARY.finditer(left):
        end = b.end()
    return left[end:]


_FROM_TO = icompile(r"\s*(?:to|-|–)\s*")
# an amount's conversion in brackets before the range goes on: "GBX 1,100 ($14.00) to GBX 425"
_CONVERTED_TO = icompile(r"\s*\(\s*(?:about\s+|around\s+|~)?[A-Z]{0,3}[$€£¥₹]\s?[\d.,]+\s*\)\s*(?:to|-|–)\s*")
# ("Garanti, Turkey's largest bank by market value, added 4.5 percent to 6.56 liras": a possessive's description)
_APPOSITIVE = icompile(rf",\s+(?:the|a|an|(?-i:[A-Z])[\w-]*['’]s)\s[^,;\d$€£¥₹%]{{3,100}},(?=\s+(?:{_DIR_ALT})\b)", _I)
# (and "DIC, whose largest shareholder is Investment Corporation of Dubai, rose 7.3 per cent to Dh2.34")
# (", in which Rekha Jhunjhunwala holds over 12 percent stake,")
_RELATIVE_ASIDE = icompile(
    r",\s+(?:(?:in|of|for|to|with|at|from)\s+)?(?:which|who|whom|whose)\s(?:[^,;]|(?<=\d),(?=\d)){3,120},\s"
)


def _has_aside(text: str) -> bool:
    """Cheap test before the aside scan: a relative pronoun after a comma (", which", ", in which")."""
    return ", wh" in text or " which " in text or " whom " in text


def _unaside(text: str, end: int) -> str:
    """``text[:end]`` with its relative asides (", which ... ,") blanked, offsets kept."""
    left = text[:end]
    return _RELATIVE_ASIDE.sub(lambda x: " " * len(x.group()), left) if _has_aside(left) else left


# A commodity word inside a company's name ("Lundin Gold", "Centerra Gold", "Cenovus Oil") is no veto word.
_NAMED_COMMODITY = re.compile(r"(\b[A-Z][\w&.'’-]*\s+)(Gold|Silver|Copper|Oil)\b")
_PCT_OR_POINTS = icompile(r"%\s+or\s+\d[\d.,]*\s+points?\b", _I)


def _bare_prices(text: str, market: Market) -> list[Money]:
    """Numbers with no currency that a share-move clause makes prices ("Toyota fell 4% to 3,020").

    >>> from data_layer.markets import MARKETS
    >>> [(m.value, m.currency) for m in _bare_prices("Toyota fell 4% to 3,020 while the Nikkei lost 1% to 38,100.",
    ...                                              MARKETS["JP"])]
    [(3020.0, 'JPY')]
    >>> _bare_prices("Sales rose 5% to 3,020 units in 2024.", MARKETS["JP"])
    []
    """
    out = []
    for m in _BARE_NUM.finditer(text):
        left = text[max(0, m.start() - 120) : m.start()]
        if not _BARE_LINK.search(left[-8:]) or not _BARE_FOLLOW.match(text, m.end()):
            continue
        # "rose 3.43% or 48.50 points to trade at 1,462.00": a share's change told in points too
        clause = _PCT_OR_POINTS.sub("%", _clause_tail(left))
        if not (_BARE_MOVE.search(clause) or _LIST_MOVE.search(left)) or _NOT_SHARE_CLAUSE.search(clause):
            continue
        raw = m["n"]
        value = parse_number(raw)
        if value is None or value <= 0 or (re.fullmatch(r"(?:19|20)\d\d", raw) is not None):
            continue
        out.append(Money(m.start(), m.end(), value, market.currency, 1.0, raw))
    return out


def _is_share_price(text: str, m: Money, left0: int, reach: int = _WINDOW) -> bool | None:
    """True: a share price; False: vetoed by a target/earnings/deal phrase; None: not linked to a price phrase."""
    left = text[left0 : m.start]
    if (
        _NAMED_CLOSE_RIGHT.match(text, m.end) or _NAMED_CLOSE_BRACKET.search(left[-90:])
    ) and not _NOT_CLOSE_NAMED_LEFT.search(left[-40:]):
        return True  # "a premium over the $40.28 closing price of its shares": a close, whatever came before
    if _CMP_BEFORE.search(left[-80:]):
        return True  # a broker note's "current market price (CMP) is noted at Rs 1,674", "(CMP ₹965.15)"
    if not _LINK.search(left[-40:]):
        return None
    if _MONTH_PEAK.search(left[-40:]) or _EXPECTED_PRICE.search(left[-40:]):
        return False  # "following its May peak of $79.24", "the stock should hit $37"
    if _RANGE_STAT.search(left) and not _RANGE_EVENT.search(_unaside(text, m.start)[-R.RANGE_EVENT_WINDOW :]):
        return False  # (a move in a relative clause is no event: "The stock, which rose 50% this year, has a high of")
    bad_right = _NOT_RIGHT.match(text, m.end, min(len(text), m.end + 40))
    if bad_right and not (
        re.match(r"\s*(?:(?:a|per)\s+|/\s*)(?:share|unit|piece|scrip)\b", bad_right.group())
        # (over the change before it: "dipped $1.75 to $51.50 a share")
        and _PER_SHARE_OK.search(text, max(0, m.start - 60), m.start)
        # (but not new shares' price: "will be issued and begin trading on Monday at S$0.987 per unit as part of its
        # private placement")
        and not _ISSUE_RIGHT.search(text, m.end)
    ):
        return False
    window = text[max(0, m.start - reach) : m.start]
    if _PRONOUN_LINK.search(window) and _NOT_LEFT.search(window):
        return False  # "BMO increased its target price to $82, while UBS raised it to $73"
    # a veto word of a relative clause about the company ("Adecco, which is due to report results next week, rose
    # 1.9%") or of an earlier clause ("as gold rose, with X up 4% to 565p")
    if _has_aside(text):
        window = _unaside(text, m.start)[-reach:]
    window = _clause_tail(window)
    # (not the stock a target is for: "analysts' 12-month target price for the stock is 38.61 shillings")
    cues = [
        c for c in _RESET.finditer(window) if not _TARGET_FOR_BEFORE.search(window, max(0, c.start() - 40), c.start())
    ]
    after_cue = window[cues[-1].end() :] if cues else window
    # (a veto word inside a company's name is no veto: "SM Investment Corp., up P25 to P905", "Value Partners")
    veto = next((v for v in _NOT_LEFT.finditer(after_cue) if not _in_name(after_cue, v)), None)
    if veto and veto.group().lower() == "valued" and m.multiplier == 1.0 and _VALUED_SHARES.search(window):
        return True  # "the shares were valued at Rs 201.85": a quote, not a valuation
    return not veto


#: A target named by its noun, before the stock it is for ("target price for", "price target on").
_TARGET_NOUN = r"target(?:\s+price)?|price\s+target|objective"
_TARGET_FOR_BEFORE = icompile(rf"\b(?:{_TARGET_NOUN}|fair\s+value)\s+(?:for|on|of)\s+(?:the|its)\s+$", _I)


#: What ends a company's name after a capitalised word: "Investment Corp.", "Value Partners", "Deal Holdings Bhd".
_NAME_END = re.compile(
    r"(?:\s+[A-Z][\w&.-]*){0,2}?\s+(?:Corp|Corporation|Inc|Holdings|Group|Partners|Ltd|Limited|Co|Company|Bank|Trust|"
    r"Berhad|Bhd|PLC|Plc|AG|SA|NV|SE|ASA)\b"
)


def _in_name(text: str, veto: re.Match) -> bool:
    """``veto`` is a capitalised word of a company's name (not a headline's "Target Price")."""
    return veto.group()[:1].isupper() and _NAME_END.match(text, veto.end()) is not None


_NEXT_AMOUNT_CUE = icompile(r"\w*\s+(?:price\s+)?(?:of|at)\s*", _I)


def _read_kind(text: str, c: _Cand, left0: int) -> None:
    m = c.money
    left = text[left0 : m.start]
    right = text[m.end : c.right1]
    best: tuple[int, PriceKind] | None = None
    for rx, kind in ((_CLOSE, PriceKind.CLOSE), (_INTRADAY, PriceKind.INTRADAY)):
        hits = list(rx.finditer(left))
        if hits:
            d = len(left) - hits[-1].end()
            if best is None or d < best[0]:
                best = (d, kind)
        h = rx.search(right)
        if h and c.right1 < len(text) and _NEXT_AMOUNT_CUE.fullmatch(right, h.end()):
            h = None  # "to $33.87 on Instinet from a close of $35.29": the cue is the next amount's
        if h:
            d = h.start()
            if best is None or d < best[0]:
                best = (d, kind)
    if best:
        c.kind = best[1]
    c.today = bool(_TODAY.search(left) or _TODAY.search(right))


def _same_series(text: str, prev: _Cand, c: _Cand, mentions: list[DateMention]) -> bool:
    between = text[prev.money.end : c.money.start]
    for dm in mentions:
        if prev.money.end <= dm.start and dm.end <= c.money.start:
            between = between.replace(dm.text, " ")
    return not re.sub(r"\b(?:and|or|vs|versus|compared with|against|previously|prior)\b|\W", "", between, flags=_I)


_OWNS_NEXT_AMOUNT = re.compile(
    r"\s*(?:['’]s\s+(?:close|closing\s+price)\s+)?(?:of|at|was|stood\s+at)\s+(?:Rs\.?\s?|[$€£¥₹]|[A-Z]{1,3}\$)?\d"
)
_PERIODS = frozenset({DatePrecision.QUARTER, DatePrecision.HALF, DatePrecision.YEAR})
_SPANS = frozenset({DatePrecision.WEEK, DatePrecision.MONTH})
_SPAN_CAUSE = icompile(r"\b(?:after|following|because|amid|despite|having|when|tracking)\b", _I)


#: A results period ("first quarter", "first-half") near results words is the results', never a price's date.
_RESULT_PERIODS = frozenset({DatePrecision.QUARTER, DatePrecision.HALF})
_RESULTS_NEAR = icompile(
    r"\b(?:profits?|earnings|revenues?|sales|results|loss(?:es)?|EBITDA|EPS|income|margins?|bookings|deliveries)\b", _I
)


def _own_date(text: str, c: _Cand, mentions: list[DateMention], today: dt.date | None = None) -> None:
    """The date named in the price's own clause, nearest first ("DATE: price" binds tightest). ``today``: the story
    reports on that day's session, so an earlier day in a cause clause after the price is the news's, not the
    price's ("jumped 6.47 percent to 3,241 yen after it upgraded its forecasts on Tuesday" in Wednesday's close)."""
    m = c.money
    best: tuple[float, DateMention] | None = None
    # "Shares of Twitter, which had about 4,100 employees as of June 30, rose 1.5% to $29.18": the aside's day
    asides = [(x.start(), x.end()) for x in _RELATIVE_ASIDE.finditer(text, 0, m.start)] if _has_aside(text) else []
    for dm in mentions:
        if any(a <= dm.start < z for a, z in asides):
            continue
        if dm.date is None or (dm.date.precision in _PERIODS and dm.start >= m.end):
            # after the price, a year or quarter is what the clause goes on about ("fell 18.3% to 478.3p on an
            # uncertain outlook statement for 2017", "up 2.6% this morning at $255.70 on reports ... next year")
            continue
        if dm.date.precision in _PERIODS and _DEADLINE_BEFORE.search(text, max(0, dm.start - 30), dm.start):
            continue  # "the plan expected to result in 18,000 job cuts by 2022, with shares ... down 0.8%": a deadline
        if dm.date.precision in _RESULT_PERIODS and _RESULTS_NEAR.search(text, max(0, dm.start - 40), dm.end + 40):
            continue  # "logged a higher profit in the first quarter ..., helping lift the shares 5.5% to C$30.33"
        if c.left0 <= dm.start and dm.end <= m.start:
            if _BASIS_BEFORE.search(text, max(c.left0, dm.start - 80), dm.start) and not _NAMES_NEXT.fullmatch(
                text, dm.end, m.start
            ):
                continue  # "settled at Rs 401.75, down 3.55% from the previous close, while ... at Rs 402.40": a basis
            if c.left0 and _PREVIOUS_AMOUNTS_DAY.fullmatch(text, c.left0, dm.start):
                # "after closing at $2.73 yesterday and opening at $2.98 this morning", "from $1.64 at market close on
                # June 4, 2025, to $2.83": the earlier amount's day
                continue
            gap = text[dm.end : m.start]
            d = 0.0 if re.fullmatch(r"\s*\)?\s*[:=]\s*", gap) else len(gap) + 0.5
        elif m.end <= dm.start < c.right1:
            if _OWNS_NEXT_AMOUNT.match(text, dm.end):
                continue  # "to an intraday high of Rs 486.40 from its previous close of Rs 461": Rs 461's day
            if _not_own_day(text, m.end, dm):
                continue
            if _news_in_cause(text, m.end, dm, today):
                continue  # the news's day in a report on today's session
            if dm.date.precision in _SPANS and _SPAN_CAUSE.search(text, m.end, dm.start):
                continue  # "rose 2.14% to R3,248 ... after announcing disappointing earnings last week"
            d = dm.start - m.end
        else:
            continue
        if best is None or d < best[0]:
            best = (d, dm)
    if best:
        c.date, c.date_span = best[1].date, (best[1].start, best[1].end)


#: A share in millions, told at its close: "Samsung Electronics' shares closed at 2.09 million won".
_CLOSED_AT_BEFORE = icompile(r"\b(?:shares?|stock)\b[^.;]{0,30}?\b(?:closed|ended|finished|settled)\s+at\s+$", _I)


def _million_share(text: str, m: Money) -> bool:
    """A close in millions of a currency whose share prices run that high (not a sum of money)."""
    return per_share(m) and m.value < 10_000_000 and bool(_CLOSED_AT_BEFORE.search(text, max(0, m.start - 50), m.start))


#: A target's old and new values told after a dashed aside: "its target price for X — which traded at 510,000 won on
#: Friday — from 650,000 won to 850,000 won".
_TARGET_PAST_ASIDE = icompile(
    rf"\b(?:{_TARGET_NOUN})\s+(?:for|on|of)\s+[^.;—–]{{1,50}}?\s+[—–]\s+[^.;—–]{{3,120}}?\s+[—–]\s+(?:from\s+)?$", _I
)
_DEADLINE_BEFORE = icompile(r"\b(?:by|until|till|through|before)\s+(?:the\s+end\s+of\s+)?$", _I)
_PREVIOUS_AMOUNTS_DAY = icompile(r"\s*(?:(?:at|on)\s+(?:the\s+)?(?:market\s+)?(?:close|closing)\s+)?(?:on\s+)?", _I)


def _not_own_day(text: str, after: int, dm: DateMention) -> bool:
    """A day named after a price that is not its own: the base it is compared with ("opened at Rs 980, 3.4% over
    its previous closing price"). (A cause clause's day is left alone: "rose to $109.375 after announcing Wednesday"
    in a morning paper is the price's day, "jumped to 2.37 euros, after yesterday approving" in a closing report is
    not; the text does not say which.)"""
    if re.fullmatch(r"\s*,?\s*(?:at|as\s+of)\s+", text[after : dm.start]):
        return False  # "compared to ₹3,612.35 at the previous market close": the price's own day
    return "clos" in text[dm.start : dm.end].lower()


#: Another session's move told after a price, with its day: "following a 15 percent collapse Wednesday".
_OTHER_MOVE_BEFORE = icompile(
    r"\b(?:following|after|extending|adding\s+to|on\s+top\s+of)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:[\d.]+\s*(?:%|percent|per\s*cent)\s+)?(?:[\w-]+\s+){0,2}?(?:collapse|drop|fall|slide|slump|plunge|decline|loss|"
    r"gain|rise|jump|surge|rally|increase|advance|climb)\s+(?:on\s+)?$",
    _I,
)
_SECOND_VENUE = re.compile(r"\s+on\s+(?:the\s+)?[A-Z]{2,6}\s*,?\s+(?:and|while|but|whereas)\s+(?:at\s+)?")
_CAUSE = re.compile(r"\b(?:after|following|because|since|as|when|on\s+news|amid|despite)\b", _I)
# (not "as of Friday, February 11" nor "since", which date the price itself)
_NEWS_CAUSE = re.compile(r"\b(?:after|following|because|on\s+news|amid|despite|in\s+response\s+to)\b", _I)


def _day_of(d: FuzzyDate | None) -> dt.date | None:
    return d.start if d is not None and d.precision is DatePrecision.DAY else None


def _news_in_cause(
    text: str, after: int, dm: DateMention, today: dt.date | None, told: Callable[[], FuzzyDate | None] = lambda: None
) -> bool:
    """In a report on ``today``'s session (or on the session ``told`` by its lead), an earlier day in a cause clause
    after the price (from ``after``) is the news's day, not the price's: "jumped 6.47 percent to 3,241 yen after it
    upgraded its forecasts on Tuesday"."""
    if _NEWS_CAUSE.search(text, after, dm.start) is None:
        return False
    day = today or _day_of(told())
    return day is not None and dm.date.start < day


# "after the group late Thursday announced job cuts": news after the close moves the next session
_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", _I)
_SAID_BEFORE = re.compile(
    r"\b(?:saying|announcing|reporting|warning|disclosing|(?:it|the\s+(?:company|group|firm))\s+(?:said|announced|"
    r"reported|confirmed|disclosed))\s+(?:on\s+)?$",
    _I,
)


#: A commodity's, a currency's or a bond's move told as the cause: "after US oil prices jumped more than 8% on Friday".
_CAUSE_MOVE = icompile(
    rf"\b(?:after|following|because|on\s+news|amid|despite)\s+(?:[\w$-]+\s+){{0,3}}?(?:oil|crude|Brent|WTI|gold|copper|commodity|bond|"
    rf"Treasury|dollar|yen|euro|rupee)s?\s+(?:prices?\s+|futures\s+|yields?\s+)?(?:{_DIR_ALT})\b",
    _I,
)


def _late_news(text: str, after: int, pos: int) -> bool:
    """The date at ``pos`` is the day of news released after a close ("late Thursday") or over a weekend ("after a
    weekend report"), told in a cause clause after the move."""
    late = (
        _LATE_BEFORE.search(text, max(after, pos - 12), pos)
        or text.startswith("weekend", pos)
        # "rose 1.42% to 7,190 yen, despite the automaker saying Monday that ...": the statement's day
        or _SAID_BEFORE.search(text, max(after, pos - 16), pos)
    )
    return bool(late and _CAUSE.search(text, after, pos))


def _session_dates(text: str, ref: dt.date | None, calendar: str | None = None) -> list[DateMention]:
    """The dates a price in ``text`` may be from: a comparison's day ("the biggest increase since June 4", "its
    quarter, which ended May 4") is left out, unless it owns a close ("since April 23's closing price of")."""
    return [
        m
        for m in find_dates(text, ref, calendar=calendar)
        if not (
            _COMPARISON_DAY.search(text, max(0, m.start - 30), m.start)
            and not _POSSESSIVE.match(text, m.end)
            and not _WHEN_AFTER.match(text, m.end)  # "its highest close since September 7, 2021, when it reached"
        )
    ]


_WHEN_AFTER = re.compile(
    r",?\s+when\s+(?:it|they|the\s+(?:stock|shares)|shares)\s+(?:\w+\s+)?(?:reached|hit|closed|ended|"
    r"traded|stood|touched|finished|was|were)\b"
)


def _fallback_date(
    text: str,
    c: _Cand,
    prev: _Cand | None,
    mentions: list[DateMention],
    claimed: set,
    ref: dt.date | None,
    carry: Callable[[], FuzzyDate | None],
    ctx: _Ctx = _Ctx(),
) -> FuzzyDate | None:
    today = ctx.today
    between = text[prev.money.end : c.money.start] if prev else ""
    after_prev = (
        prev
        and prev.date
        and re.search(r"\b(?:after|before|having|then|earlier|later|and)\b", between, _I)
        # ("compared to the previous closing price of ₹589.05 and dipped further to ₹569.55": the basis's day is
        # not the next price's)
        and not _EARLIER_CLOSE.search(text, max(0, prev.money.start - 60), prev.money.start)
    )
    if (
        ref
        and _PREVIOUSLY_AFTER.match(text, c.money.end)
        and _COMPARED_BEFORE.search(text, max(0, c.money.start - 20), c.money.start)
    ):  # "trading at ₹8,851.00 compared to ₹8,895.00 previously": the last session's close, never today's
        return FuzzyDate(start=previous_session(ref))
    # ("closed down 24% at C$2.41 on Thursday, after hitting an intraday low of C$2.34": Thursday's low)
    # ("Just before 5 p.m. Tuesday, shares were up $4.93 at $38.40" in Wednesday's story: a day of its own)
    told_before = any(
        dm.date
        and dm.end <= c.money.start
        and (dm.start, dm.end) not in claimed
        and dm.date.precision is DatePrecision.DAY
        for dm in mentions
    )
    linked = after_prev and not _SAID_TODAY.search(text, prev.money.end, c.right1)
    if c.today and ref and not told_before and not linked:
        if not _SAID_TODAY.search(text) and (carried := carry()) and carried.start < ref:
            return carried  # "up 6.31% at NT$10.95 as of 10:30 a.m." after a lead's "soared Monday morning"
        return FuzzyDate(start=ref)
    if after_prev:
        return prev.date  # "closed at $33.11 on Thursday, after trading as low as $32.40"
    for dm in mentions:
        if dm.date and (dm.start, dm.end) not in claimed and _usable(dm.date, ref):
            if dm.end <= c.money.start and _in_relative_clause(text, dm.start, dm.end, c.money.start):
                continue  # "Shares in Sony, which lost 12 percent on Friday, closed down 8 percent at ¥1,821"
            if (
                dm.end <= c.money.start
                and _BASIS_BEFORE.search(text, max(0, dm.start - 80), dm.start)
                and not _NAMES_NEXT.fullmatch(text, dm.end, c.money.start)
            ):
                continue  # "down 3.55% from the previous close, while the stock dropped to Rs 402.40": a basis's day
            if dm.start > c.money.end and _OTHER_CLAUSE.search(text, c.money.end, dm.start):
                continue  # "dropped to ₹242.8 on the NSE, while its US-listed ADRs ended 2.5% lower overnight"
            if dm.start > c.money.end and _POSSESSIVE.match(text, dm.end):
                continue  # "rose 2% to $89.96, recovering part of Thursday's slide": another day's move
            if dm.start > c.money.end and _late_news(text, c.money.end, dm.start):
                continue  # "closed at 1,691 yen after the group late Thursday announced job cuts": the news's day
            if dm.start > c.money.end and _not_own_day(text, c.money.end, dm):
                continue
            if dm.start > c.money.end and _OTHER_MOVE_BEFORE.search(text, max(c.money.end, dm.start - 70), dm.start):
                continue  # "plunged 20.46 percent to 583 yen, following a 15 percent collapse Wednesday"
            if dm.start > c.money.end and _BASIS_BEFORE.search(text, max(c.money.end, dm.start - 80), dm.start):
                continue  # "closed at Rs 419.35, down 0.18% from its previous close": the change's basis
            if dm.start > c.money.end and _BASIS_PRICE_BEFORE.search(text, c.money.end, dm.start):
                continue  # "stood at RM5.66, down from RM5.85 at the close yesterday": the basis price's day
            if dm.start > c.money.end and _news_in_cause(text, c.money.end, dm, today, carry):
                # "rallied to ¥626.6 after it hiked its forecast yesterday" in a report on today's session (or on the
                # session its lead names: "slid 5.7 percent to HK$7.40 after ... selling shares on Tuesday")
                continue
            if (
                dm.start > c.money.end
                and dm.date.precision in _SPANS
                and _SPAN_CAUSE.search(text, c.money.end, dm.start)
            ):
                continue  # "gained 1.82% to R280 having fallen almost 20% last week": another week's move
            return dm.date
    if ref and (
        _EARLIER_CLOSE.search(text, max(0, c.money.start - 60), c.money.start)
        # "up from the previous €166 closing price"
        or (
            _PREVIOUS_BEFORE.search(text, max(0, c.money.start - 20), c.money.start)
            and _CLOSE_NOUN_AFTER.match(text, c.money.end)
        )
    ):
        # "The stock had previously closed at C$176.53": the session before the one the story reports
        told = carry()
        base = told.start if told and told.precision is DatePrecision.DAY and told.start <= ref else ref
        return FuzzyDate(start=previous_session(base))
    # (an intraday price in a weekend story is no "today": it takes the session the story told)
    # (nor one after a lead that dates the session before the story's day: "shares dropped 3.8% during trading on
    # Wednesday" in Thursday's story, then "The stock traded as low as $66.84")
    if (
        c.kind is not PriceKind.INTRADAY
        or (ref and ref.weekday() >= 5)
        or (ctx.lead_day is not None and ref and ctx.lead_day.start < ref and not _SAID_TODAY.search(text))
    ) and (carried := carry()):
        return carried
    if ctx.opened and not c.today:
        return ctx.opened  # "tumbling 7.05p to 340.9p" in a report stamped 01:00 GMT: the session before
    return FuzzyDate(start=ref) if ref else None


#: The session after the close of the news day: "fell to $31.29 in extended trading".
_AFTER_HOURS = icompile(r"\b(?:extended|after[-\s]hours|late|post-market)\s+trad(?:ing|e)\b|\bafter\s+the\s+bell\b", _I)
_SAID_TODAY = icompile(r"\b(?:today|this\s+(?:morning|afternoon)|currently|now)\b", _I)
#: The basis a change is measured from, after the price: "down 0.18% from its previous close", "compared with".
_BASIS_BEFORE = icompile(
    r"\b(?:from|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:its|the|their|a)?\s*$"
    # a broker's note: "breaking above the new price target announced in a report on Monday"
    r"|\b(?:report|note|research\s+note)\s+(?:published\s+|issued\s+|released\s+|dated\s+)?(?:on\s+)?$"
    # "has increased JPY7.10 (0.9%) from its last trading session of January 18 to close at JPY787.10"
    r"|\bfrom\s+(?:its|the|their)\s+(?:last|previous|prior)\s+(?:trading\s+)?(?:session|close|day)\s+(?:of|on)\s+$"
    # an offer's premium over a close: "a premium of 13.3% to closing price of yesterday"
    r"|\b(?:premium|discount)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:to|over|on)\s+(?:the\s+|its\s+)?(?:closing\s+(?:share\s+)?price|close)"
    r"\s+(?:of|on)\s+$",
    _I,
)
#: A day that names the amount right after it ("from last week's close of $28.75", "from Thursday's $363.66 close",
#: "from their early February low of $8.06"): the amount's own day, even after "from".
_NAMES_NEXT = re.compile(r"(?:['’]s)?\s*(?:(?!to\b|and\b)[\w-]+\s+){0,3}?(?:of\s+|at\s+)?")
#: A contrast clause about something else: its day is its own ("while its ADRs ended lower overnight").
_OTHER_CLAUSE = icompile(
    r",\s*(?:while|whereas)\s+(?!(?:it|they|the\s+(?:stock|shares?|company|group)|shares|its\s+shares)\b)", _I
)
_RELATIVE_OPEN = icompile(r",\s*(?:which|who)\b[^,;]*$", _I)


def _in_relative_clause(text: str, start: int, end: int, price: int) -> bool:
    """The day at ``start:end`` sits in a ", which ...," clause that closes before the price at ``price``.

    >>> t = "Sony, which lost 12 percent on Friday, closed down 8 percent at 1,821 yen"
    >>> _in_relative_clause(t, t.find("Friday"), t.find("Friday") + 6, t.find("1,821"))
    True
    """
    if not _RELATIVE_OPEN.search(text, max(0, start - 80), start):
        return False
    close = text.find(",", end)
    return 0 <= close < price


#: A basis price between a price and a day: "down from RM5.85 at the close yesterday".
_BASIS_PRICE_BEFORE = icompile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+[^\s\d]{0,4}\s?\d[\d.,]*\S*\s+(?:\w+\s+){0,3}$", _I
)
#: A close the story calls earlier than its own day: the last session before it.
_PREVIOUSLY_AFTER = icompile(r"\s+(?:previously|earlier|the\s+(?:previous|prior)\s+(?:day|session))\b", _I)
_COMPARED_BEFORE = icompile(r"\b(?:compared\s+(?:to|with)|from|against|versus|vs\.?)\s+$", _I)
_PREVIOUS_BEFORE = icompile(r"\b(?:the\s+)?(?:previous|prior|last|yesterday['’]s)\s+$", _I)
_CLOSE_NOUN_AFTER = icompile(r"\s+(?:closing\s+(?:share\s+)?price|close)\b", _I)
_EARLIER_CLOSE = icompile(
    r"\b(?:had\s+(?:previously\s+)?closed|previously\s+closed|(?:previous|prior|last)\s+(?:session['’]s\s+|day['’]s\s+)?"
    r"clos(?:e|ing\s+price)\s+(?:of|was|at))\s+(?:at\s+)?(?:about\s+)?$",
    _I,
)


def _usable(d: FuzzyDate | None, ref: dt.date | None) -> bool:
    """A day or a week that is not after the publication date."""
    if d is None or d.precision not in (DatePrecision.DAY, DatePrecision.WEEK):
        return False
    return ref is None or d.start <= ref


def _day(d: FuzzyDate | None, kind: PriceKind, ref: dt.date | None, market: Market | None = None) -> FuzzyDate | None:
    """A day-precision date for the price: a week means its last trading day; weekends roll back to the last
    weekday (the market's: Tadawul trades on Sundays, so its weekend is Friday and Saturday)."""
    if d is None:
        return None
    if d.precision is DatePrecision.WEEK:
        day = d.start + dt.timedelta(days=4)
        if ref and day > ref:
            day = ref
    elif d.precision is DatePrecision.DAY:
        day = d.start
    else:
        return None
    weekend = market.weekend_on(day) if market else (5, 6)
    while day.weekday() in weekend:
        day -= dt.timedelta(days=1)
    return FuzzyDate(start=day)


_SIGNED_BEFORE = icompile(r"\(\s*(?P<sign>[-+−–])\s?(?P<n>\d+(?:[.,]\d+)?)\s*%\s+(?:to|at)\s*$")
_OR_PCT = icompile(rf"\s*,?\s*\(?\s*(?:or\s+)?{_PCT}", _I)
_VERB_BEFORE = icompile(rf"\b(?P<verb>{_DIR_ALT})\s+(?:by\s+)?$", _I)


def _change(text: str, c: _Cand, moneys: list[Money]) -> float | None:
    """The day's change stated next to the price: "closed 6.2 per cent lower at", "at $X, up 8.6%"."""
    m = c.money
    paren = _PAREN_PCT.match(text, m.end)
    if paren and (v := parse_number(paren["n"].replace(",", "."))) is not None:
        return -v if paren["sign"] in "-−–" else v  # "$143.11 (-1.25%)"
    left = text[c.left0 : m.start]
    signed = _SIGNED_BEFORE.search(left)
    if signed and (v := parse_number(signed["n"].replace(",", "."))) is not None:
        return -v if signed["sign"] in "-−–" else v  # "Kestrel (+3.6% to 13.6 euros)"
    hits = [h for h in _CHANGE.finditer(left) if not _NOT_DAILY.match(left, h.end())]
    hits = [h for h in hits if not re.search(r"\b(?:from|since|below|above|than|versus|vs)\b", left[h.end() :], _I)]
    if hits:
        return _pct_value(hits[-1])
    prev = next((x for x in moneys if x.end == c.left0), None)
    if prev is not None and re.fullmatch(r"\s*(?:to|at)\s*", left, _I):  # "down 6 per cent or 9.72p to 152.28p"
        before = text[max(0, prev.start - 40) : prev.start]
        hits = [h for h in _CHANGE.finditer(before) if re.fullmatch(r"\s*(?:,\s*)?(?:or\s+)?", before[h.end() :])]
        if hits:
            return _pct_value(hits[-1])
    pm = _OR_PCT.match(left) if prev is not None else None
    verb = _VERB_BEFORE.search(text, max(0, prev.start - 30), prev.start) if pm else None
    if pm and verb and (v := parse_number(pm["pct"].replace(",", "."))) is not None:
        return _DIRS.get(re.sub(r"\s+", " ", verb["verb"].lower()), 1) * v  # "fell 9½p, or 7.7 per cent, to 112½p"
    nxt = [x.start for x in moneys if x.start > m.start]
    lim = nxt[0] if nxt else len(text)
    stop = icompile(r";|\b(?:while|whereas|which|but|compared|versus|after|since)\b", _I).search(text, m.end, lim)
    h = _CHANGE.search(text, m.end, stop.start() if stop else lim)
    if h and not _NOT_DAILY.match(text, h.end()):
        return _pct_value(h)
    return None


def _pct_value(h: re.Match) -> float | None:
    raw = h["pct"] or h["pct2"]
    v = parse_number(raw.replace(",", ".")) if raw else None
    if v is None:
        return None
    word = (h["verb"] or h["dir"] or "").lower()
    word = re.sub(r"\s+", " ", word)
    sign = _DIRS.get(word)
    if sign is None:
        sign = -1 if word.startswith("a ") and any(x in word for x in ("decline", "drop", "fall", "loss")) else 1
    return sign * v


def _context(text: str, c: _Cand) -> str | None:
    h = _CONTEXT.search(text, c.money.end, min(len(text), c.money.end + 120))
    return h.group(0) if h else None


# --------------------------------------------------------------------------- tables


def _is_row(line: str) -> bool:
    s = line.strip()
    return "|" in s and (s.startswith("|") or s.count(" | ") >= 1)


def _tables(doc: Doc, ref: dt.date | None) -> tuple[list[PricePoint], list[tuple[int, int]]]:
    """Markdown/pipe tables of daily prices ("Day | Close | Change" / "Mon, Mar 3 | $11.92 | -3.1%"): one close per row.

    Returns the records and the body spans of the lines read as table rows (not read again as sentences).
    """
    body = doc.article.body
    if "|" not in body:
        return [], []
    out: list[PricePoint] = []
    spans: list[tuple[int, int]] = []
    for block in tables.blocks(body, _is_row):
        recs, used = _table(doc, block, ref)
        out.extend(recs)
        spans.extend(used)
    return out, spans


def _table(doc: Doc, rows: list[tuple[int, str]], ref: dt.date | None):
    rows = [(p, line) for p, line in rows if not tables.is_separator(line)]
    if len(rows) < 2:
        return [], []
    header = tables.cells(rows[0][1])
    body_rows = [(p, line, tables.cells(line)) for p, line in rows[1:]]
    di = next((k for k, h in enumerate(header) if _TABLE_DATE.search(h)), None)
    if di is None and not header[0]:
        di = 0  # an unnamed first column of dates
    pis = [k for k, h in enumerate(header) if _TABLE_CLOSE.search(h) and not _TABLE_NOT_CLOSE.search(h)]
    pi = next((k for k in pis if re.search(r"clos|last|settle", header[k], _I)), pis[0] if pis else None)
    ci = next((k for k, h in enumerate(header) if _TABLE_CHANGE.search(h)), None)
    if pi is None:
        return [], []
    if di is None and pi != 0:
        di = 0  # the date column comes first
    if di == pi:
        return [], []
    year_ref = ref or _year_ref(doc, [r[2][di] for r in body_rows if di < len(r[2])])
    head_ccy = tables.header_currency(header[pi])
    out: list[PricePoint] = []
    used = [(rows[0][0], rows[0][0] + len(rows[0][1]))]
    for p, line, cells in body_rows:
        if len(cells) != len(header):
            continue
        rec = _table_record(doc, p, line, cells, di, pi, ci, header, year_ref, head_ccy)
        if rec:
            out.append(rec)
            used.append((p, p + len(line)))
    return out, (used if out else [])


def _table_record(doc, p, line, cells, di, pi, ci, header, year_ref, head_ccy) -> PricePoint | None:
    date = _table_date(cells[di], year_ref)
    if date is None:
        return None
    cell = cells[pi]
    money = parse_money(cell)
    if len(money) == 1 and money[0].multiplier == 1:
        value, ccy, mstart, mlen = money[0].value, money[0].currency, money[0].start, money[0].end - money[0].start
    else:
        num = re.fullmatch(r"\s*(\d[\d,.' ]*)\s*", cell)
        value = parse_number(num.group(1)) if num and head_ccy else None
        if value is None:
            return None
        ccy, mstart, mlen = ("GBX" if head_ccy == "GBX" else head_ccy), num.start(1), len(num.group(1).strip())
    if value <= 0:
        return None
    change = None
    if ci is not None and ci < len(cells):
        sm = _SIGNED_PCT.match(cells[ci].replace("(", "-").replace(")", ""))
        pct = "%" in cells[ci] or "%" in header[ci] or "pct" in header[ci].lower()
        if sm and pct and (v := parse_number(sm["n"].replace(",", "."))) is not None:
            change = -v if sm["sign"] in ("-", "−", "–") else v
    off = _cell_offset(line, pi) + mstart
    sent = Sentence(p, p + len(line), line)
    return PricePoint(
        provenance=provenance(doc.id, sent, off, off + mlen, EXTRACTOR),
        company=doc.company,
        ticker=doc.ticker,
        date=date,
        value=value,
        currency=ccy,
        kind=PriceKind.CLOSE,
        change_pct=change,
    )


def _cell_offset(line: str, k: int) -> int:
    """Where the text of cell ``k`` starts in ``line`` (after leading pipes, spaces and emphasis)."""
    parts = line.split("|")
    if line.strip().startswith("|"):
        k += 1
    start = sum(len(x) + 1 for x in parts[:k])
    cell = parts[k] if k < len(parts) else ""
    return start + len(cell) - len(cell.lstrip(" \t*_"))


_WEEKDAY = icompile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b", _I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _table_date(cell: str, ref: dt.date | None) -> FuzzyDate | None:
    date = parse_date(cell, ref)
    if date is None or date.precision is not DatePrecision.DAY:
        return None
    return date


def _year_ref(doc: Doc, cells: list[str]) -> dt.date | None:
    """For an undated article: the end of the year its other dates name, checked against weekdays in the cells
    ("Mon, Mar 3" is 2025 when the article says "2025" and March 3 was a Monday then)."""
    years = [m.date.start.year for m in find_dates(doc.article.body, None) if m.date]
    if not years:
        return None
    base = max(set(years), key=years.count)
    for y in (base, base - 1, base + 1):
        ref = dt.date(y, 12, 31)
        ok = True
        for cell in cells:
            wd, d = _WEEKDAY.search(cell), parse_date(cell, ref)
            if wd and d and d.precision is DatePrecision.DAY:
                ok = ok and d.start.weekday() == _WEEKDAYS.index(wd.group(1).lower())
        if ok:
            return ref
    return dt.date(base, 12, 31)
