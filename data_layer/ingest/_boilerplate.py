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

LINE_RULES: tuple[Rule, ...] = (
    _r("investor_teaser", r"^should investors (?:sell|buy|hold)\b.*\?\s*$"),
    _r("buy_or_sell_teaser", r"\bbuy or sell\?!|\bstock: buy or sell\b|\burgent action needed\b"),
    _r("edition_teaser", r"^today[’']?s edition of\b"),
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
    _r("newsletter", r"\b(?:our|free|daily|weekly)\s+(?:\w+\s+)?newsletter\b"),
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
    _r("positions_held", r"\bmay (?:hold|have) (?:a )?positions? in\b"),
    _r(
        "produced_by",
        r"^this (?:article|story|content|report|post) (?:was|is|has been) (?:\w+ )?(?:produced|written|"
        r"generated|created|provided|syndicated|published)\b",
    ),
    _r("copyright", r"^\W*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b"),
    _r("credit", r"^\(\s*(?:reporting|writing|editing|additional reporting|compiled) by\b.*\)\s*$"),
    _r("source_footer", r"^@\s*[\w-]+(?:\.[\w-]+)+\b"),
    _r(
        "share_bar",
        r"^(?:share|share this|share on|follow us)\b.{0,40}(?:facebook|twitter|linkedin|email|whatsapp|x\b)",
    ),
    _r("cookie", r"\bwe use cookies\b|\baccept (?:all )?cookies\b"),
    _r("ad_label_only", rf"^\W*{_AD_LABEL}\W*$"),
)

TAIL_RULES: tuple[Rule, ...] = (
    _r("ad_trailer", rf"^\W*{_AD_LABEL}\W*$"),
    _r("contact_block", r"^for (?:further|more|additional) information,? (?:please )?(?:contact|visit)\b"),
    _r("media_contact", r"^(?:media|press|investor) (?:contacts?|relations|enquiries|inquiries)\s*:?\s*$"),
    _r("about_company", r"^(?:About|ABOUT) (?:the )?[A-Z][\w&.,'’-]*(?:\s+[A-Z0-9][\w&.,'’-]*){0,5}\s*:?\s*$", 0),
    _r("forward_looking", r"^\W*(?:forward[- ]looking statements?|safe harbou?r statement|cautionary statement)\b"),
    _r("hr_promo", r"^(?:-{3,}|\*{3,}|_{3,})\s*$"),
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
    _r("free_report_tag", r"\s*-\s*free report(?=\s*\))"),
    _r("get_free_report_tag", r"\s*\((?:get )?free report\)"),
)

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
    "click_here": ("click here", "tap here"),
    "free_report": ("free", "get the"),
    "offer": ("offer ends", "first month free", "limited", "upgrade to", "free trial", "off your first"),
    "join_readers": ("join", "readers have"),
    "no_advice": ("advice",),
    "positions_held": ("position",),
    "copyright": ("©", "(c)", "copyright", "all rights reserved"),
    "cookie": ("cookie",),
}


def _first(rules: tuple[Rule, ...], text: str) -> str | None:
    low = text.lower()
    for rule in rules:
        triggers = TRIGGERS.get(rule.name)
        if triggers and not any(t in low for t in triggers):
            continue
        if rule.pattern.search(text):
            return rule.name
    return None


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
    for rule in INLINE_RULES:
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
        if line_rule(p):
            removed.append(paragraphs[i])
        else:
            removed += [g.strip() for g in gone]
            if p.strip():
                kept.append(p)
        i += 1
    return kept, removed


def _block_end(paragraphs: list[str], i: int) -> int | None:
    for start, end in BLOCK_RULES:
        if start.pattern.search(paragraphs[i]):
            for j in range(i, min(len(paragraphs), i + 12)):
                if end.pattern.search(paragraphs[j]) and (j > i or not start.pattern.fullmatch(paragraphs[j])):
                    return j
            return min(i + 1, len(paragraphs) - 1)  # no end marker: the label and the paragraph after it
    return None


def _trailer_ok(paragraphs: list[str], i: int) -> bool:
    """A horizontal rule only starts a trailer when what follows it is promo or disclaimer text."""
    if not re.fullmatch(r"(?:-{3,}|\*{3,}|_{3,})\s*", paragraphs[i]):
        return True
    rest = [p for p in paragraphs[i + 1 :] if p.strip()]
    return bool(rest) and all(line_rule(p) for p in rest)
