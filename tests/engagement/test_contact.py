"""The contact page (联系客服, issue 16 part 3): the site settings' contacts, how to recover an
account with or without an e-mail address, and links to it from every page that tells
readers to contact 客服."""

from __future__ import annotations

import pytest

from haowen.engagement.models import SiteSettings
from haowen.engagement.sitesettings.services import clear_cache

CONTACT = "/contact/"


@pytest.fixture
def contacts(db):
    SiteSettings.objects.update_or_create(
        pk=1,
        defaults={
            "service_phone": "400-000-0000",
            "service_wechat": "haowen-kefu",
            "service_email": "kefu@example.com",
            "service_hours": "工作日 9:00–18:00 <script>alert(1)</script>",
        },
    )
    clear_cache()


def test_it_shows_the_site_settings_contacts_escaped(client, contacts, page_settings):
    response = client.get(CONTACT)
    html = response.content.decode()
    assert response.status_code == 200
    for value in ("400-000-0000", "haowen-kefu", "mailto:kefu@example.com", "工作日 9:00–18:00"):
        assert value in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "忘记密码、找回账户" in html and "/accounts/password/reset/" in html
    for english in ("Contact", "Password", "Email"):
        assert english not in html.split("<main", 1)[-1]


def test_without_contacts_it_says_so_and_shows_staff_where_to_fill_them(db, page_settings, client, admin_client):
    html = client.get(CONTACT).content.decode()
    assert "本站暂未公布客服联系方式" in html and "/admin/" not in html
    assert "/admin/engagement/sitesettings/" in admin_client.get(CONTACT).content.decode()


def test_a_reader_without_an_email_is_told_how_to_recover_the_account(client, reader, page_settings):
    client.force_login(reader)
    html = client.get(CONTACT).content.decode()
    assert "您的账户（reader）没有填写邮箱" in html and "用户名" in html and "订单号" in html
    assert "没有填写邮箱" in client.get("/accounts/membership/").content.decode()
    reader.email = "reader@example.com"
    reader.save()
    assert "您的账户（reader）没有填写邮箱" not in client.get(CONTACT).content.decode()
    assert "您的账户没有填写邮箱" not in client.get("/accounts/membership/").content.decode()


@pytest.mark.parametrize(
    "url",
    ["/accounts/password/reset/", "/accounts/password/reset/done/", "/accounts/signup/", "/accounts/membership/",
     "/accounts/inactive/"],
)
def test_pages_that_send_readers_to_kefu_link_the_contact_page(client, db, page_settings, url):
    html = client.get(url).content.decode()
    assert 'href="/contact/' in html, url


def test_the_footer_links_the_contact_page(client, contacts, page_settings):
    assert 'href="/contact/">联系客服</a>' in client.get("/").content.decode()
