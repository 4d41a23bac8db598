"""Ranking rules of the search engine (issue 15 §3), each on a tiny in-memory index: how a
clause's synonym forms combine, how a long clause (a remembered title) matches."""

from __future__ import annotations

import pytest

from haowen.search.engine import Engine, IndexedDoc
from haowen.text.query import parse_query


def index(*docs: tuple[str, str, str]) -> Engine:
    """An in-memory engine holding ``(title, body, genre)`` documents with ids 1, 2, …"""
    engine = Engine(None)
    engine.apply(
        [IndexedDoc(id=i, title=t, body=b, genre=g, year=2024, date_ordinal=0, views=0) for i, (t, b, g) in
         enumerate(docs, 1)],
        [],
    )
    return engine


def scores(engine: Engine, q: str, **parse) -> dict[int, float]:
    page = engine.search(parse_query(q, **parse), limit=50)
    return {hit.id: hit.score for hit in page.hits}


def test_a_clause_scores_by_its_best_synonym_form_not_their_sum():
    engine = index(
        ("各地工作汇报", "这是汇报材料。听取工作汇报。向上级汇报。", "other"),
        ("情况说明", "本单位汇报材料一份。", "other"),
    )
    forms = {"汇报材料": ["工作汇报", "汇报"]}
    together = scores(engine, "汇报材料", synonyms=forms)
    assert set(together) == {1, 2}
    alone = [scores(engine, form) for form in ("汇报材料", "工作汇报", "汇报")]
    # A text holding every form is no better match than its best form says: forms share words.
    assert together[1] == pytest.approx(max(s.get(1, 0.0) for s in alone), rel=1e-4)
    assert together[2] == pytest.approx(max(s.get(2, 0.0) for s in alone), rel=1e-4)


REMEMBERED = "县委书记在推动经济高质量发展大会上的讲话"


def test_a_long_clause_finds_documents_holding_most_of_its_words_the_whole_phrase_first():
    engine = index(
        ("其他材料", "县委书记在推动经济高质量发展大会上的讲话。", "other"),
        ("县委书记在全县经济发展大会上的讲话", "同志们：今天召开大会，推动工作。", "other"),  # 5 of the 6 words
        ("县委书记在经济工作会议上的讲话", "同志们：今天开会。", "other"),  # 2 of them (县委书记, 经济)
        ("无关", "天气晴朗。", "other"),
    )
    found = list(scores(engine, REMEMBERED))
    assert found[0] == 1  # the whole phrase as written
    assert 2 in found and 3 not in found and 4 not in found
    # A short clause (a compound term) still needs every word.
    assert set(scores(engine, "经济发展大会")) == {1, 2}


def test_a_long_clause_matched_in_the_preview_is_not_said_to_be_in_the_gated_part(gated_article):
    from haowen.accounts.entitlement import readable_levels, visible_text
    from haowen.search.services import search_articles

    def anonymous(q: str):
        return search_articles(q, visible_text=visible_text(None), readable=readable_levels(None))

    # Six words, five in the preview (聚焦 主责 主业 统筹 营商环境), 数字化 nowhere.
    seen = anonymous("聚焦主责主业统筹营商环境数字化").results
    assert [r.article.pk for r in seen] == [gated_article.pk] and not seen[0].in_gated_part
    # Most words in the gated part only: said so, and the snippet shows none of it.
    hidden = anonymous("紫檀风铃协议规定夜航灯塔彻夜常亮").results
    assert [r.article.pk for r in hidden] == [gated_article.pk] and hidden[0].in_gated_part


@pytest.mark.parametrize("q", ["年度工作总节", "年度工作总节范文大全", "总节" * 40, "工作总节 -工作总节 “总节”"])
def test_a_misspelt_genre_word_finds_the_genre_on_the_page(make_article, index_now, q):
    from django.test import Client

    summary = make_article("某局2023年度工作总结", "今年以来，我局认真履职，年度各项工作顺利完成。", kind="summary",
                           index=False, access_level="free")
    other = make_article("年度节日安排", "年度工作中的节日总体安排。", kind="notice", index=False, access_level="free")
    index_now()
    # fix=0: no "did you mean" (which would correct the title word too); the query as read.
    response = Client().get("/search/", {"q": q, "fix": "0"})
    assert response.status_code == 200
    if q.startswith("年度工作总节"):
        html = response.content.decode()
        # Both found (年度 is in both), the summary first: 工作总结 ranks its genre.
        first, second = html.find(summary.get_absolute_url()), html.find(other.get_absolute_url())
        assert "已优先显示文种" in html and 0 < first < second
