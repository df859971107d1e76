import json
import pickle
import random

from xronika.document import Document, Entity, Event, OffsetMap
from xronika.store import Store
from xronika.store.rows import LAYER_COLUMNS, PageRows, pack_pages, page_rows, span_json


def test_span_json_writes_what_json_dumps_writes():
    rng = random.Random(3)
    values = [[], (), [1, 2], (0, 17), [True, 2], [1.5, 2], [[1, 2], [3, 4]], [(5, 6)], [[1, 2], [3]], ["Bakı", 'a"b\\'],
              [[1, 2], "x"], {"a": 1}, None, 7]
    values += [[(rng.randrange(10**6), rng.randrange(10**6)) for _ in range(rng.randrange(6))] for _ in range(50)]
    for value in values:
        assert span_json(value) == json.dumps(value, ensure_ascii=False), value


def _doc(text: str = "Prezident Astanaya səfər etdi.") -> Document:
    doc = Document(raw=text, source="a.txt", file="a.txt", body=text, offsets=OffsetMap.identity(len(text)),
                   lang="az", title="Səfər")
    doc.entities.append(Entity("Astana", "GPE", (10, 18), code="KZ", mentions=[(10, 18)]))
    doc.events.append(Event("CONSULT", "visit", "AZ", "KZ", (19, 24), (0, len(text)), date="2024-03-11"))
    doc.scratch["dedup"] = ("0" * 32, b"sig")
    doc.scratch["lemmas"] = "prezident astana səfər et"
    doc.scratch["event_evidence"] = [(0, '["astana"]', '["astana"]', "[]")]
    return doc


def test_page_rows_hold_every_layer_in_column_order():
    doc = _doc()
    rows = page_rows(doc, "lemmas")
    assert rows.doc_id == doc.id and rows.document[:2] == (doc.id, "a.txt")
    assert rows.dedup == ("0" * 32, b"sig")
    assert [len(layer) for layer in rows.layers] == [1, 0, 0, 1, 0]
    assert list(LAYER_COLUMNS)[0] == "entities"
    entity = rows.layers[0][0]
    assert entity[:4] == (doc.id, 0, 10, 18) and entity[4] == "Astana" and entity[11] == "[[10, 18]]"
    assert rows.evidence == [(doc.id, 0, '["astana"]', '["astana"]', "[]")]
    assert rows.search == (doc.id, "Səfər", doc.body, "lemmas")


def test_pack_pages_uses_the_workers_lemmas_and_survives_pickling():
    (rows,) = pack_pages([_doc()])
    assert rows.search[3] == "prezident astana səfər et"
    again = pickle.loads(pickle.dumps(rows))
    assert isinstance(again, PageRows) and again == rows


def test_packed_pages_store_what_write_documents_stores(tmp_path):
    doc = _doc()
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        a.write_documents([doc], lemmas={doc.id: "prezident astana səfər et"})
        assert b.write_batch(pack_pages([doc]), None, [], [], [], [], "v") == (1, 0)
        assert b.write_batch(pack_pages([doc]), None, [], [], [], [], "v") == (0, 1)
        for table in ("entities", "events", "event_evidence", "evidence_names", "doc_fts"):
            assert a.db.execute(f"SELECT * FROM {table}").fetchall() == b.db.execute(f"SELECT * FROM {table}").fetchall()
        columns = "id, source, body, offsets, lang, title, authors, quality, meta"
        assert a.db.execute(f"SELECT {columns} FROM documents").fetchall() == \
            b.db.execute(f"SELECT {columns} FROM documents").fetchall()
        assert a.get_document(doc.id).entities == doc.entities
