"""A Parquet dataset of the record tables, partitioned by company and month (Hive layout).

Layout (``company_key`` a file-system-safe slug of the article's company, ``month`` its publication month)::

    ROOT/<table>/company_key=<slug|unknown>/month=<YYYY-MM|unknown>/<part>.parquet

for ``articles`` (the ``records.py`` columns plus the cleaned ``body``), ``prices``, ``targets``, ``layoffs`` and
``events``. A record is filed under its article's company and month, so one company's data is one folder per
table. Every writer names its own ``part`` (e.g. one per extraction chunk), so many writers can fill one dataset
at once; a part file appears atomically (written under a hidden name, then renamed).

:func:`read_frames` gives back exactly what :meth:`Records.frames` gives (same columns, dtypes and row order,
see :func:`data_layer.engine.canonical`). It reads with DuckDB, so ``ROOT`` may also be an object-store URL
DuckDB's ``httpfs`` extension can list: ``s3://bucket/prefix`` (credentials from ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, optional ``AWS_REGION``/``AWS_ENDPOINT_URL``), ``gs://`` / ``gcs://`` (HMAC keys the same
way) or ``r2://``. Plain ``https://`` servers cannot list folders, so they are not supported as a root; only local
folders are covered by the offline tests.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .records import TABLES, columns, frame

UNKNOWN = "unknown"
REMOTE_SCHEMES = ("s3://", "s3a://", "gs://", "gcs://", "r2://")
_FLOAT = {"price", "change_pct", "target", "previous_target", "percent", "amount_usd", "valuation_usd"}
_INT = {"low", "high", "span_start", "span_end", "n_chars"}
_ROW = "_row"  # the record's position in its part: keeps the extractor's order within an article
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_PART = re.compile(r"^[\w.-]+$")


def company_key(name: str | None) -> str:
    """A file-system-safe, case-insensitive folder name for a company (``unknown`` when there is none).

    >>> company_key("Amazon.com, Inc."), company_key("Rheinfeld Antriebstechnik"), company_key(None)
    ('amazon-com-inc', 'rheinfeld-antriebstechnik', 'unknown')
    >>> company_key("Société Générale"), company_key("../.."), company_key("  ")
    ('societe-generale', 'unknown', 'unknown')
    """
    if not isinstance(name, str):
        return UNKNOWN
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_.lower()).strip("-")[:80].strip("-") or UNKNOWN


def month_key(published) -> str:
    """``YYYY-MM`` of a publication time, ``unknown`` when there is none.

    >>> month_key(pd.Timestamp("2026-01-31 05:08")), month_key(pd.NaT), month_key(None)
    ('2026-01', 'unknown', 'unknown')
    """
    if published is None or pd.isna(published):
        return UNKNOWN
    return pd.Timestamp(published).strftime("%Y-%m")


def is_remote(root: str | Path) -> bool:
    return str(root).lower().startswith((*REMOTE_SCHEMES, "http://", "https://"))


# --------------------------------------------------------------------------- write


def _arrow_type(table: str, col: str) -> pa.DataType:
    if col in _FLOAT:
        return pa.float64()
    if col in _INT:
        return pa.int64()
    if col == "approximate":
        return pa.bool_()
    if col in ("published", "date_start") or (col == "date" and table != "events"):
        return pa.timestamp("us")
    return pa.string()


def schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``'s part files (a fixed schema, so every part reads back alike)."""
    cols = columns(table) + (["body"] if table == "articles" else [])
    return pa.schema([pa.field(c, _arrow_type(table, c)) for c in cols] + [pa.field(_ROW, pa.int64())])


def _plain(table: str, df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    for f in schema(table):
        if f.name == _ROW:
            continue
        col = df[f.name] if f.name in df else pd.Series(None, index=df.index, dtype=object)
        if pa.types.is_string(f.type):
            col = col.astype(object).where(col.notna(), None)
        elif pa.types.is_timestamp(f.type):
            col = pd.to_datetime(col).astype("datetime64[us]")
        out[f.name] = col
    out[_ROW] = range(len(out))
    return out


def partition_keys(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """``article_id -> (company_key, month)`` from the articles frame."""
    arts = frames["articles"]
    return pd.DataFrame(
        {
            "company_key": [company_key(c) for c in arts["company"].astype(object)],
            "month": [month_key(p) for p in arts["published"]],
        },
        index=pd.Index(arts["article_id"].astype(object), name="article_id"),
    ).pipe(lambda d: d[~d.index.duplicated()])


def write_dataset(frames: dict[str, pd.DataFrame], out: str | Path, part: str = "part-00000") -> list[Path]:
    """Write ``frames`` (one chunk: its ``articles`` say where each record goes) as ``part`` files; returns them.

    Writing the same ``part`` again replaces those files; different parts never touch each other's files.
    """
    if not _PART.match(part):
        raise ValueError(f"part name {part!r} must be letters, digits, '.', '_' or '-'")
    keys = partition_keys(frames)
    written: list[Path] = []
    for table in TABLES:
        df = frames.get(table)
        if df is None or df.empty:
            continue
        where = keys.reindex(df["article_id"].astype(object).to_numpy())
        plain = _plain(table, df.reset_index(drop=True))
        cks, months = where["company_key"].fillna(UNKNOWN).to_numpy(), where["month"].fillna(UNKNOWN).to_numpy()
        for (ck, month), rows in plain.groupby([cks, months], sort=True):
            folder = Path(out) / table / f"company_key={ck}" / f"month={month}"
            folder.mkdir(parents=True, exist_ok=True)
            rows = rows.assign(**{_ROW: range(len(rows))})
            path = folder / f"{part}.parquet"
            tmp = folder / f".{part}.{uuid.uuid4().hex[:8]}.tmp"
            pq.write_table(pa.Table.from_pandas(rows, schema=schema(table), preserve_index=False), tmp)
            os.replace(tmp, path)
            written.append(path)
    return written


def clear_dataset(out: str | Path) -> int:
    """Remove the part files of a dataset at ``out`` (before writing a new one there); returns how many."""
    n = 0
    for table in TABLES:
        for f in Path(out, table).glob("company_key=*/month=*/*.parquet"):
            f.unlink()
            n += 1
    return n


# --------------------------------------------------------------------------- read


def connect(root: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection that can read ``root`` (loads ``httpfs`` and S3 keys for a remote root)."""
    con = duckdb.connect()
    if is_remote(root):
        con.execute("INSTALL httpfs")
        con.execute("LOAD httpfs")
        key, secret = os.environ.get("AWS_ACCESS_KEY_ID"), os.environ.get("AWS_SECRET_ACCESS_KEY")
        if key and secret:
            kind = "gcs" if str(root).lower().startswith(("gs://", "gcs://")) else "s3"
            opts = {"KEY_ID": key, "SECRET": secret}
            if os.environ.get("AWS_REGION"):
                opts["REGION"] = os.environ["AWS_REGION"]
            if os.environ.get("AWS_ENDPOINT_URL"):
                endpoint = os.environ["AWS_ENDPOINT_URL"]
                opts["ENDPOINT"] = endpoint.split("://", 1)[-1]
                opts["USE_SSL"] = "false" if endpoint.startswith("http://") else "true"
            body = ", ".join(f"{k} '{v.replace(chr(39), chr(39) * 2)}'" for k, v in opts.items())
            con.execute(f"CREATE OR REPLACE SECRET newsdash (TYPE {kind}, {body})")
    return con


def table_glob(root: str | Path, table: str) -> str:
    return f"{str(root).rstrip('/')}/{table}/company_key=*/month=*/*.parquet"


def _has_files(root: str | Path, table: str) -> bool:
    if is_remote(root):
        return True  # listing is DuckDB's job; an empty table is caught when reading
    return any(Path(root, table).glob("company_key=*/month=*/*.parquet"))


def read_table(
    con: duckdb.DuckDBPyConnection,
    root: str | Path,
    table: str,
    where: str = "",
    params: list | None = None,
    body: bool = False,
) -> pd.DataFrame:
    """Rows of one table (``where`` may use ``company_key``, ``month`` and the columns), in dataset order."""
    cols = columns(table) + (["body"] if body and table == "articles" else [])
    if not _has_files(root, table):
        return _empty(table, body)

    def sql(missing: frozenset[str] = frozenset()) -> str:
        picks = ", ".join(f"NULL AS {_q(c)}" if c in missing else _q(c) for c in cols)
        return (
            f"SELECT {picks} FROM read_parquet(?, hive_partitioning = true, "
            "union_by_name = true, filename = true, hive_types = {'company_key': VARCHAR, 'month': VARCHAR}) "
            f"{'WHERE ' + where if where else ''} "
            f"ORDER BY article_id, regexp_extract(filename, '[^/\\\\]*$'), {_ROW}"
        )

    args = [table_glob(root, table), *(params or [])]
    try:
        try:
            df = con.execute(sql(), args).df()
        except duckdb.BinderException:
            if not LATER_COLUMNS.get(table):
                raise
            df = con.execute(sql(LATER_COLUMNS[table]), args).df()  # a dataset written before they existed
    except duckdb.IOException as e:
        if "No files found" in str(e):
            return _empty(table, body)
        raise
    if df.empty:
        return _empty(table, body)
    return _restore(table, df)


#: Columns added to a table after datasets were first written: parts without them read them as empty.
LATER_COLUMNS: dict[str, frozenset[str]] = {"layoffs": frozenset({"status"})}


def _q(col: str) -> str:
    return '"' + col.replace('"', '""') + '"'


def _empty(table: str, body: bool) -> pd.DataFrame:
    df = frame(table, [])
    if body and table == "articles":
        df["body"] = pd.Series(dtype="object")
    return df


def _restore(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """DuckDB's pandas types -> the ``records.py`` ones (``Records.frames`` makes dates second-precision
    timestamps and times microsecond ones; an all-empty time column is second-precision there too)."""
    from .engine import canonical

    for col in ("date", "date_start", "published"):
        if col in df and not (table == "events" and col == "date"):
            unit = "us" if col == "published" and df[col].notna().any() else "s"
            df[col] = pd.to_datetime(df[col]).astype(f"datetime64[{unit}]")
    return canonical(table, df)


def read_frames(root: str | Path, company: str | None = None, *, con=None) -> dict[str, pd.DataFrame]:
    """The dataset at ``root`` as :meth:`Records.frames` gives it: all of it, or one company's articles and their
    records (only that company's folders are read). Records another company's article states about ``company`` are
    not included (the dashboard's views only show records of the selected company's articles)."""
    own = con is None
    con = con or connect(root)
    try:
        where, params = "", []
        if company:
            where, params = "company_key = ? AND lower(company) = lower(?)", [company_key(company), company]
        out = {"articles": read_table(con, root, "articles", where, params)}
        ids = set(out["articles"]["article_id"])
        for table in TABLES[1:]:
            df = read_table(con, root, table, "company_key = ?" if company else "", params[:1])
            if company:
                df = canonical_subset(table, df, ids)
            out[table] = df
        return out
    finally:
        if own:
            con.close()


def canonical_subset(table: str, df: pd.DataFrame, ids: set[str]) -> pd.DataFrame:
    keep = df["article_id"].isin(ids)
    if keep.all():
        return df
    from .engine import canonical

    return canonical(table, df[keep].reset_index(drop=True)) if keep.any() else frame(table, [])
