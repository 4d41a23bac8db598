"""Hot lists, related articles and comments through the API: the same lists as the pages."""

from __future__ import annotations

import pytest
from django.utils import timezone

from haowen.engagement import related
from haowen.engagement.pageviews import counter, hot
from haowen.engagement.models import Comment, CommentStatus

pytestmark = pytest.mark.django_db


def test_it_returns_the_week_and_month_hot_lists(client, make_article):
    import datetime as dt

    a = make_article(title="本周最热", body="第一篇正文。")
    b = make_article(title="本月最热", body="第二篇正文。")
    today = timezone.localdate()
    counter.add_view(a.pk, today, n=5)
    counter.add_view(b.pk, today - dt.timedelta(days=20), n=50)

    week = client.get("/api/v1/hot", {"period": "week"}).json()
    assert week["period"] == "week" and week["days"] == 7
    assert [(r["id"], r["views"]) for r in week["results"]] == [(a.pk, 5)]
    assert week["results"][0]["url"] == f"http://127.0.0.1:8000/a/{a.pk}/"
    month = client.get("/api/v1/hot", {"period": "month"}).json()
    assert [(r["id"], r["views"]) for r in month["results"]] == [(b.pk, 50), (a.pk, 5)]
    assert [r["id"] for r in month["results"]] == [i.id for i in hot.hot_lists()["month"]]
    assert client.get("/api/v1/hot").json()["period"] == "week"
    assert client.get("/api/v1/hot", {"period": "year"}).status_code == 422


def test_it_returns_the_related_articles_of_the_page(client, make_article):
    rural = [
        make_article(title="乡村振兴工作方案", body="全面推进乡村振兴，发展乡村特色产业，壮大村集体经济。"),
        make_article(title="乡村振兴调研报告", body="围绕乡村振兴开展调研，村集体经济薄弱，特色产业规模小。"),
        make_article(title="乡村振兴推进会讲话", body="乡村振兴是重大任务，要发展特色产业，壮大村集体经济。"),
    ]
    make_article(title="安全生产通知", body="开展安全生产大检查，排查消防隐患。")
    body = client.get(f"/api/v1/articles/{rural[0].pk}/related").json()
    expected = [a.pk for a in related.related_articles(rural[0])]
    assert [r["id"] for r in body["results"]] == expected
    assert set(expected) == {rural[1].pk, rural[2].pk}
    assert body["results"][0]["word_count"] > 0
    assert len(client.get(f"/api/v1/articles/{rural[0].pk}/related", {"limit": 1}).json()["results"]) == 1
    assert client.get("/api/v1/articles/999999/related").status_code == 404
    assert client.get(f"/api/v1/articles/{rural[0].pk}/related", {"limit": 0}).status_code == 422


def test_it_returns_only_approved_comments_featured_first(client, make_article, django_user_model):
    article = make_article()
    alice = django_user_model.objects.create_user("alice", first_name="小李")
    bob = django_user_model.objects.create_user("bob")

    def comment(user, body, status=CommentStatus.APPROVED, featured=False):
        return Comment.objects.create(article=article, user=user, body=body, body_hash=Comment.hash_body(body),
                                      status=status, is_featured=featured)

    plain = comment(bob, "普通留言")
    best = comment(alice, "精选留言<script>x</script>", featured=True)
    comment(bob, "待审核的留言", status=CommentStatus.PENDING)
    comment(bob, "被拒绝的留言", status=CommentStatus.REJECTED)

    body = client.get(f"/api/v1/articles/{article.pk}/comments").json()
    assert body["count"] == 2
    assert [(c["id"], c["author"], c["is_featured"]) for c in body["results"]] == [
        (best.pk, "小李", True), (plain.pk, "bob", False)
    ]
    assert body["results"][0]["body"] == "精选留言<script>x</script>"  # plain text, as stored
    assert "待审核" not in str(body) and "被拒绝" not in str(body)

    second = client.get(f"/api/v1/articles/{article.pk}/comments", {"page_size": 1, "page": 2}).json()
    assert [c["id"] for c in second["results"]] == [plain.pk] and second["pages"] == 2


def test_it_hides_comments_of_a_withdrawn_article(client, make_article):
    article = make_article(is_published=False)
    response = client.get(f"/api/v1/articles/{article.pk}/comments")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
