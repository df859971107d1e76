"""What the workers compute for consolidation equals reading each event's sentence, window and lead
afresh (`proper_names`, `near`, `json.dumps`), the way stores written before it are read."""

import json

from xronika.consolidate.evidence import (
    KEY_TYPES,
    LEAD,
    MASKED_TYPES,
    WINDOW,
    _json_head,
    entity_id,
    event_evidence,
    json_strings,
    near,
    window_start,
)
from xronika.consolidate.names import SpanSet, proper_names
from xronika.document import DateItem, Document, Entity, Event

FILLER = "Sonra qonaqlar şəhəri gəziblər. "
BODY = ("Bakıda “Günəş” Məktəbi açılıb. " + FILLER * 9
        + "Prezident İlham Əliyev və Qazaxıstan nümayəndəsi Dostluq Parkında görüşüb, Xəzər Limanı haqqında "
        "danışıb. " + FILLER * 12 + "Mart ayında Aktau Limanı ilə saziş imzalanıb və Günəş Məktəbinə \"Yeni\" "
        "kitablar verilib.")


def _span(text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return start, start + len(text)


def _sentence(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, BODY.index(".", start) + 1


def _doc() -> Document:
    entities = [Entity("Günəş Məktəbi", "ORG", _span("“Günəş” Məktəbi"), mentions=[_span("“Günəş” Məktəbi"),
                                                                              _span("Günəş Məktəbinə")]),
                Entity("Xəzər Limanı", "FAC", _span("Xəzər Limanı"), kb_id="Q1"),
                Entity("Aktau Limanı", "FAC", _span("Aktau Limanı")),
                Entity("Qazaxıstan", "GPE", _span("Qazaxıstan"), kb_id="Q232"),
                Entity("İlham Əliyev", "PER", _span("İlham Əliyev"))]
    first, last = _sentence("Prezident"), _sentence("Mart ayında")
    events = [Event("meeting", "actual", "AZ", "KZ", _span("görüşüb"), first),
              Event("statement", "actual", "AZ", None, _span("danışıb"), first),  # the same sentence
              Event("agreement", "actual", "AZ", "KZ", _span("imzalanıb"), last)]
    return Document(raw=BODY, source="test", body=BODY, entities=entities, events=events,
                    dates=[DateItem("2024-03", _span("Mart ayında"), "Mart ayında", "month")])


def _read_afresh(doc: Document) -> list[tuple[int, str, str, str]]:
    masked = SpanSet([m for e in doc.entities if e.type in MASKED_TYPES for m in (e.mentions or [e.span])]
                     + [d.span for d in doc.dates])
    lead = proper_names(doc.body[:LEAD], 0, masked)
    rows = []
    for idx, event in enumerate(doc.events):
        start, end = event.sentence
        names = proper_names(doc.body[start:end], start, masked)
        window = window_start(start)
        nearby = proper_names(doc.body[window:end + WINDOW], window, masked) | lead | names
        entities = [[entity_id(e.kb_id, e.name), e.name, e.kb_id, near(e.mentions or [e.span], start, end)[1]]
                    for e in doc.entities if e.type in KEY_TYPES and near(e.mentions or [e.span], start, end)[0]]
        rows.append((idx, *(json.dumps(v, ensure_ascii=False) for v in (sorted(names), sorted(nearby), entities))))
    return rows


def test_evidence_equals_reading_each_event_afresh():
    doc = _doc()
    rows = event_evidence(doc)
    assert rows == _read_afresh(doc)
    assert rows[0][1:] == rows[1][1:]
    assert "dostluq" in rows[0][1] and "aktau" in rows[2][1]  # lower-case lemmas
    assert '"Q1"' in rows[0][3] and '"Q1"' not in rows[2][3]  # near the first sentence only
    assert '"Aktau Limanı"' not in rows[0][3] and '"Aktau Limanı", null, true]' in rows[2][3]
    assert all('"Günəş Məktəbi"' in row[3] for row in rows)  # named in the lead: near every event


def test_a_page_without_events_has_no_evidence():
    assert event_evidence(Document(raw="x", source="test", body="x")) == []


def test_json_pieces_are_what_json_dumps_gives():
    for strings in ([], ["a"], ["Bakı", 'say "x"', "back\\slash", "tab\there", "\u2028"]):
        assert json_strings(strings) == json.dumps(strings, ensure_ascii=False)
    for items in (("name:bakı", "Bakı", None), ("Q1", 'A "B"', "Q1"), ("Q1", "x", 5)):
        for last in (True, False):
            assert _json_head(*items) + json.dumps(last) + "]" == json.dumps([*items, last], ensure_ascii=False)


def test_near_is_any_span_in_the_window_or_the_lead_and_any_in_the_sentence():
    import random

    rng = random.Random(7)
    for _ in range(2000):
        spans = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 3000) for _ in range(rng.randint(1, 4)))]
        start = rng.randint(0, 2500)
        end = start + rng.randint(1, 300)
        in_lead = rng.choice((None, True, False))
        lead = any(s < LEAD for s, _ in spans) if in_lead is None else in_lead
        found = lead or any(s < end + WINDOW and e > start - WINDOW for s, e in spans)
        assert near(spans, start, end, in_lead) == (found, found and any(s < end and e > start for s, e in spans))
