"""Events timeline: typed, coloured events with amounts, status history and sources."""

import streamlit as st

from ui import charts, state, summary, tables

view = state.view()
st.title("Events timeline")
st.caption("Filter event types in the sidebar; every event links to the articles that report it.")

events = summary.event_rows(view)
if events.empty:
    st.info(
        "No corporate events for this selection yet — upload articles about deals, investments, closures or "
        "results, or clear the event-type filter in the sidebar."
    )
    st.stop()

st.plotly_chart(charts.events_figure(events), theme="streamlit", key="events_chart")
if n_undated := summary.undated(events):
    st.caption(
        f"{tables.plural(n_undated, 'event')} with no date at all: listed in the table below, not on the timeline."
    )

st.subheader("Events")
cols = ["when", "first_reported", "type", "counterparty", "amount", "amount_text", "valuation", "expected_close"]
cols += ["status", "summary"]
tables.show(
    events,
    [*cols, "n_sources", "conflict", "sources"],
    labels={"when": "Event date"},
    key="events",
    total=summary.total(view, "event_claims"),
    what="events",
)

status = summary.status_rows(view)
if not status.empty:
    st.subheader("Status history")
    cols = ["type", "counterparty", "status", "history", "amounts", "first_reported", "last_reported", "n_sources"]
    tables.show(status, cols, key="status", total=summary.total(view, "event_status"), what="events")
