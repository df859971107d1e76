from collections import Counter

from xronika.extract.context import PageParties
from xronika.extract.entities import Mention
from xronika.extract.gazetteer import fold
from xronika.kb import KBEntry

_KZ = KBEntry(id="country:KZ", name="Qazaxıstan", type="GPE", code="KZ")
_AZ = KBEntry(id="country:AZ", name="Azərbaycan", type="GPE", code="AZ")
_TR = KBEntry(id="country:TR", name="Türkiyə", type="GPE", code="TR")
_BAKU = KBEntry(id="city:baku", name="Bakı", type="GPE", country="AZ")
_OTS = KBEntry(id="org:OTS", name="Türk Dövlətləri Təşkilatı", type="ORG", short="OTS")


def _mention(text: str, word: str, kb: KBEntry, ending: str = "", code: str | None = None) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), kb.id, kb.type, kb.name, code or kb.code or kb.short,
                   ending=ending, kb=kb)


TEXT = "Qazaxıstanın Prezidenti Bakıya gəlib. Türkiyə və ölkəmiz TDT-də əməkdaşlıq edir."
MENTIONS = [_mention(TEXT, "Qazaxıstanın", _KZ, "ın"), _mention(TEXT, "Bakıya", _BAKU, "ya", code="AZ"),
            _mention(TEXT, "Türkiyə", _TR), _mention(TEXT, "TDT-də", _OTS, "də")]


def test_parties_of_each_sentence():
    page = PageParties(TEXT, MENTIONS, "AZ", fold(TEXT))
    first = page((0, 37))
    assert [(p.code, p.case, p.kind) for p in first] == [("KZ", "gen", "country"), ("AZ", "dat", "city")]
    second = page((38, len(TEXT)))
    assert [(p.code, p.case, p.kind, p.name) for p in second] == [
        ("TR", "nom", "country", "Türkiyə"), ("AZ", "nom", "pronoun", "ölkəmiz"), ("OTS", "loc", "org", "Türk Dövlətləri Təşkilatı")]


def test_parties_are_the_same_with_or_without_the_folded_page():
    for span in ((0, 37), (38, len(TEXT))):
        with_fold = PageParties(TEXT, MENTIONS, "AZ", fold(TEXT))(span)
        assert with_fold == PageParties(TEXT, MENTIONS, "AZ")(span)


def test_mentions_out_of_order_give_the_same_parties():
    for span in ((0, 37), (38, len(TEXT))):
        assert PageParties(TEXT, MENTIONS[::-1], "AZ")(span) == PageParties(TEXT, MENTIONS, "AZ")(span)


def test_main_pair_breaks_ties_by_first_mention_as_counter_does():
    text = "Türkiyə Qazaxıstan Türkiyə Qazaxıstan Bakı"
    mentions = [_mention(text, "Türkiyə", _TR), _mention(text, "Qazaxıstan", _KZ)]
    mentions += [Mention(m.start + 19, m.end + 19, m.key, m.type, m.name, m.code, kb=m.kb) for m in mentions]
    mentions.append(_mention(text, "Bakı", _BAKU, code="AZ"))
    counts = Counter(m.code for m in mentions for _ in range(2 if m.kb.code else 1))
    assert [c for c, _ in counts.most_common(2)] == ["TR", "KZ"]
    assert PageParties("", mentions, None).main_pair() == ("TR", "KZ")
    assert PageParties("", mentions, "AZ").main_pair() == ("AZ", "TR")  # the home country is the natural other side


def test_a_sentence_asked_twice_is_answered_once():
    page = PageParties(TEXT, MENTIONS, "AZ")
    assert page((0, 37)) is page((0, 37))  # the event and the figure rules share one page's parties


def test_a_fold_that_changes_a_length_keeps_the_offsets():
    text = "Straße: " + TEXT  # `ß` folds to two chars
    mentions = [_mention(text, "Qazaxıstanın", _KZ, "ın"), _mention(text, "Bakıya", _BAKU, "ya", code="AZ")]
    page = PageParties(text, mentions, "AZ", fold(text))  # a fold of another length is not used
    assert len(page.folded) == len(text)
    assert [(p.code, p.case) for p in page((8, 45))] == [("KZ", "gen"), ("AZ", "dat")]
