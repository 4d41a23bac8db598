"""Keyword-tag visibility benchmark: what deciding which tags a preview shows costs per article.

    .venv/bin/python bench/tag_visibility_bench.py [--repeat 3]

Prints figures; asserts nothing about time (STYLE.md). For every document of
``../shared/corpus/documents.jsonl`` it extracts the keywords as ``extract_tags`` does
(document frequencies over the corpus), then times
:func:`haowen.library.preview.tag_visibility` — fold title and body, cut the preview with
the default settings (30 %, at most 1,200 characters), test each tag — which is the CPU
``refresh_visibility`` adds to every tag write and body edit, and all that
``extract_tags --visibility`` does per article besides two queries. It also prints how many
tags the preview shows, the share a reader of the preview loses.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haowen.settings")

import django  # noqa: E402

django.setup()

from haowen.library.preview import tag_visibility  # noqa: E402
from haowen.text.keywords import document_frequencies, extract_keywords  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus" / "documents.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is printed")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"bench: {CORPUS} not found")
    docs = []
    with open(CORPUS, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            body = "\n".join(p.strip() for p in (row.get("text") or "").splitlines() if p.strip())
            if body:
                docs.append((row.get("title") or "", body))
    df, n = document_frequencies(f"{t}\n{b}" for t, b in docs)
    names = [[w for w, _s in extract_keywords(f"{t}\n{b}", df, n)] for t, b in docs]
    tag_visibility("预热", "预热正文", ["预热"])  # builds the fold table once
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        flags = [tag_visibility(t, b, ns) for (t, b), ns in zip(docs, names)]
        best = min(best, time.perf_counter() - start)
    chars = sum(len(b) for _t, b in docs)
    tags = sum(len(ns) for ns in names)
    shown = sum(sum(f) for f in flags)
    print(f"documents            {len(docs):>10,}")
    print(f"body characters      {chars:>10,}  ({chars / len(docs):,.0f} per document)")
    print(f"tags                 {tags:>10,}  ({tags / len(docs):.1f} per document)")
    print(f"shown by the preview {shown:>10,}  ({shown / tags:.1%})")
    print(f"tag_visibility       {best:>10.3f} s  ({best / len(docs) * 1000:.3f} ms per document, "
          f"{best / chars * 1e9:.0f} ns per body character)")


if __name__ == "__main__":
    main()
