"""Reconciliation: pure functions from record DataFrames to claims, conflicts, targets, tallies and events.

No SQL and no I/O here: :func:`reconcile` takes the frames ``records.Records.frames()`` (or the store) produces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ._common import annotate
from .claims import firm_key, layoff_claims, price_claims, target_claims
from .events import event_claims
from .tally import layoff_tally
from .targets import consensus, latest_close, latest_targets

CONFLICT_COLUMNS = ["kind", "nature", "company", "subject", "date", "values", "sources", "n_values"]

__all__ = [
    "CONFLICT_COLUMNS",
    "Reconciled",
    "annotate",
    "consensus",
    "event_claims",
    "firm_key",
    "latest_close",
    "latest_targets",
    "layoff_claims",
    "layoff_tally",
    "price_claims",
    "reconcile",
    "target_claims",
]


@dataclass
class Reconciled:
    prices: pd.DataFrame
    targets: pd.DataFrame
    layoffs: pd.DataFrame
    events: pd.DataFrame
    price_claims: pd.DataFrame
    target_claims: pd.DataFrame
    layoff_claims: pd.DataFrame
    event_claims: pd.DataFrame
    event_status: pd.DataFrame
    conflicts: pd.DataFrame
    latest_targets: pd.DataFrame
    target_consensus: dict
    layoff_tally: pd.DataFrame
    tally_text: str
    extra: dict = field(default_factory=dict)


def reconcile(frames: dict[str, pd.DataFrame], as_of: pd.Timestamp | None = None) -> Reconciled:
    """Everything derived from the record frames (``articles`` gives each record its outlet and date)."""
    articles = frames.get("articles")
    ann = {t: annotate(frames[t], articles) for t in ("prices", "targets", "layoffs", "events")}
    pc, p_conf = price_claims(ann["prices"])
    tc, t_conf = target_claims(ann["targets"])
    lc, _ = layoff_claims(ann["layoffs"])
    ec, status, e_conf = event_claims(ann["events"])
    latest = latest_targets(ann["targets"], as_of=as_of)
    tally, text = layoff_tally(lc)
    conflicts = pd.DataFrame(p_conf + t_conf + e_conf, columns=CONFLICT_COLUMNS)
    return Reconciled(
        prices=ann["prices"],
        targets=ann["targets"],
        layoffs=ann["layoffs"],
        events=ann["events"],
        price_claims=pc,
        target_claims=tc,
        layoff_claims=lc,
        event_claims=ec,
        event_status=status,
        conflicts=conflicts,
        latest_targets=latest,
        target_consensus=consensus(latest, pc),
        layoff_tally=tally,
        tally_text=text,
    )
