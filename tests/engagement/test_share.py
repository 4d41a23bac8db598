"""Share panel: the QR code decodes back to the canonical URL; copy link; Open Graph / Twitter tags."""

from __future__ import annotations

import re

import numpy as np
import pytest
import zxingcpp

from haowen.engagement.sitesettings.services import get_site_settings
from haowen.engagement.templatetags.engagement import qr_svg

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def rasterize(svg: str, scale: int = 8) -> np.ndarray:
    """Draw segno's inline SVG (dark modules as horizontal 1-unit strokes) into a grey image."""
    width, height = (int(float(v)) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    path = re.search(r'<path stroke="#000" d="([^"]+)"', svg).group(1)
    modules = np.zeros((height, width), dtype=bool)
    x = y = 0.0
    for cmd, args in re.findall(r"([MmHhVv])([-\d. ]+)", path):
        nums = [float(n) for n in args.split()]
        if cmd == "M":
            x, y = nums
        elif cmd == "m":
            x, y = x + nums[0], y + nums[1]
        elif cmd in "hH":
            end = x + nums[0] if cmd == "h" else nums[0]
            modules[int(y), int(min(x, end)) : int(max(x, end))] = True
            x = end
        else:
            raise AssertionError(f"unexpected path command {cmd}")
    image = np.where(modules, 0, 255).astype(np.uint8)
    return np.kron(image, np.ones((scale, scale), dtype=np.uint8))


def decode(svg: str) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(rasterize(svg))]


def shared_svg(html: str) -> str:
    match = re.search(r'<svg viewBox="[^"]+" class="share-qr-svg">.*?</svg>', html, re.S)
    assert match, "no QR code on the page"
    return match.group(0)


def test_it_decodes_the_page_qr_back_to_the_canonical_url(browser, article, settings):
    settings.SITE_URL = "https://haowen.example.cn"
    html = browser.get(article.get_absolute_url()).content.decode()
    assert decode(shared_svg(html)) == [f"https://haowen.example.cn/a/{article.pk}/"]
    assert "微信扫一扫在手机阅读、分享本文" in html


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/a/1/", "https://例子.中国/a/123456/?from=qr&x=<y>"])
def test_it_encodes_any_url_exactly(url):
    assert decode(qr_svg(url)) == [url]


def test_it_offers_a_copy_link_that_works_without_javascript(browser, article):
    html = browser.get(article.get_absolute_url()).content.decode()
    assert f'value="http://127.0.0.1:8000/a/{article.pk}/"' in html and "readonly" in html
    assert 'class="btn share-copy"' in html and "复制链接" in html
    assert "engagement/engagement.js" in html
    assert "<script>" not in html  # CSP: no inline scripts


def test_it_adds_twitter_card_tags_and_the_logo_as_share_image(browser, article):
    html = browser.get(article.get_absolute_url()).content.decode()
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'<meta name="twitter:title" content="{article.title}">' in html
    assert "og:image" not in html  # no logo yet
    row = get_site_settings()
    row.set_image("logo", PNG_1PX, "image/png")
    row.save()
    html = browser.get(article.get_absolute_url()).content.decode()
    match = re.search(r'<meta property="og:image" content="([^"]+)">', html)
    assert match and match.group(1).startswith("http://127.0.0.1:8000/site/image/logo/")


def test_it_never_puts_gated_text_in_share_tags(browser, make_article):
    secret = "会员专享的最后一段：只有会员可以看到。"
    opening = "\n".join(f"公开的第{i}段，讲的是一般性的工作要求和部署。" * 3 for i in range(60))
    gated = make_article("会员文章", f"{opening}\n{secret}", access_level="members")
    html = browser.get(gated.get_absolute_url()).content.decode()
    assert 'class="share-qr-svg"' in html
    head = html.split("</head>", 1)[0]
    assert secret not in head and secret not in html
