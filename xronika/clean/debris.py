"""Debris removal: the line classifier (`line_classifier`, patterns as data in `xronika.lang.az.debris`)
plus structural rules that need the whole page (title repeats, top bars,
headline lists and translated headlines after the article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xronika.clean.line_classifier import az_lower
from xronika.clean.metadata import byline_name, place_dateline
from xronika.lang.az.debris import AGENCIES, ENGLISH_HEADLINE_WORDS, SECTION_LABELS
from xronika.lang.detect import quick_language, quick_latin_language

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zəƏıİğĞşŞçÇöÖüÜ]")
SENTENCE_TERMINALS = (".", "!", "?", "…")
CLOSING_MARKS = "\"'”»)’"


@dataclass(slots=True)
class Line:
    """One non-empty raw line: its trimmed raw span, text, comparison key, whether it is plainly article
    prose (`is_strong_content`, which the rules ask of every line again and again) and removal reason."""

    start: int
    end: int
    text: str
    key: str
    strong: bool
    reason: str | None = None  # None: kept


def comparison_key(text: str) -> str:
    """Casefolded text without whitespace (how lines are compared)."""
    joined = text.replace(" ", "")
    # every whitespace character but the space is unprintable: a printable rest has no whitespace left
    if not joined.isprintable():
        joined = "".join(text.split())
    return joined.casefold()


def ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSING_MARKS).endswith(SENTENCE_TERMINALS) or text.endswith(SENTENCE_TERMINALS)


def is_strong_content(text: str) -> bool:
    """A line that is plainly article prose: a long-ish finished sentence."""
    return (len(text) >= 60 and ends_sentence(text)) or len(text) >= 250


def word_count(text: str) -> int:
    return len(text.split())


def headline_like(text: str) -> bool:
    """Short, capitalised, unfinished: how a headline of another story looks."""
    if not (20 <= len(text) <= 200) or word_count(text) < 4:
        return False
    first = text.lstrip("\"“«'")[:1]
    if not first.isupper() and not first.isdigit():
        return False
    return not text.rstrip(CLOSING_MARKS).endswith((".", ",", ";", ":", "…"))


# "BAKI, 11 mart — APA", "Bakı. Trend:": where the story was filed, never a headline
_BYLINE_START = re.compile(r"(?:by|müəllif|author|автор|müxbir)\b", re.IGNORECASE)
_DATELINE = re.compile(r"(?:[A-ZÇĞİÖŞÜƏ\-]{3,}|Bakı|Baku|Баку)\s*[,.\-–—/]")


def title_like(text: str) -> bool:
    return (len(text) < 250 and word_count(text) >= 3 and sum(map(str.isdigit, text)) * 4 < len(text)
            and not text.rstrip(CLOSING_MARKS).endswith((".", ",", ";", ":", "…"))
            and not _DATELINE.match(text) and byline_name(text) is None and not place_dateline(text))


def script_of(text: str) -> str:
    if not _CYRILLIC.search(text):
        return "latin" if _LATIN.search(text) else "other"
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr > lat:
        return "cyrillic"
    return "latin" if lat else "other"


def stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(az_lower(text)) if len(w) >= 4}


# --- structural rules -------------------------------------------------------------------------------

_ASCII_FOLD = str.maketrans("əıöüğşçâîûƏIİÖÜĞŞÇ", "eiougscaiueiiougsc")
_SLUG_DIGRAPHS = (("sh", "s"), ("ch", "c"), ("gh", "g"))


def slug_tokens(url: str | None) -> tuple[str, ...]:
    """Words of the URL slug (`.../baki-ve-astana-orta-dehlizin...`), ASCII, for matching the headline."""
    if not url:
        return ()
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    words = [w.lower() for w in re.split(r"[-_./]+", path) if w.isalpha() and len(w) >= 3]
    words = [w for w in words if w not in _SLUG_STOP]
    for digraph, single in _SLUG_DIGRAPHS:
        words = [w.replace(digraph, single) for w in words]
    return tuple(words) if len(words) >= 3 else ()


_SLUG_STOP = frozenset({"html", "htm", "php", "aspx", "news", "xeber", "xeberler", "index", "details", "view",
                        "article", "post", "category", "www", "amp"})


def slug_match(text: str, slug: tuple[str, ...]) -> float:
    words = [w for w in _WORD.findall(text.translate(_ASCII_FOLD).lower()) if len(w) >= 2]
    hits = sum(1 for t in slug if any(w.startswith(t) or (len(w) >= 4 and t.startswith(w)) for w in words))
    return hits / len(slug) if hits >= 3 else 0.0


def find_title(lines: list[Line], slug: tuple[str, ...] = ()) -> int | None:
    """Index (into `lines`) of the headline, or None when the page opens with its first sentence.

    `slug` (from `slug_tokens`) helps pick the headline out of a bar of other headlines.
    """
    kept = [i for i, line in enumerate(lines) if line.reason is None]
    if not kept:
        return None
    head = kept[:10]
    seen: dict[str, int] = {}
    for i in kept[:20]:
        seen[lines[i].key] = seen.get(lines[i].key, 0) + 1
    for i in head:
        line = lines[i]
        if (seen.get(line.key, 0) >= 2 and len(line.text) < 250 and word_count(line.text) >= 2
                and not line.text.rstrip(CLOSING_MARKS).endswith((".", ",", ";", ":"))):
            return i
    first = kept[0]
    if len(kept) > 1:
        nxt = lines[kept[1]]
        glued = lines[first].key
        if (glued.startswith(nxt.key) and 0 < len(glued) - len(nxt.key) <= 20
                and title_like(nxt.text)):
            lines[first].reason = "repeated_title"
            return kept[1]
    if slug:
        scored = [(slug_match(lines[i].text, slug), -i) for i in head if title_like(lines[i].text)]
        if scored:
            score, best = max(scored)
            if score >= 0.6:
                return -best
    # headline candidates before the first paragraph of prose: a bar of other
    # headlines may come first, so the one nearest the prose is the title, unless
    # that one is a long unfinished lead under a shorter headline
    candidates: list[int] = []
    for i in kept[:20]:
        if lines[i].strong:
            break
        if title_like(lines[i].text):
            candidates.append(i)
    else:
        return None
    if not candidates:
        return None
    if candidates[0] != first and (_is_byline_or_dateline(lines[first].text)
                                   or not _skippable_head(lines[first].text)):
        return None
    best = candidates[-1]
    if len(candidates) >= 2:
        previous = candidates[-2]
        if len(lines[best].text) > 120 and len(lines[best].text) > 1.3 * len(lines[previous].text):
            best = previous
    return best


def _is_byline_or_dateline(text: str) -> bool:
    return (bool(_DATELINE.match(text) or _BYLINE_START.match(text)) or byline_name(text) is not None
            or place_dateline(text))


def _skippable_head(text: str) -> bool:
    """Short items a top bar is made of (a ticker, a headline of another story)."""
    return len(text) <= 150 and not ends_sentence(text)


# letters English never writes: a line with one of them is not an English translation
_AZ_ONLY_LETTERS = re.compile(r"[əƏıİğĞşŞçÇ]")
_NOT_LABELS = frozenset({"bakı", "baku", "баку"}) | AGENCIES


def label_shaped(text: str) -> bool:
    """A section label's shape: one or two words, capitalised (`İqtisadiyyat`, `Xarici siyasət`, `ŞOU-BİZNES`)."""
    words = text.split()
    if not 1 <= len(words) <= 2 or len(text) > 30 or not text[:1].isupper():
        return False
    if any(map(str.isdigit, text)) or not all(_WORD.fullmatch(w.replace("-", "")) for w in words):
        return False
    lowered = az_lower(text)
    if lowered in SECTION_LABELS:
        return True
    if lowered in _NOT_LABELS or byline_name(text) is not None:
        return False
    # two capitalised words are a name (`Anar Məmmədov`); a two-word label goes on in lower case
    return len(words) == 1 or text.isupper() or words[1][:1].islower()


def mark_labels_before_dates(lines: list[Line]) -> None:
    """At the head of the page, the section label printed right above the date stamp (`İqtisadiyyat` /
    `• 14 fevral, 2024` / `• 11:40`), whatever the section is called."""
    for i, line in enumerate(lines[:-1]):
        if line.reason is None and line.strong:
            return
        if line.reason is None and lines[i + 1].reason == "dateline" and label_shaped(line.text):
            line.reason = "section_label"


def mark_head(lines: list[Line], title: int | None) -> None:
    """Top bars before the title, section labels between the title and the article."""
    if title is None:
        return
    for line in lines[:title]:
        if line.reason is None and not line.strong and not _is_byline_or_dateline(line.text):
            line.reason = "menu"
    for line in lines[title + 1:]:
        if line.reason is not None:
            continue
        if line.strong:
            break
        if word_count(line.text) <= 3 and len(line.text) <= 40 and not ends_sentence(line.text) \
                and not line.text.endswith((":", ",")) and not _is_byline_or_dateline(line.text):
            line.reason = "section_label"


def mark_repeats(lines: list[Line], title: int | None, min_paragraph: int = 60) -> None:
    """Later copies of the title and of long paragraphs."""
    title_key = lines[title].key if title is not None else None
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.reason is not None:
            continue
        if title_key is not None and i != title and line.key == title_key:
            line.reason = "repeated_title"
        elif len(line.key) >= min_paragraph:
            if line.key in seen:
                line.reason = "duplicate"
            seen.add(line.key)


def mark_after_headers(lines: list[Line], title: int | None = None) -> None:
    """Lines under a 'related news' header (until article prose resumes, the title or the page end) and
    under a comments header (after the article only)."""
    seen_prose = False
    following: str | None = None
    for i, line in enumerate(lines):
        if line.reason in ("related_news", "comments"):
            if line.reason == "comments" and not seen_prose:
                continue
            following = line.reason
            continue
        if line.reason is not None:
            continue
        if i == title:
            # a feed bar above the headline ends at the headline
            following = None
            continue
        strong = line.strong
        if following == "related_news" and strong:
            following = None
        if following and not seen_prose and _is_byline_or_dateline(line.text):
            # a feed label at the top of the page is followed by the story's own dateline or byline
            continue
        if following:
            line.reason = following
        seen_prose = seen_prose or strong


def latin_script_of(text: str) -> str:
    """`script_of` a text known to hold no Cyrillic."""
    return "latin" if _LATIN.search(text) else "other"


def page_script(lines: list[Line], latin: bool = False) -> str:
    """The script of the page's kept text; `latin`: the page holds no Cyrillic."""
    return (latin_script_of if latin else script_of)(
        " ".join(line.text for line in lines if line.reason is None)[:3000])


def _clear_language(text: str, quick=quick_language) -> str | None:
    lang, confidence, _ = quick(text)
    return lang if confidence >= 0.85 else None


def mark_tail(lines: list[Line], main_script: str, main_lang: str | None, latin: bool = False) -> None:
    """After the article: translated headlines, tag lines, headline lists. `latin`: the page holds no
    character of `NON_LATIN_RANGES`, so a line's script and language are told without looking for one."""
    script = latin_script_of if latin else script_of
    quick = quick_latin_language if latin else quick_language
    kept = [i for i, line in enumerate(lines) if line.reason is None]
    strong = [i for i in kept if lines[i].strong]
    last_strong = next((i for i in reversed(strong) if script(lines[i].text) == main_script
                        and _clear_language(lines[i].text, quick) in (None, main_lang)), None)
    if last_strong is None:
        return
    first_strong = strong[0]
    article_stems = _LazyStems([lines[i].text for i in strong if i <= last_strong])
    # after "... the following documents were signed:" Latin lines in another language are document titles
    listing = lines[last_strong].text.endswith(":")
    for i in kept:
        if i <= last_strong:
            continue
        line = lines[i]
        text = line.text
        if len(text) > 300:
            continue
        lang = _clear_language(text, quick)
        if script(text) not in (main_script, "other"):
            line.reason = "translation"
        elif listing:
            pass
        elif lang and main_lang and lang != main_lang and {lang, main_lang} != {"az", "tr"}:
            line.reason = "translation"
        elif main_lang not in (None, "en") and english_headline(text):
            line.reason = "translation"
        elif _is_tag_line(text, article_stems):
            line.reason = "tags"
        listing = listing or (line.reason is None and text.endswith(":"))
    _mark_tags_before_translations(lines, last_strong)
    _mark_headline_runs(lines, first_strong, last_strong, article_stems)


def english_headline(text: str) -> bool:
    """A short unfinished line written in English (`Azerbaijan-Türkiye trade turnover exceeds $5 billion`):
    too short for the language detector, so told by its words."""
    if len(text) > 200 or ends_sentence(text) or _AZ_ONLY_LETTERS.search(text):
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return False
    known = sum(map(ENGLISH_HEADLINE_WORDS.__contains__, words))
    return known >= 2 and known * 3 >= len(words)


def _mark_tags_before_translations(lines: list[Line], last_strong: int) -> None:
    """News sites print the tags right above the translated headlines: a short unfinished line there is tags."""
    first_translation = next((i for i in range(last_strong + 1, len(lines))
                              if lines[i].reason == "translation"), None)
    if first_translation is None:
        return
    before = next((i for i in range(first_translation - 1, last_strong, -1) if lines[i].reason is None), None)
    if before is None:
        return
    text = lines[before].text
    if (len(text) <= 150 and not ends_sentence(text) and not text.endswith((",", ":"))
            and byline_name(text) is None and not _BYLINE_START.match(text)):
        lines[before].reason = "tags"


_GENITIVE_ENDINGS = ("nin", "nın", "nun", "nün")


class _LazyStems:
    """Word stems of the article prose, computed on first use (most pages never need them)."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._stems: set[str] | None = None

    def get(self) -> set[str]:
        if self._stems is None:
            self._stems = stems(" ".join(self._texts))
        return self._stems


def _is_tag_line(text: str, article_stems: _LazyStems) -> bool:
    words = text.replace(",", " ").split()
    if len(words) < 3 or ends_sentence(text):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    # a genitive chain ("Prezidentinin Mətbuat Xidməti") is a signature, not a list of tags
    if any(az_lower(w).endswith(_GENITIVE_ENDINGS) for w in words):
        return False
    found = stems(text)
    return bool(found) and len(found & article_stems.get()) / len(found) >= 0.6


def _mark_headline_runs(lines: list[Line], first_strong: int, last_strong: int,
                        article_stems: _LazyStems) -> None:
    kept = [i for i, line in enumerate(lines) if line.reason is None and i > first_strong]
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 3 and run[0] > last_strong:
            before = [i for i, line in enumerate(lines[:run[0]]) if line.reason is None]
            if before and lines[before[-1]].text.endswith(":"):
                return
            overlaps = []
            for i in run:
                found = stems(lines[i].text)
                overlaps.append(len(found & article_stems.get()) / len(found) if found else 0.0)
            if sum(overlaps) / len(overlaps) < 0.5:
                for i in run:
                    lines[i].reason = "headline_list"

    for i in kept:
        if headline_like(lines[i].text):
            run.append(i)
        else:
            flush()
            run = []
    flush()
