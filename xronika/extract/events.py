"""Event extraction: trigger lexicon + case-role frames over the sentence's parties.

Each trigger proposes (type, mode); the frame picks actor and recipient from
the parties' case roles (`Tokayevin Azərbaycana səfəri`: genitive traveller,
dative destination), the date from the sentence (or the visit a sentence
points back to), the place from a locative or destination. Negated events are
kept and marked, never silently dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import DateItem, Event
from ..lang.az import entities as cues
from ..lang.az import events as lex
from .clause_breaks import ClauseBreaks
from .context import PageParties, Party
from .context_literals import Prechecked
from .entities import Mention
from .event_merge import merge_events
from .event_triggers import trigger_hits
from .gazetteer import fold

_DOMAINS = [(mode, re.compile(p)) for mode, p in lex.COOPERATION_DOMAINS]
_ESTABLISH = re.compile(lex.ESTABLISH_OBJECTS)
_BUILD = re.compile(lex.CONSTRUCTION_OBJECTS)
_SUPPORT = re.compile(lex.SUPPORT_OBJECTS + "|" + lex.SUPPORT_ACTS)
_BACKREF = re.compile(lex.MEETING_BACKREF)
_MULTILATERAL = re.compile(lex.MULTILATERAL)
_PARTICIPLE = re.compile(lex.PARTICIPLE)
_DOMESTIC = re.compile(lex.DOMESTIC_ACTS)
_NEG = Prechecked(lex.NEGATIONS)  # most clauses hold none of the words: an `in` test each
_ANAPHORA = Prechecked(lex.ANAPHORA)  # anchored alternatives: the regex alone tries every position
_NEG_PARTICIPATION = re.compile(lex.NEGATED_PARTICIPATION)
_HABITUAL = Prechecked(lex.HABITUAL)
_PAIR_CUE = re.compile("|".join(re.escape(c) for c in cues.PAIR_CUES) + r"|двух (?:стран|государств)")
_PRESENT = Prechecked(r"(?:dədir|dadır|ndədir|ndadır|keçirilir|iştirak edir|edirlər|səfərdədir)\b")
_PLURAL_TRIGGER = re.compile(r"(?:lar|lər)")
_SUMMIT = re.compile(r"zirvə|sammit|summit|саммит|dövlət başçıları şurası")
_GIVEN_BY = re.compile(r"\s*(?:göstərdiyi|verdiyi)")  # 'Türkiyənin göstərdiyi dəstək'
_COORDINATION = re.compile(r"\svə\s|,")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_NEG_VERB = Prechecked(r"etmə(?:mə|yə|di)|bilmə")
_UNSET = object()
_FUTURE = Prechecked(r"(?:acaq|əcək|acağ|əcəy|planlaşdır|hazırlaş|nəzərdə tutul|gözlənil|may |will |может)")


@dataclass(slots=True)
class _Sentence:
    span: tuple[int, int]
    text: str  # folded
    parties: list[Party]
    dates: list[DateItem]
    _habitual: bool | None = None
    _present: bool | None = None

    # each sentence-wide cue is searched once, when a trigger first asks for it
    def habitual(self) -> bool:
        if self._habitual is None:
            self._habitual = _HABITUAL.search(self.text) is not None
        return self._habitual

    def present(self) -> bool:
        if self._present is None:
            self._present = _PRESENT.search(self.text) is not None
        return self._present


class EventExtractor:
    def __init__(self, home: str | None = "AZ") -> None:
        self.home = home

    def extract(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                dates: list[DateItem], published: str | None = None, page: PageParties | None = None) -> list[Event]:
        """`page`: the page's parties, when the caller has made them (from the same mentions and home)."""
        self._published = published
        self._ongoing = False
        self._mentions = mentions
        self._fac_place_found: tuple[str, str] | None | object = _UNSET
        events: list[tuple[int, Event]] = []
        last_anchor: Event | None = None
        summit_ctx: tuple[int, Event] | None = None
        parties = page if page is not None else PageParties(text, mentions, self.home)
        folded_text = parties.folded
        pair = parties.main_pair()
        hits = trigger_hits(folded_text)
        starts = [h[0] for h in hits]
        dates_in = _DatesBySentence(dates)
        for idx, span in enumerate(sentences):
            lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
            if lo == hi:
                continue  # no trigger: no event here (and a summit context needs a summit word)
            sent = _Sentence(span, folded_text[span[0]:span[1]], parties(span), dates_in(span))
            local = [(a - span[0], b - span[0], t, m, w) for a, b, t, m, w in hits[lo:hi] if b <= span[1]]
            found = self._sentence_events(text, sent, pair, summit_ctx if summit_ctx and idx - summit_ctx[0] <= 2
                                          else None, local)
            orgs = [p for p in sent.parties if p.kind == "org"]
            if orgs and _SUMMIT.search(sent.text):
                summit_ctx = (idx, Event("CONSULT", "summit", None, orgs[0].code, span, span,
                                         date=_nearest_date(sent, 0), place=_place(sent.parties, exclude=())))
            anaphoric: bool | None = None  # searched only when an undated event could take the anchor's date
            for ev in found:
                if ev.date is None and last_anchor is not None and ev is not last_anchor:
                    if anaphoric is None:
                        anaphoric = bool(_ANAPHORA.search(sent.text)) or " bu səfər " in f" {sent.text} "
                    if anaphoric:
                        ev.date = last_anchor.date
                        if ev.place is None and ev.type in ("AGREE", "AID"):
                            ev.place = last_anchor.place
                events.append((idx, ev))
            for ev in found:
                if ev.mode in ("visit", "meet") and not ev.negated:
                    last_anchor = ev
        return merge_events(events, self._published if self._ongoing else None)

    # --- one sentence ------------------------------------------------------------
    def _sentence_events(self, text: str, s: _Sentence, pair: tuple[str, ...],
                         summit_ctx: tuple[int, Event] | None, hits: list[tuple]) -> list[Event]:
        out: list[Event] = []
        covered: list[tuple[int, int]] = []
        has_summit = "summit" in [h[3] for h in hits]
        named: set[str] | None = None
        for start, end, etype, mode, word in hits:
            if covered and any(a <= start < b for a, b in covered):
                continue
            covered.append((start, end))  # a trigger is used once, even when it makes no event
            if mode in ("visit", "summit") and _PLURAL_TRIGGER.search(word.split()[-1][4:]):
                continue  # 'səfərləri', 'görüşlərində': habitual, not one event
            if mode in ("visit", "meet", "summit", "session") and s.habitual():
                continue
            result = self._frame(text, s, etype, mode, start, pair, summit_ctx, has_summit)
            found = result if isinstance(result, list) else ([result] if result else [])
            if not found:
                continue
            abs_span = (s.span[0] + start, s.span[0] + end)
            clause = s.text[start:start + 60]
            negated = (bool(_NEG.search(clause)) or bool(_NEG_VERB.search(clause))
                       or bool(_NEG_PARTICIPATION.search(s.text, start)))
            future = bool(_FUTURE.search(clause))
            if named is None:
                named = {p.code for p in s.parties}
            for ev in found:
                ev.span, ev.sentence, ev.trigger = abs_span, s.span, word
                ev.negated, ev.future = negated, future
                # a side taken from the article's main pair or the home country, not named here, is less sure
                ev.confidence = 0.9 if {ev.actor, ev.recipient} <= named else 0.6
            out.extend(found)
        return out

    def _frame(self, text: str, s: _Sentence, etype: str, mode: str, pos: int, pair: tuple[str, ...],
               summit_ctx: tuple[int, Event] | None, has_summit: bool) -> Event | list[Event] | None:
        ps = s.parties
        date = _nearest_date(s, pos)
        if date is None and self._published and s.present():
            date = self._published  # 'dövlət səfərindədir', 'Zirvə görüşü keçirilir': happening on the day of the report
            self._ongoing = True
        if mode in ("visit", "arrive"):
            return self._visit(s, pos, date, pair, arrive=mode == "arrive")
        if mode in ("meet", "phone", "session"):
            explicit = {p.code for p in ps if len(p.code) == 2 and p.kind in ("country", "person", "pronoun")}
            trigger = s.text[pos:pos + 30]
            if mode == "meet" and _BACKREF.match(trigger) and not any(p.case == "com" for p in ps):
                return None  # 'görüşdə ... vurğulanıb': the meeting already told
            orgs = [p for p in ps if p.kind == "org"]
            if orgs and mode != "phone" and _MULTILATERAL.search(s.text) and not (has_summit and len(explicit) >= 2):
                return self._summit(s, date, orgs[0].code, pos)  # a meeting of an organisation's members
            if has_summit and len(explicit) < 2:
                return None
            if len(explicit) < 2 and not _PAIR_CUE.search(s.text):
                return None  # 'konfransın iştirakçıları ilə görüş': no second state named
            a, b = _two(ps, pair, self.home)
            if a is None or b is None or a == b:
                return None
            place = _place(ps, exclude=())
            kind = "meet" if mode == "session" else mode
            partners = _partners(s, ps)
            if len(partners) > 1 and a not in partners:
                # 'Əliyev Tokayev və Putinlə də görüşüb': one meeting with each partner
                return [Event("CONSULT", kind, a, c, (0, 0), (0, 0), date=date, place=place) for c in partners]
            return Event("CONSULT", kind, a, b, (0, 0), (0, 0), date=date, place=place)
        if mode == "summit":
            orgs = [p for p in ps if p.kind == "org"]
            org = orgs[0].code if orgs else None
            return self._summit(s, date, org, pos)
        if mode == "attend":
            if summit_ctx is None or "zirvə" in s.text:
                return None
            base = summit_ctx[1]
            return self._summit(s, date or base.date, base.recipient, pos, place=base.place)
        if etype == "AGREE":
            if mode == "establish" and not _ESTABLISH.search(s.text):
                return None
            if mode == "sign" and _DOMESTIC.search(s.text[max(0, pos - 40):pos]):
                return None  # 'sərəncam imzalayıb': a decree, not an agreement
            a, b = _two(ps, pair, self.home)
            if a is None or b is None or a == b:
                return None
            return Event("AGREE", mode, a, b, (0, 0), (0, 0), date=date, place=_place(ps, exclude=()))
        if etype == "AID":
            return self._aid(s, date, mode, pair)
        if etype == "SUPPORT":
            return self._support(s, pos, date)
        if etype == "COOPERATE":
            domain = mode if mode in ("transport", "energy") else None
            if mode == "domain":
                domain = _nearest_domain(s.text[max(0, pos - 40):pos + 20], min(pos, 40))
            if domain is None:
                return None
            a, b = _two(ps, pair, self.home)
            if a is None or b is None or a == b:
                return None
            return Event("COOPERATE", domain, a, b, (0, 0), (0, 0), date=date, place=None)
        return None

    def _fac_place(self) -> tuple[str, str] | None:
        """`_facility_place` of the page, found when first asked (only a gift asks, on few pages)."""
        if self._fac_place_found is _UNSET:
            self._fac_place_found = _facility_place(self._mentions)
        return self._fac_place_found  # type: ignore[return-value]

    def _visit(self, s: _Sentence, pos: int, date: str | None, pair: tuple[str, ...],
               arrive: bool) -> Event | None:
        ps = s.parties
        lo, hi = _clause_bounds(s.text, pos)
        near = [p for p in ps if lo <= p.start - s.span[0] < hi]
        dest = [p for p in near if p.case in ("dat",) and p.kind in ("country", "city", "pronoun")]
        if not dest:
            dest = [p for p in near if p.case == "loc" and p.kind in ("country", "city", "pronoun")
                    and p.start < s.span[0] + pos]
        if not dest:
            return None if arrive else self._visit_without_destination(s, date)
        target = min(dest, key=lambda p: abs(p.start - (s.span[0] + pos)))
        travellers = [p for p in ps if p is not target and p.code != target.code and p.kind in ("person", "country")
                      and p.case in ("gen", "nom", "agent")]
        people = [p for p in travellers if p.kind == "person"]
        actor = (people or travellers)[0].code if (people or travellers) else None
        if actor is None:
            # 'Baş nazirin müavini ilk dəfə Azərbaycana səfər edəcək': the guest is the article's other side
            actor = next((c for c in pair if c != target.code), None) if target.code == self.home else self.home
            if actor is None:
                return None
        if actor == target.code or len(target.code) != 2:
            return None
        place = target.name if target.kind == "city" else target.code
        city = next((p for p in ps if p.kind == "city" and p.code == target.code and p.case in ("dat", "loc")), None)
        if city is not None:
            place = city.name
        return Event("CONSULT", "visit", actor, target.code, (0, 0), (0, 0), date=date, place=place)

    def _visit_without_destination(self, s: _Sentence, date: str | None) -> Event | None:
        """'Türkmənistan Prezidentinin səfəri' in Azerbaijani press: a visit to the home country."""
        guests = [p for p in s.parties if p.case == "gen" and p.kind in ("person", "country") and p.code != self.home]
        if not guests or self.home is None or len(guests[0].code) != 2:
            return None
        return Event("CONSULT", "visit", guests[0].code, self.home, (0, 0), (0, 0), date=date, place=self.home)

    def _summit(self, s: _Sentence, date: str | None, org: str | None, pos: int,
                place: str | None = None) -> list[Event]:
        if org is None:
            return []
        place = place or _place(s.parties, exclude=())
        place_codes = {p.code for p in s.parties if p.kind in ("city", "country") and p.case in ("loc", "loc-of")}
        actors = []
        for p in s.parties:
            if p.kind in ("person", "country") and p.case in ("nom", "gen", "com") and len(p.code) == 2:
                if p.kind == "country" and p.case == "gen" and any(
                        q.kind == "person" and q.start > p.start and q.start - p.end < 40 for q in s.parties):
                    continue  # 'Qazaxıstan Prezidenti X': the person carries the country
                if p.code not in actors and not (p.kind == "country" and (p.code == place or p.code in place_codes)):
                    actors.append(p.code)
        return [Event("CONSULT", "summit", a, org, (0, 0), (0, 0), date=date, place=place) for a in actors]

    def _aid(self, s: _Sentence, date: str | None, mode: str, pair: tuple[str, ...]) -> Event | None:
        ps = s.parties
        fac_place = None
        if mode == "humanitarian":
            kind = "humanitarian"
        else:
            kind = "construction"
            has_fac = any(p.mention is not None and p.mention.type == "FAC" for p in ps) or bool(_BUILD.search(s.text))
            if mode == "gift" and not has_fac and self._fac_place() is not None:
                has_fac, fac_place = True, self._fac_place()  # 'Qazaxıstanın Azərbaycana hədiyyəsi' = the centre
            if not has_fac:
                return None
        givers = [p for p in ps if p.case == "agent"] or [
            p for p in ps if p.kind == "country" and p.case in ("nom", "gen")] or [
            p for p in ps if p.kind == "person"]
        cities = [p for p in ps if p.kind == "city"]
        place = cities[0].name if cities else (fac_place[0] if fac_place else None)
        recipient = cities[0].code if cities else (fac_place[1] if fac_place else None)
        if recipient is None:
            dat = [p for p in ps if p.case == "dat" and p.kind in ("country", "pronoun")]
            recipient = dat[0].code if dat else None
        givers = [g for g in givers if g.code != recipient]
        if not givers:
            if kind != "humanitarian" or not self.home or recipient in (None, self.home):
                return None
            actor = self.home  # 'Ukraynaya humanitar yardım göndərilib': in this press, sent from home
        else:
            actor = givers[0].code
        if recipient is None:
            recipient = next((c for c in pair if c != actor), None)
        if recipient is None or recipient == actor or len(actor) != 2:
            return None
        return Event("AID", kind, actor, recipient, (0, 0), (0, 0), date=date, place=place)

    def _support(self, s: _Sentence, pos: int, date: str | None) -> Event | None:
        ps = [p for p in s.parties if p.kind in ("country", "person", "pronoun", "city") and len(p.code) == 2]
        if len({p.code for p in ps}) < 2:
            return None
        if not _SUPPORT.search(s.text) and not any(p.case == "dat" for p in ps):
            return None
        anchor = s.span[0] + pos
        giver_gen = [p for p in ps if p.case == "gen" and _GIVEN_BY.match(_after(s, p))]
        agents = [p for p in ps if p.case == "agent"]
        word = s.text[pos:].split(" ", 1)[0]
        lo, _hi = _clause_bounds(s.text, pos)
        if not giver_gen and _PARTICIPLE.search(word):
            # 'Qırğızıstanın Azərbaycanın mövqeyini dəstəklədiyinə görə': the first genitive is the doer
            giver_gen = [p for p in ps if p.case == "gen" and lo <= p.start - s.span[0] < pos][:1]
        before = [p for p in ps if p.case == "nom" and p.start < anchor and p.start - s.span[0] >= lo]
        actor = (giver_gen or agents or before[-1:] or [p for p in ps if p.case == "nom" and p.start < anchor][-1:]
                 or [p for p in ps if p.case == "nom"] or [None])[0]
        if actor is None:
            return None
        others = [p for p in ps if p.code != actor.code]
        dat = [p for p in others if p.case == "dat"]
        rec = (dat or [p for p in others if p.case in ("gen", "com", "acc")] or others)
        if not rec:
            return None
        return Event("SUPPORT", "political", actor.code, rec[0].code, (0, 0), (0, 0), date=None, place=None)


def _partners(s: _Sentence, ps: list[Party]) -> list[str]:
    """Codes of the comitative parties, with the people coordinated to them by `və` or a comma.

    `Qazaxıstan Prezidenti Kasım-Jomart Tokayev və Rusiya Prezidenti Vladimir Putinlə`: both are partners.
    """
    people = [p for p in ps if len(p.code) == 2 and p.kind == "person" and p.mention is not None
              and p.mention.type == "PER"]
    out: list[str] = []
    for i, p in enumerate(people):
        if p.case != "com":
            continue
        chain = [p]
        for q in reversed(people[:i]):
            gap = s.text[q.end - s.span[0]:chain[-1].start - s.span[0]]
            if len(gap) > 60 or not _COORDINATION.search(gap):
                break
            chain.append(q)
        for q in reversed(chain):
            if q.code not in out:
                out.append(q.code)
    return out


def _nearest_domain(text: str, pos: int) -> str | None:
    best: tuple[int, str] | None = None
    for domain, rx in _DOMAINS:
        for m in rx.finditer(text):
            distance = abs(m.start() - pos)
            if best is None or distance < best[0]:
                best = (distance, domain)
    return best[1] if best else None


def _after(s: _Sentence, p: Party) -> str:
    rel = p.end - s.span[0]
    return s.text[rel:rel + 20]


def _two(ps: list[Party], pair: tuple[str, ...], home: str | None) -> tuple[str | None, str | None]:
    codes: list[str] = []
    for p in ps:
        if p.kind in ("country", "person", "city", "pronoun") and len(p.code) == 2 and p.code not in codes:
            codes.append(p.code)
    if len(codes) >= 2:
        return codes[0], codes[1]
    if len(codes) == 1:
        other = next((c for c in pair if c != codes[0]), None)
        if other is None and home and home != codes[0]:
            other = home
        return codes[0], other
    if len(pair) == 2:
        return pair[0], pair[1]
    return None, None


def _place(ps: list[Party], exclude: tuple[str, ...]) -> str | None:
    for p in ps:
        if p.case == "loc" and p.kind == "city":
            return p.name
    for p in ps:
        if p.case == "loc" and p.kind == "country" and p.code not in exclude:
            return p.code
    return None


_CLAUSE_BREAKS = ClauseBreaks(",;")


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    lo, hi = 0, len(text)
    first = _CLAUSE_BREAKS.first
    found = first(text)
    while found is not None:
        if found[1] <= pos:
            lo = found[1]
        elif found[0] >= pos:
            hi = found[0]
            break
        found = first(text, found[1])
    return lo, hi


def _nearest_date(s: _Sentence, pos: int) -> str | None:
    if not s.dates:
        return None
    lo, hi = _clause_bounds(s.text, pos)
    resolved = [d for d in s.dates if d.value and lo <= d.span[0] - s.span[0] < hi
                and not fold(s.text[d.span[1] - s.span[0]:d.span[1] - s.span[0] + 16]).lstrip().startswith(
                    lex.NOT_EVENT_DATE_AFTER)]
    if not resolved:
        return None
    anchor = s.span[0] + pos
    best = min(resolved, key=lambda d: (d.span[0] > anchor, abs(d.span[0] - anchor)))
    value = best.value or ""
    return value if _ISO_DATE.fullmatch(value) else None


class _DatesBySentence:
    """The dates whose start falls in a sentence, in the page's order: found by bisection when the
    dates come sorted (they do), by a scan otherwise."""

    def __init__(self, dates: list[DateItem]) -> None:
        self.dates = dates
        self.starts = [d.span[0] for d in dates]
        self.in_order = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def __call__(self, span: tuple[int, int]) -> list[DateItem]:
        if not self.in_order:
            return [d for d in self.dates if span[0] <= d.span[0] < span[1]]
        return self.dates[bisect.bisect_left(self.starts, span[0]):bisect.bisect_left(self.starts, span[1])]


def _facility_place(mentions: list[Mention]) -> tuple[str, str] | None:
    """(city, country) where the article's first facility stands: the city named nearest to it."""
    facs = [m for m in mentions if m.type == "FAC"]
    cities = [m for m in mentions if m.type == "GPE" and m.kb is not None and not m.kb.code and m.code]
    if not facs or not cities:
        return None
    near = min(cities, key=lambda c: abs(c.start - facs[0].start))
    return near.name, near.code or ""
