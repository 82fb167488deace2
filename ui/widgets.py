"""Small Streamlit pieces shared by several pages."""

from __future__ import annotations

import streamlit as st

from ui.tables import plural

SHOWN_CONFLICTS = 3  # conflicts shown as warnings; more go into one expander so the chart stays in view


def conflict_notes(lines: list[str], what: str = "report", listed: tuple[int, int] | None = None) -> None:
    """Warn about conflicting reports: a few one by one, many as a count with the list in an expander. ``listed``:
    ``(shown, total)`` conflicts when the view lists only the latest (``lines`` are of those): the warning counts
    them all when ``lines`` are of every kind (``what`` "report"), else says they are among the latest listed."""
    if not lines:
        return
    shown = lines[:SHOWN_CONFLICTS]
    more = len(lines) - len(shown)
    n, among = len(lines), ""
    if listed and listed[1] > listed[0]:
        n = listed[1] if what == "report" else n
        among = (
            f" (the latest {listed[0]:,} listed; download the view for every one)"
            if what == "report"
            else f" in the latest {listed[0]:,} of {listed[1]:,} conflicts listed (download the view for every one)"
        )
    st.warning(
        f"**{plural(n, f'conflicting {what}')}**{among} — sources disagree:\n\n"
        + "\n".join(f"- {line}" for line in shown)
        + (f"\n\n…and {more:,} more (listed below)." if more else ""),
        icon=":material/warning:",
    )
    if more:
        with st.expander(f"The {len(lines):,} conflicts listed" if among else f"All {len(lines):,} conflicts"):
            st.markdown("\n".join(f"- {line}" for line in lines))
