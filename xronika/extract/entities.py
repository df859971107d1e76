"""Entity recognition: knowledge-base names in any case form, plus names the base does not know.

Unknown names are found from Azerbaijani context (`entity_rules`): a role or
title before a person's name, an organisation head (`Nazirliyi`, `Universiteti`,
`Fondu`) or a facility head (`Mərkəzi`, `dəhlizi`, `kəməri`) closing a
capitalised run. Mentions of one entity (`Tokayev`, `Kasım-Jomart Tokayev`) are
merged.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Entity
from ..kb import KBEntry, KnowledgeBase, load_kb
from ..kb.parties import party
from ..lang.az import entities as cues
from ..lang.memo import MemoTable
from .entity_mention import Mention
from .entity_rules import UnknownNames, word_cues
from .gazetteer import Gazetteer, Tokens, aligned_fold, fold, fold_name

__all__ = ["EntityRecognizer", "EntityResult", "Mention", "mention_code"]

_CURRENCY_AFTER = re.compile(r"\s*(?:" + "|".join(cues.CURRENCY_AFTER) + r")(?:u|ı|i|a|ə|su|sı|si|nu|nın|nin|na|"
                             r"ya|yə|da|dan|dən|ları|lar|ının|una|ına|ов|а|ей)?\b")
_HOLDER_ENDINGS = frozenset(("", "ın", "in", "un", "ün", "nın", "nin"))  # `Qazaxıstan(ın) Prezidenti`
_CURRENCY_STARTS = frozenset(word[:3] for word in cues.CURRENCY_AFTER)  # every currency word has 3 letters or more
_QUOTES = re.compile(r"[\"“”«»„]")
_START = operator.attrgetter("start")


@lru_cache(maxsize=1)
def _title_pattern(kb: KnowledgeBase) -> re.Pattern:
    titles = sorted({fold(t) for t in kb.title_phrases()}, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(map(re.escape, titles)) + r")(?:\w*)\b")


@lru_cache(maxsize=1)
def _title_starts(kb: KnowledgeBase) -> frozenset[str]:
    """The first three letters of every title (folded)."""
    return frozenset(fold(t)[:3] for t in kb.title_phrases())


@dataclass
class EntityResult:
    entities: list[Entity]
    mentions: list[Mention] = field(default_factory=list)
    folded: str = ""  # the page's `aligned_fold`, for the event and figure rules


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    kb = load_kb()
    return Gazetteer(kb.names())


def _parts(word: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for part in word.split("-"):
        out.append((offset, part))
        offset += len(part) + 1
    return out


def mention_code(entry: KBEntry) -> str | None:
    if entry.code:
        return entry.code
    if entry.short:
        return party(entry.short)
    return entry.country


def _mark_nested(mentions: list[Mention]) -> None:
    """Names inside an organisation's or a new facility's name are part of it, not mentions of their own.

    `mentions` in start order: one sweep keeps the furthest end among the names started so far."""
    orgs = sorted((o.start, o.end) for o in mentions if o.type == "ORG" or (o.type == "FAC" and o.kb is None))
    if not orgs:
        return
    k, n = 0, len(orgs)
    # the furthest end of the names started so far, and the earliest start of those reaching it
    far, far_from = -1, 0
    for m in mentions:
        start = m.start
        while k < n and orgs[k][0] <= start:
            if orgs[k][1] > far:
                far_from, far = orgs[k]  # a later name reaching as far starts no earlier (sorted)
            k += 1
        # inside a longer name: one reaching further, or as far from further left (the same span is no container)
        if far > m.end or (far == m.end and far_from < start):
            m.nested = True


def _merge_named_after(mentions: list[Mention]) -> None:
    """`Kurmanqazı adına mərkəz` and `Kurmanqazı adına Uşaq Yaradıcılıq Mərkəzi` are one facility."""
    best: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "FAC":
            continue
        name = fold_name(m.name)
        if " adına " not in name:
            continue
        prefix = name.split(" adına ")[0]
        held = best.get(prefix)
        if held is None or (m.kb is not None, len(m.name)) > (held.kb is not None, len(held.name)):
            best[prefix] = m
    for m in mentions if best else ():
        if m.type == "FAC" and " adına " in fold(m.name):
            head = best[fold(m.name).split(" adına ")[0]]
            if head is not m:
                m.surface = m.surface or m.name  # kept as an alias
                m.key, m.name, m.kb = head.key, head.name, head.kb


class EntityRecognizer:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self.gaz = _gazetteer()
        # a name's words and their starts -> the places named inside them
        self._places = MemoTable(lambda key: tuple(self._places_in_words(*key)), 50_000)
        # (entry id, date) -> (entry, `acting_code`), None for ids the base lacks: the same few entries and
        # dates come back page after page
        self._known = MemoTable(self._known_on, 50_000)

    def _known_on(self, key: tuple[str, str | None]) -> tuple | None:
        entry = self.kb.entries.get(key[0])
        return None if entry is None else (entry, self.acting_code(entry, key[1]))

    def acting_code(self, entry: KBEntry, on: str | None) -> str | None:
        """Whom a person acts for on a date: an office abroad or in an organisation wins over nationality."""
        if entry.type != "PER":
            return mention_code(entry)
        if on:
            roles = self.kb.roles_of(entry.id, on)
        else:  # no date: the office held most recently speaks for the person
            roles = sorted(entry.roles, key=lambda r: (r.end is None, r.end or "", r.start or ""))[-1:]
        for role in roles:
            if role.country and role.country != entry.country:
                return party(role.country)
        return entry.country

    def find(self, text: str, extra_people: list[str] | None = None, on: str | None = None,
             lang: str = "az") -> EntityResult:
        folded = aligned_fold(text)
        tk = Tokens.of(text)
        # a currency word right after a name (`ABŞ dolları`), matched in the 16 chars after it
        currency_after = _CURRENCY_AFTER.match
        cues_at = word_cues(tk.folded)
        mentions: list[Mention] = []
        taken = [False] * len(tk)
        known = self._known
        for start, end, first, last, entry_id, matched, cut_off in self.gaz.find(tk):
            held = known[entry_id, on]
            if held is None:
                continue
            entry, code = held
            etype = entry.type
            if first == last and cut_off and cues_at[first] and cues_at[first].head:
                continue  # 'Limanı' is a harbour, not Lima
            ending = cut_off.lstrip("-'’")
            # a currency word right after a name (`ABŞ dolları`), matched in the 16 chars after it; the first
            # letters first, as few names have one after them
            if folded[end:end + 16].lstrip()[:3] in _CURRENCY_STARTS and currency_after(folded, end, end + 16):
                code = None  # 'ABŞ dolları' names a currency, not a party
            surface = text[start:end]
            mentions.append(Mention(start, end, entry_id, etype, entry.name, code, ending, entry,
                                    surface[:len(surface) - len(cut_off)] if ending else surface))
            if etype != "PER" or surface[:1].isupper():
                taken[first:last + 1] = [True] * (last + 1 - first)
            if (etype == "FAC" or etype == "ORG") and (last > first or "-" in matched):
                mentions.extend(self._places_inside(text, tk, first, last))
        rules = UnknownNames(text, tk, taken, cues_at, self.gaz)
        mentions.extend(rules.heads("ORG"))
        mentions.extend(rules.heads("FAC"))
        mentions.extend(rules.quoted_orgs())
        mentions.extend(rules.named_after())
        rules.companies(mentions)
        mentions.extend(rules.people())
        for name in extra_people or []:
            pos = text.find(name)
            if pos >= 0 and not any(m.start <= pos < m.end for m in mentions):
                mentions.append(Mention(pos, pos + len(name), f"new:PER:{fold(name)}", "PER", name))
        mentions.extend(self._office_holders(text, folded, mentions, on))
        mentions.sort(key=_START)
        _mark_nested(mentions)
        self._assign_countries(mentions)
        return EntityResult(self._merge(mentions, lang), mentions, folded)

    def _office_holders(self, text: str, folded: str, mentions: list[Mention], on: str | None) -> list[Mention]:
        """`Qazaxıstan Prezidenti` with no name after it is the person who held that office on the date.

        `folded`: the page's `aligned_fold`; a title is matched in the 80 chars after the name."""
        out = []
        people = None
        title_starts, title_at = _title_starts(self.kb), _title_pattern(self.kb).match
        for m in mentions:
            if m.kb is None or not m.kb.code or m.ending not in _HOLDER_ENDINGS:
                continue
            if not folded[m.end:m.end + 1].isspace() or folded[m.end:m.end + 80].lstrip()[:3] not in title_starts:
                continue  # cheap test first: a title follows few names
            title = title_at(folded, m.end, m.end + 80)
            if title is None:
                continue
            end = title.end()
            if people is None:
                people = [p for p in mentions if p.type == "PER"]
            if any(0 <= p.start - end <= 2 for p in people):
                continue  # the name follows: the person is already there
            holder = self.kb.holder(m.kb.code, self.kb.role_of_title(title.group(1).strip()) or "", on)
            if holder is not None:
                out.append(Mention(m.start, end, holder.id, "PER", holder.name, None, "", holder,
                                   surface=text[m.start:end], inferred=True))
        return out

    def _places_inside(self, text: str, tk: Tokens, first: int, last: int) -> list[Mention]:
        """Cities named inside a facility's name (`Astara-Rəşt dəmir yolu`) are mentioned too."""
        offset = tk.starts[first]
        key = (tuple(tk.texts[first:last + 1]), tuple(s - offset for s in tk.starts[first:last + 1]))
        places = self._places[key]
        return [Mention(offset + start, offset + end, entry.id, entry.type, entry.name, entry.code, ending, entry,
                        surface=text[offset + start:offset + end]) for start, end, entry, ending in places]

    def _places_in_words(self, texts: tuple[str, ...], starts: tuple[int, ...]) -> Iterator[tuple]:
        """(start, end, entry, ending) of each place named in a name's words, its hyphenated parts apart."""
        parts = Tokens([], [], [], [])
        for word, start in zip(texts, starts, strict=True):
            for offset, part in _parts(word):
                parts.starts.append(start + offset)
                parts.ends.append(start + offset + len(part))
                parts.texts.append(part)
                parts.folded.append(fold(part))
        for k in range(len(parts)):
            m = self.gaz.longest_at(parts, k)
            entry = self.kb.get(m.entry_id) if m else None
            if m is None or entry is None or entry.type != "GPE":
                continue
            # a country inside a name still names a side ('Azərbaycan-Qazaxıstan ... Şurası'); a city does not
            yield m.start, m.end, entry, m.ending

    # --- countries of people and merging -------------------------------------------
    def _assign_countries(self, mentions: list[Mention]) -> None:
        for idx, m in enumerate(mentions):
            if m.type != "PER" or m.code:
                continue
            for prev in reversed(mentions[max(0, idx - 4):idx]):
                if m.start - prev.end > 60:
                    break
                if prev.type == "GPE" and prev.kb is not None and prev.kb.code:
                    m.code = prev.kb.code
                    break

    def _merge(self, mentions: list[Mention], lang: str = "az") -> list[Entity]:
        """One entity per key; a known person or facility is named as an Azerbaijani article writes it in full.

        On pages in other languages the knowledge base's Azerbaijani name is the name (`Ilham Aliyev` is
        `İlham Əliyev`), and the page's spelling an alias.
        """
        written: dict[str, str] = {}
        for m in mentions if lang in ("az", "tr") else ():
            if (m.type != "PER" and m.type != "FAC") or m.kb is None or not m.surface or m.nested or m.inferred:
                continue
            latin = not ("а" <= fold_name(m.surface)[:1] <= "я")
            if m.type == "PER" and latin and len(m.surface.split()) >= 2 and m.kb.id not in written:
                written[m.kb.id] = m.surface
            elif m.type == "FAC" and len(m.surface) > len(written.get(m.kb.id, "")) and not _QUOTES.search(m.surface):
                written[m.kb.id] = m.surface
        # key -> (entity, fold of its name, every alias already weighed for it, kept or not)
        by_key: dict[str, tuple[Entity, str, set[str]]] = {}
        people: list[tuple[str, str, str]] = []  # (key, folded name, its last word) of persons, in order
        _merge_named_after(mentions)
        for m in mentions:
            if m.key.startswith("new:PER:"):
                name = fold_name(m.name)
                last = name.split()[-1]
                for key, folded, surname in people:
                    if surname == last or folded.startswith(name):
                        m.key = key
                        break
            kb = m.kb
            held = by_key.get(m.key)
            if held is None:
                if m.nested:
                    continue
                name = written.get(kb.id, m.name) if kb is not None else m.name
                ent = Entity(name=name, type=m.type, span=(m.start, m.end),
                             code=kb.code if kb else None,
                             country=(kb.country if kb else (m.code if m.type != "GPE" else None)),
                             kb_id=kb.id if kb else None, wikidata=kb.wikidata if kb else None,
                             confidence=0.5 if m.inferred else (1.0 if kb else 0.7))
                held = by_key[m.key] = (ent, fold_name(name), set())
                if ent.type == "PER":
                    people.append((m.key, held[1], (held[1].split() or [""])[-1]))
            ent, folded_name, weighed = held
            ent.mentions.append((m.start, m.end))
            if m.inferred:
                continue
            if ent.confidence == 0.5:
                ent.confidence = 1.0  # named too, not only by office
            # the page's spellings and the base's name, once each (a mention's surface is one of few)
            for alias in ((m.name, m.surface) if kb is None else (m.surface, kb.name, written.get(kb.id))):
                if alias and alias not in weighed:
                    weighed.add(alias)
                    if fold_name(alias) != folded_name:
                        ent.aliases.append(alias)
        return [held[0] for held in by_key.values()]
