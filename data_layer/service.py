"""The facade the dashboard pages call: open the store, ingest, and load one filtered :class:`View`.

Pages never touch SQL or the reconciliation functions directly::

    store = open_store()
    store.ensure_sample_corpus()
    view = load_view(store, company="Amazon", start=date(2026, 1, 1))
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._view_codec import decode_view, encode_view, is_current
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


MAX_VIEW_ARTICLES = 300  # a view reconciles at most this many articles (the latest); the UI says when it is cut
SAVE_VIEW_WAIT_S = 1.0  # a page saves the view it built only if the store is free within this (it shows it anyway)
_MEMO_SIZE = 32
_MEMO: OrderedDict[tuple, View] = OrderedDict()
_MEMO_LOCK = threading.Lock()


def _code_version() -> str:
    """Changes when the code that builds a view changes (so materialised views of older code are rebuilt)."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha1(str(MAX_VIEW_ARTICLES).encode())
    for f in [here / "service.py", here / "records.py", *sorted((here / "reconcile").glob("*.py"))]:
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


CODE_VERSION = _code_version()


def load_view(
    store: Store,
    company: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_types: Sequence[str] | None = None,
) -> View:
    """Everything a page shows for one company (or all) and a window of publication dates.

    Articles without a publication date are always included (they cannot be placed in time). Latest targets
    and the consensus use every report up to ``end``, not just those inside the window. At most
    :data:`MAX_VIEW_ARTICLES` articles (the latest) are reconciled; ``view.limited`` says when more matched.

    Fast paths, all giving the same View: an in-process memo keyed by the store's version and the filters, and
    the store's materialised view of a company (or of all companies) when no date or type filter is set, rebuilt
    only when that company's data changed (:meth:`Store.refresh_derived` rebuilds them eagerly).
    """
    types = tuple(sorted(event_types or ()))
    version = store.version() if hasattr(store, "version") else None
    key = (version, (company or "").lower(), start, end, types)
    if version is not None:
        with _MEMO_LOCK:
            if key in _MEMO:
                _MEMO.move_to_end(key)
                return _MEMO[key]
    view = _materialised(store, company) if not (start or end or types) else None
    if view is None:
        view = _compute_view(store, company, start, end, list(types) or None)
    if version is not None:
        with _MEMO_LOCK:
            _MEMO[key] = view
            while len(_MEMO) > _MEMO_SIZE:
                _MEMO.popitem(last=False)
    return view


def _scope(company: str | None) -> str:
    return f"company:{company.lower()}" if company else "all"


def _materialised(store, company: str | None) -> View | None:
    """The stored view of ``company`` (built and saved on a miss); None when the store keeps no views."""
    if not hasattr(store, "load_derived"):
        return None
    fingerprint = f"{store.view_fingerprint(company)}:{CODE_VERSION}"
    view = _saved_view(store, company, fingerprint)
    if view is not None:
        return view
    view = _compute_view(store, company)
    with contextlib.suppress(Exception):  # a read-only or busy store (or an unstorable value) still shows the view
        store.save_derived(_scope(company), fingerprint, encode_view(view), timeout=SAVE_VIEW_WAIT_S)
    return view


def _saved_view(store, company: str | None, fingerprint: str) -> View | None:
    """The view saved for ``company`` at ``fingerprint``; None when there is none or it does not decode (an older
    pickle payload, corrupt bytes): those are rebuilt, never unpickled (see :mod:`data_layer._view_codec`)."""
    payload = store.load_derived(_scope(company), fingerprint)
    if payload is None:
        return None
    try:
        return decode_view(payload)
    except Exception:
        return None


def refresh_views(store: Store, companies: Sequence[str]) -> int:
    """Rebuild the stale saved views of ``companies`` and of all companies (:meth:`Store.refresh_derived`)."""
    n = 0
    for company in [*dict.fromkeys(c for c in companies if c), None]:
        fingerprint = f"{store.view_fingerprint(company)}:{CODE_VERSION}"
        payload = store.load_derived(_scope(company), fingerprint)
        if payload is None or not is_current(payload):  # missing, or an older (pickle) payload: rebuild
            view = _compute_view(store, company)
            store.save_derived(_scope(company), fingerprint, encode_view(view))
            n += 1
    return n


def _compute_view(store, company: str | None, start=None, end=None, event_types: Sequence[str] | None = None) -> View:
    limit = MAX_VIEW_ARTICLES
    if company is None and hasattr(store, "recent_article_ids") and store.n_articles() > limit:
        # all companies in a big store: only the latest articles are read from the store at all
        window, asof, total = store.recent_article_ids(limit, start, end)
        frames = store.frames_of(dict.fromkeys([*window, *asof]))
        view = build_view(frames, company=None, start=start, end=end, event_types=event_types, limit=limit)
        view.limited = {"shown": len(view.articles), "total": total}
        return view
    return build_view(store.frames(company), company=company, start=start, end=end, event_types=event_types,
                      limit=limit)  # fmt: skip


def _latest(articles: pd.DataFrame, mask: pd.Series, limit: int) -> pd.Series:
    """``mask`` keeping only its ``limit`` latest articles (undated ones after the dated, then by id)."""
    if int(mask.sum()) <= limit:
        return mask
    chosen = articles[mask].sort_values(["published", "article_id"], ascending=[False, True], na_position="last",
                                        kind="stable").index[:limit]  # fmt: skip
    return pd.Series(articles.index.isin(chosen), index=articles.index)


def build_view(
    frames: dict[str, pd.DataFrame],
    company: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_types: Sequence[str] | None = None,
    limit: int | None = None,
) -> View:
    """:func:`load_view` on frames already in memory (``Records.frames()`` or the store's); ``limit``: reconcile
    only the latest ``limit`` articles of the window (and of the as-of set)."""
    articles = frames["articles"]
    pub = pd.to_datetime(articles["published"]).dt.normalize()
    upto = pub.isna() if end is None else pub.isna() | (pub <= pd.Timestamp(end))
    if end is None:
        upto = pd.Series(True, index=articles.index)
    inside = upto & (pub.isna() | (pub >= pd.Timestamp(start)) if start is not None else upto)
    n_window = int(inside.sum())
    if limit is not None:
        inside, upto = _latest(articles, inside, limit), _latest(articles, upto, limit)
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
    if asof_ids == window_ids:  # the same targets and prices: reconcile already computed these
        latest, cons = rec.latest_targets, rec.target_consensus
    else:
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
    if len(view.articles) < n_window:
        view.limited = {"shown": len(view.articles), "total": n_window}
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
