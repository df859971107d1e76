"""`clean_page`: raw page text → article body with an exact offset map, the
dropped lines with reasons, and the page metadata (title, authors, date, site).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from xronika.clean import debris
from xronika.clean.debris import Line, comparison_key, is_strong_content
from xronika.clean.line_classifier import LONGEST_DEBRIS_LINE, classify_line
from xronika.clean.metadata import (
    LONGEST_DATE_LINE,
    byline_name,
    first_sentence,
    place_dateline_date,
    site_from_attribution,
    site_from_line,
    site_from_url,
    stamp_line,
    year_of_day,
    yearless_day,
)
from xronika.clean.normalize import (
    GAP_FOLLOWS,
    GAP_MARKS,
    GAPS,
    LINE_FIXES,
    SPECIAL,
    SPECIAL_CHARS,
    compose,
    gap_context_ok,
    lookalike_in_latin_word,
    looks_mojibaked,
    repair_mojibake,
    replace_lookalikes,
)
from xronika.clean.spacing import space_is_missing
from xronika.document import OffsetMap, RemovedLine, TextBuilder
from xronika.lang.detect import NON_LATIN_RANGES, quick_language, quick_latin_language

_BLANK_GAP = re.compile(r"\r?\n[ \t\u00a0]*\r?\n")
_EXPLICIT_BYLINE = re.compile(r"(?:by|müəllif|author|автор|müxbir|hazırladı)\b", re.IGNORECASE)
_META_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s{3,}")
_LONGEST_META_BAR = 160
# a stamp (date line, meta bar, place dateline) is never longer than this, and a line longer than
# _LONGEST_CLASSIFIED is prose to every test of _classify
_LONGEST_STAMP = max(_LONGEST_META_BAR, LONGEST_DATE_LINE)
_LONGEST_CLASSIFIED = max(_LONGEST_STAMP, LONGEST_DEBRIS_LINE)
_NON_LATIN = re.compile(f"[{NON_LATIN_RANGES}]")
_DIGIT = re.compile(r"\d")  # what metadata's date tests look for first
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|$|[^\d])")
# One scan of the page finds GAPS' missing spaces, or else stops at the first SPECIAL, non-Latin or whitespace
# character but the space and the line break
# (nearly every page has none). One character class first lets the regex engine skip ahead as fast as for
# GAPS alone; a gap mark must then be a gap, any other character matches by itself.
# the whitespace SPECIAL leaves out, but for the space and the line break
_OTHER_WHITESPACE = "\v\f\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"
_PAGE_SCAN = re.compile(
    f"[{GAP_MARKS}{''.join(map(re.escape, sorted(SPECIAL_CHARS)))}{NON_LATIN_RANGES}{_OTHER_WHITESPACE}]"
    f"(?:(?<=[{GAP_MARKS}]){GAP_FOLLOWS}|(?<![{GAP_MARKS}]))"
)


@dataclass
class CleanResult:
    """The cleaned article and everything learnt on the way."""

    body: str
    offsets: OffsetMap
    removed: list[RemovedLine]
    title: str | None
    authors: list[str]
    published: str | None
    site: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    # the text `offsets` and `removed` spans point into: the input itself unless
    # mojibake was repaired (then `meta['raw_repaired']` is True)
    raw: str = ""


def split_lines(raw: str) -> list[Line]:
    """Every non-blank raw line (split at '\n'; '\r' is trimmed) with its whitespace-trimmed span."""
    lines = []
    append = lines.append
    pos = 0
    for text in raw.split("\n"):
        stripped = text.strip()
        if stripped:
            # strip() returns the line itself when there is nothing to trim, as for most lines
            start = pos if stripped is text else pos + (len(text) - len(text.lstrip()))
            append(Line(start, start + len(stripped), stripped, comparison_key(stripped),
                        is_strong_content(stripped)))
        pos += len(text) + 1
    return lines


def _may_hold_separator(text: str) -> bool:
    """Whether _META_SEPARATORS can match: a bar character, or three whitespace characters in a row
    (every whitespace character but the space is unprintable)."""
    return "|" in text or "•" in text or "·" in text or "   " in text or not text.isprintable()


def _meta_bar(text: str) -> tuple[bool, str | None]:
    """(a bar of date, time, section and counter items such as `Siyasət | 11.03.2024 | 1234 baxış`, its date)."""
    if len(text) > _LONGEST_META_BAR or not _may_hold_separator(text):
        return False, None
    parts = [part for part in _META_SEPARATORS.split(text) if part.strip()]
    if len(parts) < 2:
        return False, None
    dated, found = False, None
    for part in parts:
        is_date, iso = stamp_line(part)
        if is_date:
            dated, found = True, found or iso
        elif classify_line(part) is None:
            return False, None
    return dated, found


class _PageScan(NamedTuple):
    plain: bool  # neither two spaces in a row nor a SPECIAL character anywhere
    gap_starts: list[int]  # where GAPS matches (found only on a plain page)
    latin: bool  # no character of NON_LATIN_RANGES: every line's language is told by its Latin letters


def _scan_page(raw: str) -> _PageScan:
    gap_starts = []
    for m in _PAGE_SCAN.finditer(raw):
        at = m.start()
        if raw[at] not in GAP_MARKS:
            break
        gap_starts.append(at)
    else:
        plain = "  " not in raw
        return _PageScan(plain, gap_starts if plain else [], True)
    plain = "  " not in raw and SPECIAL.search(raw) is None
    return _PageScan(plain, [m.start() for m in GAPS.finditer(raw)] if plain else [],
                     _NON_LATIN.search(raw) is None)


def _url_date(url: str | None) -> str | None:
    m = _URL_DATE.search(url or "")
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def _meta_date(value: Any) -> str | None:
    text = str(value or "")[:10]
    return text if re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", text) else None


def _classify(lines: list[Line]) -> tuple[str | None, Line | None]:
    published: str | None = None
    published_line: Line | None = None
    for line in lines:
        if len(line.text) > _LONGEST_CLASSIFIED:
            continue
        line.reason = classify_line(line.text)
        # stamps, meta bars and place datelines all hold a date or a time: a line without a digit is none
        if line.reason is None and len(line.text) <= _LONGEST_STAMP and _DIGIT.search(line.text):
            is_date, iso = stamp_line(line.text)
            if not is_date:
                is_date, iso = _meta_bar(line.text)
            if is_date:
                line.reason = "dateline"
                if iso and published is None:
                    published, published_line = iso, line
            elif published is None:
                # `Bakı, 11 mart 2024, AZƏRTAC` dates the page but stays in the body: it is the story's dateline
                iso = place_dateline_date(line.text)
                if iso:
                    published, published_line = iso, line
    return published, published_line


def _date_from_lead(lines: list[Line], head: int = 12) -> tuple[str | None, Line | None]:
    """The publication date when the head dates the story without a year (`Bakı, 11 mart, AZƏRTAC`) and the
    first sentence after it gives that same day a year (`2024-cü il 11 mart tarixində ...`). The year is
    never guessed: without such a sentence there is no date."""
    day: tuple[int, int] | None = None
    dated: Line | None = None
    for line in lines[:head]:
        if line.reason not in (None, "dateline"):
            continue
        if line.strong:
            if day is None:
                return None, None
            year = year_of_day(first_sentence(line.text), *day)
            iso = f"{year:04d}-{day[0]:02d}-{day[1]:02d}" if year else None
            return (iso, dated) if iso else (None, None)
        if day is None:
            day = yearless_day(line.text)
            dated = line
    return None, None


def _authors(lines: list[Line], title: int | None) -> tuple[list[str], Line | None]:
    kept = [i for i, line in enumerate(lines) if line.reason is None and i != title]
    prose = " ".join(lines[i].text for i in kept if lines[i].strong)
    authors: list[str] = []
    first: Line | None = None
    for n, i in enumerate(kept):
        text = lines[i].text
        if len(text) > 140 or lines[i].strong:
            continue
        nxt = lines[kept[n + 1]].text if n + 1 < len(kept) else None
        name = byline_name(text, nxt)
        # a name the article itself talks about is a subject, not the writer (unless marked as one)
        if name and name in prose and not _EXPLICIT_BYLINE.match(text):
            continue
        if name and name not in authors:
            authors.append(name)
            first = first or lines[i]
    return authors, first


def _emit_line(builder: TextBuilder, raw: str, start: int, end: int, repairs: dict[str, Any],
               page_plain: bool = False) -> None:
    """Copy raw[start:end] with its spacing and Unicode repairs; `page_plain`: the whole raw page has
    neither two spaces in a row nor a SPECIAL character."""
    pos = start
    plain = page_plain or (raw.find("  ", start, end) < 0 and SPECIAL.search(raw, start, end) is None)
    for m in (GAPS if plain else LINE_FIXES).finditer(raw, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "gap":
            if not gap_context_ok(raw, s):
                continue
            after = s + 1
            if not space_is_missing(raw, after, start):
                continue
            builder.copy(pos, after)
            builder.insert(" ", after)
            pos = after
            repairs["spacing"] += 1
        elif kind == "space":
            builder.copy(pos, s)
            builder.copy(s, s + 1, text=" ")
            pos = e
            repairs["spacing"] += 1
        elif kind == "drop":
            builder.copy(pos, s)
            pos = e
            repairs["unicode"] += 1
        elif kind == "lookalike":
            if not lookalike_in_latin_word(raw, s, e):
                continue
            builder.copy(pos, s)
            builder.copy(s, e, text=replace_lookalikes(m.group()))
            pos = e
            repairs["unicode"] += 1
        elif kind == "combining":
            base = s - 1
            if base < pos:
                continue
            composed = compose(raw[base:e])
            if len(composed) < e - base:
                builder.copy(pos, base)
                builder.copy(base, base + len(composed), text=composed)
                pos = e
                repairs["unicode"] += 1
    builder.copy(pos, end)


def _separate(builder: TextBuilder, raw: str, prev: Line, line: Line, single: bool) -> None:
    """Paragraph break ('\\n\\n', or '\\n' inside a paragraph) copied from raw where raw has it."""
    if single:
        at = raw.find("\n", prev.end, line.start)
        if at >= 0:
            builder.copy(at, at + 1)
        else:
            builder.insert("\n", line.start)
        return
    at = raw.find("\n\n", prev.end, line.start)
    if at >= 0:
        builder.copy(at, at + 2)
        return
    at = raw.find("\n", prev.end, line.start)
    if at >= 0:
        builder.copy(at, at + 1)
        builder.insert("\n", at + 1)
    else:
        builder.insert("\n\n", line.start)


def _blank_gap(raw: str, end: int, start: int) -> bool:
    """`_BLANK_GAP` between two neighbouring lines; the usual one or two line breaks need no search."""
    width = start - end
    if width == 1:  # the line break alone
        return False
    if width == 2 and raw.startswith("\n\n", end):
        return True
    return _BLANK_GAP.search(raw, end, start) is not None


def _any_between(positions: list[int], start: int, end: int) -> bool:
    at = bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _build_body(raw: str, lines: list[Line], title: int | None, repairs: dict[str, Any],
                scan: _PageScan) -> tuple[str, OffsetMap]:
    # a blank line between neighbours (`_blank_gap`); the usual single line break needs no call
    gaps = [b.start - a.end != 1 and _blank_gap(raw, a.end, b.start)
            for a, b in zip(lines, lines[1:], strict=False)]
    blank_lines_split_paragraphs = bool(gaps) and sum(gaps) * 2 >= len(gaps)
    # One look at the whole page spares most lines their own. Without two spaces in a row or a SPECIAL
    # character anywhere, a line needs only the spaces GAPS finds missing, and GAPS finds in a line what
    # it finds in the whole page inside the line: its lookahead never reaches past the line's last
    # character, which whitespace follows.
    plain_page, gap_starts = scan.plain, scan.gap_starts
    order = [i for i, line in enumerate(lines) if line.reason is None and i != title]
    if title is not None:
        order.insert(0, title)
    builder = TextBuilder(raw)
    # Raw spans that continue one another (a line, the '\n\n' after it, the next line...) go to the builder
    # as one copy, which maps them as it would their copies one by one: [start, end) is still to copy.
    start = end = 0
    prev_index: int | None = None
    for i in order:
        line = lines[i]
        if prev_index is not None:
            prev = lines[prev_index]
            single = (blank_lines_split_paragraphs and i == prev_index + 1 and prev_index != title
                      and not gaps[prev_index])
            at = raw.find("\n" if single else "\n\n", prev.end, line.start)
            if at >= 0:  # the break raw has, as _separate copies it
                if at != end:
                    if end > start:
                        builder.copy(start, end)
                    start = at
                end = at + (1 if single else 2)
            else:
                if end > start:
                    builder.copy(start, end)
                start = end
                _separate(builder, raw, prev, line, single)
        if plain_page and not (gap_starts and _any_between(gap_starts, line.start, line.end)):
            if line.start != end:
                if end > start:
                    builder.copy(start, end)
                start = line.start
            end = line.end
        else:
            if end > start:
                builder.copy(start, end)
            start = end
            _emit_line(builder, raw, line.start, line.end, repairs, plain_page)
        prev_index = i
    if end > start:
        builder.copy(start, end)
    return builder.build()


def clean_page(raw: str, url: str | None = None, *, html_meta: dict[str, Any] | None = None) -> CleanResult:
    """Clean one page of text (already extracted from HTML): see `CleanResult`.

    `html_meta` (from `html_to_text`) supplies a date and site when the text shows none.
    """
    repairs: dict[str, Any] = {"spacing": 0, "unicode": 0, "mojibake": False}
    meta: dict[str, Any] = {"repairs": repairs}
    if looks_mojibaked(raw):
        fixed = repair_mojibake(raw)
        if fixed != raw:
            raw = fixed
            repairs["mojibake"] = True
            meta["raw_repaired"] = True

    scan = _scan_page(raw)
    lines = split_lines(raw)
    published, published_line = _classify(lines)
    debris.mark_labels_before_dates(lines)
    title = debris.find_title(lines, debris.slug_tokens(url))
    debris.mark_head(lines, title)
    debris.mark_after_headers(lines, title)
    debris.mark_repeats(lines, title)
    main_script = debris.page_script(lines, scan.latin)
    sample = " ".join(line.text for line in lines if line.reason is None and line.strong)[:2000]
    main_lang = (quick_latin_language if scan.latin else quick_language)(sample)[0] if sample else None
    debris.mark_tail(lines, main_script, main_lang, scan.latin)

    html_meta = html_meta or {}
    if published is None:
        published = _url_date(url) or _meta_date(html_meta.get("date"))
    if published is None:
        published, published_line = _date_from_lead(lines)
        if published is not None:
            meta["published_from"] = "first_sentence"
    site = site_from_url(url) or site_from_url(html_meta.get("hostname") or html_meta.get("url"))
    for i, line in enumerate(lines):
        # an address line holds no space (site_from_line's own first test, without a call per line)
        if line.reason is None and i != title and " " not in line.text:
            named = site_from_line(line.text)
            if named:
                line.reason = "site_address"
                site = site or named
    if site is None:
        site = site_from_attribution(raw)
    authors, author_line = _authors(lines, title)

    body, offsets = _build_body(raw, lines, title, repairs, scan)
    removed = [RemovedLine(line.text, (line.start, line.end), line.reason)
               for line in lines if line.reason is not None]
    title_text = lines[title].text if title is not None else None
    if title is not None:
        meta["title_line"] = [lines[title].start, lines[title].end]
    if published_line is not None:
        meta["published_line"] = [published_line.start, published_line.end]
    if author_line is not None:
        meta["author_line"] = [author_line.start, author_line.end]
    return CleanResult(body=body, offsets=offsets, removed=removed, title=title_text, authors=authors,
                       published=published, site=site, meta=meta, raw=raw)
