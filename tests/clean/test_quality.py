from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.clean.quality import (
    _SENTENCE_END,
    DUP_NGRAM_MAX,
    TOP_NGRAM_MAX,
    Quality,
    _ends_sentence,
    _ngram_stats,
    assess,
)
from xronika.clean.words import WORD, folded_words
from xronika.lang.az.stop_words import STOP_WORDS

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

ARTICLE = (
    "Azərbaycan və Gürcüstan nəqliyyat nazirləri Tbilisidə görüşərək yük daşımalarının artırılması "
    "barədə memorandum imzalayıblar.\n"
    "Sənədə əsasən tərəflər dəmir yolu tariflərini razılaşdıracaq və sərhəd keçid məntəqələrində "
    "gözləmə müddətini azaldacaqlar. Nazirlər bildiriblər ki, gələn il tranzit yüklərin həcmi iki "
    "dəfə artırılmalıdır.\n"
    "Görüşdə Bakı limanının yeni terminalının imkanları da müzakirə olunub və ekspertlərdən ibarət "
    "birgə işçi qrupu yaradılıb. Qrup ilk hesabatını üç ay sonra təqdim edəcək (APA)\n"
)
MENU = "\n".join(["Ana səhifə", "Xəbərlər", "Siyasət", "İqtisadiyyat", "İdman", "Mədəniyyət",
                  "Video", "Foto", "Əlaqə", "Reklam", "Arxiv", "RSS"])
HEADLINES = "\n".join([
    "Prezident İlham Əliyev Qazaxıstana rəsmi səfərə yola düşüb",
    "Bakıda beynəlxalq neft və qaz sərgisi işə başlayıb",
    "Xarici işlər naziri Gürcüstanlı həmkarı ilə telefonla danışıb",
    "Türkiyə ilə ticarət dövriyyəsi ilin əvvəlindən artıb",
    "Naxçıvanda yeni məktəb binası istifadəyə verilib",
    "Mərkəzi Bankın valyuta məzənnələri açıqlanıb",
    "Milli komanda növbəti oyuna Bakıda hazırlaşır",
    "Sumqayıtda sənaye parkına yeni investor gəlib",
    "Hava şəraiti ilə bağlı xəbərdarlıq edilib",
    "Ekspert: \"Regionda enerji bazarı dəyişir\"",
])
ENGLISH = (
    "Kazakhstan presented a new programme for railway freight across the Caspian region this week. "
    "Officials expect container traffic to double over three years, while ports upgrade terminals "
    "and customs procedures become digital. Analysts note growing demand from Chinese exporters, "
    "European buyers, Turkish logistics firms, Georgian carriers, Azerbaijani terminals. "
    "Investment reached record levels; several banks financed rolling stock purchases quickly."
)


def test_article_passes():
    quality = assess(ARTICLE, "az")
    assert isinstance(quality, Quality)
    assert quality.is_article, quality.reasons
    assert quality.score == 1.0
    assert quality.stats["stop_words"] >= 2


def test_repeated_paragraphs_still_an_article():
    lines = ARTICLE.splitlines()
    assert assess("\n".join(lines + lines[1:]), "az").is_article


@pytest.mark.parametrize(("body", "lang", "reason"), [
    (MENU, "az", "too_few_words"),
    ("Bakı xəbər verir", "az", "too_few_words"),
    (HEADLINES, "az", "line_punct"),
    (ENGLISH, None, "too_few_stop_words"),
    (ENGLISH, "az", "too_few_stop_words"),
    ("", None, "too_few_words"),
    (" ".join(["qiymət 100 200 300 400 500 600"] * 12), "az", "non_alpha_words"),
    ("Sənəd imzalanıb və qüvvəyə minib. " * 30, "az", "top_ngram_repetition"),
])
def test_non_articles_are_marked(body, lang, reason):
    quality = assess(body, lang)
    assert not quality.is_article
    assert reason in quality.reasons
    assert 0.0 <= quality.score < 1.0


def test_other_declared_language_skips_the_stop_word_check():
    quality = assess(ENGLISH, "en")
    assert "too_few_stop_words" not in quality.reasons
    assert quality.stats["stop_words_checked"] == 0.0


@pytest.mark.parametrize("word", ["il", "ay", "faiz", "ildə", "azərbaycan"])
def test_content_words_are_not_stop_words(word):
    assert word not in STOP_WORDS


@pytest.mark.parametrize("word", ["və", "ilə", "ki", "üçün", "bu", "olan"])
def test_function_words_are_stop_words(word):
    assert word in STOP_WORDS


def test_every_real_page_passes():
    pages = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    if not pages:
        pytest.skip("shared corpus not available")
    detect = pytest.importorskip("xronika.lang.detect").detect_language
    failed = {}
    for page in pages:
        body = page.read_text(encoding="utf-8")
        quality = assess(body, detect(body).lang)
        if not quality.is_article:
            failed[page.name] = quality.reasons
    assert failed == {}


def _naive_ngram_stats(words, total):
    top, dup = {}, {}
    for n in TOP_NGRAM_MAX:
        grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
        if grams:
            gram, count = grams.most_common(1)[0]
            top[n] = sum(map(len, gram)) * count / total if count > 1 else 0.0
    for n in DUP_NGRAM_MAX:
        seen, covered = set(), [False] * len(words)
        for i in range(len(words) - n + 1):
            gram = tuple(words[i:i + n])
            if gram in seen:
                covered[i:i + n] = [True] * n
            seen.add(gram)
        dup[n] = sum(len(w) for w, hit in zip(words, covered, strict=True) if hit) / total
    return top, dup


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["bu", "və", "saziş", "imzalanıb", "a", "il"]), max_size=70))
def test_ngram_stats_match_the_counts_they_stand_for(words):
    total = sum(map(len, words))
    if total:
        assert _ngram_stats(words, total) == _naive_ngram_stats(words, total)


@pytest.mark.parametrize("text", ["İSTANBUL ŞƏHƏRİ 2024", "Straße ﬁnal", "a\u0345b 12 ǅ", "snake_case 3_4"])
def test_folded_words_keep_the_page_word_stats(text):
    # assess reads word counts, lengths and digits off the folded words when folding keeps their shape
    shape = folded_words(text)
    words = WORD.findall(text)
    if shape.same_shape:
        assert [len(w) for w in shape.words] == [len(w) for w in words]
        assert [w.isdecimal() for w in shape.words] == [w.isdecimal() for w in words]


@pytest.mark.parametrize("line", ["Bitdi.", "Dedi: «gəlin»", "Bitdi.»", "Bitdi. (APA)", "Bitdi (APA)", "Başlıq",
                                  "Sual?)", "Ah…", "Bitdi.] (Report, 2024)", "x.\"", "(APA)", "a.)(b)"])
def test_ends_sentence_agrees_with_the_pattern(line):
    assert _ends_sentence(line) == (_SENTENCE_END.search(line) is not None)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab .!?…\"'”“»)](( \t")), min_size=1, max_size=20))
def test_ends_sentence_agrees_with_the_pattern_on_any_line(line):
    line = line.strip()
    if line:
        assert _ends_sentence(line) == (_SENTENCE_END.search(line) is not None)


def test_bullets_and_line_ends_are_single_characters():
    # assess tests a line's first or last character against them
    from xronika.clean.quality import _BULLETS, _LINE_END

    assert all(len(mark) == 1 for mark in _BULLETS + _LINE_END)
