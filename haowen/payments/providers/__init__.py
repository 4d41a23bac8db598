"""Provider registry: which payment providers exist, which are enabled, which are offered.

``settings.PAYMENTS_PROVIDERS`` lists the enabled providers in display order. When it is
empty, every real provider is enabled (alipay, wechatpay) and the sandbox is not: a site
never shows the fake gateway unless the operator asked for it. A provider is *offered*
to payers only when it is enabled and all its settings are present.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.module_loading import import_string

from .base import GatewayError, GatewayState, NotificationRejected, PaymentProvider, StartResult

PROVIDER_CLASSES: dict[str, str] = {
    "sandbox": "haowen.payments.providers.sandbox.SandboxProvider",
    "alipay": "haowen.payments.providers.alipay.AlipayProvider",
    "wechatpay": "haowen.payments.providers.wechatpay.WechatPayProvider",
}
DEFAULT_ENABLED = ("alipay", "wechatpay")

__all__ = [
    "GatewayError",
    "GatewayState",
    "NotificationRejected",
    "PaymentProvider",
    "StartResult",
    "available_providers",
    "enabled_identifiers",
    "get_provider",
]


def enabled_identifiers() -> list[str]:
    """Identifiers of enabled providers in display order (unknown names are skipped;
    the system check reports them)."""
    listed = [name.strip().lower() for name in settings.PAYMENTS_PROVIDERS if name.strip()]
    names = listed or list(DEFAULT_ENABLED)
    seen: list[str] = []
    for name in names:
        if name in PROVIDER_CLASSES and name not in seen:
            seen.append(name)
    return seen


def get_provider(identifier: str) -> PaymentProvider:
    """A provider instance by identifier. Raises ``KeyError`` for an unknown identifier."""
    return import_string(PROVIDER_CLASSES[identifier])()


def available_providers() -> list[PaymentProvider]:
    """Providers offered to payers now: enabled and fully configured, in display order."""
    providers = [get_provider(name) for name in enabled_identifiers()]
    return [p for p in providers if p.is_configured]


def offered_provider(identifier: str) -> PaymentProvider | None:
    """The provider ``identifier`` if it is offered now, else None."""
    if identifier not in enabled_identifiers():
        return None
    provider = get_provider(identifier)
    return provider if provider.is_configured else None
