"""The facade pages call: load_view on empty and seeded stores, filters, and the store CLI."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from data_layer.cli import main
from data_layer.records import columns
from data_layer.service import View, load_view


def test_empty_store_gives_a_view_of_columned_empty_frames(store):
    v = load_view(store)
    assert isinstance(v, View)
    assert v.articles.empty and list(v.articles.columns)[:2] == ["article_id", "title"]
    for name in ("price_claims", "target_claims", "layoff_claims", "event_claims"):
        df = getattr(v, name)
        assert df.empty and {"n_sources", "sources", "conflict"} <= set(df.columns), name
    assert {"kind", "subject", "values", "sources"} <= set(v.conflicts.columns)
    assert set(columns("prices")) <= set(v.prices.columns)
    assert v.kpis["n_articles"] == 0 and v.kpis["latest_close"] is None and v.tally_text == ""
    assert store.companies() == [] and store.article("nope") is None


def test_version_changes_with_content(store, seed_dir):
    before = store.version()
    store.ingest_paths(seed_dir)
    assert store.version() != before


def test_view_filters_by_publication_window(make, monkeypatch, store):
    from data_layer.store import core

    arts = [make.article("a", "2026-01-10T08:00"), make.article("b", "2026-02-10T08:00"), make.article("u", None)]
    make.price("a", 10.0, "2026-01-09")
    make.price("b", 12.0, "2026-02-09")
    make.price("u", 11.0, "2026-01-20")
    make.target("a", "Citi", 15)
    make.target("b", "Citi", 18)
    by_id = {a.id: a for a in arts}
    recs = make.records
    monkeypatch.setattr(core, "read_bytes", lambda name, data, **kw: [by_id[name.split(".")[0]]])

    def extract(article):
        from data_layer.records import Records

        out = Records(articles=[article])
        for r in recs.all_records():
            if r.article_id == article.id:
                out.add(r)
        return out

    monkeypatch.setattr(core._extract, "extract_article", extract)
    for aid in by_id:
        store.ingest_upload(f"{aid}.txt", aid.encode())
    v = load_view(store, "Acme", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert sorted(v.articles["article_id"]) == ["a", "u"]  # undated articles are always shown
    assert sorted(v.price_claims["price"]) == [10.0, 11.0]
    assert v.latest_targets["target"].tolist() == [15.0]  # as of the window's end
    later = load_view(store, "Acme", start=dt.date(2026, 2, 1))
    assert later.latest_targets["target"].tolist() == [18.0]
    assert later.latest_targets["previous_target"].tolist() == [15.0]  # history before the window still counts
    assert load_view(store, "Nobody").articles.empty


def test_cli_ingest_stats_export(tmp_path, seed_dir, capsys):
    db = str(tmp_path / "cli.duckdb")
    assert main(["ingest", str(seed_dir), "--store", db]) == 0
    out = capsys.readouterr().out
    assert "5 added, 0 duplicate, 0 rejected" in out
    assert main(["ingest", str(seed_dir), "--store", db, "-q"]) == 0
    assert "0 added, 5 duplicate" in capsys.readouterr().out
    assert main(["stats", "--store", db]) == 0
    assert "articles" in capsys.readouterr().out
    assert main(["export", "--out", str(tmp_path / "out"), "--store", db]) == 0
    for name in ("articles", "prices", "targets", "layoffs", "events", "price_claims", "target_claims",
                 "layoff_claims", "event_claims", "conflicts", "layoff_tally", "target_consensus"):  # fmt: skip
        assert (tmp_path / "out" / f"{name}.csv").exists(), name
    assert len(pd.read_csv(tmp_path / "out" / "articles.csv")) == 5


def test_missing_text_is_none_in_every_view(store, seed_dir):
    """The all-companies frames and a company's frames give missing text the same way (None, never NaN)."""
    store.ingest_paths(seed_dir)  # no outlet named
    post = b"---\nsource: Reuters\ndate: 2026-02-02\n---\n# Amazon shares rise\n\nAmazon shares rose 2% to $240.10.\n"
    store.ingest_upload("amazon.md", post)
    every, one = store.frames()["articles"], store.frames("Amazon")["articles"]
    for frame in (every, one):
        assert sorted(frame["source"], key=lambda v: (v is None, v or "")) == ["Reuters"] + [None] * 5
    assert every["source"].tolist() == one["source"].tolist()
