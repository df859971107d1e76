"""Language identification of a page and of its paragraphs.

A cheap evidence check decides most paragraphs from their script and letters
(Azerbaijani `ə`, Kazakh `қ ұ`, Ukrainian `ї є`, Georgian and Armenian
scripts...); lingua (restricted to the languages of this domain, built once)
is asked only when that evidence is inconclusive. Lingua alone confuses
Azerbaijani with Turkish on short texts; the letter check does not.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field

# ISO 639-1 codes lingua is restricted to (Uzbek and Kyrgyz are not in lingua:
# the letter check names them).
LINGUA_LANGUAGES = ("az", "tr", "kk", "ru", "en", "fa", "ka", "hy", "de", "fr", "ar", "uk")

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "georgian": re.compile(r"[\u10a0-\u10ff]"),
    "armenian": re.compile(r"[\u0530-\u058f]"),
}
# Cyrillic, Armenian, Hebrew, Arabic and Georgian: a text with none of them is told by its Latin letters
NON_LATIN_RANGES = "\u0400-\u06ff\u10a0-\u10ff"
_NON_LATIN = re.compile(f"[{NON_LATIN_RANGES}]")
_AZ_QX = re.compile(r"[qxQX]")
_TR_ONLY = re.compile(r"[ıİğĞşŞçÇ]")
# Without a schwa, these tell Azerbaijani from Turkish: q/x (Turkish has neither), the
# evidential past -ib/-ub, and the Turkish progressive -yor and its function words.
_AZ_HINTS = re.compile(r"[qxQX]|\w(?:ıb|ib|ub|üb)\b|\b(?:bu gün|üçün|olub|edib|deyib)\b")
_TR_HINTS = re.compile(r"\w(?:yor|yordu|yorlar)\w*|\b(?:ve|ile|için|değil|olarak|bir|gibi|daha|çok|ancak)\b",
                       re.IGNORECASE)
_UZ_LATIN = re.compile(r"[oOgG][ʻ‘'`ʼ]|\b(?:va|bilan|uchun|boʻyicha|bo'yicha|hamda|emas)\b")
_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|was|for|with|that|on|are|by|from|has|have)\b", re.IGNORECASE)
_DE_WORDS = re.compile(r"\b(?:der|die|und|das|nicht|mit|für|ist|ein|eine|auf|den|von|zu)\b", re.IGNORECASE)
_FR_WORDS = re.compile(r"\b(?:le|la|les|et|des|du|une|est|pour|dans|que|qui|sur|avec)\b", re.IGNORECASE)
_AZ_CYRILLIC = re.compile(r"[ҝҜҹҸјЈ]")
_KK_CYRILLIC = re.compile(r"[қҚұҰңҢғҒ]")
_UK_CYRILLIC = re.compile(r"[їЇєЄґҐ]")
_RU_CYRILLIC = re.compile(r"[ыЫэЭъЪёЁ]")
_KY_CYRILLIC = re.compile(r"[ңҢөӨүҮ]")
_UZ_CYRILLIC = re.compile(r"[ўЎҳҲ]")
_UKR_I = re.compile(r"[іІ]")
_PERSIAN = re.compile(r"[پچژگکی]")
_SOUTH_AZ = re.compile(r"[ۆۇؽ]")

SAMPLE_HEAD = 2000     # characters always examined
SAMPLE_PARAGRAPHS = 4  # further paragraphs sampled past the head
PARAGRAPH_CAP = 400    # characters of one paragraph examined


@dataclass
class LangResult:
    lang: str
    confidence: float
    mixed: bool
    paragraphs: list[tuple[int, int, str]] = field(default_factory=list)
    script: str | None = None  # 'Cyrl' / 'Arab' for Azerbaijani in a non-Latin script


class _Lingua:
    """The lingua detector, built on first use (building takes a while and memory)."""

    _lock = threading.Lock()
    _detector = None

    @classmethod
    def get(cls):
        if cls._detector is None:
            with cls._lock:
                if cls._detector is None:
                    from lingua import IsoCode639_1, LanguageDetectorBuilder

                    codes = [getattr(IsoCode639_1, code.upper()) for code in LINGUA_LANGUAGES]
                    cls._detector = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                                     .with_low_accuracy_mode().build())
        return cls._detector


def _lingua_language(text: str) -> tuple[str | None, float]:
    detector = _Lingua.get()
    values = detector.compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def quick_language(text: str) -> tuple[str | None, float, str | None]:
    """(language, confidence, script note) from letters alone; language None when inconclusive."""
    if not _NON_LATIN.search(text):
        return quick_latin_language(text)
    letters = len(_LETTER.findall(text))
    if letters < 3:
        return None, 0.0, None
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    script, top = max(counts.items(), key=lambda kv: kv[1])
    if top * 2 > letters:
        if script == "georgian":
            return "ka", 0.99, None
        if script == "armenian":
            return "hy", 0.99, None
        if script == "arabic":
            if _SOUTH_AZ.search(text):
                return "az", 0.8, "Arab"
            return ("fa", 0.9, None) if _PERSIAN.search(text) else ("ar", 0.8, None)
        return _cyrillic_language(text)
    return _latin_language(text, letters)


def quick_latin_language(text: str) -> tuple[str | None, float, str | None]:
    """`quick_language` of a text known to hold no character of NON_LATIN_RANGES (the cleaner scans the
    whole page for them once)."""
    letters = len(text) - text.count(" ")
    if letters < 3 or not _LETTER.search(text):
        return None, 0.0, None
    return _latin_language(text, letters)


def _cyrillic_language(text: str) -> tuple[str | None, float, str | None]:
    if _AZ_CYRILLIC.search(text):
        return "az", 0.9, "Cyrl"
    if _UK_CYRILLIC.search(text) or (_UKR_I.search(text) and not _RU_CYRILLIC.search(text)
                                     and not _KK_CYRILLIC.search(text)):
        return "uk", 0.9, None
    if _KK_CYRILLIC.search(text) or ("ә" in text.lower() and _UKR_I.search(text)):
        return "kk", 0.9, None
    if _UZ_CYRILLIC.search(text):
        return "uz", 0.85, None
    if "ә" in text.lower():
        # schwa with none of Kazakh's қ ұ ң ғ і: Kyrgyz has no ә, so this is Azerbaijani in Cyrillic
        return "az", 0.8, "Cyrl"
    if _KY_CYRILLIC.search(text):
        return "ky", 0.8, None
    if _RU_CYRILLIC.search(text) or len(text) >= 40:
        return "ru", 0.9, None
    return None, 0.0, None


def _latin_language(text: str, letters: int) -> tuple[str | None, float, str | None]:
    schwa = text.count("ə") + text.count("Ə")
    if schwa and (schwa / letters >= 0.01 or schwa >= 2 or letters < 60):
        return "az", min(0.99, 0.8 + schwa / letters * 3), None
    words = max(1, len(text.split()))
    english = len(_EN_WORDS.findall(text))
    if english >= 2 and english / words >= 0.08:
        return "en", 0.9, None
    if _UZ_LATIN.search(text) and not _TR_ONLY.search(text):
        return "uz", 0.7, None
    if _TR_ONLY.search(text):
        az_hints, tr_hints = len(_AZ_HINTS.findall(text)), len(_TR_HINTS.findall(text))
        if az_hints > tr_hints:
            return "az", 0.8, None
        if tr_hints > az_hints or len(_TR_ONLY.findall(text)) >= 2 and not _AZ_QX.search(text):
            return "tr", 0.85, None
    if len(_DE_WORDS.findall(text)) >= 3:
        return "de", 0.8, None
    if len(_FR_WORDS.findall(text)) >= 3:
        return "fr", 0.8, None
    return None, 0.0, None


LINGUA_MIN_CHARS = 40  # shorter inconclusive paragraphs (a byline, a figure) are not worth a lingua call


def detect_language(text: str) -> LangResult:
    """Main language of a text, whether a second language covers ≥ 20 % of it, per-paragraph labels.

    Examines the first SAMPLE_HEAD characters and a few sampled paragraphs after them;
    paragraphs not examined take the main language.
    """
    spans = [m.span() for m in _PARAGRAPH.finditer(text)]
    head = [sp for sp in spans if sp[0] < SAMPLE_HEAD]
    rest = [sp for sp in spans if sp[0] >= SAMPLE_HEAD]
    if len(rest) > SAMPLE_PARAGRAPHS:
        step = len(rest) / SAMPLE_PARAGRAPHS
        rest = [rest[int(k * step)] for k in range(SAMPLE_PARAGRAPHS)]
    examined: dict[tuple[int, int], str] = {}
    weight: Counter[str] = Counter()
    confidence: dict[str, float] = {}
    scripts: Counter[str] = Counter()
    # one scan of the whole text spares every paragraph its own
    quick = quick_language if _NON_LATIN.search(text) else quick_latin_language
    for start, end in head + rest:
        sample = text[start:min(end, start + PARAGRAPH_CAP)]
        lang, conf, script = quick(sample)
        if lang is None and len(sample) >= LINGUA_MIN_CHARS:
            lang, conf = _lingua_language(sample)
            script = None
        if lang is None:
            continue
        examined[(start, end)] = lang
        size = min(end - start, PARAGRAPH_CAP)
        weight[lang] += size
        confidence[lang] = max(confidence.get(lang, 0.0), conf)
        if script:
            scripts[script] += size
    if not weight and text.strip():
        lang, conf = _lingua_language(text[:SAMPLE_HEAD])
        if lang:
            return LangResult(lang, round(conf, 3), False, [(s, e, lang) for s, e in spans])
    if not weight:
        return LangResult("und", 0.0, False, [(s, e, "und") for s, e in spans])
    (main, main_weight), *others = weight.most_common()
    total = sum(weight.values())
    mixed = bool(others) and others[0][1] / total >= 0.2
    share = main_weight / total
    paragraphs = [(s, e, examined.get((s, e), main)) for s, e in spans]
    script = scripts.most_common(1)[0][0] if main == "az" and scripts else None
    return LangResult(main, round(confidence[main] * share, 3), mixed, paragraphs, script)
