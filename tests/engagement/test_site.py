"""Site settings: one cached row edited in the admin, shown in the footer and the side panel."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from haowen.engagement.models import SiteSettings
from haowen.engagement.sitesettings.services import get_site_settings, sniff_image

from .conftest import BROWSER_UA
from .test_share import PNG_1PX

ADMIN_URL = "/admin/engagement/sitesettings/1/change/"


@pytest.fixture
def admin_client_(superuser):
    get_site_settings()  # the row the admin's change page edits
    client = Client(HTTP_USER_AGENT=BROWSER_UA)
    client.force_login(superuser)
    return client


def form_data(**changes):
    data = {
        "site_name": "好文",
        "tagline": "公文范文全文检索",
        "footer_text": "",
        "wechat_account": "",
        "service_phone": "",
        "service_wechat": "",
        "service_email": "",
        "service_hours": "",
        "icp_number": "",
        "icp_link": "https://beian.miit.gov.cn/",
        "psb_number": "",
        "psb_link": "https://beian.mps.gov.cn/",
        "takedown_contact": "",
    }
    data.update(changes)
    return data


def test_it_keeps_one_cached_row(db, django_assert_num_queries):
    first = get_site_settings()
    assert first.pk == 1 and first.site_name == "好文"
    with django_assert_num_queries(0):
        assert get_site_settings().pk == 1
    assert SiteSettings.objects.count() == 1


def test_it_drops_the_cached_row_on_save(db):
    row = get_site_settings()
    row.tagline = "新口号"
    row.save()
    assert get_site_settings().tagline == "新口号"


def test_it_lets_staff_edit_everything_in_the_admin_and_shows_it(admin_client_, browser, article):
    assert admin_client_.get("/admin/engagement/sitesettings/").status_code == 302  # straight to the one row
    response = admin_client_.post(
        ADMIN_URL,
        form_data(
            site_name="好文网",
            tagline="写材料，找好文",
            footer_text="本站文章来自网络公开资料。\n<script>alert(1)</script>",
            wechat_account="好文订阅号",
            wechat_qr_upload=SimpleUploadedFile("qr.png", PNG_1PX, content_type="image/png"),
            service_phone="400-000 0000",
            service_wechat="haowen_kf",
            service_email="kf@haowen.example.cn",
            service_hours="工作日 9:00–18:00",
            icp_number="京ICP备12345678号-1",
            psb_number="京公网安备11010502000001号",
            psb_link="https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001",
            takedown_contact="tousu@haowen.example.cn",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    row = SiteSettings.objects.get()
    assert row.wechat_qr_type == "image/png" and bytes(row.wechat_qr) == PNG_1PX

    html = browser.get(article.get_absolute_url()).content.decode()
    footer = html.split('<footer class="footer">', 1)[1]
    assert "好文网" in footer and "写材料，找好文" in footer
    assert '<a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">京ICP备12345678号-1</a>' in footer
    assert "京公网安备11010502000001号" in footer and "webSearch?code=11010502000001" in footer
    assert '侵权投诉：<a href="mailto:tousu@haowen.example.cn">' in footer
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in footer and "<script>alert(1)" not in footer
    side = html.split('<aside class="col-side">', 1)[1].split("</aside>", 1)[0]
    assert "二维码" in side and "微信订阅号：好文订阅号" in side
    assert f'/site/image/wechat_qr/{row.wechat_qr_hash}/' in side
    assert '<a href="tel:400-0000000">400-000 0000</a>' in side
    assert "haowen_kf" in side and "mailto:kf@haowen.example.cn" in side and "工作日 9:00–18:00" in side


@pytest.mark.parametrize(
    "name, data",
    [
        ("qr.png", b"not an image at all"),
        ("qr.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("big.png", PNG_1PX + b"\0" * (600 * 1024)),
    ],
)
def test_it_refuses_bad_image_uploads(admin_client_, name, data):
    response = admin_client_.post(
        ADMIN_URL, form_data(wechat_qr_upload=SimpleUploadedFile(name, data, content_type="image/png"))
    )
    assert response.status_code == 200
    assert "图片无效" in response.content.decode()
    assert not bytes(SiteSettings.objects.get_or_create(pk=1)[0].wechat_qr)


def test_it_clears_an_image(admin_client_):
    row = get_site_settings()
    row.set_image("logo", PNG_1PX, "image/png")
    row.save()
    admin_client_.post(ADMIN_URL, form_data(logo_clear="on"))
    row = SiteSettings.objects.get()
    assert not bytes(row.logo) and row.logo_hash == ""


def test_it_serves_site_images_with_their_type_and_a_long_cache(db, browser):
    row = get_site_settings()
    row.set_image("logo", PNG_1PX, "image/png")
    row.save()
    row = get_site_settings()
    response = browser.get(reverse("engagement:site_image", args=["logo", row.logo_hash]))
    assert response.status_code == 200 and response.content == PNG_1PX
    assert response["Content-Type"] == "image/png" and "immutable" in response["Cache-Control"]
    stale = browser.get(reverse("engagement:site_image", args=["logo", "000000000000"]))
    assert stale.status_code == 200 and "immutable" not in stale["Cache-Control"]
    assert browser.get(reverse("engagement:site_image", args=["wechat_qr", "x"])).status_code == 404
    assert browser.get(reverse("engagement:site_image", args=["secret_key", "x"])).status_code == 404


def test_it_allows_no_second_row_and_no_deletion(admin_client_):
    get_site_settings()
    assert admin_client_.get("/admin/engagement/sitesettings/add/").status_code == 403
    assert admin_client_.get("/admin/engagement/sitesettings/1/delete/").status_code == 403


def test_it_hides_empty_contact_sections(browser, article):
    html = browser.get(article.get_absolute_url()).content.decode()
    assert "联系客服" not in html and "微信订阅号" not in html and "ICP" not in html


@pytest.mark.parametrize(
    "data, expected",
    [(PNG_1PX, "image/png"), (b"\xff\xd8\xff\xe0rest", "image/jpeg"), (b"GIF89a...", "image/gif"), (b"RIFF\0\0\0\0WEBPVP8 ", "image/webp")],
)
def test_it_sniffs_image_types(data, expected):
    assert sniff_image(data) == expected
