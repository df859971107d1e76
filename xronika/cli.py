"""The `xronika` command: a thin typer adapter over the library (one function per command)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import api
from .cli_consolidate import register as _register_consolidate
from .cli_web import register as _register_web
from .errors import GoldError, NotFound, StoreError, XronikaError
from .output import to_record
from .store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="xronika: a verifiable record of interstate relations from Azerbaijani news pages.")
err = Console(stderr=True)
out = Console()
DB = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
EXIT_FAILED_ITEMS = 2  # the run finished, but some input items were skipped or failed
EXIT_ERROR = 1


def _fail(exc: XronikaError) -> None:
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(EXIT_ERROR)


def _report_skipped(result: api.RunResult) -> None:
    for item in result.skipped:
        err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
    for source, reason in result.failures:
        err.print(f"[yellow]failed[/yellow] {source}: {reason}")


@app.command()
def ingest(paths: list[Path], db: DB = Path("xronika.db"),
           workers: Annotated[int | None, typer.Option(help="Worker processes (default: all cores).")] = None,
           executor: Annotated[str, typer.Option(help="local, or ray (needs the [ray] extra)")] = "local",
           address: Annotated[str | None, typer.Option(help="Ray address (default: start a local Ray)")] = None,
           bulk_after: Annotated[int, typer.Option(
               help="Pages after which a run larger than the store rebuilds its indexes once at the end "
                    "instead of updating them page by page (0: never).")] = api.BULK_PAGES,
           quiet: bool = False) -> None:
    """Run the pipeline over PATHS (txt, html, jsonl, warc; gzip too) into the store."""
    if executor not in ("local", "ray"):
        raise typer.BadParameter("--executor must be local or ray")
    remote = None
    try:
        if executor == "ray":
            from .ray_executor import RayExecutor
            from .stages import default_pipeline

            remote = RayExecutor(default_pipeline, address=address, num_workers=workers)
        with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=quiet, transient=True) as bar:
            task = bar.add_task("pages", total=None)
            result = api.ingest(paths, db, workers=workers, executor=remote, bulk_after=bulk_after or None,
                                progress=lambda n: bar.advance(task, n))
        with Store.open_readonly(db) as store:
            summary = store.summary()
    except XronikaError as exc:
        _fail(exc)
    finally:
        if remote is not None:
            remote.shutdown()
    _report_skipped(result)
    table = Table(title=f"run {result.run_id} → {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in (("pages processed", result.docs), ("new in store", result.new),
                       ("already stored", result.existing), ("input files finished earlier", result.shards_skipped),
                       ("near/exact duplicates", result.duplicates),
                       ("skipped or failed", result.failed)):
        table.add_row(key, str(value))
    for layer in ("documents", "entities", "dates", "amounts", "events", "figures"):
        table.add_row(f"store: {layer}", str(summary[layer]))
    err.print(table)
    if summary["events_by_type"]:
        err.print("events: " + ", ".join(f"{k} {v}" for k, v in summary["events_by_type"].items()))
    if result.failed:
        raise typer.Exit(EXIT_FAILED_ITEMS)


@app.command()
def extract(paths: list[Path], workers: int = 1,
            body: Annotated[bool, typer.Option(help="Include the cleaned body.")] = True) -> None:
    """Print one JSON object per document (the gold schema, with spans) to stdout; no store."""
    result = api.RunResult()
    for doc in api.process(paths, workers, result=result):
        sys.stdout.write(json.dumps(to_record(doc, with_body=body), ensure_ascii=False) + "\n")
    _report_skipped(result)
    if result.failed:
        raise typer.Exit(EXIT_FAILED_ITEMS)


@app.command("eval")
def eval_(gold_dir: Path, corpus_dir: Path, workers: int = 1,
          as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
          details: Annotated[bool, typer.Option(help="Print misses and false positives per file.")] = False) -> None:
    """Score extraction of CORPUS_DIR against GOLD_DIR (P/R/F1 per layer, attribute accuracy)."""
    result = api.RunResult()
    try:
        report = api.evaluate_corpus(gold_dir, corpus_dir, workers, result=result)
    except (GoldError, XronikaError) as exc:
        _fail(exc)
    _report_skipped(result)  # a page that failed scores as empty: say so
    if as_json:
        data = report.to_dict()
        if details:
            data["details"] = report.details
        out.print_json(json.dumps(data, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{report.files} files: {gold_dir}")
    for col in ("layer", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col != "layer" else "left")
    for name, prf in report.layers.items():
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn))
    out.print(table)
    attrs = Table(title="accuracy")
    attrs.add_column("attribute")
    attrs.add_column("value", justify="right")
    attrs.add_column("hit/total", justify="right")
    for name, ratio in report.attrs.items():
        attrs.add_row(name, f"{ratio.value:.3f}", f"{ratio.hit}/{ratio.total}")
    out.print(attrs)
    if details:
        out.print_json(json.dumps(report.details, ensure_ascii=False, default=str))


@app.command()
def show(doc_id: str, db: DB = Path("xronika.db"),
         as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print a stored article with its entities, dates, amounts, events and figures marked."""
    from .render import render_terminal

    try:
        with Store.open_readonly(db) as store:
            doc = store.get_document(doc_id)
    except (NotFound, StoreError) as exc:
        _fail(exc)
    if as_json:
        out.print_json(json.dumps(to_record(doc), ensure_ascii=False))
    else:
        render_terminal(doc, out)


@app.command()
def export(db: DB = Path("xronika.db"),
           fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet")] = "jsonl",
           output: Annotated[Path, typer.Option("--out", help="File (jsonl) or folder (csv, parquet).")] = Path("-"),
           ) -> None:
    """Export the store: JSONL (one record per document) or one CSV/Parquet file per layer."""
    from .export import export_store

    try:
        written = export_store(db, fmt, output)
    except XronikaError as exc:
        _fail(exc)
    for path in written:
        err.print(f"wrote {path}")


@app.command()
def stats(db: DB = Path("xronika.db"), as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts per layer, languages, runs and the input items that failed."""
    try:
        with Store.open_readonly(db) as store:
            summary = store.summary()
    except StoreError as exc:
        _fail(exc)
    out.print_json(json.dumps(summary, ensure_ascii=False, default=str)) if as_json else out.print(summary)


@app.command()
def duplicates(db: DB = Path("xronika.db"), as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Near-duplicate and exact-duplicate clusters found in the store."""
    from .clean.dedup import cluster

    try:
        with Store.open_readonly(db) as store:
            pairs = store.dup_pairs()
    except StoreError as exc:
        _fail(exc)
    files = {p["doc_id"]: p["file"] for p in pairs} | {p["other_id"]: p["other_file"] for p in pairs}
    groups = cluster((p["doc_id"], p["other_id"]) for p in pairs)
    if as_json:
        out.print_json(json.dumps({"pairs": pairs, "clusters": groups}, ensure_ascii=False))
        return
    for i, group in enumerate(groups, 1):
        out.print(f"cluster {i}: " + ", ".join(f"{d} ({files.get(d)})" for d in group))
    if not groups:
        out.print("no duplicates")


_register_consolidate(app)
_register_web(app)


def main() -> None:  # pragma: no cover
    app()
