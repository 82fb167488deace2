"""The facade the dashboard pages call: open the store, ingest, and load one filtered :class:`View`.

Pages never touch SQL or the reconciliation functions directly::

    store = open_store()
    store.ensure_sample_corpus()
    view = load_view(store, company="Amazon", start=date(2026, 1, 1))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .reconcile import annotate, consensus, latest_targets, price_claims, reconcile
from .reconcile._common import name_key
from .records import TABLES, columns
from .store import IngestResult, Store, StoreError, open_store

__all__ = ["IngestResult", "Store", "StoreError", "View", "build_view", "export_frames", "load_view", "open_store"]

_JOINED = ["source", "title", "published"]
CLAIM_COLUMNS: dict[str, list[str]] = {
    "price_claims": [
        "claim_id", "company", "ticker", "date", "date_precision", "kind", "price", "currency", "change_pct",
        "n_sources", "sources", "first_reported", "last_reported", "conflict",
    ],
    "target_claims": [
        "claim_id", "company", "ticker", "firm", "date", "rating", "rating_class", "target", "currency",
        "previous_target", "action", "n_sources", "sources", "first_reported", "last_reported", "conflict",
    ],
    "layoff_claims": [
        "claim_id", "company", "ticker", "kind", "low", "high", "percent", "approximate", "basis", "date",
        "date_precision", "scope", "n_sources", "sources", "first_reported", "last_reported", "conflict",
    ],
    "event_claims": [
        "claim_id", "event_id", "company", "ticker", "type", "counterparty", "date", "date_precision",
        "amount_usd", "amount_text", "status", "summary", "n_sources", "sources", "first_reported",
        "last_reported", "conflict",
    ],
}  # fmt: skip
CONFLICT_COLUMNS = ["kind", "nature", "company", "subject", "date", "values", "sources", "n_values"]  # reconcile's
LATEST_TARGET_COLUMNS = [
    "firm", "company", "rating", "rating_class", "target", "currency", "previous_target", "action", "date",
    "published", "n_sources", "evidence", "article_id",
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


def load_view(
    store: Store,
    company: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_types: Sequence[str] | None = None,
) -> View:
    """Everything a page shows for one company (or all) and a window of publication dates.

    Articles without a publication date are always included (they cannot be placed in time). Latest targets
    and the consensus use every report up to ``end``, not just those inside the window.
    """
    frames = store.frames(company)
    return build_view(frames, company=company, start=start, end=end, event_types=event_types)


def build_view(
    frames: dict[str, pd.DataFrame],
    company: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_types: Sequence[str] | None = None,
) -> View:
    """:func:`load_view` on frames already in memory (``Records.frames()`` or the store's)."""
    articles = frames["articles"]
    pub = pd.to_datetime(articles["published"]).dt.normalize()
    upto = pub.isna() if end is None else pub.isna() | (pub <= pd.Timestamp(end))
    if end is None:
        upto = pd.Series(True, index=articles.index)
    inside = upto & (pub.isna() | (pub >= pd.Timestamp(start)) if start is not None else upto)
    asof_ids, window_ids = set(articles.loc[upto, "article_id"]), set(articles.loc[inside, "article_id"])

    def pick(ids: set[str]) -> dict[str, pd.DataFrame]:
        out = {"articles": articles[articles["article_id"].isin(ids)].reset_index(drop=True)}
        for t in ("prices", "targets", "layoffs", "events"):
            df = frames[t][frames[t]["article_id"].isin(ids)]
            if company and t != "events":  # events stay: an article about the company may be about its deal partner
                df = df[_about(df, articles, company)]
            out[t] = df.reset_index(drop=True)
        return out

    window = pick(window_ids)
    if event_types:
        wanted = set(event_types)
        window["events"] = window["events"][window["events"]["type"].astype(object).isin(wanted)]
    as_of = pd.Timestamp(end) if end is not None else None
    rec = reconcile(window, as_of=as_of)
    asof = pick(asof_ids)
    latest = latest_targets(annotate(asof["targets"], asof["articles"]), as_of=as_of)
    asof_prices, _ = price_claims(annotate(asof["prices"], asof["articles"]))
    cons = consensus(latest, asof_prices)
    view = View(
        articles=window["articles"],
        prices=rec.prices,
        targets=rec.targets,
        layoffs=rec.layoffs,
        events=rec.events,
        price_claims=rec.price_claims,
        target_claims=rec.target_claims,
        layoff_claims=rec.layoff_claims,
        event_claims=rec.event_claims,
        conflicts=rec.conflicts,
        target_consensus=cons,
        latest_targets=latest,
        layoff_tally=rec.layoff_tally,
        tally_text=rec.tally_text,
        event_status=rec.event_status,
    )
    view.kpis = _kpis(view)
    return view


def _about(df: pd.DataFrame, articles: pd.DataFrame, company: str) -> pd.Series:
    """Rows whose record (or, when unstated, article) company is ``company``."""
    key = name_key(company)
    art = articles.set_index("article_id")["company"].to_dict() if len(articles) else {}
    names = df["company"].astype(object).where(df["company"].notna(), df["article_id"].map(art))
    tickers = set(articles.loc[articles["company"].map(name_key) == key, "ticker"].dropna().str.upper())
    by_ticker = df["ticker"].astype(object).fillna("").str.upper().isin(tickers)
    return names.map(name_key).eq(key) | by_ticker


def _kpis(v: View) -> dict:
    pub = v.articles["published"].dropna() if len(v.articles) else pd.Series(dtype="datetime64[ns]")
    cons = v.target_consensus
    tally = v.layoff_tally
    cum = tally[tally["row"] == "cumulative"] if len(tally) else tally
    latest_cum = None
    if len(cum):
        last = cum.sort_values("first_reported", na_position="first").iloc[-1]
        latest_cum = {
            "low": int(last["low"]),
            "high": int(last["high"]),
            "approximate": bool(last["approximate"]),
            "reported": last["first_reported"],
            "n_sources": int(last["n_sources"]),
        }
    return {
        "n_articles": len(v.articles),
        "first_published": pub.min() if len(pub) else None,
        "last_published": pub.max() if len(pub) else None,
        "latest_close": None
        if cons.get("latest_close") is None
        else {
            "value": cons["latest_close"],
            "date": cons["latest_close_date"],
            "n_sources": cons["latest_close_sources"],
            "conflict": cons["latest_close_conflict"],
        },
        "consensus": cons,
        "layoff_rounds": int(((tally["row"] == "round") & tally["low"].notna()).sum()) if len(tally) else 0,
        "latest_cumulative": latest_cum,
        "n_conflicts": len(v.conflicts),
        "n_events": len(v.event_status),
    }


def export_frames(store: Store) -> dict[str, pd.DataFrame]:
    """The stored record tables plus every reconciled table, for ``python -m data_layer export``."""
    frames = store.frames()
    rec = reconcile(frames)
    out = {t: frames[t] for t in TABLES}
    for name in ("price_claims", "target_claims", "layoff_claims", "event_claims"):
        df = getattr(rec, name).copy()
        df["article_ids"] = df["sources"].map(lambda s: ";".join(x["article_id"] for x in s))
        out[name] = df
    out["event_status"] = rec.event_status
    out["conflicts"] = rec.conflicts
    out["layoff_tally"] = rec.layoff_tally
    out["latest_targets"] = rec.latest_targets
    rows = []
    for ck, g in rec.latest_targets.groupby("company_key", sort=True):
        pc = rec.price_claims[rec.price_claims["company_key"] == ck]
        rows.append({"company": g["company"].dropna().iloc[0] if g["company"].notna().any() else ck}
                    | consensus(g, pc))  # fmt: skip
    out["target_consensus"] = pd.DataFrame(rows, columns=["company", *consensus(rec.latest_targets.iloc[0:0])])
    return out
