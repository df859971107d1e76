"""What consolidation needs to know of each event, computed in the workers while the page is at hand.

Consolidation compares mentions by the proper names around them and by the facilities and
organisations near them. Reading those back from the store meant re-reading every event's sentence,
window and lead and every page's entities in the single writer at the end of a run; the workers now
compute them once per event and the store keeps them beside the event (`event_evidence`). Stores
written before this still consolidate: their events are read the old way (`build._mention`).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from ..document import Document
from ..lang.az.morph import az_lower, clear_with_new_stems, lemma
from ..lang.memo import MemoTable
from .names import PageNames, SpanSet

# characters either side of the event's sentence in which a named facility or organisation counts as
# what the story is about; the page's lead (headline facts) counts too
WINDOW, LEAD = 300, 300
MASKED_TYPES = ("GPE", "LOC", "PER")  # names every story of a pair shares
KEY_TYPES = ("FAC", "ORG")  # names that tell one story from another


def entity_id(kb_id: str | None, name: str) -> str:
    # an entity outside the KB is known by the lemmas of its words, so `... məktəbi` and `... məktəb` meet
    return kb_id or "name:" + " ".join(az_lower(lemma(word)) for word in name.split())


def window_start(sentence_start: int) -> int:
    return max(sentence_start - WINDOW, 0)


def near(spans: Any, start: int, end: int, in_lead: bool | None = None) -> tuple[bool, bool]:
    """Whether an entity with these mention spans is near an event's sentence [start, end) (within the
    window, or in the lead), and whether it is in the sentence itself. `in_lead`: whether any span is in
    the lead, when the caller knows it for every event of the page."""
    if in_lead is None:
        in_lead = any(s < LEAD for s, _ in spans)
    lo, hi = start - WINDOW, end + WINDOW
    found = in_lead
    for s, e in spans:  # a loop, not any() over generators: called per event and entity of every page
        if s < end and e > start:
            return True, True  # in the sentence is within the window too
        if s < hi and e > lo:
            found = True
    return found, False


def event_evidence(doc: Document) -> list[tuple[int, str, str, str]]:
    """(event index, names, nearby names, nearby entities) of every event of the page, as JSON texts.

    Nearby entities are [id, name, kb id, in the sentence] in page order; which of them count is
    decided at consolidation time, when it is known how common each is in the whole store.
    """
    if not doc.events:
        return []
    masked = SpanSet([m for e in doc.entities if e.type in MASKED_TYPES for m in (e.mentions or [e.span])]
                     + [d.span for d in doc.dates])
    # each entity's JSON with its last item (`in the sentence`) false and true, its spans, and whether it
    # is named in the lead, which makes it near every event of the page
    named = [(*_ENTITY_JSON[e.kb_id, e.name], spans, any(s < LEAD for s, _ in spans))
             for e in doc.entities if e.type in KEY_TYPES for spans in [e.mentions or [e.span]]]
    page = PageNames(doc.body, masked)
    lead = page.within(0, LEAD)
    by_sentence: dict[tuple[int, int], tuple[str, str, str]] = {}  # events of one sentence share it all
    rows = []
    for idx, event in enumerate(doc.events):
        start, end = event.sentence or event.span
        evidence = by_sentence.get((start, end))
        if evidence is None:
            names = page.within(start, end)
            nearby = page.within(window_start(start), end + WINDOW).union(lead, names)
            entities = []
            for json_elsewhere, json_in_sentence, spans, in_lead in named:
                found, focus = near(spans, start, end, in_lead)
                if found:
                    entities.append(json_in_sentence if focus else json_elsewhere)
            evidence = by_sentence[start, end] = (json_strings(sorted(names)), json_strings(sorted(nearby)),
                                                  "[" + ", ".join(entities) + "]")
        rows.append((idx, *evidence))
    return rows


def _entity_jsons(key: tuple[str | None, str]) -> tuple[str, str]:
    """`_json([id, name, kb_id, False])` and the same with True (the entity is in the event's sentence)."""
    kb_id, name = key
    head = _json_head(entity_id(kb_id, name), name, kb_id)
    return head + "false]", head + "true]"


# (kb id, name) -> `_entity_jsons`: the same facilities and organisations come back page after page; an
# id made of lemmas changes with the stems
_ENTITY_JSON = clear_with_new_stems(MemoTable(_entity_jsons, 20_000))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def json_strings(strings: list[str]) -> str:
    """`_json` of a list of strings, without the encoder's set-up per call."""
    return "[" + ", ".join(map(encode_basestring, strings)) + "]"


def _json_head(entity: str, name: str, kb_id: str | None) -> str:
    """`_json([entity, name, kb_id, ...])` cut before its last item: `["Q1", "Bakı", null, `."""
    if type(entity) is str and type(name) is str and (kb_id is None or type(kb_id) is str):
        return f"[{encode_basestring(entity)}, {encode_basestring(name)}, " \
               f"{'null' if kb_id is None else encode_basestring(kb_id)}, "
    return _json([entity, name, kb_id])[:-1] + ", "
