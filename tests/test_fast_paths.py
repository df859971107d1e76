"""The hand-made fast paths (issue 8) agree with the plain definitions they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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

