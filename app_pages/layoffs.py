"""Layoff tally: each round, the cumulative totals, the arithmetic in words, and every figure's source."""

import streamlit as st

from ui import charts, state, summary, widgets

view = state.view()
st.title("Layoff tally")

if view.layoff_claims.empty:
    st.info("No layoffs reported for this selection yet — upload articles that mention job cuts.")
    st.stop()

if view.tally_text:
    st.markdown(f"**How the numbers add up.** {summary.md(view.tally_text)}")

widgets.conflict_notes(summary.conflict_lines(view, kinds=("layoff", "layoffs")), what="layoff figure")

st.plotly_chart(charts.layoff_figure(view.layoff_claims), theme="streamlit", key="layoff_chart")
st.caption("Bars are rounds of cuts (whiskers span a stated range, hatched bars are approximate); the line steps up "
           "to each cumulative total on the day it was reported.")  # fmt: skip

st.subheader("Every figure and its source")
table = summary.layoff_rows(view)
st.dataframe(
    summary.display(
        table,
        [
            "row",
            "label",
            "low",
            "high",
            "approximate",
            "date",
            "first_reported",
            "n_sources",
            "sentence",
            "text",
            "outlets",
        ],
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "sentence": st.column_config.TextColumn("Source sentence", width="large"),
        "text": st.column_config.TextColumn("In the tally"),
        "low": st.column_config.NumberColumn("Low", format="localized"),
        "high": st.column_config.NumberColumn("High", format="localized"),
        "date": st.column_config.DateColumn("Date of cuts"),
        "first_reported": st.column_config.DateColumn("First reported"),
    },
)
