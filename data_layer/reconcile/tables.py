"""Reconciliation as storable tables, computed per *partition* so it can be maintained incrementally.

Every reconciliation step groups records by keys that refine the company, so the records split into
independent partitions; reconciling any set of whole partitions gives exactly the rows a reconciliation of
everything gives for them:

- prices: company and day of the price (claims and closing-price conflicts are per day);
- targets: company and analyst firm (claims, conflicts, the firm's latest target);
- layoffs: company (rounds merge across dates; the tally is per company);
- events: company, event type and counterparty (reports chain into events over time).

:func:`reconcile_tables` is the one implementation both the store (for the partitions an ingest touches, in its
write transaction) and the Parquet dataset (``--engine dask``: one task per bucket of companies) call; it runs the
functions of this package, so whatever they decide the stored tables say. Its output is flat: one row per
claim/conflict/tally row with its ``company_key``, ``part_key`` and ``seq`` (the row's place in its partition);
nested values (sources, status history, amounts) are tagged JSON text (:func:`encode` / :func:`decode`), so the
tables go into DuckDB or Parquet as they are. :func:`consensus_rows` derives each company's target consensus from
its latest targets and closing prices.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from .._view_codec import loads, to_json
from ._common import annotate, name_key
from .claims import firm_key, layoff_claims, price_claims, target_claims
from .events import EVENT_CLAIM_COLUMNS, EVENT_STATUS_COLUMNS, event_claims, split_events
from .tally import TALLY_COLUMNS, layoff_tally
from .targets import LATEST_TARGET_COLUMNS, consensus, latest_targets

RECORD_TABLES = ("prices", "targets", "layoffs", "events")
CONFLICT_COLUMNS = ["kind", "nature", "company", "subject", "date", "values", "sources", "n_values"]
SEP = "\x1f"  # between the parts of a partition key (never in a name key or a day)
KEYS = ["company_key", "part_key"]
SEQ = "seq"
NESTED = {"sources", "history", "amounts"}  # columns of lists of dicts: stored as tagged JSON text
# the tables with sources also keep ``outlets``: their sources' outlets (a JSON list), which a page listing many rows
# reads instead of decoding every source's sentence (``read_table(..., light_over=)``); those whose pages show the
# first source's sentence (event claims, the layoff tally) keep ``first_source`` too (tagged JSON): a list of
# thousands of sources is then never parsed to list a row
_PRICE = ["claim_id", "company", "ticker", "date", "date_precision", "kind", "price", "currency", "change_pct",
          "n_sources", "sources", "first_reported", "last_reported", "conflict", "outlets"]  # fmt: skip
_TARGET = ["claim_id", "company", "ticker", "firm", "date", "rating", "rating_class", "target", "currency",
           "previous_target", "action", "n_sources", "sources", "first_reported", "last_reported", "conflict",
           "firm_key", "previous_rating", "outlets"]  # fmt: skip
_LAYOFF = ["claim_id", "company", "ticker", "kind", "low", "high", "percent", "approximate", "basis", "date",
           "date_precision", "scope", "n_sources", "sources", "first_reported", "last_reported", "conflict",
           "status", "outlets"]  # fmt: skip
# the stored tables: name -> columns (each also has company_key, part_key and seq); layoff_text: the tally's text
TABLES: dict[str, list[str]] = {
    "price_claims": _PRICE,
    "target_claims": _TARGET,
    "layoff_claims": _LAYOFF,
    "event_claims": [*(c for c in EVENT_CLAIM_COLUMNS if c != "company_key"), "outlets", "first_source"],
    "event_status": [c for c in EVENT_STATUS_COLUMNS if c != "company_key"],
    "conflicts": [*CONFLICT_COLUMNS, "outlets"],
    "latest_targets": [c for c in LATEST_TARGET_COLUMNS if c != "company_key"],
    "layoff_tally": [*TALLY_COLUMNS, "outlets", "first_source"],
    "layoff_text": ["text"],
}
PART_OF = {  # stored table -> the record table whose partitions it follows (conflicts: several, by kind)
    "price_claims": "prices",
    "target_claims": "targets",
    "latest_targets": "targets",
    "layoff_claims": "layoffs",
    "layoff_tally": "layoffs",
    "layoff_text": "layoffs",
    "event_claims": "events",
    "event_status": "events",
}
CONFLICT_KIND = {"prices": "price", "targets": "target", "events": "event"}
CONSENSUS_COLUMNS = ["company_key", "company", "consensus"]  # consensus: the dict, as tagged JSON


def _iso(ts) -> str:
    return "" if ts is None or pd.isna(ts) else pd.Timestamp(ts).date().isoformat()


def part_keys(table: str, ann: pd.DataFrame) -> pd.Series:
    """The partition key of each annotated record of ``table`` (see the module docstring)."""
    if ann.empty:
        return pd.Series(dtype=object, index=ann.index)
    ck = ann["company_key"].astype(object).astype(str)
    if table == "prices":
        rest = ann["date"].map(_iso)
    elif table == "targets":
        rest = ann["firm"].map(firm_key)
    elif table == "events":
        rest = ann["type"].astype(object).fillna("other").astype(str) + SEP + ann["counterparty"].map(name_key)
    else:
        return ck
    return ck + SEP + rest.astype(str)


def keyed(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The record frames annotated with their articles (title, source, published, ``company_key``) and their
    ``part_key``; ``articles`` is passed through."""
    articles = frames.get("articles")
    out = {"articles": articles}
    for t in RECORD_TABLES:
        ann = annotate(frames[t], articles)
        out[t] = ann.assign(part_key=part_keys(t, ann))
    return out


def encode(value) -> str | None:
    """A nested value as tagged JSON text (exact: :func:`decode` gives back an equal value)."""
    return None if value is None else json.dumps(to_json(_py(value)), ensure_ascii=False, separators=(",", ":"))


def decode(text):
    """The value :func:`encode` wrote."""
    if not isinstance(text, str):
        return text
    return loads(text) if '"$"' in text else json.loads(text)


def outlets(sources) -> str | None:
    """The outlets of a claim's sources, as a JSON list (``["Reuters", "CNBC"]``; an unnamed outlet by its article's
    title)."""
    if not isinstance(sources, list | tuple):
        return None
    names = (str(s.get("source") or s.get("title") or s.get("article_id") or "")
             for s in sources if isinstance(s, dict))  # fmt: skip
    return json.dumps(list(dict.fromkeys(n for n in names if n)), ensure_ascii=False)


def first_source(sources) -> str | None:
    """A list of sources' first one, as :func:`encode` writes it (None for no list or an empty one)."""
    return encode(sources[0]) if isinstance(sources, list | tuple) and len(sources) else None


def _py(v):
    """Python values for JSON (numpy scalars inside lists and dicts)."""
    if isinstance(v, dict):
        return {k: _py(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_py(x) for x in v]
    if isinstance(v, np.generic):
        return v.item()
    return v


def _flat(df: pd.DataFrame, cols: list[str], part) -> pd.DataFrame:
    """``df`` as a stored table: keys, ``seq`` and ``cols``; nested columns as JSON, text as plain objects."""
    out = df.reset_index(drop=True)
    if part is not None and len(out):
        out = out.assign(part_key=part.to_numpy())
    for c in [*KEYS, *cols]:
        if c not in out:
            out[c] = None
    out[SEQ] = np.arange(len(out), dtype="int64")
    if "outlets" in cols and "sources" in df:
        out["outlets"] = [outlets(v) for v in out["sources"]]
    if "first_source" in cols and "sources" in df:
        out["first_source"] = [first_source(v) for v in out["sources"]]
    out = out[[*KEYS, SEQ, *cols]].copy()
    for col in out.columns:
        if col in NESTED:
            out[col] = pd.Series([encode(v) for v in out[col]], index=out.index, dtype=object)
        elif isinstance(out[col].dtype, pd.CategoricalDtype | pd.StringDtype) or out[col].dtype == object:
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def reconcile_tables(frames: dict[str, pd.DataFrame], already_keyed: bool = False) -> dict[str, pd.DataFrame]:
    """Every stored table (:data:`TABLES`) for the records in ``frames`` (whole partitions of them).

    ``frames``: ``articles`` (each record's outlet, title and date) and the record tables, as ``Records.frames()``
    or the store give them; with ``already_keyed`` they come from :func:`keyed`.
    """
    k = frames if already_keyed else keyed(frames)
    out: dict[str, pd.DataFrame] = {}
    conflicts: list[dict] = []

    pc, p_conf = price_claims(k["prices"])
    out["price_claims"] = _flat(pc, TABLES["price_claims"], pc["company_key"].astype(str) + SEP + pc["date"].map(_iso)
                                if len(pc) else None)  # fmt: skip
    conflicts += [c | {"part_key": c.pop("company_key") + SEP + (c["date"] or "")} for c in p_conf]

    tc, t_conf = target_claims(k["targets"])
    out["target_claims"] = _flat(tc, TABLES["target_claims"], tc["company_key"].astype(str) + SEP + tc["firm_key"]
                                 if len(tc) else None)  # fmt: skip
    conflicts += [c | {"part_key": c.pop("company_key") + SEP + c.pop("firm_key")} for c in t_conf]
    lt = latest_targets(k["targets"])
    out["latest_targets"] = _flat(lt, TABLES["latest_targets"], lt["company_key"].astype(str) + SEP + lt["firm_key"]
                                  if len(lt) else None)  # fmt: skip

    lc, _ = layoff_claims(k["layoffs"])
    out["layoff_claims"] = _flat(lc, TABLES["layoff_claims"], lc["company_key"] if len(lc) else None)
    tallies, texts = [], []
    for ck, g in lc.groupby("company_key", sort=True) if len(lc) else ():
        tally, text = layoff_tally(g)
        tallies.append(tally.assign(company_key=ck, part_key=ck))
        texts.append({"company_key": ck, "part_key": ck, "text": text})
    tally_all = pd.concat(tallies, ignore_index=True) if tallies else layoff_tally(lc.iloc[0:0])[0]
    out["layoff_tally"] = _flat(tally_all, TABLES["layoff_tally"], tally_all["part_key"] if tallies else None)
    out["layoff_text"] = _flat(pd.DataFrame(texts, columns=[*KEYS, "text"]), ["text"], None)

    ev = k["events"]
    ec, status, e_conf = event_claims(ev)
    parts: dict[str, str] = {}
    if len(ev):
        split = split_events(ev)
        parts = dict(zip(split["event_id"], split["part_key"], strict=True))
    out["event_claims"] = _flat(ec, TABLES["event_claims"], ec["event_id"].map(parts) if len(ec) else None)
    out["event_status"] = _flat(status, TABLES["event_status"], status["event_id"].map(parts) if len(status) else None)
    for c in e_conf:
        c.pop("company_key", None)
        conflicts.append(c | {"part_key": parts.get(c.pop("event_id"))})
    conf = pd.DataFrame(conflicts, columns=[*CONFLICT_COLUMNS, "part_key"])
    conf["company_key"] = conf["part_key"].map(lambda p: p.split(SEP, 1)[0] if isinstance(p, str) else None)
    out["conflicts"] = _flat(conf, TABLES["conflicts"], None)
    return out


def consensus_rows(latest: pd.DataFrame, closes: pd.DataFrame) -> pd.DataFrame:
    """One row per company in ``latest`` or ``closes``: :func:`.targets.consensus` of its latest targets against its
    closing prices (``latest``/``closes``: decoded ``latest_targets`` and ``price_claims`` rows)."""
    keys = sorted(set(latest["company_key"].dropna()) | set(closes["company_key"].dropna()))
    by_latest = dict(tuple(latest.groupby("company_key", sort=False))) if len(latest) else {}
    by_close = dict(tuple(closes.groupby("company_key", sort=False))) if len(closes) else {}
    rows = []
    for ck in keys:
        lt, pc = by_latest.get(ck, latest.iloc[0:0]), by_close.get(ck, closes.iloc[0:0])
        names = pd.concat([lt["company"], pc["company"]]).dropna()
        cons = consensus(lt, pc if len(pc) else None)
        rows.append({"company_key": ck, "company": names.iloc[0] if len(names) else ck, "consensus": encode(cons)})
    return pd.DataFrame(rows, columns=CONSENSUS_COLUMNS)
