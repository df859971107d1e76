"""SQL of consolidation: the same answers whichever way a statement reads the store."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from xronika import api
from xronika.store import Store
from xronika.store import consolidated as sql

CORPUS = Path(__file__).resolve().parents[1] / "consolidate" / "corpus"


def test_event_keys_are_counted_alike_through_the_index_and_by_a_pass_over_the_table(tmp_path):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    with Store(db) as store:
        ids = sql.all_document_ids(store.db)
        rows = store.db.execute("SELECT doc_id, type, mode, actor, recipient FROM events").fetchall()
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        half = -(-len(ids) // 2)
        for chosen in (ids[:1], ids[:half - 1], ids[:half], ids):  # a pass over the table from half the store on
            expected = Counter(tuple(r[1:]) for r in rows if r[0] in set(chosen))
            assert sql.event_keys_of_documents(store.db, chosen) == expected
        assert ["NOT INDEXED" in s for s in statements if "GROUP BY" in s] == [False, False, True, True]
