"""Account pages end to end with the test client: the 阅读全文 panel, the login round trip,
open redirects, rate limits, sign-up, logout, password change, the membership page."""

from __future__ import annotations

import html
import re
import time

import pytest
from haowen.accounts.services import grant_membership
from haowen.limits import parse_scoped_rates

SECRET = "第九条规定紫檀风铃须在夜航时保持常亮。"
BODY = "\n".join([f"第{i}部分，围绕中心工作抓好落实。" + "稳步推进各项任务" * 8 for i in range(6)] + [SECRET])
PASSWORD = "Zhen-de-mi-ma-2024"


def _paywall_link(page: str, label: str) -> str:
    """The href of the paywall panel's button called ``label`` (HTML-unescaped)."""
    panel = page[page.index('<section class="paywall"') :]
    panel = panel[: panel.index("</section>")]
    match = re.search(r'href="([^"]+)"[^>]*>' + re.escape(label) + "<", panel)
    assert match, f"no {label} button in the paywall panel"
    return html.unescape(match.group(1))


@pytest.fixture
def wang(django_user_model, fast_passwords):
    """A registered reader who signs in by typing the password."""
    return django_user_model.objects.create_user("wang", password=PASSWORD)


# --- the 阅读全文 panel -------------------------------------------------------------------


def test_it_shows_anonymous_readers_a_preview_with_the_read_more_panel(client, make_article):
    article = make_article(body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert SECRET not in page
    assert "阅读全文" in page and "您需要先登录" in page
    assert re.search(r"还有约[\d,]+字", page)
    assert _paywall_link(page, "登录") == f"/accounts/login/?next={article.get_absolute_url()}"
    assert _paywall_link(page, "注册") == f"/accounts/signup/?next={article.get_absolute_url()}"
    assert "开通会员" not in page


def test_it_offers_membership_on_members_only_articles(client_as, make_article):
    article = make_article(body=BODY, access_level="members")
    page = client_as("anonymous").get(article.get_absolute_url()).content.decode()
    assert SECRET not in page
    assert _paywall_link(page, "开通会员") == "/accounts/membership/"
    assert _paywall_link(page, "已是会员？登录").startswith("/accounts/login/?next=")
    page = client_as("reader").get(article.get_absolute_url()).content.decode()
    assert SECRET not in page and "开通会员" in page and "已是会员？登录" not in page


def test_it_shows_readers_the_full_text_without_a_panel(client_as, make_article):
    article = make_article(body=BODY)
    page = client_as("reader").get(article.get_absolute_url()).content.decode()
    assert SECRET in page and 'class="paywall"' not in page


def test_it_sends_the_membership_button_where_the_setting_says(client, make_article, settings):
    settings.MEMBERSHIP_URL = "/payments/membership/"
    article = make_article(body=BODY, access_level="members")
    page = client.get(article.get_absolute_url()).content.decode()
    assert _paywall_link(page, "开通会员") == "/payments/membership/"


# --- logging in ---------------------------------------------------------------------------


def test_it_returns_to_the_article_with_the_full_text_after_login(client, make_article, wang):
    article = make_article(body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert SECRET not in page
    login_url = _paywall_link(page, "登录")

    form = client.get(login_url)
    assert form.status_code == 200
    text = form.content.decode()
    assert "登录" in text and 'name="next"' in text and article.get_absolute_url() in text

    done = client.post(login_url, {"login": "wang", "password": PASSWORD, "next": article.get_absolute_url()})
    assert done.status_code == 302
    assert done["Location"] == article.get_absolute_url()

    page = client.get(done["Location"]).content.decode()
    assert SECRET in page
    assert 'class="paywall"' not in page
    assert "wang" in page  # the user menu


def test_it_registers_and_returns_to_the_article(client, make_article, fast_passwords):
    article = make_article(body=BODY)
    signup_url = _paywall_link(client.get(article.get_absolute_url()).content.decode(), "注册")
    page = client.get(signup_url).content.decode()
    assert "注册" in page and "用户名" in page
    done = client.post(
        signup_url,
        {"username": "li", "email": "", "password1": PASSWORD, "password2": PASSWORD, "next": article.get_absolute_url()},
    )
    assert done.status_code == 302 and done["Location"] == article.get_absolute_url()
    assert SECRET in client.get(article.get_absolute_url()).content.decode()


def test_it_explains_a_wrong_password_in_chinese(client, wang):
    page = client.post("/accounts/login/", {"login": "wang", "password": "wrong"}).content.decode()
    assert "用户名或密码不正确" in page
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/a/1/",
        "//evil.example/a/1/",
        "/\\evil.example/",
        "http:evil.example",
        "javascript:alert(1)",
        "https://testserver.evil.example/",
    ],
)
def test_it_refuses_open_redirects_after_login(client, wang, target):
    done = client.post("/accounts/login/", {"login": "wang", "password": PASSWORD, "next": target})
    assert done.status_code == 302
    assert done["Location"] == "/"


def test_it_stores_passwords_with_djangos_default_hasher(django_user_model, db):
    import haowen.settings

    assert not hasattr(haowen.settings, "PASSWORD_HASHERS")  # Django's default list: PBKDF2 first
    user = django_user_model.objects.create_user("hash", password=PASSWORD)
    assert user.password.startswith("pbkdf2_sha256$")


# --- rate limits ----------------------------------------------------------------------------


def _per_key_amount(settings, setting: str) -> int:
    """The per-key amount of a ``RATE_LIMIT_*`` setting (e.g. 5 of ``10/m/ip,5/5m/key``)."""
    return parse_scoped_rates(getattr(settings, setting), setting, ("ip", "key"))["key"].limit


def test_it_refuses_the_failed_login_over_the_limit_and_lets_in_after_the_window(client, wang, settings):
    settings.RATE_LIMIT_LOGIN_FAILED = "10/m/ip,3/2s/key"
    for _ in range(3):
        page = client.post("/accounts/login/", {"login": "wang", "password": "wrong"}).content.decode()
        assert "用户名或密码不正确" in page

    refused = client.post("/accounts/login/", {"login": "wang", "password": "wrong"})
    assert refused.status_code == 200
    assert "登录失败次数过多，请过几分钟再试" in refused.content.decode()
    # Even the right password is refused inside the window from a browser that has never
    # logged in as wang: no guessing through the limit.
    refused = client.post("/accounts/login/", {"login": "wang", "password": PASSWORD})
    assert "登录失败次数过多" in refused.content.decode()
    assert "_auth_user_id" not in client.session

    time.sleep(2.1)
    done = client.post("/accounts/login/", {"login": "wang", "password": PASSWORD})
    assert done.status_code == 302
    assert client.session["_auth_user_id"] == str(wang.pk)


def test_it_limits_failed_logins_per_username_not_for_everyone(client, wang, django_user_model, settings):
    django_user_model.objects.create_user("zhao", password=PASSWORD)
    for _ in range(_per_key_amount(settings, "RATE_LIMIT_LOGIN_FAILED") + 1):
        client.post("/accounts/login/", {"login": "wang", "password": "wrong"})
    assert client.post("/accounts/login/", {"login": "zhao", "password": PASSWORD}).status_code == 302


def test_it_limits_signups_with_a_chinese_page(client, settings, fast_passwords):
    settings.RATE_LIMIT_SIGNUP = "2/m/ip"
    for i in range(2):
        r = client.post("/accounts/signup/", {"username": f"u{i}", "password1": PASSWORD, "password2": PASSWORD})
        assert r.status_code == 302
        client.logout()
    refused = client.post("/accounts/signup/", {"username": "u9", "password1": PASSWORD, "password2": PASSWORD})
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert "操作过于频繁" in refused.content.decode() and "注册太频繁" in refused.content.decode()


def test_it_limits_password_reset_mails(client, settings, mailoutbox, fast_passwords, django_user_model):
    django_user_model.objects.create_user("mail", email="mail@example.com", password=PASSWORD)
    amount = _per_key_amount(settings, "RATE_LIMIT_PASSWORD_RESET")
    for _ in range(amount):
        assert client.post("/accounts/password/reset/", {"email": "mail@example.com"}).status_code == 302
    assert len(mailoutbox) == amount
    refused = client.post("/accounts/password/reset/", {"email": "mail@example.com"})
    assert refused.status_code == 429 and "操作过于频繁" in refused.content.decode()
    assert len(mailoutbox) == amount


# --- the other account pages ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, words",
    [
        ("/accounts/login/", ["登录", "用户名", "密码", "免费注册", "忘记密码"]),
        ("/accounts/signup/", ["注册", "用户名", "邮箱"]),
        ("/accounts/password/reset/", ["重设密码", "邮箱"]),
        ("/accounts/password/reset/done/", ["邮件已发送"]),
        ("/accounts/password/reset/key/1-bad-key/", ["链接无效"]),
        ("/accounts/membership/", ["会员", "联系客服"]),
    ],
)
def test_it_shows_account_pages_in_chinese_in_the_sites_look(client, url, words):
    r = client.get(url)
    assert r.status_code == 200
    page = r.content.decode()
    assert 'class="topbar"' in page and 'class="auth box"' in page  # base.html
    assert "noindex" in page
    for word in words:
        assert word in page, word
    for english in ("Sign In", "Sign Up", "Password Reset", "Forgot your password"):
        assert english not in page


def test_it_logs_out_with_a_post_from_the_menu(client_as):
    client = client_as("reader")
    page = client.get("/").content.decode()
    assert 'action="/accounts/logout/"' in page and "退出" in page
    assert "退出登录" in client.get("/accounts/logout/").content.decode()
    done = client.post("/accounts/logout/")
    assert done.status_code == 302 and done["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_it_changes_a_password(client, wang):
    client.force_login(wang)
    page = client.get("/accounts/password/change/").content.decode()
    assert "修改密码" in page and "当前密码" in page
    new = "Xin-de-mi-ma-2025"
    done = client.post(
        "/accounts/password/change/", {"oldpassword": PASSWORD, "password1": new, "password2": new}
    )
    assert done.status_code == 302
    wang.refresh_from_db()
    assert wang.check_password(new)


def test_it_refuses_a_weak_new_password_with_a_reason(client, wang):
    client.force_login(wang)
    page = client.post(
        "/accounts/password/change/", {"oldpassword": PASSWORD, "password1": "123", "password2": "123"}
    ).content.decode()
    assert "errmsg" in page
    wang.refresh_from_db()
    assert wang.check_password(PASSWORD)


def test_it_shows_members_their_membership(client_as, member):
    page = client_as("member").get("/accounts/membership/").content.decode()
    assert "您是本站会员" in page and "有效期至" in page
    assert "usernav-badge" in client_as("member").get("/").content.decode()


def test_it_tells_a_reader_whose_membership_ended(client_as, reader):
    import datetime as dt

    grant_membership(reader, days=1, today=dt.date(2020, 1, 1))
    page = client_as("reader").get("/accounts/membership/").content.decode()
    assert "已于 2020-01-02 到期" in page


def test_it_keeps_the_query_string_out_of_the_menus_login_link(client):
    page = client.get("/search/?q=%E7%A7%98%E5%AF%86").content.decode()
    assert 'href="/accounts/login/?next=/search/"' in page
    page = client.get("/no-such-page/%E7%A7%98%E5%AF%86/").content.decode()
    assert "秘密" not in page and 'href="/accounts/login/"' in page
