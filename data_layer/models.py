"""Typed records the data layer produces.

Every record is a frozen pydantic model that forbids unknown fields and carries a
:class:`Provenance` pointing back to the exact words it came from:
``article.body[prov.start:prov.end] == prov.evidence``.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- vocabularies


class PriceKind(StrEnum):
    CLOSE = "close"
    INTRADAY = "intraday"
    UNSPECIFIED = "unspecified"


class RatingClass(StrEnum):
    BUY = "buy"
    HOLD = "hold"
    SELL = "sell"


class RatingAction(StrEnum):
    RAISED = "raised"
    LOWERED = "lowered"
    MAINTAINED = "maintained"
    REITERATED = "reiterated"
    INITIATED = "initiated"
    UPGRADED = "upgraded"
    DOWNGRADED = "downgraded"


class LayoffKind(StrEnum):
    ROUND = "round"  # one wave of cuts
    CUMULATIVE = "cumulative"  # a running or programme total


class LayoffStatus(StrEnum):
    ANNOUNCED = "announced"  # decided, under way or done: part of any total reported after it
    PROSPECTIVE = "prospective"  # "could follow", "may cut a further": not yet decided, in no total


class LayoffBasis(StrEnum):
    COUNT = "count"
    PERCENT = "percent"  # only a percentage is stated
    RANGE = "range"


class EventType(StrEnum):
    INVESTMENT = "investment"
    FUNDING_ROUND = "funding_round"
    PARTNERSHIP = "partnership"
    PARTNERSHIP_END = "partnership_end"
    CLOSURE = "closure"
    EARNINGS_DATE = "earnings_date"
    FINANCIAL_RESULT = "financial_result"
    PRODUCT = "product"
    REGULATION = "regulation"
    POLICY = "policy"
    ACQUISITION = "acquisition"
    EXECUTIVE_CHANGE = "executive_change"
    LEGAL = "legal"
    GUIDANCE = "guidance"
    OTHER = "other"


class EventStatus(StrEnum):
    RUMORED = "rumored"
    TALKS = "talks"
    ANNOUNCED = "announced"
    COMPLETED = "completed"


class DateBasis(StrEnum):
    """Where a record's date comes from: the text ("in a research note on Friday, April 26th") or, failing that,
    the article's own publication day (an upper bound: the action was reported then)."""

    STATED = "stated"
    PUBLISHED = "published"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


# --------------------------------------------------------------------------- building blocks

FiniteFloat = Annotated[float, Field(allow_inf_nan=False)]


class FuzzyDate(_Frozen):
    """A calendar date known to some precision: ``start`` is the first day it may mean.

    ``FuzzyDate(start=date(2026, 1, 1), precision="month")`` is "January 2026".
    """

    start: dt.date
    precision: DatePrecision = DatePrecision.DAY

    @property
    def end(self) -> dt.date:
        """Last day the date may mean (inclusive)."""
        s, p = self.start, self.precision
        if p is DatePrecision.DAY:
            return s
        if p is DatePrecision.WEEK:
            return s + dt.timedelta(days=6)
        months = {DatePrecision.MONTH: 1, DatePrecision.QUARTER: 3, DatePrecision.HALF: 6, DatePrecision.YEAR: 12}[p]
        y, m = divmod(s.month - 1 + months, 12)
        return dt.date(s.year + y, m + 1, 1) - dt.timedelta(days=1)

    def iso(self) -> str:
        """The export form: ``YYYY-MM-DD`` for days and weeks, ``YYYY-MM`` for months, ``YYYY`` else.

        >>> FuzzyDate(start=dt.date(2025, 11, 1), precision="month").iso()
        '2025-11'
        """
        if self.precision in (DatePrecision.DAY, DatePrecision.WEEK):
            return self.start.isoformat()
        if self.precision is DatePrecision.MONTH:
            return self.start.strftime("%Y-%m")
        if self.precision is DatePrecision.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.precision is DatePrecision.HALF:
            return f"{self.start.year}-H{(self.start.month - 1) // 6 + 1}"
        return str(self.start.year)


class Company(_Frozen):
    name: str
    ticker: str | None = None
    exchange: str | None = None
    isin: str | None = None


class Provenance(_Frozen):
    """Where a record came from: ``body[start:end] == evidence`` and the sentence around it."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: str
    sentence: str
    extractor: str

    @model_validator(mode="after")
    def _span(self) -> Provenance:
        if self.end < self.start:
            raise ValueError("provenance end before start")
        if len(self.evidence) != self.end - self.start:
            raise ValueError("evidence length does not match span")
        return self


class Article(_Frozen):
    """One article, as read and cleaned. Record spans index into ``body``."""

    id: str
    title: str = ""
    body: str  # cleaned text (title first line when the source had one), boilerplate removed
    raw: str = ""  # the text as read (HTML source for HTML)
    published: dt.datetime | None = None
    source: str | None = None  # outlet
    url: str | None = None
    author: str | None = None
    companies: tuple[Company, ...] = ()
    boilerplate: tuple[str, ...] = ()  # blocks removed from the body
    format: str = "txt"
    content_hash: str = ""
    path: str | None = None

    @property
    def company(self) -> Company | None:
        return self.companies[0] if self.companies else None

    @property
    def published_date(self) -> dt.date | None:
        return self.published.date() if self.published else None


# --------------------------------------------------------------------------- records


class _Record(_Frozen):
    provenance: Provenance
    company: str | None = None
    ticker: str | None = None

    @property
    def article_id(self) -> str:
        return self.provenance.article_id


class PricePoint(_Record):
    date: FuzzyDate | None = None
    value: FiniteFloat = Field(gt=0)
    currency: str = "USD"  # ISO 4217; pence is GBX
    kind: PriceKind = PriceKind.UNSPECIFIED
    change_pct: FiniteFloat | None = None
    context: str | None = None  # e.g. "2.6% below its 52-week peak"


class AnalystRating(_Record):
    firm: str
    analyst: str | None = None
    rating: str | None = None  # as written
    rating_class: RatingClass | None = None
    target: FiniteFloat | None = Field(default=None, gt=0)
    currency: str | None = None
    previous_target: FiniteFloat | None = Field(default=None, gt=0)
    previous_rating: str | None = None
    action: RatingAction | None = None
    date: FuzzyDate | None = None  # when the firm acted, as the text states it (see ``date_basis``)
    date_basis: DateBasis | None = None


class LayoffFigure(_Record):
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    percent: FiniteFloat | None = Field(default=None, ge=0, le=100)
    approximate: bool = False
    basis: LayoffBasis = LayoffBasis.COUNT
    kind: LayoffKind = LayoffKind.ROUND
    status: LayoffStatus = LayoffStatus.ANNOUNCED
    date: FuzzyDate | None = None  # when the cuts happen / the period the total covers
    scope: str | None = None  # corporate, a region, a unit

    @model_validator(mode="after")
    def _bounds(self) -> LayoffFigure:
        if self.low is None and self.percent is None:
            raise ValueError("a layoff figure needs a count or a percentage")
        if self.low is not None and self.high is not None and self.high < self.low:
            raise ValueError("high below low")
        return self


class Event(_Record):
    type: EventType
    date: FuzzyDate | None = None  # when it happened or will, as the text states it (see ``date_basis``)
    date_basis: DateBasis | None = None  # ``published``: the text gives no day, the article's day stands in
    amount_usd: FiniteFloat | None = Field(default=None, ge=0)
    amount_parts: tuple[FiniteFloat, ...] = ()  # "$15bn up front and $35bn later"
    amount_text: str | None = None  # as written, e.g. "£1.2bn"
    valuation_usd: FiniteFloat | None = Field(default=None, ge=0)  # "valuing the startup at $830 billion"
    counterparty: str | None = None
    status: EventStatus | None = None
    summary: str = ""
    expected_close: FuzzyDate | None = None  # a deal's: "expected to close in the third quarter of 2023"

    @field_validator("amount_parts")
    @classmethod
    def _parts(cls, v: tuple[float, ...]) -> tuple[float, ...]:
        if any(not math.isfinite(x) or x < 0 for x in v):
            raise ValueError("amount parts must be finite and non-negative")
        return v


RECORD_TYPES: dict[str, type[_Record]] = {
    "prices": PricePoint,
    "targets": AnalystRating,
    "layoffs": LayoffFigure,
    "events": Event,
}
