"""Scale benchmark on generated corpora: extraction, end-to-end ingest, re-ingest, memory and store size.

    python benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--work DIR] [--seed S] [--skip-extract]

For each size N, ``make_corpus.py N`` writes a deterministic corpus under ``DIR/corpus-N`` (kept between runs),
then, each phase in a fresh process so memory and caches do not leak between them:

- **floor**: a bare regex scan for money amounts and job counts over the article bodies (the least any
  extractor pays), in one process;
- **extraction, one process**: articles parsed (timed apart) and extracted, streamed in chunks;
- **extraction, all cores**: parsing and extraction of the same files in one worker process per core;
- **ingest**: ``Store.ingest_paths`` into a fresh DuckDB file (all cores), wall time and peak RSS of the
  main process and of the largest worker;
- **re-ingest**: the same folder again (unchanged: must do no parsing);
- **store**: size on disk, and the records stored against the records the generator says the corpus states.

Prints a Markdown table (one row per size) to paste into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLOOR = re.compile(r"[$€£]\s?\d[\d,.]*\s*(?:billion|million|bn|m)?|\d[\d,]*\s+(?:jobs|roles|positions|employees)")
CHUNK = 500


def _files(folder: Path) -> list[Path]:
    from data_layer.ingest import list_files

    return list(list_files([folder]))


def _chunks(items: list, size: int = CHUNK) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _parse_extract(paths: list[Path]) -> tuple[int, int, float, float, float, int]:
    """(articles, bytes, parse s, extract s, floor s, records) for some files, in this process."""
    from data_layer import extract_article
    from data_layer.ingest import iter_articles

    t0 = time.process_time()
    arts = [a for r in iter_articles(paths) for a in r.articles]
    t1 = time.process_time()
    n_rec = sum(len(extract_article(a)) for a in arts)
    t2 = time.process_time()
    for a in arts:
        FLOOR.findall(a.body)
    t3 = time.process_time()
    return len(arts), sum(len(a.body.encode()) for a in arts), t1 - t0, t2 - t1, t3 - t2, n_rec


def phase_extract(folder: Path, workers: int) -> dict:
    files = _files(folder)
    tot = [0, 0, 0.0, 0.0, 0.0, 0]
    for chunk in _chunks(files):
        for i, v in enumerate(_parse_extract(chunk)):
            tot[i] += v
    n, size, parse_s, extract_s, floor_s, n_rec = tot
    out = {
        "articles": n,
        "mb": size / 1e6,
        "records": n_rec,
        "parse_per_s": n / parse_s,
        "extract_per_s": n / extract_s,
        "extract_mb_s": size / 1e6 / extract_s,
        "floor_per_s": n / floor_s,
        "ratio": extract_s / floor_s,
    }
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_parse_extract, [files[:20]] * workers))  # start and warm the workers (imports)
        t0 = time.perf_counter()
        par = list(pool.map(_parse_extract, _chunks(files, 250)))
        wall = time.perf_counter() - t0
    assert sum(p[5] for p in par) == n_rec, "parallel extraction must find the same records"
    out["parallel_per_s"] = n / wall
    out["workers"] = workers
    return out


def phase_ingest(folder: Path, store_path: Path, workers: int) -> dict:
    from data_layer.store import Store

    for p in (store_path, Path(str(store_path) + ".wal")):
        p.unlink(missing_ok=True)
    with Store(str(store_path)) as store:
        t0 = time.perf_counter()
        results = store.ingest_paths([folder], workers=workers)
        first = time.perf_counter() - t0
        rss_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rss_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        t0 = time.perf_counter()
        again = store.ingest_paths([folder], workers=workers)
        second = time.perf_counter() - t0
        stats = store.stats()
    added = sum(r.status == "added" for r in results)
    assert all(r.status != "added" for r in again), "an unchanged corpus must add nothing"
    return {
        "ingest_s": first,
        "ingest_per_s": added / first,
        "added": added,
        "reingest_s": second,
        "rss_main_mb": rss_main,
        "rss_worker_mb": rss_worker,
        "store_mb": sum(p.stat().st_size for p in store_path.parent.glob(store_path.name + "*")) / 1e6,
        "stored": {t: stats[t] for t in ("articles", "prices", "targets", "layoffs", "events")},
    }


def _in_subprocess(phase: str, *args: str) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, *args]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_corpus(n: int, work: Path, seed: int) -> Path:
    out = work / f"corpus-{n}-s{seed}"
    if not (out / "manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), "--out", str(out),
                        "--seed", str(seed)], check=True)  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/newsdash-bench"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--skip-extract", action="store_true", help="only ingest (the extraction phase is slow at 100k)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.phase == "extract":
        print(json.dumps(phase_extract(Path(a.args[0]), int(a.args[1]))))
        return
    if a.phase == "ingest":
        print(json.dumps(phase_ingest(Path(a.args[0]), Path(a.args[1]), int(a.args[2]))))
        return
    a.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in a.sizes:
        corpus = ensure_corpus(n, a.work, a.seed)
        expected = json.loads((corpus / "manifest.json").read_text())["records"]
        ex = {} if a.skip_extract else _in_subprocess("extract", str(corpus / "articles"), str(a.workers))
        ing = _in_subprocess("ingest", str(corpus / "articles"), str(a.work / f"store-{n}.duckdb"), str(a.workers))
        kept = {t: ing["stored"][t] / expected[t] for t in expected if expected[t]}
        rows.append((n, ex, ing, kept))
        print(json.dumps({"n": n, "extract": ex, "ingest": ing, "stored_vs_expected": kept}), flush=True)
    print()
    print(
        "| articles | floor art/s | extract art/s (1 proc) | ratio to floor | parse+extract art/s (all cores) "
        "| ingest s (art/s) | re-ingest s | peak RSS main / worker MB | store MB | stored / expected records |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n, ex, ing, kept in rows:
        ratio = f"{ex['ratio']:.0f}x" if ex else "—"
        print(
            f"| {n:,} | {ex.get('floor_per_s', 0):,.0f} | {ex.get('extract_per_s', 0):,.0f} | {ratio} "
            f"| {ex.get('parallel_per_s', 0):,.0f} | {ing['ingest_s']:.1f} ({ing['ingest_per_s']:,.0f}) "
            f"| {ing['reingest_s']:.2f} | {ing['rss_main_mb']:.0f} / {ing['rss_worker_mb']:.0f} "
            f"| {ing['store_mb']:.0f} | " + ", ".join(f"{t} {v:.2f}" for t, v in kept.items()) + " |"
        )


if __name__ == "__main__":
    main()
