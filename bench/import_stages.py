"""CPU cost of each import stage, one after another in one process, and the bound they set.

``import_bench.py`` times the whole command; this script says where its CPU goes. On the
first ``--docs`` synthetic documents (default 5,000) it runs, stage by stage, the same
functions the importer runs, and measures this process's CPU time (user + system, all
threads, so tantivy's indexing threads count):

1. parse + clean: ``ingest.parsers.parse_jsonl_chunk`` (JSON, cleaning, kind guess);
2. analyse: ``library.services.analyse_draft`` (validation, folding, content hash, rjieba
   search-mode segmentation of title and body, MinHash fingerprint);
3. save: ``library.services.save_draft`` + ``near_duplicates.link_near_duplicate`` in one
   transaction per document (SQLite in a fresh data folder);
4. index: ``search.follower.apply_pending`` with the words from step 2, one commit at the
   end, and the wait for tantivy's merges.

The sum is the CPU one document costs; with ``N`` CPUs the import cannot beat
``N / sum`` documents per second however the stages overlap. It prints that bound in MB/s.

Two figures of the cleaner apart (the synthetic documents have no site chrome): the CPU
per page of ``ingest.clean.clean_document`` on page-like text (the hand-made pages of
``bench/clean_eval/dev`` and the shared scraped pages, its line caches emptied before
each pass), and the import's site-template pre-pass (``ingest.sites.batch_templates``)
over the same ``--docs`` lines. And the cleaner on pathological input, in CPU seconds per
100 kB: 20,000 distinct short digit lines, 20,000 distinct short Latin-junk lines, 12,000
distinct short Chinese lines, one 1 MB line (``--cleaner-only`` prints only these).

    .venv/bin/python bench/import_stages.py --docs 5000
    .venv/bin/python bench/import_stages.py --cleaner-only
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import synth  # noqa: E402


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000, help="documents from the 100,000-document file (default 5000)")
    parser.add_argument("--seed", type=int, default=synth.DEFAULT_SEED)
    parser.add_argument("--cleaner-only", action="store_true", help="only the cleaner on pathological input")
    args = parser.parse_args()
    if args.cleaner_only:
        pathological_figures()
        return

    base = synth.OUT / "import-stages"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="haowen.settings",
        HAOWEN_DATA_DIR=str(base / "data"),
        SEARCH_INDEX_DIR=str(base / "data" / "index"),
        SEARCH_INDEX_FOLLOWER="off",
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from haowen.ingest.parsers import parse_jsonl_chunk
    from haowen.library.near_duplicates import link_near_duplicate
    from haowen.library.services import analyse_draft, save_draft
    from haowen.search.feed import prepared_terms
    from haowen.search.follower import apply_pending, get_engine

    call_command("migrate", verbosity=0, interactive=False)
    source = synth.ensure_synth(100_000, args.seed)
    lines: list[tuple[int, bytes]] = []
    with open(source, "rb") as fh:
        for n, line in enumerate(fh, start=1):
            lines.append((n, line))
            if len(lines) >= args.docs:
                break
    text_mb = sum(len((json.loads(line).get("text") or "").encode("utf-8")) for _, line in lines) / 1e6
    n = len(lines)
    costs: dict[str, float] = {}

    started = cpu()
    docs = []
    for i in range(0, n, 64):
        docs.extend(parse_jsonl_chunk(str(source), lines[i : i + 64]))
    costs["parse + clean (parse_jsonl_chunk)"] = cpu() - started

    started = cpu()
    drafts = docs  # a parsed document is the library's ArticleDraft
    analyses = [analyse_draft(d) for d in drafts]
    costs["analyse (fold, hash, rjieba, MinHash)"] = cpu() - started

    started = cpu()
    analysed = {}
    for draft, analysis in zip(drafts, analyses):
        with transaction.atomic():
            status, article = save_draft(draft, analysis)
            link_near_duplicate(article, analysis.fingerprint, new=status == "imported")
        analysed[article.pk] = analysis
    costs["save (row, log entry, bands, links; SQLite)"] = cpu() - started

    started = cpu()
    engine = get_engine()
    apply_pending(engine, terms=prepared_terms(analysed))
    engine.release_writer()
    costs["index (tantivy, words given; merges)"] = cpu() - started

    print(f"machine: {os.cpu_count()} CPUs; {n:,} documents, {text_mb:.1f} MB of text (from {source.name})")
    print(f"{'stage':<48}{'CPU s':>8}{'ms/doc':>9}")
    for label, seconds in costs.items():
        print(f"{label:<48}{seconds:>8.1f}{seconds / n * 1000:>9.2f}")
    total = sum(costs.values())
    per_doc = total / n
    cpus = os.cpu_count() or 1
    print(f"{'total':<48}{total:>8.1f}{per_doc * 1000:>9.2f}")
    print(
        f"bound: with {cpus} CPUs fully used and nothing else, at most {cpus / per_doc:,.0f} docs/s = "
        f"{cpus / per_doc * text_mb / n:.2f} MB/s (the target is 5 MB/s)"
    )
    cleaner_figures(base, lines)


def cleaner_figures(base: Path, lines: list[tuple[int, bytes]], passes: int = 4) -> None:
    """Print the cleaner's CPU per page-like document and the template pre-pass's CPU."""
    from haowen.ingest.clean import clean_document
    from haowen.ingest.cleaning import chrome
    from haowen.ingest.sites import batch_templates

    pages = [json.loads(p.read_text(encoding="utf-8"))["record"] for p in sorted((HERE / "clean_eval" / "dev").glob("*.json"))]
    shared = ROOT.parent / "shared" / "corpus" / "scraped_pages.jsonl"
    if shared.is_file():
        pages += [json.loads(line) for line in shared.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [(r.get("text") or "", r.get("title")) for r in pages]
    seconds = 0.0
    for _ in range(passes):
        chrome._edge_reason.cache_clear()
        chrome._strong_reason.cache_clear()
        started = cpu()
        for text, title in texts:
            clean_document(text, title)
        seconds += cpu() - started
    print(f"cleaner on page-like text: {len(texts)} pages × {passes}, {seconds / (len(texts) * passes) * 1000:.2f} ms/page")
    path = base / "stages.jsonl"
    path.write_bytes(b"".join(line for _, line in lines))
    started = cpu()
    batch_templates([path], None)
    print(f"site template pre-pass over the {len(lines):,} documents: {cpu() - started:.2f} s")
    pathological_figures()


def pathological_figures() -> None:
    """Print the cleaner's CPU per 100 kB on input made to be slow (distinct short lines the
    line caches cannot hold, a line of 1 MB) and what it kept of a document among them."""
    import random

    sys.path.insert(0, str(ROOT))
    from haowen.ingest.clean import clean_document

    rng = random.Random(13)
    letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789%&#@*"
    inputs = {
        "20,000 distinct short digit lines": "\n".join(str(rng.randint(10**4, 10**5)) for _ in range(20_000)),
        "20,000 distinct short Latin-junk lines": "\n".join("".join(rng.choice(letters) for _ in range(5)) for _ in range(20_000)),
        "12,000 distinct short Chinese lines": "\n".join(f"第{i}项名单" for i in range(12_000)),
        "one 1 MB line": "为检验应急预案的可操作性，提高各方协同处置能力" * 24_000,
    }
    clean_document("预热。", None)
    for name, text in inputs.items():
        size = len(text.encode("utf-8"))
        started = cpu()
        out = clean_document(text, None)
        seconds = cpu() - started
        print(
            f"cleaner on {name} ({size / 1000:,.0f} kB): {seconds:.2f} s CPU, {seconds / (size / 100_000):.2f} s per 100 kB; "
            f"{len(out.paragraphs):,} paragraphs kept"
        )


if __name__ == "__main__":
    main()
