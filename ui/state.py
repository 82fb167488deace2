"""Cached access to the store and to filtered views; the only place pages get data from.

- the store is a ``st.cache_resource`` (one connection per process); on first start it loads the
  bundled sample corpus so the dashboard is never blank;
- a :class:`~data_layer.service.View` is a ``st.cache_data`` entry keyed on the store's version and
  the filters, so an upload (which bumps the version) invalidates it and a rerun never re-extracts.

Environment: ``NEWSDASH_STORE`` overrides the store path (``:memory:`` in tests; the default file
lives under ``NEWSDASH_DATA_DIR``); ``NEWSDASH_SAMPLE=0`` starts without the sample corpus;
``NEWSDASH_SOURCE=parquet:<folder or URL>`` reads a partitioned Parquet dataset instead (read-only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from data_layer import config, service
from data_layer.models import EventType

ALL_COMPANIES = "All companies"
_FILTERS_KEY = "_nd_filters"
EVENT_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)  # the stable keys the URL carries
_KEY_SEPARATORS = re.compile(r"[\s_-]+")


def event_type_label(key: str) -> str:
    """What the sidebar shows for an event type key.

    >>> event_type_label("funding_round"), event_type_label("closure")
    ('funding round', 'closure')
    """
    return key.replace("_", " ")


def event_type_keys(values: Iterable[str]) -> tuple[str, ...]:
    """Event type keys from URL values: keys (``funding_round``), display labels of older links (``Funding round``,
    ``funding round``) or comma-separated lists of either; unknown values are dropped, duplicates kept once.

    >>> event_type_keys(["funding_round", "Closure", "funding round", "nonsense", "investment,Earnings date", ""])
    ('funding_round', 'closure', 'investment', 'earnings_date')
    """
    out: dict[str, None] = {}
    for value in values:
        for part in str(value).split(","):
            key = _KEY_SEPARATORS.sub("_", part.strip().lower())
            if key in EVENT_TYPES:
                out[key] = None
    return tuple(out)


@dataclass(frozen=True)
class Filters:
    company: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    event_types: tuple[str, ...] = field(default_factory=tuple)

    def query_params(self) -> dict[str, str | list[str]]:
        """The URL query parameters that reopen this view (the sidebar widgets are bound to them)."""
        q: dict[str, str | list[str]] = {}
        if self.company:
            q["company"] = self.company
        if self.start:
            q["start"] = self.start.isoformat()
        if self.end:
            q["end"] = self.end.isoformat()
        if self.event_types:
            q["types"] = list(self.event_types)
        return q


@st.cache_resource(show_spinner="Opening the article store…")
def _store(path: str | None, sample: bool) -> service.Store:
    store = service.open_store(path)
    if sample:
        store.ensure_sample_corpus()
    return store


@st.cache_resource(show_spinner="Opening the Parquet dataset…")
def _parquet(root: str):
    from data_layer.parquet_source import ParquetSource

    return ParquetSource(root)


def store() -> service.Store:
    """The process-wide store (opened once; the sample corpus loaded on first start), or the read-only
    :class:`~data_layer.parquet_source.ParquetSource` when ``NEWSDASH_SOURCE=parquet:<root>``."""
    cfg = config.settings()
    try:
        if cfg.parquet_root:
            return _parquet(cfg.parquet_root)
        return _store(cfg.store_location, cfg.load_sample)
    except (service.StoreError, OSError) as e:  # a damaged or busy store: say what to do instead of a traceback
        st.error(f"The article store cannot be opened. {public_message(e)}.", icon=":material/error:")
        st.stop()


_SERVER_PATH = re.compile(r"""(?:[A-Za-z]:)?[\\/][^\s"'()]*[\\/][^\s"'()]*|[^\s"'()]*\.duckdb\b""")


def public_message(error: BaseException | str) -> str:
    """An error message fit for a visitor: no server paths (a file or folder becomes "the store file").

    >>> public_message("the store /srv/data/newsdash.duckdb is in use by another program (PID 12)")
    'the store is in use by another program (PID 12)'
    """
    return _SERVER_PATH.sub("the store file", str(error)).replace("the store the store file", "the store")


@st.cache_data(show_spinner="Reconciling the articles for this view…", max_entries=64)
def _view(
    version: str,
    path: str | None,
    company: str | None,
    start: dt.date | None,
    end: dt.date | None,
    types: tuple[str, ...],
    _store: service.Store,
) -> service.View:
    del version, path  # cache key only
    return service.load_view(_store, company=company, start=start, end=end, event_types=list(types) or None)


def view(filters: Filters | None = None) -> service.View:
    """The filtered view for ``filters`` (default: what the sidebar selected), cached per store version."""
    f = filters if filters is not None else current_filters()
    s = store()
    return _view(str(s.version()), getattr(s, "path", None), f.company, f.start, f.end, f.event_types, s)


def full_view(filters: Filters | None = None) -> service.View:
    """The view of ``filters`` with every article, record and row (for a download: computed when asked, not kept)."""
    f = filters if filters is not None else current_filters()
    return service.load_view(store(), company=f.company, start=f.start, end=f.end,
                             event_types=list(f.event_types) or None, full=True)  # fmt: skip


@st.cache_data(show_spinner=False, max_entries=64)
def _record_count(
    version: str, path: str | None, table: str, company, start, end, types: tuple[str, ...], _store: service.Store
) -> int:
    del version, path  # cache key only
    return service.record_count(_store, table, company, start, end, list(types) or None)


def row_count(filters: Filters, table: str) -> int:
    """How many rows table ``table`` of the full view of ``filters`` holds (what its download gives)."""
    v, s = view(filters), store()
    if v.records_scope == "charts" and table in ("prices", "targets", "layoffs", "events"):  # the view holds points
        return _record_count(str(s.version()), getattr(s, "path", None), table, filters.company, filters.start,
                             filters.end, filters.event_types, s)  # fmt: skip
    return v.total(table)


@st.cache_data(show_spinner=False, max_entries=8)
def _quarantine(version: str, path: str | None, _store: service.Store) -> pd.DataFrame:
    del version, path
    table = getattr(_store, "table", None)
    try:
        return table("quarantine") if table else pd.DataFrame()
    except Exception:  # an older store without the table
        return pd.DataFrame()


def quarantine() -> pd.DataFrame:
    """Uploads the store refused (name, size, reason, when), if the store keeps them."""
    s = store()
    return _quarantine(str(s.version()), getattr(s, "path", None), s)


def article_view(v: service.View, article_ids) -> service.View:
    """The records of a few of ``v``'s articles (their facts, highlights or a clicked point's sentence): ``v``
    itself when it holds every record, else read for those articles only."""
    return service.article_view(store(), v, list(article_ids), current_filters().company)


def article(article_id: str):
    """One stored article (cleaned body and metadata), or None."""
    return store().article(article_id) if article_id else None


def read_only() -> bool:
    """True when the data comes from a read-only source (uploads are disabled)."""
    return bool(getattr(store(), "read_only", False))


def companies() -> list[str]:
    return list(store().companies())


def set_filters(filters: Filters) -> None:
    st.session_state[_FILTERS_KEY] = filters


def current_filters() -> Filters:
    return st.session_state.get(_FILTERS_KEY, Filters())


def ingest_uploads(
    files: list[tuple[str, bytes]], progress: Callable[[float, str], None] | None = None
) -> list[service.IngestResult]:
    """Ingest uploaded files one by one (reporting progress); cached views go stale with the store version."""
    s = store()
    results: list[service.IngestResult] = []
    for i, (name, data) in enumerate(files):
        if progress:
            progress(i / max(len(files), 1), f"Reading {name}…")
        try:
            results.extend(s.ingest_upload(name, data))
        except Exception as exc:  # a broken file must not take the dashboard down
            reason = f"could not read: {public_message(exc)}"
            results.append(service.IngestResult(name=name, status="rejected", reason=reason))
    if progress:
        progress(1.0, f"Done: {len(files)} file(s)")
    _view.clear()
    _quarantine.clear()
    return results


def upload_facts(result: service.IngestResult) -> str:
    """For an added article: the company found and its facts counted ("Harbor Corp, 3 facts (1 price, …)")."""
    if result.status != "added" or not result.article_id:
        return ""
    from data_layer.reports import upload_facts as facts

    try:
        return facts(store(), [result.article_id]).text()
    except Exception:  # the count is a courtesy: the upload itself went in
        return ""


# --------------------------------------------------------------------------- links and feeds


def links_enabled() -> bool:
    """False when adding by link is switched off (``NEWSDASH_LINKS=0``, a hosted deployment) or the source is
    read-only."""
    from data_layer.fetch import fetch_settings

    return fetch_settings().links_enabled and not read_only()


def add_links(urls: list[str]) -> list[service.IngestResult]:
    """Fetch and ingest links (pages or feeds); cached views go stale with the store version."""
    from data_layer.fetch import add_links as add

    try:
        results = add(store(), urls)
    except Exception as exc:  # a failure must not take the dashboard down
        results = [service.IngestResult(name=", ".join(urls)[:80], status="rejected", reason=f"could not add: {exc}")]
    _view.clear()
    _quarantine.clear()
    return results


def refresh_feeds() -> list:
    """Poll every known feed once (new entries only)."""
    from data_layer.fetch import poll_feeds

    runs = poll_feeds(store(), list(feeds()["url"]))
    _view.clear()
    _quarantine.clear()
    return runs


def feeds() -> pd.DataFrame:
    """The feeds added so far with their last refresh (empty for a read-only source)."""
    from data_layer.store import web

    try:
        return web.feeds(store())
    except Exception:  # a read-only source or an older store
        return pd.DataFrame(columns=["url", "title", "last_refresh", "last_status"])


@st.cache_data(show_spinner="Fetching the market prices…", ttl=3600, max_entries=16)
def market_csv_from_link(url: str) -> pd.DataFrame:
    """Daily closes from a CSV link (``date,…,close``); raises ``ValueError`` with the reason."""
    from data_layer.fetch import fetch_csv

    from . import summary

    return summary.read_market_csv(fetch_csv(url))
