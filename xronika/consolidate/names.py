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
        if m.start() >= skip_until and (name := _name(m[0], offset + m.start(), masked)):
            names.add(name)
    return frozenset(names)


def _name(word: str, start: int, masked: SpanSet) -> str | None:
    if len(word) < MIN_LENGTH or masked.overlaps(start, start + len(word)):
        return None
    if word.count("-") == 1 and word.split("-")[1].islower():
        word = word.split("-")[0]
    base = _base(word)
    return base if base not in GENERIC_CAPITALISED and len(base) >= MIN_LENGTH else None


_RUN = re.compile(r"[\w'’-]*")  # what a capitalised word is made of, after its first letter


class PageNames:
    """The capitalised words of a page, found once, so the names of many stretches of it (each event's
    sentence and window) cost a bisection each: `within(a, b)` == `proper_names(body[a:b], a, masked)`."""

    def __init__(self, body: str, masked: SpanSet) -> None:
        self.body, self.masked = body, masked
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _CAPITALISED.finditer(body):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._names: list[str | None | bool] = [False] * len(self.starts)  # False: not looked at yet

    def within(self, a: int, b: int) -> frozenset[str]:
        body = self.body
        b = min(b, len(body))
        if a >= b:
            return frozenset()
        first = _FIRST_WORD.match(body, a, b)
        skip_until = first.end() if first else a
        # the run of word characters the stretch opens with is read as the stretch alone reads it: cut
        # mid-word, it may start a capitalised word of its own ('Neil' of "O'Neil") the page does not have
        head = _RUN.match(body, a, b).end()
        names = set()
        if head > a:
            for m in _CAPITALISED.finditer(body[a:head]):
                if a + m.start() >= skip_until and (name := _name(m[0], a + m.start(), self.masked)):
                    names.add(name)
        for k in range(bisect_left(self.starts, head), bisect_left(self.starts, b)):
            s, e = self.starts[k], self.ends[k]
            if s < skip_until:
                continue
            if e > b:  # cut by the stretch's end
                name = _name(body[s:b], s, self.masked)
            else:
                name = self._names[k]
                if name is False:
                    name = self._names[k] = _name(body[s:e], s, self.masked)
            if name:
                names.add(name)
        return frozenset(names)


@lru_cache(maxsize=100_000)
def _base(word: str) -> str:
    return az_lower(lemma(word))
