"""Entity recognition: knowledge-base names in any case form, plus names the base does not know.

Unknown names are found from Azerbaijani context: a role or title before a
person's name, an organisation head (`Nazirliyi`, `Universiteti`, `Fondu`)
or a facility head (`Mərkəzi`, `dəhlizi`, `kəməri`) closing a capitalised run.
Mentions of one entity (`Tokayev`, `Kasım-Jomart Tokayev`) are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Entity
from ..kb import KBEntry, KnowledgeBase, load_kb
from ..kb.parties import party
from ..lang.az import entities as cues
from .gazetteer import Gazetteer, Word, fold, fold_name, words

_ORG_HEADS = frozenset(fold(h.split()[-1]) for h in cues.ORG_HEADS)
_FAC_HEADS = frozenset(fold(h.split()[-1]) for h in cues.FAC_HEADS)
_FAC_INNER = set(cues.FAC_INNER)
_PERSON_CUES = {fold(c.split()[-1]) for c in cues.PERSON_CUES}
_NAME_PARTICLES = {"fon", "von", "der", "van", "de", "del", "da", "al", "əl", "bin", "ibn", "la", "le", "di"}
_CASE_TAILS = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "yla", "ylə", "la", "lə", "ya", "yə", "na", "nə",
               "dan", "dən", "nda", "ndə", "da", "də", "a", "ə", "nı", "ni", "ı", "i", "u", "ü")
_SENTENCE_WORDS = {"bu", "o", "həmin", "bundan", "onun", "qeyd", "həmçinin", "eyni", "daha", "ancaq", "lakin",
                   "amma", "çünki", "məhz", "hazırda", "sonra", "son", "ilk", "yeni", "hər", "iki", "the", "a", "in",
                   "according", "by", "on", "at", "bununla", "belə", "buna", "ötən", "bütün", "cənab", "xanım"}
_CURRENCY_AFTER = re.compile(r"\s*(?:" + "|".join(cues.CURRENCY_AFTER) + r")(?:u|ı|i|a|ə|su|sı|si|nu|nın|nin|na|"
                             r"ya|yə|da|dan|dən|ları|lar|ının|una|ına|ов|а|ей)?\b")
_QUOTES = re.compile(r"[\"“”«»„]")
_QUOTED = re.compile(r"[\"“«]([^\"”»\n]{2,60})[\"”»]")
_QUOTED_ORG_NOUNS = ("şirkət", "zavod", "müəssisə", "agentlik", "qəzet", "kanal", "holdinq", "bank", "firma",
                     "portal", "saytı", "jurnal", "televiziya", "radio", "klub", "mərkəz", "təşkilat")


@lru_cache(maxsize=1)
def _title_pattern(kb: KnowledgeBase) -> re.Pattern:
    titles = sorted({fold(t) for t in kb.title_phrases()}, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(map(re.escape, titles)) + r")(?:\w*)\b")


@lru_cache(maxsize=50_000)
def _common_inflected(word: str) -> bool:
    """A known common word with an inflection (`Layihəni`, `Nazirlikdə`): never the start of a name."""
    from ..lang.az.morph import analyse

    best = analyse(word)[:1]
    return bool(best) and best[0].known and best[0].pos != "PROPN" and bool(best[0].suffixes)


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


@dataclass
class EntityResult:
    entities: list[Entity]
    mentions: list[Mention] = field(default_factory=list)


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


def _strip_case(word: str) -> str:
    """Nominative of an unknown name's last word: cut one case ending if a plausible stem stays."""
    low = fold(word)
    for tail in _CASE_TAILS:
        if low.endswith(tail) and len(low) - len(tail) >= 3:
            stem = word[: len(word) - len(tail)]
            if tail in ("a", "ə", "ı", "i", "u", "ü") and low.endswith(("ova", "eva", "yeva", "ina", "ia")):
                continue
            if tail in ("ın", "in", "un", "ün", "ı", "i", "u", "ü", "a", "ə") and fold(stem)[-1:] in "aıoueəiöü":
                continue  # a vowel-final stem takes -nın/-ya/-nı: the short form is part of the name
            if tail in ("ı", "i", "u", "ü") and not fold(stem).endswith(_ACCUSATIVE_STEMS):
                continue  # 'Davitaşvili', 'Ruhani': a final vowel of the name, not an accusative
            return stem
    return word


_GENITIVE = ("ın", "in", "un", "ün")
_ACCUSATIVE_STEMS = ("ov", "ev", "yev", "in", "ın", "on", "an", "ən", "er", "ər", "ski", "ko", "ук", "ul", "el")
_HEAD_CASES = ("n", "nin", "nın", "nun", "nün", "nə", "na", "ndə", "nda", "ndən", "ndan", "ni", "nı", "nu", "nü",
               "dır", "dir", "lə", "la", "ylə", "yla", "ndəki", "ndakı")
_HEAD_STARTS = tuple(sorted({h[:3] for h in _ORG_HEADS | _FAC_HEADS}))


@lru_cache(maxsize=4)
def _head_pattern(heads: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    cases = "|".join(sorted(map(re.escape, _HEAD_CASES), key=len, reverse=True))
    return re.compile(f"({alternatives})(?:{cases})?")


def _head_nominative_folded(low: str, heads: frozenset[str]) -> int:
    """`universitetinin` -> 12, the length of `universiteti`, when the word is a head noun plus case."""
    m = _head_pattern(heads).fullmatch(low)
    return len(m.group(1)) if m else 0


@lru_cache(maxsize=100_000)
def _head_lengths(low: str) -> tuple[int, int]:
    """Length of the organisation head and of the facility head a folded word is made of (0: none)."""
    if not low.startswith(_HEAD_STARTS):
        return (0, 0)
    return (_head_nominative_folded(low, _ORG_HEADS), _head_nominative_folded(low, _FAC_HEADS))


def _merge_named_after(mentions: list[Mention]) -> None:
    """`Kurmanqazı adına mərkəz` and `Kurmanqazı adına Uşaq Yaradıcılıq Mərkəzi` are one facility."""
    best: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "FAC":
            continue
        name = fold(m.name)
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
        ws = words(text)
        mentions: list[Mention] = []
        taken = [False] * len(ws)
        for m in self.gaz.find(ws):
            entry = self.kb.get(m.entry_id)
            if entry is None:
                continue
            if m.first == m.last and m.ending and any(_head_lengths(ws[m.first].folded)):
                continue  # 'Limanı' is a harbour, not Lima
            ending = m.ending.lstrip("-'’")
            code = self.acting_code(entry, on)
            if _CURRENCY_AFTER.match(fold(text[m.end:m.end + 16])):
                code = None  # 'ABŞ dolları' names a currency, not a party
            surface = text[m.start:m.end]
            cut = len(surface) - len(m.ending)
            mentions.append(Mention(m.start, m.end, entry.id, entry.type, entry.name, code, ending, entry,
                                    surface=surface[:cut] if ending else surface))
            if surface[:1].isupper() or entry.type != "PER":
                for k in range(m.first, m.last + 1):
                    taken[k] = True
            if entry.type in ("FAC", "ORG") and (m.last > m.first or "-" in m.surface):
                mentions.extend(self._places_inside(text, ws[m.first:m.last + 1]))
        head_lengths = [_head_lengths(w.folded) for w in ws]
        mentions.extend(self._heads(text, ws, taken, head_lengths, "ORG"))
        mentions.extend(self._heads(text, ws, taken, head_lengths, "FAC"))
        mentions.extend(self._quoted_orgs(text, ws, taken))
        mentions.extend(self._named_after(text, ws, taken))
        self._companies(text, ws, taken, mentions)
        mentions.extend(self._people(text, ws, taken))
        for name in extra_people or []:
            pos = text.find(name)
            if pos >= 0 and not any(m.start <= pos < m.end for m in mentions):
                mentions.append(Mention(pos, pos + len(name), f"new:PER:{fold(name)}", "PER", name))
        mentions.extend(self._office_holders(text, mentions, on))
        mentions.sort(key=lambda m: m.start)
        # names inside an organisation's or a new facility's name are part of it, not mentions of their own
        orgs = sorted((o.start, o.end) for o in mentions if o.type == "ORG" or (o.type == "FAC" and o.kb is None))
        for m in mentions:
            for a, b in orgs:
                if a > m.start:
                    break
                if m.end <= b and (b - a) > (m.end - m.start):
                    m.nested = True
                    break
        self._assign_countries(mentions, ws)
        return EntityResult(self._merge(mentions, lang), mentions)

    def _office_holders(self, text: str, mentions: list[Mention], on: str | None) -> list[Mention]:
        """`Qazaxıstan Prezidenti` with no name after it is the person who held that office on the date."""
        out = []
        people = [m for m in mentions if m.type == "PER"]
        for m in mentions:
            if m.kb is None or not m.kb.code or m.ending not in ("", "ın", "in", "un", "ün", "nın", "nin"):
                continue
            title = _title_pattern(self.kb).match(fold(text[m.end:m.end + 80]))
            if title is None:
                continue
            end = m.end + title.end()
            if any(0 <= p.start - end <= 2 for p in people):
                continue  # the name follows: the person is already there
            holder = self.kb.holder(m.kb.code, self.kb.role_of_title(title.group(1).strip()) or "", on)
            if holder is not None:
                out.append(Mention(m.start, end, holder.id, "PER", holder.name, None, "", holder,
                                   surface=text[m.start:end], inferred=True))
        return out

    def _places_inside(self, text: str, inner: list[Word]) -> list[Mention]:
        """Cities named inside a facility's name (`Astara-Rəşt dəmir yolu`) are mentioned too."""
        out = []
        parts = [Word(w.start + o, w.start + o + len(p), p, fold(p)) for w in inner
                 for o, p in _parts(w.text)]
        for k in range(len(parts)):
            m = self.gaz._longest_at(parts, k)
            entry = self.kb.get(m.entry_id) if m else None
            if m is None or entry is None or entry.type != "GPE":
                continue
            # a country inside a name still names a side ('Azərbaycan-Qazaxıstan ... Şurası'); a city does not
            out.append(Mention(m.start, m.end, entry.id, entry.type, entry.name, entry.code, m.ending, entry,
                               surface=text[m.start:m.end]))
        return out

    # --- names the base does not know ------------------------------------------------
    def _heads(self, text: str, ws: list[Word], taken: list[bool], head_lengths: list[tuple[int, int]],
               etype: str) -> list[Mention]:
        out = []
        slot = 0 if etype == "ORG" else 1
        for i, w in enumerate(ws):
            n = head_lengths[i][slot]
            if not n or taken[i]:
                continue
            nominative = w.text[:n]
            if etype == "ORG" and not w.text[:1].isupper():
                continue
            j = i
            capitals = 0
            while j > 0:
                prev = ws[j - 1]
                gap = text[prev.end:ws[j].start]
                if gap.strip() not in ("", "-") or "\n" in gap:
                    break
                if taken[j - 1] and self._inflected_name(prev):
                    break
                if not taken[j - 1] and self._sentence_initial(text, prev) and _common_inflected(prev.text):
                    break  # 'Layihəni Gəncə Dövlət Universitetinin ...': a capitalised first word, not a name
                if prev.text[:1].isupper() or prev.text[:1].isdigit():
                    if self._sentence_initial(text, prev) and prev.folded in _SENTENCE_WORDS:
                        break
                    capitals += 1
                elif etype == "FAC" and (prev.folded in _FAC_INNER):
                    pass
                else:
                    break
                j -= 1
            if etype == "FAC":
                while j < i and (not ws[j].text[:1].isupper() or ws[j].folded in _PERSON_CUES):
                    j += 1  # a facility name starts with its proper part, not with a title ('Prezident')
                if capitals == 0 and not w.text[:1].isupper():
                    continue
            if j == i and etype == "ORG":
                continue  # a bare head noun ("Nazirlik") is not a name
            if j == i and etype == "FAC":
                continue
            name = text[ws[j].start:w.start] + nominative
            if any(taken[k] for k in range(j, i)):
                # the run holds a known name: keep the longer new name only if the head is capitalised
                if not w.text[:1].isupper():
                    continue
            out.append(Mention(ws[j].start, w.end, f"new:{etype}:{fold(name)}", etype, name,
                               ending=w.folded[len(fold(nominative)):]))
            for k in range(j, i + 1):
                taken[k] = True
        return out

    def _companies(self, text: str, ws: list[Word], taken: list[bool], mentions: list[Mention]) -> None:
        """`ACWA Power şirkəti`, `Gürcüstan Dəmir Yolu şirkətinin`: the capitalised run names an organisation."""
        for i, w in enumerate(ws):
            if i == 0 or w.text[:1].isupper() or not w.folded.startswith(cues.COMPANY_NOUNS):
                continue
            j = i
            while j > 0 and i - j < 4 and ws[j - 1].text[:1].isupper() and text[ws[j - 1].end:ws[j].start] == " ":
                if self._sentence_initial(text, ws[j - 1]) and _common_inflected(ws[j - 1].text):
                    break
                if taken[j - 1] and ws[j - 1].folded.endswith(_GENITIVE):
                    break  # 'Səudiyyə Ərəbistanının ACWA Power şirkəti': the genitive owner is not in the name
                j -= 1
                if self._sentence_initial(text, ws[j]):
                    break
            if j == i:
                continue
            start, end = ws[j].start, ws[i - 1].end
            same = [m for m in mentions if (m.start, m.end) == (start, end) or
                    (m.start == start and m.end == ws[i - 1].end)]
            if same and same[0].kb is not None and same[0].type in ("GPE", "LOC"):
                continue  # 'Azərbaycan şirkətləri': companies of a country, not a name
            if same and same[0].kb is None and same[0].type == "FAC":
                same[0].type, same[0].key = "ORG", f"new:ORG:{fold(same[0].name)}"  # 'Dəmir Yolu şirkəti'
                continue
            if any(taken[k] for k in range(j, i)):
                continue
            name = text[start:end]
            mentions.append(Mention(start, end, f"new:ORG:{fold(name)}", "ORG", name))
            for k in range(j, i):
                taken[k] = True

    def _named_after(self, text: str, ws: list[Word], taken: list[bool]) -> list[Mention]:
        """`Mirzə Uluqbəy adına tam orta məktəb`: a facility named after someone, with a common-noun head."""
        out = []
        for k, w in enumerate(ws):
            if w.folded != "adına" or k == 0 or taken[k]:
                continue
            j = k
            while j > 0 and k - j < 3 and ws[j - 1].text[:1].isupper() and text[ws[j - 1].end:ws[j].start] == " ":
                if self._sentence_initial(text, ws[j - 1]) and _common_inflected(ws[j - 1].text):
                    break
                j -= 1
                if self._sentence_initial(text, ws[j]):
                    break
            if j == k:
                continue
            for h in range(k + 1, min(k + 7, len(ws))):
                head = next((n for n in cues.NAMED_AFTER_HEADS if ws[h].folded.startswith(n)), None)
                if head is None:
                    continue
                if ws[h].text[:1].isupper():
                    break  # a capitalised head ('Mərkəzi') is a name head: the other rule takes it
                name = text[ws[j].start:w.end] + " " + ws[h].text[:len(head)]
                full = text[ws[j].start:ws[h].start] + ws[h].text[:len(head)]
                out.append(Mention(ws[j].start, ws[h].end, f"new:FAC:{fold(name)}", "FAC", name,
                                   ending=ws[h].folded[len(head):], surface=full))
                for i in range(j, h + 1):
                    taken[i] = True
                break
        return out

    def _quoted_orgs(self, text: str, ws: list[Word], taken: list[bool]) -> list[Mention]:
        out = []
        for m in _QUOTED.finditer(text):
            name = m.group(1).strip()
            if not name[:1].isupper() or len(name.split()) > 5:
                continue
            after = text[m.end():m.end() + 30].lstrip().lower()
            if not any(after.startswith(noun) or after.split(" ", 1)[-1].startswith(noun) for noun in _QUOTED_ORG_NOUNS):
                continue
            if any(w.start >= m.start() and w.end <= m.end() and taken[k] for k, w in enumerate(ws)):
                continue
            out.append(Mention(m.start(1), m.start(1) + len(name), f"new:ORG:{fold(name)}", "ORG", name))
        return out

    def _people(self, text: str, ws: list[Word], taken: list[bool]) -> list[Mention]:
        out = []
        for i, w in enumerate(ws[:-1]):
            if w.folded not in _PERSON_CUES and not (w.folded.endswith(("naziri", "səfiri", "prezidenti"))):
                continue
            j = i + 1
            parts: list[Word] = []
            while j < len(ws) and len(parts) < 4:
                nxt = ws[j]
                gap = text[ws[j - 1].end:nxt.start]
                if gap.strip() or "\n" in gap:
                    break
                if taken[j]:
                    break
                if nxt.text[:1].isupper() and not nxt.text.isupper():
                    parts.append(nxt)
                elif nxt.folded in _NAME_PARTICLES and parts:
                    parts.append(nxt)
                else:
                    break
                j += 1
            while parts and parts[-1].folded in _NAME_PARTICLES:
                parts.pop()
            if any(p.folded.startswith(cues.NOT_NAME_WORDS) for p in parts):
                continue
            if len(parts) < 2 and not (parts and self._surname_like(parts[0].text)):
                continue
            if any(_head_lengths(parts[-1].folded)):
                continue
            last = _strip_case(parts[-1].text)
            name = text[parts[0].start:parts[-1].start] + last
            out.append(Mention(parts[0].start, parts[-1].end, f"new:PER:{fold(name)}", "PER", name,
                               ending=parts[-1].folded[len(fold(last)):]))
            first = ws.index(parts[0])
            for k in range(first, first + len(parts)):
                taken[k] = True
        return out

    def _inflected_name(self, w: Word) -> bool:
        """A known name carrying a case ending (`QAİ-nin`): it qualifies the next name, it is not part of it."""
        return any((stem,) in self.gaz.table for stem in self.gaz.stems(w.folded)[1:])

    @staticmethod
    def _surname_like(word: str) -> bool:
        low = fold(_strip_case(word))
        return low.endswith(("yev", "yeva", "ov", "ova", "ev", "eva", "zadə", "ski", "yan", "dze", "vili"))

    @staticmethod
    def _sentence_initial(text: str, w: Word) -> bool:
        before = text[max(0, w.start - 3):w.start].strip()
        return not before or before[-1] in ".!?:\n“\"«–-"

    # --- countries of people and merging -------------------------------------------
    def _assign_countries(self, mentions: list[Mention], ws: list[Word]) -> None:
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
        for m in mentions:
            if m.kb is None or not m.surface or m.nested or m.inferred or lang not in ("az", "tr"):
                continue
            latin = not ("а" <= fold_name(m.surface)[:1] <= "я")
            if m.type == "PER" and latin and len(m.surface.split()) >= 2 and m.kb.id not in written:
                written[m.kb.id] = m.surface
            elif m.type == "FAC" and len(m.surface) > len(written.get(m.kb.id, "")) and not _QUOTES.search(m.surface):
                written[m.kb.id] = m.surface
        by_key: dict[str, Entity] = {}
        folded_names: dict[str, str] = {}  # key -> fold of the entity's name
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
            ent = by_key.get(m.key)
            if ent is None and m.nested:
                continue
            if ent is None:
                kb = m.kb
                name = written.get(kb.id, m.name) if kb is not None else m.name
                ent = Entity(name=name, type=m.type, span=(m.start, m.end),
                             code=kb.code if kb else None,
                             country=(kb.country if kb else (m.code if m.type != "GPE" else None)),
                             kb_id=kb.id if kb else None, wikidata=kb.wikidata if kb else None,
                             confidence=0.5 if m.inferred else (1.0 if kb else 0.7))
                by_key[m.key] = ent
                folded_names[m.key] = fold_name(name)
                if ent.type == "PER":
                    people.append((m.key, folded_names[m.key], (folded_names[m.key].split() or [""])[-1]))
            ent.mentions.append((m.start, m.end))
            if not m.inferred and ent.confidence == 0.5:
                ent.confidence = 1.0  # named too, not only by office
            if m.inferred:
                continue
            for alias in (m.name if m.kb is None else m.surface, m.kb.name if m.kb else None, m.surface or None,
                          written.get(m.kb.id) if m.kb else None):
                if alias and alias not in ent.aliases and fold_name(alias) != folded_names[m.key]:
                    ent.aliases.append(alias)
        return list(by_key.values())
