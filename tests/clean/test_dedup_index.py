"""The array-backed DedupIndex decides exactly as the plain definition: candidates share >= MIN_BAND_HITS
band values, verification on the minima kept (their low 16 bits), the best match first; loading rows equals
adding pages."""

import random
import struct
import sys
import tracemalloc
from array import array
from collections import Counter

import numpy as np
import pytest

from xronika.clean import dedup_arrays
from xronika.clean.dedup import (
    DEFAULT_CONTAINMENT,
    DEFAULT_THRESHOLD,
    MIN_BAND_HITS,
    MIN_SHINGLES,
    DedupIndex,
    DupMatch,
    _estimates_from_equal,
)
from xronika.clean.dedup_arrays import BandIndex, FirstCopies, GrowingArray

NUM_PERM = 192
BANDS = NUM_PERM // 2


@pytest.fixture(params=["default", "small runs"])
def layout(request, monkeypatch):
    """Small RECENT and LARGEST_RUN put a few hundred pages through every level of runs, merges and full runs."""
    if request.param == "small runs":
        monkeypatch.setattr(dedup_arrays, "RECENT", 8)
        monkeypatch.setattr(dedup_arrays, "LARGEST_RUN", 64)
    return request.param


def _signature(tag: bytes, minima: list[int], size: int) -> bytes:
    return tag + struct.pack("<I", size) + array("I", minima).tobytes()


class Reference:
    """The index's rules written plainly: every earlier page is compared band by band, on the low 16 bits
    of its minima."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.pages: list[tuple[str, list[int], int]] = []
        self.by_band: dict[tuple[int, int, int], list[int]] = {}

    def add(self, doc_id: str, key: str, minima: list[int], size: int) -> DupMatch | None:
        first = self.first.get(key)
        if first == doc_id:
            return None
        matches = [DupMatch(first, "exact", 1.0, 1.0)] if first is not None else []
        minima = [m & 0xFFFF for m in minima]
        if size >= MIN_SHINGLES:
            shared = Counter(page for b in range(BANDS)
                             for page in self.by_band.get((b, minima[2 * b], minima[2 * b + 1]), ()))
            near = []
            for page in (p for p, n in shared.items() if n >= MIN_BAND_HITS):
                other_id, other, other_size = self.pages[page]
                equal = sum(a == b for a, b in zip(minima, other, strict=True))
                jaccard, overlap = _estimates_from_equal(equal, NUM_PERM, size, other_size)
                contained = overlap >= DEFAULT_CONTAINMENT and min(size, other_size) >= MIN_SHINGLES
                if (jaccard >= DEFAULT_THRESHOLD or contained) and other_id != doc_id:
                    near.append(DupMatch(other_id, "near", round(jaccard, 4), round(overlap, 4)))
            near.sort(key=lambda m: (-m.similarity, -m.containment, m.doc_id))
            matches += [m for m in near if m.doc_id != first]
        if first is None:
            self.first[key] = doc_id
            if size >= MIN_SHINGLES:
                for b in range(BANDS):
                    self.by_band.setdefault((b, minima[2 * b], minima[2 * b + 1]), []).append(len(self.pages))
                self.pages.append((doc_id, minima, size))
        return matches[0] if matches else None


def _stream(n: int, seed: int = 5):
    """(doc_id, exact key, minima, shingle count): new pages, near copies (reworded or truncated: a share
    of the minima kept), exact copies, pages too short to compare, and a page id ingested twice."""
    rng = random.Random(seed)
    pages: list[tuple[str, str, list[int], int]] = []
    for i in range(n):
        kind = rng.random()
        if pages and kind < 0.25:  # near copy: Jaccard around the 0.2 threshold, or a truncated copy
            _, _, base, base_size = rng.choice(pages)
            keep = rng.choice((0.12, 0.18, 0.22, 0.3, 0.5))
            minima = [v if rng.random() < keep else rng.getrandbits(32) for v in base]
            size = rng.choice((base_size, max(MIN_SHINGLES, base_size // 6)))
            page = (f"p{i}", f"{rng.getrandbits(128):032x}", minima, size)
        elif pages and kind < 0.3:  # exact copy under another id
            _, key, minima, size = rng.choice(pages)
            page = (f"p{i}", key, minima, size)
        elif pages and kind < 0.32:  # the same page again
            page = rng.choice(pages)
        else:  # a new page; a few of them too short to compare
            size = rng.randint(1, MIN_SHINGLES - 1) if kind > 0.97 else rng.randint(40, 600)
            page = (f"p{i}", f"{rng.getrandbits(128):032x}", [rng.getrandbits(32) for _ in range(NUM_PERM)], size)
        pages.append(page)
        yield page


def _largest_bucket(pages: BandIndex) -> int:
    """The most pages one bucket of a run holds: the reference, which has no cap, applies while it is
    at most BUCKET_OFFERS."""
    bounds = pages._bounds.data[:pages._bounds.size].astype(np.int64)
    largest, at = 0, 0
    for _, size in pages._runs:
        per_band = size // dedup_arrays.PAGES_PER_BUCKET + 1
        run = bounds[at:at + pages.bands * per_band].reshape(pages.bands, per_band)
        largest = max(largest, int(np.diff(run, axis=1).max()))
        at += pages.bands * per_band
    return largest


def test_add_decides_as_the_plain_definition(layout):
    index, reference = DedupIndex(), Reference()
    kinds = Counter()
    for doc_id, key, minima, size in _stream(700):
        got = index.add(doc_id, "", _signature(index._tag, minima, size), key)
        assert got == reference.add(doc_id, key, minima, size), doc_id
        kinds[got.kind if got else None] += 1
        if got and got.kind == "near":
            kinds["contained" if got.similarity < DEFAULT_THRESHOLD else "similar"] += 1
    assert kinds["exact"] > 10 and kinds["similar"] > 10 and kinds["contained"] > 10 and kinds[None] > 100
    assert 0 < _largest_bucket(index._pages) <= dedup_arrays.BUCKET_OFFERS


@pytest.mark.parametrize("batch", [1, 7, 64, 300])
@pytest.mark.parametrize("key_bits", [32, 8])  # 8: the (query, page) keys outgrow a u32 and are 64-bit
def test_add_many_decides_as_adding_one_page_at_a_time(layout, batch, key_bits, monkeypatch):
    # copies of pages in the same call, ids seen twice in one call, batches that cross the indexing of runs
    monkeypatch.setattr(dedup_arrays, "_SHORT_KEY_BITS", key_bits)
    index, reference = DedupIndex(), Reference()
    stream = list(_stream(700, seed=11))
    got = []
    for start in range(0, len(stream), batch):
        chunk = stream[start:start + batch]
        got += index.add_many([(doc_id, "", _signature(index._tag, minima, size), key)
                               for doc_id, key, minima, size in chunk])
    assert got == [reference.add(*page) for page in stream]
    assert _largest_bucket(index._pages) <= dedup_arrays.BUCKET_OFFERS
    single = DedupIndex()  # the index itself ends as one fed page by page
    for doc_id, key, minima, size in stream:
        single.add(doc_id, "", _signature(index._tag, minima, size), key)
    assert len(index) == len(single) and index._pages._runs == single._pages._runs
    assert (index._pages.minima.data[:len(index._pages)] == single._pages.minima.data[:len(single._pages)]).all()


BODY_WORDS = [f"söz{i}" for i in range(3000)]


def _bodies(rng: random.Random, n: int) -> list[str]:
    """Pages of random words, every fifth a shortened, partly reworded copy of an earlier one."""
    bodies: list[str] = []
    for i in range(n):
        if i % 5 == 4:
            words = rng.choice(bodies).split()
            words = words[: int(len(words) * 0.8)]
            for _ in range(len(words) // 10):
                words[rng.randrange(len(words))] = rng.choice(BODY_WORDS)
            bodies.append(" ".join(words))
        else:
            bodies.append(" ".join(rng.choices(BODY_WORDS, k=rng.randint(60, 200))))
    return bodies


def test_loaded_index_matches_as_the_one_built_by_add(layout):
    from xronika.clean.dedup import exact_key

    rng = random.Random(9)
    bodies = _bodies(rng, 600)
    built = DedupIndex()
    rows = []
    for i, body in enumerate(bodies[:500]):
        built.add(f"d{i}", body)
        rows.append((f"d{i}", exact_key(body), built.signature(body)))
    loaded = DedupIndex()
    loaded.load(rows)
    assert len(loaded) == len(built) == 500
    assert loaded._pages._runs == built._pages._runs
    found = 0
    for body in bodies[500:] + bodies[:50]:  # new pages and copies, then pages both already hold
        assert loaded.query(body) == built.query(body)
        found += bool(built.query(body))
    assert found > 60
    for i, body in enumerate(bodies[500:], start=500):  # both keep indexing alike after the load
        assert loaded.add(f"d{i}", body) == built.add(f"d{i}", body)


def test_candidates_are_pages_sharing_at_least_two_band_values(layout):
    rng = random.Random(2)
    query = [rng.getrandbits(32) for _ in range(NUM_PERM)]
    index = BandIndex(NUM_PERM, 2, MIN_BAND_HITS)
    expected = []
    for page in range(300):
        shared_bands = page % 5  # 0..4 band values in common
        minima = [rng.getrandbits(32) for _ in range(NUM_PERM)]
        bands = rng.sample(range(BANDS), shared_bands + 20)
        for b in bands[:shared_bands]:
            minima[2 * b:2 * b + 2] = query[2 * b:2 * b + 2]
        for b in bands[shared_bands:]:  # one of a band's two minima in common does not make it shared
            row = 2 * b + rng.randrange(2)
            minima[row] = query[row]
        index.append(array("I", minima), 50)
        index.index_due()
        if shared_bands >= MIN_BAND_HITS:
            expected.append(page)
    pages, equal = index.candidates(np.array(query, dtype="<u4"))
    assert pages.tolist() == expected
    kept = dedup_arrays.kept_minima(query)
    assert equal.tolist() == [np.count_nonzero(index.minima.data[p] == kept) for p in expected]


def test_a_value_many_pages_share_offers_its_oldest_pages_only(layout):
    # a few early pages, then every page from 512 on, hold the query's band values (a template that
    # caught on): a lookup is offered the early ones, the BUCKET_OFFERS oldest of the first run where
    # they crowd a bucket, none of the later runs, and the newest pages (not yet in runs) all
    rng = random.Random(6)
    query = [rng.getrandbits(32) for _ in range(NUM_PERM)]
    holds = [i >= 512 or i % 100 == 0 for i in range(1000)]
    index = BandIndex(NUM_PERM, 2, MIN_BAND_HITS)
    for held in holds:
        index.append(array("I", query if held else [rng.getrandbits(32) for _ in range(NUM_PERM)]), 50)
        index.index_due()
    expected = []
    for first, size in index._runs:
        holders = [page for page in range(first, first + size) if holds[page]]
        expected += holders[:dedup_arrays.BUCKET_OFFERS]
        if len(holders) > dedup_arrays.BUCKET_OFFERS:
            break
    expected += [page for page in range(index._indexed, len(index)) if holds[page]]
    pages, equal = index.candidates(np.array(query, dtype="<u4"))
    assert pages.tolist() == expected
    assert expected[:6] == [0, 100, 200, 300, 400, 500] and 512 + dedup_arrays.BUCKET_OFFERS not in expected
    assert equal.tolist() == [NUM_PERM] * len(expected)


def test_pages_of_one_template_are_still_found_among_many(layout):
    # a third of the pages are close copies of one template (Jaccard ~0.4 to each other), the rest
    # unrelated: each copy after the first is a near duplicate of an earlier one, also where more copies
    # share a band value than its bucket offers (in the default layout's run of 1,024 pages)
    rng = random.Random(8)
    template = [rng.getrandbits(32) for _ in range(NUM_PERM)]
    index, copies = DedupIndex(), 0
    for i in range(1500):
        if i % 3 == 0:
            minima = [v if rng.random() < 0.6 else rng.getrandbits(32) for v in template]
        else:
            minima = [rng.getrandbits(32) for _ in range(NUM_PERM)]
        found = index.add(f"p{i}", "", _signature(index._tag, minima, 300), f"{i:032x}")
        assert (found is not None) == (i % 3 == 0 and i > 0), i
        copies += found is not None
    assert copies == 499
    if layout == "default":
        assert _largest_bucket(index._pages) > 5 * dedup_arrays.BUCKET_OFFERS


def test_equal_minima_are_counted_past_255_with_more_permutations(layout):
    # 512 minima: a copy of the query has more equal minima than a byte holds
    rng = random.Random(3)
    query = [rng.getrandbits(32) for _ in range(512)]
    index = BandIndex(512, 2, MIN_BAND_HITS)
    for page in range(40):
        minima = list(query) if page % 4 == 0 else [rng.getrandbits(32) for _ in range(512)]
        index.append(array("I", minima), 50)
        index.index_due()
    pages, equal = index.candidates(np.array(query, dtype="<u4"))
    assert pages.tolist() == list(range(0, 40, 4))
    assert equal.tolist() == [512] * 10


def _random_rows(n: int, tag: bytes, seed: int = 1) -> list[tuple[str, str, bytes]]:
    rng = random.Random(seed)
    return [(f"{rng.getrandbits(80):020x}", f"{rng.getrandbits(128):032x}",
             _signature(tag, [rng.getrandbits(32) for _ in range(NUM_PERM)], rng.randint(20, 400)))
            for _ in range(n)]


def test_index_stays_compact_per_page():
    index = DedupIndex()
    rows = _random_rows(6000, index._tag)
    index.load(rows[:3000])
    at_3000 = index.nbytes
    tracemalloc.start()
    try:
        for doc_id, key, signature in rows[3000:]:
            index.add(doc_id, "", signature, key)
        python_heap = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # per page: minima (u16), shingle count, per band a position (u16), a tag (u8) and a share of a
    # bucket start (u32 per PAGES_PER_BUCKET pages); the exact key, the 20-character id, its end
    # offset, the page's entry number, and at most 4 table slots of 4 bytes
    per_page = (2 * NUM_PERM + 4 + BANDS * (2 + 1 + 4 / dedup_arrays.PAGES_PER_BUCKET)
                + 16 + 20 + 8 + 4 + 16)
    assert per_page < 850
    runs = len(index._pages._runs)
    assert index.nbytes <= 6000 * per_page + runs * BANDS * 4 + 4096
    # growing, too: the pages since (and the pages moved from the newest block into runs)
    assert index.nbytes - at_3000 <= (3000 + dedup_arrays.RECENT) * per_page
    # no Python object per page or per band (one would cost 50+ bytes a page): what the Python heap
    # gained is the flat buffers of keys, ids and entry numbers (traced whole once reallocated), and
    # under 20 bytes a page of anything else
    assert python_heap <= index._first.nbytes + sys.getsizeof(index._entry_of_page) + 3000 * 20


def test_growing_array_keeps_rows_and_refuses_to_move_under_a_view():
    grown = GrowingArray("<u4", (3,))
    for i in range(5000):
        grown.append((i, i + 1, i + 2))
    assert grown.size == 5000 and grown.data[4999].tolist() == [4999, 5000, 5001]
    assert grown.data[:5000, 0].tolist() == list(range(5000))
    view = grown.data[:10]
    with pytest.raises(BufferError):
        grown.reserve(10 * len(grown.data))
    assert grown.data[9].tolist() == [9, 10, 11]  # still usable
    del view
    grown.reserve(10 * len(grown.data))
    assert grown.data[4999].tolist() == [4999, 5000, 5001]


def test_first_copies_finds_every_key_through_rehashing():
    rng = random.Random(4)
    keys = [rng.getrandbits(128).to_bytes(16, "little") for _ in range(5000)]
    first = FirstCopies()
    for i, key in enumerate(keys):
        assert first.find(key) == -1
        assert first.add(key, f"ğ{i}-id") == i
    assert len(first) == 5000
    assert all(first.find(key) == i for i, key in enumerate(keys))
    assert first.doc_id(0) == "ğ0-id" and first.doc_id(4999) == "ğ4999-id"
    assert first.find(bytes(16)) == -1


@pytest.mark.parametrize("copies", [5, 60])  # below and above the count where numpy screens candidates
def test_every_near_match_is_listed_however_many_candidates(copies):
    rng = random.Random(copies)
    base = [rng.getrandbits(32) for _ in range(NUM_PERM)]
    index, stored = DedupIndex(), []
    for i in range(copies):
        keep = rng.choice((0.1, 0.2, 0.35, 0.6))
        minima = [v if rng.random() < keep else rng.getrandbits(32) for v in base]
        size = rng.choice((50, 300))
        index.add(f"c{i}", "", _signature(index._tag, minima, size), f"{i:032x}")
        stored.append((f"c{i}", minima, size))
    expected = []
    for doc_id, minima, size in stored:  # plainly: every stored page sharing two bands, verified
        bands = sum(base[2 * b] == minima[2 * b] and base[2 * b + 1] == minima[2 * b + 1] for b in range(BANDS))
        equal = sum(a == b for a, b in zip(base, minima, strict=True))
        jaccard, overlap = _estimates_from_equal(equal, NUM_PERM, 300, size)
        if bands >= MIN_BAND_HITS and (jaccard >= DEFAULT_THRESHOLD or overlap >= DEFAULT_CONTAINMENT):
            expected.append(DupMatch(doc_id, "near", round(jaccard, 4), round(overlap, 4)))
    expected.sort(key=lambda m: (-m.similarity, -m.containment, m.doc_id))
    assert index.query("", _signature(index._tag, base, 300)) == expected
    assert len(expected) >= copies // 3
