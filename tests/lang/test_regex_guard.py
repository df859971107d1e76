"""The lookahead guard: it must never change what a pattern matches, only how fast it fails.

Small patterns with the features the derivation reads (case, inline flags, lookarounds, repeats,
back-references), then the real date and number regexes of every language, each compared with
and without its guard on generated text full of the words their rules start with.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.lang import numbers
from xronika.lang.az import dates as az_dates
from xronika.lang.az import numbers as az_numbers
from xronika.lang.az.months import MONTH_VARIANTS
from xronika.lang.dates import SUPPORTED_LANGS as DATE_LANGS
from xronika.lang.dates.find import _combined, _compiled
from xronika.lang.en import months as en_months
from xronika.lang.kk import months as kk_months
from xronika.lang.regex_guard import lookahead_guard
from xronika.lang.ru import months as ru_months
from xronika.lang.tr import months as tr_months


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[str | None, tuple[int, int]]]:
    return [(m.lastgroup, m.span()) for m in regex.finditer(text)]


def _same_with_guard(pattern: str, flags: int, text: str) -> bool:
    guarded = re.compile(lookahead_guard(pattern, flags) + pattern, flags)
    return _spans(guarded, text) == _spans(re.compile(pattern, flags), text)


@pytest.mark.parametrize(("pattern", "flags", "passes", "fails"), [
    (r"mart|may", re.I, ["Mart", "MAY", "may"], ["mama", "xmart"]),
    (r"(?-i:May)|june", re.I, ["May", "JUNE"], ["may", "MAY"]),
    (r"(?i:iyun)", 0, ["İYUN", "IYUN", "ıyun"], ["yun"]),
    (r"(?:the\s+)?\d{4}", re.I, ["2024", "The 2024"], ["then", "24"]),
    (r"bir(?![^\W_])", re.I, ["bir", "bir ölkə"], ["birgə"]),
    (r"(?<!\w)ab", 0, ["ab", "abc"], ["b", "Ab"]),
])
def test_guard_lets_through_exactly_the_starts(pattern, flags, passes, fails):
    guard = re.compile(lookahead_guard(pattern, flags))
    assert all(guard.match(text) for text in passes)
    assert not any(guard.match(text) for text in fails)


@pytest.mark.parametrize("pattern", [r".+", r"x*", r"(a)\1|.b", r"(?:ab)?"])
def test_no_guard_when_any_start_is_possible(pattern):
    assert lookahead_guard(pattern, re.I) == ""


def test_every_character_with_a_case_is_below_u20000():
    # the guard spells out a first letter's case variants by searching the characters below U+20000
    assert all(c == c.lower() == c.upper() for c in map(chr, range(0x20000, 0x110000)))


_SMALL_PATTERNS = [
    (r"(?<![\w.])(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[./-])(?P<m>\d\d)(?P=s)(?P<y>\d{4})", re.I),
    (r"(?:in|since)\s+(?-i:May)|(?i:İyun)\w*|\bkeç(?:ən|mi)\b", 0),
    (r"(?=[IVX])(?:X{0,3})(?:I[XV]|V?I{0,3})(?![^\W_])", 0),
    (r"(?:(?:bir|iki)\s+)*(?:üç|on)(?:un|da)?(?!\w)|\$\s?\d+", re.I),
    (r"(?<=\s)ab+c{2,}|(?>a|ab)c|(?:x|y)?z", re.I),
]
_CHARS = st.sampled_from(list("abcxyzIVXMmayİıiIKKſs $0123456789./- ") + ["Mart", "keçən", "bir ", "iki ", "üç"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SMALL_PATTERNS), st.lists(_CHARS, max_size=30).map("".join))
def test_guard_never_changes_small_patterns(pattern_flags, text):
    pattern, flags = pattern_flags
    assert _same_with_guard(pattern, flags, text)


def _case_forms(words) -> list[str]:
    return sorted({form for w in words for form in (w, w.upper(), w.title(), w.replace("i", "İ"))})


_TRIGGERS = _case_forms(
    list(MONTH_VARIANTS) + list(az_dates.RELATIVE_DETERMINERS) + list(az_dates.RELATIVE_DAYS)
    + list(az_dates.ORDINALS) + list(ru_months.MONTH_FORMS) + list(ru_months.RELATIVE_PHRASES)
    + list(en_months.MONTH_FORMS) + list(en_months.RELATIVE_PHRASES) + list(tr_months.MONTHS)
    + list(tr_months.RELATIVE_PHRASES) + list(kk_months.MONTHS) + list(kk_months.RELATIVE_PHRASES)
    + list(az_numbers.NUMBER_WORDS) + ["ilin", "il", "ildə", "ayında", "rübündə", "yarısında", "the", "in",
                                       "в", "году", "yılı", "жылы", "milyon", "dollar", "manat", "faiz",
                                       "təxminən", "saat", "www.x.az", "http://x", "XX", "IV", "sammit"]
)
_TOKENS = st.one_of(
    st.sampled_from(_TRIGGERS),
    st.sampled_from(["11", "2024", "2024-cü", "1990-cı", "9-10-da", "2,5", "12:30", "11.03.2024", "+994",
                     "(12)", "$", "€", "%", "Q1", "H2", "-", "–", "'", "’"]),
    st.text(alphabet="abcçdeəfgğhxıijkqlmnoöprsştuüvyzİ0123456789", min_size=1, max_size=6),
)
_TEXTS = st.lists(st.tuples(_TOKENS, st.sampled_from([" ", "", ", ", "-", "\n", ". "])), max_size=25).map(
    lambda pairs: "".join(token + sep for token, sep in pairs))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(DATE_LANGS))
def test_date_regex_unchanged_by_its_guard(text, lang):
    rules_regex, _ = _combined(lang)
    unguarded = re.compile(r"(?<!\w)" + rules_regex, re.IGNORECASE)
    assert _spans(_compiled(lang)[0], text) == _spans(unguarded, text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(numbers.SUPPORTED_LANGS))
def test_number_regex_unchanged_by_its_guard(text, lang):
    grammar = numbers._grammar(lang)
    unguarded = re.compile(r"(?<![^\W_])" + grammar.branches, re.I)
    assert _spans(grammar.regex, text) == _spans(unguarded, text)
