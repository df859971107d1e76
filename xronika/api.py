"""The library's public operations: extract, ingest, evaluate. Adapters (CLI, HTTP) call these."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .document import Document
from .eval import Report, evaluate, load_gold
from .executor import BatchResult, LocalExecutor, Pack, collector_tuned
from .output import to_record
from .pipeline import PipelineFactory, StageStats
from .read import Skipped, read_paths
from .stages import default_pipeline
from .store import Store
from .store.rows import PageRows, pack_pages

Progress = Callable[[int], None]


class Executor(Protocol):
    """Where batches run (local process pool, Ray): `map` yields results in submission order."""

    def map(self, batches: Iterable[tuple[object, list[Document]]], pack: Pack | None = None
            ) -> Iterator[BatchResult]: ...


@dataclass
class RunResult:
    docs: int = 0
    new: int = 0
    existing: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    stats: dict[str, StageStats] = field(default_factory=dict)
    run_id: int | None = None
    shards_skipped: int = 0  # input files finished by an earlier run
    consolidation: Any = None  # what cross-source consolidation did with this run's pages

    @property
    def failed(self) -> int:
        return len(self.skipped) + len(self.failures)

    def merge_stats(self, stats: list[StageStats]) -> None:
        for s in stats:
            if s.name in self.stats:
                self.stats[s.name].merge(s)
            else:
                self.stats[s.name] = s

    def stats_dict(self) -> dict[str, Any]:
        return {name: s.to_dict() for name, s in self.stats.items()}


def _split(items: Iterable[Document | Skipped], skipped: list[Skipped]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            yield item


def process(paths: Iterable[str | os.PathLike], workers: int = 1, factory: PipelineFactory = default_pipeline,
            result: RunResult | None = None, batch_size: int = 16) -> Iterator[Document]:
    """Run the pipeline over every page under `paths`, without a store; yields processed documents."""
    result = result if result is not None else RunResult()
    docs = _split(read_paths(paths), result.skipped)
    for batch in LocalExecutor(factory, workers, batch_size).run(docs):
        result.merge_stats(batch.stats)
        result.failures.extend(batch.failures)
        result.docs += len(batch.docs)
        yield from batch.docs


def extract(paths: Iterable[str | os.PathLike], workers: int = 1, result: RunResult | None = None
            ) -> Iterator[dict[str, Any]]:
    """One gold-schema record per document (with body and spans)."""
    for doc in process(paths, workers, result=result):
        yield to_record(doc)


def pipeline_version(factory: PipelineFactory) -> str:
    """What a finished shard was made with: the package version and every stage's version."""
    from . import __version__

    return __version__ + ":" + ",".join(f"{s.name}{s.version}" for s in factory())


# pages per store transaction: a commit writes every index page the transaction touched, so several
# worker batches go in one (5k pages: 1.6 ms/page to write in transactions of 64, 1.0 in 256)
WRITE_PAGES = 256
# pages a run writes before it counts as a bulk load (and the store's indexes are rebuilt at its end)
BULK_PAGES = 1_000


def ingest(paths: Iterable[str | os.PathLike], db: str | os.PathLike, workers: int | None = None,
           factory: PipelineFactory = default_pipeline, progress: Progress | None = None,
           batch_size: int = 64, executor: Executor | None = None,
           bulk_after: int | None = BULK_PAGES) -> RunResult:
    """Run the pipeline into the store, resumably.

    Each input file is a shard. Batches span shards (small files do not make small transactions);
    a shard is marked finished in the transaction that writes the batch holding its last page, and
    only if none of its items failed, so a re-run skips it unread but retries a file that had
    problems. Within an unfinished shard, pages already stored (same content hash) are skipped
    before any work: a run killed midway resumes with nothing lost and nothing stored twice. The pages
    it stored are consolidated with the next run's (`consolidate.unconsolidated`).

    A bulk load (once the run has written `bulk_after` pages, and at least as many as the store held
    when it started) puts the store's secondary indexes aside and rebuilds them as it consolidates
    (`Store.defer_indexes`); `bulk_after=None` never does.
    """
    from .clean.dedup import DedupIndex, exact_key
    from .consolidate import consolidate_documents, unconsolidated
    from .read import read_shards

    result = RunResult()
    paths = [str(p) for p in paths]
    own = executor is None  # then its pool stays up for consolidation, and goes with the run
    executor = executor or LocalExecutor(factory, workers, batch_size, keep_pool=True)
    with collector_tuned(), Store(db, restore_indexes=False) as store, (executor if own else nullcontext()):
        result.run_id = store.start_run({"paths": paths, "workers": workers})
        bulk_at = None if bulk_after is None else max(bulk_after, store.document_count())
        version = pipeline_version(factory)
        index = DedupIndex()
        index.load(store.dedup_rows())
        new_ids: list[str] = []
        read_all = False  # the input is read: the batches still coming are those the workers hold
        # pages a killed run stored but never consolidated: consolidated with this run's (which never holds
        # them, as it skips what is stored)
        leftovers = unconsolidated(store)

        def batches() -> Iterator[tuple[object, list[Document]]]:
            nonlocal read_all
            buf: list[Document] = []
            finished: list[str] = []
            sources: dict[str, str] = {}
            skipped: list[Skipped] = []

            def flush() -> tuple[object, list[Document]]:
                known = store.existing_ids(d.id for d in buf)
                result.existing += len(known)
                if progress and known:
                    progress(len(known))
                todo = [d for d in buf if d.id not in known]
                out = ((list(finished), dict(sources), list(skipped)), todo)
                buf.clear(), finished.clear(), sources.clear(), skipped.clear()
                return out

            for shard in read_shards(paths):
                if isinstance(shard, Skipped):
                    result.skipped.append(shard)
                    skipped.append(shard)
                    continue
                key, pages = shard
                if store.shard_done(key, version):
                    result.shards_skipped += 1
                    continue
                clean = True
                for item in pages:
                    if isinstance(item, Skipped):
                        result.skipped.append(item)
                        skipped.append(item)
                        clean = False
                        continue
                    buf.append(item)
                    sources[item.source] = key
                    if len(buf) >= batch_size:
                        yield flush()
                if clean:
                    finished.append(key)  # done once the batch now filling is written
            if buf or finished or skipped:
                yield flush()
            read_all = True

        failed_shards: set[str] = set()
        pending = _PendingWrite()

        def write() -> None:
            nonlocal bulk_at
            if bulk_at is not None and result.new >= bulk_at:  # before a write, so never for the last alone
                store.defer_indexes()
                bulk_at = None
            new, existing = store.write_batch(pending.pages, result.run_id, pending.dedup, pending.pairs,
                                              pending.failures,
                                              [k for k in pending.finished if k not in failed_shards], version)
            new_ids.extend(p.doc_id for p in pending.pages)
            result.new += new
            result.existing += existing
            if progress:
                progress(len(pending.pages))
            pending.clear()

        # the workers send each page back as its rows (`store.rows`): cheaper to pickle than documents,
        # and their JSON encoded beside the other workers rather than by this single writer
        for batch in executor.map(batches(), pack=pack_pages):
            finished, sources, skipped = batch.tag
            result.merge_stats(batch.stats)
            result.failures.extend(batch.failures)
            failed_shards.update(sources[src] for src, _ in batch.failures if src in sources)
            keys = [page.dedup or (exact_key(page.body), index.signature(page.body)) for page in batch.packed]
            matches = index.add_many((page.doc_id, page.body, sig, key)
                                     for page, (key, sig) in zip(batch.packed, keys, strict=True))
            for page, (key, sig), match in zip(batch.packed, keys, matches, strict=True):
                pending.dedup.append((page.doc_id, key, sig))
                if match is not None and match.doc_id != page.doc_id:  # the store sets duplicate_of from the pair
                    pending.pairs.append((page.doc_id, match.doc_id, match.kind, float(match.similarity)))
                    result.duplicates += 1
            pending.pages.extend(batch.packed)
            pending.failures.extend([(s.source, s.reason) for s in skipped] + batch.failures + batch.dropped)
            pending.finished.extend(finished)
            result.docs += len(batch.packed)
            # once the input is read, each batch is written as it comes: what would wait for the last
            # one is written while the workers finish theirs, not after, with both cores idle
            if len(pending.pages) >= WRITE_PAGES or read_all:
                write()
        if pending.pages or pending.finished or pending.failures:
            write()
        del index  # the dedup index (~0.9 KB a page) is not needed by consolidation: its memory goes first
        todo = new_ids + leftovers
        if todo:
            # once per run: each call re-clusters the stored mentions of the event kinds it touches
            # clustered in the pool's processes when there is a pool (LocalExecutor.starmap), written here;
            # it rebuilds the indexes a bulk load put aside, those its tasks read first
            starmap = executor.starmap if getattr(executor, "workers", 1) > 1 and hasattr(executor, "starmap") else None
            result.consolidation = consolidate_documents(store, todo, starmap)
        store.restore_indexes()
        store.finish_run(result.run_id, result.stats_dict(), result.new, result.existing, result.failed)
        store.db.execute("PRAGMA optimize")
    return result


@dataclass
class _PendingWrite:
    """Worker batches waiting to be written in one transaction (with the shards they finish)."""

    pages: list[PageRows] = field(default_factory=list)
    dedup: list[tuple[str, str, bytes]] = field(default_factory=list)  # (doc_id, exact key, signature)
    pairs: list[tuple[str, str, str, float]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)

    def clear(self) -> None:
        for items in (self.pages, self.dedup, self.pairs, self.failures, self.finished):
            items.clear()


def evaluate_corpus(gold_dir: str | os.PathLike, corpus_dir: str | os.PathLike, workers: int = 1,
                    result: RunResult | None = None) -> Report:
    gold = load_gold(gold_dir)
    corpus = Path(corpus_dir)
    paths = [corpus / name for name in gold if (corpus / name).exists()]
    predictions: dict[str, dict] = {}
    raws: dict[str, str] = {}
    for doc in process(paths, workers, result=result):
        predictions[doc.file] = to_record(doc)
        raws[doc.file] = doc.raw
    for name in gold:
        if name not in raws and (corpus / name).exists():
            raws[name] = (corpus / name).read_text(encoding="utf-8", errors="replace")
    return evaluate(gold, predictions, raws)
