"""Bytes to text, with a clear reason when a file is not a readable page.

Legacy encodings are chosen by what the decoded text looks like: the share of
letters that belong to the alphabets this domain meets (Azerbaijani/Turkish
Latin, Russian/Azerbaijani Cyrillic), with words that mix scripts counting
against an encoding. That tells Windows-1254 from Windows-1252 (`ş` vs `þ`) and
Windows-1251 from KOI8-R, which a generic detector gets wrong on short pages.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

MAX_PAGE_BYTES = 20 * 1024 * 1024

# magic numbers of formats that are never pages
_BINARY_MAGIC = (
    (b"%PDF", "binary file (PDF)"),
    (b"\x89PNG", "binary file (PNG image)"),
    (b"GIF8", "binary file (GIF image)"),
    (b"\xff\xd8\xff", "binary file (JPEG image)"),
    (b"PK\x03\x04", "binary file (ZIP archive)"),
    (b"PK\x05\x06", "binary file (ZIP archive)"),
    (b"7z\xbc\xaf", "binary file (7z archive)"),
    (b"Rar!", "binary file (RAR archive)"),
    (b"\x7fELF", "binary file (executable)"),
    (b"MZ\x90\x00", "binary file (executable)"),
    (b"RIFF", "binary file (RIFF media)"),
    (b"\x00\x00\x01\x00", "binary file (icon)"),
    (b"BZh", "binary file (bzip2)"),
    (b"\xfd7zXZ", "binary file (xz)"),
    (b"\x1f\x8b", "binary file (gzip inside gzip)"),
    (b"\xd0\xcf\x11\xe0", "binary file (MS Office document)"),
    (b"SQLite format 3", "binary file (SQLite database)"),
    (b"OggS", "binary file (Ogg media)"),
    (b"ID3", "binary file (MP3 audio)"),
    (b"\x00\x00\x00\x18ftyp", "binary file (MP4 video)"),
    (b"\x00\x00\x00\x1cftyp", "binary file (MP4 video)"),
    (b"\x00\x00\x00 ftyp", "binary file (MP4 video)"),
    (b"wOFF", "binary file (web font)"),
    (b"wOF2", "binary file (web font)"),
)
# typical UTF-8-read-as-cp1252 debris of Azerbaijani letters (ə, ı, ş, ç, ğ, ö, ü, İ, Ç, Ş, Ə)
_MOJIBAKE = re.compile("É™|Ä±|ÅŸ|Ã§|ÄŸ|Ã¶|Ã¼|Ä°|Ã‡|Åž|Æ\u008f|Æ\ufffd")
# Ə is C6 8F in UTF-8; 0x8F has no cp1252 character, so mis-decoding sites leave `Æ` + U+FFFD
_LOST_SCHWA = re.compile("Æ\ufffd(?=[a-zəıöüçşğ])")

# Candidate legacy encodings, most likely first (ties keep this order)
LEGACY_ENCODINGS = ("cp1254", "cp1251", "cp1252", "iso8859_9", "koi8_r")
_LATIN_ALPHABET = set("abcdefghijklmnopqrstuvwxyzəığşçöüâîû" + "abcdefghijklmnopqrstuvwxyzəığşçöüâîû".upper() + "İ")
_CYRILLIC_ALPHABET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғҝҹјөүһ")
_CYRILLIC_ALPHABET |= {ch.upper() for ch in _CYRILLIC_ALPHABET} | {"Ј"}
_WORD = re.compile(r"[^\W\d_]+")
_SCORE_SAMPLE = 60_000  # bytes of a legacy page examined to pick its encoding
_BROKEN_RUN = re.compile("[\udc80-\udcff]+")  # bytes that were not UTF-8, after surrogateescape


def decode_bytes(data: bytes, source: str, max_bytes: int = MAX_PAGE_BYTES) -> tuple[str, dict]:
    """Decode a page; raise InputError with the reason when it is not a readable text page.

    `meta` notes the encoding, and `mojibake_repaired: True` when UTF-8 that had been read
    as Windows-1252 (`AzÉ™rbaycan`) was repaired.
    """
    meta: dict = {}
    if len(data) > max_bytes:
        raise InputError(source, f"too large ({len(data)} bytes > {max_bytes})")
    if not data.strip():
        raise InputError(source, "empty file")
    for magic, reason in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(source, reason)
    if data.startswith(codecs.BOM_UTF8):
        text, meta["encoding"] = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if data.startswith(codecs.BOM_UTF32_LE):
            text, meta["encoding"] = data.decode("utf-32", errors="replace"), "utf-32"
        else:
            text, meta["encoding"] = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        head = data[:8192]
        if head.count(b"\x00") > len(head) // 100:
            raise InputError(source, "binary file (NUL bytes)")
        try:
            text, meta["encoding"] = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, meta["encoding"] = decode_legacy(data, source)
    text = text.replace("\x00", "")
    if _MOJIBAKE.search(text, 0, 200_000):
        text, repaired = _repair_mojibake(text)
        if repaired:
            meta["mojibake_repaired"] = True
    if not text.strip():
        raise InputError(source, "empty file")
    if _control_ratio(text) > 0.05:
        raise InputError(source, "binary file (control characters)")
    return text, meta


def _repair_mojibake(text: str) -> tuple[str, bool]:
    from ..clean.normalize import repair_mojibake

    fixed = repair_mojibake(_LOST_SCHWA.sub("Ə", text))
    return fixed, fixed != text


def decode_legacy(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding) of a page that is not valid UTF-8.

    A page that is mostly UTF-8 with some words in another encoding (pasted text) keeps
    its UTF-8 and has only the broken runs decoded, reported as `mixed:utf-8+<enc>`.
    """
    escaped = data.decode("utf-8", errors="surrogateescape")
    broken = _BROKEN_RUN.findall(escaped)
    valid_multibyte = sum(1 for ch in escaped if ch > "\x7f") - sum(map(len, broken))
    if valid_multibyte >= 2 and valid_multibyte * 10 >= valid_multibyte + sum(map(len, broken)):
        runs = [run.encode("utf-8", "surrogateescape") for run in broken]
        encoding = best_legacy_encoding(b" ".join(runs)[:_SCORE_SAMPLE]) or "cp1252"
        text = _BROKEN_RUN.sub(
            lambda m: m.group().encode("utf-8", "surrogateescape").decode(encoding, errors="replace"), escaped)
        return text, f"mixed:utf-8+{encoding}"
    encoding = best_legacy_encoding(data[:_SCORE_SAMPLE])
    if encoding is None:
        raise InputError(source, "undecodable text (no encoding fits)")
    return data.decode(encoding, errors="replace"), encoding


def best_legacy_encoding(sample: bytes) -> str | None:
    """The legacy encoding whose decoding of `sample` reads most like text of this domain."""
    best, best_score = None, 0.0
    for encoding in LEGACY_ENCODINGS:
        score = _plausibility(sample.decode(encoding, errors="replace"))
        if score > best_score:
            best, best_score = encoding, score
    return best if best_score > 0.5 else None


def _plausibility(text: str) -> float:
    """Share of letters that sit in single-script words of the alphabets we expect."""
    good = total = 0
    for word in _WORD.findall(text):
        total += len(word)
        latin = sum(ch in _LATIN_ALPHABET for ch in word)
        cyrillic = sum(ch in _CYRILLIC_ALPHABET for ch in word)
        if latin == len(word) or cyrillic == len(word):
            good += len(word)
            # a capital letter after a small one inside a word is how a wrong Cyrillic table reads
            good -= sum(1 for a, b in zip(word, word[1:], strict=False) if a.islower() and b.isupper())
    replaced = text.count("\ufffd")
    return (good - 3 * replaced) / max(1, total)


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_nul(text: str) -> str:
    """`text` without NULs: SQLite cuts a string at one. `safe_text` for text that cannot hold a lone surrogate."""
    return text.replace("\x00", "")


def safe_text(text: str) -> str:
    """`text` without NULs and lone surrogates (from JSON `\\ud800` escapes): SQLite and UTF-8 refuse them."""
    text = without_nul(text)
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
