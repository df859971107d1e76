import pytest

from xronika.clean.debris import comparison_key, english_headline, headline_like, label_shaped, slug_tokens
from xronika.clean.line_classifier import az_lower, classify_line, is_menu_bar

DEBRIS = [
    ("• whatsapp", "share_button"), ("  • telegram", "share_button"), ("Facebook", "share_button"),
    ("Xəbəri paylaş:", "share_button"), ("Sosial mediada paylaşın:", "share_button"),
    ("image-banner-728x90", "image_placeholder"), ("foto_2024_03.jpg", "image_placeholder"),
    ("1532", "counter"), ("- Oxunub: 1200 |", "counter"), ("Baxış sayı: 77", "counter"), ("345 baxış", "counter"),
    ("Kateqoriyalar:", "footer"), ("Şərhlər", "comments"), ("Müzakirə qapadılmışdır.", "footer"),
    ("Oxşar xəbərlər", "related_news"), ("Digər xəbərlər", "related_news"), ("Ən çox oxunanlar", "related_news"),
    ("© 2024 Bütün hüquqlar qorunur", "footer"), ("Читайте также:", "related_news"),
    ("Related news", "related_news"), ("Comments (3)", "comments"),
    ("Etiketlər: Qazaxıstan, Azərbaycan", "tags"), ("Tags: energy", "tags"),
    ("Çap et |", "print"), ("Print", "print"),
    ("CANLI YAYIM", "navigation"), ("mobil versiya", "navigation"), ("AZ | RU | EN", "navigation"),
    ("SİYASƏT / DÜNYA", "navigation"), ("Ana səhifə » Siyasət", "navigation"),
    ("Please enable JavaScript to view this page.", "js_notice"),
    ("Follow us on Twitter @SomeNews", "social_follow"), ("Bizi Telegram-da izləyin", "social_follow"),
    ("---", "separator"), ("-", "separator"), ("***", "separator"),
    ("Xarici siyasət", "section_label"), ("İQTİSADİYYAT", "section_label"),
    ("Siyasət İqtisadiyyat Cəmiyyət Dünya İdman", "menu"),
]

# share widgets in any bullet style, feed headers, counters and toolbars (invented lines)
MORE_DEBRIS = [
    ("• Tvit", "share_button"), ("• Göndər", "share_button"), ("• Bəyən", "share_button"),
    ("• Kopyala", "share_button"), ("► Facebook", "share_button"), ("▪ Telegram", "share_button"),
    ("| WhatsApp", "share_button"), ("— Twitter", "share_button"), ("● Instagram", "share_button"),
    ("Facebook | Twitter | WhatsApp", "share_button"), ("Telegram-da paylaş", "share_button"),
    ("WhatsApp ilə göndər", "share_button"), ("Paylaş: Facebook Twitter WhatsApp", "share_button"),
    ("Şərh yaz", "footer"), ("Şərh yazmaq üçün daxil olun", "footer"),
    ("Xəbər lenti", "related_news"), ("Son xəbərlər", "related_news"), ("Günün xəbərləri", "related_news"),
    ("Mövzu ilə bağlı", "related_news"), ("Bu bölmədə", "related_news"), ("Bölmənin digər xəbərləri:", "related_news"),
    ("Похожие новости", "related_news"), ("Новости по теме", "related_news"), ("Most read", "related_news"),
    ("Baxış: 5", "counter"), ("Oxunub: 2580", "counter"), ("Oxunma: 31", "counter"), ("|", "separator"), ("- Çap et", "print"),
    ("Font ölçüsü", "footer"), ("A+ A-", "footer"), ("A A+ A-", "footer"), ("Şrift ölçüsü: A- A+", "footer"),
    ("Avtomobil", "section_label"), ("Şou-biznes", "section_label"), ("Dini", "section_label"),
]

CONTENT = [
    "Azərbaycan və Qazaxıstan arasında yeni saziş imzalanıb.",
    "Prezident Telegram kanalında yazıb ki, görüş uğurla keçib.",
    "Facebook şirkəti Bakıda regional ofis açır",
    "Bakı. Anar Əliyev - Trend:",
    "BAKI, Xəbər Agentliyi",
    "Mənbə: Reuters",
    "Avtandil Quliyev,",
    "Azərbaycan / Qazaxıstan",
    "2,5 milyard dollar",
    "Facebook və Telegram şəbəkələrində yeni qaydalar tətbiq olunur",
    "A qrupunda Azərbaycan millisi liderdir",
    "Xəbər lentində dəyişiklik edilib ki, oxucular rahat olsun.",
]


@pytest.mark.parametrize(("line", "reason"), DEBRIS)
def test_debris_lines_are_classified(line, reason):
    assert classify_line(line) == reason


@pytest.mark.parametrize(("line", "reason"), MORE_DEBRIS)
def test_more_debris_lines_are_classified(line, reason):
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_are_not_debris(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(("text", "lowered"), [("CANLI", "canlı"), ("İQTİSADİYYAT", "iqtisadiyyat"), ("Işıq", "ışıq")])
def test_az_lower_keeps_dotless_i(text, lowered):
    assert az_lower(text) == lowered


def test_comparison_key_ignores_case_and_spaces():
    assert comparison_key("Bakı  və\tAstana") == comparison_key("bakı və astana")


@pytest.mark.parametrize("line", [
    "Bakıda yeni metro stansiyası açılacaq - RƏSMİ",
    "Dollar bahalaşacaq? – Ekspert AÇIQLADI",
])
def test_headline_like(line):
    assert headline_like(line)


@pytest.mark.parametrize("line", ["Bu barədə məlumat verilib.", "Avtandil Quliyev,", "Qısa"])
def test_not_headline_like(line):
    assert not headline_like(line)


def test_menu_bar_needs_mostly_section_names():
    assert is_menu_bar("siyasət | iqtisadiyyat | dünya")
    assert not is_menu_bar("siyasət sahəsində yeni addımlar atılır")


def test_slug_tokens():
    assert slug_tokens("https://x.az/news/123/baki-ve-astana-saziş-imzalayir.html")[:3] == ("baki", "astana", "saziş")
    assert slug_tokens("https://x.az/news/123") == ()
    assert slug_tokens(None) == ()


@pytest.mark.parametrize("line", ["Nəqliyyat", "Kosmos", "Xarici siyasət", "Kənd təsərrüfatı", "ŞOU-BİZNES",
                                  "Rəqəmsal dünya"])
def test_label_shaped(line):
    assert label_shaped(line)


@pytest.mark.parametrize("line", ["Anar Məmmədov", "Leyla Kərimli", "Bakı", "AZƏRTAC", "Trend",
                                  "Üç sözdən ibarət sətir", "Saat 14:20", "bölmə"])
def test_not_label_shaped(line):
    assert not label_shaped(line)


@pytest.mark.parametrize("line", [
    "Azerbaijan-Georgia trade turnover exceeds $1 billion",
    "Kazakh President arrives in Baku on state visit",
    "Baku and Tashkent sign memorandum on energy cooperation",
])
def test_english_headline(line):
    assert english_headline(line)


@pytest.mark.parametrize("line", [
    "Bakıda yeni metro stansiyası açılacaq",
    "Tokayev Aliyev Baku Astana",
    "The ministers met in Baku on Monday and discussed the new trade route.",
    "Baku Energy Week",
])
def test_not_english_headline(line):
    assert not english_headline(line)


@pytest.mark.parametrize(("line", "menu"), [
    ("siyasət,iqtisadiyyat,dünya", True),
    ("siyasət » iqtisadiyyat » dünya » idman", True),
    ("siyasət·iqtisadiyyat\u00a0dünya", True),
    ("siyasət / bu gün / iqtisadiyyat və dünya xəbərləri", False),
    ("siyasət,", False),
])
def test_menu_bar_words_are_split_at_whitespace_and_separators(line, menu):
    assert is_menu_bar(line) is menu
