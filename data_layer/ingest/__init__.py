"""Ingestion: files, folders or uploaded bytes in; cleaned :class:`Article` objects out.

Public API:
- ``load_articles(paths)``: a folder, a file, or a list of them -> list[Article]
- ``iter_articles(paths)``: the same, streaming, yielding ``ReadResult`` per input (article(s) or error,
  plus ``warnings`` for skipped parts such as malformed JSONL lines)
- ``read_bytes(name, data)``: uploaded bytes -> list[Article] (raises ``IngestError`` with a human message)
- ``read_result(name, data)``: the same, never raising: a ``ReadResult``

Size limit: 20 MB per file unless ``max_mb=`` or ``$NEWSDASH_MAX_FILE_MB`` says otherwise.
"""

from __future__ import annotations

from ._decode import DEFAULT_MAX_MB, ENV_MAX_MB
from .readers import (
    SUPPORTED_SUFFIXES,
    IngestError,
    ReadResult,
    iter_articles,
    list_files,
    list_names,
    load_articles,
    read_bytes,
    read_result,
)

__all__ = [
    "DEFAULT_MAX_MB",
    "ENV_MAX_MB",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "ReadResult",
    "iter_articles",
    "list_files",
    "list_names",
    "load_articles",
    "read_bytes",
    "read_result",
]
