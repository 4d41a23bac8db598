"""Near-duplicate detection benchmark: fingerprint + LSH grouping, on the corpus and on synthetic documents.

    .venv/bin/python bench/near_duplicates_bench.py [--docs 100000] [--workers 2] [--seed 20220311]

Prints figures; asserts nothing about time (STYLE.md). What it measures is exactly what
``manage.py find_near_duplicates`` runs between reading bodies and writing links:
:func:`haowen.text.fingerprint.fingerprints` (rjieba words → 3-word shingles → 128
MinHash values, in ``--workers`` processes) and :func:`haowen.text.fingerprint.clusters`
(datasketch MinHashLSH, candidates confirmed at Jaccard ≥ ``--threshold``).

Synthetic documents: about 3,000 characters each (2,700–3,300), paragraphs of 2–6
sentences drawn with replacement from every sentence of ``../shared/corpus/documents.jsonl``
(10–150 characters, at least half CJK), all from one ``random.Random(seed)``. Then
``--copies`` (default 1 %) of them get a near-duplicate copy made the way copying sites
edit a model text — a name filled in for ``XX`` in a few sentences, one sentence replaced,
punctuation changed — so recall and false groups can be counted as well as time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from haowen.text import fingerprint as fp  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus" / "documents.jsonl"
_TAG = re.compile(r"<[^>]{0,400}>")
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def corpus_rows() -> list[dict]:
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} not found (the benchmark samples the shared corpus)")
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def sentence_pool(rows: list[dict]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for para in _TAG.sub("", row["text"] or "").splitlines():
            for s in _SENTENCE.findall("".join(para.split())):
                if 10 <= len(s) <= 150 and len(_CJK.findall(s)) * 2 >= len(s):
                    seen.setdefault(s, None)
    return list(seen)


def synthesize(pool: list[str], n_docs: int, rng: random.Random) -> list[str]:
    docs = []
    for _ in range(n_docs):
        target = rng.randint(2700, 3300)
        paragraphs, size = [], 0
        while size < target:
            para = "".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
            paragraphs.append(para)
            size += len(para)
        docs.append("\n".join(paragraphs))
    return docs


def edited_copy(text: str, pool: list[str], rng: random.Random) -> str:
    """A copying site's edit: one sentence replaced, names put in, punctuation changed."""
    sentences = _SENTENCE.findall(text.replace("\n", "¶"))
    if sentences:
        sentences[rng.randrange(len(sentences))] = rng.choice(pool)
    out = "".join(sentences).replace("¶", "\n")
    for old, new in (("XX", "六盘水"), ("我市", "本市"), ("，", ","), ("。", ". ")):
        out = out.replace(old, new, 3)
    return out


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, fn, *args, **kwargs):
    """Run ``fn``; print wall-clock seconds and CPU seconds (this process and its workers)."""
    started, cpu = time.perf_counter(), _cpu()
    result = fn(*args, **kwargs)
    seconds, cpu_seconds = time.perf_counter() - started, _cpu() - cpu
    print(f"  {label:<34} {seconds:8.2f} s wall  {cpu_seconds:8.2f} s CPU")
    return result, seconds


def run_corpus(rows: list[dict], workers: int, threshold: float) -> None:
    texts = [r["text"] or "" for r in rows]
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} documents, {chars / 1e6:.1f} M characters")
    values, t_fp = timed("fingerprint", fp.fingerprints, texts, workers=workers)
    groups, t_cl = timed("LSH group + confirm", fp.clusters, zip(range(len(texts)), values), threshold)
    print(f"  {'total':<34} {t_fp + t_cl:8.2f} s   ({chars / 1e6 / (t_fp + t_cl):.1f} M chars/s)")
    print(f"  groups: {len(groups)}, copies: {sum(len(g) - 1 for g in groups)}")
    for g in sorted(groups, key=len, reverse=True)[:5]:
        print("   ", " | ".join((rows[i]["title"] or "")[:24] for i in g[:4]))


def run_synthetic(pool: list[str], n_docs: int, copies: float, workers: int, threshold: float, seed: int) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    docs = synthesize(pool, n_docs, rng)
    n_copies = int(n_docs * copies)
    originals = rng.sample(range(n_docs), n_copies)
    truth = {}
    for i in originals:
        truth[len(docs)] = i
        docs.append(edited_copy(docs[i], pool, rng))
    chars = sum(map(len, docs))
    print(
        f"synthetic: {n_docs:,} documents + {n_copies:,} edited copies, {chars / 1e6:.0f} M characters "
        f"(generated in {time.perf_counter() - started:.1f} s, not counted), workers={workers}"
    )
    values, t_fp = timed("fingerprint", fp.fingerprints, docs, workers=workers, chunksize=256)
    groups, t_cl = timed("LSH group + confirm", fp.clusters, zip(range(len(docs)), values), threshold)
    total = t_fp + t_cl
    print(f"  {'total':<34} {total:8.2f} s   ({len(docs) / total:,.0f} docs/s; target < 120 s for 100,000)")
    grouped = {i: tuple(g) for g in groups for i in g}
    found = sum(1 for copy, original in truth.items() if grouped.get(copy) and original in grouped[copy])
    false_groups = [g for g in groups if not any(i in truth for i in g)]
    sims = [fp.similarity(values[c], values[o]) for c, o in list(truth.items())[:2000]]
    print(f"  copies found: {found:,}/{n_copies:,} (recall {found / max(1, n_copies):.1%})")
    print(f"  groups without an injected copy: {len(false_groups)}")
    if sims:
        sims.sort()
        print(f"  estimated Jaccard of injected copies: min {sims[0]:.2f}, median {sims[len(sims) // 2]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--copies", type=float, default=0.01, help="share of documents that get an edited copy")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--seed", type=int, default=20220311)
    parser.add_argument("--skip-corpus", action="store_true")
    args = parser.parse_args()
    rows = corpus_rows()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; MinHash {fp.NUM_PERM} permutations, {fp.SHINGLE_WORDS}-word shingles, "
          f"LSH bands×rows {fp.lsh_params(args.threshold)} at threshold {args.threshold}")
    if not args.skip_corpus:
        run_corpus(rows, args.workers, args.threshold)
    run_synthetic(sentence_pool(rows), args.docs, args.copies, args.workers, args.threshold, args.seed)


if __name__ == "__main__":
    main()
