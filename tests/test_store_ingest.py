"""Ingest into the store: idempotent, incremental, one transaction per article, re-extraction on version change."""

from __future__ import annotations

import threading

import pytest

from data_layer.records import Records
from data_layer.store import core


@pytest.fixture
def count_extractions(monkeypatch):
    calls = []
    real = core._extract.extract_article

    def counting(article):
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(core._extract, "extract_article", counting)
    return calls


def test_ingest_seed_adds_every_article(store, seed_dir):
    results = store.ingest_paths(seed_dir)
    assert [r.status for r in results] == ["added"] * 5
    assert {r.article_id for r in results} == {p.stem for p in seed_dir.iterdir()}
    assert store.n_articles() == 5
    assert store.table("ingest_log")["status"].tolist() == ["added"] * 5


def test_reingesting_unchanged_files_does_no_extraction_and_keeps_the_version(store, seed_dir, count_extractions):
    store.ingest_paths(seed_dir)
    assert len(count_extractions) == 5
    version = store.version()
    results = store.ingest_paths(seed_dir)
    assert [r.status for r in results] == ["duplicate"] * 5
    assert len(count_extractions) == 5  # nothing extracted the second time
    assert store.version() == version and store.n_articles() == 5


def test_progress_is_reported_per_file(store, seed_dir):
    seen = []
    store.ingest_paths(seed_dir, progress=lambda done, total, name: seen.append((done, total)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_same_content_under_another_name_is_a_duplicate(store, seed_dir):
    data = next(iter(sorted(seed_dir.iterdir()))).read_bytes()
    assert store.ingest_upload("first.txt", data)[0].status == "added"
    dup = store.ingest_upload("copy.txt", data)[0]
    assert (dup.status, dup.article_id) == ("duplicate", "first")
    assert store.n_articles() == 1


def test_changed_content_under_the_same_name_is_added_and_never_replaces_the_article(store):
    # issue 15: an upload named like a stored article must not replace it (anyone can upload on the public app)
    store.ingest_upload("note.txt", b"Acme shares rose\n01.02.2026 - 10:00:00Acme shares closed at $10.00 on Friday.")
    version = store.version()
    r = store.ingest_upload(
        "note.txt", b"Acme shares fell\n02.02.2026 - 10:00:00Acme shares closed at $9.00 on Monday."
    )
    assert r[0].status == "added" and r[0].article_id.startswith("note-") and "kept" in r[0].reason
    assert store.n_articles() == 2 and store.article("note").title == "Acme shares rose"
    assert store.article(r[0].article_id).title == "Acme shares fell"
    assert set(store.frames()["prices"]["article_id"]) == {"note", r[0].article_id}
    assert store.version() != version


def test_too_large_and_missing_inputs_are_rejected_and_quarantined(store, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDASH_MAX_FILE_MB", "0.001")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    results = store.ingest_paths([big, tmp_path / "missing.txt"])
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert "larger than" in results[0].reason and "no such file" in results[1].reason
    q = store.table("quarantine")
    assert q["name"].tolist() == [str(big), str(tmp_path / "missing.txt")] and q["size"].tolist()[0] == 5000
    assert store.n_articles() == 0


def test_unreadable_upload_is_rejected(store, monkeypatch):
    def boom(name, data, **kw):
        raise core.IngestError("not an article")

    monkeypatch.setattr(core, "read_bytes", boom)
    r = store.ingest_upload("bad.txt", b"???")
    assert (r[0].status, r[0].reason) == ("rejected", "not an article")
    assert len(store.table("quarantine")) == 1


def test_records_round_trip_through_the_store(store, make, monkeypatch):
    a = make.article("a", "2026-01-30T17:00:00", source="Wire")
    make.price("a", 239.3, "2026-01-30", change_pct=-1.01)
    make.target("a", "RBC", 300, rating="Outperform", rating_class="buy", action="maintained")
    make.layoff("a", 1001, 2500, date="2026-01-01", precision="month", approximate=True)
    make.event("a", "investment", 5e10, "talks", "OpenAI", "2026-01-01")
    recs = make.records
    monkeypatch.setattr(core, "read_bytes", lambda name, data, **kw: [a])
    monkeypatch.setattr(core._extract, "extract_article", lambda article: recs)
    store.ingest_upload("a.txt", b"anything")
    want, got = recs.frames(), store.frames()
    for table in ("prices", "targets", "layoffs", "events"):
        assert got[table].astype(str).to_dict("records") == want[table].astype(str).to_dict("records"), table
    art = store.article("a")
    assert (art.published, art.source, art.company.name) == (a.published, "Wire", "Acme")
    assert store.companies() == ["Acme"]


def test_stale_extractor_version_re_extracts_from_stored_text(store, seed_dir, count_extractions, monkeypatch):
    store.ingest_paths(seed_dir)
    monkeypatch.setattr(core._extract, "EXTRACTOR_VERSION", "test-next")
    assert store.stats()["stale_articles"] == 5
    assert store.reextract_stale() == 5
    assert len(count_extractions) == 10
    assert set(store.table("articles")["extractor_version"]) == {"test-next"}
    assert store.stats()["stale_articles"] == 0
    assert store.ingest_paths(seed_dir)[0].status == "duplicate" and len(count_extractions) == 10


def test_a_failed_article_write_leaves_nothing_behind(store, make, monkeypatch):
    a = make.article("a", "2026-01-30T17:00:00")
    make.price("a", 10.0, "2026-01-30")
    monkeypatch.setattr(core, "read_bytes", lambda name, data, **kw: [a])
    monkeypatch.setattr(core._extract, "extract_article", lambda article: make.records)

    def broken_frames(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Records, "frames", broken_frames)
    with pytest.raises(RuntimeError):
        store.ingest_upload("a.txt", b"x")
    assert store.n_articles() == 0 and store.table("ingest_log").empty


def test_readers_in_threads_while_writing(store, seed_dir):
    errors = []

    def read():
        try:
            for _ in range(20):
                store.frames()
                store.version()
        except Exception as e:  # pragma: no cover - the assertion reports it
            errors.append(e)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    store.ingest_paths(seed_dir)
    for t in threads:
        t.join()
    assert errors == [] and store.n_articles() == 5


def test_ensure_sample_corpus_fills_an_empty_store_once(store, count_extractions):
    store.ensure_sample_corpus()
    n = store.n_articles()
    assert n >= 1
    store.ensure_sample_corpus()
    assert store.n_articles() == n and len(count_extractions) == n


def test_every_object_of_a_jsonl_file_is_stored(store):
    lines = [
        '{"id": "a-1", "title": "Acme to cut 500 jobs", "text": "Acme Corp said it would cut 500 jobs.", "published": "2025-03-01"}',
        '{"id": "a-2", "title": "Acme shares fall", "text": "Acme shares closed at $12.50 on Friday.", "published": "2025-03-02"}',
    ]
    results = store.ingest_upload("feed.jsonl", "\n".join(lines).encode())
    assert [(r.status, r.article_id) for r in results] == [("added", "a-1"), ("added", "a-2")]
    assert store.article("a-2") is not None


def test_unchanged_files_are_not_read_again_and_the_log_does_not_grow(store, seed_dir, tmp_path, monkeypatch):
    import os
    import shutil
    from pathlib import Path

    folder = tmp_path / "in"
    shutil.copytree(seed_dir, folder)
    store.ingest_paths(folder)
    n_log = len(store.table("ingest_log"))
    from data_layer.store import core

    real = core._read_file
    reads = []
    monkeypatch.setattr(core, "_read_file", lambda path: reads.append(Path(path).name) or real(path))
    again = store.ingest_paths(folder)
    assert [r.status for r in again] == ["duplicate"] * 5 and all(r.article_id for r in again)
    assert reads == [] and len(store.table("ingest_log")) == n_log
    # touched (same bytes, new time): read once, a duplicate; then skipped again
    first = sorted(folder.iterdir())[0]
    os.utime(first, ns=(1_000_000_000, 1_000_000_000))
    assert [r.status for r in store.ingest_paths(folder)] == ["duplicate"] * 5 and reads == [first.name]
    store.ingest_paths(folder)
    assert reads == [first.name]
    # changed bytes: read and stored
    first.write_text(first.read_text(encoding="utf-8") + "\nAcme shares closed at $12.50 on Friday.", encoding="utf-8")
    statuses = [r.status for r in store.ingest_paths(folder)]
    assert statuses.count("added") == 1 and reads[-1] == first.name
