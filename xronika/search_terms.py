"""Lemmas of a text for full-text search, so `Qazaxıstan` finds `Qazaxıstanın`."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def known_names() -> None:
    """Teach the analyser the knowledge base's names, so `Tokayevin` is cut at `Tokayev`."""
    from .kb import load_kb
    from .lang.az.morph import add_stems

    # in the base's order, not a set's: when two spellings share a lower case form (`AZƏRTAC`, `Azərtac`)
    # the last one registered is the lemma, and that must not change from run to run
    add_stems(dict.fromkeys(w for name, _ in load_kb().names() for w in name.split()
                            if w[:1].isupper() and w.isalpha()))


def lemma_text(body: str) -> str:
    from .lang.az.morph import LEMMAS
    from .lang.segment import word_texts

    known_names()
    return " ".join(map(LEMMAS.__getitem__, word_texts(body)))
