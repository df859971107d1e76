import pytest

from xronika.clean import metadata
from xronika.clean.metadata import (
    byline_name,
    date_line,
    place_dateline,
    place_dateline_date,
    registrable_domain,
    site_from_attribution,
    site_from_line,
    site_from_url,
    year_of_day,
    yearless_day,
)


@pytest.mark.parametrize(("line", "iso"), [
    ("• 10 mart, 2026", "2026-03-10"),
    ("15.07.2022", "2022-07-15"),
    ("- Tarix: 17-10-2018 |", "2018-10-17"),
    ("21 iyun, 2022 19:22", "2022-06-21"),
    ("Tarix: 7-04-2023, 15:52", "2023-04-07"),
    ("14:35 / 11.03.2024", "2024-03-11"),
    ("11 Mart 2024, Bazar ertəsi", "2024-03-11"),
    ("12 noyabr 2024-cü il", "2024-11-12"),
    ("10 марта 2026, 12:00", "2026-03-10"),
    ("Posted on March 5, 2024", "2024-03-05"),
    ("2024-03-11 09:00", "2024-03-11"),
])
def test_date_lines(line, iso):
    assert date_line(line) == (True, iso)


@pytest.mark.parametrize("line", ["• 12:28", "30 Noyabr, 12:43", "Dünən, 14:20", "5 may"])
def test_date_lines_without_year(line):
    assert date_line(line) == (True, None)


@pytest.mark.parametrize("line", ["2023-cü ildə 5 milyon ton", "Martın 11-də görüş olub.", "2 milyon", "Bakı"])
def test_not_date_lines(line):
    assert date_line(line)[0] is False


def test_shared_parser_is_asked_only_with_a_year_it_reads():
    # stamp_line skips the shared parser on lines without such a year: it must know every year the parser reads
    from xronika.lang.dates import parse_date_line

    years = [f"{n:02d}" for n in range(100)] + [str(n) for n in range(1000, 2200)]
    for year in years:
        for line in (f"11.03.{year}", f"{year}-03-11", f"11 mart {year}", f"March 11, {year}", f"11 марта {year}"):
            if parse_date_line(line) is not None:
                assert metadata._SHARED_PARSER_YEAR.search(line), line


@pytest.mark.parametrize(("line", "expected"), [
    ("Dərc olunub: 2024-cü il 11 mart", (True, "2024-03-11")),  # the shared parser's phrasing
    ("Tarix: 11 mart 2024 | Baxış: 5", (True, "2024-03-11")),
    ("Çində yaşayan azərbaycanlıların sayı 1100 mindən çoxdur.", (False, None)),
    ("Ankarada ticarət evi 2024-cü ildə açılıb.", (False, None)),
])
def test_stamp_line(line, expected):
    assert metadata.stamp_line(line) == expected


@pytest.mark.parametrize(("line", "next_line", "name"), [
    ("Bakı. Leyla Həsənova - Trend:", None, "Leyla Həsənova"),
    ("Kamran Əliyev,", "BDU-nun professoru", "Kamran Əliyev"),
    ("Rauf Hüseynov – Şəki Rayon Təhsil Şöbəsinin müdiri", None, "Rauf Hüseynov"),
    ("By John Smith", None, "John Smith"),
    ("Müəllif: Səbinə Quliyeva", None, "Səbinə Quliyeva"),
])
def test_bylines(line, next_line, name):
    assert byline_name(line, next_line) == name


@pytest.mark.parametrize("line", ["By Trend", "Bənzər Xəbərlər", "Mənbə: TASS", "Xarici siyasət",
                                  "Ceyhun Bayramov Astanada danışıqlar aparıb"])
def test_not_bylines(line):
    assert byline_name(line) is None


@pytest.mark.parametrize(("url", "site"), [
    ("https://metbuat.az/news/1/x.html", "metbuat.az"),
    ("http://www.aztv.az/index.php/az/news/1", "aztv.az"),
    ("https://news.gov.az/x", "news.gov.az"),
    ("https://m.report.az:443/a", "report.az"),
    (None, None),
])
def test_site_from_url(url, site):
    assert site_from_url(url) == site


def test_site_from_line():
    assert site_from_line("www.xeberler.com") == "xeberler.com"
    assert site_from_line("Xeber-Baku.Org") == "xeber-baku.org"
    assert site_from_line("Bakı və Astana") is None
    assert registrable_domain("WWW.Example.COM.AZ") == "example.com.az"


@pytest.mark.parametrize(("text", "site"), [
    ("Xeberler.az xəbər verir ki, görüş keçirilib.", "xeberler.az"),
    ('Bu barədə "Report" xəbər verir.', None),
    ("Görüş Bakıda keçirilib.", None),
    # case variants the pattern accepts (IGNORECASE takes İ and ı for i), which the quick check must not miss
    ("Report.AZ XƏBƏR VERİR ki, görüş keçirilib.", "report.az"), ("Apa.az xəbər verır.", "apa.az"),
    ("Trend.az Xəbər Yayır ki", "trend.az"), ("Tass.ru СООБЩАЕТ", "tass.ru"), ("News.com REPORTS that", "news.com"),
])
def test_site_from_attribution(text, site):
    assert site_from_attribution(text) == site


def test_site_from_attribution_reads_only_the_first_3000_characters():
    assert site_from_attribution("Söz " * 800 + "Xeberler.az xəbər verir") is None
    assert site_from_attribution("Söz " * 700 + "Xeberler.az xəbər verir") == "xeberler.az"


@pytest.mark.parametrize(("line", "day"), [
    ("Bakı, 11 mart, AZƏRTAC", (3, 11)), ("BAKI, 5 yanvar - APA", (1, 5)), ("Astana, 2 iyul", (7, 2)),
    ("• 14 fevral", (2, 14)), ("30 Noyabr, 12:43", (11, 30)),
])
def test_yearless_day(line, day):
    assert yearless_day(line) == day


@pytest.mark.parametrize("line", ["Bakı, 11 mart 2024, AZƏRTAC", "15.07.2022", "Bakı, Azərbaycan", "• 12:28"])
def test_not_yearless_day(line):
    assert yearless_day(line) is None


@pytest.mark.parametrize(("sentence", "year"), [
    ("2024-cü il 11 mart tarixində Bakıda görüş keçirilib.", 2024),
    ("2023-cü il martın 11-də nazirlər görüşüb.", 2023),
    ("On 11 March 2022 the ministers met.", 2022),
    ("On March 11, 2021 the ministers met.", 2021),
    ("11.03.2020 tarixində sənəd imzalanıb.", 2020),
    ("2024-cü ildə 11 mart tarixində keçirilən görüşdə danışıqlar aparılıb.", None),
    ("2024-cü il 12 mart tarixində görüş keçirilib.", None),
    ("Bu il, yəni sonra March 11, 2019 the ministers met.", 2019),  # the month word after other words
    ("Görüş 11 mart tarixində keçirilib.", None),  # no year at all
])
def test_year_of_day(sentence, year):
    assert year_of_day(sentence, 3, 11) == year


@pytest.mark.parametrize(("line", "iso"), [
    ("Gəncə, 1 sentyabr", None), ("BAKI, 11 mart 2024 - APA", "2024-03-11"), ("Astana, 2 iyul 2025", "2025-07-02"),
])
def test_place_datelines(line, iso):
    assert place_dateline(line)
    assert place_dateline_date(line) == iso


@pytest.mark.parametrize("line", ["Qazaxıstan, Özbəkistan və Qırğızıstan", "Bakı, 2024", "Bakı, 5 nəfər"])
def test_not_place_datelines(line):
    assert not place_dateline(line)
