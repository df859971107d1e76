"""JSONL pages: one `{"text", "url", ...}` object per line (FineWeb-2 style).

Lines are read in bounded chunks: a line over the limit is skipped (and named)
without ever being held whole, so one runaway line cannot exhaust memory.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from .decode import MAX_PAGE_BYTES, safe_text, without_nul

CHUNK_BYTES = 1 << 20  # how much of an over-long line is read (and dropped) at a time


def _open_binary(path: Path) -> BinaryIO:
    raw = open(path, "rb")
    head = raw.read(2)
    raw.seek(0)
    return gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw  # type: ignore[return-value]


def bounded_lines(stream: BinaryIO, limit: int = MAX_PAGE_BYTES) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line; line is None when it ran past `limit` bytes (size is then its length)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(CHUNK_BYTES)
            if not line:
                break
            size += len(line)
        yield None, size


def read_jsonl(path: Path, display: str | None = None, limit: int = MAX_PAGE_BYTES) -> Iterator:
    """Documents (and `Skipped` notes naming `file:line`) of one JSONL file, gzipped or not."""
    from . import Skipped

    display = display or str(path)
    name = display.rsplit("/", 1)[-1]
    name = name[:-3] if name.endswith(".gz") else name
    lineno = 0
    try:
        with _open_binary(path) as fh:
            for lineno, (line, size) in enumerate(bounded_lines(fh, limit), 1):
                source = f"{display}:{lineno}"
                if line is None:
                    yield Skipped(source, f"line too large ({size} bytes > {limit})")
                    continue
                if not line.strip():
                    continue
                yield _record(line, source, name, lineno)
    except (OSError, EOFError, zlib.error) as exc:
        yield Skipped(display, f"truncated or corrupt file after line {lineno} ({exc})")


def _record(line: bytes, source: str, name: str, lineno: int):
    from . import Skipped

    try:
        rec = json.loads(line.decode("utf-8", errors="replace"))
    except ValueError as exc:
        return Skipped(source, f"not JSON ({getattr(exc, 'msg', exc)})")
    except RecursionError:
        return Skipped(source, "not JSON (nested too deeply)")
    if not isinstance(rec, dict):
        return Skipped(source, f"not a JSON object ({type(rec).__name__})")
    text = rec.get("text")
    if not isinstance(text, str):
        return Skipped(source, "no 'text' field" if text is None else f"'text' is not a string ({type(text).__name__})")
    # a lone surrogate can only come from a JSON escape (the line was decoded with errors="replace"):
    # a line without `\ud`/`\uD` is spared the search through its text
    fix = safe_text if b"\\ud" in line or b"\\uD" in line else without_nul
    text = fix(text)
    if not text.strip():
        return Skipped(source, "empty text")
    url = fix(rec["url"]) if isinstance(rec.get("url"), str) else None
    key = rec.get("file") or rec.get("id")
    file = fix(str(key)) if isinstance(key, (str, int)) and str(key) else f"{name}:{lineno}"
    return Document(raw=text, source=source, file=file, url=url, meta={"format": "jsonl", "line": lineno})
