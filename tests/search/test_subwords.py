"""A word's search-mode sub-words are not asked for separately (issue 14 §5, search at a
million documents): the word alone matches the same documents and ranks them about the same."""

from __future__ import annotations

import random

import pytest

from haowen.search.engine import Engine, IndexedDoc
from haowen.text.query import implied_terms, parse_query
from haowen.text.segment import index_terms


@pytest.mark.parametrize(
    "text, implied",
    [
        # The dictionary sub-words of a long word, each to the word holding it.
        ("第十四条", {"第十": "第十四条", "十四": "第十四条", "四条": "第十四条", "第十四": "第十四条", "十四条": "第十四条"}),
        ("县委书记讲话", {"县委": "县委书记", "书记": "县委书记"}),
        # A sub-word inside two words: implied by the first.
        ("大学生学生会", {"大学": "大学生", "学生": "大学生"}),
        # A one-character word of its own (协 after 协议) or a word also standing alone
        # (学生 before 大学生) is required as itself.
        ("紫檀风铃协议协", {}),
        ("学生大学生", {"大学": "大学生"}),
        ("乡村 振兴", {}),
    ],
)
def test_implied_terms_are_the_sub_words_only(text, implied):
    terms = tuple(dict.fromkeys(index_terms(text)))
    assert dict(implied_terms(text, terms)) == implied


def test_a_clause_carries_its_implied_terms_through_synonyms_and_genre_words():
    clause = parse_query("县委书记", genre_words=True).clauses[0]
    assert dict(clause.implied) == {"县委": "县委书记", "书记": "县委书记"}
    speech = parse_query("讲话稿", genre_words=True).clauses[0]
    assert speech.genre and dict(speech.implied) == dict(implied_terms("讲话稿", speech.terms))


HEADS = ["第十四条", "县委书记", "安全生产", "大学生"]
PIECES = ["第十", "十四", "四条", "县委", "书记", "安全", "生产", "大学", "学生"]
OTHER = ["工作", "会议", "要求", "推进", "落实", "改革", "发展", "服务", "群众", "制度", "监督", "乡村", "振兴", "环境", "项目"]


@pytest.fixture(scope="module")
def engine():
    """200 documents: some hold a head word, many hold its sub-words elsewhere (十四 in 第十四届,
    安全 alone), so the word and its pieces differ in what they match."""
    rng = random.Random(11)
    docs = []
    for i in range(1, 201):
        parts = [rng.choice(OTHER) for _ in range(rng.randint(3, 60))]
        parts += [rng.choice(PIECES) for _ in range(rng.randint(0, 3))]
        for head in HEADS:
            if rng.random() < 0.3:
                for _ in range(rng.randint(1, 4)):
                    parts.insert(rng.randrange(len(parts) + 1), head)
        body = "，".join(parts) + "。"
        title = rng.choice(HEADS) + "的通知" if i % 7 == 0 else f"第{i}号文件"
        docs.append(IndexedDoc(i, title, body, "gongwen", 2020, 0, 0))
    engine = Engine(None)
    engine.apply(docs, [])
    return engine


def _scores(engine, parsed, implied: bool) -> dict[int, float]:
    clause = parsed.clauses[0]
    query = engine._words(clause.terms, clause.implied if implied else ())
    searcher = engine.index.searcher()
    result = searcher.search(query, limit=1000, count=True)
    return {searcher.doc(addr)["id"][0]: score for score, addr in result.hits}


@pytest.mark.parametrize("word", HEADS)
def test_the_word_alone_matches_what_the_word_and_its_sub_words_matched(engine, word):
    parsed = parse_query(word)
    before, after = _scores(engine, parsed, implied=False), _scores(engine, parsed, implied=True)
    assert after and set(after) == set(before)


@pytest.mark.parametrize("word", HEADS)
def test_the_word_alone_scores_about_what_it_scored_with_its_sub_words(engine, word):
    parsed = parse_query(word)
    before, after = _scores(engine, parsed, implied=False), _scores(engine, parsed, implied=True)
    # The boost carries the sub-words' share of IDF: the scale stays (so a clause keeps its
    # weight against the genre and phrase boosts) and so does most of the order.
    ratios = sorted(after[i] / before[i] for i in before)
    assert 0.7 < ratios[len(ratios) // 2] < 1.3, ratios
    top = sorted(before, key=before.get, reverse=True)[:5]
    assert len(set(top) & set(sorted(after, key=after.get, reverse=True)[:8])) >= 4


def test_a_word_without_sub_words_is_not_boosted(engine):
    assert engine._head_boosts(("乡村", "振兴"), ()) == {"乡村": 1.0, "振兴": 1.0}
    clause = parse_query("第十四条").clauses[0]
    boosts = engine._head_boosts(clause.terms, clause.implied)
    assert list(boosts) == ["第十四条"] and boosts["第十四条"] > 1.0
    # A head the library does not hold matches nothing either way: no boost, no error.
    clause = parse_query("县委书记处").clauses[0]
    assert all(b >= 1.0 for b in engine._head_boosts(clause.terms, clause.implied).values())


def test_search_finds_the_word_and_not_its_scattered_pieces(engine):
    page = engine.search(parse_query("第十四条"), limit=200)
    searcher = engine.index.searcher()
    import tantivy

    holders = tantivy.Query.term_query(engine.schema, "body", "第十四条")
    titled = tantivy.Query.term_query(engine.schema, "title", "第十四条")
    either = tantivy.Query.boolean_query([(tantivy.Occur.Should, holders), (tantivy.Occur.Should, titled)])
    assert page.total == searcher.search(either, limit=1, count=True).count > 0
