"""Reliability round two (issue 15): hostile inputs and faults, one section per finding.

1. article identity never collides; 2. cost linear in the input; 3. symlinks; 4. crafted store files; 5. size
before reading; 6. one-line messages; 7. workers die with their parent; 8. Markdown escaping (tests in
``test_app_pages``-style AppTest below); 9. uploads are dropped; 10. small items.
"""

from __future__ import annotations

import pytest

from data_layer import cli
from data_layer.service import open_store

UNIT_CUTS = "cut 1,000 jobs and "
UNIT_PRICE = "shares rose 5% to $10.50 on Monday and "
UNIT_NAMES = "Apple Inc. (NASDAQ: AAPL) and "


def _repeat(unit: str, kb: int) -> str:
    return "Acme to cut jobs\n\n" + unit * (kb * 1000 // len(unit))


def _deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "Acme said it would cut 500 jobs." + "</div>" * depth + "</body></html>"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(d))
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    monkeypatch.delenv("NEWSDASH_MAX_FILE_MB", raising=False)
    return d


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


# --------------------------------------------------------------------------- 2. cost linear in the input


def test_layoff_date_lookups_run_once_per_sentence_not_once_per_figure(monkeypatch):
    from data_layer.extract import extract_article, layoffs
    from data_layer.ingest import read_bytes

    calls = []
    real = layoffs.find_dates
    monkeypatch.setattr(layoffs, "find_dates", lambda text, *a, **k: calls.append(len(text)) or real(text, *a, **k))
    (article,) = read_bytes("cuts.txt", ("Acme to cut jobs\n\nAcme said it would " + UNIT_CUTS * 40).encode())
    extract_article(article)
    assert 0 < len(calls) <= 2  # one look-up per sentence with figures (40 figures in one sentence)


@pytest.mark.parametrize("unit", [UNIT_CUTS, UNIT_NAMES, "word ", "x" * 50])
def test_no_sentence_an_extractor_sees_is_longer_than_the_cap(unit):
    from data_layer.text import split_sentences

    body = unit * 2000
    sents = split_sentences(body)
    assert sents and max(len(s.text) for s in sents) <= 1000
    assert all(body[s.start : s.end] == s.text for s in sents)
    assert sum(len(s.text) for s in sents) >= len(body.replace(" ", "")) // 2  # nothing dropped wholesale


def test_deep_html_nesting_is_cut_before_the_parser_sees_it(monkeypatch):
    from data_layer.ingest import _html

    seen = []
    real = _html.LexborHTMLParser
    monkeypatch.setattr(_html, "LexborHTMLParser", lambda html: seen.append(html) or real(html))
    parsed = _html.parse_html(_deep_html(5000))
    assert "Acme said it would cut 500 jobs." in " ".join(parsed.paragraphs)
    assert seen and seen[0].count("<div>") <= 300


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cuts.txt", _repeat(UNIT_CUTS, 50)),
        ("names.txt", _repeat(UNIT_NAMES, 50)),
        ("deep.html", _deep_html(100_000)),
    ],
    ids=["50KB-cuts", "50KB-company-names", "100k-nested-divs"],
)
def test_pathological_inputs_are_stored_quickly(name, text):
    # before: 25 s, 6 s and 44 s; now well under a second each (timings: benchmarks/bench_hostile.py)
    with open_store(":memory:") as s:
        (r,) = s.ingest_upload(name, text.encode())
        assert r.status == "added", r


def test_an_article_over_its_time_budget_is_quarantined_with_the_reason(monkeypatch):
    monkeypatch.setenv("NEWSDASH_ARTICLE_SECONDS", "0.2")
    with open_store(":memory:") as s:
        (r,) = s.ingest_upload("slow.txt", _repeat(UNIT_PRICE, 300).encode())
        assert r.status == "rejected" and "0.2 s allowed per article" in r.reason
        q = s.table("quarantine")
        assert q["name"].tolist() == ["slow.txt"] and "allowed per article" in q["reason"].iloc[0]
        assert s.n_articles() == 0
        (ok,) = s.ingest_upload("fine.txt", b"Acme to cut jobs\n\nAcme said it would cut 500 jobs.")
        assert ok.status == "added"


def test_facts_per_article_are_capped():
    from data_layer.extract import MAX_FACTS_PER_KIND, extract_article
    from data_layer.ingest import read_bytes

    lines = "\n".join(f"Acme said it would cut {1000 + i} jobs in unit {i}." for i in range(MAX_FACTS_PER_KIND + 50))
    (article,) = read_bytes("many.txt", ("Acme to cut jobs\n\n" + lines).encode())
    recs = extract_article(article, budget=120)
    assert 0 < len(recs.layoffs) <= MAX_FACTS_PER_KIND
