"""Proper names in an event's sentence: evidence that two undated mentions tell the same story even when
the entity recogniser missed the name (an unknown school, a person not in the KB)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ..lang.az.morph import az_lower, lemma
from ..lang.segment import UPPER

_CAPITALISED = re.compile(rf"(?<![\w-])[{UPPER}][\w'’-]*")
_FIRST_WORD = re.compile(r"[\W\d_]*\w+")

# Source: compiled by hand; capitalised Azerbaijani titles and institution words every story of a
# country pair uses, which name no particular event
GENERIC_CAPITALISED = frozenset({
    "prezident", "baş", "nazir", "müavin", "respublika", "dövlət", "hökumət", "parlament", "xarici", "işlər",
    "nazirlik", "səfir", "səfirlik", "spiker", "sədr", "katib", "milli", "məclis", "kral", "əmir", "şura",
    "xanım", "cənab", "ali", "baş katib", "birgə", "komissiya", "hökumətlərarası", "xatırladaq", "qeyd",
})
MIN_LENGTH = 3


class SpanSet:
    """Body spans (countries, persons, places, dates), merged, so an overlap test is one bisection."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        starts: list[int] = []
        ends: list[int] = []  # increasing too, since merged spans do not overlap
        for s, e in sorted(spans):
            if ends and s <= ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        # machine integers: thousands of pages' spans stay loaded during consolidation
        self.starts, self.ends = array("q", starts), array("q", ends)

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) (lo < hi) shares a character with a span: the last span starting before hi
        reaches furthest of all that do."""
        k = bisect_left(self.starts, hi) - 1
        return k >= 0 and self.ends[k] > lo


def proper_names(text: str, offset: int, masked: SpanSet | Iterable[tuple[int, int]]) -> frozenset[str]:
    """Lemmas of capitalised words of `text` (a sentence starting at body offset `offset`), leaving out the
    first word, words inside `masked` body spans (countries, persons, places, dates) and generic titles."""
    if not text:
        return frozenset()
    if not isinstance(masked, SpanSet):
        masked = SpanSet(masked)
    first = _FIRST_WORD.match(text)
    skip_until = first.end() if first else 0
    names = set()
    for m in _CAPITALISED.finditer(text):
        if m.start() < skip_until or len(m[0]) < MIN_LENGTH:
            continue
        if masked.overlaps(offset + m.start(), offset + m.end()):
            continue
        word = m[0].split("-")[0] if m[0].count("-") == 1 and m[0].split("-")[1].islower() else m[0]
        base = _base(word)
        if base not in GENERIC_CAPITALISED and len(base) >= MIN_LENGTH:
            names.add(base)
    return frozenset(names)


@lru_cache(maxsize=100_000)
def _base(word: str) -> str:
    return az_lower(lemma(word))
