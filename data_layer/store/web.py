"""The store's side of links and feeds: articles read from fetched pages, the feed list, and the feed entries
already handled. Kept apart from :mod:`.core` (it uses the same batch/accept path as files and uploads).

Pages are added, never replaced: a page whose canonical URL is stored with other text is kept as a second version
(its id gets the text's hash), so a stranger's link cannot overwrite an article.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..extract import extract_article
from ..models import Article
from .core import IngestResult, Store, _Batch, _now, _Prepared


def ingest_articles(store: Store, name: str, size: int, digest: str, articles: list[Article]) -> list[IngestResult]:
    """Store articles read from a link (``name``: the link) and log them; duplicates by text are not stored again."""
    known = store._known()
    _files, contents, ids = known
    items = []
    for a in articles:
        if a.content_hash not in contents and a.id in ids:  # same URL, other text: a second version, never a replace
            a = a.model_copy(update={"id": f"{a.id}-{a.content_hash[:8]}"})
        items.append((a, extract_article(a)))
    batch = _Batch()
    results = store._accept(_Prepared(name, size, digest, items=items), known, batch)
    store._flush(batch)
    return results


def reject(store: Store, name: str, reason: str, size: int = 0, digest: str = "") -> IngestResult:
    """Log and quarantine a link that could not be fetched or read."""
    batch = _Batch()
    result = store._reject(batch, name, size, digest, reason)
    store._flush(batch)
    return result


def url_article(store: Store, url: str) -> str | None:
    """The id of an article stored under this canonical URL, if any."""
    return store._scalar("SELECT min(article_id) FROM articles WHERE url = ?", [url])


def add_feed(store: Store, url: str, title: str | None = None) -> None:
    with store._write_op() as cur:
        cur.execute(
            "INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
            "title = coalesce(excluded.title, feeds.title)",
            [url, title, _now()],
        )


def feeds(store: Store) -> pd.DataFrame:
    """The feeds, newest refresh first: url, title, added_at, last_refresh, last_status, n_added."""
    return store._df("SELECT * FROM feeds ORDER BY last_refresh DESC NULLS LAST, url")


def seen_entries(store: Store, feed_url: str) -> set[str]:
    rows = store._rows("SELECT entry_key FROM feed_entries WHERE feed_url = ?", [feed_url])
    return {r[0] for r in rows}


def record_entries(store: Store, feed_url: str, rows: list[tuple[str, str, str | None, str]]) -> None:
    """``(entry_key, url, article_id, status)`` of entries handled; a refused entry is tried again next time."""
    keep = [r for r in rows if r[3] != "rejected"]
    if not keep:
        return
    now = _now()
    with store._write_op() as cur:
        cur.executemany(
            "INSERT OR REPLACE INTO feed_entries VALUES (?, ?, ?, ?, ?, ?)", [(feed_url, *r, now) for r in keep]
        )


def feed_refreshed(store: Store, feed_url: str, status: str, n_added: int, when: dt.datetime | None = None) -> None:
    with store._write_op() as cur:
        cur.execute(
            "UPDATE feeds SET last_refresh = ?, last_status = ?, n_added = coalesce(n_added, 0) + ? WHERE url = ?",
            [when or _now(), status, n_added, feed_url],
        )
