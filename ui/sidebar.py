"""The one shared sidebar, drawn once per run by ``dashboard.py``.

Company, dates and event types are bound to the URL (``?company=…&start=…&end=…&types=…``), so a copied
link reopens the same view on the same page. Event types travel as their stable keys (``types=funding_round``,
repeated for several), not as the labels the sidebar shows; links with labels from older versions still open.
Uploads are ingested once per file, with a progress bar and a per-file result; the current view's tables download
as CSV or Parquet.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from data_layer.export import to_csv_bytes, to_parquet_bytes
from ui import state, summary

UPLOAD_TYPES = ["txt", "md", "html", "htm", "json", "jsonl"]
TABLES = (
    "articles", "prices", "targets", "layoffs", "events", "price_claims", "target_claims", "layoff_claims",
    "event_claims", "conflicts", "latest_targets", "layoff_tally", "event_status",
)  # fmt: skip
_SEEN = "_nd_uploaded_ids"
_RESULTS = "_nd_upload_results"
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
    st.divider()
    if state.read_only():
        st.caption(":material/lock: Uploads are disabled: this dashboard reads a Parquet dataset (read-only).")
        return
    files = st.file_uploader(
        "Add articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="upload",
        help="Plain text, Markdown, HTML, JSON or JSON Lines; each file is read, extracted and stored once.",
    )
    seen: set[str] = st.session_state.setdefault(_SEEN, set())
    new = [f for f in files or [] if f.file_id not in seen]
    if new:
        bar = st.progress(0.0, text="Reading uploads…")
        results = state.ingest_uploads([(f.name, f.getvalue()) for f in new], progress=lambda x, t: bar.progress(x, t))
        seen.update(f.file_id for f in new)
        st.session_state[_RESULTS] = results
        bar.empty()
    for r in st.session_state.get(_RESULTS, []):
        icon = _STATUS_ICON.get(r.status, ":material/block:")
        reason = f" — {summary.md(r.reason)}" if r.reason else ""
        st.caption(f"{icon} **{summary.md(r.name)}**: {r.status}{reason}")  # a file name is not Markdown


def _downloads(filters: state.Filters) -> None:
    st.divider()
    with st.expander("Download this view", icon=":material/download:"):
        table = st.selectbox("Table", TABLES, key="dl_table")
        v = state.view(filters)
        df = getattr(v, table)
        st.caption(f"{len(df):,} row(s)")
        stem = f"newsdash_{table}"
        c1, c2 = st.columns(2)
        c1.download_button("CSV", lambda: to_csv_bytes(df), f"{stem}.csv", "text/csv", key="dl_csv", on_click="ignore")
        c2.download_button(
            "Parquet",
            lambda: to_parquet_bytes(df),
            f"{stem}.parquet",
            "application/vnd.apache.parquet",
            key="dl_parquet",
            on_click="ignore",
        )
