import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.extract.context_literals import LiteralStarts, Prechecked, leading_literals, top_level_split


@pytest.mark.parametrize("pattern, literals", [
    (r"səfər(?!bər)\w*", ["səfər"]),
    (r"\bimzala\w*|\bimza at\w*|\bsign(?:ed|s)?\b", ["imza at", "imzala", "sign"]),
    (r"(?:gəlib|gələcək|səfərə gəl\w*)\b", ["gəlib", "gələcək", "səfərə gəl"]),
    (r"^(?:səfər|görüş|bu səfər)|səfər zamanı", ["bu səfər", "görüş", "səfər"]),
    (r"dəstə[kyğ]\w*", ["dəstə"]),
    (r"visits?", ["visit"]),  # an optional last char is not required
    (r"ab{2}c", ["a"]),
    (r"[ab]c|d", None),  # a class in front: no literal to tell
    (r"(?:ab|cd)?e", None),  # an optional group in front
    (r"\w+ of", None),
    (r"x|", None),  # an empty alternative matches anywhere
])
def test_leading_literals(pattern, literals):
    assert leading_literals(pattern) == literals


def test_top_level_split_keeps_classes_and_groups_whole():
    assert top_level_split(r"a[|(]b|(?:c|d)e|\|f") == ["a[|(]b", "(?:c|d)e", r"\|f"]


def test_literal_starts_finds_a_literal_starting_inside_another():
    starts = LiteralStarts([["met"], ["talks"], None])
    assert starts.present("xtalks") == {1, 2}  # the pattern with no literal told may match anywhere
    # word starts only: 'talks' inside 'metalks' starts none; after ', ' it does, after a rare letter (ñ) not
    assert starts.word_positions("metalks") == [(0, [0])]
    assert starts.word_positions("metalks, talks") == [(0, [0]), (9, [1])]
    assert starts.word_positions("ñtalks") == []


_PATTERNS = [r"\baid\b|yardım\w*", r"^(?:səfər|görüş)|səfər zamanı|\bbu səfər", r"(?:acaq|əcək)|may ",
             r"\b(?:deyil|yoxdur|not)\b", r"ixrac\w*|export\w*"]
_WORDS = ["aid", "yardım", "səfər", "görüş", "zamanı", "bu", "acaq", "may", "deyil", "yoxdur", "not", "ixrac",
          "export", "said", "naid", "x"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "", "_", ", ", "\n"])),
                  max_size=12).map(lambda pairs: "".join(w + sep for w, sep in pairs))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_prechecked_search_finds_what_the_regex_finds(text):
    for pattern in _PATTERNS:
        plain = re.compile(pattern).search(text)
        checked = Prechecked(pattern).search(text)
        assert (plain and plain.span()) == (checked and checked.span())


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_literal_starts_cover_every_match(text):
    starts = LiteralStarts([leading_literals(p) for p in _PATTERNS])
    present = starts.present(text)
    for i, pattern in enumerate(_PATTERNS):
        if re.search(pattern, text):
            assert i in present
