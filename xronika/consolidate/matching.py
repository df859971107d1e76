"""Pure compatibility tests between event mentions: parties, dates, places; each answers with a reason."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

# For these the two sides are an unordered pair (gold SCHEMA.md); visits, summits, aid, support are directed.
_UNORDERED_TYPES = frozenset({"AGREE", "COOPERATE"})
_UNORDERED_MODES = frozenset({("CONSULT", "meet"), ("CONSULT", "phone")})

_ISO = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|H([12])|Q([1-4])))?")
_CODE = re.compile(r"[A-Z]{2,6}")

# score of a date match by the precision of the coarser side: a day inside a month is a strong match,
# a day inside a year a weak one
DAY, ADJACENT_DAY, MONTH, PART_OF_YEAR, YEAR = 3.0, 1.5, 2.0, 1.5, 1.0
SAME_PLACE, CITY_IN_COUNTRY = 0.5, 0.25


def unordered(type_: str, mode: str) -> bool:
    return type_ in _UNORDERED_TYPES or (type_, mode) in _UNORDERED_MODES


def event_key(type_: str, mode: str, actor: str | None, recipient: str | None) -> str:
    """The blocking key of a consolidated event: type, mode and its parties (sorted when unordered)."""
    a, b = actor or "?", recipient or "?"
    if unordered(type_, mode) and b < a:
        a, b = b, a
    return f"{type_}/{mode}/{a}/{b}"


def pair_of(actor: str | None, recipient: str | None) -> tuple[str | None, str | None]:
    """The sorted pair under which a timeline finds the event."""
    if actor is None or recipient is None:
        return actor or recipient, None
    return (actor, recipient) if actor <= recipient else (recipient, actor)


@lru_cache(maxsize=65536)
def date_interval(value: str | None) -> tuple[date, date, str] | None:
    """First day, last day and granularity of an ISO date, month, year, half or quarter."""
    if not value:
        return None
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None
    year = int(m[1])
    try:
        if m[3]:
            d = date(year, int(m[2]), int(m[3]))
            return d, d, "day"
        if m[2]:
            month = int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
        if m[4]:
            first = 1 if m[4] == "1" else 7
            return date(year, first, 1), date(year, first + 5, 30 if first == 1 else 31), "half"
        if m[5]:
            first = 3 * int(m[5]) - 2
            last = first + 2
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), "quarter"
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


_SCORE_BY_GRANULARITY = {"day": DAY, "month": MONTH, "half": PART_OF_YEAR, "quarter": PART_OF_YEAR, "year": YEAR}


@lru_cache(maxsize=16384)  # clustering asks the same pairs again and again
def date_match(a: str | None, b: str | None) -> tuple[bool, float, str]:
    """Whether two event dates can be the same event: (compatible, strength, reason).

    Equal or nested dates match (a day inside a reported month or year); two days one apart match weakly
    (an event reported as 'yesterday' by one outlet and 'today' by another); a missing date is compatible
    with strength 0, so the caller must find other evidence.
    """
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return True, 0.0, "undated on one side"
    if ia[0] <= ib[0] and ib[1] <= ia[1]:
        outer, inner = (a, b)
    elif ib[0] <= ia[0] and ia[1] <= ib[1]:
        outer, inner = (b, a)
    elif ia[2] == ib[2] == "day" and abs((ia[0] - ib[0]).days) == 1:
        return True, ADJACENT_DAY, f"dates {a} and {b} are one day apart"
    else:
        return False, 0.0, f"dates {a} and {b} differ"
    granularity = date_interval(outer)[2]
    if outer == inner:
        return True, _SCORE_BY_GRANULARITY[granularity], f"same date {a}"
    return True, _SCORE_BY_GRANULARITY[granularity], f"date {inner} falls within {outer}"


def date_strength(value: str | None) -> float | None:
    """The most `date_match` scores `value` with any date: its granularity's score (a date it falls within
    scores less). None when undated."""
    interval = date_interval(value)
    return None if interval is None else _SCORE_BY_GRANULARITY[interval[2]]


def day_distance(a: str | None, b: str | None) -> int | None:
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return None
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return 0
    return min(abs((ia[0] - ib[1]).days), abs((ib[0] - ia[1]).days))


@lru_cache(maxsize=1)
def knowledge_base():
    from ..kb import load_kb

    return load_kb()


@lru_cache(maxsize=16384)
def place_country(place: str | None) -> str | None:
    """The country a place belongs to: a code stands for itself; a city is looked up in the KB."""
    if not place:
        return None
    if _CODE.fullmatch(place):
        return place
    for entry in knowledge_base().lookup(place):
        if entry.code or entry.country:
            return entry.code or entry.country
    return None


def is_code(place: str) -> bool:
    return bool(_CODE.fullmatch(place))


@lru_cache(maxsize=16384)
def place_match(a: str | None, b: str | None) -> tuple[bool, float, str]:
    """Whether two event places can be the same place: (compatible, strength, reason)."""
    if not a or not b:
        return True, 0.0, "place unknown on one side"
    if a.casefold() == b.casefold():
        return True, SAME_PLACE, f"same place {a}"
    ca, cb = place_country(a), place_country(b)
    if is_code(a) != is_code(b):
        code, city, city_country = (a, b, cb) if is_code(a) else (b, a, ca)
        if city_country is None:
            return True, 0.0, f"place {city} not in the KB; cannot rule out {code}"
        if city_country == code:
            return True, CITY_IN_COUNTRY, f"{city} is in {code}"
        return False, 0.0, f"{city} is not in {code}"
    return False, 0.0, f"places {a} and {b} differ"


def values_agree(a: float, b: float, approx: bool) -> bool:
    """Two reported values agree within 0.5 %, or 5 % when either is marked approximate."""
    tolerance = 0.05 if approx else 0.005
    scale = max(abs(a), abs(b))
    return scale == 0 or abs(a - b) / scale <= tolerance
