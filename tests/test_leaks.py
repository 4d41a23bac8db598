"""The leak suite: gated text never leaves the server for a reader who may not read it.

Two gated articles each hide a unique marker sentence in their gated part (as a plain
sentence, as an outline heading "三、…" and beside a placeholder "XX区", so writer tools
that scan the body are caught too): one article needs a login, one a membership. For
every persona (anonymous, reader, member, moderator) and every channel we request the
channel and assert the marker of each article the persona may not read never appears;
where a channel shows the whole text to entitled readers (``full_for_entitled``) we
assert it does appear for them, so a channel that shows nothing cannot pass vacuously.

CHANNELS (and API_CHANNELS) list every way article text can leave the server today:
  article page · search page (query = the marker's head, and = its tail) · home page ·
  RSS feed · Atom feed · sitemap index and sections · robots.txt · Word export (.docx) ·
  placeholder fill-in page · browse pages (/fanwen/, a genre's list, /zhuanti/, topics with
  chosen articles and a saved search) · 404 pages with the
  marker in the URL and query · the forced 500 page (test_it_never_leaks_through_a_server_error) ·
  JSON API: article detail, article list, search (and its forced 500) ·
  plus every other GET route with an int/str argument, discovered from the URLconf and
  requested with each article's id (test_it_never_leaks_through_any_other_route).
Search as an oracle — whether an answer (hits, total, facet counts, scores) changes with the
next character of a known string — is attacked through the search page and the API in
test_it_is_no_oracle_for_the_gated_part.

EVERY NEW CHANNEL MUST JOIN THIS SUITE: a page, an API endpoint, a feed, an export
(Word .docx, print view, Markdown / plain text), an e-mail or webhook payload. Add a
``Channel`` to CHANNELS (pages, feeds, exports) or API_CHANNELS (JSON API, sent with
the persona's API token), with ``full_for_entitled=True`` when entitled readers get the
whole text there. ``_text`` already reads JSON (\\u escapes), HTML entities and .docx;
a new binary format needs a decoder there, or the check passes without looking.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from dataclasses import dataclass
from typing import Callable
from urllib.parse import quote, unquote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.personas import PERSONAS

# Each marker is split in a head (what a search types) and a tail; the two halves share no
# words, so searching for one never highlights (and so never splits) the other.
MARKERS = {
    "login": ("紫檀风铃协议", "规定夜航灯塔必须彻夜常亮"),
    "members": ("青铜罗盘公约", "要求候鸟驿站按时熄灭篝火"),
}
ENTITLED = {  # persona → access levels whose articles it may read in full
    "anonymous": set(),
    "reader": {"login"},
    "member": {"login", "members"},
    "moderator": {"login", "members"},
}
PUBLIC = [
    "一、总体要求",
    "各单位要坚持稳中求进工作总基调，扎实推动高质量发展，切实把各项部署落到实处。",
    "二、重点任务",
    "要聚焦主责主业，统筹发展和安全，持续优化营商环境，不断增强人民群众获得感。",
    "三、工作要求",
    "各级领导干部要以身作则，真抓实干，确保各项工作取得实效，以优异成绩迎接检查。",
    "要加强组织领导，压实工作责任，建立健全长效机制，形成齐抓共管的良好局面。",
]


def _body(head: str, tail: str) -> str:
    marker = head + tail
    return "\n".join(
        PUBLIC
        + [
            "四、" + marker,
            f"根据{marker}，XX区要在X月X日前抓好落实。",
            marker + "。",
        ]
    )


@dataclass(frozen=True)
class Channel:
    """One way article text can leave the server.

    ``url(article, marker_head, marker_tail)`` builds the request path. ``echo`` names the
    marker half the channel legitimately repeats because the request carried it (a search
    query): only the other half is checked. ``must_show(article)`` is a string the response
    must contain (e.g. the article's URL in search results), so an empty answer cannot pass.
    ``statuses`` are the acceptable status codes; ``token`` sends the persona's API token.
    """

    name: str
    url: Callable[..., str]
    full_for_entitled: bool = False
    echo: str = ""  # "head" or "tail"
    must_show: Callable | None = None
    statuses: tuple = (200,)
    token: bool = False


def _search(path: str, half: int) -> Callable[..., str]:
    return lambda a, head, tail: f"{path}?q={quote((head, tail)[half])}"


CHANNELS: list[Channel] = [
    Channel("article page", lambda a, h, t: a.get_absolute_url(), full_for_entitled=True),
    Channel("search page by the marker's head", _search("/search/", 0), full_for_entitled=True, echo="head",
            must_show=lambda a: a.get_absolute_url()),
    Channel("search page by the marker's tail", _search("/search/", 1), full_for_entitled=True, echo="tail",
            must_show=lambda a: a.get_absolute_url()),
    Channel("home page", lambda a, h, t: "/"),
    Channel("RSS feed", lambda a, h, t: "/feed/", must_show=lambda a: a.get_absolute_url()),
    Channel("Atom feed", lambda a, h, t: "/feed/atom/", must_show=lambda a: a.get_absolute_url()),
    Channel("sitemap index", lambda a, h, t: "/sitemap.xml"),
    Channel("sitemap of articles", lambda a, h, t: "/sitemap-articles.xml", must_show=lambda a: a.get_absolute_url()),
    Channel("robots.txt", lambda a, h, t: "/robots.txt"),
    Channel("404 page, marker in the query", lambda a, h, t: f"/a/999999999/?q={quote(h + t)}", statuses=(404,)),
    Channel("404 page, marker in the path", lambda a, h, t: f"/no-such-page/{quote(h + t)}/?{quote(h + t)}",
            statuses=(404,)),
    Channel("article page with the marker in the query", lambda a, h, t: f"{a.get_absolute_url()}?q={quote(h + t)}",
            full_for_entitled=True),
    # Writer tools (haowen/library): Word export and placeholder fill-in; 403 for readers who
    # may not read the whole text.
    Channel("Word export (.docx)", lambda a, h, t: f"/a/{a.pk}/export.docx", full_for_entitled=True,
            statuses=(200, 403)),
    Channel("placeholder fill-in page", lambda a, h, t: f"/a/{a.pk}/fill/", statuses=(200, 403)),
    # Browse (issue 15): genres with counts, a genre's list (with the preview's opening under each
    # title), its sorted and filtered forms, topics with chosen articles and a saved search.
    Channel("genres page", lambda a, h, t: "/fanwen/"),
    Channel("genre page", lambda a, h, t: "/fanwen/plan/", must_show=lambda a: a.get_absolute_url()),
    Channel("genre page, most read, one year", lambda a, h, t: "/fanwen/plan/?sort=views&year=2022",
            must_show=lambda a: a.get_absolute_url()),
    Channel("topics page", lambda a, h, t: "/zhuanti/"),
    Channel("topic page with the articles chosen", lambda a, h, t: "/zhuanti/leak-suite/",
            must_show=lambda a: a.get_absolute_url()),
    # Its saved search is the login marker's head (the page links to that search: echoed).
    Channel("topic page with a saved search for the marker", lambda a, h, t: "/zhuanti/leak-suite-search/",
            echo="head"),
    # Membership (issue 16): the plans page (its own orders for a signed-in reader).
    Channel("membership page", lambda a, h, t: "/accounts/membership/"),
    # The reader's own space (issue 16): the print view (entitled readers; 403 otherwise), and
    # the favorites, history and account pages (titles only) after the persona opened the article.
    Channel("print view", lambda a, h, t: f"/a/{a.pk}/print/", full_for_entitled=True, statuses=(200, 403)),
    Channel("account page", lambda a, h, t: "/accounts/me/", statuses=(200, 302)),
    Channel("history page", lambda a, h, t: "/accounts/history/", statuses=(200, 302)),
    # Suggestions while typing (issue 15 §3): titles and popular searches for the typed text.
    Channel("search suggestions by the marker's head", _search("/search/suggest/", 0), echo="head"),
    Channel("search suggestions by the marker's tail", _search("/search/suggest/", 1), echo="tail"),
]

# The JSON API (haowen/api). Requests carry the persona's API token (anonymous: none).
# The API engineer extends this list with every new endpoint that returns article data.
API_CHANNELS: list[Channel] = [
    Channel("API article detail", lambda a, h, t: f"/api/v1/articles/{a.pk}", full_for_entitled=True, token=True),
    Channel("API article list", lambda a, h, t: "/api/v1/articles?page_size=50", token=True,
            must_show=lambda a: a.get_absolute_url()),
    Channel("API search by the marker's head", _search("/api/v1/search", 0), full_for_entitled=True, echo="head",
            token=True, must_show=lambda a: a.get_absolute_url()),
    Channel("API search by the marker's tail", _search("/api/v1/search", 1), full_for_entitled=True, echo="tail",
            token=True, must_show=lambda a: a.get_absolute_url()),
    Channel("API search, newest first", lambda a, h, t: f"/api/v1/search?q={quote(h)}&sort=newest", echo="head",
            full_for_entitled=True, token=True, must_show=lambda a: a.get_absolute_url()),
    Channel("API related articles", lambda a, h, t: f"/api/v1/articles/{a.pk}/related", token=True),
    Channel("API comments", lambda a, h, t: f"/api/v1/articles/{a.pk}/comments", token=True),
    Channel("API hot list (week)", lambda a, h, t: "/api/v1/hot?period=week", token=True),
    Channel("API hot list (month)", lambda a, h, t: "/api/v1/hot?period=month", token=True),
    Channel("API 404 envelope, marker in the path", lambda a, h, t: f"/api/v1/articles/{a.pk}/{quote(h + t)}",
            token=True, statuses=(404,)),
    Channel("API 422 envelope, marker in a parameter", lambda a, h, t: f"/api/v1/articles?year={quote(h + t)}",
            token=True, statuses=(422,)),
]

ALL_CHANNELS = CHANNELS + API_CHANNELS


def _text(response) -> str:
    """The response as text a human would read: JSON un-escaped, entities and %-escapes decoded
    (an echoed URL), .docx unzipped, ``<mark>`` highlighting removed (it would split a leaked sentence)."""
    body = b"".join(response.streaming_content) if getattr(response, "streaming", False) else response.content
    ctype = response.get("Content-Type", "")
    if "officedocument" in ctype or body[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(body)) as docx:
            xml = " ".join(docx.read(n).decode("utf-8", "replace") for n in docx.namelist() if n.endswith(".xml"))
        text = re.sub(r"<[^>]+>", "", xml)
    else:
        text = body.decode("utf-8", "replace")
        if "json" in ctype:
            try:
                text = json.dumps(json.loads(text), ensure_ascii=False)
            except ValueError:
                pass
    return re.sub(r"</?mark>", "", unquote(html.unescape(text)))


@pytest.fixture
def gated(make_article, page_settings):
    """``{"login": Article, "members": Article}``, indexed for search, markers in their gated parts."""
    articles = {}
    for level, (head, tail) in MARKERS.items():
        articles[level] = make_article(
            title=f"关于{'登录' if level == 'login' else '会员'}阅读的工作方案",
            body=_body(head, tail),
            kind="plan",
            access_level=level,
        )
    from haowen.library.models import Topic

    chosen = Topic.objects.create(title="泄露测试专题", slug="leak-suite", description="专题简介。")
    for article in articles.values():
        chosen.entries.create(article=article)
    Topic.objects.create(title="泄露测试搜索专题", slug="leak-suite-search", query=MARKERS["login"][0])
    return articles


@pytest.fixture
def as_persona(request, client):
    """``as_persona(name) -> (client, extra request kwargs for API token channels)``."""

    def _as(name: str):
        if name == "anonymous":
            return client, {}
        user = request.getfixturevalue(name)
        client.force_login(user)
        from haowen.api.services import create_token

        _row, token = create_token(user, "leak suite")
        return client, {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    return _as


def _secrets(level: str, channel: Channel) -> list[str]:
    head, tail = MARKERS[level]
    return [s for half, s in (("head", head), ("tail", tail)) if half != channel.echo]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("channel", ALL_CHANNELS, ids=lambda c: c.name)
def test_it_never_leaks_gated_text(gated, as_persona, persona, channel):
    client, token_headers = as_persona(persona)
    for level, article in gated.items():
        head, tail = MARKERS[level]
        response = client.get(channel.url(article, head, tail), **(token_headers if channel.token else {}))
        assert response.status_code in channel.statuses, f"{channel.name}: HTTP {response.status_code}"
        text = _text(response)
        if channel.must_show:
            assert channel.must_show(article) in text, f"{channel.name}: the {level} article is not there at all"
        entitled = level in ENTITLED[persona]
        for secret in _secrets(level, channel):
            if entitled and channel.full_for_entitled:
                assert secret in text, f"{channel.name}: {persona} should read the {level} article's full text"
            else:
                assert secret not in text, f"{channel.name} leaks the {level} article's gated text to {persona}"


@pytest.mark.parametrize("persona", ["anonymous", "reader"])
def test_it_says_the_match_is_in_the_full_text(gated, as_persona, persona):
    client, _ = as_persona(persona)
    head, _tail = MARKERS["members"]
    page = client.get(f"/search/?q={quote(head)}").content.decode()
    assert gated["members"].get_absolute_url() in page
    assert "匹配内容位于全文中" in page


@pytest.mark.parametrize(
    "path, view_module",
    [
        ("{url}?debug={marker}", "haowen.web.article_page"),  # the article page (its context)
        ("/api/v1/articles/{pk}?debug={marker}", "haowen.api.v1"),  # the API's article detail
    ],
)
@pytest.mark.parametrize("persona", ["anonymous", "reader"])
def test_it_never_leaks_through_a_server_error(gated, as_persona, monkeypatch, persona, path, view_module):
    """Force a 500 after the view has loaded the article and its entitlement (the whole body is
    in memory): the error page says nothing about the article or the request."""
    import importlib

    from haowen.accounts import entitlement as real

    module = importlib.import_module(view_module)
    calls = []

    def exploding_entitlement(article, user):
        calls.append(real.entitlement(article, user))
        raise RuntimeError("forced failure for the leak suite")

    monkeypatch.setattr(module, "entitlement", exploding_entitlement)
    client, token_headers = as_persona(persona)
    client.raise_request_exception = False
    for level, article in gated.items():
        head, tail = MARKERS[level]
        url = path.format(url=article.get_absolute_url(), pk=article.pk, marker=quote(head + tail))
        response = client.get(url, **token_headers)
        assert response.status_code == 500
        text = _text(response)
        assert head not in text and tail not in text, f"the 500 page leaks the {level} article ({url})"
    assert calls, "the forced failure never happened: the view no longer asks entitlement()"


def _routes(patterns, prefix: str = ""):
    """Every URL pattern as a route string (``"a/<int:pk>/"``), resolvers flattened."""
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _routes(p.url_patterns, route)
        elif isinstance(p, URLPattern):
            yield route


# Not article channels (staff-only admin shows everything to staff by design; account pages
# carry no article text) or not requestable by substitution.
SKIP_PREFIXES = ("admin/", "accounts/", "static/", "media/")
_PARAM = re.compile(r"<(?:(int|str|slug):)?(\w+)>")


def _fill(route: str, pk: int) -> str | None:
    """``route`` with every int/str/slug argument set to ``pk``; None when it cannot be filled."""
    if route.startswith(SKIP_PREFIXES) or "^" in route or "(?P" in route or "<path:" in route or "<uuid:" in route:
        return None
    return "/" + _PARAM.sub(str(pk), route)


@pytest.mark.parametrize("persona", ["anonymous", "reader"])
def test_it_never_leaks_through_any_other_route(gated, as_persona, persona):
    """New pages and exports join automatically: every GET route whose arguments can take an
    article id is requested for each gated article; whatever it answers (200, 302, 404, 405…)
    must not contain gated text the persona may not read."""
    client, _ = as_persona(persona)
    client.raise_request_exception = False
    routes = sorted({r for r in _routes(get_resolver().url_patterns)})
    checked = 0
    for level, article in gated.items():
        if level in ENTITLED[persona]:
            continue
        head, tail = MARKERS[level]
        for route in routes:
            url = _fill(route, article.pk)
            if url is None:
                continue
            text = _text(client.get(url))
            checked += 1
            assert head not in text and tail not in text, f"GET {url} leaks the {level} article to {persona}"
    assert checked >= 5


def test_it_finds_the_routes_it_must_check():
    """The route walker sees the article page, so new article routes cannot hide from it."""
    routes = set(_routes(get_resolver().url_patterns))
    assert "a/<int:pk>/" in routes
    assert _fill("a/<int:pk>/", 7) == "/a/7/"
    assert _fill("admin/library/article/<path:object_id>/", 7) is None


def test_it_reads_json_escapes_and_docx(db):
    """The decoder the suite relies on: a marker hidden as \\u escapes or inside a .docx is still found."""
    from django.http import HttpResponse, JsonResponse

    head, tail = MARKERS["login"]
    assert head in _text(JsonResponse({"p": head}))  # ensure_ascii=True by default
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as docx:
        docx.writestr("word/document.xml", f"<w:p><w:r><w:t>{head[:2]}</w:t></w:r><w:r><w:t>{head[2:]}</w:t></w:r></w:p>")
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert head in _text(response)
    assert tail in _text(HttpResponse(f"<p>{tail[:3]}<mark>{tail[3:5]}</mark>{tail[5:]}</p>"))
    assert Client  # the suite uses Django's test client throughout


# =========================================================================================
# Keyword tags (issue 12, "Keyword tags leak the gated part")
# =========================================================================================
# Tags are extracted from the title and the WHOLE body, so a tag can be a word found only in
# the gated part. A reader who may not read an article in full must see only tags drawn from
# what they may read (its title and preview): in the article page's tag list, the API detail,
# the page's <meta name="keywords"> and JSON-LD (the same for every reader: preview only) and
# the feeds' categories. A tag page (/tag/<word>/, the API list's ?tag=) lists an article for
# a reader only when that tag is visible to that reader, and counts only those; with nothing
# to list it is a 404, so the page's existence says nothing either.

#: Staff-set tags that are words of the gated part only (the automatic ones come from extraction).
GATED_TAGS = {"login": "紫檀风铃", "members": "青铜罗盘"}


@dataclass
class TaggedArticle:
    """A gated article with its tags: ``all`` names, ``visible`` = drawn from title or preview."""

    article: object
    level: str
    all: set
    visible: set

    @property
    def gated_only(self) -> set:
        return self.all - self.visible


@pytest.fixture
def tagged(gated, make_article):
    """``{level: TaggedArticle}``: automatic tags extracted as in production plus the staff tag of
    GATED_TAGS (weight 1.0, first on the page); and a free article with the login article's staff
    tag as a label, so that tag page exists for everyone (the gated article must not be on it)."""
    from haowen.accounts.entitlement import preview
    from haowen.library.models import ArticleTag, Tag
    from haowen.library.tagging import clear_cache, tag_article

    free = make_article(title="公开说明", body="本文是一篇公开的说明。\n第二段说明。", access_level="free")
    label = Tag.objects.create(name=GATED_TAGS["login"])
    ArticleTag.objects.create(article=free, tag=label, weight=1.0, is_manual=True)
    clear_cache()
    out = {}
    for level, article in gated.items():
        tag_article(article)
        tag, _ = Tag.objects.get_or_create(name=GATED_TAGS[level])
        ArticleTag.objects.create(article=article, tag=tag, weight=1.0, is_manual=True)
        names = set(ArticleTag.objects.filter(article=article).values_list("tag__name", flat=True))
        readable = article.title + "".join(preview(article).paragraphs)
        visible = {n for n in names if n in readable}
        out[level] = TaggedArticle(article, level, names, visible)
        # Preconditions: both kinds of tag exist, so no check below can pass vacuously.
        assert GATED_TAGS[level] in out[level].gated_only and len(out[level].gated_only) >= 3, names
        assert visible, f"no tag of the {level} article is in its title or preview: {names}"
    out["free"] = free
    return out


def _page_tags(text: str) -> set:
    return set(re.findall(r'class="wt-tag"[^>]*>([^<]+)</a>', text))


def _meta_keywords(text: str) -> set:
    found = re.findall(r'<meta name="keywords" content="([^"]*)"', text)
    return {k for k in found[0].split(",") if k} if found else set()


def _jsonld_keywords(text: str) -> set:
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        data = json.loads(block)
        if data.get("@type") == "Article":
            words = data.get("keywords", [])
            return set(words.split(",") if isinstance(words, str) else words)
    return set()


@pytest.mark.parametrize("persona", PERSONAS)
def test_tags_on_the_article_page_and_in_the_api_come_from_what_the_reader_may_read(tagged, as_persona, persona):
    client, token_headers = as_persona(persona)
    for level in MARKERS:
        t = tagged[level]
        page = client.get(t.article.get_absolute_url()).content.decode()
        shown = _page_tags(page)
        api = client.get(f"/api/v1/articles/{t.article.pk}", **token_headers).json()
        if level in ENTITLED[persona]:
            assert GATED_TAGS[level] in shown and shown <= t.all, f"{persona} should see all tags of {level}"
            assert set(api["tags"]) == t.all
        else:
            assert shown == t.visible, f"the article page shows {persona} tags of the {level} gated part"
            assert set(api["tags"]) == t.visible, f"the API shows {persona} tags of the {level} gated part"
            for text in (_text_of(page), json.dumps(api, ensure_ascii=False)):
                assert GATED_TAGS[level] not in text
        # Reader-independent channels carry the preview's tags only, for every persona.
        assert _meta_keywords(page) == t.visible, f"<meta name=keywords> for {persona}, {level}"
        assert _jsonld_keywords(page) == t.visible, f"JSON-LD keywords for {persona}, {level}"


def _text_of(page: str) -> str:
    return unquote(html.unescape(page))


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_tag_page_lists_an_article_only_where_the_reader_may_see_the_tag(tagged, as_persona, persona):
    client, token_headers = as_persona(persona)
    free = tagged["free"]
    for level in MARKERS:
        t = tagged[level]
        entitled = level in ENTITLED[persona]
        for name in sorted(t.all):
            listed = entitled or name in t.visible
            others = [a for other in MARKERS for a in [tagged[other]]
                      if other != level and name in tagged[other].all
                      and (other in ENTITLED[persona] or name in tagged[other].visible)]
            expected = 1 + len(others) if listed else len(others)
            if name == GATED_TAGS["login"]:
                expected += 1  # the free article's label
            response = client.get(f"/tag/{quote(name)}/")
            api = client.get("/api/v1/articles", {"tag": name, "page_size": 50}, **token_headers).json()
            ids = [r["id"] for r in api["results"]]
            if not expected:
                assert response.status_code == 404, f"/tag/{name}/ exists for {persona} ({level} gated part)"
            else:
                text = _text_of(response.content.decode())
                assert response.status_code == 200
                assert (t.article.get_absolute_url() in text) == listed, f"/tag/{name}/ for {persona} ({level})"
                assert f"共 {expected} 篇" in text, f"/tag/{name}/ counts hidden articles for {persona}"
            assert (t.article.pk in ids) == listed, f"API ?tag={name} for {persona} ({level})"
            assert api["count"] == expected, f"API ?tag={name} counts hidden articles for {persona}"
        # The free article's label is on its page for everyone; the login article is not, unless entitled.
        page = _text_of(client.get(f"/tag/{quote(GATED_TAGS['login'])}/").content.decode())
        assert free.get_absolute_url() in page


@pytest.mark.parametrize("feed", ["/feed/", "/feed/atom/"])
def test_the_feeds_categorise_an_article_by_its_preview_tags_only(tagged, client, feed):
    import xml.etree.ElementTree as ET

    root = ET.fromstring(client.get(feed).content)
    atom = "{http://www.w3.org/2005/Atom}"
    categories = {}
    for item in root.iter("item"):
        categories[item.findtext("link")] = {c.text for c in item.findall("category")}
    for entry in root.iter(f"{atom}entry"):
        link = entry.find(f"{atom}link").get("href")
        categories[link] = {c.get("term") for c in entry.findall(f"{atom}category")}
    for level in MARKERS:
        t = tagged[level]
        got = categories[f"http://127.0.0.1:8000{t.article.get_absolute_url()}"]
        assert t.visible <= got, f"{feed}: the {level} article's preview tags are missing: {got}"
        assert not (got & t.gated_only), f"{feed} names tags of the {level} gated part: {got & t.gated_only}"


# =========================================================================================
# Search as an oracle (issue 12, "Search is an oracle for the gated part")
# =========================================================================================
# Knowing a string of the gated part (here the marker's head), an attacker types that string
# plus one candidate character and watches whether the article is listed: on the old code it
# was listed only for the true next character, so the whole gated part could be read back one
# character at a time. Rule: for a reader who may not read an article in full, the results,
# the total and the facet counts do not depend on the order of characters in its gated part.
# Each attack is run through the search page and the API, as every persona: it must not grow
# the known string for a reader who may not read the article, and it must still work for an
# entitled reader and, for everyone, in the preview (so no check passes because search broke).

#: A string of the (shared) preview of both gated articles and the character after it.
PREVIEW_KNOWN = ("各单位要坚持", "稳")
#: Candidate next characters: every character of the markers and of PREVIEW_KNOWN's sentence.
ALPHABET = sorted(set("".join(h + t for h, t in MARKERS.values()) + "各单位要坚持稳中求进工作总基调"))
ORACLE_CHANNELS = {"search page": "/search/", "API search": "/api/v1/search"}
ORACLE_FORMS = ("quoted", "plain", "short clause", "exclusion")


def _answer(client, headers, channel: str, q: str) -> tuple:
    """What a search answer tells the reader, minus the echo of the query: the listed
    article ids in order (with scores from the API), the total and the facet counts."""
    response = client.get(ORACLE_CHANNELS[channel], {"q": q}, **headers)
    assert response.status_code == 200, f"{channel} {q!r}: HTTP {response.status_code}"
    if channel == "API search":
        data = response.json()
        hits = tuple((r["id"], round(r["score"], 4), r["in_gated_part"]) for r in data["results"])
        return hits, data["total"], json.dumps(data["kinds"], sort_keys=True), json.dumps(data["years"])
    page = response.content.decode()
    hits = tuple(int(pk) for pk in re.findall(r'<h3><a href="/a/(\d+)/"', page))
    total = tuple(re.findall(r"找到约 ([\d,]+) 篇", page))
    facets = re.findall(r'<aside class="col-side facets">(.*?)</aside>', page, re.S)
    facets = re.sub(r'href="[^"]*"', "", facets[0]) if facets else ""
    return hits, total, facets, page.count("gated-note")


def _words_of(text_or_article) -> set:
    """The search words of a query string, or of an article's title and body (as indexed)."""
    from haowen.text.normalize import fold
    from haowen.text.query import parse_query
    from haowen.text.segment import index_text

    if isinstance(text_or_article, str):
        return {t for c in parse_query(text_or_article).clauses for t in c.terms}
    return set(index_text(fold(text_or_article.title)).split()) | set(index_text(fold(text_or_article.body)).split())


def _listed(answer: tuple, article) -> bool:
    return any((h[0] if isinstance(h, tuple) else h) == article.pk for h in answer[0])


def _grow(ask, article, known: str, steps: int) -> tuple[str, list[set]]:
    """The attack: extend ``known`` by the one candidate whose query lists ``article``; stop when
    none or several do. Returns the grown string and each step's candidate set."""
    seen = []
    for _ in range(steps):
        candidates = {x for x in ALPHABET if _listed(ask(known + x), article)}
        seen.append(candidates)
        if len(candidates) != 1:
            break
        known += next(iter(candidates))
    return known, seen


@pytest.mark.parametrize("form", ORACLE_FORMS)
@pytest.mark.parametrize("channel", list(ORACLE_CHANNELS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_it_is_no_oracle_for_the_gated_part(gated, as_persona, settings, persona, channel, form):
    # The per-client search limits are a second line; here the search itself must hold.
    for limit in ("SEARCH_RATE_ANON", "SEARCH_RATE_USER", "API_RATE_ANON", "API_RATE_TOKEN"):
        setattr(settings, limit, "100000/min")
    client, headers = as_persona(persona)
    headers = headers if channel == "API search" else {}
    asked: dict[str, tuple] = {}

    def answer(q: str) -> tuple:
        if q not in asked:
            asked[q] = _answer(client, headers, channel, q)
        return asked[q]

    for level, article in gated.items():
        head, tail = MARKERS[level]
        entitled = level in ENTITLED[persona]
        if form in ("quoted", "plain"):
            wrap = (lambda s: f'"{s}"') if form == "quoted" else (lambda s: s)
            ask = lambda s: answer(wrap(s))  # noqa: E731
            # Plain queries also match whole words (allowed), so for them only the first step counts.
            grown, seen = _grow(ask, article, head, steps=3 if entitled and form == "quoted" else 1)
            if entitled:
                assert tail[0] in seen[0], f"{persona} cannot search the {level} article it may read: {seen}"
                assert form != "quoted" or grown == head + tail[:3], f"{persona}: {seen}"
            else:
                assert not grown.startswith(head + tail[0]), f"{form} {channel} grows the {level} gated text for {persona}"
                # Exactly what whole words explain: listed when every word of the query is a word
                # of the title or body (in any order), never because the string is in the gated part.
                expected = {x for x in ALPHABET if form == "plain" and _words_of(head + x) <= _words_of(article)}
                assert seen[0] == expected, f"{form} {channel}: the {level} article is listed for {seen[0] - expected}"
            if form == "quoted":
                assert not entitled or seen[0] == {tail[0]}
                if not entitled:  # nothing about the gated part reaches the answer at all
                    answers = {ask(head + x) for x in ALPHABET}
                    assert len(answers) == 1, f"quoted {channel}: the answers depend on the {level} gated part"
                # The preview is searchable by everyone, exactly.
                known, nxt = PREVIEW_KNOWN
                preview_seen = {x for x in ALPHABET if _listed(ask(known + x), article)}
                assert preview_seen == {nxt}, f"{persona} cannot search the {level} article's preview: {preview_seen}"
        elif form == "short clause":
            # 1–2 characters are substring matches: the last character of the head plus a candidate
            # (a pair that crosses a word boundary), and single characters found only inside a word.
            pin = head[-1]
            answers = {x: answer(pin + x) for x in ALPHABET}
            listed = {x for x, a in answers.items() if _listed(a, article)}
            from haowen.accounts.entitlement import preview

            visible = article.title + preview(article).text
            assert not any(c in visible for c in head[:2] + pin)  # a precondition of the attack
            singles = {c: _listed(answer(c), article) for c in head[:2]}
            if entitled:
                assert listed == {tail[0]}, f"{persona}: pair clauses miss the {level} article: {listed}"
                assert all(singles.values()), singles
            else:
                assert not listed and len(set(answers.values())) == 1, f"pair {channel} leaks the {level} gated part: {listed}"
                assert not any(singles.values()), f"one-character clauses leak the {level} gated part: {singles}"
        else:  # exclusion: a negated substring over the gated part is an oracle too
            for negated in (f'-"{head}{{}}"', f"-{head[-1]}{{}}"):
                answers = {x: answer("工作方案 " + negated.format(x)) for x in ALPHABET}
                dropped = {x for x, a in answers.items() if not _listed(a, article)}
                if entitled:
                    assert dropped == {tail[0]}, f"{persona}: {negated} does not exclude the {level} article: {dropped}"
                else:
                    assert not dropped, f"{negated} {channel} drops the {level} article for {persona}: {dropped}"
                    assert len(set(answers.values())) == 1, f"{negated} {channel}: total or facets depend on the gated part"


# --- membership bought through a payment (issue 16) -------------------------------------------


def test_a_membership_bought_opens_the_gated_text_and_its_refund_closes_it(gated, client, django_user_model, settings):
    """A reader who buys a plan through the sandbox reads the members-only text in every
    channel that shows it to entitled readers; the pay page and the membership page never
    show it; a refund (the admin's action) closes every channel again at once."""
    from urllib.parse import urlencode as form

    from haowen.accounts.models import MembershipPlan
    from haowen.payments import services
    from haowen.payments.models import SandboxTrade, TipOrder
    from haowen.payments.providers import sandbox

    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "leak-suite-key"
    settings.SITE_URL = "http://testserver"
    plan = MembershipPlan.objects.create(name="月度会员", days=30, price_fen=1500)
    buyer = django_user_model.objects.create_user("buyer")
    client.force_login(buyer)
    members = gated["members"]
    head, tail = MARKERS["members"]
    full_channels = [c for c in CHANNELS if c.full_for_entitled]

    def leaks() -> list[str]:
        found = []
        for channel in full_channels:
            text = _text(client.get(channel.url(members, head, tail)))
            if any(s in text for s in _secrets("members", channel)):
                found.append(channel.name)
        return found

    assert leaks() == []
    assert client.post("/pay/membership/", {"plan": plan.pk, "provider": "sandbox"}).status_code == 302
    order = TipOrder.objects.get()
    pages = [f"/pay/{order.out_trade_no}/", f"/pay/{order.out_trade_no}/status/", "/accounts/membership/"]
    SandboxTrade.objects.update(state=SandboxTrade.State.SUCCESS)
    notice = sandbox.notification_for(SandboxTrade.objects.get())
    assert Client().post("/pay/notify/sandbox/", form(notice), content_type="application/x-www-form-urlencoded").content == b"success"
    assert sorted(leaks()) == sorted(c.name for c in full_channels)  # a member now: the whole text
    for path in pages:
        assert head + tail not in _text(client.get(path)), path
    services.refund_order(TipOrder.objects.get())
    assert leaks() == []


# --- 引用文件 (cited documents): the panel and the API's ``cites`` -------------------------

CITED_TITLE = "紫檀风铃协议实施细则"
CITED_NUMBER = "紫檀发〔2024〕7号"


@pytest.mark.parametrize("persona", PERSONAS)
def test_cited_documents_come_only_from_what_the_reader_may_read(make_article, as_persona, page_settings, persona):
    # The gated part cites a document the library has (so the panel would link it) and a 文号.
    make_article(title=CITED_TITLE, body=[f"{CITED_NUMBER}", "各单位：", "细则正文。"], kind="plan", access_level="free", index=False)
    citing = make_article(
        title="关于引用文件的工作方案",
        body=PUBLIC + [f"根据《{CITED_TITLE}》和{CITED_NUMBER}，XX区要在X月X日前抓好落实。"] * 3,
        kind="plan",
        access_level="login",
        index=False,
    )
    client, token_headers = as_persona(persona)
    page = client.get(citing.get_absolute_url()).content.decode()
    panel = page[page.index('id="cites"') :] if 'id="cites"' in page else ""
    api = client.get(f"/api/v1/articles/{citing.pk}", **token_headers).json()
    cited = json.dumps(api["cites"], ensure_ascii=False)
    if "login" in ENTITLED[persona]:
        assert CITED_TITLE in panel and CITED_NUMBER in panel and CITED_TITLE in cited
    else:
        assert not api["access"]["is_full"]
        assert CITED_TITLE not in panel and CITED_NUMBER not in page and CITED_NUMBER not in cited
        assert CITED_TITLE not in cited


# --- 版本对比 (two versions side by side) ----------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_version_comparison_shows_only_what_the_reader_may_read_of_each(make_article, as_persona, page_settings, persona):
    from haowen.library.models import Article

    head, tail = MARKERS["members"]
    first = make_article(title="对比版本甲", body=_body(head, tail), kind="plan", access_level="members", index=False)
    # The login version's gated part says something else: a reader may read it whole, and
    # only the preview of the members' version.
    second = make_article(title="对比版本乙", body=_body("白鹭湖畔公告", "说明渡船改在清晨出发"), kind="plan", access_level="login", index=False)
    Article.objects.filter(pk=second.pk).update(canonical=first)
    client, _ = as_persona(persona)
    for a, b in ((first, second), (second, first)):
        text = _text(client.get(f"/a/{a.pk}/compare/{b.pk}/"))
        assert "版本对比" in text
        assert (tail in text) == ("members" in ENTITLED[persona]), f"{persona}: the members' gated text in the comparison"
        assert ("说明渡船改在清晨出发" in text) == ("login" in ENTITLED[persona])
