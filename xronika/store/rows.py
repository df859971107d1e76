"""A processed page as the store's rows, built where the page was processed.

Ingest's workers turn each document into `PageRows` before sending it back: plain tuples of strings and
numbers pickle and unpickle five times faster than the document's objects (0.12 against 0.6 ms a page),
and encoding its JSON columns no longer waits for the single writer. This module needs no database.
"""

from __future__ import annotations

import json
from operator import attrgetter
from typing import Any, NamedTuple

from ..document import Document

LAYER_COLUMNS = {
    "entities": ("name", "type", "code", "country", "kb_id", "wikidata", "aliases", "mentions", "confidence"),
    "dates": ("value", "end", "granularity", "text", "relative", "confidence"),
    "amounts": ("value", "high", "unit", "kind", "text", "approx", "confidence"),
    "events": ("type", "mode", "actor", "recipient", "date", "place", "sentence", "negated", "hypothetical",
               "future", "trigger", "confidence"),
    "figures": ("metric", "parties", "value", "unit", "period", "approx", "sentence", "confidence"),
}
JSON_FIELDS = {"aliases", "mentions", "parties", "sentence"}
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # what json.dumps(..., ensure_ascii=False) builds per call

# the documents columns a page brings; the writer adds the run and the time (DOCUMENT_INSERT's last two)
DOCUMENT_COLUMNS = ("id", "source", "file", "url", "site", "raw", "body", "offsets", "lang", "lang_confidence",
                    "mixed_lang", "title", "authors", "published", "quality", "duplicate_of", "meta")
_BODY = DOCUMENT_COLUMNS.index("body")
DOCUMENT_INSERT = (f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, run_id, ingested_at) "
                   f"VALUES ({','.join('?' * (len(DOCUMENT_COLUMNS) + 2))})")


def span_json(value: Any) -> str:
    """`_to_json`, written directly for spans and lists of spans (most JSON columns; dozens per page)."""
    if type(value) is list or type(value) is tuple:
        if not value:
            return "[]"
        first = value[0]
        if len(value) == 2 and type(first) is int and type(value[1]) is int:
            return f"[{first}, {value[1]}]"
        parts = []
        for span in value:  # a loop, not all() over a generator: most lists hold one or two spans
            if type(span) not in (list, tuple) or len(span) != 2 or type(span[0]) is not int \
                    or type(span[1]) is not int:
                return _to_json(value)
            parts.append(f"[{span[0]}, {span[1]}]")
        return "[" + ", ".join(parts) + "]"
    return _to_json(value)


# per layer: a getter of its columns (one C call per item), the positions of JSON columns, the INSERT
LAYER_WRITE = {layer: (attrgetter(*columns), tuple(i for i, c in enumerate(columns) if c in JSON_FIELDS),
                       f"INSERT INTO {layer} VALUES ({','.join('?' * (len(columns) + 4))})")
               for layer, columns in LAYER_COLUMNS.items()}


class PageRows(NamedTuple):
    """One document's rows in every table ingest writes, in LAYER_COLUMNS order for the layers."""

    dedup: tuple[str, bytes] | None  # (exact key, signature) when the index stage made them
    document: tuple  # DOCUMENT_COLUMNS
    removed: list[tuple]
    layers: tuple[list[tuple], ...]
    evidence: list[tuple]
    search: tuple  # doc_fts: id, title, body, lemmas

    @property
    def doc_id(self) -> str:
        return self.document[0]

    @property
    def body(self) -> str:
        return self.document[_BODY]


def page_rows(doc: Document, lemmas: str) -> PageRows:
    """The rows of `doc`; `lemmas` is its search lemma text (see `search_terms.lemma_text`)."""
    doc_id = doc.id
    layers = []
    for layer, (columns_of, json_at, _) in LAYER_WRITE.items():
        rows = []
        for idx, item in enumerate(getattr(doc, layer)):
            values = list(columns_of(item))
            for k in json_at:
                values[k] = span_json(values[k])
            rows.append((doc_id, idx, item.span[0], item.span[1], *values))
        layers.append(rows)
    document = (doc_id, doc.source, doc.file, doc.url, doc.site, doc.raw, doc.body,
                json.dumps(doc.offsets.to_json()), doc.lang, doc.lang_confidence, int(doc.mixed_lang), doc.title,
                _to_json(doc.authors), doc.published, _to_json(doc.quality), doc.duplicate_of,
                json.dumps(doc.meta, ensure_ascii=False, default=str))
    return PageRows(doc.scratch.get("dedup"), document,
                    [(doc_id, r.span[0], r.span[1], r.text, r.reason) for r in doc.removed], tuple(layers),
                    [(doc_id, *row) for row in doc.scratch.get("event_evidence", ())],
                    (doc_id, doc.title or "", doc.body, lemmas))


def search_lemmas(doc: Document) -> str:
    """The lemma text the search index gets: the workers' when the pipeline made it."""
    if "lemmas" in doc.scratch:
        return doc.scratch["lemmas"]
    if doc.lang != "az":
        return ""
    from ..search_terms import lemma_text

    return lemma_text(doc.body)


def pack_pages(docs: list[Document]) -> list[PageRows]:
    """What an ingest worker sends back for a batch (`LocalExecutor.map(..., pack=pack_pages)`)."""
    return [page_rows(doc, search_lemmas(doc)) for doc in docs]
