"""Lists are fresh on every worker (issue 14, §3): gunicorn with 2 workers, tips on.

An article withdrawn (or re-titled) in this process leaves the home page, the hot lists, the
browse pages (its genre's list, a topic that chose it),
the 相关内容 of another article — on its anonymous cached page, on a freshly rendered page
and in the API — within 5 seconds on every worker, although each worker cached them
before the change (page cache, prerendered fragments, list caches). The server runs on this
test's database with the embedded default's shared cache file, or Redis when the suite runs
with ``REDIS_URL``. The test polls until the article is gone everywhere and checks that no
request sent more than 5 s after the change got a stale answer (measured from when each
request was sent, so slow round trips on a busy machine do not count); nothing sleeps a
fixed time.
"""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.utils import timezone

from haowen.engagement.pageviews import counter
from haowen.engagement.models import RelatedCache
from haowen.library.models import Article, Topic
from haowen.library.services import ArticleDraft, save_draft, update_article
from tests.gunicorn_server import running_server

WORKERS = 2
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def server(tmp_path):
    """``(base_url, access_log)`` of gunicorn with 2 workers on this test's database."""
    env = {"VIEW_COUNTER": "database", "API_RATE_ANON": "0"}  # the test polls the API many times a second
    with running_server(tmp_path, workers=WORKERS, env=env, log_format="%(p)s %(s)s %(U)s") as served:
        yield served


def _article(title: str, body: str) -> Article:
    return save_draft(ArticleDraft(title=title, paragraphs=body.split("\n"), kind="speech", published_on=dt.date(2022, 3, 11)))[1]


def _pages(base: str, page: Article) -> dict[str, tuple[float, str]]:
    """Every list that can show another article, as a browser and an API client get them
    (the API's JSON as the ids and titles it lists): ``name → (time.monotonic() when the
    request was sent, text)``. The server answered after that moment, so a stale answer to a
    request sent more than 5 s after a change is a stale list more than 5 s after it."""
    def get(path: str) -> tuple[float, str]:
        sent = time.monotonic()
        return sent, requests.get(base + path, headers={"User-Agent": UA}, timeout=30).text

    def listed(path: str) -> tuple[float, str]:
        sent = time.monotonic()
        items = requests.get(base + path, timeout=30).json()
        items = items["results"]
        return sent, " ".join(f'/a/{item["id"]}/" {item["title"]}<' for item in items)

    return {
        "home": get("/"),
        "article (anonymous, page cache)": get(f"/a/{page.pk}/"),
        "article (rendered, fragments)": get(f"/a/{page.pk}/?from=list"),
        "api hot": listed("/api/v1/hot?period=week"),
        "api related": listed(f"/api/v1/articles/{page.pk}/related"),
        # Browse (issue 15): the genre's list and a topic that chose the articles.
        "genre page": get("/fanwen/speech/"),
        "topic page": get("/zhuanti/fresh/"),
    }


def _everywhere(base: str, page: Article, rounds: int = 6) -> list[dict[str, tuple[float, str]]]:
    """The pages from both workers: several rounds at once, so each worker answers some."""
    with ThreadPoolExecutor(rounds) as pool:
        return list(pool.map(lambda _i: _pages(base, page), range(rounds)))


def _showing(answers: list[dict[str, tuple[float, str]]], marker: str) -> set[str]:
    return {name for answer in answers for name, (_sent, text) in answer.items() if marker in text}


def _last_stale(base: str, page: Article, stale, since: float, limit: float = 15.0) -> float:
    """Poll every list until no answer is ``stale(text)``; return how long after ``since`` the
    last request that still got a stale answer was sent (0.0 when none was). Measuring from
    when each request was sent, not when a round of requests ended, keeps a slow machine's
    round trips out of the figure. Fails after ``limit`` seconds."""
    last = 0.0
    while True:
        late = [sent - since for answer in _everywhere(base, page) for sent, text in answer.values() if stale(text)]
        if not late:
            return last
        last = max(last, *late)
        assert time.monotonic() - since < limit, f"still stale {limit} s after the change"


def test_a_withdrawn_or_retitled_article_leaves_every_list_on_every_worker_within_5_seconds(server):
    base, log = server
    page = _article("在区委务虚会上的讲话", "同志们：今天召开务虚会。\n要抓好项目建设。")
    gone = _article("关于乡村振兴的实施意见", "乡村振兴是大事。\n要发展特色产业。")
    renamed = _article("安全生产工作方案", "落实安全生产责任。\n排查隐患。")
    RelatedCache.objects.create(article=page, related_ids=[gone.pk, renamed.pk], computed_at=timezone.now() + dt.timedelta(seconds=1))
    counter.add_view(gone.pk, timezone.localdate(), n=50)
    counter.add_view(renamed.pk, timezone.localdate(), n=40)
    topic = Topic.objects.create(title="新鲜度专题", slug="fresh")
    topic.entries.create(article=gone)
    topic.entries.create(article=renamed)
    gone_link = f'/a/{gone.pk}/"'

    before = _everywhere(base, page)
    assert _showing(before, gone_link) == set(before[0])
    # Both workers answered, and they cached what they showed (the anonymous page too).
    assert len({line.split()[0] for line in log.read_text().splitlines()}) == WORKERS
    assert requests.get(f"{base}/a/{page.pk}/", headers={"User-Agent": UA}, timeout=30).headers.get("X-Page-Cache") == "hit"

    changed = time.monotonic()
    update_article(Article.objects.get(pk=gone.pk), is_published=False)
    seconds = _last_stale(base, page, lambda text: gone_link in text, changed)
    assert seconds <= 5, f"the withdrawn article was still listed in answer to a request sent {seconds:.1f} s later"

    old_title, new_title = "安全生产工作方案<", "安全生产专项整治三年行动方案<"
    assert _showing(_everywhere(base, page), old_title) == set(before[0])
    changed = time.monotonic()
    update_article(Article.objects.get(pk=renamed.pk), title="安全生产专项整治三年行动方案")
    seconds = _last_stale(base, page, lambda text: old_title in text or new_title not in text, changed)
    assert seconds <= 5, f"the old title was still shown in answer to a request sent {seconds:.1f} s later"
