"""HTML → plain text with trafilatura (precision mode, no comments), under a time limit.

The text keeps one paragraph per line so that it goes through the same line
classifier as crawled text; the page title (when trafilatura finds one) is put
on the first line so that `clean_page` sees it as the headline.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Any


class HtmlExtractionError(Exception):
    """The HTML could not be turned into text."""


class HtmlTimeout(HtmlExtractionError):
    """Extraction took longer than the page's time limit."""


# After the limit the alarm keeps firing at this interval until the block ends: a raise
# that lands inside a gc callback, a __del__ or a library's `except Exception` is lost,
# and the next one must still stop the page.
_REPEAT = 0.05


@contextmanager
def _time_limit(seconds: float):
    # SIGALRM can only interrupt the main thread; elsewhere the limit is not enforced
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    state = {"active": True, "fired": False}

    def _expired(signum, frame):
        if not state["active"]:
            return
        state["fired"] = True
        raise HtmlTimeout(f"HTML extraction exceeded {seconds:.1f} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    except HtmlTimeout:
        raise
    except Exception as exc:
        if state["fired"]:  # the interrupted library failed in its own way; the cause is the limit
            raise HtmlTimeout(f"HTML extraction exceeded {seconds:.1f} s") from exc
        raise
    finally:
        while state["active"]:
            # a late alarm may interrupt the clean-up itself; it must still finish
            try:
                state["active"] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
            except HtmlTimeout:
                pass
    if state["fired"]:
        # every raise was swallowed and the block finished: it still ran past its limit
        raise HtmlTimeout(f"HTML extraction exceeded {seconds:.1f} s")


_META_FIELDS = ("title", "author", "date", "sitename", "hostname", "url", "description", "categories", "tags")


def html_to_text(html: str, timeout: float = 5.0, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """(article text, metadata) of an HTML page; metadata holds trafilatura's title, date, author, site.

    Raises HtmlTimeout past `timeout` seconds, HtmlExtractionError when nothing is extracted.
    """
    import trafilatura  # heavy import, only for HTML input

    with _time_limit(timeout):
        try:
            doc = trafilatura.bare_extraction(
                html, url=url, favor_precision=True, include_comments=False, include_tables=True,
                with_metadata=True,
            )
            doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
        except HtmlTimeout:
            raise
        except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
            raise HtmlExtractionError(str(exc)) from exc
    if not doc or not (doc.get("text") or "").strip():
        raise HtmlExtractionError("no article text found")
    meta = {k: doc.get(k) for k in _META_FIELDS if doc.get(k)}
    text = doc["text"].strip()
    title = (meta.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    # one blank line between paragraphs, as crawled pages have
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return text, meta
