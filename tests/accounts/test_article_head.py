"""The article's <head>: meta description, Open Graph and JSON-LD come from the preview only."""

from __future__ import annotations

import html
import json
import re

import pytest

SECRET = "紫檀风铃条款只在全文里出现。"
BODY = "\n".join(["第一部分，总体要求。" * 5, "第二部分，重点任务。" * 5, "第三部分，保障措施。" * 5, SECRET])


def _head(page: str) -> str:
    return page[: page.index("</head>")]


def _jsonld(page: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert block, "no JSON-LD"
    return json.loads(block.group(1))


def _meta(page: str, attr: str, name: str) -> str:
    match = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"', page)
    assert match, name
    return html.unescape(match.group(1))


@pytest.mark.parametrize("persona", ["anonymous", "reader", "moderator"])
def test_it_builds_the_head_from_the_preview_for_everyone(client_as, make_article, persona):
    article = make_article(title="在全区工作会议上的讲话", body=BODY)
    page = client_as(persona).get(article.get_absolute_url()).content.decode()
    head = _head(page)
    assert SECRET not in head
    assert _meta(head, "property", "og:title") == "在全区工作会议上的讲话"
    assert _meta(head, "property", "og:url") == f"http://127.0.0.1:8000{article.get_absolute_url()}"
    assert _meta(head, "property", "og:type") == "article"
    assert _meta(head, "property", "og:description").startswith("第一部分")
    assert _meta(head, "name", "description").startswith("第一部分")


def test_it_marks_a_gated_article_as_paywalled_content(client, make_article):
    article = make_article(body=BODY)
    data = _jsonld(client.get(article.get_absolute_url()).content.decode())
    assert data["@type"] == "Article" and data["isAccessibleForFree"] is False
    assert data["hasPart"] == {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    assert data["datePublished"] == "2022-03-11"
    assert SECRET not in json.dumps(data, ensure_ascii=False)


def test_it_points_the_gated_part_at_the_body_for_an_entitled_reader(client_as, make_article):
    article = make_article(body=BODY)
    page = client_as("reader").get(article.get_absolute_url()).content.decode()
    data = _jsonld(page)
    assert data["hasPart"]["cssSelector"] == ".doc-body" and 'class="doc-body' in page
    assert SECRET not in json.dumps(data, ensure_ascii=False)


def test_it_marks_a_free_article_free(client, make_article):
    article = make_article(body=BODY, access_level="free")
    data = _jsonld(client.get(article.get_absolute_url()).content.decode())
    assert data["isAccessibleForFree"] is True and "hasPart" not in data


def test_it_keeps_markup_in_titles_inert_in_json_ld(client, make_article):
    article = make_article(title="</script><script>alert(1)</script>&", body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert _jsonld(page)["headline"] == "</script><script>alert(1)</script>&"


def test_it_names_the_panel_the_json_ld_points_at(client, make_article):
    article = make_article(body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<section class="paywall"' in page


def test_it_keeps_the_description_inside_the_preview_for_entitled_readers_too(client_as, make_article):
    # One paragraph of 200 characters: the preview is its first 60; the secret comes after 70.
    article = make_article(body="开头" * 35 + SECRET + "结" * (130 - len(SECRET)))
    page = client_as("reader").get(article.get_absolute_url()).content.decode()
    assert SECRET in page[page.index("</head>") :]  # the reader reads it in the body …
    head = _head(page)
    assert SECRET not in head  # … but the head only ever describes the preview
    assert _meta(head, "name", "description") == "开头" * 30
    assert _meta(head, "property", "og:description") == "开头" * 30
