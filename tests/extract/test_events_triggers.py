from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.extract.event_triggers import TRIGGERS, trigger_hits


def _every_pattern_over_the_page(text: str) -> list[tuple]:
    """What trigger_hits stands for: each pattern's `finditer`, kept at word starts."""
    return sorted((m.start(), m.end(), etype, mode, m.group()) for rx, etype, mode, _literals in TRIGGERS
                  for m in rx.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum())


def test_every_trigger_pattern_has_literals_to_find():
    # a pattern without them would be scanned over every page on its own
    assert all(literals for _rx, _etype, _mode, literals in TRIGGERS)


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
