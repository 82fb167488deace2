"""Sources: every article with its extracted facts highlighted, the conflicts table and refused uploads."""

import streamlit as st

from ui import state, summary, tables
from ui.format import day, highlight, paragraphs

view = state.view()
st.title("Sources")

arts = summary.latest_articles(view, n=len(view.articles))
tables.show(arts, ["title", "source", "published", "company", "ticker", "article_id"], key="articles",
            total=summary.total(view, "articles"), what="articles")  # fmt: skip

wanted = st.query_params.get("article")  # links from other pages preselect an article, older ones too
if wanted and wanted not in set(arts.get("article_id", ())):
    arts = summary.with_article(arts, state.article(wanted))
ids = list(arts["article_id"]) if len(arts) else []
titles = dict(zip(ids, arts["title"], strict=True)) if ids else {}
chosen = st.selectbox(
    "Article",
    ids,
    index=ids.index(wanted) if wanted in ids else (0 if ids else None),
    key="article_pick",
    format_func=lambda a: f"{titles.get(a) or a}",
    placeholder="No articles — upload some in the sidebar",
)
if chosen and chosen != wanted:
    st.query_params["article"] = chosen  # so the URL reopens this article

if chosen:
    art = state.article(chosen)
    row = arts[arts["article_id"] == chosen].iloc[0]
    st.subheader(summary.md(row.get("title") or chosen))  # article text is never Markdown (links, images)
    meta = (row.get("source"), day(row.get("published")), row.get("company"), chosen)
    st.caption(" · ".join(summary.md(x) for x in meta if x and x != "—"))
    if art is not None and art.url and art.url.startswith(("http://", "https://")):
        st.link_button("Original article", art.url, icon=":material/open_in_new:")
    records = state.article_view(view, [chosen])
    facts = summary.facts_for(records, chosen)
    if facts:
        st.markdown("\n".join(f"- {f}" for f in facts))
    st.markdown(
        ":blue-background[price] :green-background[analyst] :red-background[layoff] :violet-background[event] "
        "— highlighted words are what each fact was read from."
    )
    body = art.body if art is not None else ""
    marked = paragraphs(highlight(body, summary.spans_for(records, chosen)))
    st.html(
        "<style>.nd-body{line-height:1.6;max-height:32rem;overflow-y:auto;padding:.5rem 1rem;"
        "border:1px solid rgba(128,128,128,.3);border-radius:.5rem}"
        ".nd-body mark{padding:0 .15em;border-radius:.2em;color:inherit}"
        ".nd-prices{background:rgba(59,130,246,.35)}.nd-targets{background:rgba(34,197,94,.35)}"
        ".nd-layoffs{background:rgba(239,68,68,.35)}.nd-events{background:rgba(168,85,247,.35)}</style>"
        f'<div class="nd-body">{marked}</div>'
    )

st.subheader("Conflicts")
if view.conflicts.empty:
    st.success("No conflicting reports in this selection.")
else:
    tables.show(view.conflicts, ["kind", "nature", "subject", "date", "values", "sources", "n_values"], key="conf",
                total=summary.total(view, "conflicts"), what="conflicts")  # fmt: skip

rejected = state.quarantine()
if len(rejected):
    st.subheader("Refused uploads")
    tables.show(rejected, ["name", "size", "reason", "logged_at"], key="rejected")
