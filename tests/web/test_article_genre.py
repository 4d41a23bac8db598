"""The article page shows its genre (文种) as a link to /fanwen/<genre>/ (the sub-genre's page
when it has one) and breadcrumbs 首页 › 范文 › genre › sub-genre (issue 15 §2)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from haowen.library.models import Article


def crumbs(html: str) -> list[tuple[str, str]]:
    nav = re.search(r'<nav class="crumbs".*?</nav>', html, re.S)
    assert nav, "no breadcrumbs"
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav.group(0))
    current = re.search(r'<li aria-current="page">([^<]+)</li>', nav.group(0)).group(1)
    return links + [("", current)]


def genre_link(html: str) -> tuple[str, str]:
    meta = re.search(r'<p class="doc-meta">.*?</p>', html, re.S).group(0)
    return re.search(r'<a class="doc-genre" href="([^"]+)">([^<]+)</a>', meta).groups()


@pytest.mark.django_db
def test_a_sub_genre_links_to_its_page_in_the_meta_line_and_the_breadcrumbs(make_article):
    article = make_article("在全县经济工作会议上的讲话", "同志们：\n抓好经济工作。", kind="remarks", access_level="free")
    html = Client().get(article.get_absolute_url()).content.decode()
    assert crumbs(html) == [("/", "首页"), ("/fanwen/", "范文"), ("/fanwen/speech/", "讲话类"),
                            ("/fanwen/speech/remarks/", "讲话稿"), ("", "正文")]
    assert genre_link(html) == ("/fanwen/speech/remarks/", "讲话稿")
    # Each link leads to a page that lists the article.
    for url in ("/fanwen/speech/", "/fanwen/speech/remarks/"):
        page = Client().get(url)
        assert page.status_code == 200 and "在全县经济工作会议上的讲话" in page.content.decode()


@pytest.mark.django_db
def test_a_main_genre_without_sub_genre_and_an_unknown_code(make_article):
    article = make_article("关于某事的函", "某单位：\n特此函告。", kind="official", access_level="free")
    Article.objects.filter(pk=article.pk).update(genre="official", subgenre="")
    html = Client().get(article.get_absolute_url()).content.decode()
    assert crumbs(html)[2:] == [("/fanwen/official/", "党政公文"), ("", "正文")]
    assert genre_link(html) == ("/fanwen/official/", "党政公文")
    # A code outside the taxonomy (data written around the service) never breaks the page:
    # it is read as the default genre, and a sub-genre of another genre is left out.
    Article.objects.filter(pk=article.pk).update(genre="nonsense", subgenre="remarks")
    html = Client().get(article.get_absolute_url()).content.decode()
    assert crumbs(html)[2:] == [("/fanwen/other/", "其他"), ("", "正文")]
    assert Client().get(crumbs(html)[2][0]).status_code == 200
