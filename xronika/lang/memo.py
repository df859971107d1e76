"""A bounded memo read without a Python call: `table[key]` is a dict lookup in C on a hit.

For per-word results asked for every word of every page (lemmas, a chunk's words, a word's cues), where
even `functools.lru_cache`'s call costs as much as a hit's work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class MemoTable(dict):
    """`compute(key)` of every key looked up so far; emptied once it holds `size` entries (a bound, not an
    LRU: words of running text come back soon, so a fresh table fills again with the common ones)."""

    def __init__(self, compute: Callable[[Any], Any], size: int) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value
