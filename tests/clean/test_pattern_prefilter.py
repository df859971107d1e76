import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.clean import line_classifier
from xronika.clean.pattern_prefilter import guarded, may_end_with, needs_mark
from xronika.lang.az.debris import LINE_PATTERNS

BREADCRUMB = r"[\w .\-]{2,40}(?:\s*[»›>]\s*[\w .\-]{2,60}){1,4}"


def test_a_pattern_that_runs_over_words_is_guarded_by_a_character_it_needs():
    assert guarded(BREADCRUMB, re.IGNORECASE) == f"(?=[^>»›]*+[>»›])(?:{BREADCRUMB})"
    assert guarded(r"[\w ]{2,30}(?:\s/\s[\w ]{2,30})+") == r"(?=[^/]*+[/])(?:[\w ]{2,30}(?:\s/\s[\w ]{2,30})+)"


@pytest.mark.parametrize("pattern", [
    r"paylaş\s*:?",  # opens with a literal: fails at once, a guard would only scan
    r"[-–—_=*•·|~.#]{1,}",  # opens with a repeat, but not over letters
    r".{0,60}javascript",  # needs only letters, which have a case
    r"(?:.{0,30} )?son xəbərlər",  # needs a space: every line has one
])
def test_other_patterns_are_left_alone(pattern):
    assert guarded(pattern, re.IGNORECASE) == pattern


@pytest.mark.parametrize(("pattern", "can"), [
    ("reklam", False),
    (r"müzakirə qapadılmışdır\.?", True),
    (r"\d{1,7}", False),
    (r"\d[\d\s.,]*", True),
    (r"©.{0,120}", True),
    (r"[^.]+", False),
    (r"\S+", True),
    (r"[\w ]+", False),
    (r"a(?=.*\.)", False),
    (r"(?:a|b\.)", True),
    (r"x(?:\.)?\s*:?", True),
    (r"x(?:\.){0}", False),
    (r"(?>a\.)", True),
])
def test_may_end_with(pattern, can):
    assert may_end_with(pattern, ".", re.IGNORECASE) is can


def test_may_end_with_refuses_a_cased_character():
    with pytest.raises(ValueError):
        may_end_with("abc", "c")


@pytest.mark.parametrize(("pattern", "needs"), [
    (r".{0,60}javascript.{0,20}(?:aktiv|işə sal).{0,120}", True),
    (r"(?:please )?enable javascript.{0,200}", True),
    (BREADCRUMB, True),
    (r"(?:javascript|js) off", False),  # one way round the mark
    (r"[\w ]{2,30}(?:\s/\s[\w ]{2,30})+", False),
    (r"(?:java)?script", False),
    ("reklam", False),
])
def test_needs_mark(pattern, needs):
    assert needs_mark(pattern, ("java", "»", "›", ">"), re.IGNORECASE) is needs


@pytest.mark.parametrize("mark", ["script", "ı", "K"])  # `ſ` matches s, `i` matches ı, `K` is upper-case
def test_needs_mark_refuses_a_mark_that_matches_other_characters(mark):
    with pytest.raises(ValueError):
        needs_mark("x", (mark,), re.IGNORECASE)


_PLAIN = re.compile("|".join(f"(?P<{reason}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
                             for reason, patterns in LINE_PATTERNS.items()), re.IGNORECASE)
_PIECES = ["siyasət", " / ", "/", " » ", ">", "dünya", "foto.jpg", "image-x", ".", "..", "-", " ", "ı", "1", "22",
           "telegram", "paylaş", ":", "•", "|", "javascript", "aktiv", "bənzər xəbərlər", "©", "@", "kateqoriya:",
           "yüklənir", "bizi ", "izləyin", "baxış", "oxunub: ", "etiketlər:", "copyright", "sayt cookie", "👁",
           "Telegram", "İzləyin", "ŞƏRH", "K", "\u017f", "\u212a", "I", "Çap et", "\t", "-", "JAVA", "ja", "va", "script",
           "›", "vaſcrıpt aktiv"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=7).map("".join))
def test_the_classifiers_match_what_the_plain_patterns_match(line):
    for text in (line, line + "."):
        # a line without a costly mark is tried without the patterns that need one
        for lowered in (line_classifier.az_lower(text), text.lower()):
            plain = _PLAIN.fullmatch(lowered)
            assert line_classifier.line_reason(lowered, line_classifier._has_costly_mark(lowered)) == (plain and plain.lastgroup)
