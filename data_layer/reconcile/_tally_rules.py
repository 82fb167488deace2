"""Words that tell what a layoff figure stands for (rules as data, compiled once; used by :mod:`.tally`).

- a *plan*: a programme's intended or possible size ("could ultimately eliminate approximately 14,000 roles",
  "plans to cut up to 4,000 jobs by 2027"), not a count of cuts reported so far;
- a *filing*: a state WARN notice ("notices under the WARN Act", "regulatory filings ... between 1,001 and
  2,500 positions"), the part of a round one state sees, not a round of its own.
"""

from __future__ import annotations

import re

# looked for in the words before the figure in its sentence (a plan's verb comes before its number)
PLAN_BEFORE = re.compile(
    r"\b(?:could|may|might|would|will)\s+(?:\w+\s+){0,2}?(?:ultimately|eventually|in\s+total|over\s+time)\b"
    r"|\b(?:could|may|might)\s+(?:\w+\s+){0,2}?(?:eliminate|cut|shed|affect|reduce|lay\s+off)\b"
    r"|\b(?:plans?|planned|planning|aims?|aiming|intends?|intending|targets?|expects?|expecting)\s+to\b"
    r"|\b(?:plan|programme|program)\s+(?:under\s+which|that|to)\b"
    r"|\bby\s+the\s+end\s+of\b",
    re.IGNORECASE,
)
PLAN_WINDOW = 90  # characters before the figure searched for a plan's words
# anywhere in the sentence: the figure comes from a state notice of mass layoffs
FILING = re.compile(
    r"\bWARN\b|(?i:\bWorker\s+Adjustment\s+and\s+Retraining\b|\b(?:regulatory|state)\s+(?:filings?|notices?)\b"
    r"|\bnotices?\s+(?:filed\s+)?with\s+(?:the\s+)?(?:state|\w+\s+(?:regulators|officials|authorities))\b)",
)
FILING_SLACK_DAYS = 45  # a filing belongs to a round whose dates fall within this many days of the filing's
