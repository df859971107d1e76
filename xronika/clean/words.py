"""The words of a page, casefolded the Azerbaijani way: one regex pass shared by the quality filter
(stop words, n-gram repetition) and the dedup keys (exact hash, shingles).

The pipeline hands one document at a time through every stage, so the quality stage and the
index stage ask for the same body in turn; a small cache makes the second ask free.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

WORD = re.compile(r"[^\W_]+")
_WORD_OR_UNDERSCORE = re.compile(r"\w+")  # the same words in a text without "_", and a faster scan

# The only character that casefolds to one character of another kind: U+0345 (a combining mark)
# folds to a Greek iota, a letter. Checked over every code point; see `FoldedWords.same_shape`.
_FOLD_CHANGES_KIND = "\u0345"
# punctuation that separates words in news text; none of it is a letter or digit, and "_" is not part
# of a `[^\W_]+` word either
_SEPARATORS = ".,-:;()\"'!?«»“”„‘’–—/|•·…%_"


class FoldedWords(NamedTuple):
    words: tuple[str, ...]
    # folding kept every character one character of the same kind (word or not, decimal or not), so
    # the unfolded text has words at the same places: as many, as long, the same ones all digits
    same_shape: bool
    chars: int  # the words' characters, all told


def az_casefold(text: str) -> str:
    """Casefold with the Azerbaijani dotted/dotless i (İ -> i, I -> ı)."""
    # str.replace is C-speed; a translate table would go through a dict per character
    return text.replace("İ", "i").replace("I", "ı").casefold()


@lru_cache(maxsize=64)
def folded_words(text: str) -> FoldedWords:
    """The `[^\\W_]+` words of `az_casefold(text)`, in order."""
    folded = az_casefold(text)
    # casefolding never maps a character to nothing, so equal lengths mean one character each
    same = len(folded) == len(text) and _FOLD_CHANGES_KIND not in text
    words, chars = _words_and_chars(folded)
    return FoldedWords(tuple(words), same, chars)


def split_at(text: str, separators: str) -> list[str]:
    """The parts of `text` between whitespace and any of `separators`: C-speed replace and split, faster
    than a regex split."""
    for mark in separators:
        if mark in text:
            text = text.replace(mark, " ")
    return text.split()


def split_words(folded: str) -> list[str]:
    """`WORD.findall(folded)`, by C-speed replace and split when every non-space character left is a letter
    or digit: a `[^\\W_]+` word is a run of `str.isalnum` characters (re's \\w is isalnum or "_")."""
    return _words_and_chars(folded)[0]


def _words_and_chars(folded: str) -> tuple[list[str], int]:
    """`split_words(folded)` and their characters, all told (the join that checks the words counts them)."""
    words = split_at(folded, _SEPARATORS)
    joined = "".join(words)
    if joined.isalnum():
        return words, len(joined)
    # other punctuation or symbols (rare in news prose), or no word at all
    words = (WORD if "_" in folded else _WORD_OR_UNDERSCORE).findall(folded)
    return words, sum(map(len, words))
