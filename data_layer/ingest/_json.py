"""JSON / JSON Lines -> one :class:`Parsed` per article object, with warnings for bad lines."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from ._errors import IngestError
from ._text import Parsed, parse_plain, parse_published

# field names, in order of preference
TITLE_KEYS = ("title", "headline", "name", "subject")
TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "story", "full_text", "html")
SUMMARY_KEYS = ("description", "summary", "abstract", "lead")
DATE_KEYS = (
    "published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "date_published",
    "publish_date", "published_date", "time", "timestamp", "created_at", "createdAt", "updated",
)  # fmt: skip
URL_KEYS = ("url", "link", "canonical_url", "canonical", "href")
SOURCE_KEYS = ("source", "outlet", "publisher", "site", "site_name", "source_name", "provider")
AUTHOR_KEYS = ("author", "byline", "authors", "creator")
ID_KEYS = ("id", "_id", "uuid", "guid", "article_id")
HINT_KEYS = ("tickers", "ticker", "symbols", "symbol", "companies", "company", "entities", "keywords", "tags", "isin")
LIST_KEYS = ("articles", "items", "data", "results", "entries", "posts", "stories", "documents", "news")

_HTML = re.compile(r"<(?:p|br|div|span|a|h[1-6]|li|ul|strong|em|article|section)\b[^>]*>", re.IGNORECASE)


def records(text: str, jsonl: bool) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """``([(position, object)], warnings)``: position is the line number (JSONL) or 1-based index."""
    warnings: list[str] = []
    whole: Any = None
    parsed_whole = False
    if not jsonl or text.lstrip().startswith("["):
        try:
            whole, parsed_whole = json.loads(text), True
        except (ValueError, RecursionError):
            parsed_whole = False
    if parsed_whole:
        items = _items(whole)
        if items is None:
            raise IngestError('JSON has no article objects (expected an object, a list, or {"articles": [...]})')
        out = []
        for k, item in enumerate(items, 1):
            if isinstance(item, dict):
                out.append((k if isinstance(whole, list) or len(items) > 1 else 0, item))
            else:
                warnings.append(f"item {k}: not an object, skipped")
        return out, warnings
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as e:
            msg = (
                e.msg
                if isinstance(e, json.JSONDecodeError)
                else "too deeply nested"
                if isinstance(e, RecursionError)
                else "a number too long to read"  # int() refuses over 4,300 digits
            )
            warnings.append(f"line {n}: not valid JSON ({msg}), skipped")
            continue
        if isinstance(obj, dict) and _items(obj) is not None and not _looks_like_article(obj):
            out += [(n, i) for i in _items(obj) or [] if isinstance(i, dict)]
        elif isinstance(obj, dict):
            out.append((n, obj))
        else:
            warnings.append(f"line {n}: not a JSON object, skipped")
    return out, warnings


def _items(whole: Any) -> list[Any] | None:
    if isinstance(whole, list):
        return whole
    if isinstance(whole, dict):
        for key in LIST_KEYS:
            if isinstance(whole.get(key), list):
                return whole[key]
        return [whole]
    return None


def _looks_like_article(obj: dict[str, Any]) -> bool:
    return any(isinstance(obj.get(k), str) for k in (*TEXT_KEYS, *TITLE_KEYS))


def _get(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


def _as_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        return _as_text(v.get("name") or v.get("title") or v.get("text"))
    if isinstance(v, list):
        parts = [t for t in map(_as_text, v) if t]
        return ", ".join(parts) or None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def _when(v: Any) -> dt.datetime | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        secs = v / 1000 if v > 1e11 else v  # epoch milliseconds
        if 0 < secs < 4e9:
            return dt.datetime.fromtimestamp(secs, tz=dt.UTC)
        return None
    text = _as_text(v)
    return parse_published(text) if text else None


def article_id(obj: dict[str, Any], stem: str, position: int) -> str:
    """The object's own id, else ``<stem>-<position>`` (just ``stem`` for a lone object).

    >>> article_id({"id": 7}, "feed", 3), article_id({}, "feed", 3), article_id({}, "one", 0)
    ('7', 'feed-3', 'one')
    """
    own = _get(obj, ID_KEYS)
    if isinstance(own, (str, int)) and not isinstance(own, bool) and str(own).strip():
        return str(own).strip()
    return f"{stem}-{position}" if position else stem


def parse_record(obj: dict[str, Any]) -> Parsed | None:
    """One article object -> Parsed, or None when it has no text at all."""
    title = _as_text(_get(obj, TITLE_KEYS))
    raw = _get(obj, TEXT_KEYS)
    text = _as_text(raw) if not isinstance(raw, list) else "\n".join(t for t in map(_as_text, raw) if t)
    if not text:
        text = _as_text(_get(obj, SUMMARY_KEYS))
    if not text and not title:
        return None
    if text and (obj.get("html") == raw or _HTML.search(text)):
        from ._html import parse_html

        html = parse_html(text)
        out = parse_plain("\n".join(html.paragraphs), title=title or html.title or None)
        out.boilerplate = html.boilerplate + out.boilerplate
    else:
        out = parse_plain(text or "", title=title)
    out.published = _when(_get(obj, DATE_KEYS)) or out.published
    out.url = _as_text(_get(obj, URL_KEYS)) or out.url
    out.source = _as_text(_get(obj, SOURCE_KEYS)) or out.source
    out.author = _as_text(_get(obj, AUTHOR_KEYS)) or out.author
    for key in HINT_KEYS:
        hint = _as_text(obj.get(key))
        if hint:
            out.hints.append(hint)
    return out
