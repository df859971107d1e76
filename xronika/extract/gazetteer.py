"""Finds knowledge-base names in text, in any case form.

A name matches when every word but the last is written as in the alias and the
last word is the alias word followed by a valid inflectional ending
(`Qazaxıstana`, `Respublikasının`, `QAİ-nin`, `Tokayevlə`). Endings are
checked with a set lookup per suffix length, not a loop over patterns.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from ..lang.az.inflection import RU_NAME_ENDINGS, name_endings

WORD_RE = re.compile(r"[^\W\d_](?:[\w]|[-'’.](?=[^\W_]))*|\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?", re.UNICODE)


def fold(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").casefold().replace("’", "'")


@lru_cache(maxsize=100_000)
def fold_name(name: str) -> str:
    """`fold` of a name or a word: cached, since the same names come back page after page."""
    return fold(name)


class Word(NamedTuple):
    start: int
    end: int
    text: str
    folded: str


_new_tuple = tuple.__new__


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    stop = len(text) if end is None else end
    # fold the span once when folding keeps its length (it nearly always does)
    folded = fold(text[start:stop])
    same = len(folded) == stop - start
    out = []
    append = out.append
    for m in WORD_RE.finditer(text, start, stop):
        s, e = m.span()
        w = text[s:e]  # never ends in '.': the pattern takes a dot only before a letter or digit ('Report.az')
        # tuple.__new__ directly: a NamedTuple's own constructor is a Python function, and pages have
        # hundreds of words
        append(_new_tuple(Word, (s, e, w, folded[s - start:e - start] if same else fold(w))))
    return out


class Match(NamedTuple):
    start: int  # char offsets
    end: int
    first: int  # word indices [first, last]
    last: int
    entry_id: str
    surface: str
    ending: str = ""  # what followed the name in its last word (`ın` of `Qazaxıstanın`)


class Gazetteer:
    """Longest-match lookup of multi-word names over a word sequence."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self.table: dict[tuple[str, ...], str] = {}
        self.lengths: dict[str, set[int]] = {}  # first folded word -> alias lengths in words
        self.cased: dict[tuple[str, ...], tuple[bool, int]] = {}  # alias -> (capitalised, all-caps head length)
        self.prefixes: set[tuple[str, ...]] = set()  # every alias of two or more words without its last word
        for alias, entry_id in names:
            toks = tuple(w.folded for w in words(alias))
            if not toks or toks in self.table:
                continue
            self.table[toks] = entry_id
            head = alias.split()[0].split("-")[0]
            self.cased[toks] = (alias[:1].isupper(), len(head) if len(head) > 1 and head.isupper() else 0)
            self.lengths.setdefault(toks[0], set()).add(len(toks))
            if len(toks) > 1:
                self.prefixes.add(toks[:-1])
        self.max_len = max((len(t) for t in self.table), default=1)
        self.endings = name_endings()
        self.max_ending = max(len(e) for e in self.endings)

    @lru_cache(maxsize=200_000)  # noqa: B019 - one gazetteer per process, words repeat a lot
    def stems(self, folded: str) -> tuple[str, ...]:
        """The word itself and every prefix left when a valid name ending is cut off."""
        out = [folded]
        for sep in ("-", "'"):
            if sep in folded:
                head, _, tail = folded.rpartition(sep)
                if head and tail in self.endings:
                    out.append(head)
        for n in range(1, min(self.max_ending, len(folded) - 2) + 1):
            if folded[-n:] in self.endings:
                out.append(folded[:-n])
        if "а" <= folded[-1:] <= "я" or folded[-1:] == "ё":
            for ending in RU_NAME_ENDINGS:
                if folded.endswith(ending) and len(folded) > len(ending) + 2:
                    out.append(folded[: -len(ending)])
                    out.append(folded[: -len(ending)] + "а")
        return tuple(dict.fromkeys(out))

    def _case_ok(self, alias_toks: tuple[str, ...], first: Word) -> bool:
        capitalised, caps = self.cased[alias_toks]
        if capitalised and not first.text[:1].isupper():
            return False
        # all-caps abbreviations (ABŞ, MDB, AB) must be written in capitals
        return not caps or first.text[:caps].isupper()

    def find(self, ws: list[Word]) -> Iterator[Match]:
        i = 0
        n = len(ws)
        while i < n:
            best = self._longest_at(ws, i) if self._lengths_at(ws[i].folded) else None
            if best:
                yield best
                i = best.last + 1
                continue
            if "-" in ws[i].folded:
                yield from self._hyphen_parts(ws[i], i)  # 'Rusiya-Ukrayna', 'Azərbaycan-Qazaxıstan'
            i += 1

    def _longest_at(self, ws: list[Word], i: int) -> Match | None:
        n = len(ws)
        first = ws[i]
        cyrillic = "а" <= first.folded[:1] <= "я"
        for length in self._lengths_at(first.folded):
            if i + length > n:
                continue
            inner = ws[i:i + length - 1]
            if cyrillic:
                heads = [list(self.stems(w.folded))[:4] for w in inner]
                prefixes = [tuple(toks) for toks in itertools.product(*heads)]
            else:
                prefixes = [tuple(w.folded for w in inner)]
                if length > 1 and prefixes[0] not in self.prefixes:
                    continue
            if any(ws[k + 1].start - ws[k].end > 3 for k in range(i, i + length - 1)):
                continue
            word = ws[i + length - 1]
            for toks in prefixes:
                for last in self.stems(word.folded):
                    key = (*toks, last)
                    entry = self.table.get(key)
                    if entry and self._case_ok(key, first):
                        return Match(first.start, word.end, i, i + length - 1, entry,
                                     " ".join(w.text for w in ws[i:i + length]), word.folded[len(last):])
        return None

    def _hyphen_parts(self, word: Word, index: int) -> Iterator[Match]:
        offset = word.start
        for part in word.text.split("-"):
            if len(part) > 1:
                sub = Word(offset, offset + len(part), part, fold(part))
                found = self._longest_at([sub], 0)
                if found:
                    yield Match(found.start, found.end, index, index, found.entry_id, part, found.ending)
            offset += len(part) + 1

    @lru_cache(maxsize=200_000)  # noqa: B019 - one gazetteer per process
    def _lengths_at(self, folded: str) -> tuple[int, ...]:
        """Alias lengths (in words, longest first) that may start at a word; empty for most words."""
        forms = self.stems(folded)
        lengths = set(self.lengths.get(folded, ()))
        cyrillic = "а" <= folded[:1] <= "я"
        for form in forms:
            known = self.lengths.get(form, ())
            if cyrillic:
                lengths.update(known)  # Russian inflects every word of a name
            elif 1 in known:
                lengths.add(1)
        return tuple(sorted(lengths, reverse=True))
