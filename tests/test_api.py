from xronika import api
from xronika.api import ingest, process
from xronika.store import Store


def _corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"p{i}.txt").write_text(
            f"Azərbaycan və Qazaxıstan arasında {i + 2}-ci saziş imzalanıb.\nTərəflər əməkdaşlığı müzakirə edib.",
            encoding="utf-8")
    return folder


def test_finished_shards_are_skipped_and_new_files_picked_up(tmp_path):
    corpus = _corpus(tmp_path / "c", 5)
    db = tmp_path / "x.db"
    first = ingest([corpus], db, workers=1)
    assert first.new == 5 and first.shards_skipped == 0
    second = ingest([corpus], db, workers=1)
    assert second.new == 0 and second.shards_skipped == 5 and second.docs == 0
    (corpus / "p9.txt").write_text("Azərbaycan Gürcüstanla yeni saziş imzalayıb.", encoding="utf-8")
    third = ingest([corpus], db, workers=1)
    assert third.new == 1 and third.shards_skipped == 5
    with Store.open_readonly(db) as store:
        assert store.summary()["documents"] == 6


def test_interrupted_shard_resumes_without_duplicates(tmp_path):
    corpus = _corpus(tmp_path / "c", 4)
    db = tmp_path / "x.db"
    # a run that stored two pages and died before marking anything finished
    with Store(db) as store:
        docs = list(process([corpus / "p0.txt", corpus / "p1.txt"]))
        store.write_documents(docs)
    result = ingest([corpus], db, workers=1)
    assert result.existing == 2 and result.new == 2
    with Store.open_readonly(db) as store:
        assert store.summary()["documents"] == 4


def test_pool_and_single_worker_store_the_same(tmp_path):
    corpus = _corpus(tmp_path / "c", 12)
    ingest([corpus], tmp_path / "one.db", workers=1, batch_size=3)
    ingest([corpus], tmp_path / "two.db", workers=2, batch_size=3)
    rows = []
    for name in ("one.db", "two.db"):
        with Store.open_readonly(tmp_path / name) as store:
            rows.append(sorted((r["doc_id"], r["type"], r["actor"], r["recipient"]) for r in store.layer_rows("events")))
    assert rows[0] == rows[1] and rows[0]


def _rows(store, sql):
    return sorted(map(tuple, store.db.execute(sql)), key=repr)


def test_a_bulk_load_rebuilds_its_indexes_and_stores_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(api, "WRITE_PAGES", 3)  # several transactions, the later ones with the indexes aside
    corpus = _corpus(tmp_path / "c", 12)
    ingest([corpus], tmp_path / "plain.db", workers=1, batch_size=3, bulk_after=None)
    deferred = []
    monkeypatch.setattr(Store, "defer_indexes", lambda self, real=Store.defer_indexes: deferred.append(real(self)))
    bulk = ingest([corpus], tmp_path / "bulk.db", workers=1, batch_size=3, bulk_after=1)
    assert bulk.new == 12 and len(deferred) == 1 and "entities_doc" in deferred[0]
    tables = ("documents", "entities", "dates", "amounts", "events", "figures", "dedup", "cevent_mentions",
              "claim_values", "doc_fts")
    content = {}
    for name in ("plain.db", "bulk.db"):
        with Store.open_readonly(tmp_path / name) as store:
            assert store.deferred_indexes() == []
            content[name] = {
                "indexes": _rows(store, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"),
                "documents": _rows(store, "SELECT id, body, lang, duplicate_of FROM documents"),
                **{t: _rows(store, f"SELECT * FROM {t}") for t in tables if t != "documents"},
            }
    for key in content["plain.db"]:
        assert content["plain.db"][key] == content["bulk.db"][key], key
