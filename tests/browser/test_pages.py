"""Hostile search queries and the 404 page in Debian's Chromium, at a desktop and a phone.

Markup, ``javascript:`` URLs, bidi overrides, engine syntax, NUL bytes and over-long queries
are typed into the search box or the URL: each page answers 200, shows the query as inert
text, opens no dialog, runs no injected script (a blocked inline script would also show up as
a CSP console error), scrolls no sideways and keeps its text readable. Unknown pages answer
404 with the site's own page. Screenshots: ``test-artifacts/hostile-*`` and ``not-found-*``.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

HOSTILE_TITLE = '<script>alert("标题")</script>"><img src=x onerror=alert(2)>务虚会讲话'

#: (screenshot name, query, a string the page must show literally or None)
QUERIES = [
    ("script", "<script>alert(1)</script>务虚会", "<script>alert(1)</script>务虚会"),
    ("img-onerror", '"><img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>'),
    ("javascript-url", "javascript:alert(document.cookie)", "javascript:alert(document.cookie)"),
    ("rtl-override", "\u202e会虚务\u202c", None),
    ("engine-syntax", 'title:(务虚会 AND "', None),
    ("punctuation-only", "！？。……", "中没有可以搜索的文字"),
    ("overlong", "务虚会" + "a" * 400, "查询过长，已截断"),
]


@pytest.fixture
def hostile_article(make_article):
    return make_article(
        title=HOSTILE_TITLE,
        body="同志们：\n这次务虚会的主要任务是谋划思路。\n<b>这不是标签</b>，javascript:alert(3) 也只是文字。",
        access_level="free",
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_it_keeps_hostile_search_queries_inert(visit_factory, hostile_article, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    page.add_init_script("window.__injected = 0;")

    # Typed into the search box like a reader would, then straight in the URL.
    visit.goto("/")
    page.locator(".bigsearch input[name=q]").fill('<script>alert("标题")</script>务虚会')
    with page.expect_navigation():
        page.locator(".bigsearch input[name=q]").press("Enter")
    hit = page.locator(".hit h3 a").first
    expect(hit).to_have_text(HOSTILE_TITLE)  # the title's markup is text, not elements
    assert page.locator("main img").count() == 0
    visit.shot("hostile-typed")
    visit.check_layout("hostile query typed", body=".hit .snippet")

    for name, query, shown in QUERIES:
        visit.goto("/search/?q=" + quote(query))
        assert page.evaluate("window.__injected") == 0
        assert page.locator("main img, main script, main iframe").count() == 0, name
        assert page.locator("a[href^='javascript:']").count() == 0, name
        value = page.locator(".topsearch input[name=q]").input_value()
        assert "\u202e" not in value and "\x00" not in value, (name, value)
        if shown:
            expect(page.locator("main")).to_contain_text(shown)
        visit.shot(f"hostile-{name}")
        visit.check_layout(f"hostile query {name}")

    # A NUL byte and a lone surrogate escape in the URL: still a page, never a 500.
    for raw in ("%00务虚会", "%ED%A0%80", "a%"):
        visit.goto("/search/?q=" + raw.replace("务虚会", quote("务虚会")))
        visit.check_layout(f"query {raw}")

    # The hostile title on its own article page: inert too.
    visit.goto(hostile_article.get_absolute_url())
    expect(page.locator("h1.doc-title")).to_have_text(HOSTILE_TITLE)
    assert page.locator("main img").count() == 0
    visit.shot("hostile-title-article")
    visit.check_layout("hostile title", body=".doc-body p")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_it_shows_a_readable_404_page(visit_factory, make_article, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    for name, path in [
        ("article", "/a/999999/"),
        ("path", "/no/such/page/"),
        ("hostile-path", "/%3Cscript%3Ealert(1)%3C/script%3E/" + "x" * 300),
    ]:
        visit.goto(path, status=404)
        expect(page.locator("main .error h1")).to_have_text("404")
        expect(page.locator("main .error")).to_contain_text("您要找的页面不存在或已被删除。")
        assert "<script>alert" not in page.content()
        visit.shot(f"not-found-{name}")
        visit.check_layout(f"404 {name}", body="main .error p")
    with page.expect_navigation():
        page.get_by_role("link", name="返回首页").click()
    assert visit.path() == "/"
    visit.check_layout("home after 404")
