"""Event consolidation: mentions of one (type, mode, parties) key clustered into consolidated events.

Clustering is deterministic and independent of arrival order: mentions are visited most precisely
dated first, and each joins the best compatible cluster or starts one. Every join records its reasons.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any

from .matching import (
    SAME_PLACE,
    YEAR,
    date_interval,
    date_match,
    date_strength,
    event_key,
    is_code,
    pair_of,
    place_match,
)


class _computed_once:
    """`functools.cached_property` without its lock, which Python 3.11 takes on every first read (once per
    mention clustered)."""

    def __init__(self, compute: Callable) -> None:
        self.compute, self.name = compute, compute.__name__

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj)  # read from __dict__ from then on
        return value


_GRANULARITY_ORDER = {"day": 0, "month": 1, "quarter": 2, "half": 2, "year": 3}
NEAR_DUPLICATE, SHARED_ENTITY = 3.0, 2.0


@dataclass(frozen=True)
class Mention:
    """One event as one page reports it."""

    doc_id: str
    idx: int
    type: str
    mode: str
    actor: str | None
    recipient: str | None
    date: str | None = None
    place: str | None = None
    future: bool = False
    file: str = ""
    published: str | None = None
    # the named things the story is about (facilities, organisations near the trigger): (id, name) pairs;
    # `focus_entities` are those named in the event's own sentence
    key_entities: tuple[tuple[str, str], ...] = ()
    focus_entities: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # lemmas of other proper names in the event's sentence
    nearby_names: frozenset[str] = frozenset()  # ... around it and in the page's lead (includes `names`)

    @property
    def key(self) -> str:
        return event_key(self.type, self.mode, self.actor, self.recipient)

    @_computed_once  # asked for several times per candidate cluster (writes __dict__, which frozen allows)
    def entity_ids(self) -> frozenset[str]:
        return frozenset([k for k, _ in self.key_entities])

    def sort_key(self) -> tuple:
        interval = date_interval(self.date)
        rank = _GRANULARITY_ORDER[interval[2]] if interval else 9
        return (rank, self.date or "", self.published or "", self.doc_id, self.idx)


@dataclass(eq=False)
class Cluster:
    """A consolidated event under construction."""

    mentions: list[Mention] = field(default_factory=list)
    reasons: list[list[str]] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    entities: dict[str, str] = field(default_factory=dict)
    focus: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    nearby_names: set[str] = field(default_factory=set)
    date: str | None = None
    place: str | None = None

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def id(self) -> str:
        first = self.first
        seed = f"{first.key}|{first.doc_id}|{first.idx}"
        return hashlib.blake2b(seed.encode(), digest_size=6).hexdigest()

    def add(self, mention: Mention, reasons: list[str]) -> None:
        self.mentions.append(mention)
        self.reasons.append(reasons)
        self.docs.add(mention.doc_id)
        if mention.date and date_interval(mention.date):
            self.dates.add(mention.date)
            if self.date is None or _finer(mention.date, self.date):
                self.date = mention.date
        if mention.place:
            self.places.add(mention.place)
            if self.place is None or (is_code(self.place) and not is_code(mention.place)):
                self.place = mention.place
        self.entities.update(mention.key_entities)
        self.focus.update(mention.focus_entities)
        self.names.update(mention.names)
        self.nearby_names.update(mention.nearby_names or mention.names)

    def values(self) -> tuple:
        """The event's row in the order of `store.consolidated.CEVENT_FIELDS` (id, type, mode, actor, recipient,
        pair_a, pair_b, date, place, n_sources, n_mentions, planned): a tuple, as a task's result holds (and
        pickles) tens of thousands of events at once."""
        first = self.first
        return (self.id, first.type, first.mode, first.actor, first.recipient, *pair_of(first.actor, first.recipient),
                self.date, self.place, len(self.docs), len(self.mentions), all(m.future for m in self.mentions))


def _finer(a: str, b: str) -> bool:
    ia, ib = date_interval(a), date_interval(b)
    return ia is not None and ib is not None and (ia[1] - ia[0]) < (ib[1] - ib[0])


Duplicates = dict[frozenset[str], tuple[str, float]]
_NO_PAGES: frozenset[str] = frozenset()


def _evidence(mention: Mention, cluster: Cluster, duplicates: Duplicates, copies: dict[str, set[str]],
              files: dict[str, str]) -> tuple[float, list[str]]:
    score, reasons = 0.0, []
    nearby = mention.nearby_names or mention.names
    copied = copies.get(mention.doc_id, _NO_PAGES)
    # Most pairs of a large key have nothing in common: the sets built below, asked first without building
    # them (building them for every pair took 87 s of re-consolidating the 100k benchmark store, not 74).
    if (copied.isdisjoint(cluster.docs) and cluster.entities.keys().isdisjoint(mention.focus_entities)
            and mention.entity_ids.isdisjoint(cluster.focus) and mention.names.isdisjoint(cluster.nearby_names)
            and nearby.isdisjoint(cluster.names)):
        return score, reasons
    for doc in sorted(copied & cluster.docs):
        dup = duplicates.get(frozenset((mention.doc_id, doc)))
        if dup:
            score += NEAR_DUPLICATE
            reasons.append(f"{dup[0]}-duplicate page of {files.get(doc, doc)} (similarity {dup[1]:.2f})")
            break
    # the shared entity must be what at least one side's sentence is about, not just nearby in both
    shared = sorted((mention.focus_entities & cluster.entities.keys()) | (mention.entity_ids & cluster.focus))
    # one shared word near the event can be a common one (`Türk`); two, or one in both sentences, is a name
    named = sorted((mention.names & cluster.nearby_names) | (nearby & cluster.names))
    if len(named) < 2 and not (mention.names & cluster.names):
        named = []
    if named and not shared:
        shared_text = "both stories name " + ", ".join(named)
    elif shared:
        shared_text = "both stories are about " + ", ".join(cluster.entities[k] for k in shared)
    if (shared or named) and (mention.date is None or cluster.date is None) and mention.future != _planned(cluster):
        reasons.append("shared names not counted: one page reports it planned, the other done, undated")
        shared = named = []
    if shared or named:
        score += SHARED_ENTITY
        reasons.append(shared_text)
    return score, reasons


def _planned(cluster: Cluster) -> bool:
    return all(m.future for m in cluster.mentions)


def _fit(value, values, chosen, match, unknown: str) -> tuple[float, str] | None:
    """None if `value` contradicts any of the cluster's values, else the strength and reason against its chosen one."""
    score, why = 0.0, unknown
    for other in values:  # any order: one contradiction rejects, and only the chosen value scores
        ok, strength, reason = match(value, other)
        if not ok:
            return None
        if other == chosen:
            score, why = strength, reason
    return score, why


def _assess(mention: Mention, cluster: Cluster, duplicates: Duplicates, copies: dict[str, set[str]],
            files: dict[str, str]) -> tuple[float, bool, tuple[str, str, list[str]]] | None:
    """(score, has_evidence, why) if the mention can be the cluster's event, else None: `why` is what
    `_reasons` words, for the cluster the mention joins (one of the many assessed)."""
    if mention.doc_id in cluster.docs:
        return None  # a page reports each distinct event once: two of its mentions are two events
    dates = _fit(mention.date, cluster.dates, cluster.date, date_match, "undated on one side")
    places = _fit(mention.place, cluster.places, cluster.place, place_match, "place unknown on one side")
    if dates is None or places is None:
        return None
    (date_score, date_reason), (place_score, place_reason) = dates, places
    evidence, evidence_reasons = _evidence(mention, cluster, duplicates, copies, files)
    if date_score == 0 and not evidence:
        return None  # an undated mention needs its story to be the same story
    return date_score + place_score + evidence, evidence > 0, (date_reason, place_reason, evidence_reasons)


def _reasons(mention: Mention, why: tuple[str, str, list[str]]) -> list[str]:
    date_reason, place_reason, evidence_reasons = why
    return [f"same {mention.type}/{mention.mode} between {mention.actor} and {mention.recipient}",
            date_reason, place_reason, *evidence_reasons]


Index = dict[str, dict[int, Cluster]]


_NO_CLUSTERS: dict[int, Cluster] = {}  # what an index without the key yields (read only)
# the date indexes, in the order `cluster_mentions` passes them: clusters dated to a day or a month by
# that month, to a day by that day, to a month alone by that month, to a year, half or quarter by year
_MONTH, _DAY, _MONTH_ONLY, _COARSE = range(4)


@lru_cache(maxsize=16384)
def _pool_keys(value: str | None) -> tuple[tuple[int, str], ...]:
    """(index, key) of the dated clusters a mention's date can be compatible with: a function of the date
    alone, and a key's mentions share a few hundred dates.

    A day matches the same or an adjacent day, its month and its year (a cluster dated to another day of
    the month cannot match: a large store holds tens of clusters a month for one key). A month matches
    the days and itself inside it, and its year; a year, half or quarter the days and months inside it,
    and the years, halves and quarters of its year (the caller rejects those not nested in it)."""
    interval = date_interval(value)
    if interval is None:
        return ()
    first, last, granularity = interval
    year = f"{first.year:04d}"
    if granularity == "day":
        days = (first - timedelta(days=1), first, first + timedelta(days=1))
        return (*((_DAY, day.isoformat()) for day in days), (_MONTH_ONLY, f"{year}-{first.month:02d}"),
                (_COARSE, year))
    if granularity == "month":
        return (_MONTH, f"{year}-{first.month:02d}"), (_COARSE, year)
    return (*((_MONTH, f"{year}-{month:02d}") for month in range(first.month, last.month + 1)), (_COARSE, year))


def _date_pools(value: str | None, indexes: tuple[Index, ...]) -> list[dict[int, Cluster]]:
    """The dated clusters a mention's date can be compatible with (`_pool_keys`)."""
    return [indexes[index].get(key, _NO_CLUSTERS) for index, key in _pool_keys(value)]


def _pooled(pools: list[dict[int, Cluster]]) -> dict[int, Cluster]:
    """The clusters of all the pools, each once."""
    clusters: dict[int, Cluster] = {}
    for pool in pools:
        clusters.update(pool)
    return clusters


@lru_cache(maxsize=16384)
def _index_keys(value: str | None) -> tuple[tuple[int, str], ...]:
    """(index, key) under which a cluster dated `value` is found."""
    interval = date_interval(value)
    if interval is None:
        return ()
    first, _, granularity = interval
    month = f"{first.year:04d}-{first.month:02d}"
    if granularity == "day":
        return (_MONTH, month), (_DAY, first.isoformat())
    if granularity == "month":
        return (_MONTH, month), (_MONTH_ONLY, month)
    return ((_COARSE, f"{first.year:04d}"),)


def _index_date(cluster: Cluster, indexes: tuple[Index, ...]) -> None:
    for index, key in _index_keys(cluster.date):
        indexes[index][key][id(cluster)] = cluster


@lru_cache(maxsize=16384)
def _evidence_decides(value: str | None) -> bool:
    """Whether, for a mention so dated, a cluster that shares its story (at least a year's date score and
    SHARED_ENTITY) always outscores one that does not (at most the mention's own date score and a same
    place): for dates coarser than a day, whose pools hold every cluster of a month or a year."""
    strength = date_strength(value)
    return strength is not None and strength + SAME_PLACE < YEAR + SHARED_ENTITY


def _by_date_alone(mention: Mention, pools: list[dict[int, Cluster]], by_story: dict[int, tuple],
                   order: dict[int, int], score: Callable[[int, Cluster], tuple | None]) -> list[tuple]:
    """The scored clusters of a mention's date pools when none shares its story (`by_story`, those
    assessed already): assessed in the order they were started, until two score the most its date and
    place can. Those two are then the top two (no later one can outrank them), they tie, and the mention
    starts an event of its own naming them: what assessing every cluster decides, at a few assessments
    where a year's pool holds hundreds of clusters."""
    candidates = _pooled(pools)
    top = -(date_strength(mention.date) + (SAME_PLACE if mention.place else 0.0))  # scores are multiples of 1/4
    scored, at_top = [], 0
    for key in sorted(candidates.keys() | by_story.keys(), key=order.__getitem__):
        entry = by_story[key] if key in by_story else score(key, candidates[key])
        if entry:
            scored.append(entry)
            at_top += entry[0] == top
            if at_top == 2:
                break
    return scored


def add_copies(copies: dict[str, set[str]], pairs: Iterable[frozenset[str]]) -> None:
    """Record each duplicate pair on both its pages (page -> its near/exact duplicates)."""
    for pair in pairs:
        if len(pair) == 2:
            a, b = pair
            copies.setdefault(a, set()).add(b)
            copies.setdefault(b, set()).add(a)


def cluster_mentions(mentions: list[Mention], duplicates: Duplicates | None = None,
                     copies: dict[str, set[str]] | None = None) -> list[Cluster]:
    """Cluster mentions of ONE key into consolidated events (see module doc).

    `copies` is `duplicates` by page (`add_copies`): a caller clustering many keys against the same
    duplicates keeps it, instead of every key walking every pair again.
    """
    if len(mentions) == 1:  # most keys: nothing to compare with
        cluster = Cluster()
        cluster.add(mentions[0], ["first mention of this event"])
        return [cluster]
    duplicates = duplicates or {}
    files = {m.doc_id: m.file or m.doc_id for m in mentions}
    if copies is None:
        copies = {}
        add_copies(copies, duplicates)
    clusters: list[Cluster] = []
    order: dict[int, int] = {}  # id(cluster) -> when it was started
    # indexes from a date, entity, page or name to the clusters that carry it (id -> cluster); those of
    # entities and names pair what `_evidence` pairs: one side's sentence with the other side's story
    dated: tuple[Index, ...] = tuple(defaultdict(dict) for _ in range(4))  # _MONTH, _DAY, _MONTH_ONLY, _COARSE
    by_entity: Index = defaultdict(dict)  # a cluster's key entities
    by_focus: Index = defaultdict(dict)  # ... those named in one of its sentences
    by_name: Index = defaultdict(dict)  # the names in one of its sentences
    by_nearby: Index = defaultdict(dict)  # ... and around them
    by_doc: Index = defaultdict(dict)

    def score(key: int, cluster: Cluster) -> tuple | None:
        # (-score, when started, has evidence, why, cluster): equal scores sort the cluster started first
        # first, not whichever a set happened to yield first; no two clusters started together, so the
        # sort never compares past the second item
        found = _assess(mention, cluster, duplicates, copies, files)
        return found and (-found[0], order[key], found[1], found[2], cluster)

    for mention in sorted(mentions, key=Mention.sort_key):
        pools = _date_pools(mention.date, dated)
        if pools and not _evidence_decides(mention.date):  # a day: the clusters of its days and their months
            scored = [entry for key, cluster in _pooled(pools).items() if (entry := score(key, cluster))]
        else:
            # The clusters `_evidence` can count: an undated mention needs one, and for a mention dated
            # coarser than a day one outscores any other. Dated mentions come first, so a dated one finds
            # every cluster dated, and one whose date it does not fit cannot take it.
            story: dict[int, Cluster] = {}
            for entity in mention.focus_entities:
                story.update(by_entity.get(entity, _NO_CLUSTERS))
            for entity in mention.entity_ids:
                story.update(by_focus.get(entity, _NO_CLUSTERS))
            for name in mention.names:
                story.update(by_nearby.get(name, _NO_CLUSTERS))
            for name in mention.nearby_names or mention.names:
                story.update(by_name.get(name, _NO_CLUSTERS))
            for doc in copies.get(mention.doc_id, ()):
                story.update(by_doc.get(doc, _NO_CLUSTERS))
            by_story = {key: entry for key, cluster in story.items() if (entry := score(key, cluster))}
            scored = list(by_story.values())
            if pools and not any(entry[2] for entry in scored):
                scored = _by_date_alone(mention, pools, by_story, order, score)
        scored.sort()
        chosen = None
        if scored:
            best = scored[0]
            tied = len(scored) > 1 and scored[1][0] == best[0]
            if not (tied and not best[2]):
                chosen = best
        if chosen is None:
            cluster = Cluster()
            reasons = ["first mention of this event"]
            if scored:
                reasons.append("not merged: equally compatible with "
                               + " and ".join(files[s[4].first.doc_id] for s in scored[:2]) + ", no shared story")
            cluster.add(mention, reasons)
            order[id(cluster)] = len(clusters)
            clusters.append(cluster)
        else:
            cluster = chosen[4]
            cluster.add(mention, [f"joins the event first reported by {files[cluster.first.doc_id]}",
                                  *_reasons(mention, chosen[3])])
        if cluster.date:
            _index_date(cluster, dated)
        for entity in mention.entity_ids:
            by_entity[entity][id(cluster)] = cluster
        for entity in mention.focus_entities:
            by_focus[entity][id(cluster)] = cluster
        for name in mention.names:
            by_name[name][id(cluster)] = cluster
        for name in mention.nearby_names or mention.names:
            by_nearby[name][id(cluster)] = cluster
        by_doc[mention.doc_id][id(cluster)] = cluster
    return clusters
