"""Layoff tally: each round, the cumulative totals, the arithmetic in words, and every figure's source."""

import streamlit as st

from ui import charts, state, summary, tables, widgets

view = state.view()
st.title("Layoff tally")

if view.layoff_claims.empty:
    st.info("No layoffs reported for this selection yet — upload articles that mention job cuts.")
    st.stop()

if view.tally_text:
    st.markdown("**How the numbers add up.**")
    for paragraph in view.tally_text.split("\n\n"):  # one paragraph per company
        st.markdown(summary.md(paragraph))

widgets.conflict_notes(
    summary.conflict_lines(view, kinds=("layoff", "layoffs")), "layoff figure", summary.listed(view, "conflicts")
)

tally = view.layoff_tally if not view.layoff_tally.empty else view.layoff_claims
st.plotly_chart(charts.layoff_figure(tally), theme="streamlit", key="layoff_chart")
st.caption("Bars are rounds of cuts (whiskers span a stated range, hatched bars are approximate; a thin bar inside "
           "one is a state WARN filing counted in that round); the line steps up to each reported cumulative total "
           "on the day it was reported; an open diamond is a plan, never a reported total.")  # fmt: skip

st.subheader("Every figure and its source")
cols = ["figure", "cut", "percent", "scope", "when", "first_reported", "n_sources", "sentence", "text"]
tables.show(
    summary.layoff_rows(view),
    [*cols, "outlets"],
    labels={"first_reported": "First reported"},
    key="tally",
    total=summary.total(view, "layoff_tally" if len(view.layoff_tally) else "layoff_claims"),
    what="figures",
)
