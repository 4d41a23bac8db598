"""Comments (精选留言 / 我要留言): posting rules, moderation states and permissions, escaping."""

from __future__ import annotations


import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from haowen.engagement.comments import services
from haowen.engagement.models import Comment, CommentReport, CommentStatus

from .conftest import BROWSER_UA


def login(user) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER_UA)
    client.force_login(user)
    return client


def page(client, article) -> str:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def post(client, article, body: str):
    return client.post(reverse("engagement:post_comment", args=[article.pk]), {"body": body})


def moderate(client, comment, action: str):
    return client.post(reverse("engagement:moderate_comment", args=[comment.pk]), {"action": action})


# --- posting ---------------------------------------------------------------------------


def test_it_asks_anonymous_readers_to_log_in(browser, article):
    html = page(browser, article)
    assert "我要留言" in html and "登录后留言" in html
    assert f'{reverse("account_login")}?next=' in html
    assert 'name="body"' not in html


def test_it_sends_an_anonymous_post_to_the_login_page(browser, article):
    response = post(browser, article, "匿名留言")
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not Comment.objects.exists()


def test_it_holds_a_new_comment_for_review_and_shows_it_only_to_its_author(article, reader, other_reader, browser):
    client = login(reader)
    response = post(client, article, "写得很好，学习了。")
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING and comment.user == reader
    own = page(client, article)
    assert "写得很好，学习了。" in own and "待审核" in own and "审核通过后将公开显示" in own
    assert "写得很好，学习了。" not in page(login(other_reader), article)
    assert "写得很好，学习了。" not in page(browser, article)


def test_it_publishes_at_once_when_moderation_is_off(article, reader, browser, settings):
    settings.COMMENTS_MODERATION = False
    post(login(reader), article, "不用审核的留言")
    assert Comment.objects.get().status == CommentStatus.APPROVED
    assert "不用审核的留言" in page(browser, article)


def test_it_publishes_moderators_comments_at_once(article, moderator):
    comment = services.post_comment(moderator, article, "编辑按：本文可作范文参考。")
    assert comment.status == CommentStatus.APPROVED and comment.moderated_by == moderator


@pytest.mark.parametrize("body, code", [("", "empty"), ("   \n\t ", "empty"), ("字" * 1001, "too_long")])
def test_it_rejects_empty_and_overlong_comments_and_keeps_the_text(article, reader, body, code):
    with pytest.raises(services.CommentError) as exc:
        services.post_comment(reader, article, body)
    assert exc.value.code == code
    client = login(reader)
    response = post(client, article, body)
    assert response.status_code == 302 and response["Location"].endswith("#comment-form")
    html = page(client, article)
    assert ("留言内容不能为空" if code == "empty" else "留言最多 1000 字，当前 1001 字") in html
    if code == "too_long":
        assert "字" * 1001 in html  # put back in the form: nothing typed is lost
    assert not Comment.objects.exists()


def test_it_counts_the_length_limit_in_characters(article, reader, settings):
    settings.COMMENT_MAX_CHARS = 10
    assert services.post_comment(reader, article, "一二三四五六七八九十").body == "一二三四五六七八九十"


def test_it_limits_how_often_a_reader_posts(article, reader, settings):
    settings.COMMENT_RATE_COUNT = 3
    settings.COMMENT_RATE_SECONDS = 600
    for i in range(3):
        services.post_comment(reader, article, f"第{i}条留言")
    with pytest.raises(services.CommentError) as exc:
        services.post_comment(reader, article, "第四条留言")
    assert exc.value.code == "rate" and "每 10 分钟最多 3 条" in str(exc.value)
    assert Comment.objects.filter(user=reader).count() == 3


def test_it_opens_a_new_comment_window_when_the_last_one_ends(article, reader, settings):
    import time

    settings.COMMENT_RATE_COUNT = 1
    settings.COMMENT_RATE_SECONDS = 1
    services.post_comment(reader, article, "第一条")
    with pytest.raises(services.CommentError):
        services.post_comment(reader, article, "第二条")
    time.sleep(1.1)
    assert services.post_comment(reader, article, "第二条").pk


def test_it_does_not_count_a_refused_duplicate_against_the_limit(article, reader, settings):
    settings.COMMENT_RATE_COUNT = 2
    services.post_comment(reader, article, "说得对")
    with pytest.raises(services.CommentError):
        services.post_comment(reader, article, "说得对")
    assert services.post_comment(reader, article, "补充一句").pk


def test_it_refuses_a_duplicate_comment(article, reader):
    services.post_comment(reader, article, "说得对！")
    with pytest.raises(services.CommentError) as exc:
        services.post_comment(reader, article, "  说得 对！ ")
    assert exc.value.code == "duplicate"
    assert Comment.objects.count() == 1


def test_it_refuses_comments_on_unpublished_articles(make_article, reader):
    hidden = make_article("撤回的文章", "撤回。", is_published=False)
    with pytest.raises(services.CommentError) as exc:
        services.post_comment(reader, hidden, "还在吗")
    assert exc.value.code == "closed"
    assert post(login(reader), hidden, "还在吗").status_code == 404


def test_it_cleans_control_and_bidi_characters(article, reader):
    comment = services.post_comment(reader, article, "好\u202e文\x00章\r\n\r\n\r\n\r\n第二段  ")
    assert comment.body == "好文章\n\n第二段"


def test_it_escapes_hostile_text_and_shows_links_as_text(article, reader, browser, settings):
    settings.COMMENTS_MODERATION = False
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> 看 http://evil.example/x?a=1&b=2'
    post(login(reader), article, hostile)
    html = page(browser, article)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "http://evil.example/x?a=1&amp;b=2" in html
    assert 'href="http://evil.example' not in html


def test_it_rejects_posts_without_a_csrf_token(article, reader):
    client = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
    client.force_login(reader)
    assert post(client, article, "没有令牌").status_code == 403
    assert not Comment.objects.exists()


def test_it_only_accepts_post(browser, article):
    assert browser.get(reverse("engagement:post_comment", args=[article.pk])).status_code == 405


# --- moderation ------------------------------------------------------------------------


@pytest.fixture
def pending(article, reader):
    return services.post_comment(reader, article, "请问有完整版吗？")


def test_it_lets_a_moderator_approve_from_the_article_page(pending, article, moderator, browser):
    client = login(moderator)
    html = page(client, article)
    assert "待审核或已拒绝的留言 1 条" in html and 'value="approve"' in html
    response = moderate(client, pending, "approve")
    assert response.status_code == 302 and response["Location"].endswith("#comments")
    pending.refresh_from_db()
    assert pending.status == CommentStatus.APPROVED and pending.moderated_by == moderator
    assert "请问有完整版吗？" in page(browser, article)


def test_it_shows_featured_comments_first_under_the_heading(article, reader, other_reader, moderator, browser):
    first = services.post_comment(reader, article, "第一条：普通留言")
    best = services.post_comment(other_reader, article, "第二条：精彩留言")
    services.moderate(first, "approve", moderator)
    services.moderate(best, "feature", moderator)  # featuring approves too
    html = page(browser, article)
    assert html.index("精选留言") < html.index("第二条：精彩留言") < html.index("第一条：普通留言")
    assert "badge-featured" in html
    best.refresh_from_db()
    assert best.status == CommentStatus.APPROVED and best.is_featured


def test_it_hides_rejected_comments_and_unfeatures_them(pending, article, moderator, browser, reader):
    services.moderate(pending, "feature", moderator)
    moderate(login(moderator), pending, "reject")
    pending.refresh_from_db()
    assert pending.status == CommentStatus.REJECTED and not pending.is_featured
    assert "请问有完整版吗？" not in page(browser, article)
    assert "请问有完整版吗？" not in page(login(reader), article)  # the author no longer sees it as pending
    assert "已拒绝" in page(login(moderator), article)


def test_it_lets_a_moderator_delete(pending, moderator):
    moderate(login(moderator), pending, "delete")
    assert not Comment.objects.filter(pk=pending.pk).exists()


def test_it_forbids_readers_and_staff_without_the_permission_to_moderate(pending, reader, staff):
    for user in (reader, staff):
        assert moderate(login(user), pending, "approve").status_code == 403
        with pytest.raises(PermissionDenied):
            services.moderate(pending, "approve", user)
    pending.refresh_from_db()
    assert pending.status == CommentStatus.PENDING


def test_it_never_shows_moderation_buttons_to_readers(pending, article, reader, moderator):
    services.moderate(pending, "approve", moderator)
    html = page(login(reader), article)
    assert 'value="approve"' not in html and 'value="delete"' not in html


def test_it_names_an_unknown_moderation_action(pending, moderator):
    client = login(moderator)
    response = moderate(client, pending, "explode")
    assert response.status_code == 302
    assert "未知的审核操作：explode" in page(client, pending.article)
    with pytest.raises(ValueError, match="explode"):
        services.moderate(pending, "explode", moderator)


# --- reports and counts ----------------------------------------------------------------


def test_it_lets_a_reader_report_a_comment_once(pending, moderator, other_reader, reader):
    services.moderate(pending, "approve", moderator)
    client = login(other_reader)
    assert 'class="comment-report"' in page(client, pending.article)
    url = reverse("engagement:report_comment", args=[pending.pk])
    client.post(url, {"reason": "广告"})
    client.post(url, {"reason": "广告"})
    pending.refresh_from_db()
    assert pending.report_count == 1 and CommentReport.objects.get().reason == "广告"
    assert "您已举报过这条留言" in page(client, pending.article)
    assert 'class="comment-report"' not in page(login(reader), pending.article)  # not on one's own comment


def test_it_sends_anonymous_reports_to_login(pending, moderator, browser):
    services.moderate(pending, "approve", moderator)
    response = browser.post(reverse("engagement:report_comment", args=[pending.pk]))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not CommentReport.objects.exists()


def test_it_refuses_reports_of_unpublished_comments(pending, other_reader):
    with pytest.raises(services.CommentError):
        services.report_comment(other_reader, pending)


def test_it_shows_comment_counts_on_the_article_and_in_lists(article, reader, other_reader, moderator, browser):
    for user in (reader, other_reader):
        services.moderate(services.post_comment(user, article, f"{user.username} 的留言"), "approve", moderator)
    services.post_comment(moderator, article, "另一条")  # approved: moderator
    services.post_comment(reader, article, "还在审核")  # pending: not counted
    assert "3 条留言" in page(browser, article)
    home = browser.get("/").content.decode()
    assert "3 留言" in home
    found = browser.get("/search/", {"q": "务虚会"}).content.decode()
    assert "3 留言" in found
    assert services.comment_counts([article.pk]) == {article.pk: 3}


def test_it_lets_the_database_refuse_a_racing_duplicate(article, reader):
    from django.db import IntegrityError, transaction

    first = services.post_comment(reader, article, "同一句话")
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(article=article, user=reader, body="同一句话", body_hash=first.body_hash)


def test_it_lets_moderators_work_in_the_admin(pending, moderator, other_reader):
    client = login(moderator)
    listing = client.get("/admin/engagement/comment/?status__exact=pending")
    assert listing.status_code == 200 and "请问有完整版吗" in listing.content.decode()
    response = client.post(
        "/admin/engagement/comment/",
        {"action": "comment_feature", "_selected_action": [pending.pk], "index": 0},
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.is_featured and pending.status == CommentStatus.APPROVED and pending.moderated_by == moderator
    services.report_comment(other_reader, pending, "广告")
    reported = client.get("/admin/engagement/comment/?reported=yes").content.decode()
    assert "请问有完整版吗" in reported
    change = client.post(
        f"/admin/engagement/comment/{pending.pk}/change/",
        {"status": "rejected", "reports-TOTAL_FORMS": 1, "reports-INITIAL_FORMS": 1, "reports-MIN_NUM_FORMS": 0,
         "reports-MAX_NUM_FORMS": 1000, "reports-0-id": CommentReport.objects.get().pk, "reports-0-comment": pending.pk},
    )
    assert change.status_code == 302, change.content.decode()[:3000]
    pending.refresh_from_db()
    assert pending.status == CommentStatus.REJECTED and not pending.is_featured


def test_the_prerendered_section_follows_each_reader_and_every_change(article, reader, other_reader, moderator, django_user_model):
    """The comment section is a fragment for readers without a pending comment: it must still
    show each reader their own buttons and every change at once."""
    comment = services.post_comment(reader, article, "写得很好，学习了")
    services.moderate(comment, "approve", moderator)
    third = django_user_model.objects.create_user("third")
    for _ in range(2):  # the second time from the fragments
        author, other, anonymous = page(login(reader), article), page(login(third), article), page(Client(), article)
        assert "写得很好" in author and "写得很好" in other and "写得很好" in anonymous
        assert "comment-report" not in author  # no 举报 on one's own comment
        assert "comment-report" in other
        assert "登录后留言" in anonymous and "comment-report" not in anonymous
    services.moderate(comment, "feature", moderator)
    assert "badge-featured" in page(login(third), article)
    second = services.post_comment(other_reader, article, "另一条看法")
    services.moderate(second, "approve", moderator)
    html = page(login(third), article)
    assert "另一条看法" in html and "2 条留言" in html
    # A reader with a comment awaiting review sees it (rendered for them alone).
    services.post_comment(third, article, "我的待审留言")
    assert "我的待审留言" in page(login(third), article)
    assert "我的待审留言" not in page(login(reader), article)
