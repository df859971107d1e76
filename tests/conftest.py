"""Shared fixtures: where the shared corpus lives, and a small store built from the demo corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# a per-example deadline turns a slow or busy CI machine into failures; speed is the bench's job
settings.register_profile("xronika", deadline=None, print_blob=True)
settings.load_profile("xronika")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


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
