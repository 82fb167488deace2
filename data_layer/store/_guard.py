"""A store file is only trusted when it holds exactly what newsdash's migrations create.

A crafted ``.duckdb`` file can hold a view over ``read_text('/etc/passwd')`` or an ``http://`` URL, a macro, or a
table with an expression default; the pages would run them. Connections open with external access and extension
auto-install/auto-load off (see :mod:`.connection`), and :func:`check_schema` refuses a file holding any view,
macro, sequence, type, schema, table, index or column that the migrations do not create.
"""

from __future__ import annotations

import functools

import duckdb

from .migrations import migrate

# (kind, name, detail) of every object in the current database that a user (not DuckDB itself) created
_CATALOG = """
    SELECT 'table', table_name, '' FROM duckdb_tables() WHERE database_name = current_database()
    UNION ALL SELECT 'column', table_name || '.' || column_name, data_type || ' ' || coalesce(column_default, '')
        FROM duckdb_columns() WHERE database_name = current_database() AND NOT internal
    UNION ALL SELECT 'view', view_name, '' FROM duckdb_views() WHERE database_name = current_database()
        AND NOT internal
    UNION ALL SELECT 'index', index_name, table_name FROM duckdb_indexes() WHERE database_name = current_database()
    UNION ALL SELECT 'sequence', sequence_name, '' FROM duckdb_sequences() WHERE database_name = current_database()
    UNION ALL SELECT 'macro', function_name, function_type FROM duckdb_functions()
        WHERE database_name = current_database() AND NOT internal
    UNION ALL SELECT 'type', type_name, '' FROM duckdb_types() WHERE database_name = current_database()
        AND NOT internal
    UNION ALL SELECT 'schema', schema_name, '' FROM duckdb_schemas() WHERE database_name = current_database()
        AND NOT internal AND schema_name <> 'main'
"""


def objects(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str, str]]:
    return set(con.execute(_CATALOG).fetchall())


@functools.cache
def expected() -> frozenset[tuple[str, str, str]]:
    """What the migrations create, read from a fresh in-memory database (so new migrations are allowed as-is)."""
    con = duckdb.connect(":memory:")
    try:
        migrate(con)
        return frozenset(objects(con))
    finally:
        con.close()


def foreign_objects(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Objects in ``con``'s database that newsdash did not create, as ``"view x"`` labels (empty: a clean store)."""
    extra = objects(con) - expected()
    return sorted(f"{kind} {name}" for kind, name, _ in extra)
