"""Case-insensitive rule patterns run lower-case on lower-cased text: same matches as the original pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data_layer.extract import _event_rules, events, layoffs, prices, targets
from data_layer.extract._caseless import Caseless, icompile

PATTERNS = sorted(
    {
        (f"{m.__name__.rsplit('.', 1)[-1]}.{name}", rx)
        for m in (_event_rules, events, layoffs, prices, targets)
        for name, rx in vars(m).items()
        if isinstance(rx, Caseless)
    },
    key=lambda x: x[0],
)
WORDS = st.sampled_from(
    ["Shares", "CLOSED", "at", "$", "41.76", "raised", "Its", "Outlook", "to", "acquire", "İstanbul", "ſtake", " ",
     ", ", ". ", "Q4", "per share", "Buy", "rating", "price target", "jobs", "cut", "agreed", "to buy", "Inc.", "%",
     "(NYSE: ACME)", "\n", "—", "billion", "SEC", "fined", "€", "Kelvin K", "Straße"]
)  # fmt: skip
TEXT = st.lists(WORDS, max_size=30).map(" ".join)


def _view(m) -> tuple | None:
    return None if m is None else (m.span(), m.group(), m.groups(), m.groupdict())


def test_most_rule_patterns_are_caseless():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize(("name", "rx"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_same_matches_as_the_original_pattern(name, rx):
    @settings(max_examples=25, deadline=None)
    @given(TEXT)
    def check(text):
        assert _view(rx.search(text)) == _view(rx.rx.search(text))
        assert [_view(m) for m in rx.finditer(text)] == [_view(m) for m in rx.rx.finditer(text)]
        assert _view(rx.match(text)) == _view(rx.rx.match(text))

    check()


@pytest.mark.parametrize(
    ("pattern", "flags", "caseless"),
    [
        (r"\b(?:acquire|buy)\b", re.I, True),
        (r"\S+\s", re.I, False),  # \S would become \s
        (r"(?P<Firm>\w+)", re.I, False),  # a group name with a capital
        (r"(?-i:[A-Z])\w+", re.I, False),  # a case-sensitive part
        (r"[A-Z]\w+", 0, False),  # case-sensitive
    ],
)
def test_only_patterns_that_keep_their_meaning_lower_cased(pattern, flags, caseless):
    assert isinstance(icompile(pattern, flags), Caseless) is caseless


@pytest.mark.parametrize(
    ("pattern", "text", "span"),
    [
        (r"\bstake\b", "a ſtake", (2, 7)),  # long s: IGNORECASE equates it with s, str.lower keeps it
        (r"istanbul\s+\w+", "İstanbul Exchange", (0, 17)),  # "İ".lower() is two characters
        (r"kelvin", "KELVIN", (0, 6)),  # Kelvin sign
        (r"stra(?:ss|ß)e", "STRAẞE", (0, 6)),
    ],
)
def test_letters_ignorecase_equates_with_ascii_ones(pattern, text, span):
    rx = icompile(pattern, re.I)
    assert isinstance(rx, Caseless)
    assert rx.search(text).span() == rx.rx.search(text).span() == span


# --------------------------------------------------------------------------- one scan for every event gate


_GATES = [g for _, g in events._GATED] + [events._END_NOUN_GATE]
_LITERALS = sorted({x for g in _GATES for x in g.literals or ()})
# the gates' own literals and pieces of them, glued together: overlaps and literals inside literals
GATE_TEXT = st.lists(
    st.sampled_from(_LITERALS) | st.sampled_from(_LITERALS).map(lambda x: x[1:]) | st.sampled_from([" ", "-", "s"]),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(GATE_TEXT | TEXT.map(str.lower))
def test_event_gate_set_decides_like_each_gate(low):
    assert events._GATESET.opened(low) == [g(low) for g in _GATES]
