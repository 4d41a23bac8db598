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


def test_objects_attach_select_related_rows_and_convert_values(django_user_model, django_assert_num_queries):
    from haowen.accounts.services import grant_membership

    member, plain = django_user_model.objects.create_user("qian"), django_user_model.objects.create_user("sun")
    grant_membership(member, days=None)
    prepared = PreparedIds(django_user_model, lambda ids: django_user_model.objects.select_related("membership").filter(pk__in=ids))
    with django_assert_num_queries(1):
        found = {u.pk: u for u in prepared.objects([member.pk, plain.pk])}
    orm = {u.pk: u for u in django_user_model.objects.select_related("membership").filter(pk__in=[member.pk, plain.pk])}
    with django_assert_num_queries(0):
        assert found[member.pk].membership.is_member and found[member.pk].membership.expires_on is None
        assert found[member.pk].membership.created_at == orm[member.pk].membership.created_at  # aware datetimes
        assert not hasattr(found[plain.pk], "membership")
        assert found[plain.pk].date_joined == orm[plain.pk].date_joined
    # Instances behave as loaded ones: saving updates the row, never inserts a copy.
    found[plain.pk].first_name = "孙"
    found[plain.pk].save()
    assert django_user_model.objects.get(pk=plain.pk).first_name == "孙"
    assert django_user_model.objects.count() == 2


def test_objects_sets_annotations_and_refuses_values(make_article):
    from django.db.models import F, Value

    a = make_article(index=False)
    prepared = PreparedIds(Article, lambda ids: Article.objects.filter(pk__in=ids).annotate(doubled=F("imported_views") * 2, tag=Value("x")))
    got = prepared.objects([a.pk])[0]
    assert (got.doubled, got.tag) == (a.imported_views * 2, "x")
    values = PreparedIds(Article, lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"))
    with pytest.raises(ValueError, match="model instances"):
        values.objects([a.pk])
    prefetching = PreparedIds(Article, lambda ids: Article.objects.filter(pk__in=ids).prefetch_related("article_tags"))
    with pytest.raises(ValueError, match="prefetch_related"):
        prefetching.objects([a.pk])


def test_each_thread_compiles_its_own(make_article):
    import threading

    a = make_article(index=False)
    calls = []
    prepared = PreparedIds(Article, lambda ids: calls.append(threading.get_ident()) or _published(ids))
    assert [x.pk for x in prepared.objects([a.pk])] == [a.pk]
    assert [x.pk for x in prepared.objects([a.pk])] == [a.pk]
    assert len(calls) == 1
    compiled_elsewhere = []
    thread = threading.Thread(target=lambda: compiled_elsewhere.append(prepared._compile("default", 1)))
    thread.start()
    thread.join()
    assert len(calls) == 2 and calls[0] != calls[1] and compiled_elsewhere[0].sql
