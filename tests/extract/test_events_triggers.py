import re

from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.extract.context_literals import top_level_split
from xronika.extract.event_triggers import TRIGGERS, trigger_hits

_NO_LETTER_BEFORE = r"(?<![^\W_])"  # the lexicon's `\b` before a word, with `_` taken as a break
_HELD_TO_WORD_STARTS = [(re.compile("|".join(_NO_LETTER_BEFORE + alt for alt in top_level_split(rx.pattern))),
                         etype, mode) for rx, etype, mode, _literals in TRIGGERS]


def _every_pattern_over_the_page(text: str) -> list[tuple]:
    """What trigger_hits stands for: the `finditer` of each pattern, every alternative held to word starts."""
    return sorted((m.start(), m.end(), etype, mode, m.group()) for rx, etype, mode in _HELD_TO_WORD_STARTS
                  for m in rx.finditer(text))


def test_every_trigger_pattern_has_literals_to_find():
    # a pattern without them would be scanned over every page on its own
    assert all(literals for _rx, _etype, _mode, literals in TRIGGERS)


def test_a_trigger_word_inside_a_word_takes_no_following_trigger():
    # 'səfərə gəlib' inside a longer word is no match: the 'gəlib' after it is one
    assert [(h[3], h[4]) for h in trigger_hits("xsəfərə gəlib")] == [("arrive", "gəlib")]


def test_a_trigger_after_a_rare_letter_is_inside_a_word():
    assert [h[4] for h in trigger_hits("âsəfər «səfər")] == ["səfər"]
    assert [h[0] for h in trigger_hits("âsəfər «səfər")] == [8]


def test_triggers_in_a_sentence():
    text = "prezident tokayev bakıya səfər edib, görüşdə 5 sənəd imzalanıb; metalks"
    assert [(h[2], h[3], h[4]) for h in trigger_hits(text)] == [
        ("CONSULT", "visit", "səfər"), ("CONSULT", "meet", "görüşdə"), ("AGREE", "sign", "imzalanıb")]


_WORDS = ["səfər", "səfərə", "gəlib", "görüş", "görüşü zamanı", "qəbul", "edib", "imzala", "imza", "at", "sign",
          "talks", "met", "metalks", "qaz", "qazaxıstan", "əldə", "et", "telefonla", "danışıb", "zirvə", "sammit",
          "dəstək", "dəstəklə", "inşa", "tikinti", "humanitar", "yardım", "iclas", "iştirak", "x", "визит"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "", "_", ", ", "-", "\n"])),
                  max_size=15).map(lambda pairs: "".join(w + sep for w, sep in pairs))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_trigger_hits_are_those_of_every_pattern_run_whole(text):
    assert trigger_hits(text) == _every_pattern_over_the_page(text)
