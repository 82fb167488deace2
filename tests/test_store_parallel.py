"""Ingest with worker processes: the same store as one process, duplicates still caught, bounded chunks."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from data_layer.store import Store, core


@pytest.fixture
def corpus(tmp_path, seed_dir, dev_dir):
    """Seed and dev articles, one exact copy of a seed file and one unreadable file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for src in [*seed_dir.iterdir(), *dev_dir.iterdir()]:
        shutil.copy(src, folder / src.name)
    first = sorted(seed_dir.iterdir())[0]
    shutil.copy(first, folder / ("zz_copy" + first.suffix))
    (folder / "zz_empty.txt").write_text("   ")
    return folder


def _tables(store: Store) -> dict[str, pd.DataFrame]:
    out = {}
    for name, df in store.frames().items():
        keys = [c for c in ("article_id", "span_start", "span_end", "type") if c in df]
        out[name] = df.sort_values(keys).reset_index(drop=True)
    return out


@pytest.mark.parametrize("chunk", [1, 3])
def test_two_workers_store_exactly_what_one_process_stores(tmp_path, corpus, monkeypatch, chunk, real_main):
    monkeypatch.setattr(core, "CHUNK_FILES", chunk)
    monkeypatch.setattr(core, "FALLBACKS", 0)
    with Store(str(tmp_path / "serial.duckdb")) as one, Store(str(tmp_path / "parallel.duckdb")) as two:
        serial = one.ingest_paths(corpus, workers=1)
        parallel = two.ingest_paths(corpus, workers=2)
        assert [(r.name, r.status, r.article_id) for r in parallel] == [
            (r.name, r.status, r.article_id) for r in serial
        ]
        statuses = {r.name.rsplit("/", 1)[-1]: r.status for r in parallel}
        assert statuses[next(n for n in statuses if n.startswith("zz_copy"))] == "duplicate"
        assert statuses["zz_empty.txt"] == "rejected"
        a, b = _tables(one), _tables(two)
        for name in a:
            pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False)
        assert two.n_articles() == one.n_articles() > 10
        assert core.FALLBACKS == 0  # the workers did the work


def test_an_unchanged_corpus_never_starts_a_pool(monkeypatch, corpus, tmp_path):
    monkeypatch.setattr(core, "CHUNK_FILES", 3)
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.ingest_paths(corpus, workers=1)
        monkeypatch.setattr(core, "ProcessPoolExecutor", None)  # any attempt to start one would fail
        again = store.ingest_paths(corpus, workers=2)
        assert {r.status for r in again} == {"duplicate", "rejected"}


def test_worker_count_defaults_to_one_process_for_small_inputs(monkeypatch):
    monkeypatch.setattr(core.os, "cpu_count", lambda: 8)
    assert core._workers(None, core.PARALLEL_MIN_FILES - 1) == 1
    assert core._workers(None, core.PARALLEL_MIN_FILES) == 8
    assert core._workers(3, 5) == 3 and core._workers(0, 5) == 1


def test_a_dead_worker_pool_falls_back_to_this_process(monkeypatch, corpus, tmp_path):
    class Broken:
        def __init__(self, *a, **k):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, *a, **k):
            raise core.BrokenProcessPool("worker killed")

    monkeypatch.setattr(core, "ProcessPoolExecutor", Broken)
    monkeypatch.setattr(core, "FALLBACKS", 0)
    monkeypatch.setattr(core, "CHUNK_FILES", 3)
    with Store(str(tmp_path / "s.duckdb")) as store:
        results = store.ingest_paths(corpus, workers=2)
        assert sum(r.status == "added" for r in results) == store.n_articles() > 10
        assert core.FALLBACKS == 1
