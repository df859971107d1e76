"""What every language's date grammar shares: regex pieces, rule types and the resolution of
days, months, periods and relative units against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

# a resolved mention: value, end, granularity, relative
Resolved = tuple[str | None, str | None, str, bool]
Group = Callable[[str], str | None]
Handler = Callable[[Group, "dt.date | None", str, int], "Resolved | None"]
# a rule: name, regex, handler
Rule = tuple[str, str, Handler]

# ---------------------------------------------------------------- shared regex pieces
L = r"(?<![\w.,:/])"                        # a number starts here (not inside 2,5 or 12:43 or WUF13)
R = r"(?!\w)"                               # a word ends here
NUM_END = r"(?![\d]|[.,:]\d)"               # a number ends here (not 2.5, 12:43)
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
HY = r"[-–—‑‐]"
DASH = rf"\s?{HY}\s?"
LETTERS = r"[^\W\d_]"
NUM_SUFFIX = rf"(?:{HY}?['’]?{LETTERS}{{1,6}})?"   # 2-də, 11-i, 11'de, 11th
_SPACES = re.compile(r"\s+")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, spaces matching any whitespace."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len,
                                                                                  reverse=True)) + ")"


def iso_value(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """ISO string at the finest given granularity, or None for an impossible date."""
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def year_for(anchor: dt.date, month: int, day: int = 15) -> int:
    """The year that puts month/day nearest the publication date, preferring the past."""
    year = anchor.year
    try:
        delta = (dt.date(year, month, min(day, 28)) - anchor).days
    except ValueError:
        return year
    if delta > 200:
        return year - 1
    if delta < -300:
        return year + 1
    return year


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def unit_value(anchor: dt.date, unit: str, offset: int) -> tuple[str, str]:
    """(value, granularity) of the day/week/month/year `offset` units from the anchor."""
    if unit == "day":
        return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        y, w, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    if unit == "month":
        y, m = shift_month(anchor.year, anchor.month, offset)
        return f"{y:04d}-{m:02d}", "month"
    return f"{anchor.year + offset:04d}", "year"


def day_values(y: int, m: int, d1: int, d2: int | None) -> tuple[str | None, str | None, str]:
    """Value, end, granularity of one day or a day range within a month."""
    start = iso_value(y, m, d1)
    if d2 is None or start is None:
        return start, None, "day"
    end = iso_value(y, m, d2)
    if end is None or d2 <= d1:
        return None, None, "day"
    return start, end, "range"


# ---------------------------------------------------------------- shared rules
def numeric_rules() -> list[Rule]:
    def dmy(g: Group, anchor, text, end) -> Resolved | None:
        value = iso_value(int(g("y")), int(g("m")), int(g("d")))
        return (value, None, "day", False) if value else None

    def iso(g: Group, anchor, text, end) -> Resolved | None:
        value = iso_value(int(g("y")), int(g("m")), int(g("d")))
        return (value, None, "day", False) if value else None

    # the az ordinal tail (`11.03.2024-cü il`) is harmless in other languages
    tail = rf"(?:\s?{HY}\s?[cç][iıuü])?(?:\s+il{LETTERS}*)?(?:\s+tarix{LETTERS}*)?"
    return [
        ("num_dmy", rf"{L}(?<!{HY})(?P<d>{DAY})(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])(?P=s)(?P<y>{YEAR}){NUM_END}"
                    rf"(?!{HY}\d){tail}", dmy),
        ("num_iso", rf"{L}(?P<y>{YEAR})(?P<s>[-./])(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01]){NUM_END}", iso),
    ]


def fold(word: str) -> str:
    """Lower case with the dotted/dotless i distinction dropped, so İ, I, ı, i all compare equal."""
    return _SPACES.sub(" ", word.lower().replace("i\u0307", "i").replace("ı", "i"))


def folded(table: dict[str, object]) -> dict:
    return {fold(key): value for key, value in table.items()}


def relative_rule(name: str, phrases: dict[str, tuple[str, int]]) -> Rule:
    table = folded(phrases)

    def handler(g: Group, anchor, text, end) -> Resolved | None:
        unit, offset = table[fold(g("w"))]
        if anchor is None:
            return None, None, unit, True
        value, gran = unit_value(anchor, unit, offset)
        return value, None, gran, True

    return name, rf"(?<!\w)(?P<w>{alternation(phrases)}){R}", handler


def day_month_handler(g: Group, anchor, text, end, months: dict[str, int]) -> Resolved | None:
    """Shared resolution of D[-D2] MONTH [YEAR]: the stated year, else the anchor's nearest."""
    month = months.get(month_key(g("mon")))
    if month is None:
        return None
    d1 = int(g("d1"))
    d2 = int(g("d2")) if g("d2") else None
    if g("y"):
        year = int(g("y"))
    elif anchor is None:
        return None, None, "day" if d2 is None else "range", False
    else:
        year = year_for(anchor, month, d1)
    value, end_value, gran = day_values(year, month, d1, d2)
    return (value, end_value, gran, False) if value else None


def month_key(word: str) -> str:
    return fold(word).rstrip(".")


def month_only(month: int | None, anchor, year: int | None, relative: bool = False) -> Resolved | None:
    if month is None:
        return None
    if year is None:
        if anchor is None:
            return None, None, "month", relative
        year = year_for(anchor, month)
    return iso_value(year, month), None, "month", relative


def period_value(year: int, half: int | None = None, quarter: int | None = None, months: int | None = None,
                 first_month: int = 1) -> tuple[str, str | None, str]:
    if half:
        return f"{year:04d}-H{half}", None, "half"
    if quarter:
        return f"{year:04d}-Q{quarter}", None, "quarter"
    last = first_month + (months or 1) - 1
    return f"{year:04d}-{first_month:02d}", f"{year:04d}-{last:02d}", "range"


def year_range(g: Group, anchor, text, end) -> Resolved | None:
    y1, y2 = int(g("y1")), g("y2")
    y2_full = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if y2_full <= y1:
        return None
    return f"{y1:04d}", f"{y2_full:04d}", "range", False
