"""API tokens: a reader's key for the JSON API, stored only as a hash.

The token itself (``hw_`` + 43 URL-safe characters, 256 bits of randomness) is shown
once, when it is created; the database keeps its SHA-256 digest and a short prefix
so the owner can tell tokens apart. A stolen database therefore yields no usable
token. A plain (unsalted, fast) hash is enough because the token is random, not a
password a person chose (the same reasoning GitHub and Django REST Knox use).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """One API token of ``user``: ``key_hash`` is the hex SHA-256 of the token string."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("用户"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("名称"), max_length=100)
    key_hash = models.CharField(_("令牌摘要"), max_length=64, unique=True, editable=False)
    prefix = models.CharField(_("令牌前缀"), max_length=16, editable=False)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True)

    class Meta:
        verbose_name = _("API 令牌")
        verbose_name_plural = _("API 令牌")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        # Also the identity the rate limiter keys on: never the secret itself.
        return f"{self.prefix}… ({self.name})"
