"""Unicode repair of a page: mojibake (via ftfy), NFC, Cyrillic look-alikes
inside Latin words, zero-width characters and soft hyphens.

Edits are expressed so that `xronika.document.TextBuilder` keeps the offset
map exact: a replacement never changes the length of the raw slice it stands
for, and a dropped character is simply not copied.
"""

from __future__ import annotations

import re
import unicodedata

# UTF-8 read as cp1252/latin-1: 'É™' (ə), 'Ä±' (ı), 'Ã¶' (ö), 'ÅŸ' (ş), 'Ã§' (ç), 'Ã¼' (ü), 'ÄŸ' (ğ).
_MOJIBAKE = re.compile(r"É™|Ä±|Ä°|Ã[¶¼§‡–œ]|Å[Ÿž]|Ä[Ÿž]|Ð[°-¿]|Ñ[\x80-\x8f€‚ƒ„…†‡ˆ‰Š‹ŒŽ]|â€[™œ\x9dˆ“”]")

# Cyrillic letters that look like Latin ones; replaced only inside a word that
# also holds Latin letters (a keyboard-layout slip such as 'Azәrbaycan').
CYRILLIC_LOOKALIKES: dict[str, str] = {
    "ә": "ə", "Ә": "Ə", "а": "a", "А": "A", "е": "e", "Е": "E", "о": "o", "О": "O", "р": "p", "Р": "P",
    "с": "c", "С": "C", "х": "x", "Х": "X", "у": "y", "і": "i", "І": "I", "ј": "j", "Ј": "J", "һ": "h",
    "Һ": "H", "ө": "ö", "Ө": "Ö", "ү": "ü", "Ү": "Ü", "В": "B", "К": "K", "М": "M", "Н": "H", "Т": "T",
}
LATIN_LETTER = "A-Za-zÇçĞğİıÖöŞşÜüƏəÂâÎîÛû"
_LOOKALIKE_CLASS = "".join(CYRILLIC_LOOKALIKES)
WORD_SPACE = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"

# sentence punctuation before a capitalised word, where a space is missing (`olunmuşdur.Qazaxıstanın`)
GAP_MARKS = ".!?;:,"
GAP_FOLLOWS = r"(?=[A-ZƏİÖÜĞŞÇ][a-zəıöüğşç])"

# One pass finds everything a line may need repaired; the cleaner walks the matches.
# Every branch starts with a character class so that the scan stays fast; the
# context checks (a look-alike inside a Latin word, the letter a combining mark
# belongs to) are done on the rare hits.
LINE_FIXES = re.compile(
    rf"(?P<space>[{WORD_SPACE}]{{2,}}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<drop>[\u200b\u2060\ufeff\u00ad])"
    rf"|(?P<lookalike>[{_LOOKALIKE_CLASS}]+)"
    r"|(?P<combining>[\u0300-\u036f]+)"
    rf"|(?P<gap>[{GAP_MARKS}]{GAP_FOLLOWS})"
)
_LATIN_LETTER = re.compile(f"[{LATIN_LETTER}]")

# Most lines need no repair but a missing space; they are scanned with GAPS
# alone (a pattern that starts with a character class, which the regex engine
# scans for quickly). SPECIAL_CHARS tells the lines that need LINE_FIXES;
# SPECIAL finds one in a span of the page without slicing it out.
GAPS = re.compile(f"(?P<gap>[{GAP_MARKS}]){GAP_FOLLOWS}")
SPECIAL_CHARS = frozenset(
    "\t\u00a0\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad"
    + "".join(map(chr, range(0x2000, 0x200B))) + "".join(map(chr, range(0x300, 0x370))) + _LOOKALIKE_CLASS
)
SPECIAL = re.compile("[" + "".join(map(re.escape, sorted(SPECIAL_CHARS))) + "]")
_GAP_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzəıöüğşç")
_GAP_CLOSERS = frozenset("”\"»)")


def gap_context_ok(text: str, at: int) -> bool:
    """The two characters before punctuation at `at` are lower-case letters (or a letter and a closing quote)."""
    if at < 2:
        return False
    return text[at - 2] in _GAP_BEFORE and (text[at - 1] in _GAP_BEFORE or text[at - 1] in _GAP_CLOSERS)


def lookalike_in_latin_word(text: str, start: int, end: int) -> bool:
    """True when the Cyrillic run text[start:end] touches a Latin letter (a mixed-script word)."""
    return bool((start > 0 and _LATIN_LETTER.match(text, start - 1))
                or (end < len(text) and _LATIN_LETTER.match(text, end)))


# the first characters of those sequences: a page without any (nearly every page) needs no search
_MOJIBAKE_LEADS = "ÉÄÃÅÐÑâ"


def looks_mojibaked(text: str) -> bool:
    """True when the text carries UTF-8 that was decoded as cp1252/latin-1 (`AzÉ™rbaycan`)."""
    if not any(map(text.__contains__, _MOJIBAKE_LEADS)):
        return False
    return len(_MOJIBAKE.findall(text, 0, 20000)) >= 2


# Azerbaijani letters as UTF-8 read in cp1252, for pages where good and broken
# text are mixed (ftfy then leaves the page alone).
_LETTER_MOJIBAKE = {
    "É™": "ə", "Æ\x8f": "Ə", "Ä±": "ı", "Ä°": "İ", "Ã¶": "ö", "Ã–": "Ö", "Ã¼": "ü", "Ãœ": "Ü", "Ã§": "ç",
    "Ã‡": "Ç", "ÅŸ": "ş", "Åž": "Ş", "ÄŸ": "ğ", "Äž": "Ğ",
}
_LETTER_MOJIBAKE_RX = re.compile("|".join(map(re.escape, _LETTER_MOJIBAKE)))


def repair_mojibake(text: str) -> str:
    """The text with encoding mix-ups undone (ftfy); unchanged when nothing is wrong."""
    import ftfy  # imported lazily: only a few pages need it

    fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=False,
                          fix_latin_ligatures=False, fix_character_width=False)
    if looks_mojibaked(fixed):
        fixed = _LETTER_MOJIBAKE_RX.sub(lambda m: _LETTER_MOJIBAKE[m.group()], fixed)
    return fixed


def replace_lookalikes(chunk: str) -> str:
    return "".join(CYRILLIC_LOOKALIKES.get(ch, ch) for ch in chunk)


def compose(chunk: str) -> str:
    """NFC of a letter and its combining marks (never longer than the input)."""
    return unicodedata.normalize("NFC", chunk)
