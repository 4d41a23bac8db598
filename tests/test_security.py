"""Security checks across the whole site.

* CSRF: every URL the resolver knows refuses a POST without a CSRF token (403), except
  the few views that are exempt on purpose, each listed with its reason; every POST
  form a page renders carries the token.
* Hostile strings (``<script>``, ``"><img onerror=…>``, ``javascript:`` URLs, the RTL
  override U+202E) in titles, bodies, search queries, comments and tip messages come
  out inert: no injected tag, no event-handler attribute, no ``javascript:`` link, no
  unbalanced bidi override.
* Security headers on every page: Content-Security-Policy without ``'unsafe-inline'``
  scripts and with ``frame-ancestors``, ``X-Content-Type-Options: nosniff``,
  ``Referrer-Policy``.
* The admin is for staff only.
* The login page refuses open redirects in ``next``.

Personas (tests/personas.py): anonymous, reader, moderator, staff, superuser.
"""

from __future__ import annotations

import json
import re
import uuid
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RoutePattern

from tests.personas import PASSWORD, with_password

pytestmark = pytest.mark.django_db

HTML_HOSTILE = [
    '<script>alert("t")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea></title></script><b>粗体</b>",
    "javascript:alert(1)",
]
RTL = "\u202egnp.exe"  # "exe.png" shown as "gnp.exe"-style spoofing when the override survives
HOSTILE = [*HTML_HOSTILE, RTL]
RTL_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _pages_without_collectstatic(settings):
    """Fast password hashing; no API limits (tests/conftest.py renders pages without collectstatic)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.API_RATE_ANON = "0"
    settings.API_RATE_TOKEN = "0"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(make_article):
    return make_article(title="务虚会讲话", body="同志们：\n今天召开务虚会。\n一、统一思想\n二、狠抓落实")


# --- walking the URL resolver ----------------------------------------------------------------


def _route_patterns(patterns=None, prefix=""):
    """Yield ``(route, callback, name)`` for every URL pattern; ``route`` keeps ``<conv:name>``."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        pattern = entry.pattern
        text = str(pattern) if isinstance(pattern, RoutePattern) else pattern.regex.pattern
        if isinstance(entry, URLResolver):
            yield from _route_patterns(entry.url_patterns, prefix + text)
        elif isinstance(entry, URLPattern):
            yield prefix + text, entry.callback, entry.name or ""


_SAMPLE = {"int": "1", "str": "x", "slug": "x", "path": "x/y", "uuid": str(uuid.UUID(int=1))}
_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def _concrete(route: str, ids: dict[str, str]) -> str | None:
    """A URL for ``route`` with sample values, or None for a regex route with groups."""
    route = route.replace("^", "").replace("$", "").replace("\\Z", "")
    if re.search(r"[()\[\]?*+|\\]", route):
        return None
    url = _CONVERTER.sub(lambda m: ids.get(m.group(2), _SAMPLE.get(m.group(1) or "str", "x")), route)
    return "/" + url


def _all_urls(ids):
    seen = set()
    for route, callback, name in _route_patterns():
        url = _concrete(route, ids)
        if url is None or url in seen:
            continue
        seen.add(url)
        yield url, callback, name


def _exempt_reason(url: str, callback) -> str:
    """Why a CSRF-exempt view may be exempt; ``""`` when it may not."""
    if url.startswith("/api/") and not url.startswith("/api/tokens/"):
        # The JSON API authenticates by bearer token only and ignores session cookies
        # (tests/api/test_v1.py::test_it_ignores_the_browser_session), so a forged
        # cross-site request carries no credentials. Every API operation is a GET.
        return "token-only JSON API"
    if url.startswith("/pay/notify/"):
        return "payment gateway notification: signature verified, order re-queried"
    return ""


def test_it_refuses_every_post_without_a_csrf_token(superuser, article):
    """As a superuser (the worst case if a form were unprotected), POST to every URL."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    ids = {"pk": str(article.pk), "article_id": str(article.pk), "object_id": str(article.pk)}
    checked, exempt, unprotected = [], [], []
    for url, callback, name in _all_urls(ids):
        try:
            match = resolve(url.split("?")[0])
        except Exception:
            continue
        if match.func is not callback and getattr(match.func, "__wrapped__", None) is not callback:
            continue  # the sample value routed elsewhere; that route is checked on its own
        response = client.post(url, {"body": "x", "name": "x", "action": "approve"})
        checked.append(url)
        if response.status_code == 403:
            continue
        reason = _exempt_reason(url, callback)
        if reason and getattr(callback, "csrf_exempt", False):
            exempt.append((url, reason))
        else:
            unprotected.append(f"{url} ({name}) answered {response.status_code}")
    assert not unprotected, "POST accepted without a CSRF token:\n" + "\n".join(unprotected)
    assert len(checked) >= 20, checked
    # The known state-changing forms are among the checked URLs.
    for must in ("/accounts/login/", "/accounts/logout/", "/accounts/signup/", "/api/tokens/"):
        assert must in checked


class _FormCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action"), "csrf": False})
        elif tag == "input" and self.forms and attrs.get("name") == "csrfmiddlewaretoken" and attrs.get("value"):
            self.forms[-1]["csrf"] = True


def _post_forms_without_token(html: str) -> list[str]:
    parser = _FormCollector()
    parser.feed(html)
    return [str(f["action"]) for f in parser.forms if f["method"] == "post" and not f["csrf"]]


def _page_urls(article):
    urls = ["/", "/search/?q=务虚会", f"/a/{article.pk}/", "/accounts/login/", "/accounts/signup/",
            "/accounts/password/reset/", "/api/tokens/", "/accounts/membership/", f"/a/{article.pk}/tip/"]
    return urls


@pytest.mark.parametrize("persona", ["anonymous", "reader", "moderator", "superuser"])
def test_it_puts_a_csrf_token_in_every_post_form(request, persona, article):
    client = Client()
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    _comment(article, request.getfixturevalue("reader"), "一条留言", approved=True)
    missing = {}
    for url in _page_urls(article):
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        bad = _post_forms_without_token(response.content.decode())
        if bad:
            missing[url] = bad
    assert not missing, f"POST forms without csrfmiddlewaretoken: {missing}"


# --- hostile strings ------------------------------------------------------------------------


class _InertChecker(HTMLParser):
    """Collects what would make injected text active: tags, handlers, script URLs."""

    SCRIPT_TYPES = {"application/ld+json", "application/json"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name.lower() in {"href", "src", "action", "formaction", "xlink:href", "data"} and value:
                cleaned = re.sub(r"[\x00-\x20]+", "", value).lower()
                if cleaned.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            attrs_d = dict(attrs)
            if "src" not in attrs_d and attrs_d.get("type") not in self.SCRIPT_TYPES:
                self.problems.append("inline <script>")
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        # A JSON block (structured data) must parse whole: text that broke out of it
        # would have ended the <script> early and left invalid JSON behind.
        if self._in_script and data.strip():
            try:
                json.loads(data)
            except ValueError:
                self.problems.append(f"<script> JSON block does not parse: {data[:80]!r}")


def _assert_inert(html: str, where: str):
    checker = _InertChecker()
    checker.feed(html)
    assert not checker.problems, f"{where}: {checker.problems}"
    lowered = html.lower()
    for literal in ("<script>alert", "<img src=x", "<svg onload", "<b>粗体</b>"):
        assert literal not in lowered, f"{where}: unescaped {literal!r}"
    # Bidi controls: none at all, raw or as character references.
    for ch in RTL_OVERRIDES:
        refs = (ch, f"&#{ord(ch)};", f"&#x{ord(ch):x};", f"&#x{ord(ch):X};")
        assert not any(r in html for r in refs), f"{where}: U+{ord(ch):04X} in the page"


def _comment(article, user, body, approved=True):
    from haowen.engagement.models import Comment, CommentStatus

    status = CommentStatus.APPROVED if approved else CommentStatus.PENDING
    return Comment.objects.create(article=article, user=user, body=body, body_hash=Comment.hash_body(body), status=status)


def _paid_tip(article, user, message):
    from django.utils import timezone

    from haowen.payments.models import State, TipOrder

    now = timezone.now()
    return TipOrder.objects.create(
        out_trade_no=uuid.uuid4().hex[:20].upper(), article=article, article_title=article.title, user=user,
        amount_fen=666, provider="sandbox", state=State.PAID, message=message, expires_at=now, paid_at=now,
    )


@pytest.mark.parametrize(
    "hostile",
    [
        *HTML_HOSTILE,
        RTL,
    ],
)
def test_it_renders_hostile_titles_and_bodies_inert(client, make_article, hostile):
    article = make_article(title=f"标题{hostile}务虚会", body=f"正文{hostile}务虚会。\n第二段{hostile}。", views=3)
    for url in ("/", f"/a/{article.pk}/", "/search/?q=务虚会", f"/a/{article.pk}/tip/"):
        response = client.get(url)
        if response.status_code == 404:
            continue
        assert response.status_code == 200, url
        _assert_inert(response.content.decode(), url)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_it_renders_hostile_search_queries_inert(client, make_article, hostile):
    make_article(title="务虚会讲话", body="今天召开务虚会。")
    for q in (hostile, f"务虚会 {hostile}", f'"{hostile}"'):
        response = client.get("/search/", {"q": q})
        assert response.status_code == 200
        _assert_inert(response.content.decode(), f"/search/?q={q!r}")


def test_it_does_not_link_to_a_javascript_source_url(client, make_article):
    article = make_article(source_url="javascript:alert(1)")
    _assert_inert(client.get(f"/a/{article.pk}/").content.decode(), "source_url")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_it_renders_hostile_comments_and_author_names_inert(client, article, reader, moderator, hostile):
    from haowen.engagement.comments.services import moderate, post_comment

    # Names are set by staff only (no page edits first_name), so bidi text is not tried there.
    if hostile in HTML_HOSTILE:
        reader.first_name = hostile[:150]
        reader.save()
    published = post_comment(reader, article, f"留言{hostile}结束")
    moderate(published, "approve", moderator)
    post_comment(reader, article, f"待审{hostile}")  # stays in the queue
    for persona in (None, reader, moderator):  # the reader sees their pending one, the moderator the queue
        c = Client()
        if persona:
            c.force_login(persona)
        html = c.get(f"/a/{article.pk}/").content.decode()
        assert "留言" in html and "结束" in html
        _assert_inert(html, f"article page as {persona}")


def test_it_cleans_bidi_overrides_out_of_posted_comments(client, article, reader):
    from haowen.engagement.comments.services import post_comment

    comment = post_comment(reader, article, "好文\u202e章")
    assert "\u202e" not in comment.body


@pytest.mark.parametrize("hostile", HOSTILE)
def test_it_renders_hostile_tip_messages_and_tipper_names_inert(client, article, reader, hostile):
    from haowen.payments.services import clean_message

    if hostile in HTML_HOSTILE:
        reader.first_name = hostile[:150]
        reader.save()
    _paid_tip(article, reader, clean_message(f"赞{hostile}"[:60]))
    for url in (f"/a/{article.pk}/", f"/a/{article.pk}/tips/"):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_inert(response.content.decode(), url)


def test_it_escapes_hostile_text_in_api_html_fields(client, make_article):
    make_article(title='务虚会<img src=x onerror=alert(1)>', body='务虚会"><script>alert(1)</script>')
    body = client.get("/api/v1/search", {"q": "务虚会"}).json()
    assert body["results"]
    for hit in body["results"]:
        _assert_inert(hit["title_html"] + hit["snippet_html"], "API search")


# --- security headers ---------------------------------------------------------------------


def _assert_security_headers(response, url):
    csp = response.get("Content-Security-Policy", "")
    directives = {d.strip().split(" ", 1)[0]: d.strip() for d in csp.split(";") if d.strip()}
    script_src = directives.get("script-src", directives.get("default-src", ""))
    assert script_src, f"{url}: no script-src in CSP {csp!r}"
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src, f"{url}: {script_src}"
    assert directives.get("frame-ancestors", "").startswith("frame-ancestors"), f"{url}: no frame-ancestors"
    assert "object-src 'none'" in csp, url
    assert response.get("X-Content-Type-Options") == "nosniff", url
    assert response.get("Referrer-Policy"), url


def test_it_sends_security_headers_on_every_page(article, reader, superuser):
    ids = {"pk": str(article.pk), "article_id": str(article.pk), "object_id": str(article.pk)}
    urls = [url for url, _cb, _name in _all_urls(ids)] + ["/no/such/page/", "/api/no-such-endpoint"]
    clients = {"anonymous": Client(), "reader": Client(), "superuser": Client()}
    clients["reader"].force_login(reader)
    clients["superuser"].force_login(superuser)
    checked = 0
    for who, client in clients.items():
        for url in urls:
            if who != "superuser" and url.startswith("/admin/") and url != "/admin/":
                continue  # the same redirect to the login page each time
            response = client.get(url)
            _assert_security_headers(response, f"{who} {url} ({response.status_code})")
            checked += 1
    assert checked > 50


def test_it_sends_security_headers_on_the_api_docs_too(client):
    _assert_security_headers(client.get("/api/docs"), "/api/docs")


# --- admin ----------------------------------------------------------------------------------


def test_it_keeps_the_admin_for_staff(client, reader, staff, superuser, article):
    change = f"/admin/library/article/{article.pk}/change/"
    for url in ("/admin/", "/admin/library/article/", change):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url

    client.force_login(reader)  # logged in, not staff
    for url in ("/admin/", "/admin/library/article/", change, "/admin/auth/user/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
    assert client.post(change, {"title": "改了"}).status_code in (302, 403)
    article.refresh_from_db()
    assert article.title == "务虚会讲话"

    client.force_login(staff)  # staff without permissions: the index, nothing else
    index = client.get("/admin/")
    assert index.status_code == 200
    assert "/admin/library/article/" not in index.content.decode()
    assert client.get("/admin/library/article/").status_code == 403
    assert client.get("/admin/auth/user/").status_code == 403

    client.force_login(superuser)
    assert client.get("/admin/library/article/").status_code == 200


def test_it_refuses_a_non_staff_login_to_the_admin(client, reader):
    with_password(reader)
    response = client.post("/admin/login/", {"username": "reader", "password": PASSWORD, "next": "/admin/"})
    assert response.status_code == 200  # the form again, with an error
    assert client.get("/admin/").status_code == 302


# --- open redirects -------------------------------------------------------------------------

EVIL_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https:evil.example",
    "http://testserver@evil.example/",
    "javascript:alert(1)",
    " //evil.example",
    "/%2F%2Fevil.example",
]


def _is_local(location: str) -> bool:
    """True when a browser would stay on this site following ``location``."""
    from urllib.parse import urlsplit

    if location.startswith(("//", "/\\", "\\")) or not location.startswith("/"):
        return False
    parts = urlsplit(location)
    return not parts.scheme and not parts.netloc


@pytest.mark.parametrize("evil", EVIL_NEXT)
def test_it_refuses_open_redirects_after_login(evil, reader):
    with_password(reader)
    client = Client()
    response = client.post(f"/accounts/login/?next={evil}", {"login": "reader", "password": PASSWORD})
    assert response.status_code == 302, response.content[:300]
    location = response["Location"]
    assert _is_local(location), f"next={evil!r} redirected to {location!r}"
    # And with next in the form body, as the login form sends it.
    client = Client()
    response = client.post("/accounts/login/", {"login": "reader", "password": PASSWORD, "next": evil})
    assert response.status_code == 302
    assert _is_local(response["Location"]), f"next={evil!r} redirected to {response['Location']!r}"


def test_it_follows_a_local_next_after_login(reader, article):
    with_password(reader)
    client = Client()
    response = client.post("/accounts/login/", {"login": "reader", "password": PASSWORD, "next": f"/a/{article.pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/a/{article.pk}/"

