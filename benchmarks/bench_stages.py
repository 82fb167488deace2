"""CPU per stage, two code trees side by side in one run: ``--base DIR`` (a copy of the code before a change) against
this checkout, alternating fresh processes so both see the same machine load.

    python benchmarks/bench_stages.py CORPUS_DIR [--base DIR] [--n 2000] [--rounds 3] [--env NEWSDASH_FAST=0]

``CORPUS_DIR`` is a folder of articles (e.g. ``make_corpus.py 10000 --out /tmp/g``, then ``/tmp/g/articles``).
``--base DIR``: a directory holding another copy of the ``data_layer`` package (``cp -r data_layer DIR/``);
``--env K=V``: instead of (or besides) a base tree, run this checkout a second time with that environment variable.
Each run parses and extracts the first N files in one process and reports CPU milliseconds per article for the
whole pipeline and per stage (stages nest: dates are counted inside the extractors that call them). The best of
``--rounds`` runs is kept per stage. The records of every variant are compared (count and a digest): a difference
is reported, since a faster path must state the same facts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: (label, module, function name): every module attribute bound to that function is wrapped with a CPU timer.
STAGES = (
    ("boilerplate split", "data_layer.ingest._boilerplate", "split_boilerplate"),
    ("company resolution", "data_layer.companies", "resolve_companies"),
    ("sentence splitting", "data_layer.text", "split_sentences"),
    ("extract: prices", "data_layer.extract.prices", "extract"),
    ("extract: targets", "data_layer.extract.targets", "extract"),
    ("extract: layoffs", "data_layer.extract.layoffs", "extract"),
    ("extract: events", "data_layer.extract.events", "extract"),
    ("dates (inside extractors)", "data_layer.dates", "find_dates"),
)


def _child(corpus: str, n: int) -> dict:
    import importlib

    from data_layer import extract_article
    from data_layer.ingest import iter_articles, list_files

    spent = {label: 0.0 for label, _, _ in STAGES}

    def timed(label, fn):
        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.process_time() - t

        return wrapper

    for label, mod, name in STAGES:
        fn = getattr(importlib.import_module(mod), name)
        w = timed(label, fn)
        for m in list(sys.modules.values()):
            if getattr(m, "__name__", "").startswith("data_layer"):
                for k, v in list(vars(m).items()):
                    if v is fn:
                        setattr(m, k, w)
    paths = sorted(list_files([Path(corpus)]))[:n]
    warm = [a for r in iter_articles(paths[:50]) for a in r.articles]
    for a in warm:
        extract_article(a)
    for k in spent:
        spent[k] = 0.0
    digest = hashlib.sha256()
    t0 = time.process_time()
    arts = [a for r in iter_articles(paths) for a in r.articles]
    t1 = time.process_time()
    n_rec = 0
    for a in arts:
        recs = extract_article(a)
        n_rec += len(recs)
        for kind in ("prices", "targets", "layoffs", "events"):
            for x in getattr(recs, kind):
                digest.update(x.model_dump_json().encode())
        digest.update(json.dumps([c.model_dump(mode="json") for c in a.companies]).encode())
    t2 = time.process_time()
    return {
        "articles": len(arts),
        "records": n_rec,
        "digest": digest.hexdigest()[:16],
        "parse": (t1 - t0) * 1e3 / len(arts),
        "extract": (t2 - t1) * 1e3 / len(arts),
        "total": (t2 - t0) * 1e3 / len(arts),
        **{k: v * 1e3 / len(arts) for k, v in spent.items()},
    }


def _run(code_dir: Path, env_extra: dict, corpus: str, n: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code_dir), **env_extra)
    cmd = [sys.executable, __file__, "--child", corpus, "--n", str(n)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=str(code_dir))
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--base", help="directory with another copy of data_layer (the baseline)")
    ap.add_argument("--env", action="append", default=[], help="K=V: also run this checkout with it set")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.corpus, args.n)))
        return
    variants: list[tuple[str, Path, dict]] = []
    if args.base:
        variants.append(("base", Path(args.base).resolve(), {}))
    for kv in args.env:
        k, _, v = kv.partition("=")
        variants.append((kv, ROOT, {k: v}))
    variants.append(("this", ROOT, {}))
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for name, code, env in variants:
            r = _run(code, env, args.corpus, args.n)
            prev = best.get(name)
            if prev is not None:
                r = {k: min(v, prev[k]) if isinstance(v, float) else v for k, v in r.items()}
            best[name] = r
    names = [v[0] for v in variants]
    print(f"{best[names[0]]['articles']} articles, best of {args.rounds} rounds, CPU ms per article")
    print("| stage | " + " | ".join(names) + " | speed-up |")
    print("| --- | " + " | ".join("---:" for _ in names) + " | ---: |")
    keys = ["total", "parse", "extract", *(label for label, _, _ in STAGES)]
    for k in keys:
        cells = [f"{best[n][k]:.3f}" for n in names]
        ratio = best[names[0]][k] / best[names[-1]][k] if best[names[-1]][k] else float("nan")
        print(f"| {k} | " + " | ".join(cells) + f" | {ratio:.2f}x |")
    rate = [f"{1000 / best[n]['total']:.0f}" for n in names]
    print("| articles/s (one core, parse + extract) | " + " | ".join(rate) + " | |")
    rate = [f"{1000 / best[n]['extract']:.0f}" for n in names]
    print("| articles/s (one core, extract only) | " + " | ".join(rate) + " | |")
    for n in names:
        print(f"{n}: records={best[n]['records']} digest={best[n]['digest']}")
    if len({best[n]["digest"] for n in names}) > 1:
        print("RECORDS DIFFER between variants")


if __name__ == "__main__":
    main()
