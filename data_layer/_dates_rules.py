"""Vocabulary and patterns for :mod:`data_layer.dates` (rules as data, compiled once)."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: Capitalised day and month names: never a company or a person, wherever a capitalised phrase is read.
CALENDAR_WORDS: frozenset[str] = frozenset(
    w.capitalize()
    for w in (*MONTHS, *WEEKDAYS)
    if (len(w) > 3 or w == "may") and w not in ("sept", "tues", "thur", "thurs")
)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Qualifiers before a month or a year: the fuzzy part of "late January", "mid-2025".
QUALIFIERS: dict[str, str] = {
    "early": "early", "mid": "mid", "late": "late", "end of": "end", "the end of": "end", "end-": "end",
    "year-end": "end", "start of": "start", "the start of": "start", "beginning of": "start",
    "the beginning of": "start", "middle of": "mid", "the middle of": "mid",
}  # fmt: skip

# Timezone names in datelines -> IANA zone (or "UTC").
ZONES: dict[str, str] = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "EASTERN": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC", "BST": "Europe/London", "WET": "Europe/Lisbon",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "EET": "Europe/Helsinki", "EEST": "Europe/Helsinki", "JST": "Asia/Tokyo", "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "IST": "Asia/Kolkata",
    "KST": "Asia/Seoul", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "AWST": "Australia/Perth",
}  # fmt: skip

_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # a table's or a heading's capitals: "MINDCHAMPS APRIL 5 CLOSE: S$0.68"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b\.?"
)
MONTH = _MONTH  # for other rule modules (wire datelines)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_YEAR_END = r"(?![\d]|[.,]\d|\s*(?:%|per\s?cent))"  # a year is not "2025.5", "2,025" or "2025%"
_QUAL = (
    r"(?:the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+middle\s+of|middle\s+of|early|mid|late)"
)
_NOT_AMOUNT_BEFORE = r"(?<![\d$€£¥.,/-])"

# Each pattern is (name, regex). Group ``d`` (when present) is the date span; otherwise the whole match.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # (and year-first with dots or slashes: "2024.09.26 04:18", "2024/09/26")
    (
        "iso",
        re.compile(rf"{_NOT_AMOUNT_BEFORE}\b(?P<y>{_YEAR})(?P<sep>[-./])(?P<m>[01]\d)(?P=sep)(?P<dd>[0-3]\d)(?![\d])"),
    ),
    (
        "dmy_num",  # 28.02.2025, 28/02/2025, 09-11-2020 (India) day first; 11/27/2020 (US) when the second is > 12
        re.compile(
            rf"{_NOT_AMOUNT_BEFORE}\b(?P<dd>[0-3]?\d)(?P<sep>[./-])(?P<m>[0-3]?\d)(?P=sep)(?P<y>{_YEAR})(?![\d]|[.,]\d)"
        ),
    ),
    (
        "mdy",  # [Tuesday,] March 4th[,] [2025]
        re.compile(
            rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?\b(?P<mon>{_MONTH})\s+(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?![.,]\d|\s*(?:%|per\s?cent|million|billion|bn|m\b))(?:,?\s+(?P<y>{_YEAR})\b{_YEAR_END})?"
        ),
    ),
    (
        "dmy",  # [Wednesday] 5 March 2025, the 5th of March, 08-Oct-2021
        re.compile(
            rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?{_NOT_AMOUNT_BEFORE}\b(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:\s+(?:of\s+)?|-(?={_MONTH}-{_YEAR}))"
            rf"(?P<mon>{_MONTH})(?:(?:,?\s+|(?<=[a-z])-)(?P<y>{_YEAR})\b{_YEAR_END})?"
        ),
    ),
    (
        "month_year",  # [late] November 2025
        re.compile(rf"(?:\b(?P<q>(?i:{_QUAL}))[\s-]+)?\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b{_YEAR_END}"),
    ),
    (
        "month",  # [last|late] November  (full names only; "May" needs context, see handler)
        re.compile(
            rf"(?:\b(?P<rel>(?i:last|this|next|previous|coming))\s+|\b(?P<q>(?i:{_QUAL}))[\s-]+)?\b(?P<mon>{_FULL_MONTH})\b(?!-)"
        ),
    ),
    (
        "quarter",  # fourth-quarter 2025, the third quarter, fiscal 2025 second quarter, Q4 of fiscal 2025
        re.compile(
            rf"\b(?:(?:fiscal|FY)\s*(?P<y0>{_YEAR})\s+|(?P<y1>{_YEAR})\s+(?:fiscal\s+)?)?"
            rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b"
            rf"(?:\s+(?:of\s+)?(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?P<y>{_YEAR})\b{_YEAR_END})?",
            re.IGNORECASE,
        ),
    ),
    (
        "q_short",  # Q4 2025, Q4'25, Q4 FY25, 4Q25, Q1
        re.compile(
            rf"\b(?:Q(?P<n>[1-4])|(?P<n2>[1-4])Q)(?:\s*(?:of\s+)?(?:FY|fiscal)\s*'?(?P<fy>{_YEAR}|\d{{2}})\b|\s*'(?P<yy>\d{{2}})\b"
            rf"|\s*(?P<y>{_YEAR})\b{_YEAR_END}|(?P<yy2>\d{{2}})\b)?(?![\w&])"
        ),
    ),
    (
        "half",  # first half of 2026, second-half, H1 2026, 1H26
        re.compile(
            rf"\b(?P<ord>first|second)[\s-]+half\b(?:\s+(?:of\s+)?(?:the\s+year|(?:fiscal\s+)?(?P<y>{_YEAR})\b{_YEAR_END}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "h_short",
        re.compile(
            rf"\b(?:H(?P<n>[12])|(?P<n2>[12])H)(?:\s*(?:FY|fiscal)\s*'?(?P<fy>{_YEAR}|\d{{2}})\b|\s*'(?P<yy>\d{{2}})\b"
            rf"|\s*(?P<y>{_YEAR})\b{_YEAR_END}|(?P<yy2>\d{{2}})\b)?(?![\w&])"
        ),
    ),
    ("fy", re.compile(rf"\bFY\s?'?(?P<fy>{_YEAR}|\d{{2}})\b{_YEAR_END}")),
    (
        "qual_year",  # early 2026, mid-2025, year-end 2025
        re.compile(rf"\b(?P<q>{_QUAL}|year-end|year\s+end)[\s-]+(?:of\s+)?(?P<y>{_YEAR})\b{_YEAR_END}", re.IGNORECASE),
    ),
    (
        "ctx_year",  # in 2024, fiscal 2025, full-year 2024, since 2023
        re.compile(
            r"\b(?:in|by|for|since|during|until|till|through|throughout|before|after|into|as\s+of|circa|of|"
            r"fiscal(?:\s+year)?|financial\s+year|calendar(?:\s+year)?|full[\s-]year|year)\s+"
            rf"(?P<d>(?:fiscal\s+)?(?P<y>{_YEAR}))\b{_YEAR_END}(?!\s*(?:jobs|workers|employees|people|staff|roles|"
            r"positions|shares|units|stores|[a-z]+s\s+of))",
            re.IGNORECASE,
        ),
    ),
    (
        "year_noun",  # 2025 outlook, 2024 results
        re.compile(
            rf"{_NOT_AMOUNT_BEFORE}\b(?P<d>(?P<y>{_YEAR}))\s+(?=(?:fiscal|financial\s+year|outlook|guidance|forecasts?|"
            r"results|revenue|sales|earnings|profits?|budget|targets?|season)\b)",
            re.IGNORECASE,
        ),
    ),
    ("simple_rel", re.compile(r"\b(?P<w>today|yesterday|tomorrow|tonight)\b(?!-)", re.IGNORECASE)),
    (
        "prev_session",  # last night's close, the previous session, the prior trading day
        re.compile(
            r"\b(?:(?:last night|overnight|(?:the )?(?:previous|prior|preceding) (?:trading )?(?:day|session)"
            r"|(?:in|during) the last trading (?:day|session))"
            r"(?=['’]s\b|\b)(?!['’]?s?\s+(?:before|prior to|ahead of|to|of)\b)"
            # "up 2.25 per cent from the previous close of Rs 408": the close of the trading day before
            r"|(?:the )?(?:previous|prior) (?:day['’]s |market |trading |session['’]s )?clos(?:e|ing price|ing)\b"
            r"(?!['’]?s?\s+(?:before|prior to|ahead of|to)\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "unit_rel",  # last week, this month, next quarter, the past week
        re.compile(
            r"\b(?P<rel>last|this|next|past|previous|prior|coming|current)\s+(?P<unit>week|month|quarter|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "dom",  # a day of the month without its month, as Korean and Japanese wires write it: "on the 3rd"
        re.compile(
            r"\bon\s+(?P<d>the\s+(?P<n>3[01]|[12]\d|[1-9])(?:st|nd|rd|th))\b"
            r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|anniversary|day|time|hole|lap|"
            r"round|attempt|try|occasion|place|spot|percentile|birthday|minute|page|line|list|step))",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",  # [last|this|next] Friday
        re.compile(
            r"(?:\b(?P<rel>(?i:last|this|next|previous|coming|past))\s+)?\b"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY)(?!s\b)\b"
            # a newspaper's name, no day: "a report in the Sunday Times", "the Mail on Sunday"
            r"(?<!Mail on Sunday)(?<!Independent on Sunday)"
            r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Independent|Business\s+Post)\b)"
            # "on Thursday next week": that weekday of the week named
            r"(?:\s+(?P<wk>(?i:next|last|this))\s+(?i:week)\b)?"
        ),
    ),
]

# A cheap first-character test in front of a pattern lets ``re`` skip most positions quickly.
_FIRST_CHAR = {
    "mdy": r"(?=[A-Z])",
    "dmy": r"(?=[A-Z0-9])",
    "month_year": r"(?=[A-Za-z])\b",
    "month": r"(?=[A-Za-z])\b",
    "weekday": r"(?=[A-Za-z])\b",
    "ctx_year": r"(?=[A-Za-z])\b",
    "qual_year": r"(?=[A-Za-z])\b",
}
PATTERNS = [(n, re.compile(_FIRST_CHAR.get(n, "") + rx.pattern, rx.flags)) for n, rx in PATTERNS]

# Words that make a bare "May" a month ("in May", "since May", "early May").
MAY_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|through|of|from|during|before|after|early|mid|late|end|last|this|next|"
    r"start|beginning|on|to|and|between)[\s-]*$",
    re.IGNORECASE,
)

# Clues, just before a relative expression, that it points back ("since May").
PAST_CONTEXT = re.compile(r"\b(?:since|ago|earlier|previously)\s+(?:(?:early|mid|late|last)[\s-]+)?$", re.IGNORECASE)

# Clues, just before a relative expression, that it points forward ("will close on Friday").
FUTURE_CONTEXT = re.compile(
    r"\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:set|scheduled|due|expected|slated|poised|going)\s+to|"
    r"plans?\s+to|planned\s+for|scheduled\s+(?:for|to)|upcoming|ahead\s+of|due\s+(?:on|in|by)|expects?\s+to|"
    r"intends?\s+to|would)\b",
    re.IGNORECASE,
)

# Time of day and zone right after a date in a dateline.
TIME_AFTER = re.compile(
    r"[\s,|\-–—@·/]*(?:at\s+)?(?P<h>[0-2]?\d)[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?|AM|PM)(?![a-z]))?"
    r"(?:\s*\(?(?P<off>(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)\)?|\s*\(?(?P<zone>[A-Z]{1,5}\b|Eastern\b)\)?)?",
    re.IGNORECASE,
)
ISO_DATETIME = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d])")

# Cheap per-pattern gates: a pattern only runs on text where its gate matches (most sentences
# have no quarter, no weekday, no month name...). Gates of CASELESS patterns see the lower-cased text.
_G_YEAR = re.compile(r"(?:19|20)\d\d")
_G_MONTH = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
)
GATES: dict[str, re.Pattern[str]] = {
    "iso": _G_YEAR,
    "dmy_num": _G_YEAR,
    "mdy": _G_MONTH,
    "dmy": _G_MONTH,
    "month_year": _G_MONTH,
    "month": _G_MONTH,
    "quarter": re.compile(r"quarter"),
    "q_short": re.compile(r"Q[1-4]|[1-4]Q"),
    "half": re.compile(r"half"),
    "h_short": re.compile(r"H[12]|[12]H"),
    "fy": re.compile(r"FY"),
    "qual_year": _G_YEAR,
    "ctx_year": _G_YEAR,
    "year_noun": _G_YEAR,
    "simple_rel": re.compile(r"to(?:day|morrow|night)|yesterday"),
    "prev_session": re.compile(r"night|previous|prior|preceding|last trading"),
    "unit_rel": re.compile(r"week|month|quarter|year"),
    "ago": re.compile(r"ago\b"),
    "weekday": re.compile(r"day\b|DAY\b"),
    "dom": re.compile(r"the \d{1,2}(?:st|nd|rd|th)\b"),
}

# Case-insensitive patterns also run as lower-case patterns on lower-cased text (``re`` is much
# slower with IGNORECASE). Their sources use no upper-case escapes, so lower-casing keeps their meaning.
CASELESS = {
    "quarter", "half", "qual_year", "ctx_year", "year_noun", "simple_rel", "prev_session", "unit_rel", "ago", "dom",
}  # fmt: skip
assert not any(re.search(r"\\[A-Z]", rx.pattern) for n, rx in PATTERNS if n in CASELESS)
PATTERNS_LOWER: dict[str, re.Pattern[str]] = {
    n: re.compile(rx.pattern.lower().replace("(?p<", "(?P<")) for n, rx in PATTERNS if n in CASELESS
}
