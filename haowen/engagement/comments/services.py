"""Comments (留言): posting with length, rate and duplicate rules; moderation; reports; the
cached reads the article page and lists use.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _

from haowen import limits
from haowen.library.models import Article
from haowen.library.prepared import PreparedIds

from ..models import Comment, CommentReport, CommentStatus

log = logging.getLogger(__name__)

class CommentError(ValueError):
    """A comment that cannot be accepted; ``code`` names the rule, the message explains it.

    Codes: ``login``, ``empty``, ``too_long``, ``rate``, ``duplicate``, ``closed``.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_comment(text: str) -> str:
    """Normalise a comment body: ``\\r\\n`` → ``\\n``, control and bidi-override characters
    removed, trailing spaces stripped per line, at most one blank line in a row.

    The text is otherwise kept as typed (it is always rendered escaped, never as HTML).
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def can_moderate(user) -> bool:
    """True for active staff users who may change comments (``engagement.change_comment``)."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.has_perm("engagement.change_comment")
    )


def post_comment(user, article: Article, text: str, *, now: dt.datetime | None = None) -> Comment:
    """Create ``user``'s comment on ``article`` and return it.

    ``text`` is plain text; its length limit is ``settings.COMMENT_MAX_CHARS``
    characters (after :func:`clean_comment`). The comment is ``pending`` while
    ``settings.COMMENTS_MODERATION`` is on (the default), else ``approved``; comments
    of moderators are approved at once. Raises :class:`CommentError` with code
    ``login`` (anonymous or inactive user), ``closed`` (unpublished article),
    ``empty``, ``too_long``, ``rate`` (more than ``COMMENT_RATE_COUNT`` comments in
    ``COMMENT_RATE_SECONDS`` seconds) or ``duplicate`` (the same text by the same user on
    the same article, ignoring whitespace). Nothing is written on error.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        raise CommentError("login", _("请先登录后再留言。"))
    if not article.is_published:
        raise CommentError("closed", _("这篇文章不接受留言。"))
    body = clean_comment(text)
    if not body:
        raise CommentError("empty", _("留言内容不能为空。"))
    limit = int(settings.COMMENT_MAX_CHARS)
    if len(body) > limit:
        raise CommentError(
            "too_long", _("留言最多 %(limit)d 字，当前 %(n)d 字。") % {"limit": limit, "n": len(body)}
        )
    now = now or timezone.now()
    rate_count = int(settings.COMMENT_RATE_COUNT)
    rate_seconds = max(1, int(settings.COMMENT_RATE_SECONDS))
    moderator = can_moderate(user)
    digest = Comment.hash_body(body)
    if Comment.objects.filter(user=user, article=article, body_hash=digest).exists():
        raise CommentError("duplicate", _("您已发表过相同的留言。"))
    # One atomic hit per comment in the shared counters (haowen.limits), taken before the
    # row exists, so concurrent posts in several processes cannot pass the limit together.
    rate = limits.Rate(rate_count, rate_seconds) if rate_count > 0 and not moderator else None
    decision = limits.consume(("comment-user", str(user.pk), rate))
    if not decision:
        raise CommentError(
            "rate",
            _("留言太频繁：每 %(minutes)d 分钟最多 %(count)d 条，请 %(wait)s后再试。")
            % {"minutes": max(1, rate_seconds // 60), "count": rate_count,
               "wait": limits.wait_text(decision.retry_after)},
        )
    held = settings.COMMENTS_MODERATION and not moderator
    try:
        with transaction.atomic():
            comment = Comment.objects.create(
                article=article,
                user=user,
                body=body,
                body_hash=digest,
                status=CommentStatus.PENDING if held else CommentStatus.APPROVED,
                moderated_at=None if held else now,
                moderated_by=user if moderator else None,
            )
    except IntegrityError:  # the same text posted twice at once
        decision.undo()
        raise CommentError("duplicate", _("您已发表过相同的留言。")) from None
    except BaseException:
        decision.undo()
        raise
    return comment


MODERATION_ACTIONS = ("approve", "reject", "feature", "unfeature", "delete")


def moderate(comment: Comment, action: str, by) -> Comment | None:
    """Apply a moderation ``action`` to ``comment`` on behalf of staff user ``by``.

    ``approve`` publishes; ``reject`` hides (and unfeatures); ``feature`` marks it 精选
    (and approves it); ``unfeature`` removes the mark; ``delete`` removes the row and
    returns None. Raises ``PermissionDenied`` when ``by`` may not moderate (delete also
    needs ``engagement.delete_comment``) and ``ValueError`` for an unknown action.
    """
    if action not in MODERATION_ACTIONS:
        raise ValueError(f"unknown moderation action {action!r}; expected one of {', '.join(MODERATION_ACTIONS)}")
    if not can_moderate(by):
        raise PermissionDenied("only moderators may moderate comments")
    if action == "delete":
        if not by.has_perm("engagement.delete_comment"):
            raise PermissionDenied("deleting comments needs engagement.delete_comment")
        comment.delete()
        return None
    if action == "approve":
        comment.status = CommentStatus.APPROVED
    elif action == "reject":
        comment.status = CommentStatus.REJECTED
        comment.is_featured = False
    elif action == "feature":
        comment.status = CommentStatus.APPROVED
        comment.is_featured = True
    elif action == "unfeature":
        comment.is_featured = False
    comment.moderated_at = timezone.now()
    comment.moderated_by = by
    comment.save(update_fields=["status", "is_featured", "moderated_at", "moderated_by"])
    return comment


def report_comment(user, comment: Comment, reason: str = "") -> bool:
    """Record ``user``'s report of ``comment``; True when new, False when already reported.

    Only logged-in users may report approved comments (``CommentError`` ``login`` or
    ``closed`` otherwise). ``reason`` is cut to 200 characters. ``report_count`` is
    incremented atomically; moderators find reported comments in the admin.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        raise CommentError("login", _("请先登录后再举报。"))
    if comment.status != CommentStatus.APPROVED:
        raise CommentError("closed", _("这条留言不可举报。"))
    try:
        with transaction.atomic():
            CommentReport.objects.create(comment=comment, user=user, reason=clean_comment(reason)[:200])
            Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
            forget_comments(comment.article_id)  # moderators see the report count
    except IntegrityError:
        return False
    return True


@dataclass
class ArticleComments:
    """What the comment section shows ``viewer``.

    ``featured``: approved 精选 comments; ``others``: other approved comments, newest
    first; ``own_pending``: the viewer's comments awaiting review; ``queue``: for
    moderators, every pending or rejected comment; ``count``: approved comments.
    """

    featured: list[Comment]
    others: list[Comment]
    own_pending: list[Comment]
    queue: list[Comment]
    count: int
    can_moderate: bool
    max_chars: int = 1000
    held: bool = True


#: Seconds the approved comments of an article are cached; every save or delete of one of its
#: comments (services, admin, shell) clears them at once (signals in ``apps.py``).
COMMENTS_CACHE_SECONDS = 300


def _comments_key(article_id: int, limit: int) -> str:
    return f"engagement:comments:v1:{article_id}:{limit}"


def forget_comments(article_id: int | None) -> None:
    """Drop the cached comments of ``article_id`` now and again when the transaction commits."""
    if article_id is None:
        return

    def forget() -> None:
        try:
            cache.delete(_comments_key(article_id, 100))
        except Exception:  # then the comments lag by at most COMMENTS_CACHE_SECONDS
            log.exception("could not clear the cached comments of article %s", article_id)

    forget()
    transaction.on_commit(forget)


def _comment_state(article: Article, limit: int) -> tuple[list[Comment], int, frozenset[int]]:
    """``(approved comments, newest first, at most limit; their count; ids of users with a
    pending comment)`` of ``article``: cached, so a reader's page needs no query for them."""
    key = _comments_key(article.pk, limit)
    state = cache.get(key)
    if state is None:
        approved = list(
            Comment.objects.approved().filter(article=article).select_related("user").order_by("-created_at", "-id")[:limit]
        )
        count = Comment.objects.approved().filter(article=article).count() if len(approved) >= limit else len(approved)
        pending = frozenset(
            Comment.objects.filter(article=article, status=CommentStatus.PENDING).values_list("user_id", flat=True).distinct()
        )
        state = (approved, count, pending)
        cache.set(key, state, COMMENTS_CACHE_SECONDS)
    return state


def comments_for(article: Article, viewer, limit: int = 100) -> ArticleComments:
    """The comments of ``article`` as ``viewer`` (possibly anonymous) may see them.

    The approved comments come from the cache (:func:`_comment_state`); a reader's own
    pending comments are read only when that reader has some, a moderator's queue always.
    """
    moderator = can_moderate(viewer)
    approved, count, pending_users = _comment_state(article, limit)
    own_pending: list[Comment] = []
    if not moderator and viewer is not None and viewer.is_authenticated and viewer.pk in pending_users:
        own_pending = list(
            Comment.objects.filter(article=article, user=viewer, status=CommentStatus.PENDING).order_by("-created_at")
        )
    queue: list[Comment] = []
    if moderator:
        queue = list(
            Comment.objects.filter(article=article)
            .exclude(status=CommentStatus.APPROVED)
            .select_related("user")
            .order_by("-created_at", "-id")[:limit]
        )
    return ArticleComments(
        featured=[c for c in approved if c.is_featured],
        others=[c for c in approved if not c.is_featured],
        own_pending=own_pending,
        queue=queue,
        count=count,
        can_moderate=moderator,
        max_chars=int(settings.COMMENT_MAX_CHARS),
        held=bool(settings.COMMENTS_MODERATION) and not moderator,
    )


def comment_counts(article_ids) -> dict[int, int]:
    """``{article_id: approved comment count}`` for ``article_ids`` (one grouped query,
    compiled once per process: lists call this for every page they render)."""
    ids = [i for i in article_ids if i is not None]
    if not ids:
        return {}
    if len(ids) > _COUNTS.max_ids:
        return {**comment_counts(ids[: _COUNTS.max_ids]), **comment_counts(ids[_COUNTS.max_ids :])}
    return dict(_COUNTS.rows(ids))


_COUNTS = PreparedIds(
    Comment,
    lambda ids: (
        Comment.objects.approved()
        .filter(article_id__in=ids)
        .values("article_id")
        .annotate(n=Count("id"))
        .values_list("article_id", "n")
        .order_by()
    ),
)
