"""Numeric claims: a quantity, the metric its sentence names, the parties and the period."""

from __future__ import annotations

import bisect
import re

from ..document import DateItem, Figure
from ..lang.az import figures as lex
from ..lang.numbers import Quantity
from .clause_breaks import ClauseBreaks
from .context import PageParties, Party
from .context_literals import LiteralStarts, leading_literals
from .entities import Mention

_METRICS = [(metric, re.compile(p), units) for metric, p, units in lex.METRICS]
# a sentence's metric words in one pass: most metrics are not named in a sentence, and several patterns
# (`\baid\b`, `\bneft`) make the regex engine try every position
_METRIC_STARTS = LiteralStarts([leading_literals(p) for _metric, p, _units in lex.METRICS])
_METRICS_OF_UNIT = {unit: [i for i, (_metric, _rx, units) in enumerate(_METRICS) if unit in units]
                    for _metric, _p, units in lex.METRICS for unit in units}
_DOC_NOUN = re.compile(r"\s*(?:-?\w{0,4}\s+(?:yaxın|çox|artıq|qədər)\s+)?" + lex.DOCUMENT_NOUNS)
_SIGN = re.compile(lex.SIGN_WORDS)
_GROWTH = re.compile(lex.GROWTH_WORDS)
_DIASPORA = re.compile(lex.DIASPORA_WORDS)
_CLAUSE = ClauseBreaks(",;:")
_TRADE = {"trade_turnover", "exports", "imports"}
_GROWTH_METRICS = {"growth_percent", "growth_multiple"}
_NO_PERIOD = {"fund_capital"}  # a fund's capital is a stock, not a flow over a period
_ONE_SIDED = {"investment"}


def _has_date(dates: list[DateItem], span: tuple[int, int]) -> bool:
    return any(span[0] <= d.span[0] < span[1] for d in dates)


def _unit_class(q: Quantity) -> str:
    if q.kind == "money":
        return "money"
    if q.unit in ("t", "m3", "%", "x"):
        return q.unit
    if q.kind in ("count", "number") or q.unit is None:
        return "count"
    return q.unit or "count"


class _Sentence:
    """A sentence with quantities; its parties are looked up once, when a quantity first names a metric."""

    __slots__ = ("span", "text", "page", "_parties", "_metrics")

    def __init__(self, span: tuple[int, int], text: str, page: PageParties) -> None:
        self.span, self.text, self.page = span, text, page  # text: folded
        self._parties: list[Party] | None = None
        self._metrics: set[int] | None = None

    def metrics(self) -> set[int]:
        """Which of `_METRICS` may be named in the sentence."""
        if self._metrics is None:
            self._metrics = _METRIC_STARTS.present(self.text)
        return self._metrics

    def parties(self) -> list[Party]:
        if self._parties is None:
            self._parties = self.page(self.span)
        return self._parties


class FigureExtractor:
    def __init__(self, home: str | None = "AZ") -> None:
        self.home = home

    def extract(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                quantities: list[Quantity], dates: list[DateItem], page: PageParties | None = None) -> list[Figure]:
        """`page`: the page's parties, when the caller has made them (from the same mentions and home)."""
        if page is None:
            page = PageParties(text, mentions, self.home)
        folded = page.folded
        starts = [q.start for q in quantities]
        in_order = starts == sorted(starts)
        out: list[Figure] = []
        previous: list[Figure] = []
        for span in sentences:
            if in_order:
                lo = bisect.bisect_left(starts, span[0])
                hi = lo if lo == len(starts) or starts[lo] >= span[1] else bisect.bisect_left(starts, span[1], lo)
                qs = [q for q in quantities[lo:hi] if q.kind != "ordinal"]
            else:
                qs = [q for q in quantities if span[0] <= q.start < span[1] and q.kind != "ordinal"]
            if not qs:
                previous = []
                continue
            sent = _Sentence(span, folded[span[0]:span[1]], page)
            found = []
            for q in qs:
                fig = self._figure(span, sent, q, page, dates)
                if fig is not None:
                    found.append(fig)
            # 'In 2019 turnover was X. Exports were Y, imports Z.': the period carries to the next sentence
            if previous and found:
                trade_period = next((f.period for f in previous if f.period and f.metric in _TRADE), None)
                any_period = next((f.period for f in previous if f.period), None)
                dated = _has_date(dates, span)  # the sentence's own date keeps its figures from borrowing one
                for f in found:
                    if f.period is not None or dated:
                        continue
                    if f.metric in _TRADE and trade_period:
                        f.period = trade_period
                    elif f.metric in _GROWTH_METRICS and any_period:
                        f.period = any_period  # 'Bu, ... 1,6 dəfə çoxdur': growth of the quantity just told
            out.extend(found)
            previous = found
        return _dedupe(out)

    def _figure(self, span: tuple[int, int], s: _Sentence, q: Quantity, page: PageParties,
                dates: list[DateItem]) -> Figure | None:
        sent = s.text
        unit = _unit_class(q)
        rel = q.start - span[0]
        metric = None
        if unit == "count":  # most counts name no metric: their clause is not needed
            after = sent[q.end - span[0]:q.end - span[0] + 40]
            if _DOC_NOUN.match(after) and _SIGN.search(sent):
                metric = "documents_signed"
            elif _DIASPORA.match(after.strip()):
                metric = "population"
            if metric is None:
                return None
        clause = _clause(sent, rel, q.end - span[0])
        if unit == "x":
            metric = "growth_multiple"
        elif unit == "%":
            metric = "growth_percent" if _GROWTH.search(sent[clause[0]:clause[1]]) else None
        elif unit != "count":
            metric = self._metric(s, clause, rel, unit)
        if metric is None:
            return None
        parties = s.parties()
        in_clause = [p for p in parties if clause[0] <= p.start - span[0] < clause[1]]
        codes = self._parties(metric, in_clause if any(len(p.code) == 2 for p in in_clause) else parties,
                              clause, span, page)
        if not codes:
            return None
        value = q.value
        return Figure(metric=metric, parties=codes, value=value,
                      unit=q.unit if unit in ("money", "t", "m3", "%", "x") else "count",
                      span=(q.start, q.end), sentence=span,
                      period=None if metric in _NO_PERIOD else _period(dates, span, clause, rel),
                      approx=bool(q.approx or q.high is not None))

    @staticmethod
    def _metric(s: _Sentence, clause: tuple[int, int], rel: int, unit: str) -> str | None:
        best: tuple[int, str] | None = None
        named = s.metrics()
        for i in _METRICS_OF_UNIT.get(unit, ()):
            if i not in named:
                continue
            metric, rx, _units = _METRICS[i]
            for m in rx.finditer(s.text):
                distance = abs(m.start() - rel) + (0 if clause[0] <= m.start() < clause[1] else 100)
                if best is None or distance < best[0]:
                    best = (distance, metric)
        if best is None or best[0] > 300:
            return None
        return best[1]

    def _parties(self, metric: str, parties: list[Party], clause: tuple[int, int], span: tuple[int, int],
                 page: PageParties) -> list[str]:
        countries = [p for p in parties if len(p.code) == 2 and p.kind in ("country", "person", "city", "pronoun")]
        if metric in ("exports", "imports"):
            origin = next((p.code for p in countries if p.case == "abl"), None)  # 'Qazaxıstandan', 'Azərbaycandan'
            src = origin or next((p.code for p in countries if p.case in ("gen", "nom")), None)
            dst = next((p.code for p in countries if p.case == "dat" and p.code != src), None)
            if origin and not dst:  # 'Azərbaycan Qazaxıstandan ... idxal edib': the importer is the subject
                dst = next((p.code for p in countries if p.case in ("nom", "gen") and p.code != origin), None)
                # 'Türkiyədən idxal ...' with no importer named: the article's other side
                dst = dst or next((c for c in page.main_pair() if c != origin), None)
            if src and dst:
                return [src, dst]
            if src and len({p.code for p in countries}) == 1:
                return [src]  # 'Azərbaycan dünya bazarlarına ... ixrac edəcək': no partner named
        if metric in _ONE_SIDED and len({p.code for p in countries}) == 1:
            return [countries[0].code]  # 'Qazaxıstan ... investisiya cəlb edib'

        codes: list[str] = []
        for p in countries:
            if p.code not in codes:
                codes.append(p.code)
        if metric == "population":
            codes = [c for c in codes if c != self.home][:1]
            if not self.home:
                return codes
            return sorted([self.home, *(codes or [c for c in page.main_pair() if c != self.home][:1])])
        if len(codes) < 2:
            for c in page.main_pair():
                if c not in codes and len(codes) < 2:
                    codes.append(c)
        if metric in ("exports", "imports"):
            return codes[:2]
        return sorted(codes[:2])


def _clause(sent: str, start: int, end: int) -> tuple[int, int]:
    right = _CLAUSE.first(sent, end)
    return _CLAUSE.last_end(sent, start), (right[0] if right else len(sent))


def _period(dates: list[DateItem], span: tuple[int, int], clause: tuple[int, int], rel: int) -> str | None:
    lo, hi = span[0] + clause[0], span[0] + clause[1]
    inside = [d for d in dates if lo <= d.span[0] < hi and d.value]
    if not inside:
        # a sentence-initial time adverbial scopes over the coordinated clauses after it
        inside = [d for d in dates if span[0] <= d.span[0] < lo and d.value][-1:]
    if not inside:
        return None
    d = inside[0]
    if d.granularity == "range" and d.value and d.end and d.value[:4] == d.end[:4] and len(d.value) == 7:
        return _month_span(d.value, d.end)
    if d.granularity in ("year", "half", "quarter", "month"):
        return d.value
    if d.granularity == "day":
        return d.value[:4]
    return None


def _month_span(start: str, end: str) -> str | None:
    """'2024-01'..'2024-06' is the first half; a quarter or a whole year likewise."""
    year, a, b = start[:4], int(start[5:7]), int(end[5:7])
    spans = {(1, 12): year, (1, 6): f"{year}-H1", (7, 12): f"{year}-H2", (1, 3): f"{year}-Q1",
             (4, 6): f"{year}-Q2", (7, 9): f"{year}-Q3", (10, 12): f"{year}-Q4"}
    return spans.get((a, b))


def _dedupe(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    out = []
    for f in figures:
        key = (f.metric, tuple(f.parties), f.period, round(f.value, 6), f.unit)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
