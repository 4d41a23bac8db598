"""Near-duplicate fingerprints: MinHash over word shingles, banded for LSH (datasketch).

The same model text is copied across many sites with small edits (a name filled in, a
paragraph dropped, punctuation changed). Two texts are near-duplicates when the Jaccard
similarity of their sets of word shingles is at least a threshold (0.8 by default).

* **Words**: the search index's words, ``index_text(fold(text))`` (rjieba search mode
  on the folded text: full-width, traditional→simplified, lower case, ``××``→``xx``;
  punctuation dropped), each hashed to 32 bits by :func:`term_hashes` — stable across
  processes and machines (fingerprints are stored). The importer segments a document
  once and feeds both the index and :func:`fingerprint_terms`.
* **Shingles**: every :data:`SHINGLE_WORDS` consecutive words, combined into one 32-bit
  hash (a text with fewer words has one shingle per word).
* **MinHash**: datasketch's ``affine32`` scheme with :data:`NUM_PERM` permutations and
  seed :data:`SEED` — exactly the values ``datasketch.MinHash(num_perm=128, seed=1,
  hashfunc=lambda h: h).update_batch(shingles)`` gives, computed here with numpy in one
  pass (a test checks they are equal).
* **LSH**: the bands and rows datasketch's ``MinHashLSH`` chooses for the threshold,
  weighted towards finding copies (:data:`LSH_WEIGHTS`);
  :func:`band_keys` gives each band a 64-bit key so a database can find candidates,
  :func:`clusters` groups a whole collection in memory with ``MinHashLSH``. Candidates
  are confirmed with the estimated Jaccard (:func:`similarity`) before they count.

Source: Broder, "On the resemblance and containment of documents" (1997) for shingles
and MinHash; Leskovec, Rajaraman, Ullman, *Mining of Massive Datasets*, ch. 3, for LSH
banding. Pure Python + numpy + datasketch, no Django.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Hashable, Iterable, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.minhash import _fmix

from .normalize import fold
from .segment import index_text

__all__ = [
    "NUM_PERM",
    "SEED",
    "SHINGLE_WORDS",
    "FINGERPRINT_BYTES",
    "term_hashes",
    "word_hashes",
    "shingle_hashes",
    "minhash",
    "fingerprint",
    "fingerprint_terms",
    "fingerprints",
    "to_bytes",
    "from_bytes",
    "similarity",
    "lsh_params",
    "band_keys",
    "clusters",
]

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 3
#: Bytes of a stored fingerprint: NUM_PERM little-endian uint32 values.
FINGERPRINT_BYTES = NUM_PERM * 4
_EMPTY = np.uint32(0xFFFFFFFF)
_M1 = np.uint32(0x9E3779B1)
_M2 = np.uint32(0x85EBCA6B)
#: Shingles per block in :func:`minhash` (memory: MINHASH_BLOCK × NUM_PERM × 8 bytes).
MINHASH_BLOCK = 8192
#: Characters of words per block in :func:`term_hashes` (about 50 bytes of arrays each).
TERM_BLOCK_CHARS = 1 << 18


#: Multiplier of the polynomial word hash (an odd 32-bit constant, FNV's prime).
_WORD_P = np.uint32(16777619)
_POWERS = np.cumprod(np.full(4096, _WORD_P, dtype=np.uint32), dtype=np.uint32)
_POWERS = np.concatenate([np.ones(1, dtype=np.uint32), _POWERS[:-1]])


def term_hashes(terms: str) -> np.ndarray:
    """32-bit hashes (uint32, never 0) of the space-separated words of ``terms``, in order.

    ``terms`` is the output of :func:`haowen.text.segment.index_text` on folded text (the
    search-mode words the index stores), so the words are segmented once per document
    for both the index and the fingerprint. Each word's hash is a polynomial over its
    code points (mod 2**32, multiplier 16777619) finished with murmur3's fmix32, computed
    for all words at once with numpy: no Python work per word, and the same on every
    machine and process (stored fingerprints must not depend on ``PYTHONHASHSEED``).
    Characters past the 4,096th of one word do not count.
    """
    if not terms or terms.isspace():
        return np.zeros(0, dtype=np.uint32)
    if len(terms) > TERM_BLOCK_CHARS:
        # Bounded memory on a huge document: hash blocks of whole words (cut at a space),
        # each with arrays of about 50 bytes per character, and keep only the hashes.
        return np.concatenate([_term_hashes(block) for block in _word_blocks(terms, TERM_BLOCK_CHARS)])
    return _term_hashes(terms)


def _word_blocks(terms: str, size: int):
    """``terms`` cut into blocks of about ``size`` characters, each cut at a space."""
    start, n = 0, len(terms)
    while start < n:
        end = terms.find(" ", min(start + size, n))
        end = n if end < 0 else end
        yield terms[start:end]
        start = end


def _term_hashes(terms: str) -> np.ndarray:
    if not terms or terms.isspace():
        return np.zeros(0, dtype=np.uint32)
    codes = np.frombuffer((" " + terms + " ").encode("utf-32-le"), dtype="<u4").astype(np.uint32)
    space = codes == 32
    starts = np.flatnonzero(space[:-1] & ~space[1:]) + 1
    if starts.size == 0:
        return np.zeros(0, dtype=np.uint32)
    n = len(codes) - 1  # the trailing space closes the last word
    is_start = np.zeros(n, dtype=bool)
    is_start[starts] = True
    # Offset of each character inside its word (0 at the word's first character).
    offset = np.arange(n) - starts[np.maximum(np.cumsum(is_start) - 1, 0)]
    with np.errstate(over="ignore"):
        values = codes[:n] * _POWERS[np.minimum(offset, len(_POWERS) - 1)]
        values[space[:n] | (offset >= len(_POWERS))] = 0
        sums = np.add.reduceat(values, starts, dtype=np.uint32)
        lengths = np.add.reduceat((~space[:n]).astype(np.uint32), starts, dtype=np.uint32)
        h = sums ^ (lengths * np.uint32(0x27D4EB2D))
        # murmur3's fmix32, in uint32 throughout.
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        hashes = h ^ (h >> np.uint32(16))
    hashes[hashes == 0] = 1
    return hashes


def word_hashes(text: str) -> np.ndarray:
    """Hashes (uint32) of the words of ``text`` in order, punctuation dropped.

    The words are the index's: ``index_text(fold(text))`` (rjieba search mode on the
    folded text), so full-width, traditional and placeholder spellings hash alike.
    """
    if not text:
        return np.zeros(0, dtype=np.uint32)
    return term_hashes(index_text(fold(text)))


@functools.lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """datasketch's affine32 permutation parameters ``[a, b]`` for NUM_PERM and SEED."""
    template = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    return template.permutations


def shingle_hashes(words: np.ndarray, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the ``k``-word shingles of ``words`` (duplicates kept; order irrelevant)."""
    n = len(words)
    if n < k:
        return words.astype(np.uint32, copy=True)
    with np.errstate(over="ignore"):
        h = words[: n - k + 1].copy()
        for i in range(1, k):
            h = h * _M1 + words[i : n - k + 1 + i]
            h = h * _M2
    return h


def minhash(shingles: np.ndarray) -> np.ndarray:
    """The NUM_PERM MinHash values (uint32) of a shingle-hash array.

    Equal to datasketch ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32",
    hashfunc=int).update_batch(shingles).hashvalues``. An empty input gives all
    ``0xFFFFFFFF`` (datasketch's empty MinHash).
    """
    if len(shingles) == 0:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    a, b = _permutations()
    shingles = np.asarray(shingles, dtype=np.uint32)
    result = None
    with np.errstate(over="ignore"):
        # Blocks of MINHASH_BLOCK shingles: the product is a (shingles × NUM_PERM) matrix,
        # 4 GB for one 19 MB document in one piece, 8 MB per block. Repeated shingles
        # change no minimum, so no np.unique (it costs more than it saves).
        for start in range(0, len(shingles), MINHASH_BLOCK):
            hv = _fmix(shingles[start : start + MINHASH_BLOCK].reshape(-1, 1), 32)
            block = (hv * a + b).min(axis=0)
            result = block if result is None else np.minimum(result, block)
    return result


def fingerprint(text: str) -> np.ndarray:
    """MinHash fingerprint (NUM_PERM uint32 values) of ``text``'s word shingles."""
    return minhash(shingle_hashes(word_hashes(text)))


def fingerprint_terms(terms: str) -> np.ndarray:
    """:func:`fingerprint` from already segmented words: ``index_text(fold(text))``.

    ``fingerprint_terms(index_text(fold(t)))`` equals ``fingerprint(t)``; the importer
    uses it to segment each document once for the index and the fingerprint.
    """
    return minhash(shingle_hashes(term_hashes(terms)))


#: The texts a forked worker pool reads by index (inherited copy-on-write, never pickled).
_SHARED_TEXTS: Sequence[str] = ()


def _fingerprint_range(bounds: tuple[int, int]) -> bytes:
    start, end = bounds
    return b"".join(to_bytes(fingerprint(t)) for t in _SHARED_TEXTS[start:end])


def fingerprints(texts: Sequence[str], workers: int = 1, chunksize: int = 64) -> list[np.ndarray]:
    """Fingerprints of many texts, in order; ``workers`` > 1 uses that many processes.

    Worker processes are forked after the texts are in memory and read them by index, so
    only ``(start, end)`` ranges go to them and FINGERPRINT_BYTES per text comes back — no
    text is pickled. They only compute (no database): the caller reads the texts and
    writes the results. ``workers`` ≤ 1 or fewer than 2 × ``chunksize`` texts runs
    in-process (also where ``fork`` is unavailable).
    """
    import multiprocessing

    if workers <= 1 or len(texts) < 2 * chunksize or "fork" not in multiprocessing.get_all_start_methods():
        return [fingerprint(t) for t in texts]
    global _SHARED_TEXTS
    _SHARED_TEXTS = texts
    try:
        ranges = [(i, min(i + chunksize, len(texts))) for i in range(0, len(texts), chunksize)]
        out: list[np.ndarray] = []
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for blob in pool.imap(_fingerprint_range, ranges):
                values = np.frombuffer(blob, dtype="<u4").astype(np.uint32).reshape(-1, NUM_PERM)
                out.extend(values)
        return out
    finally:
        _SHARED_TEXTS = ()


def to_bytes(values: np.ndarray) -> bytes:
    """Store a fingerprint: NUM_PERM values as little-endian uint32 (FINGERPRINT_BYTES bytes)."""
    return np.asarray(values, dtype="<u4").tobytes()


def from_bytes(data: bytes | memoryview | None) -> np.ndarray | None:
    """Read a stored fingerprint; ``None`` when ``data`` is empty or not FINGERPRINT_BYTES long."""
    if not data or len(data) != FINGERPRINT_BYTES:
        return None
    return np.frombuffer(bytes(data), dtype="<u4").astype(np.uint32)


def is_empty(values: np.ndarray) -> bool:
    """True for the fingerprint of a text without words (it matches nothing)."""
    return bool(np.all(values == _EMPTY))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity (0–1) of the shingle sets behind two fingerprints."""
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


#: datasketch's ``(false positive, false negative)`` weights for choosing bands and rows.
#: Every candidate is confirmed with :func:`similarity`, so a false positive costs one
#: comparison while a false negative is a copy never found: at threshold 0.8 the equal
#: weights' layout (9 bands × 13 rows) finds a pair of true Jaccard 0.86 only 75 % of the
#: time, (0.1, 0.9) (14 × 9) 98 % of the time (87 % at exactly 0.8).
LSH_WEIGHTS = (0.1, 0.9)


@functools.lru_cache(maxsize=16)
def lsh_params(threshold: float) -> tuple[int, int]:
    """``(bands, rows)`` datasketch's MinHashLSH picks for ``threshold``, NUM_PERM and LSH_WEIGHTS.

    Thresholds so high that the optimum is one band (above ~0.97) get two bands of
    NUM_PERM/2 rows. Raises ``ValueError`` unless 0 < threshold ≤ 1.
    """
    if not (0.0 < threshold <= 1.0):
        raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold!r}")
    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    except ValueError:
        # Near 1.0 the optimum is a single band, which datasketch refuses: use two halves.
        return 2, NUM_PERM // 2
    return lsh.b, lsh.r


def band_keys(values: np.ndarray, threshold: float) -> list[int]:
    """One signed 64-bit key per LSH band of ``values`` (empty list for an empty fingerprint).

    Two fingerprints sharing a key at the same band index are LSH candidates. The key
    also covers the band layout, so keys made under another threshold never collide.
    """
    if is_empty(values):
        return []
    bands, rows = lsh_params(threshold)
    data = np.asarray(values, dtype="<u4")
    keys = []
    for i in range(bands):
        digest = hashlib.blake2b(data[i * rows : (i + 1) * rows].tobytes(), digest_size=8, person=b"hw%dx%d" % (bands, rows)).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def _lean(values: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=values, scheme="affine32")


def clusters(
    items: Iterable[tuple[Hashable, np.ndarray]], threshold: float
) -> list[list[Hashable]]:
    """Group near-duplicates among ``(key, fingerprint)`` items in memory.

    Uses datasketch's ``MinHashLSH`` for candidates, keeps a pair only when
    :func:`similarity` ≥ ``threshold``, and joins pairs transitively (union-find).
    Returns the groups of two or more keys, each in input order; empty fingerprints
    are never grouped. Raises ``ValueError`` for a threshold outside (0, 1].
    """
    bands, rows = lsh_params(threshold)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=(bands, rows))
    keys: list[Hashable] = []
    values: list[np.ndarray] = []
    order: dict[Hashable, int] = {}
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    with lsh.insertion_session(buffer_size=50_000) as session:
        for key, value in items:
            if value is None or is_empty(value) or key in order:
                continue
            order[key] = len(keys)
            keys.append(key)
            values.append(value)
            parent.append(len(parent))
            session.insert(key, _lean(value), check_duplication=False)
    for i, value in enumerate(values):
        for other in lsh.query(_lean(value)):
            j = order[other]
            if j <= i:
                continue
            if similarity(value, values[j]) >= threshold:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Hashable]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(find(i), []).append(key)
    return [g for g in groups.values() if len(g) > 1]
