import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.clean import words
from xronika.clean.words import WORD, az_casefold, folded_words


def test_only_one_character_changes_kind_when_folded():
    # folded_words trusts this to read the page's word counts, lengths and digits off the folded words
    changed = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        folded = az_casefold(ch)
        if len(folded) == 1 and (ch.isalnum(), ch.isdecimal(), ch == "_") != (
                folded.isalnum(), folded.isdecimal(), folded == "_"):
            changed.append(ch)
    assert changed == [words._FOLD_CHANGES_KIND]


@pytest.mark.parametrize("text", ["İSTANBUL ŞƏHƏRİ, 2024-cü il", "snake_case __x__ 3_4", "Straße", "", "...",
                                  "Bakı\u00a0və\tAstana"])
def test_folded_words_are_the_words_of_the_folded_text(text):
    assert folded_words(text).words == tuple(WORD.findall(az_casefold(text)))


_PUNCTUATED = st.text(alphabet=st.sampled_from(list("aəıİI_ .,-:;()\"'!?«»“”„‘’–—/|•·…%\n\t\u00a0#@$€²½٣ß\u0345x9")),
                      max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_PUNCTUATED, st.text(max_size=40)))
def test_split_words_are_the_word_pattern_s_words(text):
    # replace-and-split stands for the regex only when what is left is letters and digits
    assert words.split_words(text) == WORD.findall(text)
