"""The reconciled tables of a Parquet dataset, computed as one distributed step (``extract --engine dask``).

The same function as the store's (:func:`data_layer.reconcile.tables.reconcile_tables`) runs once per bucket of
companies: a task reads the dataset, keeps the records whose reconciliation company key falls in its bucket (whole
partitions: every record of a company goes to one task) and writes each table's rows for those companies as one
part file::

    ROOT/reconciled/<table>/part-<bucket>.parquet

for the tables of :data:`~data_layer.reconcile.tables.TABLES` and ``consensus``. :func:`read_reconciled` reads
them back (nested values decoded), so a cluster-built dataset carries its claims. Each task reads the whole
dataset and filters (simple and exact; the records of one company are not all in its article folders).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from pathlib import Path

import pandas as pd

from . import dataset
from .reconcile import tables as rt
from .store import aggregates

FOLDER = "reconciled"
NAMES = [*rt.TABLES, "consensus"]


def bucket_of(key: str, n: int) -> int:
    """A stable bucket for a company key (the same in every process).

    >>> bucket_of("AMZN", 4) == bucket_of("AMZN", 4)
    True
    """
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % n


def reconcile_bucket(root: str, bucket: int, n_buckets: int) -> dict[str, int]:
    """Reconcile the companies of ``bucket`` and write their tables' part files; returns rows per table."""
    frames = dataset.read_frames(root)
    keyed = rt.keyed(frames)
    mine = {t: keyed[t][[bucket_of(k, n_buckets) == bucket for k in keyed[t]["company_key"]]]
            for t in rt.RECORD_TABLES}  # fmt: skip
    out = rt.reconcile_tables({"articles": frames["articles"], **mine}, already_keyed=True)
    decoded = {n: aggregates.decode_nested(df.copy()) for n, df in out.items()}
    closes = decoded["price_claims"]
    closes = closes[closes["kind"] == "close"] if len(closes) else closes
    out["consensus"] = rt.consensus_rows(decoded["latest_targets"], closes)
    for name, df in out.items():
        folder = Path(root, FOLDER, name)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".part-{bucket:05d}.{uuid.uuid4().hex[:8]}.tmp"
        df.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"part-{bucket:05d}.parquet")
    return {n: len(df) for n, df in out.items()}


def reconcile_dataset(root: str | Path, engine: str = "local", scheduler=None, buckets: int | None = None) -> dict:
    """Write the reconciled tables of the dataset at ``root``: ``buckets`` tasks on a dask cluster (``engine``
    ``dask``: ``scheduler`` an address or a ``distributed.Client``, else a local cluster) or in this process.
    Returns rows per table."""
    root = str(root)
    shutil.rmtree(Path(root, FOLDER), ignore_errors=True)
    n = buckets or max(1, 2 * (os.cpu_count() or 1))
    if engine != "dask":
        results = [reconcile_bucket(root, b, n) for b in range(n)]
    else:
        from distributed import Client

        client = scheduler if isinstance(scheduler, Client) else Client(str(scheduler)) if scheduler else None
        own = client is None or not isinstance(scheduler, Client)
        if client is None:
            client = Client(processes=True, dashboard_address=None, host="127.0.0.1")
        try:
            results = client.gather([client.submit(reconcile_bucket, root, b, n, pure=False) for b in range(n)])
        finally:
            if own:
                client.close()
    return {name: sum(r[name] for r in results) for name in NAMES}


def read_reconciled(root: str | Path) -> dict[str, pd.DataFrame]:
    """The reconciled tables :func:`reconcile_dataset` wrote (rows of all buckets, nested values decoded)."""
    out = {}
    for name in NAMES:
        parts = sorted(Path(root, FOLDER, name).glob("part-*.parquet"))
        frames = [pd.read_parquet(p) for p in parts]
        frames = [f for f in frames if len(f)]
        df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        out[name] = aggregates.decode_nested(df)
    return out
