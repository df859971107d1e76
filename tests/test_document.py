from xronika.document import Amount, Document, Entity, OffsetMap, TextBuilder, content_id


def test_id_is_a_content_hash():
    assert Document(raw="Bakı", source="a").id == Document(raw="Bakı", source="b").id == content_id("Bakı")
    assert Document(raw="Bakı", source="a").id != Document(raw="Bakı.", source="a").id


def test_text_builder_maps_every_copied_character_back():
    raw = "  Salam.Dünya   gözəldir"
    b = TextBuilder(raw)
    b.copy(2, 8)
    b.insert(" ", 8)
    b.copy(8, 13)
    b.insert(" ", 16)
    b.copy(16, len(raw))
    body, offsets = b.build()
    assert body == "Salam. Dünya gözəldir"
    for i, ch in enumerate(body):
        if i in offsets.inserted:
            continue
        assert raw[offsets.to_raw(i)] == ch
    assert offsets.span_to_raw((7, 12)) == (8, 13)


def test_replacement_keeps_length_and_mapping():
    raw = "Azәrbaycan"  # Cyrillic schwa
    b = TextBuilder(raw)
    b.copy(0, len(raw), raw.replace("ә", "ə"))
    body, offsets = b.build()
    assert body == "Azərbaycan" and offsets.to_raw(5) == 5


def test_round_trip_through_dict():
    doc = Document(raw="Qazaxıstan", source="x", body="Qazaxıstan", offsets=OffsetMap.identity(10))
    doc.entities.append(Entity("Qazaxıstan", "GPE", (0, 10), code="KZ", mentions=[(0, 10)]))
    doc.amounts.append(Amount(5.0, "USD", (0, 1), "5"))
    doc.scratch["mentions"] = object()  # working state is never serialised
    data = doc.to_dict()
    assert "scratch" not in data
    back = Document.from_dict(data)
    assert back.entities[0].span == (0, 10) and back.entities[0].code == "KZ"
    assert back.offsets.to_raw(3) == 3


def test_layer_items_survive_pickling_with_every_field():
    import pickle

    from xronika.document import Amount, DateItem, Entity, Event, Figure, RemovedLine

    items = [Entity("Bakı", "GPE", (0, 4), code=None, kb_id="baku", aliases=["Baku"], mentions=[(0, 4)]),
             DateItem("2024-03-11", (5, 15), "11 mart 2024", "day"),
             Amount(1.5, "USD", (1, 3), "1,5 dollar", approx=True, high=2.0),
             Event("CONSULT", "visit", "AZ", "KZ", (3, 8), (0, 20), future=True, trigger="səfər"),
             Figure("trade", ["AZ", "KZ"], 4.5e8, "USD", (1, 2), (0, 9), period="2024"),
             RemovedLine("Paylaş", (0, 6), "share")]
    for item in items:
        copy = pickle.loads(pickle.dumps(item))
        assert copy == item and type(copy) is type(item)
