"""Schema migrations: numbered, applied once, in order, each in a transaction."""

from __future__ import annotations

import duckdb
import pytest

from data_layer.store import LATEST, migrate
from data_layer.store.migrations import MIGRATIONS, current_version


def test_fresh_store_is_at_the_latest_schema(store):
    assert store.schema_version() == LATEST
    tables = set(store.table("schema_version")["version"])
    assert tables == {n for n, _ in MIGRATIONS}
    for name in ("articles", "prices", "targets", "layoffs", "events", "ingest_log", "quarantine"):
        assert store.table(name).empty


def test_migrate_is_idempotent():
    con = duckdb.connect(":memory:")
    assert migrate(con) == [n for n, _ in MIGRATIONS]
    assert migrate(con) == []
    assert current_version(con) == LATEST


def test_a_new_migration_is_applied_in_order():
    con = duckdb.connect(":memory:")
    migrate(con)

    def add_notes(c):
        c.execute("CREATE TABLE notes (id INTEGER)")

    assert migrate(con, [*MIGRATIONS, (LATEST + 1, add_notes)]) == [LATEST + 1]
    assert current_version(con) == LATEST + 1
    assert con.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_a_failing_migration_rolls_back_entirely():
    con = duckdb.connect(":memory:")
    migrate(con)

    def broken(c):
        c.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        migrate(con, [*MIGRATIONS, (LATEST + 1, broken)])
    assert current_version(con) == LATEST
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'").fetchone() == (
        0,
    )


def test_file_store_persists_and_reopens(tmp_path, seed_dir):
    from data_layer.service import open_store

    path = str(tmp_path / "s.duckdb")
    s = open_store(path)
    s.ingest_paths(seed_dir)
    version = s.version()
    s.close()
    s = open_store(path)
    assert s.n_articles() == 5 and s.schema_version() == LATEST and s.version() == version
    s.close()


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    from data_layer.service import open_store

    monkeypatch.setenv("NEWSDASH_DATA_DIR", str(tmp_path / "data"))
    s = open_store()
    assert s.path == str(tmp_path / "data" / "newsdash.duckdb")
    s.close()
    assert (tmp_path / "data" / "newsdash.duckdb").exists()


def test_a_version_1_store_is_upgraded_in_place(tmp_path):
    import duckdb

    from data_layer.store.migrations import MIGRATIONS, current_version

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, MIGRATIONS[:1])  # a store written before events had a valuation
    con.close()
    con = duckdb.connect(str(path))
    assert migrate(con) == [n for n, _ in MIGRATIONS[1:]]
    assert current_version(con) == LATEST
    cols = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    assert "valuation_usd" in cols


def test_a_version_9_store_gets_event_date_bases(tmp_path):
    """Migration 10: events say whether the text stated their date; rows stored before keep an empty basis."""
    path = tmp_path / "v9.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, MIGRATIONS[:9])
    assert "date_basis" not in {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    con.execute(
        "INSERT INTO events (article_id, type, date, date_precision) VALUES ('a', 'closure', '2025-03-05', 'day')"
    )
    assert migrate(con) == [10]
    assert con.execute("SELECT type, date, date_basis FROM events").fetchall() == [("closure", "2025-03-05", None)]
    con.close()


def test_stored_events_keep_their_date_basis(seeded_store):
    bases = set(seeded_store.table("events")["date_basis"].dropna())
    assert bases <= {"stated", "published"} and "stated" in bases
