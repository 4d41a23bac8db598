"""Search that understands the query (issue 15 §3): genre words, synonyms, partial matches.

A genre word of the taxonomy in a query ranks its genre first instead of being required in
the text, and a query of genre words only lists the genre; a clause in the staff's synonym
map matches any of its forms; when nothing matches every clause the best partial matches
are shown under a notice. None of it matches a gated part by more than its whole words.
"""

from __future__ import annotations

import pytest
from django.test import Client

from haowen.accounts.entitlement import readable_levels, visible_text
from haowen.library.models import AccessLevel
from haowen.search.models import Synonym
from haowen.search.services import search_articles
from haowen.text.genres import GENRES, _NOT_A_QUERY_GENRE, query_genre, resolve
from haowen.text.query import MAX_ALTERNATIVES, parse_query

FREE = AccessLevel.FREE


def ids(results) -> list[int]:
    return [r.article.pk for r in results.results]


def anonymous(q: str, **kw):
    return search_articles(q, visible_text=visible_text(None), readable=readable_levels(None), **kw)


# --- parsing (pure) -----------------------------------------------------------------------


def test_genre_words_come_from_the_taxonomy_labels_and_title_words():
    for genre in GENRES:
        for sub in genre.subs:
            if sub.label in _NOT_A_QUERY_GENRE:
                continue
            code = query_genre(sub.label)
            # 报告 alone is 报告类, as the guess reads it in a title (the 公文 kind is rarer).
            expected = "report" if sub.label == "报告" else genre.code
            assert code is not None and resolve(code)[0] == expected, sub.label
    for word in ("讲话", "发言", "发言稿", "串词", "主持", "致辞", "通知", "方案", "总结", "述职", "心得"):
        assert query_genre(word), word
    for word in ("乡村振兴", "意见", "决定", "speech", "notice", "", "函数"):
        assert query_genre(word) is None, word


def test_a_genre_word_is_marked_only_when_asked_and_never_quoted_or_excluded():
    parsed = parse_query("绿色发展 讲话", genre_words=True)
    assert [c.genre for c in parsed.clauses] == ["", "remarks"] and not parsed.only_genres
    assert parse_query("发言稿", genre_words=True).only_genres
    assert all(not c.genre for c in parse_query("绿色发展 讲话").clauses)
    assert all(not c.genre for c in parse_query('"讲话" -通知', genre_words=True).clauses)


def test_a_title_like_clause_is_read_as_subject_and_genre_and_decoration_is_dropped():
    parsed = parse_query("乡镇工作总结 范文 3000字", genre_words=True)
    assert [(c.text, c.genre) for c in parsed.clauses] == [("乡镇", ""), ("工作总结", "work-summary")]
    assert [c.text for c in parse_query("范文", genre_words=True).clauses] == ["范文"]  # nothing else to keep
    assert [c.text for c in parse_query("乡镇工作总结 范文").clauses] == ["乡镇工作总结", "范文"]  # not asked


def test_synonyms_give_alternatives_to_whole_word_clauses_only_bounded():
    forms = {"串词": ["主持词", "串词", "主持词"], "多": [f"形式{i}" for i in range(10)]}
    parsed = parse_query('串词 "串词" -串词 多', synonyms=forms)
    plain, quoted, excluded, many = parsed.clauses
    assert [a.text for a in plain.alternatives] == ["主持词"]
    assert not quoted.alternatives and not excluded.alternatives
    assert len(many.alternatives) == MAX_ALTERNATIVES
    assert "主持词" in parsed.highlight_terms


# --- searching ----------------------------------------------------------------------------


@pytest.fixture
def library(make_article, index_now):
    made = {
        "speech": make_article("在全市生态环境保护大会上的讲话", "同志们：要坚定不移推动绿色发展，守护好绿水青山。",
                               kind="speech", index=False, access_level=FREE),
        "news": make_article("新闻联播文字版", "领导讲话强调绿色发展。各地推动绿色发展，绿色发展成效明显。",
                             kind="news", index=False, access_level=FREE),
        "plain": make_article("生态文明建设情况", "各地推进绿色发展取得新成效。", kind="other", index=False,
                              access_level=FREE),
        "host": make_article("元旦联欢晚会主持人台词", "尊敬的各位来宾，新年好！", kind="other", index=False,
                             access_level=FREE),
        "summary": make_article("某局2023年度工作总结", "今年以来，我局认真履职。", kind="summary", index=False,
                                access_level=FREE),
        "safety": make_article("安全生产专项整治工作要点", "狠抓安全生产责任落实。", kind="other", index=False,
                               access_level=FREE),
    }
    index_now()
    return made


def test_a_genre_word_ranks_the_genre_instead_of_being_required(library):
    found = ids(anonymous("绿色发展 讲话"))
    assert found[0] == library["speech"].pk
    assert library["plain"].pk in found  # 讲话 is not required in the text
    # Searching the word itself (the page's link): every clause is required again.
    literal = ids(anonymous("绿色发展 讲话", genre_words=False))
    assert library["plain"].pk not in literal and library["news"].pk in literal


def test_a_query_of_a_genre_word_lists_the_genre(library):
    results = anonymous("发言稿")  # no article has the word
    assert ids(results)[0] == library["speech"].pk and results.genre_words == [("发言稿", "remarks")]
    # Without the genre, the word and its synonyms (讲话 发言) are searched in the text.
    literal = anonymous("发言稿", genre_words=False)
    assert literal.genre_words == [] and set(ids(literal)) == {library["speech"].pk, library["news"].pk}


def test_synonyms_from_the_seeded_map_and_the_admin_match_either_form(library):
    assert ids(anonymous("年度小结")) == [library["summary"].pk]  # seeded: 年度小结 → 年度工作总结
    assert anonymous("晚会台本").total == 0
    row = Synonym.objects.create(term="晚会台本", forms="主持人台词")
    assert ids(anonymous("晚会台本")) == [library["host"].pk]  # the cached map was dropped on save
    row.delete()
    assert anonymous("晚会台本").total == 0


def test_synonym_rows_are_validated(db):
    from django.core.exceptions import ValidationError

    for term, forms in (("", "主持词"), ("联欢串词", "联欢串词"), ("联欢串词", " ,， "), ("联欢串词", "甲 乙 丙 丁 戊"),
                        ("串词", "主持词")):  # the last: the seeded term exists
        with pytest.raises(ValidationError):
            Synonym(term=term, forms=forms).full_clean()
    row = Synonym(term="联欢串词", forms="主持词，串场词、主持词")
    row.full_clean()
    assert row.forms == "主持词 串场词"


def test_best_partial_matches_when_nothing_matches_every_clause(library):
    results = anonymous("安全生产 专项整治 量子纠缠")
    assert results.partial and ids(results)[0] == library["safety"].pk
    assert not anonymous("安全生产 专项整治").partial
    nothing = anonymous("量子纠缠 暗物质")
    assert nothing.total == 0 and not nothing.partial


def test_the_page_says_how_it_read_the_query_and_links_to_the_literal_search(library):
    html = Client().get("/search/", {"q": "绿色发展 讲话"}).content.decode()
    assert "已优先显示文种“讲话稿”" in html and "改为搜索词语“讲话”" in html and "words=1" in html
    literal = Client().get("/search/", {"q": "绿色发展 讲话", "words": "1"}).content.decode()
    assert "已优先显示文种" not in literal and "生态文明建设情况" not in literal
    partial = Client().get("/search/", {"q": "安全生产 专项整治 量子纠缠"}).content.decode()
    assert "以下是包含部分词语的结果" in partial and "工作要点</a>" in partial
    listed = Client().get("/search/", {"q": "发言稿"}).content.decode()
    assert "已按文种“讲话稿”列出" in listed


def test_the_api_reports_genre_words_and_partial_matches(library):
    body = Client().get("/api/v1/search", {"q": "绿色发展 讲话"}).json()
    assert body["genre_words"] == [{"word": "讲话", "genre": "remarks", "label": "讲话稿"}]
    assert body["results"][0]["id"] == library["speech"].pk and body["partial"] is False
    assert Client().get("/api/v1/search", {"q": "绿色发展 讲话", "words": "true"}).json()["genre_words"] == []
    assert Client().get("/api/v1/search", {"q": "安全生产 专项整治 量子纠缠"}).json()["partial"] is True


@pytest.mark.parametrize("q", ["讲话 " * 30, "发言稿 串词 年度小结 欢迎辞 " * 5, '-讲话 "讲话" 讲话', "函 -函", "讲话类"])
def test_hostile_understood_queries_never_fail(library, q):
    assert Client().get("/search/", {"q": q}).status_code == 200
    assert Client().get("/api/v1/search", {"q": q[:100]}).status_code == 200


# --- the paywall --------------------------------------------------------------------------


@pytest.mark.parametrize("inside, outside", [("方案 铃协", "方案 铃蛙"), ("工作方案 风铃协议规定夜", "工作方案 风铃协议规定昼"),
                                             ("铃协 不存在的词", "铃蛙 不存在的词")])
def test_genre_words_and_partial_matches_are_no_oracle_for_the_gated_part(gated_article, inside, outside):
    """A substring of the gated part (铃协 is in it, 铃蛙 is not) changes nothing for an
    anonymous reader: the same hits, total, scores, facets and partial flag."""

    def seen(q):
        r = anonymous(q)
        return [(x.article.pk, round(x.score, 6)) for x in r.results], r.total, r.genres, r.partial

    assert seen(inside) == seen(outside)
    member = search_articles("铃协 不存在的词")  # a trusted caller does see it (the test can fail)
    assert ids(member) == [gated_article.pk] and member.partial


# --- analytics, 热门搜索, did you mean ------------------------------------------------------


def test_searches_are_logged_per_query_and_day_without_the_reader(library, django_user_model):
    from haowen.search.models import QueryDay

    Client().get("/search/", {"q": "安全生产"})
    Client().get("/search/", {"q": "安全生產 "})  # folded the same way
    Client().get("/search/", {"q": "安全生产", "page": 2})  # paging is not a new search
    Client().get("/search/", {"q": "量子纠缠"})
    user = django_user_model.objects.create_user("logged", password="pw-123456789")
    client = Client()
    client.force_login(user)
    client.get("/search/", {"q": "安全生产"})
    Client().get("/api/v1/search", {"q": "安全生产"})
    rows = {r.query: r for r in QueryDay.objects.all()}
    assert set(rows) == {"安全生产", "量子纠缠"}
    assert (rows["安全生产"].count, rows["安全生产"].anonymous_count, rows["安全生产"].results) == (4, 3, 1)
    assert rows["量子纠缠"].results == 0
    columns = {f.name for f in QueryDay._meta.get_fields()}
    assert not columns & {"user", "ip", "client_ip", "created_at", "session"}


def test_hot_searches_list_queries_with_results_for_anonymous_readers_that_staff_did_not_hide(library, settings):
    from haowen.search.analytics import drop_hot_cache, hot_queries
    from haowen.search.models import HiddenQuery

    settings.SEARCH_HOT_MIN_COUNT = 2
    for q in ["安全生产", "安全生产", "量子纠缠", "量子纠缠", "年度小结", "年度小结", "绿色发展"]:
        Client().get("/search/", {"q": q})
    drop_hot_cache()  # the list is cached (HOT_CACHE_SECONDS); a zero-result page computed it
    assert hot_queries() == ["安全生产", "年度小结"]  # 量子纠缠 had no results; 绿色发展 once
    assert "热门搜索" in Client().get("/").content.decode()
    HiddenQuery.objects.create(query="年度小结")
    drop_hot_cache()
    assert hot_queries() == ["安全生产"]
    assert 'href="/search/?q=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7"' in Client().get("/search/").content.decode()


def test_a_typo_is_corrected_from_title_words_only_when_that_has_results(library, gated_article):
    from haowen.search.models import QueryDay

    html = Client().get("/search/", {"q": "专项整活"}).content.decode()
    assert "“专项整活”没有找到结果，已显示“专项整治”的结果" in html and "工作要点</a>" in html
    assert "fix=0" in html
    as_typed = Client().get("/search/", {"q": "专项整活", "fix": "0"}).content.decode()
    assert "没有找到包含" in as_typed and "工作要点</a>" not in as_typed
    body = Client().get("/api/v1/search", {"q": "安全生产专项整活"}).json()
    assert body["corrected_from"] == "安全生产专项整活" and body["query"] == "安全生产专项整治" and body["total"] == 1
    assert Client().get("/api/v1/search", {"q": "安全生产专项整活", "fix": "false"}).json()["total"] == 0
    # The query as typed is what the log keeps, with no results.
    assert QueryDay.objects.get(query="专项整活").results == 0
    nothing = Client().get("/api/v1/search", {"q": "量子纠缠"}).json()
    assert nothing["total"] == 0 and nothing["corrected_from"] is None
    # The vocabulary is the titles': a word only the gated part has is never proposed, and a
    # correction is searched with the reader's own access (the member finds 紫檀 by substring).
    assert Client().get("/api/v1/search", {"q": "紫檀风玲协议"}).json()["total"] == 0
