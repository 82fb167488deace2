"""Pathological inputs (issue 15): read + extract time at doubling sizes; each doubling should about double it.

    python benchmarks/bench_hostile.py [--sizes 50 100 200]

Inputs: "cut 1,000 jobs and ..." (layoff figures in one endless sentence), share-price clauses, company names with
"Inc." (abbreviations that never end a sentence), and <div>s nested ``KB * 91`` deep (HTML). Prints seconds per
size and the ratio of each size's time to the previous one's (linear: about 2; quadratic: about 4). The article
budget is lifted so the whole input is timed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["NEWSDASH_ARTICLE_SECONDS"] = "1e9"

from data_layer.extract import extract_article  # noqa: E402
from data_layer.ingest import read_bytes  # noqa: E402

UNITS = {
    "cuts": "cut 1,000 jobs and ",
    "prices": "shares rose 5% to $10.50 on Monday and ",
    "names": "Apple Inc. (NASDAQ: AAPL) and ",
}


def make(kind: str, kb: int) -> tuple[str, bytes]:
    if kind == "divs":
        d = kb * 1000 // 11
        html = "<html><body>" + "<div>" * d + "Acme cut 5 jobs." + "</div>" * d + "</body></html>"
        return "deep.html", html.encode()
    unit = UNITS[kind]
    return f"{kind}.txt", ("Acme to cut jobs\n\n" + unit * (kb * 1000 // len(unit))).encode()


def timed(name: str, data: bytes) -> float:
    t = time.perf_counter()
    for article in read_bytes(name, data):
        extract_article(article)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200], help="sizes in KB")
    args = ap.parse_args()
    read_bytes("warm.txt", b"Acme warm up\n\nAcme cut 5 jobs.")  # imports and company tables
    for kind in [*UNITS, "divs"]:
        prev = None
        cells = []
        for kb in args.sizes:
            s = timed(*make(kind, kb))
            cells.append(f"{kb} KB {s:6.2f} s" + (f" (x{s / prev:.1f})" if prev else ""))
            prev = s
        print(f"{kind:7s} " + "; ".join(cells), flush=True)


if __name__ == "__main__":
    main()
