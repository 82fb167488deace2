"""Streamlit-side helpers: the one sidebar, cached loaders, figure builders and formatting.

Pages import from here; nothing in ``ui`` parses article text or writes SQL (that is ``data_layer``'s job).
"""
