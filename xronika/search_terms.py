"""Lemmas of a text for full-text search, so `Qazaxıstan` finds `Qazaxıstanın`."""

from __future__ import annotations

from functools import lru_cache

from .lang.memo import MemoTable


@lru_cache(maxsize=1)
def known_names() -> None:
    """Teach the analyser the knowledge base's names, so `Tokayevin` is cut at `Tokayev`."""
    from .kb import load_kb
    from .lang.az.morph import add_stems, clear_with_new_stems

    clear_with_new_stems(_CHUNK_LEMMAS)  # chunks' lemmas change with the stems, as LEMMAS does
    # in the base's order, not a set's: when two spellings share a lower case form (`AZƏRTAC`, `Azərtac`)
    # the last one registered is the lemma, and that must not change from run to run
    add_stems(dict.fromkeys(w for name, _ in load_kb().names() for w in name.split()
                            if w[:1].isupper() and w.isalpha()))


def lemma_text(body: str) -> str:
    known_names()
    # each whitespace-free chunk's lemmas end in a space, so the page's text is their concatenation less
    # its last character: one lookup per chunk ("edib.", "Bakı,") instead of one per word and a join
    return "".join(map(_CHUNK_LEMMAS.__getitem__, body.split()))[:-1]


def _chunk_lemmas(chunk: str) -> str:
    """The lemmas of a whitespace-free chunk's words, each followed by a space ("" when it has no word)."""
    from .lang.az.morph import LEMMAS
    from .lang.segment import word_texts

    words = word_texts(chunk)  # no word spans whitespace, so a chunk's words are the same alone as in its text
    return " ".join(map(LEMMAS.__getitem__, words)) + " " if words else ""


# chunks repeat from page to page; bounded like the per-word tables it is built on
_CHUNK_LEMMAS = MemoTable(_chunk_lemmas, 100_000)
