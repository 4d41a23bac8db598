"""Search and import benchmark: Haowen's search against SQLite FTS5 and Whoosh, same process.

    .venv/bin/python bench/search_bench.py                    # 100,000 synthetic docs + the real corpus
    .venv/bin/python bench/search_bench.py --docs 10000 --queries 100

Datasets (each measured in its own child process, because Django's settings are fixed per
process; the baselines run in that same child, on the same documents and queries):

* ``synth``: ``--docs`` synthetic documents of ~3,000 characters sampled from the real
  corpus's sentences with a fixed seed (``bench/synth.py``; reused from ``bench/out/``);
* ``real``: ``../shared/corpus/documents.jsonl`` as it is (882 documents).

For each dataset the child sets ``HAOWEN_DATA_DIR``/``SEARCH_INDEX_DIR`` under
``bench/out/<dataset>/``, migrates a fresh SQLite database and reports:

* import throughput end to end (MB/s of UTF-8 text, MB = 10^6 bytes, and documents/s):
  ``manage.py import_documents --no-tags`` run in the child process, until every document
  is searchable (``bench/import_bench.py`` measures the command from outside, tags included);
* index size on disk (tantivy folder; SQLite database for reference);
* latency of ``haowen.search.services.search_articles`` — what a reader gets: query
  parsing and segmentation, tantivy top 10 + total + facet counts, the article fetch from
  the database, title highlight and snippet — in ms at p50/p95/p99 for 1-, 2- and 3-word
  queries and for exact-mode (quoted) queries, plus where the time goes (phases);
* the same queries on SQLite FTS5 over jieba-segmented text (``bm25()`` with the title
  weighted 4×, ``highlight()`` of the title, ``snippet()`` of the body, and ``count(*)`` for
  the total), and on Whoosh (whoosh-reloaded) with jieba's own ``ChineseAnalyzer``
  (``MultifieldParser`` over title^4 and body, top 10, ``len(results)`` for the total,
  highlighted title and body). The baseline indexes are built with rjieba (same
  dictionary and output as jieba, 24× faster) to save time; their queries and
  highlighting go through jieba, as the developer using them would have it;
* our latency as a ratio to each baseline at p50 and p99, and PASS/MISS for the targets
  of issue 2 (synthetic dataset).

Queries (``--queries`` per shape, fixed seed): words drawn uniformly from the corpus's 5,000
most frequent words of 2–4 CJK characters (``synth.vocabulary``), joined by spaces; exact
queries are a quoted substring of 2–8 CJK characters of a random corpus sentence. Every
engine first runs a separate warm-up set. Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import synth  # noqa: E402

SHAPES = ("1 word", "2 words", "3 words", "exact")
WORD_SHAPES = SHAPES[:3]
WARMUP_PER_SHAPE = 20
TARGETS_DOCS = 100_000

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_WORDISH = re.compile(r"[\w\u3400-\u9fff]")


# --- queries ------------------------------------------------------------------------------
def make_queries(per_shape: int, seed: int) -> dict[str, list[str]]:
    """``per_shape`` queries of each shape, deterministic for ``seed``."""
    vocab = synth.vocabulary()
    pool = synth.sentences()
    rng = random.Random(seed)
    out: dict[str, list[str]] = {s: [] for s in SHAPES}
    for shape, n_words in zip(WORD_SHAPES, (1, 2, 3)):
        out[shape] = [" ".join(rng.sample(vocab, n_words)) for _ in range(per_shape)]
    while len(out["exact"]) < per_shape:
        runs = _CJK_RUN.findall(rng.choice(pool))
        if not runs:
            continue
        run = rng.choice(runs)
        n = rng.randint(2, min(8, len(run)))
        start = rng.randint(0, len(run) - n)
        out["exact"].append(f'"{run[start:start + n]}"')
    return out


# --- statistics ---------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    """Percentile ``p`` (0–100) with linear interpolation (numpy's default method)."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(latencies_ms: list[float], cpu_ms: list[float], hits: list[int], disk: list[int]) -> dict:
    return {
        "n": len(latencies_ms),
        "p50": pct(latencies_ms, 50),
        "p95": pct(latencies_ms, 95),
        "p99": pct(latencies_ms, 99),
        "max": max(latencies_ms),
        "cpu_p50": pct(cpu_ms, 50),
        "cpu_p99": pct(cpu_ms, 99),
        "mean_total": statistics.fmean(hits) if hits else 0.0,
        "zero": sum(1 for h in hits if h == 0),
        "disk_mb": sum(disk) * 512 / 1e6,
    }


def run_queries(fn, queries: dict[str, list[str]]) -> dict[str, dict]:
    """Time ``fn(q) -> total matches`` for every query; summaries per shape and pooled.

    Wall-clock latency is the figure; the CPU time of this process per query is kept
    beside it, because on a shared machine other processes inflate the wall clock, and
    so are the disk reads (``ru_inblock``: page faults on the index's mmap and SQLite
    reads that missed the page cache).
    """
    per_shape: dict[str, tuple[list, list, list, list]] = {}
    for shape in SHAPES:
        lat, cpu, hits, disk = [], [], [], []
        for q in queries[shape]:
            blocks = resource.getrusage(resource.RUSAGE_SELF).ru_inblock
            started, cpu_started = time.perf_counter(), time.process_time()
            total = fn(q)
            lat.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            disk.append(resource.getrusage(resource.RUSAGE_SELF).ru_inblock - blocks)
            hits.append(total)
        per_shape[shape] = (lat, cpu, hits, disk)
    out = {shape: summary(*per_shape[shape]) for shape in SHAPES}
    out["words (1-3)"] = summary(*([x for s in WORD_SHAPES for x in per_shape[s][k]] for k in range(4)))
    return out


def measure(fn, queries: dict[str, list[str]], warmup: dict[str, list[str]], title: str) -> tuple[dict, dict]:
    """Warm up on other queries, then run every query twice; print and return both passes.

    The first pass meets whatever the page cache holds (this VM's DAMON reclaim pages out
    file pages untouched for 60 s, so much of a large index is read from disk again);
    the second pass, the same queries again, shows the engine with its data in memory.
    """
    warm(fn, warmup)
    first = run_queries(fn, queries)
    print_latency(f"{title} — first pass:", first)
    second = run_queries(fn, queries)
    print_latency(f"{title} — second pass, same queries (page cache warm):", second)
    return first, second


def warm(fn, queries: dict[str, list[str]]) -> None:
    for shape in SHAPES:
        for q in queries[shape]:
            fn(q)


def print_latency(title: str, stats: dict[str, dict]) -> None:
    print(f"  {title}")
    print(
        f"    {'queries':<12}{'n':>5}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}{'cpu p50':>9}{'cpu p99':>9}"
        f"{'mean total':>12}{'zero hits':>11}{'disk MB':>9}"
    )
    for shape in (*SHAPES, "words (1-3)"):
        s = stats[shape]
        print(
            f"    {shape:<12}{s['n']:>5}{s['p50']:>9.2f}{s['p95']:>9.2f}{s['p99']:>9.2f}{s['max']:>9.2f}"
            f"{s['cpu_p50']:>9.2f}{s['cpu_p99']:>9.2f}{s['mean_total']:>12,.0f}{s['zero']:>11}{s['disk_mb']:>9.1f}"
        )


def disk_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:,.1f} MB"


def iter_records(path: Path, limit: int | None = None):
    """Yield ``(line_bytes, record)`` from a JSON Lines file, at most ``limit`` of them."""
    with open(path, "rb") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield line, json.loads(line)


def title_of(rec: dict) -> str:
    title = (rec.get("title") or "").strip()
    if title:
        return title
    first = next((ln.strip() for ln in (rec.get("text") or "").splitlines() if ln.strip()), "")
    return first[:60]


# --- Haowen -------------------------------------------------------------------------------
def setup_django(base: Path, fresh: bool) -> None:
    """Point Haowen at ``base/data`` (fresh when asked), set up Django and migrate."""
    data = base / "data"
    if fresh and base.exists():
        shutil.rmtree(base)
    data.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "haowen.settings",
            "HAOWEN_DATA_DIR": str(data),
            "SEARCH_INDEX_DIR": str(data / "index"),
            "DATABASE_URL": f"sqlite:///{data / 'haowen.sqlite3'}",
            "SEARCH_INDEX_FOLLOWER": "off",
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
        }
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def import_ours(path: Path) -> dict:
    """Import ``path`` with ``manage.py import_documents`` (in this process); return the figures.

    The command as an operator runs it, without the keyword-tag step (``--no-tags``):
    worker processes parse, clean, segment and fingerprint; this process saves each
    document in its own transaction and feeds the index. ``seconds`` runs until every
    document is searchable (index committed, writer released, merges done).
    """
    import io

    from django.core.management import call_command

    text_bytes = sum(len((rec.get("text") or "").encode("utf-8")) for _, rec in iter_records(path))
    out = io.StringIO()
    started = time.perf_counter()
    failed = 0
    try:
        call_command("import_documents", str(path), "--no-progress", "--no-tags", verbosity=2, stdout=out, stderr=out)
    except Exception as exc:  # CommandError when a document failed: report it, keep the figures
        failed = -1
        out.write(f"\n{exc}\n")
    seconds = time.perf_counter() - started
    text = out.getvalue()
    summary = next((line for line in text.splitlines() if line.startswith("imported ")), "")
    timing = re.search(r"timing: documents saved ([\d.]+) s, searchable ([\d.]+) s", text)
    numbers = dict(re.findall(r"(imported|unchanged|updated|failed) (\d+)", summary))

    from haowen.ingest.services import default_workers
    from haowen.library.models import Article

    docs = Article.objects.count()
    return {
        "how": f"manage.py import_documents --no-tags ({default_workers()} worker processes)",
        "docs": docs,
        "failed": int(numbers.get("failed", 0)) if failed == 0 else failed,
        "problems": [line for line in text.splitlines() if ": " in line and not line.startswith(("imported", "timing", "search index"))][:5],
        "unchanged": int(numbers.get("unchanged", 0)),
        "text_bytes": text_bytes,
        "seconds": seconds,
        "db_seconds": float(timing.group(1)) if timing else seconds,
        "index_seconds": (float(timing.group(2)) - float(timing.group(1))) if timing else 0.0,
        "merge_seconds": 0.0,
        "steps": {},
        "mb_per_s": text_bytes / 1e6 / seconds,
        "docs_per_s": docs / seconds,
    }


def ours_fn():
    from haowen.search.services import search_articles

    def run(q: str) -> int:
        return search_articles(q).total

    return run


def phase_breakdown(queries: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Mean ms per query spent in each step of ``search_articles``, per shape.

    Wraps the functions ``haowen.search.services`` calls (parse, engine search, snippet,
    title highlight); what is left of the wall time is the article fetch and glue.
    """
    from haowen.search import services

    acc: dict[str, float] = {}

    def timed(name, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                acc[name] = acc.get(name, 0.0) + time.perf_counter() - t

        return wrapper

    engine = services.get_engine()
    originals = (services.parse_query, services.make_snippet, services.highlight, engine.search)
    services.parse_query = timed("parse", services.parse_query)
    services.make_snippet = timed("snippets", services.make_snippet)
    services.highlight = timed("title", services.highlight)
    engine.search = timed("tantivy", engine.search)
    out: dict[str, dict[str, float]] = {}
    try:
        for shape in SHAPES:
            acc.clear()
            started = time.perf_counter()
            for q in queries[shape]:
                services.search_articles(q)
            wall = time.perf_counter() - started
            n = len(queries[shape])
            row = {k: v / n * 1000 for k, v in acc.items()}
            row["DB fetch+rest"] = (wall - sum(acc.values())) / n * 1000
            out[shape] = row
    finally:
        services.parse_query, services.make_snippet, services.highlight, engine.search = originals
    return out


def tantivy_only(queries: dict[str, list[str]], readable=None) -> dict[str, dict]:
    """Latency of the engine alone (top 10 and total, no facets) for context; ``readable`` as
    in ``Engine.search`` (``{"free"}``: an anonymous reader, substrings of gated parts off)."""
    from haowen.search.services import get_engine
    from haowen.text.query import parse_query

    engine = get_engine()
    parsed = {s: [parse_query(q) for q in queries[s]] for s in SHAPES}
    per = {}
    for shape in SHAPES:
        lat = []
        for p in parsed[shape]:
            t = time.perf_counter()
            engine.search(p, facets=False, readable=readable)
            lat.append((time.perf_counter() - t) * 1000)
        per[shape] = {"p50": pct(lat, 50), "p99": pct(lat, 99)}
    return per


# --- SQLite FTS5 baseline -------------------------------------------------------------------
class FTS5Baseline:
    """SQLite FTS5 over jieba search-mode words joined by spaces (unicode61 tokenizer)."""

    name = "SQLite FTS5 + jieba"

    def __init__(self, path: Path):
        self.path = path

    def build(self, jsonl: Path, limit: int | None) -> dict:
        import rjieba

        if self.path.exists():
            self.path.unlink()
        started = time.perf_counter()
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)")
        n = 0
        with db:
            for _, rec in iter_records(jsonl, limit):
                db.execute(
                    "INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                    (
                        n + 1,
                        " ".join(rjieba.cut_for_search(title_of(rec), True)),
                        " ".join(rjieba.cut_for_search(rec.get("text") or "", True)),
                    ),
                )
                n += 1
        db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        db.commit()
        db.close()
        return {"docs": n, "seconds": time.perf_counter() - started, "bytes": disk_size(self.path)}

    def open(self) -> None:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        self.jieba = jieba
        self.db = sqlite3.connect(self.path)

    def match(self, q: str) -> str:
        """The FTS5 MATCH string: every query word's jieba terms ANDed; quotes make a phrase."""
        def terms(text: str) -> list[str]:
            return ['"' + t.replace('"', '""') + '"' for t in self.jieba.cut_for_search(text) if _WORDISH.search(t)]

        q = q.strip()
        if len(q) > 1 and q[0] == q[-1] == '"':
            inner = [t[1:-1] for t in terms(q[1:-1])]
            return '"' + " ".join(inner) + '"'
        parts = [t for word in q.split() for t in terms(word)]
        return " AND ".join(parts)

    def search(self, q: str, top_only: bool = False) -> int:
        match = self.match(q)
        if not match or match == '""':
            return 0
        rows = self.db.execute(
            "SELECT rowid, highlight(docs, 0, '<mark>', '</mark>'),"
            " snippet(docs, 1, '<mark>', '</mark>', '…', 32), bm25(docs, 4.0, 1.0) AS rank"
            " FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
            (match,),
        ).fetchall()
        if top_only:
            return len(rows)
        return self.db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()[0]


# --- Whoosh baseline -------------------------------------------------------------------------
from jieba.analyse.analyzer import STOP_WORDS, accepted_chars  # noqa: E402
from whoosh.analysis import LowercaseFilter, StemFilter, StopFilter, Token, Tokenizer  # noqa: E402
from whoosh.lang.porter import stem  # noqa: E402


class JiebaTokenizer(Tokenizer):
    """``jieba.analyse.ChineseTokenizer``, switched to rjieba (same output) while indexing.

    At module level because Whoosh pickles the schema, analyzer included, into its index.
    """

    use_rjieba = False

    def __call__(self, text, **kwargs):
        if JiebaTokenizer.use_rjieba:
            import rjieba

            words = rjieba.tokenize(text, mode="search", hmm=True)
        else:
            import jieba

            words = jieba.tokenize(text, mode="search")
        token = Token()
        for w, start_pos, stop_pos in words:
            if not accepted_chars.match(w) and len(w) <= 1:
                continue
            token.original = token.text = w
            token.pos = start_pos
            token.startchar = start_pos
            token.endchar = stop_pos
            yield token


def jieba_analyzer():
    """``jieba.analyse.ChineseAnalyzer()`` with :class:`JiebaTokenizer`."""
    return (
        JiebaTokenizer()
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | StemFilter(stemfn=stem, ignore=None, cachesize=50000)
    )


class WhooshBaseline:
    """Whoosh (whoosh-reloaded) with jieba's ChineseAnalyzer on title and body, both stored."""

    name = "Whoosh + jieba"

    def __init__(self, path: Path):
        self.path = path

    def build(self, jsonl: Path, limit: int | None) -> dict:
        from whoosh import fields, index

        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        analyzer = jieba_analyzer()
        schema = fields.Schema(
            id=fields.ID(stored=True),
            title=fields.TEXT(analyzer=analyzer, stored=True),
            body=fields.TEXT(analyzer=analyzer, stored=True),
        )
        started = time.perf_counter()
        JiebaTokenizer.use_rjieba = True
        try:
            ix = index.create_in(str(self.path), schema)
            writer = ix.writer(limitmb=256)
            n = 0
            for _, rec in iter_records(jsonl, limit):
                writer.add_document(id=str(n + 1), title=title_of(rec), body=rec.get("text") or "")
                n += 1
            writer.commit()
        finally:
            JiebaTokenizer.use_rjieba = False
        return {"docs": n, "seconds": time.perf_counter() - started, "bytes": disk_size(self.path)}

    def open(self) -> None:
        import jieba
        from whoosh import index
        from whoosh.highlight import HtmlFormatter
        from whoosh.qparser import MultifieldParser

        jieba.setLogLevel(60)
        jieba.initialize()
        JiebaTokenizer.use_rjieba = False
        self.ix = index.open_dir(str(self.path))
        self.searcher = self.ix.searcher()
        self.parser = MultifieldParser(["title", "body"], self.ix.schema, fieldboosts={"title": 4.0})
        self.formatter = HtmlFormatter(tagname="mark")

    def search(self, q: str) -> int:
        query = self.parser.parse(q)
        results = self.searcher.search(query, limit=10)
        results.formatter = self.formatter
        for hit in results:
            hit.highlights("title")
            hit.highlights("body", top=1)
        return len(results)


# --- one dataset (child process) ---------------------------------------------------------------
def run_dataset(args) -> dict:
    name = args.dataset
    if name == "synth":
        jsonl = synth.ensure_synth(args.docs, args.seed)
        label = (
            f"synthetic: {args.docs:,} documents of ~{synth.TARGET_CHARS:,} characters sampled from the real "
            f"corpus's sentences (seed {args.seed})"
        )
        base = synth.OUT / f"synth-{args.docs}"
    else:
        jsonl = synth.corpus_path()
        label = f"real corpus: {jsonl.parent.name}/{jsonl.name} as it is"
        base = synth.OUT / "real"
    reuse = args.reuse and (base / "built.json").exists()
    print(f"\n=== dataset {label}", flush=True)
    print("  load average at the start (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))

    setup_django(base, fresh=not reuse)
    result: dict = {"dataset": name, "label": label}
    if reuse:
        built = json.loads((base / "built.json").read_text())
        result["import"] = built["import"]
        result["import_reused"] = True
        print("  import: reused the index built earlier (figures below are from that run)")
    else:
        result["import"] = import_ours(jsonl)
    imp = result["import"]
    print(
        f"  import, end to end via {imp['how']}:\n"
        f"    {imp['docs']:,} documents, {mb(imp['text_bytes'])} of text in {imp['seconds']:.1f} s"
        f" → {imp['mb_per_s']:.2f} MB/s, {imp['docs_per_s']:,.0f} docs/s"
        f"  (all saved after {imp['db_seconds']:.1f} s, the index done {imp['index_seconds']:.1f} s later;"
        f" {imp.get('unchanged', 0)} unchanged duplicates, {imp['failed']} failed)",
        flush=True,
    )
    for problem in imp.get("problems", [])[:3]:
        print(f"    failed: {problem[:160]}")
    if imp.get("steps"):
        n = max(imp["docs"], 1)
        print("    where the import time goes (wall s, ms per document; the rest is reading, glue, the index log):")
        for label, sec in imp["steps"].items():
            print(f"      {label:<62}{sec:>9.1f} s{sec / n * 1000:>9.2f} ms/doc")
    from haowen.search.follower import get_engine

    engine = get_engine()
    index_dir = Path(os.environ["SEARCH_INDEX_DIR"])
    db_file = Path(os.environ["HAOWEN_DATA_DIR"]) / "haowen.sqlite3"
    result["index_bytes"] = disk_size(index_dir)
    result["db_bytes"] = disk_size(db_file)
    segments = engine.index.searcher().num_segments
    print(
        f"  index size: tantivy {mb(result['index_bytes'])} ({segments} segments, "
        f"{engine.num_docs():,} documents); SQLite database {mb(result['db_bytes'])} (bodies and raw input)",
        flush=True,
    )

    queries = make_queries(args.queries, args.seed + 1)
    warmup = make_queries(WARMUP_PER_SHAPE, args.seed + 2)
    print(
        f"  queries: {args.queries} per shape (seed {args.seed + 1}), after {WARMUP_PER_SHAPE} warm-up queries"
        f" per shape; latency in ms, wall clock per query, single thread",
        flush=True,
    )

    fn = ours_fn()
    result["ours_first"], result["ours"] = measure(
        fn,
        queries,
        warmup,
        "Haowen search_articles (parse + rjieba, tantivy top 10 + total + facets, DB fetch, title + snippet)",
    )
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for shape in SHAPES:
            for q in queries[shape]:
                fn(q)
        prof.disable()
        prof.dump_stats(str(base / "ours.prof"))
        print(f"  cProfile of all queries written to {base / 'ours.prof'}; top by internal time:")
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    result["phases"] = phase_breakdown(queries)
    print(
        "  where the time goes, mean ms per query: parse = parse_query (fold + rjieba); tantivy = engine"
        " search (top 10, total, facet counts); snippets = make_snippet × 10; title = highlight × 10;"
        " DB fetch+rest = the rest (article fetch, glue):"
    )
    phase_names = ["parse", "tantivy", "snippets", "title", "DB fetch+rest"]
    print("    " + f"{'queries':<12}" + "".join(f"{p:>15}" for p in phase_names))
    for shape in SHAPES:
        print("    " + f"{shape:<12}" + "".join(f"{result['phases'][shape].get(p, 0.0):>15.2f}" for p in phase_names))
    result["engine_only"] = tantivy_only(queries)
    print(
        "  tantivy alone (top 10 + total, no facets): "
        + "; ".join(f"{s} p50 {v['p50']:.2f} p99 {v['p99']:.2f}" for s, v in result["engine_only"].items()),
        flush=True,
    )
    # Every document here is at the site default (login): for an anonymous reader substring
    # clauses look at titles and previews only (issue 12).
    result["engine_only_anonymous"] = tantivy_only(queries, readable={"free"})
    print(
        "  tantivy alone, as an anonymous reader: "
        + "; ".join(f"{s} p50 {v['p50']:.2f} p99 {v['p99']:.2f}" for s, v in result["engine_only_anonymous"].items()),
        flush=True,
    )

    baselines = [b for b in args.baselines.split(",") if b]
    n_docs = imp["docs"]
    result["baselines"] = {}
    for key in baselines:
        if key == "fts5":
            baseline = FTS5Baseline(base / "fts5.sqlite3")
            limit = None
        elif key == "whoosh":
            baseline = WhooshBaseline(base / "whoosh")
            limit = args.whoosh_docs if args.whoosh_docs < n_docs else None
        else:
            sys.exit(f"--baselines: unknown baseline {key!r} (fts5, whoosh)")
        marker = base / f"built-{key}.json"
        if reuse and marker.exists():
            build = json.loads(marker.read_text())
        else:
            build = baseline.build(jsonl, limit)
            marker.write_text(json.dumps(build))
        baseline.open()
        print(
            f"  {baseline.name}: built on {build['docs']:,} documents (segmented with rjieba) in "
            f"{build['seconds']:.1f} s, {mb(build['bytes'])} on disk"
            + (
                f" — on the first {build['docs']:,} documents only: indexing all {n_docs:,} takes too long"
                " (our latency stays measured on all of them)"
                if build["docs"] < n_docs
                else ""
            ),
            flush=True,
        )
        first, stats = measure(baseline.search, queries, warmup, f"{baseline.name} (queries segmented with jieba)")
        entry = {"build": build, "stats": stats, "first": first}
        if key == "fts5":
            top_only = run_queries(lambda q: baseline.search(q, top_only=True), queries)
            entry["top_only"] = top_only
            w = top_only["words (1-3)"]
            print(f"    (third pass without the count(*) query: words p50 {w['p50']:.2f}, p99 {w['p99']:.2f})")
        result["baselines"][key] = entry

    if result["baselines"]:
        print("  speed-up, their latency ÷ ours (> 1 means Haowen is faster), second pass and (first pass):")
        print(f"    {'queries':<12}" + "".join(f"{b + ' p50':>22}{b + ' p99':>22}" for b in result["baselines"]))
        for shape in (*SHAPES, "words (1-3)"):
            row = f"    {shape:<12}"
            for key, entry in result["baselines"].items():
                for p in ("p50", "p99"):
                    warm_ratio = entry["stats"][shape][p] / result["ours"][shape][p]
                    first_ratio = entry["first"][shape][p] / result["ours_first"][shape][p]
                    row += f"{warm_ratio:>12.1f}× ({first_ratio:.1f}×)".rjust(22)
            print(row)
    print("  load average at the end (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process: {result['max_rss_mb']:,.0f} MiB", flush=True)
    if not reuse:
        (base / "built.json").write_text(json.dumps({"import": result["import"]}))
    return result


# --- parent ------------------------------------------------------------------------------------
def machine() -> str:
    """One line: CPUs, CPU model, RAM, and the versions of everything measured."""
    from importlib.metadata import version

    cpu, ram = synth.cpu_and_ram()
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}, {ram:.1f} GiB RAM, "
        f"Python {sys.version.split()[0]}, tantivy-py {version('tantivy')}, rjieba {version('rjieba')}, "
        f"jieba {version('jieba')}, Whoosh-Reloaded {version('whoosh-reloaded')}, SQLite {sqlite3.sqlite_version}, "
        f"Django {version('django')}"
    )


def code_version() -> str:
    """The commit measured, and whether haowen/ had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "haowen"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    changed = len(dirty.splitlines())
    return f"commit {head}" + (f" + uncommitted changes to {changed} files in haowen/" if changed else "")


def verdicts(res: dict) -> list[tuple[str, str, str]]:
    """``(target, second-pass verdict and value, first-pass verdict and value)`` per target."""

    def verdict(ok: bool, value: str) -> str:
        return f"{'PASS' if ok else 'MISS'} {value}"

    rows = []
    for label, shape, p, limit in (
        ("search p50 ≤ 5 ms (1-3 words)", "words (1-3)", "p50", 5),
        ("search p99 ≤ 15 ms (1-3 words)", "words (1-3)", "p99", 15),
        ("exact mode p99 ≤ 30 ms", "exact", "p99", 30),
    ):
        second, first = res["ours"][shape][p], res["ours_first"][shape][p]
        rows.append((label, verdict(second <= limit, f"{second:.2f} ms"), verdict(first <= limit, f"{first:.2f} ms")))
    for key, need, name in (("fts5", 5, "FTS5"), ("whoosh", 10, "Whoosh")):
        entry = res["baselines"].get(key)
        if entry is None:
            continue
        where = "" if entry["build"]["docs"] >= res["import"]["docs"] else f" (Whoosh on {entry['build']['docs']:,} docs)"
        second = entry["stats"]["words (1-3)"]["p99"] / res["ours"]["words (1-3)"]["p99"]
        first = entry["first"]["words (1-3)"]["p99"] / res["ours_first"]["words (1-3)"]["p99"]
        rows.append(
            (
                f"≥ {need}× faster than {name} at p99 (1-3 words){where}",
                verdict(second >= need, f"{second:.1f}×"),
                verdict(first >= need, f"{first:.1f}×"),
            )
        )
    mbs = res["import"]["mb_per_s"]
    note = " (from the run that built the index)" if res.get("import_reused") else ""
    rows.append((f"import ≥ 5 MB/s end to end{note}", verdict(mbs >= 5, f"{mbs:.2f} MB/s"), ""))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="Haowen search benchmark (see the module docstring).")
    parser.add_argument("--docs", type=int, default=100_000, help="synthetic documents (default 100000)")
    parser.add_argument("--queries", type=int, default=300, help="queries per shape (default 300)")
    parser.add_argument("--whoosh-docs", type=int, default=10_000, help="Whoosh indexes at most this many (default 10000)")
    parser.add_argument("--seed", type=int, default=synth.DEFAULT_SEED, help="seed for documents and queries")
    parser.add_argument("--datasets", default="synth,real", help="comma-separated: synth, real (default both)")
    parser.add_argument("--baselines", default="fts5,whoosh", help="comma-separated: fts5, whoosh, or '' for none")
    parser.add_argument("--reuse", action="store_true", help="reuse databases and indexes built by an earlier run")
    parser.add_argument("--profile", action="store_true", help="also run our queries under cProfile")
    parser.add_argument("--dataset", help=argparse.SUPPRESS)  # child process
    args = parser.parse_args()

    if args.dataset:
        result = run_dataset(args)
        (synth.OUT / f"result-{args.dataset}.json").write_text(json.dumps(result, indent=1, default=str))
        return

    print(f"machine: {machine()}")
    print(f"date: {dt.date.today().isoformat()}; code: {code_version()}")
    print(f"command: bench/search_bench.py {' '.join(sys.argv[1:])}".rstrip())
    datasets = [d for d in args.datasets.split(",") if d]
    if "synth" in datasets:
        synth.ensure_synth(args.docs, args.seed)
    results = {}
    for name in datasets:
        child = [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:], "--dataset", name]
        out_file = synth.OUT / f"result-{name}.json"
        out_file.unlink(missing_ok=True)
        code = subprocess.call(child)
        if code != 0 or not out_file.exists():
            sys.exit(f"bench: dataset {name} failed (exit {code})")
        results[name] = json.loads(out_file.read_text())

    if "synth" in results:
        print(f"\n=== targets (issue 2; 2-core machine, single process, {TARGETS_DOCS:,} documents, snippets included)")
        if args.docs != TARGETS_DOCS:
            print(f"  NOTE: this run used {args.docs:,} documents; the targets are set for {TARGETS_DOCS:,}")
        print(f"  {'target':<72}{'second pass (warm)':<22}first pass")
        for label, second, first in verdicts(results["synth"]):
            print(f"  {label:<72}{second:<22}{first}")


if __name__ == "__main__":
    main()
