"""One DuckDB connection per database file per process; a cursor per thread; one write lock per file."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import duckdb


@dataclass
class Shared:
    con: duckdb.DuckDBPyConnection
    lock: threading.RLock = field(default_factory=threading.RLock)
    users: int = 0


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


def connect(path: str) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with :data:`SAFE_CONFIG`, its configuration locked."""
    con = duckdb.connect(path, config=SAFE_CONFIG)
    con.execute("SET lock_configuration = true")
    return con


def _connect(path: str) -> duckdb.DuckDBPyConnection:
    try:
        return connect(path)
    except duckdb.Error as e:
        msg = str(e).lower()
        if "could not set lock" in msg or "conflicting lock" in msg:  # not "... in block at ..." (a damaged file)
            raise StoreError(f"the store {path} is in use by another program; close it and try again") from e
        raise StoreError(
            f"the store {path} cannot be opened: it is damaged or not a newsdash store ({e}). Restore it from a "
            "backup, or move it aside and rebuild it with `python -m data_layer ingest <article folders>`"
        ) from e


_REGISTRY: dict[str, Shared] = {}
_REGISTRY_LOCK = threading.Lock()


def acquire(path: str) -> tuple[str, Shared]:
    """The shared connection for ``path`` (``":memory:"`` always gets a fresh database)."""
    with _REGISTRY_LOCK:
        if path == ":memory:":
            return path, Shared(connect(":memory:"), users=1)
        key = str(Path(path).resolve())
        shared = _REGISTRY.get(key)
        if shared is None:
            Path(key).parent.mkdir(parents=True, exist_ok=True)
            shared = _REGISTRY[key] = Shared(_connect(key))
        shared.users += 1
        return key, shared


def release(key: str, shared: Shared) -> None:
    with _REGISTRY_LOCK:
        shared.users -= 1
        if shared.users <= 0:
            shared.con.close()
            if _REGISTRY.get(key) is shared:
                del _REGISTRY[key]
