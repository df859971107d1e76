"""The debris line classifier: which pattern group of `xronika.lang.az.debris` a whole line matches.

A line is tried as a lowered whole against one regex with a named group per reason (the first reason
whose pattern matches names the match). Most lines are sentences or have none of the marks the costliest
patterns need, so they are tried by smaller regexes that give the same first reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from xronika.clean.pattern_prefilter import guarded, may_end_with, needs_mark
from xronika.clean.words import split_at
from xronika.lang.az.debris import FOLLOW_CALLS, FOLLOW_NETWORKS, LINE_PATTERNS, SECTION_LABELS


def _classifier(patterns_by_reason: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern, a group per reason (the first reason whose pattern matches names the match); a pattern
    that opens by running over words first looks for a character it needs (pattern_prefilter.guarded)."""
    groups = [f"(?P<{reason}>" + "|".join(f"(?:{guarded(p, re.IGNORECASE)})" for p in patterns) + ")"
              for reason, patterns in patterns_by_reason.items() if patterns]
    return re.compile("|".join(groups) or "(?!)", re.IGNORECASE)


def _sentence_patterns(patterns_by_reason: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    # Most lines that get this far are sentences, ending in ".": only the few patterns that can end with
    # one need to try them, in the same order, so the match is the same.
    return {reason: tuple(p for p in patterns if may_end_with(p, ".", re.IGNORECASE))
            for reason, patterns in patterns_by_reason.items()}


# The costliest patterns (`.{0,60}javascript...` tries every offset; the breadcrumb's guard scans the whole
# line) match only lines holding one of these marks, and nearly no line does: the others are tried
# without them (needs_mark), and only a line with a mark is tried by those too.
_COSTLY_MARKS = ("java", "»", "›", ">")
_MARKED_PATTERNS = {reason: tuple(p for p in patterns if needs_mark(p, _COSTLY_MARKS, re.IGNORECASE))
                    for reason, patterns in LINE_PATTERNS.items()}
_UNMARKED_PATTERNS = {reason: tuple(p for p in patterns if p not in _MARKED_PATTERNS[reason])
                      for reason, patterns in LINE_PATTERNS.items()}
_CLASSIFIERS = (_classifier(_UNMARKED_PATTERNS), _classifier(_sentence_patterns(_UNMARKED_PATTERNS)))
_MARKED_CLASSIFIER = _classifier(_MARKED_PATTERNS)
_REASON_ORDER = {reason: i for i, reason in enumerate(LINE_PATTERNS)}


def _has_costly_mark(lowered: str) -> bool:
    return "java" in lowered or ">" in lowered or "»" in lowered or "›" in lowered


def line_reason(lowered: str, marked: bool) -> str | None:
    """The first reason (in `LINE_PATTERNS` order) with a pattern matching the whole lower-cased line;
    `marked`: the line holds one of `_COSTLY_MARKS`."""
    m = _CLASSIFIERS[lowered[-1:] == "."].fullmatch(lowered)
    reason = None if m is None else m.lastgroup
    if marked:
        costly = _MARKED_CLASSIFIER.fullmatch(lowered)
        if costly is not None and (reason is None or _REASON_ORDER[costly.lastgroup] < _REASON_ORDER[reason]):
            reason = costly.lastgroup
    return reason


def az_lower(text: str) -> str:
    """Lower case with the Azerbaijani dotted/dotless i (`CANLI` → `canlı`, `İ` → `i`)."""
    return text.replace("I", "ı").replace("İ", "i").lower()


_SECTION_WORDS = frozenset(w for label in SECTION_LABELS for w in label.split() if len(w) >= 3 and w != "və")
_MENU_SEPARATORS = "|•·/»,"  # besides whitespace


def is_menu_bar(lowered: str) -> bool:
    """A line made of section names (`Siyasət İqtisadiyyat Cəmiyyət Dünya`)."""
    words = split_at(lowered, _MENU_SEPARATORS)
    if len(words) < 3:
        return False
    return sum(map(_SECTION_WORDS.__contains__, words)) >= 0.6 * len(words)


def is_follow_call(lowered: str) -> bool:
    """A short line naming a social network and asking to follow it (`Bizi Telegram-da izləyin`); plain
    substring tests, far cheaper than a pattern scanning every line for both word lists."""
    return (len(lowered) <= 110 and any(map(lowered.__contains__, FOLLOW_NETWORKS))
            and any(map(lowered.__contains__, FOLLOW_CALLS)))


LONGEST_DEBRIS_LINE = 260


# boilerplate lines (menus, share buttons, related-news headers) come back page after page and stay in
# the cache; article lines never come back, and 65,536 of them held ~26 MB in every worker
@lru_cache(maxsize=8192)
def classify_line(text: str) -> str | None:
    """The debris reason for a whole line matched by a pattern group, else None."""
    if len(text) > LONGEST_DEBRIS_LINE:
        return None
    # single-spaced already unless it holds other whitespace (all unprintable), two spaces or an outer one
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if not text:
        return None
    lowered = az_lower(text)
    if lowered in SECTION_LABELS:
        return "section_label"
    if len(lowered) <= 120 and is_menu_bar(lowered):
        return "menu"
    # text.lower() differs from `lowered` only in its i's: the same marks and last character
    marked = _has_costly_mark(lowered)
    reason = line_reason(lowered, marked)
    if reason is None and "I" in text:
        reason = line_reason(text.lower(), marked)
    if reason != "share_button" and is_follow_call(lowered):
        return "social_follow"
    if reason is None:
        return None
    if reason == "navigation" and "/" in text and not text.isupper():
        # a breadcrumb only when every part is a known section ("Siyasət / Dünya")
        if not all(part.strip() in SECTION_LABELS for part in lowered.split("/")):
            return None
    return reason
