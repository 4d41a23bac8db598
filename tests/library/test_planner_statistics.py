"""The lists' partial indexes and the planner statistics that make SQLite use them (issue 14:
a cold home page took 20 s at 500,000 documents, the genre counts and the most-read list each
walking every row)."""

from __future__ import annotations

import pytest
from django.db import connection

from haowen.library.models import Article
from haowen.library.services import STATISTICS_AFTER_ARTICLES, refresh_planner_statistics

pytestmark = pytest.mark.django_db


def _plan(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return " ".join(str(row[-1]) for row in cursor.fetchall())


def _add(n: int) -> None:
    Article.objects.bulk_create(
        Article(title=f"文章{i}", body="正文。", genre="summary" if i % 2 else "speech", content_hash=f"h{i}", external_id=f"x{i}")
        for i in range(n)
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the plan text is SQLite's")
def test_with_statistics_the_genre_counts_read_the_lists_partial_index_alone():
    _add(300)
    refresh_planner_statistics()
    plan = _plan("SELECT genre, subgenre, COUNT(id) FROM library_article WHERE is_published AND canonical_id IS NULL GROUP BY 1, 2")
    assert "article_listed_genre" in plan and "canonical_id" not in plan


def test_a_large_import_refreshes_the_statistics(tmp_path, monkeypatch):
    import json

    from haowen.ingest import services

    calls = []
    monkeypatch.setattr(services, "refresh_planner_statistics", lambda: calls.append(1))
    monkeypatch.setattr(services, "STATISTICS_AFTER_ARTICLES", 3)
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": f"d{i}", "title": f"第{i}号通知", "text": f"各单位：现将第{i}项工作安排通知如下。请认真贯彻落实。"}, ensure_ascii=False) for i in range(4)),
        encoding="utf-8",
    )
    report = services.import_paths([path], workers=1)
    assert report.imported == 4 and calls == [1]
    report = services.import_paths([path], workers=1)  # nothing new: no refresh
    assert report.unchanged == 4 and calls == [1]
    assert STATISTICS_AFTER_ARTICLES >= 100  # a one-document upload never pays for it
