"""Sentence splitting and tokenisation, language-neutral, driven by per-language data.

The per-language data is the module `xronika.lang.<lang>.abbreviations`
(`TITLE_ABBREVIATIONS`, `UNIT_ABBREVIATIONS`, `TWO_WORD_ABBREVIATIONS`); a
language without it is split with the generic rules only.

Both functions return offsets into the text they were given, so every later
stage can point back at the characters it used.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from .memo import MemoTable


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # "word", "number", "punct" or "suffix" (a clitic case ending split off a name)


# Upper-case letters of the Latin and Cyrillic alphabets the project meets
# (Azerbaijani, Turkish, Kazakh, Russian, English); Python's `re` has no \p{Lu}.
UPPER = ("A-ZÀ-ÖØ-ÞƏĞİŞÇÖÜÄÑĀĒĪŌŪŽŠČŘŁŃŚŹŻĘĄ"
         "А-ЯЁӘҒҚҢӨҰҮҺІЇЄЎ")
LOWER_CLASS = rf"[^\W\d_{UPPER}]"
_QUOTES_CLOSE = "\"”»’'“"
_TLDS = ("az|com|ru|org|net|info|gov|edu|kz|tr|uz|ge|ua|by|uk|io|tv|news|int|eu|de|fr|us|cn|ir|il|am"
         "|kg|tj|tm|me|co|biz|online|media|pro|press")

# Clitic case endings written after a hyphen or apostrophe begin with a vowel
# or with one of the consonants suffixes start with; this keeps "E-mail" whole.
_CLITIC = rf"[aəıiuüdnlystcçk]{LOWER_CLASS}{{0,9}}"

# The token kinds, as pattern parts: `_TOKEN_RE` tries them in this order; `_WORD_RE` is built from
# the same parts for the callers that only read words.
_URL = r"""(?:https?://|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’]"""
# a plain word that no alternative below could take (no '@', '.', '+', hyphen or apostrophe after it, no
# closing quote before it), matched in one scan
_PLAIN = rf"(?<![{_QUOTES_CLOSE}])[^\W\d_]\w*+(?![.@+\-‐'’])"
_EMAIL = r"[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+"
_DOMAIN = rf"\w[\w-]*(?:\.\w[\w-]*)*\.(?i:{_TLDS})(?![\w])"
_NUMBER = rf"\d+(?:[.,]\d+)*(?:[–-]\d+(?:[.,]\d+)*)*(?:-{LOWER_CLASS}+)?"
_CLITIC_HEAD = rf"[{UPPER}]\w*(?:[-‐]\w+)*?"
_CLITIC_SUFFIX = rf"[-‐'’]{_CLITIC}(?![\w-])"
_QUOTE_SUFFIX = rf"(?<=\w[{_QUOTES_CLOSE}]){_CLITIC}(?![\w-])"
_WORD = r"[^\W\d_]\w*(?:[-‐'’]\w+)*"
_PUNCT = r"\.{2,}|_+|[^\w\s]"

# Leading whitespace is eaten inside the match (no alternative can start on a space), so the scanner
# does not try every alternative at every blank; a token's span is its group's span.
_TOKEN_RE = re.compile(
    rf"\s*+(?:(?P<url>{_URL})|(?P<plain>{_PLAIN})|(?P<email>{_EMAIL})|(?P<domain>{_DOMAIN})"
    rf"|(?P<number>{_NUMBER})|(?P<clitic>{_CLITIC_HEAD})(?P<clitic_sfx>{_CLITIC_SUFFIX})"
    rf"|(?P<quote_sfx>{_QUOTE_SUFFIX})|(?P<word>{_WORD})|(?P<punct>{_PUNCT}))"
)
# The same scan with two groups, for `findall`: a word of any kind, and the name a clitic ending is split
# off. The hyphenated `word` moves up beside the other words, so it cannot take what the clitic or quote
# suffix alternatives before it take (a number never starts with a letter, so need not be ruled out).
_WORD_RE = re.compile(
    rf"\s*+(?:({_URL}|{_PLAIN}|{_EMAIL}|{_DOMAIN}|(?!{_CLITIC_HEAD}{_CLITIC_SUFFIX}|{_QUOTE_SUFFIX}){_WORD})"
    rf"|{_NUMBER}|({_CLITIC_HEAD}){_CLITIC_SUFFIX}|{_QUOTE_SUFFIX}|{_PUNCT})"
)

_KIND = {"plain": "word", "url": "word", "email": "word", "domain": "word", "number": "number", "word": "word",
         "punct": "punct", "quote_sfx": "suffix"}
# the same by group number (a match's `lastindex`: cheaper to read than `lastgroup`, and to look up by)
_KIND_BY_GROUP = [None] * (_TOKEN_RE.groups + 1)
for _name, _index in _TOKEN_RE.groupindex.items():
    _KIND_BY_GROUP[_index] = _KIND.get(_name)
_CLITIC, _CLITIC_SFX = _TOKEN_RE.groupindex["clitic"], _TOKEN_RE.groupindex["clitic_sfx"]


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str = "az") -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`; one regex pass."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # Token(...) goes through a Python-level __new__; this is the same tuple, faster
    kinds = _KIND_BY_GROUP
    end = len(text) if end is None else end
    for m in _TOKEN_RE.finditer(text, start, end):
        group = m.lastindex
        if group == _CLITIC_SFX:
            s, split, e = m.start(_CLITIC), m.start(group), m.end()
            append(new(Token, (s, split, text[s:split], "word")))
            append(new(Token, (split, e, text[split:e], "suffix")))
        else:
            s, e = m.span(group)
            append(new(Token, (s, e, text[s:e], kinds[group])))
    return tokens


def word_texts(text: str) -> list[str]:
    """The texts of the "word" tokens of `text`, as `tokenize` finds them, without building the tokens
    (what a caller that only reads words, such as the search lemmas, needs)."""
    return list(chain.from_iterable(map(_CHUNK_WORDS.__getitem__, text.split())))


def _chunk_words(chunk: str) -> tuple[str, ...]:
    """The words of a whitespace-free chunk of text.

    No token holds whitespace (`\\s`, where `str.split` splits), so a chunk's tokens are the same alone as
    inside its text: only the lookarounds look past a chunk's edge, and none of them tells a blank from
    the text's start or end. Chunks repeat from page to page ("edib.", "Bakı,"), so most are looked up
    (in `_CHUNK_WORDS`) rather than scanned.
    """
    return (chunk,) if chunk.isalpha() else tuple([word or name for word, name in _WORD_RE.findall(chunk)
                                                   if word or name])


# ~20 MB at most; most words of running text are among the commonest
_CHUNK_WORDS = MemoTable(_chunk_words, 100_000)


# ---------------------------------------------------------------------------
# sentences

class _LangData(NamedTuple):
    titles: frozenset[str]
    units: frozenset[str]
    two_word: frozenset[str]
    two_word_ends: frozenset[str]  # the second words of `two_word`: only after one is the word before looked at
    plain_words: MemoTable  # word -> whether a period after it ends a sentence before a capital (see below)


def _second_words(two_word: frozenset[str]) -> frozenset[str]:
    return frozenset(entry.split(" ", 1)[1] for entry in two_word if " " in entry)


@lru_cache(maxsize=16)
def _lang_data(lang: str) -> _LangData:
    try:
        module = importlib.import_module(f"xronika.lang.{lang}.abbreviations")
    except ImportError:
        return _with_plain_words(frozenset(), frozenset(), frozenset())
    return _with_plain_words(getattr(module, "TITLE_ABBREVIATIONS", frozenset()),
                             getattr(module, "UNIT_ABBREVIATIONS", frozenset()),
                             getattr(module, "TWO_WORD_ABBREVIATIONS", frozenset()))


def _with_plain_words(titles: frozenset[str], units: frozenset[str], two_word: frozenset[str]) -> _LangData:
    two_word_ends = _second_words(two_word)

    def plain(word: str) -> bool:
        """Whether `word`, as the whole word before a period, lets the period end a sentence whatever comes
        next (given a blank, then a capital): what `_breaks_after_period` concludes for an ordinary word."""
        if not word:
            return True
        if "." in word or word.isdigit() or not _WORD_RUN.fullmatch(word):
            return False
        low = word.lower()
        if len(word) == 1 and word.isalpha() and word.isupper():
            return False
        return (low not in titles and low not in units
                and word.rsplit("-", 1)[-1].lower() not in two_word_ends)

    return _LangData(titles, units, two_word, two_word_ends, MemoTable(plain, 50_000))


_LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# Terminal punctuation, then closing quotes/brackets; followed by a space, the
# end, or (a missing space) an upper-case letter or opening quote.
_END_RE = re.compile(rf"(?:[.!?…]+)[{_QUOTES_CLOSE})\]]*(?=\s|$|[{UPPER}\"“«(])")
_BULLET_RE = re.compile(r"\s[•●▪■◦]\s")
# what may precede the word before a period (besides a space or the window's start); the words
# before a period are found by backward scans: a `...$` regex search retries from every position
_PREV_WORD_OPENERS = "(\"“«"
_NEXT_RE = re.compile(r"\s*(\S)(\S*)")
_WORD_RUN = re.compile(r"[\w.-]+")
_DASH = "-–—"
_ROMAN_RE = re.compile(r"^[IVXLC]+(?:-[a-zəıöüğçş]+)?$")
_OPENERS = "\"“«(['„‘"
_BULLETS = "•●▪■◦"


def _is_upper_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in _BULLETS


def _run_start(text: str, end: int, extra: str) -> int:
    """Start of the longest run of word characters (re's \\w: alphanumeric or '_') or `extra` ending at `end`."""
    i = end
    while i and ((ch := text[i - 1]).isalnum() or ch == "_" or ch in extra):
        i -= 1
    return i


def _prev_word_start(before: str) -> int | None:
    """Where the word before a period starts in `before` (as `(?:^|(?<=[\\s(\"“«]))([\\w.-]+)$`), or None."""
    if not before or before[-1].isspace():
        return None
    token = before.rsplit(None, 1)[-1]  # what follows the last whitespace: mostly the word itself
    if _WORD_RUN.fullmatch(token):
        return len(before) - len(token)
    start = _run_start(before, len(before), ".-")
    if start == len(before):
        return None
    if start and not (before[start - 1].isspace() or before[start - 1] in _PREV_WORD_OPENERS):
        return None
    return start


def _prev_two_words(before: str) -> str:
    """The two words before a period, lower-cased ("və s" for "... və s."), as `(\\w+)\\s+([\\w.]+)$` finds them."""
    last = _run_start(before, len(before), ".")
    if last == len(before):
        return ""
    gap = last
    while gap and before[gap - 1].isspace():
        gap -= 1
    if gap == last:
        return ""
    first = _run_start(before, gap, "")
    if first == gap:
        return ""
    return f"{before[first:gap]} {before[last:]}".lower()


def _breaks_after_period(text: str, line_start: int, dot: int, after: int, line_end: int,
                         data: _LangData) -> bool:
    """Decide whether the period at `dot` (punctuation run ends at `after`) ends a sentence."""
    # the common case first: "... word. Next", the word found without splitting the window before the dot
    if after + 1 < line_end and text[after] == " " and text[after + 1].isupper():
        space = text.rfind(" ", max(line_start, dot - 40), dot)
        if space >= 0 and data.plain_words[text[space + 1:dot]]:
            return True
    nxt = _NEXT_RE.match(text, after, line_end)
    if nxt is None:
        return True
    first, rest = nxt.group(1), nxt.group(2)
    glued = nxt.start(1) == after  # no space after the period
    before = text[max(line_start, dot - 40):dot]
    prev_start = _prev_word_start(before)
    prev = before[prev_start:] if prev_start is not None else ""
    last = prev.rsplit(".", 1)[-1]
    if glued:
        # "olunmuşdur.Qazaxıstan" breaks; "İ.Əliyev", "AZTV.AZ", "Metbuat.az" do not
        return (first.isupper() and len(last) >= 2 and any(c.islower() for c in last)
                and "." not in prev and not rest[:1].isupper())
    if first in _DASH:
        follow = _NEXT_RE.match(text, nxt.end(1), line_end)
        if follow is not None and follow.group(1).islower():
            return False
        return True
    if not _is_upper_start(first):
        return False
    low = prev.lower()
    if not prev:
        return True
    if len(last) == 1 and last.isalpha() and (last.isupper() or low in data.titles):
        return False  # an initial ("İ. Əliyev", "F.S.") or a one-letter abbreviation
    if low in data.titles:
        return False
    # the word before a two-word abbreviation's end is looked up only after such an end ("və s.");
    # that end is prev's part after its last hyphen (where the `[\w.]` run before the period starts)
    if low in data.units or (prev.rsplit("-", 1)[-1].lower() in data.two_word_ends
                             and _prev_two_words(before) in data.two_word):
        # "5 mln. ABŞ dolları", "e.ə. V əsr" go on; "... və s. Bakıda" is a new sentence
        word = (first + rest).rstrip(".,;:")
        return (first.isupper() and not (rest[:1].isupper() or rest[:1] == ".")
                and not _ROMAN_RE.match(word))
    if "." in prev and prev.replace(".", "").isalpha() and all(len(p) <= 3 for p in prev.split(".")):
        # an unknown dotted abbreviation such as "e.ə"
        return first.isupper() and not rest[:1].isupper() and not _ROMAN_RE.match((first + rest).rstrip(".,;:"))
    if prev.isdigit() and prev_start is not None and not text[line_start:line_start + prev_start].strip():
        return False  # "1. Maddə": a numbered list item at the start of a line
    return True


def split_sentences(text: str, lang: str = "az") -> list[tuple[int, int]]:
    """Sentence spans (start, end) into `text`, trimmed of surrounding whitespace.

    A newline always ends a sentence (headlines have no period); inside a
    line, terminal punctuation ends one unless it belongs to an abbreviation,
    an initial, a number, or a quotation that the sentence goes on after.
    """
    data = _lang_data(lang)
    spans: list[tuple[int, int]] = []
    # a line holds a bullet only if the text does, and most texts have no bullet character at all
    bulleted = any(bullet in text for bullet in _BULLETS) and _BULLET_RE.search(text) is not None
    # the text's sentence ends in one scan, handed to their lines: no end holds a line break, and at a
    # line's end the lookahead sees the break as a blank where the line alone would see its end
    ends = list(_END_RE.finditer(text))
    count, i = len(ends), 0
    for line_start, line_end in _lines(text):
        cuts: list[int] = []
        while i < count and (m := ends[i]).start() < line_end:
            i += 1
            if m.group() == ".":  # the common case: one period, nothing closing after it
                # (at the line's end it breaks: nothing follows it for `_breaks_after_period` to weigh)
                if m.end() == line_end or _breaks_after_period(text, line_start, m.start(), m.end(), line_end,
                                                                data):
                    cuts.append(m.end())
                continue
            punct_end = m.start() + len(m.group().rstrip(_QUOTES_CLOSE + ")]"))
            after = m.end()
            if "." in text[m.start():punct_end] and not any(c in "!?…" for c in text[m.start():punct_end]):
                if punct_end - m.start() == 1 and not _breaks_after_period(
                        text, line_start, m.start(), after, line_end, data):
                    continue
                if punct_end - m.start() > 1:  # "..." ends a sentence only before a capital
                    nxt = _NEXT_RE.match(text, after, line_end)
                    if nxt is not None and not _is_upper_start(nxt.group(1)):
                        continue
            else:
                nxt = _NEXT_RE.match(text, after, line_end)
                if nxt is not None:
                    first = nxt.group(1)
                    if first in _DASH:
                        follow = _NEXT_RE.match(text, nxt.end(1), line_end)
                        if follow is not None and follow.group(1).islower():
                            continue
                    elif not _is_upper_start(first):
                        continue
            cuts.append(after)
        if bulleted:
            for b in _BULLET_RE.finditer(text, line_start, line_end):
                cuts.append(b.start() + 1)
            cuts.sort()  # the punctuation cuts come in order
        begin = line_start
        for cut in [*cuts, line_end]:
            start, end = begin, cut  # trimmed of whitespace (inline: a call per sentence costs)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
            begin = cut
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of `_LINE_RE`'s lines; a text broken by newlines alone is split by `str.split`, faster."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [line.span() for line in _LINE_RE.finditer(text)]
    lines = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        if end > start:
            lines.append((start, end))
        start = end + 1
    return lines
