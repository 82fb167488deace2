"""CLI subcommands on the store: ``ingest``, ``export``, ``stats`` (registered by ``data_layer.cli``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from ..export import FORMATS, write_tables
from ..text import printable

STATUSES = ("added", "duplicate", "rejected")


def _open(args: argparse.Namespace):
    from ..service import open_store

    return open_store(args.store)


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..fetch.cli import ingest_links, is_link

    links = [p for p in args.paths if is_link(p)]
    args.paths = [p for p in args.paths if not is_link(p)]
    if links or args.feed:
        return ingest_links(args, links)
    if not args.paths:
        print("error: name files, folders, links or --feed URL", file=sys.stderr)
        return 2
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    bar = None
    try:
        from tqdm import tqdm

        bar = tqdm(unit="file", desc="ingest", disable=args.quiet or not sys.stderr.isatty())
    except ImportError:  # tqdm is optional
        pass

    def progress(done: int, total: int, name: str) -> None:
        if bar is not None:
            bar.total = total
            bar.n = done
            bar.set_postfix_str(Path(name).name[-40:] if name else "", refresh=False)
            bar.refresh()

    store = _open(args)
    try:
        results = store.ingest_paths(args.paths, progress=progress, workers=args.workers)
        if bar is not None:
            bar.close()
        for r in results:
            if not args.quiet or r.status in ("rejected", "skipped"):
                detail = f" -> {printable(r.article_id)}" if r.article_id else ""
                reason = f" ({printable(r.reason)})" if r.reason else ""
                print(f"{r.status:9s} {printable(r.name)}{detail}{reason}")
        counts = Counter(r.status for r in results)
        statuses = ("added", "duplicate", "rejected", "skipped") if counts.get("skipped") else STATUSES
        print(", ".join(f"{counts.get(s, 0)} {s}" for s in statuses) + f" -> {printable(store.path)}")
    finally:
        store.close()
    read = [r for r in results if r.status != "skipped"]
    return 0 if read and counts.get("rejected", 0) < len(read) else 1


def cmd_export(args: argparse.Namespace) -> int:
    from ..service import export_frames

    store = _open(args)
    try:
        frames = export_frames(store)
    finally:
        store.close()
    written = write_tables({k: _flat(v) for k, v in frames.items()}, args.out, args.format)
    for path, (name, df) in zip(written, frames.items(), strict=True):
        print(f"{name:17s} {len(df):7d} rows -> {path}")
    return 0


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """List / dict cells (source lists, histories) become JSON text so every format can hold them."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, (list, dict, tuple))).any():
            out[col] = out[col].map(
                lambda v: json.dumps(v, default=str, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v
            )
    return out


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        for key, value in store.stats().items():
            print(f"{key:18s} {value}")
    finally:
        store.close()
    return 0


def add_subcommands(sub) -> None:
    store_help = "store file (default: $NEWSDASH_DATA_DIR/newsdash.duckdb)"
    ing = sub.add_parser("ingest", help="ingest article files, folders or links (http/https) into the store")
    ing.add_argument("paths", nargs="*", help="article files, folders or page links")
    ing.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed (repeatable)")
    ing.add_argument("--store", default=None, help=store_help)
    ing.add_argument("-q", "--quiet", action="store_true", help="only print rejected files and the totals")
    ing.add_argument(
        "--workers", type=int, default=None, help="parsing processes (default: one per core for big inputs)"
    )
    ing.set_defaults(func=cmd_ingest)
    ex = sub.add_parser("export", help="write the stored record tables and the reconciled claims")
    ex.add_argument("--out", required=True, help="output folder")
    ex.add_argument("--format", choices=FORMATS, default="csv")
    ex.add_argument("--store", default=None, help=store_help)
    ex.set_defaults(func=cmd_export)
    from ..fetch.cli import add_watch

    add_watch(sub, store_help)
    st = sub.add_parser("stats", help="row counts and ingest status of the store")
    st.add_argument("--store", default=None, help=store_help)
    st.set_defaults(func=cmd_stats)
