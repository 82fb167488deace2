"""Extraction: articles in, validated records out.

Each extractor module exposes ``extract(doc: Doc) -> list[record]`` and works sentence by
sentence on ``doc.article.body``. :func:`extract` runs them all and deduplicates facts stated
twice in one article.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Iterable

from ..models import Article
from ..records import Records
from . import events, layoffs, prices, targets
from ._doc import BudgetExceeded, Doc

EXTRACTOR_VERSION = "29"  # bump when extraction output changes: stored articles are re-extracted
EXTRACTORS = (prices, targets, layoffs, events)

__all__ = ["EXTRACTOR_VERSION", "BudgetExceeded", "Doc", "extract", "extract_article"]


# What one article may cost. Extraction is linear in the article's size (sentences are capped at
# ``text.MAX_SENTENCE_CHARS``), but a 20 MB file of crafted text could still take minutes: past this many seconds
# the article is refused with :class:`BudgetExceeded` (the store quarantines it with the reason). Normal articles
# take milliseconds. ``NEWSDASH_ARTICLE_SECONDS`` overrides it.
ARTICLE_BUDGET_S = 30.0
# Records kept per extractor per article: a real article states a few dozen facts; more is a list or a crafted
# input, and keeping them all would make one file dominate every chart and the store.
MAX_FACTS_PER_KIND = 500
# Records kept per extractor per sentence: a real sentence states a handful ("rose 2% to $10.50, its highest since
# May"); an endless crafted sentence ("cut 1,000 jobs and cut 1,000 jobs and ...") must not fill the kind's quota.
MAX_FACTS_PER_SENTENCE = 20


def article_budget() -> float:
    """Seconds one article's extraction may take (``NEWSDASH_ARTICLE_SECONDS``, else :data:`ARTICLE_BUDGET_S`)."""
    try:
        value = float(os.environ.get("NEWSDASH_ARTICLE_SECONDS", ARTICLE_BUDGET_S))
    except ValueError:
        return ARTICLE_BUDGET_S
    return value if value > 0 else ARTICLE_BUDGET_S


def extract_article(article: Article, budget: float | None = None) -> Records:
    """All records one article states; ``budget``: seconds it may take (default :func:`article_budget`), past
    which :class:`BudgetExceeded` is raised."""
    doc = Doc.of(article, article_budget() if budget is None else budget)
    out = Records(articles=[article])
    for module in EXTRACTORS:
        per_sentence: Counter[str] = Counter()
        for rec in itertools.islice(module.extract(doc), MAX_FACTS_PER_KIND):
            per_sentence[rec.provenance.sentence] += 1
            if per_sentence[rec.provenance.sentence] <= MAX_FACTS_PER_SENTENCE:
                out.add(rec)
    return out.deduplicated()


def extract(articles: Iterable[Article]) -> Records:
    """All records the articles state, in article order."""
    out = Records()
    for article in articles:
        out.extend(extract_article(article))
    return out
