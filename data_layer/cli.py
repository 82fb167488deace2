"""Command line: ``python -m data_layer extract CORPUS --out DIR [--format csv|parquet|json]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .export import FORMATS, write_tables
from .extract import extract_article
from .ingest import iter_articles
from .records import Records


def _progress(total: int, desc: str):
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is optional: no bar, same result
        return None
    return tqdm(total=total, desc=desc, unit="file", disable=total < 50 or not sys.stderr.isatty())


def cmd_extract(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    records, errors = Records(), []
    for result in iter_articles(paths):
        if result.error:
            errors.append(f"{result.name}: {result.error}")
            continue
        for article in result.articles:
            records.extend(extract_article(article))
    if not records.articles:
        print("error: no readable articles in " + ", ".join(map(str, paths)), file=sys.stderr)
        for e in errors:
            print(f"  rejected {e}", file=sys.stderr)
        return 1
    frames = records.frames()
    write_tables(frames, args.out, args.format)
    for name, df in frames.items():
        print(f"{name:9s} {len(df):6d} rows -> {Path(args.out) / (name + '.' + args.format)}")
    for e in errors:
        print(f"rejected {e}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m data_layer", description="newsdash data layer")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records from articles and write them as tables")
    ex.add_argument("paths", nargs="+", help="article files or folders")
    ex.add_argument("--out", required=True, help="output folder")
    ex.add_argument("--format", choices=FORMATS, default="csv")
    ex.set_defaults(func=cmd_extract)
    from .store.commands import add_subcommands  # ingest, export, stats

    add_subcommands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
