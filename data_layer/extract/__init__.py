"""Extraction: articles in, validated records out.

Each extractor module exposes ``extract(doc: Doc) -> list[record]`` and works sentence by
sentence on ``doc.article.body``. :func:`extract` runs them all and deduplicates facts stated
twice in one article.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Article
from ..records import Records
from . import events, layoffs, prices, targets
from ._doc import Doc

EXTRACTOR_VERSION = "9"  # bump when extraction output changes: stored articles are re-extracted
EXTRACTORS = (prices, targets, layoffs, events)

__all__ = ["EXTRACTOR_VERSION", "Doc", "extract", "extract_article"]


def extract_article(article: Article) -> Records:
    """All records one article states."""
    doc = Doc.of(article)
    out = Records(articles=[article])
    for module in EXTRACTORS:
        for rec in module.extract(doc):
            out.add(rec)
    return out.deduplicated()


def extract(articles: Iterable[Article]) -> Records:
    """All records the articles state, in article order."""
    out = Records()
    for article in articles:
        out.extend(extract_article(article))
    return out
