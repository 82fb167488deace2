"""Ingestion: files, folders or uploaded bytes in; cleaned :class:`Article` objects out.

Public API:
- ``load_articles(paths)``: a folder, a file, or a list of them -> list[Article]
- ``iter_articles(paths)``: the same, streaming, yielding ``ReadResult`` per input (article(s) or error)
- ``read_bytes(name, data)``: uploaded bytes -> list[Article] (raises ``IngestError`` with a human message)
"""

from __future__ import annotations

from .readers import SUPPORTED_SUFFIXES, IngestError, ReadResult, iter_articles, load_articles, read_bytes

__all__ = ["SUPPORTED_SUFFIXES", "IngestError", "ReadResult", "iter_articles", "load_articles", "read_bytes"]
