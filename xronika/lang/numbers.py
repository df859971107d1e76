"""Numbers, quantities and money in running text, driven by per-language data modules.

One compiled regex per language finds every candidate in a single pass:
things that look like numbers but are not quantities (dates, times, phone
numbers, URLs, ids) are matched by a leading `skip` branch and dropped, so
they cannot be re-read as figures; the `q` branch captures the approximation
word, currency prefix, number (digits or words), range end, case suffix,
scale word, currency or unit and a trailing approximation word as named
groups. A little Python then turns the groups into a `Quantity`. A lookahead
derived from the regex itself (`regex_guard`) lets it skip, cheaply, the
positions where no branch can start; smaller lookaheads in front of each word
list (months, currencies, units ...) do the same inside a candidate.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from xronika.lang.memo import MemoTable
from xronika.lang.regex_guard import lookahead_guard
from xronika.lang.word_scan import WordStartScanner

SUPPORTED_LANGS = ("az", "ru", "en", "tr")
_SYMBOLS_AFTER = ((r"\$", "USD"), (r"€", "EUR"), (r"£", "GBP"), (r"₼", "AZN"), (r"₽", "RUB"),
                  (r"₸", "KZT"), (r"₺", "TRY"))
_MEASURE_UNITS = frozenset({"t", "m3", "bbl", "km", "MW"})
_UNIT_KIND = {"%": "percent", "x": "multiplier"}
_YEAR_MIN, _YEAR_MAX = 1800, 2100
_LETTERS = r"[^\W\d_]"
_SPACES = " \u00a0\u202f"
_DROP_SPACES = str.maketrans("", "", _SPACES)  # built once, not per number
_QUANTITY_GROUPS = ("n1", "n2", "dsuf", "scale", "chain", "cp", "cur", "unit", "pre", "post")


class UnsupportedLanguageError(ValueError):
    """No number data module exists for the requested language."""


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str  # text[start:end]: the number with its scale/unit/currency and approximation words
    value: float  # in units: 598470000.0 for "598,47 milyon dollar"
    high: float | None  # upper end of a range
    unit: str | None  # ISO 4217 for money; '%', 'x', 't', 'm3', 'bbl', 'km', 'MW', 'persons'; None
    kind: str  # 'money', 'percent', 'multiplier', 'measure', 'count', 'ordinal'
    approx: bool
    bound: str | None  # 'min', 'max', 'about', None


def _alternation(fragments) -> str:
    return "|".join(f"(?:{f})" for f in fragments)


def _guarded(alternation: str) -> str:
    """The alternation behind a lookahead of its first two characters: `re` enters every branch of a
    case-insensitive alternation in turn, while the lookahead's case-sensitive branches fail at once."""
    return f"{lookahead_guard(alternation, re.I, depth=2)}(?:{alternation})"


def _plain(alternation: str) -> str:
    return alternation


class _Grammar:
    """The compiled regex of one language plus the lookup tables its groups need."""

    def __init__(self, data: ModuleType) -> None:
        self.lang = data.LANG
        self.percent_prefix = getattr(data, "PERCENT_PREFIX", None)
        self.decimal_comma = data.DECIMAL_COMMA
        self.words = {w.casefold(): float(v) for w, v in data.NUMBER_WORDS.items()}
        self.weak = frozenset(w.casefold() for w in data.WEAK_WORDS)
        self.currencies = [(re.compile(f, re.I), code) for f, code in data.CURRENCIES + _SYMBOLS_AFTER]
        self.currency_prefixes = [(re.compile(f, re.I), code) for f, code in data.CURRENCY_PREFIXES]
        self.units = [(re.compile(f, re.I), unit, factor) for f, unit, factor in data.UNITS]
        self.scales = [(re.compile(f, re.I), factor) for f, factor in data.SCALE_WORDS.items()]
        self.before = [(re.compile(f, re.I), bound) for f, bound in data.APPROX_BEFORE]
        self.after = [(re.compile(f, re.I), bound, re.compile(end, re.I) if end else None)
                      for f, bound, end in data.APPROX_AFTER]
        self.ordinal_word = re.compile(rf"{data.ORDINAL_WORD_SUFFIX}{_LETTERS}*$", re.I)
        self.ordinal_digit = re.compile(data.ORDINAL_DIGIT_SUFFIX, re.I)
        self.plural_approx = re.compile(data.PLURAL_APPROX_SUFFIX, re.I)
        self.stems_by_length = sorted(self.words, key=len, reverse=True)
        self.lone_blockers = {w.casefold(): re.compile(f)
                              for w, f in getattr(data, "LONE_WORD_BLOCKERS", {}).items()}
        self.year_after = re.compile(rf"\s*[-‐]?\s*{data.YEAR_WORDS}(?![^\W_])", re.I)
        self.branches = self._build(data, _plain)
        # most positions cannot start any branch: the guard lets them fail at once (three
        # characters deep: a deeper guard is several times longer to build and no faster here).
        # It is read from the branches without their inner guards: a lookahead would cut it short.
        guard = lookahead_guard(self.branches, re.I, depth=3)
        branches = self._build(data, _guarded)
        self.regex = re.compile(rf"(?<![^\W_]){guard}{branches}", re.I)
        self.scanner = WordStartScanner(r"[\W_]", guard + branches, re.I, self.regex)  # its matches, faster
        self.numbers = MemoTable(self.number, 4096)
        self.chain_re = re.compile(rf"(\d+(?:[.,]\d+)?)\s*({_alternation(data.SCALE_WORDS)})?", re.I)

    def _build(self, data: ModuleType, guarded: Callable[[str], str]) -> str:
        restricted = getattr(data, "RESTRICTED_SUFFIXES", {})
        stems = sorted(data.NUMBER_WORDS, key=len, reverse=True)
        free = [re.escape(s) for s in stems if s not in restricted]
        ordinal = rf"{data.ORDINAL_WORD_SUFFIX}{_LETTERS}*"
        last_forms = [rf"(?:{'|'.join(free)})(?:{ordinal}|{data.WORD_SUFFIX})?"]
        for stem, endings in restricted.items():
            tails = "|".join([ordinal] + [re.escape(e) for e in endings])
            last_forms.append(rf"{re.escape(stem)}(?:{tails})?")
        joiner = getattr(data, "WORD_JOINER", r"\s+")
        mid = guarded("|".join(re.escape(s) for s in stems))
        words = rf"(?:(?:{mid}){joiner})*(?:{guarded('|'.join(last_forms))})(?!{_LETTERS})"
        digits = (rf"(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
                  r"(?![.,]?\d)")
        number = rf"(?:{digits}|{words})"
        months = rf"(?:{guarded(_alternation(data.MONTHS))}){_LETTERS}*\.?"
        year = r"(?:19|20)\d\d(?!\d)"
        dash = r"\s?[-–—]\s?"
        hyphen_suffix = rf"(?:[-‐'’]{_LETTERS}+)"
        before = guarded(_alternation(f for f, _ in data.APPROX_BEFORE))
        percent_prefix = self.percent_prefix
        prefix_currency = guarded(_alternation(f for f, _ in data.CURRENCY_PREFIXES))
        scale = guarded(_alternation(data.SCALE_WORDS))
        currency = guarded(_alternation(f for f, _ in data.CURRENCIES + _SYMBOLS_AFTER))
        unit = guarded(_alternation(f for f, _, _ in data.UNITS))
        # "mart 5 milyon dollar" is a figure after a month name, not a day
        not_figure = rf"(?![.,]\d)(?!\s*(?:{scale}|{currency}|{unit})(?![^\W_]))"
        skip = "|".join([
            r"(?:https?://|www\.)\S+",
            r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)",  # 20.10.2025, 17-10-2018
            r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)",  # 12:28
            r"\+\d[\d\s()\-]{6,}\d", r"\(\d{2,4}\)\s?\d[\d\s-]{4,}\d",  # phone numbers
            r"0\d{2}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)",
            rf"\d{{1,2}}(?:{dash}\d{{1,2}})?{hyphen_suffix}?\s+{months}(?:,?\s+{year})?",  # 11 mart
            rf"{months},?\s+\d{{1,2}}(?!\d){not_figure}(?:{dash}\d{{1,2}})?{hyphen_suffix}?(?:,?\s+{year})?",  # martın 11-də
            rf"{months},?\s+{year}",  # mart 2024
            rf"saat\s+\d{{1,2}}(?:[:.]\d{{2}})?{hyphen_suffix}?",
            rf"{year}(?:{dash}(?:19|20)?\d\d)?{hyphen_suffix}?\s+{data.YEAR_WORDS}",  # 2024-cü il
        ])
        roman = (r"(?-i:(?=[IVXLC])(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))(?![^\W_])"
                 rf"(?=\s+(?:{_LETTERS}+\s+){{0,4}}{data.EVENT_WORDS})")
        after = guarded(_alternation(f for f, _, _ in data.APPROX_AFTER)) if data.APPROX_AFTER else r"(?!)"
        suffix_sep = r"(?:[-‐'’]|(?=(?:st|nd|rd|th)\b))" if data.LANG == "en" else r"[-‐'’]"
        quantity = (
            r"(?<![/\\@#=&_+])(?<![^\W_][-./:])(?<!\d,)"
            rf"(?:(?P<pre>{before})\s+)?"
            + (rf"(?:(?P<pp>{percent_prefix})\s*)?" if percent_prefix else "")
            + rf"(?:(?P<cp>{prefix_currency})\s?)?"
            rf"(?P<n1>{number})(?:{dash}(?P<n2>{number}))?"
            rf"(?:{suffix_sep}(?P<dsuf>{_LETTERS}+))?"
            rf"(?!\s+{months}(?![^\W_]))"
            rf"(?:\s*(?P<scale>{scale})(?P<chain>(?:\s+\d{{1,3}}(?:[.,]\d+)?\s*(?:{scale}))*"
            rf"(?:\s+\d{{1,3}}(?![\d.,])(?=\s*(?:{currency}|{unit})(?![^\W_])))?))?"
            rf"(?:\s*(?P<cur>{currency})|\s*(?P<unit>{unit}))?"
            r"(?![^\W_])"
            rf"(?:\s+(?P<post>{after})(?![^\W_]))?"
        )
        return rf"(?:(?P<skip>{skip})|(?P<roman>{roman})|(?P<q>{quantity}))"

    # --- turning groups into values -------------------------------------------------------

    def parse_digits(self, s: str) -> float | None:
        s = s.translate(_DROP_SPACES)
        dots, commas = s.count("."), s.count(",")
        if dots and commas:
            decimal = "." if s.rfind(".") > s.rfind(",") else ","
            thousands = "," if decimal == "." else "."
            s = s.replace(thousands, "").replace(decimal, ".")
        elif dots + commas > 1:
            sep = "." if dots else ","
            groups = s.split(sep)
            if any(len(g) != 3 for g in groups[1:]):
                return None  # a version number or an id, not a figure
            s = "".join(groups)
        elif dots + commas == 1:
            sep = "." if dots else ","
            frac = s.split(sep)[1]
            # group-of-three rule: "1.200" is 1200 where comma is the decimal mark
            is_decimal = (sep == ",") == self.decimal_comma or len(frac) != 3
            s = s.replace(sep, ".") if is_decimal else s.replace(sep, "")
        try:
            return float(s)
        except ValueError:
            return None

    def stem_of(self, token: str) -> str | None:
        if self.lang in ("az", "tr"):
            token = token.replace("İ", "i").replace("I", "ı")
        token = token.casefold()
        for stem in self.stems_by_length:
            if token.startswith(stem):
                return stem
        return None

    def parse_words(self, s: str) -> tuple[float, list[str], str] | None:
        tokens = [t for t in re.split(r"[\s\-]+", s) if t and t.casefold() != "and"]
        stems = [self.stem_of(t) for t in tokens]
        if None in stems:
            return None
        total = current = 0.0
        for stem in stems:
            v = self.words[stem]
            if v == 100:
                current = (current or 1) * 100
            elif v >= 1000:
                total += (current or 1) * v
                current = 0.0
            else:
                current += v
        tail = tokens[-1][len(stems[-1]):]
        return total + current, stems, tail

    def chain_value(self, chain: str) -> float:
        total = 0.0
        for number, scale in self.chain_re.findall(chain):
            hit = _lookup(3, self.lang, scale) if scale else None
            total += (self.parse_digits(number) or 0.0) * (hit[0] if hit else 1.0)
        return total

    def number(self, s: str) -> tuple[float | None, bool, str]:
        """(value, is_words, ending) of one number group."""
        if s[0].isdigit():
            return self.parse_digits(s), False, ""
        parsed = self.parse_words(s)
        if parsed is None:
            return None, True, ""
        return parsed[0], True, parsed[2]


@cache
def _grammar(lang: str) -> _Grammar:
    if lang not in SUPPORTED_LANGS:
        raise UnsupportedLanguageError(f"no number data for language {lang!r}")
    return _Grammar(importlib.import_module(f"xronika.lang.{lang}.numbers"))


@lru_cache(maxsize=4096)
def _lookup(table_id: int, lang: str, text: str) -> tuple | None:
    g = _grammar(lang)
    table = (g.currencies, g.currency_prefixes, g.units, g.scales, g.before)[table_id]
    for entry in table:
        if entry[0].fullmatch(text):
            return entry[1:]
    return None


def _currency_code(code: str | None, text: str) -> str:
    return code if code else text.upper()


def _interpret(m: re.Match, g: _Grammar, text: str, whole: bool = False) -> Quantity | None:
    """Build a Quantity from a match of the `q` branch; None when it is not a figure."""
    lang = g.lang
    # one call for every group: a match object answers many single lookups slowly
    n1, n2, dsuf, scale, chain, cp, cur, unit_text, pre, post = m.group(*_QUANTITY_GROUPS)
    value, is_words, ending = g.numbers[n1]
    if value is None:
        return None
    start, end = m.start("q"), m.end("n1")
    high = None
    approx = False
    bound = None
    kind = "count"
    unit = None
    if n2:
        high, _, ending = g.numbers[n2]
        if high is not None and high > value:
            end = m.end("n2")
            approx = True
        else:
            high = None
    if dsuf:
        ending = dsuf
        end = m.end("dsuf")
    year_like = not is_words and n1.isdigit() and _YEAR_MIN <= value <= _YEAR_MAX
    # ordinals: "10-cu", "beşinci" (a year written as an ordinal is a date)
    if (dsuf and g.ordinal_digit.match(dsuf)) or (is_words and ending and g.ordinal_word.match(ending)):
        if year_like or n2:
            return None
        return Quantity(start, end, text[start:end], value, None, None, "ordinal", False, None)
    if is_words and ending and g.plural_approx.search(ending) or dsuf and g.plural_approx.search(dsuf):
        approx, bound = True, "min"
    factor = 1.0
    if scale:
        hit = _lookup(3, lang, scale)
        factor = hit[0] if hit else 1.0
        end = m.end("scale")
        if chain:  # "1 milyard 200 milyon": later parts are added in units
            value = value * factor + g.chain_value(chain)
            factor = 1.0
            end = m.end("chain")
        ending = scale
        if g.plural_approx.search(scale):
            approx, bound = True, "min"
    pp = m.group("pp") if g.percent_prefix else None
    if cp:
        hit = _lookup(1, lang, cp)
        if hit is not None:
            unit, kind = _currency_code(hit[0], cp), "money"
    if cur:
        hit = _lookup(0, lang, cur)
        if hit is not None:
            unit = unit or _currency_code(hit[0], cur)
            kind = "money"
            end = m.end("cur")
            ending = cur
    elif unit_text:
        hit = _lookup(2, lang, unit_text)
        if hit is not None and kind != "money":
            unit, unit_factor = hit
            factor *= unit_factor
            kind = _UNIT_KIND.get(unit) or ("measure" if unit in _MEASURE_UNITS else "count")
            end = m.end("unit")
            ending = unit_text
    if pp and kind == "count":
        unit, kind = "%", "percent"
    if not whole:
        bare = not (scale or cp or cur or unit_text or pp or n2)
        if bare and is_words and not approx and " " not in n1.strip():
            word = g.stem_of(n1)
            if word in g.weak or value >= 1000:
                return None  # "bir ölkə", a lone "milyon"
            blocker = g.lone_blockers.get(n1.casefold())
            if blocker is not None and blocker.match(text, m.end("n1")):
                return None  # "agreement on TITR"
        if year_like and kind == "count" and unit is None:
            followed_by_year = g.year_after.match(text, end) is not None
            if followed_by_year or not pre:
                return None  # "in 2019", "2020-2024", "2019-da", "до 2025 года"
    if pre:
        hit = _lookup(4, lang, pre)
        approx, bound = True, hit[0] if hit else "about"
    if post:
        for pattern, post_bound, needed_end in g.after:
            if pattern.fullmatch(post) and (needed_end is None or needed_end.search(ending or "")):
                approx = True
                bound = bound if pre else post_bound
                end = m.end("post")
                break
    if high is not None:
        high *= factor
    return Quantity(start, end, text[start:end], value * factor, high, unit, kind, approx, bound)


def _roman_value(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def find_quantities(text: str, lang: str = "az") -> list[Quantity]:
    """Every number, quantity, amount of money and ordinal in `text`, sorted and non-overlapping."""
    g = _grammar(lang)
    found = []
    for m in g.scanner.finditer(text):
        kind = m.lastgroup
        if kind == "q":
            q = _interpret(m, g, text)
            if q is not None:
                found.append(q)
        elif kind == "roman":
            s, e = m.span("roman")
            found.append(Quantity(s, e, text[s:e], float(_roman_value(text[s:e])), None, None,
                                  "ordinal", False, None))
    return found


@lru_cache(maxsize=4096)
def parse_number(text: str, lang: str = "az") -> float | None:
    """The value of a number written in digits and/or words: '598,47' -> 598.47, '1 200' -> 1200.0."""
    g = _grammar(lang)
    s = text.strip()
    if not s:
        return None
    m = g.regex.match(s)
    if m is None or m.lastgroup != "q" or m.end() != len(s):
        return None
    q = _interpret(m, g, s, whole=True)
    return q.value if q is not None else None
