"""Short-lived DuckDB connections, so the store file stays available to other processes.

DuckDB lets one process open a file read-write, or many processes open it read-only, never both at once. A
file store is therefore opened only while an operation runs (plus a short linger, so the handful of reads of
one page share one open): reads open it read-only, writes open it read-write for one short transaction. An
open that finds the file locked by another process (a command-line ``ingest``, a second app process) is
retried with a bounded backoff for up to ``NEWSDASH_BUSY_TIMEOUT`` seconds (default 30).

Inside a process, one connection per file is shared by every thread (a cursor per operation); a write waits
for the reads in flight to finish when the open connection is read-only. ``":memory:"`` stores keep their one
connection until closed.
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

LINGER_S = 0.3  # an idle connection is closed this long after its last operation (releases the file lock)
BACKOFF_S = (0.02, 0.5)  # first and largest wait between attempts to open a busy file
DEFAULT_BUSY_TIMEOUT_S = 30.0


class StoreError(RuntimeError):
    """The store file cannot be opened (damaged, not a DuckDB file, or locked by another program)."""


# No file, URL or extension access from SQL: a crafted store file's view over read_text('/etc/passwd') or an
# http:// URL fails instead of reading a server file or installing httpfs. The store itself only registers
# DataFrames, which needs none of it. Locked so no statement can switch it back on.
SAFE_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


def connect(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with :data:`SAFE_CONFIG`, its configuration locked."""
    con = duckdb.connect(path, read_only=read_only, config=SAFE_CONFIG)
    con.execute("SET lock_configuration = true")
    return con


class StoreBusy(StoreError):
    """Another program kept the store file locked for longer than the busy timeout."""


def busy_timeout() -> float:
    """Seconds an operation waits for a store file another process holds (``NEWSDASH_BUSY_TIMEOUT``)."""
    try:
        value = float(os.environ.get("NEWSDASH_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT_S))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_S
    return value if value >= 0 else DEFAULT_BUSY_TIMEOUT_S


def _is_lock_error(e: BaseException) -> bool:
    text = str(e).lower()
    return "could not set lock" in text or "conflicting lock" in text  # not "... in block at ..." (a damaged file)


def _connect(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection; a lock held by another process is re-raised as is (the caller retries)."""
    try:
        return connect(path, read_only=read_only)
    except duckdb.Error as e:
        if _is_lock_error(e):
            raise
        raise StoreError(
            f"the store {path} cannot be opened: it is damaged or not a newsdash store ({e}). Restore it from a "
            "backup, or move it aside and rebuild it with `python -m data_layer ingest <article folders>`"
        ) from e


@dataclass
class Shared:
    """This process's handle on one store file: the connection while open, and who is using it."""

    path: str
    con: duckdb.DuckDBPyConnection | None = None
    writable: bool = False
    persistent: bool = False  # ":memory:": one connection for the store's life
    lock: threading.RLock = field(default_factory=threading.RLock)  # serialises this process's writes
    cond: threading.Condition = field(default_factory=threading.Condition)
    active: int = 0  # operations in flight
    users: int = 0  # Store objects holding this handle
    epoch: int = 0  # bumped on every open and close (a linger timer only closes the connection it saw)
    opens: int = 0  # connections opened so far (tests and benchmarks read it)


_REGISTRY: dict[str, Shared] = {}
_REGISTRY_LOCK = threading.Lock()


def acquire(path: str) -> tuple[str, Shared]:
    """The handle for ``path`` (``":memory:"`` always gets a fresh database). Opens nothing yet."""
    with _REGISTRY_LOCK:
        if path == ":memory:":
            shared = Shared(path, connect(":memory:"), writable=True, persistent=True, users=1)
            return path, shared
        key = str(Path(path).resolve())
        shared = _REGISTRY.get(key)
        if shared is None:
            Path(key).parent.mkdir(parents=True, exist_ok=True)
            shared = _REGISTRY[key] = Shared(key)
        shared.users += 1
        return key, shared


def release(key: str, shared: Shared) -> None:
    """One Store is done with the handle; the last one closes the connection."""
    with _REGISTRY_LOCK:
        shared.users -= 1
        if shared.users > 0:
            return
        if _REGISTRY.get(key) is shared:
            del _REGISTRY[key]
    with shared.cond:
        if shared.active == 0:
            _close(shared)


def _close(shared: Shared) -> None:
    """Close the connection (``shared.cond`` held)."""
    if shared.con is not None:
        with contextlib.suppress(duckdb.Error):
            shared.con.close()
        shared.con = None
        shared.epoch += 1
        shared.cond.notify_all()


def _linger_close(shared: Shared, epoch: int) -> None:
    with shared.cond:
        if shared.active == 0 and shared.epoch == epoch and not shared.persistent:
            _close(shared)


def _open(shared: Shared, write: bool, deadline: float) -> None:
    """Open the file (``shared.cond`` held, no connection open), retrying while another process holds it."""
    wait = BACKOFF_S[0]
    read_only = not write and os.path.exists(shared.path)  # a new file is created read-write
    while True:
        try:
            shared.con = _connect(shared.path, read_only=read_only)
        except duckdb.Error as e:
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreBusy(
                    f"the store {shared.path} is busy: another program (an ingest, another dashboard process) "
                    "has been writing to it for too long; try again in a moment"
                ) from e
            shared.cond.wait(min(left, wait * random.uniform(0.5, 1.0)))  # lets other threads in while waiting
            wait = min(wait * 2, BACKOFF_S[1])
            if shared.con is not None:  # another thread opened it meanwhile
                return
            continue
        shared.writable = not read_only
        shared.epoch += 1
        shared.opens += 1
        return


@contextlib.contextmanager
def use(shared: Shared, write: bool = False, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the store for one operation; ``write``: on a read-write connection.

    The connection is opened when needed and closed :data:`LINGER_S` seconds after the last operation ends.
    A write that finds a read-only connection open waits for the reads in flight, then reopens read-write.
    """
    deadline = time.monotonic() + (busy_timeout() if timeout is None else timeout)
    with shared.cond:
        while True:
            if shared.con is not None and (shared.writable or not write):
                break
            if shared.con is not None:  # read-only, and this is a write: wait for the reads, then reopen
                if shared.active:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise StoreBusy(f"the store {shared.path} is busy reading; try again in a moment")
                    shared.cond.wait(left)
                    continue
                _close(shared)
            _open(shared, write, deadline)
            if shared.con is not None and (shared.writable or not write):
                break
        shared.active += 1
        cur = shared.con.cursor()
    try:
        yield cur
    finally:
        with contextlib.suppress(duckdb.Error):
            cur.close()
        with shared.cond:
            shared.active -= 1
            shared.cond.notify_all()
            if shared.active == 0 and not shared.persistent:
                if shared.users <= 0:
                    _close(shared)
                else:
                    timer = threading.Timer(LINGER_S, _linger_close, (shared, shared.epoch))
                    timer.daemon = True
                    timer.start()


def close_idle(shared: Shared) -> None:
    """Close the connection now if no operation uses it (releases the file lock without waiting for the linger)."""
    with shared.cond:
        if shared.active == 0 and not shared.persistent:
            _close(shared)
