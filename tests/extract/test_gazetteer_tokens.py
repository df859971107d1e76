import random
import re

import pytest

from xronika.extract.entities import _gazetteer, _mark_nested
from xronika.extract.entity_mention import Mention
from xronika.extract.gazetteer import Tokens, aligned_fold, fold, words
from xronika.kb import load_kb

# the word pattern as first written, one character per repetition: WORD_RE must find the same words
_REFERENCE_WORD_RE = re.compile(r"[^\W\d_](?:[\w]|[-'’.](?=[^\W_]))*|\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?")

TRICKY = [
    "QAİ-nin iclası Report.az saytında, 1.000,5-ci il.", "a--b a-_b a_b-c x'y’z a.-b __1_a 1a a1.5 5-ci-ci",
    "İSTANBUL Iğdır ǅemal straße", "Визит Ильхама Алиева в Казахстан.", "", "   ", "ş-ə. A.B.C. end.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_are_the_words_of_the_reference_pattern(text):
    tk = Tokens.of(text)
    expected = [(m.start(), m.end(), m.group()) for m in _REFERENCE_WORD_RE.finditer(text)]
    assert list(zip(tk.starts, tk.ends, tk.texts, strict=True)) == expected
    assert tk.folded == [fold(w) for w in tk.texts]
    assert [tk.word(k) for k in range(len(tk))] == words(text)


def test_one_word_and_pair_shortcuts_agree_with_the_full_search():
    """Every alias, written alone and inflected: `find` (with its shortcuts) matches as `_longest` does."""
    gaz = _gazetteer()
    for alias, _ in list(load_kb().names())[::3]:
        for text in (alias, alias + "nın", alias + " və"):
            tk = Tokens.of(text)
            if not len(tk):
                continue
            lengths = gaz.start_lengths(tk.folded[0])
            full = gaz._longest(tk, 0, lengths) if lengths else None
            found = next(iter(gaz.find(tk)), None)
            if full is not None:
                assert found == full, text


def test_nested_mentions_as_in_a_pairwise_check():
    rng = random.Random(7)
    for _ in range(300):
        mentions = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 40)
            mentions.append(Mention(start, start + rng.randint(1, 15), "k", rng.choice(["ORG", "GPE", "FAC", "PER"]),
                                    "x"))
        mentions.sort(key=lambda m: m.start)
        orgs = [(o.start, o.end) for o in mentions if o.type == "ORG" or (o.type == "FAC" and o.kb is None)]
        expected = [any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in orgs) for m in mentions]
        _mark_nested(mentions)
        assert [m.nested for m in mentions] == expected


@pytest.mark.parametrize("text", TRICKY + ["ﬁrma Straße İLHAM", "ß"])
def test_aligned_fold_keeps_every_offset(text):
    folded = aligned_fold(text)
    assert len(folded) == len(text)
    for k, char in enumerate(text):
        assert folded[k] == (fold(char) if len(fold(char)) == 1 else char)
    if len(fold(text)) == len(text):
        assert folded == fold(text)
