"""Secondary indexes put aside during a bulk load and rebuilt once at its end.

Document ids are content hashes, so each page's rows land at random places in every index keyed by
`doc_id` (and in `(code, doc_id)`-style ones, once per row). Once a store holds a few tens of thousands
of pages, a transaction dirties a different index page for nearly every row it inserts, and writing
them costs more than the pipeline itself (3-4 ms/page at 30k pages against 1.1 with no secondary
index). Building an index afterwards is one sort. The definitions of the dropped indexes are kept in
`deferred_indexes`, in the transaction that drops them, so a load killed midway loses none: the next
writer to open the store rebuilds them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

# The writer's page cache while an index is built. SQLite's sorter holds as much as the cache in memory
# before it spills to a temporary file, on top of the cache itself: at the writer's 64 MB (`store`), the
# rebuild after a 100k-page load was the run's peak of memory, 60 MB above the rest. With 16 MB, building
# the indexes of that store took the same 20 s.
SORT_CACHE_KIB = 16_384
# what ingest writes (consolidation, which writes its own tables after, puts theirs aside itself when it
# folds in as many pages as it holds: `consolidate.build`)
DEFERRABLE_TABLES = ("documents", "removed_lines", "entities", "dates", "amounts", "events", "figures",
                     "dup_pairs", "dedup", "event_evidence")


def defer(db: sqlite3.Connection, tables: Collection[str] = DEFERRABLE_TABLES) -> list[str]:
    """Drop the secondary indexes of `tables` (those ingest writes), remembering their definitions."""
    tables = tuple(tables)
    marks = ",".join("?" * len(tables))
    rows = db.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                      f"AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
    with db:
        for name, sql in rows:
            db.execute("INSERT OR REPLACE INTO deferred_indexes VALUES (?, ?)", (name, sql))
            db.execute(f'DROP INDEX "{name}"')
    return [name for name, _ in rows]


def deferred(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM deferred_indexes ORDER BY name")]


def restore(db: sqlite3.Connection, names: Collection[str] | None = None) -> list[str]:
    """Build every deferred index again (or those of `names`); each in its own transaction, so a kill keeps
    those already built."""
    rows = [row for row in db.execute("SELECT name, sql FROM deferred_indexes ORDER BY name").fetchall()
            if names is None or row[0] in names]
    if not rows:
        return []
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size=-{SORT_CACHE_KIB}")
    try:
        for name, sql in rows:
            with db:
                # IF NOT EXISTS: a kill between this CREATE and the DELETE must not make the next restore fail
                db.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
                           if "IF NOT EXISTS" not in sql.upper() else sql)
                db.execute("DELETE FROM deferred_indexes WHERE name = ?", (name,))
    finally:
        db.execute(f"PRAGMA cache_size={cache}")
    return [name for name, _ in rows]


def documents_by_meta(db: sqlite3.Connection) -> str:
    """`documents AS d`, read through its covering (id, published, site, lang, file) index when the store has
    it (migrations 4 and 10; a bulk load holds it aside): a join or lookup that needs only a page's date,
    site or file then never reads the page's large row. Named, as the planner took the primary key's index."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'documents_id_meta'").fetchone()
    return "documents AS d INDEXED BY documents_id_meta" if found else "documents AS d"
