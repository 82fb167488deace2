"""The compiled scan (``extract._fastscan``) only skips work: with it and without it (``NEWSDASH_FAST=0``) the same
files give the same articles (companies, boilerplate) and the same output frames, on the seed, dev and holdout
corpora and on a generated corpus; and its literals never rule out a pattern that matches."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from data_layer import extract, load_articles
from data_layer.extract import _fastscan
from data_layer.extract._caseless import Caseless, Scanned
from data_layer.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

pytestmark = pytest.mark.skipif(not _fastscan.ENABLED, reason="the compiled path is off (NEWSDASH_FAST=0)")


def _hostile_text() -> str:
    return "Acme to cut jobs\n\n" + "cut 1,000 jobs and " * 200 + "\n\nÉlan SA (EPA: ELN) shares rose 5% to €10.50."


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_corpus

    gen = tmp_path_factory.mktemp("gen")
    make_corpus.write_corpus(200, gen, seed=16)
    odd = tmp_path_factory.mktemp("odd")
    (odd / "hostile.txt").write_text(_hostile_text(), encoding="utf-8")
    return [DATA / "seed_corpus", DATA / "dev_corpus", DATA / "holdout_corpus", gen / "articles", odd]


def _frames(folders: list[Path]) -> dict[str, pd.DataFrame]:
    articles = load_articles(folders)
    out = extract(articles).frames()
    out["companies"] = pd.DataFrame(
        [(a.id, k, c.name, c.ticker, c.exchange, c.isin) for a in articles for k, c in enumerate(a.companies)]
    )
    out["bodies"] = pd.DataFrame([(a.id, a.title, a.body) for a in articles])
    return out


def _slow(monkeypatch) -> None:
    monkeypatch.setattr(_fastscan, "ENABLED", False)
    monkeypatch.setattr(_fastscan, "_CACHE", {})


def test_fast_and_pure_python_paths_give_identical_frames(folders, monkeypatch):
    fast = _frames(folders)
    assert len(fast["prices"]) > 100 and len(fast["events"]) > 100 and len(fast["companies"]) > 200
    _slow(monkeypatch)
    slow = _frames(folders)
    assert fast.keys() == slow.keys()
    for name in fast:
        pd.testing.assert_frame_equal(fast[name], slow[name], obj=name)


def test_scan_never_rules_out_a_matching_pattern(folders):
    articles = load_articles(folders[:4])
    patterns = [p for p in gc.get_objects() if isinstance(p, Caseless | Scanned) and p.sid is not None]
    assert len(patterns) > 150
    ruled_out = checked = 0
    for a in articles[:300]:
        for s in split_sentences(a.body):
            found = _fastscan.SHARED.scan(s.text)
            for p in patterns:
                if p.sid.isdisjoint(found):
                    ruled_out += 1
                    assert p.rx.search(s.text) is None, (p.rx.pattern, s.text)
                checked += 1
    assert ruled_out > checked / 2  # and it is worth it: most (pattern, sentence) pairs are skipped


def test_switch_off_by_environment():
    code = "from data_layer.extract import _fastscan; print(_fastscan.ENABLED)"
    for value, expected in (("0", "False"), ("1", "True")):
        env = {"NEWSDASH_FAST": value, "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
        assert done.stdout.strip() == expected, done.stderr


def test_facts_per_sentence_are_capped():
    from data_layer.extract import MAX_FACTS_PER_SENTENCE, extract_article
    from data_layer.ingest import read_bytes

    units = " and ".join(f"cut {n:,} jobs in plant {n}" for n in range(1000, 1100))
    text = f"Acme to cut jobs\n\nAcme said it would {units}. Acme will cut 300 jobs in Ohio."
    (article,) = read_bytes("many.txt", text.encode())
    recs = extract_article(article).layoffs
    per_sentence: dict[str, int] = {}
    for r in recs:
        per_sentence[r.provenance.sentence] = per_sentence.get(r.provenance.sentence, 0) + 1
    assert max(per_sentence.values()) == MAX_FACTS_PER_SENTENCE
    assert any(r.low == 300 for r in recs)  # the next sentence still counts
