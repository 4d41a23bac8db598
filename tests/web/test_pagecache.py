"""The anonymous page cache: faster pages that never outlive a change or widen what a reader sees."""

import re
from email.utils import parsedate_to_datetime

import pytest
from django.core.cache import cache
from django.test import Client

from haowen.library.models import AccessLevel, Article
from haowen.library.services import update_article
from haowen.web import pagecache

MARKER = "第三段独有的标记句子在这里。"
BODY = "第一段：同志们好。\n第二段：继续讲。\n" + MARKER + "\n第四段。\n第五段。\n第六段。"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def same_cookies(a, b) -> bool:
    """The two responses set the same cookies with the same attributes. Each cookie's expiry is a year
    from its own response, so the two may fall a second apart: expiries are compared within 2 s (the
    clean-clone CI failed when two requests fell either side of a second)."""
    if set(a.cookies) != set(b.cookies):
        return False
    for name in a.cookies:
        attrs_a, attrs_b = dict(a.cookies[name].items()), dict(b.cookies[name].items())
        expires_a, expires_b = attrs_a.pop("expires", ""), attrs_b.pop("expires", "")
        if attrs_a != attrs_b or bool(expires_a) != bool(expires_b):
            return False
        if expires_a and abs((parsedate_to_datetime(expires_a) - parsedate_to_datetime(expires_b)).total_seconds()) > 2:
            return False
    return True


def get(client, url):
    return client.get(url, HTTP_USER_AGENT=BROWSER_UA)


def test_it_serves_the_second_anonymous_view_from_the_cache_and_still_counts_it(cached, make_article):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    first = get(Client(REMOTE_ADDR="10.0.0.1"), url)
    assert first["X-Page-Cache"] == "miss"
    second = get(Client(REMOTE_ADDR="10.0.0.2"), url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Content-Security-Policy" in second and second["Content-Type"].startswith("text/html")
    # two different visitors: both counted, the cached one too
    assert Article.objects.get(pk=article.pk).view_count == 2
    # the same visitor again within the window is not counted twice
    get(Client(REMOTE_ADDR="10.0.0.2"), url)
    assert Article.objects.get(pk=article.pk).view_count == 2


def test_it_never_serves_a_page_after_the_article_changed(cached, make_article):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    assert MARKER in get(Client(), url).content.decode()
    update_article(Article.objects.get(pk=article.pk), access_level=AccessLevel.MEMBERS)
    after = get(Client(), url)
    assert after["X-Page-Cache"] == "miss"
    assert MARKER not in after.content.decode()


def test_it_bypasses_the_cache_for_logged_in_readers(cached, make_article, django_user_model):
    article = make_article("务虚会讲话", BODY)  # site default: login required for the full text
    url = article.get_absolute_url()
    anonymous = get(Client(), url)
    assert MARKER not in anonymous.content.decode()
    reader = django_user_model.objects.create_user("reader", password="pw-123456789")
    client = Client()
    client.force_login(reader)
    page = get(client, url)
    assert not page.has_header("X-Page-Cache")
    assert MARKER in page.content.decode()


def test_it_does_not_cache_unknown_or_withdrawn_articles(cached, make_article):
    article = make_article("务虚会讲话", BODY)
    assert get(Client(), "/a/999999/").status_code == 404
    Article.objects.filter(pk=article.pk).update(is_published=False)
    assert get(Client(), article.get_absolute_url()).status_code == 404


def test_the_home_page_caches_its_lists_briefly(client, make_article):
    from django.test.utils import CaptureQueriesContext
    from django.db import connection

    make_article("第一篇讲话", "正文一。")
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert "第一篇讲话" in client.get("/").content.decode()
    assert not any("ORDER BY" in q["sql"] and "library_article" in q["sql"] for q in queries.captured_queries)


# --- Tips on (issue 14, §1): the page cache with a payment provider configured -----------

TOKEN_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


@pytest.fixture
def tips_on(cached, settings):
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "test-sandbox-key-0123456789"


def browser(**extra):
    """A cookie-keeping client that checks CSRF tokens as production does."""
    return Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA, **extra)


def stored_pages() -> list[bytes]:
    """Every page the page cache holds (LocMemCache in the tests; Redis with REDIS_URL)."""
    if hasattr(cache, "_cache"):
        import pickle

        values = [pickle.loads(v) for v in cache._cache.values()]
    else:
        client = cache.client.get_client()
        values = [cache.get(k.decode().split(":", 2)[2]) for k in client.keys("*pagecache:a:*")]
    return [v["content"] for v in values if isinstance(v, dict) and "content" in v]


def tip_token(page) -> str:
    html = page.content.decode()
    form = html[html.index('class="tip-form"') :]
    return TOKEN_INPUT.search(form).group(1)


def test_it_serves_the_anonymous_page_from_the_cache_with_tips_on_and_the_tip_posts(tips_on, make_article):
    from haowen.payments.models import TipOrder

    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    first_visitor = browser(REMOTE_ADDR="10.0.0.1")
    first = first_visitor.get(url)
    assert first["X-Page-Cache"] == "miss" and "tip-form" in first.content.decode()
    reader = browser(REMOTE_ADDR="10.0.0.2")
    page = reader.get(url)
    assert page["X-Page-Cache"] == "hit"
    token = tip_token(page)
    # This visitor's own token: not the placeholder, not the first visitor's, and it posts.
    assert token != pagecache.CSRF_PLACEHOLDER and token != tip_token(first)
    assert "csrftoken" in reader.cookies
    posted = reader.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": token, "amount": "6.66", "provider": "sandbox"})
    assert posted.status_code == 302 and posted["Location"].startswith("/pay/")
    assert TipOrder.objects.filter(article=article, amount_fen=666).count() == 1
    # The tipper now has a session (rate-limit keys) and a CSRF cookie, as a browser keeps them:
    # an anonymous session holding nothing the page reads is still served from the cache.
    assert reader.cookies["sessionid"].value
    again = reader.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert reader.post(
        f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": tip_token(again), "amount": "1", "provider": "sandbox"}
    ).status_code == 302
    # Without the token the form is refused, so the token above is what made the posts work.
    assert reader.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"}).status_code == 403


def test_no_cached_page_carries_a_csrf_token_session_or_secret_of_the_visitor_who_caused_it(tips_on, make_article):
    article = make_article("务虚会讲话", BODY)
    visitor = browser(REMOTE_ADDR="10.0.0.3")
    visitor.post(f"/a/{article.pk}/tip/", {"amount": "1", "provider": "sandbox"})  # 403, but sets nothing
    visitor.get(f"/a/{article.pk}/tip/")  # the tip page: sets the CSRF cookie
    token = TOKEN_INPUT.search(visitor.get(f"/a/{article.pk}/tip/").content.decode()).group(1)
    visitor.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": token, "amount": "1", "provider": "sandbox"})
    secret, session_key = visitor.cookies["csrftoken"].value, visitor.cookies["sessionid"].value
    page = visitor.get(article.get_absolute_url())
    assert page["X-Page-Cache"] == "miss"  # rendered for this visitor, then stored
    pages = stored_pages()
    assert len(pages) == 1
    stored = pages[0]
    assert pagecache.CSRF_PLACEHOLDER.encode() in stored
    assert secret.encode() not in stored and session_key.encode() not in stored
    assert tip_token(page).encode() not in stored
    assert TOKEN_INPUT.search(stored.decode()).group(1) == pagecache.CSRF_PLACEHOLDER
    # Another visitor gets the page with a token of their own, never the placeholder.
    other = browser(REMOTE_ADDR="10.0.0.4").get(article.get_absolute_url())
    assert other["X-Page-Cache"] == "hit" and pagecache.CSRF_PLACEHOLDER not in other.content.decode()


def test_signed_in_readers_never_get_the_anonymous_page_and_their_page_is_not_stored(tips_on, make_article, django_user_model):
    article = make_article("务虚会讲话", BODY)  # site default: login required for the full text
    url = article.get_absolute_url()
    assert browser().get(url)["X-Page-Cache"] == "miss"
    reader = django_user_model.objects.create_user("duzhe_7731", password="pw-123456789")
    client = browser()
    client.force_login(reader)
    for _ in range(2):
        page = client.get(url)
        assert not page.has_header("X-Page-Cache") and MARKER in page.content.decode()
        assert "duzhe_7731" in page.content.decode()  # their name in the top bar
    assert all(MARKER.encode() not in p and b"duzhe_7731" not in p for p in stored_pages())


def test_a_visitor_with_a_message_gets_it_on_a_fresh_page_that_is_never_stored(tips_on, make_article, django_user_model):
    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    user = django_user_model.objects.create_user("leaving", password="pw-123456789")
    client = browser()
    client.force_login(user)
    token = client.get("/accounts/logout/").cookies["csrftoken"].value
    client.post("/accounts/logout/", {"csrfmiddlewaretoken": token})  # allauth: 您已登出 (a message)
    page = client.get(url)
    assert not page.has_header("X-Page-Cache")
    assert 'class="msg' in page.content.decode()
    assert stored_pages() == []
    # The message was shown once; the next anonymous view is the shared page again.
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert all(b'class="msg' not in p for p in stored_pages())
    assert 'class="msg' not in browser().get(url).content.decode()


def test_a_session_holding_anything_the_page_might_read_gets_a_fresh_page(tips_on, make_article):
    from importlib import import_module

    from django.conf import settings as django_settings

    article = make_article("务虚会讲话", BODY)
    store = import_module(django_settings.SESSION_ENGINE).SessionStore()
    store["pending_thing"] = "only mine"
    store.save()
    client = browser()
    client.cookies[django_settings.SESSION_COOKIE_NAME] = store.session_key
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200 and not page.has_header("X-Page-Cache")
    assert stored_pages() == []


def test_a_cached_page_is_not_served_once_an_article_it_lists_is_withdrawn(tips_on, make_article):
    from haowen.library.services import update_article

    article = make_article("务虚会讲话", BODY)
    other = make_article("另一篇讲话", "正文。")
    url = article.get_absolute_url()
    assert browser().get(url)["X-Page-Cache"] == "miss"
    assert browser().get(url)["X-Page-Cache"] == "hit"
    update_article(Article.objects.get(pk=other.pk), is_published=False)
    assert browser().get(url)["X-Page-Cache"] == "miss"


def test_text_that_spells_the_placeholder_never_receives_a_readers_token(tips_on, make_article):
    """A title or source link holding the placeholder stays text: a token put into a link to
    another site would carry every reader's token away."""
    bait = pagecache.CSRF_PLACEHOLDER
    article = make_article(f"标题{bait}", BODY, source_url=f"https://evil.example/?t={bait}")
    url = article.get_absolute_url()
    browser().get(url)
    page = browser()
    html = page.get(url)
    assert html["X-Page-Cache"] == "hit"
    text = html.content.decode()
    token = tip_token(html)
    assert token != bait and text.count(token) == 1  # in the tip form only
    assert f"https://evil.example/?t={bait}" in text


# --- The fast path (issue 14, §4): a hit served before the rest of the middleware stack ------


def fast(response) -> bool:
    return bool(getattr(response, "page_cache_fast_path", False))


def test_the_fast_path_answers_exactly_as_the_full_stack_does(tips_on, make_article):
    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    assert browser().get(url)["X-Page-Cache"] == "miss"
    pagecache.forget_learnt_headers()
    full = browser(REMOTE_ADDR="10.0.0.5").get(url)
    assert full["X-Page-Cache"] == "hit" and not fast(full)
    quick = browser(REMOTE_ADDR="10.0.0.6").get(url)
    assert quick["X-Page-Cache"] == "hit" and fast(quick)
    assert dict(quick.items()) == dict(full.items())
    # The same cookies with the same attributes (their values are each visitor's own).
    assert set(quick.cookies) == set(full.cookies) == {"csrftoken"}
    assert same_cookies(quick, full)
    assert TOKEN_INPUT.sub("", quick.content.decode()) == TOKEN_INPUT.sub("", full.content.decode())
    assert tip_token(quick) != tip_token(full)
    # Both views counted (two visitors); a repeat of the fast one is not.
    assert Article.objects.get(pk=article.pk).view_count == 3
    browser(REMOTE_ADDR="10.0.0.6").get(url)
    assert Article.objects.get(pk=article.pk).view_count == 3


def test_a_fast_path_page_posts_a_tip_and_keeps_the_visitors_session_rules(tips_on, make_article):
    from haowen.payments.models import TipOrder

    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)  # miss: stored, headers learnt
    reader = browser(REMOTE_ADDR="10.0.0.7")
    page = reader.get(url)
    assert fast(page)
    posted = reader.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": tip_token(page), "amount": "6.66", "provider": "sandbox"})
    assert posted.status_code == 302 and TipOrder.objects.filter(article=article).count() == 1
    again = reader.get(url)  # the visitor now has a session cookie and a CSRF cookie
    assert fast(again)
    posted = reader.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": tip_token(again), "amount": "1", "provider": "sandbox"})
    assert posted.status_code == 302 and TipOrder.objects.filter(article=article).count() == 2


def test_the_fast_path_gives_way_to_the_full_stack_whenever_it_cannot_prove_a_plain_hit(
    tips_on, make_article, django_user_model, settings
):
    from importlib import import_module

    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)
    assert fast(browser().get(url))
    # A host Django refuses: its 400, not a page.
    assert browser(HTTP_HOST="evil.example").get(url).status_code == 400
    # A waiting message in its cookie: the full page (which shows it).
    client = browser()
    client.cookies["messages"] = "x"
    assert not fast(client.get(url))
    # A session holding anything: the full stack decides (here: a fresh page, not stored).
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store["pending_thing"] = "only mine"
    store.save()
    client = browser()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    page = client.get(url)
    assert not fast(page) and not page.has_header("X-Page-Cache")
    # A signed-in reader: their own page.
    reader = django_user_model.objects.create_user("reader", password="pw-123456789")
    client = browser()
    client.force_login(reader)
    page = client.get(url)
    assert not fast(page) and MARKER in page.content.decode()
    # A query string, another method: the full stack.
    assert not fast(browser().get(url + "?x=1"))
    assert browser().head(url).status_code == 200
    # An article withdrawn here: 404 at once (elsewhere: test_a_change_made_by_another_process...).
    update_article(Article.objects.get(pk=article.pk), is_published=False)
    assert browser().get(url).status_code == 404


def test_an_error_in_the_fast_path_is_answered_by_the_full_stack(tips_on, make_article, monkeypatch):
    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)
    real = pagecache._lookup
    calls = []

    def broken_once(*args):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(*args)

    monkeypatch.setattr(pagecache, "_lookup", broken_once)
    page = browser().get(url)
    assert page.status_code == 200 and page["X-Page-Cache"] == "hit" and not fast(page)


def test_https_and_http_pages_carry_their_own_headers_and_the_https_redirect_holds(tips_on, make_article, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)
    plain = browser().get(url)
    assert fast(plain) and not plain.has_header("Strict-Transport-Security")
    first_secure = browser().get(url, secure=True)
    assert not fast(first_secure) and first_secure["Strict-Transport-Security"].startswith("max-age=3600")
    secure = browser().get(url, secure=True)
    assert fast(secure) and secure["Strict-Transport-Security"].startswith("max-age=3600")
    settings.SECURE_SSL_REDIRECT = True
    redirected = browser().get(url)
    assert redirected.status_code == 301 and redirected["Location"].startswith("https://")


def test_the_home_pages_lists_are_built_once_per_library_version(client, make_article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_article("在全区工作会议上的讲话", "同志们：今天开会。")
    gone = make_article("关于做好防汛工作的通知", "各单位：现将有关事项通知如下。")
    make_article("区统计局年度工作总结", "一年来，我们做了三件事。")
    assert "关于做好防汛工作的通知" in client.get("/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/").content.decode()
    assert "关于做好防汛工作的通知" in again and "区统计局年度工作总结" in again
    # No list is sorted and no comment is counted again: the lists are one stored fragment.
    assert not any("engagement_comment" in q["sql"] or "ORDER BY" in q["sql"] for q in queries.captured_queries)
    update_article(Article.objects.get(pk=gone.pk), is_published=False)
    assert "关于做好防汛工作的通知" not in client.get("/").content.decode()


# --- A hit asks nothing outside its process (issue 14 §4), within bounds (§3) ---------------


class _Clock:
    """pagecache's clock, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    moved = _Clock()
    monkeypatch.setattr(pagecache, "_clock", moved)
    return moved


@pytest.fixture
def outside_reads(monkeypatch):
    """Counts of what requests ask outside the process: SQL statements on the databases,
    shared-cache calls (the session store on Redis goes through it too) and session
    loads. Returns ``measure(callable) -> (result, {"sql": n, "cache": n, "session": n})``."""
    from contextlib import ExitStack
    from importlib import import_module

    from django.conf import settings as django_settings
    from django.core.cache import caches
    from django.db import connections
    from django.test.utils import CaptureQueriesContext

    counts = {"cache": 0, "session": 0}
    backend = caches["default"]
    for name in ("get", "get_many", "add", "set", "set_many", "delete", "incr", "has_key", "touch"):
        real = getattr(backend, name)

        def counted(*args, _real=real, **kwargs):
            counts["cache"] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(backend, name, counted)
    store = import_module(django_settings.SESSION_ENGINE).SessionStore
    real_load = store.load

    def load(self):
        counts["session"] += 1
        return real_load(self)

    monkeypatch.setattr(store, "load", load)

    def measure(call):
        counts.update(cache=0, session=0)
        with ExitStack() as stack:
            # (The embedded default's cache file is the "cache" alias, not used by the tests: the
            # cache calls are counted above.)
            captured = [stack.enter_context(CaptureQueriesContext(connections[a])) for a in connections if a != "cache"]
            result = call()
        return result, {**counts, "sql": sum(len(c.captured_queries) for c in captured)}

    return measure


def empty_session_client(**extra):
    """A browser holding the empty saved session a tip form's POST leaves (bench/http_bench.py's reader)."""
    from importlib import import_module

    from django.conf import settings as django_settings

    store = import_module(django_settings.SESSION_ENGINE).SessionStore()
    store.save()
    client = browser(**extra)
    client.cookies[django_settings.SESSION_COOKIE_NAME] = store.session_key
    return client, store.session_key


def test_a_fast_path_hit_asks_no_database_cache_or_session_store(tips_on, make_article, clock, outside_reads):
    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    assert browser().get(url)["X-Page-Cache"] == "miss"  # stored; the headers learnt
    reader, _key = empty_session_client(REMOTE_ADDR="10.0.0.8")
    first, asked = outside_reads(lambda: reader.get(url))
    assert fast(first) and asked["session"] == 1 and asked["sql"] >= 1  # read once ...
    views = Article.objects.get(pk=article.pk).view_count
    clock.now += pagecache.CHECK_SECONDS / 2
    again, asked = outside_reads(lambda: reader.get(url))
    # ... then trusted for CHECK_SECONDS: no SQL, no cache or session-store call at all.
    assert fast(again) and asked == {"sql": 0, "cache": 0, "session": 0}
    assert dict(again.items()) == dict(first.items())  # the same headers (Vary: Cookie ...)
    assert same_cookies(again, first)
    assert tip_token(again) not in (tip_token(first), pagecache.CSRF_PLACEHOLDER)
    assert TOKEN_INPUT.sub("", again.content.decode()) == TOKEN_INPUT.sub("", first.content.decode())
    assert Article.objects.get(pk=article.pk).view_count == views  # a repeat: not counted again
    # The token of the page served without a read still posts the tip form.
    posted = reader.post(f"/a/{article.pk}/tip/", {"csrfmiddlewaretoken": tip_token(again), "amount": "1", "provider": "sandbox"})
    assert posted.status_code == 302


def test_a_change_made_by_another_process_reaches_the_fast_path_within_check_seconds(tips_on, make_article, clock):
    from django.db import connection
    from django.utils import timezone

    from haowen.library import version

    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    browser().get(url)
    assert fast(browser().get(url))
    # Another worker makes it members-only: an UPDATE this process gets no signal of.
    Article.objects.filter(pk=article.pk).update(access_level=AccessLevel.MEMBERS, updated_at=timezone.now())
    clock.now += pagecache.CHECK_SECONDS * 0.9
    assert MARKER in browser().get(url).content.decode()  # trusted for up to CHECK_SECONDS ...
    clock.now += pagecache.CHECK_SECONDS * 0.2
    page = browser().get(url)  # ... and no longer
    assert page["X-Page-Cache"] == "miss" and MARKER not in page.content.decode()
    assert fast(browser().get(url))
    # Another worker withdraws an article this page lists and bumps the library version.
    other = make_article("务虚会讲话之二", "另一篇的正文。")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE library_libraryversion SET n = n + 1 WHERE id = 1")
    Article.objects.filter(pk=other.pk).update(is_published=False)
    clock.now += pagecache.CHECK_SECONDS * 1.1
    assert browser().get(url)["X-Page-Cache"] == "miss"  # a page for the new version
    version.forget()
    # Another worker withdraws the article itself.
    Article.objects.filter(pk=article.pk).update(is_published=False)
    clock.now += pagecache.CHECK_SECONDS * 1.1
    assert browser().get(url).status_code == 404


def test_a_change_made_in_this_process_reaches_the_fast_path_at_once(tips_on, make_article, clock):
    article = make_article("务虚会讲话", BODY, access_level=AccessLevel.FREE)
    url = article.get_absolute_url()
    browser().get(url)
    assert fast(browser().get(url)) and fast(browser().get(url))
    # A body edit moves no list (no library version bump): the saved article is forgotten.
    update_article(Article.objects.get(pk=article.pk), body=BODY.replace(MARKER, "改过的第三段。"))
    page = browser().get(url)
    assert page["X-Page-Cache"] == "miss" and "改过的第三段" in page.content.decode()
    assert fast(browser().get(url))
    from haowen.library.services import delete_article

    delete_article(Article.objects.get(pk=article.pk))
    assert browser().get(url).status_code == 404


def test_a_session_that_gains_a_key_elsewhere_leaves_the_fast_path_within_check_seconds(tips_on, make_article, clock):
    from importlib import import_module

    from django.conf import settings as django_settings

    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)
    reader, key = empty_session_client()
    assert fast(reader.get(url))
    # Another worker writes into this visitor's session.
    store = import_module(django_settings.SESSION_ENGINE).SessionStore(session_key=key)
    store["pending_thing"] = "only mine"
    store.save()
    clock.now += pagecache.CHECK_SECONDS * 1.1
    page = reader.get(url)
    assert not fast(page) and not page.has_header("X-Page-Cache")  # the full stack's fresh page


def test_an_unknown_session_key_is_read_every_time_and_its_cookie_dropped(tips_on, make_article, clock, outside_reads):
    from django.conf import settings as django_settings

    article = make_article("务虚会讲话", BODY)
    url = article.get_absolute_url()
    browser().get(url)
    for _ in range(2):
        client = browser()
        client.cookies[django_settings.SESSION_COOKIE_NAME] = "k" * 32  # no such session
        page, asked = outside_reads(lambda: client.get(url))
        assert fast(page) and asked["session"] == 1
        assert page.cookies[django_settings.SESSION_COOKIE_NAME].value == ""  # deleted, as the full stack does


def test_the_csrf_token_of_a_served_page_is_djangos_own_masked_secret():
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_TOKEN_LENGTH, _get_new_csrf_string, _unmask_cipher_token
    from django.test import RequestFactory

    secret = _get_new_csrf_string()
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = secret
    tokens = {pagecache.csrf_token(request) for _ in range(300)}
    assert len(tokens) == 300  # a fresh mask every time
    for token in tokens:
        assert len(token) == CSRF_TOKEN_LENGTH and set(token) <= set(CSRF_ALLOWED_CHARS)
        assert _unmask_cipher_token(token) == secret
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True  # the cookie is renewed, as get_token does
    # Every mask character occurs (a byte taken modulo 62 unevenly would still show them all,
    # but a mask drawn from a few characters would not).
    assert set("".join(t[:32] for t in tokens)) == set(CSRF_ALLOWED_CHARS)
    # No secret yet: Django's get_token makes and sets a new one.
    request = RequestFactory().get("/")
    token = pagecache.csrf_token(request)
    assert len(token) == CSRF_TOKEN_LENGTH and _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
