"""``ingest`` of links and feeds, and ``watch``: poll the feeds every so often, ingesting only new entries.

``watch`` logs one line per run and stops cleanly on Ctrl-C (or SIGTERM from systemd), between runs or after the
feed being read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import signal
import threading
import time
from collections import Counter

import duckdb

from ..store import IngestResult
from ._config import fetch_settings
from .links import add_links, ingest_feed, poll_feeds, read_feed_list

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def is_link(arg: str) -> bool:
    """
    >>> is_link("https://a.example/x"), is_link("HTTP://a"), is_link("data/articles"), is_link("ftp://x")
    (True, True, False, True)
    """
    return "://" in arg[:12]


def parse_every(text: str) -> float:
    """Seconds in ``15m``, ``1h``, ``30s`` or ``45`` (seconds).

    >>> parse_every("15m"), parse_every("1s"), parse_every("2h"), parse_every("90")
    (900.0, 1.0, 7200.0, 90.0)
    """
    m = _EVERY.match(text or "")
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not an interval: {text!r} (use e.g. 30s, 15m, 1h)")
    return float(m.group(1)) * _UNIT[m.group(2).lower()]


def _print(results: list[IngestResult], quiet: bool) -> Counter:
    for r in results:
        if not quiet or r.status == "rejected":
            detail = f" -> {r.article_id}" if r.article_id else ""
            reason = f" ({r.reason})" if r.reason else ""
            print(f"{r.status:9s} {r.name}{detail}{reason}")
    return Counter(r.status for r in results)


def ingest_links(args: argparse.Namespace, links: list[str]) -> int:
    """``ingest`` with links and/or ``--feed``: files named too are ingested first."""
    from ..service import open_store

    store = open_store(args.store)
    results: list[IngestResult] = []
    try:
        if args.paths:
            results += store.ingest_paths(args.paths, workers=args.workers)
        conf = fetch_settings()
        results += add_links(store, links, conf)
        for feed in args.feed:
            results += ingest_feed(store, feed, conf)[0]
        counts = _print(results, args.quiet)
        print(", ".join(f"{counts.get(s, 0)} {s}" for s in ("added", "duplicate", "rejected")) + f" -> {store.path}")
    finally:
        store.close()
    # a feed with nothing new is a success; failure is when everything named was refused
    return 0 if not results or counts.get("rejected", 0) < len(results) else 1


def feed_urls(store, feeds_file) -> list[str]:
    """The feeds to poll: the feed list file, then the feeds added by link."""
    from ..store import web

    return list(dict.fromkeys([*read_feed_list(feeds_file), *web.feeds(store)["url"].tolist()]))


def cmd_watch(args: argparse.Namespace) -> int:
    from ..service import open_store

    conf = fetch_settings()
    feeds_file = args.feeds or conf.feeds_file
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGTERM) if threading.current_thread() is threading.main_thread() else None
    if previous is not None:
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    store = open_store(args.store)
    runs = 0
    try:
        while not stop.is_set():
            started = time.monotonic()
            urls = feed_urls(store, feeds_file)
            if not urls:
                _log(f"no feeds: add some to {feeds_file} or with 'ingest --feed URL'")
            else:
                done = poll_feeds(store, urls, conf)
                n = {k: sum(getattr(r, k) for r in done) for k in ("entries", "new", "added", "duplicate", "rejected")}
                failed = [f"{r.url}: {r.error}" for r in done if r.error]
                _log(f"{len(urls)} feed(s), {n['entries']} entries, {n['new']} new: {n['added']} added, "
                     f"{n['duplicate']} duplicate, {n['rejected']} refused ({time.monotonic() - started:.1f} s)"
                     + (f"; failed {'; '.join(failed)}" if failed else ""))  # fmt: skip
            runs += 1
            if args.runs and runs >= args.runs:
                break
            stop.wait(max(0.0, args.every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        pass
    except (duckdb.InterruptException, RuntimeError) as exc:  # Ctrl-C during a query: DuckDB interrupts it instead
        if "interrupted" not in str(exc).lower():
            raise
    finally:
        store.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    if runs == 0 or stop.is_set() or not (args.runs and runs >= args.runs):
        _log(f"stopped after {runs} run(s)")
    return 0


def _log(text: str) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    print(f"{stamp} watch: {text}", flush=True)


def add_watch(sub, store_help: str) -> None:
    w = sub.add_parser("watch", help="poll the feeds every so often and ingest their new entries (Ctrl-C stops)")
    w.add_argument("--every", type=parse_every, default=900.0, metavar="INTERVAL",
                   help="time between polls: 30s, 15m (default), 1h")  # fmt: skip
    w.add_argument("--feeds", default=None, metavar="FILE",
                   help="feed list, one URL a line (default: $NEWSDASH_FEEDS_FILE or $NEWSDASH_DATA_DIR/feeds.txt); "
                   "feeds added with 'ingest --feed' or in the app are polled too")  # fmt: skip
    w.add_argument("--runs", type=int, default=0, metavar="N", help="stop after N polls (default: run until stopped)")
    w.add_argument("--store", default=None, help=store_help)
    w.set_defaults(func=cmd_watch)
