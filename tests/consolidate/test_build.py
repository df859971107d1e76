"""Consolidation after a bulk load: its tasks run before every index put aside is back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from xronika import api
from xronika.consolidate import build, rebuild, unconsolidated
from xronika.store import Store
from xronika.store import consolidated as sql

from ..conftest import consolidated_tables

CORPUS = Path(__file__).resolve().parent / "corpus"


def _plan(db, query: str) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + query)]


def test_tasks_read_only_through_the_indexes_rebuilt_before_them(tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    with Store(db) as store:
        whole = consolidated_tables(store.db)
        with store.db:
            sql.clear(store.db)
        store.defer_indexes()
        read: list[str] = []  # every statement of the tasks' connection
        open_readonly = Store.open_readonly

        def traced(path):
            reader = open_readonly(path)
            reader.db.set_trace_callback(read.append)
            return reader

        monkeypatch.setattr(Store, "open_readonly", staticmethod(traced))

        by_kind: dict[str, list[str]] = {"claims": [], "keys": []}  # what each kind of task read

        def eager(fn, args, ahead):  # every task done at once, as a pool may before the other indexes are back
            results = []
            for a in args:
                results.append(fn(*a))
                by_kind[a[-1][0]] += [s for s in read if s.lstrip().startswith(("SELECT", "WITH"))]
                read.clear()
            return iter(results)

        build.consolidate_documents(store, sql.all_document_ids(store.db), eager)
        assert store.deferred_indexes() == []
        assert consolidated_tables(store.db) == whole and whole[0]  # the same, whenever the other indexes came back

    # the plans of what they read are those they would have with every index back (planned without the
    # statistics of this small store, which make a scan of a dozen pages as good as a search)
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM sqlite_stat1")
    assert by_kind["claims"] and by_kind["keys"]
    full = {kind: [_plan(db, q) for q in queries] for kind, queries in by_kind.items()}
    assert any("events_type_pair" in " ".join(plan) for plan in full["keys"])
    for kind, names in (("claims", sql.INDEXES_READ_BY_CLAIMS), ("keys", sql.INDEXES_READ)):
        with Store(db) as store:
            store.defer_indexes()
            store.restore_indexes(names)
        assert [_plan(db, q) for q in by_kind[kind]] == full[kind], kind
    with Store(db) as store:  # a writer opening the store rebuilds the rest
        assert store.deferred_indexes() == []
        rebuild(store)


def test_pages_whose_consolidation_never_committed_are_found_and_folded_in_by_the_next_run(tmp_path):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    with Store(db) as store:
        assert unconsolidated(store) == []
        whole = consolidated_tables(store.db)
        with store.db:  # as a run killed before its consolidation committed leaves it
            sql.clear(store.db)
        stored = sql.all_document_ids(store.db)
        assert unconsolidated(store) == stored
    result = api.ingest([CORPUS], db, workers=1)
    assert result.new == 0 and result.consolidation.documents == len(stored)
    with Store(db) as store:
        assert unconsolidated(store) == [] and consolidated_tables(store.db) == whole


class _Awaited:
    """Results as a pool's: the first time each is asked about, it is not ready yet (so the writer rebuilds
    an index meanwhile); with `fail`, the first is never had (a worker died)."""

    def __init__(self, results, fail=False):
        self.results, self.fail, self.asked = iter(results), fail, False

    def __iter__(self):
        return self

    def __next__(self):
        if self.fail and self.asked:
            raise RuntimeError("a worker died")
        self.asked = False
        return next(self.results)

    def ready(self):
        ready, self.asked = self.asked, True
        return ready


def test_indexes_come_back_while_results_are_awaited_and_pages_are_marked_only_at_the_end(tmp_path):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    with Store(db) as store:
        whole = consolidated_tables(store.db)
        ids = sql.all_document_ids(store.db)
        with store.db:
            sql.clear(store.db)
        deferred = store.defer_indexes()
        calls = []

        def starmap(fn, args, ahead):  # the claims tasks first, then the rest, whose first result never comes
            calls.append(len(calls))
            return _Awaited([fn(*a) for a in args], fail=len(calls) == 2)

        with pytest.raises(RuntimeError):
            build.consolidate_documents(store, ids, starmap)
        # waiting on results, it rebuilt indexes, and each rebuild committed what was written (the claims)
        left = store.deferred_indexes()
        assert set(left) < set(deferred) - sql.INDEXES_READ
        assert store.db.execute("SELECT count(*) FROM claim_values").fetchone()[0] > 0
        assert unconsolidated(store) == ids  # but no page counts as done: the next run does them all again

        build.consolidate_documents(store, unconsolidated(store), lambda fn, args, ahead: _Awaited(
            [fn(*a) for a in args]))
        assert store.deferred_indexes() == [] and unconsolidated(store) == []
        assert consolidated_tables(store.db) == whole


def test_spread_puts_the_other_tasks_evenly_among_the_tasks_in_order():
    keys = [("keys", [n]) for n in range(6)]
    claims = [("claims", [n]) for n in range(2)]
    assert build._spread(keys, claims) == keys[:2] + claims[:1] + keys[2:4] + claims[1:] + keys[4:]
    assert build._spread(keys, []) == keys
    assert build._spread([], claims) == claims


def test_no_more_claims_tasks_start_at_once_than_claims_tasks_ahead():
    keys, claims = ("keys", []), ("claims", [])
    assert build._ahead([keys] * 400 + [claims] * 45) == build.TASKS_AHEAD
    assert build._ahead([claims] * 40) == build.CLAIM_TASKS_AHEAD  # pages without events
    assert build._ahead(build._spread([keys] * 20, [claims] * 10)) == 9
    assert build._ahead([keys] * 5) == build.TASKS_AHEAD


def test_a_bulk_consolidation_builds_the_indexes_of_its_tables_at_the_end(tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    monkeypatch.setattr(build, "BULK_DOCUMENTS", 1)
    put_aside: list[list[str]] = []  # the indexes each call dropped
    real_defer = Store.defer_indexes

    def recorded(self, *tables):
        put_aside.append(real_defer(self, *tables))
        return put_aside[-1]

    monkeypatch.setattr(Store, "defer_indexes", recorded)
    with Store(db) as store:
        whole = consolidated_tables(store.db)
        ids = sql.all_document_ids(store.db)

        rebuild(store)  # no events stored: every index of its tables waits for the end
        assert set(put_aside[-1]) == sql.CONSOLIDATION_INDEXES
        assert store.deferred_indexes() == [] and consolidated_tables(store.db) == whole

        put_aside.clear()
        build.consolidate_documents(store, ids[:2])  # fewer pages than it has consolidated
        assert put_aside == [] and consolidated_tables(store.db) == whole

        with store.db:  # all pages again, their events stored: replacing them looks the old ones up by key
            store.db.execute("DELETE FROM consolidated_docs")
        build.consolidate_documents(store, ids)
        assert put_aside == [["claim_values_group", "claim_values_pair"]]
        assert store.deferred_indexes() == [] and consolidated_tables(store.db) == whole


class _DiesAfter(_Awaited):
    """`_Awaited` results of which only the first `n` are had (all, with None)."""

    def __init__(self, results, n=None):
        super().__init__(results)
        self.left = n

    def __next__(self):
        if self.left is not None:
            if self.left == 0:
                raise RuntimeError("a worker died")
            self.left -= 1
        return super().__next__()


def test_a_run_after_a_killed_bulk_consolidation_rebuilds_its_indexes_before_it_looks_events_up(tmp_path, monkeypatch):
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    monkeypatch.setattr(build, "BULK_DOCUMENTS", 1)
    monkeypatch.setattr(build, "MENTIONS_PER_TASK", 1)  # a task a key
    with Store(db) as store:
        whole = consolidated_tables(store.db)
        ids = sql.all_document_ids(store.db)
        with store.db:
            sql.clear(store.db)
        store.defer_indexes()  # as after a bulk load: each index rebuilt while a result is awaited commits
        calls = []

        def starmap(fn, args, ahead):  # the claims, then one key task's events, then a worker dies
            calls.append(len(calls))
            return _DiesAfter([fn(*a) for a in args], 1 if len(calls) == 2 else None)

        with pytest.raises(RuntimeError):
            build.consolidate_documents(store, ids, starmap)
        assert sql.CONSOLIDATION_INDEXES <= set(store.deferred_indexes())
        assert sql.has_events(store.db)  # a part was committed: the next run must replace those events
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        build.consolidate_documents(store, unconsolidated(store))
        store.db.set_trace_callback(None)
        looked_up = next(n for n, s in enumerate(statements) if s.startswith("SELECT id FROM cevents WHERE key IN"))
        assert any(s.startswith("CREATE INDEX IF NOT EXISTS cevents_key") for s in statements[:looked_up])
        assert store.deferred_indexes() == [] and consolidated_tables(store.db) == whole
