"""The page re-ranked from the best BM25 matches is exactly the page of the full pass."""

from __future__ import annotations

import random

import pytest

from haowen.search import engine as engine_module
from haowen.search.engine import Engine, IndexedDoc
from haowen.text.query import parse_query

WORDS = ["乡村振兴", "安全生产", "营商环境", "党风廉政", "基层治理", "数字政府", "生态保护", "民生实事"]


@pytest.fixture(scope="module")
def engine():
    rng = random.Random(7)
    engine = Engine(None)
    docs = []
    for i in range(1, 601):
        # Lengths from a line to a long report, so the length prior reorders BM25's list.
        n = rng.choice([3, 10, 40, 200, 900])
        body = "\n".join(
            "".join(rng.choice(WORDS) + "工作" for _ in range(rng.randint(1, 3))) + "。" for _ in range(n)
        )
        title = rng.choice(WORDS) + "的通知" if i % 5 == 0 else f"第{i}号文件"
        docs.append(IndexedDoc(i, title, body, "gongwen", 2020 + i % 5, 0, 0, access=rng.choice(["free", "default"])))
    engine.apply(docs, [])
    return engine


def _full(engine, parsed, offset, limit, readable):
    query = engine.build_query(parsed, readable=readable)
    searcher = engine.index.searcher()
    result = searcher.search(query, limit=limit, count=True, offset=offset, weight_by_field="prior")
    return [searcher.doc(a)["id"][0] for _s, a in result.hits], result.count


@pytest.mark.parametrize("depth", [100, 12])
@pytest.mark.parametrize("q", ["乡村振兴", "安全生产 工作", "数字政府 -生态保护", "的通知", "民生"])
def test_every_page_equals_the_full_pass(engine, monkeypatch, depth, q):
    monkeypatch.setattr(engine_module, "RERANK_DEPTH", depth)
    parsed = parse_query(q)
    for readable in (None, frozenset({"free"})):
        for offset in (0, 10, 40, 590):
            want, total = _full(engine, parsed, offset, 10, readable)
            page = engine.search(parsed, offset=offset, limit=10, readable=readable)
            assert [h.id for h in page.hits] == want, (q, offset, readable)
            faceted = engine.search(parsed, offset=offset, limit=10, readable=readable, facets=True)
            assert [h.id for h in faceted.hits] == want
            assert page.total == faceted.total == total
            assert sum(faceted.years.values()) == total


def test_the_full_pass_runs_when_the_bound_does_not_prove_the_page(engine, monkeypatch):
    calls = []
    searcher_type = type(engine.index.searcher())
    real = searcher_type.search

    class Spy:
        def __init__(self, inner):
            self.inner = inner

        def search(self, query, **kwargs):
            calls.append(kwargs.get("weight_by_field"))
            return real(self.inner, query, **kwargs)

        def __getattr__(self, name):
            return getattr(self.inner, name)

    spy = Spy(engine.index.searcher())
    query = engine.build_query(parse_query("乡村振兴"))
    def docs(hits):
        return [(a.segment_ord, a.doc) for _s, a in hits]

    hits, _count = engine._ranked(spy, query, 10, 0, True)
    assert calls == [None]  # proved by the bound
    # A prior that could lift any deeper document above the page: the bound proves nothing.
    monkeypatch.setattr(engine_module, "LENGTH_PRIOR_WEIGHT", 100.0)
    calls.clear()
    assert docs(engine._ranked(spy, query, 10, 0, True)[0]) == docs(hits)
    assert calls == [None, "prior"]
    # A page deeper than the re-rank reaches goes straight to the full pass.
    monkeypatch.setattr(engine_module, "RERANK_MAX_DEPTH", 50)
    calls.clear()
    engine._ranked(spy, query, 10, 30, True)
    assert calls == ["prior"]


@pytest.mark.parametrize(
    "q",
    [
        "乡村振兴",  # many matches
        "数字政府 -生态保护",
        "政府工作乡村",  # no document holds it as words: the exact fallback replaces the query
        "不存在的词语组合",  # nothing at all
        "乡村振兴 不存在的词语组合",  # the partial fallback
    ],
)
def test_facets_counted_beside_the_ranked_pass_equal_facets_counted_after_it(engine, monkeypatch, q):
    parsed = parse_query(q)
    for readable in (None, frozenset({"free"})):
        monkeypatch.setattr(engine_module, "FACETS_THREAD", True)
        beside = engine.search(parsed, limit=10, readable=readable, facets=True)
        monkeypatch.setattr(engine_module, "FACETS_THREAD", False)
        after = engine.search(parsed, limit=10, readable=readable, facets=True)
        assert [h.id for h in beside.hits] == [h.id for h in after.hits]
        assert (beside.total, beside.partial, beside.genres, beside.subgenres, beside.years) == (
            after.total, after.partial, after.genres, after.subgenres, after.years
        )
        if beside.total:
            assert sum(beside.years.values()) == beside.total


@pytest.mark.parametrize("q", ["乡村振兴", "民生", "的通知", "安全生产 工作"])
def test_a_query_is_not_wrapped_in_booleans_that_change_nothing(engine, q):
    """A one-word query is a union of term queries at the top (tantivy prunes that top-k
    pass with block-max WAND, never one nested in a boolean), scoring as the wrapped form did."""
    import tantivy

    parsed = parse_query(q)
    query = engine.build_query(parsed)
    one_word = len(parsed.clauses) == 1 and len(parsed.clauses[0].terms) <= 1
    if one_word:
        assert repr(query).startswith("Query(BooleanQuery { subqueries: [(Should, ")
        assert "(Must," not in repr(query)
    wrapped = tantivy.Query.boolean_query([(tantivy.Occur.Must, query)])
    searcher = engine.index.searcher()
    flat = searcher.search(query, limit=600, count=True)
    nested = searcher.search(wrapped, limit=600, count=True)
    assert flat.count == nested.count > 0
    assert [(round(s, 4), a.doc) for s, a in flat.hits] == [(round(s, 4), a.doc) for s, a in nested.hits]
