"""Prerendered parts of the article page (issue 14, §2) never carry one reader's view to another.

The body, outline, writer's tools and the rest are built once per key and reused by every
later reader with the same key; these tests render for an entitled reader first and then ask
as readers who may see less, for one reader's CSRF token in another's page, and for a change
of the article.
"""

import re

import pytest
from django.test import Client

from haowen.library.models import AccessLevel, Article
from haowen.library.services import update_article
from haowen.web import pagecache

GATED = "第五段里只有全文读者才能看到的一句话。"
BODY = "\n".join(["第一段：同志们好。", "第二段：继续讲。", "第三段。", "第四段。", GATED, "第六段。", "第七段。", "第八段。"])
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


@pytest.fixture(autouse=True)
def tips_on(settings):
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "test-sandbox-key-0123456789"
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: the fragments are what is shared


def page_as(user, article) -> str:
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    return client.get(article.get_absolute_url()).content.decode()


def test_a_part_built_for_an_entitled_reader_is_never_served_to_one_who_may_see_less(make_article, reader, member):
    login_only = make_article("务虚会讲话", BODY, access_level=AccessLevel.LOGIN)
    members_only = make_article("会员专享讲话", BODY.replace("第一段", "甲段"), access_level=AccessLevel.MEMBERS)
    assert GATED in page_as(reader, login_only)
    assert GATED not in page_as(None, login_only)  # anonymous: the preview, whatever was built before
    assert GATED in page_as(member, members_only)
    assert GATED not in page_as(reader, members_only) and GATED not in page_as(None, members_only)
    # The outline and placeholder counts come from the visible text too: the preview's page
    # has fewer paragraphs and says so.
    assert page_as(None, login_only).count('<p id="p') < BODY.count("\n") + 1


def test_no_reader_gets_another_readers_csrf_token_from_a_part(make_article, reader, moderator):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    first = page_as(reader, article)
    second = page_as(moderator, article)
    tokens_first, tokens_second = set(TOKEN.findall(first)), set(TOKEN.findall(second))
    assert tokens_first and tokens_second and not tokens_first & tokens_second
    assert pagecache.CSRF_PLACEHOLDER not in first + second
    # The tip form of the second page posts with the second reader's token.
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    page = client.get(article.get_absolute_url()).content.decode()
    form = page[page.index('class="tip-form"') :]
    token = TOKEN.search(form).group(1)
    posted = client.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": token, "amount": "1", "provider": "sandbox"})
    assert posted.status_code == 302


def test_a_changed_article_is_rendered_again(make_article, reader):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    assert GATED in page_as(reader, article)
    update_article(Article.objects.get(pk=article.pk), body=BODY.replace(GATED, "改写后的第五段。"))
    page = page_as(reader, article)
    assert GATED not in page and "改写后的第五段。" in page
    update_article(Article.objects.get(pk=article.pk), access_level=AccessLevel.MEMBERS)
    assert "改写后的第五段。" not in page_as(reader, article)


# --- the chrome around the content and the lines around the view count ---------------------


def test_the_chrome_follows_the_site_settings_and_shows_each_page_s_own_query(client, make_article, index_now):
    from haowen.engagement.sitesettings.services import get_site_settings

    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    assert 'class="brand" href="/">好文' in client.get(article.get_absolute_url()).content.decode()
    row = get_site_settings()
    row.site_name = "公文好帮手"
    row.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'class="brand" href="/">公文好帮手' in page and 'title="公文好帮手 (Atom)"' in page
    # The search box keeps each page's own query, escaped, though the chrome around it is stored.
    first = client.get("/search/", {"q": '务虚会"><b>x'}).content.decode()
    second = client.get("/search/", {"q": "讲话"}).content.decode()
    assert 'name="q" value="务虚会&quot;&gt;&lt;b&gt;x" placeholder=' in first and '"><b>x' not in first
    assert 'name="q" value="讲话" placeholder=' in second
    assert 'name="q" value="" placeholder=' in client.get(article.get_absolute_url()).content.decode()


def test_the_staff_hint_beside_the_article_is_shown_to_staff_only(make_article, staff, reader):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    hint = "在后台填写二维码和客服联系方式"
    assert hint in page_as(staff, article)
    assert hint not in page_as(reader, article) and hint not in page_as(None, article)
    assert hint in page_as(staff, article)


def test_the_view_count_is_current_and_the_lines_around_it_follow_the_article(make_article, reader, settings):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE, views=41)
    views = re.compile(r'<span class="views">([0-9,]+)</span> 阅读')
    shown = lambda: int(views.search(page_as(reader, article)).group(1).replace(",", ""))  # noqa: E731
    assert shown() in (41, 42)
    Article.objects.filter(pk=article.pk).update(view_count=12345)
    assert shown() in (12345, 12346)
    # A title or date written around the services (no new updated_at) shows at once too.
    Article.objects.filter(pk=article.pk).update(title="改过的标题", published_on="2023-05-06")
    page = page_as(reader, article)
    assert '<h1 class="doc-title">改过的标题</h1>' in page and '<time datetime="2023-05-06">' in page
    assert views.search(page)
