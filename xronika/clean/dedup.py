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
  J = 0.25). Every candidate is verified on the full signature.

With MinHash estimates (seed 42) the true pair scores 0.36 (over seeds 1..7: 0.30-0.41)
and the highest false pair 0.055 (at most 0.07 over those seeds).

Memory: a page costs its signature (5 + 4 * 192 = 773 bytes plus the bytes object)
and 96 bucket entries in one dict (a 64-bit int key and a slot each): 5.2 KB per
indexed page was measured with tracemalloc at 128 permutations / 64 bands, so about
7.5 KB at 192 / 96, i.e. ~7.5 GB per million pages. Past that, keep the buckets in storage (band_key -> doc) instead.
"""

from __future__ import annotations

import hashlib
import operator
import struct
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import repeat

from xronika.clean.words import folded_words

DEFAULT_NUM_PERM = 192
DEFAULT_THRESHOLD = 0.2
DEFAULT_CONTAINMENT = 0.6
DEFAULT_SHINGLE = 4
ROWS_PER_BAND = 2
MIN_BAND_HITS = 2
# below this many shingles a page is too short for a similarity estimate to mean anything
MIN_SHINGLES = 8

# signature layout: backend tag (1 byte), shingle count (u32), num_perm x u32 minima; little-endian
_HEADER = struct.Struct("<cI")
_RENSA, _DATASKETCH = b"R", b"D"
_MASK64 = (1 << 64) - 1


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


@lru_cache(maxsize=64)  # the worker's index stage and the single writer's add() may each ask for one body's key
def exact_key(body: str) -> str:
    return hashlib.blake2b(normalize_for_hash(body).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _shingles_of_words(words: Sequence[str], n: int) -> set[str]:
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[k:] for k in range(n)), strict=False)))


def shingles(body: str, n: int = DEFAULT_SHINGLE) -> set[str]:
    """Word n-grams of the normalised body (a page shorter than n words is one shingle)."""
    # the words of normalize_for_hash(body), without joining and splitting them again
    return _shingles_of_words(folded_words(_nfc(body)).words, n)


@lru_cache(maxsize=8)
def _minhash_backend(num_perm: int, seed: int):
    """Returns a function shingle-set -> list of num_perm u32 minima, and its tag."""
    try:
        import rensa

        probe = rensa.RMinHash(num_perm, seed)
        probe.update(["probe"])
        if len(probe.digest()) != num_perm:
            raise ImportError("rensa digest has an unexpected length")

        def rensa_minima(items: set[str]) -> list[int]:
            sketch = rensa.RMinHash(num_perm, seed)
            sketch.update(list(items))
            return sketch.digest()

        return rensa_minima, _RENSA
    except ImportError:
        from datasketch import MinHash  # only when rensa is unusable

        def datasketch_minima(items: set[str]) -> list[int]:
            sketch = MinHash(num_perm=num_perm, seed=seed)
            sketch.update_batch([item.encode("utf-8") for item in items])
            return [int(v) & 0xFFFFFFFF for v in sketch.hashvalues]

        return datasketch_minima, _DATASKETCH


@lru_cache(maxsize=64)  # the worker's index stage and the single writer may each ask for one body's signature
def _signature(body: str, shingle: int, num_perm: int, seed: int) -> bytes:
    minima_of, tag = _minhash_backend(num_perm, seed)
    items = shingles(body, shingle)
    minima = array("I", minima_of(items)) if items else array("I", bytes(4 * num_perm))
    if sys.byteorder == "big":
        minima.byteswap()
    return _HEADER.pack(tag, len(items)) + minima.tobytes()


def _lane_masks(num_perm: int) -> tuple[int, int]:
    """Masks over a signature's minima read as one little-endian integer: low 31 bits, top bit of each u32."""
    return (int.from_bytes(b"\xff\xff\xff\x7f" * num_perm, "little"),
            int.from_bytes(b"\x00\x00\x00\x80" * num_perm, "little"))


def _equal_minima(query: int, other: memoryview, low31: int, top: int, num_perm: int) -> int:
    """How many of the u32 minima are equal, in a few big-integer operations instead of a Python loop.

    After XOR a lane is zero exactly where the minima agree; adding 0x7FFFFFFF to the low 31 bits
    sets a lane's top bit iff those bits are nonzero, and never carries into the next lane.
    """
    diff = query ^ int.from_bytes(other, "little")
    return num_perm - (((diff & low31) + low31 | diff) & top).bit_count()


def _estimates_from_equal(equal: int, num_perm: int, size_a: int, size_b: int) -> tuple[float, float]:
    jaccard = equal / num_perm
    smaller = min(size_a, size_b)
    if not smaller:
        return jaccard, 0.0
    intersection = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return jaccard, min(1.0, intersection / smaller)


def _estimates(minima_a: memoryview, minima_b: memoryview, size_a: int, size_b: int) -> tuple[float, float]:
    """(estimated Jaccard, estimated overlap coefficient) from two signatures and set sizes."""
    return _estimates_from_equal(sum(map(operator.eq, minima_a, minima_b)), len(minima_a), size_a, size_b)


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
        self._bands = num_perm // ROWS_PER_BAND
        self._band_format = struct.Struct(f"<{self._bands}Q")  # one u64 = the 2 rows of a band
        # band-specific salts keep equal values in different bands apart in the one bucket dict
        self._band_salt = tuple((b + 1) * 0x9E3779B97F4A7C15 & _MASK64 for b in range(self._bands))
        self._signature_size = _HEADER.size + 4 * num_perm
        self._lane_masks = _lane_masks(num_perm)
        self._ids: list[str] = []  # LSH slot -> doc_id
        self._signatures: list[bytes] = []  # LSH slot -> signature
        self._exact: dict[bytes, str] = {}  # 16-byte exact key -> first doc_id
        self._buckets: dict[int, int | list[int]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def signature(self, body: str) -> bytes:
        return _signature(body, self.shingle, self.num_perm, self.seed)

    def _check(self, signature: bytes) -> None:
        if len(signature) != self._signature_size or signature[:1] != self._tag:
            raise DedupError("signature was made by another backend or with another num_perm")

    def _band_keys(self, signature: bytes) -> list[int]:
        values = self._band_format.unpack_from(signature, _HEADER.size)
        return list(map(operator.xor, values, self._band_salt))

    def _near(self, signature: bytes, exclude: str | None) -> list[DupMatch]:
        size = _HEADER.unpack_from(signature)[1]
        if size < MIN_SHINGLES:
            return []
        # most bands of a new page fall in empty buckets: look them all up at once, then count the few hits
        held = list(filter(partial(operator.is_not, None), map(self._buckets.get, self._band_keys(signature))))
        if not held:
            return []
        hits: Counter[int] = Counter()
        for slot in held:
            if type(slot) is int:
                hits[slot] += 1
            else:
                hits.update(slot)
        # a true near-duplicate (J >= 0.2) shares ~2.6+ bands on average; two pages on one topic
        # (J ~ 0.05) share 0.16: asking for MIN_BAND_HITS bands keeps verification linear at scale
        candidates = [slot for slot, n in hits.items() if n >= MIN_BAND_HITS]
        if not candidates:
            return []
        offset, num_perm, (low31, top) = _HEADER.size, self.num_perm, self._lane_masks
        query = int.from_bytes(memoryview(signature)[offset:], "little")
        unpack, signatures = _HEADER.unpack_from, self._signatures
        matches = []
        for slot in candidates:
            other = signatures[slot]
            other_size = unpack(other)[1]
            equal = _equal_minima(query, memoryview(other)[offset:], low31, top, num_perm)
            jaccard, overlap = _estimates_from_equal(equal, num_perm, size, other_size)
            contained = overlap >= self.containment and min(size, other_size) >= MIN_SHINGLES
            if (jaccard >= self.threshold or contained) and self._ids[slot] != exclude:
                matches.append(DupMatch(self._ids[slot], "near", round(jaccard, 4), round(overlap, 4)))
        matches.sort(key=lambda m: (-m.similarity, -m.containment, m.doc_id))
        return matches

    def query(self, body: str, signature: bytes | None = None) -> list[DupMatch]:
        """All registered pages this body duplicates, best first (the exact one leads)."""
        return self._query(bytes.fromhex(exact_key(body)), signature or self.signature(body), exclude=None)

    def _query(self, key: bytes, signature: bytes, exclude: str | None) -> list[DupMatch]:
        self._check(signature)
        matches = []
        first = self._exact.get(key)
        if first is not None and first != exclude:
            matches.append(DupMatch(first, "exact", 1.0, 1.0))
        matches.extend(m for m in self._near(signature, exclude) if m.doc_id != first)
        return matches

    def add(self, doc_id: str, body: str, signature: bytes | None = None,
            exact: str | None = None) -> DupMatch | None:
        """Register a page; returns the best earlier page it duplicates, or None."""
        key = bytes.fromhex(exact or exact_key(body))
        if self._exact.get(key) == doc_id:  # the same page ingested again
            return None
        signature = signature or self.signature(body)
        matches = self._query(key, signature, exclude=doc_id)
        self._register(doc_id, key, signature)
        return matches[0] if matches else None

    def _register(self, doc_id: str, key: bytes, signature: bytes) -> None:
        self._count += 1
        if key in self._exact:
            return  # the first copy already stands for it in the LSH buckets
        self._exact[key] = doc_id
        if _HEADER.unpack_from(signature)[1] < MIN_SHINGLES:
            return
        slot = len(self._ids)
        self._ids.append(doc_id)
        self._signatures.append(signature)
        buckets = self._buckets
        keys = self._band_keys(signature)
        if not any(map(buckets.__contains__, keys)) and len(set(keys)) == len(keys):
            buckets.update(zip(keys, repeat(slot)))  # the common case: every bucket new
            return
        for band_key in keys:
            held = buckets.get(band_key)
            if held is None:
                buckets[band_key] = slot
            elif type(held) is int:
                buckets[band_key] = [held, slot]
            else:
                held.append(slot)

    def load(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Rebuild from stored rows (doc_id, exact_key hex, signature) without comparing them."""
        for doc_id, key, signature in rows:
            self._check(signature)
            self._register(doc_id, bytes.fromhex(key), bytes(signature))


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
