"""Extraction on many cores or many machines: files in chunks, one task per chunk, DataFrames back.

A task reads, parses and extracts its chunk of files (so a worker does the I/O) and returns the chunk's frames
(``records.py`` columns; ``articles`` also carries ``body`` when asked) plus its error lines. Engines:

- ``local``: a :class:`concurrent.futures.ProcessPoolExecutor` (``processes`` workers; default ``os.cpu_count()``,
  fewer for a small corpus, see :func:`default_processes`; ``processes=1`` runs inline, no pool);
- ``dask``: a ``dask.distributed`` client on ``scheduler`` (``tcp://HOST:PORT``: every worker must have newsdash
  installed and see the input paths, e.g. a shared file system), else a :class:`~distributed.LocalCluster` of
  ``processes`` single-threaded worker processes on 127.0.0.1.

Every engine gives the same frames as one process: chunks are put back in file order and each frame is sorted
stably by ``article_id`` (:func:`canonical`). At most a few tasks per worker are in flight, so memory stays bounded
on any corpus size; with ``sink=`` each chunk's frames go to the sink as they arrive (e.g. to write a Parquet
dataset part by part) instead of being kept.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._procs import die_with_parent
from .records import TABLES, Records, frame

ENGINES = ("local", "dask")
MAX_CHUNK = 500  # files per task at most: big enough to amortise a task, small enough to balance and stream
MIN_FILES_PER_WORKER = 50  # a smaller corpus runs on fewer workers (one, inline, below 100 files)
IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker: keeps workers busy without holding the whole corpus
Frames = dict[str, pd.DataFrame]
Progress = Callable[[int, int], None]  # (files done, files total)
Sink = Callable[[int, Frames], None]  # (chunk number, the chunk's frames)


@dataclass
class Chunk:
    """What one task returns: the chunk's frames, its error lines and how many files it read."""

    index: int
    frames: Frames
    errors: list[str] = field(default_factory=list)
    n_files: int = 0


def unique_ids(names: Sequence[str]) -> dict[str, str]:
    """Article ids for files whose stems collide (``desk1/news.txt`` and ``desk2/news.txt``): the parent folder's
    name joined to the stem (then a number if that collides too). Files with a unique stem keep it as their id (the
    scorer's ``article_id``) and are not listed.

    >>> unique_ids(["a/desk1/news.txt", "a/desk2/news.txt", "a/other.txt"])
    {'a/desk1/news.txt': 'desk1_news', 'a/desk2/news.txt': 'desk2_news'}
    """
    from .ingest.readers import _stem

    stems = {n: _stem(n, b"") for n in names}
    counts = Counter(stems.values())
    out: dict[str, str] = {}
    used = set(stems.values())
    for name in names:
        if counts[stems[name]] < 2:
            continue
        base = _stem(f"{Path(name).parent.name}_{stems[name]}.x", b"")
        candidate, k = base, 1
        while candidate in used:
            k += 1
            candidate = f"{base}-{k}"
        used.add(candidate)
        out[name] = candidate
    return out


def extract_chunk(
    index: int, files: Sequence[str], with_body: bool = False, cwd: str | None = None, ids: dict | None = None
) -> Chunk:
    """Read, parse and extract ``files`` (one task): the same records and error lines as the one-process path.

    Relative names are read from ``cwd`` (the caller's folder: a remote worker runs in another) but reported as given.
    ``ids``: the article id of files whose stems collide (:func:`unique_ids`).
    """
    from .extract import BudgetExceeded, extract_article
    from .ingest import iter_articles

    records, errors, bodies = Records(), [], []
    for name in files:
        path = Path(name) if not cwd or Path(name).is_absolute() else Path(cwd) / name
        for result in iter_articles([path]):
            if result.error:
                errors.append(f"{name}: {result.error}")
            errors += [f"{name}: {w}" for w in result.warnings]
            for article in result.articles:
                if ids and name in ids and len(result.articles) == 1 and article.format not in ("json", "jsonl"):
                    article = article.model_copy(update={"id": ids[name]})
                try:
                    recs = extract_article(article)
                except BudgetExceeded as e:  # a pathological input: reported, the rest goes on
                    errors.append(f"{name}: {e}, skipped")
                    continue
                records.extend(recs)
                bodies.append(article.body)
    frames = records.frames()
    if with_body:
        frames["articles"]["body"] = pd.Series(bodies, dtype="object")
    return Chunk(index, frames, errors, len(files))


def default_processes(n_files: int) -> int:
    """Worker processes when none are asked for: the CPU count, but one per :data:`MIN_FILES_PER_WORKER` files at
    most (starting a process costs more than extracting a handful of files)."""
    return max(1, min(os.cpu_count() or 1, n_files // MIN_FILES_PER_WORKER))


def chunk_size(n_files: int, workers: int) -> int:
    """Files per task: about four tasks per worker, at most :data:`MAX_CHUNK`.

    >>> chunk_size(17, 2), chunk_size(5000, 2), chunk_size(100_000, 100), chunk_size(0, 4)
    (3, 500, 250, 1)
    """
    return max(1, min(MAX_CHUNK, math.ceil(n_files / max(1, workers * 4))))


def chunks(files: Sequence[str], size: int) -> list[list[str]]:
    """``files`` cut in consecutive runs of ``size``.

    >>> chunks(["a", "b", "c"], 2)
    [['a', 'b'], ['c']]
    """
    return [list(files[i : i + size]) for i in range(0, len(files), size)]


def canonical(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the dtypes one :meth:`Records.frames` call gives and rows sorted stably by ``article_id``.

    Concatenated chunks (or a subset of rows) can differ from one ``Records.frames()`` of the same rows in dtypes
    only (a text column empty in one chunk is ``object``, else ``str``; categories are per chunk); this puts
    them back.
    """
    from .records import _typed

    if not len(df):  # what Records().frames() gives for no rows (plain object columns)
        empty = frame(table, [])
        for col in df.columns.difference(empty.columns, sort=False):
            empty[col] = pd.Series(dtype="object")
        return empty
    df = df.copy()
    for col in df.columns:
        dtype = df[col].dtype
        if pd.api.types.is_object_dtype(dtype) or isinstance(dtype, (pd.CategoricalDtype, pd.StringDtype)):
            values = df[col].astype(object)
            df[col] = values.where(values.notna(), None).infer_objects()
    df = _typed(table, df)
    return df.sort_values("article_id", kind="stable").reset_index(drop=True)


def combine(parts: Sequence[Frames]) -> Frames:
    """The chunks' frames as one set of frames (chunk order kept, then :func:`canonical`)."""
    out = {}
    for table in TABLES:
        dfs = [p[table] for p in parts if table in p and len(p[table])]
        df = pd.concat(dfs, ignore_index=True) if dfs else next((p[table] for p in parts if table in p), None)
        out[table] = canonical(table, df if df is not None else frame(table, []))
    return out


def extract_files(
    files: Sequence[str | Path],
    engine: str = "local",
    processes: int | None = None,
    scheduler=None,
    progress: Progress | None = None,
    *,
    sink: Sink | None = None,
    with_body: bool = False,
    chunk: int | None = None,
) -> tuple[Frames, list[str]]:
    """Extract ``files`` with ``engine``; returns ``(frames, errors)`` like the one-process path.

    ``scheduler``: for ``dask``, a ``tcp://HOST:PORT`` address or a ``distributed.Client`` (else a LocalCluster).
    ``sink``: called with ``(chunk number, frames)`` as chunks finish (any order); the frames are then not kept and
    the returned frames are empty. ``with_body``: ``articles`` also gets the cleaned ``body``.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    names, cwd = [str(f) for f in files], os.getcwd()
    ids = unique_ids(names)
    if engine == "local" and processes is None:
        processes = default_processes(len(names))
    parts: dict[int, Frames] = {}
    errors: dict[int, list[str]] = {}
    done = 0
    if engine == "dask":
        results = _run_dask(names, chunk, with_body, processes, scheduler, cwd, ids)
    else:
        workers = max(1, processes or os.cpu_count() or 1)
        todo = chunks(names, chunk or chunk_size(len(names), workers))
        if workers == 1 or len(todo) <= 1:
            results = (extract_chunk(i, c, with_body, cwd, ids) for i, c in enumerate(todo))
        else:
            results = _run_local(todo, with_body, workers, cwd, ids)
    for res in results:
        errors[res.index] = res.errors
        if sink is not None:
            sink(res.index, res.frames)
        else:
            parts[res.index] = res.frames
        done += res.n_files
        if progress:
            progress(done, len(names))
    frames = combine([parts[i] for i in sorted(parts)])
    return frames, [e for i in sorted(errors) for e in errors[i]]


def _bounded(submit: Callable[[int, list[str]], Future], todo: list[list[str]], window: int) -> Iterator[Chunk]:
    """Run tasks with at most ``window`` in flight, yielding results as they finish."""
    pending = iter(enumerate(todo))
    running = {submit(i, c) for i, c in _take(pending, window)}
    while running:
        finished, running = wait(running, return_when=FIRST_COMPLETED)
        for fut in finished:
            yield fut.result()
        running |= {submit(i, c) for i, c in _take(pending, window - len(running))}


def _take(it: Iterator, n: int) -> list:
    out = []
    for _ in range(max(0, n)):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def _run_local(todo: list[list[str]], with_body: bool, workers: int, cwd: str, ids: dict) -> Iterator[Chunk]:
    # forkserver: workers start from a clean process that imported the extractors once (no fork of a process
    # holding DuckDB or Streamlit threads), so each worker starts fast and safe
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["data_layer.extract", "data_layer.ingest"])
    with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx, initializer=die_with_parent) as pool:
        yield from _bounded(lambda i, c: pool.submit(extract_chunk, i, c, with_body, cwd, ids), todo,
                            workers * IN_FLIGHT_PER_WORKER)  # fmt: skip


def _run_dask(
    names: list[str], chunk: int | None, with_body: bool, processes: int | None, scheduler, cwd: str, ids: dict
) -> Iterator[Chunk]:
    """Chunks on a dask cluster (sized by its worker threads), at most a few tasks per thread in flight."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if isinstance(scheduler, Client):
        client, own = scheduler, False
    elif scheduler:
        client, own = Client(str(scheduler)), True
    else:
        cluster = LocalCluster(
            n_workers=max(1, processes or os.cpu_count() or 1),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client, own = Client(cluster), True
    try:
        threads = sum(client.nthreads().values()) or processes or 1
        todo = chunks(names, chunk or chunk_size(len(names), threads))
        pending = iter(enumerate(todo))

        def submit(i: int, c: list[str]):
            return client.submit(extract_chunk, i, c, with_body, cwd, ids, pure=False)

        running = as_completed([submit(i, c) for i, c in _take(pending, threads * IN_FLIGHT_PER_WORKER)])
        for fut in running:
            res = fut.result()
            fut.release()  # the scheduler forgets the chunk's frames at once
            yield res
            for i, c in _take(pending, 1):
                running.add(submit(i, c))
    finally:
        if own:
            client.close()
        if cluster is not None:
            cluster.close()
