"""Page metadata read off lines: publication date lines, bylines, site address.

The title is chosen by the cleaner (it needs the line structure); this module
holds the line-level tests it uses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from xronika.clean.foreign_months import FOREIGN_MONTHS
from xronika.lang.az.debris import AGENCIES, ROLE_WORDS, SURNAME_ENDINGS
from xronika.lang.az.months import month_number

UPPER = "A-ZÇĞİÖŞÜƏÂÎÛ"
LOWER = "a-zçğıöşüəâîû"

# --- dates --------------------------------------------------------------------------------------

_DATE_PREFIX = (r"(?:[•·\-–|]\s*)?(?:(?:tarix|dərc (?:olunub|edilib|tarixi)|yayımlan(?:ıb|ma tarixi)|yenilənib|"
                r"date|published(?: on)?|updated|posted(?: on)?|дата|опубликовано|обновлено)\s*:?\s*)?")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WEEKDAY = (r"(?:bazar ertəsi|çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|bazar|monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)")
_LEAD_TIME = rf"(?:(?:saat\s*)?{_TIME}\s*[,|/•\-–]?\s*)?(?:{_WEEKDAY}\s*,?\s*)?"
_TAIL_TIME = rf"(?:\s*[,|/•\-–]?\s*(?:saat\s*)?{_TIME})?(?:\s*,?\s*{_WEEKDAY})?"
_TRAILER = r"(?:\s*\|)?(?:\s*(?:sosial mediada |sosial şəbəkələrdə )?paylaş\w*\s*:?)?\s*\|?"
_NUMERIC = re.compile(
    _DATE_PREFIX + _LEAD_TIME + r"(?:(?P<d>\d{1,2})[./\-](?P<m>\d{1,2})[./\-](?P<y>\d{4})|"
    r"(?P<iy>\d{4})[-./](?P<im>\d{2})[-./](?P<id>\d{2}))" + _TAIL_TIME + _TRAILER,
    re.IGNORECASE)
_WORDY = re.compile(
    _DATE_PREFIX + _LEAD_TIME
    + r"(?:(?P<d>\d{1,2})\s+(?P<mon>[^\W\d_]+)\.?|(?P<mon2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2}))"
    r"(?:\s*,?\s*(?P<y>\d{4})(?:\s*-?(?:ci|cü|cu|cı)?\s*(?:il|г\.?|года)?)?)?" + _TAIL_TIME + _TRAILER,
    re.IGNORECASE)
_TIME_ONLY = re.compile(rf"(?:[•·\-–|]\s*)?(?:(?:bu gün|bugün|dünən|today|yesterday|сегодня|вчера)\s*,?\s*)?"
                        rf"(?:saat\s*)?{_TIME}\s*\|?", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
LONGEST_DATE_LINE = 80  # also the longest place dateline
# the shared parser dates a line only by a day with its year, and reads only these years
# (`xronika.lang.dates.YEAR`); a line without one is not worth its search in five languages
_SHARED_PARSER_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def _month(word: str) -> int | None:
    return month_number(word) or FOREIGN_MONTHS.get(word.lower())


def _iso(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@lru_cache(maxsize=4096)
def date_line(text: str) -> tuple[bool, str | None]:
    """(is this line only a date/time stamp, ISO date or None when it has no full date).

    `15.07.2022`, `• 10 mart, 2026`, `Tarix: 7-04-2023, 15:52`, `• 12:28` are date lines;
    a stamp without a year (`30 Noyabr, 12:43`) is one too, but dates nothing.
    """
    text = text.strip()
    if len(text) > LONGEST_DATE_LINE or not _DIGIT.search(text):
        return False, None
    m = _NUMERIC.fullmatch(text)
    if m:
        if m.group("y"):
            return True, _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return True, _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    m = _WORDY.fullmatch(text)
    if m:
        month = _month(m.group("mon") or m.group("mon2"))
        if month is None:
            return False, None
        day = int(m.group("d") or m.group("d2"))
        return True, (_iso(int(m.group("y")), month, day) if m.group("y") else None)
    if _TIME_ONLY.fullmatch(text):
        return True, None
    return False, None


try:  # the project's date parser knows more phrasings; this module's stays the first word
    from xronika.lang.dates import parse_date_line as _shared_parse_date_line
except ImportError:  # pragma: no cover - only while the shared parser is missing
    _shared_parse_date_line = None


def stamp_line(text: str) -> tuple[bool, str | None]:
    """`date_line`, widened by the shared parser for phrasings this module does not know."""
    is_date, iso = date_line(text)
    if (not is_date and _shared_parse_date_line is not None and len(text) <= LONGEST_DATE_LINE
            and _SHARED_PARSER_YEAR.search(text) and text.count(" ") <= 8):
        iso = _shared_parse_date_line(text)
        is_date = iso is not None
    return is_date, iso


def parse_date_line(text: str) -> str | None:
    """ISO date of a date-stamp line, else None."""
    return stamp_line(text)[1]


# "Bakı, 11 mart, AZƏRTAC", "BAKI, 11 mart - APA": a place, a day and month, perhaps the agency
_PLACE_DAY_MONTH = re.compile(rf"[{UPPER}][\w\-]+(?:\s[{UPPER}][\w\-]+)?\s*[,.]\s*(?P<d>\d{{1,2}})\s+(?P<mon>[^\W\d_]+)"
                              r"(?:\s*,?\s*(?P<y>(?:19|20)\d\d)(?:\s*-?\s*(?:ci|cü|cu|cı))?(?:\s*il)?)?"
                              r"(?:\s*[,.\-–—/]\s*[\w.\- ]{0,30})?\s*:?")
_YEAR_SUFFIX = r"(?:\s*-?\s*(?:ci|cü|cu|cı))?"
# the same day with its year, as a sentence states it
_SENTENCE_DATES = re.compile(
    rf"(?P<y1>(?:19|20)\d\d){_YEAR_SUFFIX}\s+il(?:in)?\s*,?\s+(?P<d1>\d{{1,2}})\s*-?\s*(?P<m1>[^\W\d_]+)"
    rf"|(?P<y2>(?:19|20)\d\d){_YEAR_SUFFIX}\s+il(?:in)?\s*,?\s+(?P<m2>[^\W\d_]+)\s+(?P<d2>\d{{1,2}})"
    r"|(?P<d3>\d{1,2})\s+(?P<m3>[^\W\d_]+)\s*,?\s+(?P<y3>(?:19|20)\d\d)"
    # a month name starts where a word does: started inside one it ends where the whole word's match would
    r"|(?<![^\W\d_])(?P<m4>[^\W\d_]+)\s+(?P<d4>\d{1,2})\s*,\s*(?P<y4>(?:19|20)\d\d)"
    r"|(?P<d5>\d{1,2})[./](?P<m5>\d{1,2})[./](?P<y5>(?:19|20)\d\d)",
    re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÇĞİÖŞÜƏА-Я\"“«]|\s*$)")


def yearless_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a head line that dates the story without a year (`Bakı, 11 mart, AZƏRTAC`,
    `• 14 fevral`), else None; a line with a year is not one."""
    text = text.strip()
    if len(text) > LONGEST_DATE_LINE or not _DIGIT.search(text):
        return None
    m = _place_day_month(text)
    if m:
        month = _month(m.group("mon"))
        ok = month and not m.group("y") and 1 <= int(m.group("d")) <= 31
        return (month, int(m.group("d"))) if ok else None
    m = _WORDY.fullmatch(text)
    if m and not m.group("y"):
        month = _month(m.group("mon") or m.group("mon2"))
        day = int(m.group("d") or m.group("d2"))
        return (month, day) if month and 1 <= day <= 31 else None
    return None


@lru_cache(maxsize=4096)
def _place_day_month(text: str) -> re.Match[str] | None:
    text = text.strip()
    if len(text) > LONGEST_DATE_LINE or not _DIGIT.search(text):
        return None
    m = _PLACE_DAY_MONTH.fullmatch(text)
    return m if m and _month(m.group("mon")) is not None else None


def place_dateline(text: str) -> bool:
    """`Füzuli, 1 sentyabr`, `Astana, 2 iyul 2025 - Kazinform`: where and when the story was filed."""
    return _place_day_month(text) is not None


def place_dateline_date(text: str) -> str | None:
    """ISO date of a place dateline that states its year (`Bakı, 11 mart 2024, AZƏRTAC`), else None."""
    m = _place_day_month(text)
    if m is None or not m.group("y"):
        return None
    return _iso(int(m.group("y")), _month(m.group("mon")) or 0, int(m.group("d")))


def year_of_day(sentence: str, month: int, day: int) -> int | None:
    """The year the sentence gives to the day `day`.`month` (`2024-cü il 11 mart tarixində`,
    `2024-cü il martın 11-də`, `11 March 2024`), else None."""
    if _YEAR.search(sentence) is None:  # every form states the year
        return None
    for m in _SENTENCE_DATES.finditer(sentence):
        for n in range(1, 6):
            if m.group(f"y{n}") is None:
                continue
            raw_month = m.group(f"m{n}")
            found = int(raw_month) if raw_month.isdigit() else _month(raw_month)
            if found == month and int(m.group(f"d{n}")) == day:
                return int(m.group(f"y{n}"))
    return None


def first_sentence(text: str, limit: int = 300) -> str:
    m = _SENTENCE_END.search(text, 0, limit)
    return text[:m.end()] if m else text[:limit]


# --- bylines -------------------------------------------------------------------------------------

_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)?"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_CITY_AGENCY_BYLINE = re.compile(rf"(?:[{UPPER}][{LOWER}]+[.,]\s+)?(?P<name>{_NAME})\s*[-–—]\s*"
                                 rf"(?P<agency>[\w.\-]+(?:\s[\w.\-]+)?)\s*:?")
_BY_LINE = re.compile(rf"(?:by|müəllif|author|автор|müxbir|hazırladı|hazırlayan|text by|written by)\s*:?\s+"
                      rf"(?P<name>{_NAME}|[\w.\-]+)", re.IGNORECASE)
_NAME_LINE = re.compile(rf"(?P<name>{_NAME})\s*,?")
_NAME_ROLE = re.compile(rf"(?P<name>{_NAME})\s*[-–—,]\s*(?P<role>.{{3,120}})")


_AGENCY_NAMES = AGENCIES | {a.split(".")[0] for a in AGENCIES}  # `Report.az` signs as `Report` too


def _surname_shaped(name: str) -> bool:
    words = name.split()
    return any(w.lower().endswith(SURNAME_ENDINGS) for w in (words[0], words[-1]))


def _has_role(text: str) -> bool:
    lowered = text.lower()
    return any(map(lowered.__contains__, ROLE_WORDS))


def byline_name(text: str, next_line: str | None = None) -> str | None:
    """The person a byline line names, or None (`By Trend` names an agency, not a person)."""
    text = text.strip()
    if len(text) > 140:
        return None
    m = _BY_LINE.fullmatch(text)
    if m:
        name = m.group("name")
        return name if " " in name and name.lower() not in AGENCIES else None
    m = _CITY_AGENCY_BYLINE.fullmatch(text)
    if m and m.group("agency").lower().rstrip(":") in _AGENCY_NAMES:
        return m.group("name")
    m = _NAME_LINE.fullmatch(text)
    if m:
        name = m.group("name")
        role_follows = next_line is not None and (_has_role(next_line) or next_line[:1].islower())
        if role_follows or _surname_shaped(name):
            return name
        return None
    m = _NAME_ROLE.fullmatch(text)
    if m and _has_role(m.group("role")) and _surname_shaped(m.group("name")):
        return m.group("name")
    return None


# --- site ------------------------------------------------------------------------------------------

_SECOND_LEVEL = frozenset({"com", "org", "net", "gov", "edu", "co", "info", "biz", "mil", "ac"})
_SITE_IN_TEXT = re.compile(r"(?<![\w@.])(?:https?://)?(?:www\.)?(?P<host>[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
                           r"\.(?:az|com|org|net|info|ru|tv|news|media|press|online))(?![\w.])", re.IGNORECASE)
SITE_ADDRESS_LINE = re.compile(r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.(?:az|com|org|net|info|ru|tv|"
                               r"news|media|press|online)/?", re.IGNORECASE)


def registrable_domain(host: str) -> str:
    """`www.aztv.az` → `aztv.az`; `news.gov.az` → `news.gov.az` (public second level kept)."""
    host = host.lower().strip(".").split(":")[0]
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return registrable_domain(host) if host else None


def site_from_line(text: str) -> str | None:
    """The site a standalone address line (`www.sumqayitxeber.com`) names."""
    text = text.strip()
    if " " in text:  # an address has no spaces: most lines fail here, before the pattern
        return None
    if SITE_ADDRESS_LINE.fullmatch(text):
        m = _SITE_IN_TEXT.search(text)
        if m:
            return registrable_domain(m.group("host"))
    return None


# "Metbuat.az xəbər verir ki, ..." — a site names itself this way (others it cites with "-a istinadən")
_SELF_ATTRIBUTION = re.compile(r"(?<![\w.@])(?P<host>[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:az|com|org|net|info|ru|tv|news|"
                               r"media|press|online))[\"”»]?\s+(?:xəbər verir|xəbər yayır|reports|сообщает)",
                               re.IGNORECASE)


# pieces of the verbs above that any text the pattern matches holds once lower-cased: no letter in them has
# a case variant IGNORECASE accepts that lower() maps elsewhere (as `i` has `İ` and `ı`, `s` has `ſ`). A page
# with none of them is spared the address pattern, which tries every word of the first 3000 characters
_VERB_PIECES = ("xəbər v", "xəbər y", "report", "бща")


def site_from_attribution(text: str) -> str | None:
    """The site a page names as its own source (`FED.az xəbər verir ki`), from the first 3000 characters."""
    head = text[:3000].lower()
    if not any(piece in head for piece in _VERB_PIECES):
        return None
    m = _SELF_ATTRIBUTION.search(text, 0, 3000)
    return registrable_domain(m.group("host")) if m else None
