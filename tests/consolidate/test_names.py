"""Proper names of a stretch of a page, read from the page's words found once, equal what the stretch
alone gives, wherever the stretch is cut."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.consolidate.names import _CAPITALISED, PageNames, SpanSet, proper_names
from xronika.lang.segment import UPPER

# word pieces that make the edges hard: apostrophes and hyphens inside names, capitals after them,
# digits, generic titles, short words
PIECES = ["O'Neil", "Bakı", "bakı", "Qazaxıstan-Azərbaycan", "QAİ-nin", "Prezident", " ", " ", ". ", ", ", "-",
          "’", "x", "Ab", "Mərkəzi", "2024", "Nazirliyi", "d'Artan", "İlham", "ölkə", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.data())
def test_a_stretch_has_the_names_it_has_alone(pieces, data):
    body = "".join(pieces)
    masked_spans = data.draw(st.lists(st.tuples(st.integers(0, len(body)), st.integers(0, 6)), max_size=3))
    masked = SpanSet([(s, s + n) for s, n in masked_spans])
    a = data.draw(st.integers(0, len(body)))
    b = data.draw(st.integers(a, len(body) + 5))
    assert PageNames(body, masked).within(a, b) == proper_names(body[a:b], a, masked)


def test_a_name_cut_by_the_stretch_start_is_read_as_the_stretch_reads_it():
    body = "Görüşdə O'Neil və Bakı Limanı"
    masked = SpanSet()
    a = body.index("'")  # the stretch opens with "'Neil": a name of its own there
    assert PageNames(body, masked).within(a, len(body)) == proper_names(body[a:], a, masked)


@pytest.mark.parametrize("text", ["Bakı və Qazaxıstan", "-Bakı x-Bakı _Bakı 1Bakı ’Bakı", "aBakı\nBakı", "Ə", "(İran)"])
def test_capitalised_words_are_those_no_word_character_or_hyphen_precedes(text):
    # the pattern tests the capital before the lookbehind, for speed; it finds what the lookbehind-first one does
    lookbehind_first = re.compile(rf"(?<![\w-])[{UPPER}][\w'’-]*")
    assert [m.span() for m in _CAPITALISED.finditer(text)] == [m.span() for m in lookbehind_first.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=8),
       st.lists(st.tuples(st.integers(0, 70), st.integers(1, 8)), max_size=12))
def test_overlapping_is_overlaps_of_each_pair(spans, words):
    masked = SpanSet([(s, s + n) for s, n in spans])
    los, his = [s for s, _ in words], [s + n for s, n in words]
    assert list(masked.overlapping(los, his)) == [masked.overlaps(lo, hi) for lo, hi in zip(los, his, strict=True)]
