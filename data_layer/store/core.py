"""The persistent store: DuckDB tables of articles, records, an ingest log and a quarantine.

Ingest is idempotent and incremental: a file whose bytes were seen before is not parsed again, an article whose
content hash is stored is not extracted again, and each article is written in one transaction. Articles stored
by an older ``EXTRACTOR_VERSION`` are re-extracted from their stored text (:meth:`Store.reextract_stale`).
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import hashlib
import importlib
import itertools
import json
import multiprocessing
import os
import re
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from .._procs import die_with_parent
from ..config import SAMPLE_CORPUS, settings
from ..ingest import IngestError, list_names, read_bytes
from ..models import Article, Company
from ..reconcile._common import annotate
from ..records import TABLES, Records, columns, fixed_offset, utc_offset
from . import aggregates, by_company, points
from ._guard import foreign_objects
from .connection import StoreError, acquire, close_idle, release, use
from .migrations import LATEST, migrate

RECORD_TABLES = TABLES[1:]
_extract = importlib.import_module("data_layer.extract")  # the module (the package re-exports a function of that name)
Progress = Callable[[int, int, str], None]
BATCH_ARTICLES = 200  # articles extracted before one write transaction (each article is all-or-nothing in it)
BATCH_LOG_ROWS = 2000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass
class _Batch:
    items: list[tuple[Article, Records]] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    mtimes: dict[str, int] = field(default_factory=dict)  # file hash -> modification time (ns) of files read
    dirty: bool = False  # an earlier write of this ingest left reconciled partitions to recompute


@dataclass(frozen=True)
class IngestResult:
    name: str
    status: str  # "added" | "duplicate" | "rejected" | "skipped" (a link or other entry a folder scan passed over)
    reason: str = ""
    article_id: str | None = None


_STORED_IDS = "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))"


def _read_file(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _hash_file(path: str) -> str:
    """The SHA-256 of a file read in 1 MB blocks (a 3 GB file is never held in memory)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _fresh_id(aid: str, content: str, ids) -> str:
    """An id for an article whose id is taken: the id plus the start of its content hash (longer if need be).

    >>> _fresh_id("news", "ab12cd34ef", {"news"}), _fresh_id("news", "ab12cd34ef", {"news", "news-ab12cd34"})
    ('news-ab12cd34', 'news-ab12cd34ef')
    """
    for n in (8, 16, 64):
        candidate = f"{aid}-{content[:n]}"
        if candidate not in ids:
            return candidate
    return f"{aid}-{uuid.uuid4().hex}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def list_files(paths: str | Path | Iterable[str | Path]) -> Iterator[tuple[str, str | None, str]]:
    """``(name, path, error)`` per input file: folders are walked for supported suffixes, sorted. Entries a folder
    scan skipped (symbolic links, unreadable folders, unsupported types) come last with ``path == ""``."""
    named = {str(Path(p)) for p in ([paths] if isinstance(paths, (str, Path)) else paths)}
    skipped: list[tuple[str, str]] = []
    for f in list_names(paths, skipped):
        missing = f in named and not os.path.exists(f)  # files found in a folder exist; only named ones are checked
        yield (f, None, "no such file or folder") if missing else (f, f, "")
    for f, reason in skipped:
        yield f, "", reason


def upload_name(name: str) -> str:
    """An uploaded file's name as a label: no folders (either slash), no control characters.

    >>> upload_name("../../etc/x.txt"), upload_name("C:\\\\tmp\\\\a.md"), upload_name("a\\x00b.txt"), upload_name("..")
    ('x.txt', 'a.md', 'ab.txt', 'upload.txt')
    """
    base = _CONTROL.sub("", name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base if base not in ("", ".", "..") else "upload.txt"


# --------------------------------------------------------------------------- article <-> row


def _article_row(a: Article, version: str) -> dict:
    c = a.company
    published = a.published.replace(tzinfo=None) if a.published is not None else None
    offset = utc_offset(a.published)
    return {
        "article_id": a.id,
        "title": a.title,
        "body": a.body,
        "raw": a.raw,
        "published": published,
        "utc_offset": offset,
        "source": a.source,
        "url": a.url,
        "author": a.author,
        "company": c.name if c else None,
        "ticker": c.ticker if c else None,
        "isin": c.isin if c else None,
        "companies_json": json.dumps([x.model_dump() for x in a.companies]),
        "boilerplate_json": json.dumps(list(a.boilerplate)),
        "format": a.format,
        "content_hash": a.content_hash or _sha256(a.body.encode("utf-8")),
        "path": a.path,
        "n_chars": len(a.body),
        "extractor_version": version,
        "ingested_at": _now(),
    }


def _article_from_row(row: dict) -> Article:
    published = row.get("published")
    if published is not None and not pd.isna(published):
        published = pd.Timestamp(published).to_pydatetime().replace(tzinfo=fixed_offset(row.get("utc_offset")))
    else:
        published = None
    companies = tuple(Company(**c) for c in json.loads(row.get("companies_json") or "[]"))
    return Article(
        id=row["article_id"],
        title=row.get("title") or "",
        body=row.get("body") or "",
        raw=row.get("raw") or "",
        published=published,
        source=row.get("source"),
        url=row.get("url"),
        author=row.get("author"),
        companies=companies,
        boilerplate=tuple(json.loads(row.get("boilerplate_json") or "[]")),
        format=row.get("format") or "txt",
        content_hash=row.get("content_hash") or "",
        path=row.get("path"),
    )


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Categories become plain objects so DuckDB stores them as VARCHAR."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


# --------------------------------------------------------------------------- parsing and extraction (workers)

PARALLEL_MIN_FILES = 400  # below this, starting worker processes costs more than it saves
CHUNK_FILES = 64  # files per task sent to a worker
IN_FLIGHT = 4  # chunks queued per worker (bounds memory: never the whole corpus at once)
FALLBACKS = 0  # times a broken worker pool made this process finish the work (tests check it stays 0)


@dataclass
class _Prepared:
    name: str
    size: int
    digest: str
    items: list[tuple[Article, Records]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def _prepare(name: str, data: bytes, max_bytes: int, digest: str | None = None) -> _Prepared:
    """Parse one file and extract its articles (pure: runs in a worker process)."""
    prep = _Prepared(name, len(data), digest or _sha256(data))
    if len(data) > max_bytes:
        prep.error = f"file is larger than the {max_bytes / 1048576:g} MB limit ({len(data) / 1048576:.3g} MB)"
        return prep
    try:
        articles = read_bytes(name, data, warnings=prep.warnings)
    except (IngestError, ValueError, UnicodeError) as e:
        prep.error = str(e) or type(e).__name__
        return prep
    try:
        prep.items = [(a, _extract.extract_article(a)) for a in articles]
    except _extract.BudgetExceeded as e:  # a pathological input: quarantined with the reason, the batch goes on
        prep.error = str(e)
    return prep


def _prepare_chunk(chunk: list[tuple[int, str, bytes, str]], max_bytes: int) -> list[tuple[int, _Prepared]]:
    return [(i, _prepare(name, data, max_bytes, digest)) for i, name, data, digest in chunk]


def _workers(requested: int | None, n_files: int) -> int:
    """Worker processes for ``n_files`` new files: ``requested``, else one per core for big inputs."""
    if requested is not None:
        return max(1, requested)
    return (os.cpu_count() or 1) if n_files >= PARALLEL_MIN_FILES else 1


def _chunked(items: Iterator, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, read from ``items`` only as they are needed.

    >>> list(_chunked(iter(range(5)), 2))
    [[0, 1], [2, 3], [4]]
    """
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _prepared(
    pending: Iterable[tuple[int, str, bytes, str]], max_bytes: int, workers: int
) -> Iterator[tuple[int, _Prepared]]:
    """``(index, prepared)`` in input order, from this process or from a bounded pool of worker processes.

    ``pending`` is read lazily: at most ``workers * IN_FLIGHT`` chunks of files are held at once, and the pool only
    starts once there are two chunks of new files (an unchanged corpus never starts it).
    """
    items = iter(pending)
    if workers <= 1:
        for i, name, data, digest in items:
            yield i, _prepare(name, data, max_bytes, digest)
        return
    chunks = _chunked(items, CHUNK_FILES)
    head = list(itertools.islice(chunks, 2))
    if len(head) < 2:
        for chunk in head:
            yield from _prepare_chunk(chunk, max_bytes)
        return
    todo = itertools.chain(head, chunks)
    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB and server threads
    queue: collections.deque = collections.deque()  # (chunk, future), oldest first
    waiting: list = []  # a chunk read from ``todo`` but not yet submitted
    try:
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=die_with_parent) as pool:
            while True:
                while len(queue) < workers * IN_FLIGHT:
                    waiting = waiting or list(itertools.islice(todo, 1))
                    if not waiting:
                        break
                    queue.append((waiting[0], pool.submit(_prepare_chunk, waiting[0], max_bytes)))
                    waiting = []
                if not queue:
                    return
                done = queue[0][1].result()
                queue.popleft()
                yield from done
    except BrokenProcessPool:  # a worker died (killed, out of memory): finish in this process, nothing lost
        global FALLBACKS
        FALLBACKS += 1
        for chunk in itertools.chain([c for c, _ in queue], waiting, todo):
            yield from _prepare_chunk(chunk, max_bytes)


# --------------------------------------------------------------------------- the store


class Store:
    """A DuckDB-backed store; safe to share between threads and with other processes.

    A file store holds no connection between operations (see :mod:`.connection`): reads open it read-only and
    writes read-write for one short transaction, so a command-line ``ingest``, a second dashboard process and
    this one can use the same file at once.
    """

    def __init__(self, path: str = ":memory:") -> None:
        self.path = str(path)
        self._key, self._shared = acquire(self.path)
        self._uid = self._key if self.path != ":memory:" else f"memory-{uuid.uuid4().hex[:12]}"
        self._closed = False
        try:
            self._migrate()
            with self._read() as cur:
                foreign = foreign_objects(cur)
        except duckdb.Error as e:
            self.close()
            raise StoreError(f"the store cannot be opened: it is damaged or not a newsdash store ({e})") from e
        except BaseException:
            self.close()
            raise
        if foreign:
            self.close()
            raise StoreError(
                "the store file holds objects newsdash did not create (" + ", ".join(foreign[:5]) + "); it is "
                "refused rather than read. Move it aside and rebuild it with `python -m data_layer ingest <folders>`"
            )

    def _migrate(self) -> None:
        if os.path.exists(self._key) and self.path != ":memory:":
            with self._read() as cur:
                has_table = cur.execute(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
                ).fetchone()[0]
                if (has_table and cur.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST
                        and aggregates.current(cur)):  # fmt: skip
                    return  # current: nothing to write (no read-write open while another process ingests)
        with self._write_op() as cur:
            migrate(cur)
            if not aggregates.current(cur):  # reconciliation code changed since they were built: rebuild them
                cur.execute("BEGIN TRANSACTION")
                try:
                    aggregates.rebuild(cur)
                    cur.execute("COMMIT")
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise

    # -- plumbing
    @contextlib.contextmanager
    def _read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one read (a read-only open of a file store)."""
        if self._closed:
            raise RuntimeError("store is closed")
        with use(self._shared) as cur:
            yield cur

    @contextlib.contextmanager
    def _write_op(self, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one write (this process's writes one at a time, on a read-write open)."""
        if self._closed:
            raise RuntimeError("store is closed")
        with self._shared.lock, use(self._shared, write=True, timeout=timeout) as cur:
            yield cur

    def _df(self, sql: str, params: list | None = None) -> pd.DataFrame:
        with self._read() as cur:
            return cur.execute(sql, params or []).df()

    def _scalar(self, sql: str, params: list | None = None):
        with self._read() as cur:
            row = cur.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def _rows(self, sql: str, params: list | None = None) -> list[tuple]:
        with self._read() as cur:
            return cur.execute(sql, params or []).fetchall()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        release(self._key, self._shared)

    def release_file(self) -> None:
        """Close the file now if no operation is running (it is otherwise closed a moment after the last one)."""
        close_idle(self._shared)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self._scalar("SELECT max(version) FROM schema_version") or 0)

    def version(self) -> str:
        """Changes whenever the stored content changes (a cache key for the pages)."""
        gen = self._scalar("SELECT value FROM meta WHERE key = 'generation'")
        return f"{self._uid}:{gen}:{_extract.EXTRACTOR_VERSION}"

    # -- writes
    def _write(
        self,
        cur,
        items: list[tuple[Article, Records]],
        version: str,
        log: list[dict],
        quarantine: list[dict] = (),
        final: bool = True,
    ) -> None:
        """Store articles with their records (replacing earlier versions of the same ids), log rows and
        quarantined inputs, in one transaction. The reconciled partitions the records touch are marked dirty;
        ``final`` (the last write of an ingest) recomputes every dirty partition in the same transaction."""
        cur.execute("BEGIN TRANSACTION")
        try:
            ids = [a.id for a, _ in items]
            if ids:
                # earlier versions of these ids, read inside the transaction (another writer may have added one);
                # usually none, and then the record tables need no scan
                stored = [r[0] for r in cur.execute(_STORED_IDS, [ids]).fetchall()]
                touched = aggregates.parts_of(cur, stored)
                if stored:
                    for table in RECORD_TABLES:
                        cur.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [stored])
                    cur.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", [stored])
                arts = pd.DataFrame([_article_row(a, version) for a, _ in items])
                cur.register("_new_articles", arts)
                cur.execute("INSERT INTO articles BY NAME SELECT * FROM _new_articles")
                cur.unregister("_new_articles")
                merged = Records()
                for _, recs in items:
                    merged.extend(Records(prices=recs.prices, targets=recs.targets, layoffs=recs.layoffs,
                                          events=recs.events))  # fmt: skip
                frames = merged.frames()
                frames = aggregates.key_records(frames | {"articles": arts[_META_COLS]})
                for table in RECORD_TABLES:
                    df = frames[table]
                    touched[table] |= set(df["part_key"].dropna())
                    if df.empty:
                        continue
                    df = _plain(df)
                    df["extractor_version"] = version
                    cur.register("_new_records", df)
                    cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _new_records")
                    cur.unregister("_new_records")
                aggregates.mark_dirty(cur, touched)
            for table, rows in (("ingest_log", log), ("quarantine", quarantine)):
                if rows:
                    cur.register("_new_rows", pd.DataFrame(list(rows)))
                    cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _new_rows")
                    cur.unregister("_new_rows")
            if final:
                aggregates.refresh_dirty(cur)
            if ids:  # the content changed
                cur.execute(
                    "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'generation'"
                )
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def _known(self) -> tuple[dict[str, str | None], dict[str, str], dict[str, str]]:
        """(file hash -> article id) of inputs already handled, (content hash -> id), (id -> content hash)."""
        with self._read() as cur:
            files = dict(
                cur.execute(
                    "SELECT hash, any_value(article_id) FROM ingest_log WHERE status <> 'rejected' GROUP BY hash"
                ).fetchall()
            )
            rows = cur.execute("SELECT content_hash, article_id FROM articles").fetchall()
        return files, dict(rows), {i: h for h, i in rows}

    def _stamps(self) -> dict[tuple[str, int, int], str | None]:
        """(path, size, mtime in ns) -> article id of files ingested before: the same stamp is the same file."""
        rows = self._rows(
            "SELECT name, size, mtime_ns, any_value(article_id) FROM ingest_log "
            "WHERE mtime_ns IS NOT NULL AND status IN ('added', 'duplicate') GROUP BY name, size, mtime_ns"
        )
        return {(n, sz, mt): a for n, sz, mt, a in rows}

    def _reject(self, batch: _Batch, name: str, size: int, digest: str, reason: str) -> IngestResult:
        row = {"name": name, "size": size, "hash": digest, "status": "rejected", "reason": reason, "logged_at": _now()}
        batch.log.append(row)
        batch.quarantine.append({k: row[k] for k in ("name", "size", "hash", "reason", "logged_at")})
        return IngestResult(name, "rejected", reason)

    def _ingest_bytes(self, name: str, data: bytes, known, batch: _Batch) -> list[IngestResult]:
        size, digest = len(data), _sha256(data)
        early = self._screen(name, size, digest, known, batch)
        if early is not None:
            return early
        return self._accept(_prepare(name, data, settings().max_file_bytes), known, batch)

    def _screen(self, name: str, size: int, digest: str, known, batch: _Batch, conf=None) -> list[IngestResult] | None:
        """The result for a file refused or already seen before any parsing, else None (it needs the work)."""
        files = known[0]
        conf = conf or settings()
        if size > conf.max_file_bytes:
            reason = f"file is larger than the {conf.max_file_mb:g} MB limit ({size / 1048576:.3g} MB)"
            return [self._reject(batch, name, size, digest, reason)]
        if digest in files:
            row = {"name": name, "size": size, "hash": digest, "status": "duplicate", "logged_at": _now(),
                   "reason": "same file already ingested", "article_id": files[digest],
                   "mtime_ns": batch.mtimes.get(digest)}  # fmt: skip
            batch.log.append(row)
            return [IngestResult(name, "duplicate", row["reason"], files[digest])]
        return None

    def _accept(self, prep: _Prepared, known, batch: _Batch) -> list[IngestResult]:
        """Log one parsed and extracted file; its new articles join the batch (content already stored: a duplicate)."""
        files, contents, ids = known
        name, size, digest = prep.name, prep.size, prep.digest
        if prep.error is not None:
            return [self._reject(batch, name, size, digest, prep.error)]
        if not prep.items:
            return [self._reject(batch, name, size, digest, "no article text found")]
        # skipped parts (a malformed JSON line) are refused inputs; other warnings explain the first article added
        results = [self._reject(batch, name, size, digest, w) for w in prep.warnings if w.endswith("skipped")]
        notes = [w for w in prep.warnings if not w.endswith("skipped")]
        for article, records in prep.items:
            content = article.content_hash or _sha256(article.body.encode("utf-8"))
            base = {"name": name, "size": size, "hash": digest, "article_id": article.id, "logged_at": _now(),
                    "mtime_ns": batch.mtimes.get(digest)}  # fmt: skip
            if content in contents:
                reason = "same article already stored"
                batch.log.append(base | {"status": "duplicate", "reason": reason, "article_id": contents[content]})
                results.append(IngestResult(name, "duplicate", reason, contents[content]))
                continue
            taken = ""
            if article.id in ids:  # another article (or an earlier version of this one) has the id: never replace it
                taken = article.id
                article = article.model_copy(update={"id": _fresh_id(article.id, content, ids)})
                try:  # the records carry the article id: extracted again under the new one
                    records = _extract.extract_article(article) if len(records) else records
                except _extract.BudgetExceeded as e:
                    results.append(self._reject(batch, name, size, digest, str(e)))
                    continue
            reason = "; ".join(filter(None, [
                f"id '{taken}' is taken by a stored article, which is kept: added as '{article.id}'" if taken else "",
                *notes,
            ]))  # fmt: skip
            notes = []
            batch.items.append((article, records))
            batch.ids.add(article.id)
            batch.log.append(base | {"status": "added", "reason": reason})
            contents[content], ids[article.id] = article.id, content
            files[digest] = article.id
            results.append(IngestResult(name, "added", reason, article.id))
        if len(batch.items) >= BATCH_ARTICLES or len(batch.log) >= BATCH_LOG_ROWS:
            self._flush(batch)
        return results

    def _flush(self, batch: _Batch, final: bool = False) -> None:
        """Write what the batch holds in one transaction (all of it or nothing); ``final``: the ingest's last
        write, which also brings the reconciled tables up to date (:mod:`.aggregates`)."""
        if not (batch.items or batch.log or batch.quarantine or (final and batch.dirty)):
            return
        with self._write_op() as cur:
            self._write(cur, batch.items, _extract.EXTRACTOR_VERSION, batch.log, batch.quarantine, final=final)
        batch.dirty = not final and (batch.dirty or bool(batch.items))
        batch.items, batch.log, batch.quarantine, batch.ids = [], [], [], set()

    def ingest_paths(self, paths, progress: Progress | None = None, workers: int | None = None) -> list[IngestResult]:
        """Ingest files and folders; an unchanged file (same path, size and modification time) costs one stat.

        Files are read and hashed here; new ones are parsed and extracted in ``workers`` processes (default: one
        per core when there are at least :data:`PARALLEL_MIN_FILES` new files, else in this process), a bounded
        number of chunks at a time, and written here in input order, so the result does not depend on ``workers``.
        """
        self.reextract_stale()
        batch, conf = _Batch(), settings()
        known_: list = []  # what the store holds, read when the first changed file needs it (never, when none does)

        def known() -> tuple[dict[str, str | None], dict[str, str], dict[str, str]]:
            if not known_:
                known_.append(self._known())
            return known_[0]

        stamps, mtimes = self._stamps(), batch.mtimes
        todo = list(list_files(paths))
        slots: list[list[IngestResult] | None] = []  # per input file, in order; None while it is being parsed
        done = 0

        def tick(name: str) -> None:
            nonlocal done
            done += 1
            if progress:
                progress(done, len(todo), name)

        def new_files() -> Iterator[tuple[int, str, bytes, str]]:
            """Read and hash each file; yield those that need parsing (read lazily: memory stays bounded)."""
            for i, (name, path, error) in enumerate(todo):
                early = None
                if path == "":  # skipped by the folder scan (a link, an unreadable folder, another file type)
                    early = [IngestResult(name, "skipped", error)]
                elif error or path is None:
                    early = [self._reject(batch, name, 0, "", error)]
                else:
                    try:
                        st = os.stat(path)
                        stamp = (name, st.st_size, st.st_mtime_ns)
                        if stamp in stamps:  # unchanged since it was ingested: not even read (and not logged again)
                            early = [IngestResult(name, "duplicate", "same file already ingested", stamps[stamp])]
                        elif not stat.S_ISREG(st.st_mode):  # a device, FIFO or socket named on the command line
                            early = [self._reject(batch, name, 0, "", "not a regular file")]
                        elif st.st_size > conf.max_file_bytes:  # refused before reading (hashed in blocks)
                            early = self._screen(name, st.st_size, _hash_file(path), known(), batch, conf)
                        else:
                            data = _read_file(path)  # size checked above
                    except OSError as e:
                        early = [self._reject(batch, name, 0, "", f"cannot read file: {e.strerror or e}")]
                    else:
                        if early is None:
                            digest = _sha256(data)
                            mtimes[digest] = st.st_mtime_ns
                            early = self._screen(name, len(data), digest, known(), batch, conf)
                slots.append(early)
                if early is None:
                    yield i, name, data, digest
                else:
                    tick(name)

        if progress:
            progress(0, len(todo), "")
        for i, prep in _prepared(new_files(), conf.max_file_bytes, _workers(workers, len(todo))):
            early = self._screen(prep.name, prep.size, prep.digest, known(), batch, conf)  # a second copy in this run
            slots[i] = early if early is not None else self._accept(prep, known(), batch)
            tick(prep.name)
        self._flush(batch, final=True)
        results: list[IngestResult] = []
        for r in slots:
            results += r or []
        if progress:
            progress(len(todo), len(todo), "")
        return results

    def ingest_upload(self, name: str, data: bytes) -> list[IngestResult]:
        """Ingest one uploaded file (``name`` decides the format)."""
        batch = _Batch()
        results = self._ingest_bytes(upload_name(name), data, self._known(), batch)
        self._flush(batch, final=True)
        return results

    def ensure_sample_corpus(self, folder: str | Path | None = None) -> None:
        """An empty store gets the bundled sample articles; a stale one is re-extracted."""
        if self.n_articles() == 0:
            folder = Path(folder) if folder else SAMPLE_CORPUS
            if folder.is_dir():
                self.ingest_paths(folder)
        else:
            self.reextract_stale()

    def reextract_stale(self, progress: Progress | None = None) -> int:
        """Re-run extraction on articles stored by another extractor version; returns how many."""
        version = _extract.EXTRACTOR_VERSION
        ids = [r[0] for r in self._rows(
            "SELECT article_id FROM articles WHERE extractor_version IS DISTINCT FROM ? ORDER BY article_id",
            [version])]  # fmt: skip
        batch = _Batch()
        for i, article_id in enumerate(ids):
            if progress:
                progress(i, len(ids), article_id)
            article = self.article(article_id)
            if article is None:
                continue
            try:
                records = _extract.extract_article(article)
            except _extract.BudgetExceeded:  # kept without records rather than retried on every ingest
                records = Records(articles=[article])
            batch.items.append((article, records))
            if len(batch.items) >= BATCH_ARTICLES:
                self._flush(batch)
        self._flush(batch, final=True)
        return len(ids)

    # -- reads
    def n_articles(self) -> int:
        return int(self._scalar("SELECT count(*) FROM articles") or 0)

    def companies(self) -> list[str]:
        """Company names, most articles first."""
        rows = self._rows(
            "SELECT company FROM articles WHERE company IS NOT NULL GROUP BY company ORDER BY count(*) DESC, company"
        )
        return [r[0] for r in rows]

    def article(self, article_id: str) -> Article | None:
        df = self._df("SELECT * FROM articles WHERE article_id = ?", [article_id])
        if df.empty:
            return None
        row = {k: (None if _isna(v) else v) for k, v in df.iloc[0].to_dict().items()}
        return _article_from_row(row)

    def frames(self, company: str | None = None) -> dict[str, pd.DataFrame]:
        """The record frames (``records.py`` columns) of all articles, or of one company's articles/records."""
        with self._read():  # one open for all the reads: one consistent snapshot
            where, params = "", []
            if company:
                where = "WHERE lower(a.company) = lower(?)"
                params = [company]
            arts = self._df(
                f"SELECT {', '.join('a.' + c for c in _ARTICLE_COLS)} FROM articles a {where} ORDER BY a.article_id",
                params,
            )
            out = {"articles": _typed("articles", arts)}
            for table in RECORD_TABLES:
                cols = ", ".join("r." + c for c in columns(table))
                if company:
                    sql = (
                        f"SELECT {cols} FROM {table} r JOIN articles a USING (article_id) "
                        "WHERE lower(coalesce(r.company, a.company)) = lower(?) OR lower(a.company) = lower(?)"
                    )
                    df = self._df(sql, [company, company])
                else:
                    df = self._df(f"SELECT {cols} FROM {table} r")
                out[table] = _typed(table, df)
            return out

    def frames_of(self, article_ids: Iterable[str]) -> dict[str, pd.DataFrame]:
        """The record frames of the given articles only (the articles and every record they hold)."""
        with self._read():  # one open for all the reads: one consistent snapshot
            ids = list(article_ids)
            sql = f"SELECT {', '.join(_ARTICLE_COLS)} FROM articles WHERE article_id IN (SELECT unnest($1))"
            out = {"articles": _typed("articles", self._df(sql + " ORDER BY article_id", [ids]))}
            for table in RECORD_TABLES:
                sql = f"SELECT {', '.join(columns(table))} FROM {table} WHERE article_id IN (SELECT unnest($1))"
                out[table] = _typed(table, self._df(sql, [ids]))
            return out

    def table(self, name: str) -> pd.DataFrame:
        """A raw table (``ingest_log``, ``quarantine``, ``articles``...)."""
        if name not in {"articles", "ingest_log", "quarantine", "schema_version", *RECORD_TABLES}:
            raise ValueError(f"unknown table {name!r}")
        return self._df(f"SELECT * FROM {name}")

    def stats(self) -> dict:
        with self._read():  # one open for all the reads: one consistent snapshot
            out = {
                "path": self.path,
                "schema_version": self.schema_version(),
                "extractor_version": _extract.EXTRACTOR_VERSION,
            }
            for table in TABLES:
                out[table] = int(self._scalar(f"SELECT count(*) FROM {table}") or 0)
            out["stale_articles"] = int(self._scalar(
                "SELECT count(*) FROM articles WHERE extractor_version IS DISTINCT FROM ?", [_extract.EXTRACTOR_VERSION]
            ) or 0)  # fmt: skip
            out["companies"] = len(self.companies())
            out["quarantined"] = int(self._scalar("SELECT count(*) FROM quarantine") or 0)
            for status, n in self._rows("SELECT status, count(*) FROM ingest_log GROUP BY status"):
                out[f"log_{status}"] = int(n)
            return out

    # -- reconciled tables (see .aggregates): maintained by every ingest, rebuilt when the reconciliation changes
    def aggregates_current(self) -> bool:
        with self._read() as cur:
            return aggregates.current(cur)

    def rebuild_aggregates(self) -> None:
        """Recompute every record's keys and every reconciled table, in one transaction."""
        with self._write_op() as cur:
            cur.execute("BEGIN TRANSACTION")
            try:
                aggregates.rebuild(cur)
                cur.execute(
                    "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'generation'"
                )
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def company_keys(self, company: str) -> list[str]:
        """The keys under which a company's records and reconciled rows are stored."""
        with self._read() as cur:
            return aggregates.company_keys(cur, company)

    def article_span(
        self, company: str | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[int, pd.Timestamp | None, pd.Timestamp | None]:
        """``(n, first, last)``: how many articles about ``company`` (None: all) are published in ``[start, end]``
        (undated ones always) and the first and last publication time among them."""
        _, cond, params = _window(company, start, end, None, None)
        n, first, last = self._rows(f"SELECT count(*), min(published), max(published) FROM articles WHERE {cond}",
                                    params)[0]  # fmt: skip
        return int(n), (None if first is None else pd.Timestamp(first)), (None if last is None else pd.Timestamp(last))

    def count_records(
        self,
        table: str,
        company: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        types: list[str] | None = None,
        keys: list[str] | None = None,
    ) -> int:
        """How many records of ``table`` about company ``keys`` (None: any) :meth:`view_records` gives for the
        articles about ``company`` published in ``[start, end]`` (events: of ``types``)."""
        if table not in RECORD_TABLES:
            raise ValueError(f"unknown table {table!r}")
        _, cond, params = _window(company, start, end, None, None)
        sql = f"SELECT count(*) FROM {table} r JOIN (SELECT article_id FROM articles WHERE {cond}) a USING (article_id)"
        extra: list = []
        if keys is not None:
            sql, extra = sql + " WHERE r.company_key IN (SELECT unnest(?))", [list(keys)]
        if table == "events" and types:
            sql, extra = sql + (" AND" if extra else " WHERE") + " r.type IN (SELECT unnest(?))", [*extra, list(types)]
        return int(self._scalar(sql, [*params, *extra]) or 0)

    def latest_closes(self, keys: list[str], start: dt.date | None = None, end: dt.date | None = None) -> pd.DataFrame:
        """The closing-price claims (without sources) of company ``keys``' latest closing day among its claims
        reported in ``[start, end]``: what :func:`~data_layer.reconcile.targets.latest_close` reads, whichever claims
        a view lists."""
        with self._read() as cur:
            if not aggregates.pending(cur, keys):
                return aggregates.latest_closes(cur, keys, start, end)
        claims = self.reconciled(["price_claims"], keys, start, end, light_over=0)["price_claims"][0]
        closes = claims[(claims["kind"] == "close") & claims["date"].notna()]
        return closes[closes["date"] == closes["date"].max()].reset_index(drop=True)

    def company_figures(
        self, start: dt.date | None = None, end: dt.date | None = None, types: list[str] | None = None
    ) -> pd.DataFrame | None:
        """One row per company with what its figures on a view of several companies are made of, over every row
        reported in ``[start, end]`` (:func:`.by_company.read`); None while an unfinished ingest has left
        partitions to recompute (the caller then works from the rows it lists)."""
        with self._read() as cur:
            if aggregates.pending(cur, None):
                return None
            return by_company.read(cur, start, end, types)

    def reconciled(
        self,
        names: list[str],
        keys: list[str] | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        types: list[str] | None = None,
        limit: int | None = None,
        light_over: int | None = None,
    ) -> dict[str, tuple[pd.DataFrame, int]]:
        """``name -> (rows, total)`` of reconciled tables (:func:`.aggregates.read_table`), read in one snapshot;
        partitions an unfinished ingest left dirty are reconciled here from their records."""
        with self._read() as cur:
            counted = aggregates.counts(cur, names, keys, start, end, types)  # one query for every table's count
            out = {n: aggregates.read_table(cur, n, keys, start, end, types, limit, light_over, counted[n])
                   for n in names}  # fmt: skip
            parts = aggregates.pending(cur, keys)
            if parts:
                fresh = aggregates.compute(cur, parts)
                out = {n: (aggregates.overlay(df, n, parts, fresh.get(n, df.iloc[0:0])), t)
                       for n, (df, t) in out.items()}  # fmt: skip
        return out

    def records_up_to(self, table: str, keys: list[str], end: dt.date) -> dict[str, pd.DataFrame]:
        """The records of ``table`` about company ``keys`` from articles published up to ``end`` (or undated),
        with those articles (for an "as of" figure such as the latest target per firm at a window's end)."""
        if table not in RECORD_TABLES:
            raise ValueError(f"unknown table {table!r}")
        cols = ", ".join("r." + c for c in columns(table))
        with self._read():
            df = self._df(
                f"SELECT {cols} FROM {table} r JOIN articles a USING (article_id) WHERE r.company_key IN "
                "(SELECT unnest(?)) AND (a.published IS NULL OR CAST(a.published AS DATE) <= ?) ORDER BY r.rowid",
                [keys, end],
            )
            ids = sorted(set(df["article_id"]))
            arts = self._df(
                f"SELECT {', '.join(_ARTICLE_COLS)} FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
            )
        return {"articles": _typed("articles", arts), table: _typed(table, df)}

    def view_records(
        self,
        company: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        types: list[str] | None = None,
        limit: int | None = None,
        keys: list[str] | None = None,
        tables: Sequence[str] = RECORD_TABLES,
        article_ids: Sequence[str] | None = None,
    ) -> tuple[dict[str, pd.DataFrame], int]:
        """``(frames, n_articles)``: the articles about ``company`` (None: all) published in ``[start, end]``
        (undated ones always; of ``article_ids`` only, when given) and the records of ``tables`` about it
        (``keys``) in them, at most ``limit`` articles (the latest) but ``n_articles`` counting all."""
        ids, cond, params = _window(company, start, end, limit, article_ids)
        cols = ", ".join(_ARTICLE_COLS)
        with self._read():
            total = int(self._scalar(f"SELECT count(*) FROM articles WHERE {cond}", params) or 0)
            sql = f"SELECT * FROM (SELECT {cols} FROM articles WHERE {cond}{_latest(limit)}) ORDER BY 1"
            out = {"articles": _typed("articles", self._df(sql, params))}
            if limit is not None or article_ids is not None:  # the articles just read: their ids, not the query again
                ids, params = "", [list(out["articles"]["article_id"])]
                listed = "SELECT unnest(?)"
            else:
                listed = "SELECT article_id FROM ids"
            for table in tables:
                rcols = ", ".join("r." + c for c in columns(table))
                about, p = ("TRUE", []) if keys is None else ("r.company_key IN (SELECT unnest(?))", [keys])
                if table == "events" and types:
                    about, p = f"{about} AND r.type IN (SELECT unnest(?))", [*p, list(types)]
                df = self._df(
                    f"{ids}SELECT {rcols} FROM {table} r WHERE r.article_id IN ({listed}) AND {about} ORDER BY r.rowid",
                    [*params, *p],
                )
                out[table] = _typed(table, df)
        return out, total

    def chart_records(
        self,
        company: str,
        keys: list[str],
        start: dt.date | None = None,
        end: dt.date | None = None,
        types: list[str] | None = None,
        max_points: int = 1500,
    ) -> tuple[dict[str, pd.DataFrame | None], dict]:
        """The price and event records about ``company`` (``keys``) of its articles published in ``[start, end]``,
        for its charts: every record when a table has at most ``max_points`` of them; else the prices aggregated
        per period (:func:`.points.price_points`) and the events left out (``None``: the caller draws the
        reconciled events; ``valuations``: the largest valuation per article and event type).
        ``about``: ``{"prices": the aggregation or {}, "n_prices", "n_events"}``."""
        _, cond, params = _window(company, start, end, None, None)
        with self._read() as cur:
            n_prices, counts = points.price_counts(cur, cond, params, keys)
            ev_types = " AND r.type IN (SELECT unnest(?))" if types else ""
            n_events = int(cur.execute(
                f"SELECT count(*) FROM events r JOIN (SELECT article_id FROM articles WHERE {cond}) a USING "
                f"(article_id) WHERE r.company_key IN (SELECT unnest(?)){ev_types}",
                [*params, keys, *([list(types)] if types else [])]).fetchall()[0][0])  # fmt: skip
            raw = [t for t, n in (("prices", n_prices), ("events", n_events)) if n <= max_points]
            agg: tuple[pd.DataFrame, dict] | None = None
            if n_prices > max_points:
                agg = points.price_points(cur, cond, params, keys, max_points, counts)
            valuations = None if n_events <= max_points else cur.execute(
                "SELECT article_id, CAST(type AS VARCHAR) AS type, max(valuation_usd) AS valuation_usd FROM events r "
                f"JOIN (SELECT article_id FROM articles WHERE {cond}) a USING (article_id) WHERE r.company_key IN "
                "(SELECT unnest(?)) AND valuation_usd IS NOT NULL GROUP BY 1, 2", [*params, keys]).df()  # fmt: skip
        frames: dict[str, pd.DataFrame | None] = {"prices": None, "events": None, "valuations": valuations}
        if raw:
            got, _ = self.view_records(company, start, end, types, keys=keys, tables=raw)
            frames |= {t: annotate(got[t], got["articles"]) for t in raw}
        if agg is not None:
            frames["prices"] = agg[0]
        return frames, {"prices": agg[1] if agg else {}, "n_prices": n_prices, "n_events": n_events}


def _window(company, start, end, limit, article_ids) -> tuple[str, str, list]:
    """``(ids CTE, condition, parameters)`` selecting the articles about ``company`` published in ``[start, end]``
    (undated ones always; ``article_ids`` only, when given), the ``limit`` latest."""
    where, params = ["TRUE"], []
    if company:
        where.append("lower(company) = lower(?)")
        params.append(company)
    dates, date_params = aggregates.published_window(start, end)
    where += dates
    params += date_params
    if article_ids is not None:
        where.append("article_id IN (SELECT unnest(?))")
        params.append(list(article_ids))
    cond = " AND ".join(where)
    return f"WITH ids AS (SELECT article_id FROM articles WHERE {cond}{_latest(limit)}) ", cond, params


def _latest(limit: int | None) -> str:
    """SQL keeping the ``limit`` latest articles (undated ones after the dated, then by id)."""
    return f" ORDER BY published DESC NULLS LAST, article_id LIMIT {int(limit)}" if limit is not None else ""


_ARTICLE_COLS = columns("articles")
_META_COLS = ["article_id", "title", "source", "published", "company", "ticker"]


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _typed(table: str, df: pd.DataFrame) -> pd.DataFrame:
    from ..records import _typed as typed

    for col in ("title", "source", "url", "company", "ticker", "isin", "format", "utc_offset"):
        if col in df and (df[col].dtype != object or df[col].hasnans):
            df[col] = df[col].astype(object).where(df[col].notna(), None)  # missing text is None in every view
    return typed(table, df)


def open_store(path: str | None = None) -> Store:
    """``None``: ``$NEWSDASH_DATA_DIR/newsdash.duckdb``; ``":memory:"``: a fresh in-memory store."""
    return Store(str(settings().store_path) if path is None else path)
