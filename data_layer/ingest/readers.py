"""Readers (minimal placeholder: plain text only; replaced by the full ingestion)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")


class IngestError(ValueError):
    """An input that cannot be read, with a message meant for a person."""


@dataclass
class ReadResult:
    name: str
    articles: list[Article] = field(default_factory=list)
    error: str | None = None


_DATE_LINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}) - (\d{2}):(\d{2}):(\d{2})")


def read_bytes(name: str, data: bytes) -> list[Article]:
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n", 1)
    title, rest = lines[0].strip(), (lines[1] if len(lines) > 1 else "")
    published = None
    m = _DATE_LINE.match(rest)
    if m:
        d, mo, y, h, mi, s = map(int, m.groups())
        published = dt.datetime(y, mo, d, h, mi, s)
        rest = rest[m.end() :]
    body = title + "\n" + rest
    return [
        Article(
            id=Path(name).stem,
            title=title,
            body=body,
            raw=text,
            published=published,
            content_hash=hashlib.sha256(data).hexdigest(),
            path=name,
        )
    ]


def _files(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    return out


def iter_articles(paths) -> Iterator[ReadResult]:
    for f in _files(paths):
        try:
            yield ReadResult(str(f), read_bytes(str(f), f.read_bytes()))
        except (OSError, IngestError) as e:
            yield ReadResult(str(f), error=str(e))


def load_articles(paths) -> list[Article]:
    return [a for r in iter_articles(paths) for a in r.articles]
