"""Incremental ingest into a big store (issue 17): N new articles, and the part of it spent keeping the reconciled
tables up to date (the partitions the new records touch, recomputed in the ingest's last write transaction).

    python benchmarks/bench_incremental.py STORE [N]   # STORE: e.g. a store built by _big_store.py (copied first)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_layer.store import Store, aggregates  # noqa: E402


def main(store_path: str, n: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.duckdb"
        shutil.copy(store_path, copy)
        corpus = Path(tmp) / "corpus"
        subprocess.run([sys.executable, str(ROOT / "benchmarks/make_corpus.py"), str(n), "--out", str(corpus),
                        "--seed", "17"], check=True, capture_output=True)  # fmt: skip
        spent = []
        original = aggregates.refresh_dirty

        def timed(cur):
            t = time.perf_counter()
            out = original(cur)
            spent.append((time.perf_counter() - t, out))
            return out

        aggregates.refresh_dirty = timed
        store = Store(str(copy))
        before = store.n_articles()
        t0 = time.perf_counter()
        results = store.ingest_paths(corpus / "articles", workers=1)
        total = time.perf_counter() - t0
        added = sum(r.status == "added" for r in results)
        print(f"store: {before:,} articles; added {added} in {total:.2f} s")
        for s, parts in spent:
            print(f"reconciled tables: {parts} partitions recomputed in {s:.2f} s")
        store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100)
