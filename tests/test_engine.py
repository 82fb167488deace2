"""The extraction engines: a process pool and a dask cluster give exactly the one-process records."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pandas as pd
import pytest

from data_layer import engine
from data_layer.cli import main
from data_layer.extract import extract_article
from data_layer.ingest import iter_articles, list_files
from data_layer.records import TABLES, Records

DATA = Path(__file__).parent / "data"
CORPORA = [DATA / "seed_corpus", DATA / "dev_corpus"]


@pytest.fixture(scope="module", autouse=True)
def _real_main(real_main):
    """Every test here starts worker processes (see the ``real_main`` fixture in conftest)."""


def one_process(files) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """The reference: the plain loop the CLI used to run, canonicalised."""
    records, errors = Records(), []
    for result in iter_articles(files):
        if result.error:
            errors.append(f"{result.name}: {result.error}")
        errors += [f"{result.name}: {w}" for w in result.warnings]
        for article in result.articles:
            records.extend(extract_article(article))
    return {t: engine.canonical(t, df) for t, df in records.frames().items()}, errors


def assert_same(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert list(got) == list(TABLES)
    for table in TABLES:
        pd.testing.assert_frame_equal(got[table], want[table], check_exact=True, obj=table)


@pytest.fixture(scope="module")
def corpus() -> list[Path]:
    return list_files(CORPORA)


@pytest.fixture(scope="module")
def reference(corpus):
    return one_process(corpus)


@pytest.fixture(scope="module")
def replicated(tmp_path_factory, corpus) -> list[Path]:
    """~200 files: the seed and dev files copied under new names, plus two unreadable ones."""
    root = tmp_path_factory.mktemp("replicated")
    for copy in range(12):
        for f in corpus:
            shutil.copy(f, root / f"{copy:02d}_{f.name}")
    (root / "05_empty.txt").write_text("   \n")
    (root / "09_broken.json").write_text("{not json")
    return list_files([root])


@pytest.fixture(scope="module")
def replicated_reference(replicated):
    return one_process(replicated)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                     silence_logs=logging.ERROR) as lc,
        Client(lc) as client,
    ):  # fmt: skip
        yield client


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("n_files", "workers", "size"),
    [(17, 2, 3), (220, 2, 28), (5000, 2, 500), (100_000, 100, 250), (1, 8, 1), (0, 1, 1)],
)
def test_chunk_size(n_files, workers, size):
    assert engine.chunk_size(n_files, workers) == size


@pytest.mark.parametrize(("n_files", "most"), [(0, 1), (17, 1), (99, 1), (100, 2), (10_000, 10_000)])
def test_default_processes_small_corpus_runs_inline(n_files, most):
    assert 1 <= engine.default_processes(n_files) <= most


def test_chunks_keep_file_order():
    files = [f"f{i}" for i in range(7)]
    parts = engine.chunks(files, 3)
    assert [f for p in parts for f in p] == files and [len(p) for p in parts] == [3, 3, 1]


def test_unknown_engine():
    with pytest.raises(ValueError, match="unknown engine"):
        engine.extract_files([], engine="spark")


def test_no_files_gives_empty_frames():
    frames, errors = engine.extract_files([], processes=1)
    assert errors == [] and all(frames[t].empty for t in TABLES)
    assert list(frames["prices"].columns) == list(Records().frames()["prices"].columns)


# --------------------------------------------------------------------------- same records everywhere


@pytest.mark.parametrize("kw", [{"processes": 1}, {"processes": 1, "chunk": 2}])
def test_local_equals_one_process(corpus, reference, kw):
    frames, errors = engine.extract_files(corpus, **kw)
    assert_same(frames, reference[0])
    assert errors == reference[1]


def test_dask_by_scheduler_address(corpus, reference, cluster):
    address = cluster.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    frames, errors = engine.extract_files(corpus, engine="dask", scheduler=address, chunk=4)
    assert_same(frames, reference[0])
    assert errors == reference[1]


def test_replicated_corpus_local_and_dask(replicated, replicated_reference, cluster):
    want, want_errors = replicated_reference
    assert len(want["articles"]) > 200 and len(want_errors) == 2
    seen: list[tuple[int, int]] = []
    local, local_errors = engine.extract_files(
        replicated, processes=2, chunk=25, progress=lambda done, total: seen.append((done, total))
    )
    assert_same(local, want)
    assert local_errors == want_errors
    assert seen[-1] == (len(replicated), len(replicated)) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    dask, dask_errors = engine.extract_files(replicated, engine="dask", scheduler=cluster, chunk=25)
    assert_same(dask, want)
    assert dask_errors == want_errors


def test_sink_gets_every_chunk_once(corpus, reference):
    got: dict[int, dict] = {}
    frames, _ = engine.extract_files(corpus, processes=1, chunk=5, sink=lambda i, f: got.setdefault(i, f),
                                     with_body=True)  # fmt: skip
    assert sorted(got) == list(range(len(engine.chunks(corpus, 5))))
    assert all(frames[t].empty for t in TABLES), "a sink takes the frames: nothing is kept"
    arts = pd.concat([got[i]["articles"] for i in sorted(got)], ignore_index=True)
    assert arts["body"].str.len().tolist() == arts["n_chars"].tolist()
    assert_same(
        engine.combine([{t: f[t] for t in TABLES} for _, f in sorted(got.items())])
        | {"articles": engine.canonical("articles", arts.drop(columns="body"))},
        reference[0],
    )


# --------------------------------------------------------------------------- CLI


def test_cli_csv_same_bytes_on_any_engine(tmp_path, cluster):
    common = ["extract", *map(str, CORPORA), "--format", "csv"]
    runs = {"one": ["--processes", "1"], "dask": ["--engine", "dask", "--scheduler", cluster.scheduler.address]}
    for name, extra in runs.items():
        assert main([*common, "--out", str(tmp_path / name), *extra]) == 0
    one, dask = tmp_path / "one", tmp_path / "dask"
    names = sorted(p.name for p in one.iterdir())
    assert "layoff_percents.csv" in names and names == sorted(p.name for p in dask.iterdir())
    for name in names:
        assert (one / name).read_bytes() == (dask / name).read_bytes(), name


def test_cli_dask_writes_a_dataset_by_default(tmp_path, cluster, reference):
    from data_layer.dataset import read_frames

    out = tmp_path / "ds"
    args = ["extract", *map(str, CORPORA), "--out", str(out), "--engine", "dask"]
    assert main([*args, "--scheduler", cluster.scheduler.address]) == 0
    assert (out / "articles").is_dir() and not list(out.glob("*.csv"))
    assert_same(read_frames(out), reference[0])


@pytest.mark.parametrize(
    "extra", [["--scheduler", "tcp://127.0.0.1:1"], ["--processes", "0"]], ids=["scheduler-without-dask", "zero"]
)
def test_cli_refuses_bad_options(tmp_path, extra, capsys):
    assert main(["extract", str(CORPORA[0]), "--out", str(tmp_path), *extra]) == 2
    assert "error:" in capsys.readouterr().err


def test_relative_names_are_read_from_the_callers_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a remote worker runs in another folder
    names = ["seed_corpus/000_3ad7f4cd900e501e.txt", "seed_corpus/missing.txt"]
    res = engine.extract_chunk(0, names, cwd=str(DATA))
    assert list(res.frames["articles"]["article_id"]) == ["000_3ad7f4cd900e501e"]
    (error,) = res.errors
    assert error.startswith("seed_corpus/missing.txt: cannot read the file")
