"""The sandbox provider (测试模式): a local gateway that plays the payer.

It behaves like Alipay's asynchronous notification on purpose, so the demo exercises the
same path a real payment takes: ``start`` registers the trade with the (simulated)
gateway, the payer page (``payments:sandbox_pay``) is the gateway's cashier, and on
"payment" the gateway POSTs a form-encoded notification to the notify URL it was given,
signed with HMAC-SHA256 under ``settings.PAYMENTS_SANDBOX_KEY`` (generated into the data
folder when unset). Our notify view verifies it exactly as it verifies a real gateway's.

Signature: ``hex(HMAC-SHA256(key, "k1=v1&k2=v2…"))`` over every field except ``sign``,
sorted by name, values as sent (Alipay's scheme with HMAC instead of RSA2).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from haowen.site_url import absolute_url

from ..money import AmountError, gateway_yuan, parse_yuan
from .base import GatewayError, GatewayState, NotificationRejected, PaymentProvider, StartResult

log = logging.getLogger(__name__)

SANDBOX_APP_ID = "haowen-sandbox"
SIGN_TYPE = "HMAC-SHA256"
NOTIFY_FIELDS = (
    "app_id",
    "out_trade_no",
    "trade_no",
    "total_amount",
    "currency",
    "trade_status",
    "notify_id",
    "notify_time",
    "sign_type",
    "sign",
)
#: Seconds the simulated gateway waits for our notify URL to answer.
DELIVERY_TIMEOUT = 10


def _key() -> bytes:
    from django.conf import settings

    return str(settings.PAYMENTS_SANDBOX_KEY).encode("utf-8")


def sign(params: dict[str, str]) -> str:
    """HMAC-SHA256 hex digest of ``params`` (``sign`` excluded), as the sandbox gateway signs."""
    message = "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "sign")
    return hmac.new(_key(), message.encode("utf-8"), hashlib.sha256).hexdigest()


class SandboxProvider(PaymentProvider):
    identifier = "sandbox"
    verbose_name = _("模拟支付")
    is_test_mode = True
    required_settings = ("PAYMENTS_SANDBOX_KEY",)
    scan_hint = _("测试模式：用手机扫码，或点击下方按钮，在模拟收银台完成付款（不会产生真实扣款）")

    def start(self, order, request) -> StartResult:
        from ..models import SandboxTrade

        # Both on SITE_URL, never on the payer's Host header: the simulated gateway POSTs
        # the signed notification to this URL (make demo sets SITE_URL from PORT).
        notify_url = self.notify_url()
        cashier_url = absolute_url(reverse("payments:sandbox_pay", args=[order.out_trade_no]))
        SandboxTrade.objects.get_or_create(
            out_trade_no=order.out_trade_no,
            defaults=dict(
                trade_no="SBX" + timezone.now().strftime("%Y%m%d") + secrets.token_hex(8).upper(),
                subject=order.subject[:300],
                amount_fen=order.amount_fen,
                notify_url=notify_url,
                expires_at=order.expires_at,
            ),
        )
        return StartResult(kind="qr", payload=cashier_url)

    def handle_notification(self, request) -> GatewayState:
        params = request.POST.dict() if request.method == "POST" else {}
        claimed = str(params.get("out_trade_no", ""))[:64]
        missing = [name for name in NOTIFY_FIELDS if not params.get(name)]
        if missing:
            raise NotificationRejected(f"malformed body: missing {', '.join(missing)}", claimed)
        if params["sign_type"] != SIGN_TYPE:
            raise NotificationRejected(f"unsupported sign_type {params['sign_type']!r}", claimed)
        if not hmac.compare_digest(sign(params), params["sign"]):
            raise NotificationRejected("bad signature", claimed)
        if params["app_id"] != SANDBOX_APP_ID:
            raise NotificationRejected(f"app_id mismatch: {params['app_id']!r}", claimed)
        try:
            amount = parse_yuan(params["total_amount"])
        except AmountError as exc:
            raise NotificationRejected(f"malformed total_amount: {exc}", claimed) from exc
        status = {"SUCCESS": "paid", "CLOSED": "closed", "REFUND": "refunded"}.get(params["trade_status"])
        if status is None:
            raise NotificationRejected(f"unknown trade_status {params['trade_status']!r}", claimed)
        data = {k: v for k, v in params.items() if k != "sign"}
        return GatewayState(
            status=status,
            out_trade_no=params["out_trade_no"],
            provider_trade_no=params["trade_no"],
            amount_fen=amount,
            currency=params["currency"],
            data=data,
        )

    def query(self, order) -> GatewayState:
        from ..models import SandboxTrade

        trade = SandboxTrade.objects.filter(out_trade_no=order.out_trade_no).first()
        if trade is None:
            return GatewayState(status="not_found", out_trade_no=order.out_trade_no)
        status = {
            SandboxTrade.State.WAIT_BUYER_PAY: "pending",
            SandboxTrade.State.SUCCESS: "paid",
            SandboxTrade.State.CLOSED: "closed",
            SandboxTrade.State.REFUND: "refunded",
        }[trade.state]
        return GatewayState(
            status=status,
            out_trade_no=trade.out_trade_no,
            provider_trade_no=trade.trade_no,
            amount_fen=trade.amount_fen,
            data={"trade_status": trade.state, "trade_no": trade.trade_no, "total_amount": gateway_yuan(trade.amount_fen)},
        )

    def close(self, order) -> None:
        from ..models import SandboxTrade

        SandboxTrade.objects.filter(
            out_trade_no=order.out_trade_no, state=SandboxTrade.State.WAIT_BUYER_PAY
        ).update(state=SandboxTrade.State.CLOSED)
        if SandboxTrade.objects.filter(out_trade_no=order.out_trade_no, state=SandboxTrade.State.SUCCESS).exists():
            raise GatewayError(f"sandbox close {order.out_trade_no}: the trade is already paid")

    def refund(self, order) -> None:
        from ..models import SandboxTrade

        done = SandboxTrade.objects.filter(
            out_trade_no=order.out_trade_no, state=SandboxTrade.State.SUCCESS
        ).update(state=SandboxTrade.State.REFUND)
        if not done:
            raise GatewayError(f"sandbox refund {order.out_trade_no}: no paid trade")


# --- the simulated gateway -------------------------------------------------------------


def notification_for(trade) -> dict[str, str]:
    """The signed form fields the sandbox gateway posts for ``trade`` (a SandboxTrade)."""
    params = {
        "app_id": SANDBOX_APP_ID,
        "out_trade_no": trade.out_trade_no,
        "trade_no": trade.trade_no,
        "total_amount": gateway_yuan(trade.amount_fen),
        "currency": "CNY",
        "trade_status": trade.state,
        "notify_id": secrets.token_hex(16),
        "notify_time": timezone.localtime().strftime("%Y-%m-%d %H:%M:%S"),
        "sign_type": SIGN_TYPE,
    }
    params["sign"] = sign(params)
    return params


def deliver(trade) -> bool:
    """POST the signed notification for ``trade`` to its notify URL, as a gateway does.

    Returns True when our notify view answered ``success``; False on any other answer or
    a network error (logged). Never raises.
    """
    body = urlencode(notification_for(trade)).encode("utf-8")
    request = Request(
        trade.notify_url,
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "User-Agent": "haowen-sandbox-gateway"},
        method="POST",
    )
    try:
        with urlopen(request, timeout=DELIVERY_TIMEOUT) as response:  # noqa: S310 (our own notify URL)
            answer = response.read(200).decode("utf-8", "replace").strip()
    except Exception as exc:  # noqa: BLE001 — a gateway just records the failure and retries
        log.warning("sandbox gateway: notification for %s to %s failed: %s", trade.out_trade_no, trade.notify_url, exc)
        return False
    if answer != "success":
        log.warning("sandbox gateway: notify URL answered %r for %s", answer[:50], trade.out_trade_no)
        return False
    return True


def pay(out_trade_no: str) -> tuple[object, bool]:
    """The simulated payer confirms payment of ``out_trade_no``.

    Moves the gateway-side trade from WAIT_BUYER_PAY to SUCCESS (once; a second call is a
    no-op) and delivers the notification. Returns ``(trade, delivered)``. Raises
    ``SandboxTrade.DoesNotExist`` for an unknown trade and :class:`GatewayError` when the
    trade is closed or expired (a real gateway refuses those too).
    """
    from ..models import SandboxTrade

    with transaction.atomic():
        trade = SandboxTrade.objects.get(out_trade_no=out_trade_no)
        if trade.state == SandboxTrade.State.WAIT_BUYER_PAY:
            if trade.expires_at <= timezone.now():
                SandboxTrade.objects.filter(pk=trade.pk).update(state=SandboxTrade.State.CLOSED)
                raise GatewayError(f"sandbox pay {out_trade_no}: the trade expired")
            SandboxTrade.objects.filter(pk=trade.pk, state=SandboxTrade.State.WAIT_BUYER_PAY).update(
                state=SandboxTrade.State.SUCCESS, paid_at=timezone.now()
            )
            trade.refresh_from_db()
        elif trade.state != SandboxTrade.State.SUCCESS:
            raise GatewayError(f"sandbox pay {out_trade_no}: the trade is {trade.state}")
    return trade, deliver(trade)


def is_expired(trade, now: dt.datetime | None = None) -> bool:
    """Whether an unpaid sandbox trade can no longer be paid."""
    return trade.expires_at <= (now or timezone.now())
