"""Layoffs: job cuts stated in a sentence ("cut 16,000 jobs", "eliminate 8% of its workforce").

Headcounts ("employs 14,600 people"), hiring and other companies' cuts ("Rival X laid off ...")
are not layoffs. A figure the article marks as a running total anywhere is cumulative everywhere
in that article.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..dates import find_dates
from ..models import FuzzyDate, LayoffBasis, LayoffFigure, LayoffKind, LayoffStatus
from ..text import Sentence, provenance
from . import _layoff_rules as R
from ._caseless import icompile
from ._dateline import blank_dateline
from ._doc import Doc

EXTRACTOR = "layoffs"

_NUM_TOKEN = icompile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?P<mult>[kK]\b|thousand\b|million\b|mn\b))?",
    re.IGNORECASE,
)
_PCT_TOKEN = icompile(r"\d{1,2}(?:\.\d+)?")
_COUNT_WORD = icompile(rf"\b(?P<w>{'|'.join(R.COUNT_WORDS)})\b", re.IGNORECASE)
_DIGIT = icompile(r"\d")
_MULT = {"k": 1_000, "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000}


@dataclass
class _Hit:
    start: int  # span of the figure (number phrase) within the sentence
    end: int
    low: int | None
    high: int | None
    percent: float | None
    approximate: bool
    pattern: str
    num_start: int  # where the first number starts (for cue windows)
    num_end: int


# A count with its thousands grouped by spaces, right before the jobs it counts: "1 560 jobs", "12 000 workers".
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])(?=\s+(?:[a-z-]+\s+){0,2}(?:jobs?|roles?|positions?|"
    r"posts?|workers?|employees?|staff|people)\b)"
)


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_count(text: str) -> tuple[int, int] | None:
    """A count or a range of counts -> (low, high).

    >>> parse_count("between 1,001 and 2,500"), parse_count("16K"), parse_count("350 to 500"), parse_count("10.000")
    ((1001, 2500), (16000, 16000), (350, 500), (10000, 10000))
    >>> parse_count("1.2 million"), parse_count("2.5")
    ((1200000, 1200000), None)
    """
    vals = []
    word = _COUNT_WORD.search(text)
    if word and not _DIGIT.search(text):  # "Ninety jobs", "six jobs", "a hundred staff"
        n = R.COUNT_WORDS[word["w"].lower()]
        return n, n
    for m in _NUM_TOKEN.finditer(text):
        n = m["n"]
        if not m["mult"] and _DOT_THOUSANDS.fullmatch(n):
            n = n.replace(".", "")  # "a total of 10.000 jobs": a continental thousands separator
        v = float(re.sub(r"[,'’]", "", n))
        if m["mult"]:
            v *= _MULT[m["mult"].lower()]
        elif "." in n:
            return None  # "2.5 jobs" is not a count
        vals.append(round(v))
    if not vals:
        return None
    low, high = vals[0], vals[-1] if len(vals) > 1 else vals[0]
    if high < low:
        return None
    return low, high


def _year_not_count(s: str, num: str, start: int) -> bool:
    """A bare year where a count would sit: "a running tally of 2025 job cuts" (but "cut 2000 jobs" is a count).

    >>> _year_not_count("a running tally of 2025 job cuts", "2025", 19), _year_not_count("to cut 2000 jobs", "2000", 7)
    (True, False)
    """
    return bool(R.YEAR_SHAPED.match(num.strip())) and not R.COUNT_LEAD.search(s[max(0, start - 40) : start])


def _approximate(sentence: str, start: int, match_text: str) -> bool:
    return bool(R.APPROX.search(sentence[max(0, start - 30) : start]) or R.APPROX_INSIDE.search(match_text))


def _pct(text: str) -> float:
    """The value of a percentage ``R.PCT`` matched.

    >>> _pct("8.5%"), _pct("seven per cent")
    (8.5, 7.0)
    """
    m = _PCT_TOKEN.search(text)
    return float(m.group()) if m else float(R.PCT_WORDS[text.split()[0].lower()])


def _hits(s: str, patterns: list[tuple[str, re.Pattern[str]]] = R.PATTERNS, context_before: bool = False) -> list[_Hit]:
    """Figures in one sentence (``s`` may be lower-cased when ``patterns`` are the lower-case ones);
    ``context_before``: the sentence points back at one with layoff words."""
    out: list[_Hit] = []
    has_pct = bool(R.PCT_GATE.search(s))
    context: list[tuple[int, int]] | None = None  # layoff words of the sentence, found once (not once per hit)
    for name, rx in patterns:
        if name in R.PCT_PATTERNS and not has_pct:
            continue
        for m in rx.finditer(s):
            if name in R.NEEDS_CONTEXT and not context_before and not R.JOB_CUT_NOUN.search(m.group()):
                if context is None:
                    context = [c.span() for c in R.LAYOFF_CONTEXT.finditer(s)]
                if not any(e <= m.start() or b >= m.end() for b, e in context):  # a layoff word outside the match
                    continue
            low = high = pct = None
            if m.groupdict().get("num"):
                c = parse_count(m["num"])
                if c is None or c[1] == 0 or c[1] > 2_000_000:
                    continue
                low, high = c
                ns, ne = m.span("num")
                if _year_not_count(s, m["num"], ns) or R.FRACTION_OF.search(s, max(0, ns - 30), ns):
                    continue
                if (
                    R.THRESHOLD_AFTER.match(s, ne) or R.THRESHOLD_BEFORE.search(s, max(0, ns - 14), ns)
                ) and R.NOTICE_LAW.search(s):
                    continue  # "the WARN Act, which must be filed before a closing that affects more than 50 employees"
            else:
                pct = _pct(m["pct"])
                if not 0 < pct <= 100:
                    continue
                ns, ne = m.span("pct")
            approx = _approximate(s, ns, s[m.start() : ne])
            out.append(_Hit(m.start(), m.end(), low, high, pct, approx, name, ns, ne))
    return _merge(s, _non_overlapping(out))


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """One hit per number: the longest pattern match around it wins."""
    hits.sort(key=lambda h: (h.num_start, -(h.end - h.start)))
    out: list[_Hit] = []
    for h in hits:
        if out and h.num_start < out[-1].num_end:
            continue
        out.append(h)
    return out


_DASH_ASIDE = icompile(r"\s(?:—|–)\s[^—–\d.;]{1,60}\s(?:—|–)\s")
_PAREN_COUNT = icompile(
    rf"%\s*(?P<paren>\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?P<num>{R.NUM})\s+"
    r"(?:employees|staff|staffers|workers|people|jobs|positions|roles)\s*\))"
)
_JOIN = icompile(
    r"(?i)^[\s,(–—-]*(?:or|and|i\.e\.|equal\s+to|equivalent\s+to|representing|amounting\s+to|"
    # "2% of its global workforce, which amounts to about 1,300 employees"
    r"which\s+(?:amounts|amounted|equates|translates|works\s+out|comes)\s+to)?[\s,(–—-]*"
    r"(?:about|around|roughly|some|nearly|approximately|almost)?\s*$"
)
_PCT_AFTER = icompile(
    rf"(?i)\s*[,(–—-]\s*(?:or\s+|representing\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|approximately\s+)*"
    rf"(?P<pct>{R.PCT})"
)
_COUNT_AFTER = icompile(
    # ("8% of its workforce or around 200 people": "or" without a comma)
    rf"(?i)\s*(?:[,(–—-]\s*(?:or\s+|i\.e\.\s+)?|or\s+)(?:{R.FILLS})(?P<num>{R.NUM})\s+{R.ADJ}(?:{R.JOB_NOUN}|{R.CUT_NOUN})"
)


def _merge(s: str, hits: list[_Hit]) -> list[_Hit]:
    """ "8% of its workforce, or about 1,900 jobs" is one figure with a count and a percentage."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev
            and prev.end <= h.num_start
            and _JOIN.match(s[prev.end : h.num_start])
            and prev.percent is not None
            and prev.low is None
            and h.low is not None
            and h.percent is None
        ):
            out[-1] = replace(h, start=prev.num_start, percent=prev.percent, approximate=h.approximate)
            continue
        out.append(h)
    # a count followed by "(roughly 8% of staff)" / a percentage followed by ", or about 1,900 jobs"
    for i, h in enumerate(out):
        if h.low is not None and h.percent is None:
            m = _PCT_AFTER.match(s, h.end)
            if m:
                out[i] = replace(h, percent=_pct(m["pct"]))
        elif h.low is None and h.percent is not None:
            m = _COUNT_AFTER.match(s, h.end)
            c = parse_count(m["num"]) if m else None
            if c:
                approx = h.approximate or _approximate(s, m.start("num"), m.group())
                out[i] = replace(h, low=c[0], high=c[1], approximate=approx, end=m.end())
    return out


def _cumulative(s: str, h: _Hit, prev_end: int, next_start: int) -> bool:
    if h.pattern in R.ALWAYS_CUMULATIVE:
        return True
    before, after = s[prev_end : h.num_start], s[h.num_end : next_start]
    if R.CUM_PREFIX.search(before) or R.CUM_SUFFIX.search(after):
        return True
    if R.PARTICIPLE_SINCE.match(s, h.num_end, next_start):  # "the 7,000 jobs cut since 2014"
        return True
    return bool(R.SINCE.search(after) and (R.PERFECT.search(before) or R.PERFECT.search(after)))


def _prospective(s: str, h: _Hit, prev_end: int, next_start: int) -> bool:
    """Cuts the sentence says may come, not cuts decided: "may cut a further 500 jobs", "a second phase,
    affecting 350 to 500 roles, could follow".

    >>> h = _Hit(14, 29, 500, 500, None, False, "verb_count", 25, 28)
    >>> [_prospective(f"Acme {verb} a further 500 jobs.", h, 0, 31) for verb in ("may cut", "did cut")]
    [True, False]
    """
    before = s[prev_end : h.num_start]
    cues = list(R.PROSPECTIVE_BEFORE.finditer(before))
    if cues and not R.PROSPECTIVE_BEFORE_STOP.search(before[cues[-1].end() :]):  # the cue nearest the figure
        return True
    after = s[h.num_end : max(next_start, h.end)]  # from the number on: "3,000 more jobs could be affected"
    m = R.PROSPECTIVE_AFTER.match(after)
    if m is None and (R.MORE_CUTS.search(before[-40:]) or R.MORE_CUTS.search(s[h.num_end : h.end])):
        m = R.PROSPECTIVE_AFTER_PASSIVE.match(after)
    # words of the figure itself ("500 job cuts could follow") do not start another subject
    return bool(m and not R.PROSPECTIVE_GAP_STOP.search(after, min(h.end - h.num_end, m.end("gap")), m.end("gap")))


def _company_words(doc: Doc) -> set[str]:
    words: set[str] = set()
    for name in filter(None, [doc.company, doc.ticker]):
        words |= {w.lower() for w in re.findall(r"[A-Za-z][\w&-]{2,}", name)}
        if len(name) >= 2:
            words.add(name.lower())  # "E.ON", "3M", "HP": a name without a three-letter word is matched whole
        first = name.split()[0]
        if len(first) == 2 and first.isupper() and first.isalpha():
            words.add(first.lower())  # "BT" of "BT Group": its short name in capitals
    if not words:  # fall back to the first word of the title ("Lumaris Health to cut ...")
        title, body = doc.article.title or "", doc.article.body
        # ("HOUSTON, March 5 (Reuters) - Acme Corp said ...": the dateline's place is no name)
        m = re.match(r"\W*([A-Z][\w&-]{2,})", title or blank_dateline(body[:200]))
        body = body[len(title) :] if title and body.startswith(title) else body
        # (only a name the body writes as one: "Job Cuts in Canadian News" names no company)
        # (nor a word the text also writes in lower case: "High tax rates, spiraling costs ..." over "high expenses")
        word = m.group(1) if m else ""
        if (
            word
            and word.lower() not in R.NOT_COMPANY
            and re.search(rf"\b{re.escape(word)}\b", body)
            and not re.search(rf"\b{re.escape(word.lower())}\b", f"{title} {body}")
        ):
            words.add(word.lower())
    return words - {"inc", "corp", "group", "holdings", "company", "the", "plc", "ltd"}


CLAUSE_WINDOW = 400  # characters before a figure searched for its clause's subject (bounds the work per hit)


def _clause(s: str, h: _Hit) -> str:
    """The clause before the figure, where its subject is named."""
    end = h.num_start
    floor = max(0, end - CLAUSE_WINDOW)
    clause_start = max(s.rfind(", and ", floor, end), s.rfind("; ", floor, end), s.rfind(" while ", floor, end))
    while clause_start > floor and _SHARED_SUBJECT.match(s, clause_start):
        # "ASN Bank said it was cutting ..., and has already reduced its workforce by 700": the same subject
        clause_start = max(s.rfind(", and ", floor, clause_start), s.rfind("; ", floor, clause_start))
    return s[clause_start + 1 if clause_start >= 0 else floor : end]


_SHARED_SUBJECT = re.compile(r", and (?:has|have|had|is|was|will|would|also|already|then|plans?|intends?|said|says)\b")


@functools.lru_cache(maxsize=256)
def _words_rx(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (compiled once per article's company words)."""
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?![\w-])" for w in sorted(words, key=len, reverse=True)))


def _other_company(s: str, h: _Hit, ours: set[str]) -> bool:
    """True when the clause before the figure says another company makes the cuts."""
    clause = _clause(blank_dateline(s), h)  # ("SEATTLE--(BUSINESS WIRE)--Acme Corp said": the name after it)
    low = clause.lower()
    # where the clause last names our company ("The news of BT job cuts comes days after fellow telecoms giant
    # Vodafone said they would be cutting 11,000 jobs": a rival named after it is the one cutting)
    ours_at = max((m.start() for m in _words_rx(frozenset(ours)).finditer(low)), default=-1) if ours else -1
    rival = R.RIVAL.search(clause)
    if rival and rival.start() > ours_at:
        return True
    subjects = [m for m in R.SUBJECT.finditer(clause)]
    names = [m for m in subjects if m["name"].split()[0].lower().strip("’'") not in R.NOT_COMPANY]
    if not names or not ours:
        return False
    if names[-1].start() < ours_at or any(w in names[-1]["name"].lower() for w in ours):
        return False
    last = names[-1]["name"]
    tail = clause[names[-1].start() :]
    if R.TOLD_BY_SUBJECT.match(tail, len(last)):
        return True  # "ING has also told the state benefit agency that it is cutting 950 jobs": the teller cuts
    # "Reuters reported that ..." names a source, not the company
    return not R.REPORTERS.search(tail)


def _actor(doc: Doc, s: str, h: _Hit) -> tuple[str | None, str | None]:
    """Who makes the cuts in a round-up: the article's company named last before the figure, else the subject
    of its clause ("just days after Tata Steel cut 1,050 jobs"), else the article's company."""
    clause = _clause(blank_dateline(s), h)  # "SEATTLE--(BUSINESS WIRE)--Acme Corp said": the name after it
    best = None
    for c in doc.article.companies:
        for word in {c.name, c.name.split()[0]}:
            at = clause.rfind(word)
            if len(word) >= 3 and at >= 0 and (best is None or at > best[0]):
                best = (at, c)
    names = [
        m
        for m in R.ACTOR.finditer(clause)
        if m["name"].split()[0].lower().strip("’'") not in R.NOT_COMPANY
        and not R.SPEAKER_ROLE.search(clause, 0, m.start())
    ]
    if names and (best is None or names[-1].start() > best[0] + len(best[1].name)):
        return names[-1]["name"], None
    return (best[1].name, best[1].ticker) if best else (doc.company, doc.ticker)


def _scope(s: str, h: _Hit) -> str | None:
    m = R.SCOPE_AFTER.match(s, h.end) or R.SCOPE_PLACE.match(s, h.end)
    if m:
        scope = m["scope"].strip()
        return scope[:-1] if scope.endswith(".") and not re.search(r"\b[A-Z]\.$", scope) else scope
    words = s[h.num_end : h.end].split()
    scope = [w for w in words[:-1] if R.SCOPE_WORDS.match(w)]
    return " ".join(scope) or None


def _date(s: str, h: _Hit, dates: list) -> FuzzyDate | None:
    """The date nearest the figure, preferring one right after it in the same clause ("cut 1,900 jobs in
    late March") over one before it, which is often when the cuts were announced ("said on Monday it would cut").
    ``dates``: the sentence's :func:`find_dates`, found once per sentence."""
    best = None
    for dm in dates:
        if dm.date is None or (dm.start < h.end and dm.end > h.start):
            continue
        if dm.start >= h.end:
            gap = s[h.end : dm.start]
            rank = (0 if len(gap) <= 25 or "," not in gap else 1, len(gap))
        else:
            rank = (1, h.start - dm.end)
        if best is None or rank < best[0]:
            best = (rank, dm.date)
    return best[1] if best else None


def _sentence_records(
    doc: Doc, sent: Sentence, ours: set[str], low_body: str | None, before: Sentence | None = None
) -> list[LayoffFigure]:
    s = sent.text
    if low_body is not None:  # match on the lower-cased copy (same offsets), read case-sensitive things on ``s``
        low, patterns = low_body[sent.start : sent.end], R.PATTERNS_LOWER
    else:
        low, patterns = s, R.PATTERNS
    if not _DIGIT.search(low) and not _COUNT_WORD.search(low):
        return []
    # "to cut 1 560 jobs": thousands grouped with a space (South Africa, France), read as "1,560" (same length)
    low = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", ",", m.group()), low)
    # "1,300 positions — mostly in management — were cut": a dash aside without figures is read past (same length)
    if "—" in low or " – " in low:
        low = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), low)
    # "has laid off 10-15% (200 employees) of its workforce": the count in brackets is read after the percentage
    paren = _PAREN_COUNT.search(low) if "(" in low and "%" in low else None
    if paren:
        low = (
            low[: paren.start("paren")] + " " * (paren.end("paren") - paren.start("paren")) + low[paren.end("paren") :]
        )
    # "Acme is cutting its workforce by 5 per cent. That amounts to about 200 jobs.": one figure in two sentences
    earlier = (
        _hits(before.text if low_body is None else low_body[before.start : before.end], patterns)
        if before is not None and R.ANAPHOR_START.match(s)
        else []
    )
    # "Acme will close its mine. The decision will affect about 600 employees.": the earlier sentence's closure or
    # layoff words are this one's context
    after_context = bool(earlier) or bool(
        before is not None and R.ANAPHOR_START.match(s) and R.LAYOFF_CONTEXT.search(before.text)
    )
    hits = _hits(low, patterns, after_context)
    if len(low) == len(s) and not s.isupper():  # "Stock exchange operator SIX announces job cuts": a name, no count
        hits = [h for h in hits if not (s[h.num_start : h.num_end].isalpha() and s[h.num_start : h.num_end].isupper())]
    if len(earlier) == 1 and earlier[0].low is None:
        hits = [replace(h, percent=earlier[0].percent) if h.low is not None and h.percent is None else h for h in hits]
    if paren and (c := parse_count(paren["num"])):
        hits = [
            replace(h, low=c[0], high=c[1]) if h.low is None and h.num_start <= paren.start("paren") < h.end else h
            for h in hits
        ]
    dates = find_dates(s, doc.published) if hits else []
    out = []
    for i, h in enumerate(hits):
        if R.MARKET_COUNT.search(s, max(0, h.num_start - 120), h.num_start) or R.MARKET_COUNT_AFTER.match(s, h.num_end):
            continue  # "employers announced 49,795 job cuts in January": a statistic, nobody's round
        company, ticker = doc.company, doc.ticker
        if doc.many_companies:  # every company's cuts are the round-up's (or the wrap's)
            company, ticker = _actor(doc, s, h)
        elif _other_company(s, h, ours):
            continue
        elif company is None:  # an article about no one company: name whoever makes these cuts
            company, ticker = _actor(doc, s, h)
        prev_end = hits[i - 1].num_end if i else 0
        next_start = hits[i + 1].num_start if i + 1 < len(hits) else len(s)
        kind = LayoffKind.CUMULATIVE if _cumulative(s, h, prev_end, next_start) else LayoffKind.ROUND
        status = (
            LayoffStatus.PROSPECTIVE
            if kind is LayoffKind.ROUND and _prospective(s, h, prev_end, next_start)
            else LayoffStatus.ANNOUNCED
        )
        if h.low is None:
            basis = LayoffBasis.PERCENT
        elif h.high != h.low:
            basis = LayoffBasis.RANGE
        else:
            basis = LayoffBasis.COUNT
        out.append(
            LayoffFigure(
                provenance=provenance(doc.id, sent, h.start, h.end, EXTRACTOR),
                company=company,
                ticker=ticker,
                low=h.low,
                high=h.high,
                percent=h.percent,
                approximate=h.approximate,
                basis=basis,
                kind=kind,
                status=status,
                date=_date(s, h, dates),
                scope=_scope(s, h),
            )
        )
    return out


def extract(doc: Doc) -> list[LayoffFigure]:
    """Every job-cut figure the article states (one per statement; duplicates are dropped later)."""
    body = doc.article.body
    low_body: str | None = body.lower()
    if len(low_body) != len(body):  # a few characters change length when lower-cased: keep offsets exact
        low_body = None

    anchors = [m.start() for m in (R.GATE_LOWER.finditer(low_body) if low_body is not None else R.GATE.finditer(body))]
    if "cuts" in body:
        anchors = sorted([*anchors, *(m.start() for m in R.CUTS_NUMBER_GATE.finditer(body))])
    if not anchors:
        return []
    ours = _company_words(doc)
    recs = []
    sents = doc.sentences
    for k, sent in enumerate(sents):  # only sentences that name what could be cut
        i = bisect_left(anchors, sent.start)
        if i < len(anchors) and anchors[i] < sent.end:
            recs += _sentence_records(doc, sent, ours, low_body, sents[k - 1] if k else None)
    return _drop_headline_rounding(_consolidate(recs), doc.title_end)


def _drop_headline_rounding(recs: list[LayoffFigure], title_end: int) -> list[LayoffFigure]:
    """A headline's figure that only rounds or caps a body figure is no cut of its own: "Cut Up To 400 Jobs" over
    "plans to cut 350 to 400 jobs", "cutting 17K jobs" over "would cut 16,750 jobs"."""
    if not title_end:
        return recs
    body = [r for r in recs if r.provenance.start >= title_end and r.low is not None]

    def restated(r: LayoffFigure) -> bool:
        if r.provenance.start >= title_end or r.low is None or r.low != r.high:
            return False
        n = r.low
        return any(
            (b.high == n and b.low < b.high)  # the top of a body range
            or (b.low == b.high and b.low != n and n % 1000 == 0 and abs(b.low - n) <= 0.03 * n)  # 17K for 16,750
            for b in body
        )

    return [r for r in recs if not restated(r)]


def _consolidate(recs: list[LayoffFigure]) -> list[LayoffFigure]:
    """Make restatements of one figure agree, so the record-level dedup sees one fact.

    A count marked as a running total anywhere is a running total everywhere; a count stated once
    with its percentage ("1,900 jobs, or 8%") carries it everywhere; a bare percentage that some count
    already carries is not a second figure; a round stated once as cuts that may follow ("a second phase of 350
    to 500 roles could follow") is prospective in its summary-box restatement too.
    """
    cumulative = {(r.low, r.high) for r in recs if r.kind is LayoffKind.CUMULATIVE and r.low is not None}
    prospective = {(r.low, r.high) for r in recs if r.status is LayoffStatus.PROSPECTIVE and r.low is not None}
    pct = {}
    for r in recs:
        if r.low is not None and r.percent is not None:
            pct.setdefault((r.low, r.high), r.percent)
    counted_pcts = set(pct.values())
    out = []
    for r in recs:
        if r.low is None and r.percent in counted_pcts:
            continue
        update = {}
        if r.kind is LayoffKind.ROUND and (r.low, r.high) in cumulative:
            update["kind"] = LayoffKind.CUMULATIVE
            update["status"] = LayoffStatus.ANNOUNCED
        elif r.kind is LayoffKind.ROUND and r.status is LayoffStatus.ANNOUNCED and (r.low, r.high) in prospective:
            update["status"] = LayoffStatus.PROSPECTIVE
        if r.low is not None and r.percent is None and (r.low, r.high) in pct:
            update["percent"] = pct[(r.low, r.high)]
        out.append(r.model_copy(update=update) if update else r)
    return out
