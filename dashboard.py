"""newsdash: entry point and home page (placeholder until the dashboard lands)."""

import streamlit as st

st.set_page_config(page_title="newsdash", layout="wide")
st.title("newsdash")
st.write("Financial news turned into facts you can check.")
