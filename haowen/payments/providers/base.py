"""The small interface every payment provider implements (after pretix's payment providers).

A provider is stateless: it reads its keys from Django settings on every call, talks to
its gateway through the gateway's SDK, and returns plain results. It never changes an
order itself — :mod:`haowen.payments.services` applies what a provider reports, with the
state machine and the money checks in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpResponse


class GatewayError(Exception):
    """The gateway could not be reached, refused the request or answered something we
    cannot verify. The message names the gateway call and the reason; callers retry later."""


class NotificationRejected(Exception):
    """A notification that is not accepted: bad signature, wrong app id, malformed body …

    ``reason`` is a short English sentence for the log and the audit row;
    ``out_trade_no`` is what the body claimed (possibly forged, possibly empty).
    """

    def __init__(self, reason: str, out_trade_no: str = "", data: dict | None = None):
        super().__init__(reason)
        self.reason = reason
        self.out_trade_no = out_trade_no
        self.data = data or {}


@dataclass(frozen=True)
class StartResult:
    """What the payer needs next: ``kind`` is ``"qr"`` (``payload`` is the text to draw as
    a QR code for scanning) or ``"redirect"`` (``payload`` is an https URL to send the
    payer to, e.g. Alipay's 手机网站支付 page)."""

    kind: str
    payload: str


@dataclass
class GatewayState:
    """An order's state as the gateway reports it, after the SDK verified the report.

    ``status`` is one of ``"paid"``, ``"pending"``, ``"closed"``, ``"refunded"`` or
    ``"not_found"`` (the gateway has no such trade, e.g. a QR code nobody scanned).
    ``amount_fen`` is the paid amount in integer fen when the gateway says it (None
    otherwise); ``currency`` an ISO code; ``data`` the verified fields for the audit row.
    """

    status: str
    out_trade_no: str = ""
    provider_trade_no: str = ""
    amount_fen: int | None = None
    currency: str = "CNY"
    data: dict = field(default_factory=dict)


class PaymentProvider:
    """Base class: one subclass per gateway, each in its own module under ``providers/``.

    Class attributes: ``identifier`` (stable id stored on orders and used in the notify
    URL), ``verbose_name`` (shown to payers), ``is_test_mode`` (True only for the sandbox:
    every page it touches says 测试模式), ``required_settings`` (names of Django settings
    that must be non-empty for the provider to be offered) and ``scan_hint`` (what to
    tell a payer about the QR code).
    """

    identifier: str = ""
    verbose_name: str = ""
    is_test_mode: bool = False
    required_settings: tuple[str, ...] = ()
    scan_hint: str = ""

    # --- configuration -----------------------------------------------------------------
    def setting(self, name: str) -> str:
        """The Django setting ``name`` as a stripped string ("" when unset)."""
        value = getattr(settings, name)
        return value.strip() if isinstance(value, str) else value

    def missing_settings(self) -> list[str]:
        """Names of required settings that are empty; ``[]`` when the provider can run."""
        return [name for name in self.required_settings if not self.setting(name)]

    @property
    def is_configured(self) -> bool:
        return not self.missing_settings()

    def settings_problems(self) -> list[str]:
        """Problems beyond missing settings (keys that do not load …), for the system check.

        Called only when every required setting is present. Must not contact the gateway.
        """
        return []

    def notify_url(self) -> str:
        """Absolute URL the gateway posts notifications to (on ``SITE_URL``, never the request's host)."""
        from django.urls import reverse

        from haowen.site_url import absolute_url

        return absolute_url(reverse("payments:notify", args=[self.identifier]))

    # --- the payment ---------------------------------------------------------------------
    def start(self, order, request) -> StartResult:
        """Called once when a new order is about to be paid (state ``created``).

        Registers the order with the gateway if the gateway needs that (precreate, Native
        order) and returns a :class:`StartResult`. Must not change the order. Raises
        :class:`GatewayError` when the gateway refuses or cannot be reached.
        """
        raise NotImplementedError

    def handle_notification(self, request) -> GatewayState:
        """Called for every POST to this provider's notify URL.

        Verifies the notification with the gateway's SDK (signature; decryption where
        the gateway encrypts) and checks that it is addressed to us (app id / merchant
        id). Returns the verified :class:`GatewayState`; the caller then checks amount,
        currency and ``out_trade_no`` against the order. Raises
        :class:`NotificationRejected` with the reason for anything else. Must not touch
        the database.
        """
        raise NotImplementedError

    def success_response(self) -> HttpResponse:
        """The answer that tells the gateway to stop retrying this notification."""
        return HttpResponse("success", content_type="text/plain; charset=utf-8")

    def failure_response(self, reason: str = "") -> HttpResponse:
        """The answer that makes the gateway retry later."""
        return HttpResponse("failure", content_type="text/plain; charset=utf-8", status=400)

    def query(self, order) -> GatewayState:
        """Ask the gateway for ``order``'s state (used by polling and ``reconcile_orders``).

        The SDK verifies the gateway's answer. Raises :class:`GatewayError` when the
        gateway cannot be reached or answers an error.
        """
        raise NotImplementedError

    def close(self, order) -> None:
        """Tell the gateway to close an unpaid order so it can no longer be paid.

        A trade the gateway never saw counts as closed. Raises :class:`GatewayError`
        otherwise (e.g. the payer paid meanwhile: query again).
        """
        raise NotImplementedError

    def refund(self, order) -> None:
        """Refund a paid order in full. Raises :class:`GatewayError` when the gateway refuses."""
        raise NotImplementedError


def is_mobile(request) -> bool:
    """Whether the request comes from a phone browser (by User-Agent): Alipay then uses
    手机网站支付 instead of a QR code nobody can scan with the same phone."""
    agent = request.META.get("HTTP_USER_AGENT", "")
    return any(token in agent for token in ("Mobile", "Android", "iPhone", "iPad", "HarmonyOS", "OpenHarmony"))
