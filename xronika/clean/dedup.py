"""Exact and near-duplicate detection, incremental, with a state that can be stored.

Exact duplicates share the hash of the normalised body. Near duplicates (the
same story republished by another outlet: reworded, truncated, paragraphs
repeated) are found with MinHash over word shingles, banded LSH for
candidates, and verification by the estimated Jaccard similarity or, for a
truncated copy of a longer article, by the estimated overlap coefficient
|A∩B| / min(|A|, |B|).

Parameters (measured on the raw dev + seed pages, 28 pages, exact shingle sets):

* shingle = 4 words. The true republished pair has Jaccard 0.35 (overlap 0.52)
  at 4-grams; the highest pair of different articles (same topic, same week)
  has 0.051 (overlap 0.115). 5-grams give 0.32 vs 0.046, 3-grams 0.40 vs 0.055:
  the ratio is about the same, but short news pages have ~150 words and a
  reworded republication breaks long shingles, so 4 keeps the true pair's
  similarity highest relative to the estimator's noise while common 3-word
  news phrases ("xəbər verir ki") do not yet count.
* num_perm = 192: the standard error of the Jaccard estimate at J = 0.35 is
  sqrt(J(1-J)/192) = 0.034, so the threshold below sits 4.4 sigma under the
  true pair and 8 sigma over the highest false pair.
* threshold = 0.2 (estimated Jaccard), containment = 0.6 (estimated overlap
  coefficient, only when the shorter page has >= MIN_SHINGLES shingles).
* bands: 96 bands of 2 rows, and a page is a candidate only when it shares at
  least MIN_BAND_HITS = 2 bands with the query. Shared bands are Poisson with
  mean 96 J^2: a candidate with probability 0.94 at J = 0.22 (a reworded,
  truncated republication), 0.99 at J = 0.3, but only 0.025 at J = 0.05, the
  similarity of two unrelated pages on one topic. One shared band (the first
  setting) made 15 % of such pairs candidates, and the benchmark's ingest grew
  quadratically with the corpus. Rows = 3 would miss truncated copies (0.63 at
  J = 0.25). Every candidate is verified on all its minima (their low 16 bits:
  dedup_arrays.kept_minima).
* a band value shared by many pages (a template's, or its stock phrases') offers a lookup only the
  oldest 16 pages of the oldest run where they crowd its bucket (dedup_arrays.BUCKET_OFFERS). On
  generated pages, whose template phrases crowd such buckets, the lookups of 300k pages took 26 s
  instead of 177 and found the same duplicates but 5 of 14,822, each an unrelated page at J = 0.20-0.21
  (none a planted copy); at 100k, 6.5 s instead of 22 and the same 4,962.

With MinHash estimates (seed 42) the true pair scores 0.36 (over seeds 1..7: 0.30-0.41)
and the highest false pair 0.055 (at most 0.07 over those seeds).

Memory: an indexed page costs its minima (2 * 192 bytes: their low 16 bits) and shingle count
in one numpy array each, 4 bytes per band in bucket arrays, and ~64 bytes for its exact key, id
and hash table slots: ~840 bytes (dedup_arrays.py), i.e. ~0.84 GB per million pages (one dict
entry per band cost ~9.5 KB). Past that, keep the buckets in storage (band value -> doc) instead.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from xronika.clean.words import folded_words

if TYPE_CHECKING:
    from xronika.clean.dedup_arrays import BandIndex, FirstCopies

DEFAULT_NUM_PERM = 192
DEFAULT_THRESHOLD = 0.2
DEFAULT_CONTAINMENT = 0.6
DEFAULT_SHINGLE = 4
ROWS_PER_BAND = 2
MIN_BAND_HITS = 2
# below this many shingles a page is too short for a similarity estimate to mean anything
MIN_SHINGLES = 8
# more candidates than this are screened with numpy before the exact test; fewer cost less in a loop
_SCREEN_FROM = 24
# pages whose near-duplicate lookups `add_many` makes at once: each compares its query with the newest
# (not yet indexed) pages, up to RECENT plus these, as one (pages, pages, bands) array
ADD_BATCH = 64

# signature layout: backend tag (1 byte), shingle count (u32), num_perm x u32 minima; little-endian
_HEADER = struct.Struct("<cI")
_RENSA, _DATASKETCH = b"R", b"D"


class DedupError(ValueError):
    """A signature that does not fit this index (other backend, other num_perm, corrupt)."""


@dataclass
class DupMatch:
    doc_id: str
    kind: str  # 'exact' or 'near'
    similarity: float  # estimated Jaccard; 1.0 for exact
    containment: float = 1.0  # estimated |A∩B| / min(|A|, |B|)


def _nfc(body: str) -> str:
    return body if unicodedata.is_normalized("NFC", body) else unicodedata.normalize("NFC", body)


def normalize_for_hash(body: str) -> str:
    """Casefold the Azerbaijani way (İ->i, I->ı), drop punctuation, collapse whitespace."""
    return " ".join(folded_words(_nfc(body)).words)


# the last body asked for and its normalised text in UTF-8: the exact key hashes it, the signature's
# shingles are cut from it
_last_utf8: tuple[str, bytes] = ("", b"")


def _normalized_utf8(body: str) -> bytes:
    """normalize_for_hash(body) in UTF-8, as the exact key has always hashed it."""
    global _last_utf8
    last = _last_utf8
    if last[0] is body:
        return last[1]
    data = normalize_for_hash(body).encode("utf-8", "surrogatepass")
    _last_utf8 = (body, data)
    return data


@lru_cache(maxsize=64)  # the worker's index stage and the single writer's add() may each ask for one body's key
def exact_key(body: str) -> str:
    return hashlib.blake2b(_normalized_utf8(body), digest_size=16).hexdigest()


def _shingles_of_words(words: Sequence[str], n: int) -> set[str]:
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[k:] for k in range(n)), strict=False)))


def shingles(body: str, n: int = DEFAULT_SHINGLE) -> set[str]:
    """Word n-grams of the normalised body (a page shorter than n words is one shingle)."""
    # the words of normalize_for_hash(body), without joining and splitting them again
    return _shingles_of_words(folded_words(_nfc(body)).words, n)


def _utf8_shingles(body: str, n: int) -> set[bytes]:
    """`shingles(body, n)` in UTF-8 (a MinHash of the encoded shingles is the MinHash of the shingles), cut
    from the encoded normalised text: the words are not encoded one by one. Its words are letters and digits
    only, never a lone surrogate, so its UTF-8 is the strict one."""
    data = _normalized_utf8(body)
    if not data:
        return set()
    words = data.split(b" ")  # the normalised text has one space between words and none around
    if len(words) < n:
        return {data}
    return set(map(b" ".join, zip(*(words[k:] for k in range(n)), strict=False)))


@lru_cache(maxsize=8)
def _minhash_backend(num_perm: int, seed: int):
    """Returns a function shingle-set -> list of num_perm u32 minima, and its tag."""
    try:
        import rensa

        probe = rensa.RMinHash(num_perm, seed)
        probe.update(["probe"])
        if len(probe.digest()) != num_perm:
            raise ImportError("rensa digest has an unexpected length")

        def rensa_minima(items: set[str] | set[bytes]) -> list[int]:
            sketch = rensa.RMinHash(num_perm, seed)
            sketch.update(items)  # any iterable; a str token is hashed as its UTF-8 bytes
            return sketch.digest()

        return rensa_minima, _RENSA
    except ImportError:
        from datasketch import MinHash  # only when rensa is unusable

        def datasketch_minima(items: set[str] | set[bytes]) -> list[int]:
            sketch = MinHash(num_perm=num_perm, seed=seed)
            sketch.update_batch([item if isinstance(item, bytes) else item.encode("utf-8") for item in items])
            return [int(v) & 0xFFFFFFFF for v in sketch.hashvalues]

        return datasketch_minima, _DATASKETCH


@lru_cache(maxsize=64)  # the worker's index stage and the single writer may each ask for one body's signature
def _signature(body: str, shingle: int, num_perm: int, seed: int) -> bytes:
    minima_of, tag = _minhash_backend(num_perm, seed)
    items = _utf8_shingles(body, shingle)
    minima = array("I", minima_of(items)) if items else array("I", bytes(4 * num_perm))
    if sys.byteorder == "big":
        minima.byteswap()
    return _HEADER.pack(tag, len(items)) + minima.tobytes()


def _estimates_from_equal(equal: int, num_perm: int, size_a: int, size_b: int) -> tuple[float, float]:
    jaccard = equal / num_perm
    smaller = min(size_a, size_b)
    if not smaller:
        return jaccard, 0.0
    intersection = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return jaccard, min(1.0, intersection / smaller)


class DedupIndex:
    """Incremental duplicate index; rebuild it from stored (doc_id, exact_key, signature) rows."""

    def __init__(self, num_perm: int = DEFAULT_NUM_PERM, threshold: float = DEFAULT_THRESHOLD,
                 shingle: int = DEFAULT_SHINGLE, seed: int = 42, containment: float = DEFAULT_CONTAINMENT) -> None:
        if num_perm % ROWS_PER_BAND:
            raise ValueError(f"num_perm must be a multiple of {ROWS_PER_BAND}")
        self.num_perm = num_perm
        self.threshold = threshold
        self.containment = containment
        self.shingle = shingle
        self.seed = seed
        self._tag = _minhash_backend(num_perm, seed)[1]
        self._signature_size = _HEADER.size + 4 * num_perm
        # made on first use (they need numpy): the workers' index only signs pages
        self._pages = None  # BandIndex: minima and band buckets of the pages LSH compares
        self._first = None  # FirstCopies: exact key -> the first page's doc id
        self._entry_of_page = array("I")  # BandIndex page -> its FirstCopies entry (the doc id)
        self._count = 0

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """Bytes the index's arrays and buffers hold (what it costs beyond the Python objects)."""
        if self._pages is None:
            return 0
        return self._pages.nbytes + self._first.nbytes + sys.getsizeof(self._entry_of_page)

    def _storage(self) -> tuple[BandIndex, FirstCopies]:
        if self._pages is None:
            from xronika.clean.dedup_arrays import BandIndex, FirstCopies

            self._pages = BandIndex(self.num_perm, ROWS_PER_BAND, MIN_BAND_HITS)
            self._first = FirstCopies()
        return self._pages, self._first

    def signature(self, body: str) -> bytes:
        return _signature(body, self.shingle, self.num_perm, self.seed)

    def _check(self, signature: bytes) -> None:
        if len(signature) != self._signature_size or signature[:1] != self._tag:
            raise DedupError("signature was made by another backend or with another num_perm")

    def _near(self, signature: bytes, exclude: str | None) -> list[DupMatch]:
        size = _HEADER.unpack_from(signature)[1]
        if size < MIN_SHINGLES:
            return []
        pages = self._storage()[0]
        candidates, equal = pages.candidates(pages.minima_of(signature))
        return self._verified(size, candidates, equal, exclude)

    def _verified(self, size: int, candidates, equal, exclude: str | None) -> list[DupMatch]:
        """The near duplicates among a page's candidates (with their equal minima), best first."""
        if not len(candidates):
            return []
        import numpy as np  # here, not at the top: only the process holding the index needs it

        pages, first = self._storage()
        other_sizes = pages.sizes.data.take(candidates)
        if len(candidates) > _SCREEN_FROM:
            # _estimates_from_equal over all candidates at once; with a margin, so that it alone decides below
            jaccard = equal / self.num_perm
            sizes = other_sizes.astype(np.float64)
            overlap = np.minimum(1.0, jaccard * (sizes + size) / (1.0 + jaccard) / np.minimum(sizes, size))
            near = (jaccard >= self.threshold - 1e-9) | (overlap >= self.containment - 1e-9)
            candidates, equal, other_sizes = candidates[near], equal[near], other_sizes[near]
        matches = []
        for page, same, other_size in zip(candidates.tolist(), equal.tolist(), other_sizes.tolist(), strict=True):
            jaccard, overlap = _estimates_from_equal(same, self.num_perm, size, other_size)
            contained = overlap >= self.containment and min(size, other_size) >= MIN_SHINGLES
            if jaccard >= self.threshold or contained:
                doc_id = first.doc_id(self._entry_of_page[page])
                if doc_id != exclude:
                    matches.append(DupMatch(doc_id, "near", round(jaccard, 4), round(overlap, 4)))
        matches.sort(key=lambda m: (-m.similarity, -m.containment, m.doc_id))
        return matches

    def query(self, body: str, signature: bytes | None = None) -> list[DupMatch]:
        """All registered pages this body duplicates, best first (the exact one leads)."""
        signature = signature or self.signature(body)
        self._check(signature)
        entry = self._storage()[1].find(bytes.fromhex(exact_key(body)))
        first = self._first.doc_id(entry) if entry >= 0 else None
        matches = [DupMatch(first, "exact", 1.0, 1.0)] if first is not None else []
        return matches + [m for m in self._near(signature, None) if m.doc_id != first]

    def add(self, doc_id: str, body: str, signature: bytes | None = None,
            exact: str | None = None) -> DupMatch | None:
        """Register a page; returns the best earlier page it duplicates, or None."""
        return self.add_many([(doc_id, body, signature, exact)])[0]

    def add_many(self, pages: Iterable[tuple[str, str, bytes | None, str | None]]) -> list[DupMatch | None]:
        """`add(doc_id, body, signature, exact)` of each page in turn (a page may duplicate one before it
        in the same call), the near-duplicate lookups of up to ADD_BATCH pages made at once."""
        pages = list(pages)
        found: list[DupMatch | None] = []
        for start in range(0, len(pages), ADD_BATCH):
            found.extend(self._add_batch(pages[start:start + ADD_BATCH]))
        return found

    def _add_batch(self, batch: list[tuple[str, str, bytes | None, str | None]]) -> list[DupMatch | None]:
        import numpy as np

        rows = []
        for doc_id, body, signature, exact in batch:  # all checked before any is registered
            signature = signature or self.signature(body)
            self._check(signature)
            rows.append((doc_id, _key_bytes(exact or exact_key(body)), signature))
        pages, first = self._storage()
        found: list[DupMatch | None] = [None] * len(rows)
        asking: list[tuple[int, int]] = []  # (row, its page number): it sees the pages before its own
        for row, (doc_id, key, signature) in enumerate(rows):
            entry = first.find(key)
            if entry >= 0:  # an exact copy comes before any near one, so it is the best match
                copy_of = first.doc_id(entry)
                if copy_of != doc_id:  # else the same page ingested again: nothing to register
                    self._register(doc_id, key, signature, known=True)
                    found[row] = DupMatch(copy_of, "exact", 1.0, 1.0)
                continue
            page = self._register(doc_id, key, signature, known=False)
            if page is not None:  # shorter pages are neither compared nor kept for comparison
                asking.append((row, page))
        if asking:
            numbers = np.array([page for _, page in asking])
            queries, candidates, equal = pages.candidates_many(pages.minima.data.take(numbers, axis=0), numbers)
            bounds = queries.searchsorted(np.arange(len(asking) + 1))
            for k, (row, page) in enumerate(asking):
                lo, hi = bounds[k], bounds[k + 1]
                near = self._verified(int(pages.sizes.data[page]), candidates[lo:hi], equal[lo:hi], rows[row][0])
                found[row] = near[0] if near else None
            pages.index_due()
        return found

    def _register(self, doc_id: str, key: bytes, signature: bytes, known: bool) -> int | None:
        """Count a page and keep a new key; returns its page number when its minima are kept for comparison."""
        self._count += 1
        if known:
            return None  # the first copy already stands for it in the LSH buckets
        pages, first = self._storage()
        entry = first.add(key, doc_id)
        size = _HEADER.unpack_from(signature)[1]
        if size < MIN_SHINGLES:
            return None
        self._entry_of_page.append(entry)
        return pages.append(pages.minima_of(signature), size)

    def load(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Rebuild from stored rows (doc_id, exact_key hex, signature) without comparing them."""
        pages, first = self._storage()
        try:
            for doc_id, key, signature in rows:
                self._check(signature)
                key = _key_bytes(key)
                self._register(doc_id, key, signature, known=first.find(key) >= 0)
        finally:
            pages.index_all()  # each run built once, not merged up page by page


def _key_bytes(key: str) -> bytes:
    raw = bytes.fromhex(key)
    if len(raw) != 16:
        raise DedupError("an exact key is 32 hex digits (exact_key's blake2b digest)")
    return raw


def cluster(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Union-find over matched pairs -> clusters with sorted members, sorted by first member."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    return sorted(sorted(members) for members in groups.values())
