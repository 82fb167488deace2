"""Analyst targets: each firm's latest rating and target, the consensus range and the rating mix."""

import streamlit as st

from ui import charts, state, summary
from ui.format import count, day, money, money_range, money_short, pct

view = state.view()
cons = view.target_consensus or {}
cur = cons.get("currency") or "USD"  # the consensus is in the targets' most common currency
st.title("Analyst targets")

latest = summary.target_rows(view)
if latest.empty:
    st.info("No analyst targets for this company yet — upload articles that mention ratings or price targets.")
    st.stop()

c1, c2, c3, c4 = st.columns(4)
c1.metric("Firms", count(cons.get("n_firms", len(latest))))
c2.metric("Target range", money_range(cons.get("low"), cons.get("high"), cur))
c3.metric("Median / mean target", f"{money_short(cons.get('median'), cur)} / {money_short(cons.get('mean'), cur)}")
c4.metric(
    "Implied upside (median)",
    pct(cons.get("implied_upside_pct")),
    help=f"against the latest reported close {money(cons.get('latest_close'), cur)} on "
    f"{day(cons.get('latest_close_date'))}",
)

basis = summary.consensus_basis(cons)
if basis:
    st.caption(basis)

st.dataframe(
    summary.display(
        latest,
        ["firm", "rating", "rating_class", "change", "action", "acted"]
        + (["gap"] if latest["gap"].any() else [])  # only when a firm's stated previous target leaves a gap
        + ["n_sources", "sentence"],
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "change": st.column_config.TextColumn("Target (previous → new)"),
        "acted": st.column_config.TextColumn("Action date", help="the day the firm acted, as the articles state it"),
        "gap": st.column_config.TextColumn("Previous target gap"),
        "sentence": st.column_config.TextColumn("Source sentence", width="large"),
    },
)

left, right = st.columns([3, 1])
with left:
    if latest["target"].notna().any():
        st.plotly_chart(charts.target_range_figure(latest, cons), theme="streamlit", key="target_range")
    else:
        st.info("These firms gave ratings without price targets, so there is no range to draw.")
with right:
    st.plotly_chart(charts.rating_mix_figure(latest), theme="streamlit", key="rating_mix")

st.subheader("Every rating and target reported")
st.dataframe(
    summary.display(
        view.target_claims,
        [
            "firm",
            "date",
            "rating",
            "rating_class",
            "target",
            "previous_target",
            "currency",
            "action",
            "n_sources",
            "conflict",
            "sources",
        ],
    ),
    hide_index=True,
    width="stretch",
    column_config={
        "date": st.column_config.DateColumn("Action date"),
        "target": st.column_config.NumberColumn("Target", format="%.2f"),
        "previous_target": st.column_config.NumberColumn("Previous", format="%.2f"),
    },
)
