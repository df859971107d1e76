import random
from array import array
from pathlib import Path

import pytest

from xronika.clean.dedup import (
    DedupError,
    DedupIndex,
    DupMatch,
    cluster,
    exact_key,
    normalize_for_hash,
    shingles,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

STORY = (
    "Azərbaycan və Gürcüstan nəqliyyat nazirləri Tbilisidə görüşərək yük daşımalarının artırılması "
    "barədə memorandum imzalayıblar. Sənədə əsasən tərəflər dəmir yolu tariflərini razılaşdıracaq və "
    "sərhəd keçid məntəqələrində gözləmə müddətini azaldacaqlar. Nazirlər bildiriblər ki, gələn il "
    "tranzit yüklərin həcmi iki dəfə artırılmalıdır. Görüşdə Bakı limanının yeni terminalının "
    "imkanları da müzakirə olunub və ekspertlərdən ibarət birgə işçi qrupu yaradılıb."
)
OTHER = (
    "Qazaxıstan prezidenti Astanada keçirilən forumda regionda enerji təhlükəsizliyinin "
    "gücləndirilməsi məsələlərinə toxunub. O qeyd edib ki, Xəzər dənizi ilə keçən boru kəmərləri "
    "layihəsinə yeni investorlar cəlb olunacaq. Forumda iyirmidən çox ölkənin nümayəndələri iştirak "
    "edib və bərpa olunan enerji mənbələrinə dair bəyannamə qəbul edilib."
)


def _vocab_page(rng: random.Random, vocab: list[str], words: int) -> str:
    return " ".join(rng.choices(vocab, k=words))


@pytest.mark.parametrize(("text", "expected"), [
    ("İSTANBUL", "istanbul"),
    ("BAKI", "bakı"),
    ("Salam,   dünya!", "salam dünya"),
    ("gediş-gəliş\n«Report»", "gediş gəliş report"),
    ("I\u0307lham", "ilham"),  # decomposed İ
    ("30 gündən 90 günə", "30 gündən 90 günə"),
    ("snake_case ... — ", "snake case"),
])
def test_normalize_for_hash(text, expected):
    assert normalize_for_hash(text) == expected


@pytest.mark.parametrize(("a", "b"), [
    ("Prezident İlham Əliyev", "prezident ilham əliyev!"),
    ("ŞİMAL QAZ", "şimal   qaz"),
    ("Bakı, 5 may.", "BAKI 5 MAY"),
])
def test_exact_key_ignores_case_punctuation_and_spacing(a, b):
    assert exact_key(a) == exact_key(b)
    assert len(exact_key(a)) == 32


def test_exact_key_separates_dotless_i():
    assert exact_key("SIRA") == exact_key("sıra") != exact_key("sira")


@pytest.mark.parametrize(("text", "n", "count"), [
    ("bir iki üç dörd beş altı", 5, 2),
    ("bir iki üç dörd beş altı", 2, 5),
    ("bir iki", 5, 1),
    ("", 5, 0),
    ("bir bir bir bir bir bir bir", 2, 1),
])
def test_shingles(text, n, count):
    assert len(shingles(text, n)) == count


def test_signature_is_deterministic_bytes():
    index = DedupIndex()
    first, second = index.signature(STORY), DedupIndex().signature(STORY)
    assert isinstance(first, bytes) and first == second
    assert len(first) == 5 + 4 * index.num_perm


def test_exact_duplicate_found_first():
    index = DedupIndex()
    assert index.add("a", STORY) is None
    az_upper = STORY.replace("i", "İ").replace("ı", "I").upper()
    match = index.add("b", az_upper.replace(".", " . "))
    assert match == DupMatch("a", "exact", 1.0, 1.0)
    assert len(index) == 2


def test_near_duplicate_reworded_tail():
    index = DedupIndex()
    index.add("a", STORY)
    index.add("x", OTHER)
    reworded = STORY.replace("iki dəfə artırılmalıdır", "xeyli artırılacaq").replace(
        "müzakirə olunub", "nəzərdən keçirilib")
    match = index.add("b", reworded)
    assert match is not None and match.doc_id == "a" and match.kind == "near"
    assert 0.2 <= match.similarity < 1.0


def test_truncated_copy_found_by_containment():
    rng = random.Random(3)
    vocab = [f"söz{i}" for i in range(5000)]
    long_page = _vocab_page(rng, vocab, 600)
    index = DedupIndex()
    index.add("long", long_page)
    match = index.add("short", " ".join(long_page.split()[:150]))
    assert match is not None and match.doc_id == "long"
    assert match.similarity < 0.4 and match.containment >= 0.6


def test_unrelated_pages_do_not_match():
    index = DedupIndex()
    index.add("a", STORY)
    assert index.add("b", OTHER) is None
    assert index.query("tamamilə başqa bir mövzu haqqında qısa qeyd") == []


def test_same_page_ingested_twice_is_not_its_own_duplicate():
    index = DedupIndex()
    index.add("a", STORY)
    assert index.add("a", STORY) is None
    assert len(index) == 1


def test_load_rebuilds_from_stored_rows():
    index = DedupIndex()
    rows = [(doc_id, exact_key(body), index.signature(body)) for doc_id, body in (("a", STORY), ("x", OTHER))]
    rebuilt = DedupIndex()
    rebuilt.load(rows)
    assert len(rebuilt) == 2
    assert [m.doc_id for m in rebuilt.query(STORY)] == ["a"]
    assert rebuilt.query(STORY)[0].kind == "exact"


def test_foreign_signature_is_rejected():
    small = DedupIndex(num_perm=64)
    with pytest.raises(DedupError):
        DedupIndex().query(STORY, small.signature(STORY))


@pytest.mark.parametrize(("pairs", "expected"), [
    ([], []),
    ([("b", "a")], [["a", "b"]]),
    ([("a", "b"), ("c", "d"), ("b", "c")], [["a", "b", "c", "d"]]),
    ([("x", "y"), ("a", "b"), ("y", "z")], [["a", "b"], ["x", "y", "z"]]),
    ([("a", "a")], [["a"]]),
])
def test_cluster(pairs, expected):
    assert cluster(pairs) == expected


def test_synthetic_stream_finds_planted_copies_only():
    rng = random.Random(7)
    vocab = ["".join(rng.choices("abcçdeəfgğhxıijkqlmnoöprsştuüvyz", k=rng.randint(2, 9))) for _ in range(8000)]
    index = DedupIndex()
    pages: list[str] = []
    planted: dict[str, str] = {}
    found: dict[str, str] = {}
    for i in range(1500):
        if i % 50 == 49:
            words = pages[i - 20].split()
            body = " ".join(words[: int(len(words) * 0.8)] + rng.choices(vocab, k=8))
            planted[str(i)] = str(i - 20)
        else:
            body = _vocab_page(rng, vocab, rng.randint(80, 300))
        pages.append(body)
        match = index.add(str(i), body)
        if match:
            found[str(i)] = match.doc_id
    assert found == planted


def test_corpus_pairs_only_the_republished_story():
    pages = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    if not pages:
        pytest.skip("shared corpus not available")
    index = DedupIndex()
    pairs = set()
    for page in pages:
        match = index.add(page.stem, page.read_text(encoding="utf-8"))
        if match:
            pairs.add(frozenset((page.stem, match.doc_id)))
    assert pairs == {frozenset(("013", "064"))}


@pytest.mark.parametrize("body", [STORY, OTHER, "Bir iki üç", "", "...", "한국 대표단 Bakıya gəlib və görüşüb, 한국어 dili",
                                  "İSTANBUL — Straße ﬁnal 😀 x_y " * 3, "bir \ud800 iki üç dörd beş"])
def test_signature_is_the_minhash_of_the_str_shingles(body):
    from xronika.clean.dedup import _HEADER, _minhash_backend

    index = DedupIndex()
    items = shingles(body)
    minima_of = _minhash_backend(index.num_perm, index.seed)[0]
    expected = minima_of(items) if items else [0] * index.num_perm
    signature = index.signature(body)
    assert _HEADER.unpack_from(signature)[1] == len(items)
    assert list(array("I", signature[_HEADER.size:])) == expected
