"""Every write of the API app: creating, using and revoking API tokens."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ApiToken

TOKEN_PREFIX = "hw_"
#: A user may hold this many tokens at once (revoke one to make another).
MAX_TOKENS_PER_USER = 20
MAX_NAME_CHARS = 100
#: ``last_used_at`` is written at most once per this interval, so a busy client does
#: not turn every API read into a database write.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class TokenError(ValueError):
    """A token request that cannot be honoured; the message (Chinese) names the reason."""


def hash_token(token: str) -> str:
    """Hex SHA-256 (64 characters) of the token string as sent by the client."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(user, name: str) -> tuple[ApiToken, str]:
    """Create a token for ``user`` named ``name``; return ``(row, token)``.

    ``token`` is the only copy of the secret (``hw_`` + 43 characters): show it to the
    user once. Raises :class:`TokenError` for an empty or over-long name (more than
    :data:`MAX_NAME_CHARS` characters), an inactive or anonymous user, or when the user
    already holds :data:`MAX_TOKENS_PER_USER` tokens.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        raise TokenError(_("只有已登录的用户才能创建 API 令牌。"))
    name = " ".join((name or "").split())
    if not name:
        raise TokenError(_("请填写令牌名称。"))
    if len(name) > MAX_NAME_CHARS:
        raise TokenError(_("令牌名称最多 %(n)d 个字符。") % {"n": MAX_NAME_CHARS})
    with transaction.atomic():
        if ApiToken.objects.filter(user=user).count() >= MAX_TOKENS_PER_USER:
            raise TokenError(_("最多只能有 %(n)d 个令牌，请先撤销不用的令牌。") % {"n": MAX_TOKENS_PER_USER})
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = ApiToken.objects.create(
            user=user, name=name, key_hash=hash_token(token), prefix=token[: len(TOKEN_PREFIX) + 6]
        )
    return row, token


def revoke_token(user, token_id: int) -> bool:
    """Delete ``user``'s token ``token_id``; return False when there is no such token of theirs.

    A token of another user is never touched (same answer as a missing one).
    """
    deleted, _rows = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return bool(deleted)


def authenticate_token(token: str) -> ApiToken | None:
    """Return the live token row for the token string ``token`` (with ``user`` loaded), or None.

    None when the token is unknown or revoked, or its user is inactive. Updates
    ``last_used_at`` at most every :data:`LAST_USED_RESOLUTION`.
    """
    token = (token or "").strip()
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = ApiToken.objects.select_related("user").filter(key_hash=hash_token(token)).first()
    if row is None or not row.user.is_active:
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        row.last_used_at = now
    return row


def tokens_of(user) -> list[ApiToken]:
    """The user's tokens, newest first."""
    return list(ApiToken.objects.filter(user=user))
