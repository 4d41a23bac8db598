"""Every write to accounts goes through here: granting and revoking memberships, adding and
taking back the days a reader bought (issue 16), and the plans offered."""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict

from django.db import transaction
from django.utils import timezone

from haowen.library.prepared import PreparedIds

from .models import Favorite, Membership, MembershipPlan, ReaderPreference, ReadingHistory


def grant_membership(user, days: int | None = 365, *, note: str = "", today: dt.date | None = None) -> Membership:
    """Make ``user`` a member for at least ``days`` days from ``today`` (default: the site's today).

    The last day of the membership becomes ``today + days`` unless the user already
    holds a later one (or one without expiry), which is kept: granting again never
    shortens a membership, so it is safe to repeat (``demo_setup`` does). ``days=None``
    grants a membership without expiry. Returns the saved :class:`Membership`.

    Raises ``ValueError`` naming ``days`` when it is not a positive whole number, and
    ``ValueError`` when ``user`` is not a saved user.
    """
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        raise ValueError(f"days={days!r}: must be a positive whole number of days or None")
    if user is None or getattr(user, "pk", None) is None:
        raise ValueError("user: a saved user is required to grant a membership")
    today = today or timezone.localdate()
    with transaction.atomic():
        membership, _ = Membership.objects.select_for_update().get_or_create(user_id=user.pk)
        was_active = membership.is_active(today)
        if days is None:
            expires_on = None
        else:
            expires_on = today + dt.timedelta(days=days)
            if was_active and (membership.expires_on is None or membership.expires_on > expires_on):
                expires_on = membership.expires_on
        membership.is_member = True
        membership.expires_on = expires_on
        if note:
            membership.note = note[:200]
        membership.save()
    user.membership = membership  # refresh Django's cached related row on this user object
    return membership


def revoke_membership(user) -> Membership | None:
    """End ``user``'s membership now (keeps the row and its note). Returns it, or ``None`` when there was none."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user_id=user.pk).first()
        if membership is None:
            return None
        membership.is_member = False
        membership.save(update_fields=["is_member", "updated_at"])
    user.membership = membership
    return membership


def add_membership_days(user_id: int, days: int, *, today: dt.date | None = None) -> dt.date | None:
    """Extend the membership of user ``user_id`` by ``days`` bought days; returns the new last day.

    From the current last day when the membership is active (renewals stack: two 30-day
    purchases give 60 days), else from ``today`` (default: the site's today), which counts
    as the first of the ``days`` days (last day ``today + days - 1``). A membership without
    expiry stays without expiry (returns None). Locks the membership row
    (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite serialises writers), so concurrent
    purchases of one reader each add their days. Call it in the transaction that marks the
    order paid, so it happens exactly once per order (``haowen.payments.services``).

    Raises ``ValueError`` naming ``days`` when it is not a positive whole number.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days={days!r}: must be a positive whole number of days")
    today = today or timezone.localdate()
    with transaction.atomic():
        membership, _ = Membership.objects.select_for_update().get_or_create(user_id=user_id)
        if membership.is_member and membership.expires_on is None:
            return None
        if membership.is_active(today):
            expires_on = membership.expires_on + dt.timedelta(days=days)
        else:
            expires_on = today + dt.timedelta(days=days - 1)
        membership.is_member = True
        membership.expires_on = expires_on
        membership.save(update_fields=["is_member", "expires_on", "updated_at"])
    return expires_on


def remove_membership_days(user_id: int, days: int) -> dt.date | None:
    """Take back ``days`` bought days (a refund): the last day moves ``days`` earlier.

    Returns the new last day; None when there is nothing to shorten (no membership, or
    one without expiry that staff granted). A membership whose last day passes today has
    lapsed at once: the entitlement function reads the last day on every request. Call it
    in the transaction that marks the order refunded.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days={days!r}: must be a positive whole number of days")
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user_id=user_id).first()
        if membership is None or membership.expires_on is None:
            return None
        membership.expires_on = membership.expires_on - dt.timedelta(days=days)
        membership.save(update_fields=["expires_on", "updated_at"])
    return membership.expires_on


#: Seconds the cheapest plan is cached (the key holds the library version, which a plan change bumps).
PLAN_CACHE_SECONDS = 300


def offered_plans() -> list[MembershipPlan]:
    """The active plans in the order staff set (a list; one query)."""
    return list(MembershipPlan.objects.offered())


def cheapest_plan() -> MembershipPlan | None:
    """The active plan with the lowest price (ties: staff's order), or None when none is offered.

    Cached under the library version (:mod:`haowen.library.version`): saving or deleting a
    plan bumps that version (``AccountsConfig.ready``), which also renews every prerendered
    article part and cached anonymous page that names the plan in its paywall panel.
    """
    from django.core.cache import cache

    from haowen.library import version

    key = f"accounts:cheapest-plan:v1:{version.current()}"
    found = cache.get(key)
    if found is None:
        plan = MembershipPlan.objects.filter(active=True).order_by("price_fen", "order", "id").first()
        found = plan or 0  # 0: "no plan", cached too
        cache.set(key, found, PLAN_CACHE_SECONDS)
    return found or None


def plans_changed(**kwargs) -> None:
    """Signal receiver: a plan was saved or deleted. Bumps the library version, so paywall
    panels (inside prerendered fragments and cached pages keyed by that version) name the
    current cheapest plan at once in this process and within seconds on every other node."""
    from haowen.library import version

    version.bump()


# --- the reader's own space (我的): favorites and reading history -------------------------

#: Articles a reader's 阅读历史 keeps (the issue's "last 200"); older ones are dropped.
HISTORY_LIMIT = 200
#: A re-read of the same article moves it to the top of the history at most this often (seconds).
HISTORY_REFRESH_SECONDS = 300
#: Longest search within a reader's favorites, in characters.
FAVORITE_QUERY_MAX = 50


def add_favorite(user, article) -> bool:
    """Keep ``article`` among ``user``'s favorites (收藏). Returns True when it was added now,
    False when it already was one (repeating is harmless). Raises ``ValueError`` for an
    anonymous user or an unpublished article."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise ValueError("user: sign in to keep favorites")
    if article is None or not article.is_published:
        raise ValueError("article: not published")
    _row, created = Favorite.objects.get_or_create(user_id=user.pk, article_id=article.pk)
    return created


def remove_favorite(user, article_id: int) -> bool:
    """Drop ``article_id`` from ``user``'s favorites; True when there was one."""
    return Favorite.objects.filter(user_id=user.pk, article_id=article_id).delete()[0] > 0


_FAVORITE = PreparedIds(Favorite, lambda ids: Favorite.objects.filter(user_id=ids[0], article_id=ids[1]).values_list("id")[:1], positional=True)


def is_favorite(user, article) -> bool:
    """Whether signed-in ``user`` keeps ``article`` (False for anonymous readers)."""
    if user is None or not getattr(user, "is_authenticated", False) or article is None:
        return False
    # Compiled once per process: every signed-in article page asks (haowen.library.prepared).
    return bool(_FAVORITE.rows([user.pk, article.pk]))


def favorites(user, query: str = ""):
    """``user``'s favorites among published articles, newest first, with their articles
    (a QuerySet of Favorite). ``query`` (trimmed to :data:`FAVORITE_QUERY_MAX` characters)
    keeps those whose title contains it."""
    rows = (
        Favorite.objects.filter(user_id=user.pk, article__is_published=True)
        .select_related("article")
        .defer("article__body", "article__raw")
    )
    query = " ".join((query or "").split())[:FAVORITE_QUERY_MAX]
    if query:
        rows = rows.filter(article__title__icontains=query)
    return rows.order_by("-created_at", "-id")


_KEEPS_HISTORY = PreparedIds(
    ReaderPreference, lambda ids: ReaderPreference.objects.filter(user_id=ids[0]).values_list("keep_history")[:1], positional=True
)


def keeps_history(user) -> bool:
    """Whether ``user`` lets the site record their 阅读历史 (on unless they switched it off)."""
    rows = _KEEPS_HISTORY.rows([user.pk])
    return True if not rows else bool(rows[0][0])


def set_keep_history(user, keep: bool) -> None:
    """Switch ``user``'s 阅读历史 on or off. Switching it off also forgets what was recorded:
    a reader who asks not to be followed expects no list kept behind their back."""
    ReaderPreference.objects.update_or_create(user_id=user.pk, defaults={"keep_history": bool(keep)})
    if not keep:
        clear_history(user)


def record_read(user, article, now=None) -> None:
    """Note that signed-in ``user`` opened ``article`` now (nothing for anonymous readers or
    when the reader switched 阅读历史 off). An article read before moves to the top (one
    UPDATE, at most every :data:`HISTORY_REFRESH_SECONDS`); a new one is inserted and the
    reader's list cut to :data:`HISTORY_LIMIT` articles (oldest go)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return
    key = (user.pk, article.pk)
    seen = _recorded_here.get(key)
    if now is None and seen is not None and time.monotonic() - seen < HISTORY_REFRESH_SECONDS:
        # This process recorded this read moments ago: nothing to write, nothing to ask.
        return
    if not keeps_history(user):
        return
    now = now or timezone.now()
    _note_recorded(key)
    mine = ReadingHistory.objects.filter(user_id=user.pk, article_id=article.pk)
    found = _LAST_READ.objects([user.pk, article.pk])
    last = found[0].read_at if found else None
    if last is not None:
        # A reader paging through one article writes at most every HISTORY_REFRESH_SECONDS:
        # on SQLite every write takes the one write lock.
        if last < now - dt.timedelta(seconds=HISTORY_REFRESH_SECONDS):
            mine.update(read_at=now)
        return
    ReadingHistory.objects.get_or_create(user_id=user.pk, article_id=article.pk, defaults={"read_at": now})
    mine = ReadingHistory.objects.filter(user_id=user.pk)
    beyond = list(mine.order_by("-read_at", "-id").values_list("id", flat=True)[HISTORY_LIMIT:HISTORY_LIMIT + 50])
    if beyond:
        mine.filter(id__in=beyond).delete()


_LAST_READ = PreparedIds(
    ReadingHistory, lambda ids: ReadingHistory.objects.filter(user_id=ids[0], article_id=ids[1]).only("id", "read_at")[:1],
    positional=True,
)
#: (user id, article id) → time.monotonic() of this process's last record_read write or check,
#: at most RECORDED_HERE_MAX entries (the oldest go).
_recorded_here: OrderedDict[tuple[int, int], float] = OrderedDict()
RECORDED_HERE_MAX = 10_000


def _note_recorded(key: tuple[int, int]) -> None:
    _recorded_here[key] = time.monotonic()
    _recorded_here.move_to_end(key)
    while len(_recorded_here) > RECORDED_HERE_MAX:
        _recorded_here.popitem(last=False)


def forget_recorded_here(user_id: int | None = None) -> None:
    """Forget which reads this process recorded: of ``user_id``, or of everyone (tests)."""
    if user_id is None:
        _recorded_here.clear()
        return
    for key in [k for k in _recorded_here if k[0] == user_id]:
        _recorded_here.pop(key, None)


def history(user):
    """``user``'s 阅读历史: published articles, most recently read first (QuerySet of ReadingHistory)."""
    return (
        ReadingHistory.objects.filter(user_id=user.pk, article__is_published=True)
        .select_related("article")
        .defer("article__body", "article__raw")
        .order_by("-read_at", "-id")
    )


def clear_history(user) -> int:
    """Forget ``user``'s whole 阅读历史; returns the number of articles forgotten."""
    forget_recorded_here(user.pk)  # the next read is recorded again at once
    return ReadingHistory.objects.filter(user_id=user.pk).delete()[0]
