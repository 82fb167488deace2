"""One compiled scan per sentence tells which rule patterns can match it, before any Python regex runs.

Rules stay Python ``re`` patterns in their own modules. Each pattern registered here (every case-insensitive rule
pattern does so when it is compiled, see :class:`._caseless.Caseless`) contributes the literals one of which any of
its matches must contain (:func:`._prefilter.gate_literals`, read from the pattern's parse tree: nothing is listed
by hand, so the scan cannot drift from the rules). All literals of all patterns go into one Aho-Corasick automaton
(``ahocorasick-rs``, compiled Rust). :func:`prime` scans each sentence of an article once; afterwards
:func:`may_match` answers "can this pattern match this sentence?" with one set intersection: a pattern none of
whose literals occurs in the sentence cannot match it (nor any part of it), so its regex is not run.

With ``NEWSDASH_FAST=0``, or when ``ahocorasick-rs`` is missing, nothing is scanned and every pattern runs, as
before: both paths give identical records (``tests/test_fastscan.py``).

>>> s = Scanner()
>>> lits = s.add(re.compile(r"(?<![\\w-])cut(?:s|ting)?\\s+\\d[\\d,]*\\s+jobs\\b", re.I))
>>> sorted(lits)
['jobs']
>>> found = s.scan("It will CUT 1,000 jobs.")
>>> found is None or not lits.isdisjoint(found)
True
>>> found = s.scan("It will cut costs.")
>>> found is None or lits.isdisjoint(found)
True
"""

from __future__ import annotations

import os
import re
import threading

from ._prefilter import fold, gate_literals

try:
    import ahocorasick_rs as _ac
except ImportError:  # pragma: no cover - the pure-Python path is tested with NEWSDASH_FAST=0
    _ac = None

__all__ = ["ENABLED", "Scanner", "enabled", "found_in", "may_match", "prime"]


def enabled() -> bool:
    """The compiled path is on: ``ahocorasick-rs`` is installed and ``NEWSDASH_FAST`` is not ``0``."""
    return _ac is not None and os.environ.get("NEWSDASH_FAST", "1").strip().lower() not in ("0", "false", "no", "off")


ENABLED = enabled()


class Scanner:
    """Literals of many patterns in one automaton, built at the first scan.

    :meth:`add` returns the pattern's literals (a frozenset), or None when the pattern has none to offer or comes
    after the automaton was built (such as patterns compiled per article): callers then always run it.
    """

    def __init__(self) -> None:
        self._lits: set[str] = set()
        self._auto = None
        self._lock = threading.Lock()

    def add(self, rx: re.Pattern[str]) -> frozenset[str] | None:
        if self._auto is not None:
            return None  # built already: a pattern compiled per article (one company's names) just runs
        try:
            lits = gate_literals(rx)
        except Exception:  # a pattern the parse-tree reader does not know: it simply always runs
            return None
        return self.add_literals(lits)

    def add_literals(self, lits) -> frozenset[str] | None:
        """Register lower-case literals (a gate's): the frozenset to test a scan with, or None (then always open)."""
        with self._lock:  # never half-way through a build: literals added then would be missing from it
            if self._auto is not None or not lits:
                return None
            self._lits.update(lits)
            return frozenset(lits)

    def scan(self, text: str) -> set[str] | None:
        """The registered literals occurring in ``text`` (folded); None when the fast path is off."""
        if not ENABLED or not self._lits:
            return None
        if self._auto is None:
            with self._lock:
                if self._auto is None:
                    self._auto = _ac.AhoCorasick(sorted(self._lits), store_patterns=True)
        return set(self._auto.find_matches_as_strings(fold(text), overlapping=True))

    def __len__(self) -> int:
        return len(self._lits)


#: The scanner every rule module shares: one automaton, so one scan of a sentence answers for all of them.
SHARED = Scanner()

#: Scans of the current article's sentences and paragraphs: text -> the literals it contains. Shared by threads: an
#: entry depends only on its text, and a missing one only means the patterns run.
_CACHE: dict[str, set[str]] = {}
_CACHE_MAX = 4096
_CACHE_CHARS = 20_000  # longest text kept (sentences are capped at 1,000 characters; paragraphs may be anything)


def prime(texts) -> None:
    """Scan ``texts`` once each (an article's sentences) so that rule patterns can ask :func:`may_match`."""
    if not ENABLED:
        return
    if len(_CACHE) > _CACHE_MAX:
        _CACHE.clear()
    for t in texts:
        if t not in _CACHE:
            found = SHARED.scan(t)
            if found is None:
                return
            _CACHE[t] = found


def found_in(text: str) -> set[str] | None:
    """The registered literals in ``text``, from the article's scan, else scanned now (a paragraph); None: off."""
    found = _CACHE.get(text)
    if found is None and ENABLED:
        found = SHARED.scan(text)
        if found is not None and len(text) <= _CACHE_CHARS:  # a huge paragraph is scanned, not kept
            if len(_CACHE) > _CACHE_MAX:
                _CACHE.clear()
            _CACHE[text] = found
    return found


def may_match(lits: frozenset[str] | None, text: str) -> bool:
    """False only when ``text`` was scanned (:func:`prime`) and contains none of ``lits``; True when unsure."""
    if lits is None:
        return True
    found = _CACHE.get(text)
    return found is None or not lits.isdisjoint(found)
