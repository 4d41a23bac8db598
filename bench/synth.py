"""Synthetic documents for the search benchmark, sampled from the real corpus's sentences.

``python bench/synth.py --docs 100000`` writes ``bench/out/synth-<N>-s<seed>.jsonl`` (git-ignored)
in the corpus's JSON Lines schema (``id, source, kind, title, date, text`` plus ``views``), so
the importer and the benchmark read it like any other input. A file already there with the
right number of lines is reused.

Each document is about :data:`TARGET_CHARS` characters (2,700–3,300, uniformly): paragraphs
of 2–6 sentences drawn with replacement from every sentence of
``../shared/corpus/documents.jsonl`` (inline HTML stripped, 10–150 characters, at least half
CJK). With ~150,000 distinct sentences and 100 per document every common word is in a large
share of the documents: the worst case for an inverted index. Titles follow the genres'
patterns (``在…上的讲话``, ``关于…的通知``, ``…实施方案`` …) around a clause cut from a
sentence. Everything is drawn from one ``random.Random(seed)``, so a given ``(docs, seed)``
always gives the same file.

This module also derives the benchmark's query vocabulary from the same corpus (see
:func:`vocabulary`), so queries and documents share words.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "documents.jsonl"

TARGET_CHARS = 3000
DEFAULT_SEED = 20220311

_TAG = re.compile(r"<[^>]{0,400}>")
_ENTITY = re.compile(r"&(nbsp|amp|lt|gt|quot|#\d+);")
_WS = re.compile(r"\s+")
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")

# kind → title pattern; {x} is a clause taken from a sentence.
TITLE_PATTERNS = {
    "speech": ["在{x}工作会议上的讲话", "在{x}座谈会上的讲话", "{x}动员大会讲话稿"],
    "report": ["{x}工作报告", "关于{x}情况的调研报告", "{x}工作情况汇报"],
    "notice": ["关于{x}的通知", "关于做好{x}工作的通知"],
    "plan": ["{x}实施方案", "关于{x}的工作计划"],
    "summary": ["{x}工作总结", "{x}年度总结"],
    "news": ["{x}", "聚焦{x}"],
    "other": ["{x}", "{x}心得体会"],
}


def corpus_path() -> Path:
    """``../shared/corpus/documents.jsonl``; exits with a clear message when absent."""
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} not found (the benchmark samples the shared corpus)")
    return CORPUS


def clean_text(text: str) -> str:
    """Strip inline HTML and entities; one paragraph per line, inline whitespace collapsed."""
    text = _ENTITY.sub(" ", _TAG.sub("", text))
    lines = (_WS.sub("", line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def sentences(path: Path | None = None) -> list[str]:
    """Distinct corpus sentences (10–150 characters, at least half CJK), in corpus order."""
    seen: dict[str, None] = {}
    with open(path or corpus_path(), encoding="utf-8") as fh:
        for line in fh:
            text = clean_text(json.loads(line)["text"] or "")
            for para in text.split("\n"):
                for s in _SENTENCE.findall(para):
                    if 10 <= len(s) <= 150 and len(_CJK.findall(s)) * 2 >= len(s):
                        seen.setdefault(s, None)
    return list(seen)


def _title(rng: random.Random, kind: str, pool: list[str]) -> str:
    runs = _CJK_RUN.findall(rng.choice(pool))
    while not runs:
        runs = _CJK_RUN.findall(rng.choice(pool))
    run = rng.choice(runs)
    n = rng.randint(4, min(14, len(run)))
    start = rng.randint(0, len(run) - n)
    return rng.choice(TITLE_PATTERNS[kind]).format(x=run[start : start + n])


def generate(n_docs: int, seed: int = DEFAULT_SEED):
    """Yield ``n_docs`` document dicts (the corpus JSONL schema plus ``views``), deterministic."""
    pool = sentences()
    rng = random.Random(seed)
    kinds = list(TITLE_PATTERNS)
    first, span = dt.date(2000, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal() - dt.date(2000, 1, 1).toordinal()
    for i in range(n_docs):
        target = rng.randint(TARGET_CHARS - 300, TARGET_CHARS + 300)
        paragraphs: list[str] = []
        size = 0
        while size < target:
            para = "".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
            paragraphs.append(para)
            size += len(para)
        kind = rng.choice(kinds)
        yield {
            "id": f"synth-{seed}-{i:06d}",
            "source": f"bench:synth seed={seed}",
            "kind": kind,
            "title": _title(rng, kind, pool),
            "date": dt.date.fromordinal(first + rng.randint(0, span)).isoformat(),
            "views": rng.randint(0, 5000),
            "text": "\n".join(paragraphs),
        }


def synth_path(n_docs: int, seed: int = DEFAULT_SEED) -> Path:
    return OUT / f"synth-{n_docs}-s{seed}.jsonl"


def ensure_synth(n_docs: int, seed: int = DEFAULT_SEED, log=print) -> Path:
    """Return the path of the ``n_docs``-document file, writing it first when absent."""
    path = synth_path(n_docs, seed)
    if path.exists():
        with open(path, "rb") as fh:
            if sum(1 for _ in fh) == n_docs:
                log(f"synth: reusing {path.relative_to(HERE.parent)}")
                return path
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    chars = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for doc in generate(n_docs, seed):
            chars += len(doc["text"])
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    log(
        f"synth: wrote {n_docs:,} documents, {chars / n_docs:,.0f} characters each on average, "
        f"to {path.relative_to(HERE.parent)} in {time.perf_counter() - started:.0f} s"
    )
    return path


def vocabulary(top: int = 5000, path: Path | None = None) -> list[str]:
    """The ``top`` most frequent words of 2–4 CJK characters in the corpus, most frequent first.

    Words are rjieba default-mode tokens of the cleaned corpus text; ties are broken by
    the word itself so the list is deterministic.
    """
    import rjieba

    counts: collections.Counter[str] = collections.Counter()
    word = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
    with open(path or corpus_path(), encoding="utf-8") as fh:
        for line in fh:
            text = clean_text(json.loads(line)["text"] or "")
            counts.update(t for t in rjieba.cut(text, True) if word.match(t))
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="number of documents (default 100000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    args = parser.parse_args()
    ensure_synth(args.docs, args.seed)


if __name__ == "__main__":
    main()


def cpu_and_ram() -> tuple[str, float]:
    """``(CPU model name, RAM in GiB)`` of this machine, for the benchmarks' first line."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return cpu, os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
