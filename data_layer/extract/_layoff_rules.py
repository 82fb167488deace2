"""Vocabulary and patterns for the layoffs extractor (rules as data, compiled once)."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- building blocks

# A count: 16,000 / 1900 / 16K / 1.2 million / 16 000 is not supported (ambiguous with lists).
# A number that is (the start of) a percentage is no count: "by 10 to 15 per cent".
_NOT_PCT = r"(?!\s*(?:(?:-|–|—|to|and)\s*\d+(?:\.\d+)?\s*)?(?:%|per\s?cent\b|percent\b|pct\b))"
_N = (
    # ("3'500": a Swiss apostrophe groups the thousands)
    r"(?<![\d$€£¥.,'’])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:[kK]\b|thousand\b|million\b|"
    # ("5,000-plus job cuts", "800-odd posts": at least the number)
    r"mn\b))?(?:-plus\b|-odd\b)?(?![\d%]|[.,'’]\d)" + _NOT_PCT
)
#: Numbers written in words.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
# Counts written in words ("Ninety jobs are affected", "is cutting six jobs"); from three up, "one" and "two" being
# more often pronouns and pairs than counts.
# ("laid off a dozen staff")
COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n >= 3} | {"dozen": 12}
_N_WORD = (
    rf"\b(?:{'|'.join(w for w in COUNT_WORDS if w not in ('hundred', 'dozen'))}|a\s+hundred|one\s+hundred|a\s+dozen)\b"
)
# A count or a range of counts.
NUM = rf"(?:between\s+{_N}\s+(?:and|to)\s+{_N}|{_N}(?:\s*(?:-|–|—|to)\s*{_N})?|{_N_WORD})"
#: Percentages written in words ("seven per cent of its employees").
PCT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 30}
PCT = (
    r"(?:(?<![\d$€£¥.,])\d{1,2}(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:\.\d+)?)?\s*(?:%|percent\b|per\s?cent\b|pct\b)"
    rf"|\b(?:{'|'.join(PCT_WORDS)})\s+(?:percent|per\s?cent)\b)"
)

# Words that may sit between a cut verb and its number.
_APPROX = (
    r"(?:about|approximately|approx\.?|around|roughly|some|nearly|almost|close\s+to|more\s+than|over|up\s+to|"
    r"as\s+many\s+as|at\s+least|an\s+estimated|estimated|circa|c\.|~|fewer\s+than|less\s+than|just\s+(?:over|under)|"
    r"upwards\s+of|in\s+excess\s+of|well\s+over|north\s+of|almost|the\s+equivalent\s+of|"
    # "plans to reduce a maximum of 208 jobs"
    r"(?:a\s+)?maximum\s+of|(?:a\s+)?minimum\s+of)"
)
_FILL = (
    rf"(?:{_APPROX}|another|a\s+further|an?\s+(?:additional|extra|further)|additional|a\s+total\s+of|a\s+combined|"
    r"(?:its|their|the\s+company['’]s|the\s+group['’]s|the\s+firm['’]s)\s+(?:\w+\s+)?"
    r"(?:workforce|work\s+force|staff|headcount|employees|payroll|employee\s+base|jobs)\s+by|"
    # the share before the count: "to lay off about 2 per cent or 12,261 employees"; "over a 100 employees"
    rf"{PCT}\s*,?\s+or|a(?=\s+\d)|"
    # "slashed a reported 200 jobs"
    r"an?\s+(?:reported|rumou?red|planned|expected|proposed))"
)
FILLS = rf"(?:{_FILL}\s+){{0,3}}"

# Up to three modifiers between a number and its noun ("16,000 corporate jobs", "85 onshore positions").
_STOP = (
    r"and|or|of|in|to|from|at|with|for|by|on|per|percent|cent|the|a|an|its|their|than|over|as|stores|shops|"
    r"plants|sites|offices|locations|branches|outlets|factories|facilities|restaurants|hospitals|dollars|shares|"
    r"will|would|could|are|were|is|was|have|has|had|new"
)
ADJ = rf"(?:(?!(?:{_STOP})\b)[A-Za-z][\w.’'&/-]*\s+){{0,3}}"

JOB_NOUN = (
    r"(?:jobs?|roles?|positions?|posts?|workers?|employees?|staff\s+members|staff(?:ers)?|people|personnel|heads|workplaces|"
    r"team\s+members|members\s+of\s+staff|associates|FTEs?|full-time\s+equivalents?|trainees|apprentices|interns)\b"
)
CUT_NOUN = (
    # "a massive 6,500 reduction in workforce", "a 1,200-person reduction in its staff"; "about 500 jobs cuts"
    r"(?:jobs\s+cuts|jobs\s+losses|(?:person\s+|people\s+|job\s+|position\s+)?reductions?\s+in\s+(?:its\s+|the\s+)?(?:workforce|work\s+force|staff|"
    r"headcount|jobs|employees)|"
    r"job\s+cuts|job\s+losses|layoffs|lay-offs|redundancies|job\s+reductions|job\s+eliminations|"
    r"position\s+eliminations|role\s+reductions|dismissals|furloughs|headcount\s+reductions|"
    # "solicited 1,000 voluntary retirements"
    r"(?:voluntary|early)\s+retirements)\b"
)
CUT_VERB = (
    r"(?:cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|lay(?:s|ing)?\s+off|laid\s+off|shed(?:s|ding)?|ax(?:e|es|ed|ing)?|"
    r"slash(?:es|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|let(?:s|ting)?\s+go(?:\s+of)?|"
    r"furlough(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|fir(?:e|es|ed|ing)|sack(?:s|ed|ing)?|scrap(?:s|ped|ping)?|"
    r"shrink(?:s|ing)?|shrank|make\s+redundant|made\s+redundant|culls?|culled|culling|chop(?:s|ped|ping)?|"
    r"terminat(?:e|es|ed|ing)|downsiz(?:e|es|ed|ing)|retrench(?:es|ed|ing)?|lower(?:s|ed|ing)?(?=\s+(?:its|their|the)\s)|"
    # "had also released about 32 staff from its cash equities division"
    r"releas(?:e|es|ed|ing)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,]*\s+(?:staff|employees|workers)\b)|"
    # "severed ties with over a 100 employees", "parted ways with 150 staff"
    r"sever(?:s|ed|ing)?\s+ties\s+with|part(?:s|ed|ing)?\s+ways\s+with)"
)
CUT_NOUN_OF = (
    r"(?:reductions?|cuts?|cutbacks?|eliminations?|layoffs?|lay-offs?|redundancies|losses|loss|job\s+cuts|"
    # "the axing of 1,250 jobs": a cut verb's gerund as the noun
    r"downsizing|retrenchments?|dismissals|axing|shedding|slashing|cutting)"
)
_PASSIVE = (
    # ("5,700 workers were affected by the Tightened Movement Control Order": a lockdown's, no cut)
    r"(?:cut|eliminated|axed|lost|shed|made\s+redundant|laid\s+off|let\s+go|impacted|scrapped|removed|"
    r"affected(?!\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:orders?|lockdowns?|outbreaks?|pandemic|virus|"
    r"covid(?:-19)?|floods?|fires?|storms?|quarantines?|restrictions|infections?|cluster|strikes?)\b)|"
    # ("1,900 jobs to go"; not "10,500 employees go another year without bonuses")
    r"(?:go|going)(?!\s+(?:another|a|an|without|on|home|back|through|unpaid|into|to\s+work)\b)|disappear|at\s+risk|on\s+the\s+line|slashed|trimmed|culled|furloughed|dismissed|terminated|"
    r"under\s+threat|on\s+the\s+chopping\s+block|be\s+lost|be\s+cut|be\s+hit|lose\s+(?:their|its)\s+jobs|at\s+stake|"
    r"losing\s+(?:their\s+)?jobs|"
    # "5,992 staff were to quit the organisation", "we saw 1,000 people leave the company" (not a yearly turnover)
    # ("buyouts that will result in 1,600 employees leaving the company")
    r"(?:leave|leaving|quit|depart|exit)\s+(?:the\s+(?:company|group|firm|organi[sz]ation|bank|business)|their\s+jobs)"
    r"(?!\s+(?:every|each|a|per)\s+(?:year|month|week)))\b"
)
_AUX = r"(?:(?:will|would|could|are|were|is|was|have|has|had|to|may|might|set|expected|likely|being|been|be|also|now|"
_AUX += r"already|ultimately|eventually|potentially|reportedly)\s+){0,5}"
WORKFORCE = (
    r"(?:(?:its|their|the|his|her|our|the\s+company['’]s|the\s+group['’]s|the\s+firm['’]s|[A-Z][\w&-]*['’]s)\s+)?"
    # "75 of its current 225 roles": the total before the noun is the whole, not the cut
    # ("could cut up to 3,000 of its more than 15,000 employees")
    r"(?:(?:current|existing|total)\s+)?(?:(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+|"
    r"roughly\s+|around\s+)?\d{1,3}(?:,\d{3})*\s+)?"
    rf"{ADJ}(?:workforce|work\s+force|staff|employees|headcount|jobs|positions|roles|personnel|employee\s+base|"
    r"payroll|people|workers|staffers|employee\s+count)\b"
)

_AFFECT = (
    r"(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|hit(?:s|ting)?|involv(?:e|es|ed|ing)|amount(?:s|ing)?\s+to|target(?:s|ed|ing)?|"
    r"represent(?:s|ed|ing)?|equal(?:s|ling|ing)?|(?:equal|equivalent)\s+to|account(?:s|ing)?\s+for)"
)

# --------------------------------------------------------------------------- patterns
# Each has group ``num`` (a count or range) and/or ``pct``. ``cum`` marks a pattern that is a total by itself.

_RAW: list[tuple[str, str]] = [
    # cut 16,000 jobs / eliminate roughly 16,000 roles / lay off between 1,001 and 2,500 workers
    ("verb_count", rf"\b{CUT_VERB}\s+{FILLS}(?P<num>{NUM})\s+(?:more\s+)?{ADJ}(?:{JOB_NOUN}|{CUT_NOUN})"),
    # cut 1,000 of its employees
    ("verb_count_of", rf"\b{CUT_VERB}\s+{FILLS}(?P<num>{NUM})\s+of\s+{WORKFORCE}"),
    # cut 8% of its workforce / trimmed 6% of its staff
    ("verb_pct", rf"\b{CUT_VERB}\s+{FILLS}(?P<pct>{PCT})\s+(?:of|from)\s+{WORKFORCE}"),
    # reduce its workforce by 10% / cut headcount by 1,200
    (
        "verb_by",
        rf"\b{CUT_VERB}\s+(?:(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+)?{ADJ}"
        rf"(?:workforce|work\s+force|staff(?:ing)?|headcount|employees|payroll|jobs|employee\s+base|staff\s+numbers|"
        # "reduce its maintenance and repair team by 500 workers"
        rf"(?:[\w-]+\s+){{0,4}}?(?:team|teams|crew|crews)(?=\s+by\s+{FILLS}{NUM}\s+{ADJ}{JOB_NOUN}))\s+"
        # "reduce its global workforce of 107,000 by about 5 percent": the headcount is no cut
        r"(?:of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)\s+)?"
        # ("lowering its headcount globally by 20,000")
        r"(?:(?:globally|worldwide|overall|further)\s+)?by\s+"
        rf"{FILLS}(?:(?P<pct>{PCT})|(?P<num>{NUM})(?:\s+{ADJ}{JOB_NOUN})?)",
    ),
    # 16,000 job cuts / around 16,000 layoffs
    ("num_cutnoun", rf"(?P<num>{NUM})\s+(?:more\s+|new\s+)?{ADJ}{CUT_NOUN}"),
    # 85 onshore positions will be made redundant / 30,000 roles have been eliminated / 1,900 jobs to go
    # ("a total of 210 employees in the Toronto area are being laid off": a place between)
    (
        "num_passive",
        rf"(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){{1,3}}?(?=are|were|will|would|have|had|may|might|could)"
        r"|(?:worldwide|globally)\s+)?"
        rf"{_AUX}{_PASSIVE}",
    ),
    # "454 manufacturing workers and 46 warehouse workers will lose their jobs": the first of two counts
    (
        "num_passive",
        rf"(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}(?=\s+and\s+{NUM}\s+{ADJ}{JOB_NOUN}\s+{_AUX}{_PASSIVE})",
    ),
    # 10% of its workforce will be laid off
    ("pct_passive", rf"(?P<pct>{PCT})\s+of\s+{WORKFORCE}\s+{_AUX}{_PASSIVE}"),
    # a workforce reduction of 16,000 positions / layoffs affecting between 1,001 and 2,500 positions
    (
        "noun_of",
        rf"\b{CUT_NOUN_OF}\s+(?:of|affecting|impacting|involving|totall?ing|hitting|numbering|covering)\s+{FILLS}"
        rf"(?P<num>{NUM})\s+(?:more\s+)?(?:{ADJ}{JOB_NOUN}|of\s+{WORKFORCE})",
    ),
    # "resulting in job losses for 93 employees", "redundancies for 120 staff" (a job noun on both sides)
    (
        "noun_of",
        rf"\b(?:job\s+losses|job\s+cuts|layoffs|lay-offs|redundancies)\s+for\s+{FILLS}(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}",
    ),
    # job cuts of 2,000 / a headcount reduction of about 1,200 (the noun says it is about jobs)
    (
        "jobnoun_of",
        rf"\b(?:job|workforce|headcount|staff|employee|personnel)\s+{CUT_NOUN_OF}\s+(?:of|totall?ing|numbering)\s+"
        # ("job losses of between 40,000 to 55,000 could stoke anger": a verb may follow the count)
        rf"{FILLS}(?P<num>{NUM})(?!\s*{ADJ}(?!{JOB_NOUN})(?!(?:could|would|will|may|might|are|were|is|was)\b)[a-z])",
    ),
    # a 10% reduction in its workforce / a 10% workforce reduction / cuts of 10% to its staff
    (
        "pct_noun",
        rf"(?P<pct>{PCT})\s+(?:(?:cut|reduction|decrease|drop|trim)\s+(?:in|of|to)\s+{WORKFORCE}"
        rf"|(?:workforce|headcount|staff|job|jobs)\s+(?:cuts?|reductions?))",
    ),
    # ... affecting between 350 and 500 roles / the cuts amount to about 8% of staff (need layoff words nearby)
    ("affecting", rf"\b{_AFFECT}\s+{FILLS}(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}"),
    ("affecting_pct", rf"\b{_AFFECT}\s+{FILLS}(?P<pct>{PCT})\s+of\s+{WORKFORCE}"),
    # bringing total reductions to around 30K / bringing the total number of job cuts to 30,000
    (
        "bringing",
        # ("increasing the total number of job cuts, including previously announced layoffs, to almost 20,000")
        rf"\b(?:bring(?:ing|s)?|brought|increas(?:ing|es|ed|e)|rais(?:ing|es|ed|e)|tak(?:ing|es|e)|took|lift(?:ing|s|ed)?)\s+"
        rf"(?:the\s+|its\s+)?(?:total|tally|overall|cumulative|number|count)\b[\w\s,-]{{0,70}}?"
        rf"\s+to\s+{FILLS}(?P<num>{NUM})(?:\s+{ADJ}(?:{JOB_NOUN}|{CUT_NOUN}))?",
    ),
    # "That would bring to 34,000 the number of jobs the company plans to cut": the total named after its number
    (
        "bringing",
        rf"\bbring(?:ing|s)?\s+to\s+{FILLS}(?P<num>{NUM})\s+(?:the|its)\s+(?:total\s+)?(?:number|total|tally|count)"
        rf"\s+of\s+{ADJ}(?:{JOB_NOUN}|{CUT_NOUN})",
    ),
    # "Meta Is Laying Off More Than 3,000 as CEO ...": a headline's count of people laid off, its noun left out
    (
        "laid_off_count",
        rf"\bla(?:y|ys|ying|id)\s+off\s+{FILLS}(?P<num>{NUM})(?=\s+(?:as|amid|after|while|in\s+[A-Z]|at\s+[A-Z])\b"
        r"|\s*[,;:.!?—–]|\s*$)",
    ),
    # "laid off around 6,000 in 2009": a round of thousands in a year, its noun left out
    (
        "laid_off_count",
        rf"\bla(?:y|ys|ying|id)\s+off\s+{FILLS}(?P<num>\d{{1,3}}(?:,\d{{3}})+)(?=\s+in\s+(?:19|20)\d\d\b)",
    ),
    # "The approximately 1,000 cuts will be across the board, but most will affect jobs in recruiting": cuts alone,
    # the jobs named later in the sentence
    (
        "num_cutnoun",
        rf"(?P<num>{NUM})\s+cuts\b(?=[^.;]{{0,120}}?\b(?:jobs|roles|positions|employees|staff|workforce|headcount)\b)",
    ),
    # "That's costing 170 full-time equivalent jobs", "the closure will cost 300 jobs" (jobs only: a strike "cost 1,000
    # workers their wages")
    ("verb_count", rf"\bcost(?:s|ing)?\s+{FILLS}(?P<num>{NUM})\s+(?:more\s+)?{ADJ}(?:jobs|roles|positions|posts)\b"),
    # "issued pink slips to 400 people arriving for work", "sent layoff notices to 163 employees"
    (
        "verb_count",
        rf"\b(?:issu|hand|gave|give|giv|sen[dt]|deliver|serv)\w*\s+(?:out\s+)?(?:pink\s+slips|layoff\s+notices|lay-off\s+notices|"
        rf"termination\s+notices|redundancy\s+notices|WARN\s+notices|notices\s+of\s+termination)\s+to\s+{FILLS}"
        # ("issued layoff notices to 438 members of the engineers' union")
        rf"(?P<num>{NUM})\s+(?:{ADJ}{JOB_NOUN}|(?:union\s+)?members\b)",
    ),
    # "had notified 300 workers, or about 24 percent of its staff, that they would be laid off"
    (
        "verb_count",
        rf"\bnotif(?:y|ies|ied|ying)\s+{FILLS}(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}(?:[^.;]{{0,60}}?)\b(?:would|will|are\s+to|were\s+to)"
        r"\s+(?:be\s+)?(?:laid\s+off|let\s+go|made\s+redundant|lose\s+their\s+jobs|dismissed)\b",
    ),
    # "announced a 240 person, or 25 percent, reduction in its work force": the share told inside the count
    (
        "num_cutnoun",
        rf"(?P<num>{NUM})[\s-](?:person|people|employee|worker|job|position)s?,\s+or\s+(?:about\s+|roughly\s+|nearly\s+)?"
        r"\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent),\s+(?:reduction|cut)\s+in\s+(?:its\s+|the\s+)?"
        r"(?:workforce|work\s+force|staff|headcount)\b",
    ),
    # "began laying off employees, numbering more than 529, at its Oregon facility"
    (
        "verb_count",
        rf"\bla(?:y|ys|ying|id)\s+off\s+(?:employees|workers|staff),?\s+numbering\s+{FILLS}(?P<num>{NUM})",
    ),
    # "after letting go of 2,000 last summer": a round, its noun left out, dated after the count
    (
        "laid_off_count",
        rf"\b(?:la(?:y|ys|ying|id)\s+off|let(?:s|ting)?\s+go\s+of)\s+{FILLS}(?P<num>\d{{1,3}}(?:,\d{{3}})+)"
        r"(?=\s+(?:last|this|earlier\s+this)\s+(?:year|summer|spring|autumn|fall|winter|month)\b)",
    ),
    # "to offer early retirement to some 500 to 600 workers"
    (
        "noun_of",
        rf"\b(?:early|voluntary)\s+(?:retirement|redundancy|severance)\s+(?:to|for)\s+{FILLS}(?P<num>{NUM})\s+"
        rf"{ADJ}{JOB_NOUN}",
    ),
    # "told 300 workers they are in line for redundancy" / "told 85 staff that they would lose their jobs"
    (
        "told_staff",
        rf"\btold\s+{FILLS}(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}\s+(?:that\s+)?they\s+(?:are|were|will|would|could|may|"
        r"might|face|faced)\b[^.;:]{0,40}?(?:redundan\w*|lose\s+their\s+jobs|be\s+laid\s+off|be\s+let\s+go|"
        r"job\s+losses|layoffs?|lay-offs?)",
    ),
    # "5,796 employees accepted that plan" (a voluntary retirement programme the sentence names)
    (
        "accepted",
        rf"(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}\s+(?:have\s+|had\s+)?(?:accepted|took|taken|applied\s+for|signed\s+up\s+for|"
        r"opted\s+for|volunteered\s+for)\s+(?:(?:the|that|this|an?|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:plan|program|programme|offers?|packages?|buyouts?|scheme)\b"
        # "5,505 workers applied for early retirement"
        r"|(?:early|voluntary)\s+(?:retirement|redundancy|severance)\b)",
    ),
    # "total employee numbers would fall by about 1,000", "headcount will be reduced by around 800", "its workforce
    # will shrink by 1,200": the headcount as the subject of a fall
    (
        "headcount_fall",
        r"\b(?:(?:total|overall)\s+)?(?:(?:employee|staff|worker|job)\s+numbers|headcount|head\s+count|workforce|"
        r"work\s+force|payroll|employee\s+count|number\s+of\s+(?:employees|staff|workers|jobs|positions))\s+"
        rf"(?:(?:globally|worldwide|overall)\s+)?{_AUX}(?:fall|falls|fell|drop|drops|dropped|declin(?:e|es|ed)|"
        r"shrink|shrinks|shrank|decreas(?:e|es|ed)|be\s+(?:reduced|cut|trimmed|lowered|slashed))\s+"
        rf"(?:(?:globally|worldwide|overall)\s+)?by\s+{FILLS}(?:(?P<pct>{PCT})|(?P<num>{NUM})(?:\s+{ADJ}{JOB_NOUN})?)",
    ),
    # "the planned cuts ..., saying they could number about 5,500": the count the cuts are said to come to (a count
    # in the hundreds or more, written in figures and naming no money or other unit: rate cuts and spending cuts
    # have no such count)
    (
        "cuts_number",
        r"\b(?:job\s+cuts|cuts|layoffs|lay-offs|job\s+losses|redundancies)\b[^.;]{0,80}?\b(?:they|which|that)\s+"
        rf"(?:could|would|will|may|might)\s+(?:number|total|reach|amount\s+to)\s+{FILLS}"
        r"(?P<num>\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,]\d|\s*(?:[a-z]|%|€|\$|£))",
    ),
    # "... to 10,000 employees when added to the 4,000 cuts it announced last year": cuts alone, the jobs named
    # earlier in the sentence
    (
        "num_cutnoun",
        r"\b(?:jobs|roles|positions|employees|staff|workforce|headcount)\b[^.;]{0,120}?\b(?:the|its|their)\s+"
        rf"{FILLS}(?P<num>\d{{1,3}}(?:,\d{{3}})+)\s+cuts\b",
    ),
    # "making a total of 5,300 staff redundant in Hong Kong": the count between the verb and "redundant"
    (
        "verb_count",
        rf"\b(?:mak(?:e|es|ing)|made)\s+{FILLS}(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}\s+redundant\b",
    ),
    # "About 3,000 employees left under a group voluntary retrenchment scheme"
    (
        "accepted",
        rf"(?P<num>{NUM})\s+{ADJ}{JOB_NOUN}\s+(?:have\s+|had\s+)?(?:left|departed|quit|went)\s+(?:under|through|via)\s+"
        r"(?:(?:the|that|this|an?|its)\s+)?(?:[\w-]+\s+){0,3}?(?:voluntary|early)\s+(?:retrenchment|retirement|redundancy|"
        r"separation|severance|departure)\s+(?:scheme|plan|program|programme|offer)\b",
    ),
    # "About 340 jobs could be affected in Scunthorpe and 90 in Workington": a second site's count, its noun left out
    (
        "num_passive",
        rf"{NUM}\s+{ADJ}{JOB_NOUN}\s+{_AUX}{_PASSIVE}\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?,?\s+and\s+"
        r"(?P<num>\d[\d,]*)\s+(?:in|at)\s+(?-i:[A-Z])",
    ),
    # "targets 10,000 employees (5,000 in Japan and 5,000 overseas)": the parts in brackets
    (
        "breakdown",
        rf"{NUM}\s+{ADJ}{JOB_NOUN}\s*\(\s*(?P<num>\d[\d,]*)\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?,?\s+and\s+"
        r"\d[\d,]*\s+(?:in\s+(?-i:[A-Z])[\w-]*|overseas|abroad|elsewhere|internationally)",
    ),
    (
        "breakdown",
        rf"{NUM}\s+{ADJ}{JOB_NOUN}\s*\(\s*\d[\d,]*\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?,?\s+and\s+"
        r"(?P<num>\d[\d,]*)\s+(?:in\s+(?-i:[A-Z])[\w-]*|overseas|abroad|elsewhere|internationally)",
    ),
    # "close to 450 jobs (250 in Germany)": one part in brackets
    (
        "breakdown",
        rf"{NUM}\s+{ADJ}{JOB_NOUN}\s*\(\s*(?P<num>\d[\d,]*)\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s*\)",
    ),
    # "will lay off about 5,600 employees, including 2,600 in Germany": a part after the whole
    (
        "breakdown",
        rf"{NUM}\s+{ADJ}{JOB_NOUN},?\s+(?:including|of\s+which|of\s+whom)\s+{FILLS}(?P<num>\d[\d,]*)\s+(?:are\s+|will\s+be\s+)?"
        r"(?:in|at)\s+(?-i:[A-Z])",
    ),
    # "about 5,000 of the job cuts will take place in Denmark", "1,400 of the job cuts were in Sweden": a part
    (
        "breakdown",
        rf"(?P<num>{NUM})\s+of\s+(?:the|these|those)\s+(?:job\s+cuts|layoffs|lay-offs|redundancies|job\s+losses|"
        r"(?:jobs|roles|positions)\s+(?:being\s+)?(?:cut|lost|affected|eliminated))\s+(?:will|would|were|are|is|was)\b",
    ),
    # "cut 4,000 more jobs, in addition to 3,000 it announced last year": an earlier round, its noun left out
    (
        "elided",
        rf"\b(?:in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+)?{FILLS}(?P<num>{NUM})\s+(?:(?:it|that|which|they)\s+)?"
        # ("on top of 3,500 put at risk after the new CEO embarked on a restructuring")
        r"(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:already\s+)?(?:announced|cut|eliminated|laid\s+off|shed|axed|"
        r"put\s+at\s+risk)\b",
    ),
]

# Patterns that open with a number get a cheap first-character test so ``re`` skips most positions.
_RAW = [(n, ("(?=[b0-9tfsenao])" if p.startswith(("(?P<num>", "(?P<pct>")) else "") + p) for n, p in _RAW]
PATTERNS: list[tuple[str, re.Pattern[str]]] = [(n, re.compile(p, re.IGNORECASE)) for n, p in _RAW]
# The same patterns for text already lower-cased (much faster than IGNORECASE in ``re``); the sources use
# no upper-case escapes (\\S, \\W, \\D, \\B), so lower-casing them keeps their meaning.
assert not any(re.search(r"\\[A-Z]", p) for _, p in _RAW)
PATTERNS_LOWER: list[tuple[str, re.Pattern[str]]] = [
    (n, re.compile(p.lower().replace("(?p<", "(?P<"))) for n, p in _RAW
]
NEEDS_CONTEXT = {"affecting", "affecting_pct", "bringing", "elided", "accepted", "breakdown"}
# A sentence that points back at the previous one takes its layoff words as context: "Acme will reduce its staff
# by 5 percent. That amounts to between 150 and 200 jobs." / "The announcement, equivalent to 5,000 positions, ..."
ANAPHOR_START = re.compile(
    r"(?i)^\W*(?:that|this|it|which|these|the\s+(?:move|announcement|plan|cuts?|reductions?|decision|restructuring|"
    r"programme|program|job\s+cuts|layoffs|measures?))\b"
)
ALWAYS_CUMULATIVE = {"bringing"}
# A match that names job cuts itself needs no other layoff word: "increased the number of planned job cuts to 20,000"
JOB_CUT_NOUN = re.compile(
    r"(?i)\b(?:job|staff|headcount|workforce|position|role)s?\s+(?:cuts?|reductions?|losses)\b|\blay-?offs\b"
    r"|\bredundancies\b|\b(?:early|voluntary)\s+(?:retirement|redundancy|severance|retrenchment|separation)\b"
)

# A sentence has to name what is cut (every pattern ends in one of these) to be worth the patterns.
_GATE = (
    r"jobs?\b|roles?\b|positions?\b|posts?\b|workers?\b|employees?\b|staff|people\b|personnel|heads\b|workforce|"
    r"work\s+force|layoffs?\b|lay-offs?\b|redundanc|ftes?\b|associates\b|members\b|workplaces\b|payroll|headcount|"
    r"la(?:y|ys|ying|id)\s+off\b|trainees\b|apprentices\b|interns\b|retirements\b"
)
# ... and, in a body that names cuts, the count they are said to come to ("the planned cuts ..., saying they could
# number about 5,500"): a second, narrower gate, so the common scan above keeps its speed
CUTS_NUMBER_GATE = re.compile(
    r"\b(?:they|which|that)\s+(?:could|would|will|may|might)\s+(?:number|total|reach|amount\s+to)\s"
)
GATE = re.compile(_GATE, re.IGNORECASE)
GATE_LOWER = re.compile(_GATE)  # for lower-cased text
PCT_GATE = re.compile(r"(?i)%|per\s?cent|pct")
PCT_PATTERNS = {"verb_pct", "pct_passive", "pct_noun", "affecting_pct"}
# Layoff words a context-dependent pattern needs elsewhere in the sentence.
LAYOFF_CONTEXT = re.compile(
    r"(?i)\b(?:cuts?|cutting|layoffs?|lay-offs?|lay\s+off|laying\s+off|lays\s+off|laid\s+off|redundan\w*|reductions?|eliminat\w*|"
    r"job\s+losses|downsiz\w*|restructuring|phase|round|wave|shed\w*|ax(?:e|ed|es|ing)|buyouts?|"
    r"(?:voluntary|early)\s+(?:retirement|redundanc(?:y|ies)|departures?|exits?|separations?)|"
    # "closing three plants in a move that would affect 310 employees"
    r"clos(?:e|es|ed|ing|ures?)\s+(?:(?:its|the|a|an|two|three|four|five|six|several|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:plants?|factor(?:y|ies)|mills?|stores?|sites?|facilit(?:y|ies)|offices?|operations|mines?|"
    r"smelters?|refiner(?:y|ies)|warehouses?|depots?|branches|(?:distribution\s+|call\s+)?cent(?:er|re)s?)|"
    # "The closure will affect 450 workers"; "forcing the company to close."
    r"closures?|shut\s*downs?|shutting\s+down|to\s+close(?=\s*[.,;]))\b"
)


# A fraction of a base: "half of the 1,300 jobs will go" cuts 650, not 1,300 (the base is a headcount).
FRACTION_OF = re.compile(
    r"(?i)\b(?:half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    r"\s+of\s+(?:the|its|their|all)\s+(?:(?:nearly|about|some|around|roughly|almost|more\s+than|over)\s+)?$"
    # "It's not clear how many of the nearly 100,000 workers could be laid off": the base, the cut untold
    r"|\bhow\s+many\s+of\s+(?:the|its|their)\s+(?:(?:nearly|about|some|around|roughly|almost|more\s+than|over)\s+)?$"
    # "more than one in ten employees will be laid off": a share, not a count
    r"|\b(?:one|two|three|\d)\s+(?:in|out\s+of)\s+$"
)
APPROX = re.compile(rf"(?i)\b{_APPROX}\s*$|~\s*$")
APPROX_INSIDE = re.compile(rf"(?i)(?:^|\s){_APPROX}(?:\s|$)")

# Running / programme totals. Prefix cues sit before the number (since the previous figure);
# suffix cues after it (up to the next figure).
CUM_PREFIX = re.compile(
    r"(?i)\b(?:in\s+total|all\s+told|in\s+all|altogether|so\s+far|to\s+date|cumulative(?:ly)?|"
    r"total\s+(?:of\s+)?(?:job\s+)?(?:cuts|reductions|layoffs|lay-offs|job\s+losses|redundancies|eliminations)|"
    r"bring(?:ing|s)?\s+(?:the\s+|its\s+)?(?:total|tally|overall|cumulative|number|count)|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+){0,2}(?:days|weeks|months|years|quarters)|"
    r"including\s+(?:the|this|these|today['’]s)\s+(?:latest|new|most\s+recent|announced)|"
    r"including\s+(?:\w+day['’]s|today['’]s|this\s+week['’]s|the\s+latest|the\s+new)\s+"
    r"(?:announcement|cuts|round|reductions|layoffs|move)|"
    r"since\s+(?:it\s+|the\s+company\s+)?(?:began|launched|started|the\s+start|the\s+beginning)|"
    r"(?:overall|ultimately)\b)"
)
CUM_SUFFIX = re.compile(
    r"(?i)\b(?:in\s+total|all\s+told|in\s+all|altogether|so\s+far|to\s+date|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+){0,2}(?:days|weeks|months|years|quarters)|"
    r"since\s+(?:it\s+|the\s+company\s+|the\s+group\s+)?(?:began|launched|started|the\s+start|the\s+beginning|"
    r"its\s+\w+|the\s+\w+\s+(?:programme|program|plan|restructuring)))"
)
# "has cut ... since 2022": a perfect tense plus "since" is a running total.
PERFECT = re.compile(
    r"(?i)\b(?:has|have|had|will\s+have)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:cut|eliminated|shed|laid\s+off|axed|"
    r"slashed|trimmed|reduced|let\s+go|announced|disclosed|confirmed|unveiled|made)\b"
)
SINCE = re.compile(r"(?i)\bsince\b")
# "the 7,000 jobs cut since 2014": a participle with "since" after the figure's noun is a running total too.
PARTICIPLE_SINCE = re.compile(
    rf"(?i)\s+{ADJ}(?:{JOB_NOUN}|{CUT_NOUN})\s+(?:already\s+)?(?:cut|lost|shed|eliminated|axed|culled|slashed|"
    r"trimmed|laid\s+off|made\s+redundant)\s+(?:\w+\s+){0,3}?since\b"
)

# Counts across many employers (a labour-market statistic, nobody's round): "U.S.-based employers announced 49,795 job
# cuts in January", "tech companies have shed 150,000 jobs this year".
MARKET_COUNT = re.compile(
    # ("The tech sector announced 97,171 job cuts in 2022": an industry's tally)
    r"(?i)\b(?:employers|companies|firms|businesses|startups|banks|retailers|lenders|automakers|sector|industry)\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:announced|cut|shed|planned|reported|eliminated|axed|slashed|have|had)\b[^.;]{0,40}$"
    # "a downturn in the sector that's seen more than 175,000 people lose their jobs globally"
    r"|\b(?:sector|industry|downturn|slump|market|economy)\s+(?:that|which)(?:['’]s|\s+has|\s+had)?\s+(?:seen|saw)\b"
    r"[^.;]{0,40}$"
)
# ... and a count told as one across many employers: "34,000 job cuts across 141 firms in the current year"
MARKET_COUNT_AFTER = re.compile(
    r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:cut\s+|lost\s+|eliminated\s+|announced\s+)?across\s+(?:more\s+than\s+|over\s+|about\s+)?"
    r"(?:\d[\d,]*\s+)?(?:[\w.-]+\s+){0,3}?(?:firms|companies|employers|businesses|sectors|industries|startups)\b"
)
# The other company's layoffs: "Rival X said it would lay off ...".
RIVAL = re.compile(r"(?i)\b(?:rivals?|competitors?|peers?|fellow|competing)\b")
# A subject name right before a verb: "Cendry Medical said", "Orvik Diagnostics trimmed".
SUBJECT = re.compile(
    r"(?<![\w&.’'-])(?P<name>(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*)(?:,?\s+(?:Inc|Corp|Co|Ltd|Plc|AG|SE|NV|SA|ASA|LLC)\.?)?"
    r"(?:['’]s)?(?:\s+\([^)]{1,30}\))?"
    # ("Salesforce, the cloud-computing giant, announced last week that it could lay off")
    r"(?:,\s+(?:the|a|an)\s+[^,;]{3,60},)?\s+(?:(?:also|reportedly|recently|previously|earlier|itself)\s+)?"
    r"(?:said|says|will|would|could|may|plans?|planned|announced|confirmed|has|had|have|is|was|to|intends|expects|"
    r"cut|cuts|laid|lays|trimmed|trims|shed|sheds|axed|axes|eliminated|slashed|reduced|let|made|began|started)\b"
)
NOT_COMPANY = {
    "the", "it", "its", "this", "that", "these", "those", "in", "on", "at", "over", "following", "including",
    "meanwhile", "separately", "however", "and", "but", "as", "after", "before", "last", "earlier", "company",
    "group", "firm", "management", "analysts", "reuters", "bloomberg", "cnbc", "according", "sources", "chief",
    "executive", "ceo", "cfo", "president", "jobs", "roles", "corporate", "restructuring", "u.s.", "us", "uk",
    "europe", "european", "america", "american", "german", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "he", "she", "they", "we", "i", "workforce", "possible", "key", "figures", "up",
    "about", "around", "some", "nearly", "roughly", "approximately", "more", "almost", "a", "an", "another",
    "there", "here", "shares", "investors", "employees", "workers", "staff", "unions", "union", "officials",
    "plans", "both", "all", "each", "many", "most", "several", "others", "few",
}  # fmt: skip
# Who makes a round-up's cuts: the same subjects, and the employer that "told 100 staff they ..."
# ("Enbridge Inc., laid off 500 staff"), not the person speaking for it ("spokeswoman Jane Doe said").
ACTOR = re.compile(
    SUBJECT.pattern.replace("(?:said|says|", "(?:said|says|told|tells|", 1).replace(r"LLC)\.?)?", r"LLC)\.?,?)?", 1)
)
assert ACTOR.pattern.count("told|tells") == 1 and ACTOR.pattern.count(r"LLC)\.?,?)?") == 1
SPEAKER_ROLE = re.compile(
    r"\b(?:spokes(?:wo)?m[ae]n|spokesperson|chief|executive|officer|CEO|CFO|chair(?:wo)?man|president|director|"
    r"analyst|minister|secretary|head|manager|founder|economist|strategist)\s*$"
)
TOLD_BY_SUBJECT = re.compile(r"(?:['’]s)?\s+(?:has\s+|had\s+)?(?:also\s+)?(?:told|informed|notified)\b")
REPORTERS = re.compile(
    r"(?i)\b(?:reported|reports|according|told|sources|filing|filings|memo|people\s+familiar|newspaper|journal|"
    r"times|news|wire|reuters|bloomberg|cnbc)\b"
)

# Scope: "in its European service organisation", "within its corporate divisions", "at the Bergen office".
SCOPE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:in|within|at|across|from)\s+(?:its|the|their|the\s+company['’]s)\s+"
    r"(?P<scope>(?:[\w&-]+\s+){0,4}?(?:organi[sz]ation|division|divisions|unit|units|business|businesses|operations|"
    r"segment|group|team|teams|department|arm|office|offices|plant|factory|site|headquarters|functions|region|"
    r"workforce|staff))\b"
)
SCOPE_PLACE = re.compile(
    r"\s*(?:,\s*)?(?:in|at|across)\s+(?P<scope>(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4])\b)"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
)
SCOPE_WORDS = re.compile(
    r"(?i)^(?:corporate|onshore|offshore|office|white-collar|blue-collar|manufacturing|retail|warehouse|tech|"
    r"technology|engineering|sales|management|managerial|administrative|support|factory|plant|store|frontline|"
    r"european|u\.?s\.?|uk|british|german|french|global|domestic|international|middle-management|hq|headquarters)$"
)

# A bare year in front of a job noun is a year, not a count ("a running tally of 2025 job cuts", "its 2024
# layoffs"), unless a cut verb or an approximation word puts it in count position ("cut 2000 jobs", "about 1990
# workers"). Counts in the thousands are written with a separator in news copy ("2,025 jobs").
YEAR_SHAPED = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
COUNT_LEAD = re.compile(
    rf"(?i)(?:\b{CUT_VERB}|\b{_APPROX}|\b(?:another|additional|further|extra|total\s+of|combined|by)|"
    r"\d\s*(?:to|and|or|-|–))\s*$"
)

# --------------------------------------------------------------------------- prospective cuts
# Cuts the article says may come ("a second phase ... could follow", "may cut a further 500", "is considering
# cutting 2,000 jobs", "a possible second round of 1,000 job cuts", "as many as 3,000 more jobs could be affected")
# are not a decided round: no total reported alongside them includes them. "would cut" / "plans to cut" / "will
# cut" report a decision and are not prospective; a bare "could cut 30,000 jobs" is left alone too.
_MODAL = r"(?:could|may|might)\s+(?:also\s+|later\s+|eventually\s+|ultimately\s+|still\s+|then\s+|yet\s+){0,2}"
_MORE = r"(?:a\s+further|another|an?\s+(?:additional|extra|further|second|third|new)|additional|further|more)"
# In the clause before the figure (after the previous figure).
PROSPECTIVE_BEFORE = re.compile(
    r"(?i)(?:"
    # may cut a further / could eliminate another / might lay off up to an additional
    rf"\b{_MODAL}{CUT_VERB}\s+(?:(?:up\s+to|as\s+many\s+as|about|around|some|roughly|nearly)\s+)?{_MORE}\b"
    # is considering cutting / weighing a second round of / mulling job cuts of / exploring further layoffs
    r"|\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|"
    r"explor(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|studying|eyeing|"
    r"(?:does|did)\s+not\s+rule\s+out|(?:has|have)\s+not\s+ruled\s+out)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{CUT_VERB}|{CUT_NOUN_OF}|rounds?|phases?|waves?|tranches?)\b"
    # a possible second round of / potential job cuts of / Possible second phase in Europe:
    r"|\b(?:possible|possibly|potential|potentially|prospective|contingent|conditional)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{CUT_NOUN_OF}|rounds?|phases?|waves?|tranches?|stages?)\b"
    r")"
)
# Words between a cue before the figure and the figure that end its reach ("considering cutting costs, said it
# laid off 500 workers").
PROSPECTIVE_BEFORE_STOP = re.compile(r"(?i)\b(?:said|says|told|but|while|although|though|however)\b|[;.!?]\s")
# Right after the figure, in the same clause: "..., could follow once consultations conclude".
PROSPECTIVE_AFTER = re.compile(rf"(?i)^(?P<gap>[^;]*?)\b{_MODAL}(?:follow|come\s+(?:later|next|after))\b")
# "... 3,000 more jobs could be affected": a passive modal counts only for a figure marked as more cuts.
PROSPECTIVE_AFTER_PASSIVE = re.compile(
    rf"(?i)^(?P<gap>[^;]{{0,40}}?)\b{_MODAL}(?:be\s+(?:affected|impacted|cut|eliminated|lost|axed|shed|"
    r"made\s+redundant|laid\s+off|at\s+risk)|go|disappear)\b"
)
# Words between the figure and a modal after it that start another subject ("..., and analysts said more cuts
# may follow").
PROSPECTIVE_GAP_STOP = re.compile(
    rf"(?i)\b(?:{CUT_NOUN_OF}|said|says|told|but|while|although|though|however|analysts?)\b|[.!?]\s"
)
MORE_CUTS = re.compile(rf"(?i)\b{_MORE}\b")

# A legal threshold, not a round: "a plant closing that affects more than 50 employees" in a sentence on what a
# notice law requires (the WARN Act's rules).
THRESHOLD_BEFORE = re.compile(r"(?i)\b(?:more\s+than|at\s+least|fewer\s+than|over|between)\s+$")
THRESHOLD_AFTER = re.compile(r"(?i)\s+or\s+(?:more|fewer)\b")
NOTICE_LAW = re.compile(r"(?i)\b(?:WARN|Worker\s+Adjustment)\b[^.;]*\b(?:must|requires?|required)\b")
