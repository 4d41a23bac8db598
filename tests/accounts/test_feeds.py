"""RSS/Atom feeds (haowen/web/feeds.py): latest articles, preview text only, absolute links."""

from __future__ import annotations

import xml.etree.ElementTree as ET

SECRET = "只在全文里出现的紫檀风铃条款。"
BODY = "\n".join(["第一部分，总体要求。" * 5, "第二部分，重点任务。" * 5, "第三部分，保障措施。" * 5, SECRET])
ATOM = "{http://www.w3.org/2005/Atom}"


def test_it_serves_rss_with_previews_only(client, make_article, reader):
    free = make_article(title="免费文章", body=BODY.replace(SECRET, "免费的结尾。"), access_level="free")
    gated = make_article(title="登录文章", body=BODY)
    client.force_login(reader)  # a signed-in browser still gets the public feed
    r = client.get("/feed/")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(r.content).find("channel")
    items = {i.findtext("title"): i for i in channel.findall("item")}
    assert set(items) == {"免费文章", "登录文章"}
    assert items["登录文章"].findtext("link") == f"http://127.0.0.1:8000{gated.get_absolute_url()}"
    description = items["登录文章"].findtext("description")
    assert description.startswith("第一部分") and description.endswith("……")
    assert SECRET not in r.content.decode()
    assert "免费的结尾" not in items["免费文章"].findtext("description")  # preview even when free
    assert free.pk


def test_it_serves_atom_with_previews_only(client, make_article):
    make_article(title="登录文章", body=BODY)
    make_article(title="会员文章", body=BODY.replace("第一部分", "会员第一部分"), access_level="members")
    r = client.get("/feed/atom/")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert all(e.findtext(f"{ATOM}summary").endswith("……") for e in entries)
    assert SECRET not in r.content.decode()
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://127.0.0.1:8000/feed/atom/"


def test_it_leaves_withdrawn_and_duplicate_articles_out_of_the_feed(client, make_article):
    original = make_article(title="原文", body=BODY)
    make_article(title="撤下", body=BODY + "撤", is_published=False)
    make_article(title="副本", body=BODY + "副", canonical=original)
    titles = [i.findtext("title") for i in ET.fromstring(client.get("/feed/").content).iter("item")]
    assert titles == ["原文"]


def test_it_links_both_feeds_from_every_page(client):
    page = client.get("/").content.decode()
    assert 'type="application/rss+xml"' in page and 'href="/feed/"' in page
    assert 'type="application/atom+xml"' in page and 'href="/feed/atom/"' in page


def test_it_serves_an_empty_feed_for_an_empty_library(client, db):
    r = client.get("/feed/")
    assert r.status_code == 200 and ET.fromstring(r.content).find("channel/item") is None
