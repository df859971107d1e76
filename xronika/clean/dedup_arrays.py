"""Compact storage behind DedupIndex: minima and band buckets in numpy arrays, exact keys and ids in flat buffers.

A page's MinHash minima are kept once, by their low 16 bits (`kept_minima`), as a row of one array; its
96 band values (two minima each, read as one u32) are not copied into buckets. Pages are grouped in
runs, LSM style: the newest pages (fewer than RECENT) are compared with a query directly, and older ones
sit in runs of RECENT * 2**j pages (merged like the carries of a binary counter, up to LARGEST_RUN
pages). In a run, each band has PAGES_PER_BUCKET pages per bucket on average, chosen by the top bits of
the mixed band value: the run stores, per band, the pages ordered by bucket (a u16 position in the run),
an 8-bit tag (the next bits of the mixed value) and where each bucket starts. A lookup reads the buckets
of all 96 bands of every run with a few array operations. Bucket and tag are a prefix of a bijection of
the band value, so they can only over-report: pages they offer are counted again on their stored minima,
and a page is a candidate exactly when it shares at least `min_shared` band values, in buckets that
offer it: a crowded bucket offers only its BUCKET_OFFERS oldest pages, and later runs nothing for that
band (a value that many pages share speaks of a template, not of one story).

Memory per page: 2 * num_perm bytes of minima + 4 (shingle count) + per band 2 (position) + 1 (tag)
+ 4 / PAGES_PER_BUCKET (bucket start): 772 bytes at 192 permutations; the room the arrays reserve
to grow is not touched, so it costs no memory. FirstCopies adds the exact key (16 bytes), the doc id,
its end offset (8) and 8-16 bytes of hash table.
"""

from __future__ import annotations

import mmap
import sys
from array import array

import numpy as np

RECENT = 256  # pages compared directly; a power of two, like every run size, and >= 2 * PAGES_PER_BUCKET
LARGEST_RUN = 1 << 16  # pages in one run at most: a page's position in its run fits a u16
PAGES_PER_BUCKET = 4
# pages a bucket offers a lookup at most, the oldest first, in the oldest run where it holds more; the
# query's bucket of that band in later runs offers none. Pages built on one template, or sharing its stock
# phrases, share band values: in the benchmark's generated corpus 83 % of the pages a lookup was offered
# came from band values held by 1 in 256 pages or more, and the writer's dedup grew with the square of the
# corpus. Capped, such a value offers every lookup the same few oldest pages, which the other band values
# they share make candidates. A bucket without a common value holds 4 pages on average and more than 16
# in ~1 of 10^6 buckets.
BUCKET_OFFERS = 16
# odd, so multiplying by it is a bijection of u64: the mixed value keeps every bit of the band value
# while its top bits, unlike a MinHash minimum's (small numbers), are spread evenly
_MIX = np.uint64(0x9E3779B97F4A7C15)
_TAG_BITS = 8
_TAG_SHIFT = np.uint64(_TAG_BITS)
_BUILD_CHUNK = 1 << 16  # band values handled at once while building a run (bounds the temporaries)
_SHORT_KEY_BITS = 32  # (query, page) keys fit a u32 up to this many bits; past it they are 64-bit


class GrowingArray:
    """Rows appended to a numpy array over an anonymous private mapping.

    Growing remaps it (mremap) instead of copying, and the room reserved ahead costs no memory
    until rows are written there, so the capacity can double without holding two copies.
    """

    def __init__(self, dtype: str, row: tuple[int, ...] = ()) -> None:
        self._dtype = np.dtype(dtype)
        self._row = row
        self._row_bytes = self._dtype.itemsize * int(np.prod(row, dtype=np.int64))
        self._buffer = _mapping(mmap.PAGESIZE)
        self._view()
        self.size = 0

    def _view(self) -> None:
        rows = len(self._buffer) // self._row_bytes
        self.data = np.frombuffer(self._buffer, self._dtype, rows * self._row_bytes // self._dtype.itemsize)
        self.data = self.data.reshape(rows, *self._row)

    def reserve(self, rows: int) -> None:
        if rows <= len(self.data):
            return
        size = max(rows * self._row_bytes, 2 * len(self._buffer))
        size += -size % mmap.PAGESIZE
        self.data = None  # a mapping with a view of it cannot move (BufferError if another view is alive)
        try:
            try:
                self._buffer.resize(size)
            except (OSError, SystemError):  # no mremap (not Linux): copy into a larger mapping
                larger = _mapping(size)
                larger[:len(self._buffer)] = self._buffer
                self._buffer.close()
                self._buffer = larger
        finally:
            self._view()

    def resize(self, rows: int) -> None:
        self.reserve(rows)
        self.size = rows

    def append(self, row) -> int:
        at = self.size
        self.reserve(at + 1)
        self.data[at] = row
        self.size = at + 1
        return at

    @property
    def nbytes(self) -> int:
        """Bytes up to the last row written (the room reserved after it is not touched)."""
        return self.size * self._row_bytes


def _mapping(size: int) -> mmap.mmap:
    private = getattr(mmap, "MAP_PRIVATE", None)  # shared anonymous memory cannot grow on Linux
    return mmap.mmap(-1, size) if private is None else mmap.mmap(-1, size, flags=private)


def _run_layout(pages: int) -> list[tuple[int, int]]:
    """(first page, pages) of the runs over `pages` pages (a multiple of RECENT), oldest first."""
    runs, first = [], 0
    full, rest = divmod(pages, LARGEST_RUN)
    for _ in range(full):
        runs.append((first, LARGEST_RUN))
        first += LARGEST_RUN
    size = LARGEST_RUN >> 1
    while size >= RECENT:
        if rest & size:
            runs.append((first, size))
            first += size
        size >>= 1
    return runs


class BandIndex:
    """MinHash signatures by page number, and the pages that share band values with a query."""

    def __init__(self, num_perm: int, rows_per_band: int, min_shared: int) -> None:
        if rows_per_band != 2:
            raise ValueError("band values are read as u32: two u16 minima per band")
        self.num_perm = num_perm
        self.bands = num_perm // rows_per_band
        self.min_shared = min_shared
        self.minima = GrowingArray("<u2", (num_perm,))
        self.sizes = GrowingArray("<u4")
        self._positions = GrowingArray("<u2")  # per run, per band: pages (position in the run) by bucket
        self._tags = GrowingArray("u1")  # the same order: the tag of each page's band value
        self._bounds = GrowingArray("<u4")  # per run, per band: where each bucket starts in the run, and the end
        self._runs: list[tuple[int, int]] = []
        self._indexed = 0  # pages in runs; the later ones are compared directly
        self._band_numbers = np.arange(self.bands, dtype=np.int64)
        self._counting = np.arange(1024)  # 0, 1, 2, ...: sliced, not made anew per lookup
        # equal minima per page are counted in the smallest type that holds num_perm (a faster sum)
        self._count_type = np.uint8 if num_perm < 256 else np.int64
        self._set_run_parameters()

    def __len__(self) -> int:
        return self.sizes.size

    @property
    def nbytes(self) -> int:
        """Bytes the arrays hold (up to their last rows)."""
        return sum(a.nbytes for a in (self.minima, self.sizes, self._positions, self._tags, self._bounds))

    def minima_of(self, signature: bytes) -> np.ndarray:
        """The minima at the end of a signature (u32) as the index keeps them."""
        return kept_minima(np.frombuffer(signature, "<u4", self.num_perm, len(signature) - 4 * self.num_perm))

    def append(self, minima: np.ndarray, size: int) -> int:
        """Store a page's minima and shingle count; returns its page number. It is compared directly until
        `index_due` or `index_all` puts it in a run (a bulk load builds each run once at the end)."""
        page = self.minima.append(kept_minima(minima))
        self.sizes.append(size)
        return page

    def index_due(self) -> None:
        """Put the newest pages in runs once RECENT of them wait (direct comparison grows with their number)."""
        if len(self) - self._indexed >= RECENT:
            self.index_all()

    def index_all(self) -> None:
        """Put every full block of RECENT pages in runs."""
        pages = len(self) - len(self) % RECENT
        layout = _run_layout(pages)
        keep = 0
        while keep < min(len(layout), len(self._runs)) and layout[keep] == self._runs[keep]:
            keep += 1
        self._positions.resize(self.bands * pages)
        self._tags.resize(self.bands * pages)
        self._bounds.resize(sum(self.bands * (size // PAGES_PER_BUCKET + 1) for _, size in layout))
        for run in range(keep, len(layout)):
            self._build_run(*layout[run], sum(self.bands * (size // PAGES_PER_BUCKET + 1) for _, size in layout[:run]))
        self._runs, self._indexed = layout, pages
        self._set_run_parameters()

    def _build_run(self, first: int, size: int, bounds_at: int) -> None:
        buckets = size // PAGES_PER_BUCKET
        bits = buckets.bit_length() - 1
        values = self.minima.data[first:first + size].view("<u4")  # (pages, bands)
        entries = slice(self.bands * first, self.bands * (first + size))
        positions = self._positions.data[entries]
        tags = self._tags.data[entries]
        bounds = self._bounds.data[bounds_at:bounds_at + self.bands * (buckets + 1)].reshape(self.bands, buckets + 1)
        # a few bands at a time: their buckets numbered on after each other still fit a u16 (radix sort)
        step = max(1, min(_BUILD_CHUNK // size, (1 << 16) // buckets))
        for band in range(0, self.bands, step):
            rows = min(step, self.bands - band)
            mixed = values[:, band:band + rows].T.astype(np.uint64) * _MIX  # (bands, pages)
            bucket = (mixed >> np.uint64(64 - bits)).astype(np.uint16)
            bucket += (np.arange(rows, dtype=np.uint16) * buckets)[:, None]
            order = np.argsort(bucket, axis=None, kind="stable")  # by band, bucket, then page
            done = slice(size * band, size * (band + rows))
            positions[done] = order & (size - 1)  # order % size: run sizes are powers of two
            tags[done] = (mixed >> np.uint64(64 - bits - _TAG_BITS)).astype(np.uint8).take(order)
            ends = np.cumsum(np.bincount(bucket.ravel(), minlength=rows * buckets)) + size * band
            bounds[band:band + rows, 0] = np.arange(band, band + rows) * size
            bounds[band:band + rows, 1:] = ends.reshape(rows, buckets)

    def _set_run_parameters(self) -> None:
        """Per (run, band): where its buckets' bounds are, how to find a value's bucket, its first page."""
        runs = len(self._runs)
        firsts = np.array([f for f, _ in self._runs], dtype=np.int64)[:, None]
        sizes = np.array([s for _, s in self._runs], dtype=np.int64)[:, None]
        buckets = sizes // PAGES_PER_BUCKET
        bits = np.array([int(b).bit_length() - 1 for b in buckets.ravel()], dtype=np.uint64)[:, None]
        bounds_at = np.cumsum(self.bands * (buckets + 1), axis=0) - self.bands * (buckets + 1)
        self._shift = np.uint64(64 - _TAG_BITS) - bits  # value >> shift = bucket, then tag bits
        self._bucket_base = (bounds_at + self._band_numbers[None, :] * (buckets + 1)).astype(np.uint64).ravel()
        self._entry_base = np.broadcast_to(self.bands * firsts, (runs, self.bands)).ravel()
        self._run_first_page = firsts.ravel()
        self._run_entry_ends = self.bands * (firsts + sizes).ravel()

    def candidates(self, minima: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Pages (ascending) that share at least min_shared band values with these minima, and how
        many minima each has equal to them."""
        _, pages, equal = self.candidates_many(minima[None], np.array([len(self)]))
        return pages, equal

    def candidates_many(self, minima: np.ndarray, limits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`candidates` of each row of `minima` (queries, num_perm), among the pages below its limit (at least
        the pages in runs): (query, page) pairs ascending, with the minima equal for each.

        Queries go together: each numpy call costs microseconds of dispatch whatever its size, and a
        page at a time those calls were the writer's dedup (the ingest batch of 32 pages is one lookup)."""
        # ndarray methods rather than their np.* wrappers: their dispatch costs more than the work here
        minima = kept_minima(minima)
        values = minima.view("<u4")  # (queries, bands)
        top = int(limits.max())
        # a (query, page) pair is one sortable number: query << shift | page, in 32 bits while they fit
        # (numpy sorts those twice as fast as 64-bit ones)
        shift = top.bit_length()
        key_type = np.uint32 if shift <= _SHORT_KEY_BITS and len(values) <= 1 << (_SHORT_KEY_BITS - shift) else np.int64
        keys = self._offered_repeatedly(values, shift, key_type)
        recent = self.minima.data[self._indexed:top].view("<u4")
        if len(recent):  # the newest pages: one comparison, their shared band values counted exactly
            shared = (recent[None] == values[:, None]).view(np.uint8).sum(axis=2, dtype=self._count_type)
            visible = np.arange(self._indexed, top)[None] < limits[:, None]
            query, page = ((shared >= self.min_shared) & visible).nonzero()
            if len(query):  # after the pages in runs: still ascending per query
                fresh = ((query << shift) | (page + self._indexed)).astype(key_type)
                keys = np.sort(np.concatenate((keys, fresh)))
        if not len(keys):
            return _NONE, _NONE, _NONE
        keys = keys.astype(np.int64)
        queries, pages = keys >> shift, keys & ((1 << shift) - 1)
        # bucket and tag are a prefix of the band value: count the shared values themselves (a band value is
        # two minima, read as a u16 of two booleans: 0x0101 when both are equal)
        equal = self.minima.data.take(pages, axis=0) == minima.take(queries, axis=0)
        shared = (equal.view("<u2") == 0x0101).sum(axis=1, dtype=self._count_type)
        keep = shared >= self.min_shared
        return queries[keep], pages[keep], equal.sum(axis=1, dtype=self._count_type)[keep]

    def _offered_repeatedly(self, values: np.ndarray, shift: int, key_type: type) -> np.ndarray:
        """(query << shift | page) ascending, for the pages in the runs whose bucket and tag match the query's
        in at least min_shared bands."""
        hits = self._offered(values, shift).astype(key_type)
        repeat = self.min_shared - 1
        if len(hits) <= repeat:
            return hits[:0]
        # the hits come query by query: each query's sorted alone, in the CPU cache, which the sort of
        # the whole batch at once is not (its hits are megabytes where pages share common phrases)
        bounds = hits.searchsorted(np.arange(1, len(values)) << shift).tolist()
        for lo, hi in zip([0, *bounds], [*bounds, len(hits)], strict=True):
            hits[lo:hi].sort()
        if repeat > 0:  # sorted, a page offered at least min_shared times equals the one min_shared - 1 on
            hits = hits[repeat:][hits[repeat:] == hits[:-repeat]]
            if not len(hits):
                return hits
        return hits[np.concatenate(([True], hits[1:] != hits[:-1]))]

    def _offered(self, values: np.ndarray, shift: int) -> np.ndarray:
        """(query << shift | page) for the pages in the runs whose bucket and tag match the query's, once per
        band (unordered)."""
        if not self._runs:
            return _NONE
        queries = len(values)
        # per (query, run, band): bucket, then tag bits
        shifted = ((values[:, None, :].astype(np.uint64) * _MIX) >> self._shift).reshape(queries, -1)
        at = self._bucket_base + (shifted >> _TAG_SHIFT)
        starts = self._bounds.data.take(at)
        lengths = self._bounds.data.take(at + 1) - starts
        crowded = lengths > BUCKET_OFFERS
        if crowded.any():  # see BUCKET_OFFERS
            by_run = crowded.reshape(queries, len(self._runs), self.bands)
            later = np.zeros_like(by_run)
            np.logical_or.accumulate(by_run[:, :-1], axis=1, out=later[:, 1:])
            lengths[later.reshape(queries, -1)] = 0
            np.minimum(lengths, BUCKET_OFFERS, out=lengths)
        stops = starts + lengths
        ends = lengths.cumsum(dtype=np.int64).reshape(queries, -1)
        total = int(ends[-1, -1])
        if total > len(self._counting):
            self._counting = np.arange(2 * total)
        # entry numbers of all the buckets, back to back: a bucket's first entry, less the entries before it,
        # plus the count so far
        lengths = lengths.ravel()
        entries = (self._entry_base + stops - ends).ravel().repeat(lengths) + self._counting[:total]
        matching = self._tags.data.take(entries) == shifted.astype(np.uint8).ravel().repeat(lengths)
        entries = entries[matching]
        query = np.arange(queries, dtype=np.int64).repeat(ends[:, -1] - np.concatenate(([0], ends[:-1, -1])))
        run = self._run_entry_ends.searchsorted(entries, side="right")
        return (query[matching] << shift) | (self._positions.data.take(entries) + self._run_first_page.take(run))


_NONE = np.empty(0, np.int64)


def kept_minima(minima) -> np.ndarray:
    """MinHash minima (u32, in any sequence) as the index keeps them: their low 16 bits.

    The low ones, as a minimum is a small number whose top bits are mostly zero. Two minima that differ
    agree on 16 bits once in 65,536: an estimated Jaccard rises by 1.5e-5, and a band of two different
    values looks shared once in 2**32. Kept whole, the minima were two thirds of the index (768 of 1,156
    bytes a page)."""
    minima = np.asarray(minima)
    return minima if minima.dtype == np.uint16 else minima.astype(np.uint16)  # u32 -> u16 keeps the low bits


class FirstCopies:
    """Exact key (16 bytes) -> number and doc id of the first page with it, in flat buffers.

    Open addressing over one array of entry numbers, at most half full; keys are blake2b digests,
    so their first bytes already spread them over the table.
    """

    def __init__(self) -> None:
        self._keys = bytearray()  # 16 bytes per entry
        self._ids = bytearray()  # the doc ids, UTF-8, back to back
        self._id_ends = array("Q")
        self._table = array("I", bytes(4 * 1024))  # entry + 1, 0 = free

    def __len__(self) -> int:
        return len(self._id_ends)

    @property
    def nbytes(self) -> int:
        """Bytes held by the buffers (their room to grow included)."""
        return sum(map(sys.getsizeof, (self._keys, self._ids, self._id_ends, self._table)))

    def find(self, key: bytes) -> int:
        """The entry with this key, or -1."""
        table, keys = self._table, self._keys
        mask = len(table) - 1
        slot = int.from_bytes(key[:8], "little") & mask
        while entry := table[slot]:
            at = 16 * entry - 16
            if keys[at:at + 16] == key:
                return entry - 1
            slot = (slot + 1) & mask
        return -1

    def add(self, key: bytes, doc_id: str) -> int:
        """Record a key (16 bytes: DedupIndex checks its length) that find() does not know; returns its entry."""
        entry = len(self._id_ends)
        self._keys += key
        self._ids += doc_id.encode("utf-8", "surrogatepass")
        self._id_ends.append(len(self._ids))
        if 2 * (entry + 1) > len(self._table):
            self._table = array("I", bytes(8 * len(self._table)))
            for earlier in range(entry + 1):
                self._place(earlier)
        else:
            self._place(entry)
        return entry

    def _place(self, entry: int) -> None:
        table = self._table
        mask = len(table) - 1
        slot = int.from_bytes(self._keys[16 * entry:16 * entry + 8], "little") & mask
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = entry + 1

    def doc_id(self, entry: int) -> str:
        start = self._id_ends[entry - 1] if entry else 0
        return self._ids[start:self._id_ends[entry]].decode("utf-8", "surrogatepass")
