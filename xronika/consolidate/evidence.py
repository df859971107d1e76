"""What consolidation needs to know of each event, computed in the workers while the page is at hand.

Consolidation compares mentions by the proper names around them and by the facilities and
organisations near them. Reading those back from the store meant re-reading every event's sentence,
window and lead and every page's entities in the single writer at the end of a run; the workers now
compute them once per event and the store keeps them beside the event (`event_evidence`). Stores
written before this still consolidate: their events are read the old way (`build._mention`).
"""

from __future__ import annotations

import json
from typing import Any

from ..document import Document
from ..lang.az.morph import az_lower, lemma
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


def near(spans: Any, start: int, end: int) -> tuple[bool, bool]:
    """Whether an entity with these mention spans is near an event's sentence [start, end) (within the
    window, or in the lead), and whether it is in the sentence itself."""
    lo, hi = start - WINDOW, end + WINDOW
    return (any(s < hi and e > lo or s < LEAD for s, e in spans), any(s < end and e > start for s, e in spans))


def event_evidence(doc: Document) -> list[tuple[int, str, str, str]]:
    """(event index, names, nearby names, nearby entities) of every event of the page, as JSON texts.

    Nearby entities are [id, name, kb id, in the sentence] in page order; which of them count is
    decided at consolidation time, when it is known how common each is in the whole store.
    """
    if not doc.events:
        return []
    body = doc.body
    masked = SpanSet([m for e in doc.entities if e.type in MASKED_TYPES for m in (e.mentions or [e.span])]
                     + [d.span for d in doc.dates])
    named = [(entity_id(e.kb_id, e.name), e.name, e.kb_id, e.mentions or [e.span])
             for e in doc.entities if e.type in KEY_TYPES]
    page = PageNames(body, masked)
    lead = page.within(0, LEAD)
    rows = []
    for idx, event in enumerate(doc.events):
        start, end = event.sentence or event.span
        names = page.within(start, end)
        nearby = page.within(window_start(start), end + WINDOW) | lead | names
        entities = []
        for eid, name, kb_id, spans in named:
            found, focus = near(spans, start, end)
            if found:
                entities.append([eid, name, kb_id, focus])
        rows.append((idx, _json(sorted(names)), _json(sorted(nearby)), _json(entities)))
    return rows


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
