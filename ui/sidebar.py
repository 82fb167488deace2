"""The one shared sidebar, drawn once per run by ``dashboard.py``.

Company, dates and event types are bound to the URL (``?company=…&start=…&end=…&types=…``), so a copied
link reopens the same view on the same page. Event types travel as their stable keys (``types=funding_round``,
repeated for several), not as the labels the sidebar shows; links with labels from older versions still open.
Uploads are ingested once per file, with a progress bar and a per-file result; the current view's tables download
as one zip of CSVs, or one table as CSV or Parquet.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from data_layer.export import to_csv_bytes, to_parquet_bytes
from data_layer.reports import view_zip
from ui import state, summary, uploads
from ui.format import day

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl"]
TABLES = (
    "articles", "prices", "targets", "layoffs", "events", "price_claims", "target_claims", "layoff_claims",
    "event_claims", "conflicts", "latest_targets", "layoff_tally", "event_status",
)  # fmt: skip
_RESULTS = "_nd_upload_results"
_FACTS = "_nd_upload_facts"  # article id -> "Company, n facts (…)"
_LINK_RESULTS = "_nd_link_results"
_STATUS_ICON = {"added": ":material/check_circle:", "duplicate": ":material/content_copy:"}
_TYPES = "types"  # widget key and URL parameter
_TYPES_URL = "_nd_types_url"  # the event-type URL values last read or written


def render() -> state.Filters:
    """Draw the sidebar and return (and remember) the filters it selected."""
    with st.sidebar:
        filters = _filters()
        state.set_filters(filters)
        if note := summary.scope_note(state.view(filters)):
            st.caption(f":material/info: {note}")
        _uploads()
        _links()
        _downloads(filters)
    return filters


def _filters() -> state.Filters:
    companies = state.companies()
    options = [*companies, state.ALL_COMPANIES] if companies else [state.ALL_COMPANIES]
    company = st.selectbox("Company", options, key="company", bind="query-params")
    c1, c2 = st.columns(2)
    start = c1.date_input("From", value=None, key="start", bind="query-params", min_value=dt.date(1990, 1, 1))
    end = c2.date_input("To", value=None, key="end", bind="query-params", min_value=dt.date(1990, 1, 1))
    if start and end and start > end:
        st.warning("“From” is after “To”: showing nothing until the dates are swapped.")
    types = _event_types()
    return state.Filters(
        company=None if company in (None, state.ALL_COMPANIES) else company,
        start=start if isinstance(start, dt.date) else None,
        end=end if isinstance(end, dt.date) else None,
        event_types=tuple(types),
    )


def _event_types() -> list[str]:
    """The event-type multiselect, synced with ``?types=`` by hand: a widget bound to the URL would write the
    labels it shows there. A URL that changed since it was last synced (a link, an edit) sets the selection; a URL
    without the parameter (page navigation) keeps it."""
    if _TYPES in st.query_params:
        raw = tuple(st.query_params.get_all(_TYPES))
        if raw != st.session_state.get(_TYPES_URL):
            st.session_state[_TYPES] = list(state.event_type_keys(raw))
    types = st.multiselect(
        "Event types", state.EVENT_TYPES, key=_TYPES, format_func=state.event_type_label, placeholder="All types"
    )
    keys = list(state.event_type_keys(types))
    if keys and st.query_params.get_all(_TYPES) != keys:
        st.query_params[_TYPES] = keys
    elif not keys and _TYPES in st.query_params:
        del st.query_params[_TYPES]
    st.session_state[_TYPES_URL] = tuple(keys)
    return keys


def _uploads() -> None:
    """The article uploader. Each batch is read once: ingested, its bytes released, the uploader cleared (a fresh
    key) and the page rerun, so the company list already holds the new companies; one result line per file names
    the company found and counts its facts."""
    st.divider()
    if state.read_only():
        st.caption(":material/lock: Uploads are disabled: this dashboard reads a Parquet dataset (read-only).")
        return
    files = st.file_uploader(
        "Add articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key=uploads.widget_key("upload"),
        help="Plain text, Markdown, HTML, JSON or JSON Lines; each file is read, extracted and stored once.",
    )
    if files:
        bar = st.progress(0.0, text="Reading uploads…")
        data = [(f.name, f.getvalue()) for f in files]
        results = state.ingest_uploads(data, progress=lambda x, t: bar.progress(x, t))
        uploads.release(files)
        uploads.clear_widget("upload")
        st.session_state[_RESULTS] = results
        st.session_state[_FACTS] = {r.article_id: state.upload_facts(r) for r in results if r.article_id}
        st.rerun()  # the company list and every page see the new articles now, not on the next click
    facts = st.session_state.get(_FACTS, {})
    for r in st.session_state.get(_RESULTS, []):
        icon = _STATUS_ICON.get(r.status, ":material/block:")
        detail = r.reason or facts.get(r.article_id, "")
        st.caption(f"{icon} **{summary.md(r.name)}**: {r.status}{f' — {summary.md(detail)}' if detail else ''}")
    for name in uploads.dropped():
        st.caption(f":material/block: **{summary.md(name)}**: dropped before it was read — add fewer files at a time")


def _links() -> None:
    """ "Add by link": pages or feeds (one per line), with a result line per item, and the feeds with their last
    refresh. Switched off for read-only sources and by ``NEWSDASH_LINKS=0`` (a hosted deployment)."""
    if state.read_only():
        return
    if not state.links_enabled():
        st.caption(":material/link_off: Adding by link is switched off on this dashboard.")
        return
    with st.form("add_links", clear_on_submit=True, border=False):
        text = st.text_area(
            "Add by link",
            key="links_text",
            height=90,
            placeholder="https://… one link per line: an article page or an RSS/Atom feed",
            help="Each page is fetched once and read like an upload; a feed's entries are added and the feed is "
            "listed below. Only public http(s) addresses; web pages and feeds only; same size limit as uploads.",
        )
        submitted = st.form_submit_button("Add links", icon=":material/add_link:")
    if submitted and text and text.strip():
        with st.spinner("Fetching…"):
            st.session_state[_LINK_RESULTS] = state.add_links(text.split())
    for r in st.session_state.get(_LINK_RESULTS, []):
        icon = _STATUS_ICON.get(r.status, ":material/block:")
        reason = f" — {summary.md(r.reason)}" if r.reason else ""
        st.caption(f"{icon} **{summary.md(_link_label(r.name))}**: {r.status}{reason}")
    feeds = state.feeds()
    if len(feeds):
        lines = [
            f":material/rss_feed: **{summary.md(row.title or row.url)}** · last refresh "
            f"{day(row.last_refresh)} {_clock(row.last_refresh)}"
            for row in feeds.itertuples()
        ]
        st.caption("Feeds  \n" + "  \n".join(lines))
        if st.button("Refresh feeds", icon=":material/refresh:", key="refresh_feeds"):
            with st.spinner("Reading the feeds…"):
                runs = state.refresh_feeds()
            st.session_state[_LINK_RESULTS] = []
            st.toast(f"{sum(r.added for r in runs)} new article(s) from {len(runs)} feed(s)")
            st.rerun()


def _link_label(url: str, width: int = 44) -> str:
    """A link as a short label (no scheme, so it is not turned into a link; long paths shortened to their end).

    >>> _link_label("https://www.news.example/markets/2026/03/acme-raises-outlook-after-record-quarter")
    'news.example/…/acme-raises-outlook-after-record-quarter'
    >>> _link_label("http://127.0.0.1:8000/a")
    '127.0.0.1:8000/a'
    """
    rest = url.split("://", 1)[-1].removeprefix("www.").rstrip("/")
    if len(rest) <= width or "/" not in rest:
        return rest
    host, _, path = rest.partition("/")
    return f"{host}/…/{path.rsplit('/', 1)[-1][-width:]}"


def _clock(value) -> str:
    try:
        return value.strftime("%H:%M")
    except (AttributeError, ValueError):
        return ""


def _downloads(filters: state.Filters) -> None:
    st.divider()
    with st.expander("Download this view", icon=":material/download:"):
        st.download_button(
            "All facts (zip of CSV tables)",
            lambda: view_zip(state.full_view(filters)),
            "newsdash_view.zip",
            "application/zip",
            key="dl_zip",
            on_click="ignore",
            icon=":material/folder_zip:",
            help="Articles, prices, targets, layoffs, events, claims, conflicts, the layoff tally and the target "
            "consensus of this view: one CSV each, with a README.",
        )
        table = st.selectbox("One table", TABLES, key="dl_table")
        st.caption(f"{state.row_count(filters, table):,} row(s): every one of this view, whatever the pages list")
        stem = f"newsdash_{table}"
        c1, c2 = st.columns(2)
        c1.download_button("CSV", lambda: to_csv_bytes(_full_table(filters, table)), f"{stem}.csv", "text/csv",
                           key="dl_csv", on_click="ignore")  # fmt: skip
        c2.download_button(
            "Parquet",
            lambda: to_parquet_bytes(_full_table(filters, table)),
            f"{stem}.parquet",
            "application/vnd.apache.parquet",
            key="dl_parquet",
            on_click="ignore",
        )


def _full_table(filters: state.Filters, table: str):
    """Every row of one table of the view (computed when a download button is clicked)."""
    return getattr(state.full_view(filters), table)
