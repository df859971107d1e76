"""The embedded SQLite store: the only package that speaks SQL.

Numbered migrations are recorded in `migrations`; WAL is on; one writer
(`Store`) does all writes in batched transactions; serving opens the same
file through `Store.open_readonly` (a `mode=ro` connection).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..document import Document, OffsetMap, RemovedLine
from ..errors import NotFound, StoreError
from . import consolidated, indexes
from .migrations import MIGRATIONS
from .rows import DOCUMENT_INSERT, JSON_FIELDS, LAYER_COLUMNS, LAYER_WRITE, PageRows, page_rows

WAL_CHECKPOINT_PAGES = 16_384
WRITER_CACHE_KIB = 65_536


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"file:{Path(path).resolve()}?mode=ro"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        db = sqlite3.connect(path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # checkpoint (copy the WAL into the file, and sync) every 64 MB instead of every 4: a 256-page
        # ingest transaction is ~9 MB, so the default checkpointed after every one (0.65 -> 0.50 ms/page)
        db.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        # consolidation writes its tables in one transaction with their indexes in place: at 2 MB (the
        # default) it spills and re-reads pages (rebuilding deferred indexes sets its own: indexes.py)
        db.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys=ON")
    return db


class Store:
    """The single writer (and a reader) over one SQLite file."""

    def __init__(self, path: str | Path, readonly: bool = False, restore_indexes: bool = True) -> None:
        """`restore_indexes=False` leaves indexes a killed bulk load put aside for the caller to rebuild."""
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly and not Path(self.path).exists():
                raise StoreError(f"no database at {self.path}")
            self.db = _connect(self.path, readonly)
            if not readonly:
                self._migrate()
                if restore_indexes:
                    self.restore_indexes()
            else:
                self.db.execute("SELECT 1 FROM documents LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        return cls(path, readonly=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, applied REAL)")
        done = {row[0] for row in self.db.execute("SELECT number FROM migrations")}
        for number, migration in enumerate(MIGRATIONS, 1):
            if number in done:
                continue
            with self.db:
                migration(self.db)
                self.db.execute("INSERT INTO migrations VALUES (?, ?)", (number, time.time()))

    def _write(self, fn, *args):
        try:
            with self.db:
                return fn(*args)
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "readonly" in msg or "read-only" in msg:
                raise StoreError(f"the database {self.path} is read-only") from exc
            if "disk" in msg or "full" in msg:
                raise StoreError(f"cannot write {self.path}: disk full") from exc
            raise StoreError(f"cannot write {self.path}: {msg}") from exc

    # --- bulk loads ---------------------------------------------------------
    def defer_indexes(self, tables: Collection[str] = indexes.DEFERRABLE_TABLES) -> list[str]:
        """Drop the secondary indexes of `tables` (by default, those ingest would update page by page: see
        `indexes`); names dropped."""
        return self._write(indexes.defer, self.db, tables)

    def deferred_indexes(self) -> list[str]:
        return indexes.deferred(self.db)

    def restore_indexes(self, names: Collection[str] | None = None) -> list[str]:
        """Rebuild the indexes `defer_indexes` dropped (also after a killed load), or those of them in
        `names`; names rebuilt."""
        try:
            return indexes.restore(self.db, names)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot rebuild the indexes of {self.path}: {exc}") from exc

    # --- runs -------------------------------------------------------------
    def start_run(self, args: dict[str, Any]) -> int:
        return self._write(lambda: self.db.execute(
            "INSERT INTO runs (started, args) VALUES (?, ?)", (time.time(), json.dumps(args))).lastrowid)

    def finish_run(self, run_id: int, stats: dict[str, Any], new: int, existing: int, failed: int) -> None:
        self._write(lambda: self.db.execute(
            "UPDATE runs SET finished=?, stats=?, docs_new=?, docs_existing=?, failed=? WHERE id=?",
            (time.time(), json.dumps(stats), new, existing, failed, run_id)))

    def _insert_failures(self, run_id: int | None, failures: Iterable[tuple[str, str]]) -> None:
        rows = [(run_id, src, reason, time.time()) for src, reason in failures]
        if rows:
            self.db.executemany("INSERT INTO failures VALUES (?, ?, ?, ?)", rows)

    def record_failures(self, run_id: int, failures: Iterable[tuple[str, str]]) -> None:
        self._write(self._insert_failures, run_id, list(failures))

    # --- documents ----------------------------------------------------------
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(row[0] for row in self.db.execute(q, chunk))
        return found

    def document_count(self) -> int:
        return consolidated.document_count(self.db)

    def _fresh(self, pages: list[PageRows]) -> list[PageRows]:
        existing = self.existing_ids(p.doc_id for p in pages)
        seen: set[str] = set()
        return [p for p in pages if p.doc_id not in existing and not (p.doc_id in seen or seen.add(p.doc_id))]

    def _insert_pages(self, fresh: list[PageRows], run_id: int | None) -> None:
        """One executemany per table for the whole batch: per-document calls were most of the writer's time."""
        now = time.time()
        self.db.executemany(DOCUMENT_INSERT, [(*p.document, run_id, now) for p in fresh])
        self.db.executemany("INSERT INTO removed_lines VALUES (?,?,?,?,?)", [r for p in fresh for r in p.removed])
        for n, (_, _, insert) in enumerate(LAYER_WRITE.values()):
            self.db.executemany(insert, [r for p in fresh for r in p.layers[n]])
        self.db.executemany("INSERT INTO event_evidence VALUES (?,?,?,?,?)", [r for p in fresh for r in p.evidence])
        # an evidence row is (doc_id, idx, names, nearby names, nearby entities)
        consolidated.count_evidence_names(self.db, ([r[3] for r in p.evidence] for p in fresh if p.evidence))
        self.db.executemany("INSERT INTO doc_fts VALUES (?,?,?,?)", [p.search for p in fresh])

    def write_documents(self, docs: list[Document], run_id: int | None = None,
                        lemmas: dict[str, str] | None = None) -> tuple[int, int]:
        """Insert new documents with all their layers in one transaction; existing ids are left alone."""
        lemmas = lemmas or {}
        fresh = self._fresh([page_rows(d, lemmas.get(d.id, "")) for d in docs])
        self._write(self._insert_pages, fresh, run_id)
        return len(fresh), len(docs) - len(fresh)

    def write_batch(self, pages: list[PageRows], run_id: int | None, dedup_rows: list[tuple[str, str, bytes]],
                    pairs: list[tuple[str, str, str, float]], failures: list[tuple[str, str]], finished: list[str],
                    version: str) -> tuple[int, int]:
        """One transaction for a batch: its pages (`rows.pack_pages`), dedup state, failures and the shards
        it finishes.

        A kill between batches leaves no document without its dedup row and no shard marked finished
        before its pages are stored.
        """
        fresh = self._fresh(pages)
        ids = {p.doc_id for p in fresh}

        def write() -> None:
            self._insert_pages(fresh, run_id)
            self._insert_dedup([r for r in dedup_rows if r[0] in ids], [p for p in pairs if p[0] in ids])
            self._insert_failures(run_id, failures)
            self.db.executemany("INSERT OR REPLACE INTO shards VALUES (?,?,?,?)",
                                [(key, version, 0, time.time()) for key in finished])
        self._write(write)
        return len(fresh), len(pages) - len(fresh)

    def get_document(self, doc_id: str) -> Document:
        row = self.db.execute("SELECT * FROM documents WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 1",
                              (doc_id, f"{doc_id}%")).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id}")
        return self._document(row)

    def _document(self, row: sqlite3.Row) -> Document:
        doc = Document(raw=row["raw"], source=row["source"], file=row["file"] or "", url=row["url"], id=row["id"],
                       site=row["site"], body=row["body"], offsets=OffsetMap.from_json(json.loads(row["offsets"])),
                       lang=row["lang"], lang_confidence=row["lang_confidence"] or 0.0,
                       mixed_lang=bool(row["mixed_lang"]), title=row["title"],
                       authors=json.loads(row["authors"] or "[]"), published=row["published"],
                       quality=json.loads(row["quality"] or "{}"), duplicate_of=row["duplicate_of"],
                       meta=json.loads(row["meta"] or "{}"))
        doc.removed = [RemovedLine(r["text"], (r["start"], r["end"]), r["reason"]) for r in self.db.execute(
            'SELECT * FROM removed_lines WHERE doc_id = ? ORDER BY start', (doc.id,))]
        data = doc.to_dict()
        for layer in LAYER_COLUMNS:
            data[layer] = [self._item(layer, r) for r in self.db.execute(
                f"SELECT * FROM {layer} WHERE doc_id = ? ORDER BY idx", (doc.id,))]
        data["removed"] = [asdict(r) for r in doc.removed]
        return Document.from_dict(data)

    @staticmethod
    def _item(layer: str, row: sqlite3.Row) -> dict[str, Any]:
        item = {"span": (row["start"], row["end"])}
        for c in LAYER_COLUMNS[layer]:
            key = "end_value" if (layer == "dates" and c == "end") else c
            value = row[key]
            item[c] = json.loads(value) if c in JSON_FIELDS and value is not None else value
        for flag in ("relative", "approx", "negated", "hypothetical", "future"):
            if flag in item:
                item[flag] = bool(item[flag])
        return item

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        last = ""
        while True:
            rows = self.db.execute("SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row)
            last = rows[-1]["id"]

    def layer_rows(self, layer: str) -> Iterator[dict[str, Any]]:
        if layer not in LAYER_COLUMNS and layer != "documents":
            raise StoreError(f"unknown layer {layer}")
        if layer == "documents":
            q = ("SELECT id, source, file, url, site, lang, title, authors, published, duplicate_of, body "
                 "FROM documents ORDER BY id")
        else:
            q = f"SELECT * FROM {layer} ORDER BY doc_id, idx"
        for row in self.db.execute(q):
            yield dict(row)

    # --- dedup --------------------------------------------------------------
    def dedup_rows(self) -> Iterator[tuple[str, str, bytes]]:
        for row in self.db.execute("SELECT doc_id, exact_key, signature FROM dedup"):
            yield row[0], row[1], row[2]

    def _insert_dedup(self, rows: list[tuple[str, str, bytes]], pairs: list[tuple[str, str, str, float]]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO dedup VALUES (?,?,?)", rows)
        self.db.executemany("INSERT OR IGNORE INTO dup_pairs VALUES (?,?,?,?)", pairs)
        self.db.executemany("UPDATE documents SET duplicate_of = ? WHERE id = ? AND duplicate_of IS NULL",
                            [(other, doc) for doc, other, _, _ in pairs])

    def write_dedup(self, rows: list[tuple[str, str, bytes]], pairs: list[tuple[str, str, str, float]]) -> None:
        self._write(self._insert_dedup, rows, pairs)

    def dup_pairs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT p.doc_id, p.other_id, p.kind, p.similarity, a.file AS file, b.file AS other_file, "
            "a.title AS title FROM dup_pairs p JOIN documents a ON a.id = p.doc_id "
            "JOIN documents b ON b.id = p.other_id ORDER BY p.other_id, p.doc_id")]

    # --- shards (resumability) ---------------------------------------------
    def shard_done(self, key: str, version: str) -> bool:
        row = self.db.execute("SELECT version FROM shards WHERE key = ?", (key,)).fetchone()
        return row is not None and row[0] == version

    # --- summaries ------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        one = lambda q: self.db.execute(q).fetchone()[0]  # noqa: E731
        out: dict[str, Any] = {"documents": one("SELECT COUNT(*) FROM documents")}
        for layer in LAYER_COLUMNS:
            out[layer] = one(f"SELECT COUNT(*) FROM {layer}")
        out["languages"] = dict(self.db.execute(
            "SELECT COALESCE(lang, '?'), COUNT(*) FROM documents GROUP BY lang ORDER BY 2 DESC").fetchall())
        out["duplicates"] = one("SELECT COUNT(*) FROM dup_pairs")
        out["events_by_type"] = dict(self.db.execute(
            "SELECT type || '/' || mode, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall())
        out["runs"] = [dict(r) for r in self.db.execute(
            "SELECT id, started, finished, docs_new, docs_existing, failed FROM runs ORDER BY id DESC LIMIT 5")]
        out["failures"] = [dict(r) for r in self.db.execute(
            "SELECT run_id, source, reason FROM failures ORDER BY rowid DESC LIMIT 50")]
        return out
