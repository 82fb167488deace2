"""newsdash: the entry point. Draws the shared sidebar once and routes to the pages in ``app_pages/``
(not ``pages/``: that name switches on Streamlit's legacy auto-discovery).

Run with ``streamlit run dashboard.py`` (or ``./run.sh app``).
"""

import streamlit as st

from ui import nav, sidebar, uploads

# an emoji icon is drawn by the browser itself (a :material/…: icon makes it fetch an SVG from a font host)
st.set_page_config(page_title="newsdash", page_icon="📰", layout="wide")
uploads.install()  # bound the server's memory for uploads nobody reads (once per process)

page = st.navigation(
    [st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path, default=p.default) for p in nav.PAGES]
)
sidebar.render()
page.run()
