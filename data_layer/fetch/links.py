"""Links and feeds into the store: ``add_links`` (pages or feeds, told apart by what the server sends),
``ingest_feed`` (only entries not handled before), ``poll_feeds`` and ``read_feed_list`` (for ``watch``), and
``fetch_csv`` (a market-price CSV by link). Every result is an :class:`IngestResult` (added / duplicate /
refused with the reason), like an upload's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html as html_lib
import io
from dataclasses import dataclass
from pathlib import Path

from ..ingest._html import parse_html
from ..ingest._text import clean_line
from ..store import IngestResult, Store
from ..store import web as store_web
from ._config import FetchSettings, fetch_settings
from ._errors import FetchError
from ._guard import split_url
from ._http import CSV_TYPES, FEED_TYPES, HTML_TYPES, Fetched, fetch
from ._page import canonical_url, make_article, page_article, page_identity

MAX_ENTRIES = 50  # entries read per feed per refresh (bounded cost per input)
MAX_LINKS = 20  # links per request from the app
FULL_TEXT_CHARS = 280  # a feed entry carrying at least this much text (two sentences or more) is read from the feed


@dataclass
class FeedRun:
    url: str
    title: str = ""
    entries: int = 0
    new: int = 0
    added: int = 0
    duplicate: int = 0
    rejected: int = 0
    error: str = ""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reject(store: Store, name: str, e: Exception) -> IngestResult:
    return store_web.reject(store, name, str(e))


def add_link(store: Store, url: str, conf: FetchSettings | None = None) -> list[IngestResult]:
    """One link: a page becomes an article; a feed is registered and its new entries ingested."""
    conf = conf or fetch_settings()
    url = url.strip()
    try:
        f = fetch(url, HTML_TYPES + FEED_TYPES, conf, what="web page or feed")
        if f.content_type in FEED_TYPES:
            return ingest_feed(store, url, conf, fetched=f)[0]
        article = page_article(f, conf.max_mb)
    except FetchError as e:
        return [_reject(store, url, e)]
    return store_web.ingest_articles(store, url, len(f.data), _sha(f.data), [article])


def add_links(store: Store, urls: list[str], conf: FetchSettings | None = None) -> list[IngestResult]:
    """Several links (blank lines and duplicates dropped; at most :data:`MAX_LINKS`)."""
    conf = conf or fetch_settings()
    todo = list(dict.fromkeys(u.strip() for u in urls if u.strip()))
    out: list[IngestResult] = []
    for u in todo[:MAX_LINKS]:
        out += add_link(store, u, conf)
    out += [IngestResult(u, "rejected", f"more than {MAX_LINKS} links at once: add it again") for u in todo[MAX_LINKS:]]
    return out


def parse_feed(data: bytes):
    """A feedparser result from bytes we fetched (given as a stream, so feedparser never fetches anything)."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries and not parsed.feed.get("title"):
        raise FetchError("not an RSS or Atom feed (no entries could be read)")
    return parsed


def ingest_feed(
    store: Store, url: str, conf: FetchSettings | None = None, fetched: Fetched | None = None
) -> tuple[list[IngestResult], FeedRun]:
    """Fetch a feed and ingest the entries not handled before (by entry id or link, then by canonical URL and
    text hash); the feed is remembered with its last refresh."""
    conf = conf or fetch_settings()
    run = FeedRun(url)
    try:
        f = fetched or fetch(url, FEED_TYPES, conf, what="feed")
        parsed = parse_feed(f.data)
    except FetchError as e:
        run.error, run.rejected = str(e), 1
        if store_web.feeds(store)["url"].eq(url).any():
            store_web.feed_refreshed(store, url, f"failed: {e}", 0)
        return [_reject(store, url, e)], run
    run.title = clean_line(parsed.feed.get("title") or "")
    store_web.add_feed(store, url, run.title or None)
    seen = store_web.seen_entries(store, url)
    results: list[IngestResult] = []
    handled: list[tuple[str, str, str | None, str]] = []
    entries = parsed.entries[:MAX_ENTRIES]
    run.entries = len(entries)
    for entry in entries:
        link = (entry.get("link") or "").strip()
        key = (entry.get("id") or link or entry.get("title") or "").strip()
        if not key or key in seen:
            continue
        run.new += 1
        got = _entry(store, entry, link, run.title, f.final_url, conf)
        results += got
        status = got[0].status if got else "rejected"
        handled.append((key, link, got[0].article_id if got else None, status))
    for r in results:
        setattr(run, r.status, getattr(run, r.status) + 1)
    store_web.record_entries(store, url, handled)
    store_web.feed_refreshed(store, url, f"{run.added} added, {run.duplicate} duplicate, {run.rejected} refused",
                             run.added)  # fmt: skip
    return results, run


def _entry(store: Store, entry, link: str, feed_title: str, feed_url: str, conf: FetchSettings) -> list[IngestResult]:
    name = link or f"{feed_url}#{entry.get('id') or entry.get('title')}"
    content = "".join(c.get("value", "") for c in entry.get("content") or [])
    try:
        if link:
            split_url(link)  # only http(s) links are followed
        if link and store_web.url_article(store, canonical_url(link)):
            aid = store_web.url_article(store, canonical_url(link))
            return [IngestResult(name, "duplicate", "this link is already stored", aid)]
        if len(parse_html(content).body()) >= FULL_TEXT_CHARS or (content and not link):
            article = _feed_article(entry, content, link or feed_url, feed_title, feed_url)
            size = len(content.encode("utf-8"))
            return store_web.ingest_articles(store, name, size, _sha(content.encode("utf-8")), [article])
        if not link:
            raise FetchError("feed entry has neither a link nor text")
        f = fetch(link, HTML_TYPES, conf)
        article = page_article(f, conf.max_mb)
        if not article.source and feed_title:
            article = article.model_copy(update={"source": feed_title})
        return store_web.ingest_articles(store, name, len(f.data), _sha(f.data), [article])
    except FetchError as e:
        return [_reject(store, name, e)]


def _feed_article(entry, content: str, link: str, feed_title: str, feed_url: str):
    p = parse_html(f"<html><body><article>{content}</article></body></html>")
    p.title = clean_line(html_lib.unescape(entry.get("title") or "")) or p.title
    p.paragraphs = [x for x in p.paragraphs if x != p.title]
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    if when:
        p.published = dt.datetime.fromtimestamp(calendar.timegm(when), tz=dt.UTC)
    p.source = p.source or feed_title or None
    p.author = p.author or (entry.get("author") or None)
    return make_article(p, page_identity(None, link), content, "html", source_url=link)


def poll_feeds(store: Store, urls: list[str], conf: FetchSettings | None = None) -> list[FeedRun]:
    """Refresh each feed once (new entries only)."""
    conf = conf or fetch_settings()
    return [ingest_feed(store, u, conf)[1] for u in dict.fromkeys(urls)]


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs from a small text file: one per line, ``#`` starts a comment, blank lines ignored.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "feeds.txt")
    >>> _ = open(p, "w").write("# markets\\nhttps://a.example/rss  # wire\\n\\nhttps://b.example/atom\\n")
    >>> read_feed_list(p)
    ['https://a.example/rss', 'https://b.example/atom']
    """
    p = Path(path)
    if not p.is_file():
        return []
    out = []
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("http") else line.split(" #", 1)[0]
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return list(dict.fromkeys(out))


def fetch_csv(url: str, conf: FetchSettings | None = None) -> bytes:
    """The bytes of a CSV file by link (e.g. daily closes ``date,open,high,low,close,volume``)."""
    f = fetch(url, CSV_TYPES, conf or fetch_settings(), what="CSV file")
    head = f.data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html")) or b"\x00" in head:
        raise FetchError("not a CSV file: the link answered with a web page or binary data")
    return f.data
