"""Executors decide where batches of documents run, never what a stage does.

The local executor streams documents through the pipeline in a pool of worker
processes. Submission is windowed (at most `window` batches in flight), so
memory stays flat however large the input is.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from .document import Document
from .pipeline import PipelineFactory, Stage, StageStats

T = TypeVar("T")


@dataclass
class BatchResult:
    docs: list[Document]  # empty when the batch was packed
    stats: list[StageStats]
    failures: list[tuple[str, str]] = field(default_factory=list)
    tag: object = None  # what the caller attached to the batch (e.g. a shard id)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # documents a filter dropped, with why
    packed: Any = None  # what `pack` made of the documents, where they were processed


Pack = Callable[[list[Document]], Any]


def _run_batch(stages: list[Stage], docs: list[Document], tag: object = None, pack: Pack | None = None
               ) -> BatchResult:
    # stage by stage over the batch, not page by page through every stage: each stage's patterns,
    # tables and caches stay hot in the CPU caches (14 % less stage time than chaining them per page)
    out = docs
    for stage in stages:
        out = list(stage.run(out))
    failures: list[tuple[str, str]] = []
    dropped: list[tuple[str, str]] = []
    stats = []
    for stage in stages:
        stats.append(stage.reset_stats())
        failures.extend(stage.failures)
        dropped.extend(stage.dropped)
        stage.failures, stage.dropped = [], []
    if pack is not None:
        return BatchResult([], stats, failures, tag, dropped, pack(out))
    return BatchResult(out, stats, failures, tag, dropped)


# Stages allocate many short-lived containers per page; with the default first-generation threshold
# (700) the collector runs every few sentences and each full pass walks the whole knowledge base. At
# 50,000 a young collection still came every ~100 pages and walked the live batch each time (0.3 ms a
# page); at 200,000 most of what was allocated has died by then (0.08 ms a page, the same peak memory).
GC_THRESHOLD = (200_000, 50, 100)


def loaded_stages(factory: PipelineFactory) -> list[Stage]:
    """The pipeline's stages with their resources loaded, before the first document."""
    stages = factory()
    for stage in stages:
        stage.setup()
    return stages


def prepare_worker(factory: PipelineFactory) -> list[Stage]:
    """The stages of one worker process, loaded, with the long-lived objects out of the collector's way."""
    stages = loaded_stages(factory)
    gc.collect()
    gc.freeze()  # lexicons and the knowledge base live as long as the worker: never scan them again
    gc.set_threshold(*GC_THRESHOLD)
    return stages


@contextmanager
def collector_tuned() -> Iterator[None]:
    """The first-generation threshold raised for as long as a run lasts in this process (unpickling a
    batch of results makes thousands of objects: with the default threshold the main process of a
    two-worker run spent more time collecting than writing)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


_worker_stages: list[Stage] | None = None


def _init_worker(factory: PipelineFactory) -> None:
    global _worker_stages
    _worker_stages = prepare_worker(factory)


def _worker_batch(docs: list[Document], tag: object, pack: Pack | None = None) -> BatchResult:
    assert _worker_stages is not None
    return _run_batch(_worker_stages, docs, tag, pack)


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Results(Iterator[T]):
    """fn(*a) for each a, computed in a pool, in order; at most `window` calls submitted and not yet taken.
    `ready()` says whether the next one is already done: the caller can do other work meanwhile."""

    def __init__(self, pool: ProcessPoolExecutor, fn: Callable[..., T], args: Iterable[tuple[Any, ...]],
                 window: int) -> None:
        self._pool, self._fn, self._args = pool, fn, iter(args)
        self._pending: deque[Future] = deque(pool.submit(fn, *a) for a in islice(self._args, window))

    def __next__(self) -> T:
        if not self._pending:
            raise StopIteration
        result = self._pending.popleft().result()
        for a in islice(self._args, 1):  # one leaves the window, the next comes in
            self._pending.append(self._pool.submit(self._fn, *a))
        return result

    def ready(self) -> bool:
        return not self._pending or self._pending[0].done()


class LocalExecutor:
    """Runs the pipeline over batches, in this process (workers=1) or a process pool.

    `keep_pool=True` keeps the pool's processes, stages loaded, after `map` for `starmap` (the owner
    then calls `close`); otherwise each `map` starts and ends its own pool.
    """

    def __init__(self, factory: PipelineFactory, workers: int | None = None, batch_size: int = 32,
                 window: int | None = None, keep_pool: bool = False) -> None:
        self.factory = factory
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.batch_size = batch_size
        self.window = window or 2 * self.workers
        self.keep_pool = keep_pool
        self._pool: ProcessPoolExecutor | None = None

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.factory,))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(self, batches: Iterable[tuple[object, list[Document]]], pack: Pack | None = None
            ) -> Iterator[BatchResult]:
        """Process (tag, docs) batches; results come back in submission order.

        `pack` (a module-level function, so that it pickles) turns each batch's documents into what the
        caller needs, in the process that made them: `BatchResult.packed`, with `docs` left empty.
        """
        if self.workers == 1:
            stages = loaded_stages(self.factory)
            with collector_tuned():
                for tag, docs in batches:
                    yield _run_batch(stages, docs, tag, pack)
            return
        try:
            with collector_tuned():
                yield from self._windowed(_worker_batch, ((docs, tag, pack) for tag, docs in batches))
        finally:
            if not self.keep_pool:
                self.close()

    def starmap(self, fn: Callable[..., T], args: Iterable[tuple[Any, ...]], ahead: int | None = None
                ) -> Iterator[T]:
        """fn(*a) for each a, in order. With a pool, the first `ahead` calls (default: the window) start at
        once, in its processes, before the results are asked for; at most `ahead` results wait at a time,
        and `Results.ready()` says whether the next has come."""
        if self.workers == 1:
            return (fn(*a) for a in args)
        return self._windowed(fn, args, ahead)

    def _windowed(self, fn: Callable[..., T], args: Iterable[tuple[Any, ...]], window: int | None = None
                  ) -> Results[T]:
        return Results(self._started(), fn, args, window or self.window)

    def run(self, docs: Iterable[Document]) -> Iterator[BatchResult]:
        return self.map((None, batch) for batch in batched(docs, self.batch_size))
