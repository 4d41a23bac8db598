"""Search quality on a judged query set: nDCG@10, P@5 and zero-result queries (issue 15, §4).

    .venv/bin/python bench/search_eval.py                 # the site search on the judged set
    .venv/bin/python bench/search_eval.py --method        # also the two pooling methods, for comparison
    .venv/bin/python bench/search_eval.py --rebuild       # import the demo library afresh first
    .venv/bin/python bench/search_eval.py --pool          # print the pooled documents nobody judged yet
    .venv/bin/python bench/search_eval.py --titles        # rewrite titles.json for every judged key

The library is the demo library (what ``make demo`` imports: ``haowen/ingest/samples``,
``../shared/seed`` and ``../shared/corpus``), imported with ``manage.py import_documents``
into a fresh SQLite database under ``bench/out/search-eval/`` (``HAOWEN_DATA_DIR``,
``SEARCH_INDEX_DIR``, ``DATABASE_URL``). It is rebuilt when the code under ``haowen/``
differs from the code that built it (git HEAD plus the working tree's diff under
``haowen/``), so a change to the cleaner, the genre guesser or the index is measured on
what it produces; ``--reuse`` keeps whatever is there.

The judged set is ``bench/search_eval/queries.json`` (the queries, each with the writer's
need) and ``bench/search_eval/qrels.json`` (query → {article key: grade 0–3}); the key of
an article is its external id (a JSON Lines record's ``id``, a web page's URL), or
``file:<file name>`` for a file of its own (whose external id hashes the checkout's path);
``titles.json`` gives each key's title for people reading the judgments. A query marked
``none_expected`` in ``queries.json`` is one the library has no document of grade ≥ 2 for;
the figures take that from ``qrels.json`` itself and say where the two disagree.

To judge after a change that surfaces new documents: ``--pool`` prints, per query, each pooled
document (the three methods' top 10) that has no grade yet, with its title, genre, length,
the query words' counts and its opening; read it, add ``"key": grade`` to the query's entry
in ``qrels.json`` and run ``--titles``. Grades: 3 = a model text a writer would reuse for
exactly this need (right genre and topic), 2 = clearly on topic or of the right genre but
partly off, 1 = mentions the topic only in passing (or the right genre on another topic),
0 = not relevant.

Methods (each the top 10 for a query):

* ``site``: :func:`haowen.search.services.search_articles` as the search page calls it for an
  anonymous reader (its ``visible_text`` and ``readable`` from ``haowen.accounts``), page 1;
* ``bm25``: SQLite FTS5 over rjieba search-mode words of the folded title and body, any query
  word (OR), ranked by ``bm25()`` with the title weighted 5×;
* ``genre``: a genre-aware scan: the query's genre words (讲话, 发言稿, 串词, 通知, 方案 …) are
  looked for as genre markers in the title, the other words as a topic in the title (whole
  phrase first) and in the opening 3,000 characters (whole phrase, then words), by
  occurrences per 1,000 characters so a long document gains nothing from its length.

Figures: per query nDCG@10 (gain 2^grade − 1, log2 discount, ideal from every judged grade
of the query; an unjudged document counts 0 and is counted in ``unj``), P@5 (grade ≥ 2 is
relevant), the means over the queries that have a document of grade ≥ 2, and the queries
whose page 1 is empty although the library has a document of grade ≥ 2 for them. Figures
only; nothing is asserted and the exit status is 0.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "bench" / "search_eval"
OUT = ROOT / "bench" / "out" / "search-eval"
PY = sys.executable
SHARED = ROOT.parent / "shared"
QUERIES = HERE / "queries.json"
QRELS = HERE / "qrels.json"
TITLES = HERE / "titles.json"
K = 10

# Genre words a writer types → markers in a title that say the document is of that genre.
# The field's own vocabulary (the forms writers use and what the documents call themselves),
# used by the ``genre`` pooling method only; longest word first when a query is split.
GENRE_WORDS: dict[str, tuple[str, ...]] = {
    "发言稿": ("讲话", "发言", "致辞"),
    "讲话稿": ("讲话", "发言"),
    "讲话": ("讲话", "发言"),
    "发言": ("发言", "讲话"),
    "表态发言": ("表态", "发言"),
    "串词": ("主持词", "串词"),
    "主持词": ("主持词", "串词"),
    "欢迎辞": ("欢迎", "致辞", "祝酒辞"),
    "致辞": ("致辞", "贺词", "祝酒辞"),
    "祝酒辞": ("祝酒辞", "祝酒词"),
    "贺词": ("贺词",),
    "年度小结": ("年度工作总结", "年度总结", "工作总结", "工作回顾"),
    "工作总结": ("工作总结", "年度总结", "工作回顾"),
    "总结": ("总结", "回顾"),
    "总节": ("总结",),
    "述职报告": ("述职", "述廉", "述责"),
    "述廉报告": ("述廉", "述责"),
    "述职": ("述职", "述廉"),
    "心得体会": ("心得", "体会"),
    "调研报告": ("调研报告", "调查报告"),
    "工作报告": ("工作报告",),
    "汇报材料": ("汇报", "工作报告", "总结"),
    "通知": ("通知",),
    "方案": ("方案",),
    "实施方案": ("实施方案", "方案"),
    "活动方案": ("活动方案", "方案"),
    "应急预案": ("预案",),
    "统计公报": ("统计公报",),
    "申请书": ("申请书",),
    "范文": (),
}
FILLER = {"范文", "3000字", "字", "的", "稿"}


def code_fingerprint() -> str:
    """git HEAD plus the working tree's diff under ``haowen/``: what built the library."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    diff = subprocess.run(["git", "diff", "HEAD", "--", "haowen"], cwd=ROOT, capture_output=True).stdout
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "--", "haowen"], cwd=ROOT, capture_output=True
    ).stdout
    digest = hashlib.sha1(diff)
    for name in sorted(untracked.decode().split()):
        if name.endswith(".py") or "/migrations/" in name:
            digest.update(name.encode() + (ROOT / name).read_bytes())
    return f"{head} {digest.hexdigest()}"


def library_env() -> dict:
    env = {
        **os.environ,
        "HAOWEN_DATA_DIR": str(OUT),
        "SEARCH_INDEX_DIR": str(OUT / "index"),
        "DATABASE_URL": f"sqlite:///{OUT / 'haowen.sqlite3'}",
        "SEARCH_INDEX_FOLLOWER": "off",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "haowen.settings",
        "SEARCH_RATE_ANON": "0",
    }
    for name in ("REDIS_URL", "DATABASE_REPLICA_URLS", "DEBUG"):
        env.pop(name, None)
    return env


def build_library(rebuild: bool, reuse: bool) -> None:
    """Import the demo library into ``OUT`` unless the one there was built by this code."""
    marker = OUT / "built-by"
    fingerprint = code_fingerprint()
    if marker.exists() and (reuse or (not rebuild and marker.read_text() == fingerprint)):
        return
    print(f"importing the demo library into {OUT.relative_to(ROOT)} (about 1.5 minutes)…", flush=True)
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    env = library_env()
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    paths = ["haowen/ingest/samples"] + [str(p) for p in (SHARED / "seed", SHARED / "corpus") if p.exists()]
    with open(OUT / "import.log", "w") as log:
        # Exit status 1 is expected: a few corpus records hold only Markdown front matter.
        subprocess.run([PY, "manage.py", "import_documents", *paths], cwd=ROOT, env=env, stdout=log, stderr=log)
        subprocess.run([PY, "manage.py", "rebuild_index"], cwd=ROOT, env=env, stdout=log, stderr=log, check=True)
        # What `make demo` runs after the import (accounts, plans; whatever it seeds later).
        subprocess.run([PY, "manage.py", "demo_setup"], cwd=ROOT, env=env, stdout=log, stderr=log, check=True)
    marker.write_text(fingerprint)


def setup_django() -> None:
    os.environ.update(library_env())
    for name in ("REDIS_URL", "DATABASE_REPLICA_URLS", "DEBUG"):
        os.environ.pop(name, None)
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def article_key(article) -> str:
    """The judgments' key: the external id, or ``file:<name>`` for a file (see the module doc)."""
    ext = article.external_id or ""
    if ext.startswith("file:") or not ext:
        return f"file:{article.source}"
    return ext


class Library:
    """Every published article in memory (the demo library is ~900 articles, ~20 MB)."""

    def __init__(self):
        from haowen.library.models import Article
        from haowen.text.normalize import fold

        self.articles = {}
        self.folded = {}
        for a in Article.objects.published().defer("raw", "fingerprint").order_by("id"):
            key = article_key(a)
            self.articles[key] = a
            self.folded[key] = (fold(a.title), fold(a.body))
        self.by_id = {a.id: key for key, a in self.articles.items()}


# --- method: the site search ------------------------------------------------------------------
def site_search(lib: Library):
    from django.contrib.auth.models import AnonymousUser

    from haowen.accounts.entitlement import readable_levels, visible_text
    from haowen.search.services import search_articles

    reader = AnonymousUser()
    wanted = {
        "page": 1,
        "page_size": K,
        "facets": False,
        "visible_text": visible_text(reader),
        "readable": readable_levels(reader),
    }
    # Others are changing the search's signature (genre filters …): pass what it accepts.
    accepted = inspect.signature(search_articles).parameters
    kwargs = {k: v for k, v in wanted.items() if k in accepted}

    def run(q: str) -> list[str]:
        results = search_articles(q, **kwargs)
        return [lib.by_id.get(r.article.id, article_key(r.article)) for r in list(results.results)[:K]]

    return run


# --- method: BM25 over SQLite FTS5 ------------------------------------------------------------
def _words(text: str) -> list[str]:
    import rjieba

    return [w for w in rjieba.cut_for_search(text, True) if re.search(r"[\w\u3400-\u9fff]", w)]


def bm25_search(lib: Library):
    from haowen.text.normalize import fold

    path = OUT / "fts5.sqlite3"
    marker = OUT / "fts5.built-by"
    stamp = (OUT / "built-by").read_text() if (OUT / "built-by").exists() else ""
    if not path.exists() or not marker.exists() or marker.read_text() != stamp:
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body)")
        db.executemany(
            "INSERT INTO docs VALUES (?, ?, ?)",
            ((key, " ".join(_words(t)), " ".join(_words(b))) for key, (t, b) in lib.folded.items()),
        )
        db.commit()
        db.close()
        marker.write_text(stamp)
    db = sqlite3.connect(path)

    def run(q: str) -> list[str]:
        terms = sorted({w for w in _words(fold(q)) if w.strip()})
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = db.execute(
            "SELECT key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 5.0, 1.0) LIMIT ?", (match, K)
        ).fetchall()
        return [r[0] for r in rows if r[0] in lib.articles]

    return run


# --- method: genre-aware title and opening scan -----------------------------------------------
def split_query(q: str) -> tuple[list[tuple[str, ...]], list[str]]:
    """``(genre marker sets, topic words)``: genre words found in the folded query, the rest."""
    from haowen.text.normalize import fold

    rest = fold(q)
    markers = []
    for word in sorted(GENRE_WORDS, key=len, reverse=True):
        if word in rest:
            if GENRE_WORDS[word]:
                markers.append(GENRE_WORDS[word])
            rest = rest.replace(word, " ")
    for word in FILLER:
        rest = rest.replace(word, " ") if len(word) > 1 else rest
    topics = [t for t in re.split(r"[^\w\u3400-\u9fff]+", rest) if len(t) >= 2]
    return markers, topics


def genre_search(lib: Library):
    def run(q: str) -> list[str]:
        markers, topics = split_query(q)
        scored = []
        for key, (title, body) in lib.folded.items():
            score = 0.0
            if markers:
                hits = sum(1 for group in markers if any(m in title for m in group))
                if not hits:
                    continue
                score += 3.0 * hits
            if topics:
                opening = body[:3000]
                per_k = 1000.0 / max(len(opening), 300)
                topic_score = 0.0
                for topic in topics:
                    if topic in title:
                        topic_score += 4.0
                    phrase = opening.count(topic)
                    if phrase:
                        topic_score += 1.0 + min(3.0, phrase * per_k)
                    else:
                        words = [w for w in _words(topic) if len(w) >= 2] or [topic]
                        found = sum(1 for w in words if w in title or w in opening)
                        topic_score += 0.5 * found / len(words)
                if topic_score <= 0.0:
                    continue
                score += topic_score
            if score > 0:
                scored.append((-score, len(body), key))
        scored.sort()
        return [key for _, _, key in scored[:K]]

    return run


# --- figures ------------------------------------------------------------------------------------
def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float | None:
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    if idcg <= 0:
        return None
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    return dcg / idcg


def precision_at(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 2) / k


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def evaluate(name: str, run, queries: list[dict], qrels: dict) -> dict:
    """Print one method's per-query figures and summary; return the runs."""
    print(f"\n== {name} ==")
    print(f"{'query':<34} {'nDCG@10':>7} {'P@5':>5} {'hits':>4} {'unj':>3}  first three (grade)")
    runs, nd, p5, zero = {}, [], [], []
    for item in queries:
        q = item["q"]
        grades = qrels.get(q, {})
        ranked = run(q)
        runs[q] = ranked
        has_relevant = any(g >= 2 for g in grades.values())
        unjudged = sum(1 for key in ranked if key not in grades)
        n = ndcg(ranked, grades) if has_relevant else None
        p = precision_at(ranked, grades) if has_relevant else None
        if has_relevant:
            nd.append(n)
            p5.append(p)
            if not ranked:
                zero.append(q)
        first = "; ".join(f"{(lib_titles.get(k) or k)[:14]}({grades.get(k, '?')})" for k in ranked[:3])
        label = q if has_relevant else q + " [none]"
        print(
            f"{label:<34} {'—' if n is None else f'{n:.3f}':>7} {'—' if p is None else f'{p:.2f}':>5} "
            f"{len(ranked):>4} {unjudged:>3}  {first}"
        )
    print(
        f"-- {name}: mean nDCG@10 {mean(nd):.3f}, mean P@5 {mean(p5):.3f} over {len(nd)} "
        f"queries with a relevant document (grade ≥ 2); {len(queries) - len(nd)} queries without one"
    )
    print(
        f"-- {name}: zero-result queries with a relevant document: {len(zero)}"
        + (f": {', '.join(zero)}" if zero else "")
    )
    unj = sum(1 for q, r in runs.items() for key in r if key not in qrels.get(q, {}))
    print(f"-- {name}: unjudged documents in the top {K}: {unj}")
    return {"runs": runs, "ndcg": nd, "p5": p5, "zero": zero}


lib_titles: dict[str, str] = {}


def print_pool(lib: Library, methods: dict, queries: list[dict], qrels: dict, only_unjudged: bool) -> None:
    """The pooled documents of each query (unjudged ones by default) for a judge to read."""
    for item in queries:
        q = item["q"]
        pooled = []
        for name, run in methods.items():
            for rank, key in enumerate(run(q), 1):
                if key not in [p[0] for p in pooled]:
                    pooled.append((key, f"{name}{rank}"))
        grades = qrels.get(q, {})
        todo = [(k, m) for k, m in pooled if not (only_unjudged and k in grades)]
        if not todo:
            continue
        print(f"\n### {q}  —  {item['need']}")
        _, topics = split_query(q)
        for key, where in todo:
            a = lib.articles[key]
            title, body = lib.folded[key]
            counts = ",".join(f"{t}:{body.count(t)}" for t in topics) or "-"
            opening = re.sub(r"\s+", " ", a.body[:160])
            at = min([body.find(t) for t in topics if t in body] or [-1])
            around = re.sub(r"\s+", " ", a.body[max(0, at - 60) : at + 100]) if at > 160 else ""
            print(
                f"[{key}] {where} {a.title[:60]} | {getattr(a, 'genre', '')}/{getattr(a, 'subgenre', '')} "
                f"{a.char_count}字 | {counts}\n    {opening}" + (f"\n    …{around}…" if around else "")
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--method", action="store_true", help="also print the bm25 and genre pooling methods")
    parser.add_argument("--rebuild", action="store_true", help="import the demo library afresh")
    parser.add_argument("--reuse", action="store_true", help="use the library there, whatever code built it")
    parser.add_argument("--pool", action="store_true", help="print the pooled documents not yet judged")
    parser.add_argument("--pool-all", action="store_true", help="print every pooled document")
    parser.add_argument("--query", action="append", help="only this query (repeatable)")
    parser.add_argument("--titles", action="store_true", help="rewrite titles.json for every judged key")
    args = parser.parse_args()

    build_library(args.rebuild, args.reuse)
    setup_django()
    queries = json.loads(QUERIES.read_text())
    if args.query:
        queries = [item for item in queries if item["q"] in args.query]
    qrels = json.loads(QRELS.read_text()) if QRELS.exists() else {}
    lib = Library()
    lib_titles.update(json.loads(TITLES.read_text()) if TITLES.exists() else {})
    lib_titles.update({key: a.title for key, a in lib.articles.items()})
    methods = {"site": site_search(lib), "bm25": bm25_search(lib), "genre": genre_search(lib)}
    if args.titles:
        keys = sorted({key for grades in qrels.values() for key in grades})
        titles = {key: lib.articles[key].title if key in lib.articles else lib_titles.get(key, "") for key in keys}
        TITLES.write_text(json.dumps(titles, ensure_ascii=False, indent=1) + "\n")
        print(f"wrote {len(titles)} titles to {TITLES.relative_to(ROOT)}")
        return
    if args.pool or args.pool_all:
        print_pool(lib, methods, queries, qrels, only_unjudged=not args.pool_all)
        return
    judged = sum(len(g) for g in qrels.values())
    print(
        f"judged set: {len(queries)} queries, {judged} judgments; library: {len(lib.articles)} articles "
        f"({OUT.relative_to(ROOT)})"
    )
    absent = sorted({key for grades in qrels.values() for key in grades if key not in lib.articles})
    if absent:
        print(f"judged documents not in this library ({len(absent)}): {', '.join(absent[:10])}")
    for item in queries:
        has_relevant = any(g >= 2 for g in qrels.get(item["q"], {}).values())
        if bool(item.get("none_expected")) == has_relevant:
            print(
                f"note: {item['q']!r} is marked none_expected={bool(item.get('none_expected'))} in queries.json "
                f"but qrels.json {'has' if has_relevant else 'has no'} document of grade ≥ 2 for it"
            )
    results = {
        "site": evaluate(
            "site search (haowen.search.services.search_articles, anonymous reader)", methods["site"], queries, qrels
        )
    }
    if args.method:
        results["bm25"] = evaluate("bm25 (SQLite FTS5 + rjieba, any word, title 5×)", methods["bm25"], queries, qrels)
        results["genre"] = evaluate(
            "genre (genre words in the title + topic density in the opening)", methods["genre"], queries, qrels
        )
    print("\nsummary")
    for name, r in results.items():
        print(
            f"  {name:<6} nDCG@10 {mean(r['ndcg']):.3f}  P@5 {mean(r['p5']):.3f}  "
            f"zero-result queries with a relevant document: {len(r['zero'])}"
        )


if __name__ == "__main__":
    main()
