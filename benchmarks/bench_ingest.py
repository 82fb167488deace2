"""Store ingest: N copies of the seed corpus (each file made unique) into a fresh file store, then again unchanged.

    python benchmarks/bench_ingest.py [COPIES]   # default 100 copies x 5 seed files = 500 articles

The second pass must do no extraction work (one hash per file), so it should be far faster than the first.
Prints both times, articles/s and the ratio.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_layer.service import open_store  # noqa: E402


def make_corpus(folder: Path, copies: int) -> int:
    seed = sorted((ROOT / "tests/data/seed_corpus").glob("*.txt"))
    n = 0
    for i in range(copies):
        sub = folder / f"copy{i:05d}"
        sub.mkdir()
        for f in seed:
            # a trailing line makes each copy's bytes (and so its hash and id) unique
            (sub / f"{f.stem}_{i}.txt").write_bytes(f.read_bytes() + f"\n(copy {i})\n".encode())
            n += 1
    return n


def main(copies: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        n = make_corpus(corpus, copies)
        store = open_store(str(tmp_path / "bench.duckdb"))
        t0 = time.perf_counter()
        first = store.ingest_paths(corpus)
        t1 = time.perf_counter()
        second = store.ingest_paths(corpus)
        t2 = time.perf_counter()
        stats = store.stats()
        store.close()
    added = sum(r.status == "added" for r in first)
    dup = sum(r.status == "duplicate" for r in second)
    cold, warm = t1 - t0, t2 - t1
    print(f"files: {n}  added: {added}  records: "
          + ", ".join(f"{t}={stats[t]}" for t in ("prices", "targets", "layoffs", "events")))  # fmt: skip
    print(f"first ingest:  {cold:8.2f} s  ({added / cold:8.1f} articles/s)")
    print(f"re-ingest:     {warm:8.2f} s  ({dup} duplicates, {n / warm:8.1f} files/s)")
    print(f"ratio first/re-ingest: {cold / warm:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
