"""What every extractor gets: the article, its sentences and its reference date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Article
from ..text import Sentence, split_sentences


@dataclass(frozen=True)
class Doc:
    article: Article
    sentences: list[Sentence]

    @classmethod
    def of(cls, article: Article) -> Doc:
        return cls(article, split_sentences(article.body))

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def published(self) -> dt.date | None:
        """The date relative expressions resolve against (None: leave them unresolved)."""
        return self.article.published_date

    @property
    def company(self) -> str | None:
        c = self.article.company
        return c.name if c else None

    @property
    def ticker(self) -> str | None:
        c = self.article.company
        return c.ticker if c else None
