"""Throughput and memory benchmark of the pipeline on generated pages (a script, not a test).

    python bench/bench.py                                  # 1k and 10k pages, workers 1 and 2, full + clean
    python bench/bench.py --modes stages,clean-nodedup --sizes 10000,100000 --workers 2
    python bench/bench.py --analyser                       # KB/s of the Azerbaijani analyser + recognisers
    python bench/bench.py --profile 1000                   # cProfile, full pipeline, one worker

Modes: `full` is `xronika.api.ingest` (every stage, dedup, lemmas, store, consolidation) into a fresh
SQLite db; `clean` is cleaning + language + quality (`stages.cleaning_pipeline`) plus the dedup that
ingest does, without a store (its workers send back the cleaned pages, `_cleaned_pages`, as ingest's
send their rows); `clean-noquality` is `clean` without the quality filter (cleaning, language and dedup:
what the issue's cleaning target names); `clean-nodedup` and `stages` (every stage; its pages come back as
ingest's rows) run only the worker stages;
`ray` is `full` on `RayExecutor`. Each (mode, size, workers) runs in a fresh child process, so peak
memory belongs to that run alone. Memory is measured two ways: the process tree's resident set (sum of VmRSS of the run
process and its workers, sampled every 0.2 s) and `getrusage` maxrss of the run process (SELF) and of
its largest worker (CHILDREN). Stage seconds come from `RunResult.stats` (time inside each stage, in
the worker that ran it, so pages/s per stage is already per core); dedup, lemmas and store writes run
in the main process and are timed by wrapping those calls. Total pages/s per core = pages / wall /
workers. Corpora are JSONL (10k pages per file, i.e. per shard) cached under bench/out/corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from functools import partial
from itertools import product
from pathlib import Path
from statistics import median

if __package__:
    from .generate import generate_pages, write_corpus
else:  # run as a script: bench/ itself is on sys.path
    from generate import generate_pages, write_corpus  # type: ignore[no-redef]

OUT = Path(__file__).resolve().parent / "out"
SAMPLE_SECONDS = 0.2
PAGE_KB = 3.5  # mean page size: pages of 3-4 KB as the targets assume


# -- corpora ------------------------------------------------------------------------------------------------
def corpus(pages: int, seed: int, root: Path) -> tuple[Path, int]:
    """The JSONL corpus of `pages` pages (written once, then reused) and its text size in UTF-8 bytes."""
    folder = root / f"p{pages}-s{seed}"
    marker = folder / "done.json"
    if marker.exists():
        return folder, json.loads(marker.read_text())["text_bytes"]
    write_corpus(folder, pages, "jsonl", seed=seed, size_kb=PAGE_KB)
    text_bytes = 0
    for part in sorted(folder.glob("part-*.jsonl")):
        with part.open(encoding="utf-8") as fh:
            text_bytes += sum(len(json.loads(line)["text"].encode("utf-8")) for line in fh)
    marker.write_text(json.dumps({"pages": pages, "text_bytes": text_bytes}))
    return folder, text_bytes


# -- memory -------------------------------------------------------------------------------------------------
def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            out.extend(int(c) for c in open(f"/proc/{pid}/task/{task}/children").read().split())
        except OSError:
            continue
    return out


class TreeSampler(threading.Thread):
    """Peak of (this process + all descendants) resident memory, sampled."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            pids, todo = [], [os.getpid()]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo.extend(_children(pid))
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in pids))
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak_kb


# -- one run (in a child process) -------------------------------------------------------------------------
class _Timers:
    """Wraps main-process calls of ingest (dedup, lemmas, store writes) to time them. A wrapped call made
    inside another (consolidation rebuilds the indexes) counts for itself only, not for both."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._inner: list[float] = []  # per open call, the time of the wrapped calls made inside it

    def wrap(self, owner, attr: str, name: str) -> None:
        inner = getattr(owner, attr)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            self._inner.append(0.0)
            try:
                return inner(*args, **kwargs)
            finally:
                spent = time.perf_counter() - start
                self.seconds[name] = self.seconds.get(name, 0.0) + spent - self._inner.pop()
                if self._inner:
                    self._inner[-1] += spent

        setattr(owner, attr, timed)


def _run_full(path: Path, db: Path, workers: int, timers: _Timers, executor=None) -> tuple[int, dict]:
    from xronika import api, consolidate
    from xronika.clean.dedup import DedupIndex
    from xronika.store import Store

    # the index stage computes the signatures (in this process too when there is one worker, where timing
    # `signature` here as well counted it twice): the main process's dedup is `add_many`
    timers.wrap(DedupIndex, "add_many", "dedup")
    for method in ("write_batch", "write_documents", "write_dedup"):  # write_batch calls neither of the others
        if hasattr(Store, method):
            timers.wrap(Store, method, "store")
    timers.wrap(Store, "restore_indexes", "index rebuild")  # after a bulk load (Store.defer_indexes)
    timers.wrap(consolidate, "consolidate_documents", "consolidate")
    result = api.ingest([path], db, workers=workers, executor=executor)
    return result.docs, {name: s.to_dict() for name, s in result.stats.items()} | {"_dups": result.duplicates}


def _run_stages(path: Path, workers: int, timers: _Timers, mode: str) -> tuple[int, dict]:
    """Stages through the local executor without a store; `clean` and `clean-noquality` add the dedup that
    ingest does."""
    from xronika.api import RunResult, _split
    from xronika.clean.dedup import DedupIndex
    from xronika.executor import LocalExecutor, batched
    from xronika.read import read_paths
    from xronika.stages import cleaning_pipeline, default_pipeline
    from xronika.store.rows import pack_pages

    factory = {"stages": default_pipeline, "clean-noquality": partial(cleaning_pipeline, quality=False)}.get(
        mode, cleaning_pipeline)
    result, index, dups = RunResult(), DedupIndex(), 0
    batches = ((None, b) for b in batched(_split(read_paths([path]), result.skipped), 32))
    pack = pack_pages if mode == "stages" else _cleaned_pages  # the stages' results go back as ingest's rows
    for batch in LocalExecutor(factory, workers, 32).map(batches, pack=pack):
        result.merge_stats(batch.stats)
        result.docs += len(batch.packed)
        if mode not in ("clean", "clean-noquality"):
            continue
        start = time.perf_counter()
        # what ingest does with a batch: the workers made the keys
        for page, match in zip(batch.packed, index.add_many(page[:4] for page in batch.packed), strict=True):
            dups += match is not None and match.doc_id != page[0]
        timers.seconds["dedup"] = timers.seconds.get("dedup", 0.0) + time.perf_counter() - start
    return result.docs, {name: s.to_dict() for name, s in result.stats.items()} | {"_dups": dups}


def _cleaned_pages(docs: list) -> list[tuple]:
    """What a cleaning run keeps of a page (the store's page rows when it ingests): id, cleaned body, dedup
    signature and key, language, the quality verdict, title, date, and where the body's text sits in the raw
    page. Sent back instead of the whole document, as ingest does (`LocalExecutor.map(..., pack=...)`)."""
    return [(d.id, d.body, d.scratch["dedup"][1], d.scratch["dedup"][0], d.lang, json.dumps(d.quality),
             d.title, d.published, json.dumps(d.offsets.to_json())) for d in docs]


def run_one(mode: str, path: Path, workers: int, db: Path) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    timers = _Timers()
    executor = None
    if mode == "ray":  # Ray starts (~5 s) before the clock; its workers are not in this process tree
        from xronika.ray_executor import RayExecutor
        from xronika.stages import default_pipeline

        executor = RayExecutor(default_pipeline, num_workers=workers).start()
    load_before = os.getloadavg()[0]
    sampler = TreeSampler()
    sampler.start()
    cpu0 = os.times()
    start = time.perf_counter()
    if mode in ("full", "ray"):
        docs, stats = _run_full(path, db, workers, timers, executor)
    else:
        docs, stats = _run_stages(path, workers, timers, mode)
    wall = time.perf_counter() - start
    cpu1 = os.times()
    peak_tree = sampler.stop()
    if executor is not None:
        executor.shutdown()
    cpu = sum(cpu1[i] - cpu0[i] for i in range(4))  # user+sys of self and of reaped workers
    store_bytes = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    return {"docs": docs, "wall": wall, "cpu": cpu, "duplicates": stats.pop("_dups"), "stages": stats,
            "main": timers.seconds, "peak_tree_mb": peak_tree / 1024,
            "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "store_mb": store_bytes / 1e6 if mode in ("full", "ray") else 0.0,
            "load_avg": [load_before, os.getloadavg()[0]]}  # others' work on the machine skews wall time


def _child(mode: str, path: Path, workers: int, db: Path) -> dict:
    cmd = [sys.executable, __file__, "--_run", mode, str(path), str(workers), str(db)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"benchmark run failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- reporting ----------------------------------------------------------------------------------------------
def _stage_rows(run: dict, text_mb: float) -> list[tuple[str, float, float, float]]:
    """(stage, seconds, pages/s per core, MB/s per core) for the worker stages and the main-process parts."""
    rows = []
    for name, s in run["stages"].items():
        sec = s["seconds"]
        rows.append((name, sec, s["docs_in"] / sec if sec else 0.0, text_mb / sec if sec else 0.0))
    for name, sec in run["main"].items():
        rows.append((f"{name} (main)", sec, run["docs"] / sec if sec else 0.0, text_mb / sec if sec else 0.0))
    return rows


def report(runs: list[dict]) -> str:
    return "\n".join([section(r) for r in runs] + [growth(runs)])


def section(r: dict) -> str:
    """The table of one run: every stage, the total, memory and store."""
    lines: list[str] = []
    res, mb = r["result"], r["text_mb"]
    w = r["workers"]
    lines.append(f"\n== {r['mode']} | {r['pages']:,} pages ({mb:.1f} MB text) | workers {w} ==")
    lines.append(f"{'stage':<18}{'seconds':>10}{'pages/s/core':>14}{'MB/s/core':>11}")
    for name, sec, pps, mbs in _stage_rows(res, mb):
        lines.append(f"{name:<18}{sec:>10.2f}{pps:>14,.0f}{mbs:>11.2f}")
    total = res["docs"] / res["wall"] / w
    lines.append(f"{'TOTAL (wall)':<18}{res['wall']:>10.2f}{total:>14,.0f}{mb / res['wall'] / w:>11.2f}"
                 f"   pages/CPU-s {res['docs'] / res['cpu']:,.0f}   pages/s {res['docs'] / res['wall']:,.0f}")
    lines.append(f"peak RSS tree {res['peak_tree_mb']:.0f} MB (maxrss self {res['maxrss_self_mb']:.0f}, "
                 f"largest worker {res['maxrss_children_mb']:.0f})   store {res['store_mb']:.1f} MB   "
                 f"duplicates {res['duplicates']:,}   load avg {res['load_avg'][0]:.1f}->{res['load_avg'][1]:.1f}")
    return "\n".join(lines)


def growth(runs: list[dict]) -> str:
    """How time and memory grow between sizes, and the speed-up of two workers over one."""
    lines = ["\n== growth between sizes (wall time, per-page time, peak tree RSS) =="]
    for key, series in _series(runs).items():
        for a, b in zip(series, series[1:], strict=False):
            t = b["result"]["wall"] / a["result"]["wall"]
            per_page = t / (b["pages"] / a["pages"])
            mem = b["result"]["peak_tree_mb"] / a["result"]["peak_tree_mb"]
            lines.append(f"{key:<12} {a['pages']:>7,} -> {b['pages']:>7,}: time x{t:.2f}  per page x{per_page:.2f}"
                         f"  memory x{mem:.2f}")
    lines.append("\n== speed-up of 2 workers over 1 (wall; with --repeat, each pair ran back to back) ==")
    by = {(r["mode"], r["pages"], r.get("repeat", 0), r["workers"]): r["result"]["wall"] for r in runs}
    ratios: dict[tuple[str, int], list[float]] = {}
    for (mode, pages, repeat, w), wall in sorted(by.items()):
        if w == 2 and (mode, pages, repeat, 1) in by:
            ratios.setdefault((mode, pages), []).append(by[(mode, pages, repeat, 1)] / wall)
    for (mode, pages), xs in ratios.items():
        each = ", ".join(f"x{x:.2f}" for x in xs)
        lines.append(f"{mode:<6} {pages:>7,} pages: {each}" + (f"  (median x{median(xs):.2f})" if len(xs) > 1 else ""))
    return "\n".join(lines)


def worker_order(workers: list[int], repeat: int) -> list[int]:
    """The worker counts of one repeat, in reverse every other time (1, 2, 2, 1, ...): a pair's runs are
    back to back, and a drift of the machine's speed over a series favours neither count."""
    return workers if repeat % 2 == 0 else workers[::-1]


def _series(runs: list[dict]) -> dict[str, list[dict]]:
    """Per mode and worker count, one run per size: the one of median wall time when it was repeated."""
    same: dict[tuple[str, int, int], list[dict]] = {}
    for r in runs:
        same.setdefault((r["mode"], r["workers"], r["pages"]), []).append(r)
    out: dict[str, list[dict]] = {}
    for (mode, workers, _), group in sorted(same.items()):
        group.sort(key=lambda r: r["result"]["wall"])
        out.setdefault(f"{mode} w{workers}", []).append(group[(len(group) - 1) // 2])
    return out


# -- analyser -----------------------------------------------------------------------------------------------
def analyser(pages: int, seed: int) -> dict:
    """KB/s (one core) of tokenize + lemma of each word + find_quantities + find_dates on generated text."""
    from xronika.lang.az.morph import lemma
    from xronika.lang.dates import find_dates
    from xronika.lang.numbers import find_quantities
    from xronika.lang.segment import tokenize
    from xronika.search_terms import known_names

    code = "import time; t = time.perf_counter(); from xronika.kb import load_kb; load_kb(); print(time.perf_counter() - t)"
    kb_load = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    known_names()  # as in ingest: the knowledge base's names are stems
    texts = [text for _, text in generate_pages(pages, seed=seed, size_kb=PAGE_KB)]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    parts = {"tokenize": 0.0, "lemma": 0.0, "numbers": 0.0, "dates": 0.0}
    for text in texts:
        t0 = time.perf_counter()
        words = [t.text for t in tokenize(text) if t.kind == "word"]
        t1 = time.perf_counter()
        for word in words:
            lemma(word)
        t2 = time.perf_counter()
        find_quantities(text, "az")
        t3 = time.perf_counter()
        find_dates(text, anchor="2024-06-01", lang="az")
        t4 = time.perf_counter()
        for name, sec in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            parts[name] += sec
    total = sum(parts.values())
    return {"pages": pages, "kb": kb, "seconds": total, "kb_per_s": kb / total, "kb_load_s": kb_load,
            "parts": {name: {"seconds": sec, "kb_per_s": kb / sec if sec else 0.0} for name, sec in parts.items()}}


def profile(pages: int, seed: int, top: int) -> str:
    import cProfile
    import io
    import pstats

    from xronika.api import ingest

    path, _ = corpus(pages, seed, OUT / "corpus")
    db = OUT / "profile.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    prof = cProfile.Profile()
    prof.runcall(ingest, [path], db, workers=1)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


# -- main ---------------------------------------------------------------------------------------------------
def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_run"]:  # the child process of one measurement
        mode, path, workers, db = argv[1], Path(argv[2]), int(argv[3]), Path(argv[4])
        print(json.dumps(run_one(mode, path, workers, db)))
        return 0
    parser = argparse.ArgumentParser(description="Benchmark the xronika pipeline on generated pages.")
    parser.add_argument("--sizes", type=_ints, default=[1000, 10_000], help="page counts, e.g. 1000,10000,100000")
    parser.add_argument("--workers", type=_ints, default=[1, 2], help="worker counts, e.g. 1,2")
    parser.add_argument("--modes", default="full,clean",
                        help="comma-separated: full (ingest), clean (cleaning + language + quality + dedup), "
                             "clean-noquality (clean without the quality filter), clean-nodedup, "
                             "stages (every stage, no dedup/store), ray (ingest on Ray)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each size and mode N times, the worker counts back to back each time, in "
                             "reverse every other time (the machine's speed drifts: pairs and medians say more "
                             "than single runs)")
    parser.add_argument("--out", type=Path, default=OUT, help="where corpora, dbs and the JSON report go")
    parser.add_argument("--analyser", action="store_true", help="measure the analyser + recognisers instead")
    parser.add_argument("--analyser-pages", type=int, default=2000)
    parser.add_argument("--profile", type=int, metavar="PAGES", help="cProfile the full pipeline, one worker")
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    if args.profile:
        print(profile(args.profile, args.seed, args.top))
        return 0
    if args.analyser:
        res = analyser(args.analyser_pages, args.seed)
        print(f"analyser on {res['pages']:,} pages ({res['kb']:,.0f} KB): {res['kb_per_s']:,.0f} KB/s per core")
        for name, part in res["parts"].items():
            print(f"  {name:<10}{part['seconds']:>8.2f} s{part['kb_per_s']:>10,.0f} KB/s")
        print(f"knowledge base load (fresh process): {res['kb_load_s']:.2f} s")
        (args.out / f"analyser-{stamp}.json").write_text(json.dumps(res, indent=1))
        return 0
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if bad := set(modes) - {"full", "clean", "clean-noquality", "clean-nodedup", "stages", "ray"}:
        parser.error(f"unknown mode(s): {', '.join(sorted(bad))}")
    runs: list[dict] = []
    target = args.out / f"bench-{stamp}.json"
    for pages in args.sizes:
        path, text_bytes = corpus(pages, args.seed, args.out / "corpus")
        for mode, repeat in product(modes, range(args.repeat)):
            for workers in worker_order(args.workers, repeat):
                sys.stderr.write(f"running {mode}, {pages:,} pages, {workers} worker(s), run {repeat + 1}...\n")
                res = _child(mode, path, workers, args.out / f"bench-{mode}-{pages}-w{workers}.db")
                runs.append({"mode": mode, "pages": pages, "workers": workers, "repeat": repeat,
                             "text_mb": text_bytes / 1e6, "result": res})
                print(section(runs[-1]), flush=True)
                target.write_text(json.dumps({"command": " ".join(sys.argv), "cpus": os.cpu_count(),
                                              "runs": runs}, indent=1))
    print(growth(runs))
    print(f"\nJSON: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
