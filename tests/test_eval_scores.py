"""The quality bar, measured with the project's scorer on the bundled gold files.

Seed: macro F1 >= 0.95, every table >= 0.90, kind/target/rating accuracies >= 0.90.
Dev (fictional companies, many outlets' styles and formats): macro F1 >= 0.85.
Holdout (real companies in real outlets' styles: wire, MarketBeat, Motley Fool, press releases, UK and
German outlets, HTML, Markdown, JSONL; labelled independently of the extractor code): macro F1 >= 0.90,
the goal for the hidden corpus of real articles.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from data_layer.cli import main

DATA = Path(__file__).parent / "data"


def _scorer():
    spec = importlib.util.spec_from_file_location("newsdash_score", DATA / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, dict]:
    score = _scorer().score
    out = {}
    for corpus in ("seed", "dev", "holdout"):
        pred = tmp_path_factory.mktemp(corpus)
        assert main(["extract", str(DATA / f"{corpus}_corpus"), "--out", str(pred)]) == 0
        out[corpus] = score(DATA / f"{corpus}_gold.json", pred)
    return out


def test_seed_macro_f1(reports):
    assert reports["seed"]["macro_f1"] >= 0.95


@pytest.mark.parametrize("table", ["prices", "targets", "layoffs", "events"])
def test_seed_every_table(reports, table):
    assert reports["seed"][table]["f1"] >= 0.90


@pytest.mark.parametrize(
    ("table", "accuracy"),
    [("prices", "kind_acc"), ("targets", "target_acc"), ("targets", "rating_acc"), ("layoffs", "kind_acc")],
)
def test_seed_accuracies(reports, table, accuracy):
    assert reports["seed"][table][accuracy] >= 0.90


def test_dev_macro_f1(reports):
    assert reports["dev"]["macro_f1"] >= 0.85


@pytest.mark.parametrize("corpus", ["seed", "dev"])
def test_article_metadata(reports, corpus):
    arts = reports[corpus]["articles"]
    assert arts["found"] == arts["of"]
    assert arts["published_acc"] >= 0.9
    assert arts["ticker_acc"] >= 0.9


def test_holdout_macro_f1(reports):
    assert reports["holdout"]["macro_f1"] >= 0.90


@pytest.mark.parametrize("table", ["prices", "targets", "layoffs", "events"])
def test_holdout_every_table(reports, table):
    assert reports["holdout"][table]["f1"] >= 0.85
