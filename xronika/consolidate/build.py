"""Incremental consolidation over the store: called after each ingested batch, or for everything at once.

For every (type, mode, parties) key the new pages touch, all stored mentions of that key are clustered
again, so the result does not depend on the order pages arrived in and re-running is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

from ..errors import StoreError
from ..lang.az.morph import az_lower, lemma
from ..store import Store
from ..store import consolidated as sql
from .claims import claim_row
from .events import Cluster, Mention, cluster_mentions
from .matching import event_key, knowledge_base, unordered
from .names import SpanSet, proper_names

# characters either side of the event's sentence in which a named facility or organisation counts as
# what the story is about; the page's lead (headline facts) counts too
WINDOW, LEAD = 300, 300
# event rows (with their sentence, window and lead texts) or pages' figures read at once, and pages whose
# entities stay loaded: memory stays flat however many pages one pair of countries has
ROWS_AT_ONCE, PAGES_KEPT = 2_000, 10_000
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


def _entity_id(row: dict[str, Any]) -> str:
    # an entity outside the KB is known by the lemmas of its words, so `... məktəbi` and `... məktəb` meet
    return row["kb_id"] or "name:" + " ".join(az_lower(lemma(word)) for word in row["name"].split())


class _Named(NamedTuple):
    """A facility or organisation of a page, as consolidation needs it (thousands of pages stay loaded)."""

    id: str
    name: str
    kb_id: str | None
    spans: array  # mention offsets, flat: start, end, start, end ...

    def mentions(self) -> Iterator[tuple[int, int]]:
        return zip(self.spans[::2], self.spans[1::2], strict=True)


def _named(row: dict[str, Any]) -> _Named:
    return _Named(_entity_id(row), row["name"], row["kb_id"], array("q", [x for m in row["mentions"] for x in m]))


class _Context:
    """Entities, duplicates and frequencies of the pages one run looks at, loaded once."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.entities: dict[str, list[_Named]] = {}
        self.duplicates: dict[frozenset[str], tuple[str, float]] = {}
        self._dup_loaded: set[str] = set()
        self.frequency: dict[str, int] = {}
        self.masked: dict[str, SpanSet] = {}
        self.lead_names: dict[str, frozenset[str]] = {}  # proper names of each page's lead
        self.common_limit = max(COMMON_FLOOR, COMMON_SHARE * sql.document_count(db))

    def load(self, doc_ids: set[str]) -> None:
        missing = [d for d in doc_ids if d not in self.entities]
        if missing:
            for d in missing:
                self.entities[d] = []
            rows = sql.entity_rows(self.db, missing)
            for row in rows:
                self.entities[row["doc_id"]].append(_named(row))
            kb_ids = sorted({r["kb_id"] for r in rows if r["kb_id"] and r["kb_id"] not in self.frequency})
            names = sorted({r["name"] for r in rows if not r["kb_id"] and r["name"] not in self.frequency})
            self.frequency.update(sql.entity_document_frequency(self.db, kb_ids, names))
            self.masked.update((d, SpanSet(spans)) for d, spans in sql.masked_spans(self.db, missing).items())
        fresh = [d for d in doc_ids if d not in self._dup_loaded]
        if fresh:
            self.duplicates.update(sql.duplicate_pairs(self.db, fresh))
            self._dup_loaded.update(fresh)

    def trim(self) -> None:
        """Forget the entities of pages once many are loaded (duplicates and frequencies stay: both are small)."""
        if len(self.entities) > PAGES_KEPT:
            self.entities.clear()
            self.masked.clear()
            self.lead_names.clear()

    def key_entities(self, row: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """Named facilities/organisations near the event (window or lead), and those in its sentence."""
        start, end = row["sentence"]
        lo, hi = start - WINDOW, end + WINDOW
        parties = {row["actor"], row["recipient"]}
        found: dict[str, str] = {}
        focus: set[str] = set()
        for entity in self.entities.get(row["doc_id"], ()):
            if is_news_outlet(entity.name, entity.kb_id) or (
                    entity.kb_id and _party_short(entity.kb_id) in parties):
                continue  # a news outlet, or one of the parties itself
            frequency = self.frequency.get(entity.kb_id or entity.name, 0)
            if frequency > self.common_limit:
                continue
            if any(s < hi and e > lo or s < LEAD for s, e in entity.mentions()):
                found[entity.id] = entity.name
            if any(s < end and e > start for s, e in entity.mentions()):
                focus.add(entity.id)
        return tuple(sorted(found.items())), frozenset(focus)


def _mention(row: dict[str, Any], context: _Context) -> Mention:
    nearby, focus = context.key_entities(row)
    doc_id = row["doc_id"]
    masked = context.masked.get(doc_id) or SpanSet()
    names = proper_names(row["sentence_text"] or "", row["sentence"][0], masked)
    lead = context.lead_names.get(doc_id)
    if lead is None:
        lead = context.lead_names[doc_id] = proper_names(row["lead_text"] or "", 0, masked)
    nearby_names = proper_names(row["window_text"] or "", row["window_start"], masked) | lead | names
    return Mention(doc_id=row["doc_id"], idx=row["idx"], type=row["type"], mode=row["mode"], actor=row["actor"],
                   recipient=row["recipient"], date=row["date"], place=row["place"], future=bool(row["future"]),
                   file=row["file"] or row["doc_id"], published=row["published"],
                   key_entities=nearby, focus_entities=focus,
                   names=names, nearby_names=nearby_names)


def _cluster_key(db: sqlite3.Connection, type_: str, mode: str, actor: str | None, recipient: str | None,
                 context: _Context) -> tuple[list[Cluster], int]:
    directions = {(actor, recipient)}
    if unordered(type_, mode):
        directions.add((recipient, actor))
    rows = sql.event_mentions(db, type_, mode, directions, WINDOW, LEAD)
    mentions: list[Mention] = []
    while chunk := list(islice(rows, ROWS_AT_ONCE)):
        chunk = [r for r in chunk if not (r["negated"] or r["hypothetical"])]  # what did not happen is no event
        context.load({r["doc_id"] for r in chunk})
        mentions.extend(_mention(r, context) for r in chunk)
        context.trim()
    return cluster_mentions(mentions, context.duplicates), len(mentions)


def _write_clusters(db: sqlite3.Connection, key: str, clusters: list[Cluster]) -> None:
    events = [c.to_row() for c in clusters]
    mentions = [(c.id, m.doc_id, m.idx, json.dumps(reasons, ensure_ascii=False))
                for c in clusters for m, reasons in zip(c.mentions, c.reasons, strict=True)]
    sql.replace_key_events(db, key, events, mentions)


def consolidate_documents(store: Store, doc_ids: list[str]) -> ConsolidationStats:
    """Fold newly stored pages into the consolidated events and the claims table (idempotent)."""
    db = store.db
    stats = ConsolidationStats(documents=len(doc_ids))
    if not doc_ids:
        return stats
    sql.require_tables(db)
    keys: dict[str, tuple[str, str, str | None, str | None]] = {}
    for type_, mode, actor, recipient in sorted(sql.event_keys_of_documents(db, doc_ids), key=str):
        keys.setdefault(event_key(type_, mode, actor, recipient), (type_, mode, actor, recipient))
    context = _Context(db)
    try:
        with db:
            for key, (type_, mode, actor, recipient) in sorted(keys.items()):
                clusters, n = _cluster_key(db, type_, mode, actor, recipient, context)
                _write_clusters(db, key, clusters)
                stats.keys += 1
                stats.mentions += n
                stats.events += len(clusters)
                stats.merged += sum(len(c.mentions) - 1 for c in clusters)
            for start in range(0, len(doc_ids), ROWS_AT_ONCE):
                chunk = doc_ids[start:start + ROWS_AT_ONCE]
                rows = [claim_row(f) for f in sql.figure_rows(db, chunk)]
                sql.replace_claim_values(db, chunk, rows)
                sql.mark_consolidated(db, chunk)
                stats.claims += len(rows)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot write consolidation to {store.path}: {exc}") from exc
    return stats


def rebuild(store: Store) -> ConsolidationStats:
    """Consolidate every stored page from scratch."""
    sql.require_tables(store.db)
    with store.db:
        sql.clear(store.db)
    return consolidate_documents(store, sql.all_document_ids(store.db))
