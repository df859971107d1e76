"""Read-only queries behind the web pages and their JSON twins.

Every function takes an open (read-only) connection and returns plain dicts and lists, so the HTML
page and the JSON endpoint are built from the same call. Only parameterised SQL: user input never
reaches a query string. Expensive aggregates are bounded (a cap on counted rows, a window of the
latest documents) so a page stays fast on a large store; the bound is returned with the result.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from typing import Any

from ..errors import NotFound
from .indexes import documents_by_meta
from .rows import JSON_FIELDS, LAYER_COLUMNS

COUNT_CAP = 10_000  # search totals above this are reported as "at least"
RANK_WINDOW = 1_000  # search ranks by relevance among this many latest matches, then by recency
FILTER_WINDOW = 10_000  # search filters apply to this many latest matches of the text
COOCCURRENCE_WINDOW = 500  # co-occurring entities and events: over this many latest documents
WALK_ABOVE = 2_000  # entities in more documents than this find their latest ones by walking the date index
AGREEMENT_TOLERANCE = 0.02  # values within 2% of each other agree
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
_WORD_RE = re.compile(r"\w[\w'’-]*", re.UNICODE)
# the layers' columns as the store defines them (the dates' `end` is stored as `end_value`)
_LAYER_FIELDS = {layer: tuple("end_value" if (layer, c) == ("dates", "end") else c for c in columns)
                 for layer, columns in LAYER_COLUMNS.items()}
_FLAGS = {"relative", "approx", "negated", "hypothetical", "future"}
_DOC_FIELDS = ("id", "title", "site", "url", "published", "lang", "lang_confidence", "mixed_lang", "source", "file",
               "authors", "quality", "duplicate_of")


def _decode(layer: str, row: sqlite3.Row) -> dict[str, Any]:
    item: dict[str, Any] = {"idx": row["idx"], "span": [row["start"], row["end"]]}
    for name in _LAYER_FIELDS[layer]:
        value = row[name]
        if name in JSON_FIELDS and value is not None:
            value = json.loads(value)
        elif name in _FLAGS:
            value = bool(value)
        item[name] = value
    return item


def _date_upper(value: str) -> str:
    # '2024' or '2024-05' as an upper bound must include every later-precision date inside it
    return value + "~"


# --- search -------------------------------------------------------------------------------------

def fts_query(text: str, lemmatize: Any = None) -> str | None:
    """An FTS5 MATCH expression for free text: every word must match its surface form or its lemma.

    Words are quoted (so FTS operators typed by the user are plain words); `lemmatize` maps a word
    to its lemma, matched against the `lemmas` column.
    """
    clauses = []
    for word in _WORD_RE.findall(text)[:12]:
        options = [f'{{title body lemmas}}: "{word}"']
        if lemmatize is not None:
            lemma = lemmatize(word)
            if lemma and lemma != word:
                options.append(f'lemmas: "{lemma}"')
        clauses.append("(" + " OR ".join(options) + ")")
    return " AND ".join(clauses) or None


def search(db: sqlite3.Connection, match: str | None = None, country: str | None = None,
           event_type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           site: str | None = None, lang: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Articles matching an FTS5 expression (see `fts_query`) and filters, newest or best first."""
    where, params = [], []
    if country:
        # a probe per candidate through (code, doc_id): no list of every article naming the country
        where.append("EXISTS (SELECT 1 FROM entities e WHERE e.code = ? AND e.doc_id = d.id)")
        params.append(country)
    if event_type:
        where.append("EXISTS (SELECT 1 FROM events v WHERE v.type = ? AND v.doc_id = d.id)")
        params.append(event_type)
    if date_from:
        where.append("d.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("d.published <= ?")
        params.append(_date_upper(date_to))
    if site:
        where.append("d.site = ?")
        params.append(site)
    if lang:
        where.append("d.lang = ?")
        params.append(lang)
    filters = "".join(f" AND {w}" for w in where)
    try:
        if match:
            items, total, order = _text_search(db, match, filters, params, limit, offset)
        else:
            condition = ("WHERE " + filters[5:]) if filters else ""
            total = db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM documents d {condition} LIMIT ?)",
                               (*params, COUNT_CAP + 1)).fetchone()[0]
            # the date index gives the order; a tie-breaker would force a sort of every match
            rows = db.execute(
                f"SELECT d.id, d.title, d.site, d.url, d.published, d.lang, d.duplicate_of, "
                f"substr(d.body, 1, 200) AS snippet FROM documents d {condition} ORDER BY d.published DESC "
                f"LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
            items, order = [dict(r) for r in rows], "published"
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise ValueError(f"cannot search for this text: {exc}") from exc
        raise
    return {"total": min(total, COUNT_CAP), "total_capped": total > COUNT_CAP, "limit": limit, "offset": offset,
            "order": order, "items": items}


def _text_search(db: sqlite3.Connection, match: str, filters: str, params: list[Any], limit: int, offset: int
                 ) -> tuple[list[dict[str, Any]], int, str]:
    """Full-text matches: (items, total, order).

    Without filters, the RANK_WINDOW most recently stored matches are ranked by relevance (bm25), later
    pages follow by recency. With filters, matches come newest stored first and the filters (read from
    the documents' covering index) apply to the FILTER_WINDOW most recent matches of the text: a word
    found in every article must cost neither a rank nor a probe per article.
    """
    if filters:
        survivors = [r[0] for r in db.execute(
            f"SELECT f.rowid FROM (SELECT rowid, doc_id FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC "
            f"LIMIT {FILTER_WINDOW}) f JOIN {documents_by_meta(db)} ON d.id = f.doc_id WHERE 1{filters} "
            f"ORDER BY f.rowid DESC LIMIT ?", (match, *params, COUNT_CAP + 1))]
        page, order = survivors[offset:offset + limit], "newest"
    else:
        survivors = [r[0] for r in db.execute(
            "SELECT rowid FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC LIMIT ?", (match, COUNT_CAP + 1))]
        if offset + limit <= RANK_WINDOW:
            ranked = db.execute("SELECT rowid, rank FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                                (match, RANK_WINDOW)).fetchall()
            ranked.sort(key=lambda r: r[1])
            page, order = [r[0] for r in ranked[offset:offset + limit]], "relevance"
        else:
            page, order = survivors[offset:offset + limit], "newest"
    found = {}
    for rowid in page:  # one cheap lookup per shown row (FTS5 seeks a rowid without scanning the match)
        row = db.execute(f"SELECT doc_id, snippet(doc_fts, 2, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 16) "
                         f"FROM doc_fts WHERE doc_fts MATCH ? AND rowid = ?", (match, rowid)).fetchone()
        if row:
            found[rowid] = row
    docs = {r["id"]: dict(r) for r in db.execute(
        "SELECT id, title, site, url, published, lang, duplicate_of FROM documents "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([doc for doc, _ in found.values()]),))}
    items = [docs[found[rowid][0]] | {"snippet": found[rowid][1]} for rowid in page
             if rowid in found and found[rowid][0] in docs]
    return items, len(survivors), order


def facets(db: sqlite3.Connection) -> dict[str, list[Any]]:
    """The values the search filters offer: sites, languages, event types, countries."""
    return {
        "sites": [r[0] for r in db.execute("SELECT DISTINCT site FROM documents WHERE site IS NOT NULL ORDER BY 1")],
        "langs": [r[0] for r in db.execute("SELECT DISTINCT lang FROM documents WHERE lang IS NOT NULL ORDER BY 1")],
        "event_types": [r[0] for r in db.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1")],
        "countries": [r[0] for r in db.execute("SELECT DISTINCT code FROM entities WHERE code IS NOT NULL ORDER BY 1")],
    }


# --- article ------------------------------------------------------------------------------------

def article(db: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """One document: metadata, cleaned body, every layer with spans, debris count and duplicates."""
    row = db.execute(f"SELECT {', '.join(_DOC_FIELDS)}, body FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotFound(f"no article {doc_id}")
    out: dict[str, Any] = {name: row[name] for name in _DOC_FIELDS}
    out["authors"] = json.loads(row["authors"] or "[]")
    out["quality"] = json.loads(row["quality"] or "{}")
    out["mixed_lang"] = bool(out["mixed_lang"])
    out["body"] = row["body"]
    for layer in _LAYER_FIELDS:
        out[layer] = [_decode(layer, r) for r in db.execute(
            f'SELECT * FROM {layer} WHERE doc_id = ? ORDER BY idx', (doc_id,))]
    out["removed_count"] = db.execute("SELECT COUNT(*) FROM removed_lines WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    out["duplicates"] = [dict(r) for r in db.execute(
        "SELECT p.other_id AS id, p.kind, p.similarity, d.title, d.site, d.published FROM dup_pairs p "
        "JOIN documents d ON d.id = p.other_id WHERE p.doc_id = ? "
        "UNION SELECT p.doc_id, p.kind, p.similarity, d.title, d.site, d.published FROM dup_pairs p "
        "JOIN documents d ON d.id = p.doc_id WHERE p.other_id = ? ORDER BY 1", (doc_id, doc_id))]
    return out


def removed_lines(db: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    """The debris lines the cleaner dropped from one document (spans into the raw page)."""
    if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
        raise NotFound(f"no article {doc_id}")
    lines = [{"span": [r["start"], r["end"]], "text": r["text"], "reason": r["reason"]} for r in db.execute(
        'SELECT start, "end", text, reason FROM removed_lines WHERE doc_id = ? ORDER BY start', (doc_id,))]
    return {"id": doc_id, "lines": lines}


# --- entity -------------------------------------------------------------------------------------

def _latest_documents(db: sqlite3.Connection, where: str, key: str, documents: int, n: int) -> list[str]:
    """Ids of the `n` latest documents where the entity condition holds, newest first."""
    if documents > WALK_ABOVE:
        # common entity: walk pages newest first and stop after n hits
        sql = (f"SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM entities e WHERE {where} "
               f"AND e.doc_id = d.id) ORDER BY d.published DESC LIMIT ?")
    else:
        sql = (f"SELECT e.doc_id FROM entities e JOIN {documents_by_meta(db)} ON d.id = e.doc_id WHERE {where} "
               f"GROUP BY e.doc_id ORDER BY MAX(d.published) DESC LIMIT ?")
    return [r[0] for r in db.execute(sql, (key, n))]


def entity(db: sqlite3.Connection, key: str, limit: int = 50) -> dict[str, Any]:
    """An entity by KB id (or, failing that, by name): articles per month, neighbours, events, articles.

    Neighbours and events come from the latest COOCCURRENCE_WINDOW articles mentioning it; the monthly
    series covers them all (read through covering indexes only).
    """
    column = "kb_id"
    first = db.execute("SELECT name, type, code, country, kb_id, wikidata, aliases FROM entities "
                       "WHERE kb_id = ? LIMIT 1", (key,)).fetchone()
    if first is None:
        column = "name"
        first = db.execute("SELECT name, type, code, country, kb_id, wikidata, aliases FROM entities "
                           "WHERE name = ? LIMIT 1", (key,)).fetchone()
    if first is None:
        raise NotFound(f"no entity {key}")
    out: dict[str, Any] = dict(first)
    out["key"] = key
    out["aliases"] = json.loads(first["aliases"] or "[]")
    where = f"e.{column} = ?"
    months = db.execute(
        f"SELECT substr(d.published, 1, 7) AS month, COUNT(*) FROM (SELECT DISTINCT e.doc_id AS id FROM entities e "
        f"WHERE {where}) m JOIN {documents_by_meta(db)} ON d.id = m.id GROUP BY month ORDER BY month", (key,)).fetchall()
    documents = sum(n for _, n in months)
    out["documents"] = documents
    out["mentions_by_month"] = [{"period": month, "documents": n} for month, n in months if month]
    latest = json.dumps(_latest_documents(db, where, key, documents, COOCCURRENCE_WINDOW))
    in_latest = "doc_id IN (SELECT value FROM json_each(?))"
    out["cooccurring"] = [dict(r) for r in db.execute(
        f"SELECT COALESCE(o.kb_id, o.name) AS key, MIN(o.name) AS name, MIN(o.type) AS type, "
        f"COUNT(DISTINCT o.doc_id) AS documents FROM entities o WHERE o.{in_latest} "
        f"AND COALESCE(o.kb_id, o.name) != ? GROUP BY 1 ORDER BY documents DESC, name LIMIT 25", (latest, key))]
    out["cooccurrence_window"] = COOCCURRENCE_WINDOW
    pages = documents_by_meta(db)
    if first["code"] and first["type"] == "GPE":
        # a country takes part in an event as its actor or recipient
        rows = db.execute(
            f"SELECT v.*, d.published FROM events v JOIN {pages} ON d.id = v.doc_id "
            f"WHERE v.{in_latest} AND (v.actor = ? OR v.recipient = ?) "
            f"ORDER BY COALESCE(v.date, d.published) DESC LIMIT ?",
            (latest, first["code"], first["code"], limit)).fetchall()
    else:
        # anyone else takes part in the events whose sentence mentions them
        rows = db.execute(
            f"SELECT v.*, d.published, e.mentions AS entity_mentions FROM entities e "
            f"JOIN events v ON v.doc_id = e.doc_id JOIN {pages} ON d.id = e.doc_id WHERE e.{in_latest} "
            f"AND {where} ORDER BY COALESCE(v.date, d.published) DESC", (latest, key)).fetchall()
        rows = [r for r in rows if _mentioned_in(json.loads(r["entity_mentions"] or "[]"),
                                                 json.loads(r["sentence"] or "null"))][:limit]
    titles = dict(db.execute("SELECT id, title FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                             (json.dumps(sorted({r["doc_id"] for r in rows})),)).fetchall())
    out["events"] = []
    for r in rows:
        item = _decode("events", r)
        item.update(doc_id=r["doc_id"], title=titles.get(r["doc_id"]), published=r["published"])
        out["events"].append(item)
    out["articles"] = [dict(r) for r in db.execute(
        "SELECT d.id, d.title, d.site, d.published FROM documents d WHERE d.id IN "
        "(SELECT value FROM json_each(?)) ORDER BY d.published DESC", (json.dumps(json.loads(latest)[:20]),))]
    return out


def _mentioned_in(mentions: list[list[int]], sentence: list[int] | None) -> bool:
    if not sentence:
        return False
    return any(sentence[0] <= s and e <= sentence[1] for s, e in mentions)


def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    item = _decode("events", row)
    item.update(doc_id=row["doc_id"], title=row["title"], published=row["published"])
    return item


# --- country pair -------------------------------------------------------------------------------

def pair_events(db: sqlite3.Connection, a: str, b: str, date_from: str | None = None, date_to: str | None = None,
                limit: int = 200) -> dict[str, Any]:
    """Per-document events between two countries (either direction): counts by type and month, latest list.

    An event is placed at its own date, else at its page's publication date (the page is only looked up
    for undated events, through a covering index). The list holds the `limit` most recently stored
    events, newest date first.
    """
    date = "COALESCE(v.date, d.published)"
    pair = "((v.actor = ? AND v.recipient = ?) OR (v.actor = ? AND v.recipient = ?)) AND v.negated = 0"
    params: list[Any] = [a, b, b, a]
    where, dates = [], []
    if date_from:
        where.append(f"{date} >= ?")
        dates.append(date_from)
    if date_to:
        where.append(f"{date} <= ?")
        dates.append(_date_upper(date_to))
    condition = ("WHERE " + " AND ".join(where)) if where else ""
    placed = (f"(SELECT v.rowid AS rowid, v.type, v.date, v.doc_id FROM events v WHERE {pair}) v "
              f"LEFT JOIN {documents_by_meta(db)} ON v.date IS NULL AND d.id = v.doc_id {condition}")
    counts: dict[str, int] = defaultdict(int)
    by_period = []
    for month, type_, n in db.execute(f"SELECT substr({date}, 1, 7) AS month, v.type, COUNT(*) FROM {placed} "
                                      f"GROUP BY month, v.type ORDER BY month", (*params, *dates)):
        counts[type_] += n
        if month:
            by_period.append({"period": month, "type": type_, "count": n})
    # without a date window the page need not be looked up to pick the latest events
    recent = (f"SELECT v.rowid FROM {placed if dates else f'events v WHERE {pair}'} "
              f"ORDER BY v.rowid DESC LIMIT ?")
    rows = db.execute(f"SELECT v.*, d.title, d.published FROM events v JOIN documents d ON d.id = v.doc_id "
                      f"WHERE v.rowid IN ({recent})", (*params, *dates, limit)).fetchall()
    events = sorted((_event_row(r) for r in rows), key=lambda e: e["date"] or e["published"] or "", reverse=True)
    return {"pair": [a, b], "counts_by_type": dict(sorted(counts.items(), key=lambda kv: -kv[1])),
            "by_period": by_period, "events": events, "events_shown": len(events),
            "events_total": sum(counts.values())}


def claim_groups(db: sqlite3.Connection, metric: str | None = None, parties: list[str] | None = None,
                 limit: int = 50, offset: int = 0, values_per_group: int = 20, titles: bool = True
                 ) -> dict[str, Any]:
    """Claims grouped in SQL (metric, parties, unit, period) with count and range, then up to
    `values_per_group` source values: the lowest and the highest (all of them in a small group).

    Figures without a period form one `unresolved` group per claim, never compared with dated ones.
    Without `titles` the source pages are read through the covering index only (site and date).
    """
    pages = "documents AS d" if titles else documents_by_meta(db)
    title = "d.title" if titles else "NULL AS title"
    where, params = [], []
    if metric:
        where.append("metric = ?")
        params.append(metric)
    if parties:
        orders = {json.dumps(list(parties)), json.dumps(list(reversed(parties)))}
        where.append(f"parties IN ({','.join('?' * len(orders))})")
        params.extend(sorted(orders))
    condition = ("WHERE " + " AND ".join(where)) if where else ""
    grouped = f"SELECT metric, parties, unit, period, COUNT(*) AS n, MIN(value) AS low, MAX(value) AS high " \
              f"FROM figures {condition} GROUP BY metric, parties, unit, period"
    # one pass over the claim index: every group's key and range, then the page of them
    every = db.execute(f"{grouped} ORDER BY metric, parties, unit, period", params).fetchall()
    total, rows = len(every), every[offset:offset + limit]
    groups = []
    for r in rows:
        # the lowest and highest values of the group (where disagreement shows), through the claim index
        half = max(1, values_per_group // 2)
        picked = "SELECT rowid FROM figures WHERE metric = ? AND parties IS ? AND unit IS ? AND period IS ? "
        key = (r["metric"], r["parties"], r["unit"], r["period"])
        values = db.execute(
            f"SELECT f.*, {title}, d.published, d.site FROM figures f JOIN {pages} ON d.id = f.doc_id "
            f"WHERE f.rowid IN ({picked} ORDER BY value LIMIT ?) OR f.rowid IN ({picked} ORDER BY value DESC "
            "LIMIT ?) ORDER BY f.value", (*key, half, *key, half)).fetchall()
        low, high = r["low"] or 0, r["high"] or 0
        if r["period"] is None:
            status = "unresolved"  # no period: never compared, shown apart
        elif r["n"] < 2:
            status = "single"
        elif high - low <= AGREEMENT_TOLERANCE * max(abs(high), abs(low), 1e-9):
            status = "agree"
        else:
            status = "conflict"
        items = []
        for v in values:
            item = _decode("figures", v)
            item.update(doc_id=v["doc_id"], title=v["title"], published=v["published"], site=v["site"])
            items.append(item)
        groups.append({"metric": r["metric"], "parties": json.loads(r["parties"] or "[]"), "unit": r["unit"],
                       "period": r["period"], "status": status, "low": low, "high": high, "count": r["n"],
                       "values": items})
    return {"total": total, "limit": limit, "offset": offset, "groups": groups}


def consolidated_documents(db: sqlite3.Connection) -> int:
    """How many documents cross-source consolidation has folded in (0 when its tables do not exist)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'consolidated_docs'").fetchone():
        return db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM consolidated_docs LIMIT 1)").fetchone()[0]
    return 0


def metrics(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT metric FROM figures WHERE metric IS NOT NULL ORDER BY 1")]


def pairs(db: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Country pairs with events between them (either direction), most active first."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for actor, recipient, n in db.execute(
            "SELECT actor, recipient, COUNT(*) FROM events WHERE actor IS NOT NULL AND recipient IS NOT NULL "
            "GROUP BY actor, recipient"):
        if actor != recipient and len(actor) == 2 and len(recipient) == 2:
            counts[tuple(sorted((actor, recipient)))] += n
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"pair": list(p), "events": n} for p, n in ranked]
