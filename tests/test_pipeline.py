import os

from xronika.document import Document
from xronika.executor import LocalExecutor
from xronika.pipeline import Filter, Stage, run_pipeline


class Upper(Stage):
    name = "upper"

    def process(self, doc):
        doc.body = doc.raw.upper()
        return doc


class NoEmpty(Filter):
    name = "no_empty"

    def filter(self, doc):
        return (bool(doc.raw.strip()), "empty")


class Explode(Stage):
    name = "explode"

    def process(self, doc):
        if "boom" in doc.raw:
            raise ValueError("boom")
        return doc


def make_stages():
    return [NoEmpty(), Upper(), Explode()]


def docs(*texts):
    return [Document(raw=t, source=f"s{i}") for i, t in enumerate(texts)]


def test_stages_chain_lazily_and_keep_stats():
    stages = make_stages()
    out = list(run_pipeline(stages, docs("bakı", " ", "boom", "astana")))
    assert [d.body for d in out] == ["BAKI", "ASTANA"]
    assert stages[0].stats.drops["empty"] == 1
    assert stages[2].stats.errors["ValueError"] == 1
    assert stages[2].failures[0][0] == "s2"
    assert stages[1].stats.docs_in == 3 and stages[1].stats.docs_out == 3


def test_local_executor_gives_the_same_result_with_a_pool():
    texts = [f"səhifə {i}" for i in range(40)] + ["boom"]
    one = [d.body for b in LocalExecutor(make_stages, workers=1, batch_size=7).run(docs(*texts)) for d in b.docs]
    two = [d.body for b in LocalExecutor(make_stages, workers=2, batch_size=7).run(docs(*texts)) for d in b.docs]
    assert one == two and len(one) == 40


def test_executor_reports_failures_and_stats_per_batch():
    results = list(LocalExecutor(make_stages, workers=1, batch_size=2).run(docs("a", "boom", "b")))
    failures = [f for r in results for f in r.failures]
    assert failures and failures[0][0] == "s1"
    assert sum(s.docs_in for r in results for s in r.stats if s.name == "upper") == 3


def _pid_and_square(x):
    import os

    return os.getpid(), x * x


def test_a_kept_pool_serves_map_then_starmap_in_order_with_the_same_processes():
    import os

    with LocalExecutor(make_stages, workers=2, batch_size=5, keep_pool=True) as ex:
        bodies = [d.body for b in ex.run(docs(*[f"s{i}" for i in range(20)])) for d in b.docs]
        out = list(ex.starmap(_pid_and_square, [(i,) for i in range(30)]))
        workers = {p for p in ex._pool._processes}
    assert bodies == [f"S{i}" for i in range(20)]
    assert [sq for _, sq in out] == [i * i for i in range(30)]
    assert {pid for pid, _ in out} <= workers and os.getpid() not in workers
    assert ex._pool is None  # closed with the block
    alone = LocalExecutor(make_stages, workers=1)
    assert list(alone.starmap(_pid_and_square, [(3,)])) == [(os.getpid(), 9)]


def _touch(path):
    from pathlib import Path

    Path(path).touch()
    return path


def test_starmap_starts_the_first_calls_before_their_results_are_asked_for(tmp_path):
    import time

    paths = [str(tmp_path / f"t{i}") for i in range(6)]
    with LocalExecutor(make_stages, workers=2, keep_pool=True) as ex:
        results = ex.starmap(_touch, [(p,) for p in paths], ahead=4)
        deadline = time.monotonic() + 60  # a bound on waiting for the pool, not a measure of speed
        while sum(map(os.path.exists, paths[:4])) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert all(map(os.path.exists, paths[:4]))
        assert not any(map(os.path.exists, paths[4:]))  # at most `ahead` before any result is taken
        assert list(results) == paths


def _when_there(path):
    import time
    from pathlib import Path

    deadline = time.monotonic() + 60  # a bound on waiting for the test, not a measure of speed
    while not Path(path).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return path


def test_starmap_results_say_whether_the_next_has_come(tmp_path):
    import time

    gate = tmp_path / "gate"
    with LocalExecutor(make_stages, workers=2, keep_pool=True) as ex:
        results = ex.starmap(_when_there, [(str(gate),)], ahead=1)
        assert not results.ready()  # the call waits for the gate
        gate.touch()
        deadline = time.monotonic() + 60
        while not results.ready() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert results.ready()
        assert list(results) == [str(gate)]
        assert results.ready()  # nothing left to wait for
