import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xronika.clean import CleanResult, clean_page
from xronika.clean.normalize import CYRILLIC_LOOKALIKES

ARTICLE = (
    "Azərbaycan və Gürcüstan nəqliyyat sahəsində əməkdaşlığı genişləndirmək barədə razılığa gəliblər.\n\n"
    "Bu barədə tərəflər Tbilisidə keçirilən görüşdə bəyan ediblər, sənədlər imzalanıb.\n\n"
    "Nazir bildirib ki, yükdaşımaların həcmi ötən il 20 faiz artıb və bu il də artım gözlənilir.\n"
)
TITLE = "Bakı və Tbilisi nəqliyyat əməkdaşlığını genişləndirir"


def key(text: str) -> str:
    return "".join(text.split()).casefold()


def body_lines(result: CleanResult) -> list[str]:
    return [line for line in result.body.split("\n") if line.strip()]


def test_title_first_and_repeated_title_removed():
    raw = f"Siyasət İqtisadiyyat Dünya İdman\n\n{TITLE}\n\nXarici siyasət\n\n• 5 aprel, 2025\n\n• 10:15\n\n{TITLE}\n\n{ARTICLE}"
    result = clean_page(raw, "https://x.az/xarici-siyaset/baki-ve-tbilisi-neqliyyat-emekdasligini-genislendirir")
    assert result.title == TITLE
    assert result.published == "2025-04-05"
    assert result.site == "x.az"
    lines = body_lines(result)
    assert lines[0] == TITLE
    assert sum(1 for line in lines if line == TITLE) == 1
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Siyasət İqtisadiyyat Dünya İdman"] == "menu"
    assert reasons["Xarici siyasət"] == "section_label"
    assert reasons["• 10:15"] == "dateline"
    assert reasons[TITLE] == "repeated_title"
    assert result.meta["title_line"] == [raw.index(TITLE), raw.index(TITLE) + len(TITLE)]


def test_no_title_when_page_starts_with_a_sentence():
    result = clean_page(ARTICLE)
    assert result.title is None
    assert key(result.body) == key(ARTICLE)


def test_top_headline_bar_before_repeated_title():
    raw = f"Dollar bahalaşacaq? Ekspert danışdı Bakıda yağış\n{TITLE}\n\n{TITLE}\n\n{ARTICLE}"
    result = clean_page(raw)
    assert result.title == TITLE
    assert "Dollar" not in result.body


def test_headline_list_after_article_removed():
    tail = "\n".join([
        "Bakıda yeni metro stansiyası açılacaq - RƏSMİ",
        "Futbol üzrə millimiz növbəti oyununa hazırlaşır – VİDEO",
        "Benzinin qiyməti ilə bağlı VACİB AÇIQLAMA",
        "Sabah hava necə olacaq? – PROQNOZ",
    ])
    result = clean_page(f"{TITLE}\n\n{ARTICLE}\n{tail}\n")
    assert "metro" not in result.body
    assert {r.reason for r in result.removed} == {"headline_list"}


def test_signature_line_is_not_tags():
    raw = f"{ARTICLE}\nAzərbaycan Respublikası Nəqliyyat Nazirliyinin Mətbuat Xidməti\n"
    assert clean_page(raw).removed == []


def test_short_lines_inside_the_article_are_kept():
    items = "\n".join(["Azərbaycan Respublikası Xarici İşlər Nazirliyi", "Gürcüstan Nəqliyyat Nazirliyi Nümayəndəsi",
                       "Qazaxıstan Dəmir Yolları Milli Şirkəti", "Türkiyə Nəqliyyat Nazirliyi Nümayəndəsi",
                       "Özbəkistan Nəqliyyat Agentliyi Rəhbəri"])
    raw = f"{ARTICLE}\n{items}\n{ARTICLE.replace('Azərbaycan', 'Türkiyə')}"
    assert key(items) in key(clean_page(raw).body)


def test_list_introduced_by_colon_is_kept():
    items = "\n".join(["Nəqliyyat sahəsində əməkdaşlıq haqqında Saziş",
                       "Mədəniyyət sahəsində əməkdaşlıq Proqramı üzrə Memorandum",
                       "Gömrük məsələləri üzrə qarşılıqlı yardım haqqında Saziş"])
    raw = f"{ARTICLE}\nGörüşdən sonra aşağıdakı sənədlər imzalanıb:\n{items}\n"
    assert key(items) in key(clean_page(raw).body)


def test_lines_under_related_news_header_removed_until_prose_resumes():
    raw = (f"{ARTICLE}\nHəmçinin oxuyun:\nBakıda yeni park salınıb\n\n"
           "Nazir əlavə edib ki, yeni marşrutlar üzrə daşımalar gələn ay başlayacaq və tariflər açıqlanacaq.\n")
    result = clean_page(raw)
    assert [r.reason for r in result.removed] == ["related_news", "related_news"]
    assert "yeni marşrutlar" in result.body


def test_reader_comments_removed():
    raw = f"{ARTICLE}\nŞərhlər (2)\nƏli: Çox gözəl xəbərdir, uğurlar arzulayıram hər iki xalqa və dövlətə!\nVüsal: Afərin\n"
    result = clean_page(raw)
    assert {r.reason for r in result.removed} == {"comments"}
    assert "Afərin" not in result.body


def test_dateline_and_byline_are_not_titles():
    assert clean_page(f"BAKI, 11 mart, APA\n\n{ARTICLE}").title is None
    assert clean_page(f"Müəllif: Səbinə Quliyeva\n\n{ARTICLE}").title is None


@pytest.mark.parametrize("first", ["By Nigar Abbasova", "BAKI, 11 mart, APA"])
def test_byline_or_dateline_opening_the_page_is_kept(first):
    raw = f"{first}\n\nQısa giriş sətri burada yazılıb\n\n{ARTICLE}"
    result = clean_page(raw)
    assert result.title is None
    assert result.body.startswith(first)


def test_byline_under_title_is_kept():
    result = clean_page(f"{TITLE}\n\nBy Nigar Abbasova\n\n{ARTICLE}")
    assert result.title == TITLE
    assert result.authors == ["Nigar Abbasova"]
    assert "By Nigar Abbasova" in result.body


def test_person_named_in_the_article_is_not_the_author():
    raw = f"{ARTICLE}\nNazir Rəşad Nəbiyev Tbilisidə danışıqlar aparıb və görüşdən razı qaldığını bildirib.\nRəşad Nəbiyev\n"
    assert clean_page(raw).authors == []


def test_translated_headlines_at_the_end_removed():
    raw = (f"{TITLE}\n\n{ARTICLE}\n"
           "Баку и Тбилиси расширяют транспортное сотрудничество\n"
           "Baku and Tbilisi expand cooperation in the field of transport\n")
    result = clean_page(raw)
    assert [r.reason for r in result.removed] == ["translation", "translation"]


def test_tag_line_above_translations_removed():
    raw = (f"{TITLE}\n\n{ARTICLE}\nnəqliyyat əməkdaşlığı Gürcüstan\n"
           "Баку и Тбилиси расширяют транспортное сотрудничество\n")
    assert [r.reason for r in clean_page(raw).removed] == ["tags", "translation"]


def test_tag_line_after_article_removed():
    raw = f"{TITLE}\n\n{ARTICLE}\nAzərbaycan Gürcüstan Tbilisi\n"
    result = clean_page(raw)
    assert [r.reason for r in result.removed] == ["tags"]


def test_byline_block_kept_and_author_found():
    raw = (f"{TITLE}\n\n{ARTICLE}\nKamran Əliyev,\nBakı Dövlət Universitetinin professoru\n\n"
           "www.xeberler.com\n\nKateqoriyalar:\nŞərhlər\n")
    result = clean_page(raw)
    assert result.authors == ["Kamran Əliyev"]
    assert "Kamran Əliyev,\nBakı Dövlət Universitetinin professoru" in result.body
    assert result.site == "xeberler.com"
    assert {r.reason for r in result.removed} == {"site_address", "footer", "comments"}


def test_agency_byline_is_not_an_author():
    result = clean_page("By Trend\n\nThe two countries signed an agreement on transport, the ministry said.")
    assert result.authors == []
    assert result.body.startswith("By Trend")


def test_glued_title_debris():
    raw = f"{TITLE}backend\n\n{TITLE}\n\n{ARTICLE}"
    result = clean_page(raw)
    assert result.title == TITLE
    assert result.removed[0].reason == "repeated_title"


def test_duplicate_paragraphs_removed():
    para = "Nazir bildirib ki, yükdaşımaların həcmi ötən il 20 faiz artıb və bu il də artım gözlənilir."
    result = clean_page(f"{para}\n{para}\n")
    assert result.body == para


def test_every_removed_span_points_to_its_text():
    raw = f"264\n\n{TITLE}\n\n{ARTICLE}\n  • whatsapp\n  • telegram\n"
    result = clean_page(raw)
    for removed in result.removed:
        assert raw[removed.span[0]:removed.span[1]] == removed.text


def test_single_newlines_kept_inside_paragraphs_of_blank_line_pages():
    raw = f"{ARTICLE}\nKamran Əliyev,\nprofessor\n"
    assert "Kamran Əliyev,\nprofessor" in clean_page(raw).body


def _assert_offsets_sound(raw: str, result: CleanResult, rng: random.Random) -> None:
    body, offsets = result.body, result.offsets
    inserted = set(offsets.inserted)
    for _ in range(50):
        if not body:
            return
        start = rng.randrange(len(body))
        end = min(len(body), start + rng.randrange(1, 40))
        for b in range(start, end):
            if b in inserted:
                continue
            r = offsets.to_raw(b)
            same = raw[r] == body[b]
            repaired = body[b] == " " and raw[r].isspace()
            composed = unicodedata.normalize("NFD", body[b])[0] == raw[r]
            lookalike = CYRILLIC_LOOKALIKES.get(raw[r]) == body[b]
            assert same or repaired or composed or lookalike, (b, body[b], raw[r])


@pytest.mark.parametrize("seed", range(5))
def test_offsets_map_back_to_raw(seed):
    raw = (f"  {TITLE}\n\n264\n\n{TITLE}\n\nGörüş keçirilmişdir.Qazaxıstanın   səfiri\u200b çıxış edib.\n\n"
           f"{ARTICLE}\n• whatsapp\nАзәрbaycan\n")
    result = clean_page(raw)
    _assert_offsets_sound(raw, result, random.Random(seed))


_PIECES = st.sampled_from([
    "Bakı", "və", "Astana", "olunmuşdur.Qazaxıstan", "  ", "\n", "\n\n", "\t", "• whatsapp\n", "264\n",
    "Azәrbaycan", "\u200b", "Sec\u0327ki", ".", "İ.Əliyev", "598,47", "görüş keçirilib.", "\u00a0",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40))
def test_offsets_property(pieces):
    raw = " ".join(pieces)
    result = clean_page(raw)
    _assert_offsets_sound(raw, result, random.Random(0))
    assert len(result.offsets.body_starts) == len(result.offsets.raw_starts)


@pytest.mark.parametrize("label", ["Nəqliyyat", "Kosmos", "Rəqəmsal dünya"])
def test_label_right_above_the_date_bullets_removed(label):
    raw = f"{label}\n• 5 aprel, 2025\n• 10:15\n{TITLE}\n\n{ARTICLE}"
    result = clean_page(raw)
    assert result.title == TITLE
    assert {r.text: r.reason for r in result.removed}[label] == "section_label"
    assert result.published == "2025-04-05"


def test_name_above_the_date_is_kept():
    raw = f"{TITLE}\n\nLeyla Kərimli\n• 5 aprel, 2025\n\n{ARTICLE}"
    result = clean_page(raw)
    assert "Leyla Kərimli" in result.body


def test_english_translation_and_tags_before_it_removed():
    raw = (f"{TITLE}\n\n{ARTICLE}\nnəqliyyat əməkdaşlığı Gürcüstan\n"
           "Baku and Tbilisi expand transport cooperation\n")
    assert [r.reason for r in clean_page(raw).removed] == ["tags", "translation"]


def test_english_line_on_an_english_page_is_content():
    article = ("Azerbaijan and Georgia agreed to expand transport cooperation, the ministers said on Monday.\n\n"
               "The sides discussed freight volumes on the Middle Corridor and new tariffs for transit cargo.\n")
    raw = f"{article}\nTrade between the two countries grew\n"
    assert "Trade between" in clean_page(raw).body


@pytest.mark.parametrize("header", ["Xəbər lenti", "Son xəbərlər", "Oxşar xəbərlər", "Bu bölmədə", "Related news",
                                    "Читайте также"])
def test_headlines_under_feed_headers_removed(header):
    raw = f"{TITLE}\n\n{ARTICLE}\n{header}\nBakıda yeni park salınıb\nSabah hava küləkli olacaq\n"
    result = clean_page(raw)
    assert "park" not in result.body and "küləkli" not in result.body
    assert {r.reason for r in result.removed} == {"related_news"}


def test_feed_label_at_the_top_keeps_the_title_and_dateline():
    raw = f"Son dəqiqə\n{TITLE}\n\nBAKI, 11 mart, APA\n\n{ARTICLE}"
    result = clean_page(raw)
    assert result.title == TITLE
    assert "BAKI, 11 mart, APA" in result.body


def test_share_row_and_toolbar_removed():
    tail = "\n".join(["• Paylaş", "• Tvit", "• Göndər", "► Telegram", "Baxış: 5", "Çap et", "A+ A-", "-", "|",
                      "Şərh yazmaq üçün daxil olun"])
    result = clean_page(f"{TITLE}\n\n{ARTICLE}\n{tail}\n")
    assert key(result.body) == key(f"{TITLE}\n{ARTICLE}")


def test_published_from_first_sentence_when_dateline_has_no_year():
    lead = "2024-cü il 11 mart tarixində Bakıda nazirlər nəqliyyat əməkdaşlığını müzakirə ediblər."
    result = clean_page(f"{TITLE}\n\nBakı, 11 mart, AZƏRTAC\n\n{lead}\n\n{ARTICLE}")
    assert result.published == "2024-03-11"
    assert result.meta["published_from"] == "first_sentence"


@pytest.mark.parametrize("lead", [
    "Bakıda nazirlər nəqliyyat əməkdaşlığını müzakirə ediblər, sənədlər imzalanıb.",
    "2024-cü il 12 mart tarixində Bakıda nazirlər nəqliyyat əməkdaşlığını müzakirə ediblər.",
])
def test_yearless_dateline_never_guesses_the_year(lead):
    result = clean_page(f"{TITLE}\n\nBakı, 11 mart, AZƏRTAC\n\n{lead}\n\n{ARTICLE}")
    assert result.published is None


def test_english_document_titles_after_a_colon_are_kept():
    items = "\n".join(["Memorandum of Understanding on Strategic Partnership in the Field of Energy",
                       "Agreement on Cooperation in the Field of Transport"])
    raw = f"{TITLE}\n\n{ARTICLE}\nGörüşdən sonra aşağıdakı sənədlər imzalanıb:\n{items}\n"
    assert key(items) in key(clean_page(raw).body)


@pytest.mark.parametrize(("dateline", "iso"), [
    ("Bakı, 11 mart 2024, AZƏRTAC", "2024-03-11"), ("Astana, 2 iyul 2025 - Kazinform", "2025-07-02"),
    ("Gəncə, 5 may", None),
])
def test_place_dateline_dates_the_page_and_stays_in_the_body(dateline, iso):
    result = clean_page(f"{TITLE}\n\n{dateline}\n\n{ARTICLE}")
    assert result.title == TITLE
    assert result.published == iso
    assert dateline in result.body


def test_place_dateline_under_the_headline_is_not_the_title():
    result = clean_page(f"Gəncədə yeni məktəb binası açılıb\n\nGəncə, 1 sentyabr\n\n{ARTICLE}")
    assert result.title == "Gəncədə yeni məktəb binası açılıb"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\"'”»)’…\n\r\t\u00a0\u2003ßİ")), max_size=300))
def test_split_lines_keys_and_strength_are_the_debris_tests(raw):
    from xronika.clean.cleaner import split_lines
    from xronika.clean.debris import comparison_key, is_strong_content

    for line in split_lines(raw):
        assert line.text == raw[line.start:line.end] == line.text.strip() != ""
        assert line.key == comparison_key(line.text)
        assert line.strong == is_strong_content(line.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\n\r \t\u00a0\u2003")), max_size=8))
def test_blank_gap_is_the_blank_gap_pattern(gap):
    from xronika.clean.cleaner import _BLANK_GAP, _blank_gap

    raw = "a" + gap + "\nb"  # neighbouring lines have a line break between them
    assert _blank_gap(raw, 1, len(raw) - 1) == (_BLANK_GAP.search(raw, 1, len(raw) - 1) is not None)


def test_missing_spaces_are_repaired_on_a_plain_page_and_on_one_with_special_characters():
    text = "Bakı şəhərində görüş keçirilib.Tərəflər sənəd imzalayıb və əməkdaşlığı genişləndiriblər.\n\n"
    plain = clean_page(text + "Nazir bildirib ki,Prezident səfər edəcək və görüşlər davam edəcək.\n")
    special = clean_page(text + "Nazir bildirib ki,Prezident\u00a0səfər edəcək və görüşlər davam edəcək.\n")
    assert "keçirilib. Tərəflər" in plain.body and "keçirilib. Tərəflər" in special.body
    assert plain.meta["repairs"]["spacing"] == 2 and special.meta["repairs"]["spacing"] == 3


_SCAN_ALPHABET = list("ab Qə.,!:;\n\r\t\u00a0\u200b\u0301аЯ\u10d0\u2028ßİ")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SCAN_ALPHABET), max_size=60))
def test_page_scan_is_the_separate_scans(raw):
    from xronika.clean.cleaner import _NON_LATIN, _scan_page
    from xronika.clean.normalize import GAPS, SPECIAL

    scan = _scan_page(raw)
    plain = "  " not in raw and SPECIAL.search(raw) is None
    assert scan.plain == plain
    assert scan.gap_starts == ([m.start() for m in GAPS.finditer(raw)] if plain else [])
    if scan.latin:
        assert _NON_LATIN.search(raw) is None
