"""Finds knowledge-base names in text, in any case form.

A name matches when every word but the last is written as in the alias and the
last word is the alias word followed by a valid inflectional ending
(`Qazaxıstana`, `Respublikasının`, `QAİ-nin`, `Tokayevlə`). Endings are
checked with a set lookup per suffix length, not a loop over patterns.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from ..lang.az.inflection import RU_NAME_ENDINGS, name_endings
from ..lang.memo import MemoTable

# A word: a letter, then word characters, with `-`, `'`, `’` or `.` only between letters or digits
# (`QAİ-nin`, `Report.az`); or a number (`1.000,5`, `5-ci`). Written to be fast, with the same words as
# `[^\W\d_](?:\w|[-'’.](?=[^\W_]))*|\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?`: runs (`\w*`) instead of one character
# per repetition, and one leading class (letter or digit) that lets the search skip other characters fast.
# Possessive repeats (`*+`): every part after each repeat is optional, so they never give anything back
# anyway, and the engine then keeps no state to backtrack into (a plain group repeat allocates some per word).
WORD_RE = re.compile(r"[^\W_](?:(?<!\d)\w*+(?:[-'’.][^\W_]\w*+)*+|\d*+(?:[.,]\d++)*+(?:-[^\W\d_]++)?+)",
                     re.UNICODE)
# the same words, as the odd items of re.split: a page is cut into words at C speed, with no match objects
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})", re.UNICODE)
_CACHE_LIMIT = 200_000  # distinct words kept per word cache before it starts again


def fold(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").casefold().replace("’", "'")


def aligned_fold(text: str) -> str:
    """`fold(text)` with every char kept one char long: a slice of it is the fold of the same slice of
    `text`, at the same offsets. Folding nearly always keeps the length; the rare char whose fold is
    longer (`ß` -> `ss`, `ﬁ` -> `fi`) is left as written. The one way the extractors fold a page."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(f if len(f) == 1 else c for c, f in zip(text, map(fold, text), strict=True))


# `fold` of a word or name as written, memoised: the same words and names come back page after page
fold_name = MemoTable(fold, _CACHE_LIMIT).__getitem__


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


class Tokens:
    """The words of a text as parallel lists: word k is `texts[k]` at `starts[k]:ends[k]`.

    Lists instead of one `Word` per word: a page has hundreds of words and only a few of them
    start a name, so the per-word work is left to C (`re.split`, `accumulate`, `map`).
    """

    __slots__ = ("starts", "ends", "texts", "folded")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], folded: list[str]) -> None:
        self.starts, self.ends, self.texts, self.folded = starts, ends, texts, folded

    @classmethod
    def of(cls, text: str) -> Tokens:
        parts = _SPLIT_RE.split(text)  # gap, word, gap, word, ..., gap
        bounds = list(itertools.accumulate(map(len, parts)))
        texts = parts[1::2]
        # each word folded alone (a table lookup per word: cheaper than slicing the folded page)
        return cls(bounds[0:-1:2], bounds[1::2], texts, list(map(fold_name, texts)))

    def __len__(self) -> int:
        return len(self.texts)

    def word(self, k: int) -> Word:
        return Word(self.starts[k], self.ends[k], self.texts[k], self.folded[k])


class Match(NamedTuple):
    start: int  # char offsets
    end: int
    first: int  # word indices [first, last]
    last: int
    entry_id: str
    surface: str
    ending: str = ""  # what followed the name in its last word (`ın` of `Qazaxıstanın`)


_THREE = itertools.repeat(3)
# how `find` treats a word that may start a name: one-word aliases only; a latin word that may also start a longer
# alias (asked of the next word first); a cyrillic word (every word of a Russian name inflects); no name, but
# hyphenated parts that may be names
_ONE_WORD, _LATIN, _CYRILLIC, _HYPHEN_ONLY = "one", "latin", "cyrillic", "hyphen"


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
        # the first two words of every alias of three or more words
        self.prefix_pairs = {toks[:2] for toks in self.table if len(toks) > 2}
        self.max_len = max((len(t) for t in self.table), default=1)
        self.endings = name_endings()
        self.max_ending = max(len(e) for e in self.endings)
        # per distinct folded word: the alias lengths that may start at it (empty: none)
        self._starts = MemoTable(self._lengths_at, _CACHE_LIMIT)
        # per distinct word as written: (entry id, ending) of the one-word alias it inflects, or None
        self._singles = MemoTable(self._single_of, _CACHE_LIMIT)
        # hyphenated word as written -> (start, end, entry id, part, ending) of the names inside it
        self._parts = MemoTable(lambda text: tuple(self._names_in_parts(text)), _CACHE_LIMIT)
        # two folded words -> may they start a longer alias (most pairs: no)
        self._pairs = MemoTable(self._pair_may_continue, _CACHE_LIMIT)
        # per distinct word as written: `_starts_of` it
        self._word_starts = MemoTable(self._starts_of, _CACHE_LIMIT)

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

    def _case_ok(self, alias_toks: tuple[str, ...], first_text: str) -> bool:
        capitalised, caps = self.cased[alias_toks]
        if capitalised and not first_text[:1].isupper():
            return False
        # all-caps abbreviations (ABŞ, MDB, AB) must be written in capitals
        return not caps or first_text[:caps].isupper()

    def find(self, tk: Tokens) -> list[Match]:
        folded, texts, starts, ends = tk.folded, tk.texts, tk.starts, tk.ends
        n = len(folded)
        # one lookup per word as written: what may start at it (0 for most words)
        starts_at = list(map(self._word_starts.__getitem__, texts))
        pairs = self._pairs
        out: list[Match] = []
        resume = 0
        for i in itertools.compress(range(n), starts_at):  # the few words that may start a name
            if i < resume:
                continue
            kind, lengths, single = starts_at[i]
            if kind is _ONE_WORD or (kind is _LATIN and not (i + 1 < n and pairs[folded[i], folded[i + 1]])):
                # one word, maybe inflected: the common case, answered per distinct word
                if single:
                    out.append(_new_tuple(Match, (starts[i], ends[i], i, i, single[0], texts[i], single[1])))
                    resume = i + 1
                    continue
            elif kind is not _HYPHEN_ONLY:
                best = self._longest(tk, i, lengths)
                if best:
                    out.append(best)
                    resume = best.last + 1
                    continue
            if "-" in folded[i]:
                out.extend(self._hyphen_parts(tk, i))  # 'Rusiya-Ukrayna', 'Azərbaycan-Qazaxıstan'
        return out

    def _starts_of(self, text: str) -> tuple | int:
        """What may start at a word as written: 0 (nothing, most words), or (kind, alias lengths, the one-word
        answer `_single_of` gives when one-word aliases may start there, else None)."""
        folded = fold_name(text)
        lengths = self.start_lengths(folded)
        if not lengths:
            return (_HYPHEN_ONLY, (), None) if "-" in folded else 0
        single = self._singles[text] if lengths[-1] == 1 else None
        if lengths[0] == 1:
            return (_ONE_WORD, lengths, single)
        return ((_CYRILLIC if "а" <= folded[:1] <= "я" else _LATIN), lengths, single)

    def start_lengths(self, folded: str) -> tuple[int, ...]:
        """Alias lengths (in words, longest first) that may start at a word; empty for most words."""
        return self._starts[folded]

    def _single_of(self, text: str) -> tuple[str, str] | None:
        """(entry id, ending) of the one-word alias a word is, or is an inflected form of, written as it is."""
        folded = fold_name(text)  # what every `Tokens` holds for the word
        return next(((self.table[(stem,)], folded[len(stem):]) for stem in self.stems(folded)
                     if (stem,) in self.table and self._case_ok((stem,), text)), None)

    def _longest(self, tk: Tokens, i: int, lengths: tuple[int, ...]) -> Match | None:
        folded, texts = tk.folded, tk.texts
        n = len(folded)
        first = folded[i]
        first_text = texts[i]
        for length in lengths:
            if length == 1:
                found = self._singles[first_text]
                if found:
                    return _new_tuple(Match, (tk.starts[i], tk.ends[i], i, i, found[0], first_text, found[1]))
                continue
            last_i = i + length - 1
            if last_i >= n:
                continue
            if "а" <= first[:1] <= "я":
                heads = [list(self.stems(w))[:4] for w in folded[i:last_i]]
                prefixes = [tuple(toks) for toks in itertools.product(*heads)]
            else:
                prefixes = [tuple(folded[i:last_i])]
                if prefixes[0] not in self.prefixes:
                    continue
            starts, ends = tk.starts, tk.ends
            # no gap of more than 3 chars between the words (differences and comparisons in C)
            if any(map(operator.lt, _THREE, map(operator.sub, starts[i + 1:last_i + 1], ends[i:last_i]))):
                continue
            word = folded[last_i]
            for toks in prefixes:
                for last in self.stems(word):
                    key = (*toks, last)
                    entry = self.table.get(key)
                    if entry and self._case_ok(key, first_text):
                        return Match(starts[i], ends[last_i], i, last_i, entry, " ".join(texts[i:last_i + 1]),
                                     word[len(last):])
        return None

    def _pair_may_continue(self, pair: tuple[str, str]) -> bool:
        """Whether an alias of two or more latin words may start with these two (most pairs: no)."""
        first, second = pair
        return pair in self.prefix_pairs or any((first, stem) in self.table for stem in self.stems(second))

    def longest_at(self, tk: Tokens, i: int) -> Match | None:
        """The longest name starting at word `i`, if any."""
        lengths = self.start_lengths(tk.folded[i])
        return self._longest(tk, i, lengths) if lengths else None

    def _hyphen_parts(self, tk: Tokens, index: int) -> Iterator[Match]:
        start = tk.starts[index]
        for offset, end, entry, part, ending in self._parts[tk.texts[index]]:
            yield Match(start + offset, start + end, index, index, entry, part, ending)

    def _names_in_parts(self, text: str) -> Iterator[tuple[int, int, str, str, str]]:
        offset = 0
        for part in text.split("-"):
            if len(part) > 1:
                found = self.longest_at(Tokens([offset], [offset + len(part)], [part], [fold(part)]), 0)
                if found:
                    yield found.start, found.end, found.entry_id, part, found.ending
            offset += len(part) + 1

    def _lengths_at(self, folded: str) -> tuple[int, ...]:
        """Alias lengths (in words, longest first) that may start at a word; empty for most words.

        Not cached here: `start_lengths` keeps the answer per word."""
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
