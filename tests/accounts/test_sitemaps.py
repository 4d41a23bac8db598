"""XML sitemap (haowen/web/sitemaps.py): index + sections, lastmod, URLs only, named in robots.txt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.utils import timezone

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SECRET = "紫檀风铃条款只在全文里。"


def test_it_lists_the_sections_in_an_index_on_the_site_url(client, make_article):
    make_article(body="第一段。\n第二段。\n" + SECRET)
    r = client.get("/sitemap.xml")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/xml")
    root = ET.fromstring(r.content)
    locs = [s.findtext(f"{SM}loc") for s in root.findall(f"{SM}sitemap")]
    assert locs == [
        "http://127.0.0.1:8000/sitemap-pages.xml",
        "http://127.0.0.1:8000/sitemap-articles.xml",
        "http://127.0.0.1:8000/sitemap-browse.xml",
    ]
    assert all(s.findtext(f"{SM}lastmod") for s in root.findall(f"{SM}sitemap"))


def test_it_lists_canonical_articles_with_lastmod(client, make_article):
    a = make_article(body="第一段。\n第二段。\n" + SECRET, access_level="members")
    make_article(body="撤下的文章。", is_published=False)
    make_article(body="副本。", canonical=a)
    r = client.get("/sitemap-articles.xml")
    assert r.status_code == 200
    urls = ET.fromstring(r.content).findall(f"{SM}url")
    assert [u.findtext(f"{SM}loc") for u in urls] == [f"http://127.0.0.1:8000{a.get_absolute_url()}"]
    assert urls[0].findtext(f"{SM}lastmod") == timezone.localtime(a.updated_at).date().isoformat()
    assert SECRET not in r.content.decode()


def test_it_answers_404_for_an_unknown_section(client, db):
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_it_pages_big_sitemaps_in_the_index(client, make_article, monkeypatch):
    from haowen.web.sitemaps import ArticleSitemap

    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    for i in range(5):
        make_article(title=f"文章{i}", body=f"第{i}篇的正文。", index=False)
    locs = [e.text for e in ET.fromstring(client.get("/sitemap.xml").content).iter(f"{SM}loc")]
    assert locs[-3:] == [
        "http://127.0.0.1:8000/sitemap-articles.xml?p=2",
        "http://127.0.0.1:8000/sitemap-articles.xml?p=3",
        "http://127.0.0.1:8000/sitemap-browse.xml",
    ]
    page3 = ET.fromstring(client.get("/sitemap-articles.xml?p=3").content)
    assert len(page3.findall(f"{SM}url")) == 1


def test_it_names_the_sitemap_in_robots_txt(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text
    assert client.get("/sitemap.xml").status_code == 200
