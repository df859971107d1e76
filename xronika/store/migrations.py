"""Numbered schema migrations: each a function, applied once, recorded in the `migrations` table.

Append new ones at the end of MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3


def _m1(db: sqlite3.Connection) -> None:
    db.executescript("""
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, file TEXT, url TEXT, site TEXT,
        raw TEXT NOT NULL, body TEXT NOT NULL, offsets TEXT NOT NULL,
        lang TEXT, lang_confidence REAL, mixed_lang INTEGER, title TEXT, authors TEXT, published TEXT,
        quality TEXT, duplicate_of TEXT, meta TEXT, run_id INTEGER, ingested_at REAL
    );
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_site ON documents(site);
    CREATE INDEX documents_lang ON documents(lang);
    CREATE TABLE removed_lines (doc_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, reason TEXT);
    CREATE INDEX removed_doc ON removed_lines(doc_id);
    CREATE TABLE entities (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, name TEXT, type TEXT,
        code TEXT, country TEXT, kb_id TEXT, wikidata TEXT, aliases TEXT, mentions TEXT, confidence REAL);
    CREATE INDEX entities_doc ON entities(doc_id);
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE dates (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, value TEXT,
        end_value TEXT, granularity TEXT, text TEXT, relative INTEGER, confidence REAL);
    CREATE INDEX dates_doc ON dates(doc_id);
    CREATE TABLE amounts (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, value REAL, high REAL,
        unit TEXT, kind TEXT, text TEXT, approx INTEGER, confidence REAL);
    CREATE INDEX amounts_doc ON amounts(doc_id);
    CREATE TABLE events (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, type TEXT, mode TEXT,
        actor TEXT, recipient TEXT, date TEXT, place TEXT, sentence TEXT, negated INTEGER, hypothetical INTEGER,
        future INTEGER, trigger TEXT, confidence REAL);
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_pair ON events(actor, recipient);
    CREATE TABLE figures (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, metric TEXT,
        parties TEXT, value REAL, unit TEXT, period TEXT, approx INTEGER, sentence TEXT, confidence REAL);
    CREATE INDEX figures_doc ON figures(doc_id);
    CREATE INDEX figures_metric ON figures(metric);
    CREATE TABLE runs (id INTEGER PRIMARY KEY, started REAL, finished REAL, args TEXT, stats TEXT,
        docs_new INTEGER DEFAULT 0, docs_existing INTEGER DEFAULT 0, failed INTEGER DEFAULT 0);
    CREATE TABLE failures (run_id INTEGER, source TEXT, reason TEXT, at REAL);
    CREATE INDEX failures_source ON failures(source);
    CREATE TABLE dedup (doc_id TEXT PRIMARY KEY, exact_key TEXT, signature BLOB);
    CREATE INDEX dedup_exact ON dedup(exact_key);
    CREATE TABLE dup_pairs (doc_id TEXT NOT NULL, other_id TEXT NOT NULL, kind TEXT, similarity REAL,
        PRIMARY KEY (doc_id, other_id));
    CREATE TABLE shards (key TEXT PRIMARY KEY, version TEXT, docs INTEGER, finished REAL);
    """)


def _m2(db: sqlite3.Connection) -> None:
    # full-text search over surface forms and lemmas, so `Qazaxıstan` finds `Qazaxıstanın`
    db.executescript("""
    CREATE VIRTUAL TABLE doc_fts USING fts5(doc_id UNINDEXED, title, body, lemmas,
        tokenize = "unicode61 remove_diacritics 0");
    """)


def _m3(db: sqlite3.Connection) -> None:
    # cross-source consolidation: events merged over documents, with why each mention joined,
    # and every figure as a claim value keyed by (metric, parties, unit, period)
    db.executescript("""
    CREATE TABLE cevents (id TEXT PRIMARY KEY, key TEXT NOT NULL, type TEXT, mode TEXT, actor TEXT,
        recipient TEXT, pair_a TEXT, pair_b TEXT, date TEXT, place TEXT, n_sources INTEGER, n_mentions INTEGER,
        planned INTEGER, updated REAL);
    CREATE INDEX cevents_key ON cevents(key);
    CREATE INDEX cevents_pair ON cevents(pair_a, pair_b, date);
    CREATE TABLE cevent_mentions (cevent_id TEXT NOT NULL, doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
        reasons TEXT, PRIMARY KEY (doc_id, idx));
    CREATE INDEX cevent_mentions_event ON cevent_mentions(cevent_id);
    CREATE INDEX events_type_pair ON events(type, mode, actor, recipient);
    CREATE TABLE claim_values (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, metric TEXT, party_key TEXT,
        pair_a TEXT, pair_b TEXT, unit TEXT, period TEXT, period_basis TEXT, value REAL, approx INTEGER,
        group_key TEXT, PRIMARY KEY (doc_id, idx));
    CREATE INDEX claim_values_group ON claim_values(metric, party_key, group_key);
    CREATE INDEX claim_values_pair ON claim_values(pair_a, pair_b, metric);
    CREATE TABLE consolidated_docs (doc_id TEXT PRIMARY KEY, at REAL);
    """)


def _m4_web_indexes(db: sqlite3.Connection) -> None:
    # the web pages' lookups (xronika/store/queries.py): articles by country, event type, entity KB id,
    # site or language in date order; claim groups and a pair's figures; duplicates of either side
    db.executescript("""
    CREATE INDEX IF NOT EXISTS entities_code_doc ON entities(code, doc_id);
    CREATE INDEX IF NOT EXISTS entities_kb_doc ON entities(kb_id, doc_id);
    CREATE INDEX IF NOT EXISTS entities_name_doc ON entities(name, doc_id);
    CREATE INDEX IF NOT EXISTS events_type_doc ON events(type, doc_id);
    CREATE INDEX IF NOT EXISTS figures_claim ON figures(metric, parties, unit, period, value);
    CREATE INDEX IF NOT EXISTS figures_parties ON figures(parties, metric, unit, period, value);
    CREATE INDEX IF NOT EXISTS dup_pairs_other ON dup_pairs(other_id);
    CREATE INDEX IF NOT EXISTS documents_site_published ON documents(site, published, lang);
    CREATE INDEX IF NOT EXISTS documents_lang_published ON documents(lang, published, site);
    -- covering: joins that only need a document's date or site never read its (large) row
    CREATE INDEX IF NOT EXISTS documents_id_meta ON documents(id, published, site, lang);
    CREATE INDEX IF NOT EXISTS events_pair_cover ON events(actor, recipient, negated, type, date, doc_id);
    """)


def _m5_event_evidence(db: sqlite3.Connection) -> None:
    # per event, what consolidation compares (xronika/consolidate/evidence.py), computed in the workers:
    # proper names in and around its sentence, and the facilities/organisations near it
    db.executescript("""
    CREATE TABLE event_evidence (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, names TEXT, nearby_names TEXT,
        entities TEXT, PRIMARY KEY (doc_id, idx)) WITHOUT ROWID;
    """)


def _m6_drop_prefix_indexes(db: sqlite3.Connection) -> None:
    # each of these is the left prefix of a wider index (migration 4) that serves the same lookups;
    # keeping both made every insert maintain one more b-tree
    db.executescript("""
    DROP INDEX IF EXISTS documents_site;
    DROP INDEX IF EXISTS documents_lang;
    DROP INDEX IF EXISTS entities_name;
    DROP INDEX IF EXISTS events_pair;
    DROP INDEX IF EXISTS figures_metric;
    """)


def _m7_deferred_indexes(db: sqlite3.Connection) -> None:
    # indexes dropped for a bulk load (xronika/store/indexes.py), rebuilt from here at its end
    db.execute("CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")


def _m8_evidence_names(db: sqlite3.Connection) -> None:
    # on how many pages each proper name stands near an event, kept as pages are written: consolidation
    # asks for the common ones every run, and counting them from event_evidence read the whole store
    db.executescript("""
    CREATE TABLE evidence_names (name TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO evidence_names SELECT n.value, COUNT(DISTINCT v.doc_id) FROM event_evidence v,
        json_each(v.nearby_names) n GROUP BY n.value;
    """)


def _m9_event_evidence_appended(db: sqlite3.Connection) -> None:
    # Keyed by (doc_id, idx) WITHOUT ROWID, every row went to a random place in a b-tree holding the whole
    # table: 30 us a row at 10k pages, 50 at 100k (265 MB), against 2.5 appended. Now the rows append and
    # their (doc_id, idx) index is one a bulk load defers (indexes.py). Statement by statement: the
    # DELETE opens the transaction the rest joins, and makes a retry after a kill start afresh.
    for statement in (
        "CREATE TABLE IF NOT EXISTS event_evidence_rows (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, names TEXT, "
        "nearby_names TEXT, entities TEXT)",
        "DELETE FROM event_evidence_rows",
        "INSERT INTO event_evidence_rows SELECT doc_id, idx, names, nearby_names, entities FROM event_evidence",
        "DROP TABLE event_evidence",
        "ALTER TABLE event_evidence_rows RENAME TO event_evidence",
        "CREATE INDEX event_evidence_doc ON event_evidence(doc_id, idx)",
    ):
        db.execute(statement)


def _m10_document_meta_file(db: sqlite3.Connection) -> None:
    # consolidation reads the file and date of every page its events come from (`consolidated.document_meta`).
    # Without the file in this covering index it read the row, whose date is stored after the page's text:
    # each read followed the text's overflow pages (9 us a page against 3 through the index; re-consolidating
    # a 100k-page store asks ~800k times). A bulk load may hold the index aside (indexes.py): then only the
    # definition it is rebuilt from changes.
    sql = "CREATE INDEX documents_id_meta ON documents(id, published, site, lang, file)"
    if db.execute("SELECT 1 FROM deferred_indexes WHERE name = 'documents_id_meta'").fetchone():
        db.execute("UPDATE deferred_indexes SET sql = ? WHERE name = 'documents_id_meta'", (sql,))
    else:
        db.execute("DROP INDEX IF EXISTS documents_id_meta")
        db.execute(sql)


MIGRATIONS = [_m1, _m2, _m3, _m4_web_indexes, _m5_event_evidence, _m6_drop_prefix_indexes, _m7_deferred_indexes,
              _m8_evidence_names, _m9_event_evidence_appended, _m10_document_meta_file]
