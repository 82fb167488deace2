"""Every table the pages show, through one function: human column labels, blanks for missing values, widths that
fit dates and outlets, and the company column whenever the rows may come from more than one company.

:func:`table` is pure (a DataFrame of display strings and the ``st.column_config`` arguments); :func:`show` draws it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ui.format import count, day, is_missing, money, pct, sources_text

DATE_W, NUM_W, TEXT_W = 110, 90, 160


@dataclass(frozen=True)
class Col:
    label: str
    kind: str = "text"  # text | key | date | datetime | money | count | pct | pct_plain | flag | sources
    width: int | str | None = None
    help: str | None = None


COLUMNS: dict[str, Col] = {
    "company": Col("Company", width=TEXT_W),
    "firm": Col("Firm", width=TEXT_W),
    "title": Col("Title", width="large"),
    "source": Col("Outlet", width=TEXT_W),
    "published": Col("Published", "datetime", 150),
    "ticker": Col("Ticker", width=70),
    "article_id": Col("Article id", width=TEXT_W),
    "date": Col("Date", "date", DATE_W),
    "first_reported": Col("First reported", "date", DATE_W),
    "last_reported": Col("Last reported", "date", DATE_W),
    "kind": Col("Kind", width=NUM_W),
    "price": Col("Price", "money", NUM_W),
    "currency": Col("Currency", width=70),
    "change_pct": Col("Change", "pct", NUM_W, "the day's move the article states"),
    "n_sources": Col("Sources", "count", 70, "how many articles report it"),
    "conflict": Col("Conflict", "flag", 80, "sources disagree on this figure"),
    "sources": Col("Reported by", "sources", 200),
    "outlets": Col("Reported by", "sources", 200),
    "rating": Col("Rating", width=NUM_W),
    "rating_class": Col("Rating class", width=NUM_W, help="buy, hold or sell"),
    "rating_change": Col("Rating (previous → new)", width=280),
    "change": Col("Target (previous → new)", width=150),
    "action": Col("Action", width=TEXT_W),
    "acted": Col("Action date", width=190, help="the day the firm acted, as the articles state it"),
    "gap": Col("Previous target gap", width=200),
    "target": Col("Target", "money", NUM_W),
    "previous_target": Col("Previous target", "money", 120),
    "sentence": Col("Source sentence", width="large"),
    "row": Col("Row", width=NUM_W),
    "figure": Col("What it is", width=230, help="decided round, WARN filing, reported total, plan …"),
    "label": Col("Figure", width=200),
    "low": Col("Low", "count", NUM_W),
    "high": Col("High", "count", NUM_W),
    "cut": Col("Jobs cut", width=110),
    "percent": Col("% of staff", "pct_plain", 80),
    "scope": Col("Scope", width=NUM_W),
    "approximate": Col("Approx.", "flag", 70),
    "when": Col("When", width=150, help="the date at the precision the text gives (a year stays a year)"),
    "text": Col("In the tally", width=220),
    "type": Col("Type", "key", TEXT_W),
    "counterparty": Col("Counterparty", width=TEXT_W),
    "amount": Col("Amount (USD)", width=NUM_W),
    "amount_text": Col("Amount as written", width=140),
    "valuation": Col("Valuation (USD)", width=NUM_W),
    "expected_close": Col("Expected to close", width=NUM_W, help="when the text expects the deal to close"),
    "status": Col("Status", width=NUM_W),
    "summary": Col("Summary", width="large"),
    "history": Col("Status history", width="large"),
    "amounts": Col("Amounts", "sources", TEXT_W),
    "nature": Col("Nature", width=NUM_W),
    "subject": Col("What", width=200),
    "values": Col("Values", width=200),
    "n_values": Col("Values (n)", "count", 70),
    "name": Col("File", width=TEXT_W),
    "size": Col("Size (bytes)", "count", NUM_W),
    "reason": Col("Reason", width="large"),
    "logged_at": Col("Refused at", "datetime", 150),
    "close": Col("Latest close", width=220),
    "targets": Col("Targets (median, range)", width=200),
    "firms": Col("Firms", width=70),
    "upside": Col("Upside (median)", width=NUM_W),
    "layoffs": Col("Layoffs", width=220),
}


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 firm``, ``3 firms``, ``1,200 sources``.

    >>> plural(1, "firm"), plural(3, "firm"), plural(2, "company", "companies")
    ('1 firm', '3 firms', '2 companies')
    """
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def _cell(kind: str, value: object, currency: object = None) -> str:
    if kind == "sources":
        return sources_text(value)
    if not isinstance(value, list | tuple | dict) and is_missing(value):
        return ""
    if kind == "date":
        return day(value)
    if kind == "datetime":
        ts = pd.Timestamp(value)
        return ts.strftime("%Y-%m-%d %H:%M") if (ts.hour, ts.minute) != (0, 0) else ts.strftime("%Y-%m-%d")
    if kind == "money":
        return money(value, None if is_missing(currency) else str(currency))
    if kind == "count":
        return count(value)
    if kind == "pct":
        return pct(value)
    if kind == "pct_plain":
        return f"{float(value):g}%"  # type: ignore[arg-type]
    if kind == "flag":
        return "yes" if bool(value) else ""
    if kind == "key":  # a stable key as words: funding_round -> funding round
        return str(value).replace("_", " ")
    return str(value)


def table(df: pd.DataFrame, cols: list[str], company: bool = False) -> tuple[pd.DataFrame, dict[str, dict]]:
    """The listed columns that exist (the company first when ``company``), every cell a display string ("" when
    missing), and per column the label, width and help for ``st.column_config.TextColumn``."""
    wanted = (["company"] if company and "company" in df else []) + [c for c in cols if c != "company" or not company]
    cols = [c for c in dict.fromkeys(wanted) if c in df.columns]
    out = pd.DataFrame(index=df.index)
    cur = df["currency"] if "currency" in df else pd.Series(None, index=df.index, dtype=object)
    for c in cols:
        spec = COLUMNS.get(c, Col(c.replace("_", " ").capitalize()))
        out[c] = [_cell(spec.kind, v, k) for v, k in zip(df[c], cur, strict=True)]
    config = {c: _config(c) for c in cols}
    return out.reset_index(drop=True), config


def _config(c: str) -> dict:
    spec = COLUMNS.get(c, Col(c.replace("_", " ").capitalize()))
    return {"label": spec.label, "width": spec.width, "help": spec.help}


def many_companies(df: pd.DataFrame) -> bool:
    """True when the rows are about more than one company (or no company is picked in the sidebar)."""
    from ui import state

    if state.current_filters().company is None:
        return True
    return "company" in df and df["company"].dropna().nunique() > 1


def cut_note(shown: int, total: int | None, what: str = "rows") -> str:
    """What a table listing only the latest rows says under it, else "".

    >>> cut_note(1000, 15923, "reported prices")
    'Showing the latest 1,000 of 15,923 reported prices; narrow the dates, or download the view for every row.'
    >>> cut_note(12, 12), cut_note(3, None)
    ('', '')
    """
    if total is None or total <= shown:
        return ""
    return f"Showing the latest {shown:,} of {total:,} {what}; narrow the dates, or download the view for every row."


def show(
    df: pd.DataFrame,
    cols: list[str],
    labels: Mapping[str, str] | None = None,
    key: str | None = None,
    total: int | None = None,
    what: str = "rows",
) -> None:
    """Draw ``df``'s ``cols`` as a table (see :func:`table`); ``labels`` renames columns for one page; ``total``:
    how many rows match when ``df`` holds only the latest (a caption under the table says so, naming ``what``)."""
    out, config = table(df, cols, company=many_companies(df))
    for c, label in (labels or {}).items():
        if c in config:
            config[c]["label"] = label
    st.dataframe(
        out,
        hide_index=True,
        width="stretch",
        key=key,
        column_config={c: st.column_config.TextColumn(**kw) for c, kw in config.items()},
    )
    if note := cut_note(len(df), total, what):
        st.caption(f":material/info: {note}")
