import pytest

from xronika.lang.detect import detect_language, quick_language

SAMPLES = [
    ("Azərbaycan və Qazaxıstan arasında ticarət dövriyyəsi artıb.", "az"),
    ("Prezident görüşdə çıxış edib.", "az"),
    ("Türkiye ile Azerbaycan arasındaki ilişkiler güçleniyor.", "tr"),
    ("Cumhurbaşkanı bugün Bakü'de resmi temaslarda bulundu.", "tr"),
    ("Президент Азербайджана провел переговоры в Астане.", "ru"),
    ("Қазақстан мен Әзербайжан арасындағы қарым-қатынас дамып келеді.", "kk"),
    ("Україна та Азербайджан підписали угоду про співпрацю.", "uk"),
    ("The two countries signed an agreement on transport cooperation.", "en"),
    ("O‘zbekiston va Ozarbayjon hamkorlik qiladi.", "uz"),
    ("Кыргызстан менен Азербайжандын ортосундагы мамилелер өнүгүүдө.", "ky"),
    ("Die Beziehungen zwischen Deutschland und Aserbaidschan sind gut und wichtig für die Region.", "de"),
    ("Les relations entre la France et l'Azerbaïdjan sont importantes pour la région.", "fr"),
    ("ایران و جمهوری آذربایجان توافقنامه همکاری امضا کردند", "fa"),
    ("وقعت أذربيجان والمملكة العربية السعودية اتفاقية تعاون", "ar"),
    ("საქართველო და აზერბაიჯანი თანამშრომლობენ", "ka"),
    ("Հայաստանը և Ադրբեջանը բանակցություններ են վարում", "hy"),
]


@pytest.mark.parametrize(("text", "lang"), SAMPLES)
def test_detects_language(text, lang):
    assert detect_language(text).lang == lang


@pytest.mark.parametrize("text", ["Azərbaycan", "Bakıda görüş keçirilib", "Əliyev", "Prezident Qazaxıstana səfər edib"])
def test_short_azerbaijani_is_not_turkish(text):
    assert detect_language(text).lang == "az"


def test_cyrillic_azerbaijani_gets_a_script_note():
    result = detect_language("Азәрбајҹан Республикасынын Президенти")
    assert result.lang == "az"
    assert result.script == "Cyrl"


def test_mixed_page_is_flagged():
    text = ("Azərbaycan və Qazaxıstan arasında ticarət dövriyyəsi artıb, tərəflər yeni sazişlər imzalayıb.\n\n"
            "Президент Азербайджана провел переговоры в Астане с казахстанским коллегой.\n\n"
            "Görüşdə nəqliyyat və enerji sahələrində əməkdaşlıq müzakirə olunub.")
    result = detect_language(text)
    assert result.lang == "az"
    assert result.mixed
    assert [p[2] for p in result.paragraphs] == ["az", "ru", "az"]


def test_translated_headline_does_not_make_a_page_mixed():
    text = ("Azərbaycan və Qazaxıstan arasında ticarət dövriyyəsi artıb, tərəflər yeni sazişlər imzalayıb. " * 4
            + "\n\nБаку и Астана подписали соглашение")
    assert not detect_language(text).mixed


def test_paragraph_spans_cover_the_text():
    text = "Birinci abzas burada.\n\nİkinci abzas da buradadır."
    spans = detect_language(text).paragraphs
    assert [text[s:e] for s, e, _ in spans] == ["Birinci abzas burada.", "İkinci abzas da buradadır."]


def test_empty_text_is_undetermined():
    assert detect_language("").lang == "und"
    assert quick_language("12 34")[0] is None


@pytest.mark.parametrize("text", [
    "Azərbaycan və Türkiyə arasında əməkdaşlıq genişlənir.", "Türkiye ile işbirliği gelişiyor ve artıyor.",
    "The ministers met in Baku and signed an agreement.", "12 34", "", "ab",
])
def test_quick_latin_language_is_quick_language_of_a_latin_text(text):
    from xronika.lang.detect import quick_latin_language

    assert quick_latin_language(text) == quick_language(text)
