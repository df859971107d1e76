"""The claims table: every stated figure as a claim value, grouped by (metric, parties, unit, period).

A figure without a period is aligned to its page's publication year when the page is dated (and says so
in `period_basis`, in a group of its own next to the stated one); otherwise it stays alone. Values in a
group agree within 0.5 %, 5 % when approximate; different units never share a group.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..store import consolidated as sql
from .matching import pair_of, values_agree

# metrics whose parties are an ordered [from, to] (gold SCHEMA.md); the others are sorted sets
DIRECTED_METRICS = frozenset({"exports", "imports"})
STATED, PUBLISHED, UNRESOLVED = "stated", "published", "unresolved"


def party_key(metric: str, parties: list[str]) -> str:
    return ",".join(parties if metric in DIRECTED_METRICS else sorted(parties))


def claim_rows(figures: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The claim_values rows (see migration 3 for the columns) of `sql.figure_rows` tuples, whose parties are
    JSON text: a store holds a few hundred distinct ones, each decoded once."""
    return [_claim(doc_id, idx, metric, _parties(metric, parties), value, unit, period, approx, published)
            for doc_id, idx, metric, parties, value, unit, period, approx, published in figures]


@lru_cache(maxsize=4096)
def _parties(metric: str, parties_json: str | None) -> tuple[str, str | None, str | None]:
    """The party key and the sorted pair (when at most two) of a figure's parties."""
    parties = json.loads(parties_json or "[]") or []  # NULL, "[]" or "null": no parties
    pair_a, pair_b = pair_of(*(parties + [None, None])[:2]) if len(parties) <= 2 else (None, None)
    return party_key(metric, parties), pair_a, pair_b


def _claim(doc_id: str, idx: int, metric: str, parties: tuple[str, str | None, str | None], value: float,
           unit: str | None, period: str | None, approx: Any, published: str | None) -> tuple[Any, ...]:
    key, pair_a, pair_b = parties
    basis = STATED
    if not period:
        period, basis = (published[:4], PUBLISHED) if published else (None, UNRESOLVED)
    unit = unit or "?"
    if basis == UNRESOLVED:
        group = f"{metric}|{key}|{unit}|?|{doc_id}:{idx}"
    else:
        group = f"{metric}|{key}|{unit}|{period}|{basis}"
    return (doc_id, idx, metric, key, pair_a, pair_b, unit, period, basis, float(value), int(bool(approx)), group)


def agreeing_sets(values: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Values split into sets that agree with each set's first (smallest) value."""
    sets: list[list[dict[str, Any]]] = []
    for value in sorted(values, key=lambda v: v["value"]):
        for group in sets:
            head = group[0]
            if values_agree(head["value"], value["value"], head["approx"] or value["approx"]):
                group.append(value)
                break
        else:
            sets.append([value])
    return sets


def group_status(values: list[dict[str, Any]], basis: str) -> str:
    if basis == UNRESOLVED:
        return "unresolved"
    if len({v["doc_id"] for v in values}) == 1 and len(agreeing_sets(values)) == 1:
        return "single"
    return "agree" if len(agreeing_sets(values)) == 1 else "conflict"


def _value(row: dict[str, Any]) -> dict[str, Any]:
    return {"value": row["value"], "unit": row["unit"], "approx": bool(row["approx"]), "doc_id": row["doc_id"],
            "file": row["file"], "site": row["site"], "url": row["url"], "published": row["published"],
            "span": [row["start"], row["end"]], "text": row["text"], "period_basis": row["period_basis"]}


def group_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        group = groups.get(row["group_key"])
        if group is None:
            group = groups[row["group_key"]] = {
                "metric": row["metric"], "parties": row["party_key"].split(",") if row["party_key"] else [],
                "unit": row["unit"], "period": row["period"], "period_basis": row["period_basis"], "values": []}
        group["values"].append(_value(row))
    out = []
    for group in groups.values():
        sets = agreeing_sets(group["values"])
        group["status"] = group_status(group["values"], group["period_basis"])
        group["n_sources"] = len({v["doc_id"] for v in group["values"]})
        group["value_sets"] = [[v["value"] for v in s] for s in sets]
        out.append(group)
    _hint_unresolved(out)
    out.sort(key=lambda g: (g["metric"], ",".join(g["parties"]), g["unit"], g["period"] is None,
                            g["period"] or "", g["period_basis"] != STATED))
    return out


def _hint_unresolved(groups: list[dict[str, Any]]) -> None:
    """Tell, for a value without a period, which dated values of the same claim it agrees with: a hint for
    the reader, never a merge."""
    dated: dict[tuple, list[dict[str, Any]]] = {}
    for group in groups:
        if group["period_basis"] != UNRESOLVED:
            dated.setdefault((group["metric"], tuple(group["parties"]), group["unit"]), []).append(group)
    for group in groups:
        if group["period_basis"] != UNRESOLVED:
            continue
        value = group["values"][0]
        group["agrees_with_periods"] = sorted({
            other["period"] for other in dated.get((group["metric"], tuple(group["parties"]), group["unit"]), ())
            for v in other["values"] if values_agree(v["value"], value["value"], v["approx"] or value["approx"])})


def claims(db: sqlite3.Connection, metric: str | None = None, parties: list[str] | None = None
           ) -> list[dict[str, Any]]:
    """Claim groups with status `agree`, `conflict`, `single` (one source) or `unresolved` (no period and
    no publication date: shown alone, never merged)."""
    sql.require_tables(db)
    pair = key = None
    if parties and len(parties) == 2:
        pair = pair_of(parties[0], parties[1])
    elif parties:
        key = ",".join(parties)
    return group_rows(sql.claim_value_rows(db, metric=metric, pair=pair, party_key=key))
