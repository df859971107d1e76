"""The hand-made fast paths (issue 8) agree with the plain definitions they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.clean.quality import _DUP_SIZES, _repeated_ngram_chars
from xronika.lang.segment import _prev_two_words, _prev_word_start

PREV_WORD = re.compile(r"(?:^|(?<=[\s(\"“«]))([\w.-]+)$")
PREV_TWO = re.compile(r"(\w+)\s+([\w.]+)$")
WINDOW = st.text(alphabet=st.sampled_from(list("aəİıx1_².-( \t\"“«»,;\u00a0")), max_size=16)


@settings(max_examples=500)
@given(WINDOW)
def test_words_before_a_period_match_the_regexes(before):
    m = PREV_WORD.search(before)
    assert _prev_word_start(before) == (m.start(1) if m else None)
    t = PREV_TWO.search(before)
    assert _prev_two_words(before) == (f"{t.group(1)} {t.group(2)}".lower() if t else "")


def _naive_repeated(words, n):
    seen, covered = set(), [False] * len(words)
    for i in range(len(words) - n + 1):
        gram = tuple(words[i:i + n])
        if gram in seen:
            covered[i:i + n] = [True] * n
        seen.add(gram)
    return sum(len(w) for w, hit in zip(words, covered, strict=True) if hit)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["bu", "və", "saziş", "imzalanıb", "a"]), max_size=60))
def test_repeated_ngram_chars_match_the_naive_count(words):
    assert _repeated_ngram_chars(words, _DUP_SIZES) == {n: _naive_repeated(words, n) for n in _DUP_SIZES}
