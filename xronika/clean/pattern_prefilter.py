"""Cheap ways around a line classifier's patterns that never change what it matches.

Guards. A pattern such as `[\\w .\\-]{2,40}(?:\\s*[»›>]\\s*[\\w .\\-]{2,60}){1,4}` (a breadcrumb) tries many
ways to split a line before it fails, and nearly every line fails it. When every match must hold one of a
few caseless characters (here `»`, `›` or `>`), a lookahead for them (`(?=[^»›>]*+[»›>])`) rejects the line
in one quick scan first. The guard rejects only lines the pattern rejects too.

Endings. Most lines that reach the classifier are sentences ending in `.`, which few patterns can end
with; `may_end_with` tells which, so that a classifier of only those (in the same order) answers for such
lines exactly as the whole one does.

Marks. A few costly patterns (`.{0,60}javascript...`, the breadcrumb) cannot match a line that holds none
of a few marks (`java`, `»`...); `needs_mark` tells which, so that a line without any mark can be tried
by a classifier without them (in the same order otherwise), which answers for it exactly as the whole one.

All three read the parsed pattern (`re._parser`, what `re.compile` itself uses), and both err towards keeping
a pattern as it is: an unknown construct counts as able to do anything.
"""

from __future__ import annotations

import re
from functools import cache
from re import _casefix
from re import _constants as sre
from re import _parser as sre_parse


@cache
def _parsed(pattern: str, flags: int) -> list:
    """The parsed pattern (read only), once for every question asked of it."""
    return list(sre_parse.parse(pattern, flags))


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _caseless(code: int) -> bool:
    char = chr(code)
    return not char.isspace() and char.lower() == char == char.upper() == char.casefold()


def _required(items) -> frozenset[str] | None:
    """Characters one of which every match of this sequence holds (the fewest found), or None."""
    best = None
    for op, av in items:
        found = _required_by(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _required_by(op, av) -> frozenset[str] | None:
    if op is sre.LITERAL:
        return frozenset(chr(av)) if _caseless(av) else None
    if op is sre.IN:
        if all(kind is sre.LITERAL and _caseless(code) for kind, code in av):
            return frozenset(chr(code) for _, code in av)
        return None
    if op is sre.SUBPATTERN:
        return _required(av[-1])
    if op is sre.BRANCH:
        alternatives = [_required(alternative) for alternative in av[1]]
        if any(found is None for found in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in _REPEATS:
        low, _high, body = av
        return _required(body) if low >= 1 else None
    return None


def _opens_with_word_run(items) -> bool:
    """The pattern starts with a repeat that can run over letters (`[\\w .]{2,40}`, `.{0,60}`, `\\S+`)."""
    if not items:
        return False
    op, av = items[0]
    if op not in _REPEATS or av[1] <= 1:
        return False
    body = list(av[2])
    if len(body) != 1:
        return False
    kind, what = body[0]
    if kind is sre.ANY:
        return True
    if kind is sre.IN:
        return any(k is sre.CATEGORY or (k is sre.NEGATE) for k, _ in what)
    return False


def guarded(pattern: str, flags: int = 0) -> str:
    """The pattern, behind a lookahead for a character it cannot match without when it opens by running
    over words; unchanged otherwise."""
    items = _parsed(pattern, flags)
    if not _opens_with_word_run(items):
        return pattern
    needed = _required(items)
    if not needed:
        return pattern
    chars = "".join(re.escape(char) for char in sorted(needed))
    return f"(?=[^{chars}]*+[{chars}])(?:{pattern})"  # possessive: no backtracking over the line


def _only_itself_when_lowered(char: str) -> bool:
    """In `str.lower()` output, the only character `char` matches, case-insensitively too, is itself: a
    caseless character, or a lower-case one with no extra case-insensitive partners (`s` has `ſ`, `i` has
    `ı`). Every character of a lower() output lowers to itself, and re matches a lower-case literal by
    lowering the text's character."""
    return _caseless(ord(char)) or (char.lower() == char and ord(char) not in _casefix._EXTRA_CASES)


def _literal_runs(items) -> list[str]:
    """The runs of consecutive literal characters in a sequence every match goes through in order."""
    runs, run = [], []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            runs.append("".join(run))
            run = []
    if run:
        runs.append("".join(run))
    return runs


def needs_mark(pattern: str, marks: tuple[str, ...], flags: int = 0) -> bool:
    """True only when every match of `pattern` in lower-cased text holds one of `marks` (each made of
    characters that match only themselves there, see `_only_itself_when_lowered`)."""
    if not all(_only_itself_when_lowered(char) for mark in marks for char in mark):
        raise ValueError("a mark must match only itself in lower-cased text")
    items = _parsed(pattern, flags)
    if any(mark in run for mark in marks for run in _literal_runs(items)):
        return True
    needed = _required(items)
    return bool(needed) and needed <= {mark for mark in marks if len(mark) == 1}


_CATEGORY_TESTS = {
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda char: not char.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    sre.CATEGORY_WORD: lambda char: char.isalnum() or char == "_",
    sre.CATEGORY_NOT_WORD: lambda char: not (char.isalnum() or char == "_"),
}


def _in_set(members, char: str) -> bool:
    """Whether a character class (`IN` items) holds the caseless `char`."""
    negate = False
    found = False
    for kind, what in members:
        if kind is sre.NEGATE:
            negate = True
        elif kind is sre.LITERAL:
            found = found or chr(what) == char
        elif kind is sre.RANGE:
            found = found or what[0] <= ord(char) <= what[1]
        elif kind is sre.CATEGORY and what in _CATEGORY_TESTS:
            found = found or _CATEGORY_TESTS[what](char)
        else:
            return True  # unknown: may hold it
    return found != negate


def _ends(items, char: str) -> tuple[bool, bool]:
    """(a match of the sequence may end with `char`, the sequence may match the empty string)."""
    may = False
    for op, av in reversed(list(items)):
        item_may, item_empty = _item_ends(op, av, char)
        may = may or item_may
        if not item_empty:
            return may, False
    return may, True


def _item_ends(op, av, char: str) -> tuple[bool, bool]:
    if op is sre.LITERAL:  # a caseless char matches only itself, case-insensitively too
        return chr(av) == char, False
    if op is sre.NOT_LITERAL:
        return chr(av) != char, False
    if op is sre.ANY:
        return True, False
    if op is sre.IN:
        return _in_set(av, char), False
    if op is sre.SUBPATTERN:
        return _ends(av[-1], char)
    if op is sre.ATOMIC_GROUP:
        return _ends(av, char)
    if op is sre.BRANCH:
        ends = [_ends(alternative, char) for alternative in av[1]]
        return any(may for may, _ in ends), any(empty for _, empty in ends)
    if op in _REPEATS:
        low, high, body = av
        may, empty = _ends(body, char)
        return may and high > 0, empty or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return False, True  # zero-width: the last character comes from before it
    return True, True  # unknown (a group reference...): may end with anything, or be empty


def may_end_with(pattern: str, char: str, flags: int = 0) -> bool:
    """False only when no match of `pattern` (under `flags`) can end with the caseless character `char`."""
    if not _caseless(ord(char)):
        raise ValueError("only a caseless character's matches are read off the pattern")
    return _ends(_parsed(pattern, flags), char)[0]
