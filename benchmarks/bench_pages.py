"""Page speed at scale: each page's data call and each page's AppTest run on 1k/10k/100k-article stores.

    python benchmarks/bench_pages.py [--articles 1000 10000 100000] [--keep DIR] [--no-apptest]

For each size a store is built by ``_big_store.build`` (seconds), then:

- data call: the exact ``service`` call each page makes (every page shows ``service.load_view``; Sources also
  reads one article), for the default filters (the sidebar's first company: the one with most articles), for
  one mid-sized company and for "All companies"; the median of 5 warm runs (after one untimed run);
- page run: ``AppTest`` on ``dashboard.py`` with ``NEWSDASH_STORE`` = the big store and ``NEWSDASH_SAMPLE=0``
  (as in tests/test_app_pages.py), run once, then the second (warm) run timed;
- the store's size on disk.

Targets (issue #6): data call <= 300 ms and warm page run <= 1 s at 100,000 articles.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _big_store import build  # noqa: E402

from data_layer import service  # noqa: E402
from ui import nav  # noqa: E402

APP = str(ROOT / "dashboard.py")
RUNS = 5


def _median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _unmemo(fn, store, company):
    """The call as a fresh process makes it: no in-process memo, only the store's materialised views."""
    service._MEMO.clear()
    return fn(store, company=company)


def data_calls(path: Path) -> dict[str, float]:
    """Milliseconds per data call (median of warm runs)."""
    store = service.open_store(str(path))
    service._MEMO.clear()
    try:
        t0 = time.perf_counter()
        service.load_view(store, company=store.companies()[0])
        cold = (time.perf_counter() - t0) * 1000
        names = store.companies()
        top, mid = names[0], names[min(len(names) - 1, 20)]
        first_article = store.frames(top)["articles"]["article_id"].iloc[0]
        out = {
            "load_view(default), first call on a new store (builds + saves the view)": cold,
            "companies()": _median_ms(store.companies),
            "load_view(default = top company)": _median_ms(lambda: service.load_view(store, company=top)),
            "load_view(one company, rank 21)": _median_ms(lambda: service.load_view(store, company=mid)),
            "load_view(All companies)": _median_ms(lambda: service.load_view(store)),
            "load_view(default), memo cleared: stored view": _median_ms(lambda: _unmemo(service.load_view, store, top)),
            "load_view(All), memo cleared: stored view": _median_ms(lambda: _unmemo(service.load_view, store, None)),
            "article(id) [sources]": _median_ms(lambda: store.article(first_article)),
        }
    finally:
        store.close()
    return out


def page_runs(path: Path, query: dict | None = None) -> dict[str, float]:
    """Milliseconds of the second (warm) AppTest run of each page."""
    from streamlit.testing.v1 import AppTest

    os.environ["NEWSDASH_STORE"] = str(path)
    os.environ["NEWSDASH_SAMPLE"] = "0"
    out = {}
    for page in nav.PAGES:
        at = AppTest.from_file(APP, default_timeout=600)
        at.query_params.update(query or {})
        at.switch_page(page.path)
        at.run()
        if at.exception:
            raise RuntimeError(f"{page.path}: {[e.value for e in at.exception]}")
        t0 = time.perf_counter()
        at.run()
        out[page.url_path] = (time.perf_counter() - t0) * 1000
        if at.exception:
            raise RuntimeError(f"{page.path}: {[e.value for e in at.exception]}")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--keep", type=Path, help="folder to build (and keep) the stores in")
    ap.add_argument("--no-apptest", action="store_true")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="newsdash_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, str]] = {}
    for n in args.articles:
        t0 = time.perf_counter()
        path = build(folder / f"big_{n}.duckdb", n)
        built = time.perf_counter() - t0
        col: dict[str, str] = {"store size on disk": f"{path.stat().st_size / 1e6:.1f} MB",
                               "store build (s)": f"{built:.1f}"}  # fmt: skip
        col |= {f"data: {k}": f"{v:.0f} ms" for k, v in data_calls(path).items()}
        if not args.no_apptest:
            col |= {f"page (default): {k}": f"{v:.0f} ms" for k, v in page_runs(path).items()}
            col |= {f"page (All): {k}": f"{v:.0f} ms" for k, v in page_runs(path, {"company": "All companies"}).items()}
        results[n] = col
        print(f"{n:,} articles done", file=sys.stderr, flush=True)
    keys = list(dict.fromkeys(k for c in results.values() for k in c))
    print("| measure | " + " | ".join(f"{n:,} articles" for n in results) + " |")
    print("|---|" + "---:|" * len(results))
    for k in keys:
        print(f"| {k} | " + " | ".join(results[n].get(k, "") for n in results) + " |")


if __name__ == "__main__":
    main()
