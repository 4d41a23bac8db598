"""PreparedIds gives what its queryset gives, for any number of ids, on any backend."""

from __future__ import annotations

import pytest

from haowen.library.models import Article
from haowen.library.prepared import PreparedIds
from haowen.library.services import update_article

pytestmark = pytest.mark.django_db


def _published(ids):
    return Article.objects.published().defer("raw", "fingerprint").filter(pk__in=ids)


def test_it_gives_the_queryset_s_rows_for_every_length(make_article):
    articles = [make_article(title=f"第{i}篇通知", body=f"正文第{i}段。", index=False) for i in range(6)]
    withdrawn = articles[2]
    update_article(withdrawn, is_published=False)
    prepared = PreparedIds(Article, _published, max_ids=10)
    ids = [a.pk for a in articles]
    for n in range(0, 7):
        got = {a.pk: (a.title, a.body) for a in prepared.objects(ids[:n])}
        want = {a.pk: (a.title, a.body) for a in _published(ids[:n])}
        assert got == want
    assert withdrawn.pk not in {a.pk for a in prepared.objects(ids)}
    # Unknown ids, repeats and strings of digits are just ids.
    assert [a.pk for a in prepared.objects([10**9, str(ids[0]), ids[0]])] == [ids[0]]
    # Ids no database column holds match nothing instead of overflowing the driver.
    assert prepared.objects([10**30, -(10**30)]) == []
    assert [a.pk for a in prepared.objects([10**30, ids[0]])] == [ids[0]]
    # Deferred fields stay deferred (the raw input is never read here).
    assert "raw" in prepared.objects(ids[:1])[0].get_deferred_fields()


def test_it_compiles_once_per_length(make_article, django_assert_num_queries, monkeypatch):
    a, b = make_article(index=False), make_article(title="二", index=False)
    calls = []
    prepared = PreparedIds(Article, lambda ids: calls.append(len(ids)) or _published(ids))
    with django_assert_num_queries(3):
        prepared.objects([a.pk])
        prepared.objects([b.pk])
        prepared.objects([a.pk, b.pk])
    assert calls == [1, 2]


def test_rows_and_limits(make_article):
    a = make_article(index=False)
    prepared = PreparedIds(Article, lambda ids: Article.objects.filter(pk__in=ids).values_list("pk", "title"), max_ids=2)
    assert prepared.rows([a.pk]) == [(a.pk, a.title)]
    assert prepared.rows([]) == []
    with pytest.raises(ValueError, match="at most 2"):
        prepared.rows([1, 2, 3])
    with pytest.raises(ValueError):
        prepared.rows(["x"])
    pair = PreparedIds(Article, lambda ids: Article.objects.filter(pk=ids[0], imported_views=ids[1]).values_list("pk"),
                       positional=True)
    assert pair.rows([a.pk, a.imported_views]) == [(a.pk,)]
    assert pair.rows([a.pk, 10**30]) == []  # one condition no column can meet: nothing
