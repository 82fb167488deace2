"""Extraction throughput on an N-article corpus (default 10,000), against a bare regex floor.

    python benchmarks/bench_extract.py [N] [--processes P]

The corpus is the bundled seed and dev articles, read once and repeated with fresh ids (and a
shifted publication date) until N articles: extraction work per article is realistic, reading
from disk is left out. Reports articles/s and MB/s for extraction alone and for a bare regex scan
for money amounts and job counts (the floor any extractor pays), and their ratio. With
``--processes P`` (P > 1) extraction also runs in P worker processes, in chunks, to measure all cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data_layer import extract_article, load_articles  # noqa: E402

_FLOOR = re.compile(r"[$€£]\s?\d[\d,.]*\s*(?:billion|million|bn|m)?|\d[\d,]*\s+(?:jobs|roles|positions|employees)")
_CHUNK = 250


def corpus(n: int):
    base = load_articles([ROOT / "tests/data/seed_corpus", ROOT / "tests/data/dev_corpus"])
    for i in range(n):
        a = base[i % len(base)]
        shift = dt.timedelta(days=i // len(base))
        yield a.model_copy(update={"id": f"{a.id}-{i}", "published": a.published + shift if a.published else None})


def _extract_chunk(arts) -> int:
    return sum(len(extract_article(a)) for a in arts)


def _warm(_: int) -> int:
    return 0


def main(n: int = 10_000, processes: int = 1) -> None:
    arts = list(corpus(n))
    mb = sum(len(a.body.encode()) for a in arts) / 1e6
    t0 = time.perf_counter()
    hits = sum(len(_FLOOR.findall(a.body)) for a in arts)
    floor = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_rec = _extract_chunk(arts)
    ext = time.perf_counter() - t0
    print(f"articles={n} size={mb:.1f}MB records={n_rec} floor_hits={hits}")
    print(f"regex floor : {n / floor:10.0f} articles/s {mb / floor:8.1f} MB/s")
    print(f"extraction  : {n / ext:10.0f} articles/s {mb / ext:8.1f} MB/s (one process)")
    print(f"ratio       : extraction is {ext / floor:.1f}x the floor")
    if processes > 1:
        chunks = [arts[i : i + _CHUNK] for i in range(0, n, _CHUNK)]
        with ProcessPoolExecutor(processes) as pool:
            list(pool.map(_warm, range(processes)))  # start the workers (imports) before timing
            t0 = time.perf_counter()
            n_par = sum(pool.map(_extract_chunk, chunks))
            par = time.perf_counter() - t0
        assert n_par == n_rec, (n_par, n_rec)
        print(f"extraction  : {n / par:10.0f} articles/s {mb / par:8.1f} MB/s ({processes} processes)")
        print(f"ratio       : extraction is {par / floor:.1f}x the (one-process) floor with {processes} processes")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--processes", "-p", type=int, default=1, help="also measure P worker processes")
    args = ap.parse_args()
    main(args.n, args.processes)
