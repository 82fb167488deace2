"""The reconciled tables kept in the store (``agg_*``), maintained partition by partition.

Each record row carries its ``company_key`` and ``part_key`` (:mod:`data_layer.reconcile.tables`). A write
transaction that adds or replaces articles names the partitions its records touch (their old and new keys) in
``agg_dirty``; the transaction that ends an ingest (its last batch) recomputes every dirty partition: it reads all
records of those partitions, runs :func:`~data_layer.reconcile.tables.reconcile_tables` on them, replaces those
partitions' rows and the consensus of their companies. Records and the dirty marks are written together, so a
reader never mistakes stale rows for current ones: :func:`read` reconciles any partition still marked dirty in
memory. :func:`rebuild` recomputes the keys and every table (migration 9, or reconciliation code that changed:
:data:`AGG_VERSION`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb
import pandas as pd

from ..reconcile import tables as rt
from ..reconcile._common import company_key, name_key
from ..records import _typed as typed_records
from ..records import columns

RECORD_TABLES = rt.RECORD_TABLES
NAMES = [*rt.TABLES, "consensus"]
_ARTICLE_META = ["article_id", "title", "source", "published", "company", "ticker"]
_KIND_ORDER = {"price": 0, "target": 1, "event": 2}  # reconcile lists conflicts in this order
_KIND_SQL = "CASE kind " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in _KIND_ORDER.items()) + " ELSE 3 END"
LIGHT_SOURCES = 2000  # sources read in full per table at most (~1 MB of JSON); beyond, rows list their outlets
LIGHT_CONFLICTS = 200  # conflicts read with every source at most; beyond, they list their outlets
_FIRST = {"event_claims", "layoff_tally"}  # light rows keep their first source (pages read its sentence, article)
REBUILD_COMPANIES = 50  # companies reconciled per step of a full rebuild (bounds memory)
_TS = {"first_reported", "last_reported", "published", "last_seen_date"}
_TS_DATE = {"price_claims", "target_claims", "layoff_claims", "layoff_tally", "latest_targets"}  # `date`: a time
_FLOAT = {"price", "change_pct", "target", "previous_target", "percent", "amount_usd", "last_seen_target"}
_INT = {"seq", "n_sources", "running_low", "running_high", "n_values", "low", "high"}
_BOOL = {"conflict", "approximate", "amount_changed", "previous_gap"}


def _version() -> str:
    """Changes when the reconciliation code changes: the stored tables are then rebuilt."""
    here = Path(__file__).resolve().parents[1] / "reconcile"
    h = hashlib.sha1(b"agg-1")
    for f in sorted(here.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


AGG_VERSION = _version()


def _sql_type(table: str, col: str) -> str:
    if col in _TS or (col == "date" and table in _TS_DATE):
        return "TIMESTAMP"
    if col in _FLOAT:
        return "DOUBLE"
    if col in _INT:
        return "BIGINT"
    if col in _BOOL:
        return "BOOLEAN"
    return "VARCHAR"


def _columns(name: str) -> list[str]:
    return list(rt.CONSENSUS_COLUMNS) if name == "consensus" else [*rt.KEYS, rt.SEQ, *rt.TABLES[name]]


def create_tables(cur: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the empty ``agg_*`` tables and the dirty-partition list."""
    for name in NAMES:
        cols = ", ".join(f'"{c}" {_sql_type(name, c)}' for c in _columns(name))
        cur.execute(f"DROP TABLE IF EXISTS agg_{name}")
        cur.execute(f"CREATE TABLE agg_{name} ({cols})")
        key = "company_key" if name == "consensus" else "part_key"
        cur.execute(f"CREATE INDEX agg_{name}_key ON agg_{name} ({key})")
    cur.execute("DROP TABLE IF EXISTS agg_dirty")
    cur.execute("CREATE TABLE agg_dirty (tbl VARCHAR, part_key VARCHAR, company_key VARCHAR)")


def current(cur: duckdb.DuckDBPyConnection) -> bool:
    """Whether the stored tables were built by this reconciliation code."""
    try:
        row = cur.execute("SELECT value FROM meta WHERE key = 'aggregates'").fetchall()
    except duckdb.Error:
        return False
    return bool(row) and row[0][0] == AGG_VERSION


# --------------------------------------------------------------------------- writes


def key_records(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """``frames``' record tables with ``company_key`` and ``part_key`` (``articles`` gives missing companies)."""
    k = rt.keyed(frames)
    return {t: frames[t].assign(company_key=k[t]["company_key"].to_numpy(), part_key=k[t]["part_key"].to_numpy())
            for t in RECORD_TABLES}  # fmt: skip


def parts_of(cur: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, set[str]]:
    """The partitions the stored records of ``article_ids`` belong to."""
    out: dict[str, set[str]] = {t: set() for t in RECORD_TABLES}
    if not article_ids:
        return out
    for t in RECORD_TABLES:
        rows = cur.execute(
            f"SELECT DISTINCT part_key FROM {t} WHERE article_id IN (SELECT unnest(?)) AND part_key IS NOT NULL",
            [list(article_ids)],
        ).fetchall()
        out[t] = {r[0] for r in rows}
    return out


def mark_dirty(cur: duckdb.DuckDBPyConnection, parts: dict[str, set[str]]) -> None:
    rows = [(t, p, p.split(rt.SEP, 1)[0]) for t, ps in parts.items() for p in sorted(ps)]
    if rows:
        df = pd.DataFrame(rows, columns=["tbl", "part_key", "company_key"])
        cur.register("_dirty_rows", df)
        cur.execute("INSERT INTO agg_dirty SELECT * FROM _dirty_rows")
        cur.unregister("_dirty_rows")


def dirty(cur: duckdb.DuckDBPyConnection, keys: Sequence[str] | None = None) -> dict[str, set[str]]:
    """The partitions marked dirty (of company ``keys``; None: all)."""
    sql, params = "SELECT DISTINCT tbl, part_key FROM agg_dirty", []
    if keys is not None:
        sql, params = sql + " WHERE company_key IN (SELECT unnest(?))", [list(keys)]
    out: dict[str, set[str]] = {t: set() for t in RECORD_TABLES}
    for t, p in cur.execute(sql, params).fetchall():
        out[t].add(p)
    return out


def refresh_dirty(cur: duckdb.DuckDBPyConnection) -> int:
    """Recompute every partition marked dirty (inside the caller's transaction); returns how many."""
    parts = dirty(cur)
    n = sum(len(p) for p in parts.values())
    if n:
        refresh(cur, parts)
        cur.execute("DELETE FROM agg_dirty")
    return n


def _insert(cur: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    if df.empty:
        return
    cur.register("_agg_rows", df)
    cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _agg_rows")
    cur.unregister("_agg_rows")


def _select_list(cur: duckdb.DuckDBPyConnection, table: str) -> str:
    """The record columns of ``table`` for a SELECT, a column the stored table lacks read as NULL: migration 9 builds
    the tables before later migrations add their columns."""
    have = {d[0] for d in cur.execute(f"SELECT * FROM {table} LIMIT 0").description}
    return ", ".join(c if c in have else f"NULL AS {c}" for c in columns(table))


def _record_frames(cur: duckdb.DuckDBPyConnection, where: dict[str, tuple[str, list]]) -> dict[str, pd.DataFrame]:
    """The records matching ``where[table]`` (SQL and parameters) and the metadata of their articles."""
    out: dict[str, pd.DataFrame] = {}
    for t in RECORD_TABLES:
        sql, params = where[t]
        df = cur.execute(f"SELECT {_select_list(cur, t)} FROM {t} WHERE {sql} ORDER BY rowid", params).df()
        out[t] = _plain_text(typed_records(t, df))
    ids = set().union(*(set(out[t]["article_id"]) for t in RECORD_TABLES))
    out["articles"] = _meta_of(cur, ids)
    return out


def _plain_text(df: pd.DataFrame) -> pd.DataFrame:
    """Missing text as None (as the record frames have it)."""
    for col in ("company", "ticker", "title", "source", "firm", "counterparty", "currency"):
        if col in df and not isinstance(df[col].dtype, pd.CategoricalDtype):
            df[col] = pd.Series(df[col].to_numpy(dtype=object, na_value=None), index=df.index, dtype=object)
    return df


def compute(cur: duckdb.DuckDBPyConnection, parts: dict[str, set[str]]) -> dict[str, pd.DataFrame]:
    """The stored tables' rows of ``parts`` (record table -> partition keys), computed from the records."""
    where = {t: ("part_key IN (SELECT unnest(?))", [sorted(parts.get(t, ()))]) for t in RECORD_TABLES}
    return rt.reconcile_tables(_record_frames(cur, where))


def refresh(cur: duckdb.DuckDBPyConnection, parts: dict[str, set[str]]) -> None:
    """Recompute the stored rows of ``parts`` and the consensus of their companies (in the caller's transaction)."""
    parts = {t: set(parts.get(t, ())) for t in RECORD_TABLES}
    if not any(parts.values()):
        return
    out = compute(cur, parts)
    for name, df in out.items():
        if name == "conflicts":
            for t, kind in rt.CONFLICT_KIND.items():
                cur.execute("DELETE FROM agg_conflicts WHERE kind = ? AND part_key IN (SELECT unnest(?))",
                            [kind, sorted(parts[t])])  # fmt: skip
        else:
            cur.execute(f"DELETE FROM agg_{name} WHERE part_key IN (SELECT unnest(?))",
                        [sorted(parts[rt.PART_OF[name]])])  # fmt: skip
        _insert(cur, f"agg_{name}", df)
    refresh_consensus(cur, sorted({p.split(rt.SEP, 1)[0] for ps in parts.values() for p in ps}))


def _closes(cur: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> pd.DataFrame:
    """Each company's closing-price claims of its latest closing day (all :func:`latest_close` looks at)."""
    return decode_nested(cur.execute(
        """SELECT * FROM agg_price_claims p WHERE company_key IN (SELECT unnest($1)) AND kind = 'close'
        AND date = (SELECT max(date) FROM agg_price_claims q WHERE q.company_key = p.company_key AND q.kind = 'close')
        ORDER BY part_key, seq""",
        [list(keys)],
    ).df())  # fmt: skip


def refresh_consensus(cur: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> None:
    """Recompute the consensus rows of companies ``keys`` from their stored latest targets and latest closes."""
    if not keys:
        return
    latest = decode_nested(cur.execute(
        "SELECT * FROM agg_latest_targets WHERE company_key IN (SELECT unnest(?)) ORDER BY part_key, seq", [list(keys)]
    ).df())  # fmt: skip
    cur.execute("DELETE FROM agg_consensus WHERE company_key IN (SELECT unnest(?))", [list(keys)])
    _insert(cur, "agg_consensus", rt.consensus_rows(latest, _closes(cur, keys)))


def add_records(cur: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Key the records of ``article_ids`` just inserted by SQL and mark their partitions dirty (the caller's
    transaction then ends with :func:`refresh_dirty`, as an ingest does)."""
    _key_rows(cur, "article_id IN (SELECT unnest(?))", [list(article_ids)])
    mark_dirty(cur, parts_of(cur, article_ids))


def _key_rows(cur: duckdb.DuckDBPyConnection, where: str = "TRUE", params: Sequence = ()) -> None:
    for t in RECORD_TABLES:
        df = cur.execute(f"SELECT rowid AS _rid, {_select_list(cur, t)} FROM {t} WHERE {where}", list(params)).df()
        if df.empty:
            continue
        rid = df.pop("_rid")
        k = rt.keyed({"articles": _meta_of(cur, df["article_id"]), t: typed_records(t, df)} | _empty_others(t))[t]
        _update_by_rowid(cur, t, pd.DataFrame({"rid": rid.to_numpy(), "company_key": k["company_key"].to_numpy(),
                                               "part_key": k["part_key"].to_numpy()}))  # fmt: skip


def rebuild(cur: duckdb.DuckDBPyConnection) -> None:
    """Recompute every record's keys and every reconciled table (inside the caller's transaction)."""
    _key_rows(cur)
    create_tables(cur)
    union = " UNION ".join(f"SELECT DISTINCT company_key FROM {t}" for t in RECORD_TABLES)
    keys = [r[0] for r in cur.execute(union + " ORDER BY 1").fetchall()]
    for i in range(0, len(keys), REBUILD_COMPANIES):
        batch = keys[i : i + REBUILD_COMPANIES]
        frames = _record_frames(cur, {t: ("company_key IN (SELECT unnest(?))", [batch]) for t in RECORD_TABLES})
        for name, df in rt.reconcile_tables(frames).items():
            _insert(cur, f"agg_{name}", df)
        refresh_consensus(cur, batch)
    cur.execute("INSERT INTO meta VALUES ('aggregates', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [AGG_VERSION])  # fmt: skip


def _meta_of(cur: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> pd.DataFrame:
    arts = cur.execute(
        f"SELECT {', '.join(_ARTICLE_META)} FROM articles WHERE article_id IN (SELECT unnest(?))",
        [sorted(set(ids))],
    ).df()
    return _plain_text(arts.assign(published=pd.to_datetime(arts["published"])))


def _empty_others(table: str) -> dict[str, pd.DataFrame]:
    return {t: typed_records(t, pd.DataFrame(columns=columns(t))) for t in RECORD_TABLES if t != table}


def _update_by_rowid(cur: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    sets = ", ".join(f"{c} = _keys.{c}" for c in df.columns if c != "rid")
    cur.register("_keys", df)
    cur.execute(f"UPDATE {table} SET {sets} FROM _keys WHERE {table}.rowid = _keys.rid")
    cur.unregister("_keys")


# --------------------------------------------------------------------------- reads


def company_keys(cur: duckdb.DuckDBPyConnection, company: str) -> list[str]:
    """The keys of a company's records: those of the articles about it, and its name's key."""
    rows = cur.execute(
        "SELECT DISTINCT company, ticker FROM articles WHERE lower(company) = lower(?)", [company]
    ).fetchall()
    return sorted({company_key(c, t) for c, t in rows} | {name_key(company)} - {""})


def decode_nested(df: pd.DataFrame) -> pd.DataFrame:
    for col in rt.NESTED & set(df.columns):
        df[col] = pd.Series([rt.decode(v) for v in df[col]], index=df.index, dtype=object)
    if "consensus" in df:
        df["consensus"] = pd.Series([rt.decode(v) for v in df["consensus"]], index=df.index, dtype=object)
    return df


def published_window(start, end) -> tuple[list[str], list]:
    """Conditions (and their parameters) keeping articles published in ``[start, end]``; undated ones always."""
    where, params = [], []
    if end:
        where.append("(published IS NULL OR CAST(published AS DATE) <= ?)")
        params.append(end)
    if start:
        where.append("(published IS NULL OR CAST(published AS DATE) >= ?)")
        params.append(start)
    return where, params


def _where(name: str, keys, start, end, types) -> tuple[str, list]:
    where, params = ["TRUE"], []
    if keys is not None:
        where.append("company_key IN (SELECT unnest(?))")
        params.append(list(keys))
    cols = set(_columns(name))
    if "first_reported" in cols and (start or end):
        if end:
            where.append("(first_reported IS NULL OR CAST(first_reported AS DATE) <= ?)")
            params.append(end)
        if start:
            where.append("(last_reported IS NULL OR CAST(last_reported AS DATE) >= ?)")
            params.append(start)
    elif name == "conflicts" and (start or end):
        if end:
            where.append("(date = '' OR date IS NULL OR date <= ?)")
            params.append(end.isoformat())
        if start:
            where.append("(date = '' OR date IS NULL OR date >= ?)")
            params.append(start.isoformat())
    if types:
        if "type" in cols:
            where.append("type IN (SELECT unnest(?))")
            params.append(list(types))
        elif name == "conflicts":
            where.append("(kind <> 'event' OR part_key IN (SELECT part_key FROM agg_event_status "
                         "WHERE type IN (SELECT unnest(?))))")  # fmt: skip
            params.append(list(types))
    return " AND ".join(where), params


def _size(name: str) -> str:
    return "sum(n_sources)" if {"n_sources", "sources"} <= set(_columns(name)) else "0"


def counts(cur: duckdb.DuckDBPyConnection, names: Sequence[str], keys, start=None, end=None, types=None) -> dict:
    """``name -> (rows, sources cited)`` matching the filters of :func:`read_table`, for several tables in one query."""
    parts, params = [], []
    for name in names:
        sql_where, p = _where(name, keys, start, end, types)
        parts.append(f"(SELECT [count(*), coalesce({_size(name)}, 0)] FROM agg_{name} WHERE {sql_where})")
        params += p
    row = cur.execute("SELECT " + ", ".join(parts), params).fetchall()[0] if parts else ()
    return {name: (int(x[0]), int(x[1])) for name, x in zip(names, row, strict=True)}


def read_table(
    cur: duckdb.DuckDBPyConnection,
    name: str,
    keys: Sequence[str] | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    types: Sequence[str] | None = None,
    limit: int | None = None,
    light_over: int | None = None,
    counted: tuple[int, int] | None = None,
) -> tuple[pd.DataFrame, int]:
    """``(rows, total)``: the stored rows of ``name`` for company ``keys`` (None: every company), reported in
    ``[start, end]`` (claims overlapping the window; undated ones always), of event ``types``; at most ``limit``
    rows (the latest reported; conflicts: the latest dated), ``total`` counting all that match. Rows come in
    reconciliation order (partition, then ``seq``; conflicts by kind first).

    Light rows (when ``light_over`` is given and the rows listed are more than ``light_over``, or cite more than
    :data:`LIGHT_SOURCES` sources, or are more than :data:`LIGHT_CONFLICTS` conflicts): each row's ``sources``
    are its outlets by name (``[{"source": "Reuters"}, …]``), after its first source in full for the tables whose
    pages read that source's sentence (:data:`_FIRST`), both from the columns stored with the row (``outlets``,
    ``first_source``): decoding every source's sentence of a company's 15,000 prices costs seconds, and reading the
    JSON list at all costs more than the rest of the row. ``counted``: this table's :func:`counts`, when the caller
    has them."""
    sql_where, params = _where(name, keys, start, end, types)
    cols = set(_columns(name))
    total, n_src = counted or counts(cur, [name], keys, start, end, types)[name]
    shown = total if limit is None else min(total, limit)
    cut = f" ORDER BY {_latest_first(name)}part_key, seq LIMIT {int(limit)}" if shown < total else ""
    light = (
        light_over is not None
        and "sources" in cols
        and (shown > light_over or int(n_src or 0) > LIGHT_SOURCES or (name == "conflicts" and shown > LIGHT_CONFLICTS))
    )
    order = f" ORDER BY {_KIND_SQL + ', ' if name == 'conflicts' else ''}part_key, seq" if "part_key" in cols else ""
    rest = "* EXCLUDE (first_source)" if "first_source" in cols else "*"  # stored for light rows only
    if not light:
        sql = f"SELECT {rest} FROM agg_{name} WHERE {sql_where}"
        sql = f"SELECT * FROM ({sql}{cut}){order}" if cut else sql + order
        return decode_nested(_plain_text(cur.execute(sql, params).df())), total
    first = "first_source" if name in _FIRST and shown <= light_over else "NULL"
    what = f"{rest} REPLACE (NULL AS sources), coalesce(outlets, '[]') AS _outlets, {first} AS _first FROM agg_{name}"
    if cut:  # the listed rows first, then their sources only (DuckDB would read every matching row's JSON)
        sql = f"SELECT {what} WHERE rowid IN (SELECT rowid FROM agg_{name} WHERE {sql_where}{cut}){order}"
    else:
        sql = f"SELECT {what} WHERE {sql_where}{order}"
    df = decode_nested(_plain_text(cur.execute(sql, params).df()))
    outlets = json.loads("[" + ",".join(df.pop("_outlets")) + "]")  # JSON text: one parse for the whole column
    heads = [[rt.decode(f)] if isinstance(f, str) else [] for f in df.pop("_first")]
    df["sources"] = [[*h, *({"source": n} for n in ns)] for h, ns in zip(heads, outlets, strict=True)]  # distinct
    return df, total


def _latest_first(name: str) -> str:
    """SQL ``ORDER BY`` terms listing a table's latest rows first (before its partition order)."""
    if "last_reported" in _columns(name):
        return "last_reported DESC NULLS LAST, "
    return "date DESC NULLS LAST, " if name == "conflicts" else ""


def latest_closes(
    cur: duckdb.DuckDBPyConnection, keys: Sequence[str], start: dt.date | None = None, end: dt.date | None = None
) -> pd.DataFrame:
    """Company ``keys``' closing-price claims of its latest closing day among those reported in ``[start, end]``,
    without their sources (see :meth:`Store.latest_closes`)."""
    sql_where, params = _where("price_claims", keys, start, end, None)
    return _ordered(
        "price_claims",
        _plain_text(
            cur.execute(
                f"""SELECT * EXCLUDE (sources, outlets) FROM agg_price_claims
        WHERE {sql_where} AND kind = 'close' AND date IS NOT NULL QUALIFY date = max(date) OVER ()""",
                params,
            ).df()
        ),
    )


def _ordered(name: str, df: pd.DataFrame) -> pd.DataFrame:
    if "part_key" in df and len(df):
        rank = df["kind"].map(_KIND_ORDER) if name == "conflicts" else 0
        df = df.assign(_k=rank).sort_values(["_k", "part_key", "seq"], kind="stable").drop(columns="_k")
    return df.reset_index(drop=True)


def pending(cur: duckdb.DuckDBPyConnection, keys: Sequence[str] | None) -> dict[str, set[str]]:
    """The dirty partitions of company ``keys`` (None: all), if any."""
    parts = dirty(cur, keys)
    return parts if any(parts.values()) else {}


def overlay(stored: pd.DataFrame, name: str, parts: dict[str, set[str]], fresh: pd.DataFrame) -> pd.DataFrame:
    """``stored`` rows of ``name`` with the rows of the dirty ``parts`` replaced by ``fresh`` ones."""
    if name == "consensus":
        return stored
    if name == "conflicts":
        drop = pd.Series(False, index=stored.index)
        for t, kind in rt.CONFLICT_KIND.items():
            drop |= (stored["kind"] == kind) & stored["part_key"].isin(parts.get(t, set()))
    else:
        drop = stored["part_key"].isin(parts.get(rt.PART_OF[name], set()))
    fresh = decode_nested(fresh.drop(columns=["first_source"], errors="ignore"))
    return _ordered(name, pd.concat([stored[~drop], fresh], ignore_index=True) if len(fresh) else stored[~drop])
