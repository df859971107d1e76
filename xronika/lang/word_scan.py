"""`finditer` for a pattern whose matches start only after a separator (a blank, punctuation).

Such a pattern usually opens with a lookbehind (`(?<!\\w)`), and `re` then tries it at every position
of the text: with no literal or character class to start with, it cannot skip ahead. The same pattern
with the separator consumed instead (`\\W...`) starts with a character class, and `re` skips in C to
the next character of it. `WordStartScanner` searches with that form and gives the matches
`finditer` would give for the lookbehind form; only the match's own start moves (onto the separator),
so callers read spans from the groups inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class WordStartScanner:
    """The matches of `(?<!word) pattern` in a text, as `finditer` finds them, where `word` is the character
    class that `separator` (its complement, a one-character class) leaves out."""

    def __init__(self, separator: str, pattern: str, flags: int = 0, at_start: re.Pattern[str] | None = None) -> None:
        """`at_start`: a compiled pattern that matches at 0 as `pattern` does, when the caller has one (the
        lookbehind form does: nothing precedes 0), so the large pattern is not compiled once more."""
        self.at_start = at_start or re.compile(pattern, flags)  # only a match at 0 has no separator before it
        self.after_separator = re.compile(separator + pattern, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        m = self.at_start.match(text)
        pos = 0
        if m is not None:
            yield m
            pos = m.end()
        search = self.after_separator.search
        # a match from `pos` on has its separator at `pos - 1` or later; the patterns never match
        # nothing (a match of `pattern` must be at least one character long)
        while (m := search(text, pos - 1 if pos else 0)) is not None:
            yield m
            pos = m.end()
