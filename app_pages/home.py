"""Home: headline numbers for the selected company, conflicts, the latest articles and their facts."""

import streamlit as st

from ui import nav, state, summary, tables, widgets
from ui.format import article_meta

filters = state.current_filters()
view = state.view()

st.title(summary.md(filters.company) if filters.company else state.ALL_COMPANIES)  # a name from the articles
st.caption("Facts extracted from news articles, each one linked to the sentence it came from.")

if view.articles.empty:
    st.info(
        "No articles for this selection yet — upload articles in the sidebar (.txt, .md, .html, .json, .jsonl) "
        "or widen the company and date filters."
    )

for col, kpi in zip(st.columns(4), summary.headline(view), strict=True):
    col.metric(kpi.label, kpi.value, delta=kpi.delta, help=kpi.help or None, delta_color="off")
    col.caption(summary.md(kpi.help))

if len(summary.companies_in(view)) > 1:  # one row per company: no figure here mixes two companies
    st.subheader("Per company")
    tables.show(summary.per_company(view), ["company", "close", "firms", "targets", "upside", "layoffs"])

widgets.conflict_notes(summary.conflict_lines(view), listed=summary.listed(view, "conflicts"))

st.subheader("Explore")
link_cols = st.columns(len(nav.PAGES) - 1)
for col, page in zip(link_cols, [p for p in nav.PAGES if not p.default], strict=True):
    with col:
        st.page_link(page.path, label=page.title, icon=page.icon, query_params=filters.query_params())

st.subheader("Latest articles")
latest = summary.latest_articles(view, n=6)
records = state.article_view(view, latest["article_id"] if len(latest) else [])
for art in latest.to_dict("records"):
    title = art.get("title") or art["article_id"]
    meta = article_meta(art.get("source"), art.get("published"), art.get("company"))
    with st.container(border=True):
        st.markdown(f"**{summary.md(title)}**  \n:gray[{summary.md(meta)}]")
        facts = summary.facts_for(records, art["article_id"])
        st.markdown("\n".join(f"- {f}" for f in facts) if facts else ":gray[No facts extracted from this article.]")
        st.page_link(
            nav.spec("sources").path,
            label="Read with highlighted facts",
            icon=":material/article:",
            query_params={**filters.query_params(), "article": art["article_id"]},
        )
