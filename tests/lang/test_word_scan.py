"""WordStartScanner must give exactly the matches `finditer` gives for the lookbehind form of its pattern:
on small patterns, and on the real number and date regexes of every language over generated text full of
the words their rules start with."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.lang import numbers
from xronika.lang.az import numbers as az_numbers
from xronika.lang.az.months import MONTH_VARIANTS
from xronika.lang.dates import SUPPORTED_LANGS as DATE_LANGS
from xronika.lang.dates.find import _compiled
from xronika.lang.word_scan import WordStartScanner

_WORDS = sorted({form for w in [*MONTH_VARIANTS, *az_numbers.NUMBER_WORDS, "ilin", "gələn", "il", "ildə", "the",
                                "in", "в", "году", "milyon", "dollar", "manat", "faiz", "təxminən", "saat",
                                "www.x.az", "XX", "IV", "sammit", "May", "June"]
                 for form in (w, w.upper(), w.title())})
_TOKENS = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(["11", "2024", "2024-cü", "9-10-da", "2,5", "12:30", "11.03.2024", "+994", "$", "€", "%",
                     "-", "–", "_", "'"]),
    st.text(alphabet="abcçdeəfgğhxıijkqlmnoöprsştuüvyzİ0123456789_", min_size=1, max_size=6),
)
_TEXTS = st.lists(st.tuples(_TOKENS, st.sampled_from([" ", "", ", ", "-", "\n", ". ", "_"])), max_size=25).map(
    lambda pairs: "".join(token + sep for token, sep in pairs))


def _found(matches, group=None) -> list[tuple[str | None, tuple[int, int]]]:
    return [(m.lastgroup, m.span(group or m.lastgroup)) for m in matches]


def test_matches_at_start_after_separators_and_back_to_back():
    # "ab-" ends on the separator of the next match: it is found although its blank is already read
    pattern = r"(?P<w>ab+-?|\.b)"
    text = "ab-ab abb,ab.b xab .b"
    expected = _found(re.compile(r"(?<!\w)" + pattern).finditer(text))
    assert _found(WordStartScanner(r"\W", pattern).finditer(text)) == expected == [
        ("w", (0, 3)), ("w", (3, 5)), ("w", (6, 9)), ("w", (10, 12)), ("w", (19, 21))]


def test_no_match_and_empty_text():
    scanner = WordStartScanner(r"\W", r"(?P<w>z)")
    assert list(scanner.finditer("")) == []
    assert list(scanner.finditer("xz az")) == []


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(numbers.SUPPORTED_LANGS))
def test_number_scanner_finds_what_the_regex_finds(text, lang):
    grammar = numbers._grammar(lang)
    found = [(m.lastgroup, m.span(m.lastgroup), m.groupdict()) for m in grammar.scanner.finditer(text)]
    expected = [(m.lastgroup, m.span(), m.groupdict()) for m in grammar.regex.finditer(text)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(DATE_LANGS))
def test_date_scanner_finds_what_the_regex_finds(text, lang):
    regex, _, scanner = _compiled(lang)
    found = [(m.lastgroup, m.span(m.lastgroup), m.groupdict()) for m in scanner.finditer(text)]
    expected = [(m.lastgroup, m.span(), m.groupdict()) for m in regex.finditer(text)]
    assert found == expected
