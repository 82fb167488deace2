"""The :class:`View` a page shows: every frame and figure of one filtered selection (built by :mod:`.service`).

Its own module so that code below the service (the view codec) can name it without importing the service.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .records import columns

_JOINED = ["source", "title", "published"]
CLAIM_COLUMNS: dict[str, list[str]] = {
    "price_claims": [
        "claim_id", "company", "ticker", "date", "date_precision", "kind", "price", "currency", "change_pct",
        "n_sources", "sources", "first_reported", "last_reported", "conflict",
    ],
    "target_claims": [
        "claim_id", "company", "ticker", "firm", "date", "rating", "rating_class", "target", "currency",
        "previous_target", "action", "n_sources", "sources", "first_reported", "last_reported", "conflict",
        "previous_rating",
    ],
    "layoff_claims": [
        "claim_id", "company", "ticker", "kind", "low", "high", "percent", "approximate", "basis", "date",
        "date_precision", "scope", "n_sources", "sources", "first_reported", "last_reported", "conflict",
    ],
    "event_claims": [
        "claim_id", "event_id", "company", "ticker", "type", "counterparty", "date", "date_precision",
        "date_basis", "amount_usd", "amount_text", "status", "summary", "n_sources", "sources", "first_reported",
        "last_reported", "conflict", "expected_close",
    ],
}  # fmt: skip
CONFLICT_COLUMNS = ["kind", "nature", "company", "subject", "date", "values", "sources", "n_values"]  # reconcile's
LATEST_TARGET_COLUMNS = [
    "firm", "company", "rating", "rating_class", "target", "currency", "previous_target", "action", "date",
    "published", "n_sources", "evidence", "article_id", "date_precision", "date_basis", "last_seen_target",
    "last_seen_date", "previous_gap",
]  # fmt: skip
TALLY_COLUMNS = [
    "row", "company", "label", "low", "high", "approximate", "date", "first_reported", "last_reported",
    "n_sources", "sources", "text",
]  # fmt: skip
EVENT_STATUS_COLUMNS = [
    "event_id", "company", "type", "counterparty", "status", "first_reported", "last_reported", "n_sources",
    "history", "amounts", "amount_changed", "summary",
]  # fmt: skip


def empty(cols: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})


@dataclass
class View:
    """Everything one page needs, already filtered."""

    articles: pd.DataFrame = field(default_factory=lambda: empty(columns("articles")))
    prices: pd.DataFrame = field(default_factory=lambda: empty(columns("prices") + _JOINED))
    targets: pd.DataFrame = field(default_factory=lambda: empty(columns("targets") + _JOINED))
    layoffs: pd.DataFrame = field(default_factory=lambda: empty(columns("layoffs") + _JOINED))
    events: pd.DataFrame = field(default_factory=lambda: empty(columns("events") + _JOINED))
    price_claims: pd.DataFrame = field(default_factory=lambda: empty(CLAIM_COLUMNS["price_claims"]))
    target_claims: pd.DataFrame = field(default_factory=lambda: empty(CLAIM_COLUMNS["target_claims"]))
    layoff_claims: pd.DataFrame = field(default_factory=lambda: empty(CLAIM_COLUMNS["layoff_claims"]))
    event_claims: pd.DataFrame = field(default_factory=lambda: empty(CLAIM_COLUMNS["event_claims"]))
    conflicts: pd.DataFrame = field(default_factory=lambda: empty(CONFLICT_COLUMNS))
    target_consensus: dict = field(default_factory=dict)
    latest_targets: pd.DataFrame = field(default_factory=lambda: empty(LATEST_TARGET_COLUMNS))
    layoff_tally: pd.DataFrame = field(default_factory=lambda: empty(TALLY_COLUMNS))
    tally_text: str = ""
    event_status: pd.DataFrame = field(default_factory=lambda: empty(EVENT_STATUS_COLUMNS))
    kpis: dict = field(default_factory=dict)
    limited: dict = field(default_factory=dict)  # {"shown", "total"} articles when the view was cut to the latest
    # "all": the record frames hold every record of the view's articles; "charts": ``prices`` and ``events`` hold
    # the chart's points (every record, or per-period aggregates / the reconciled events when there are too many:
    # ``notes`` says so) and per-article records come from ``service.article_view``
    records_scope: str = "all"
    notes: dict = field(default_factory=dict)  # chart captions: {"prices": "Weekly median of …", "events": …}
    # a view of several companies read from a store: one row per company with what its per-company figures (close,
    # consensus, layoffs) are made of, over every matching row (:func:`data_layer.store.by_company.read`); None:
    # pages compute them from the listed frames
    by_company: pd.DataFrame | None = None

    def total(self, name: str) -> int:
        """How many rows of ``name`` match the view's filters: more than the frame lists when the view holds only
        the latest (``limited``); articles: every matching article."""
        if name == "articles":
            return int(self.kpis.get("n_articles", len(self.articles)))
        cut = (self.limited.get("tables") or {}).get(name)
        return int(cut["total"]) if cut else len(getattr(self, name))

    def cut(self, name: str) -> bool:
        """Whether the view lists only the latest rows of ``name``."""
        return self.total(name) > len(getattr(self, name))
