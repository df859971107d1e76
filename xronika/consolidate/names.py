"""Proper names in an event's sentence: evidence that two undated mentions tell the same story even when
the entity recogniser missed the name (an unknown school, a person not in the KB)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import gt

from ..lang.az.morph import az_lower, clear_with_new_stems, lemma
from ..lang.memo import MemoTable
from ..lang.segment import UPPER

# a capital not preceded by a word character or hyphen (`(?<![\w-])[A-Z]...`); the capital comes first
# so the scanner skips ahead to capitals instead of testing the lookbehind at every character
_CAPITALISED = re.compile(rf"[{UPPER}](?<![\w-].)[\w'’-]*")
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

    def overlapping(self, los: list[int], his: list[int]) -> Iterator[bool]:
        """`overlaps(lo, hi)` of each pair, in C loops (one page's words at once)."""
        reach = [-1, *self.ends]  # reach[k]: the end of the k-th span, counting from 1
        return map(gt, map(reach.__getitem__, map(bisect_left, repeat(self.starts), his)), los)


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
    return None if masked.overlaps(start, start + len(word)) else _word_name(word)


def _name_of_word(word: str) -> str | None:
    """What a capitalised word outside the masked spans names, if anything (a function of the word and
    of the stems the analyser knows)."""
    if len(word) < MIN_LENGTH:
        return None
    if word.count("-") == 1 and word.split("-")[1].islower():
        word = word.split("-")[0]
    base = _base(word)
    return base if base not in GENERIC_CAPITALISED and len(base) >= MIN_LENGTH else None


# `_name_of_word` memoised; emptied when new stems change the lemmas
_word_name = clear_with_new_stems(MemoTable(_name_of_word, 100_000)).__getitem__


_RUN = re.compile(r"[\w'’-]*")  # what a capitalised word is made of, after its first letter
_CAPITALISED_PIECES = re.compile(f"({_CAPITALISED.pattern})")  # split() keeps the words


class PageNames:
    """The capitalised words of a page and what each names, found once, so the names of many stretches of
    it (each event's sentence and window) cost two bisections and a slice:
    `within(a, b)` == `proper_names(body[a:b], a, masked)`."""

    def __init__(self, body: str, masked: SpanSet) -> None:
        self.body, self.masked = body, masked
        # the text between the capitalised words and the words, alternating: the running sum of their lengths
        # gives where each word starts and ends, without a match object per word
        pieces = _CAPITALISED_PIECES.split(body)
        bounds = list(accumulate(map(len, pieces)))
        self.starts = bounds[0:-1:2]
        self.ends = bounds[1::2]
        names = map(_word_name, pieces[1::2])  # cached per word
        covered = masked.overlapping(self.starts, self.ends)  # most words name something: test them all
        self._names: list[str | None] = [None if hidden else name for name, hidden in zip(names, covered, strict=True)]

    def within(self, a: int, b: int) -> frozenset[str]:
        body = self.body
        b = min(b, len(body))
        if a >= b:
            return frozenset()
        first = _FIRST_WORD.match(body, a, b)
        skip_until = first.end() if first else a
        # the run of word characters the stretch opens with is read as the stretch alone reads it: cut
        # mid-word, it may start a capitalised word of its own ('Neil' of "O'Neil") the page does not have;
        # such a word starts before the run's end, so it counts only if the run goes past the first word
        head = _RUN.match(body, a, b).end()
        starts = self.starts
        lo = bisect_left(starts, max(head, skip_until))
        hi = bisect_left(starts, b)
        cut = None
        if hi > lo and self.ends[hi - 1] > b:  # the last word is cut by the stretch's end (words do not overlap)
            hi -= 1
            cut = _name(body[starts[hi]:b], starts[hi], self.masked)
        names = set(self._names[lo:hi])
        names.add(cut)
        if head > skip_until:
            for m in _CAPITALISED.finditer(body[a:head]):
                if a + m.start() >= skip_until:
                    names.add(_name(m[0], a + m.start(), self.masked))
        names.discard(None)
        return frozenset(names)


def _base(word: str) -> str:  # called only through the memoised _word_name
    return az_lower(lemma(word))
