"""What the event and figure rules see of a sentence: its parties with their case roles."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from ..lang.az import entities as cues
from ..lang.az import events as lex
from .entities import Mention
from .gazetteer import aligned_fold

_FIRST_PERSON = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, cues.FIRST_PERSON_COUNTRY), key=len, reverse=True)) + r")\b"
    r"|\b(?:" + "|".join(cues.FIRST_PERSON_STEMS) + r")(?:" + "|".join(cues.FIRST_PERSON_ENDINGS) + r")"
    r"(?:ın|in|un|ün|a|ə|ı|i|u|ü|da|də|dan|dən)?\b")
# prepositions and verbs before a place that make it a destination in Russian and English text
_TOWARDS = re.compile(r"\b(?:в|во|to|in|visited|visiting|visits)\s$")
_PLACE_NOUN = re.compile(r"\s*(?:" + "|".join(lex.PLACE_NOUNS) + r")\w*")
_ROLE_AFTER = re.compile(r"\s*(?:respublikası\w*\s+)?" + lex.ROLE_AFTER_COUNTRY)
_PLACE_STEM = re.compile("|".join(lex.PLACE_NOUNS))
_ROLE_STEM = re.compile(r"\w*?(?:i|ı|u|ü|si|sı)(?=n|$)")


def _first_person_marks(marks: tuple[str, ...]) -> tuple[str, ...]:
    """Strings one of which every first-person word holds (`biz`, `-miz`): a sentence without any needs
    no regex. When the word lists grow past them, every sentence is searched (the empty mark)."""
    words = [*cues.FIRST_PERSON_COUNTRY, *cues.FIRST_PERSON_ENDINGS]
    return marks if all(any(mark in w for mark in marks) for w in words) else ("",)


_FIRST_PERSON_MARK = re.compile("|".join(map(re.escape, _first_person_marks(("biz", "miz", "mız", "muz", "müz")))))
_ENDINGS = sorted({*lex.DATIVE, *lex.GENITIVE, *lex.LOCATIVE, *lex.ABLATIVE, *lex.COMITATIVE}, key=len, reverse=True)


def _word_ending(word: str, stem_re: re.Pattern) -> str:
    """The case ending of a following noun (`şəhərində` -> `ndə`), with its possessive part removed."""
    m = stem_re.match(word)
    rest = word[m.end():] if m else ""
    for e in _ENDINGS:
        if rest.endswith(e):
            return e
    return ""


@dataclass(slots=True)
class Party:
    start: int
    end: int
    code: str  # country code or organisation id
    case: str  # nom, gen, dat, loc, abl, com, acc, agent
    kind: str  # country, city, person, org, pronoun
    name: str
    mention: Mention | None = None


_AGENT_WORDS = ("tərəfindən", "by ")
_RELATION_WORDS = (*_AGENT_WORDS, "ilə", "with ", "arasında", "between")  # the rest mark the comitative


def case_of(ending: str, after: str) -> str:
    after = after.lstrip(" ,")
    if after.startswith(_RELATION_WORDS):  # one test for the rare words: most mentions have none after them
        return "agent" if after.startswith(_AGENT_WORDS) else "com"
    return _case_of_ending(ending)


@lru_cache(maxsize=4096)
def _case_of_ending(e: str) -> str:
    """The case an ending marks (a handful of distinct endings come back on every page)."""
    if not e:
        return "nom"
    if e.endswith(("dakı", "dəki")):
        return "loc"
    if e.endswith(lex.ABLATIVE):
        return "abl"
    if e.endswith(lex.GENITIVE) or e in ("'s", "’s"):
        return "gen"
    if e.endswith(lex.COMITATIVE):
        return "com"
    if e.endswith(lex.LOCATIVE):
        return "loc"
    if e.endswith(lex.DATIVE):
        return "dat"
    if e.endswith(("ı", "i", "u", "ü")):
        return "acc"
    return "nom"


class PageParties:
    """The parties of a page's sentences (countries, cities, people, organisations with an id).

    The mentions that can be parties are listed once, so each sentence costs only its own mentions; one
    page's parties serve both the event and the figure rules, and a sentence asked twice is answered from
    the first time. `folded`: the page's `aligned_fold`, when the caller has made it.
    """

    def __init__(self, text: str, mentions: list[Mention], home: str | None, folded: str | None = None) -> None:
        self.text, self.home = text, home
        # a slice of the aligned fold is the fold of the slice: sentence pieces are sliced from it
        self.folded = folded if folded is not None and len(folded) == len(text) else aligned_fold(text)
        # one pass over the mentions: those with a code and a kind make parties (the rest are skipped
        # here, not in each sentence), and the sides' counts for `main_pair`
        self._mentions: list[tuple[Mention, str]] = []
        self._starts: list[int] = []
        counts: dict[str, int] = {}
        self._counts = counts
        add_mention, add_start, count = self._mentions.append, self._starts.append, counts.get
        for m in mentions:
            code = m.code
            if not code:
                continue
            kind = _KIND_OF_TYPE.get(m.type)  # refined from the KB below
            if kind is None:
                continue
            if kind == "country":  # GPE and LOC: a country has a code in the KB
                kb = m.kb
                if kb is None or not kb.code:
                    if m.type == "LOC":
                        continue
                    kind = "city"
            elif kind == "org":
                kb = m.kb
                if kb is None or not kb.short:
                    continue
            add_mention((m, kind))
            add_start(m.start)
            if kind != "org" and len(code) == 2:  # people and cities count for their country
                counts[code] = count(code, 0) + (2 if kind == "country" else 1)
        if self._starts != sorted(self._starts):  # entities come sorted by start; anything else is sorted here
            self._mentions.sort(key=lambda mk: mk[0].start)  # stable: equal starts keep the given order
            self._starts.sort()
        self._pair: tuple[str, ...] | None = None
        self._asked: dict[tuple[int, int], list[Party]] = {}  # span -> its parties (read, never changed)

    def main_pair(self) -> tuple[str, ...]:
        """The two countries the article is about: the most mentioned, and the press's home country."""
        if self._pair is None:
            # the most counted first; a stable sort keeps ties in first-mention order, as Counter.most_common
            top = [code for code, _ in sorted(self._counts.items(), key=itemgetter(1), reverse=True)[:3]]
            if self.home and self.home not in top[:2] and (self.home in self._counts or len(top) < 2):
                top = [self.home] + top  # the press's own country is the natural other side
            self._pair = tuple(top[:2])
        return self._pair

    def __call__(self, span: tuple[int, int]) -> list[Party]:
        """Parties in text[span], in order. The list is shared by every caller asking for the span: read it only."""
        start, end = span
        found = self._asked.get((start, end))
        if found is None:
            found = self._asked[(start, end)] = self._parties(start, end)
        return found

    def _parties(self, start: int, end: int) -> list[Party]:
        text, folded, mentions = self.text, self.folded, self._mentions
        out: list[Party] = []
        for i in range(bisect.bisect_left(self._starts, start), len(mentions)):
            m, kind = mentions[i]
            m_start, m_end, ending = m.start, m.end, m.ending
            if m_start >= end:
                break
            if m_end > end:
                continue
            after = folded[m_end:m_end + 40]
            case = case_of(ending, after)
            if kind == "country" or kind == "city":
                if not ending:
                    case, kind = _case_from_next_noun(after, case, kind)
                # only a space can end what `_TOWARDS` matches: most mentions need no regex
                if (kind == "country" or kind == "city") and m_start > start and text[m_start - 1].isspace() \
                        and _TOWARDS.search(text[max(start, m_start - 12):m_start]):
                    case = "dat"
            out.append(Party(m_start, m_end, m.code, case, kind, m.name, m))
        # a search bounded to the span looks at the sentence without copying it
        if self.home and _FIRST_PERSON_MARK.search(folded, start, end):
            pronouns = _first_person(folded[start:end], start, self.home)
            if pronouns:  # the mentions are sorted by start; the pronouns go in among them
                out.extend(pronouns)
                out.sort(key=lambda p: p.start)
        if len(out) < 2:
            return out
        for a, b in zip(out, out[1:], strict=False):
            # 'Tacikistanın Düşənbə şəhərində', 'Rusiyanın Sankt-Peterburq şəhərində': the country only locates
            if a.kind == "country" and a.case == "gen" and b.kind == "city" and b.code == a.code \
                    and b.start - a.end < 4:
                a.case = "loc-of"
        return out


def _case_from_next_noun(after: str, case: str, kind: str) -> tuple[str, str]:
    """A bare place name takes its case from the noun after it: 'Düşənbə şəhərində', 'Azərbaycan ərazisində'."""
    noun = _PLACE_NOUN.match(after)
    if noun:
        word = after[noun.start():noun.end()].strip()
        return case_of(_word_ending(word, _PLACE_STEM), ""), kind
    if kind == "country":
        role = _ROLE_AFTER.match(after)
        if role:  # 'Türkmənistan Prezidentinin' acts as the president
            word = after[role.start():role.end()].split()[-1]
            return case_of(_word_ending(word, _ROLE_STEM), ""), "person"
    return case, kind


def _first_person(sentence: str, start: int, home: str) -> list[Party]:
    """'ölkəmizin', 'bizə', 'prezidentimiz': the press's own country, in the sentence's folded text."""
    out = []
    for p in _FIRST_PERSON.finditer(sentence):
        word = p.group()
        if word.endswith(("ın", "in", "un", "ün")):
            case = "gen"
        elif word.endswith(("da", "də")):
            case = "loc"
        elif word.endswith(("a", "ə")):
            case = "dat"
        elif word.endswith(("ı", "i", "u", "ü")) and not word.endswith(("miz", "mız", "muz", "müz")):
            case = "acc"
        else:
            case = "nom"
        if word.startswith("biz") and word != "bizim":
            case = {"bizə": "dat", "bizi": "acc", "bizdən": "abl"}.get(word, "nom")
        out.append(Party(start + p.start(), start + p.end(), home, case, "pronoun", word))
    return out


# a mention's kind of party by its type; a GPE or LOC is a country when the KB gives it a code (a GPE without
# one is a city, a LOC without one no party), an ORG is a party when the KB gives it a short id
_KIND_OF_TYPE = {"GPE": "country", "LOC": "country", "PER": "person", "ORG": "org"}
