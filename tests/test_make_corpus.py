"""The benchmark corpus generator (benchmarks/make_corpus.py): deterministic, varied, and its gold is scorable."""

from __future__ import annotations

import doctest
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from data_layer.cli import split_percent_only
from data_layer.export import write_tables
from data_layer.extract import extract_article
from data_layer.ingest import iter_articles
from data_layer.records import Records

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import _corpus_phrases as P  # noqa: E402
import make_corpus as M  # noqa: E402

TABLES = ("prices", "targets", "layoffs", "events")


def _scorer():
    spec = importlib.util.spec_from_file_location("newsdash_score", ROOT / "tests/data/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus60(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus60")
    M.write_corpus(60, out, seed=7)
    return out


def test_doctests():
    assert doctest.testmod(M).failed == 0


def test_same_bytes_every_run(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    M.write_corpus(20, a, seed=3)
    M.write_corpus(20, b, seed=3)
    assert _files(a) == _files(b)
    M.write_corpus(20, a, seed=4)
    assert _files(a) != _files(b)  # another seed, another corpus


def test_article_i_does_not_depend_on_n(tmp_path):
    M.write_corpus(20, tmp_path / "small", seed=1)
    M.write_corpus(50, tmp_path / "big", seed=1)
    small, big = _files(tmp_path / "small/articles"), _files(tmp_path / "big/articles")
    for name, data in small.items():
        if name.endswith(".jsonl"):  # the last feed of the small corpus may hold fewer lines
            assert big[name].startswith(data)
        else:
            assert big[name] == data
    g_small = json.loads((tmp_path / "small/expected_gold.json").read_text())
    g_big = json.loads((tmp_path / "big/expected_gold.json").read_text())
    ids = {a["article_id"] for a in g_small["articles"]}
    for table in ("articles", *TABLES):
        assert g_small[table] == [r for r in g_big[table] if r["article_id"] in ids]


def test_formats_styles_and_sizes(corpus60):
    manifest = json.loads((corpus60 / "manifest.json").read_text())
    assert manifest["n"] == 60 and manifest["seed"] == 7
    assert all(manifest["formats"][f] > 0 for f in ("txt", "html", "md", "jsonl"))
    assert all(manifest["records"][t] > 0 for t in TABLES)
    assert 2_000 < manifest["bytes"] / 60 < 6_000
    assert sorted(p.name for p in corpus60.iterdir()) == ["articles", "expected_gold.json", "manifest.json"]
    jsonl = list(corpus60.rglob("*.jsonl"))
    assert any(len(p.read_text().splitlines()) > 1 for p in jsonl)  # feeds hold several articles


def test_gold_is_well_formed_and_every_id_is_read(corpus60):
    gold = json.loads((corpus60 / "expected_gold.json").read_text())
    assert set(gold) == {"corpus", "articles", *TABLES}
    read = {a.id: a for r in iter_articles(corpus60 / "articles") for a in r.articles}
    gold_ids = {a["article_id"] for a in gold["articles"]}
    assert gold_ids == set(read)
    for table in TABLES:
        assert {r["article_id"] for r in gold[table]} <= gold_ids
    for a in gold["articles"]:  # the dateline each outlet style writes is read back
        assert read[a["article_id"]].published is not None
        assert read[a["article_id"]].published.date().isoformat() == a["published"][:10]
    assert all(r["kind"] in ("close", "intraday", "unspecified") for r in gold["prices"])
    assert all(r["rating_class"] in ("buy", "hold", "sell") for r in gold["targets"])
    assert all(r["low"] <= r["high"] and r["kind"] in ("round", "cumulative") for r in gold["layoffs"])
    assert all(r["type"] in _scorer().EVENT_TYPES for r in gold["events"])


def test_advertising_blocks_yield_no_records(tmp_path):
    lines = [t.format(co="Siemens", month_day="March 3", outlet="Newswire") for t in (*P.AD_INLINE, *P.AD_FOOTER)]
    text = "Siemens in focus\n\nMarch 3, 2025\n\n" + "\n\n".join(lines) + "\n"
    (tmp_path / "ads.txt").write_text(text)
    (article,) = [a for r in iter_articles(tmp_path) for a in r.articles]
    recs = extract_article(article)
    assert not (recs.prices or recs.targets or recs.layoffs or [e for e in recs.events if e.type != "layoff"])


def test_extraction_scores_well_end_to_end(corpus60, tmp_path):
    records = Records()
    for result in iter_articles(corpus60 / "articles"):
        for article in result.articles:
            records.extend(extract_article(article))
    write_tables(split_percent_only(records.frames()), tmp_path)
    report = _scorer().score(corpus60 / "expected_gold.json", tmp_path)
    assert report["articles"]["found"] == report["articles"]["of"] == 60
    assert report["macro_f1"] >= 0.9, report
    assert all(report[t]["f1"] >= 0.8 for t in TABLES), report
