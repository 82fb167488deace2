"""Command line: ``python -m data_layer extract CORPUS --out DIR [--format csv|parquet|json|dataset]
[--engine local|dask] [--scheduler tcp://HOST:PORT] [--processes N]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import pandas as pd
from tqdm import tqdm

from . import engine
from .dataset import clear_dataset, write_dataset
from .export import FORMATS, write_tables
from .ingest import list_files
from .records import TABLES
from .text import printable


def cmd_extract(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.processes is not None and args.processes < 1:
        print("error: --processes must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    skipped: list[tuple[str, str]] = []
    files = list_files(paths, skipped)
    for name, reason in skipped:
        print(f"skipped {printable(name)} ({reason})", file=sys.stderr)
    fmt = args.format or ("dataset" if args.engine == "dask" else "csv")
    run = {"engine": args.engine, "processes": args.processes, "scheduler": args.scheduler}
    frames = None
    with tqdm(total=len(files), unit="file", desc="extract", disable=len(files) < 50 or not sys.stderr.isatty()) as bar:
        run["progress"] = lambda done, _total: bar.update(done - bar.n)
        if fmt == "dataset":
            rows, errors = _extract_dataset(files, Path(args.out), run)
        else:
            frames, errors = engine.extract_files(files, **run)
            frames = split_percent_only(frames)
            rows = {name: len(df) for name, df in frames.items()}
    if not rows.get("articles"):
        print("error: no readable articles in " + ", ".join(map(str, paths)), file=sys.stderr)
        for e in errors:
            print(f"  rejected {printable(e)}", file=sys.stderr)
        return 1
    if frames is not None:
        write_tables(frames, args.out, fmt)
    for name, n in rows.items():
        where = Path(args.out) / name if fmt == "dataset" else Path(args.out) / f"{name}.{fmt}"
        print(f"{name:16s} {n:6d} rows -> {where}")
    for e in errors:
        print(f"rejected {printable(e)}", file=sys.stderr)
    return 0


def _extract_dataset(files: list[Path], out: Path, run: dict) -> tuple[dict[str, int], list[str]]:
    """Extract into a partitioned Parquet dataset at ``out``, one part per chunk as chunks finish."""
    removed = clear_dataset(out)
    if removed:
        print(f"replacing the dataset at {out} ({removed} old part files removed)", file=sys.stderr)
    rows = dict.fromkeys(TABLES, 0)

    def sink(index: int, frames: dict[str, pd.DataFrame]) -> None:
        write_dataset(frames, out, f"part-{index:05d}")
        for name, df in frames.items():
            rows[name] += len(df)

    _, errors = engine.extract_files(files, **run, sink=sink, with_body=True)
    if rows["articles"]:  # the claims, conflicts, consensus, tally and event status: one task per bucket of companies
        from .reconcile_dataset import reconcile_dataset

        reconcile_dataset(out, run["engine"], run.get("scheduler"), run.get("processes"))
    return rows, errors


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
    ex.add_argument(
        "--format",
        choices=(*FORMATS, "dataset"),
        default=None,
        help="csv (default; the scorer's format), parquet, json, or dataset: Parquet partitioned by company and "
        "month, read by the dashboard with NEWSDASH_SOURCE=parquet:OUT (default with --engine dask)",
    )
    ex.add_argument(
        "--engine",
        choices=engine.ENGINES,
        default="local",
        help="local: a pool of processes on this machine; dask: a dask.distributed cluster",
    )
    ex.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="with --engine dask: the scheduler of a running cluster (its workers must see the input paths); "
        "default: a local cluster",
    )
    ex.add_argument(
        "--processes",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (local pool or local dask cluster); default: the CPU count (small corpora: fewer)",
    )
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
        print(f"error: {printable(str(e))}", file=sys.stderr)
        return 2
    except duckdb.Error as e:  # a damaged block found while reading ("Corrupt database file: computed checksum")
        first = printable(str(e).splitlines()[0]) if str(e) else type(e).__name__
        rebuild = "move it aside and rebuild it with `python -m data_layer ingest <article folders>`"
        print(f"error: the store cannot be read: {first}. Restore it from a backup, or {rebuild}", file=sys.stderr)
        return 2
    except OSError as e:  # NEWSDASH_DATA_DIR pointing at a file, an unwritable output folder, ...
        where = f": {printable(str(e.filename))}" if e.filename else ""
        print(f"error: {e.strerror or e}{where}", file=sys.stderr)
        return 2
