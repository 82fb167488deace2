"""Check that the compiled scan changes nothing on any folder of articles (e.g. the real articles outside the repo).

    python benchmarks/check_fast_same.py FOLDER [FOLDER ...]

Reads and extracts the folders twice, in fresh processes, with ``NEWSDASH_FAST=1`` and ``NEWSDASH_FAST=0``, and
compares every output frame (records, companies per article, article bodies). Exit status 1 when they differ.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _frames(folders: list[str]) -> dict:
    import pandas as pd

    from data_layer import extract, load_articles

    articles = load_articles([Path(f) for f in folders])
    out = extract(articles).frames()
    out["companies"] = pd.DataFrame(
        [(a.id, k, c.name, c.ticker, c.exchange, c.isin) for a in articles for k, c in enumerate(a.companies)]
    )
    out["bodies"] = pd.DataFrame([(a.id, a.title, a.body) for a in articles])
    return out


def main() -> int:
    if sys.argv[1] == "--child":
        sys.stdout.buffer.write(pickle.dumps(_frames(sys.argv[2:])))
        return 0
    import pandas as pd

    got = {}
    for fast in ("1", "0"):
        env = dict(os.environ, NEWSDASH_FAST=fast, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, __file__, "--child", *sys.argv[1:]], capture_output=True, env=env)
        if done.returncode:
            sys.stderr.write(done.stderr.decode())
            return 2
        got[fast] = pickle.loads(done.stdout)
    bad = 0
    for name, frame in got["1"].items():
        try:
            pd.testing.assert_frame_equal(frame, got["0"][name], obj=name)
            print(f"{name}: {len(frame)} rows, identical")
        except AssertionError as e:
            bad += 1
            print(f"{name}: DIFFERENT\n{e}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
