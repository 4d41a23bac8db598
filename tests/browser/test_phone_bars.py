"""Issue 15 §5 in Debian's Chromium at a 375 px phone (and a desktop for contrast): on the search
page the sorts and the genre and year filters are a compact bar above the results (within the
first screen; the side column, which would come after the results, is hidden), and on the
article page the writer's tools (提纲, 一键替换, 下载 Word) are a bar near the top of the
article, above the text. Screenshots: ``test-artifacts/phone-bars-*``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PHONE_SCREEN = 812

TOPICS = ["危险化学品", "道路交通", "建筑施工", "消防安全", "特种设备", "燃气管道", "矿山开采", "森林防火",
          "校园安全", "食品药品", "水上交通", "电力设施"]
PLACES = ["城关镇", "河西乡", "东湖街道", "南山镇", "北塘乡", "青石镇", "柳林乡", "白沙镇", "石桥街道", "龙泉镇",
          "太平乡", "新华街道"]


def body(i: int) -> str:
    """A notice of its own for each article (identical texts would be near-duplicates)."""
    topic, place = TOPICS[i], PLACES[i]
    return "\n".join(
        [f"各乡镇、{place}各单位："]
        + [f"为做好{topic}领域安全生产工作，{place}决定开展第{j}轮{topic}专项检查，请××同志负责{PLACES[(i + j) % 12]}片区。"
           for j in range(6)]
        + ["一、总体要求", f"全面排查整治{topic}安全隐患，{place}各村（社区）于XX月XX日前完成自查。" * 3,
           "二、主要任务", f"重点检查{topic}、{TOPICS[(i + 3) % 12]}和{TOPICS[(i + 7) % 12]}等领域的{place}企业。" * 3,
           "三、工作要求", f"{place}各单位要于XX月XX日前报送{topic}检查工作总结。" * 3]
    )


@pytest.fixture
def library(make_article, index_now):
    made = {}
    for i in range(12):
        made[i] = make_article(
            f"关于开展第{i + 1}轮安全生产大检查的通知",
            body(i),
            kind="notice" if i % 2 else "remarks",
            published_on=dt.date(2020 + i % 4, 3, 1),
            views=i,
            access_level="free",
            index=False,
        )
    index_now()
    return made


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_search_filters_are_a_compact_bar_above_the_results(visit_factory, library, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    visit.goto("/search/?q=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7")  # 安全生产
    bar = page.locator("main .search-filters")
    first = page.locator("main .hit").first
    expect(first).to_be_visible()
    box = bar.bounding_box()
    assert box["y"] + box["height"] <= first.bounding_box()["y"], "the filters come after the results"
    genre_filter = bar.locator(".genre-filter")
    if viewport == "phone":
        assert box["y"] + box["height"] <= PHONE_SCREEN, f"the filter bar is below the first screen ({box})"
        assert box["height"] <= 120, f"the filter bar is not compact ({box})"
        expect(page.locator("main .facets")).to_be_hidden()
        expect(genre_filter).to_be_visible()
        expect(bar.locator(".years-filter")).to_be_visible()
        visit.shot("phone-bars-search", full_page=False)
        visit.check_layout("search with the filter bar", body="main .snippet")
        genre_filter.locator("summary").click()
        with page.expect_navigation():
            genre_filter.locator("a", has_text="党政公文").click()
        assert "genre=official" in visit.path()
        expect(page.locator("main .hit")).to_have_count(6)
        expect(page.locator("main .genre-filter summary")).to_have_text("党政公文")
        page.locator("main .years-filter summary").click()
        with page.expect_navigation():
            page.locator("main .years-filter a", has_text="2021").click()
        assert "year=2021" in visit.path() and "genre=official" in visit.path()
        expect(page.locator("main .hit")).to_have_count(3)
        visit.check_layout("search filtered from the bar", body="main .snippet")
    else:
        # Wide screens keep the side column; the bar holds the sorts only.
        expect(page.locator("main .facets")).to_be_visible()
        expect(genre_filter).to_be_hidden()
        visit.check_layout("search on a desktop", body="main .snippet")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_writers_tools_are_a_bar_near_the_top_of_the_article(visit_factory, library, viewport):
    visit = visit_factory(viewport)
    page = visit.page
    article = library[1]
    visit.goto(article.get_absolute_url())
    bar = page.locator("main .wt-bar")
    expect(bar.locator("a")).to_have_text(["提纲", "一键替换", "下载 Word"])
    box = bar.bounding_box()
    text = page.locator("main .doc-body").bounding_box()
    assert box["y"] + box["height"] <= text["y"], "the tools come after the text"
    if viewport == "phone":
        assert box["y"] + box["height"] <= PHONE_SCREEN, f"the tools bar is below the first screen ({box})"
        assert box["height"] <= 90, f"the tools bar is not compact ({box})"
    expect(bar.locator("a", has_text="下载 Word")).to_have_attribute("href", f"/a/{article.pk}/export.docx")
    visit.shot("phone-bars-article", full_page=False)
    visit.check_layout("article with the tools bar", body="main .doc-body p")
    # 提纲 opens the outline (closed on phones until then) and jumps to it.
    bar.locator("a", has_text="提纲").click()
    expect(page.locator("#outline")).to_have_attribute("open", "")
    expect(page.locator("#outline .wt-toc a").first).to_be_in_viewport()
    with page.expect_navigation():
        bar.locator("a", has_text="一键替换").click()
    expect(page.locator("main h1")).to_have_text("一键替换")
    visit.check_layout("the fill-in page reached from the tools bar")
