"""Numbered schema migrations. Each is a function applied once, in order, inside a transaction.

Never edit a released migration: add ``_m002`` etc. and register it in :data:`MIGRATIONS`.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

_PROVENANCE = "evidence VARCHAR, sentence VARCHAR, span_start BIGINT, span_end BIGINT, extractor VARCHAR, "
_RECORD_TAIL = _PROVENANCE + "extractor_version VARCHAR"


def _m001_initial(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('generation', '0')")
    con.execute(
        """CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, title VARCHAR, body VARCHAR, raw VARCHAR,
            published TIMESTAMP, utc_offset VARCHAR, source VARCHAR, url VARCHAR, author VARCHAR,
            company VARCHAR, ticker VARCHAR, isin VARCHAR, companies_json VARCHAR, boilerplate_json VARCHAR,
            format VARCHAR, content_hash VARCHAR UNIQUE, path VARCHAR, n_chars BIGINT,
            extractor_version VARCHAR, ingested_at TIMESTAMP)"""
    )
    con.execute(
        "CREATE TABLE prices (article_id VARCHAR, company VARCHAR, ticker VARCHAR, date TIMESTAMP, "
        "date_precision VARCHAR, price DOUBLE, currency VARCHAR, kind VARCHAR, change_pct DOUBLE, context VARCHAR, "
        + _RECORD_TAIL
        + ")"
    )
    con.execute(
        "CREATE TABLE targets (article_id VARCHAR, company VARCHAR, ticker VARCHAR, firm VARCHAR, analyst VARCHAR, "
        "rating VARCHAR, rating_class VARCHAR, target DOUBLE, currency VARCHAR, previous_target DOUBLE, "
        "previous_rating VARCHAR, action VARCHAR, date TIMESTAMP, " + _RECORD_TAIL + ")"
    )
    con.execute(
        "CREATE TABLE layoffs (article_id VARCHAR, company VARCHAR, ticker VARCHAR, low BIGINT, high BIGINT, "
        "percent DOUBLE, approximate BOOLEAN, basis VARCHAR, kind VARCHAR, date TIMESTAMP, date_precision VARCHAR, "
        "scope VARCHAR, " + _RECORD_TAIL + ")"
    )
    con.execute(
        "CREATE TABLE events (article_id VARCHAR, company VARCHAR, ticker VARCHAR, type VARCHAR, date VARCHAR, "
        "date_start TIMESTAMP, date_precision VARCHAR, amount_usd DOUBLE, amount_parts VARCHAR, amount_text VARCHAR, "
        "counterparty VARCHAR, status VARCHAR, summary VARCHAR, " + _RECORD_TAIL + ")"
    )
    for table in ("prices", "targets", "layoffs", "events"):
        con.execute(f"CREATE INDEX {table}_article ON {table} (article_id)")
    con.execute(
        "CREATE TABLE ingest_log (name VARCHAR, size BIGINT, hash VARCHAR, status VARCHAR, reason VARCHAR, "
        "article_id VARCHAR, logged_at TIMESTAMP)"
    )
    con.execute("CREATE INDEX ingest_log_hash ON ingest_log (hash)")
    con.execute(
        "CREATE TABLE quarantine (name VARCHAR, size BIGINT, hash VARCHAR, reason VARCHAR, logged_at TIMESTAMP)"
    )


def _m002_event_valuation(con: duckdb.DuckDBPyConnection) -> None:
    """Events remember the valuation a deal or funding round implies."""
    con.execute("ALTER TABLE events ADD COLUMN valuation_usd DOUBLE")


def _m003_file_stamps(con: duckdb.DuckDBPyConnection) -> None:
    """The ingest log remembers each file's modification time, so an unchanged file is skipped without reading."""
    con.execute("ALTER TABLE ingest_log ADD COLUMN mtime_ns BIGINT")


def _m004_derived_views(con: duckdb.DuckDBPyConnection) -> None:
    """Reconciled views saved per scope (a company or all), valid while their data fingerprint is unchanged."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS derived (scope VARCHAR PRIMARY KEY, fingerprint VARCHAR, payload BLOB, "
        "built_at TIMESTAMP)"
    )


def _m005_layoff_status(con: duckdb.DuckDBPyConnection) -> None:
    """Layoff figures say whether the cuts are announced or only prospective ("a further 500 could follow")."""
    con.execute("ALTER TABLE layoffs ADD COLUMN status VARCHAR")


def _m006_target_action_dates(con: duckdb.DuckDBPyConnection) -> None:
    """Ratings and targets say how precise their action date is and whether the text states it or it is only the
    article's publication day (a digest repeats a firm's April note in August: the April date decides)."""
    con.execute("ALTER TABLE targets ADD COLUMN date_precision VARCHAR")
    con.execute("ALTER TABLE targets ADD COLUMN date_basis VARCHAR")


def _m007_feeds(con: duckdb.DuckDBPyConnection) -> None:
    """Feeds added by link or from the feed list, with their last refresh, and the entries already handled (so a
    poll fetches only new entries)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS feeds (url VARCHAR PRIMARY KEY, title VARCHAR, added_at TIMESTAMP, "
        "last_refresh TIMESTAMP, last_status VARCHAR, n_added BIGINT DEFAULT 0)"
    )
    con.execute(
        "CREATE TABLE IF NOT EXISTS feed_entries (feed_url VARCHAR, entry_key VARCHAR, url VARCHAR, "
        "article_id VARCHAR, status VARCHAR, seen_at TIMESTAMP, PRIMARY KEY (feed_url, entry_key))"
    )


def _m009_reconciled_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Reconciliation is stored data (issue 17): records carry their company key and partition key (see
    :mod:`data_layer.reconcile.tables`), the ``agg_*`` tables hold claims, conflicts, latest targets, consensus,
    layoff tally and event status, built here for the records already stored and maintained by every write after.
    The saved page views they replace are dropped."""
    from . import aggregates  # the tables follow the reconciliation code: built by it

    for table in ("prices", "targets", "layoffs", "events"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN company_key VARCHAR")
        con.execute(f"ALTER TABLE {table} ADD COLUMN part_key VARCHAR")
        con.execute(f"CREATE INDEX {table}_part ON {table} (part_key)")
    con.execute("DROP TABLE IF EXISTS derived")
    aggregates.rebuild(con)


def _m008_expected_close(con: duckdb.DuckDBPyConnection) -> None:
    """When a deal is expected to close ("in the third quarter of 2023"), as the text states it."""
    con.execute("ALTER TABLE events ADD COLUMN expected_close VARCHAR")


def _m010_event_date_basis(con: duckdb.DuckDBPyConnection) -> None:
    """Events say whether their date is stated in the text or only the article's publication day (the text gave
    none). Rows stored before keep an empty basis: their dates were all stated or taken from a story's lead."""
    con.execute("ALTER TABLE events ADD COLUMN date_basis VARCHAR")


MIGRATIONS: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, _m001_initial),
    (2, _m002_event_valuation),
    (3, _m003_file_stamps),
    (4, _m004_derived_views),
    (5, _m005_layoff_status),
    (6, _m006_target_action_dates),
    (7, _m007_feeds),
    (8, _m008_expected_close),
    (9, _m009_reconciled_tables),  # after 8: the tables are built from every record column
    (10, _m010_event_date_basis),
]
LATEST = MIGRATIONS[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT now())"
    )
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, migrations=None) -> list[int]:
    """Apply every migration newer than the store's schema version; returns the numbers applied."""
    migrations = MIGRATIONS if migrations is None else migrations
    have = current_version(con)
    applied = []
    for number, fn in migrations:
        if number <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
