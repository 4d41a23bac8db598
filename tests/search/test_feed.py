"""search.feed: a bulk write (the import) feeds the index through the index log, from the search app."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import DatabaseError

from haowen.library.models import Article
from haowen.library.services import DraftAnalysis
from haowen.search import feed, follower
from haowen.search.engine import Engine
from haowen.text.normalize import fold
from haowen.text.query import parse_query
from haowen.text.segment import index_text


def _analysis(article: Article, planted: str) -> DraftAnalysis:
    """The analysis an importer would hand over, with words that are not in the text."""
    return DraftAnalysis(
        title=article.title,
        body=article.body,
        content_hash=article.content_hash,
        char_count=len(article.body),
        title_terms=index_text(fold(article.title)),
        body_terms=index_text(fold(planted)),
        fingerprint=b"",
    )


def _hits(query: str) -> list[int]:
    return [h.id for h in follower.get_engine().search(parse_query(query), limit=50).hits]


# Committed rows, as in an import: the feed's thread has a database connection of its own.
@pytest.mark.django_db(transaction=True)
def test_it_indexes_each_batch_with_the_words_it_is_given_and_releases_the_writer(make_article, settings):
    first = make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
    indexer = feed.IndexFeed()
    indexer.add({first.pk: _analysis(Article.objects.get(pk=first.pk), "抗旱保苗")})
    second = make_article("乡村振兴调研报告", "乡村振兴是重中之重。", index=False)
    indexer.add({second.pk: _analysis(Article.objects.get(pk=second.pk), "营商环境")})
    third = make_article("防汛工作方案", "做好防汛准备。", index=False)
    result = indexer.finish()

    assert result == feed.FeedResult(applied=3, error=None)
    assert follower.lag() == 0
    # The importer's words were used (they are not in the texts); the third article,
    # saved after the last batch, is indexed from its own text by the same log.
    assert _hits("抗旱保苗") == [first.pk] and _hits("营商环境") == [second.pk]
    assert _hits("防汛") == [third.pk]
    other = Engine(settings.SEARCH_INDEX_DIR)
    try:
        other.writer()  # the feed let go of the writer: another process may take it
    finally:
        other.release_writer()


@pytest.mark.django_db
def test_words_of_an_older_version_are_never_indexed(make_article):
    from haowen.library.services import update_article

    article = make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
    stale = _analysis(Article.objects.get(pk=article.pk), "抗旱保苗")
    update_article(Article.objects.get(pk=article.pk), title="关于安全检查的通知")
    indexer = feed.IndexFeed()
    indexer.add({article.pk: stale})
    assert indexer.finish().error is None
    assert _hits("抗旱保苗") == [] and _hits("安全检查") == [article.pk]


@pytest.mark.django_db
def test_a_busy_writer_leaves_the_log_to_its_owner(make_article, settings):
    article = make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
    holder = Engine(settings.SEARCH_INDEX_DIR)
    holder.writer()  # a running server owns the index
    try:
        indexer = feed.IndexFeed()
        indexer.add({article.pk: _analysis(Article.objects.get(pk=article.pk), "抗旱保苗")})
        assert indexer.finish() == feed.FeedResult(applied=0, error=None)
        assert follower.lag() == 1
    finally:
        holder.release_writer()


@pytest.mark.django_db
def test_a_failure_comes_back_from_finish_and_stops_the_feed(make_article, monkeypatch):
    calls = []

    def broken(*args, **kwargs):
        calls.append(kwargs.get("until"))
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(follower, "apply_pending", broken)
    article = make_article("关于安全生产的通知", "各单位要抓好安全生产。", index=False)
    indexer = feed.IndexFeed()
    analysis = _analysis(Article.objects.get(pk=article.pk), "抗旱保苗")
    indexer.add({article.pk: analysis})
    indexer.add({article.pk: analysis})  # after a failure nothing more is tried
    result = indexer.finish()
    assert isinstance(result.error, DatabaseError) and result.applied == 0
    assert len(calls) == 1


# --- the import command goes through it ---------------------------------------------------------


@pytest.mark.django_db
def test_the_import_command_feeds_the_index_only_through_index_feed(tmp_path, monkeypatch):
    """Every article the command saves reaches the index through IndexFeed.add, and the command
    makes it searchable by IndexFeed.finish; a command with a feed of its own fails this."""
    from haowen.ingest import services

    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 5)
    added: list[int] = []
    finished: list[feed.FeedResult] = []
    real_add, real_finish = feed.IndexFeed.add, feed.IndexFeed.finish

    def add(self, analyses):
        added.extend(analyses)
        real_add(self, analyses)

    def finish(self):
        finished.append(real_finish(self))
        return finished[-1]

    monkeypatch.setattr(feed.IndexFeed, "add", add)
    monkeypatch.setattr(feed.IndexFeed, "finish", finish)
    rows = [
        {"id": f"s{i}", "title": f"在第{i}次全县安全生产会议上的讲话", "text": f"同志们：第{i}次会议部署安全生产工作。各乡镇要压实责任。"}
        for i in range(12)
    ]
    path = tmp_path / "speeches.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = io.StringIO()
    call_command("import_documents", str(path), "--workers", "2", "--no-progress", "--no-tags", stdout=out)

    ids = set(Article.objects.values_list("pk", flat=True))
    assert len(ids) == 12 and set(added) == ids
    assert finished == [feed.FeedResult(applied=12, error=None)]
    assert "search index: applied 12 log entries" in out.getvalue()
    assert follower.lag() == 0 and len(_hits("安全生产")) == 12
