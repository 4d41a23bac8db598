"""Near-duplicate fingerprints: MinHash over word shingles, LSH bands, in-memory clusters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from haowen.text import fingerprint as fp

SEED = "seed/haowensou-detail-3578.txt"
ROOT = Path(__file__).resolve().parents[2]


def seed_text(shared_dir: Path) -> str:
    lines = [line.strip() for line in (shared_dir / SEED).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return "\n".join(lines[lines.index("同志们:") : lines.index("阅读全文")])


def edited_copy(text: str) -> str:
    """What a copying site does: fill in names, drop the closing paragraph, change punctuation."""
    paragraphs = text.split("\n")[:-1]
    return "\n".join(paragraphs).replace("XX区", "钟山区").replace("XX", "六盘水").replace(",", "，")


def test_it_equals_datasketch_minhash():
    shingles = fp.shingle_hashes(fp.word_hashes("在区委务虚会上的讲话：XX区作为XX连片特困地区，要加快发展。" * 3))
    reference = MinHash(num_perm=fp.NUM_PERM, seed=fp.SEED, scheme="affine32", hashfunc=lambda h: h)
    reference.update_batch([int(h) for h in shingles])
    assert np.array_equal(reference.hashvalues, fp.minhash(shingles))


def test_it_scores_an_edited_copy_above_the_threshold(shared_dir):
    original = seed_text(shared_dir)
    similarity = fp.similarity(fp.fingerprint(original), fp.fingerprint(edited_copy(original)))
    assert similarity >= 0.8


def test_it_scores_a_different_text_low(shared_dir):
    original = fp.fingerprint(seed_text(shared_dir))
    other = fp.fingerprint("各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。过去一年，我国发展历程很不平凡。" * 20)
    assert fp.similarity(original, other) < 0.2


def test_it_ignores_full_width_traditional_and_placeholder_spelling():
    a = fp.fingerprint("ＸＸ區委召開會議，研究部署全年工作，要求各部門抓好落實。")
    b = fp.fingerprint("××区委召开会议，研究部署全年工作，要求各部门抓好落实。")
    assert fp.similarity(a, b) == 1.0


def test_it_round_trips_through_bytes():
    values = fp.fingerprint("加快发展的信心要更加坚定")
    data = fp.to_bytes(values)
    assert len(data) == fp.FINGERPRINT_BYTES
    assert np.array_equal(fp.from_bytes(data), values)
    assert fp.from_bytes(b"") is None and fp.from_bytes(b"short") is None and fp.from_bytes(None) is None


def test_it_gives_no_fingerprint_match_for_text_without_words():
    empty = fp.fingerprint("。，！？ ")
    assert fp.is_empty(empty)
    assert fp.similarity(empty, empty) == 0.0
    assert fp.band_keys(empty, 0.8) == []


def test_it_is_stable_across_processes():
    """Stored fingerprints must not depend on Python's per-process string hashing."""
    code = "from haowen.text import fingerprint as fp; print(fp.to_bytes(fp.fingerprint('在区委务虚会上的讲话，加快发展')).hex())"
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1
    assert outputs.pop() == fp.to_bytes(fp.fingerprint("在区委务虚会上的讲话，加快发展")).hex()


def test_it_bands_like_datasketch_lsh():
    bands, rows = fp.lsh_params(0.8)
    assert bands * rows <= fp.NUM_PERM and (bands, rows) == (14, 9)
    values = fp.fingerprint("加快发展的思路要更加清晰，加快发展的举措要更加有效")
    keys = fp.band_keys(values, 0.8)
    assert len(keys) == bands and all(-(2**63) <= k < 2**63 for k in keys)
    assert keys == fp.band_keys(values.copy(), 0.8)
    assert set(keys).isdisjoint(fp.band_keys(values, 0.5))  # another layout never collides


@pytest.mark.parametrize("bad", [0, -0.1, 1.5, float("nan")])
def test_it_rejects_a_threshold_outside_0_1(bad):
    with pytest.raises(ValueError, match="threshold"):
        fp.lsh_params(bad)


def test_it_clusters_near_duplicates_only(shared_dir):
    original = seed_text(shared_dir)
    items = [
        ("a", fp.fingerprint(original)),
        ("b", fp.fingerprint(edited_copy(original))),
        ("c", fp.fingerprint("各位代表：现在，我代表国务院，向大会报告政府工作。" * 30)),
        ("d", fp.fingerprint("。")),
        ("e", fp.fingerprint(original)),
    ]
    assert fp.clusters(items, 0.8) == [["a", "b", "e"]]


def test_it_computes_the_same_fingerprints_in_worker_processes():
    texts = [f"第{i}个问题：加快发展的合力要更加强大，全区上下必须团结一致{i}。" for i in range(12)]
    assert all(np.array_equal(a, b) for a, b in zip(fp.fingerprints(texts), fp.fingerprints(texts, workers=2, chunksize=3)))


def test_term_hashes_hash_each_word_alike_wherever_it_stands():
    hashes = fp.term_hashes("务虚  务虚会 xx 务虚 ")
    assert hashes.dtype == np.uint32 and len(hashes) == 4
    assert hashes[0] == hashes[3] and len({int(h) for h in hashes}) == 3
    assert fp.term_hashes("务虚会")[0] == hashes[1]
    assert 0 not in hashes
    assert len(fp.term_hashes("")) == 0 and len(fp.term_hashes("   ")) == 0


def test_term_hashes_tell_apart_words_with_the_same_characters():
    a, b, c = fp.term_hashes("区县 县区 区县区")
    assert len({int(a), int(b), int(c)}) == 3


def test_fingerprint_terms_equals_fingerprint_of_the_text():
    from haowen.text.normalize import fold
    from haowen.text.segment import index_text

    text = "在區委務虛會上的講話：ＸＸ区作为XX连片特困地区，要加快发展。" * 4
    assert np.array_equal(fp.fingerprint_terms(index_text(fold(text))), fp.fingerprint(text))
