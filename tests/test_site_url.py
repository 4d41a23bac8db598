"""Absolute URLs come from SITE_URL, never from the Host header (haowen.site_url).

Every request here names a forged host that ALLOWED_HOSTS lets through (``*``, as a
permissive deployment has it); no URL the server hands out may point there. The sandbox
notification and the Alipay return URL are checked in tests/payments.
"""

from __future__ import annotations

import re

import pytest
from django.test import RequestFactory

from haowen.site_url import SiteURLMiddleware, absolute_url

SITE = "https://haowen.example"
FORGED = "attacker.example:6666"


@pytest.fixture
def forged(settings):
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["*"]
    return {"HTTP_HOST": FORGED}


@pytest.fixture
def article(make_article):
    return make_article(title="关于开展检查的通知", body="各单位：\n现决定开展安全检查。", access_level="free")


def _urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def _assert_only_site_urls(text: str) -> None:
    assert FORGED not in text and "attacker" not in text
    urls = [u for u in _urls(text) if "haowen.example" in u or "6666" in u]
    assert urls, "no absolute URL at all"


def test_the_article_page_links_on_site_url(client, forged, article):
    page = client.get(article.get_absolute_url(), **forged).content.decode()
    _assert_only_site_urls(page)
    canonical = f"{SITE}/a/{article.pk}/"
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert f'<meta property="og:url" content="{canonical}">' in page
    assert f'value="{canonical}"' in page  # the share box's link
    assert f'"url": "{canonical}"' in page  # JSON-LD


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/", "/sitemap.xml", "/sitemap-articles.xml", "/sitemap-pages.xml", "/robots.txt"])
def test_feeds_sitemaps_and_robots_link_on_site_url(client, forged, article, url):
    response = client.get(url, **forged)
    assert response.status_code == 200
    _assert_only_site_urls(response.content.decode())


def test_the_api_links_on_site_url(client, forged, article):
    response = client.get("/api/v1/hot?period=week", **forged)
    assert response.status_code == 200
    assert FORGED not in response.content.decode()


def test_a_password_reset_mail_links_on_site_url(client, forged, mailoutbox, fast_passwords, django_user_model):
    from django.core import mail as django_mail

    django_user_model.objects.create_user("mail", email="mail@example.com", password="Mi-ma-2025-mail")
    assert client.post("/accounts/password/reset/", {"email": "mail@example.com"}, **forged).status_code == 302
    (mail,) = django_mail.outbox  # (the outbox the locmem backend filled; mailoutbox may be an older list)
    assert FORGED not in mail.subject + mail.body and "attacker" not in mail.body
    links = [u for u in _urls(mail.body) if "/accounts/password/reset/key/" in u]
    assert links and all(u.startswith(f"{SITE}/accounts/password/reset/key/") for u in links)
    assert "haowen.example" in mail.body


def test_build_absolute_uri_answers_on_site_url_for_any_library(forged):
    request = RequestFactory().get("/a/1/?x=1", **forged)
    seen = {}

    def view(req):
        seen["none"] = req.build_absolute_uri()
        seen["path"] = req.build_absolute_uri("/pay/notify/sandbox/")
        seen["relative"] = req.build_absolute_uri("export.docx")
        seen["scheme_relative"] = req.build_absolute_uri("//evil.example/x")
        seen["absolute"] = req.build_absolute_uri("https://openapi.alipay.com/gateway.do")
        seen["host"] = req.get_host()
        return None

    SiteURLMiddleware(view)(request)
    assert seen == {
        "none": f"{SITE}/a/1/?x=1",
        "path": f"{SITE}/pay/notify/sandbox/",
        "relative": f"{SITE}/a/1/export.docx",
        "scheme_relative": f"{SITE}/evil.example/x",
        "absolute": "https://openapi.alipay.com/gateway.do",
        "host": FORGED,  # ALLOWED_HOSTS and CSRF still see the real Host
    }


def test_absolute_url_builds_on_site_url(settings):
    settings.SITE_URL = SITE
    assert absolute_url("/a/1/") == f"{SITE}/a/1/"
    assert absolute_url("a/1/") == f"{SITE}/a/1/"
    assert absolute_url("//evil.example/x") == f"{SITE}/evil.example/x"
    assert absolute_url("https://qr.alipay.com/x") == "https://qr.alipay.com/x"
    assert absolute_url() == f"{SITE}/"
