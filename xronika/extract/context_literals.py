"""The literal words a pattern's matches start with, read from the pattern: cheap pre-checks for regexes.

Most cue patterns (`deyil|yoxdur|...`, `^(?:səfər|görüş)|...`) match in few sentences, and a regex
whose alternatives start with different letters, or with `^` or `\\b`, is tried at nearly every
position of the text. An `in` test for the words it must start with is several times cheaper for
such patterns, and when none is there the regex cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_META = set("\\()[]{}?*+.|^$")
_OPTIONAL_LAST = set("?*{")  # a quantifier after a literal char makes that char optional
_ZERO_WIDTH_OPENERS = ("^", "\\b")  # take no char: the literal after them is still the match's start


def _class_end(pattern: str, i: int) -> int:
    """Index after the `]` closing the class opened at `i`."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":  # a `]` first in a class is a plain char
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _depths(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of the pattern's structural characters from `start`:
    escapes and character classes (which may hold '(' or '|' as plain characters) are stepped over."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        depth += (ch == "(") - (ch == ")")
        yield i, ch, depth
        i += 1


def top_level_split(pattern: str) -> list[str]:
    """The pattern's alternatives at group depth 0."""
    parts, start = [], 0
    for i, ch, depth in _depths(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, open_at: int) -> int:
    """Index of the `)` closing the group opened at `open_at`, or -1."""
    for i, ch, depth in _depths(pattern, open_at):
        if ch == ")" and depth == 0:
            return i
    return -1


def leading_literals(pattern: str) -> list[str] | None:
    """Strings one of which every match of `pattern` starts with; None when that cannot be told.

    Reads plain chars up to the first regex syntax; an alternation group in front is read branch
    by branch, and a `^` or `\\b` in front is passed over. Anything else in front (a class, an
    escape, a quantified group, a flag) gives up. Only literals no other one is a prefix of are kept.
    """
    out: list[str] = []
    for alt in top_level_split(pattern):
        while alt.startswith(_ZERO_WIDTH_OPENERS):
            alt = alt[1:] if alt[0] == "^" else alt[2:]
        if alt.startswith("(?:"):
            close = _group_end(alt, 0)
            if close < 0 or alt[close + 1:close + 2] in ("?", "*", "{", "+"):
                return None
            inner = leading_literals(alt[3:close])
            if inner is None:
                return None
            out.extend(inner)
            continue
        n = 0
        while n < len(alt) and alt[n] not in _META:
            n += 1
        if n < len(alt) and alt[n] in _OPTIONAL_LAST:
            n -= 1
        if n <= 0:
            return None
        out.append(alt[:n])
    return sorted({lit for lit in out if not any(o != lit and lit.startswith(o) for o in out)})


class Prechecked:
    """A compiled pattern searched only in text that holds one of the literals its matches start with."""

    def __init__(self, pattern: str) -> None:
        self.rx = re.compile(pattern)
        literals = leading_literals(pattern)
        # a literal holding another is in the text only if that one is: test the shorter alone
        self.marks = None if literals is None else tuple(
            lit for lit in literals if not any(o != lit and o in lit for o in literals))

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        if self.marks is None:
            return self.rx.search(text, pos)
        for mark in self.marks:  # a loop, not `any(...)`: no generator made on each call
            if mark in text:
                return self.rx.search(text, pos)
        return None


def _trie(words: list[str]) -> str:
    """An alternation of prefix-free words, factored by shared prefixes (`g(?:örüş|əl(?:di|ib))`).

    The regex engine tries the branches of an alternation one after another at every position whose
    char starts one; factored, it compares a char with a few branches instead of every word (twice as
    fast as the plain alternation over news pages, and faster than a `str.find` per word).
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        if len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(re.escape(first) + "(?:" + _trie(rests) + ")")
    return "|".join(parts)


_COMMON_ALNUM = "a-zA-Z0-9а-яёА-ЯЁəƏıİöÖüÜğĞşŞçÇ"  # letters and digits only: the rest are found by `isalnum`


class LiteralStarts:
    """Where the leading literals of several patterns stand in a text, found in one regex pass.

    Only the literals no other one is a prefix of are searched for (`gəl` stands for `gəlib` and
    `gəldi`), so at most one matches at a position. A pattern with no literal told is `unindexed`.
    """

    def __init__(self, literal_lists: list[list[str] | None]) -> None:
        literals = {lit for lits in literal_lists if lits for lit in lits}
        keys = sorted(lit for lit in literals if not any(o != lit and lit.startswith(o) for o in literals))
        self.owners = {key: [i for i, lits in enumerate(literal_lists)
                             if lits and any(lit.startswith(key) for lit in lits)] for key in keys}
        self.unindexed = [i for i, lits in enumerate(literal_lists) if not lits]
        self.rx = re.compile(_trie(keys)) if keys else None
        # a literal after a char that is none of the common letters and digits: the regex engine tries the
        # literals only there (a sixth of a text's chars) instead of at every char a literal starts with (half
        # of them); the class is a bitmap, cheaper to test than `[\W_]`, and the rare letter it lets by is
        # told apart afterwards
        self._after_break = re.compile(f"[^{_COMMON_ALNUM}](" + _trie(keys) + ")") if keys else None

    def word_positions(self, text: str) -> list[tuple[int, list[int]]]:
        """(position, the patterns that may match there) wherever a literal starts a word (no letter or digit
        stands before it), left to right."""
        if self.rx is None:
            return []
        owners = self.owners
        first = self.rx.match(text)
        out = [(0, owners[first.group()])] if first is not None else []
        search = self._after_break.search
        found = search(text)
        while found is not None:
            start = found.start(1)
            if not text[start - 1].isalnum():
                out.append((start, owners[found.group(1)]))
            found = search(text, start)  # the next break is at `start` or after it
        return out

    def present(self, text: str) -> set[int]:
        """The patterns that may match somewhere in the text."""
        out = set(self.unindexed)
        if self.rx is None:
            return out
        search, owners = self.rx.search, self.owners
        found = search(text)
        while found is not None:  # a loop, not a generator: most texts hold one word or none
            out.update(owners[found.group()])
            found = search(text, found.start() + 1)
        return out
