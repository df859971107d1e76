"""Incremental consolidation over the store: called after each ingested batch, or for everything at once.

For every (type, mode, parties) key the new pages touch, all stored mentions of that key are clustered
again, so the result does not depend on the order pages arrived in and re-running is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import chain, islice
from sys import intern
from typing import Any, NamedTuple

from ..errors import StoreError
from ..executor import collector_tuned
from ..lang.az.morph import az_lower
from ..lang.memo import MemoTable
from ..search_terms import known_names
from ..store import Store
from ..store import consolidated as sql
from .claims import claim_rows
from .events import Mention, add_copies, cluster_mentions
from .evidence import LEAD, WINDOW, entity_id, json_strings, near
from .matching import event_key, knowledge_base, unordered
from .names import SpanSet, proper_names

# event rows (with their sentence, window and lead texts) or pages' figures read at once, and pages whose
# entities stay loaded: memory stays flat however many pages one pair of countries has
ROWS_AT_ONCE, PAGES_KEPT = 2_000, 10_000
# the columns of `sql.key_event_rows` this module reads
(_DOC, _IDX, _TYPE, _MODE, _ACTOR, _RECIPIENT, _DATE, _PLACE, _NEGATED, _HYPOTHETICAL, _FUTURE, _EVIDENCE,
 _TEXTS) = range(1, 14)
# `_Context._verdict`: never a key entity; an entity outside the KB (no party)
_NEVER, _OUTSIDE_KB = object(), object()
# an entity in more than this share of all pages (e.g. a news agency) says nothing about which event it is
COMMON_SHARE, COMMON_FLOOR = 0.02, 50


@dataclass
class ConsolidationStats:
    documents: int = 0
    keys: int = 0
    mentions: int = 0
    events: int = 0
    merged: int = 0  # mentions that joined an event another page reported
    claims: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@lru_cache(maxsize=4096)
def _party_short(kb_id: str) -> str | None:
    entry = knowledge_base().get(kb_id)
    return entry.short if entry else None


# Source: compiled by hand; Azerbaijani (and English) words that name news media
MEDIA_WORDS = ("agentliyi", "agentlik", "televiziya", "qəzeti", "qəzet", "radio", "portal", "xəbər", "informasiya",
               "news", "press", "media")


@lru_cache(maxsize=4096)
def is_news_outlet(name: str, kb_id: str | None) -> bool:
    """A news outlet is named in every story it publishes: it says nothing about which event it is.
    Outlets go by their web address (`Report.az`) or call themselves agency, TV or newspaper."""
    entry = knowledge_base().get(kb_id) if kb_id else None
    names = (name, *(entry.aliases if entry else ()), *((entry.name,) if entry else ()))
    return any("." in az_lower(n) or any(word in az_lower(n) for word in MEDIA_WORDS) for n in names)


class _Named(NamedTuple):
    """A facility or organisation of a page, as consolidation needs it (thousands of pages stay loaded)."""

    id: str
    name: str
    kb_id: str | None
    spans: array  # mention offsets, flat: start, end, start, end ...

    def mentions(self) -> Iterator[tuple[int, int]]:
        return zip(self.spans[::2], self.spans[1::2], strict=True)


def _named(row: dict[str, Any]) -> _Named:
    spans = array("q", [x for m in row["mentions"] for x in m])
    return _Named(entity_id(row["kb_id"], row["name"]), row["name"], row["kb_id"], spans)


class _Context:
    """Entities, duplicates and frequencies of the pages one run looks at, loaded once."""

    def __init__(self, db: sqlite3.Connection, common: tuple[float, frozenset[str]]) -> None:
        self.db = db
        self.entities: dict[str, list[_Named]] = {}
        self.duplicates: dict[frozenset[str], tuple[str, float]] = {}
        self.copies: dict[str, set[str]] = {}  # the duplicates by page, kept as they load
        self._dup_loaded: set[str] = set()
        self.frequency: dict[str, int] = {}
        self.masked: dict[str, SpanSet] = {}
        self.lead_names: dict[str, frozenset[str]] = {}  # proper names of each page's lead
        self.common_limit, self.common_names = common
        self._verdicts = MemoTable(lambda key: self._verdict(*key), 100_000)  # (name, kb id) -> `_verdict`
        self._asked: set[tuple[str | None, str]] = set()  # (kb id, name) whose frequency was loaded
        self.pages: dict[str, tuple[str, str | None]] = {}  # page -> its file (else its id), publication date

    def stored(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The event rows of stored pages (whose file and date are then known): read once a page, not once
        an event as a join did."""
        pages = self.pages
        missing = {r[_DOC] for r in rows} - pages.keys()
        if missing:
            for doc_id, file, published in sql.document_meta(self.db, sorted(missing)):
                pages[doc_id] = (intern(file or doc_id), None if published is None else intern(published))
            if not missing <= pages.keys():
                rows = [r for r in rows if r[_DOC] in pages]
        return rows

    def load(self, rows: list[tuple[Any, ...]], evidences: list[Any]) -> None:
        """What the mentions of these event rows (`sql.key_event_rows`, with their decoded evidence) are
        compared with: their pages' duplicates and how common their entities are; for events stored without
        evidence, their pages' entities and masked spans."""
        doc_ids = {r[_DOC] for r in rows}
        missing = sorted({r[_DOC] for r, ev in zip(rows, evidences, strict=True) if ev is None} - self.entities.keys())
        if missing:
            known_names()  # lemmas as the workers make them, whatever ran in this process before
            for d in missing:
                self.entities[d] = []
            entity_rows = sql.entity_rows(self.db, missing)
            for row in entity_rows:
                self.entities[row["doc_id"]].append(_named(row))
            self._load_frequency((r["kb_id"], r["name"]) for r in entity_rows)
            self.masked.update((d, SpanSet(spans)) for d, spans in sql.masked_spans(self.db, missing).items())
        # the entities of the evidence, each asked once a run: most come back chunk after chunk
        entities = {(e[2], e[1]) for ev in evidences if ev for e in ev[2]} - self._asked
        if entities:
            self._asked |= entities
            self._load_frequency(entities)
        fresh = [d for d in doc_ids if d not in self._dup_loaded]
        if fresh:
            pairs = sql.duplicate_pairs(self.db, fresh)
            add_copies(self.copies, pairs)
            self.duplicates.update(pairs)
            self._dup_loaded.update(fresh)

    def _load_frequency(self, entities: Iterable[tuple[str | None, str]]) -> None:
        kb_ids, names = set(), set()
        for kb_id, name in entities:
            if kb_id and kb_id not in self.frequency:
                kb_ids.add(kb_id)
            elif not kb_id and name not in self.frequency:
                names.add(name)
        if kb_ids or names:
            self.frequency.update(sql.entity_document_frequency(self.db, sorted(kb_ids), sorted(names)))

    def trim(self) -> None:
        """Forget the entities, files and dates of pages once many are loaded (duplicates and frequencies stay:
        both are small)."""
        if len(self.entities) > PAGES_KEPT:
            self.entities.clear()
            self.masked.clear()
            self.lead_names.clear()
        if len(self.pages) > PAGES_KEPT:
            self.pages.clear()

    def key_entities(self, actor: str | None, recipient: str | None,
                     entities: Iterable[tuple[str, str, str | None, bool]]
                     ) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """Of the facilities/organisations near the event, (id, name, kb id, in its sentence), those that
        tell stories apart: not a news outlet, not one of the parties, not common in the whole store."""
        found: dict[str, str] = {}
        focus: set[str] = set()
        verdicts = self._verdicts
        for eid, name, kb_id, in_sentence in entities:
            verdict = verdicts[name, kb_id]
            if verdict is _NEVER or (verdict is not _OUTSIDE_KB and verdict in (actor, recipient)):
                continue  # a news outlet, common in the store, or one of the parties itself
            eid = intern(eid)
            found[eid] = intern(name)
            if in_sentence:
                focus.add(eid)
        return tuple(sorted(found.items())), frozenset(focus)

    def _verdict(self, name: str, kb_id: str | None) -> object:
        """What decides whether an entity tells stories apart, the same for all its mentions: _NEVER (a
        news outlet, or common in the store), else the short name of its KB entry (which is not key for an
        event of that party), or _OUTSIDE_KB. Its frequency is loaded before any of its mentions is asked."""
        if is_news_outlet(name, kb_id) or self.frequency.get(kb_id or name, 0) > self.common_limit:
            return _NEVER
        return _party_short(kb_id) if kb_id else _OUTSIDE_KB

    def nearby_entities(self, row: dict[str, Any]) -> Iterator[tuple[str, str, str | None, bool]]:
        """For an event stored without evidence: its page's facilities/organisations near its sentence."""
        start, end = row["sentence"]
        for entity in self.entities.get(row["doc_id"], ()):
            found, focus = near(list(entity.mentions()), start, end)
            if found:
                yield entity.id, entity.name, entity.kb_id, focus


def _mention(row: tuple[Any, ...], evidence: list[Any] | None, context: _Context) -> Mention:
    actor, recipient = row[_ACTOR], row[_RECIPIENT]
    if evidence is not None:  # computed by the workers (evidence.py)
        names, nearby_names, entities = evidence
        nearby, focus = context.key_entities(actor, recipient, entities)
        names, nearby_names = frozenset(map(intern, names)), frozenset(map(intern, nearby_names))
    else:
        text_row = _text_row(row)
        nearby, focus = context.key_entities(actor, recipient, context.nearby_entities(text_row))
        names, nearby_names = _names_from_text(text_row, context)
    if context.common_names:
        names, nearby_names = names - context.common_names, nearby_names - context.common_names
    # a key of a large store has tens of thousands of mentions, all held while it is clustered: the
    # names, parties, dates and pages they repeat are kept once (interned), not once per mention
    doc_id, date, place = intern(row[_DOC]), row[_DATE], row[_PLACE]
    file, published = context.pages[doc_id]
    return Mention(doc_id=doc_id, idx=row[_IDX], type=intern(row[_TYPE]), mode=intern(row[_MODE]),
                   actor=None if actor is None else intern(actor),
                   recipient=None if recipient is None else intern(recipient),
                   date=None if date is None else intern(date), place=None if place is None else intern(place),
                   future=bool(row[_FUTURE]), file=file, published=published,
                   key_entities=nearby, focus_entities=focus, names=names, nearby_names=nearby_names)


def _text_row(row: tuple[Any, ...]) -> dict[str, Any]:
    """An event stored without evidence, as `nearby_entities` and `_names_from_text` read it."""
    start, end, event_start, event_end, sentence_text, window_start, window_text, lead_text = json.loads(row[_TEXTS])
    return {"doc_id": row[_DOC], "sentence": (event_start, event_end) if start is None else (start, end),
            "sentence_text": sentence_text, "window_start": window_start, "window_text": window_text,
            "lead_text": lead_text}


def _names_from_text(row: dict[str, Any], context: _Context) -> tuple[frozenset[str], frozenset[str]]:
    doc_id = row["doc_id"]
    masked = context.masked.get(doc_id) or SpanSet()
    names = proper_names(row["sentence_text"] or "", row["sentence"][0], masked)
    lead = context.lead_names.get(doc_id)
    if lead is None:
        lead = context.lead_names[doc_id] = proper_names(row["lead_text"] or "", 0, masked)
    return names, proper_names(row["window_text"] or "", row["window_start"], masked) | lead | names


def _key_mentions(db: sqlite3.Connection, payload: list[tuple[str, tuple[str, str, str | None, str | None]]],
                  context: _Context) -> Iterator[list[Mention]]:
    """The mentions of each key of a task, one list per key in the task's order: read in one stream of
    rows (a statement per key cost more than the rows of most keys), a key's list held while it is
    clustered, the rows a chunk at a time."""
    directions: list[tuple[str, str, str | None, str | None]] = []
    owners: list[int] = []  # the key of each direction
    for i, (_, (type_, mode, actor, recipient)) in enumerate(payload):
        pairs = {(actor, recipient)}
        if unordered(type_, mode):
            pairs.add((recipient, actor))
        for a, b in sorted(pairs, key=str):
            directions.append((type_, mode, a, b))
            owners.append(i)
    rows = sql.key_event_rows(db, directions, WINDOW, LEAD)
    key, mentions = 0, []
    while chunk := list(islice(rows, ROWS_AT_ONCE)):
        chunk = [r for r in chunk if not (r[_NEGATED] or r[_HYPOTHETICAL])]  # what did not happen is no event
        chunk = context.stored(chunk)
        # the chunk's evidence in one decode: a call per row cost more than its parsing
        evidences = json.loads("[" + ",".join(["null" if r[_EVIDENCE] is None else r[_EVIDENCE] for r in chunk]) + "]")
        context.load(chunk, evidences)
        for row, evidence in zip(chunk, evidences, strict=True):
            owner = owners[row[0]]
            if owner != key:
                if owner < key:
                    raise StoreError("event rows of a key did not come together")
                while key < owner:
                    yield mentions
                    key, mentions = key + 1, []
            mentions.append(_mention(row, evidence, context))
        context.trim()
    while key < len(payload):
        yield mentions
        key, mentions = key + 1, []


def _common(db: sqlite3.Connection) -> tuple[float, frozenset[str]]:
    """How many pages make an entity common, and the proper names that common (store-wide, computed once)."""
    limit = max(COMMON_FLOOR, COMMON_SHARE * sql.document_count(db))
    # a name around events on many pages (an agency's, a region's) is no evidence either, and as an
    # index to clusters it made every mention a candidate for every other
    return limit, frozenset(sql.common_names(db, limit))


# mentions clustered by one task (a larger key is a task of its own): what a task holds at once, its
# mentions and its result, stays the same however large the store (at 100k pages, 32 keys a task held
# up to 80k mentions and left each worker ~110 MB larger)
MENTIONS_PER_TASK = 2_000
# pages folded in at once from which consolidation puts its tables' indexes aside (if as many as it has
# folded in before): fewer are written faster with the indexes than the indexes are rebuilt
BULK_DOCUMENTS = 1_000
Task = tuple[str, list[Any]]  # ("keys", [(key, (type, mode, actor, recipient)), ...]) or ("claims", [doc_id, ...])


def _claim_tasks(doc_ids: list[str]) -> list[Task]:
    return [("claims", doc_ids[i:i + ROWS_AT_ONCE]) for i in range(0, len(doc_ids), ROWS_AT_ONCE)]


def _key_tasks(keys: dict[str, tuple[str, str, str | None, str | None]], sizes: dict[str, int]) -> list[Task]:
    tasks: list[Task] = []
    group: list[Any] = []
    held = 0
    for key, spec in sorted(keys.items()):
        if group and held + sizes.get(key, 0) > MENTIONS_PER_TASK:
            tasks.append(("keys", group))
            group, held = [], 0
        group.append((key, spec))
        held += sizes.get(key, 0)
    if group:
        tasks.append(("keys", group))
    return tasks


def _spread(tasks: list[Task], others: list[Task]) -> list[Task]:
    """`tasks` with `others` spread evenly among them, in their order."""
    out: list[Task] = []
    step = len(tasks) / (len(others) + 1)
    for n, other in enumerate(others, 1):
        out.extend(tasks[round((n - 1) * step):round(n * step)])
        out.append(other)
    out.extend(tasks[round(len(others) * step):])
    return out


def _run_task(db: sqlite3.Connection, context: _Context, task: Task) -> list[Any]:
    """What one task writes, read and computed without writing: a task can run in any process."""
    kind, payload = task
    if kind == "claims":
        return claim_rows(sql.figure_rows(db, payload))
    out = []
    for (key, _), key_mentions in zip(payload, _key_mentions(db, payload, context), strict=True):
        clusters = cluster_mentions(key_mentions, context.duplicates, context.copies)
        n = len(key_mentions)
        events = [c.values() for c in clusters]  # as sql.replace_key_events takes them (CEVENT_FIELDS)
        mentions = [(event[0], m.doc_id, m.idx, json_strings(reasons))  # event[0]: the cluster's id, hashed once
                    for c, event in zip(clusters, events, strict=True)
                    for m, reasons in zip(c.mentions, c.reasons, strict=True)]
        out.append((key, events, mentions, n))
    return out


_reader: tuple[str, sqlite3.Connection, _Context] | None = None  # a worker process's, for one run


def run_task(path: str, run: str, common: tuple[float, frozenset[str]], task: Task) -> list[Any]:
    """`_run_task` in a worker process, over its own read-only connection to the store (one per run)."""
    global _reader
    if _reader is None or _reader[0] != run:
        if _reader is not None:
            _reader[1].close()
        db = Store.open_readonly(path).db
        _reader = (run, db, _Context(db, common))
    return _run_task(_reader[1], _reader[2], task)


# how a caller runs tasks elsewhere: starmap(run_task, [args, ...], ahead) -> results in the order given,
# the first `ahead` tasks started when it is called (`LocalExecutor.starmap`); if the results have a
# `ready()` (`executor.Results`), this process rebuilds indexes while the next is not
Starmap = Callable[[Callable[..., list[Any]], list[tuple[Any, ...]], int], Iterator[list[Any]]]
# tasks started before their results are written: the pool's processes go on working while this one
# rebuilds indexes (~1.1 s at 10k pages, ~0.1 s a task). What waits stays small: a task's events and
# mentions (~0.5 MB); the claims of 2,000 pages are ~6 MB, so no more than CLAIM_TASKS_AHEAD of those
# (with 16, the peak memory of a 100k-page run grew by ~75 MB)
TASKS_AHEAD, CLAIM_TASKS_AHEAD = 16, 3


def _ahead(tasks: list[Task]) -> int:
    """How many of `tasks` to start at once: TASKS_AHEAD, fewer if so many would hold more than
    CLAIM_TASKS_AHEAD claims tasks (spread evenly, as `_spread` puts them)."""
    claims = sum(kind == "claims" for kind, _ in tasks)
    if not claims:
        return TASKS_AHEAD
    return min(TASKS_AHEAD, max(CLAIM_TASKS_AHEAD, CLAIM_TASKS_AHEAD * len(tasks) // claims))


def consolidate_documents(store: Store, doc_ids: list[str], starmap: Starmap | None = None) -> ConsolidationStats:
    """Fold newly stored pages into the consolidated events and the claims table (idempotent).

    With `starmap` (e.g. a process pool's), the clustering and claims are computed by `run_task` in other
    processes, each reading the committed store; this process only writes, in one transaction.
    """
    # a task's mentions and clusters are many long-lived objects: with the default threshold the collector
    # walked them again and again as clusters were made. An ingest already runs under this setting; a
    # rebuild (`xronika consolidate`) did not
    with collector_tuned():
        return _consolidate(store, doc_ids, starmap)


def _consolidate(store: Store, doc_ids: list[str], starmap: Starmap | None) -> ConsolidationStats:
    db = store.db
    stats = ConsolidationStats(documents=len(doc_ids))
    if not doc_ids:
        return stats
    sql.require_tables(db)
    common = _common(db)
    run = f"{store.path}:{time.time_ns()}"
    context = _Context(db, common) if starmap is None else None

    def started(tasks: list[Task], ahead: int) -> Iterator[list[Any]]:
        if context is not None:  # no pool: each task runs here when its result is asked for
            return (_run_task(db, context, task) for task in tasks)
        return starmap(run_task, [(store.path, run, common, task) for task in tasks], ahead)

    # those of consolidation's own indexes a killed run left aside: replacing events looks old ones up by them
    store.restore_indexes(sql.CONSOLIDATION_INDEXES)
    fresh = not sql.has_events(db)
    # after a bulk load the indexes put aside come back in three steps, the pool clustering meanwhile:
    # what the claims read (the first claims tasks then start), what the events read, and the rest while
    # results come in
    store.restore_indexes(sql.INDEXES_READ_BY_CLAIMS)
    claim_tasks = _claim_tasks(doc_ids)
    first, later = claim_tasks[:CLAIM_TASKS_AHEAD], claim_tasks[CLAIM_TASKS_AHEAD:]
    first_results = started(first, CLAIM_TASKS_AHEAD)
    store.restore_indexes(sql.INDEXES_READ)
    keys: dict[str, tuple[str, str, str | None, str | None]] = {}
    sizes: dict[str, int] = {}  # mentions of each key among these pages: how tasks are cut
    for spec, n in sorted(sql.event_keys_of_documents(db, doc_ids).items(), key=lambda kv: str(kv[0])):
        key = event_key(*spec)
        keys.setdefault(key, spec)
        sizes[key] = sizes.get(key, 0) + n
    # the other claims tasks spread among the keys' rather than after them: each claims result costs this
    # process more to write than the pool to compute (written last, they kept it busy after the pool was
    # done), and is large (a window of them grew a 100k-page run's peak memory by ~75 MB)
    rest_tasks = _spread(_key_tasks(keys, sizes), later)
    rest_results = started(rest_tasks, _ahead(rest_tasks))
    indexes_left = store.deferred_indexes()
    if len(doc_ids) >= max(BULK_DOCUMENTS, sql.consolidated_count(db)):
        # as many pages as the store had consolidated: the secondary indexes of the tables written below are
        # built once at the end, not row by row (at 100k pages, 18 s of writes against 7 s and 3 to build)
        store.defer_indexes(sql.CLAIM_TABLES + (sql.EVENT_TABLES if fresh else ()))

    def taken(results: Iterator[list[Any]]) -> Iterator[list[Any]]:
        """Each result; while the next is still being computed, the other indexes are rebuilt one by one.
        Rebuilt before the writes, they kept this process from taking results and the pool ran out of
        tasks; rebuilt after, the pool waited for them. Each rebuild commits what is written so far."""
        ready = getattr(results, "ready", lambda: True)  # a pool's results say; computed here, they are
        while True:
            while indexes_left and not ready():
                store.restore_indexes([indexes_left.pop(0)])
            try:
                yield next(results)
            except StopIteration:
                return

    tasks, results = first + rest_tasks, chain(taken(first_results), taken(rest_results))
    try:
        with db:
            for (kind, payload), result in zip(tasks, results, strict=True):
                if kind == "claims":
                    sql.replace_claim_values(db, payload, result)
                    stats.claims += len(result)
                    continue
                sql.replace_key_events(db, [(key, events, mentions) for key, events, mentions, _ in result], fresh)
                for _, events, _, n in result:
                    stats.keys += 1
                    stats.mentions += n
                    stats.events += len(events)
                    stats.merged += n - len(events)
            store.restore_indexes()
            # last, as the writes above may be committed in parts: a run killed before this leaves its pages
            # to the next (`unconsolidated`), which clusters their keys and replaces their claims again
            sql.mark_consolidated(db, doc_ids)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot write consolidation to {store.path}: {exc}") from exc
    return stats


def unconsolidated(store: Store) -> list[str]:
    """Stored pages that no committed consolidation has taken in: those of a run killed before its
    consolidation committed, which a re-run (skipping what is stored) would not otherwise fold in."""
    sql.require_tables(store.db)
    return sql.unconsolidated_ids(store.db)


def rebuild(store: Store) -> ConsolidationStats:
    """Consolidate every stored page from scratch."""
    sql.require_tables(store.db)
    with store.db:
        sql.clear(store.db)
    return consolidate_documents(store, sql.all_document_ids(store.db))
