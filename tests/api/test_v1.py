"""The v1 endpoints: articles, article detail, search, me."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from haowen.accounts.entitlement import entitlement

pytestmark = pytest.mark.django_db

SPEECH = "同志们：\n今天我们召开务虚会，研究明年工作思路。\n一、统一思想\n（一）提高站位\n二、狠抓落实\n最后，我讲三点要求。"


def _ids(response):
    return [r["id"] for r in response.json()["results"]]


def test_it_lists_articles_newest_first_with_paging(client, make_article):
    old = make_article(title="旧文", body="旧的正文内容。", published_on=dt.date(2020, 1, 1))
    new = make_article(title="新文", body="新的正文内容。", published_on=dt.date(2023, 5, 1))
    mid = make_article(title="中文", body="中间的正文内容。", published_on=dt.date(2021, 6, 1))

    first = client.get("/api/v1/articles", {"page_size": 2})
    assert first.status_code == 200
    body = first.json()
    assert (body["count"], body["page"], body["pages"], body["page_size"]) == (3, 1, 2, 2)
    assert _ids(first) == [new.pk, mid.pk]
    assert _ids(client.get("/api/v1/articles", {"page_size": 2, "page": 2})) == [old.pk]
    assert _ids(client.get("/api/v1/articles", {"page_size": 2, "page": 9})) == []

    item = body["results"][0]
    assert item == {
        "id": new.pk,
        "title": "新文",
        "genre": "other",
        "genre_label": "其他",
        "subgenre": "",
        "subgenre_label": "",
        "kind": "other",
        "kind_label": "其他",
        "published_on": "2023-05-01",
        "views": 0,
        "word_count": new.char_count,
        "url": f"http://127.0.0.1:8000/a/{new.pk}/",
    }


def test_it_filters_by_kind_year_and_tag_and_sorts_by_views(client, make_article):
    from haowen.library.models import ArticleTag, Tag

    speech = make_article(title="讲话", body="讲话正文。", kind="speech", published_on=dt.date(2022, 3, 11), views=5)
    report = make_article(title="报告", body="报告正文。", kind="report", published_on=dt.date(2021, 3, 11), views=50)
    ArticleTag.objects.create(article=report, tag=Tag.objects.create(name="乡村振兴"), weight=1.0)

    assert _ids(client.get("/api/v1/articles", {"kind": "speech"})) == [speech.pk]
    assert _ids(client.get("/api/v1/articles", {"year": 2021})) == [report.pk]
    assert _ids(client.get("/api/v1/articles", {"tag": "乡村振兴"})) == [report.pk]
    assert _ids(client.get("/api/v1/articles", {"tag": "没有的标签"})) == []
    assert _ids(client.get("/api/v1/articles", {"sort": "views"})) == [report.pk, speech.pk]
    # (An empty tag is refused as the description says, never read as no filter: the fuzzer's ?tag=.)
    empty = client.get("/api/v1/articles", {"tag": ""})
    assert empty.status_code == 422 and "tag" in empty.json()["message"]


def test_it_filters_by_genre_and_subgenre_and_maps_the_old_kinds(client, make_article):
    notice = make_article(title="关于开展检查的通知", body="通知正文。", kind="notice")
    bulletin = make_article(title="关于考核结果的通报", body="通报正文。", kind="bulletin")
    host = make_article(title="会议主持词", body="主持词正文。", kind="host")
    assert sorted(_ids(client.get("/api/v1/articles", {"genre": "official"}))) == sorted([notice.pk, bulletin.pk])
    assert _ids(client.get("/api/v1/articles", {"genre": "notice"})) == [notice.pk]  # the sub-genre 通知
    assert sorted(_ids(client.get("/api/v1/articles", {"kind": "notice"}))) == sorted([notice.pk, bulletin.pk])  # old: all 公文
    assert _ids(client.get("/api/v1/articles", {"genre": "host"})) == [host.pk]
    item = client.get("/api/v1/articles", {"genre": "host"}).json()["results"][0]
    assert (item["genre"], item["genre_label"], item["subgenre"], item["subgenre_label"]) == ("speech", "讲话类", "host", "主持词")
    assert client.get("/api/v1/articles", {"genre": "poem"}).status_code == 422
    found = client.get("/api/v1/search", {"q": "正文", "genre": "official"}).json()
    assert sorted(r["id"] for r in found["results"]) == sorted([notice.pk, bulletin.pk])
    assert {f["genre"]: f["count"] for f in found["genres"]} == {"official": 2}


def test_it_leaves_out_withdrawn_articles_and_near_duplicate_copies(client, make_article):
    original = make_article(title="原文", body="原文正文。")
    make_article(title="撤下", body="撤下的正文。", is_published=False)
    make_article(title="副本", body="副本正文。", canonical=original)
    assert _ids(client.get("/api/v1/articles")) == [original.pk]


@pytest.mark.parametrize(
    "params, name",
    [
        ({"kind": "poem"}, "kind"),
        ({"year": "abc"}, "year"),
        ({"year": 99}, "year"),
        ({"page": 0}, "page"),
        ({"page_size": 1000}, "page_size"),
        ({"sort": "random"}, "sort"),
        ({"tag": "x" * 51}, "tag"),
        ({"tag": "乡村\x00振兴"}, "tag"),
    ],
)
def test_it_rejects_bad_list_parameters_naming_them(client, params, name):
    response = client.get("/api/v1/articles", params)
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422 and body["code"] == "validation_error"
    assert name in body["message"]
    assert body["details"][0]["loc"] == f"query.{name}"


def test_it_returns_an_article_with_the_text_entitlement_allows_an_anonymous_caller(client, make_article):
    article = make_article(title="务虚会讲话", body=SPEECH, kind="speech", views=185)
    response = client.get(f"/api/v1/articles/{article.pk}")
    assert response.status_code == 200
    body = response.json()
    visible = entitlement(article, AnonymousUser())
    assert body["paragraphs"] == visible.paragraphs
    assert body["access"] == {
        "is_full": visible.is_full,
        "remaining_chars": visible.remaining_chars,
        "reason": visible.reason,
    }
    assert body["title"] == "务虚会讲话"
    assert body["published_on"] == "2022-03-11"
    assert body["views"] == 185
    assert body["word_count"] == article.char_count
    assert body["genre"] == "speech" and body["genre_label"] == "讲话类" and body["subgenre"] == ""
    assert body["kind"] == "speech" and body["kind_label"] == "讲话类"  # the older names stay
    assert isinstance(body["outline"], list) and isinstance(body["tags"], list)


def test_it_returns_the_outline_of_the_readable_paragraphs(client, make_article, reader, reader_token, bearer):
    from haowen.text.outline import outline

    article = make_article(title="务虚会讲话", body=SPEECH, kind="speech")
    body = client.get(f"/api/v1/articles/{article.pk}", **bearer(reader_token)).json()
    visible = entitlement(article, reader)
    expected = outline(visible.paragraphs, article.title)
    assert [(o["level"], o["title"], o["paragraph"]) for o in body["outline"]] == [
        (i.level, i.title, i.paragraph) for i in expected
    ]
    for item in body["outline"]:
        assert item["anchor"] == f"p{item['paragraph'] + 1}"
        assert body["paragraphs"][item["paragraph"]].startswith(item["title"][:2])
    if visible.is_full:
        assert [o["title"] for o in body["outline"]][:3] == ["一、统一思想", "（一）提高站位", "二、狠抓落实"]
        assert [o["level"] for o in body["outline"]][:3] == [1, 2, 1]


def test_it_returns_what_the_tokens_owner_may_read(client, make_article, reader, reader_token, bearer):
    article = make_article(title="务虚会讲话", body=SPEECH, access_level="login")
    body = client.get(f"/api/v1/articles/{article.pk}", **bearer(reader_token)).json()
    visible = entitlement(article, reader)
    assert body["paragraphs"] == visible.paragraphs
    assert body["access"]["is_full"] == visible.is_full


def test_it_does_not_count_api_reads_as_views(client, make_article):
    article = make_article(views=7)
    client.get(f"/api/v1/articles/{article.pk}")
    article.refresh_from_db()
    assert article.view_count == 7


def test_it_ignores_the_browser_session(client, make_article, reader):
    """The API reads tokens only: a logged-in browser session is an anonymous API caller."""
    article = make_article(title="登录可读", body=SPEECH, access_level="login")
    client.force_login(reader)
    body = client.get(f"/api/v1/articles/{article.pk}").json()
    assert body["paragraphs"] == entitlement(article, AnonymousUser()).paragraphs


@pytest.mark.parametrize("path", ["/api/v1/articles/999999", "/api/v1/articles/0"])
def test_it_answers_a_missing_article_with_the_404_envelope(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_it_hides_withdrawn_articles(client, make_article):
    article = make_article(is_published=False)
    assert client.get(f"/api/v1/articles/{article.pk}").status_code == 404


def test_it_rejects_a_non_numeric_article_id(client, db):
    response = client.get("/api/v1/articles/abc")
    assert response.status_code in (404, 422)
    assert response.json()["status"] == response.status_code


def test_it_searches_with_the_same_results_and_snippets_as_the_search_page(client, make_article):
    make_article(title="务虚会讲话", body=SPEECH, kind="speech")
    make_article(title="工作报告", body="今年召开了两次务虚会。\n其他内容。", kind="report", published_on=dt.date(2021, 1, 1))
    make_article(title="无关", body="完全无关的内容。")

    params = {"q": "务虚会", "sort": "relevance", "page": 1}
    api = client.get("/api/v1/search", params)
    assert api.status_code == 200
    body = api.json()
    page = client.get("/search/", params).context["results"]
    assert [r["id"] for r in body["results"]] == [r.article.pk for r in page.results]
    assert [r["snippet_html"] for r in body["results"]] == [r.snippet_html for r in page.results]
    assert [r["title_html"] for r in body["results"]] == [r.title_html for r in page.results]
    assert body["total"] == page.total == 2
    assert body["query"] == "务虚会"
    assert "<mark>务虚会</mark>" in body["results"][0]["snippet_html"]
    assert {f["genre"]: f["count"] for f in body["genres"]} == {"speech": 1, "report": 1}
    assert {f["kind"]: f["count"] for f in body["kinds"]} == {"speech": 1, "report": 1}
    assert {f["year"]: f["count"] for f in body["years"]} == {2022: 1, 2021: 1}

    only_reports = client.get("/api/v1/search", {"q": "务虚会", "kind": "report"}).json()
    assert [r["title"] for r in only_reports["results"]] == ["工作报告"]
    by_year = client.get("/api/v1/search", {"q": "务虚会", "year": 2022}).json()
    assert [r["title"] for r in by_year["results"]] == ["务虚会讲话"]


@pytest.mark.parametrize("q", ["", "   ", "AND OR NOT ( ) [ ] ^ ~ *", '"未闭合', "\u202e<script>alert(1)</script>", "😀" * 50])
def test_it_answers_any_query_without_error(client, make_article, q):
    make_article(title="<script>alert(1)</script>标题", body="正文<script>alert(1)</script>内容。")
    response = client.get("/api/v1/search", {"q": q})
    assert response.status_code == 200
    # ``query`` is plain text (JSON data, served as application/json with nosniff);
    # the *_html fields are the only HTML and must be escaped.
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    for hit in response.json()["results"]:
        assert "<script>" not in hit["title_html"] + hit["snippet_html"]


def test_it_rejects_an_over_long_query(client, db):
    response = client.get("/api/v1/search", {"q": "长" * 1001})
    assert response.status_code == 422
    assert "q" in response.json()["message"]


def test_it_tells_a_token_holder_who_they_are(client, reader_token, bearer):
    response = client.get("/api/v1/me", **bearer(reader_token))
    assert response.status_code == 200
    assert response.json() == {"username": "reader", "token_name": "脚本"}


@pytest.mark.parametrize(
    "header",
    ["Bearer hw_not-a-real-token", "Bearer ", "Token abc", "Basic cmVhZGVyOnB3", "hw_bare"],
)
def test_it_refuses_a_bad_authorization_header_with_401(client, make_article, header):
    article = make_article()
    for path in ("/api/v1/me", f"/api/v1/articles/{article.pk}", "/api/v1/articles", "/api/v1/search?q=x"):
        response = client.get(path, HTTP_AUTHORIZATION=header)
        assert response.status_code == 401, path
        assert response.json()["code"] == "unauthorized"
        assert response["WWW-Authenticate"].startswith("Bearer")


def test_it_requires_a_token_for_me(client, db):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert "Bearer" in response.json()["message"]


def test_it_refuses_a_revoked_token_and_a_deactivated_user(client, reader, reader_token, bearer):
    from haowen.api.models import ApiToken
    from haowen.api.services import create_token

    ApiToken.objects.filter(user=reader).delete()
    assert client.get("/api/v1/me", **bearer(reader_token)).status_code == 401

    _row, token = create_token(reader, "另一个")
    assert client.get("/api/v1/me", **bearer(token)).status_code == 200
    reader.is_active = False
    reader.save()
    assert client.get("/api/v1/me", **bearer(token)).status_code == 401
