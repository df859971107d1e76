"""Runs the pipeline's batches on Ray (the `[ray]` extra): one machine or a cluster, same stages.

Each worker is a Ray actor that builds the pipeline once from the factory and then runs batches
through it, exactly as a local worker process does (`executor._run_batch`). Batches go round-robin to
the actors; at most `window` are in flight, and results come back in submission order, so memory
stays flat and the single writer (`api.ingest`) sees the same stream as with `LocalExecutor`.

On a cluster every node needs xronika installed (or pass a `runtime_env` through `init_kwargs`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .document import Document
from .errors import XronikaError
from .executor import BatchResult, Pack, _run_batch, batched, prepare_worker
from .pipeline import PipelineFactory


class RayUnavailableError(XronikaError, ImportError):
    """Ray is not installed: `pip install 'xronika[ray]'`."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:  # the extra is optional
        raise RayUnavailableError("the Ray executor needs ray: pip install 'xronika[ray]'") from exc
    return ray


class _PipelineWorker:
    """The body of one Ray actor: the stages live as long as the actor."""

    def __init__(self, factory: PipelineFactory) -> None:
        self.stages = prepare_worker(factory)

    def run(self, docs: list[Document], tag: object, pack: Pack | None = None) -> BatchResult:
        return _run_batch(self.stages, docs, tag, pack)


class RayExecutor:
    """`map(batches)` over Ray actors; `address=None` starts a local Ray instance, else connects to it."""

    def __init__(self, factory: PipelineFactory, address: str | None = None, num_workers: int | None = None,
                 batch_size: int = 32, window: int | None = None, **init_kwargs: Any) -> None:
        self.factory = factory
        self.address = address
        self.num_workers = num_workers
        self.batch_size = batch_size
        self.window = window
        self.init_kwargs = init_kwargs
        self._started = False  # whether this executor started Ray (and so shuts it down)
        self._actors: list[Any] = []

    def start(self) -> RayExecutor:
        """Start or join Ray and create the actors now (else the first `map` does it)."""
        self._connect()
        return self

    def _connect(self) -> Any:
        ray = _ray()
        if not ray.is_initialized():
            if self.address is None:
                ray.init(num_cpus=self.num_workers or os.cpu_count() or 1, include_dashboard=False,
                         log_to_driver=False, **self.init_kwargs)
            else:
                ray.init(address=self.address, log_to_driver=False, **self.init_kwargs)
            self._started = True
        if not self._actors:
            workers = self.num_workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            actor = ray.remote(num_cpus=1)(_PipelineWorker)
            self._actors = [actor.remote(self.factory) for _ in range(workers)]
        return ray

    def map(self, batches: Iterable[tuple[object, list[Document]]], pack: Pack | None = None
            ) -> Iterator[BatchResult]:
        """Process (tag, docs) batches; results come back in submission order (`pack` as in
        `LocalExecutor.map`)."""
        ray = self._connect()
        window = self.window or 2 * len(self._actors)
        pending: deque = deque()
        for n, (tag, docs) in enumerate(batches):
            pending.append(self._actors[n % len(self._actors)].run.remote(docs, tag, pack))
            if len(pending) >= window:
                yield ray.get(pending.popleft())
        while pending:
            yield ray.get(pending.popleft())

    def run(self, docs: Iterable[Document]) -> Iterator[BatchResult]:
        return self.map((None, batch) for batch in batched(docs, self.batch_size))

    def shutdown(self) -> None:
        """Stop the actors, and Ray itself when this executor started it."""
        if not self._actors and not self._started:
            return
        ray = _ray()
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started:
            ray.shutdown()
            self._started = False

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
