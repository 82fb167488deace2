"""Fetch settings from the environment (read on each call, so tests can monkeypatch ``os.environ``).

- ``NEWSDASH_FETCH_PRIVATE``: ``1`` lets links reach loopback/private/link-local addresses (local use only; the
  default refuses them, see :mod:`._guard`)
- ``NEWSDASH_FETCH_ALLOW``: networks allowed even with the guard on, e.g. ``127.0.0.1`` or ``10.20.0.0/16``
- ``NEWSDASH_LINKS``: ``0`` switches adding by link off in the dashboard (a hosted, public deployment)
- ``NEWSDASH_FETCH_TIMEOUT``: seconds to wait for a server to connect or send (default 10; a whole fetch gets
  three times that)
- ``NEWSDASH_FEEDS_FILE``: the feed list ``watch`` polls (default ``$NEWSDASH_DATA_DIR/feeds.txt``)
- the size limit is the uploads' one, ``NEWSDASH_MAX_FILE_MB``
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..config import settings as store_settings
from ._guard import Policy, parse_networks

MAX_REDIRECTS = 5
USER_AGENT = "newsdash/0.1 (article reader; fetches one page per link a user adds; no crawling)"
_OFF = {"0", "false", "no", "off"}
_ON = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class FetchSettings:
    policy: Policy
    timeout: float
    max_bytes: int
    max_mb: float
    links_enabled: bool
    feeds_file: Path
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT


def fetch_settings() -> FetchSettings:
    env = os.environ
    try:
        timeout = float(env.get("NEWSDASH_FETCH_TIMEOUT") or 10)
    except ValueError:
        timeout = 10.0
    timeout = min(max(timeout, 0.1), 120.0)
    conf = store_settings()
    policy = Policy(
        allow_private=env.get("NEWSDASH_FETCH_PRIVATE", "").strip().lower() in _ON,
        allow=parse_networks(env.get("NEWSDASH_FETCH_ALLOW", "")),
    )
    feeds = env.get("NEWSDASH_FEEDS_FILE") or str(conf.data_dir / "feeds.txt")
    return FetchSettings(
        policy=policy,
        timeout=timeout,
        max_bytes=conf.max_file_bytes,
        max_mb=conf.max_file_mb,
        links_enabled=env.get("NEWSDASH_LINKS", "1").strip().lower() not in _OFF,
        feeds_file=Path(feeds).expanduser(),
    )
