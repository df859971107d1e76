"""Shared fixtures: where the shared corpus lives, a small store built from the demo corpus, and what
consolidation wrote to a store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import settings

# a per-example deadline turns a slow or busy CI machine into failures; speed is the bench's job
settings.register_profile("xronika", deadline=None, print_blob=True)
settings.load_profile("xronika")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def consolidated_tables(db: sqlite3.Connection) -> list[list[tuple]]:
    """The consolidated tables (events, their mentions, claim values), sorted, less the time each event was
    written: what two runs that consolidated the same pages must agree on."""
    return [sorted(tuple(r) for r in db.execute(query)) for query in (
        "SELECT id, key, type, mode, actor, recipient, pair_a, pair_b, date, place, n_sources, n_mentions, planned "
        "FROM cevents", "SELECT * FROM cevent_mentions", "SELECT * FROM claim_values")]


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test skips cleanly when the shared data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from xronika.api import ingest
    from xronika.demo import demo_corpus_path

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    ingest([demo_corpus_path()], db, workers=1)
    return db
