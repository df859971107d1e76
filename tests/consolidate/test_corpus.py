"""The invented corpus end to end: ingest, consolidate, score against answers.json; incremental runs,
idempotence, read-only access and the CLI."""

import json
import shutil
from itertools import combinations
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from xronika import api
from xronika.cli_consolidate import register
from xronika.consolidate import claims, consolidate_documents, event_detail, rebuild, timeline
from xronika.store import Store

CORPUS = Path(__file__).resolve().parent / "corpus"
ANSWERS = json.loads((CORPUS / "answers.json").read_text(encoding="utf-8"))
FIRST_BATCH = ("g2_gurcustan_sefer_dunen.txt", "a2_ozbekistan_mekteb_xatirlatma.txt", "u1_ozbekistan_sazis.txt",
               "t2_turkiye_zeng.txt")


def _snapshot(db):
    events = {r[0]: tuple(r) for r in db.execute(
        "SELECT id, key, date, place, n_sources FROM cevents ORDER BY id")}
    mentions = sorted(tuple(r) for r in db.execute("SELECT cevent_id, doc_id, idx FROM cevent_mentions"))
    values = sorted(tuple(r) for r in db.execute("SELECT * FROM claim_values"))
    return events, mentions, values


def _predicted(db):
    clusters: dict[str, tuple[str, str | None, set[str]]] = {}
    for row in db.execute("SELECT c.id, c.key, c.date, d.file FROM cevents c JOIN cevent_mentions m "
                          "ON m.cevent_id = c.id JOIN documents d ON d.id = m.doc_id"):
        clusters.setdefault(row[0], (row[1], row[2], set()))[2].add(row[3])
    return list(clusters.values())


def _pairs(clusters, keys):
    return {(key, a, b) for key, _, files in clusters if key in keys for a, b in combinations(sorted(files), 2)}


def score(db) -> dict[str, float]:
    """Pairwise precision and recall of 'these two pages report the same event', on the answered keys."""
    gold = [(e["key"], e["date"], set(e["files"])) for e in ANSWERS["events"]]
    keys = {e["key"] for e in ANSWERS["events"]}
    predicted = _predicted(db)
    gold_pairs, predicted_pairs = _pairs(gold, keys), _pairs(predicted, keys)
    hit = len(gold_pairs & predicted_pairs)
    exact = sum(1 for g in gold if any(p[0] == g[0] and p[2] == g[2] and p[1] == g[1] for p in predicted))
    return {"precision": hit / len(predicted_pairs) if predicted_pairs else 1.0,
            "recall": hit / len(gold_pairs) if gold_pairs else 1.0,
            "events_exact": exact / len(gold)}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("consolidate") / "x.db"
    api.ingest([CORPUS], path, workers=1)
    with Store(path) as store:
        rebuild(store)
    return path


def test_consolidation_matches_the_answers(store_path):
    with Store.open_readonly(store_path) as store:
        result = score(store.db)
    print("consolidation on the invented corpus:", result)
    assert result == {"precision": 1.0, "recall": 1.0, "events_exact": 1.0}


def test_claims_match_the_answers(store_path):
    with Store.open_readonly(store_path) as store:
        groups = claims(store.db, "trade_turnover")
    found = {(tuple(g["parties"]), g["unit"], g["period"], g["period_basis"]): g for g in groups}
    for answer in ANSWERS["claims"]:
        group = found[(tuple(answer["parties"]), answer["unit"], answer["period"], answer["period_basis"])]
        assert group["status"] == answer["status"]
        assert sorted(v["file"] for v in group["values"]) == sorted(answer["files"])
    assert len(groups) == len(ANSWERS["claims"])


def test_incremental_runs_equal_a_rebuild_and_rerunning_changes_nothing(tmp_path, store_path):
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, (first if path.name in FIRST_BATCH else rest) / path.name)
    db = tmp_path / "x.db"
    with Store(db) as store:
        for folder in (first, rest):
            known = {r[0] for r in store.db.execute("SELECT id FROM documents")}
            api.ingest([folder], db, workers=1)
            new = [r[0] for r in store.db.execute("SELECT id FROM documents") if r[0] not in known]
            consolidate_documents(store, new)
        incremental = _snapshot(store.db)
        consolidate_documents(store, [r[0] for r in store.db.execute("SELECT id FROM documents")])
        assert _snapshot(store.db) == incremental
    with Store.open_readonly(store_path) as store:
        assert _snapshot(store.db)[:2] == incremental[:2]


def test_reading_few_rows_and_directions_at_a_time_and_forgetting_pages_changes_nothing(tmp_path, store_path, monkeypatch):
    from xronika.consolidate import build

    db = tmp_path / "small.db"
    shutil.copy(store_path, db)
    monkeypatch.setattr(build, "ROWS_AT_ONCE", 2)
    monkeypatch.setattr(build, "PAGES_KEPT", 1)
    monkeypatch.setattr(build.sql, "_DIRECTIONS_AT_ONCE", 1)  # a statement per direction: a key's rows span two
    with Store(db) as store:
        rebuild(store)
        small = _snapshot(store.db)
    with Store.open_readonly(store_path) as store:
        assert small == _snapshot(store.db)


def test_events_stored_without_evidence_consolidate_the_same(tmp_path, store_path):
    """Stores written before migration 5 have no event evidence: consolidation reads the texts instead."""
    db = tmp_path / "old.db"
    shutil.copy(store_path, db)
    with Store(db) as store:
        assert store.db.execute("SELECT COUNT(*) FROM event_evidence").fetchone()[0] > 0
        with store.db:
            store.db.execute("DELETE FROM event_evidence")
        rebuild(store)
        from_text = _snapshot(store.db)
    with Store.open_readonly(store_path) as store:
        assert from_text == _snapshot(store.db)


def test_events_of_a_page_no_longer_stored_are_left_out(tmp_path, store_path):
    """Events are read without a join on their pages: those of a page removed from `documents` (a join left
    them out) must still be left out."""
    db = tmp_path / "gone.db"
    shutil.copy(store_path, db)
    with Store(db) as store:
        gone = store.db.execute("SELECT doc_id FROM cevent_mentions ORDER BY doc_id LIMIT 1").fetchone()[0]
        with store.db:
            store.db.execute("DELETE FROM documents WHERE id = ?", (gone,))
        stats = rebuild(store)
        assert stats.mentions > 0
        assert store.db.execute("SELECT COUNT(*) FROM cevent_mentions WHERE doc_id = ?", (gone,)).fetchone()[0] == 0
        assert store.db.execute("SELECT COUNT(*) FROM events WHERE doc_id = ?", (gone,)).fetchone()[0] > 0


def test_read_side_on_a_read_only_connection(store_path):
    with Store.open_readonly(store_path) as store:
        data = timeline(store.db, "az", "ge", "2025-01", "2025-06")
        assert data["pair"] == ["AZ", "GE"]
        assert [e["date"] for e in data["events"]] == ["2025-05-14"]
        assert data["counts_by_type"] == {"CONSULT": 1}
        assert [p["period"] for p in data["series"]["trade_turnover"]] == ["2025"]
        everything = timeline(store.db, "GE", "AZ")
        assert [p["period"] for p in everything["series"]["trade_turnover"]] == ["2024", "2024", "2025"]
        assert len(everything["events"]) == 2
        visit = data["events"][0]
        assert visit["n_sources"] == 3
        detail = event_detail(store.db, visit["id"][:6])
        assert all(s["snippet"] and s["span"][0] < s["span"][1] for s in detail["mentions"])
        assert sum("falls within" in r for s in detail["mentions"] for r in s["reasons"]) == 1


def test_cli_commands(store_path):
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "--db", str(store_path), "--metric", "trade_turnover",
                                 "--parties", "GE,AZ", "--json"])
    assert result.exit_code == 0, result.output
    assert {g["status"] for g in json.loads(result.output)} == {"conflict", "single"}
    result = runner.invoke(app, ["timeline", "AZ", "TR", "--db", str(store_path), "--json"])
    event_id = json.loads(result.output)["events"][0]["id"]
    result = runner.invoke(app, ["event", event_id, "--db", str(store_path)])
    assert result.exit_code == 0 and "t2_turkiye_zeng.txt" in result.output
    assert runner.invoke(app, ["event", "nope", "--db", str(store_path)]).exit_code == 1


def test_consolidation_in_a_process_pool_writes_what_one_process_writes(tmp_path, monkeypatch):
    from xronika.consolidate import build
    from xronika.executor import LocalExecutor
    from xronika.stages import default_pipeline

    monkeypatch.setattr(build, "MENTIONS_PER_TASK", 2)  # many small tasks, out of one process's order
    monkeypatch.setattr(build, "ROWS_AT_ONCE", 3)
    db = tmp_path / "x.db"
    api.ingest([CORPUS], db, workers=1)
    with Store(db) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM documents")]
        alone = _snapshot(store.db)
        with store.db:
            store.db.execute("DELETE FROM cevent_mentions")
            store.db.execute("DELETE FROM cevents")
            store.db.execute("DELETE FROM claim_values")
        with LocalExecutor(default_pipeline, workers=2, keep_pool=True) as pool:
            stats = consolidate_documents(store, ids, pool.starmap)
        assert _snapshot(store.db) == alone
        assert stats.events == len(alone[0]) and stats.claims == len(alone[2])
