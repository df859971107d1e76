"""Where the event triggers stand on a page: every trigger pattern, tried only where its words start.

Scanning a page with each of the ~30 trigger patterns took about half of event extraction: a
pattern whose alternatives start with different letters (`imzala|imza at|sign`) makes the regex
engine try a match at nearly every `i` and `s`, and most patterns match nowhere on a page. Each
alternative starts with a literal word, though: one regex made of all those words finds them in one
pass, and each pattern is tried only where one of its words starts a word. The matches are those
`finditer` gives of the lexicon's patterns, every alternative of which opens with `\\b` (here: a
word start, with no letter or digit before it).
"""

from __future__ import annotations

import re

from ..lang.az import events as lex
from .context_literals import LiteralStarts, leading_literals, top_level_split


def _unanchored(pattern: str) -> str:
    """The pattern without the `\\b` that opens each top-level alternative.

    A leading word boundary stops the regex engine from jumping to the literal a trigger starts
    with (13x slower on news text); the literals are looked for after a break instead (`word_positions`).
    """
    return "|".join(p[2:] if p.startswith("\\b") else p for p in top_level_split(pattern))


def _compiled(pattern: str, etype: str, mode: str) -> tuple[re.Pattern, str, str, list[str] | None]:
    unanchored = _unanchored(pattern)
    return re.compile(unanchored), etype, mode, leading_literals(unanchored)


TRIGGERS = [_compiled(p, t, m) for p, t, m in lex.TRIGGERS] + [
    _compiled(r"\biclas\w*", "CONSULT", "session"),
    _compiled(r"\biştirak (?:ed|et)\w*", "CONSULT", "attend"),
    _compiled(r"\bəməkdaşlı(?:q haqqında|ğa dair) (?:\w+ )?(?:saziş|memorand|protokol|müqavilə|sənəd)\w*"
              r"|\btərəfdaşlığ\w* (?:möhkəmləndir|gücləndir)\w*|\bqaz\w* əldə et\w*", "COOPERATE", "domain"),
]


_STARTS = LiteralStarts([t[3] for t in TRIGGERS])


def trigger_hits(folded: str) -> list[tuple[int, int, str, str, str]]:
    """Every trigger at a word start in the page, sorted: (start, end, type, mode, matched text).

    Each pattern's matches are those of `finditer` with the pattern held to word starts: the first
    match, then the next one from its end.
    """
    hits = []
    ends: dict[int, int] = {}  # pattern -> end of its last match, where its next one may start
    for start, owners in _STARTS.word_positions(folded):
        for i in owners:
            if start < ends.get(i, 0):
                continue
            rx, etype, mode, _literals = TRIGGERS[i]
            m = rx.match(folded, start)
            if m is not None:
                ends[i] = end = m.end()
                hits.append((start, end, etype, mode, m.group()))
    for i in _STARTS.unindexed:
        rx, etype, mode, _literals = TRIGGERS[i]
        hits.extend((m.start(), m.end(), etype, mode, m.group()) for m in rx.finditer(folded)
                    if m.start() == 0 or not folded[m.start() - 1].isalnum())
    hits.sort()
    return hits
