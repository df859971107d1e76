import sqlite3

import pytest

from xronika.document import Document, Entity, Event, OffsetMap
from xronika.errors import NotFound, StoreError
from xronika.store import Store, indexes


def make_doc(text: str) -> Document:
    doc = Document(raw=text, source="t.txt", file="t.txt", body=text, offsets=OffsetMap.identity(len(text)))
    doc.entities.append(Entity("Qazaxıstan", "GPE", (0, 10), code="KZ", mentions=[(0, 10)]))
    doc.events.append(Event("CONSULT", "visit", "KZ", "AZ", (11, 16), (0, len(text)), date="2024-03-11"))
    return doc


def test_migrations_wal_and_round_trip(tmp_path):
    db = tmp_path / "x.db"
    with Store(db) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        new, existing = store.write_documents([make_doc("Qazaxıstan səfər etdi.")])
        assert (new, existing) == (1, 0)
        # re-ingesting the same content is a no-op
        assert store.write_documents([make_doc("Qazaxıstan səfər etdi.")]) == (0, 1)
        numbers = [r[0] for r in store.db.execute("SELECT number FROM migrations ORDER BY number")]
        assert numbers == list(range(1, len(numbers) + 1))
    with Store.open_readonly(db) as ro:
        doc = ro.get_document(make_doc("Qazaxıstan səfər etdi.").id[:8])
        assert doc.entities[0].code == "KZ" and doc.events[0].date == "2024-03-11"
        assert doc.snippet(doc.entities[0].span) == "Qazaxıstan"
        with pytest.raises(sqlite3.OperationalError):
            ro.db.execute("DELETE FROM documents")
        with pytest.raises(NotFound):
            ro.get_document("nope")


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store.open_readonly(tmp_path / "absent.db")


def test_runs_and_failures_are_recorded(tmp_path):
    with Store(tmp_path / "x.db") as store:
        run = store.start_run({"paths": ["a"]})
        store.record_failures(run, [("bad.pdf", "binary file (PDF)")])
        store.finish_run(run, {"clean": {}}, 0, 0, 1)
        summary = store.summary()
    assert summary["failures"][0]["reason"] == "binary file (PDF)"
    assert summary["runs"][0]["failed"] == 1


def test_evidence_names_count_each_page_once(tmp_path):
    from xronika.store import consolidated

    def with_evidence(text: str, *nearby: str) -> Document:
        doc = make_doc(text)
        doc.scratch["event_evidence"] = [(i, "[]", text_, "[]") for i, text_ in enumerate(nearby)]
        return doc

    with Store(tmp_path / "x.db") as store:
        store.write_documents([with_evidence("Bir.", '["astana", "bakı"]', '["bakı"]'),
                               with_evidence("İki.", '["bakı"]')])
        store.write_documents([with_evidence("Bir.", '["astana", "bakı"]')])  # stored already: not counted
        counts = dict(store.db.execute("SELECT name, docs FROM evidence_names"))
        assert counts == {"astana": 1, "bakı": 2}
        assert consolidated.common_names(store.db, 1) == {"bakı"}


def _store_at(path, migrations: int) -> None:
    from xronika.store.migrations import MIGRATIONS

    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE migrations (number INTEGER PRIMARY KEY, applied REAL)")
        for number, migration in enumerate(MIGRATIONS[:migrations], 1):
            migration(db)
            db.execute("INSERT INTO migrations VALUES (?, 0)", (number,))


def test_event_evidence_of_an_older_store_is_kept_as_appended_rows(tmp_path):
    path = tmp_path / "old.db"
    _store_at(path, 8)  # a store as migration 8 left it: evidence keyed WITHOUT ROWID
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO event_evidence VALUES ('d1', 0, '[\"astana\"]', '[\"astana\", \"bakı\"]', '[]')")
    with Store(path) as store:
        sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'event_evidence'").fetchone()[0]
        assert "WITHOUT ROWID" not in sql and "event_evidence_doc" in store.defer_indexes()
        assert [tuple(r) for r in store.db.execute("SELECT * FROM event_evidence")] == [
            ("d1", 0, '["astana"]', '["astana", "bakı"]', "[]")]


def _meta_index(db: sqlite3.Connection, table: str = "sqlite_master") -> str:
    return db.execute(f"SELECT sql FROM {table} WHERE name = 'documents_id_meta'").fetchone()[0]


@pytest.mark.parametrize("put_aside", [False, True])
def test_the_covering_index_of_pages_holds_their_file_once_migrated_even_put_aside(tmp_path, put_aside):
    path = tmp_path / "old.db"
    _store_at(path, 9)
    if put_aside:  # a bulk load killed before it rebuilt its indexes
        with sqlite3.connect(path) as db:
            indexes.defer(db)
    with Store(path, restore_indexes=False) as store:
        assert ("documents_id_meta" in store.deferred_indexes()) is put_aside
        table = "deferred_indexes" if put_aside else "sqlite_master"
        assert _meta_index(store.db, table).endswith("(id, published, site, lang, file)")
        store.restore_indexes()
        assert _meta_index(store.db).endswith("(id, published, site, lang, file)")
        # consolidation reads a page's file and date from the index alone
        plan = " ".join(r[3] for r in store.db.execute(
            f"EXPLAIN QUERY PLAN SELECT d.id, d.file, d.published FROM {indexes.documents_by_meta(store.db)} "
            "WHERE d.id = 'x'"))
        assert "COVERING INDEX documents_id_meta" in plan
