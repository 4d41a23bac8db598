"""Browse pages in Debian's Chromium at a desktop and a 375 px phone: the genre page's sort and
year filters are a compact bar above the list (on a phone within the first screen), they work
by links without JavaScript, the pager pages, and nothing scrolls sideways or is too small to
read. Screenshots: ``test-artifacts/browse-*``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def speeches(make_article):
    for i in range(25):
        make_article(
            f"在全县第{i + 1}次经济工作会议上的讲话",
            f"同志们：\n这是第{i + 1}次会议，我们要抓好经济工作，推动高质量发展，确保各项任务落到实处。",
            kind="remarks",
            published_on=dt.date(2021 + i % 3, 1 + i % 12, 1),
            views=i * 7,
            access_level="free",
            index=False,
        )
    make_article("关于开展安全生产大检查的通知", "各乡镇：\n现将有关事项通知如下。", kind="notice", index=False)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_genre_page_filters_sit_above_the_list_and_work(visit_factory, speeches, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    visit.goto("/fanwen/")
    expect(page.locator("main h1")).to_contain_text("范文分类")
    visit.shot("browse-genres")
    visit.check_layout("genres page")
    with page.expect_navigation():
        page.locator("main .genre-card h2 a", has_text="讲话类").click()
    assert visit.path() == "/fanwen/speech/"
    bar = page.locator("main .filterbar").bounding_box()
    first = page.locator("main .blist li").first.bounding_box()
    assert bar["y"] + bar["height"] <= first["y"], "the filters come after the list"
    if viewport == "phone":
        assert bar["y"] + bar["height"] <= 812, f"the filters are below the first screen ({bar})"
        assert bar["height"] <= 120, f"the filter bar is not compact ({bar})"
    expect(page.locator("main .blist li")).to_have_count(20)
    visit.shot("browse-genre")
    visit.check_layout("genre page", body="main .blist-title")
    with page.expect_navigation():
        page.locator("main .filterbar a", has_text="最多阅读").click()
    assert "sort=views" in visit.path()
    expect(page.locator("main .blist-title").first).to_have_text("在全县第25次经济工作会议上的讲话")
    page.locator("main .years-filter summary").click()
    with page.expect_navigation():
        page.locator("main .years-filter a", has_text="2022").click()
    assert "year=2022" in visit.path() and "sort=views" in visit.path()
    expect(page.locator("main .blist li")).to_have_count(8)
    visit.shot("browse-genre-filtered")
    visit.check_layout("genre page filtered", body="main .blist-title")
    visit.goto("/fanwen/speech/")
    with page.expect_navigation():
        page.locator("main .pager a", has_text="下一页").click()
    assert visit.path() == "/fanwen/speech/?page=2"
    expect(page.locator("main .blist li")).to_have_count(5)
    visit.check_layout("genre page 2")
    visit.goto("/")
    expect(page.locator("main #genre-speech")).to_be_visible()
    visit.shot("browse-home")
    visit.check_layout("home with genre sections")
