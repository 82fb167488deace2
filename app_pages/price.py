"""Price path: reported prices, the analyst target band, events, and an optional uploaded market price line."""

import streamlit as st

from ui import charts, nav, state, summary, tables, uploads, widgets
from ui.format import day, money

filters = state.current_filters()
view = state.view()
st.title("Price path")
st.caption("Every share price the articles report, by the day it refers to. Click a point to see its evidence.")

with st.expander("Compare with market prices (CSV with date and close columns)", icon=":material/upload_file:"):
    market_name, market, market_error = uploads.read_once(
        "Market prices CSV", "market_csv", summary.read_market_csv, ["csv"], "Remove the market line"
    )  # parsed once: the page keeps the closes, not the file
    market_link = (
        ""
        if market_name or not state.links_enabled()
        else st.text_input(
            "…or a link to one",
            key="market_link",
            placeholder="https://… CSV of daily closes (date,open,high,low,close)",
        )
    )
if market_error:
    st.error(f"Could not read {summary.md(market_name)}: {summary.md(market_error)}")
elif market is not None:
    st.caption(f"Market line: {len(market):,} closes from {summary.md(market_name)}.")
elif market_link and market_link.strip():
    try:
        market = state.market_csv_from_link(market_link.strip())
        st.caption(f"Market line: {len(market):,} closes from the link.")
    except (ValueError, UnicodeDecodeError) as exc:
        st.error(f"Could not read the market prices link: {summary.md(exc)}")

conflicts = summary.conflict_lines(view, kinds=("price", "prices"))
widgets.conflict_notes(conflicts, "price", summary.listed(view, "conflicts"))

if view.prices.empty and market is None:
    st.info(
        "No share prices for this selection yet — upload articles that quote a closing or trading price, "
        "or add a market-price CSV above."
    )
else:
    fig = charts.price_figure(
        view.prices, view.target_consensus, view.events, market, summary.consensus_by_company(view)
    )
    event = st.plotly_chart(
        fig, theme="streamlit", on_select="rerun", selection_mode="points", key="price_chart", width="stretch"
    )
    for note in view.notes.values():
        st.caption(summary.md(note))
    picked = charts.selected_points(fig, event.selection.points if event else None)
    if not picked:
        st.caption("Tip: click a marker to show the sentence it was read from and open the article.")
    records = state.article_view(view, [p[0] for p in picked])
    for article_id, when, table in picked:
        with st.container(border=True):
            for rec in summary.evidence(records, article_id, table=table or None, date=when):
                value = money(rec.get("price"), rec.get("currency")) if table == "prices" else summary.event_label(rec)
                st.markdown(
                    f"**{value}** · {day(rec.get('date'))} · {summary.md(rec.get('source') or '')} — "
                    f"*{summary.md(rec.get('title') or article_id)}*"
                )
                st.markdown(f"> {summary.md(rec.get('sentence'))}")
            st.page_link(
                nav.spec("sources").path,
                label="Open the article in Sources",
                icon=":material/article:",
                query_params={**filters.query_params(), "article": article_id},
            )

if not view.price_claims.empty:
    st.subheader("Reported prices")
    cols = ["date", "kind", "price", "change_pct", "n_sources", "conflict", "sources"]
    tables.show(view.price_claims, cols, labels={"date": "Price date"}, key="price_claims",
                total=view.total("price_claims"), what="reported prices")  # fmt: skip
