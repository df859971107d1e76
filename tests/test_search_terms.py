"""Search lemmas: the lemma of every word of the page, in order."""

from xronika.lang.az.morph import lemma
from xronika.lang.segment import tokenize
from xronika.search_terms import lemma_text


def test_lemma_text_is_the_lemmas_of_the_words_in_order():
    body = "Prezident Qazaxıstana səfər edib.\n“Report”un xəbərinə görə, QAİ-nin 2024-cü il hesabatı Bakıda açıqlanıb."
    words = [t.text for t in tokenize(body) if t.kind == "word"]
    assert lemma_text(body) == " ".join(lemma(w) for w in words)
    assert lemma_text(body).split()[:2] == ["Prezident", "Qazaxıstan"]
    assert lemma_text("") == ""


def test_lemma_text_of_chunks_with_and_without_words():
    # chunks without a word ("—", "..."), words glued to punctuation, chunks repeated (looked up, not re-read)
    body = "Bakı, — Bakıda... Prezident\tQazaxıstana   səfər edib. — Bakı, edib.\n"
    words = [t.text for t in tokenize(body) if t.kind == "word"]
    assert lemma_text(body) == " ".join(lemma(w) for w in words)
    assert lemma_text(body) == lemma_text(body)
    assert lemma_text(" — ... ") == ""


def test_new_stems_reach_lemmas_cached_by_chunk():
    from xronika.lang.az import morph

    body = "Zərqovanın səfəri"
    lemma_text(body)  # cached by chunk with the stems known now
    morph.add_stems(["Zərqovan"])
    morph.LEMMAS["səfəri"]  # a lookup between the two must not hide that the stems changed
    words = [t.text for t in tokenize(body) if t.kind == "word"]
    assert lemma_text(body) == " ".join(lemma(w) for w in words)
    assert lemma_text(body).split()[0] == "Zərqovan"
