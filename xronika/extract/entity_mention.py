"""One mention of an entity in a page's text (shared by the recogniser and its rules)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kb import KBEntry


@dataclass
class Mention:
    start: int
    end: int
    key: str  # kb id, or 'new:<TYPE>:<folded name>'
    type: str
    name: str  # nominative form
    code: str | None = None  # the country (or organisation id) the mention stands for in events
    ending: str = ""  # the inflectional ending cut off the last word (case role cue)
    kb: KBEntry | None = None
    surface: str = ""  # the nominative of the words as written (`Trans-Xəzər nəqliyyat dəhlizi`)
    inferred: bool = False  # a role phrase (`Qazaxıstan Prezidenti`) resolved to its holder on the date
    nested: bool = False  # inside a longer name (`Sumqayıt` in `Sumqayıt Dövlət Universiteti`)
