import pytest

from xronika.clean import clean_page
from xronika.clean.html import HtmlExtractionError, html_to_text

PAGE = """<html><head><title>Bakı və Tbilisi əməkdaşlığı genişləndirir</title>
<meta property="article:published_time" content="2024-03-11T10:00:00"></head><body>
<nav><a href="/">Ana səhifə</a> <a href="/s">Siyasət</a></nav>
<article><h1>Bakı və Tbilisi əməkdaşlığı genişləndirir</h1>
<p>Azərbaycan və Gürcüstan nəqliyyat sahəsində əməkdaşlığı genişləndirmək barədə razılığa gəliblər.</p>
<p>Bu barədə tərəflər Tbilisidə keçirilən görüşdə bəyan ediblər, sənədlər imzalanıb.</p>
<p>Nazir bildirib ki, yükdaşımaların həcmi ötən il 20 faiz artıb və bu il də artım gözlənilir.</p>
</article><footer>© 2024 Bütün hüquqlar qorunur</footer></body></html>"""


def test_html_to_text_returns_article_and_metadata():
    text, meta = html_to_text(PAGE)
    assert text.splitlines()[0] == "Bakı və Tbilisi əməkdaşlığı genişləndirir"
    assert "yükdaşımaların" in text
    assert "hüquqlar qorunur" not in text
    assert meta["date"].startswith("2024-03-11")
    result = clean_page(text, html_meta=meta)
    assert result.title == "Bakı və Tbilisi əməkdaşlığı genişləndirir"
    assert result.published == "2024-03-11"


def test_empty_html_raises():
    with pytest.raises(HtmlExtractionError):
        html_to_text("<html><body></body></html>")


def _busy(seconds: float) -> None:
    import time

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_time_limit_stops_code_that_swallows_the_first_timeout():
    import signal
    import time

    from xronika.clean.html import HtmlTimeout, _time_limit

    swallowed = []
    start = time.perf_counter()
    with pytest.raises(HtmlTimeout):
        with _time_limit(0.1):
            for _ in range(200):  # the first raise lands where it is lost (a gc callback, a __del__)
                try:
                    _busy(0.01)
                except Exception as exc:
                    if swallowed:
                        raise
                    swallowed.append(exc)
    assert swallowed and time.perf_counter() - start < 1
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_reports_a_block_that_ran_past_its_limit_despite_swallowing_every_raise():
    import signal

    from xronika.clean.html import HtmlTimeout, _time_limit

    with pytest.raises(HtmlTimeout):
        with _time_limit(0.05):
            for _ in range(30):
                try:
                    _busy(0.01)
                except HtmlTimeout:
                    pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    _busy(0.1)  # no alarm is left behind


def test_time_limit_turns_a_failure_after_the_alarm_into_a_timeout():
    from xronika.clean.html import HtmlTimeout, _time_limit

    with pytest.raises(HtmlTimeout):
        with _time_limit(0.05):
            try:
                _busy(1)
            except HtmlTimeout:
                raise ValueError("parser state broken by the interrupt") from None


def test_time_limit_leaves_fast_blocks_alone():
    import signal

    from xronika.clean.html import _time_limit

    with _time_limit(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
