"""What every extractor gets: the article, its sentences and its reference date."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
from dataclasses import dataclass
from functools import cached_property

from .._company_rules import MACRO_HEADLINE, WRAP_HEADLINE
from ..dates import infer_reference
from ..markets import Market, market_for
from ..models import Article
from ..text import Sentence, split_sentences
from . import _fastscan


class BudgetExceeded(Exception):
    """Extracting one article took longer than its wall-clock budget (the article is quarantined, not stored)."""


class _TimedSentences(list):
    """The sentences, checking a deadline each time an extractor moves on to the next one: every extractor walks
    ``doc.sentences``, so an article that costs too much stops within one sentence of its budget."""

    deadline: float = 0.0
    budget: float = 0.0

    def __iter__(self):
        for sent in super().__iter__():
            if time.monotonic() > self.deadline:
                raise BudgetExceeded(f"extraction took longer than the {self.budget:g} s allowed per article")
            yield sent


_MARKET_SCAN = 2000
# What may sit between two companies a headline lists: "Pearson, Barclays and Virgin Media", "TransCanada and Enmax".
#: A headline's list of names that ends in "and more": "Apple, Nvidia, Tesla and more", "from A, B, C, and others".
_NAMES_AND_MORE = re.compile(
    r"(?:[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|and|of))*\s*,\s*){2,}(?:and\s+)?(?:more|others|other\s+\w+)\b"
)
_LIST_GAP = re.compile(r"(?:,?\s+(?:Corp|Inc|Co|Ltd|Plc|PLC|AG|SA|Group|Holdings)\.?)?\s*(?:,|&|and|,\s*and)\s*")


#: How many companies a story names, none of them in its headline, to be a wrap of their several facts.
WRAP_COMPANIES = 3


def _title_names(title: str, name: str) -> bool:
    """The headline names the company, in full or by its first word ("Innergex" for Innergex Renewable Energy).

    >>> _title_names("Innergex shares fall after deal", "Innergex Renewable Energy")
    True
    >>> _title_names("Tokyo shares close up", "Sony Group")
    False
    >>> _title_names("BT to cut 55,000 jobs", "BT Group")  # a short name in capitals
    True
    """
    first = name.split()[0] if name.split() else ""
    long_enough = len(first) >= 3 or (len(first) == 2 and first.isupper() and len(name.split()) > 1)
    return _title_span(title, name) is not None or (long_enough and _title_span(title, first) is not None)


def _title_span(title: str, name: str) -> tuple[int, int] | None:
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title)
    return m.span() if m else None


@dataclass(frozen=True)
class Doc:
    article: Article
    sentences: list[Sentence]

    @classmethod
    def of(cls, article: Article, budget: float | None = None) -> Doc:
        """``budget``: seconds extraction may take from now (None: no limit); past it, iterating ``sentences``
        raises :class:`BudgetExceeded`."""
        sentences = split_sentences(article.body)
        _fastscan.prime(s.text for s in sentences)  # one compiled scan per sentence answers for every rule pattern
        if budget is not None:
            sentences = _TimedSentences(sentences)
            sentences.deadline, sentences.budget = time.monotonic() + budget, budget
        return cls(article, sentences)

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

    @cached_property
    def title_end(self) -> int:
        """Where the headline ends in the body (0 when the body does not open with it): facts before it are the
        headline's."""
        title = self.article.title or ""
        return len(title) if title and self.article.body.startswith(title) else 0

    @cached_property
    def roundup(self) -> bool:
        """The headline lists several companies ("Pearson, Barclays and Virgin Media", "TransCanada and Enmax
        confirm layoffs"): a round-up, whose every company's facts belong to the article.

        >>> from ..models import Company
        >>> def doc(title, *names):
        ...     return Doc(Article(id="a", title=title, body=".", companies=tuple(Company(name=n) for n in names)), [])
        >>> doc("Pearson, Barclays and Virgin Media", "Pearson", "Barclays", "Virgin Media").roundup
        True
        >>> doc("Magnum owner Unilever to cut 7,500 jobs", "Unilever", "Magnum").roundup
        False
        """
        title = self.article.title or ""
        if "," in title and _NAMES_AND_MORE.search(title):
            return True  # "Manufacturing layoffs from Lawn and Garden, Atkore Plastics, PepsiCo Foods, and more"
        spans = sorted(filter(None, (_title_span(title, c.name) for c in self.article.companies)))
        return any(_LIST_GAP.fullmatch(title[a[1] : b[0]]) for a, b in itertools.pairwise(spans))

    @cached_property
    def many_companies(self) -> bool:
        """A round-up or a market wrap ("Europe Movers: ...", "Nikkei down as Toyota slips", "Earnings Wrap"), or a
        story over several companies whose headline names none of them ("German shares gain 0.79 pct at start of
        trading", "Mixed signals in large companies' reporting flood"): the facts of every company it names are its
        own, each under its company's name.

        >>> from ..models import Company
        >>> def doc(title, *names):
        ...     return Doc(Article(id="a", title=title, body=".", companies=tuple(Company(name=n) for n in names)), [])
        >>> doc("Tokyo shares close up", "Sony Group", "Nintendo", "Nippon Steel").many_companies
        True
        >>> doc("Sony shares close up", "Sony Group", "Nintendo", "Nippon Steel").many_companies
        False
        >>> doc("Tokyo shares close up", "Sony Group", "Nintendo").many_companies
        False
        """
        title = self.article.title or ""
        if self.roundup or MACRO_HEADLINE.search(title) or WRAP_HEADLINE.search(title):
            return True
        companies = self.article.companies
        return len(companies) >= WRAP_COMPANIES and not any(_title_names(title, c.name) for c in companies)

    @property
    def company(self) -> str | None:
        c = self.article.company
        return c.name if c else None

    @property
    def ticker(self) -> str | None:
        c = self.article.company
        return c.ticker if c else None

    def company_named(self, name: str | None) -> tuple[str | None, str | None]:
        """(company, ticker) for a name written in the text; the article's company when nothing else is named."""
        if not name:
            return self.company, self.ticker
        words = {w.lower() for w in re.findall(r"[\w]+", re.sub(r"(?:'s|’s)$", "", name)) if len(w) > 2}
        for k, c in enumerate(self.article.companies):
            cw = {w.lower() for w in re.findall(r"[\w]+", c.name) if len(w) > 2}
            if words and cw and (words <= cw or cw <= words):
                if k == 0:
                    return self.company, self.ticker
                tidy = re.search(r"[\w.]$", c.name) and not re.search(
                    r"\b(?:CEO|CFO|Chief|President|Chairman)\b", c.name
                )
                clean = c.name if tidy and len(c.name.split()) <= 4 else re.sub(r"(?:'s|’s)$", "", name)
                return clean, c.ticker
            if c.ticker and name.upper() == c.ticker:
                return c.name, c.ticker
        return re.sub(r"(?:'s|’s)$", "", name), None

    @cached_property
    def market(self) -> Market | None:
        """The market the article's prices are quoted in (what its bare ``$``, ``cents`` and numbers mean)."""
        c = self.article.company
        text = f"{self.article.title}\n{self.article.body[:_MARKET_SCAN]}"  # a story names its market early
        return market_for(text, c.exchange if c else None, c.isin if c else None)
