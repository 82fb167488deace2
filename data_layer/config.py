"""Settings read from the environment (read on each call, so tests can monkeypatch ``os.environ``).

- ``NEWSDASH_DATA_DIR``: folder of the DuckDB store (default ``./data/store``)
- ``NEWSDASH_MAX_FILE_MB``: largest input file accepted (default 20)
- ``NEWSDASH_STORE``: the store file itself (overrides the data dir; ``:memory:`` for a throwaway store)
- ``NEWSDASH_SAMPLE``: ``0`` starts the dashboard on an empty store instead of the bundled sample corpus
- ``NEWSDASH_SOURCE``: ``parquet:<folder or s3://… URL>`` makes the dashboard read a partitioned Parquet dataset
  (``extract --format dataset``) read-only instead of the DuckDB store; unset or anything else: the store
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path("data") / "store"
DEFAULT_MAX_FILE_MB = 20.0
STORE_FILE = "newsdash.duckdb"
REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = REPO_ROOT / "data" / "articles"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    max_file_mb: float
    store_override: str | None = None
    load_sample: bool = True
    source: str | None = None

    @property
    def parquet_root(self) -> str | None:
        """The dataset folder or URL of ``NEWSDASH_SOURCE=parquet:<root>``, else None (the DuckDB store)."""
        return parquet_root(self.source)

    @property
    def store_path(self) -> Path:
        return self.data_dir / STORE_FILE

    @property
    def store_location(self) -> str:
        """Where the store lives: ``NEWSDASH_STORE`` when set, else the file under the data dir."""
        return self.store_override or str(self.store_path)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def _float(value: str | None, default: float) -> float:
    """A positive number from the environment, else ``default``.

    >>> _float("5", 20.0), _float("junk", 20.0), _float("-1", 20.0), _float(None, 20.0)
    (5.0, 20.0, 20.0, 20.0)
    """
    try:
        x = float(value) if value is not None else default
    except ValueError:
        return default
    return x if x > 0 else default


def parquet_root(source: str | None) -> str | None:
    """The root of a ``parquet:<root>`` source setting.

    >>> parquet_root("parquet:/data/ds"), parquet_root("parquet:s3://b/ds")
    ('/data/ds', 's3://b/ds')
    >>> parquet_root("duckdb"), parquet_root("parquet:"), parquet_root(None)
    (None, None, None)
    """
    kind, _, root = (source or "").strip().partition(":")
    return (root.strip() or None) if kind.strip().lower() == "parquet" else None


def settings() -> Settings:
    data_dir = os.environ.get("NEWSDASH_DATA_DIR") or str(DEFAULT_DATA_DIR)
    return Settings(
        data_dir=Path(data_dir).expanduser(),
        max_file_mb=_float(os.environ.get("NEWSDASH_MAX_FILE_MB"), DEFAULT_MAX_FILE_MB),
        store_override=os.environ.get("NEWSDASH_STORE") or None,
        load_sample=os.environ.get("NEWSDASH_SAMPLE", "1").strip().lower() not in {"0", "false", "no", "off"},
        source=os.environ.get("NEWSDASH_SOURCE") or None,
    )
