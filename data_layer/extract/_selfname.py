"""The article's own company named by an ordinary word: "Target", "Next", "Sales", "Outlook".

Rules that veto on a word ("target", "next", "forecast") must not fire on the company's name written in
capitals: "Shares of Target rose 4% to $117.42" is a share price, "Target's revenue rose to $25.7 billion" a
result. :func:`mask_own_names` blanks those mentions (same length: spans still slice back) for such checks.

>>> mask_own_names("Shares of Target rose 4% to $117.42 after a price target cut.", own_names("Target Corp"))
'Shares of        rose 4% to $117.42 after a price target cut.'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..companies import LEGAL_SUFFIXES, WEAK_SUFFIXES

__all__ = ["mask_own_names", "own_names"]

#: Legal-form and filler words a name is written without ("Target Corp" -> "Target").
_SUFFIXES = frozenset(
    [s.lower() for s in (*LEGAL_SUFFIXES, *WEAK_SUFFIXES) if " " not in s]
    + [s.lower() + "." for s in LEGAL_SUFFIXES if "." not in s]
    + ["the", "&", "and"]
)


@lru_cache(maxsize=256)
def own_names(company: str | None) -> tuple[str, ...]:
    """Ways the text writes the company: its name, without legal form, its first word, in capitals (longest first).

    >>> own_names("Target Corp")
    ('Target Corp', 'TARGET CORP', 'Target', 'TARGET')
    >>> own_names("The Campbell's Company")[:3]
    ("The Campbell's Company", "THE CAMPBELL'S COMPANY", "Campbell's")
    >>> own_names(None)
    ()
    """
    if not company:
        return ()
    words = company.split()
    core = [w for w in words if w.lower() not in _SUFFIXES]
    names = [company, " ".join(core)]
    if core:
        names.append(core[0])
        names.append(re.sub(r"(?:'s|’s)$", "", core[0]))
    names += [n.upper() for n in names]  # press releases write "TARGET CORPORATION reported ..."
    out = [n for n in dict.fromkeys(names) if len(n) >= 3 and n[:1].isupper()]
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=256)
def _names_rx(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w&'’-])(?:{alt})(?![\w&-])")  # case-sensitive: "Target", never "target"


def mask_own_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` with capitalised mentions of ``names`` replaced by spaces."""
    rx = _names_rx(names)
    if rx is None:
        return text
    return rx.sub(lambda m: " " * len(m.group()), text)
