"""Failed-login limits: per IP, per user name for strangers, per device cookie for the owner's
browsers, so that a stranger's failures never lock the real user out (haowen.accounts.login_limits)."""

from __future__ import annotations

import re

import pytest
from django.core import signing
from django.test import Client

from haowen.accounts import login_limits

PASSWORD = "Zhen-de-mi-ma-2024"


@pytest.fixture(autouse=True)
def _limits(settings, page_settings):
    settings.RATE_LIMIT_LOGIN_FAILED = "100/m/ip,3/5m/key"


@pytest.fixture
def wang(django_user_model, fast_passwords):
    return django_user_model.objects.create_user("wang", email="wang@example.com", password=PASSWORD)


def _login(client, name, password):
    return client.post("/accounts/login/", {"login": name, "password": password})


def _locked(response) -> bool:
    return "登录失败次数过多" in response.content.decode()


def _owner_browser(wang) -> Client:
    """A browser that has logged in as wang once and logged out again (keeping its cookies)."""
    browser = Client(REMOTE_ADDR="192.0.2.10")
    assert _login(browser, "wang", PASSWORD).status_code == 302
    assert login_limits.DEVICE_COOKIE in browser.cookies
    browser.post("/accounts/logout/")
    assert "_auth_user_id" not in browser.session
    return browser


def _lock_out(name="wang"):
    stranger = Client(REMOTE_ADDR="198.51.100.9")
    for _ in range(10):
        _login(stranger, name, "guess-123")
    return stranger


def test_it_lets_the_owner_in_from_a_known_browser_while_strangers_are_locked_out(wang):
    owner = _owner_browser(wang)
    stranger = _lock_out()
    assert _locked(_login(stranger, "wang", PASSWORD))  # the stranger, even with the right password
    assert _locked(_login(Client(REMOTE_ADDR="192.0.2.77"), "wang", PASSWORD))  # any new browser
    done = _login(owner, "wang", PASSWORD)
    assert done.status_code == 302 and owner.session["_auth_user_id"] == str(wang.pk)


def test_it_gives_a_known_browser_its_own_guess_limit(wang):
    owner = _owner_browser(wang)
    for _ in range(3):
        assert "用户名或密码不正确" in _login(owner, "wang", "wrong-1").content.decode()
    assert _locked(_login(owner, "wang", PASSWORD))  # a stolen device cookie is no free pass
    # ... and its failures did not lock out everyone else.
    assert _login(Client(REMOTE_ADDR="192.0.2.78"), "wang", PASSWORD).status_code == 302


def test_it_trusts_no_device_cookie_of_another_user_nor_a_forged_one(wang, django_user_model):
    django_user_model.objects.create_user("zhao", password=PASSWORD)
    zhao_browser = Client(REMOTE_ADDR="192.0.2.11")
    assert _login(zhao_browser, "zhao", PASSWORD).status_code == 302
    zhao_browser.post("/accounts/logout/")
    _lock_out()
    assert _locked(_login(zhao_browser, "wang", PASSWORD))

    forged = Client(REMOTE_ADDR="192.0.2.12")
    for value in (
        "garbage",
        signing.dumps({"u": "wang", "n": "x"}, salt="another-salt"),
        signing.dumps({"u": "wang", "n": "x"}, key="not-the-secret-key-" * 3, salt="haowen.accounts.login_limits.device"),
    ):
        forged.cookies[login_limits.DEVICE_COOKIE] = value
        assert _locked(_login(forged, "wang", PASSWORD)), value


def test_it_sets_an_http_only_device_cookie_at_login_and_sign_up(fast_passwords, wang):
    browser = Client()
    _login(browser, "wang", PASSWORD)
    cookie = browser.cookies[login_limits.DEVICE_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and int(cookie["max-age"]) == 180 * 24 * 3600
    newcomer = Client()
    newcomer.post("/accounts/signup/", {"username": "newcomer", "password1": PASSWORD, "password2": PASSWORD})
    assert login_limits.device_nonce(
        type("R", (), {"COOKIES": {k: m.value for k, m in newcomer.cookies.items()}})(), "Newcomer"
    )


def test_it_ends_a_lockout_when_the_owner_resets_the_password(wang, mailoutbox):
    _lock_out()
    browser = Client(REMOTE_ADDR="192.0.2.13")
    assert _locked(_login(browser, "wang", PASSWORD))
    assert browser.post("/accounts/password/reset/", {"email": "wang@example.com"}).status_code == 302
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mailoutbox[-1].body).group(1)
    form_url = browser.get(link, follow=True).redirect_chain[-1][0]
    new_password = "Xin-de-mi-ma-2025"
    done = browser.post(form_url, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    assert _login(Client(REMOTE_ADDR="192.0.2.14"), "wang", new_password).status_code == 302


def test_it_limits_failed_logins_per_ip_across_user_names(wang, settings):
    settings.RATE_LIMIT_LOGIN_FAILED = "3/m/ip,100/5m/key"
    sprayer = Client(REMOTE_ADDR="198.51.100.20")
    for name in ("li", "zhang", "chen"):
        assert not _locked(_login(sprayer, name, "123456"))
    assert _locked(_login(sprayer, "wang", PASSWORD))
    assert _login(Client(REMOTE_ADDR="198.51.100.21"), "wang", PASSWORD).status_code == 302


def test_it_counts_the_client_behind_the_trusted_proxy(wang, settings):
    """Behind one proxy every request comes from 127.0.0.1; per-IP limits must still see
    the clients (allauth asks the same client_ip() through the adapter)."""
    from allauth.account.adapter import get_adapter
    from django.test import RequestFactory

    settings.TRUSTED_PROXY_COUNT = 1
    settings.RATE_LIMIT_LOGIN_FAILED = "2/m/ip,100/5m/key"
    for i in range(4):  # four clients, one failure each: nobody reaches 2
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"forged, 203.0.113.{i}")
        assert not _locked(_login(client, "wang", "wrong"))
    same = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="other-forgery, 203.0.113.1")
    assert not _locked(_login(same, "wang", "wrong"))  # 203.0.113.1's second failure
    assert _locked(_login(same, "wang", PASSWORD))  # its third try: over 2 a minute
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="a, 203.0.113.5")
    assert get_adapter(request).get_client_ip(request) == "203.0.113.5"
