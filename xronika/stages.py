"""The stages of the default pipeline, each a thin wrapper over one library function."""

from __future__ import annotations

from .document import Amount, Document
from .pipeline import Stage

EXTRACT_LANGS = {"az", "tr", "ru", "en", "kk"}


def extractable(doc: Document) -> bool:
    """A language pack exists for the page: Azerbaijani in Cyrillic or Arabic script is stored, not extracted."""
    return doc.lang in EXTRACT_LANGS and doc.meta.get("script") not in ("Cyrl", "Arab")


def home_country(doc: Document) -> str | None:
    """The country whose press this is: first-person words ('ölkəmiz', 'bizə') stand for it."""
    site = (doc.site or "").lower()
    if doc.lang == "az" or site.endswith(".az") or "azer" in site or "baku" in site:
        return "AZ"
    return None


class CleanStage(Stage):
    name = "clean"

    def setup(self) -> None:
        from . import clean  # noqa: F401 - patterns and word lists load on import

    def process(self, doc: Document) -> Document | None:
        from .clean import clean_page

        html_meta = {k[5:]: v for k, v in doc.meta.items() if k.startswith("html_")} or None
        res = clean_page(doc.raw, doc.url, html_meta=html_meta)
        if res.meta.get("raw_repaired"):
            doc.raw = res.raw  # offsets and removed lines point into the repaired text
        doc.body, doc.offsets, doc.removed = res.body, res.offsets, res.removed
        doc.title, doc.authors, doc.published = res.title, res.authors, res.published
        doc.site = res.site or doc.site
        doc.meta.update(res.meta)
        self.count("lines_removed", len(res.removed))
        if not doc.body.strip():
            self.drop("empty_after_cleaning")
            return None
        return doc


class LanguageStage(Stage):
    name = "language"

    def setup(self) -> None:
        from .lang import detect  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .lang.detect import detect_language

        res = detect_language(doc.body)
        doc.lang, doc.lang_confidence, doc.mixed_lang = res.lang, res.confidence, res.mixed
        if res.script:
            doc.meta["script"] = res.script
        self.count(f"lang:{res.lang}")
        return doc


class QualityStage(Stage):
    """Marks pages that are not articles; never drops them."""

    name = "quality"

    def process(self, doc: Document) -> Document:
        from .clean.quality import assess

        q = assess(doc.body, doc.lang)
        doc.quality = {"is_article": q.is_article, "score": round(q.score, 3), "reasons": q.reasons}
        self.count("articles" if q.is_article else "not_articles")
        return doc


class SentenceStage(Stage):
    name = "sentences"

    def setup(self) -> None:
        from .lang import segment  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .lang.segment import split_sentences

        doc.sentences = split_sentences(doc.body, doc.lang or "az")
        self.count("sentences", len(doc.sentences))
        return doc


class DatesStage(Stage):
    name = "dates"

    def setup(self) -> None:
        from .lang import dates  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .lang.dates import find_dates

        if extractable(doc):
            doc.dates = find_dates(doc.body, anchor=doc.published, lang=doc.lang or "az")
            self.count("dates", len(doc.dates))
        return doc


class AmountsStage(Stage):
    """Every quantity is kept (figures need counts, tonnes, percentages); money is the amounts layer."""

    name = "amounts"

    def setup(self) -> None:
        from .lang import numbers  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .lang.numbers import SUPPORTED_LANGS, find_quantities

        if not extractable(doc):
            return doc
        quantities = find_quantities(doc.body, doc.lang if doc.lang in SUPPORTED_LANGS else "az")
        doc.scratch["quantities"] = quantities
        doc.amounts = [Amount(value=q.value, unit=q.unit or "count", span=(q.start, q.end), text=q.text,
                              approx=q.approx, high=q.high, kind=q.kind) for q in quantities if q.kind != "ordinal"]
        self.count("money", sum(1 for a in doc.amounts if a.kind == "money"))
        return doc


class EntitiesStage(Stage):
    name = "entities"

    def __init__(self) -> None:
        super().__init__()
        self._recognizer = None

    def setup(self) -> None:
        from .extract.entities import EntityRecognizer

        if self._recognizer is None:
            self._recognizer = EntityRecognizer()

    def process(self, doc: Document) -> Document:
        if not extractable(doc):
            return doc
        self.setup()
        res = self._recognizer.find(doc.body, extra_people=doc.authors, on=doc.published, lang=doc.lang or "az")
        doc.entities = res.entities
        doc.scratch["mentions"] = res.mentions
        doc.scratch["folded"] = res.folded  # the page folded once, for the event and figure rules
        self.count("entities", len(doc.entities))
        return doc


class EventsStage(Stage):
    name = "events"

    def setup(self) -> None:
        from .extract import events  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .extract.context import PageParties
        from .extract.events import EventExtractor

        if not extractable(doc):
            return doc
        # the parties of the page's sentences, made once for the event rules and the figure rules
        page = doc.scratch["parties"] = PageParties(doc.body, doc.scratch.get("mentions", []), home_country(doc),
                                                    doc.scratch.get("folded"))
        doc.events = EventExtractor(page.home).extract(
            doc.body, doc.sentences, doc.scratch.get("mentions", []), doc.dates, doc.published, page)
        self.count("events", len(doc.events))
        return doc


class FiguresStage(Stage):
    name = "figures"

    def setup(self) -> None:
        from .extract import figures  # noqa: F401

    def process(self, doc: Document) -> Document:
        from .extract.figures import FigureExtractor

        if not extractable(doc):
            return doc
        doc.figures = FigureExtractor(home_country(doc)).extract(
            doc.body, doc.sentences, doc.scratch.get("mentions", []), doc.scratch.get("quantities", []), doc.dates,
            doc.scratch.get("parties"))
        for key in ("mentions", "quantities", "folded", "parties"):  # working state stays inside the worker
            doc.scratch.pop(key, None)
        self.count("figures", len(doc.figures))
        return doc


class IndexStage(Stage):
    """What the store's single writer needs, computed in the workers: dedup keys, search lemmas and what
    consolidation compares events by."""

    name = "index"

    def __init__(self, lemmas: bool = True) -> None:
        super().__init__()
        self._dedup = None
        self.lemmas = lemmas

    def setup(self) -> None:
        from .clean.dedup import DedupIndex
        from .search_terms import known_names

        if self._dedup is None:
            self._dedup = DedupIndex()
        if self.lemmas:
            known_names()

    def process(self, doc: Document) -> Document:
        from .clean.dedup import exact_key
        from .consolidate.evidence import event_evidence
        from .search_terms import lemma_text

        self.setup()
        doc.scratch["dedup"] = (exact_key(doc.body), self._dedup.signature(doc.body))
        if self.lemmas:
            doc.scratch["lemmas"] = lemma_text(doc.body) if doc.lang == "az" and extractable(doc) else ""
        if doc.events:
            doc.scratch["event_evidence"] = event_evidence(doc)
        return doc


def default_pipeline() -> list[Stage]:
    """The full pipeline, as a plain list."""
    return [CleanStage(), LanguageStage(), QualityStage(), SentenceStage(), DatesStage(), AmountsStage(),
            EntitiesStage(), EventsStage(), FiguresStage(), IndexStage()]


def cleaning_pipeline(quality: bool = True) -> list[Stage]:
    """Cleaning, language, the quality verdict (unless `quality=False`) and the dedup keys (what the cleaning
    benchmark measures)."""
    return [CleanStage(), LanguageStage(), *([QualityStage()] if quality else []), IndexStage(lemmas=False)]
