"""Alipay (支付宝) through python-alipay-sdk, RSA2 (SHA256withRSA) signatures.

Desktop payers get 当面付 ``alipay.trade.precreate``: Alipay returns a ``qr_code`` that
we draw on our pay page for the Alipay app to scan. Phone browsers get 手机网站支付
``alipay.trade.wap.pay``: a signed redirect to Alipay's cashier that returns to our pay
page. Either way the order becomes paid only from the asynchronous notification (or
``alipay.trade.query``), both verified with Alipay's public key by the SDK.

Settings: ``ALIPAY_APP_ID``, ``ALIPAY_APP_PRIVATE_KEY`` (our application private key),
``ALIPAY_PUBLIC_KEY`` (Alipay's public key from the open platform, not ours),
``ALIPAY_SELLER_ID`` (optional: the notification's seller_id must match) and
``ALIPAY_SANDBOX`` (use Alipay's sandbox gateway). Keys may be PEM or the bare base64
the Alipay console shows. Source of the notification rules: Alipay open platform,
"异步通知验签" (sign over every field except ``sign`` and ``sign_type``, sorted) and
"当面付 / 手机网站支付" product docs; the SDK implements them.
"""

from __future__ import annotations

import base64
import logging
import textwrap
import threading

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from haowen.site_url import absolute_url

from ..money import AmountError, gateway_yuan, parse_yuan
from .base import GatewayError, GatewayState, NotificationRejected, PaymentProvider, StartResult, is_mobile

log = logging.getLogger(__name__)

PAID_STATUSES = {"TRADE_SUCCESS", "TRADE_FINISHED"}
TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST"

_clients: dict[tuple, object] = {}
_clients_lock = threading.Lock()


def pem(key: str, kind: str) -> str:
    """Return ``key`` as PEM text. ``kind`` is ``"PRIVATE KEY"`` or ``"PUBLIC KEY"``.

    The Alipay console hands out bare base64 (no header lines); PEM input is returned
    unchanged. Raises ``ValueError`` when the text is neither.
    """
    key = key.strip()
    if key.startswith("-----BEGIN"):
        return key
    compact = "".join(key.split())
    try:
        base64.b64decode(compact, validate=True)
    except ValueError as exc:
        raise ValueError(f"not a PEM or base64 {kind.lower()}") from exc
    body = "\n".join(textwrap.wrap(compact, 64))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


class AlipayProvider(PaymentProvider):
    identifier = "alipay"
    verbose_name = _("支付宝")
    required_settings = ("ALIPAY_APP_ID", "ALIPAY_APP_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY")
    scan_hint = _("请打开支付宝 App 扫一扫付款")

    # --- configuration -----------------------------------------------------------------
    def client(self):
        """The SDK client for the current settings (cached per settings)."""
        from alipay import AliPay

        config = (
            self.setting("ALIPAY_APP_ID"),
            self.setting("ALIPAY_APP_PRIVATE_KEY"),
            self.setting("ALIPAY_PUBLIC_KEY"),
            bool(self.setting("ALIPAY_SANDBOX")),
            self.notify_url(),
        )
        with _clients_lock:
            client = _clients.get(config)
            if client is None:
                app_id, private_key, public_key, sandbox, notify_url = config
                client = AliPay(
                    appid=app_id,
                    app_notify_url=notify_url,
                    app_private_key_string=pem(private_key, "PRIVATE KEY"),
                    alipay_public_key_string=pem(public_key, "PUBLIC KEY"),
                    sign_type="RSA2",
                    debug=sandbox,
                )
                _clients[config] = client
            return client

    def settings_problems(self) -> list[str]:
        try:
            self.client()
        except Exception as exc:  # noqa: BLE001 — report whatever the SDK says about the keys
            return [f"ALIPAY_APP_PRIVATE_KEY / ALIPAY_PUBLIC_KEY cannot be loaded: {exc}"]
        return []

    # --- the payment ---------------------------------------------------------------------
    def start(self, order, request) -> StartResult:
        from alipay.exceptions import AliPayException, AliPayValidationError

        client = self.client()
        subject = order.subject
        minutes = max(1, int((order.expires_at - order.created_at).total_seconds() // 60))
        if request is not None and is_mobile(request):
            return_url = absolute_url(reverse("payments:pay", args=[order.out_trade_no]))
            query = client.api_alipay_trade_wap_pay(
                subject=subject,
                out_trade_no=order.out_trade_no,
                total_amount=gateway_yuan(order.amount_fen),
                return_url=return_url,
                notify_url=self.notify_url(),
                quit_url=return_url,
                timeout_express=f"{minutes}m",
            )
            return StartResult(kind="redirect", payload=f"{client._gateway}?{query}")
        try:
            result = client.api_alipay_trade_precreate(
                subject=subject,
                out_trade_no=order.out_trade_no,
                total_amount=gateway_yuan(order.amount_fen),
                notify_url=self.notify_url(),
                timeout_express=f"{minutes}m",
            )
        except (AliPayException, AliPayValidationError, OSError, ValueError) as exc:
            raise GatewayError(f"alipay.trade.precreate {order.out_trade_no}: {exc!r}") from exc
        if result.get("code") != "10000" or not result.get("qr_code"):
            raise GatewayError(
                f"alipay.trade.precreate {order.out_trade_no}: {result.get('code')} {result.get('sub_code', '')} {result.get('sub_msg', '')}"
            )
        return StartResult(kind="qr", payload=result["qr_code"])

    def handle_notification(self, request) -> GatewayState:
        params = request.POST.dict() if request.method == "POST" else {}
        claimed = str(params.get("out_trade_no", ""))[:64]
        signature = params.pop("sign", "")
        if not params or not signature:
            raise NotificationRejected("malformed body: no form fields or no sign", claimed)
        unsigned = dict(params)
        try:
            verified = self.client().verify(unsigned, signature)  # pops and checks sign_type
        except Exception as exc:  # noqa: BLE001 — bad sign_type, undecodable signature …
            raise NotificationRejected(f"signature check failed: {exc}", claimed) from exc
        if not verified:
            raise NotificationRejected("bad signature", claimed)
        if params.get("app_id") != self.setting("ALIPAY_APP_ID"):
            raise NotificationRejected(f"app_id mismatch: {params.get('app_id')!r}", claimed, params)
        seller_id = self.setting("ALIPAY_SELLER_ID")
        if seller_id and params.get("seller_id") != seller_id:
            raise NotificationRejected(f"seller_id mismatch: {params.get('seller_id')!r}", claimed, params)
        if not claimed:
            raise NotificationRejected("malformed body: no out_trade_no", claimed, params)
        try:
            amount = parse_yuan(params.get("total_amount", ""))
        except AmountError as exc:
            raise NotificationRejected(f"malformed total_amount: {exc}", claimed, params) from exc
        trade_status = params.get("trade_status", "")
        if trade_status in PAID_STATUSES:
            status = "paid"
        elif trade_status == "WAIT_BUYER_PAY":
            status = "pending"
        elif trade_status == "TRADE_CLOSED":
            # Alipay closes a trade when it times out unpaid and after a full refund.
            status = "refunded" if params.get("refund_fee") or params.get("gmt_refund") else "closed"
        else:
            raise NotificationRejected(f"unknown trade_status {trade_status!r}", claimed, params)
        return GatewayState(
            status=status,
            out_trade_no=claimed,
            provider_trade_no=params.get("trade_no", ""),
            amount_fen=amount,
            currency=params.get("trans_currency") or "CNY",
            data=params,
        )

    def _call(self, name: str, out_trade_no: str, **kwargs) -> dict:
        from alipay.exceptions import AliPayException, AliPayValidationError

        method = getattr(self.client(), f"api_{name.replace('.', '_')}")
        try:
            return method(out_trade_no=out_trade_no, **kwargs)
        except AliPayException as exc:
            if TRADE_NOT_EXIST in str(exc):
                return {"code": "40004", "sub_code": TRADE_NOT_EXIST}
            raise GatewayError(f"{name} {out_trade_no}: {exc!r}") from exc
        except (AliPayValidationError, OSError, ValueError) as exc:
            raise GatewayError(f"{name} {out_trade_no}: {exc!r}") from exc

    def query(self, order) -> GatewayState:
        result = self._call("alipay.trade.query", order.out_trade_no)
        if result.get("sub_code") == TRADE_NOT_EXIST:
            return GatewayState(status="not_found", out_trade_no=order.out_trade_no, data=result)
        if result.get("code") != "10000":
            raise GatewayError(f"alipay.trade.query {order.out_trade_no}: {result.get('code')} {result.get('sub_code', '')}")
        trade_status = result.get("trade_status", "")
        status = {
            "TRADE_SUCCESS": "paid",
            "TRADE_FINISHED": "paid",
            "WAIT_BUYER_PAY": "pending",
            "TRADE_CLOSED": "closed",
        }.get(trade_status)
        if status is None:
            raise GatewayError(f"alipay.trade.query {order.out_trade_no}: unknown trade_status {trade_status!r}")
        try:
            amount = parse_yuan(result.get("total_amount", ""))
        except AmountError as exc:
            raise GatewayError(f"alipay.trade.query {order.out_trade_no}: {exc}") from exc
        if result.get("out_trade_no") not in (None, order.out_trade_no):
            raise GatewayError(f"alipay.trade.query {order.out_trade_no}: answer is for {result.get('out_trade_no')!r}")
        return GatewayState(
            status=status,
            out_trade_no=order.out_trade_no,
            provider_trade_no=result.get("trade_no", ""),
            amount_fen=amount,
            data=result,
        )

    def close(self, order) -> None:
        result = self._call("alipay.trade.close", order.out_trade_no)
        if result.get("code") == "10000" or result.get("sub_code") == TRADE_NOT_EXIST:
            return
        raise GatewayError(f"alipay.trade.close {order.out_trade_no}: {result.get('code')} {result.get('sub_code', '')}")

    def refund(self, order) -> None:
        result = self._call(
            "alipay.trade.refund",
            order.out_trade_no,
            refund_amount=gateway_yuan(order.amount_fen),
            out_request_no=f"{order.out_trade_no}R",
        )
        if result.get("code") != "10000":
            raise GatewayError(
                f"alipay.trade.refund {order.out_trade_no}: {result.get('code')} {result.get('sub_code', '')} {result.get('sub_msg', '')}"
            )
