"""A killed `xronika ingest` leaves a consistent database; a read-only one is a clear error, not a traceback."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xronika.cli import app
from xronika.read import Skipped, read_paths
from xronika.store import Store

from ..conftest import consolidated_tables
from .badfiles import write_good_inputs

REPO = Path(__file__).resolve().parents[2]
XRONIKA = [sys.executable, "-c", "from xronika.cli import app; app()"]
runner = CliRunner()


def _generated_corpus(folder: Path, n: int) -> None:
    sys.path.insert(0, str(REPO))
    try:
        from bench.generate import generate_pages
    finally:
        sys.path.remove(str(REPO))
    for name, text in generate_pages(n, seed=11):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _count(db: Path, table: str = "documents") -> int:
    """Rows of a table as a reader sees them while the run writes (0 before the store exists)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_during_ingest_leaves_a_consistent_store_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _generated_corpus(corpus, 700)  # ingest writes 256 pages per transaction: kill after the first
    expected = {d.id for d in read_paths([corpus]) if not isinstance(d, Skipped)}
    db = tmp_path / "x.db"
    proc = subprocess.Popen([*XRONIKA, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while _count(db) < 32 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed: use more pages"
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its worker processes, all at once
    proc.wait()
    partial = _count(db)
    assert 0 < partial < len(expected)

    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = subprocess.run([*XRONIKA, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet"],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in con.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids)) and set(ids) == expected, "every page stored exactly once"
        assert con.execute("SELECT COUNT(*) FROM doc_fts").fetchone()[0] == len(ids)
        for layer in ("removed_lines", "entities", "dates", "amounts", "events", "figures"):
            orphans = con.execute(f"SELECT COUNT(*) FROM {layer} WHERE doc_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone()[0] == 0, layer
        for layer in ("entities", "dates", "amounts", "events", "figures"):
            doubled = con.execute(f"SELECT COUNT(*) FROM (SELECT doc_id, idx FROM {layer} GROUP BY doc_id, idx "
                                  "HAVING COUNT(*) > 1)").fetchone()[0]
            assert doubled == 0, layer
        runs = con.execute("SELECT finished, docs_new FROM runs ORDER BY id").fetchall()
        assert runs[0][0] is None and runs[-1][0] is not None  # the killed run is visible as unfinished
        assert runs[-1][1] == len(expected) - partial
    # the pages the killed run stored are consolidated too: as if it had never been interrupted
    whole = tmp_path / "whole.db"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(whole), "--workers", "1", "--quiet"]).exit_code == 0
    assert _consolidated(db) == _consolidated(whole)
    assert _count(db, "consolidated_docs") == len(expected)


def _consolidated(db: Path) -> list[list[tuple]]:
    with sqlite3.connect(db) as con:
        return consolidated_tables(con)


def _index_definitions(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def test_sigkill_during_a_bulk_load_loses_no_index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _generated_corpus(corpus, 700)
    db = tmp_path / "x.db"
    args = [*XRONIKA, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--quiet", "--bulk-after", "200"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while _count(db, "deferred_indexes") == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed: use more pages"
    os.killpg(proc.pid, signal.SIGKILL)  # after the first transaction, with the indexes put aside
    proc.wait()
    assert _count(db, "deferred_indexes") > 0
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    assert _count(db, "deferred_indexes") == 0
    assert _index_definitions(db) == _index_definitions(fresh)
    assert _count(db) == len({d.id for d in read_paths([corpus]) if not isinstance(d, Skipped)})


def _readonly_store(folder: Path) -> Path:
    (folder / "in").mkdir()
    write_good_inputs(folder / "in", 2)
    db = folder / "db" / "x.db"
    db.parent.mkdir()
    assert runner.invoke(app, ["ingest", str(folder / "in"), "--db", str(db), "--workers", "1", "--quiet"]
                         ).exit_code == 0
    write_good_inputs(folder / "in", 4)  # new pages, so the next run must write
    for path in db.parent.iterdir():
        path.chmod(0o444)
    db.parent.chmod(0o555)
    return db


# root writes through file modes; without these capabilities it obeys them like anyone
_DROP_ROOT_POWERS = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def test_read_only_database_is_a_clear_error_with_exit_code_1(tmp_path):
    db = _readonly_store(tmp_path)
    args = ["ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1", "--quiet"]
    try:
        if os.geteuid() != 0:
            result = runner.invoke(app, args)
            code, output = result.exit_code, result.output
            assert result.exception is None or isinstance(result.exception, SystemExit)
        else:
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv: file modes cannot be enforced")
            done = subprocess.run([*_DROP_ROOT_POWERS, *XRONIKA, *args], capture_output=True, text=True, timeout=120)
            code, output = done.returncode, done.stdout + done.stderr
    finally:
        db.parent.chmod(0o755)
        for path in db.parent.iterdir():
            path.chmod(0o644)
    assert code == 1, output
    assert "Traceback" not in output
    assert "read-only" in output or "readonly" in output


def _limit_file_size() -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit then fail with EFBIG, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))


def test_full_disk_is_a_clear_error_and_the_store_stays_consistent(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _generated_corpus(corpus, 200)
    db = tmp_path / "x.db"
    args = [*XRONIKA, "ingest", str(corpus), "--db", str(db), "--workers", "1", "--quiet"]
    full = subprocess.run(args, capture_output=True, text=True, timeout=300, preexec_fn=_limit_file_size)
    assert full.returncode == 1, full.stderr[-2000:]
    assert "Traceback" not in full.stderr and "disk full" in full.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert subprocess.run(args, capture_output=True, timeout=300).returncode == 0
    assert _count(db) == len({d.id for d in read_paths([corpus]) if not isinstance(d, Skipped)})
