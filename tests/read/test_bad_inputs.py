"""Readers under bad input: every bad item is named with a reason, good items around it are kept."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from xronika.read import Skipped, display_name, read_file, read_paths
from xronika.read.decode import MAX_PAGE_BYTES, decode_bytes
from xronika.read.jsonl import bounded_lines, read_jsonl

from .badfiles import good_page, write_bad_inputs, write_good_inputs, write_repaired_inputs


def _split(items):
    docs = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    return docs, skipped


def test_every_bad_item_is_named_with_its_reason_and_good_pages_survive(tmp_path):
    good = write_good_inputs(tmp_path)
    bad = write_bad_inputs(tmp_path)
    docs, skipped = _split(list(read_paths([tmp_path])))
    reasons = {s.source: s.reason for s in skipped}
    for item in bad:
        source = str(tmp_path / item.name)
        assert source in reasons, f"{item.kind}: {item.name} not reported ({sorted(reasons)})"
        assert item.reason in reasons[source], (item.kind, reasons[source])
    assert {d.file for d in docs} >= set(good)
    # the good records inside bad containers are kept: JSONL line 1, the WARC's first page, the gzip's first line
    assert "mixed.jsonl:1" in {d.file for d in docs}
    assert any(d.source == f"{tmp_path}/cut.warc#1" for d in docs)
    assert any(d.source.startswith(f"{tmp_path}/cut.jsonl.gz:") for d in docs)
    assert len(skipped) == len(bad)


@pytest.mark.parametrize("name", ["cp1251.txt", "cp1254_tr.txt", "cp1254_az.txt", "utf16.txt", "utf16be.txt",
                                  "utf8_bom.txt", "mixed_enc.txt", "mojibake.txt", "mojibake_cp1252.txt",
                                  "cyrillic_az.txt", "arabic_az.txt"])
def test_wrong_encodings_are_decoded_exactly(tmp_path, name):
    expected = write_repaired_inputs(tmp_path)[name]
    (doc,) = list(read_paths([tmp_path / name]))
    assert not isinstance(doc, Skipped), doc
    assert doc.raw == expected
    assert doc.meta["encoding"]


@pytest.mark.parametrize("name", ["mojibake.txt", "mojibake_cp1252.txt"])
def test_mojibake_repair_is_recorded(tmp_path, name):
    write_repaired_inputs(tmp_path)
    (doc,) = list(read_paths([tmp_path / name]))
    assert doc.meta.get("mojibake_repaired") is True
    assert "É™" not in doc.raw and "ə" in doc.raw


@pytest.mark.parametrize("name,encoding", [("cp1251.txt", "cp1251"), ("cp1254_tr.txt", "cp1254"),
                                           ("mixed_enc.txt", "mixed:utf-8+cp1251")])
def test_legacy_encoding_is_named(tmp_path, name, encoding):
    write_repaired_inputs(tmp_path)
    (doc,) = list(read_paths([tmp_path / name]))
    assert doc.meta["encoding"] == encoding


def test_non_utf8_file_name_is_read_and_shown_escaped(tmp_path):
    write_repaired_inputs(tmp_path)
    name = os.fsdecode(b"x\xe9b\xe9r.txt")
    (doc,) = list(read_paths([tmp_path / name]))
    assert doc.source == f"{tmp_path}/x\\xe9b\\xe9r.txt"
    assert doc.file == "x\\xe9b\\xe9r.txt"
    doc.source.encode("utf-8")  # storable: no lone surrogates
    assert display_name(os.fsencode(tmp_path) + b"/\xff.txt").endswith("/\\xff.txt")


def test_bytes_paths_are_accepted(tmp_path):
    write_good_inputs(tmp_path, 2)
    docs = list(read_paths([os.fsencode(tmp_path)]))
    assert len(docs) == 2 and all(not isinstance(d, Skipped) for d in docs)


def _never_parsed(monkeypatch):
    import xronika.clean.html as html_module

    def fail(*args, **kwargs):
        raise AssertionError("the page reached the HTML parser")

    monkeypatch.setattr(html_module, "html_to_text", fail)


def test_a_200_mb_single_line_is_refused_by_size_without_reading_it(tmp_path, monkeypatch):
    import xronika.read as read_module

    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no disk, and reading it would take a while

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(read_module, "open", no_open, raising=False)
    (item,) = list(read_paths([big]))
    assert isinstance(item, Skipped) and "too large" in item.reason


def test_a_huge_jsonl_line_is_skipped_in_bounded_chunks_and_the_next_line_read(tmp_path):
    path = tmp_path / "big.jsonl"
    limit = 1 << 20
    with open(path, "wb") as fh:
        fh.write(json.dumps({"text": good_page(1)}, ensure_ascii=False).encode() + b"\n")
        fh.write(b'{"text": "' + b"a" * (5 * limit) + b'"}\n')
        fh.write(json.dumps({"text": good_page(2)}, ensure_ascii=False).encode() + b"\n")
    items = list(read_jsonl(path, limit=limit))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert items[1].source.endswith("big.jsonl:2") and "line too large" in items[1].reason


def test_bounded_lines_never_returns_more_than_the_limit():
    import io

    stream = io.BytesIO(b"short\n" + b"x" * 100 + b"\n" + b"y" * 10 + b"\n" + b"z" * 11)
    out = list(bounded_lines(stream, limit=10))
    assert out == [(b"short\n", 6), (None, 101), (b"y" * 10 + b"\n", 11), (None, 11)]


def test_a_200_mb_jsonl_line_is_skipped(tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as fh:
        fh.write(json.dumps({"text": good_page(3)}, ensure_ascii=False).encode() + b"\n")
        fh.seek(200 * 1024 * 1024, os.SEEK_CUR)
        fh.write(b"\n" + json.dumps({"text": good_page(4)}, ensure_ascii=False).encode() + b"\n")
    items = list(read_paths([path]))  # memory stays bounded: see test_bounded_lines_never_returns_more_than_the_limit
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert "line too large" in items[1].reason


def test_gzip_bomb_is_refused_without_inflating_it(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb", compresslevel=9) as gz:
        for _ in range(MAX_PAGE_BYTES // (1 << 20) + 2):
            gz.write(b"a" * (1 << 20))
    (item,) = list(read_paths([path]))
    assert isinstance(item, Skipped) and "too large" in item.reason


def test_huge_html_is_refused_before_parsing(tmp_path, monkeypatch):
    import xronika.read.html as html_reader

    monkeypatch.setattr(html_reader, "MAX_HTML_CHARS", 100_000)
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<p>Azərbaycan və Gürcüstan əməkdaşlıq edir.</p>" * 5000 + "</body></html>")
    _never_parsed(monkeypatch)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Skipped) and "HTML too large" in item.reason


def test_link_dense_html_is_refused_before_parsing_in_any_thread(tmp_path, monkeypatch):
    import threading

    from xronika.read.html import MAX_HTML_TAGS

    path = tmp_path / "menus.html"
    path.write_text("<html><body>" + "<div><a href='/'>Xəbərlər</a></div>" * (MAX_HTML_TAGS // 4 + 10) + "</body></html>")
    _never_parsed(monkeypatch)
    items: list = []
    worker = threading.Thread(target=lambda: items.extend(read_paths([path])))  # no SIGALRM in a thread
    worker.start()
    worker.join()
    (item,) = items
    assert isinstance(item, Skipped) and "HTML too complex" in item.reason


# an alarm that lands inside a gc callback (hypothesis installs one) has its raise swallowed, which pytest
# reports; the alarm repeats until the page stops (clean/html.py `_REPEAT`), as this test checks
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_html_extraction_time_is_bounded(tmp_path, monkeypatch):
    import xronika.read.html as html_reader

    monkeypatch.setattr(html_reader, "HTML_TIMEOUT", 0.3)
    monkeypatch.setattr(html_reader.document_from_html, "__defaults__", (0.3,))
    path = tmp_path / "slow.html"
    row = "<tr>" + "<td><p>Azərbaycan və Gürcüstan əməkdaşlıq edir, saziş imzalanıb.</p></td>" * 5 + "</tr>"
    path.write_text("<html><body><article><table>" + row * 1100 + "</table></article></body></html>")  # under the tag cap
    (item,) = list(read_paths([path]))  # how soon the limit stops a page: tests/clean/test_html.py
    assert isinstance(item, Skipped) and "timed out" in item.reason, item


def test_deeply_nested_html_is_skipped_not_crashed(tmp_path, monkeypatch):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 200_000 + "<p>Azərbaycan</p>" + "</div>" * 200_000 + "</body></html>")
    _never_parsed(monkeypatch)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Skipped)


def test_good_html_page_is_read(tmp_path):
    from .badfiles import html_page

    (tmp_path / "page.html").write_text(html_page(1), encoding="utf-8")
    (doc,) = list(read_paths([tmp_path / "page.html"]))
    assert not isinstance(doc, Skipped) and "Gürcüstanın" in doc.raw


def test_jsonl_text_with_lone_surrogates_and_nul_is_made_storable(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Bak\\u0131 \\ud800 x\\u0000y \\u0259m\\u0259kda\\u015fl\\u0131q"}\n')
    (doc,) = list(read_paths([path]))
    doc.raw.encode("utf-8")
    assert "\x00" not in doc.raw and "\ufffd" in doc.raw



def test_jsonl_upper_case_surrogate_escapes_and_an_escaped_backslash_read_right(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Bak\\u0131 \\uDC00 x", "url": "https://a.az/\\uD801"}\n'
                    '{"text": "Bak\\u0131 x\\u0000y, \\\\ud800 is written out"}\n')
    first, second = list(read_paths([path]))
    assert "\ufffd" in first.raw and first.url.endswith("\ufffd")
    assert first.raw.encode("utf-8") and first.url.encode("utf-8")  # storable
    assert second.raw == "Bakı xy, \\ud800 is written out"

def test_missing_path_and_directory_symlink_loop_are_reported(tmp_path):
    (tmp_path / "a").mkdir()
    os.symlink(tmp_path / "a", tmp_path / "a" / "again")
    items = list(read_paths([tmp_path / "nowhere", tmp_path]))
    reasons = {i.source: i.reason for i in items}
    assert reasons[str(tmp_path / "nowhere")] == "no such file or directory"
    assert "symbolic link loop" in reasons[str(tmp_path / "a" / "again")]


def test_unreadable_file_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text(good_page(1))
    path.chmod(0)
    (item,) = list(read_paths([path]))
    assert isinstance(item, Skipped) and "cannot read" in item.reason


def test_fixing_a_bad_file_makes_it_readable_with_a_content_id(tmp_path):
    path = tmp_path / "later.txt"
    path.write_bytes(b"")
    (first,) = list(read_file(path))
    assert isinstance(first, Skipped)
    path.write_text(good_page(7), encoding="utf-8")
    (doc,) = list(read_file(path))
    assert not isinstance(doc, Skipped) and doc.id


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"), (b"\x00" * 100, "binary file"), (b"\x01\x02\x03" * 100, "binary file"),
    (b"%PDF-1.7", "PDF"), (b"\xff\xd8\xff\xe0", "JPEG"), (b"GIF89a", "GIF"), (b"PK\x03\x04", "ZIP"),
    (b"\x7fELF", "executable"), (b"\x8f\x9f\xaf" * 50, "undecodable"),
])
def test_decode_bytes_refuses_non_pages(data, reason):
    from xronika.errors import InputError

    with pytest.raises(InputError) as info:
        decode_bytes(data, "x")
    assert reason in info.value.reason


def test_reader_bug_costs_one_file_not_the_run(tmp_path, monkeypatch):
    import xronika.read as reader

    write_good_inputs(tmp_path, 3)

    def explode(*args, **kwargs):
        raise ZeroDivisionError("boom")

    original = reader._page
    monkeypatch.setattr(reader, "_page", lambda path, *a: explode() if path.name == "good_01.txt" else original(path, *a))
    docs, skipped = _split(list(read_paths([tmp_path])))
    assert len(docs) == 2
    assert skipped == [Skipped(str(tmp_path / "good_01.txt"), "reader error (ZeroDivisionError: boom)")]


def test_read_paths_takes_path_objects_and_strings(tmp_path):
    write_good_inputs(tmp_path, 1)
    assert len(list(read_paths([str(tmp_path)]))) == len(list(read_paths([Path(tmp_path)]))) == 1
