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


_REGISTRY: dict[str, Shared] = {}
_REGISTRY_LOCK = threading.Lock()


def acquire(path: str) -> tuple[str, Shared]:
    """The shared connection for ``path`` (``":memory:"`` always gets a fresh database)."""
    with _REGISTRY_LOCK:
        if path == ":memory:":
            return path, Shared(duckdb.connect(":memory:"), users=1)
        key = str(Path(path).resolve())
        shared = _REGISTRY.get(key)
        if shared is None:
            Path(key).parent.mkdir(parents=True, exist_ok=True)
            shared = _REGISTRY[key] = Shared(duckdb.connect(key))
        shared.users += 1
        return key, shared


def release(key: str, shared: Shared) -> None:
    with _REGISTRY_LOCK:
        shared.users -= 1
        if shared.users <= 0:
            shared.con.close()
            if _REGISTRY.get(key) is shared:
                del _REGISTRY[key]
