"""Events timeline: typed, coloured events with amounts, status history and sources."""

import streamlit as st

from ui import charts, state, summary

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
    st.caption(f"{n_undated} event(s) with no date at all are listed in the table below but not on the timeline.")

st.subheader("Events")
st.dataframe(
    summary.display(
        events,
        [
            "date",
            "first_reported",
            "type",
            "counterparty",
            "amount",
            "amount_text",
            "status",
            "summary",
            "n_sources",
            "conflict",
            "sources",
        ],
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "amount": st.column_config.TextColumn("Amount (USD)"),
        "first_reported": st.column_config.DateColumn("First reported"),
        "summary": st.column_config.TextColumn("Summary", width="large"),
    },
)

status = summary.status_rows(view)
if not status.empty:
    st.subheader("Status history")
    st.dataframe(
        summary.display(
            status,
            ["type", "counterparty", "status", "history", "amounts", "first_reported", "last_reported", "n_sources"],
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "history": st.column_config.TextColumn("Status history", width="large"),
            "first_reported": st.column_config.DateColumn("First reported"),
            "last_reported": st.column_config.DateColumn("Last reported"),
        },
    )
