"""An anonymous search page's content, stored per process: reused only for the same query,
filters and library state, never for a signed-in reader, and every search still counted."""

from __future__ import annotations

import pytest
from django.test import Client

from haowen.library.models import AccessLevel
from haowen.library.services import update_article
from haowen.search.models import QueryDay
from haowen.web import views

pytestmark = pytest.mark.django_db

SECRET = "只有会员才能读到的第三段结论"


@pytest.fixture(autouse=True)
def _store_on(settings):
    settings.SEARCH_PAGE_CACHE_SECONDS = 60


@pytest.fixture
def searches(monkeypatch):
    """Counts the searches the view runs (a stored page runs none)."""
    calls = []
    real = views.search_articles

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(views, "search_articles", counting)
    return calls


@pytest.fixture
def library(make_article, index_now):
    free = make_article("乡村振兴工作会议讲话", "抓好乡村振兴各项工作。\n第二段。", kind="speech", index=False,
                        access_level=AccessLevel.FREE)
    gated = make_article("乡村振兴专题党课讲稿", f"乡村振兴要久久为功。\n第二段。\n{SECRET}乡村振兴。", kind="speech",
                         index=False, access_level=AccessLevel.MEMBERS)
    index_now()
    return free, gated


def _hits(html: str) -> int:
    return html.count('<article class="hit">')


def test_a_repeated_anonymous_search_is_served_from_the_store_and_counted(library, searches):
    first = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    second = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    assert len(searches) == 1
    assert second == first and _hits(first) == 2
    # Another page, sort or filter is another content.
    Client().get("/search/", {"q": "乡村振兴", "sort": "newest"})
    Client().get("/search/", {"q": "乡村振兴", "genre": "speech"})
    assert len(searches) == 3
    row = QueryDay.objects.get(query="乡村振兴")
    assert (row.count, row.anonymous_count, row.anonymous_results) == (4, 4, 2)


def test_a_signed_in_reader_never_gets_nor_leaves_a_stored_page(library, searches, member, client):
    anonymous = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    assert SECRET not in anonymous
    client.force_login(member)
    own = client.get("/search/", {"q": "乡村振兴"}).content.decode()
    assert len(searches) == 2
    assert 'class="usernav-name"' in own
    # The member's page is not stored for anonymous readers either.
    again = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    assert len(searches) == 2 and again == anonymous


def test_a_withdrawn_article_leaves_at_once_and_a_new_one_comes_in(library, searches, make_article):
    free, _gated = library
    assert _hits(Client().get("/search/", {"q": "乡村振兴"}).content.decode()) == 2
    update_article(free, is_published=False)
    html = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    assert "工作会议讲话" not in html and len(searches) == 2
    make_article("乡村振兴实施方案", "乡村振兴的实施方案。", kind="plan", access_level=AccessLevel.FREE)
    html = Client().get("/search/", {"q": "乡村振兴"}).content.decode()
    assert len(searches) == 3
    assert "<mark>乡村振兴</mark>实施方案" in html


def test_pages_past_the_end_and_empty_queries_still_work(library, searches):
    assert Client().get("/search/", {"q": "乡村振兴", "page": 9}).status_code == 302
    assert Client().get("/search/", {"q": "乡村振兴", "page": 9}).status_code == 302
    for _ in range(2):
        html = Client().get("/search/").content.decode()
        assert "请输入要搜索的内容" in html
    assert "只有要排除的词" in Client().get("/search/", {"q": "-讲话"}).content.decode()


def test_off_means_every_search_runs(library, searches, settings):
    settings.SEARCH_PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        Client().get("/search/", {"q": "乡村振兴"})
    assert len(searches) == 2
