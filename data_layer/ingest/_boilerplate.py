"""Advertising, promo and disclaimer blocks: rules as data, applied to a list of paragraphs.

Four kinds of rule:
- ``LINE_RULES``: a paragraph matching one is dropped (promo teasers, sign-up calls, disclaimers);
- ``TAIL_RULES``: a paragraph matching one in the back part of an article starts a trailer that runs
  to the end (an "Ad" label, "About <Company>", press-release contact blocks);
- ``BLOCK_RULES``: (start, end) pairs: everything from start to end inclusive ("+++ ADVERTISEMENT +++");
- ``INLINE_RULES``: spans removed from inside a kept paragraph ("(NYSE:CBRG - Free Report)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract import _fastscan
from ..extract._prefilter import fold, gate_literals


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]


def _r(name: str, pattern: str, flags: int = re.IGNORECASE) -> Rule:
    return Rule(name, re.compile(pattern, flags))


_AD_LABEL = (
    r"(?:ad|ads|advertisement|advertising|anzeige|sponsored(?: content)?|promoted|paid (?:post|content)|"
    r"partner content)"
)

# an all-caps box heading over product comparisons: "THIS IS MONEY'S FIVE OF THE BEST SHARE DEALING ACCOUNTS"
_PROMO_HEADING = (
    r"^[^a-z]{0,80}\b(?:BEST|TOP|CHEAPEST|COMPARE)\b[^a-z]{0,60}\b(?:ACCOUNTS?|DEALS?|PLATFORMS?|BROKERS?|APPS?|"
    r"RATES?|CARDS?|ISAS?|PROVIDERS?|MORTGAGES?|SAVINGS|PICKS)\b[^a-z]*$"
)


LINE_RULES: tuple[Rule, ...] = (
    _r("investor_teaser", r"^should investors (?:sell|buy|hold)\b.*\?\s*$"),
    _r("buy_or_sell_teaser", r"\bbuy or sell\?!|\bstock: buy or sell\b|\burgent action needed\b"),
    _r("edition_teaser", r"^today[’']?s edition of\b"),
    # investing-service upsells: "Should you invest $1,000 in X right now?", "Before you buy stock in X, consider
    # this:", "Our analyst team just identified the 10 best stocks ...", "See the 10 stocks »"
    _r("invest_teaser", r"^\W*should you (?:invest|put|buy|sell)\b.{0,80}\b(?:right now|today|now)\s*\?\s*$"),
    _r(
        "before_you_buy",
        r"^\W*before you (?:buy|purchase|sell|trade|consider|invest|make your next|add)\b.{0,80}"
        r"(?:consider this|hear this|read this|know this|want to|here[’']s what|need to know)\b",
    ),
    _r(
        "stock_picks_service",
        r"\b(?:analyst team (?:just )?identified|(?:\d+|ten|five|three) best stocks (?:for investors )?to buy|"
        r"top-rated analysts believe|stocks they recommend|(?:see|view|get|reveal(?:ed)?) (?:the|these|our) "
        r"(?:\d+|ten|five|three|top)\b[^.]{0,20}\bstocks?\b|stock picks each month|monster returns|"
        r"at the time of our recommendation|returns as of\b|advisor returns\b)",
    ),
    _r("chevron_link", r"^[^.!?]{1,60}\s[»›→]\s*$"),
    _r(
        "read_more",
        r"^\W*(?:read more|read also|also read|see also|related(?: coverage| articles?| stories)?|"
        r"recommended(?: reading)?|more from|don[’']t miss|further reading|more on this)\s*(?:[:>»|]|here\b|$)",
    ),
    _r("read_more_here", r"\bread more here\b|\bcontinue reading\b|\bkeep reading\b"),
    _r(
        "sign_up",
        r"\b(?:sign up|subscribe|register|join)\b(?: now| today| here| for free| free)?\s+"
        r"(?:for|to)\s+(?:our|the|my|a)\b[^.]{0,60}\b(?:newsletter|briefing|alerts?|updates|digest|premium|list)\b",
    ),
    _r("sign_up_now", r"\b(?:sign up|subscribe)\s+(?:now|today|here)\b"),
    _r("newsletter", r"\b(?:our|free|daily|weekly)\s+(?:\w+\s+)?(?:e-?mail\s+)?newsletters?\b"),
    _r(
        "email_signup",
        r"\benter your e-?mail\b|\bdelivered (?:straight |directly )?to your inbox\b|"
        r"\breceive (?:news|alerts|updates)\b.{0,40}\bdaily\b|\bget (?:our |the )?(?:free )?alerts?\b.{0,30}\binbox\b",
    ),
    _r("news_tip", r"\b(?:confidential )?news tip\b|\bwe want to hear from you\b|\bsend us a tip\b"),
    _r(
        "affiliate",
        r"\baffiliate links?\b|\b(?:may|might|could) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|fee)\b|"
        r"\bwe (?:may )?(?:earn|receive) (?:a )?commission\b",
    ),
    # platform-fee comparison rows: "Easy investing and ready-made portfolios – £0 fund dealing fees"
    _r(
        "platform_fee",
        r"^(?=.{0,140}$)(?!.*[.!?]\W*$).*\b(?:dealing|trading|account|platform|custody|management|admin(?:istration)?|"
        r"subscription|commission)\s+(?:fees?|charges?|costs?)\s*$",
    ),
    _r(
        "social_follow",
        r"^\W*follow\b.{0,60}\bon\s+(?:x|twitter|linkedin|facebook|instagram|threads|bluesky|mastodon)\b",
    ),
    _r("click_here", r"\bclick here\b|\btap here\b"),
    _r(
        "free_report",
        r"\bfree (?:special )?(?:report|guide|analysis|e-?book|download)\b|\bget the (?:free )?(?:report|list)\b",
    ),
    _r(
        "offer",
        r"\b(?:offer ends|first month free|limited[- ]time offer|upgrade to (?:premium|pro|paid)|"
        r"start your free trial|\d+% off your first)\b",
    ),
    _r("join_readers", r"\bjoin [\d,]+\+? (?:readers|investors|subscribers)\b|\bover [\d,]+ readers have\b"),
    _r(
        "disclosure",
        r"^\W*(?:disclosure|disclaimer|note|hinweis)\s*:.*\b(?:position|long|short|advice|"
        r"own(?:s|ed)?|hold(?:s|ing)?|compensat\w*|affiliate)\b",
    ),
    _r("disclosure_label", r"^\W*(?:disclosure|disclaimer)\s*:"),
    _r(
        "no_advice",
        r"\b(?:not|no|nothing (?:here|in this \w+) is|does not constitute) (?:financial |investment )?advice\b",
    ),
    _r(
        "positions_held",
        r"\b(?:may|might) (?:hold|have) (?:a )?positions? in\b|\b(?:has|have|holds?) (?:no )?positions? in\b"
        r"|\bhas (?:a|no) disclosure policy\b|\bhas no influence on (?:its|the) content\b",
    ),
    _r("disclaimer_link", r"\b(?:note|read|see) (?:the|our) (?:full )?disclaimer\b"),
    _r(
        "produced_by",
        r"^this (?:article|story|content|report|post) (?:was|is|has been) (?:\w+ )?(?:produced|written|"
        r"generated|created|provided|syndicated|published)\b",
    ),
    _r("copyright", r"^\W*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b"),
    _r("credit", r"^\(\s*(?:reporting|writing|editing|additional reporting|compiled) by\b.*\)\s*$"),
    _r(
        "credit_line",
        r"^\W*(?:(?:additional )?reporting by\b.{0,200}\bediting by\b|with assistance from\b|"
        r".{0,120}\bcontributed (?:reporting|to this (?:report|story|article))\W*$)",
    ),
    _r("source_footer", r"^@\s*[\w-]+(?:\.[\w-]+)+\b"),
    # a caption's or source's credit on a line of its own: "Source: Investment Cnbc", "Photo: Bloomberg"
    _r("caption_credit", r"^\W*(?:source|sources|photo|image|picture|credit|credits|video)\s*:\s*\S[^.!?]{0,60}$"),
    _r(
        "share_bar",
        r"^(?:share|share this|share on|follow us)\b.{0,40}(?:facebook|twitter|linkedin|email|whatsapp|x\b)",
    ),
    _r("cookie", r"\bwe use cookies\b|\baccept (?:all )?cookies\b"),
    _r("ad_label_only", rf"^\W*{_AD_LABEL}\W*$"),
    _r("promo_heading", _PROMO_HEADING, 0),
)

TAIL_RULES: tuple[Rule, ...] = (
    _r("ad_trailer", rf"^\W*{_AD_LABEL}\W*$"),
    _r("contact_block", r"^for (?:further|more|additional) information,? (?:please )?(?:contact|visit)\b"),
    _r("media_contact", r"^(?:media|press|investor) (?:contacts?|relations|enquiries|inquiries)\s*:?\s*$"),
    _r("about_company", r"^(?:About|ABOUT) (?:the )?[A-Z][\w&.,'’-]*(?:\s+[A-Z0-9][\w&.,'’-]*){0,5}\s*:?\s*$", 0),
    _r("forward_looking", r"^\W*(?:forward[- ]looking statements?|safe harbou?r statement|cautionary statement)\b"),
    _r("hr_promo", r"^(?:-{3,}|\*{3,}|_{3,})\s*$"),
    _r("invest_teaser_tail", r"^\W*should you (?:invest|put) \S{1,12} (?:in|into)\b.{0,80}\?\s*$"),
    _r("promo_heading_tail", _PROMO_HEADING, 0),
)

BLOCK_RULES: tuple[tuple[Rule, Rule], ...] = (
    (
        _r(
            "ad_block",
            rf"^\W*(?:\+{{2,}}|-{{2,}}|\*{{2,}}|={{2,}}|\[)\s*{_AD_LABEL}\s*(?:\+{{2,}}|-{{2,}}|\*{{2,}}|={{2,}}|\])",
        ),
        _r("ad_block_end", rf"\bend of (?:the )?{_AD_LABEL}\b|^\W*(?:\+{{2,}}|-{{2,}}|={{2,}})\s*end\b"),
    ),
)

INLINE_RULES: tuple[Rule, ...] = (
    _r("free_report_tag", r"\s*[-–—]\s*(?:get\s+)?free report(?=\s*\))"),  # "(NYSE:TGT – Get Free Report)"
    _r("get_free_report_tag", r"\s*\((?:get )?free report\)"),
    # a page's text glued to the ticker: "(LON:BARCGet Free Report)"
    _r("glued_free_report_tag", r"(?<=[A-Za-z0-9])get\s*free report(?=\s*\))"),
)

_TEASER_TAILS = tuple(r for r in TAIL_RULES if r.name in ("invest_teaser_tail", "promo_heading_tail"))
_AD_LABELS = tuple(r for r in TAIL_RULES if r.name == "ad_trailer")

# A trailer must start in the back part of the article: an "Ad" label in the first paragraphs is
# more likely a stray caption than the start of the promo tail.
_TAIL_FROM = 0.4


# lower-case substrings one of which must occur before a rule's regex is tried (a fast pre-check
# for the unanchored rules; Python's regex engine is slow on case-insensitive word-boundary scans)
TRIGGERS: dict[str, tuple[str, ...]] = {
    "buy_or_sell_teaser": ("buy or sell", "urgent action"),
    "read_more_here": ("read more here", "continue reading", "keep reading"),
    "sign_up": ("sign up", "subscribe", "register", "join"),
    "sign_up_now": ("sign up", "subscribe"),
    "newsletter": ("newsletter",),
    "email_signup": ("mail", "inbox", "receive"),
    "news_tip": ("tip", "hear from you"),
    "affiliate": ("affiliate", "commission", "fee"),
    "platform_fee": ("fee", "charge", "cost"),
    "social_follow": ("follow",),
    "stock_picks_service": ("analyst", "best stocks", "recommend", "stocks", "returns", "picks"),
    "positions_held": ("position", "disclosure policy", "influence"),
    "disclaimer_link": ("disclaimer",),
    "credit_line": ("reporting by", "assistance from", "contributed"),
    "click_here": ("click here", "tap here"),
    "free_report": ("free", "get the"),
    "offer": ("offer ends", "first month free", "limited", "upgrade to", "free trial", "off your first"),
    "join_readers": ("join", "readers have"),
    "no_advice": ("advice",),
    "copyright": ("©", "(c)", "copyright", "all rights reserved"),
    "cookie": ("cookie",),
}


def _triggers(rule: Rule) -> tuple[str, ...] | None:
    """Lower-case strings one of which the rule's text must contain: derived from its pattern, else TRIGGERS."""
    return gate_literals(rule.pattern) or TRIGGERS.get(rule.name)


_GATED: dict[int, tuple[tuple[Rule, tuple[str, ...] | None], ...]] = {}
#: Per rule group: each rule's triggers as registered in the shared compiled scan (``extract._fastscan``), when all
#: of them are (else None: the substring checks below decide).
_SCANNED: dict[int, tuple[tuple[Rule, frozenset[str] | None], ...] | None] = {}


def _gated(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, tuple[str, ...] | None], ...]:
    got = _GATED.get(id(rules))
    if got is None:
        got = _GATED[id(rules)] = tuple((rule, _triggers(rule)) for rule in rules)
        scanned = tuple((rule, _fastscan.SHARED.add_literals(t) if t else None) for rule, t in got)
        ok = _fastscan.ENABLED and all(f is not None or not t for (_, t), (_, f) in zip(got, scanned, strict=True))
        _SCANNED[id(rules)] = scanned if ok else None
    return got


def _first(rules: tuple[Rule, ...], text: str) -> str | None:
    gated = _gated(rules)
    scanned = _SCANNED[id(rules)]
    found = _fastscan.found_in(text) if scanned is not None else None
    if found is not None:  # one compiled scan of the paragraph found every trigger it contains
        for rule, lits in scanned:
            if (lits is None or not lits.isdisjoint(found)) and rule.pattern.search(text):
                return rule.name
        return None
    low = fold(text)
    for rule, triggers in gated:
        if triggers and not any(map(low.__contains__, triggers)):  # a C-level loop: cheaper than the regex
            continue
        if rule.pattern.search(text):
            return rule.name
    return None


for _group in (
    LINE_RULES,
    TAIL_RULES,
    _TEASER_TAILS,
    _AD_LABELS,
):  # their triggers join the shared scan before it is built
    _gated(_group)
_INLINE_SCANNED = tuple((r, _fastscan.SHARED.add(r.pattern)) for r in INLINE_RULES)


def line_rule(text: str) -> str | None:
    """Name of the rule that makes ``text`` a promo/disclaimer paragraph, or None.

    >>> line_rule("Should investors sell immediately? Or is it worth buying Amazon?")
    'investor_teaser'
    >>> line_rule("Shares rose 3% after the company raised its outlook.") is None
    True
    """
    return _first(LINE_RULES, text)


def strip_inline(text: str) -> tuple[str, list[str]]:
    """Remove inline promo spans; returns the text and what was removed.

    >>> strip_inline("Cobalt Ridge Energy (NYSE:CBRG - Free Report) had its target raised")
    ('Cobalt Ridge Energy (NYSE:CBRG) had its target raised', [' - Free Report'])
    """
    removed: list[str] = []
    for rule, lits in _INLINE_SCANNED:
        found = _fastscan.found_in(text) if lits is not None else None
        if found is not None and lits.isdisjoint(found):
            continue  # the paragraph's scan found none of the literals the rule needs
        if rule.pattern.search(text):
            removed += [m.group() for m in rule.pattern.finditer(text)]
            text = rule.pattern.sub("", text)
    return text, removed


def split_boilerplate(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``(kept, removed)``: kept paragraphs in order, removed blocks (a trailer is one block).

    >>> split_boilerplate(["Shares rose.", "Analysts cheered.", "Ad", "Buy or Sell?! Read more here..."])
    (['Shares rose.', 'Analysts cheered.'], ['Ad\\nBuy or Sell?! Read more here...'])
    """
    kept: list[str] = []
    removed: list[str] = []
    n = len(paragraphs)
    i = 0
    while i < n:
        p = paragraphs[i]
        block_end = _block_end(paragraphs, i)
        if block_end is not None:
            removed.append("\n".join(paragraphs[i : block_end + 1]))
            i = block_end + 1
            continue
        if i >= max(1, int(n * _TAIL_FROM)) and _first(TAIL_RULES, p) and _trailer_ok(paragraphs, i):
            removed.append("\n".join(paragraphs[i:]))
            break
        p, gone = strip_inline(p)
        rule = line_rule(p)
        if rule == "read_more" and _words(p) <= 5:  # "Related:" over a list of linked headlines
            j = i + 1
            while j < n and j <= i + 8 and _is_link_line(paragraphs[j]) and not _first(TAIL_RULES, paragraphs[j]):
                j += 1
            removed.append("\n".join(paragraphs[i:j]))
            i = j
            continue
        if rule in _SENTENCE_RULES and len(p) > _LONG_PARAGRAPH:
            # a news paragraph that ends with "Click here for a recap of X's earnings.": drop that sentence only
            parts = _SENTENCE_SPLIT.split(p)
            keep = [x for x in parts if not line_rule(x)]
            removed.append(" ".join(x for x in parts if line_rule(x)))
            if keep:
                kept.append(" ".join(keep))
        elif rule:
            removed.append(paragraphs[i])
        else:
            removed += [g.strip() for g in gone]
            if p.strip():
                kept.append(p)
        i += 1
    return kept, removed


# Rules a long news paragraph may trip with one promo sentence of its own: that sentence goes, the paragraph stays.
_SENTENCE_RULES = frozenset({"click_here", "read_more_here", "sign_up_now"})
_LONG_PARAGRAPH = 250
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_LINK_LINE = re.compile(r"^\s*(?:[-•*·▪►>]\s+)?(?P<text>[^\n]{3,160}?)\s*$")
_SENTENCE_END = re.compile(r"[.!]['\"”’)]*$")


def _words(text: str) -> int:
    return len(text.split())


def _is_link_line(text: str) -> bool:
    """A linked headline in a "Related:" list: a bullet or a short line that is not a finished sentence.

    >>> _is_link_line("- Tech layoffs: a running tally of this year's job cuts"), _is_link_line("Shares rose 2%.")
    (True, False)
    """
    m = _LINK_LINE.match(text)
    if not m:
        return False
    bullet = text.lstrip()[:1] in "-•*·▪►>"
    return (bullet or _words(text) <= 16) and not _SENTENCE_END.search(m["text"])


def _block_end(paragraphs: list[str], i: int) -> int | None:
    for start, end in BLOCK_RULES:
        if start.pattern.search(paragraphs[i]):
            for j in range(i, min(len(paragraphs), i + 12)):
                if end.pattern.search(paragraphs[j]) and (j > i or not start.pattern.fullmatch(paragraphs[j])):
                    return j
            return min(i + 1, len(paragraphs) - 1)  # no end marker: the label and the paragraph after it
    return None


_RULE_LINE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})\s*")


def _trailer_ok(paragraphs: list[str], i: int) -> bool:
    """A horizontal rule only starts a trailer when what follows it is promo or disclaimer text; a promo
    teaser or box heading only when one of the two paragraphs after it is promo too."""
    if _first(_TEASER_TAILS, paragraphs[i]):
        return any(line_rule(p) for p in paragraphs[i + 1 : i + 3])
    if _first(_AD_LABELS, paragraphs[i]):
        # an "Advertisement" label over promo starts the promo trailer; over news it is a slot marker between the
        # paragraphs of a story (dropped on its own as a label)
        # (a news paragraph between the label and a footer is news: "Advertisement / In the final minutes of trading,
        # the shares hit $4.50. / _____ / This story was generated by ...")
        after = [p for p in paragraphs[i + 1 : i + 4] if p.strip()]
        k = next((k for k, p in enumerate(after) if line_rule(p)), None)
        return k is not None and all(_RULE_LINE.fullmatch(p) or _is_link_line(p) for p in after[:k])
    if not _RULE_LINE.fullmatch(paragraphs[i]):
        return True
    rest = [p for p in paragraphs[i + 1 :] if p.strip()]
    return bool(rest) and all(line_rule(p) for p in rest)
