"""Persistent DuckDB store (see :mod:`.core`) with numbered migrations (:mod:`.migrations`)."""

from __future__ import annotations

from .connection import StoreError
from .core import IngestResult, Store, list_files, open_store
from .migrations import LATEST, MIGRATIONS, migrate

__all__ = ["LATEST", "MIGRATIONS", "IngestResult", "Store", "StoreError", "list_files", "migrate", "open_store"]
