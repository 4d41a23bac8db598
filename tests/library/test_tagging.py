"""Keyword tags: automatic extraction, manual tags kept, the tag page order, the command."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from haowen.library.models import ArticleTag, Tag
from haowen.library.tagging import articles_for_tag, tag_article

from .conftest import SPEECH

LAW = [
    "第一条 为了加强消防工作，预防火灾和减少火灾危害，保护人身、财产安全，制定本条例。",
    "第二条 消防工作贯彻预防为主、防消结合的方针，实行消防安全责任制。",
    "第三条 机关、团体、企业、事业等单位应当落实消防安全主体责任，配备消防设施和器材。",
    "第四条 公安机关消防机构对本行政区域内的消防工作实施监督管理，组织火灾扑救和应急救援。",
]
REPORT = [
    "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。",
    "过去一年，全市地区生产总值增长5.5%，城镇新增就业12万人，粮食产量稳定在100万吨以上。",
    "今年要抓好乡村振兴，推进高标准农田建设，发展现代山地特色高效农业和乡村旅游。",
]


@pytest.fixture
def library(make_article):
    return [
        make_article(title="在区委务虚会上的讲话", body=SPEECH, index=False),
        make_article(title="消防条例", body=LAW, index=False),
        make_article(title="政府工作报告", body=REPORT, index=False),
    ]


def test_it_tags_an_article_with_five_to_ten_keywords(library):
    speech = library[0]
    tags = tag_article(speech)
    assert 5 <= len(tags) <= 10
    assert all(not t.is_manual and t.weight > 0 for t in tags)
    weights = [t.weight for t in tags]
    assert weights == sorted(weights, reverse=True)
    names = [t.tag.name for t in tags]
    assert not any("XX" in n for n in names)


def test_it_keeps_manual_tags_and_replaces_automatic_ones(library):
    law = library[1]
    manual = Tag.objects.create(name="消防")
    ArticleTag.objects.create(article=law, tag=manual, weight=5.0, is_manual=True)
    first = {t.tag.name for t in tag_article(law)}
    again = {t.tag.name for t in tag_article(law)}
    assert first == again and "消防" in first
    assert ArticleTag.objects.filter(article=law, tag=manual, is_manual=True, weight=5.0).count() == 1
    assert ArticleTag.objects.filter(article=law, is_manual=False, tag__name="消防").count() == 0


def test_the_tag_page_lists_canonical_articles_by_weight(library, make_article):
    tag = Tag.objects.create(name="发展")
    speech, law, report = library
    ArticleTag.objects.create(article=law, tag=tag, weight=0.1)
    ArticleTag.objects.create(article=speech, tag=tag, weight=0.9)
    copy = make_article(title="副本", body=SPEECH + ["（副本）"], index=False, canonical=speech)
    hidden = make_article(title="撤下", body=REPORT + ["（撤下）"], index=False, is_published=False)
    ArticleTag.objects.create(article=copy, tag=tag, weight=1.0)
    ArticleTag.objects.create(article=hidden, tag=tag, weight=1.0)
    assert [at.article for at in articles_for_tag(tag)] == [speech, law]


def test_the_command_tags_all_or_missing_articles(library):
    out = io.StringIO()
    call_command("extract_tags", stdout=out)
    assert "tagged 3 articles" in out.getvalue()
    assert all(a.article_tags.filter(is_manual=False).count() >= 5 for a in library)
    out = io.StringIO()
    call_command("extract_tags", "--missing", stdout=out)
    assert "tagged 0 articles" in out.getvalue()
    out = io.StringIO()
    call_command("extract_tags", str(library[1].pk), stdout=out)
    assert "tagged 1 articles" in out.getvalue()


def test_the_command_names_unknown_ids(db):
    with pytest.raises(CommandError, match="no article with id 999"):
        call_command("extract_tags", "999", stdout=io.StringIO())


def test_worker_processes_extract_the_same_tags(library):
    from haowen.library.models import Article, ArticleTag
    from haowen.library.tagging import tag_articles

    def tags():
        return sorted(ArticleTag.objects.values_list("article_id", "tag__name", "weight"))

    articles = list(Article.objects.order_by("pk"))
    assert tag_articles(iter(articles), workers=1) == len(articles)
    one = tags()
    assert tag_articles(iter(articles), workers=2) == len(articles)
    assert tags() == one and one
