"""Command line: ``python -m data_layer extract CORPUS --out DIR [--format csv|parquet|json]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .export import FORMATS, write_tables
from .extract import extract_article
from .ingest import iter_articles, list_files
from .records import Records


def cmd_extract(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    files = list_files(paths)
    records, errors = Records(), []
    with tqdm(total=len(files), unit="file", desc="extract", disable=len(files) < 50 or not sys.stderr.isatty()) as bar:
        for result in iter_articles(files):
            bar.update(1)
            if result.error:
                errors.append(f"{result.name}: {result.error}")
            errors += [f"{result.name}: {w}" for w in result.warnings]
            for article in result.articles:
                records.extend(extract_article(article))
    if not records.articles:
        print("error: no readable articles in " + ", ".join(map(str, paths)), file=sys.stderr)
        for e in errors:
            print(f"  rejected {e}", file=sys.stderr)
        return 1
    frames = split_percent_only(records.frames())
    write_tables(frames, args.out, args.format)
    for name, df in frames.items():
        print(f"{name:16s} {len(df):6d} rows -> {Path(args.out) / (name + '.' + args.format)}")
    for e in errors:
        print(f"rejected {e}", file=sys.stderr)
    return 0


def split_percent_only(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """``layoffs`` lists figures with a head count (low/high); "cut 10% of staff" goes to ``layoff_percents``."""
    lay = frames["layoffs"]
    counted = lay["low"].notna()
    return {
        **frames,
        "layoffs": lay[counted].reset_index(drop=True),
        "layoff_percents": lay[~counted].reset_index(drop=True),
    }


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
    from .store import StoreError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as e:  # a damaged or locked store: a message, not a traceback
        print(f"error: {e}", file=sys.stderr)
        return 2
