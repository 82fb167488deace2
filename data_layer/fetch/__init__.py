"""Fetching links and feeds (no Streamlit here): an address guard against server-side request forgery
(:mod:`._guard`), one polite bounded GET (:mod:`._http`), page text and metadata (:mod:`._page`), and links/feeds
into the store (:mod:`.links`). Settings: :mod:`._config`.
"""

from __future__ import annotations

from ._config import FetchSettings, fetch_settings
from ._errors import FetchError
from ._guard import Policy, blocked_reason, check_url
from ._http import Fetched, fetch
from ._page import canonical_url, page_identity, url_article_id
from .links import FeedRun, add_link, add_links, fetch_csv, ingest_feed, poll_feeds, read_feed_list

__all__ = [
    "FeedRun",
    "FetchError",
    "FetchSettings",
    "Fetched",
    "Policy",
    "add_link",
    "add_links",
    "blocked_reason",
    "canonical_url",
    "check_url",
    "fetch",
    "fetch_csv",
    "fetch_settings",
    "ingest_feed",
    "page_identity",
    "poll_feeds",
    "read_feed_list",
    "url_article_id",
]
