"""What a user takes away from the dashboard, built here so pages do no grouping:

- :func:`upload_facts`: the company an ingested article is about and how many facts of each kind it gave, for the
  one-line upload result ("Harbor Corp, 7 facts (2 prices, 1 target, 3 layoff figures, 1 event)");
- :func:`view_tables` / :func:`view_zip`: every table of a view (records, claims, conflicts, layoff tally, target
  consensus, event status) as flat tables, and those as one zip of CSV files.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .export import to_csv_bytes

# (table, one, many): the fact tables in the order a result line names them
FACT_KINDS = (
    ("prices", "price", "prices"),
    ("targets", "target", "targets"),
    ("layoffs", "layoff figure", "layoff figures"),
    ("events", "event", "events"),
)
# the tables of a view, in the order the zip lists them (target_consensus is a dict in the view: one row here)
VIEW_TABLES = (
    "articles", "prices", "targets", "layoffs", "events", "price_claims", "target_claims", "layoff_claims",
    "event_claims", "conflicts", "latest_targets", "target_consensus", "layoff_tally", "event_status",
)  # fmt: skip


def plural(n: int, one: str, many: str) -> str:
    """A count and its noun.

    >>> plural(1, "fact", "facts"), plural(0, "fact", "facts"), plural(2, "layoff figure", "layoff figures")
    ('1 fact', '0 facts', '2 layoff figures')
    """
    return f"{n:,} {one if n == 1 else many}"


@dataclass(frozen=True)
class UploadFacts:
    """The companies of one or more ingested articles and the number of facts of each kind they gave."""

    companies: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def text(self) -> str:
        """One line for a person.

        >>> UploadFacts(("Harbor Corp",), {"prices": 2, "targets": 1, "layoffs": 0, "events": 4}).text()
        'Harbor Corp, 7 facts (2 prices, 1 target, 4 events)'
        >>> UploadFacts((), {"prices": 1}).text()
        'no company recognised, 1 fact (1 price)'
        >>> UploadFacts(("A", "B"), {}).text()
        'A, B, no facts found'
        """
        who = ", ".join(self.companies) if self.companies else "no company recognised"
        if not self.total:
            return f"{who}, no facts found"
        parts = [plural(self.counts[t], one, many) for t, one, many in FACT_KINDS if self.counts.get(t)]
        return f"{who}, {plural(self.total, 'fact', 'facts')} ({', '.join(parts)})"


def upload_facts(store, article_ids: Iterable[str]) -> UploadFacts:
    """What the store holds for the given articles: their companies (the article's own, else the records' most
    named) and the count of facts per kind."""
    ids = [a for a in dict.fromkeys(article_ids) if a]
    if not ids:
        return UploadFacts()
    frames = store.frames_of(ids)
    names = frames["articles"]["company"].dropna().astype(str)
    if names.empty:  # no company in the article header: the one its facts name most
        named = pd.concat([frames[t]["company"] for t, _, _ in FACT_KINDS if "company" in frames[t]])
        names = named.dropna().astype(str).value_counts().index[:1].to_series()
    companies = tuple(dict.fromkeys(n for n in names if n.strip()))
    return UploadFacts(companies, {t: len(frames[t]) for t, _, _ in FACT_KINDS})


def _cell(v: object) -> object:
    """Nested cells (a claim's sources, a status history) as JSON text; scalars as they are."""
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, list | tuple | dict):
        return json.dumps(v, default=str, ensure_ascii=False)
    return v


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(_cell)
    if "sources" in out and "article_ids" not in out:  # a claim's articles, readable without parsing JSON
        out["article_ids"] = df["sources"].map(
            lambda s: ";".join(str(x.get("article_id", "")) for x in s) if isinstance(s, list | tuple) else ""
        )
    return out


def view_tables(view) -> dict[str, pd.DataFrame]:
    """Every table of a view, flat (nested cells as JSON text), keyed by name in :data:`VIEW_TABLES` order."""
    out: dict[str, pd.DataFrame] = {}
    for name in VIEW_TABLES:
        value = getattr(view, name, None)
        if isinstance(value, Mapping):  # the target consensus: one row of its scalar fields
            value = pd.DataFrame([{k: _cell(v) for k, v in value.items()}]) if value else pd.DataFrame()
        if isinstance(value, pd.DataFrame):
            out[name] = _flat(value)
    return out


def view_zip(view) -> bytes:
    """The view as a zip: one CSV per table (spreadsheet-safe) and a README naming them with their row counts and
    the layoff arithmetic."""
    tables = view_tables(view)
    lines = ["newsdash: the facts of one dashboard view, one CSV per table.", ""]
    lines += [f"{name}.csv: {plural(len(df), 'row', 'rows')}" for name, df in tables.items()]
    if tally := getattr(view, "tally_text", ""):
        lines += ["", "Layoff arithmetic:", str(tally)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", "\n".join(lines) + "\n")
        for name, df in tables.items():
            zf.writestr(f"{name}.csv", to_csv_bytes(df))
    return buf.getvalue()
