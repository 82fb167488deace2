"""Case-insensitive patterns run as lower-case patterns on lower-cased text: same matches, about 2x faster.

Python's ``re`` gives up most of its optimisations under ``re.IGNORECASE`` (literal prefixes, character-set
skips). A pattern whose source can be lower-cased without changing its meaning (no upper-case escapes such as
``\\S`` or ``\\W``, no case-sensitive inline groups) matches lower-cased text at the same positions, so
:func:`icompile` returns a drop-in :class:`Caseless` pattern: ``search``/``match``/``fullmatch``/``finditer``
run the fast pattern on ``text.lower()`` and hand back matches whose groups are slices of the *original* text.
Text is lower-cased with :func:`._prefilter.fold`, which also maps the four non-ASCII letters ``IGNORECASE`` treats
as ASCII ones (ſ, K, İ, ı). Text whose length still changes and every other method use the original pattern.

>>> rx = icompile(r"\\b(?P<verb>raised|cut)\\s+(?:its\\s+)?(?P<what>Outlook|guidance)", re.I)
>>> m = rx.search("Acme RAISED its Outlook on Friday")
>>> m.group(), m["verb"], m.span("what"), m.groupdict()
('RAISED its Outlook', 'RAISED', (16, 23), {'verb': 'RAISED', 'what': 'Outlook'})
>>> [m.group(1) for m in rx.finditer("Cut guidance, then raised outlook")]
['Cut', 'raised']
>>> type(icompile(r"\\S+", re.I)).__name__, type(icompile(r"\\w+")).__name__  # not eligible: plain patterns
('Pattern', 'Pattern')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import _fastscan
from ._prefilter import fold

__all__ = ["Caseless", "Scanned", "icompile"]

#: Sources that would change meaning when lower-cased: upper-case escapes (\S, \W, \D, \B, \A, \Z, \N{...}),
#: group names or references with capitals, scoped flag changes such as ``(?-i:...)``.
_NOT_LOWERABLE = re.compile(r"\\[A-Z]|\(\?P[<=]\w*[A-Z]|\(\?[a-zA-Z]*-")


def icompile(pattern: str, flags: int = 0) -> re.Pattern[str] | Caseless | Scanned:
    """``re.compile(pattern, flags)``, as a :class:`Caseless` when it is case-insensitive and can be lower-cased,
    else as a :class:`Scanned` when the shared compiled scan can rule it out for a sentence."""
    rx = re.compile(pattern, flags)
    if not flags & re.IGNORECASE or _NOT_LOWERABLE.search(pattern):
        lits = _fastscan.SHARED.add(rx) if _fastscan.ENABLED else None
        return rx if lits is None else Scanned(rx, lits)
    return Caseless(rx)


class Scanned:
    """A pattern that is not run on a sentence whose compiled scan lacks all its literals (``_fastscan``)."""

    __slots__ = ("rx", "sid")

    def __init__(self, rx: re.Pattern[str], lits: frozenset[str]) -> None:
        self.rx = rx
        self.sid = lits

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.rx.search(text, *args) if _fastscan.may_match(self.sid, text) else None

    def match(self, text: str, *args) -> re.Match[str] | None:
        return self.rx.match(text, *args) if _fastscan.may_match(self.sid, text) else None

    def fullmatch(self, text: str, *args) -> re.Match[str] | None:
        return self.rx.fullmatch(text, *args) if _fastscan.may_match(self.sid, text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, *args) if _fastscan.may_match(self.sid, text) else iter(())

    def findall(self, text: str, *args) -> list:
        return self.rx.findall(text, *args) if _fastscan.may_match(self.sid, text) else []

    def __getattr__(self, name: str):  # pattern, flags, groupindex, sub, split...: the pattern itself
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"Scanned({self.rx!r})"


class Caseless:
    """A case-insensitive pattern that matches on lower-cased text (see the module doc)."""

    __slots__ = ("low", "rx", "sid")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        source = rx.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
        self.low = re.compile(source, rx.flags & ~re.IGNORECASE)
        # its id in the shared compiled scan: on a text already scanned (an article's sentence) that rules it out,
        # the pattern is not run at all (see _fastscan.may_match)
        self.sid = _fastscan.SHARED.add(rx) if _fastscan.ENABLED else None  # its literals in the shared scan

    def _lower(self, text: str) -> str | None:
        low = fold(text)  # like str.lower, and maps the four letters IGNORECASE equates with ASCII ones (ſ, K, İ, ı)
        return low if len(low) == len(text) else None

    def search(self, text: str, *args) -> _Match | re.Match[str] | None:
        if not _fastscan.may_match(self.sid, text):
            return None
        low = self._lower(text)
        if low is None:
            return self.rx.search(text, *args)
        m = self.low.search(low, *args)
        return _Match(m, text) if m else None

    def match(self, text: str, *args) -> _Match | re.Match[str] | None:
        if not _fastscan.may_match(self.sid, text):
            return None
        low = self._lower(text)
        if low is None:
            return self.rx.match(text, *args)
        m = self.low.match(low, *args)
        return _Match(m, text) if m else None

    def fullmatch(self, text: str, *args) -> _Match | re.Match[str] | None:
        if not _fastscan.may_match(self.sid, text):
            return None
        low = self._lower(text)
        if low is None:
            return self.rx.fullmatch(text, *args)
        m = self.low.fullmatch(low, *args)
        return _Match(m, text) if m else None

    def finditer(self, text: str, *args) -> Iterator[_Match | re.Match[str]]:
        if not _fastscan.may_match(self.sid, text):
            return
        low = self._lower(text)
        if low is None:
            yield from self.rx.finditer(text, *args)
            return
        for m in self.low.finditer(low, *args):
            yield _Match(m, text)

    def __getattr__(self, name: str):  # pattern, flags, groupindex, sub, split, findall...: the original pattern
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"Caseless({self.rx!r})"


class _Match:
    """A match found on the lower-cased text, read back from the original text."""

    __slots__ = ("_m", "string")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self._m = m
        self.string = text

    def _slice(self, g: int | str) -> str | None:
        s, e = self._m.span(g)
        return None if s < 0 else self.string[s:e]

    def group(self, *groups: int | str):
        if len(groups) <= 1:
            return self._slice(groups[0] if groups else 0)
        return tuple(self._slice(g) for g in groups)

    def __getitem__(self, g: int | str) -> str | None:
        return self._slice(g)

    def groups(self, default=None) -> tuple:
        return tuple(default if v is None else v for v in (self._slice(i) for i in range(1, self._m.re.groups + 1)))

    def groupdict(self, default=None) -> dict:
        return {k: (default if v is None else v) for k, v in ((k, self._slice(k)) for k in self._m.re.groupindex)}

    def start(self, g: int | str = 0) -> int:
        return self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._m.end(g)

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._m.span(g)

    def __getattr__(self, name: str):  # pos, endpos, lastindex, lastgroup, re
        return getattr(self._m, name)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"<match span={self.span()} {self.group()!r}>"
