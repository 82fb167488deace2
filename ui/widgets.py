"""Small Streamlit pieces shared by several pages."""

from __future__ import annotations

import streamlit as st

from ui.tables import plural

SHOWN_CONFLICTS = 3  # conflicts shown as warnings; more go into one expander so the chart stays in view


def conflict_notes(lines: list[str], what: str = "report") -> None:
    """Warn about conflicting reports: a few one by one, many as a count with the list in an expander."""
    if not lines:
        return
    shown = lines[:SHOWN_CONFLICTS]
    more = len(lines) - len(shown)
    st.warning(
        f"**{plural(len(lines), f'conflicting {what}')}** — sources disagree:\n\n"
        + "\n".join(f"- {line}" for line in shown)
        + (f"\n\n…and {more:,} more (listed below)." if more else ""),
        icon=":material/warning:",
    )
    if more:
        with st.expander(f"All {len(lines):,} conflicts"):
            st.markdown("\n".join(f"- {line}" for line in lines))
