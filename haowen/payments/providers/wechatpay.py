"""WeChat Pay (微信支付) API v3, Native payment, through the wechatpayv3 package.

``start`` places a Native order (``POST /v3/pay/transactions/native``) and returns its
``code_url`` for our page to draw as a QR code; the payer scans it with WeChat.
Notifications are verified by the SDK (``Wechatpay-Signature``: SHA256withRSA over
``timestamp\\nnonce\\nbody\\n`` with the platform key) and their ``resource`` decrypted
with AEAD_AES_256_GCM under the APIv3 key; every SDK answer from the gateway is verified
the same way. Source: WeChat Pay API v3 docs, "Native下单", "支付通知", "签名验证".

Settings: ``WECHATPAY_MCHID``, ``WECHATPAY_APPID``, ``WECHATPAY_CERT_SERIAL_NO`` and
``WECHATPAY_PRIVATE_KEY`` (the merchant API certificate's serial number and private
key), ``WECHATPAY_APIV3_KEY`` (32 characters). The platform key is either the
微信支付公钥 (``WECHATPAY_PUBLIC_KEY`` + ``WECHATPAY_PUBLIC_KEY_ID``) or, when those are
unset, platform certificates the SDK downloads and caches under ``DATA_DIR/wechatpay_certs``.
"""

from __future__ import annotations

import json
import logging
import threading

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import GatewayError, GatewayState, NotificationRejected, PaymentProvider, StartResult

log = logging.getLogger(__name__)

#: Seconds to connect and to read, for every call to the gateway.
TIMEOUT = (5, 20)
NOTIFY_HEADERS = (
    "Wechatpay-Serial",
    "Wechatpay-Signature",
    "Wechatpay-Signature-Type",
    "Wechatpay-Timestamp",
    "Wechatpay-Nonce",
)

_clients: dict[tuple, object] = {}
# The SDK's certificate list is a plain list refreshed in place; serialize access to it.
_lock = threading.RLock()


def reset_clients() -> None:
    """Forget cached SDK clients (tests, key rotation)."""
    with _lock:
        _clients.clear()


class WechatPayProvider(PaymentProvider):
    identifier = "wechatpay"
    verbose_name = _("微信支付")
    required_settings = (
        "WECHATPAY_MCHID",
        "WECHATPAY_APPID",
        "WECHATPAY_CERT_SERIAL_NO",
        "WECHATPAY_PRIVATE_KEY",
        "WECHATPAY_APIV3_KEY",
    )
    scan_hint = _("请打开微信扫一扫付款；在手机上可截图后用微信识别二维码")

    # --- configuration -----------------------------------------------------------------
    def client(self):
        """The SDK client for the current settings (cached per settings).

        In certificate mode the first call downloads the platform certificates; raises
        :class:`GatewayError` when that fails (the next call tries again).
        """
        from wechatpayv3 import WeChatPay, WeChatPayType

        public_key = self.setting("WECHATPAY_PUBLIC_KEY") or None
        public_key_id = self.setting("WECHATPAY_PUBLIC_KEY_ID") or None
        config = (
            self.setting("WECHATPAY_MCHID"),
            self.setting("WECHATPAY_APPID"),
            self.setting("WECHATPAY_CERT_SERIAL_NO"),
            self.setting("WECHATPAY_PRIVATE_KEY"),
            self.setting("WECHATPAY_APIV3_KEY"),
            public_key,
            public_key_id,
            self.notify_url(),
        )
        with _lock:
            client = _clients.get(config)
            if client is None:
                mchid, appid, serial, private_key, apiv3_key, public_key, public_key_id, notify_url = config
                cert_dir = None if public_key else str(settings.DATA_DIR.joinpath("wechatpay_certs"))
                try:
                    client = WeChatPay(
                        wechatpay_type=WeChatPayType.NATIVE,
                        mchid=mchid,
                        private_key=private_key,
                        cert_serial_no=serial,
                        appid=appid,
                        apiv3_key=apiv3_key,
                        notify_url=notify_url,
                        cert_dir=cert_dir,
                        logger=log,
                        timeout=TIMEOUT,
                        public_key=public_key,
                        public_key_id=public_key_id,
                    )
                except Exception as exc:  # noqa: BLE001 — the SDK raises bare Exception
                    raise GatewayError(f"wechatpay client: {exc}") from exc
                _clients[config] = client
            return client

    def settings_problems(self) -> list[str]:
        problems = []
        if len(self.setting("WECHATPAY_APIV3_KEY").encode("utf-8")) != 32:
            problems.append("WECHATPAY_APIV3_KEY must be exactly 32 bytes (AES-256-GCM key)")
        if bool(self.setting("WECHATPAY_PUBLIC_KEY")) != bool(self.setting("WECHATPAY_PUBLIC_KEY_ID")):
            problems.append("set both WECHATPAY_PUBLIC_KEY and WECHATPAY_PUBLIC_KEY_ID, or neither (platform certificates)")
        from wechatpayv3.utils import load_private_key, load_public_key

        try:
            load_private_key(self.setting("WECHATPAY_PRIVATE_KEY"))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"WECHATPAY_PRIVATE_KEY cannot be loaded: {exc}")
        if self.setting("WECHATPAY_PUBLIC_KEY"):
            try:
                load_public_key(self.setting("WECHATPAY_PUBLIC_KEY"))
            except Exception as exc:  # noqa: BLE001
                problems.append(f"WECHATPAY_PUBLIC_KEY cannot be loaded: {exc}")
        return problems

    def _request(self, what: str, call):
        """Run ``call(client)`` → ``(status, text)``; SDK failures become GatewayError."""
        try:
            with _lock:
                client = self.client()
            return call(client)
        except GatewayError:
            raise
        except Exception as exc:  # noqa: BLE001 — requests errors, "failed to verify the signature" …
            raise GatewayError(f"{what}: {exc!r}") from exc

    @staticmethod
    def _json(text) -> dict:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return {"raw": str(text)[:500]}
        return data if isinstance(data, dict) else {"raw": data}

    # --- the payment ---------------------------------------------------------------------
    def start(self, order, request) -> StartResult:
        expire = timezone.localtime(order.expires_at).isoformat(timespec="seconds")
        code, text = self._request(
            f"wechatpay native {order.out_trade_no}",
            lambda c: c.pay(
                description=order.subject,
                out_trade_no=order.out_trade_no,
                amount={"total": int(order.amount_fen), "currency": order.currency},
                time_expire=expire,
                notify_url=self.notify_url(),
            ),
        )
        data = self._json(text)
        if code != 200 or not data.get("code_url"):
            raise GatewayError(f"wechatpay native {order.out_trade_no}: HTTP {code} {data.get('code', '')} {data.get('message', '')}")
        return StartResult(kind="qr", payload=data["code_url"])

    def handle_notification(self, request) -> GatewayState:
        try:
            body = request.body.decode("utf-8")
            envelope = json.loads(body)
        except (UnicodeDecodeError, ValueError) as exc:
            raise NotificationRejected(f"malformed body: {exc}") from exc
        if not isinstance(envelope, dict) or not isinstance(envelope.get("resource"), dict):
            raise NotificationRejected("malformed body: no resource object")
        try:
            with _lock:
                result = self.client().callback(request.headers, body)
        except Exception as exc:  # noqa: BLE001 — unsupported algorithm, junk serial, …
            raise NotificationRejected(f"verification failed: {exc}") from exc
        if not result or not isinstance(result.get("resource"), dict):
            raise NotificationRejected("bad signature, or AES-256-GCM decryption with the APIv3 key failed")
        resource = result["resource"]
        claimed = str(resource.get("out_trade_no", ""))[:64]
        if resource.get("mchid") != self.setting("WECHATPAY_MCHID"):
            raise NotificationRejected(f"mchid mismatch: {resource.get('mchid')!r}", claimed, resource)
        is_refund = str(result.get("event_type", "")).startswith("REFUND.")
        # Refund notifications (退款结果通知) carry no appid; payment ones must carry ours.
        if not is_refund and resource.get("appid") != self.setting("WECHATPAY_APPID"):
            raise NotificationRejected(f"appid mismatch: {resource.get('appid')!r}", claimed, resource)
        if not claimed:
            raise NotificationRejected("malformed resource: no out_trade_no", claimed, resource)
        amount = resource.get("amount") if isinstance(resource.get("amount"), dict) else {}
        total = amount.get("total")
        if type(total) is not int or total < 0:
            raise NotificationRejected(f"malformed amount.total {total!r}", claimed, resource)
        if is_refund:
            status = "refunded" if resource.get("refund_status") == "SUCCESS" else "pending"
        else:
            trade_state = resource.get("trade_state", "")
            status = _STATES.get(trade_state)
            if status is None:
                raise NotificationRejected(f"unknown trade_state {trade_state!r}", claimed, resource)
        data = {"id": result.get("id"), "event_type": result.get("event_type"), "resource": resource}
        return GatewayState(
            status=status,
            out_trade_no=claimed,
            provider_trade_no=str(resource.get("transaction_id", "")),
            amount_fen=total,
            currency=str(amount.get("currency", "CNY")),
            data=data,
        )

    def success_response(self) -> HttpResponse:
        # API v3: "HTTP 200 or 204, no body" means received.
        return HttpResponse(status=204)

    def failure_response(self, reason: str = "") -> HttpResponse:
        # Any 4xx/5xx makes WeChat Pay retry (15s/15s/30s/3m/… over 24h).
        return JsonResponse({"code": "FAIL", "message": "失败"}, status=500)

    def query(self, order) -> GatewayState:
        code, text = self._request(
            f"wechatpay query {order.out_trade_no}", lambda c: c.query(out_trade_no=order.out_trade_no)
        )
        data = self._json(text)
        if code == 404 or data.get("code") == "ORDER_NOT_EXIST":
            return GatewayState(status="not_found", out_trade_no=order.out_trade_no, data=data)
        if code != 200:
            raise GatewayError(f"wechatpay query {order.out_trade_no}: HTTP {code} {data.get('code', '')}")
        status = _STATES.get(data.get("trade_state", ""))
        if status is None:
            raise GatewayError(f"wechatpay query {order.out_trade_no}: unknown trade_state {data.get('trade_state')!r}")
        if data.get("mchid") != self.setting("WECHATPAY_MCHID") or data.get("out_trade_no") != order.out_trade_no:
            raise GatewayError(f"wechatpay query {order.out_trade_no}: answer is for another merchant or order")
        amount = data.get("amount") if isinstance(data.get("amount"), dict) else {}
        total = amount.get("total")
        return GatewayState(
            status=status,
            out_trade_no=order.out_trade_no,
            provider_trade_no=str(data.get("transaction_id", "")),
            amount_fen=total if type(total) is int else None,
            currency=str(amount.get("currency", "CNY")),
            data=data,
        )

    def close(self, order) -> None:
        code, text = self._request(
            f"wechatpay close {order.out_trade_no}", lambda c: c.close(out_trade_no=order.out_trade_no)
        )
        if code in (200, 204):
            return
        data = self._json(text)
        if data.get("code") == "ORDER_NOT_EXIST":
            return
        raise GatewayError(f"wechatpay close {order.out_trade_no}: HTTP {code} {data.get('code', '')}")

    def refund(self, order) -> None:
        code, text = self._request(
            f"wechatpay refund {order.out_trade_no}",
            lambda c: c.refund(
                out_refund_no=f"{order.out_trade_no}R",
                amount={"refund": int(order.amount_fen), "total": int(order.amount_fen), "currency": order.currency},
                out_trade_no=order.out_trade_no,
            ),
        )
        data = self._json(text)
        if code != 200 or data.get("status") not in ("SUCCESS", "PROCESSING"):
            raise GatewayError(f"wechatpay refund {order.out_trade_no}: HTTP {code} {data.get('code', '')} {data.get('status', '')}")


# trade_state (支付通知 / 查询订单) → our status.
_STATES = {
    "SUCCESS": "paid",
    "NOTPAY": "pending",
    "USERPAYING": "pending",
    "CLOSED": "closed",
    "REVOKED": "closed",
    "PAYERROR": "closed",
    "REFUND": "refunded",
}
