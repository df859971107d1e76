"""The Russian, English, Turkish and Kazakh date grammars, built from the month and period words
in `xronika.lang.<lang>.months`."""

from __future__ import annotations

import re

from xronika.lang.dates.common import (
    DASH,
    DAY,
    HY,
    LETTERS,
    NUM_END,
    YEAR,
    Group,
    Handler,
    L,
    R,
    Resolved,
    Rule,
    alternation,
    day_month_handler,
    folded,
    month_key,
    month_only,
    relative_rule,
    year_range,
)
from xronika.lang.en import months as en
from xronika.lang.kk import months as kk
from xronika.lang.ru import months as ru
from xronika.lang.tr import months as tr


def _lower_forms(forms: dict[str, int]) -> dict[str, int]:
    return {month_key(k): v for k, v in forms.items()}


RU_MONTHS, EN_MONTHS = _lower_forms(ru.MONTH_FORMS), _lower_forms(en.MONTH_FORMS)
TR_MONTHS, KK_MONTHS = _lower_forms(tr.MONTH_FORMS), _lower_forms(kk.MONTH_FORMS)


def _dm(months: dict[str, int]) -> Handler:
    return lambda g, anchor, text, end: day_month_handler(g, anchor, text, end, months)


def _month_year(months: dict[str, int]) -> Handler:
    return lambda g, anchor, text, end: month_only(months.get(month_key(g("mon"))), anchor, int(g("y")))


def _month_alone(months: dict[str, int]) -> Handler:
    return lambda g, anchor, text, end: month_only(months.get(month_key(g("mon"))), anchor, None)


def _month_range(months: dict[str, int]) -> Handler:
    def handler(g: Group, anchor, text, end) -> Resolved | None:
        m1, m2, y = months[month_key(g("m1"))], months[month_key(g("m2"))], int(g("y"))
        return (f"{y:04d}-{m1:02d}", f"{y:04d}-{m2:02d}", "range", False) if m2 > m1 else None
    return handler


def _year(g: Group, anchor, text, end) -> Resolved | None:
    return f"{int(g('y')):04d}", None, "year", False


def _decade(g: Group, anchor, text, end) -> Resolved | None:
    return f"{int(g('y')):04d}", None, "decade", False


def _ordinal_period(ordinals: dict[str, int], half_words: str) -> Handler:
    half_regex = re.compile(half_words, re.IGNORECASE)
    ordinals = folded(ordinals)

    def handler(g: Group, anchor, text, end) -> Resolved | None:
        n = ordinals.get(month_key(g("ord")))
        if n is None:
            return None
        if half_regex.fullmatch(g("kind")):
            return (f"{int(g('y')):04d}-H{n}", None, "half", False) if n <= 2 else None
        return f"{int(g('y')):04d}-Q{n}", None, "quarter", False
    return handler


# a preposition before a month: it licenses a bare month and stays outside the span
RU_LEAD = r"(?:в|во|с|до|к|по|за|в\s+начале|в\s+конце|в\s+середине)\s+"
EN_LEAD = r"(?:in|since|until|till|during|by|on|from|early|late|mid|end\s+of|beginning\s+of)[\s-]+"


def ru_rules() -> list[Rule]:
    mon, yw = alternation(ru.MONTH_FORMS), ru.YEAR_WORDS
    return [
        ("ru_dm", rf"{L}(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?{NUM_END}\s+(?P<mon>{mon}){R}"
                  rf"(?:,?\s+(?P<y>{YEAR}){ru.YEAR_NUMBER_SUFFIX}(?:\s*{yw})?{NUM_END})?", _dm(RU_MONTHS)),
        ("ru_period", rf"(?<!\w)(?P<ord>{alternation(ru.ORDINALS)})\s+(?P<kind>{ru.HALF_WORDS}|{ru.QUARTER_WORDS})\s+"
                      rf"(?P<y>{YEAR})(?:\s*{yw})?", _ordinal_period(ru.ORDINALS, ru.HALF_WORDS)),
        ("ru_month_range", rf"(?<!\w)(?P<lead>{RU_LEAD})?(?P<m1>{mon}){DASH}(?P<m2>{mon})\s+(?P<y>{YEAR})(?:\s*{yw})?",
         _month_range(RU_MONTHS)),
        ("ru_year_range", rf"{L}(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR}){ru.YEAR_NUMBER_SUFFIX}\s*{yw}", year_range),
        ("ru_decade", rf"{L}(?P<y>(?:1[6-9]|20)\d0)-?х(?:\s*{yw})?{R}", _decade),
        ("ru_month_year", rf"(?<!\w)(?P<lead>{RU_LEAD})?(?P<mon>{mon}),?\s+(?P<y>{YEAR})(?:\s*{yw})?{NUM_END}", _month_year(RU_MONTHS)),
        ("ru_year", rf"{L}(?P<y>{YEAR}){ru.YEAR_NUMBER_SUFFIX}\s*{yw}", _year),
        relative_rule("ru_rel", ru.RELATIVE_PHRASES),
        ("ru_month_alone", rf"(?<!\w)(?P<lead>{RU_LEAD})"
                           rf"(?P<mon>{mon}){R}", _month_alone(RU_MONTHS)),
    ]


def en_rules() -> list[Rule]:
    mon = rf"(?-i:{alternation(en.MONTH_FORMS)})\.?"
    ords = alternation(en.ORDINALS)
    preps = alternation(en.YEAR_PREPOSITIONS)

    def quarter(g: Group, anchor, text, end) -> Resolved | None:
        code = g("q").upper()
        return f"{int(g('y')):04d}-{code}", None, "half" if code[0] == "H" else "quarter", False

    return [
        ("en_md", rf"(?<!\w)(?P<lead>{EN_LEAD})?(?P<mon>{mon})\s+(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?(?:st|nd|rd|th)?{R}{NUM_END}"
                  rf"(?:,?\s+(?P<y>{YEAR}){NUM_END})?", _dm(EN_MONTHS)),
        ("en_dm", rf"{L}(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon}){R}"
                  rf"(?:,?\s+(?P<y>{YEAR}){NUM_END})?", _dm(EN_MONTHS)),
        ("en_period", rf"(?<!\w)(?P<lead>the\s+)?(?P<ord>{ords})\s+(?P<kind>half|quarter)\s+(?:of\s+)?(?P<y>{YEAR})",
         _ordinal_period(en.ORDINALS, "half")),
        ("en_quarter", rf"(?<!\w)(?P<q>(?-i:Q[1-4]|H[12]))\s+(?P<y>{YEAR}){NUM_END}", quarter),
        ("en_month_range", rf"(?<!\w)(?P<lead>{EN_LEAD})?(?P<m1>{mon}){DASH}(?P<m2>{mon}),?\s+(?P<y>{YEAR})", _month_range(EN_MONTHS)),
        ("en_decade", rf"(?<!\w)(?:the\s+)?(?P<y>(?:1[6-9]|20)\d0)['’]?s{R}", _decade),
        ("en_month_year", rf"(?<!\w)(?P<lead>{EN_LEAD})?(?P<mon>{mon}),?\s+(?P<y>{YEAR}){NUM_END}", _month_year(EN_MONTHS)),
        ("en_year_range", rf"(?<!\w)(?P<lead>(?:in|from|between|during)\s+)(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR}|\d\d)"
                          rf"{NUM_END}{R}", year_range),
        ("en_year", rf"(?<!\w)(?P<lead>{preps}[\s-]+)(?P<y>{YEAR}){NUM_END}{R}|{L}(?P<y2>{YEAR})\s+year{R}",
         lambda g, anchor, text, end: (g("y") or g("y2"), None, "year", False)),
        relative_rule("en_rel", en.RELATIVE_PHRASES),
        ("en_month_alone", rf"(?<!\w)(?P<lead>{EN_LEAD})(?P<mon>{mon}){R}", _month_alone(EN_MONTHS)),
    ]


def tr_rules() -> list[Rule]:
    mon, sfx, yw = alternation(tr.MONTHS), alternation(tr.SUFFIXES), tr.YEAR_WORDS
    return [
        ("tr_dm", rf"{L}(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?{NUM_END}\s+(?P<mon>{mon})(?:['’]?{sfx})?{R}"
                  rf"(?:,?\s+(?P<y>{YEAR})(?:['’]?{sfx})?{NUM_END}{R})?(?:\s+tarih{LETTERS}*)?", _dm(TR_MONTHS)),
        ("tr_period", rf"{L}(?P<y>{YEAR})(?:['’]?{LETTERS}{{1,4}})?\s+(?:{yw}\s+)?(?P<ord>{alternation(tr.ORDINALS)})\s+"
                      rf"(?P<kind>{tr.HALF_WORDS}|{tr.QUARTER_WORDS})", _ordinal_period(tr.ORDINALS, tr.HALF_WORDS)),
        ("tr_month_year", rf"(?<!\w)(?P<mon>{mon})\s+(?P<y>{YEAR})(?:['’]?{sfx})?{NUM_END}{R}",
         _month_year(TR_MONTHS)),
        ("tr_year", rf"{L}(?P<y>{YEAR})(?:['’]?{sfx})?\s+{yw}|{L}(?P<y2>{YEAR})['’]{sfx}{R}",
         lambda g, anchor, text, end: (g("y") or g("y2"), None, "year", False)),
        relative_rule("tr_rel", tr.RELATIVE_PHRASES),
        ("tr_month_alone", rf"(?<!\w)(?P<mon>{mon})(?:\s+ay{LETTERS}*|['’](?:ta|da|tan|dan|ın|in)){R}",
         _month_alone(TR_MONTHS)),
    ]


def kk_rules() -> list[Rule]:
    mon, sfx, yw = alternation(kk.MONTHS), alternation(kk.SUFFIXES), kk.YEAR_WORDS
    return [
        ("kk_ydm", rf"{L}(?P<y>{YEAR})(?:\s*{HY}?\s*){yw}\s+(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?{NUM_END}\s+"
                   rf"(?P<mon>{mon}){sfx}?{R}", _dm(KK_MONTHS)),
        ("kk_dm", rf"{L}(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?{NUM_END}\s+(?P<mon>{mon}){sfx}?{R}"
                  rf"(?:\s+(?P<y>{YEAR})(?:\s*{HY}?\s*{yw})?{NUM_END})?", _dm(KK_MONTHS)),
        ("kk_period", rf"{L}(?P<y>{YEAR})(?:\s*{HY}?\s*){yw}\s+(?P<ord>{alternation(kk.ORDINALS)})\s+"
                      rf"(?P<kind>{kk.HALF_WORDS}|{kk.QUARTER_WORDS})", _ordinal_period(kk.ORDINALS, kk.HALF_WORDS)),
        ("kk_year", rf"{L}(?P<y>{YEAR})(?:\s*{HY}?\s*){yw}", _year),
        relative_rule("kk_rel", kk.RELATIVE_PHRASES),
        ("kk_month_alone", rf"(?<!\w)(?P<mon>{mon})\s+ай[а-яәіңғүұқөһ]*", _month_alone(KK_MONTHS)),
    ]
