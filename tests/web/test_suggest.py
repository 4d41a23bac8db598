"""Suggestions while typing (issue 15 §3): ``/search/suggest/?q=`` answers JSON with popular
searches and titles containing the typed text; never a withdrawn, unpublished or near-duplicate
article; any input gives a 200 with sane lists; its own rate limit; the search forms carry it."""

from __future__ import annotations

import pytest
from django.test import Client

from haowen.library.models import AccessLevel
from haowen.library.services import update_article
from haowen.search.analytics import drop_hot_cache
from haowen.search.suggest import MAX_CHARS, MAX_TITLES, clean_input

FREE = AccessLevel.FREE


def suggest(q, client=None):
    response = (client or Client()).get("/search/suggest/", {"q": q})
    assert response.status_code == 200, (q, response.status_code)
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    assert set(data) == {"q", "queries", "titles"}
    return data


def titles(data) -> list[str]:
    return [t["title"] for t in data["titles"]]


@pytest.fixture
def library(make_article):
    return {
        "speech": make_article("在全县安全生产工作会议上的讲话", "同志们：今天召开会议。", kind="speech", views=50, access_level=FREE),
        "notice": make_article("关于开展安全生产大检查的通知", "各乡镇：现将有关事项通知如下。", kind="notice", views=90),
        # Gated: its title is public like every title, its body is not read.
        "gated": make_article("安全生产月活动方案", "会员可见的方案正文，含有秘密词语甲乙丙。", kind="plan", views=10,
                              access_level=AccessLevel.MEMBERS),
        "other": make_article("乡村振兴调研报告", "关于乡村振兴的调研。", kind="report", views=5),
    }


def test_it_suggests_titles_containing_the_text_the_most_viewed_and_prefix_first(library):
    data = suggest("安全生产")
    assert titles(data) == ["安全生产月活动方案", "关于开展安全生产大检查的通知", "在全县安全生产工作会议上的讲话"]
    assert data["titles"][1]["url"] == library["notice"].get_absolute_url()
    assert data["q"] == "安全生产"
    # Folded like the index: traditional characters, full-width letters, spaces inside.
    assert titles(suggest("安全 生產")) == titles(data)
    assert titles(suggest("乡村")) == ["乡村振兴调研报告"]
    assert suggest("量子纠缠") == {"q": "量子纠缠", "queries": [], "titles": []}


def test_titles_only_never_the_body(library):
    # The gated plan's body holds 甲乙丙; the suggestions read titles only.
    assert titles(suggest("甲乙丙")) == []
    assert titles(suggest("同志们")) == []


def test_withdrawn_and_duplicate_articles_are_never_suggested(library, make_article, index_now):
    update_article(library["notice"], is_published=False)
    index_now()
    assert "关于开展安全生产大检查的通知" not in titles(suggest("安全生产"))
    # Unpublished in the database while the index still holds it (the follower lags).
    from haowen.library.models import Article

    Article.objects.filter(pk=library["speech"].pk).update(is_published=False)
    assert titles(suggest("安全生产")) == ["安全生产月活动方案"]
    # A near-duplicate copy (marked as the import's near-duplicate check marks it).
    copy = make_article("乡村振兴调研报告（转载）", "转载的文字，与原文不同。", kind="report", views=500)
    assert "乡村振兴调研报告（转载）" in titles(suggest("乡村振兴"))
    Article.objects.filter(pk=copy.pk).update(canonical=library["other"])
    assert titles(suggest("乡村振兴")) == ["乡村振兴调研报告"]


def test_popular_searches_come_from_the_hot_list_pool_only(library, settings):
    from haowen.search.models import HiddenQuery

    settings.SEARCH_HOT_MIN_COUNT = 2
    for q in ["安全生产 讲话", "安全生产 讲话", "安全生产 通知", "安全生产 通知", "安全生产 通知",
              "安全生产 私人电话", "量子纠缠 安全", "量子纠缠 安全"]:
        Client().get("/search/", {"q": q})
    drop_hot_cache()
    data = suggest("安全生产")
    # Most searched first; a query searched once (安全生产 私人电话) is never shown, nor one
    # without results (量子纠缠 安全).
    assert data["queries"] == ["安全生产 通知", "安全生产 讲话"]
    assert suggest("量子")["queries"] == []
    HiddenQuery.objects.create(query="安全生产 通知")
    drop_hot_cache()
    assert suggest("安全生产")["queries"] == ["安全生产 讲话"]


@pytest.mark.parametrize(
    "q",
    [
        "安" * 10_000,
        "安全\x00生产\x01\x1b[31m",
        '"安全生产" -讲话 OR title:* AND (x',
        "安全生产*?",
        ".*",
        "\\",
        "[",
        "\u202e\u200b",
        "<script>alert(1)</script>",
        "   ",
        "x" * 300 + "安全生产",
    ],
)
def test_hostile_input_gives_a_sane_answer(library, q):
    data = suggest(q)
    assert len(data["q"]) <= MAX_CHARS
    assert len(data["titles"]) <= MAX_TITLES
    assert all(set(t) == {"title", "url"} and t["url"].startswith("/a/") for t in data["titles"])


def test_bytes_that_are_not_utf8_give_a_sane_answer(library):
    response = Client().get("/search/suggest/?q=%ED%A0%80%FF%C0%AF%E5%AE%89")
    assert response.status_code == 200 and len(response.json()["titles"]) <= MAX_TITLES


def test_query_syntax_is_plain_text(library):
    assert titles(suggest('"安全生产"')) == []  # no title holds the quotes
    assert titles(suggest("安全生产*")) == []
    assert clean_input("安全\x00生产\u200b") == "安全生产"
    assert clean_input(" ＡＢ  C ") == "ab c"
    assert clean_input("安" * 500) == "安" * MAX_CHARS


def test_it_has_its_own_rate_limit(library, settings):
    settings.SEARCH_SUGGEST_RATE = "3/min"
    reader = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(3):
        suggest("安全", reader)
    refused = reader.get("/search/suggest/", {"q": "安全"})
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60 and refused["Cache-Control"] == "no-store"
    assert refused.json()["error"] == "搜索太频繁了。"
    # An empty text is not counted; the searches have a budget of their own.
    assert reader.get("/search/suggest/", {"q": " "}).status_code == 200
    assert reader.get("/search/", {"q": "安全生产"}).status_code == 200
    assert Client(REMOTE_ADDR="203.0.113.10").get("/search/suggest/", {"q": "安全"}).status_code == 200


def test_the_search_forms_carry_the_suggestions_and_work_without_the_script(library):
    html = Client().get("/").content.decode()
    assert html.count('data-suggest="/search/suggest/"') == 2  # the top bar and the home page's box
    assert 'data-suggest-titles="文章"' in html and 'data-suggest-queries="热门搜索"' in html
    assert "haowen/suggest.js" in html
    # Without the script the forms are plain GET forms to /search/ (no combobox markup in
    # the page itself: the script adds it).
    assert 'action="/search/" method="get"' in html and 'role="combobox"' not in html
    page = Client().get(library["speech"].get_absolute_url()).content.decode()
    assert 'data-suggest="/search/suggest/"' in page
