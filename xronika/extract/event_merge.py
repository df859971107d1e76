"""A page's events merged: one per act, and the dates and places a report tells once for several acts."""

from __future__ import annotations

from ..document import Event

_DATE_FREE = {"COOPERATE", "SUPPORT", "AID"}  # one per pair and mode in an article, whatever dates it cites


def merge_events(events: list[tuple[int, Event]], ongoing: str | None) -> list[Event]:
    """(sentence index, event) pairs in page order, merged. `ongoing`: the report's day, when it tells a
    visit under way."""
    _inherit_lead_date(events)
    return _inherit_places(_dedupe(events), ongoing)


def _inherit_lead_date(events: list[tuple[int, Event]]) -> None:
    """A news report's lead tells the day; later undated acts between the same sides happened then.

    Only when the article opens with a dated event (title or first two sentences): an opinion piece
    that cites a dated visit in its middle does not date everything after it.
    """
    lead = next((ev for idx, ev in events if idx <= 2 and ev.date and len(ev.date) == 10 and not ev.negated), None)
    if lead is None:
        return
    sides = {lead.actor, lead.recipient}
    for _idx, ev in events:
        if ev.date is None and not ev.future and not ev.negated and ev.type in ("CONSULT", "AGREE", "AID") \
                and {ev.actor, ev.recipient} == sides:
            ev.date = lead.date
            if ev.place is None and ev.type != "AID" and lead.place and lead.mode in ("visit", "meet", "summit"):
                ev.place = lead.place


def _inherit_places(events: list[Event], ongoing: str | None) -> list[Event]:
    """A signing or meeting with no place took place where the visit between the same sides went.

    When the report tells a visit under way (`dövlət səfərindədir`), its undated signings and meetings
    between the same sides happen during it, on the day of the report.
    """
    visits = [e for e in events if e.mode == "visit" and not e.negated]
    for ev in events:
        if ev.mode not in ("sign", "meet") or ev.future:
            continue
        pair = {ev.actor, ev.recipient}
        for v in visits:
            if {v.actor, v.recipient} != pair:
                continue
            if ongoing and v.date == ongoing and ev.date is None:
                ev.date = ongoing
            if ev.place is None and v.date == ev.date and v.span[0] <= ev.span[0] + 400:
                ev.place = v.place
    return events


def _unordered(ev: Event) -> bool:
    return ev.type in ("AGREE", "COOPERATE") or (ev.type == "CONSULT" and ev.mode in ("meet", "phone"))


def _key(ev: Event) -> tuple:
    parties = tuple(sorted((ev.actor or "", ev.recipient or ""))) if _unordered(ev) else (ev.actor, ev.recipient)
    return ev.type, ev.mode, parties


def _dedupe(events: list[tuple[int, Event]]) -> list[Event]:
    """One event per (type, mode, parties, date); an undated mention next to a dated one is the same event."""
    kept: list[tuple[int, Event, tuple]] = []
    for idx, ev in events:
        twin = None
        key = _key(ev)  # merging changes only dates and places, never a key
        for kidx, k, kkey in kept:
            if kkey != key or k.negated != ev.negated:
                continue
            if k.date == ev.date or ev.type in _DATE_FREE or (
                    abs(kidx - idx) <= 1 and (k.date is None or ev.date is None) and k.future == ev.future):
                twin = k
                break
        if twin is None:
            kept.append((idx, ev, key))
        else:
            twin.date = twin.date or ev.date
            twin.place = twin.place or ev.place
    return [ev for _, ev, _key in kept]
