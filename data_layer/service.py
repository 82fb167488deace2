"""The facade the dashboard pages call: open the store, ingest, and load one filtered :class:`View`.

Pages never touch SQL or the reconciliation functions directly::

    store = open_store()
    store.ensure_sample_corpus()
    view = load_view(store, company="Amazon", start=date(2026, 1, 1))
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import pandas as pd

from .reconcile import annotate, consensus, latest_close, latest_targets, price_claims, reconcile
from .reconcile._common import name_key
from .records import TABLES
from .store import IngestResult, Store, StoreError, open_store
from .store.points import caption as points_caption
from .view import (  # noqa: F401  (the column lists are part of the service's API)
    _JOINED,
    CLAIM_COLUMNS,
    CONFLICT_COLUMNS,
    EVENT_STATUS_COLUMNS,
    LATEST_TARGET_COLUMNS,
    TALLY_COLUMNS,
    View,
    empty,
)

__all__ = ["IngestResult", "Store", "StoreError", "View", "article_view", "build_view", "export_frames", "load_view",
           "open_store"]  # fmt: skip

MAX_VIEW_ARTICLES = None  # kept for callers of older versions: views are no longer cut to the latest articles
LIST_ARTICLES = 1000  # the latest articles a view lists (All companies: with their records; counts cover all)
LIST_ROWS = 1000  # a company's reconciled rows listed per table (the latest reported); counts and charts cover all
MAX_POINTS = 400  # a company's chart draws every price/event report up to this many, else per-period aggregates
LIGHT_ROWS = 2000  # a reconciled table with more rows lists each claim's outlets, not every source's sentence
MAX_ROWS = 1000  # All companies: reconciled rows per table (the latest reported); the view says when there are more
_RECONCILED = ["price_claims", "target_claims", "layoff_claims", "event_claims", "event_status", "conflicts",
               "latest_targets", "layoff_tally", "layoff_text"]  # fmt: skip
_MEMO_SIZE = 32
_MEMO: OrderedDict[tuple, View] = OrderedDict()
_MEMO_LOCK = threading.Lock()
_POOL: ThreadPoolExecutor | None = None  # reads a view's chart points while the rest of the view is read


def load_view(
    store: Store,
    company: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    event_types: Sequence[str] | None = None,
    full: bool = False,
) -> View:
    """Everything a page shows for one company (or all) and a window of publication dates, for the whole history.

    A store keeps the reconciled tables (claims, conflicts, consensus, tally, event status) up to date at every
    ingest (:mod:`data_layer.store.aggregates`); this reads them filtered in SQL: claims reported inside the window
    (their sources counted over all time), the latest target per firm and the consensus as of the window's end.
    Articles without a publication date are always included. Counts, dates, the latest close and the charts cover
    every match; the lists hold the latest :data:`LIST_ARTICLES` articles and at most :data:`LIST_ROWS` rows per
    reconciled table for a company (:data:`MAX_ROWS` for All companies), ``view.limited`` and ``view.total(name)``
    say how many there are in all. For one company the record frames hold the charts' points
    (``view.records_scope == "charts"``: prices aggregated per period in SQL and the reconciled events when there
    are more than :data:`MAX_POINTS`, ``view.notes`` says so; a page reads a few articles' records with
    :func:`article_view`); All companies lists the latest articles' records. ``full``: every article, record and
    row with every source (a download; not memoised). A source without reconciled tables (a Parquet dataset) is
    reconciled here. Views are memoised per store version and filters.
    """
    types = tuple(sorted(event_types or ()))
    version = store.version() if hasattr(store, "version") and not full else None
    key = (version, (company or "").lower(), start, end, types)
    if version is not None:
        with _MEMO_LOCK:
            if key in _MEMO:
                _MEMO.move_to_end(key)
                return _MEMO[key]
    if hasattr(store, "reconciled"):
        view = _stored_view(store, company, start, end, list(types) or None, full)
    else:
        view = build_view(store.frames(company), company=company, start=start, end=end, event_types=list(types) or None)
    if version is not None:
        with _MEMO_LOCK:
            _MEMO[key] = view
            while len(_MEMO) > _MEMO_SIZE:
                _MEMO.popitem(last=False)
    return view


def _stored_view(store, company: str | None, start, end, types: list[str] | None, full: bool = False) -> View:
    keys = store.company_keys(company) if company else None
    charts = closing = None  # the charts' points and the latest close are read meanwhile (SQL runs outside the GIL)
    if company and not full:
        charts = _pool().submit(store.chart_records, company, keys, start, end, types, MAX_POINTS)
    if company:  # the latest close, whichever claims are listed
        closing = _pool().submit(store.latest_closes, keys, start, end)
    figures = None  # several companies: each one's close, consensus and layoffs over every row, in one query
    if not company and not full and hasattr(store, "company_figures"):
        figures = _pool().submit(store.company_figures, start, end, types)
    tables = ("prices", "targets", "layoffs", "events") if full or not company else ()
    listing = (store, company, start, end, types, None if full else LIST_ARTICLES, keys, tables)
    listed_records = _pool().submit(_listed, *listing) if figures is not None else None  # with All's records too
    names = [*_RECONCILED, "consensus"] if company and end is None else _RECONCILED
    listed = None if full else LIST_ROWS if company else MAX_ROWS
    got_total = store.reconciled(names, keys, start, end, types, listed, None if full else LIGHT_ROWS)
    arts, records, n_articles, first, last = listed_records.result() if listed_records else _listed(*listing)
    got = {n: df.drop(columns=["part_key", "seq"], errors="ignore") for n, (df, _) in got_total.items()}
    cut = {n: {"shown": len(df), "total": t} for n, (df, t) in got_total.items() if len(df) < t}
    latest = got["latest_targets"]
    closes = closing.result() if closing is not None else None
    if company and end is not None:  # the latest target per firm and the close as of the window's end
        asof = store.records_up_to("targets", keys, end)
        latest = latest_targets(annotate(asof["targets"], asof["articles"]), as_of=pd.Timestamp(end))
        cons = consensus(latest, closes if start is None else store.latest_closes(keys, None, end))
    elif company:
        rows = got["consensus"]
        cons = rows["consensus"].iloc[0] if len(rows) == 1 else consensus(latest, closes)
    else:
        cons = consensus(latest, None)  # several companies: never pooled
    texts = [t for t in got["layoff_text"]["text"] if isinstance(t, str) and t]
    notes: dict[str, str] = {}
    if charts is not None:  # the charts' points, whole history; a page asks article_view for one article's records
        chart, about = charts.result()
        records["prices"] = chart["prices"]
        notes["prices"] = points_caption(about["prices"])
        records["events"] = chart["events"]
        if records["events"] is None:
            records["events"] = _event_points(got["event_claims"], chart["valuations"])
            shown = f"the latest {len(records['events']):,} of " if "event_claims" in cut else ""
            notes["events"] = (f"{about['n_events']:,} event reports: one diamond per reconciled event ({shown}"
                               f"{cut.get('event_claims', {}).get('total', len(records['events'])):,}); hover for "
                               "its sources.")  # fmt: skip
    view = View(
        articles=arts,
        prices=records["prices"],
        events=records["events"],
        **({"targets": records["targets"], "layoffs": records["layoffs"]} if tables else {}),
        price_claims=got["price_claims"],
        target_claims=got["target_claims"],
        layoff_claims=got["layoff_claims"],
        event_claims=got["event_claims"],
        conflicts=got["conflicts"],
        target_consensus=cons,
        latest_targets=latest,
        layoff_tally=got["layoff_tally"],
        tally_text="\n\n".join(texts),
        event_status=got["event_status"],
        by_company=figures.result() if figures is not None else None,
    )
    view.kpis = _kpis(view) | {
        "n_articles": n_articles,
        "first_published": first,
        "last_published": last,
        "n_conflicts": cut.get("conflicts", {}).get("total", len(view.conflicts)),
        "n_events": cut.get("event_status", {}).get("total", len(view.event_status)),
    }
    if closes is not None:
        view.kpis["latest_close"] = _close(closes)
    if company and not full:
        view.records_scope, view.notes = "charts", {k: v for k, v in notes.items() if v}
    if len(arts) < n_articles:
        view.limited = {"shown": len(arts), "total": n_articles}
    if cut:
        view.limited = view.limited | {"tables": cut}
    return view


def _listed(store, company, start, end, types, limit, keys, tables) -> tuple:
    """``(articles, annotated records of tables, n_articles, first and last publication)``: the latest ``limit``
    articles of a view and their records, and the count and dates of all."""
    frames, n_articles = store.view_records(company, start, end, types, limit=limit, keys=keys, tables=tables)
    _, first, last = store.article_span(company, start, end)
    arts = frames["articles"]
    return arts, {t: annotate(frames[t], arts) for t in tables}, n_articles, first, last


def _pool() -> ThreadPoolExecutor:
    global _POOL
    with _MEMO_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsdash-view")
        return _POOL


def _close(closes: pd.DataFrame) -> dict | None:
    """The latest close tile's figure from the claims of the latest closing day: the value shown (most cited), its
    basis, currency, every value reported that day and their sources."""
    best = latest_close(closes)
    if best is None:
        return None
    return {"value": best["price"], "date": best["date"], "n_sources": best["n_sources"], "conflict": best["conflict"],
            "basis": best["basis"], "currency": best["currency"], "values": sorted(set(best["values"])),
            "total_sources": int(closes["n_sources"].sum())}  # fmt: skip


def record_count(store, table: str, company: str | None = None, start=None, end=None, event_types=None) -> int:
    """How many records of ``table`` a full view of these filters holds (a company view lists only its charts'
    points; the download holds every record)."""
    keys = store.company_keys(company) if company else None
    return store.count_records(table, company, start, end, list(event_types or ()) or None, keys)


def _event_points(claims: pd.DataFrame, valuations: pd.DataFrame) -> pd.DataFrame:
    """The reconciled events as chart points (for a company with more event reports than a chart can show): each
    with its first source's article, sentence and outlet, and the largest valuation that article gives."""
    first = [s[0] if isinstance(s, list) and s else {} for s in claims["sources"]]
    ev = claims.assign(
        article_id=[f.get("article_id") for f in first],
        sentence=[f.get("sentence") for f in first],
        source=[f.get("source") for f in first],
        title=[f.get("title") for f in first],
        published=pd.to_datetime(pd.Series([f.get("published") for f in first], index=claims.index, dtype=object)),
        type=claims["type"].astype(object),
    )
    if len(valuations):
        ev = ev.merge(valuations, on=["article_id", "type"], how="left")
    else:
        ev["valuation_usd"] = float("nan")
    return ev


def article_view(store, view: View, article_ids: Sequence[str], company: str | None = None) -> View:
    """``view`` itself when it holds every record; else a view of the records of ``article_ids`` (about
    ``company``), for a page that shows the facts of a few articles (their list, highlights or a clicked point)."""
    if view.records_scope == "all" or not article_ids:
        return view
    keys = store.company_keys(company) if company else None
    frames, _ = store.view_records(company, keys=keys, article_ids=list(dict.fromkeys(article_ids)))
    arts = frames["articles"]
    return View(articles=arts, **{t: annotate(frames[t], arts) for t in ("prices", "targets", "layoffs", "events")})


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
            "basis": cons.get("latest_close_basis", ""),
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
