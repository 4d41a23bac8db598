"""Thin views for comments: posting, moderation buttons, reports.

Every write is a POST with CSRF and redirects back to the article's comment section
(post/redirect/get); outcomes are told with Django messages. A rejected comment's text
is kept in the session and put back in the form, so nothing typed is lost.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from haowen.library.models import Article

from ..models import Comment
from . import services

DRAFT_KEY = "engagement:comment-draft:{pk}"


def pop_draft(request, article: Article) -> str:
    """The text of this reader's last rejected comment on ``article``, once (it leaves the
    session), so the form shows it again and nothing typed is lost; ``""`` when there is none."""
    session = getattr(request, "session", None)
    if session is None:
        return ""
    return session.pop(DRAFT_KEY.format(pk=article.pk), "")


def _back(article: Article, anchor: str = "comments"):
    return redirect(f"{article.get_absolute_url()}#{anchor}")


@require_POST
def post_comment(request, pk: int):
    """POST ``body`` to comment on article ``pk`` (logged-in readers only)."""
    article = get_object_or_404(Article.objects.published(), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(f"{article.get_absolute_url()}#comment-form")
    text = request.POST.get("body", "")
    try:
        comment = services.post_comment(request.user, article, text)
    except services.CommentError as exc:
        request.session[DRAFT_KEY.format(pk=article.pk)] = text[:20000]
        messages.error(request, str(exc))
        return _back(article, "comment-form")
    request.session.pop(DRAFT_KEY.format(pk=article.pk), None)
    if comment.status == "pending":
        messages.success(request, _("留言已提交，审核通过后将公开显示。"))
    else:
        messages.success(request, _("留言已发表。"))
    return redirect(f"{article.get_absolute_url()}#c{comment.pk}")


@require_POST
def moderate_comment(request, comment_id: int):
    """POST ``action`` (approve/reject/feature/unfeature/delete) on a comment; moderators only."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    article = comment.article
    action = request.POST.get("action", "")
    if action not in services.MODERATION_ACTIONS:
        messages.error(request, _("未知的审核操作：%(action)s") % {"action": action[:30]})
        return _back(article)
    if not services.can_moderate(request.user):
        raise PermissionDenied(_("只有管理员可以审核留言。"))
    services.moderate(comment, action, request.user)
    labels = {
        "approve": _("留言已通过。"),
        "reject": _("留言已拒绝。"),
        "feature": _("留言已设为精选。"),
        "unfeature": _("已取消精选。"),
        "delete": _("留言已删除。"),
    }
    messages.success(request, labels[action])
    return _back(article)


@require_POST
def report_comment(request, comment_id: int):
    """POST (optional ``reason``) to report an approved comment; logged-in readers only."""
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    article = comment.article
    if not request.user.is_authenticated:
        return redirect_to_login(f"{article.get_absolute_url()}#c{comment.pk}")
    try:
        created = services.report_comment(request.user, comment, request.POST.get("reason", ""))
    except services.CommentError as exc:
        messages.error(request, str(exc))
        return _back(article)
    messages.success(request, _("感谢举报，我们会尽快处理。") if created else _("您已举报过这条留言。"))
    return _back(article)
