"""Bearer-token authentication for the JSON API.

Callers send ``Authorization: Bearer <token>`` with a token made on the token page
(``/api/tokens/``). The header is optional on reading endpoints: without it the
caller is anonymous and sees what an anonymous reader sees (the preview). A header
that is present but wrong is an error (401), never a silent downgrade to anonymous,
so a client with a revoked token learns it at once.

Session cookies are ignored by the API on purpose: every API call is either anonymous
or carries a token, which keeps CSRF out of the picture and rate limits well defined.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security.http import HttpAuthBase

from .models import ApiToken
from .services import authenticate_token


class Anonymous:
    """``request.auth`` for a caller without a token (truthy, so ninja lets it through)."""

    user = AnonymousUser()

    def __bool__(self) -> bool:
        return True

    def __str__(self) -> str:
        return "anonymous"


ANONYMOUS = Anonymous()


class BearerToken(HttpAuthBase):
    """Ninja auth: an :class:`ApiToken` from the Bearer header; :data:`ANONYMOUS` when
    ``optional`` and no header was sent. Raises ``AuthenticationError`` (401) for a
    malformed header, an unknown or revoked token, or a missing one when required."""

    openapi_scheme = "bearer"
    openapi_bearerFormat = "hw_…"

    def __init__(self, optional: bool = True):
        super().__init__()
        self.optional = optional

    def __call__(self, request):
        value = request.headers.get("Authorization", "")
        if not value.strip():
            if self.optional:
                return ANONYMOUS
            raise AuthenticationError(401, _("需要 API 令牌：请在请求头中发送 Authorization: Bearer <令牌>。"))
        scheme, _sep, token = value.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationError(401, _("Authorization 请求头格式应为：Bearer <令牌>。"))
        row = authenticate_token(token)
        if row is None:
            raise AuthenticationError(401, _("API 令牌无效或已撤销。"))
        return row


def api_user(request):
    """The Django user behind the request: the token's owner, else ``AnonymousUser``."""
    auth = getattr(request, "auth", None)
    if isinstance(auth, ApiToken):
        return auth.user
    return AnonymousUser()
