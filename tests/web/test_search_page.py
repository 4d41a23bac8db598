"""The search page: pager links, pages past the end, queries that only exclude."""

import re

import pytest
from django.test import Client

from haowen.library.models import AccessLevel


@pytest.fixture
def many(make_article, index_now):
    for i in range(35):
        make_article(f"第{i}次安全生产会议讲话", f"各单位要抓好安全生产，第{i}次部署。", kind="speech", index=False,
                     access_level=AccessLevel.FREE)
    index_now()


def pager_links(html: str) -> list[tuple[str, str]]:
    nav = re.search(r'<nav class="pager".*?</nav>', html, re.S).group(0)
    return [(label.strip(), href.replace("&amp;", "&")) for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)]


def test_it_links_previous_next_first_and_last_pages_keeping_the_filters(many):
    html = Client().get("/search/", {"q": "安全生产", "kind": "speech", "sort": "newest", "page": 2}).content.decode()
    links = dict(pager_links(html))
    assert links["上一页"].endswith("page=1") and links["下一页"].endswith("page=3")
    # The older ?kind= still filters; the links carry it as ?genre=.
    assert all("genre=speech" in href and "sort=newest" in href and "q=%E5%AE%89" in href for href in links.values())
    first = Client().get("/search/", {"q": "安全生产"}).content.decode()
    labels = [label for label, _ in pager_links(first)]
    assert "上一页" not in labels and labels[-1] == "下一页" and "4" in labels


def test_it_sends_a_page_past_the_end_to_the_last_page(many):
    response = Client().get("/search/", {"q": "安全生产", "page": 99, "kind": "speech"})
    assert response.status_code == 302
    assert response["Location"].endswith("page=4") and "genre=speech" in response["Location"]
    html = Client().get(response["Location"]).content.decode()
    assert "没有找到" not in html
    assert html.count('<article class="hit">') == 5  # 35 matches, 10 a page


def test_it_explains_a_query_that_only_excludes(many):
    html = Client().get("/search/", {"q": "-讲话"}).content.decode()
    assert "只有要排除的词" in html and "没有可以搜索的文字" not in html
    html = Client().get("/search/", {"q": "？！"}).content.decode()
    assert "没有可以搜索的文字" in html
