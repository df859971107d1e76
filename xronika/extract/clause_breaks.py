"""Where a sentence's clauses break: `, ` or `; ` (the figure rules add `: `), or a dash between spaces.

As the regex `[,;]\\s|\\s[–-]\\s` does, match for match. That regex tries its whitespace-first alternative at
every space of a sentence; here the regex engine looks only for a mark followed by a space (a bitmap test a
char) and the space before a dash is checked after.
"""

from __future__ import annotations

import re

_DASHES = "–-"


class ClauseBreaks:
    def __init__(self, punctuation: str) -> None:
        self._mark = re.compile(f"[{re.escape(punctuation)}{_DASHES}]\\s")

    def first(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """(start, end) of the first break in text[pos:endpos], as `search(text, pos, endpos)` of the regex."""
        search = self._mark.search
        found = search(text, pos) if endpos is None else search(text, pos, endpos)
        while found is not None:
            start = found.start()
            if text[start] not in _DASHES:
                return start, found.end()
            if start > pos and text[start - 1].isspace():  # the space before the dash is in the text searched
                return start - 1, found.end()
            found = search(text, start + 1) if endpos is None else search(text, start + 1, endpos)
        return None

    def last_end(self, text: str, endpos: int) -> int:
        """End of the last break `finditer(text, 0, endpos)` of the regex gives, or 0."""
        last, at = 0, 0
        while (found := self.first(text, at, endpos)) is not None:
            last = at = found[1]
        return last
