"""What every extractor gets: the article, its sentences and its reference date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..dates import infer_reference
from ..markets import Market, market_for
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

    @cached_property
    def published(self) -> dt.date | None:
        """The date relative expressions resolve against: the article's date, else the day its text names
        (None: leave them unresolved)."""
        if self.article.published_date is not None:
            return self.article.published_date
        return infer_reference(f"{self.article.title}\n{self.article.body}")

    @property
    def company(self) -> str | None:
        c = self.article.company
        return c.name if c else None

    @property
    def ticker(self) -> str | None:
        c = self.article.company
        return c.ticker if c else None

    @cached_property
    def market(self) -> Market | None:
        """The market the article's prices are quoted in (what its bare ``$``, ``cents`` and numbers mean)."""
        c = self.article.company
        text = f"{self.article.title}\n{self.article.body}"
        return market_for(text, c.exchange if c else None, c.isin if c else None)
