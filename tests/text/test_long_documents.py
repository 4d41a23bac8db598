"""A very long one-paragraph document costs memory in proportion to its size, and gives the same words.

The importer's stages run on one document at a time; for a 19 MB paragraph each must
keep its working memory to a small multiple of the text (issue 12: 3.8 GB before).
Measured with tracemalloc (Python objects and numpy arrays); the text is allocated
before measuring starts. 600,000 characters here, so each test stays fast.
"""

from __future__ import annotations

import random
import re
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from haowen.text import fingerprint as fp
from haowen.text import keywords, ngrams, normalize, segment
from haowen.text.normalize import fold
from haowen.text.segment import index_text

MiB = 1 << 20
SAMPLES = Path(__file__).resolve().parents[2] / "haowen" / "ingest" / "samples"


@pytest.fixture(scope="module")
def long_paragraph() -> str:
    """600,000 characters of the samples' sentences in one paragraph (seeded shuffle)."""
    sentences = sorted(
        {m.group() for p in SAMPLES.glob("*.txt") for m in re.finditer(r"[^。！？；\s]{6,}[。！？；]", p.read_text(encoding="utf-8"))}
    )
    rng = random.Random(12)
    parts, size = [], 0
    while size < 600_000:
        s = rng.choice(sentences)
        parts.append(s)
        size += len(s)
    return "".join(parts)[:600_000]


def _peak(fn) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_fingerprint_of_a_long_text_is_computed_in_blocks(long_paragraph):
    terms = index_text(fold(long_paragraph))
    values, peak = _peak(lambda: fp.fingerprint_terms(terms))
    # One (shingles × 128) matrix of uint64 was 300 MB here.
    assert peak < 32 * MiB, f"{peak / MiB:.0f} MiB"
    shingles = fp.shingle_hashes(fp.term_hashes(terms))
    assert len(shingles) > 3 * fp.MINHASH_BLOCK
    a, b = fp._permutations()
    hv = fp._fmix(shingles.reshape(-1, 1), 32)
    assert np.array_equal(values, (hv * a + b).min(axis=0).astype(np.uint32))  # the one-matrix result


def test_word_hashes_of_a_long_text_are_the_same_in_blocks(long_paragraph, monkeypatch):
    terms = index_text(fold(long_paragraph))
    whole = fp.term_hashes(terms)
    monkeypatch.setattr(fp, "TERM_BLOCK_CHARS", 1000)
    assert np.array_equal(fp.term_hashes(terms), whole)


def test_index_words_of_a_long_text_are_segmented_in_pieces_with_the_same_result(long_paragraph, monkeypatch):
    folded = fold(long_paragraph)
    words, peak = _peak(lambda: index_text(folded))
    # rjieba's list of one string per word was 28 MiB for this text; pieces keep a few.
    assert peak < 14 * MiB, f"{peak / MiB:.0f} MiB"
    monkeypatch.setattr(segment, "PIECE_CHARS", 10**9)
    assert index_text(folded) == words


def test_keywords_of_a_long_text_are_counted_without_a_list_of_every_word(long_paragraph):
    found, peak = _peak(lambda: keywords.extract_keywords(long_paragraph, {}, 1))
    assert len(found) >= 5
    assert peak < 16 * MiB, f"{peak / MiB:.0f} MiB"  # 48 MiB before
    _, peak = _peak(lambda: keywords.document_terms(long_paragraph))
    assert peak < 12 * MiB, f"{peak / MiB:.0f} MiB"  # 27 MiB before


@pytest.mark.parametrize("size", [1, 2, 5, 64])
def test_pieces_join_back_and_cut_only_before_a_character_no_word_contains(size):
    text = "同志们：这次会议很重要。XX区2023年GDP增长3.5%，C++\r\n与 AI 并进！" * 20
    got = list(segment.pieces(text, size))
    assert "".join(got) == text
    for before, piece in zip(got, got[1:]):
        # A cut is before punctuation or whitespace, unless a run of word characters was
        # longer than 2 × size (then the piece before it is exactly 2 × size long).
        assert not re.match(r"[\w+#&.%\-]", piece[0]) or len(before) == 2 * size
        assert not (piece[0] == "\n" and before.endswith("\r"))
    with pytest.raises(ValueError):
        list(segment.pieces(text, 0))


def test_fold_and_bigrams_of_a_long_text_are_the_same_in_blocks(long_paragraph, monkeypatch):
    text = long_paragraph[:5000] + "ＸＸ區委\n會議 ２０２２" * 50
    folded, stream = fold(text), ngrams.bigram_stream(fold(text))
    monkeypatch.setattr(normalize, "FOLD_BLOCK_CHARS", 7)
    monkeypatch.setattr(ngrams, "BLOCK_CHARS", 7)
    assert fold(text) == folded
    assert ngrams.bigram_stream(folded) == stream
    assert len(stream.split(" ")) == len(ngrams.squeeze(folded))  # one bigram per character, sentinel included
