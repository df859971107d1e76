"""Sentence splitting and tokenisation (sentences written for these tests)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.lang.segment import _LINE_RE, Token, _lines, split_sentences, tokenize, word_texts

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prezident İ.Əliyev H. Ruhani ilə görüşüb. Görüşdə A.Məmmədov da iştirak edib.",
     ["Prezident İ.Əliyev H. Ruhani ilə görüşüb.", "Görüşdə A.Məmmədov da iştirak edib."]),
    ("Tədbirdə prof. Həsənov, akad. Quliyev, dos. Vəliyev və t.e.d. Nəbiyev çıxış edib.",
     ["Tədbirdə prof. Həsənov, akad. Quliyev, dos. Vəliyev və t.e.d. Nəbiyev çıxış edib."]),
    ("Dövriyyə 598,47 mln. ABŞ dolları olub. Artım 2.5 faizdir.",
     ["Dövriyyə 598,47 mln. ABŞ dolları olub.", "Artım 2.5 faizdir."]),
    ("Yol 120 km. uzanır. Xərc 3 mlrd. manatdır.", ["Yol 120 km. uzanır.", "Xərc 3 mlrd. manatdır."]),
    ("Kitab, dəftər və s. Sonra o getdi.", ["Kitab, dəftər və s.", "Sonra o getdi."]),
    ("Şəhər e.ə. V əsrdə salınıb. Məs. Bakı qədimdir.", ["Şəhər e.ə. V əsrdə salınıb.", "Məs. Bakı qədimdir."]),
    ("Görüş c. ilin mart ayında olub. Bax b. 3-ə.", ["Görüş c. ilin mart ayında olub.", "Bax b. 3-ə."]),
    ("“Bu bizim hədiyyəmizdir”, - o bildirib. Sonra getdi.",
     ["“Bu bizim hədiyyəmizdir”, - o bildirib.", "Sonra getdi."]),
    ("O dedi: “Gəlirik.” Sonra getdi.", ["O dedi: “Gəlirik.”", "Sonra getdi."]),
    ("«Saziş imzalandı!» - deyə o qeyd edib.", ["«Saziş imzalandı!» - deyə o qeyd edib."]),
    ('"Biz hazırıq." Nazir belə deyib.', ['"Biz hazırıq."', "Nazir belə deyib."]),
    ("Saziş imzalanmışdır.Qazaxıstanın nümayəndəsi gəlib.",
     ["Saziş imzalanmışdır.", "Qazaxıstanın nümayəndəsi gəlib."]),
    ("Bu barədə Metbuat.az və AZTV.AZ xəbər verir. Sayt www.site.az ünvanındadır.",
     ["Bu barədə Metbuat.az və AZTV.AZ xəbər verir.", "Sayt www.site.az ünvanındadır."]),
    ("Füzulidə mərkəz açılıb\n\nBakı, 12 mart. Görüş olub", ["Füzulidə mərkəz açılıb", "Bakı, 12 mart.", "Görüş olub"]),
    ("Başlıq\nMətn burada", ["Başlıq", "Mətn burada"]),
    ("• Birinci bənd\n- İkinci bənd\n1. Üçüncü bənd", ["• Birinci bənd", "- İkinci bənd", "1. Üçüncü bənd"]),
    ("Niyə? Çünki belədir! Hə...", ["Niyə?", "Çünki belədir!", "Hə..."]),
    ("Nə isə... yaxşıdır.", ["Nə isə... yaxşıdır."]),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_trimmed_offsets() -> None:
    text = "  Bir cümlə.   İkinci cümlə.  \n"
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]


def words(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-cü il", [("2024-cü", "number"), ("il", "word")]),
    ("598,47 mln", [("598,47", "number"), ("mln", "word")]),
    ("1 200 nəfər", [("1", "number"), ("200", "number"), ("nəfər", "word")]),
    ("2–3 gün", [("2–3", "number"), ("gün", "word")]),
    ("12.03.2024", [("12.03.2024", "number")]),
    ("Kasım-Jomart Tokayev", [("Kasım-Jomart", "word"), ("Tokayev", "word")]),
    ("Bakı-Tbilisi-Ceyhan", [("Bakı-Tbilisi-Ceyhan", "word")]),
    ("Azərbaycan-Qazaxıstan", [("Azərbaycan-Qazaxıstan", "word")]),
    ("hal-hazırda", [("hal-hazırda", "word")]),
    ("www.x.az", [("www.x.az", "word")]),
    ("https://report.az/xeber/1.", [("https://report.az/xeber/1", "word"), (".", "punct")]),
    ("e-mail", [("e-mail", "word")]),
    ("E-mail", [("E-mail", "word")]),
    ("info@x.az", [("info@x.az", "word")]),
    ("Metbuat.az", [("Metbuat.az", "word")]),
    ("QAİ-nin", [("QAİ", "word"), ("-nin", "suffix")]),
    ("ABŞ-ın", [("ABŞ", "word"), ("-ın", "suffix")]),
    ("TBNM-ə", [("TBNM", "word"), ("-ə", "suffix")]),
    ("TDT-nin", [("TDT", "word"), ("-nin", "suffix")]),
    ("Report-a", [("Report", "word"), ("-a", "suffix")]),
    ("MDB-nin", [("MDB", "word"), ("-nin", "suffix")]),
    ("ABŞ'ın", [("ABŞ", "word"), ("'ın", "suffix")]),
    ('"Report"un', [('"', "punct"), ("Report", "word"), ('"', "punct"), ("un", "suffix")]),
    ("“Akorda”ya", [("“", "punct"), ("Akorda", "word"), ("”", "punct"), ("ya", "suffix")]),
    ("dedi: “salam”", [("dedi", "word"), (":", "punct"), ("“", "punct"), ("salam", "word"), ("”", "punct")]),
    ("5%-ə", [("5", "number"), ("%", "punct"), ("-", "punct"), ("ə", "word")]),
])
def test_tokenize(text: str, expected: list[tuple[str, str]]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize("text", [
    "Bu gün Bakıda QAİ-nin 2024-cü il hesabatı, “Report”un məlumatına görə, 598,47 mln. təşkil edib.",
    "https://report.az/xeber/1. info@x.az Metbuat.az ABŞ'ın e-mail 5%-ə hal-hazırda Bakı-Tbilisi-Ceyhan",
    '"Report"un “Akorda”ya dedi: “salam” TBNM-ə Report-a',
])
def test_word_texts_are_the_word_tokens(text: str) -> None:
    assert word_texts(text) == [t.text for t in tokenize(text) if t.kind == "word"]


def test_tokens_point_into_text() -> None:
    text = "Bu gün Bakıda QAİ-nin 2024-cü il hesabatı, “Report”un məlumatına görə, 598,47 mln. təşkil edib."
    for tok in tokenize(text):
        assert isinstance(tok, Token)
        assert text[tok.start:tok.end] == tok.text


def test_tokenize_slice_offsets() -> None:
    text = "Birinci cümlə. İkinci cümlə."
    start, end = split_sentences(text)[1]
    toks = tokenize(text, start, end)
    assert toks[0].text == "İkinci" and toks[0].start == start
    assert toks[-1].end == end


def test_corpus_round_trip() -> None:
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in split_sentences(text):
            assert text[start:end].strip() == text[start:end]
            for tok in tokenize(text, start, end):
                assert start <= tok.start < tok.end <= end


# blanks other than a space (no-break, ideographic, separators) and what lookarounds see at a chunk's edge
@pytest.mark.parametrize("text", [
    "Bakı\u00a0“Report”un\u3000xəbəri\x1cQAİ-nin\x85e-mail\u2028www.site.az",
    "’dan Bakı’dan \"Report\" un 2024-cü  ...  x@y.az-nin Report.az-ın",
    "", "   ", "-", "A-nin", "“Akorda”ya\t“Akorda” ya",
])
def test_word_texts_of_chunks_are_the_word_tokens(text: str) -> None:
    assert word_texts(text) == [t.text for t in tokenize(text) if t.kind == "word"]


# pieces every token kind starts or ends with, and blanks of several kinds between them
PIECES = ["Bakı", "QAİ", "-nin", "’dan", "'", "”", "“", "\"", "Report", ".", "..", "az", "www.", "https://x.az/a",
          "@", "x@y.az", "2024", "-cü", "5,5", "+", "_", "-", "‐", "e-mail", " ", " ", "\u00a0", "\n", "\t", "(", "!"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_word_texts_are_the_word_tokens_whatever_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert word_texts(text) == [t.text for t in tokenize(text) if t.kind == "word"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Görüş oldu.\r\nSonra getdi. Bakı, 12 mart.\r\n\r\nSon", ["Görüş oldu.", "Sonra getdi.", "Bakı, 12 mart.", "Son"]),
    ("Birinci.\u2028İkinci cümlə. Üçüncü\u2029Dördüncü", ["Birinci.", "İkinci cümlə.", "Üçüncü", "Dördüncü"]),
    ("Başlıq\n\n  Mətn burada. Bitdi!  \n", ["Başlıq", "Mətn burada.", "Bitdi!"]),
    ("Siyahı: • Birinci bənd • İkinci bənd. Sonra", ["Siyahı:", "• Birinci bənd", "• İkinci bənd.", "Sonra"]),
])
def test_sentences_break_at_every_line_break(text: str, expected: list[str]) -> None:
    assert _lines(text) == [m.span() for m in _LINE_RE.finditer(text)]
    assert sentences(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["az", "en", "ru"]),
       st.text(alphabet=st.sampled_from(list("abAB.-1İıs mlnvəV")), min_size=0, max_size=12),
       st.sampled_from(["Bakı", "Ə", "V əsr", "ABŞ dolları", "— Bakı", "İ"]))
def test_the_plain_word_shortcut_decides_as_the_full_rules_do(lang, before, after):
    from xronika.lang.memo import MemoTable
    from xronika.lang.segment import _breaks_after_period, _lang_data

    data = _lang_data(lang)
    full_rules_only = data._replace(plain_words=MemoTable(lambda word: False, 10))
    text = f"Xəbər {before}. {after}"
    dot = len("Xəbər ") + len(before)
    args = (text, 0, dot, dot + 1, len(text))
    assert _breaks_after_period(*args, data) == _breaks_after_period(*args, full_rules_only)
