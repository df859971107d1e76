"""The benchmark script runs end to end on a tiny corpus (a smoke test; nothing is timed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import bench  # noqa: E402


def test_bench_writes_a_report(tmp_path, capsys):
    modes = "full,clean,clean-noquality"
    assert bench.main(["--sizes", "12", "--workers", "1", "--modes", modes, "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "TOTAL (wall)" in out
    report = json.loads(next(tmp_path.glob("bench-*.json")).read_text())
    runs = {run["mode"]: run["result"] for run in report["runs"]}
    assert runs["full"]["docs"] == runs["clean"]["docs"] == runs["clean-noquality"]["docs"] == 12
    assert all("dedup" in run["main"] for run in runs.values())  # the writer's dedup is timed in every mode
    assert "quality" in runs["clean"]["stages"] and "quality" not in runs["clean-noquality"]["stages"]
    assert runs["full"]["store_mb"] > 0 and runs["full"]["peak_tree_mb"] > 0


def test_repeated_runs_are_paired_and_the_median_grows():
    def run(workers: int, repeat: int, wall: float, pages: int = 10) -> dict:
        return {"mode": "full", "pages": pages, "workers": workers, "repeat": repeat,
                "result": {"wall": wall, "peak_tree_mb": 100.0 * workers}}

    runs = [run(1, 0, 10.0), run(2, 0, 5.0), run(1, 1, 12.0), run(2, 1, 8.0), run(1, 2, 9.0), run(2, 2, 6.0),
            run(1, 0, 100.0, pages=100)]
    text = bench.growth(runs)
    assert "full        10 pages: x2.00, x1.50, x1.50  (median x1.50)" in text
    assert "time x10.00" in text  # 10 -> 100 pages from the median one-worker run (10 s)


def test_repeats_run_the_worker_counts_in_turn_forwards_and_backwards():
    assert [bench.worker_order([1, 2], r) for r in range(3)] == [[1, 2], [2, 1], [1, 2]]


def test_a_timed_call_inside_another_counts_for_itself_only(monkeypatch):
    class Work:
        def outer(self):
            self.inner()
            return "done"

        def inner(self):
            pass

    timers = bench._Timers()
    timers.wrap(Work, "outer", "outer")
    timers.wrap(Work, "inner", "inner")
    clock = iter([0.0, 1.0, 3.0, 10.0])  # outer starts, inner starts, inner ends, outer ends
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(clock))
    assert Work().outer() == "done"
    assert timers.seconds == {"inner": 2.0, "outer": 8.0}
