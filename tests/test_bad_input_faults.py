"""Faults: a killed ingest loses nothing and leaves no half-written article; concurrent uploads and reads;
a damaged store file gives a clear error (API, CLI and dashboard) instead of a traceback."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from data_layer import cli
from data_layer.service import StoreError, load_view, open_store
from data_layer.store import core

ROOT = Path(__file__).resolve().parent.parent
N_ARTICLES = 300
RECORD_TABLES = ("prices", "targets", "layoffs")  # each generated article yields exactly one row in each

# Runs in a child process: small write batches (so a kill lands between and inside many transactions); prints
# the number of files read so far, so the parent kills it part-way through.
_CHILD = """
import sys
from data_layer.store import core
core.BATCH_ARTICLES = 7
store = core.open_store(sys.argv[2])
store.ingest_paths(sys.argv[1], progress=lambda done, total, name: print(done, flush=True))
store.close()
"""


def _article(i: int) -> str:
    return (
        f"Company{i} Corp to cut {100 + i} jobs\n\nCompany{i} Corp said on Monday it would cut {100 + i} jobs. "
        f"Its shares closed at ${10 + i}.25 on Friday, and RBC raised its price target to ${20 + i} from ${15 + i}.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(N_ARTICLES):
        (folder / f"{i:03d}_company.txt").write_text(_article(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> dict:
    with open_store(str(tmp_path_factory.mktemp("clean") / "s.duckdb")) as s:
        s.ingest_paths(corpus)
        return _snapshot(s)


def _snapshot(s) -> dict:
    arts = s.table("articles")
    out = {"articles": dict(zip(arts["article_id"], arts["content_hash"], strict=True))}
    for t in RECORD_TABLES:
        df = s.table(t)
        out[t] = sorted(df.drop(columns=["extractor_version"]).astype(str).itertuples(index=False, name=None))
    return out


def _check_complete(s) -> int:
    """Every stored article is whole: current extractor version, one row per record table; no orphan records."""
    arts = s.table("articles")
    assert set(arts["extractor_version"]) <= {core._extract.EXTRACTOR_VERSION}
    ids = set(arts["article_id"])
    assert len(ids) == len(arts) and arts["content_hash"].is_unique
    for t in RECORD_TABLES:
        df = s.table(t)
        assert set(df["article_id"]) == ids, t  # no records without an article, no article without its records
        assert df["article_id"].value_counts().max() == 1 if len(df) else True
        assert set(df["extractor_version"]) <= {core._extract.EXTRACTOR_VERSION}
    return len(ids)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_ingest_killed_at_a_random_point_loses_nothing_on_rerun(corpus, clean_run, tmp_path, seed):
    path = tmp_path / "store.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(corpus), str(path)], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    rng = random.Random(seed)
    kill_after = rng.randrange(20, N_ARTICLES - 100)
    try:
        for line in child.stdout:
            if int(line) >= kill_after:
                break
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    with open_store(str(path)) as s:
        stored = _check_complete(s)
        assert 0 < stored < N_ARTICLES  # killed part-way, with whole batches written
        results = s.ingest_paths(corpus)
        assert {r.status for r in results} <= {"added", "duplicate"}
        assert sum(r.status == "added" for r in results) == N_ARTICLES - stored
        assert _check_complete(s) == N_ARTICLES
        assert _snapshot(s) == clean_run


def test_two_uploaders_and_a_reader_at_once(tmp_path):
    errors: list[BaseException] = []
    added: list[str] = []

    with open_store(str(tmp_path / "s.duckdb")) as s:

        def upload(prefix: int) -> None:
            try:
                for i in range(prefix, prefix + 15):
                    (r,) = s.ingest_upload(f"a{i}.txt", _article(i).encode())
                    assert r.status == "added"
                    added.append(r.article_id)
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        def read() -> None:
            try:
                for _ in range(15):
                    load_view(s)
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        threads = [threading.Thread(target=upload, args=(p,)) for p in (0, 100)] + [threading.Thread(target=read)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert errors == []
        assert sorted(added) == sorted(s.table("articles")["article_id"]) and len(added) == 30
        assert _check_complete(s) == 30
        assert load_view(s).kpis["n_articles"] == 30


@pytest.fixture
def damaged(tmp_path, monkeypatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "newsdash.duckdb"
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(data))
    monkeypatch.delenv("NEWSDASH_STORE", raising=False)
    return path


def test_a_damaged_store_file_gives_a_clear_error(damaged, capsys):
    with pytest.raises(StoreError, match=r"cannot be opened.*backup.*rebuild"):
        open_store()
    assert cli.main(["stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the store") and "backup" in err and "Traceback" not in err
    assert damaged.stat().st_size == 64 * 1024  # left as it was, for recovery


def test_the_dashboard_explains_a_damaged_store(damaged, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("NEWSDASH_SAMPLE", "0")
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("cannot be opened" in e.value and "backup" in e.value for e in at.error)
