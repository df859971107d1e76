import re

from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.extract.clause_breaks import ClauseBreaks

_TEXTS = st.text(alphabet=list("ab ,;:–-\n\t"), max_size=30)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(0, 30), st.integers(0, 30))
def test_breaks_are_those_of_the_regex(text, pos, endpos):
    for punctuation, pattern in ((",;", r"[,;]\s|\s[–-]\s"), (",;:", r"[,;:]\s|\s[–-]\s")):
        rx, breaks = re.compile(pattern), ClauseBreaks(punctuation)
        found = rx.search(text, pos)
        assert breaks.first(text, pos) == (found and found.span())
        found = rx.search(text, pos, endpos)
        assert breaks.first(text, pos, endpos) == (found and found.span())
        assert breaks.last_end(text, endpos) == max((m.end() for m in rx.finditer(text, 0, endpos)), default=0)


def test_a_dash_breaks_only_between_spaces():
    breaks = ClauseBreaks(",;")
    assert breaks.first("Bakı - Astana") == (4, 7)
    assert breaks.first("Bakı-Astana, x") == (11, 13)
    assert breaks.first(", - x") == (0, 2)
