"""The Azerbaijani date grammar: `2023-cü il noyabrın 2-də`, `11 mart`, `ötən il`, `ilin ilk rübü`.

Word lists live in `xronika.lang.az.dates` and `xronika.lang.az.months`; this module holds the
templates built from them and the handlers that resolve each rule's groups.
"""

from __future__ import annotations

import re

from xronika.lang.az import dates as az
from xronika.lang.az.months import MONTH_VARIANTS as AZ_MONTHS
from xronika.lang.dates.common import (
    DASH,
    DAY,
    HY,
    LETTERS,
    NUM_END,
    NUM_SUFFIX,
    YEAR,
    Group,
    L,
    R,
    Resolved,
    Rule,
    alternation,
    day_month_handler,
    day_values,
    fold,
    folded,
    iso_value,
    month_only,
    period_value,
    relative_rule,
    shift_month,
    unit_value,
    year_for,
    year_range,
)

AZ_MON = alternation(AZ_MONTHS)
AZ_ORD = rf"(?:\s?{HY}\s?{alternation(az.ORDINAL_SUFFIXES)})"
AZ_YEAR_WORD = "il" + alternation(az.YEAR_WORD_SUFFIXES)
AZ_YEAR_PLURAL = "illər" + alternation(az.YEAR_PLURAL_SUFFIXES)
AZ_REL = alternation(az.RELATIVE_DETERMINERS)
AZ_GEN = alternation(az.MONTH_GENITIVE)
AZ_MON_LOC = alternation(az.MONTH_LOCATIVE)
AZ_NUMBER_WORDS = alternation(az.NUMBER_WORDS)
AZ_ORDINAL = alternation(az.ORDINALS)
AZ_DATE_NOUN = rf"(?:\s+{alternation(az.DATE_NOUNS)}{LETTERS}*)?"
AZ_COMPARISON = re.compile(rf"\s+{alternation(az.COMPARISON_PERIOD_WORDS)}\s+dövr", re.IGNORECASE)
AZ_DURATION = re.compile(rf"\s+{alternation(az.DURATION_WORDS)}{R}", re.IGNORECASE)
# D[-D2] MONTH: "11 mart", "27-29 noyabr tarixlərində"
AZ_DM_A = (rf"{L}(?P<d1>{DAY})(?:(?:{DASH}|\s+və\s+)(?P<d2>{DAY}))?{NUM_END}\s+(?P<mon>{AZ_MON})"
           rf"{alternation(az.MONTH_AFTER_DAY)}?{R}")
# MONTH-gen D[-D2]-SUFFIX: "noyabrın 2-də", "oktyabrın 9-10-da", "martın 11-dən 15-dək"
AZ_DM_B = (rf"(?<!\w)(?P<bmon>{AZ_MON})(?:{AZ_GEN}|\s+ayının)\s+(?P<bd1>{DAY})"
           rf"(?:{HY}(?:n?d[əa]n|t[əa]n)\s+(?P<bd3>{DAY}){HY}{LETTERS}{{1,6}}"
           rf"|(?:(?:{DASH}|\s?{HY}?[ıiuü]?\s+və\s+)(?P<bd2>{DAY}))?{NUM_END}{NUM_SUFFIX}){R}")
AZ_PERIOD_TAILS = (
    rf"(?P<half>{AZ_ORDINAL})\s+{az.HALF_WORD}{LETTERS}*"
    rf"|(?P<q>{AZ_ORDINAL})\s+{az.QUARTER_WORD}{LETTERS}*"
    rf"|(?:(?P<first>ilk)\s+|(?P<last>son)\s+)?(?P<n>1[0-2]|[1-9]|{AZ_NUMBER_WORDS})\s+"
    rf"ay(?:ı|ında|ının|ındakı|ından|lıq|lığı|lığında)?{R}"
)
AZ_TAILS = (
    rf"{AZ_DM_A}{AZ_DATE_NOUN}|{AZ_DM_B}"
    rf"|(?P<mr1>{AZ_MON}){DASH}(?P<mr2>{AZ_MON}){LETTERS}*(?:\s+ay{LETTERS}*)?"
    rf"|(?P<mo>{AZ_MON})(?:{AZ_MON_LOC}|\s+ay(?:ı|ında|ından|ına|ının)){R}"
    rf"|{AZ_PERIOD_TAILS}"
    rf"|(?P<edge>{alternation(az.PERIOD_EDGES)}{LETTERS}*)"
)


_az_key = fold
AZ_MONTH_NUMBERS = folded(AZ_MONTHS)
AZ_RELATIVE = folded(az.RELATIVE_DETERMINERS)
AZ_ORDINAL_NUMBERS = folded(az.ORDINALS)
AZ_COUNT_WORDS = folded(az.NUMBER_WORDS)


def _az_tail(g: Group, year: int | None, relative: bool, anchor) -> Resolved | None:
    """Resolve what follows `<year> il(in)`: a day, a month, a month range, a half, a quarter."""
    def done(value, end, gran):
        return (value, end, gran, relative) if year is not None else (None, None, gran, relative)

    y = year if year is not None else 2000  # placeholder to validate the shape only
    mon = g("mon") or g("bmon")
    if mon:
        month = AZ_MONTH_NUMBERS[_az_key(mon)]
        d1 = int(g("d1") or g("bd1"))
        d2_text = g("d2") or g("bd2") or g("bd3")
        value, end, gran = day_values(y, month, d1, int(d2_text) if d2_text else None)
        return done(value, end, gran) if value else None
    if g("mr1"):
        m1, m2 = AZ_MONTH_NUMBERS[_az_key(g("mr1"))], AZ_MONTH_NUMBERS[_az_key(g("mr2"))]
        if m2 <= m1:
            return None
        return done(f"{y:04d}-{m1:02d}", f"{y:04d}-{m2:02d}", "range")
    if g("mo"):
        return done(iso_value(y, AZ_MONTH_NUMBERS[_az_key(g("mo"))]), None, "month")
    period = _az_period(g, y)
    if period:
        return done(*period)
    return done(f"{y:04d}", None, "year")


def _az_period(g: Group, y: int) -> tuple[str, str | None, str] | None:
    if g("half"):
        half = AZ_ORDINAL_NUMBERS[_az_key(g("half"))]
        return period_value(y, half=half) if half <= 2 else None
    if g("q"):
        return period_value(y, quarter=AZ_ORDINAL_NUMBERS[_az_key(g("q"))])
    if g("n"):
        n_text = _az_key(g("n"))
        n = int(n_text) if n_text.isdigit() else AZ_COUNT_WORDS[n_text]
        if g("last"):
            return period_value(y, months=n, first_month=13 - n)
        return period_value(y, months=n) if n > 1 else (iso_value(y, 1), None, "month")
    return None


def _az_year_tail(g: Group, anchor, text, end) -> Resolved | None:
    if g("y"):
        return _az_tail(g, int(g("y")), False, anchor)
    offset = AZ_RELATIVE[_az_key(g("rel"))]
    return _az_tail(g, anchor.year + offset if anchor else None, True, anchor)


def _az_year(g: Group, anchor, text, end) -> Resolved | None:
    year = int(g("y"))
    word = _az_key(g("ilw"))
    if not g("o") and AZ_DURATION.match(text, end):
        return None  # "1500 il əvvəl": a duration
    if word.startswith("illər"):
        return (f"{year:04d}", None, "decade", False) if year % 10 == 0 else None
    return f"{year:04d}", None, "year", False


def _az_rel_year(g: Group, anchor, text, end) -> Resolved | None:
    if AZ_COMPARISON.match(text, end):
        return None
    if anchor is None:
        return None, None, "year", True
    return f"{anchor.year + AZ_RELATIVE[_az_key(g('rel'))]:04d}", None, "year", True


def _az_dm(g: Group, anchor, text, end) -> Resolved | None:
    if g("bmon"):
        d2 = g("bd2") or g("bd3")
        return day_month_handler(lambda k: {"mon": g("bmon"), "d1": g("bd1"), "d2": d2, "y": None}[k],
                                  anchor, text, end, AZ_MONTH_NUMBERS)
    return day_month_handler(g, anchor, text, end, AZ_MONTH_NUMBERS)


def _az_month_year(g: Group, anchor, text, end) -> Resolved | None:
    return month_only(AZ_MONTH_NUMBERS.get(_az_key(g("mon"))), anchor, int(g("y")))


def _az_rel_month(g: Group, anchor, text, end) -> Resolved | None:
    if anchor is None:
        return None, None, "day" if g("d") else "month", True
    y, m = shift_month(anchor.year, anchor.month, AZ_RELATIVE[_az_key(g("rel"))])
    if g("d"):
        value = iso_value(y, m, int(g("d")))
        return (value, None, "day", True) if value else None
    return iso_value(y, m), None, "month", True


def _az_rel_week(g: Group, anchor, text, end) -> Resolved | None:
    if anchor is None:
        return None, None, "week", True
    value, gran = unit_value(anchor, "week", AZ_RELATIVE[_az_key(g("rel"))])
    return value, None, gran, True


def _az_month_alone(g: Group, anchor, text, end) -> Resolved | None:
    return month_only(AZ_MONTH_NUMBERS.get(_az_key(g("mon"))), anchor, None)


def _az_month_range(g: Group, anchor, text, end) -> Resolved | None:
    m1, m2 = AZ_MONTH_NUMBERS[_az_key(g("mr1"))], AZ_MONTH_NUMBERS[_az_key(g("mr2"))]
    if m2 <= m1:
        return None
    if anchor is None:
        return None, None, "range", False
    year = year_for(anchor, m2, 1)
    return f"{year:04d}-{m1:02d}", f"{year:04d}-{m2:02d}", "range", False


def _az_bare_period(g: Group, anchor, text, end) -> Resolved | None:
    if anchor is None:
        return None, None, "range", True
    period = _az_period(g, anchor.year)
    return (*period, True) if period else None


def az_rules() -> list[Rule]:
    relative_words = {**{k: ("day", v) for k, v in az.RELATIVE_DAYS.items()},
                      **{k: ("year", v) for k, v in az.RELATIVE_YEAR_ADJECTIVES.items()}}
    return [
        ("az_year_tail", rf"(?:{L}(?P<y>{YEAR})(?P<o>{AZ_ORD})?|(?<!\w)(?P<rel>{AZ_REL}))\s+il(?:in)?,?\s+"
                         rf"(?:{AZ_TAILS})", _az_year_tail),
        ("az_year_range", rf"{L}(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR}|\d\d){AZ_ORD}?\s+(?:{AZ_YEAR_PLURAL}|"
                          rf"{AZ_YEAR_WORD}){R}", year_range),
        ("az_dm", rf"{AZ_DM_A}(?:,?\s+(?P<y>{YEAR})(?:{AZ_ORD}?\s+{AZ_YEAR_WORD}{R}|{AZ_ORD})?{NUM_END})?"
                  rf"{AZ_DATE_NOUN}|{AZ_DM_B}", _az_dm),
        ("az_month_year", rf"(?<!\w)(?P<mon>{AZ_MON})(?:\s+ay[ıi])?,?\s+(?P<y>{YEAR})"
                          rf"(?:{AZ_ORD}?\s+{AZ_YEAR_WORD}{R}|{AZ_ORD})?{NUM_END}", _az_month_year),
        ("az_year", rf"{L}(?P<y>{YEAR})(?P<o>{AZ_ORD})?\s+(?P<ilw>{AZ_YEAR_PLURAL}|{AZ_YEAR_WORD}){R}", _az_year),
        ("az_rel_year", rf"(?<!\w)(?P<rel>{AZ_REL})\s+{AZ_YEAR_WORD}{R}", _az_rel_year),
        ("az_rel_month", rf"(?<!\w)(?P<rel>{AZ_REL})\s+ay(?:ın\s+(?P<d>{DAY}){NUM_END}{NUM_SUFFIX}|ın|da|dan|a|ı)?"
                         rf"{R}", _az_rel_month),
        ("az_rel_week", rf"(?<!\w)(?P<rel>{AZ_REL})\s+həftə(?:nin|də|dən|yə|ki)?{R}", _az_rel_week),
        relative_rule("az_rel_word", relative_words),
        ("az_month_range", rf"(?<!\w)(?P<mr1>{AZ_MON}){DASH}(?P<mr2>{AZ_MON}){LETTERS}*\s+ay{LETTERS}*",
         _az_month_range),
        ("az_month_alone", rf"(?<!\w)(?P<mon>{AZ_MON})(?:{AZ_MON_LOC}|\s+ay(?:ı|ında|ından|ına|ının)"
                           rf"|{AZ_GEN}\s+{alternation(az.PERIOD_EDGES)}{LETTERS}*){R}", _az_month_alone),
        ("az_bare_period", rf"(?<!\w)ilin\s+(?:{AZ_PERIOD_TAILS})", _az_bare_period),
    ]
