"""SQL of cross-source consolidation: consolidated events, their mentions, claim values.

Writers take the store's connection and must be called inside `with db:`; readers work on a
read-only connection too. Tables are created by migration 3.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from typing import Any

from ..errors import StoreError
from .indexes import documents_by_meta

_CHUNK = 500

# the page's body, for the texts of events stored without evidence
_BODY = "(SELECT body FROM documents WHERE id = e.doc_id)"
# the columns of `key_event_rows`, in this order (build.py names the positions it reads). Not the page's
# file and date: joined here they were read once per event, and a page has several (`document_meta`).
_KEY_COLUMNS = (
    "k.n, e.doc_id, e.idx, e.type, e.mode, e.actor, e.recipient, e.date, e.place, e.negated, e.hypothetical, "
    "e.future, "
    # the workers' evidence as one JSON array [names, nearby names, entities]: one decode, not three
    "'[' || v.names || ',' || v.nearby_names || ',' || v.entities || ']' AS evidence, "
    # the sentence, its texts and the lead only for events stored without evidence (by a version before
    # migration 5), as one JSON array [sentence start, end, event start, end, sentence text, window start,
    # window text, lead text]: the others are read from their evidence alone, and a column costs each row
    # its fetch even when it is empty
    "CASE WHEN v.names IS NULL THEN json_array(json_extract(e.sentence, '$[0]'), json_extract(e.sentence, '$[1]'), "
    "e.start, e.\"end\", "
    f"substr({_BODY}, json_extract(e.sentence, '$[0]') + 1, "
    "json_extract(e.sentence, '$[1]') - json_extract(e.sentence, '$[0]')), "
    "max(json_extract(e.sentence, '$[0]') - ?1, 0), "
    f"substr({_BODY}, max(json_extract(e.sentence, '$[0]') - ?1, 0) + 1, "
    "json_extract(e.sentence, '$[1]') - max(json_extract(e.sentence, '$[0]') - ?1, 0) + ?1), "
    f"substr({_BODY}, 1, ?2)) END")
# directions asked in one statement (five parameters each, well under SQLite's limit)
_DIRECTIONS_AT_ONCE = 400


def _tuples(db: sqlite3.Connection, sql: str, params: Any = ()) -> sqlite3.Cursor:
    """Rows as plain tuples, whatever the connection's row factory (a `sqlite3.Row` costs more to make)."""
    cursor = db.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


def _dicts(db: sqlite3.Connection, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
    """Rows as dicts, built from plain tuples: `dict(sqlite3.Row)` looks every column up by name."""
    cursor = _tuples(db, sql, params)
    names = [d[0] for d in cursor.description]
    return map(dict, map(zip, repeat(names), cursor))


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


# `x IN (SELECT value FROM json_each(?))` with the ids as one JSON array: an IN list of hundreds of
# parameters cost several times more to prepare and bind than the search it makes
_IN_IDS = "IN (SELECT value FROM json_each(?))"


def _ids(ids: Sequence[str]) -> tuple[str]:
    return (json.dumps(list(ids), ensure_ascii=False),)


def require_tables(db: sqlite3.Connection) -> None:
    """Raise StoreError when the database predates consolidation (migration 3 not applied)."""
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='cevents'").fetchone()
    if row is None:
        raise StoreError("the database has no consolidation tables: open it once with a writer "
                         "(ingest or `xronika consolidate`) to migrate it")


# --- reading the extraction layers -------------------------------------------------

# the indexes a bulk load puts aside (`indexes.DEFERRABLE_TABLES`) that the reads below look up by: they are
# rebuilt before consolidation's tasks start, the others while the tasks run; `figure_rows` needs only two
INDEXES_READ_BY_CLAIMS = frozenset({"figures_doc", "documents_id_meta"})
INDEXES_READ = INDEXES_READ_BY_CLAIMS | {"events_doc", "events_type_pair", "entities_doc", "entities_kb_doc",
                                         "entities_name_doc", "dates_doc", "dup_pairs_other", "event_evidence_doc"}


# consolidation's tables with secondary indexes, and those indexes (migration 3): put aside while a run folds
# in as many pages as the store had consolidated (`build`), the events' only while they have no rows, as
# replacing a key's events looks its old ones up by them
CLAIM_TABLES, EVENT_TABLES = ("claim_values",), ("cevents", "cevent_mentions")
CONSOLIDATION_INDEXES = frozenset({"claim_values_group", "claim_values_pair", "cevents_key", "cevents_pair",
                                   "cevent_mentions_event"})


def all_document_ids(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]


def consolidated_count(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COUNT(*) FROM consolidated_docs").fetchone()[0]


def has_events(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM cevents LIMIT 1").fetchone() is not None


def unconsolidated_ids(db: sqlite3.Connection) -> list[str]:
    """Stored documents no committed consolidation has folded in (`mark_consolidated`), in id order."""
    return [r[0] for r in db.execute(
        "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM consolidated_docs c WHERE c.doc_id = d.id) "
        "ORDER BY id")]


def event_keys_of_documents(db: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[tuple[str, str, str, str], int]:
    """(type, mode, actor, recipient) of every event the documents hold, with how many they hold."""
    # for half the store or more, one pass over the table: through the doc_id index, each event was a read
    # of its own (4.4 s for a 100k-page store read cold, against 1.8)
    scan = " NOT INDEXED" if 2 * len(doc_ids) >= document_count(db) else ""
    return {(type_, mode, actor, recipient): n for type_, mode, actor, recipient, n in db.execute(
        f"SELECT type, mode, actor, recipient, COUNT(*) FROM events{scan} WHERE doc_id {_IN_IDS} GROUP BY 1, 2, 3, 4",
        _ids(doc_ids))}


def key_event_rows(db: sqlite3.Connection, directions: Sequence[tuple[str, str, str | None, str | None]],
                   window: int = 300, lead: int = 300) -> Iterator[tuple[Any, ...]]:
    """Every stored event of the given (type, mode, actor, recipient) directions as `_KEY_COLUMNS` tuples,
    the first being the direction's position in `directions`; the rows of one direction come together and
    in that order (streamed: a pair of countries may have tens of thousands). The text columns are filled
    only for events without evidence: their sentence, `window` characters around it, the page's first
    `lead` characters. One statement for many directions: a statement a key cost more than its rows.
    Events are not joined with their pages: those of a page no longer stored are left to the caller."""
    for first in range(0, len(directions), _DIRECTIONS_AT_ONCE):
        chunk = directions[first:first + _DIRECTIONS_AT_ONCE]
        # numbered parameters: ?1 and ?2 are the window and the lead, then five a direction
        values = ",".join(f"(?{i},?{i + 1},?{i + 2},?{i + 3},?{i + 4})" for i in range(3, 3 + 5 * len(chunk), 5))
        params: list[Any] = [window, lead]
        for n, direction in enumerate(chunk, first):
            params.append(n)
            params.extend(direction)
        # CROSS JOIN keeps the directions the outer loop, visited in the order given, so the rows come
        # grouped by direction without a sort (and, within one, in the order a query per direction gave)
        yield from _tuples(
            db, f"WITH k(n, type, mode, actor, recipient) AS (VALUES {values}) "
            f"SELECT {_KEY_COLUMNS} FROM k CROSS JOIN events e "
            "LEFT JOIN event_evidence v ON v.doc_id = e.doc_id AND v.idx = e.idx "
            "WHERE e.type = k.type AND e.mode = k.mode AND e.actor IS k.actor AND e.recipient IS k.recipient",
            params)


def document_meta(db: sqlite3.Connection, doc_ids: Sequence[str]) -> list[tuple[str, str | None, str | None]]:
    """(id, file, published) of those of the documents that are stored."""
    out: list[tuple[str, str | None, str | None]] = []
    pages = documents_by_meta(db)
    for chunk in _chunks(list(doc_ids)):
        out.extend(_tuples(db, f"SELECT d.id, d.file, d.published FROM {pages} WHERE d.id {_IN_IDS}", _ids(chunk)))
    return out


def entity_rows(db: sqlite3.Connection, doc_ids: Sequence[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(list(doc_ids)):
        for row in _dicts(
                db, "SELECT doc_id, name, type, code, kb_id, mentions, start, \"end\" FROM entities "
                f"WHERE doc_id IN ({_marks(len(chunk))}) AND type IN ('FAC', 'ORG')", chunk):
            row["mentions"] = [tuple(m) for m in json.loads(row["mentions"] or "[]")] or [(row["start"], row["end"])]
            out.append(row)
    return out


def masked_spans(db: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Spans of countries, places, persons and dates: names every story of a pair shares."""
    out: dict[str, list[tuple[int, int]]] = {d: [] for d in doc_ids}
    for chunk in _chunks(list(doc_ids)):
        marks = _marks(len(chunk))
        for r in db.execute(f"SELECT doc_id, mentions, start, \"end\" FROM entities WHERE doc_id IN ({marks}) "
                            "AND type IN ('GPE', 'LOC', 'PER')", chunk):
            out[r[0]].extend(tuple(m) for m in json.loads(r[1] or "[]") or [(r[2], r[3])])
        for r in db.execute(f"SELECT doc_id, start, \"end\" FROM dates WHERE doc_id IN ({marks})", chunk):
            out[r[0]].append((r[1], r[2]))
    return out


def entity_document_frequency(db: sqlite3.Connection, kb_ids: Sequence[str], names: Sequence[str]
                              ) -> dict[str, int]:
    """How many documents mention each entity (by kb id, else by name): common ones are weak evidence."""
    freq: dict[str, int] = {}
    for chunk in _chunks(list(kb_ids)):
        freq.update((r[0], r[1]) for r in db.execute(
            f"SELECT kb_id, COUNT(DISTINCT doc_id) FROM entities WHERE kb_id IN ({_marks(len(chunk))}) "
            "GROUP BY kb_id", chunk))
    for chunk in _chunks(list(names)):
        freq.update((r[0], r[1]) for r in db.execute(
            f"SELECT name, COUNT(DISTINCT doc_id) FROM entities WHERE name IN ({_marks(len(chunk))}) "
            "GROUP BY name", chunk))
    return freq


def common_names(db: sqlite3.Connection, limit: float) -> set[str]:
    """Proper names near events on more than `limit` pages (counted from the workers' event evidence)."""
    return {r[0] for r in db.execute("SELECT name FROM evidence_names WHERE docs > ?", (limit,))}


def count_evidence_names(db: sqlite3.Connection, nearby_by_page: Iterable[Iterable[str]]) -> None:
    """Add new pages to `evidence_names`: per page, the JSON lists of names near its events."""
    counts: Counter[str] = Counter()
    for texts in nearby_by_page:
        names: set[str] = set()
        for text in set(texts):  # the events of one sentence share one text
            names.update(json.loads(text))
        counts.update(names)
    db.executemany("INSERT INTO evidence_names VALUES (?, ?) "
                   "ON CONFLICT(name) DO UPDATE SET docs = docs + excluded.docs", counts.items())


def document_count(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def duplicate_pairs(db: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[frozenset[str], tuple[str, float]]:
    """Near/exact duplicate pairs touching the documents: {frozenset(a, b): (kind, similarity)}."""
    pairs: dict[frozenset[str], tuple[str, float]] = {}
    for chunk in _chunks(list(doc_ids)):
        marks = _marks(len(chunk))
        for r in db.execute(f"SELECT doc_id, other_id, kind, similarity FROM dup_pairs "
                            f"WHERE doc_id IN ({marks}) OR other_id IN ({marks})", (*chunk, *chunk)):
            pairs[frozenset((r[0], r[1]))] = (r[2], r[3] or 0.0)
    return pairs


def figure_rows(db: sqlite3.Connection, doc_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(doc_id, idx, metric, parties as JSON, value, unit, period, approx, published) of the pages' figures:
    tuples, and the parties left as text (a store holds few distinct ones: decoded once each by the caller)."""
    out: list[tuple[Any, ...]] = []
    pages = documents_by_meta(db)
    for chunk in _chunks(list(doc_ids)):
        out.extend(_tuples(
            db, "SELECT f.doc_id, f.idx, f.metric, f.parties, f.value, f.unit, f.period, f.approx, d.published "
            f"FROM figures f JOIN {pages} ON d.id = f.doc_id WHERE f.doc_id {_IN_IDS}", _ids(chunk)))
    return out


# --- writing --------------------------------------------------------------------------

# a consolidated event as `replace_key_events` takes it: these values, in this order
CEVENT_FIELDS = ("id", "type", "mode", "actor", "recipient", "pair_a", "pair_b", "date", "place", "n_sources",
                 "n_mentions", "planned")


def replace_key_events(db: sqlite3.Connection, results: list[tuple[str, list[tuple[Any, ...]],
                                                                   list[tuple[str, str, int, str]]]],
                       fresh: bool = False) -> None:
    """Swap every consolidated event of each key for a freshly clustered set: (key, events, mentions) with
    events as CEVENT_FIELDS values. One task's keys at once: a fresh store has none to delete, and asking
    key by key cost three statements a key. `fresh`: the caller knows no key has events stored (the
    table was empty when its run began), so none are looked up."""
    keys = [] if fresh else [key for key, _, _ in results]
    for chunk in _chunks(keys):
        marks = _marks(len(chunk))
        old = [r[0] for r in db.execute(f"SELECT id FROM cevents WHERE key IN ({marks})", chunk)]
        if old:
            for ids in _chunks(old):
                db.execute(f"DELETE FROM cevent_mentions WHERE cevent_id IN ({_marks(len(ids))})", ids)
            db.execute(f"DELETE FROM cevents WHERE key IN ({marks})", chunk)
    now = time.time()
    db.executemany("INSERT INTO cevents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   [(e[0], key, *e[1:-1], int(e[-1]), now)  # id, key, ..., planned, updated
                    for key, events, _ in results for e in events])
    db.executemany("INSERT OR REPLACE INTO cevent_mentions VALUES (?,?,?,?)",
                   [m for _, _, mentions in results for m in mentions])


def replace_claim_values(db: sqlite3.Connection, doc_ids: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    for chunk in _chunks(list(doc_ids)):
        db.execute(f"DELETE FROM claim_values WHERE doc_id {_IN_IDS}", _ids(chunk))
    db.executemany("INSERT OR REPLACE INTO claim_values VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def mark_consolidated(db: sqlite3.Connection, doc_ids: Sequence[str]) -> None:
    now = time.time()
    db.executemany("INSERT OR REPLACE INTO consolidated_docs VALUES (?, ?)", [(d, now) for d in doc_ids])


def clear(db: sqlite3.Connection) -> None:
    for table in ("cevent_mentions", "cevents", "claim_values", "consolidated_docs"):
        db.execute(f"DELETE FROM {table}")


# --- read side ------------------------------------------------------------------------

def pair_events(db: sqlite3.Connection, a: str, b: str) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute(
        "SELECT * FROM cevents WHERE pair_a = ? AND pair_b = ? ORDER BY date IS NULL, date, id", (a, b))]


def cevent(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM cevents WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 1",
                     (event_id, f"{event_id}%")).fetchone()
    return dict(row) if row else None


def cevent_mentions(db: sqlite3.Connection, event_ids: Sequence[str], snippets: bool = False
                    ) -> list[dict[str, Any]]:
    """The mentions of consolidated events with their page; `snippets` adds the sentence text."""
    snippet = (", substr(d.body, json_extract(e.sentence, '$[0]') + 1, "
               "json_extract(e.sentence, '$[1]') - json_extract(e.sentence, '$[0]')) AS snippet") if snippets else ""
    out: list[dict[str, Any]] = []
    for chunk in _chunks(list(event_ids)):
        out.extend(dict(r) for r in db.execute(
            f"SELECT m.cevent_id, m.doc_id, m.idx, m.reasons, e.start, e.\"end\", e.sentence, e.trigger, e.date, "
            f"e.place, e.actor, e.recipient, e.future, d.file, d.site, d.url, d.published, d.title{snippet} "
            "FROM cevent_mentions m JOIN events e ON e.doc_id = m.doc_id AND e.idx = m.idx "
            "JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.cevent_id IN ({_marks(len(chunk))}) ORDER BY d.published IS NULL, d.published, d.file, m.idx",
            chunk))
    for row in out:
        row["reasons"] = json.loads(row["reasons"] or "[]")
        row["sentence"] = json.loads(row["sentence"]) if row["sentence"] else None
    return out


def claim_value_rows(db: sqlite3.Connection, metric: str | None = None, pair: tuple[str, str] | None = None,
                     party_key: str | None = None) -> list[dict[str, Any]]:
    where, args = [], []
    if metric:
        where.append("c.metric = ?")
        args.append(metric)
    if pair:
        where.append("c.pair_a = ? AND c.pair_b = ?")
        args.extend(pair)
    if party_key:
        where.append("c.party_key = ?")
        args.append(party_key)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return [dict(r) for r in db.execute(
        "SELECT c.*, f.start, f.\"end\", d.file, d.site, d.url, d.published, "
        "substr(d.body, f.start + 1, f.\"end\" - f.start) AS text "
        "FROM claim_values c JOIN figures f ON f.doc_id = c.doc_id AND f.idx = c.idx "
        f"JOIN documents d ON d.id = c.doc_id {clause} "
        "ORDER BY c.metric, c.party_key, c.period IS NULL, c.period, c.group_key, d.published, d.file", args)]
