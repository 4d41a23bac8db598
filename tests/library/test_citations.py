"""引用文件: the article page's panel and the API's ``cites``, linked to the library's own copies."""

from __future__ import annotations

import json
import re

import pytest

from haowen.library.citations import cited_documents
from haowen.library.models import Article
from haowen.library.services import update_article

pytestmark = pytest.mark.django_db

NOTICE = ["X政办发〔2024〕12号", "各县（市、区）人民政府：", "现将《XX市营商环境实施方案》印发给你们，请认真贯彻执行。", "XX市人民政府办公室", "2024年3月5日"]
CITING = [
    "同志们：",
    "要认真贯彻X政办发[2024]12号文件，落实《XX市营商环境实施方案》和《中华人民共和国安全生产法》。",
    "对照国发〔2023〕5号要求，再次学习《XX市营商环境实施方案》。",
]


@pytest.fixture
def library(make_article):
    notice = make_article(title="关于印发XX市营商环境实施方案的通知", body=NOTICE, kind="notice", access_level="free", index=False)
    plan = make_article(title="XX市营商环境实施方案", body=["第一条 为优化营商环境，制定本方案。"], kind="plan", access_level="free", index=False)
    speech = make_article(title="在全市营商环境大会上的讲话", body=CITING, kind="speech", access_level="free", index=False)
    return notice, plan, speech


def test_an_article_stores_its_own_number_at_every_write(library):
    notice, plan, _ = library
    assert Article.objects.get(pk=notice.pk).doc_number == "X政办发〔2024〕12号"
    assert plan.doc_number == ""
    update_article(plan, title="XX市营商环境实施方案（X政办发〔2024〕13号）")
    assert Article.objects.get(pk=plan.pk).doc_number == "X政办发〔2024〕13号"


def test_it_links_numbers_and_titles_to_the_librarys_articles(library, django_assert_num_queries):
    notice, plan, speech = library
    with django_assert_num_queries(1):
        cites = cited_documents(CITING, exclude_pk=speech.pk)
    by_label = {c.label: c for c in cites}
    assert by_label["X政办发〔2024〕12号"].article_id == notice.pk
    assert by_label["《XX市营商环境实施方案》"].article_id == plan.pk
    assert by_label["《XX市营商环境实施方案》"].count == 2
    law = by_label["《中华人民共和国安全生产法》"]
    assert law.article_id is None and law.query == '"中华人民共和国安全生产法"'
    assert by_label["国发〔2023〕5号"].article_id is None


def test_it_never_links_a_withdrawn_article_or_the_article_itself(library):
    notice, plan, speech = library
    update_article(plan, is_published=False)
    cites = {c.label: c for c in cited_documents(CITING + ["本文即《在全市营商环境大会上的讲话》。"], exclude_pk=speech.pk)}
    assert cites["《XX市营商环境实施方案》"].article_id is None
    assert cites["《在全市营商环境大会上的讲话》"].article_id is None


def test_it_asks_nothing_of_the_database_when_nothing_is_cited(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert cited_documents(["没有引用任何文件。", ""]) == []


def test_the_article_page_lists_the_cited_documents(client, library):
    notice, plan, speech = library
    html = client.get(speech.get_absolute_url()).content.decode()
    panel = html[html.index('id="cites"') :]
    panel = panel[: panel.index("</div>")]
    assert "引用文件" in html
    assert f'<a href="/a/{notice.pk}/">X政办发〔2024〕12号</a>' in panel
    assert f'<a href="/a/{plan.pk}/">《XX市营商环境实施方案》</a>' in panel and "引用 2 次" in panel
    assert re.search(r'<a href="/search/\?q=%22%E4%B8%AD[^"]*" rel="nofollow">《中华人民共和国安全生产法》</a>', panel)


def test_the_api_gives_the_cites_list(client, library):
    notice, plan, speech = library
    data = client.get(f"/api/v1/articles/{speech.pk}").json()
    cites = {c["text"]: c for c in data["cites"]}
    assert cites["X政办发〔2024〕12号"]["article_id"] == notice.pk and cites["X政办发〔2024〕12号"]["url"].endswith(f"/a/{notice.pk}/")
    assert cites["XX市营商环境实施方案"] == {
        "kind": "title", "text": "XX市营商环境实施方案", "number": "", "count": 2,
        "article_id": plan.pk, "url": cites["XX市营商环境实施方案"]["url"], "search_url": None,
    }
    law = cites["中华人民共和国安全生产法"]
    assert law["article_id"] is None and law["url"] is None and "/search/?q=%22" in law["search_url"]


def test_it_links_real_corpus_texts(shared_dir, make_article):
    rows = {}
    with open(shared_dir / "corpus" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ("xwlb-7850af239465", "law-e7d337e8660d"):
                rows[row["id"]] = row
    law_row, news_row = rows["law-e7d337e8660d"], rows["xwlb-7850af239465"]
    law = make_article(title=law_row["title"], body=law_row["text"].split("\n"), kind="other", index=False)
    news = make_article(title=news_row["title"], body=news_row["text"].split("\n"), kind="news", index=False)
    assert law.title == "中华人民共和国消防法"
    cites = {c.text: c for c in cited_documents(news.paragraphs, exclude_pk=news.pk)}
    assert cites["中华人民共和国消防法"].article_id == law.pk


def test_migration_0011_fills_the_number_of_existing_articles(library):
    import importlib

    from django.apps import apps

    notice = library[0]
    Article.objects.filter(pk=notice.pk).update(doc_number="")
    importlib.import_module("haowen.library.migrations.0011_article_doc_number").fill_doc_numbers(apps, None)
    assert Article.objects.get(pk=notice.pk).doc_number == "X政办发〔2024〕12号"
    assert Article.objects.get(pk=library[1].pk).doc_number == ""
