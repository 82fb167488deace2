"""Literal gates only skip work: extraction with every gate open finds exactly the same records.

Gates (``_prefilter``) check that a literal every match must contain occurs in a sentence before a rule runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from data_layer import load_articles
from data_layer.extract import _fastscan, _prefilter, extract_article
from data_layer.extract._prefilter import Gate

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _records(articles) -> list:
    out = []
    for a in articles:
        r = extract_article(a)
        out.append([x.model_dump_json() for t in ("prices", "targets", "layoffs", "events") for x in getattr(r, t)])
    return out


@pytest.fixture
def gates_open(monkeypatch):
    """Every gate says 'may match': the rules run on every sentence."""

    def opened(self, low, found=None):
        return [True] * len(self._masks)

    monkeypatch.setattr(Gate, "__call__", lambda self, low: True)
    monkeypatch.setattr(_prefilter.GateSet, "opened", opened)
    monkeypatch.setattr(_fastscan, "may_match", lambda lits, text: True)  # the shared compiled scan skips nothing
    monkeypatch.setattr(_fastscan, "found_in", lambda text: None)


@pytest.fixture(scope="module")
def generated_articles(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_corpus

    out = tmp_path_factory.mktemp("gen")
    make_corpus.write_corpus(150, out, seed=11)
    return load_articles([out / "articles"])


@pytest.fixture(scope="module")
def corpus_articles():
    return load_articles([DATA / "seed_corpus", DATA / "dev_corpus", DATA / "holdout_corpus"])


@pytest.fixture(scope="module")
def gated_records(corpus_articles, generated_articles):
    return _records(corpus_articles), _records(generated_articles)


def test_gates_change_no_record(gated_records, corpus_articles, generated_articles, gates_open):
    corpus, generated = gated_records
    assert sum(map(len, corpus)) > 100 and sum(map(len, generated)) > 300
    assert _records(corpus_articles) == corpus
    assert _records(generated_articles) == generated
