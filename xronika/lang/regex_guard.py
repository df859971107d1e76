"""A cheap lookahead that lets a big alternation skip the positions where it cannot match.

Python's `re` tries every branch of an alternation at every position, and with IGNORECASE it
has no fast scan for a first letter, so a regex of twenty rules built from long word lists spends
most of its time failing at ordinary words. `lookahead_guard(pattern)` reads the pattern's own
syntax tree and returns `(?=...)` listing the first few characters any match must start with
(`\\d`, `mar`, `yan`, `ötə` ...) as one small trie, tried once per position.

The guard is derived, not written by hand, so it can only be looser than the pattern: each
character keeps the case sensitivity it has in the pattern, and whatever the derivation does not
understand ends a prefix early. Putting a guard in front of its pattern never changes what the
pattern matches, only how fast it fails.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes; stable across 3.11-3.13
from re import _parser

__all__ = ["lookahead_guard"]

Prefix = tuple[str, ...]  # regex atoms: one per character, plus zero-width `(?!...)` checks
# a parsed pattern as a linked list, so that a tail shared by many branches is one object and is
# read once: (opcode, argument, case_sensitive, next node or None)
Node = tuple

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _class(items) -> str | None:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        elif op is sre.NEGATE:
            parts.append("^")
        else:
            return None
    return "[" + "".join(parts) + "]"


def _has_case(items) -> bool:
    chars = [chr(av) for op, av in items if op is sre.LITERAL]
    chars += [chr(c) for op, av in items if op is sre.RANGE for c in range(av[0], av[1] + 1)]
    return any(c.lower() != c.upper() for c in chars)


def _atom(op, av, cased: bool) -> str | None:
    """One character of the pattern as regex text that matches exactly what it matches there."""
    if op is sre.LITERAL:
        atom, items = re.escape(chr(av)), [(op, av)]
    elif op is sre.IN:
        atom, items = _class(av), av
    else:
        return None
    # the guard is compiled case-insensitively: a case-sensitive part of the pattern stays so
    return f"(?-i:{atom})" if atom and cased and _has_case(items) else atom


def _chain(items, cased: bool, tail: Node | None) -> Node | None:
    for op, av in reversed(list(items)):
        tail = (op, av, cased, tail)
    return tail


class _Prefixes:
    """Prefixes (at most `depth` characters) such that every match of a node chain starts with one
    of them. A shorter prefix only means less is known; the empty prefix means nothing is."""

    def __init__(self) -> None:
        self.memo: dict[tuple[int, int], tuple[Node, frozenset[Prefix]]] = {}
        self.letters: dict[str, str] = {}  # atom -> its character, for letters read case-insensitively

    def __call__(self, node: Node | None, depth: int) -> frozenset[Prefix]:
        if node is None or depth == 0:
            return frozenset({()})
        key = (id(node), depth)
        if key not in self.memo:  # the node is kept with its result so that its id stays its own
            self.memo[key] = node, frozenset(self._read(node, depth))
        return self.memo[key][1]

    def _read(self, node: Node, depth: int) -> set[Prefix]:
        op, av, cased, rest = node
        if op is sre.AT or (op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] < 0):
            return set(self(rest, depth))  # anchors and lookbehinds consume nothing
        if op is sre.ASSERT_NOT:
            inner = list(av[1])
            atom = _atom(*inner[0], cased) if len(inner) == 1 else None
            if atom is None:
                return set(self(rest, depth))
            # kept as a check of its own: `bir(?![^\W_])` does not let `birgə` through
            return {(f"(?!{atom})", *tail) for tail in self(rest, depth)}
        if op is sre.ASSERT:  # a lookahead tells how a match starts as well as what follows it
            ahead = self(_chain(av[1], cased, None), depth)
            return set(ahead if () not in ahead else self(rest, depth))
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner_cased = bool(del_flags & re.IGNORECASE) or (cased and not add_flags & re.IGNORECASE)
            return set(self(_chain(sub, inner_cased, rest), depth))
        if op is sre.ATOMIC_GROUP:
            return set(self(_chain(av, cased, rest), depth))
        if op is sre.BRANCH:
            return set().union(*(self(_chain(branch, cased, rest), depth) for branch in av[1]))
        if op in _REPEATS:
            return self._repeat(op, av, cased, rest, depth)
        atom = _atom(op, av, cased)
        if atom is None:
            return {()}
        if op is sre.LITERAL and not cased:
            self.letters[atom] = chr(av)
        return {(atom, *tail) for tail in self(rest, depth - 1)}

    def _repeat(self, op, av, cased: bool, rest: Node | None, depth: int) -> set[Prefix]:
        low, high, item = av
        found = set(self(rest, depth)) if low == 0 else set()
        if high == 0:
            return found
        if () in self(_chain(item, cased, None), 1):  # an item that may match nothing: stop here
            return found | set(self(_chain(item, cased, None), depth))
        # X{low,high} is X then X{low-1,high-1}
        more = rest if high == 1 else (op, (max(low - 1, 0), high - 1, item), cased, rest)
        return found | set(self(_chain(item, cased, more), depth))


def _trie_regex(prefixes) -> str:
    tree: dict = {}
    for prefix in prefixes:
        node = tree
        for atom in prefix:
            node = node.setdefault(atom, {})
        node[None] = {}  # a prefix may end here

    def emit(node: dict) -> str:
        if None in node:
            return ""  # a shorter prefix already suffices; longer ones add nothing
        branches = [atom + emit(child) for atom, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


@lru_cache(maxsize=1)
def _cased_chars() -> str:
    """Every character below U+20000: all characters that have a case are there."""
    return array("I", range(0x20000)).tobytes().decode("utf-32-le", "surrogatepass")


_VARIANTS: dict[str, list[str]] = {}  # read once per character: each reading scans every character


def _case_variants(chars: set[str]) -> dict[str, list[str]]:
    """Each character with every character IGNORECASE matches it with (`i`: i I İ ı)."""
    new = chars.difference(_VARIANTS)
    if new:
        wanted = "".join(re.escape(c) for c in sorted(new))
        found = re.findall(f"(?i:[{wanted}])", _cased_chars())
        _VARIANTS.update({c: sorted({c, *(x for x in found if re.fullmatch(re.escape(c), x, re.IGNORECASE))})
                          for c in new})
    return {c: _VARIANTS[c] for c in chars}


def _guard_regex(prefixes, letters: dict[str, str]) -> str:
    """The prefixes as one alternation. `re` skips a branch without trying it only when the
    branch starts with a case-sensitive literal, so a first letter read case-insensitively
    becomes one branch per spelling (`(?-i:m)il`, `(?-i:M)il`)."""
    rests: dict[str, set[Prefix]] = {}
    for first, *rest in prefixes:
        rests.setdefault(first, set()).add(tuple(rest))
    variants = _case_variants({letters[a] for a in rests if a in letters})
    branches = []
    for first, tails in sorted(rests.items()):
        rest = _trie_regex(tails)
        spellings = [f"(?-i:{re.escape(v)})" for v in variants[letters[first]]] if first in letters else [first]
        branches += [spelling + rest for spelling in spellings]
    return "|".join(branches)


def lookahead_guard(pattern: str, flags: int = 0, depth: int = 4) -> str:
    """`(?=...)` naming how every match of `pattern` can start, or "" when any start is possible.

    The guard keeps the pattern's case sensitivity character by character, so it can be put in
    front of the pattern whatever flags that is compiled with.
    """
    parsed = _parser.parse(pattern, flags)
    reader = _Prefixes()
    prefixes = reader(_chain(parsed, not parsed.state.flags & re.IGNORECASE, None), depth)
    if () in prefixes:
        return ""
    return f"(?=(?i:{_guard_regex(prefixes, reader.letters)}))"
