"""Sentences with character spans, and the provenance helper every extractor uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Provenance

# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) and whitespace, or at a
# line break. Abbreviations and decimals are protected below.
# Items glued without a space ("... its buy rating.Halden Foods: Numis cuts ...") split too.
_BOUNDARY = re.compile(r"""(?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9$€£])|\n+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})""")
_ABBREV = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|Plc|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|No|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|E\.U|N\.Y|a\.m|p\.m|e\.g|i\.e|etc|Bros|Intl|Ave|Gov|Sen|Rep|"
    # a rupee sign written with a point: "Current market price of Indigo Paints is Rs. 1424"
    r"Rs)"
    r"|\b[A-Z])\.$"
)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(name: str) -> str:
    """A file name or other outside text safe to print on one terminal line: control characters, line breaks,
    terminal escape codes and bidirectional overrides become visible ``\\xNN`` / ``\\uNNNN`` escapes.

    >>> print(printable("evil\\nname\\x1b[31m.txt"))
    evil\\x0aname\\x1b[31m.txt
    """
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else
                            f"\\u{ord(m.group()):04x}", name)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(body: str) -> list[Sentence]:
    """Split ``body`` into sentences; ``body[s.start:s.end] == s.text`` always holds.

    >>> [s.text for s in split_sentences("Shares rose 2.5% to $10. Inc. stays. Next line\\nNew one")]
    ['Shares rose 2.5% to $10.', 'Inc. stays.', 'Next line', 'New one']
    >>> [s.text for s in split_sentences("AO World (AO.) 289.50p 3.39%. Next one")]
    ['AO World (AO.) 289.50p 3.39%.', 'Next one']
    >>> [len(s.text) for s in split_sentences("word " * 500)]  # no sentence end: cut at spaces, 1,000 chars at most
    [999, 999, 499]
    """
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(body):
        end = m.start()
        while end > pos and body[end - 1] in "\"'”’)]":
            end -= 1
        # only the last word matters: look at the tail, not the whole run since ``pos`` (that grows with every
        # "Inc. " skipped, which made a long run of them quadratic)
        if "\n" not in m.group() and _ABBREV.search(body, max(pos, end - 40), end):
            continue  # "Inc. " / "U.S. " is not the end of a sentence
        if body.startswith(")", m.start()) and 0 <= end - body.rfind("(", max(pos, end - 12), end) <= 12:
            continue  # a ticker in brackets: "AO World (AO.) 289.50p 3.39%", "Wood Group (John) (WG.) 140.20p"
        _add(out, body, pos, m.start())
        pos = m.end()
    _add(out, body, pos, len(body))
    return out


# The longest sentence an extractor sees: a longer run of text without a sentence end (a list glued into one line,
# or a crafted input) is cut into pieces of at most this many characters, at a space where there is one. Real
# sentences are far shorter (the longest in the evaluation corpora has about 400); the cap bounds the work per
# sentence, so extraction time grows linearly with the size of an article whatever its text.
MAX_SENTENCE_CHARS = 1000


def _add(out: list[Sentence], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = body.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add(out, body, start, cut)
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, body[start:end]))


def provenance(article_id: str, sentence: Sentence, start: int, end: int, extractor: str) -> Provenance:
    """Provenance for the span ``start:end`` *relative to the sentence*.

    >>> s = Sentence(10, 22, "Shares fell.")
    >>> p = provenance("a", s, 0, 6, "x")
    >>> (p.start, p.end, p.evidence)
    (10, 16, 'Shares')
    """
    start = max(0, min(start, len(sentence.text)))
    end = max(start, min(end, len(sentence.text)))
    return Provenance(
        article_id=article_id,
        start=sentence.start + start,
        end=sentence.start + end,
        evidence=sentence.text[start:end],
        sentence=sentence.text,
        extractor=extractor,
    )
