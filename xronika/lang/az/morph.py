"""Azerbaijani morphological analyser for nouns, proper nouns and the verb forms news uses.

It peels suffixes off the end of a word right to left, checking at each step
vowel harmony, buffer consonants and which suffix may stand before which
(`suffixes.MORPHEMES`), and undoing stem-final alternations (k->y, q->ğ, t->d
in verbs, dropped vowels as in oğul->oğlu). Every segmentation that obeys the
rules is returned, ranked: a known stem (`stems.py`, or registered with
`add_stems`) beats an unknown one; among unknown stems, longer stems with
fewer and more distinctive suffixes rank higher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from xronika.lang.az import stems as lexicon
from xronika.lang.az.suffixes import CATEGORY_ALIAS, IRREGULAR_FORMS, MORPHEMES
from xronika.lang.memo import MemoTable

VOWELS = frozenset("aıoueəiöü")
BACK = frozenset("aıou")
ROUNDED = frozenset("ouöü")
VOICELESS = frozenset("pçtkqsşfxh")
# harmony classes: 0 back-unrounded, 1 back-rounded, 2 front-unrounded, 3 front-rounded
_CLASS_OF_VOWEL = {v: (0 if v in BACK else 2) + (1 if v in ROUNDED else 0) for v in VOWELS}
_I_BY_CLASS = ("ı", "u", "i", "ü")
_A_BY_CLASS = ("a", "a", "ə", "ə")


@dataclass(frozen=True)
class Analysis:
    lemma: str
    pos: str  # NOUN, PROPN, VERB, ADJ, ADV, NUM, ABBR, UNK (and PART, AUX, PRON... from the lexicon)
    suffixes: tuple[str, ...]
    features: frozenset[str]
    score: float
    known: bool


@dataclass(frozen=True)
class _Variant:
    morpheme: int          # index into MORPHEMES
    category: str
    harmony: int | None    # harmony class the preceding vowel must have; None: any
    after_vowel: bool | None  # the preceding letter must be a vowel (True) / consonant (False)
    needs_vowel_next: bool   # surface ends in ğ/y from q/k: a vowel-initial suffix must follow
    needs_consonant_next: bool  # surface ends in q/k: no vowel-initial suffix may follow
    prior: float


def az_lower(word: str) -> str:
    """Lower-case with the Azerbaijani dotted/dotless i."""
    return word.replace("I", "ı").replace("İ", "i").lower()


def _last_vowel_class(text: str) -> int | None:
    for ch in reversed(text):
        cls = _CLASS_OF_VOWEL.get(ch)
        if cls is not None:
            return cls
    return None


def _expand(template: str) -> list[tuple[str, int | None, bool | None, float]]:
    """Surface forms of a template: (surface, harmony class, after_vowel, prior factor)."""
    buffer, body = "", template
    if template.startswith("("):
        close = template.index(")")
        buffer, body = template[1:close], template[close + 1:]
    harmonic = any(c in "AIQG" for c in buffer + body)
    out: list[tuple[str, int | None, bool | None, float]] = []
    for cls in (range(4) if harmonic else (None,)):
        for with_buffer in ((True, False) if buffer else (False,)):
            letters = (buffer if with_buffer else "") + body
            surface, cur = [], cls
            for ch in letters:
                if ch == "A":
                    ch = _A_BY_CLASS[cur]
                    cur = 0 if cur < 2 else 2
                elif ch == "I":
                    ch = _I_BY_CLASS[cur]
                elif ch == "Q":
                    ch = "q" if cur < 2 else "k"
                elif ch == "G":
                    ch = "ğ" if cur < 2 else "y"
                surface.append(ch)
            text = "".join(surface)
            if buffer:
                buffer_is_vowel = buffer in ("I", "A")
                # a consonant buffer appears after a vowel; a vowel buffer after a consonant
                after_vowel = (not buffer_is_vowel) if with_buffer else buffer_is_vowel
            else:
                after_vowel = False if text[0] in VOWELS else None
            out.append((text, cls, after_vowel, 1.0))
            if "D" in text:
                out.append((text.replace("D", "d"), cls, after_vowel, 1.0))
                out.append((text.replace("D", "t"), cls, False, 0.25))
    return [v for v in out if "D" not in v[0]]


def _build_index() -> tuple[dict[str, tuple[_Variant, ...]], int]:
    index: dict[str, list[_Variant]] = {}
    for i, (name, template, _features, _follows, prior) in enumerate(MORPHEMES):
        for surface, cls, after_vowel, factor in _expand(template):
            variant = _Variant(i, CATEGORY_ALIAS.get(name, name), cls, after_vowel,
                               (surface[-1] in "ğy" and template.endswith("G")) or name == "CAUSTD",
                               template.endswith("Q"), prior * factor)
            bucket = index.setdefault(surface, [])
            if variant not in bucket:
                bucket.append(variant)
    frozen = {k: tuple(v) for k, v in index.items()}
    return frozen, max(len(k) for k in frozen)


_INDEX, _MAX_SUFFIX = _build_index()
_FOLLOWS = {CATEGORY_ALIAS.get(m[0], m[0]): set() for m in MORPHEMES}
for _name, _t, _f, _follows, _p in MORPHEMES:
    _FOLLOWS[CATEGORY_ALIAS.get(_name, _name)].update(_follows)
_FEATURES = tuple(frozenset(m[2]) for m in MORPHEMES)
_NAMES = tuple(m[0] for m in MORPHEMES)
# a passive extension has its own phonotactic condition on the stem end
_PASSIVE_CONDITION = {"PASS": lambda c: c not in VOWELS and c != "l", "PASSN": lambda c: c in VOWELS,
                      "PASSIN": lambda c: c == "l"}


def _segmentations(word: str, right: str, right_first: str, stem_min: int
                   ) -> list[tuple[str, tuple[tuple[str, int, float], ...], str]]:
    """All (stem, ((surface, morpheme, prior), ...), stem_category) splits of `word`.

    `right` is the category standing right of `word` ("END" at the word end);
    `right_first` the first letter of the material to the right ("" at the end).
    """
    results: list[tuple[str, tuple[tuple[str, int, float], ...], str]] = []
    allowed_left = _FOLLOWS.get(right) if right != "END" else None
    for stem_cat in ("N", "V"):
        if allowed_left is None or stem_cat in allowed_left:
            results.append((word, (), stem_cat))
    for length in range(min(_MAX_SUFFIX, len(word) - stem_min), 0, -1):
        surface = word[-length:]
        variants = _INDEX.get(surface)
        if not variants:
            continue
        left = word[:-length]
        left_class = _last_vowel_class(left)
        left_last = left[-1]
        left_is_vowel = left_last in VOWELS
        for v in variants:
            if allowed_left is not None and v.category not in allowed_left:
                continue
            if right == "END" and v.needs_vowel_next:
                continue
            if v.needs_vowel_next and right_first not in VOWELS:
                continue
            if v.needs_consonant_next and right_first in VOWELS:
                continue
            if v.harmony is not None and left_class is not None and v.harmony != left_class:
                continue
            if v.after_vowel is not None and v.after_vowel != left_is_vowel:
                continue
            if v.prior < 1.0 and surface[0] == "t" and left_last not in VOICELESS:
                continue
            condition = _PASSIVE_CONDITION.get(v.category)
            if condition is not None and not condition(left_last):
                continue
            for stem, chain, cat in _segmentations(left, v.category, surface[0], stem_min):
                results.append((stem, (*chain, (surface, v.morpheme, v.prior)), cat))
    return results


# ---------------------------------------------------------------------------
# lexicon access

_KNOWN: dict[str, dict[str, str]] = {}  # lower-case stem -> {pos: canonical spelling}


def _register(word: str, pos: str) -> None:
    _KNOWN.setdefault(az_lower(word), {})[pos] = word


def _load_lexicon() -> None:
    for pos, words in lexicon.STEMS.items():
        for w in words:
            _register(w, pos)
    for w in lexicon.proper_nouns():
        _register(w, "PROPN")
    for w in lexicon.VOWEL_DROP.values():
        _register(w, "NOUN")


_load_lexicon()


def add_stems(words: Iterable[str], pos: str = "PROPN") -> None:
    """Register known stems (e.g. names from the knowledge base); clears the cache."""
    for w in words:
        w = w.strip()
        if w:
            _register(w, pos)
    analyse.cache_clear()
    lemma.cache_clear()
    for table in _CLEARED_BY_NEW_STEMS:
        table.clear()


_CLEARED_BY_NEW_STEMS: list[MemoTable] = []  # tables of values computed from the stems known so far


def clear_with_new_stems(table: MemoTable) -> MemoTable:
    """Have `add_stems` empty `table`, whose values (lemmas, or values made of them) the new stems change."""
    _CLEARED_BY_NEW_STEMS.append(table)
    return table


def _stem_candidates(stem: str, right_first: str, cat: str, capitalised: bool) -> list[tuple[str, float]]:
    """Dictionary forms a surface stem may come from, with a plausibility factor."""
    out = [(stem, 1.0)]
    if capitalised and cat == "N":
        # names keep their final consonant as written (Qarabağın, Bişkekə); a capitalised
        # common noun ("Nazirliyindən") still alternates, so known alternated forms are tried
        alternated = [(f, w) for f, w in _stem_candidates(stem, right_first, cat, False)[1:] if f in _KNOWN]
        return out + alternated
    if right_first in VOWELS:
        last = stem[-1]
        # polysyllabic stems ending in q/k write ğ/y before a vowel (ayaq -> ayağı)
        if last == "ğ" and cat == "N" and stem[-2:-1] in ("a", "ı", "o", "u"):
            out = [(stem, 0.7), (stem[:-1] + "q", 1.2)]
        elif last == "y" and cat == "N" and len(stem) > 2 and stem[-2] in "eəiöü":
            out = [(stem, 0.7), (stem[:-1] + "k", 1.2)]
        elif last == "d" and cat == "V":
            out.append((stem[:-1] + "t", 1.0))
        dropped = lexicon.VOWEL_DROP.get(stem)
        if dropped:
            out.append((dropped, 1.0))
    elif right_first and stem + stem[-1] in _KNOWN:
        out.append((stem + stem[-1], 1.0))  # a double final consonant is written single before one: xətt -> xətlər
    return out


_ABBR_RE = re.compile(r"^[A-ZÇƏĞIİÖŞÜ0-9]{2,8}$")
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*(?:[–-]\d+(?:[.,]\d+)*)*$")
_PERSON_NAME_END = ("ov", "yev", "ev", "yan", "dze", "şvili", "stan")
_CONSONANT_NAME_END = (*_PERSON_NAME_END, "an", "ən", "in", "ın", "on", "un", "ün", "il", "ir", "ıs", "is", "us",
                       "ar", "ər", "ur", "ənd", "ent", "ord", "qrad", "burq", "abad", "kənd", "polis", "şəhr")
# endings that make an unknown stem more or less likely: "-iya" countries, and
# stems that end in a plural or possessive ending (which should have been split off)
_STEM_ENDING_FACTORS = (("iya", 2.0), ("iyə", 2.0), ("stan", 1.5), ("ları", 0.3), ("ləri", 0.3),
                        ("lar", 0.3), ("lər", 0.3), ("ovan", 0.3), ("evan", 0.3), ("ova", 1.3), ("eva", 1.3))
# the buffer letter of a morpheme whose template has one ("(n)In" -> "n", "(I)m" -> "I")
_LONG_ALLOMORPH = tuple(m[1][1] if m[1].startswith("(") else "" for m in MORPHEMES)


def _score_unknown(stem: str, chain: tuple[tuple[str, int, float], ...], capitalised: bool) -> float:
    weight = 0.25 * min(1.0, 0.45 + len(stem) / 10)
    if not chain:
        # most unknown words in running news text are inflected; a bare unknown
        # word competes with its segmentations rather than winning by default
        return weight * (0.8 if capitalised else 0.5) * _ending_factor(stem)
    for i, (surface, m, prior) in enumerate(chain):
        factor = prior
        if i == 0:
            if len(surface) == 1 and surface in VOWELS and len(chain) == 1:
                # a lone vowel right after an unknown stem is as likely part of a name
                # ("Roma", "Ankara") as a case ending; less so after typical name endings
                if capitalised:
                    factor *= 1.2 if stem.endswith(_CONSONANT_NAME_END) else 0.35
                else:
                    factor *= 0.8
            buffer = _LONG_ALLOMORPH[m]
            if buffer in ("y", "s", "I") and (surface[0] == buffer or (buffer == "I" and surface[0] in VOWELS)):
                # "Türkiyə+yə" over "Türkiyəyə", "ölkə+si"; not for n: "İran+ın" is as common as "Rusiya+nın"
                factor *= 1.5
            if capitalised and stem.endswith(_PERSON_NAME_END):
                factor *= 1.6
            elif buffer == "n" and surface[0] == "n" and stem[-1] in "aə":
                factor *= 1.3  # stems in -a/-ə ("Ukrayna+nın", "ölkə+nin") outnumber those in -an/-ən
        weight *= factor
    if len(chain) > 2:
        weight *= 0.6 ** (len(chain) - 2)
    if stem[-1] in _RARE_AFTER_CONSONANT and stem[-2] not in VOWELS and stem[-2] != stem[-1]:
        weight *= 0.3  # "məlumatl+ı", "ikinc+i": a stem rarely ends in these clusters
    if not capitalised:
        if stem[-1] in "ıiuü":
            weight *= 0.7  # "səfər+i+nin" rather than "səfəri+nin"
        elif stem[-2:] in ("ın", "in", "un", "ün") and len(stem) > 3 and stem[-3] not in VOWELS:
            weight *= 0.6  # "nazir+i+nin" rather than "nazirin+in"
    return weight * _ending_factor(stem)


_RARE_AFTER_CONSONANT = frozenset("lçcyğ")
# derivational suffixes that make a new word from a known noun or verb stem:
# (suffix regex over the lower-case form, part of speech of the result)
_DERIVATION_RE = re.compile(r"^(?P<base>.+?)(?P<sfx>l[ıiuü]|s[ıiuü]z|l[ıiuü][qk]|ç[ıiuü]|c[ıiuü]|daş|"
                            r"[ıiuü]?nc[ıiuü]|ç[ıiuü]l[ıiuü][qk]|ma|mə|[ıiuü]ş|ar|ər|lı[qk]|lar|lər)$")
_DERIVATION_POS = {"l": "ADJ", "s": "ADJ", "ç": "NOUN", "c": "NOUN", "d": "NOUN", "n": "ADJ", "m": "NOUN"}


def _derived_entry(form: str) -> dict[str, str] | None:
    """A lexicon-like entry for a word derived from a known stem ('məlumatlı', 'qonşuluq', 'iştirakçı')."""
    m = _DERIVATION_RE.match(form)
    if m is None:
        return None
    base, sfx = m.group("base"), m.group("sfx")
    if sfx in ("lar", "lər", "ar", "ər", "ış", "iş", "uş", "üş"):
        return None  # inflection, or too short to be safe
    known = _KNOWN.get(base)
    if known is None and base[-1:] in "ğy":
        known = _KNOWN.get(base[:-1] + ("q" if base[-1] == "ğ" else "k"))
    if known is None or len(base) < 2:
        return None
    harmony = _last_vowel_class(base)
    first_vowel = next((c for c in sfx if c in VOWELS), None)
    if harmony is not None and first_vowel is not None and first_vowel in "ıiuü":
        if _I_BY_CLASS[harmony] != first_vowel:
            return None
    if sfx.endswith(("lıq", "lik", "luq", "lük")) or sfx in ("ma", "mə"):
        pos = "NOUN"
    else:
        pos = _DERIVATION_POS.get(sfx[0], "ADJ")
    return {pos: form}


def _ending_factor(stem: str) -> float:
    for ending, factor in _STEM_ENDING_FACTORS:
        if stem.endswith(ending):
            return factor
    return 1.0


@lru_cache(maxsize=262144)
def analyse(word: str) -> tuple[Analysis, ...]:
    """Ranked analyses of one word form (most plausible first, scores sum to 1)."""
    if not word:
        return ()
    if _NUMBER_RE.match(word):
        return (Analysis(word, "NUM", (), frozenset(), 1.0, True),)
    hyphen = max(word.rfind("-"), word.rfind("'"), word.rfind("’"), word.rfind("‐"))
    if 0 < hyphen < len(word) - 1:
        whole = _KNOWN.get(az_lower(word))
        if whole:
            pos, canon = next(iter(whole.items()))
            return (Analysis(canon, pos, (), frozenset(), 1.0, True),)
        head, tail = word[:hyphen], word[hyphen + 1:]
        if tail[0].islower() and (head[0].isupper() or head[0].isdigit()):
            return _clitic_analyses(head, tail)
        sep = word[hyphen]
        return tuple(Analysis(f"{head}{sep}{a.lemma}", a.pos, a.suffixes, a.features, a.score, a.known)
                     for a in analyse(tail))
    irregular = IRREGULAR_FORMS.get(az_lower(word))
    if irregular is not None:
        lem, pos, feats = irregular
        return (Analysis(lem, pos, (), frozenset(feats), 1.0, True),)
    if _ABBR_RE.match(word) and az_lower(word) not in _KNOWN:
        if len(word) <= 5 or any(c.isdigit() for c in word):
            return (Analysis(word, "ABBR", (), frozenset(), 1.0, True),)
    return _analyse_plain(word)


_DUMMY_STEMS = ("bab", "ba", "bəb", "bə", "bob", "bo", "böb", "bö", "bib", "bi", "bıb", "bı", "bub", "bu",
                "büb", "bü")


def _clitic_analyses(head: str, tail: str) -> tuple[Analysis, ...]:
    """'QAİ-nin', 'Report-a', '2024-cü': the head is the lemma, the tail a suffix chain."""
    tail_low = az_lower(tail)
    pos = "NUM" if head[0].isdigit() else ("ABBR" if _ABBR_RE.match(head) else "PROPN")
    if pos == "NUM":
        feats = frozenset({"NumType=Ord"}) if re.fullmatch(r"(?:ı|i|u|ü)?nc[ıiuü]|c[ıiuü]", tail_low) else frozenset()
        return (Analysis(head, "NUM", (tail,), feats, 1.0, True),)
    best: tuple[tuple[str, ...], frozenset[str]] | None = None
    best_rank: tuple[int, float] = (99, 0.0)
    # parse the tail as a chain standing on a dummy stem of each harmony class,
    # ending in a vowel or a consonant: how the abbreviation is spelled out is unknown
    for dummy in _DUMMY_STEMS:
        for stem, chain, cat in _segmentations(dummy + tail_low, "END", "", len(dummy)):
            if stem == dummy and cat == "N" and chain:
                surfaces = tuple(s for s, _m, _p in chain)
                feats = _combine_features(chain)
                weight = 1.0
                for _s, _m, prior in chain:
                    weight *= prior
                rank = (len(surfaces), -weight)
                if best is None or rank < best_rank:
                    best, best_rank = (surfaces, feats), rank
    known = az_lower(head) in _KNOWN or pos == "ABBR"
    if best is None:
        return (Analysis(head, pos, (tail,), frozenset(), 0.6, known),)
    return (Analysis(head, pos, best[0], best[1], 1.0, known),)


def _analyse_plain(word: str) -> tuple[Analysis, ...]:
    low = az_lower(word)
    pronoun = lexicon.PRONOUN_FORMS.get(low)
    if pronoun is not None:
        return (Analysis(pronoun, "PRON", (), frozenset(), 1.0, True),)
    capitalised = word[0].isupper()
    scored: dict[tuple[str, str, tuple[str, ...]], tuple[float, bool, frozenset[str]]] = {}

    def add(lem: str, pos: str, suffixes: tuple[str, ...], feats: frozenset[str], weight: float,
            known: bool) -> None:
        key = (lem, pos, suffixes)
        old = scored.get(key)
        if old is None or old[0] < weight:
            scored[key] = (weight, known, feats)

    stem_min = 2
    for stem, chain, cat in _segmentations(low, "END", "", stem_min):
        if not any(c in VOWELS for c in stem):
            continue
        right_first = chain[0][0][0] if chain else ""
        suffixes = tuple(s for s, _m, _p in chain)
        feats = _combine_features(chain)
        for form, factor in _stem_candidates(stem, right_first, cat, capitalised):
            entry = _KNOWN.get(form)
            if cat == "V":
                if entry is None or "VERB" not in entry:
                    # unknown verbs only for lower-case words with a clearly verbal ending
                    if capitalised or not chain or not _has_tense_or_form(chain) or len(form) < 3:
                        continue
                    weight = _score_unknown(form, chain, False) * 0.6 * factor
                    add(form, "VERB", suffixes, feats, weight, False)
                    continue
                weight = 1.0 * factor
                for _s, _m, prior in chain:
                    weight *= min(1.0, prior)
                add(entry["VERB"], "VERB", suffixes, feats, weight * 4, True)
                continue
            derived = 1.0
            if entry is None and cat == "N":
                entry = _derived_entry(form)
                derived = 0.6
            if entry is not None:
                # a lower-case word is not an acronym: "azaldan" is not the airline AZAL
                nominal = [p for p in entry if p != "VERB"
                           and not (p in ("PROPN", "ABBR") and not capitalised and entry[p].isupper())]
                if nominal:
                    pos = "PROPN" if "PROPN" in nominal and (capitalised or len(nominal) == 1) else nominal[0]
                    canon = entry[pos]  # a sentence-initial common noun gets its dictionary spelling
                    weight = derived * factor
                    if pos == "PROPN" and not capitalised:
                        weight *= 0.5
                    for _s, _m, prior in chain:
                        weight *= min(1.0, prior)
                    if chain and pos in ("ADJ", "ADV", "ADP", "PRON"):
                        weight *= 0.3  # these inflect only when used as nouns
                    if _has_verb_form(chain):
                        weight *= 0.05  # a noun stem with a tense ending: "ölkəmiş" is not a word
                    add(canon, pos, suffixes, feats, weight * 4, True)
                    continue
            if _has_verb_form(chain):
                continue
            weight = _score_unknown(form, chain, capitalised) * factor
            lem = _restore_case(word, form) if capitalised else form
            add(lem, "PROPN" if capitalised else "UNK", suffixes, feats, weight, False)
    if not scored:
        return (Analysis(word, "PROPN" if capitalised else "UNK", (), frozenset(), 1.0, False),)
    total = sum(w for w, _k, _f in scored.values())
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], len(kv[0][2]), -len(kv[0][0])))
    return tuple(Analysis(lem, pos, sfx, feats, round(w / total, 4), known)
                 for (lem, pos, sfx), (w, known, feats) in ranked[:12])


_VERB_ONLY = frozenset(i for i, m in enumerate(MORPHEMES) if any(
    f.startswith(("Tense=", "Voice=", "Polarity=", "VerbForm=", "Mood=", "Person=")) for f in m[2]))


_EARLIER_TENSE_AS = {"Tense=Pres": "Aspect=Prog", "Tense=Fut": "Aspect=Prosp", "Tense=Aor": "Aspect=Hab"}


def _combine_features(chain: tuple[tuple[str, int, float], ...]) -> frozenset[str]:
    """Union of the morphemes' features; a later tense ('edir+di') overrides an earlier one,
    which is kept as aspect (Tense=Past, Aspect=Prog)."""
    feats: set[str] = set()
    for _s, m, _p in chain:
        new = _FEATURES[m]
        if any(f.startswith("Tense=") for f in new):
            for old in [f for f in feats if f.startswith("Tense=")]:
                feats.discard(old)
                if old in _EARLIER_TENSE_AS:
                    feats.add(_EARLIER_TENSE_AS[old])
        feats |= new
    return frozenset(feats)


def _has_verb_form(chain: tuple[tuple[str, int, float], ...]) -> bool:
    return any(m in _VERB_ONLY for _s, m, _p in chain)


# a voice or negation suffix alone ("bro+n") is too weak to posit an unknown verb
_TENSE_OR_FORM = frozenset(i for i in _VERB_ONLY if not (set(MORPHEMES[i][2]) <= {"Voice=Pass", "Voice=Cau",
                                                                                   "Polarity=Neg"}))


def _has_tense_or_form(chain: tuple[tuple[str, int, float], ...]) -> bool:
    return any(m in _TENSE_OR_FORM for _s, m, _p in chain)


def _restore_case(word: str, form: str) -> str:
    """The original spelling of a stem (keeps 'Qazaxıstan', 'ABŞ'), with alternations undone."""
    n = len(form)
    head = word[:n]
    if az_lower(head) == form:
        return head
    return head[:-1] + form[-1] if n <= len(word) else form


@lru_cache(maxsize=262144)
def lemma(word: str) -> str:
    """The best analysis's lemma; an unknown uninflected word is its own lemma."""
    found = analyse(word)
    return found[0].lemma if found else word


# `lemma` of every word looked up so far, read without a Python call (`LEMMAS[word]`): the search index
# looks up every word of every page, and most were seen before (`lemma` keeps its own, larger cache)
LEMMAS = clear_with_new_stems(MemoTable(lemma, 100_000))


def is_negative(word: str) -> bool:
    """Whether the best verb analysis of `word` carries negation ('etməyib', 'bilməyəcək')."""
    for a in analyse(word):
        if a.pos == "VERB":
            return "Polarity=Neg" in a.features
    return False
