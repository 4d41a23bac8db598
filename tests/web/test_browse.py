"""Browse pages (issue 15): /fanwen/ genres with counts, /fanwen/<genre>/ lists, topics, home sections."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from haowen.library.models import AccessLevel, Article, Topic
from haowen.library.services import update_article

pytestmark = pytest.mark.usefixtures("page_settings")


def _titles(html: str) -> list[str]:
    return re.findall(r'<a class="blist-title" href="/a/\d+/">([^<]+)</a>', html)


def _count(html: str, href: str) -> int:
    m = re.search(re.escape(f'href="{href}"') + r'>[^<]*(?:</a>\s*)?<span class="count">([\d,]+)</span>', html)
    assert m, f"no count linked to {href}"
    return int(m.group(1).replace(",", ""))


@pytest.fixture
def library(make_article):
    """Speeches, notices, a plan and a law, one unpublished speech and a near-duplicate copy."""
    made = {
        "speech": make_article("在全县经济工作会议上的讲话", "同志们：\n抓好经济工作。", kind="remarks",
                               published_on=dt.date(2023, 1, 5), views=10, index=False),
        "host": make_article("全县组织工作会议主持词", "同志们：\n现在开会。", kind="host",
                             published_on=dt.date(2022, 6, 1), views=50, index=False),
        "notice": make_article("关于开展安全生产大检查的通知", "各乡镇：\n现将有关事项通知如下。", kind="notice",
                               published_on=dt.date(2024, 3, 1), index=False),
        "bulletin": make_article("关于2023年度考核结果的通报", "各单位：\n现将考核结果通报如下。", kind="bulletin",
                                 published_on=dt.date(2024, 2, 1), index=False),
        "plan": make_article("XX县优化营商环境实施方案", "为优化营商环境，制定本方案。", kind="implementation", index=False),
        "law": make_article("XX市物业管理条例", "第一条 为了规范物业管理，制定本条例。", kind="laws", index=False),
        "withdrawn": make_article("已撤下的讲话", "同志们：\n这篇已撤下。", kind="remarks", index=False),
        "copy": make_article("在全县经济工作会议上的讲话（转载）", "同志们：\n抓好经济工作。转载。", kind="remarks", index=False),
    }
    update_article(made["withdrawn"], is_published=False)
    update_article(made["copy"], canonical=made["speech"])
    return made


def test_the_genres_page_counts_what_the_database_holds(library):
    html = Client().get("/fanwen/").content.decode()
    listed = Article.objects.filter(is_published=True, canonical__isnull=True)
    for genre in ("speech", "official", "plan", "law"):
        assert _count(html, f"/fanwen/{genre}/") == listed.filter(genre=genre).count(), genre
    assert _count(html, "/fanwen/speech/") == 2  # not the withdrawn one, not the copy
    assert _count(html, "/fanwen/official/notice/") == 1 and _count(html, "/fanwen/speech/host/") == 1
    assert "共 6 篇" in html
    assert '<li aria-current="page">范文</li>' in html and 'href="http://127.0.0.1:8000/fanwen/"' in html


def test_a_genre_page_lists_every_article_of_the_genre_newest_or_most_read(library):
    html = Client().get("/fanwen/speech/").content.decode()
    assert _titles(html) == ["在全县经济工作会议上的讲话", "全县组织工作会议主持词"]
    assert "已撤下的讲话" not in html and "（转载）" not in html
    assert _titles(Client().get("/fanwen/speech/?sort=views").content.decode()) == ["全县组织工作会议主持词", "在全县经济工作会议上的讲话"]
    assert _titles(Client().get("/fanwen/speech/host/").content.decode()) == ["全县组织工作会议主持词"]
    assert _titles(Client().get("/fanwen/official/").content.decode()) == ["关于开展安全生产大检查的通知", "关于2023年度考核结果的通报"]
    # Breadcrumbs: 首页 › 范文 › 讲话类 › 主持词
    crumbs = re.search(r'<nav class="crumbs".*?</nav>', Client().get("/fanwen/speech/host/").content.decode()).group(0)
    assert re.findall(r">([^<>]+)</", crumbs) == ["首页", "范文", "讲话类", "主持词"]


def test_the_year_filter_and_its_counts(library):
    html = Client().get("/fanwen/speech/").content.decode()
    assert 'href="/fanwen/speech/?year=2023">2023 <span class="count">1</span>' in html
    assert 'href="/fanwen/speech/?year=2022">2022 <span class="count">1</span>' in html
    only = Client().get("/fanwen/speech/?year=2022&sort=views").content.decode()
    assert _titles(only) == ["全县组织工作会议主持词"]
    # The sort links keep the year, the year links keep the sort, the canonical drops the sort.
    assert 'href="/fanwen/speech/?year=2022&amp;sort=newest"' in only
    assert 'href="/fanwen/speech/?sort=views&amp;year=2023"' in only
    assert '<link rel="canonical" href="http://127.0.0.1:8000/fanwen/speech/?year=2022">' in only
    assert _titles(Client().get("/fanwen/speech/?year=1999").content.decode()) == []
    assert Client().get("/fanwen/speech/?year=abc").status_code == 200  # a bad year is no filter


def test_pages_of_twenty_with_pager_and_canonical(make_article, django_assert_max_num_queries):
    for i in range(45):
        make_article(f"第{i:02d}次会议上的讲话", f"同志们：\n第{i}次开会。", kind="remarks",
                     published_on=dt.date(2020, 1, 1) + dt.timedelta(days=i), index=False)
    with django_assert_max_num_queries(12):  # no query per article for its description or comments
        first = Client().get("/fanwen/speech/").content.decode()
    assert len(_titles(first)) == 20 and _titles(first)[0] == "第44次会议上的讲话"
    assert 'href="/fanwen/speech/?page=2" rel="next"' in first and 'rel="prev"' not in first
    third = Client().get("/fanwen/speech/?page=3").content.decode()
    assert _titles(third) == [f"第{i:02d}次会议上的讲话" for i in range(4, -1, -1)]
    assert '<link rel="canonical" href="http://127.0.0.1:8000/fanwen/speech/?page=3">' in third
    assert '<strong aria-current="page">3</strong>' in third and 'href="/fanwen/speech/?page=2" rel="prev"' in third
    every = [t for p in (1, 2, 3) for t in _titles(Client().get(f"/fanwen/speech/?page={p}").content.decode())]
    assert len(every) == len(set(every)) == 45
    views = Client().get("/fanwen/speech/?sort=views&page=2").content.decode()
    assert 'href="/fanwen/speech/?sort=views&amp;page=3" rel="next"' in views


@pytest.mark.parametrize(
    "url",
    [
        "/fanwen/poem/",  # no such genre
        "/fanwen/speech/notice/",  # a sub-genre of another genre
        "/fanwen/speech/poem/",
        "/fanwen/speech/speech/",
        "/fanwen/speech/?page=99",
        "/fanwen/speech/?page=0",
        "/fanwen/speech/?page=abc",
        "/fanwen/%E0%A4/",
    ],
)
def test_unknown_genres_and_pages_are_404_never_500(library, url):
    response = Client().get(url)
    assert response.status_code == 404
    assert "<html" in response.content.decode()  # the site's page, in Chinese


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("/fanwen/notice/", "/fanwen/official/notice/"),
        ("/fanwen/讲话稿/", "/fanwen/speech/remarks/"),
        ("/fanwen/SPEECH/?sort=views", "/fanwen/speech/?sort=views"),
        ("/fanwen/报告类/", "/fanwen/report/"),
    ],
)
def test_codes_of_sub_genres_and_labels_redirect_to_the_one_address(library, url, target):
    response = Client().get(url)
    assert response.status_code == 301 and response["Location"] == target


def test_an_empty_genre_page_is_there_with_nothing_listed(library):
    response = Client().get("/fanwen/news/")
    assert response.status_code == 200 and "暂无文章" in response.content.decode()


def test_a_withdrawn_article_leaves_the_lists_and_counts_at_once(library):
    client = Client()
    assert "关于开展安全生产大检查的通知" in client.get("/fanwen/official/").content.decode()
    assert "关于开展安全生产大检查的通知" in client.get("/").content.decode()
    assert _count(client.get("/fanwen/").content.decode(), "/fanwen/official/") == 2
    update_article(library["notice"], is_published=False)
    assert "关于开展安全生产大检查的通知" not in client.get("/fanwen/official/").content.decode()
    assert "关于开展安全生产大检查的通知" not in client.get("/").content.decode()
    assert _count(client.get("/fanwen/").content.decode(), "/fanwen/official/") == 1
    # A genre changed in the admin moves the article at once too.
    update_article(library["plan"], genre="official", subgenre="notice")
    assert "XX县优化营商环境实施方案" in client.get("/fanwen/official/notice/").content.decode()
    assert "XX县优化营商环境实施方案" not in client.get("/fanwen/plan/").content.decode()


def test_the_home_page_has_a_section_per_genre_so_one_genre_cannot_flood_it(make_article):
    for i in range(15):
        make_article(f"《新闻联播》 (202401{i + 1:02d})", "本期节目主要内容。", kind="news",
                     published_on=dt.date(2024, 1, i + 1), index=False)
    make_article("在全县经济工作会议上的讲话", "同志们：\n抓好经济工作。", kind="remarks",
                 published_on=dt.date(2020, 1, 1), views=3, index=False)
    make_article("关于开展检查的通知", "各单位：\n现将有关事项通知如下。", kind="notice",
                 published_on=dt.date(2019, 1, 1), index=False)
    html = Client().get("/").content.decode()
    sections = re.findall(r'<section class="genre-section" id="genre-(\w+)">(.*?)</section>', html, re.S)
    assert [g for g, _ in sections] == ["speech", "official", "news"]  # the taxonomy's order
    body = dict(sections)
    assert "在全县经济工作会议上的讲话" in body["speech"] and "关于开展检查的通知" in body["official"]
    assert body["news"].count("《新闻联播》") <= 12  # at most 6 latest + 6 most read
    assert 'href="/fanwen/news/"' in body["news"]
    # The genre links lead to the browse pages, not to a search for the word.
    assert 'href="/fanwen/speech/">讲话类</a>' in html and 'href="/fanwen/">' in html


def test_topics_list_chosen_articles_then_the_saved_search(library, index_now, make_article):
    index_now()
    topic = Topic.objects.create(title="安全生产专题", slug="anquan-shengchan", description="安全生产范文。",
                                 query="安全生产", position=1)
    topic.entries.create(article=library["law"], position=2)
    topic.entries.create(article=library["speech"], position=1)
    topic.entries.create(article=library["withdrawn"], position=3)  # withdrawn: never shown
    Topic.objects.create(title="草稿专题", slug="draft", is_published=False)
    client = Client()
    index = client.get("/zhuanti/").content.decode()
    assert 'href="/zhuanti/anquan-shengchan/">安全生产专题</a>' in index and "草稿专题" not in index
    assert client.get("/zhuanti/draft/").status_code == 404
    assert client.get("/zhuanti/no-such/").status_code == 404
    html = client.get("/zhuanti/anquan-shengchan/").content.decode()
    chosen, more = html.split("相关范文")
    assert _titles(chosen) == ["在全县经济工作会议上的讲话", "XX市物业管理条例"]
    assert _titles(more) == ["关于开展安全生产大检查的通知"]
    assert "已撤下的讲话" not in html
    assert 'href="/search/?q=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7"' in html
    # Linked from the home page.
    assert 'href="/zhuanti/anquan-shengchan/">安全生产专题</a>' in client.get("/").content.decode()
    # A topic restricted to a genre searches only there.
    topic.genre = "plan"
    topic.save()
    only = client.get("/zhuanti/anquan-shengchan/").content.decode().split("相关范文")
    assert len(only) == 1 or "关于开展安全生产大检查的通知" not in only[1]


def test_the_sitemap_lists_the_browse_pages_with_articles(library):
    Topic.objects.create(title="党建", slug="dangjian")
    xml = Client().get("/sitemap-browse.xml").content.decode()
    for path in ("/fanwen/", "/fanwen/speech/", "/fanwen/speech/remarks/", "/fanwen/official/notice/", "/zhuanti/",
                 "/zhuanti/dangjian/"):
        assert f"<loc>http://127.0.0.1:8000{path}</loc>" in xml, path
    assert "/fanwen/news/" not in xml  # nothing to list
    assert "sitemap-browse.xml" in Client().get("/sitemap.xml").content.decode()


def test_the_pages_speak_chinese(library):
    for url in ("/fanwen/", "/fanwen/speech/?page=1", "/zhuanti/"):
        html = Client().get(url).content.decode()
        visible = re.sub(r"<[^>]+>|&\w+;", " ", re.sub(r"<(script|style|head)\b.*?</\1>", " ", html, flags=re.S))
        words = set(re.findall(r"\b[A-Za-z]{3,}\b", visible)) - {"RSS", "Atom"}
        assert not words, (url, words)


def test_lists_show_the_preview_never_the_gated_part(make_article):
    body = "\n".join(["开头第一段公开内容。"] + [f"第{i}段会员内容，绝密字样{i}。" for i in range(30)])
    make_article("会员专享的讲话", body, kind="remarks", access_level=AccessLevel.MEMBERS, index=False)
    html = Client().get("/fanwen/speech/").content.decode()
    assert "会员专享的讲话" in html and "开头第一段公开内容" in html
    assert "绝密字样29" not in html


def test_a_genre_pages_list_is_rendered_once_per_library_version(library):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = Client()
    first = client.get("/fanwen/official/").content.decode()
    with CaptureQueriesContext(connection) as again:
        second = client.get("/fanwen/official/").content.decode()
    # The list and its count come from the cache: no query reads the genre's articles.
    assert not [q for q in again.captured_queries if "library_article" in q["sql"]]
    assert second == first
    # A new version (an article withdrawn) renders it again, without the article.
    update_article(library["notice"], is_published=False)
    assert "关于开展安全生产大检查的通知" not in client.get("/fanwen/official/").content.decode()
