"""A reader's whole journey in Debian's Chromium, at a desktop (1280 px) and a phone (375 px):

home → search → the article's preview and its 阅读全文 panel → sign up through the real form
(then log out, come back to the article as an anonymous reader and start a tip from the page
the page cache serves, tips on as people run the site, then log in through the real login form) → the full text → a comment held for
moderation (待审核) → a ¥6.66 tip through the sandbox gateway (the pay page's static script
polls the order until the gateway's signed notification lands) → the tipper list on the
article, the share QR code, the outline (提纲) links jumping to their headings.

Every page is checked for horizontal scrolling, readable text and console errors, and
screenshotted to ``test-artifacts/<variant>-<nn>-<step>-<viewport>.png``. One variant reads the
real scraped seed page from ../shared (skipped when absent), the other a bundled sample, so
the journey always runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import expect

from haowen.engagement.models import Comment
from haowen.ingest.services import import_paths
from haowen.library.models import Article
from haowen.payments.models import State, TipOrder

SAMPLES = Path(__file__).resolve().parents[2] / "haowen" / "ingest" / "samples"
PASSWORD = "Wuxuhui-2022-lunwen!"
COMMENT = "讲得很实在，结合本单位实际认真学习了。"
TIP_MESSAGE = "写得好，收藏学习"

pytestmark = pytest.mark.django_db(transaction=True)


@dataclass
class Journey:
    """What one run of the journey reads: which article, found by which query."""

    name: str  # screenshot prefix
    query: str
    article: Article

    @property
    def last_paragraph(self) -> str:
        return self.article.paragraphs[-1]


def _import(*paths: Path, index_now) -> None:
    report = import_paths(paths)
    assert not report.problems, report.problems
    index_now()


@pytest.fixture
def seed_journey(shared_dir, index_now, settings):
    _journey_settings(settings)
    _import(SAMPLES, shared_dir / "seed" / "haowensou-detail-3578.txt", index_now=index_now)
    return Journey("seed", "务虚会", Article.objects.get(title="在区委务虚会上的讲话"))


@pytest.fixture
def sample_journey(index_now, settings):
    _journey_settings(settings)
    _import(SAMPLES, index_now=index_now)
    return Journey("sample", "隐患排查", Article.objects.get(title="在全县安全生产工作会议上的讲话"))


def _journey_settings(settings) -> None:
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAGE_CACHE_SECONDS = 60  # as people run it: anonymous pages from the page cache
    settings.DEFAULT_ACCESS_LEVEL = "login"
    settings.COMMENTS_MODERATION = True


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_it_walks_a_reader_from_search_to_a_tip_on_the_seed_speech(visit_factory, seed_journey, live_server, settings, viewport):
    settings.SITE_URL = live_server.url
    _walk(visit_factory(viewport), seed_journey)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_it_walks_a_reader_from_search_to_a_tip_on_a_bundled_sample(visit_factory, sample_journey, live_server, settings, viewport):
    settings.SITE_URL = live_server.url
    _walk(visit_factory(viewport), sample_journey)


def _walk(visit, journey: Journey) -> None:
    page = visit.page
    article = journey.article
    article_path = article.get_absolute_url()
    username = f"王小明{visit.viewport[0]}"
    step = iter(range(1, 100))

    def checkpoint(where: str, body: str | None = None, tab=None) -> None:
        visit.shot(f"{journey.name}-{next(step):02d}-{where}", page=tab)
        visit.check_layout(where, body=body, page=tab)

    # Home: the big search box.
    visit.goto("/")
    expect(page.locator(".hero h1")).to_be_visible()
    checkpoint("home", body="main .alist li")

    # Search from the home page's box; the speech is a hit with the query highlighted.
    page.locator(".bigsearch input[name=q]").fill(journey.query)
    with page.expect_navigation():
        page.locator(".bigsearch button").click()
    assert visit.path().startswith("/search/?q=")
    hit = page.locator(".hit", has=page.locator("h3 a", has_text=article.title))
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_be_visible()
    checkpoint("search", body=".hit .snippet")

    # The article as an anonymous reader: preview, 阅读全文 panel, no full text in the page.
    with page.expect_navigation():
        hit.locator("h3 a").click()
    assert visit.path() == article_path
    expect(page.locator("h1.doc-title")).to_have_text(article.title)
    paywall = page.locator("#paywall")
    expect(paywall).to_be_visible()
    expect(paywall.locator("h2")).to_have_text("阅读全文")
    assert journey.last_paragraph not in page.content()
    article.refresh_from_db()
    assert article.view_count == article.imported_views + 1  # a real browser's view counts
    checkpoint("article-preview", body=".doc-body p")

    # Sign up through the panel's 注册 button; allauth brings the reader back to the article.
    with page.expect_navigation():
        paywall.get_by_role("link", name="注册").click()
    assert visit.path().startswith("/accounts/signup/?next=")
    checkpoint("signup", body=".auth-form label")
    page.locator("#id_username").fill(username)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    with page.expect_navigation():
        page.locator(".auth-form button[type=submit]").click()
    assert visit.path() == article_path, f"after sign-up: {visit.path()}"
    expect(page.locator(".usernav-name")).to_have_text(username)
    expect(page.locator(".doc-body")).to_contain_text(journey.last_paragraph)
    expect(page.locator("#paywall")).to_have_count(0)

    # Log out from the user menu (a POST form), then log in through the panel's 登录 button.
    with page.expect_navigation():
        page.locator(".usernav-logout button").click()
    expect(page.locator(".usernav-name")).to_have_count(0)
    checkpoint("logged-out")

    # Back on the article as an anonymous reader who keeps a session and a CSRF cookie: the
    # page comes from the page cache (stored at the first visit), and its tip form carries
    # this browser's own token, so an anonymous ¥1 tip starts from the cached page.
    response = visit.goto(article_path)
    assert response.headers.get("x-page-cache") == "hit", response.headers
    assert page.context.cookies() and "csrftoken" in {c["name"] for c in page.context.cookies()}
    expect(page.locator("#paywall")).to_be_visible()
    tips = page.locator("#tips")
    tips.locator("label.chip", has_text=re.compile(r"^\s*¥1\s*$")).click()
    tips.locator("label.chip", has_text="模拟支付").click()
    with page.expect_navigation():
        tips.locator("button.tip-submit").click()
    anonymous_order = TipOrder.objects.get(article=article, user=None)
    assert anonymous_order.amount_fen == 100 and visit.path() == f"/pay/{anonymous_order.out_trade_no}/"
    checkpoint("pay-anonymous", body=".pay-page p:not(.meta)")

    visit.goto(article_path)
    expect(page.locator("#paywall")).to_be_visible()
    with page.expect_navigation():
        page.locator("#paywall").get_by_role("link", name="登录").click()
    assert visit.path().startswith("/accounts/login/?next=")
    checkpoint("login", body=".auth-form label")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator(".auth-form button[type=submit]").click()
    assert visit.path() == article_path, f"after login: {visit.path()}"

    # The full text.
    expect(page.locator(".usernav-name")).to_have_text(username)
    expect(page.locator(".doc-body")).to_contain_text(journey.last_paragraph)
    expect(page.locator("#paywall")).to_have_count(0)
    assert page.locator(".doc-body p").count() == len(article.paragraphs)
    checkpoint("article-full", body=".doc-body p")

    # A comment: held for moderation, shown to its author only, marked 待审核.
    page.locator("#comment-body").fill(COMMENT)
    with page.expect_navigation():
        page.locator("#comment-form button[type=submit]").click()
    comment = Comment.objects.get(article=article)
    assert comment.status == "pending" and comment.body == COMMENT
    assert visit.path() == f"{article_path}#c{comment.pk}"
    own = page.locator(f".own-pending #c{comment.pk}")
    expect(own).to_be_visible()
    expect(own.locator(".comment-body")).to_have_text(COMMENT)
    expect(own.locator(".badge-pending")).to_have_text("待审核")
    expect(page.locator(".messages")).to_contain_text("审核通过后将公开显示")
    checkpoint("comment-pending", body=".comment-body")

    # A ¥6.66 tip through the sandbox provider.
    tips = page.locator("#tips")
    expect(tips.locator(".tips-empty")).to_be_visible()
    tips.locator("label.chip", has_text="¥6.66").click()
    tips.locator("label.chip", has_text="模拟支付").click()
    tips.locator("input[name=message]").fill(TIP_MESSAGE)
    with page.expect_navigation():
        tips.locator("button.tip-submit").click()
    order = TipOrder.objects.get(article=article, user__isnull=False)
    assert order.amount_fen == 666 and order.provider == "sandbox" and order.user.username == username
    assert visit.path() == f"/pay/{order.out_trade_no}/"
    expect(page.locator(".pay-amount")).to_have_text("¥6.66")
    expect(page.locator("img.pay-qr")).to_be_visible()
    expect(page.locator(".pay-open .pay-status")).to_be_visible()
    checkpoint("pay", body=".pay-page p:not(.meta)")
    cashier_link = page.get_by_role("link", name="在本机打开模拟收银台")

    if visit.viewport == "desktop":
        # The payer scans the QR code with another device: the cashier opens in another tab
        # and this pay page turns to success by itself (pay.js polls the order state).
        cashier = visit.new_tab()
        cashier.goto(cashier_link.get_attribute("href"), wait_until="load")
        _pay_at_the_cashier(visit, cashier, checkpoint)
        expect(page.locator(".pay-done")).to_be_visible(timeout=15_000)
        assert visit.path() == f"/pay/{order.out_trade_no}/"  # no reload: the script showed it
        cashier.close()
    else:
        # On a phone the payer follows the button in the same tab and comes back.
        with page.expect_navigation():
            cashier_link.click()
        _pay_at_the_cashier(visit, page, checkpoint)
        with page.expect_navigation():
            page.get_by_role("link", name="返回商户页面").click()
        assert visit.path() == f"/pay/{order.out_trade_no}/"
    expect(page.locator(".pay-done .pay-ok")).to_have_text("赏赞成功，感谢您的支持！")
    expect(page.locator(".pay-open")).to_be_hidden()
    order.refresh_from_db()
    assert order.state == State.PAID
    checkpoint("pay-done")

    # Back on the article: the tip is in the tipper list.
    with page.expect_navigation():
        page.get_by_role("link", name="返回文章").click()
    assert visit.path() == f"{article_path}#tips"
    tipper = page.locator("#tips .tippers .tipper").first
    expect(page.locator("#tips .tips-count")).to_have_text("已有 1 人赏赞")
    expect(tipper.locator(".tipper-name")).to_have_text(username)
    expect(tipper.locator(".tipper-amount")).to_have_text("¥6.66")
    expect(tipper.locator(".tipper-msg")).to_have_text(TIP_MESSAGE)

    # The share QR code (inline SVG) is visible and not empty.
    qr = page.locator("#share .share-qr svg")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box and box["width"] >= 100 and box["height"] >= 100, box
    checkpoint("article-tipped", body=".doc-body p")

    # The outline (提纲): open on desktop, a closed <details> on phones; a link jumps to its heading.
    outline = page.locator("#outline")
    if visit.viewport == "phone":
        expect(outline).not_to_have_attribute("open", "")
        outline.locator("summary").click()
    expect(outline).to_have_attribute("open", "")
    links = outline.locator(".wt-toc a")
    assert links.count() >= 2
    link = links.nth(links.count() - 1)  # the last heading: far below the fold on both sizes
    target = link.get_attribute("href")
    title = link.inner_text()
    heading = page.locator(target)
    # Earlier steps scrolled to the tip box below the text; start the jump from the top so
    # the heading is out of view whatever those steps left.
    page.evaluate("window.scrollTo(0, 0)")
    expect(heading).not_to_be_in_viewport()
    link.click()
    page.wait_for_function("hash => location.hash === hash", arg=target)
    expect(heading).to_be_in_viewport()
    assert heading.inner_text().startswith(title.rstrip("…")), (title, heading.inner_text()[:40])
    assert page.evaluate("window.scrollY") > 0
    visit.check_layout("outline-jump", body=".doc-body p")
    visit.shot(f"{journey.name}-{next(step):02d}-outline-jump", full_page=False)


def _pay_at_the_cashier(visit, tab, checkpoint) -> None:
    """The sandbox gateway's cashier: confirm, and the gateway notifies the live server."""
    expect(tab.locator(".test-banner")).to_be_visible()
    checkpoint("sandbox-cashier", tab=tab)
    with tab.expect_navigation():
        tab.get_by_role("button", name="确认付款 ¥6.66").click()
    expect(tab.locator(".pay-ok")).to_have_text("付款成功")
    expect(tab.get_by_text("已通知商户。")).to_be_visible()
    checkpoint("sandbox-paid", tab=tab)
