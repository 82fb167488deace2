"""A read-only stand-in for :class:`~data_layer.store.Store` over a partitioned Parquet dataset (:mod:`.dataset`).

The dashboard reads one when ``NEWSDASH_SOURCE=parquet:<folder or URL>`` (see :mod:`.config`): extraction ran
elsewhere (``python -m data_layer extract ... --engine dask --format dataset``) and the pages only read. Uploads
and ingests are refused with an ``IngestResult`` of status ``rejected``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd

from . import dataset
from .models import Article, Company
from .records import TABLES, fixed_offset
from .store import IngestResult, StoreError

READ_ONLY = "read-only Parquet source: uploads and ingests are disabled (the dataset is built by `extract`)"
REMOTE_VERSION_TTL = 30.0  # seconds a remote listing is trusted before ``version()`` lists the files again
_LOG_COLUMNS = {
    "ingest_log": ["name", "size", "hash", "status", "reason", "article_id", "logged_at"],
    "quarantine": ["name", "size", "hash", "reason", "logged_at"],
}


class ParquetSource:
    """What the pages need from a store, read from ``root`` (a local folder or an object-store URL)."""

    read_only = True

    def __init__(self, root: str | Path) -> None:
        self.root = str(root).rstrip("/") if dataset.is_remote(root) else str(Path(root).expanduser())
        self.path = f"parquet:{self.root}"
        if not dataset.is_remote(self.root) and not Path(self.root, "articles").is_dir():
            raise StoreError(f"no Parquet dataset at {self.root} (expected an articles/ folder; see extract --help)")
        try:
            self._con = dataset.connect(self.root)
        except duckdb.Error as e:  # httpfs cannot be installed or the credentials are refused
            raise StoreError(f"cannot read the Parquet dataset at {self.root}: {e}") from e
        self._lock = threading.Lock()
        self._remote_version: tuple[float, str] | None = None
        self._company_counts: tuple[str, pd.Series] | None = None
        self._closed = False

    # -- plumbing
    def _cur(self) -> duckdb.DuckDBPyConnection:
        if self._closed:
            raise RuntimeError("source is closed")
        with self._lock:
            return self._con.cursor()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._con.close()

    def __enter__(self) -> ParquetSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def version(self) -> str:
        """Changes whenever a part file is added, removed or rewritten (names, sizes and modification times)."""
        if dataset.is_remote(self.root):
            now = time.monotonic()
            if self._remote_version is None or now - self._remote_version[0] > REMOTE_VERSION_TTL:
                files = self._cur().execute("SELECT file FROM glob(?) ORDER BY file", [f"{self.root}/**/*.parquet"])
                digest = hashlib.sha1("\n".join(r[0] for r in files.fetchall()).encode()).hexdigest()[:16]
                self._remote_version = (now, digest)
            return f"{self.path}:{self._remote_version[1]}"
        h = hashlib.sha1()
        for table in TABLES:
            for f in sorted(Path(self.root, table).glob("company_key=*/month=*/*.parquet")):
                st = f.stat()
                h.update(f"{f.relative_to(self.root)}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
        return f"{self.path}:{h.hexdigest()[:16]}"

    def schema_version(self) -> int:
        return 0

    # -- writes: refused
    def ensure_sample_corpus(self) -> None:
        """Nothing to load: the dataset is what it is."""

    def reextract_stale(self, progress=None) -> int:
        return 0

    def ingest_upload(self, name: str, data: bytes) -> list[IngestResult]:
        return [IngestResult(name, "rejected", READ_ONLY)]

    def ingest_paths(self, paths, progress=None) -> list[IngestResult]:
        paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
        return [IngestResult(str(p), "rejected", READ_ONLY) for p in paths]

    # -- reads
    def frames(self, company: str | None = None) -> dict[str, pd.DataFrame]:
        """The record frames (``records.py`` columns) of all articles, or of one company's articles."""
        return dataset.read_frames(self.root, company, con=self._cur())

    def _counts(self) -> pd.Series:
        """Articles per company (None included), read once per dataset version: the sidebar asks on every rerun."""
        version = self.version()
        if self._company_counts is None or self._company_counts[0] != version:
            arts = dataset.read_table(self._cur(), self.root, "articles")
            self._company_counts = (version, arts["company"].astype(object).value_counts(dropna=False))
        return self._company_counts[1]

    def n_articles(self) -> int:
        return int(self._counts().sum())

    def companies(self) -> list[str]:
        """Company names, most articles first."""
        counts = self._counts()
        counts = counts[[isinstance(c, str) for c in counts.index]]
        return sorted(counts.index, key=lambda c: (-counts[c], c))

    def article(self, article_id: str) -> Article | None:
        df = dataset.read_table(self._cur(), self.root, "articles", "article_id = ?", [article_id], body=True)
        if df.empty:
            return None
        return article_from_row(df.iloc[0].to_dict())

    def table(self, name: str) -> pd.DataFrame:
        """A dataset table (``articles`` with ``body``), or an empty ``ingest_log`` / ``quarantine``."""
        if name in _LOG_COLUMNS:
            return pd.DataFrame({c: pd.Series(dtype=object) for c in _LOG_COLUMNS[name]})
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}")
        return dataset.read_table(self._cur(), self.root, name, body=True)

    def stats(self) -> dict:
        out: dict = {"path": self.path, "read_only": True}
        frames = self.frames()
        for table in TABLES:
            out[table] = len(frames[table])
        out["companies"] = int(frames["articles"]["company"].nunique())
        return out


def _value(v):
    return None if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)) else v


def article_from_row(row: dict) -> Article:
    """An :class:`Article` from a dataset ``articles`` row (cleaned body and metadata; no raw text)."""
    row = {k: _value(v) for k, v in row.items()}
    published = row.get("published")
    if published is not None:
        published = pd.Timestamp(published).to_pydatetime().replace(tzinfo=fixed_offset(row.get("utc_offset")))
    company = row.get("company")
    companies = (Company(name=company, ticker=row.get("ticker"), isin=row.get("isin")),) if company else ()
    return Article(
        id=row["article_id"],
        title=row.get("title") or "",
        body=row.get("body") or "",
        published=published,
        source=row.get("source"),
        url=row.get("url"),
        companies=companies,
        format=row.get("format") or "txt",
        content_hash=row.get("content_hash") or "",
    )


def source_from_env() -> ParquetSource | None:
    """A :class:`ParquetSource` when ``NEWSDASH_SOURCE`` names one, else None."""
    from .config import settings

    root = settings().parquet_root
    return ParquetSource(root) if root else None


__all__ = ["READ_ONLY", "ParquetSource", "article_from_row", "source_from_env"]
