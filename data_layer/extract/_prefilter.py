"""Cheap necessary conditions for regexes: skip a rule when its pattern cannot possibly match.

:func:`required_literals` reads a compiled pattern's parse tree and returns a set of lower-case
strings such that *every* match contains at least one of them (the idea behind RE2's prefilter and
trigram indexes). Plain ``in`` checks on the sentence lower-cased once (:func:`fold`) are far
cheaper than running the pattern, and because the literals are derived from the rules themselves
they stay right when the rules change. A :class:`Gate` combines several patterns: it lets a
sentence through when any of them could match.

>>> rx = re.compile(r"\\b(?:acquir(?:e|es|ed)|buy(?:s|ing)?|take[sn]?\\s+over)\\b", re.I)
>>> sorted(required_literals(rx))
['acquire', 'buy', 'take']
>>> g = Gate(rx)
>>> g(fold("Northwater agreed to ACQUIRE Clearbrook")), g(fold("Shares rose 2%"))
(True, False)
>>> Gate(re.compile(r"\\d+\\s*%"))("up 5 points")
False
>>> Gate(re.compile(r"\\d+\\s*\\w"))("anything")  # nothing required: always open
True
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

__all__ = ["Gate", "GateSet", "exact_literals", "fold", "gate_literals", "required_literals"]

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not map to it.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})

_MAX_EXACT = 64  # largest set of exact strings tracked for one node
_MAX_CLASS = 12  # largest character class expanded into single characters
_MAX_UNION = 256  # largest alternation of exact strings kept exact


def fold(text: str) -> str:
    """``text`` lower-cased the way case-insensitive patterns compare letters (only for gating: lengths may change).

    >>> fold("Shares ROSE"), fold("ſtake")
    ('shares rose', 'stake')
    """
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


class _Info:
    """What a node can match: ``exact`` (every string it matches, anchors ignored) or ``req`` (one must occur)."""

    __slots__ = ("exact", "req")

    def __init__(self, exact: frozenset[str] | None, req: frozenset[str] | None = None) -> None:
        self.exact = exact
        self.req = req

    def required(self) -> frozenset[str] | None:
        if self.exact is not None:
            return None if "" in self.exact else self.exact
        return self.req


_ANY = _Info(None, None)
_EMPTY = _Info(frozenset({""}))


#: Words in nearly every sentence: a poor literal to gate on when the pattern offers another.
_COMMON = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "over", "out"}
    | {"the", "to", "up", "down", "with", "will", "was"}
)


def _score(lits: frozenset[str]) -> tuple[bool, int, int]:
    """Selectivity of an OR-set: no common word, then longer shortest literal, then fewer literals."""
    return (not (lits & _COMMON), min(min(len(s) for s in lits), 8), -len(lits))


def _best(*cands: frozenset[str] | None) -> frozenset[str] | None:
    ok = [c for c in cands if c]
    return max(ok, key=_score) if ok else None


def _chars(items: list) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av).lower())
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, wide ranges: anything
            return None
    return frozenset(out) if len(out) <= _MAX_CLASS else None


def _seq(items) -> _Info:
    run: frozenset[str] | None = frozenset({""})  # exact strings of the current run of exact nodes
    whole_exact = True
    reqs: list[frozenset[str] | None] = []
    for op, av in items:
        info = _node(op, av)
        if info.exact is not None:
            if len(run) == 1 or len(info.exact) == 1 or len(run) * len(info.exact) <= _MAX_EXACT:
                run = frozenset(a + b for a in run for b in info.exact)
                continue
            reqs.append(None if "" in run else run)
            run = info.exact
            whole_exact = False
            continue
        whole_exact = False
        reqs.append(None if "" in run else run)
        reqs.append(info.required())
        run = frozenset({""})
    if whole_exact:
        return _Info(run)
    reqs.append(None if "" in run else run)
    return _Info(None, _best(*reqs))


def _node(op, av) -> _Info:
    if op is C.LITERAL:
        return _Info(frozenset({chr(av).lower()}))
    if op is C.IN:
        chars = _chars(av)
        return _Info(chars) if chars is not None else _ANY
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return _seq(av)
    if op is C.BRANCH:
        infos = [_seq(b) for b in av[1]]
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))
            if len(union) <= _MAX_UNION:
                return _Info(union)
        reqs = [i.required() for i in infos]
        if any(r is None for r in reqs):
            return _ANY
        return _Info(None, frozenset().union(*reqs))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, item = av
        info = _seq(item)
        if lo == 0:
            if hi == 1 and info.exact is not None:
                return _Info(info.exact | {""})
            return _EMPTY if info.exact == frozenset({""}) else _ANY
        if lo == hi == 1:
            return info
        return _Info(None, info.required())
    return _ANY  # ANY, NOT_LITERAL, GROUPREF, ...


def _simplify(lits: frozenset[str]) -> frozenset[str]:
    """Drop literals that contain another one (OR semantics: the shorter one is implied)."""
    keep = sorted(lits, key=len)
    out: list[str] = []
    for s in keep:
        if not any(o in s for o in out):
            out.append(s)
    return frozenset(out)


def required_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``rx`` contains (``None``: no such set known)."""
    req = _seq(P.parse(rx.pattern, rx.flags)).required()
    return _simplify(req) if req else None


def _merge_prefixes(lits: frozenset[str], least: int = 4) -> frozenset[str]:
    """Fewer, shorter literals: words sharing a prefix of ``least`` characters become that common prefix.

    >>> sorted(_merge_prefixes(frozenset({"depart", "departure", "retire", "retiring", "buy"})))
    ['buy', 'depart', 'retir']
    """
    groups: dict[str, list[str]] = {}
    for s in lits:
        groups.setdefault(s[:least], []).append(s)
    out = set()
    for key, words in groups.items():
        if len(key) < least or len(words) == 1:
            out.update(words)
        else:
            lcp = words[0]
            for w in words[1:]:
                while not w.startswith(lcp):
                    lcp = lcp[:-1]
            out.add(lcp)
    return _simplify(frozenset(out))


_PURE_OPS = (C.LITERAL, C.BRANCH, C.SUBPATTERN, C.IN)


def _pure(items) -> bool:
    for op, av in items:
        if op not in _PURE_OPS:
            return False
        if op is C.SUBPATTERN and (av[1] or av[2] or not _pure(av[-1])):  # no inline flag changes
            return False
        if op is C.BRANCH and not all(_pure(b) for b in av[1]):
            return False
        if op is C.IN and _chars(av) is None:
            return False
    return True


def exact_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a case-insensitive alternation of plain words: the words, so that ``rx.search(t)`` is exactly
    ``any(w in fold(t) for w in words)``. ``None`` for any other pattern.

    >>> exact_literals(re.compile("acqui|take over|EBIT", re.I))
    ('take over', 'acqui', 'ebit')
    >>> exact_literals(re.compile(r"\\bacqui", re.I)), exact_literals(re.compile("acqui"))
    (None, None)
    """
    if not rx.flags & re.IGNORECASE:
        return None
    tree = P.parse(rx.pattern, rx.flags)
    if not _pure(tree):
        return None
    info = _seq(tree)
    if info.exact is None or "" in info.exact:
        return None
    return tuple(sorted(_simplify(info.exact), key=lambda w: (-len(w), w)))


def gate_literals(*patterns: re.Pattern[str]) -> tuple[str, ...] | None:
    """Few, short lower-case strings one of which any match of any of the patterns contains (shortest first).

    >>> gate_literals(re.compile("retire|retiring|resign", re.I), re.compile(r"\\bquit\\b"))
    ('quit', 'retir', 'resign')
    """
    lits: set[str] = set()
    for rx in patterns:
        req = required_literals(rx)
        if req is None:
            return None
        lits |= req
    return tuple(sorted(_merge_prefixes(_simplify(frozenset(lits))), key=len))


class Gate:
    """True when any of the patterns could match the folded text (see :func:`fold`)."""

    __slots__ = ("literals", "scanned")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.literals = gate_literals(*patterns)
        from . import _fastscan  # (imports this module)

        # the literals as registered in the shared per-sentence scan (None: not there; use the substring checks)
        self.scanned = _fastscan.SHARED.add_literals(self.literals) if _fastscan.ENABLED else None

    def __call__(self, low: str) -> bool:
        if self.literals is None:
            return True
        return any(map(low.__contains__, self.literals))  # a C-level loop: no generator frames

    def __repr__(self) -> str:
        return f"Gate({self.literals!r})"


class GateSet:
    """Several gates decided by one scan of the text: ``opened(low)[k] == gates[k](low)``, cheaper than asking each.

    One trie-shaped regex with a lookahead finds the longest literal starting at every position; the literals
    inside it (prefixes and other substrings) come from a precomputed closure, so the result is exactly the set
    of the gates' literals occurring in the text.

    >>> gs = GateSet([Gate(re.compile("buyback|bid")), Gate(re.compile("buy")), Gate(re.compile(r"\\w+"))])
    >>> gs.opened("a buyback"), gs.opened("no offer")
    ([True, True, True], [False, False, True])
    """

    __slots__ = ("_closure", "_gates", "_masks", "_rx")

    def __init__(self, gates: list[Gate]) -> None:
        self._gates = [None if g.literals is None else g for g in gates]
        lits = sorted({x for g in gates for x in g.literals or ()})
        ids = {x: i for i, x in enumerate(lits)}
        self._masks = [None if g.literals is None else sum(1 << ids[x] for x in g.literals) for g in gates]
        self._closure = {a: sum(1 << ids[b] for b in lits if b in a) for a in lits}
        self._rx = re.compile("(?=(" + _trie_pattern(lits) + "))") if lits else None

    def opened(self, low: str, found: set[str] | None = None) -> list[bool]:
        """``found``: the literals a shared scan found in the text (see ``_fastscan.found_in``), when every gate's
        literals were in that scan; else the gates are decided by this set's own scan of ``low``."""
        if found is not None and all(g is None or g.scanned is not None for g in self._gates):
            return [g is None or not g.scanned.isdisjoint(found) for g in self._gates]
        hit = 0
        if self._rx is not None:
            for lit in set(self._rx.findall(low)):
                hit |= self._closure[lit]
        return [m is None or bool(m & hit) for m in self._masks]


def _trie_pattern(words: list[str]) -> str:
    """A regex matching the longest of ``words`` at a position, sharing prefixes (a trie).

    >>> _trie_pattern(["bid", "buy", "buyback"])
    'b(?:id|uy(?:back)?)'
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: dict) -> str:
        alts = [re.escape(ch) + rx(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return rx(root)
