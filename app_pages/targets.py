"""Analyst targets: each firm's latest rating and target, the consensus range and the rating mix."""

import streamlit as st

from ui import charts, state, summary, tables
from ui.format import count, day, money, money_range, money_short, pct

view = state.view()
cons = view.target_consensus or {}
cur = cons.get("currency") or "USD"  # the consensus is in the targets' most common currency
st.title("Analyst targets")

latest = summary.target_rows(view)
if latest.empty:
    st.info("No analyst targets for this company yet — upload articles that mention ratings or price targets.")
    st.stop()

if len(charts.companies(latest)) > 1:  # one consensus per company, never a range made of several companies
    st.caption("Targets of several companies: one row and one panel each. Pick a company in the sidebar for its "
               "consensus in detail.")  # fmt: skip
    tables.show(summary.per_company(view), ["company", "firms", "targets", "upside", "close"])
else:
    c1, c2, c3, c4 = st.columns(4)
    n_all = latest["firm"].nunique()
    c1.metric("Firms with a target", f"{count(cons.get('n_firms') or 0)} of {n_all}", help=f"{n_all} firms rated it")
    c2.metric("Target range", money_range(cons.get("low"), cons.get("high"), cur) if cons.get("n_firms") else "—")
    c3.metric("Median / mean target", f"{money_short(cons.get('median'), cur)} / {money_short(cons.get('mean'), cur)}")
    c4.metric(
        "Implied upside (median)",
        pct(cons.get("implied_upside_pct")),
        help=f"against the latest reported close {money(cons.get('latest_close'), cur)} on "
        f"{day(cons.get('latest_close_date'))}",
    )
    if basis := summary.consensus_basis(cons):
        st.caption(basis)

cols = ["firm", "rating_change", "change", "action", "acted"] + (["gap"] if latest["gap"].any() else [])
tables.show(latest, [*cols, "n_sources", "sentence"], key="latest_targets")

left, right = st.columns([3, 1])
with left:
    if latest["target"].notna().any():
        fig = charts.target_range_figure(latest, cons, summary.consensus_by_company(view))
        st.plotly_chart(fig, theme="streamlit", key="target_range")
    else:
        st.info("These firms gave ratings without price targets, so there is no range to draw.")
with right:
    st.plotly_chart(charts.rating_mix_figure(latest), theme="streamlit", key="rating_mix")

st.subheader("Every rating and target reported")
tables.show(
    summary.claim_ratings(view.target_claims),
    ["firm", "date", "rating_change", "target", "previous_target", "action", "n_sources", "conflict", "sources"],
    labels={"date": "Action date"},
    key="target_claims",
    total=summary.total(view, "target_claims"),
    what="ratings and targets",
)
