"""Secondary indexes put aside for a bulk load come back, with the same definitions."""

from __future__ import annotations

import sqlite3

from xronika.store import Store


def _indexes(path) -> dict[str, str]:
    with sqlite3.connect(path) as con:
        return dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def test_defer_drops_only_the_tables_ingest_writes_and_restore_brings_them_back(tmp_path):
    db = tmp_path / "x.db"
    Store(db).close()
    before = _indexes(db)
    with Store(db) as store:
        dropped = store.defer_indexes()
        assert "entities_code_doc" in dropped and "events_doc" in dropped
        assert "cevents_key" not in dropped  # consolidation writes after the indexes are back
        assert store.deferred_indexes() == sorted(dropped)
    left = _indexes(tmp_path / "x.db")
    assert set(left) == set(before) - set(dropped)
    with Store(db) as store:  # a writer opening the store rebuilds what a killed load left aside
        assert store.deferred_indexes() == []
    assert _indexes(db) == before


def test_a_store_can_be_opened_without_rebuilding_and_read_while_indexes_are_aside(tmp_path):
    db = tmp_path / "x.db"
    with Store(db) as store:
        store.defer_indexes()
    with Store(db, restore_indexes=False) as store:
        assert store.deferred_indexes()
    with Store.open_readonly(db) as store:
        assert store.summary()["documents"] == 0
    with Store(db) as store:
        assert store.restore_indexes() == []  # already rebuilt on opening


def test_restore_survives_an_index_built_before_its_record_was_removed(tmp_path):
    db = tmp_path / "x.db"
    with Store(db) as store:
        store.defer_indexes()
        sql = store.db.execute("SELECT sql FROM deferred_indexes WHERE name = 'events_doc'").fetchone()[0]
        store.db.execute(sql)  # a kill between the CREATE and the DELETE
        store.db.commit()
        assert "events_doc" in store.restore_indexes()
        assert store.deferred_indexes() == []


def test_indexes_are_built_in_a_smaller_cache_then_the_writer_has_its_own_back(tmp_path):
    from xronika.store import indexes

    with Store(tmp_path / "x.db") as store:
        writer_cache = store.db.execute("PRAGMA cache_size").fetchone()[0]
        store.defer_indexes()
        seen = []
        store.db.set_trace_callback(seen.append)
        store.restore_indexes()
        store.db.set_trace_callback(None)
        sizing = seen.index(f"PRAGMA cache_size=-{indexes.SORT_CACHE_KIB}")
        assert sizing < min(i for i, statement in enumerate(seen) if statement.startswith("CREATE INDEX"))
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == writer_cache
