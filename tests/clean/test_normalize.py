import pytest

from xronika.clean import clean_page, normalize
from xronika.clean.normalize import looks_mojibaked, repair_mojibake


@pytest.mark.parametrize(("raw", "expected"), [
    ("Azәrbaycan Respublikası", "Azərbaycan Respublikası"),          # Cyrillic schwa in a Latin word
    ("Qazaxıstаn", "Qazaxıstan"),                                    # Cyrillic a
    ("Bakı\u200b şəhəri", "Bakı şəhəri"),                            # zero-width space
    ("bey\u00adnəlxalq", "beynəlxalq"),                               # soft hyphen
    ("Sec\u0327ki", "Seçki"),                                        # decomposed ç
    ("Bas\u0327 nazir", "Baş nazir"),
])
def test_unicode_repairs(raw, expected):
    assert clean_page(raw).body == expected


def test_cyrillic_words_are_left_alone():
    assert clean_page("Азербайджан и Казахстан").body == "Азербайджан и Казахстан"


def test_mojibake_is_detected_and_repaired():
    text = "Azərbaycan və Qazaxıstan arasında danışıqlar keçirilib."
    broken = text.encode("utf-8").decode("cp1252")
    assert looks_mojibaked(broken)
    assert repair_mojibake(broken) == text
    result = clean_page(broken)
    assert result.body == text
    assert result.meta["repairs"]["mojibake"] is True
    assert result.meta["raw_repaired"] is True
    assert result.raw.startswith("Azərbaycan")


@pytest.mark.parametrize("text", ["Azərbaycan və Qazaxıstan", "Überall Ärger", "Москва"])
def test_clean_text_is_not_mojibake(text):
    assert not looks_mojibaked(text)


def test_mixed_mojibake_letters_are_repaired():
    assert repair_mojibake("AzÉ™rbaycan vÉ™ Qazaxıstan") == "Azərbaycan və Qazaxıstan"


def test_mojibake_leads_start_every_sequence():
    # looks_mojibaked searches only pages holding one of these characters
    firsts = {alternative[0] for alternative in normalize._MOJIBAKE.pattern.split("|")}
    assert firsts == set(normalize._MOJIBAKE_LEADS)
