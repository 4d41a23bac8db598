"""The article page's data is gathered in one place (haowen.web.article_page.build_article_context);
its templates and template tags only format it, and prerendered fragments stay the fast path."""

from __future__ import annotations

from functools import cached_property

import pytest
from django.test import Client
from django.utils.functional import SimpleLazyObject, empty

from haowen.library.models import AccessLevel
from haowen.library.near_duplicates import link_near_duplicate
from haowen.library.tagging import tag_article
from haowen.web import views
from haowen.writer.tools import WriterTools

BODY = [
    "同志们：",
    "一、总体要求",
    "XX区要深入贯彻《中华人民共和国安全生产法》，全面排查消防隐患。",
    "二、主要任务",
    "各乡镇要在X月底前完成安全生产大检查，落实企业主体责任。",
    "三、工作要求",
    "只有全文读者才能看到的最后一段：落实安全生产责任制。",
]


@pytest.fixture(autouse=True)
def every_part_on(settings):
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "test-sandbox-key-0123456789"
    settings.PAGE_CACHE_SECONDS = 0  # every request reaches the view


@pytest.fixture
def article(make_article, reader, moderator):
    """A login-only article with tags, a second version, a comment and related articles."""
    from haowen.engagement.comments.services import moderate, post_comment

    main = make_article("关于开展安全生产大检查的通知", BODY, access_level=AccessLevel.LOGIN)
    copy = make_article("关于开展安全生产大检查的通知（转载）", BODY + ["转载。"], access_level=AccessLevel.LOGIN)
    link_near_duplicate(main)
    assert link_near_duplicate(copy) == main
    make_article("安全生产工作总结", "安全生产大检查排查消防隐患，企业主体责任落实。")
    tag_article(main)
    comment = post_comment(reader, main, "这篇通知写得很实用，谢谢分享。")
    if comment.status != "approved":
        moderate(comment, "approve", moderator)
    return main


def _force(value):
    """Compute a lazy context value (and every part of the writer's tools) now."""
    if isinstance(value, SimpleLazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    if isinstance(value, WriterTools):
        for name, attr in vars(WriterTools).items():
            if isinstance(attr, cached_property):
                getattr(value, name)
    return value


@pytest.mark.parametrize("persona", [None, "reader", "member", "moderator"])
def test_the_templates_only_format_what_the_context_gathered(persona, article, client_as, monkeypatch, django_assert_num_queries):
    """Rendering the page (fragments not yet stored) with every context value computed
    beforehand runs no query: no template or tag fetches data of its own."""
    rendered = []

    def render(request, template_name, context, *args, **kwargs):
        assert template_name == "web/article.html"
        for value in context.values():
            _force(value)
        request.user.is_authenticated  # the session's user, read by the middleware anyway
        request.session.get("_")
        with django_assert_num_queries(0):
            response = original(request, template_name, context, *args, **kwargs)
        rendered.append(response)
        return response

    original = views.render
    monkeypatch.setattr(views, "render", render)
    client = client_as(persona) if persona else Client()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and rendered
    html = response.content.decode()
    # Every part is there: outline, versions, tags, comments, tips, related, hot lists.
    for part in ('id="outline"', "相似版本", "wt-tag", "这篇通知写得很实用", 'id="tips"', 'id="related"', "本周热门", "application/ld+json"):
        assert part in html, part


def test_a_page_whose_fragments_are_stored_computes_none_of_their_parts(article, reader, monkeypatch):
    client = Client()
    client.force_login(reader)
    first = client.get(article.get_absolute_url()).content.decode()

    def refuse(*args, **kwargs):
        raise AssertionError("computed although its fragment is stored")

    from haowen.web import article_page
    from haowen.writer import tools

    monkeypatch.setattr(article_page, "related_articles", refuse)
    monkeypatch.setattr(article_page, "hot_lists", refuse)
    monkeypatch.setattr(article_page, "structured_data", refuse)
    monkeypatch.setattr(article_page, "public_keywords", refuse)
    monkeypatch.setattr(tools, "outline", refuse)
    monkeypatch.setattr(tools, "versions_of", refuse)
    monkeypatch.setattr(tools, "article_tags", refuse)
    again = client.get(article.get_absolute_url())
    assert again.status_code == 200
    html = again.content.decode()
    for part in ('id="outline"', "相似版本", "wt-tag", 'id="related"', "本周热门", "application/ld+json"):
        assert part in html and part in first, part


def test_the_context_names_what_the_reader_may_see(article, rf, reader):
    """Built for an anonymous reader, the context holds the preview (never the last, gated
    paragraph), and the per-reader parts are lazy: nothing is computed until read."""
    from django.contrib.auth.models import AnonymousUser

    from haowen.web.article_page import build_article_context

    request = rf.get(article.get_absolute_url())
    request.user = AnonymousUser()
    request.session = {}
    context = build_article_context(request, article)
    assert not context["visible"].is_full and BODY[-1] not in context["visible"].paragraphs
    assert BODY[-1] not in "".join(context["writer_tools"].paragraphs)
    lazy = [k for k, v in context.items() if isinstance(v, SimpleLazyObject)]
    assert {"related", "hot", "comments", "tip_panel", "is_favorite", "comment_draft", "structured_data"} <= set(lazy)
    assert all(context[k]._wrapped is empty for k in lazy)
    assert context["structured_data"]["isAccessibleForFree"] is False
    assert context["structured_data"]["hasPart"]["cssSelector"] == ".paywall"
