"""The lists' partial indexes and the partial index of an article's copies (issue 14: at
500,000 documents a cold home page took 20 s, and an article page 31 s, each query walking
every row: the planner read ``canonical_id IS NULL`` through a full index of a column that is
NULL in nearly every row, or gave up the index of copies for a scan in date order)."""

from __future__ import annotations

import pytest
from django.db import connection

from haowen.library.models import Article

pytestmark = pytest.mark.django_db


def _plan(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return " | ".join(str(row[-1]) for row in cursor.fetchall())


def _add(n: int) -> None:
    Article.objects.bulk_create(
        Article(title=f"文章{i}", body="正文。", genre="summary" if i % 2 else "speech", content_hash=f"h{i}", external_id=f"x{i}")
        for i in range(n)
    )


def test_canonical_id_is_indexed_only_where_set():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "library_article")
    on_canonical = [name for name, info in constraints.items() if info.get("index") and info.get("columns") == ["canonical_id"]]
    assert on_canonical == ["article_copies"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the plan text is SQLite's")
def test_lists_read_their_partial_indexes_and_versions_the_index_of_copies():
    from haowen.library.near_duplicates import versions_of

    _add(300)
    plan = _plan(
        "SELECT genre, subgenre, COUNT(id) FROM library_article WHERE is_published AND canonical_id IS NULL GROUP BY 1, 2"
    )
    assert "article_listed_genre" in plan and "canonical" not in plan.replace("article_listed_genre", "")
    newest = _plan(
        "SELECT id FROM library_article WHERE is_published AND canonical_id IS NULL AND genre = 'summary' "
        "ORDER BY published_on DESC NULLS LAST, id DESC LIMIT 20"
    )
    assert "article_listed_genre_new" in newest
    article = Article.objects.first()
    versions = _plan(
        f"SELECT id FROM library_article WHERE is_published AND (id = {article.pk} OR canonical_id = {article.pk}) "
        "ORDER BY published_on DESC NULLS LAST, id DESC LIMIT 21"
    )
    assert "article_copies" in versions and "SCAN library_article" not in versions
    assert versions_of(article) == []
