"""Near-duplicate fingerprints: MinHash over word shingles, banded for LSH (datasketch).

The same model text is copied across many sites with small edits (a name filled in, a
paragraph dropped, punctuation changed). Two texts are near-duplicates when the Jaccard
similarity of their sets of word shingles is at least a threshold (0.8 by default).

* **Words**: rjieba default-mode segmentation; whitespace and punctuation tokens are
  dropped and each word is folded (:func:`haowen.text.normalize.fold`: full-width,
  traditional→simplified, lower case, ``××``→``xx``) and hashed with CRC-32, which is
  stable across processes and machines (fingerprints are stored). A text with
  traditional characters, placeholder marks (``××``, ``＊＊``) or full-width letters is
  folded before segmentation, as they segment differently.
* **Shingles**: every :data:`SHINGLE_WORDS` consecutive words, combined into one 32-bit
  hash (a text with fewer words has one shingle per word).
* **MinHash**: datasketch's ``affine32`` scheme with :data:`NUM_PERM` permutations and
  seed :data:`SEED` — exactly the values ``datasketch.MinHash(num_perm=128, seed=1,
  hashfunc=lambda h: h).update_batch(shingles)`` gives, computed here with numpy in one
  pass (a test checks they are equal).
* **LSH**: the bands and rows datasketch's ``MinHashLSH`` chooses for the threshold;
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
import re
import zlib
from typing import Hashable, Iterable, Sequence

import numpy as np
import rjieba
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.minhash import _fmix

from .normalize import PLACEHOLDER_MARKS, fold

__all__ = [
    "NUM_PERM",
    "SEED",
    "SHINGLE_WORDS",
    "FINGERPRINT_BYTES",
    "word_hashes",
    "shingle_hashes",
    "minhash",
    "fingerprint",
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
_WORDISH = re.compile(r"[\w\u3400-\u9fff\uf900-\ufaff]")
_M1 = np.uint32(0x9E3779B1)
_M2 = np.uint32(0x85EBCA6B)


class _Vocabulary(dict):
    """token → stable CRC-32 of its folded form (0 for punctuation and spaces)."""

    def __missing__(self, token: str) -> int:
        if _WORDISH.search(token):
            value = zlib.crc32(fold(token).encode("utf-8")) or 1
        else:
            value = 0
        if len(self) < 2_000_000:  # bounded memory in long-running processes
            self[token] = value
        return value


_VOCAB = _Vocabulary()


@functools.lru_cache(maxsize=1)
def _TRADITIONAL() -> re.Pattern:
    """Characters that make a text be folded before segmentation (see :func:`word_hashes`)."""
    from .normalize import _fold_table

    chars = sorted(chr(cp) for cp, to in _fold_table().items() if cp >= 0x3400 and "\u3400" <= to <= "\U0002ffff")
    # Placeholder marks and full-width letters and digits segment apart from their folded
    # forms too (``××区`` vs ``xx区``).
    chars += list(PLACEHOLDER_MARKS) + [chr(cp) for cp in range(0xFF10, 0xFF5B)]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


@functools.lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """datasketch's affine32 permutation parameters ``[a, b]`` for NUM_PERM and SEED."""
    template = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    return template.permutations


def word_hashes(text: str) -> np.ndarray:
    """CRC-32 hashes (uint32) of the words of ``text`` in order; punctuation dropped."""
    if not text:
        return np.zeros(0, dtype=np.uint32)
    # Words are folded one by one (once per distinct word, see _Vocabulary). Traditional
    # characters, placeholder marks and full-width letters segment differently from their
    # folded forms, so such a text is folded whole first; the check is one regex scan,
    # much cheaper than folding every text.
    if _TRADITIONAL().search(text):
        text = fold(text)
    tokens = rjieba.cut(text, False)
    hashes = np.fromiter(map(_VOCAB.__getitem__, tokens), dtype=np.uint32, count=len(tokens))
    return hashes[hashes != 0]


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
    with np.errstate(over="ignore"):
        # Repeated shingles change no minimum, so no np.unique (it costs more than it saves).
        hv = _fmix(np.asarray(shingles, dtype=np.uint32).reshape(-1, 1), 32)
        return (hv * a + b).min(axis=0)


def fingerprint(text: str) -> np.ndarray:
    """MinHash fingerprint (NUM_PERM uint32 values) of ``text``'s word shingles."""
    return minhash(shingle_hashes(word_hashes(text)))


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


@functools.lru_cache(maxsize=16)
def lsh_params(threshold: float) -> tuple[int, int]:
    """``(bands, rows)`` datasketch's MinHashLSH picks for ``threshold`` and NUM_PERM.

    Thresholds so high that the optimum is one band (above ~0.97) get two bands of
    NUM_PERM/2 rows. Raises ``ValueError`` unless 0 < threshold ≤ 1.
    """
    if not (0.0 < threshold <= 1.0):
        raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold!r}")
    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
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
