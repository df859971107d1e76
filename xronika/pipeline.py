"""The stage contract and the local executor.

A pipeline is a plain list of stages. Each stage turns a stream of documents
into a stream of documents; the base class owns the loop, the timing, the
counts and the drop reasons, and isolates failures per document.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .document import Document


@dataclass
class StageStats:
    name: str
    docs_in: int = 0
    docs_out: int = 0
    seconds: float = 0.0
    drops: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    counts: Counter = field(default_factory=Counter)  # stage-specific tallies (entities found, lines removed, ...)

    def merge(self, other: StageStats) -> None:
        self.docs_in += other.docs_in
        self.docs_out += other.docs_out
        self.seconds += other.seconds
        self.drops.update(other.drops)
        self.errors.update(other.errors)
        self.counts.update(other.counts)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "docs_in": self.docs_in, "docs_out": self.docs_out,
                "seconds": round(self.seconds, 4), "drops": dict(self.drops),
                "errors": dict(self.errors), "counts": dict(self.counts)}


class Stage:
    """A step over a stream of documents. Subclasses write `process(doc)`.

    `process` returns the document (possibly changed) to keep it, or None to
    drop it, after calling `self.drop(reason)`. An exception drops that one
    document with an `error:` reason; the stream goes on.
    """

    name = "stage"
    version = 1

    def __init__(self) -> None:
        self.stats = StageStats(self.name)
        self.failures: list[tuple[str, str]] = []  # (source, reason) of documents that raised
        self.dropped: list[tuple[str, str]] = []  # (source, reason) of documents dropped on purpose
        self._drop_reason = ""

    def setup(self) -> None:
        """Load what `process` needs (lexicons, the knowledge base) before the first document."""

    def process(self, doc: Document) -> Document | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def drop(self, reason: str) -> None:
        self.stats.drops[reason] += 1
        self._drop_reason = reason

    def count(self, key: str, n: int = 1) -> None:
        self.stats.counts[key] += n

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.stats.docs_in += 1
            start = time.perf_counter()
            try:
                result = self.process(doc)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                reason = f"error:{self.name}:{type(exc).__name__}: {exc}"[:300]
                self.stats.errors[type(exc).__name__] += 1
                self.failures.append((doc.source, reason))
                result = None
            self.stats.seconds += time.perf_counter() - start
            if result is not None:
                self.stats.docs_out += 1
                yield result
            elif self._drop_reason:
                self.dropped.append((doc.source, f"dropped:{self.name}:{self._drop_reason}"))
                self._drop_reason = ""

    def reset_stats(self) -> StageStats:
        old = self.stats
        self.stats = StageStats(self.name)
        return old


class Filter(Stage):
    """A stage that only decides whether a document goes on: `filter(doc) -> (keep, reason)`."""

    def filter(self, doc: Document) -> tuple[bool, str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def process(self, doc: Document) -> Document | None:
        keep, reason = self.filter(doc)
        if keep:
            return doc
        self.drop(reason)
        return None


def run_pipeline(stages: list[Stage], docs: Iterable[Document]) -> Iterator[Document]:
    """Chain the stages lazily over a stream: memory stays flat however long the stream."""
    stream: Iterable[Document] = docs
    for stage in stages:
        stream = stage.run(stream)
    return iter(stream)


PipelineFactory = Callable[[], list[Stage]]
