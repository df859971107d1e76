"""Finding date mentions: one guarded, combined regex per language, then the matched rule's
handler; and the metadata-line parser built on it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from xronika.document import DateItem
from xronika.lang.dates.common import Handler, Rule, numeric_rules
from xronika.lang.dates.rules_az import az_rules
from xronika.lang.dates.rules_ru_en_tr_kk import en_rules, kk_rules, ru_rules, tr_rules
from xronika.lang.regex_guard import lookahead_guard
from xronika.lang.word_scan import WordStartScanner

SUPPORTED_LANGS = ("az", "ru", "en", "tr", "kk")

_RULES_BY_LANG: dict[str, Callable[[], list[Rule]]] = {
    "az": az_rules, "ru": ru_rules, "en": en_rules, "tr": tr_rules, "kk": kk_rules,
}


# ---------------------------------------------------------------- engine
def _combined(lang: str) -> tuple[str, dict[str, tuple[Handler, tuple[str, ...]]]]:
    """The rules of `lang` as one alternation, each in a group named after it (its own groups
    renamed `<rule>__<group>`), and each rule's handler with its group names."""
    parts, handlers = [], {}
    for name, pattern, handler in numeric_rules() + _RULES_BY_LANG[lang]():
        local = re.findall(r"\(\?P<(\w+)>", pattern)
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", pattern)
        renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P={name}__\1)", renamed)
        parts.append(f"(?P<{name}>{renamed})")
        handlers[name] = (handler, tuple(local))
    return "(?:" + "|".join(parts) + ")", handlers


@lru_cache(maxsize=8)
def _compiled(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[Handler, tuple[str, ...]]], WordStartScanner]:
    """The rules' regex, their handlers, and a scanner finding the regex's matches faster."""
    rules_regex, handlers = _combined(lang)
    # every rule starts at a word start, with a digit or one of a few words: checking both once
    # up front lets most positions fail without trying twenty rules
    guard = lookahead_guard(rules_regex, re.IGNORECASE)
    regex = re.compile(r"(?<!\w)" + guard + rules_regex, re.IGNORECASE)
    return regex, handlers, WordStartScanner(r"\W", guard + rules_regex, re.IGNORECASE, regex)


def _anchor_date(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def find_dates(text: str, anchor: str | None = None, lang: str = "az") -> list[DateItem]:
    """Every date mention in `text`, non-overlapping, sorted by span.

    `anchor` is the ISO publication date; relative and year-less dates resolve against it and
    stay `value=None` without it. Unknown languages fall back to Azerbaijani.
    """
    lang = (lang or "az")[:2].lower()
    _, handlers, scanner = _compiled(lang if lang in SUPPORTED_LANGS else "az")
    anchor_day = _anchor_date(anchor)
    items: list[DateItem] = []
    for match in scanner.finditer(text):
        name = match.lastgroup
        if name is None:
            continue
        handler, local_names = handlers[name]
        prefix = name + "__"

        def group(key: str, _m=match, _p=prefix) -> str | None:
            return _m.group(_p + key)

        # the rule's group spans the mention (the scanner's match may begin with the blank before it)
        start, stop = match.span(name)
        resolved = handler(group, anchor_day, text, stop)
        if resolved is None:
            continue
        value, end, granularity, relative = resolved
        if "lead" in local_names and match.group(prefix + "lead") is not None:
            start = match.end(prefix + "lead")  # "in 2019": the preposition licenses the year, the span is the year
        while stop > start and text[stop - 1] in " ,.;:\u00a0":
            stop -= 1
        items.append(DateItem(value=value, span=(start, stop), text=text[start:stop],
                              granularity=granularity, end=end, relative=relative,
                              confidence=0.8 if relative else 0.95))
    return items


# ---------------------------------------------------------------- metadata lines
# bullets, separators, a label ("Tarix:", "Dərc olunub:") and a leading time before the date of a metadata line
_LINE_HEAD = re.compile(
    r"^[\s•·|*\-–—>/]*(?:(?:tarix|tarixi|dərc\s+olunub|yayımlanıb|yenilənib|date|published|posted|updated|дата|"
    r"опубликовано|tarih|yayın\s+tarihi|күні|жарияланды)\s*:?\s*)?(?:(?:[01]?\d|2[0-3]):[0-5]\d\s*[,|/•·-]?\s*)?",
    re.IGNORECASE)
# what may follow the date: a time, separators, and a short trailing field ("| Baxış: 5")
_LINE_TAIL = re.compile(
    r"[\s,|/•·-]*(?:(?:saat\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?)?[\s,]*(?:[|•·/].{0,40})?$")


@lru_cache(maxsize=4096)
def parse_date_line(line: str) -> str | None:
    """The ISO day of a metadata line that is essentially a date ('• 10 mart, 2026', 'Tarix: 17-10-2018 |',
    '21 iyun, 2022 19:22'), else None (also None when the line gives no year)."""
    if len(line) > 100:
        return None
    head = _LINE_HEAD.match(line)
    rest = line[head.end():] if head else line
    for lang in SUPPORTED_LANGS:
        items = find_dates(rest, None, lang)
        if not items:
            continue
        item = items[0]
        if item.granularity != "day" or item.value is None or item.span[0] > 0:
            return None
        return item.value if _LINE_TAIL.match(rest, item.span[1]) else None
    return None


def gold_values(items: list[DateItem]) -> set[str]:
    """The values the gold schema lists for these items: resolved days, months and years, both ends
    of a range, the year of a half or quarter; weeks, decades and unresolved mentions have no place in it."""
    values: set[str] = set()
    for item in items:
        if item.value is None or item.granularity in ("week", "decade"):
            continue
        if item.granularity in ("half", "quarter"):
            values.add(item.value[:4])
            continue
        values.add(item.value)
        if item.end:
            values.add(item.end)
    return values
