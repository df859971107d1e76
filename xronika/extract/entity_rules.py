"""Names the knowledge base does not know, found from Azerbaijani context on one page.

A role or title before a person's name, an organisation head (`Nazirliyi`, `Universiteti`, `Fondu`)
or a facility head (`Mərkəzi`, `dəhlizi`, `kəməri`) closing a capitalised run, a company noun after
one (`ACWA Power şirkəti`), a quoted name before an organisation noun, `X adına` facilities.

Only a few words of a page can trigger a rule: what each distinct word can trigger is worked out
once (`word_cues`), and the rules visit just those words.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from ..lang.az import entities as cues
from ..lang.memo import MemoTable
from .entity_mention import Mention
from .gazetteer import Gazetteer, Tokens, fold

_ORG_HEADS = frozenset(fold(h.split()[-1]) for h in cues.ORG_HEADS)
_FAC_HEADS = frozenset(fold(h.split()[-1]) for h in cues.FAC_HEADS)
_FAC_INNER = set(cues.FAC_INNER)
PERSON_CUES = {fold(c.split()[-1]) for c in cues.PERSON_CUES}
_PERSON_ROLE_TAILS = ("naziri", "səfiri", "prezidenti")
_NAME_PARTICLES = {"fon", "von", "der", "van", "de", "del", "da", "al", "əl", "bin", "ibn", "la", "le", "di"}
_CASE_TAILS = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "yla", "ylə", "la", "lə", "ya", "yə", "na", "nə",
               "dan", "dən", "nda", "ndə", "da", "də", "a", "ə", "nı", "ni", "ı", "i", "u", "ü")
_SENTENCE_WORDS = {"bu", "o", "həmin", "bundan", "onun", "qeyd", "həmçinin", "eyni", "daha", "ancaq", "lakin",
                   "amma", "çünki", "məhz", "hazırda", "sonra", "son", "ilk", "yeni", "hər", "iki", "the", "a", "in",
                   "according", "by", "on", "at", "bununla", "belə", "buna", "ötən", "bütün", "cənab", "xanım"}
_QUOTED = re.compile(r"[\"“«]([^\"”»\n]{2,60})[\"”»]")
_QUOTED_ORG_NOUNS = ("şirkət", "zavod", "müəssisə", "agentlik", "qəzet", "kanal", "holdinq", "bank", "firma",
                     "portal", "saytı", "jurnal", "televiziya", "radio", "klub", "mərkəz", "təşkilat")
_GENITIVE = ("ın", "in", "un", "ün")
_ACCUSATIVE_STEMS = ("ov", "ev", "yev", "in", "ın", "on", "an", "ən", "er", "ər", "ski", "ko", "ук", "ul", "el")
_HEAD_CASES = ("n", "nin", "nın", "nun", "nün", "nə", "na", "ndə", "nda", "ndən", "ndan", "ni", "nı", "nu", "nü",
               "dır", "dir", "lə", "la", "ylə", "yla", "ndəki", "ndakı")
_HEAD_STARTS = tuple(sorted({h[:3] for h in _ORG_HEADS | _FAC_HEADS}))


@lru_cache(maxsize=50_000)
def _common_inflected(word: str) -> bool:
    """A known common word with an inflection (`Layihəni`, `Nazirlikdə`): never the start of a name."""
    from ..lang.az.morph import analyse

    best = analyse(word)[:1]
    return bool(best) and best[0].known and best[0].pos != "PROPN" and bool(best[0].suffixes)


def strip_case(word: str) -> str:
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


@lru_cache(maxsize=4)
def _head_pattern(heads: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    cases = "|".join(sorted(map(re.escape, _HEAD_CASES), key=len, reverse=True))
    return re.compile(f"({alternatives})(?:{cases})?")


def _head_nominative_folded(low: str, heads: frozenset[str]) -> int:
    """`universitetinin` -> 12, the length of `universiteti`, when the word is a head noun plus case."""
    m = _head_pattern(heads).fullmatch(low)
    return len(m.group(1)) if m else 0


def _head_lengths(low: str) -> tuple[int, int]:
    """Length of the organisation head and of the facility head a folded word is made of (0: none)."""
    if not low.startswith(_HEAD_STARTS):
        return (0, 0)
    return (_head_nominative_folded(low, _ORG_HEADS), _head_nominative_folded(low, _FAC_HEADS))


class WordCues(NamedTuple):
    """What one folded word can trigger."""

    org: int  # length of the organisation head it is made of (`universitetinin` -> 12), 0: none
    fac: int  # the same for a facility head
    company: bool  # a company noun (`şirkəti`)
    named_after: bool  # `adına`
    person: bool  # a role or title before a person's name

    @property
    def head(self) -> bool:
        return bool(self.org or self.fac)


def _cues_of(word: str) -> WordCues | int:
    found = WordCues(*_head_lengths(word), word.startswith(cues.COMPANY_NOUNS), word == "adına",
                     word in PERSON_CUES or word.endswith(_PERSON_ROLE_TAILS))
    return found if any(found) else 0


_word_cues = MemoTable(_cues_of, 200_000)  # folded word -> its cues, or 0 for the many words with none


def word_cues(folded: list[str]) -> list[WordCues | int]:
    """The cues of each word (0 for most): a dict lookup per word, done in C."""
    return list(map(_word_cues.__getitem__, folded))


@lru_cache(maxsize=10_000)
def _named_after_head(word: str) -> str | None:
    return next((n for n in cues.NAMED_AFTER_HEADS if word.startswith(n)), None)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return not before or before[-1] in ".!?:\n“\"«–-"


def _surname_like(word: str) -> bool:
    low = fold(strip_case(word))
    return low.endswith(("yev", "yeva", "ov", "ova", "ev", "eva", "zadə", "ski", "yan", "dze", "vili"))


class UnknownNames:
    """The rules for names the base does not know, over one page; `taken` marks words already in a name."""

    def __init__(self, text: str, tk: Tokens, taken: list[bool], cues_at: list[WordCues | int],
                 gaz: Gazetteer) -> None:
        self.text, self.tk, self.taken, self.cues_at, self.gaz = text, tk, taken, cues_at, gaz
        self.cued = list(itertools.compress(range(len(cues_at)), cues_at))  # words with any cue, in order

    def _inflected_name(self, folded: str) -> bool:
        """A known name carrying a case ending (`QAİ-nin`): it qualifies the next name, it is not part of it."""
        table = self.gaz.table
        return any((stem,) in table for stem in self.gaz.stems(folded)[1:])

    def heads(self, etype: str) -> list[Mention]:
        text, taken, cues_at = self.text, self.taken, self.cues_at
        texts, folded, starts, ends = self.tk.texts, self.tk.folded, self.tk.starts, self.tk.ends
        out = []
        slot = 0 if etype == "ORG" else 1
        for i in self.cued:
            n = cues_at[i][slot]
            if not n or taken[i]:
                continue
            word = texts[i]
            nominative = word[:n]
            if etype == "ORG" and not word[:1].isupper():
                continue
            j = i
            capitals = 0
            while j > 0:
                prev = j - 1
                gap = text[ends[prev]:starts[j]]
                if gap.strip() not in ("", "-") or "\n" in gap:
                    break
                if taken[prev] and self._inflected_name(folded[prev]):
                    break
                if not taken[prev] and _sentence_initial(text, starts[prev]) and _common_inflected(texts[prev]):
                    break  # 'Layihəni Gəncə Dövlət Universitetinin ...': a capitalised first word, not a name
                initial = texts[prev][:1]
                if initial.isupper() or initial.isdigit():
                    if _sentence_initial(text, starts[prev]) and folded[prev] in _SENTENCE_WORDS:
                        break
                    capitals += 1
                elif etype == "FAC" and (folded[prev] in _FAC_INNER):
                    pass
                else:
                    break
                j -= 1
            if etype == "FAC":
                while j < i and (not texts[j][:1].isupper() or folded[j] in PERSON_CUES):
                    j += 1  # a facility name starts with its proper part, not with a title ('Prezident')
                if capitals == 0 and not word[:1].isupper():
                    continue
            if j == i:
                continue  # a bare head noun ("Nazirlik") is not a name
            name = text[starts[j]:starts[i]] + nominative
            if any(taken[j:i]) and not word[:1].isupper():
                continue  # the run holds a known name: keep the longer new name only if the head is capitalised
            out.append(Mention(starts[j], ends[i], f"new:{etype}:{fold(name)}", etype, name,
                               ending=folded[i][len(fold(nominative)):]))
            for k in range(j, i + 1):
                taken[k] = True
        return out

    def companies(self, mentions: list[Mention]) -> None:
        """`ACWA Power şirkəti`, `Gürcüstan Dəmir Yolu şirkətinin`: the capitalised run names an organisation."""
        text, taken, cues_at = self.text, self.taken, self.cues_at
        texts, folded, starts, ends = self.tk.texts, self.tk.folded, self.tk.starts, self.tk.ends
        for i in self.cued:
            if i == 0 or not cues_at[i].company or texts[i][:1].isupper():
                continue
            j = i
            while j > 0 and i - j < 4 and texts[j - 1][:1].isupper() and text[ends[j - 1]:starts[j]] == " ":
                if _sentence_initial(text, starts[j - 1]) and _common_inflected(texts[j - 1]):
                    break
                if taken[j - 1] and folded[j - 1].endswith(_GENITIVE):
                    break  # 'Səudiyyə Ərəbistanının ACWA Power şirkəti': the genitive owner is not in the name
                j -= 1
                if _sentence_initial(text, starts[j]):
                    break
            if j == i:
                continue
            start, end = starts[j], ends[i - 1]
            same = [m for m in mentions if m.start == start and m.end == end]
            if same and same[0].kb is not None and same[0].type in ("GPE", "LOC"):
                continue  # 'Azərbaycan şirkətləri': companies of a country, not a name
            if same and same[0].kb is None and same[0].type == "FAC":
                same[0].type, same[0].key = "ORG", f"new:ORG:{fold(same[0].name)}"  # 'Dəmir Yolu şirkəti'
                continue
            if any(taken[j:i]):
                continue
            name = text[start:end]
            mentions.append(Mention(start, end, f"new:ORG:{fold(name)}", "ORG", name))
            for k in range(j, i):
                taken[k] = True

    def named_after(self) -> list[Mention]:
        """`Mirzə Uluqbəy adına tam orta məktəb`: a facility named after someone, with a common-noun head."""
        text, taken, cues_at = self.text, self.taken, self.cues_at
        texts, folded, starts, ends = self.tk.texts, self.tk.folded, self.tk.starts, self.tk.ends
        out = []
        for k in self.cued:
            if not cues_at[k].named_after or k == 0 or taken[k]:
                continue
            j = k
            while j > 0 and k - j < 3 and texts[j - 1][:1].isupper() and text[ends[j - 1]:starts[j]] == " ":
                if _sentence_initial(text, starts[j - 1]) and _common_inflected(texts[j - 1]):
                    break
                j -= 1
                if _sentence_initial(text, starts[j]):
                    break
            if j == k:
                continue
            for h in range(k + 1, min(k + 7, len(texts))):
                head = _named_after_head(folded[h])
                if head is None:
                    continue
                if texts[h][:1].isupper():
                    break  # a capitalised head ('Mərkəzi') is a name head: the other rule takes it
                name = text[starts[j]:ends[k]] + " " + texts[h][:len(head)]
                full = text[starts[j]:starts[h]] + texts[h][:len(head)]
                out.append(Mention(starts[j], ends[h], f"new:FAC:{fold(name)}", "FAC", name,
                                   ending=folded[h][len(head):], surface=full))
                for i in range(j, h + 1):
                    taken[i] = True
                break
        return out

    def quoted_orgs(self) -> list[Mention]:
        text, taken = self.text, self.taken
        out = []
        for m in _QUOTED.finditer(text):
            name = m.group(1).strip()
            if not name[:1].isupper() or len(name.split()) > 5:
                continue
            after = text[m.end():m.end() + 30].lstrip().lower()
            if not any(after.startswith(noun) or after.split(" ", 1)[-1].startswith(noun) for noun in _QUOTED_ORG_NOUNS):
                continue
            # words inside the quotes: starts and ends both grow with the word index
            inside = taken[bisect_left(self.tk.starts, m.start()):bisect_right(self.tk.ends, m.end())]
            if any(inside):
                continue
            out.append(Mention(m.start(1), m.start(1) + len(name), f"new:ORG:{fold(name)}", "ORG", name))
        return out

    def people(self) -> list[Mention]:
        text, taken, cues_at = self.text, self.taken, self.cues_at
        texts, folded, starts, ends = self.tk.texts, self.tk.folded, self.tk.starts, self.tk.ends
        n = len(texts)
        out = []
        for i in self.cued:
            if i == n - 1 or not cues_at[i].person:
                continue
            j = i + 1
            parts: list[int] = []  # word indices
            while j < n and len(parts) < 4:
                gap = text[ends[j - 1]:starts[j]]
                if gap.strip() or "\n" in gap:
                    break
                if taken[j]:
                    break
                word = texts[j]
                if word[:1].isupper() and not word.isupper():
                    parts.append(j)
                elif folded[j] in _NAME_PARTICLES and parts:
                    parts.append(j)
                else:
                    break
                j += 1
            while parts and folded[parts[-1]] in _NAME_PARTICLES:
                parts.pop()
            if any(folded[p].startswith(cues.NOT_NAME_WORDS) for p in parts):
                continue
            if len(parts) < 2 and not (parts and _surname_like(texts[parts[0]])):
                continue
            first, last = parts[0], parts[-1]
            if cues_at[last] and cues_at[last].head:
                continue
            nominative = strip_case(texts[last])
            name = text[starts[first]:starts[last]] + nominative
            out.append(Mention(starts[first], ends[last], f"new:PER:{fold(name)}", "PER", name,
                               ending=folded[last][len(fold(nominative)):]))
            for k in range(first, last + 1):
                taken[k] = True
        return out
