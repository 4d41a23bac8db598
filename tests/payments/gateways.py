"""Fake Alipay and WeChat Pay gateways at the HTTP layer, built from the gateways' documented
wire formats so the real SDK code signs, sends, receives and verifies as in production.

- Alipay: python-alipay-sdk calls ``urlopen(url)`` with every parameter in the query
  string, signed RSA2 with the application key; the answer is
  ``{"<method>_response": {...}, "sign": "..."}`` signed with Alipay's key over the exact
  JSON text of the response object. Notifications are form fields signed RSA2 over the
  sorted ``k=v`` pairs without ``sign`` and ``sign_type``.
- WeChat Pay v3: wechatpayv3 calls ``requests.get/post`` with an ``Authorization:
  WECHATPAY2-SHA256-RSA2048`` header; answers carry ``Wechatpay-*`` headers signed over
  ``timestamp\\nnonce\\nbody\\n`` with the platform key. Notifications are JSON with the
  ``resource`` encrypted AEAD_AES_256_GCM under the APIv3 key, signed the same way.

The fakes check our request signatures too, as the real gateways do.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import secrets
import time
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def rsa2_sign(private_key, message: str) -> str:
    return base64.b64encode(private_key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def rsa2_verify(public_key, message: str, signature: str) -> bool:
    try:
        public_key.verify(base64.b64decode(signature), message.encode(), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


# --- Alipay ---------------------------------------------------------------------------


def alipay_unsigned_string(params: dict) -> str:
    """Alipay's string to sign for notifications: sorted k=v without sign and sign_type."""
    return "&".join(f"{k}={params[k]}" for k in sorted(params) if k not in ("sign", "sign_type"))


class AlipayGateway:
    """Alipay's open API gateway, in memory. ``trades`` maps out_trade_no → trade dict."""

    def __init__(self, *, app_id, seller_id, app_public_pem, platform_key):
        self.app_id = app_id
        self.seller_id = seller_id
        self.app_public_key = serialization.load_pem_public_key(app_public_pem.encode())
        self.platform_key = platform_key
        self.trades: dict[str, dict] = {}
        self.calls: list[tuple[str, dict]] = []
        self.fail_with: Exception | None = None

    # What python-alipay-sdk calls.
    def urlopen(self, url, timeout=None):
        if self.fail_with is not None:
            raise self.fail_with
        params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        signature = params.pop("sign", "")
        signed_string = "&".join(f"{k}={params[k]}" for k in sorted(params))
        method = params.get("method", "")
        response_type = method.replace(".", "_") + "_response"
        if not rsa2_verify(self.app_public_key, signed_string, signature) or params.get("app_id") != self.app_id:
            return self._answer("error_response", {"code": "40002", "msg": "Invalid Arguments", "sub_code": "isv.invalid-signature"}, signed=False)
        biz = json.loads(params.get("biz_content") or "{}")
        self.calls.append((method, biz))
        handler = getattr(self, "_" + method.replace(".", "_"))
        return self._answer(response_type, handler(biz, params))

    def _answer(self, response_type: str, body: dict, signed: bool = True):
        content = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        if signed:
            raw = '{"%s":%s,"sign":"%s"}' % (response_type, content, rsa2_sign(self.platform_key, content))
        else:
            raw = '{"%s":%s}' % (response_type, content)
        return io.BytesIO(raw.encode())

    def _alipay_trade_precreate(self, biz, params):
        self.trades[biz["out_trade_no"]] = {
            "total_amount": biz["total_amount"],
            "trade_status": "WAIT_BUYER_PAY",
            "trade_no": "2024" + secrets.token_hex(12),
            "notify_url": params.get("notify_url"),
        }
        return {"code": "10000", "msg": "Success", "out_trade_no": biz["out_trade_no"], "qr_code": "https://qr.alipay.com/bax0" + secrets.token_hex(8)}

    def _alipay_trade_query(self, biz, params):
        trade = self.trades.get(biz["out_trade_no"])
        if trade is None:
            return {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_NOT_EXIST", "sub_msg": "交易不存在"}
        return {
            "code": "10000",
            "msg": "Success",
            "out_trade_no": biz["out_trade_no"],
            "trade_no": trade["trade_no"],
            "trade_status": trade["trade_status"],
            "total_amount": trade["total_amount"],
        }

    def _alipay_trade_close(self, biz, params):
        trade = self.trades.get(biz["out_trade_no"])
        if trade is None:
            return {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_NOT_EXIST"}
        if trade["trade_status"] != "WAIT_BUYER_PAY":
            return {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_STATUS_ERROR"}
        trade["trade_status"] = "TRADE_CLOSED"
        return {"code": "10000", "msg": "Success", "out_trade_no": biz["out_trade_no"]}

    def _alipay_trade_refund(self, biz, params):
        trade = self.trades[biz["out_trade_no"]]
        assert biz["refund_amount"] == trade["total_amount"]
        return {"code": "10000", "msg": "Success", "fund_change": "Y", "refund_fee": biz["refund_amount"], "out_trade_no": biz["out_trade_no"]}

    # What the gateway sends us.
    def pay(self, out_trade_no: str) -> None:
        """The payer scanned and paid."""
        self.trades[out_trade_no]["trade_status"] = "TRADE_SUCCESS"

    def notification(self, out_trade_no: str, *, key=None, **overrides) -> dict:
        """The form fields of a TRADE_SUCCESS notification, signed (with ``key`` if given)."""
        trade = self.trades.get(out_trade_no, {"total_amount": "1.00", "trade_no": "2024deadbeef"})
        now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        params = {
            "gmt_create": now,
            "charset": "utf-8",
            "seller_email": "shop@example.com",
            "subject": "赏赞：在区委务虚会上的讲话",
            "buyer_id": "2088102177846880",
            "invoice_amount": trade["total_amount"],
            "notify_id": secrets.token_hex(16),
            "fund_bill_list": '[{"amount":"%s","fundChannel":"ALIPAYACCOUNT"}]' % trade["total_amount"],
            "notify_type": "trade_status_sync",
            "trade_status": "TRADE_SUCCESS",
            "receipt_amount": trade["total_amount"],
            "app_id": self.app_id,
            "buyer_pay_amount": trade["total_amount"],
            "sign_type": "RSA2",
            "seller_id": self.seller_id,
            "gmt_payment": now,
            "notify_time": now,
            "version": "1.0",
            "out_trade_no": out_trade_no,
            "total_amount": trade["total_amount"],
            "trade_no": trade["trade_no"],
            "auth_app_id": self.app_id,
            "buyer_logon_id": "csq***@sandbox.com",
            "point_amount": "0.00",
        }
        params.update(overrides)
        params["sign"] = rsa2_sign(key or self.platform_key, alipay_unsigned_string(params))
        return params


def post_form(client, url: str, params: dict):
    """POST ``params`` x-www-form-urlencoded, as Alipay does."""
    return client.post(url, data=urlencode(params), content_type="application/x-www-form-urlencoded; charset=utf-8")


# --- the sandbox gateway ----------------------------------------------------------------


class UrlopenAnswer(io.BytesIO):
    """What ``urlopen`` returns, as a context manager: the answer's body as bytes."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# --- WeChat Pay -----------------------------------------------------------------------


class FakeResponse:
    def __init__(self, status_code: int, text: str, headers: dict):
        self.status_code = status_code
        self.text = text
        self.content = text.encode()
        self.headers = headers


_AUTH_RE = re.compile(r'(\w+)="([^"]*)"')


class WechatGateway:
    """WeChat Pay API v3, in memory, standing in for the ``requests`` module the SDK uses."""

    def __init__(self, *, mchid, appid, merchant_public_key, platform_key, serial, apiv3_key, certificate_pem=None):
        self.mchid = mchid
        self.appid = appid
        self.merchant_public_key = merchant_public_key
        self.platform_key = platform_key
        self.serial = serial
        self.apiv3_key = apiv3_key
        self.certificate_pem = certificate_pem
        self.orders: dict[str, dict] = {}
        self.calls: list[tuple[str, str, dict | None]] = []
        self.fail_with: Exception | None = None

    # --- signing ---------------------------------------------------------------------
    def signed_headers(self, body: str, *, key=None, serial=None, timestamp=None) -> dict:
        timestamp = str(timestamp or int(time.time()))
        nonce = secrets.token_hex(16)
        signature = rsa2_sign(key or self.platform_key, f"{timestamp}\n{nonce}\n{body}\n")
        return {
            "Wechatpay-Timestamp": timestamp,
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": signature,
            "Wechatpay-Serial": serial or self.serial,
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
        }

    def _respond(self, status: int, payload: dict | None) -> FakeResponse:
        text = json.dumps(payload, ensure_ascii=False) if payload is not None else ""
        headers = {"Content-Type": "application/json; charset=utf-8", **self.signed_headers(text)}
        return FakeResponse(status, text, headers)

    def _check_auth(self, method: str, url: str, headers: dict, body: str) -> bool:
        auth = headers.get("Authorization", "")
        if not auth.startswith("WECHATPAY2-SHA256-RSA2048 "):
            return False
        fields = dict(_AUTH_RE.findall(auth))
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        message = f"{method}\n{path}\n{fields.get('timestamp')}\n{fields.get('nonce_str')}\n{body}\n"
        return fields.get("mchid") == self.mchid and rsa2_verify(self.merchant_public_key, message, fields.get("signature", ""))

    # --- the requests API the SDK calls --------------------------------------------------
    def get(self, url, headers=None, proxies=None, timeout=None):
        return self._handle("GET", url, headers or {}, None)

    def post(self, url, json=None, data=None, headers=None, files=None, proxies=None, timeout=None):
        return self._handle("POST", url, headers or {}, json)

    def _handle(self, method, url, headers, payload):
        if self.fail_with is not None:
            raise self.fail_with
        body = json.dumps(payload) if payload else ""
        if not self._check_auth(method, url, headers, body):
            return self._respond(401, {"code": "SIGN_ERROR", "message": "签名错误"})
        path = urlsplit(url).path
        self.calls.append((method, path, payload))
        if method == "GET" and path == "/v3/certificates":
            return self._certificates()
        if method == "POST" and path == "/v3/pay/transactions/native":
            return self._native(payload)
        m = re.fullmatch(r"/v3/pay/transactions/out-trade-no/([^/]+)", path)
        if method == "GET" and m:
            return self._query(m.group(1))
        m = re.fullmatch(r"/v3/pay/transactions/out-trade-no/([^/]+)/close", path)
        if method == "POST" and m:
            order = self.orders.get(m.group(1))
            if order and order["trade_state"] == "NOTPAY":
                order["trade_state"] = "CLOSED"
            return self._respond(204, None)
        if method == "POST" and path == "/v3/refund/domestic/refunds":
            order = self.orders[payload["out_trade_no"]]
            assert payload["amount"]["refund"] == order["amount"]["total"]
            order["trade_state"] = "REFUND"
            return self._respond(200, {"refund_id": "5030" + secrets.token_hex(8), "out_refund_no": payload["out_refund_no"], "status": "PROCESSING", "amount": payload["amount"]})
        return self._respond(404, {"code": "NOT_FOUND", "message": path})

    def _native(self, payload):
        assert payload["appid"] == self.appid and payload["mchid"] == self.mchid
        assert isinstance(payload["amount"]["total"], int)
        self.orders[payload["out_trade_no"]] = {
            "amount": dict(payload["amount"]),
            "trade_state": "NOTPAY",
            "transaction_id": "4200" + secrets.token_hex(12),
            "notify_url": payload["notify_url"],
        }
        return self._respond(200, {"code_url": "weixin://wxpay/bizpayurl?pr=" + secrets.token_hex(4)})

    def _query(self, out_trade_no):
        order = self.orders.get(out_trade_no)
        if order is None:
            return self._respond(404, {"code": "ORDER_NOT_EXIST", "message": "订单不存在"})
        return self._respond(200, self._transaction(out_trade_no))

    def _transaction(self, out_trade_no, **overrides) -> dict:
        order = self.orders.get(out_trade_no) or {"amount": {"total": 100, "currency": "CNY"}, "trade_state": "SUCCESS", "transaction_id": "4200deadbeef"}
        resource = {
            "mchid": self.mchid,
            "appid": self.appid,
            "out_trade_no": out_trade_no,
            "transaction_id": order["transaction_id"],
            "trade_type": "NATIVE",
            "trade_state": order["trade_state"],
            "trade_state_desc": "支付成功",
            "bank_type": "OTHERS",
            "attach": "",
            "success_time": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
            "amount": {
                "total": order["amount"]["total"],
                "payer_total": order["amount"]["total"],
                "currency": order["amount"].get("currency", "CNY"),
                "payer_currency": "CNY",
            },
        }
        for key, value in overrides.items():
            if key == "amount":
                resource["amount"] = {**resource["amount"], **value}
            else:
                resource[key] = value
        return resource

    def _certificates(self):
        nonce = secrets.token_hex(6)
        aad = "certificate"
        ciphertext = AESGCM(self.apiv3_key.encode()).encrypt(nonce.encode(), self.certificate_pem.encode(), aad.encode())
        now = dt.datetime.now().astimezone()
        return self._respond(
            200,
            {
                "data": [
                    {
                        "serial_no": self.serial,
                        "effective_time": now.isoformat(timespec="seconds"),
                        "expire_time": (now + dt.timedelta(days=365)).isoformat(timespec="seconds"),
                        "encrypt_certificate": {
                            "algorithm": "AEAD_AES_256_GCM",
                            "nonce": nonce,
                            "associated_data": aad,
                            "ciphertext": base64.b64encode(ciphertext).decode(),
                        },
                    }
                ]
            },
        )

    # --- what the gateway sends us -----------------------------------------------------
    def pay(self, out_trade_no: str) -> None:
        self.orders[out_trade_no]["trade_state"] = "SUCCESS"

    def notification(self, out_trade_no: str, *, apiv3_key=None, key=None, resource=None, **overrides) -> tuple[str, dict]:
        """``(body, headers)`` of a TRANSACTION.SUCCESS notification, encrypted and signed."""
        if resource is None:
            overrides.setdefault("trade_state", "SUCCESS")
        plain = resource if resource is not None else self._transaction(out_trade_no, **overrides)
        nonce = secrets.token_hex(6)  # 12 characters, as WeChat Pay sends
        aad = "transaction"
        ciphertext = AESGCM((apiv3_key or self.apiv3_key).encode()).encrypt(
            nonce.encode(), json.dumps(plain, ensure_ascii=False).encode(), aad.encode()
        )
        envelope = {
            "id": str(uuid.uuid4()),
            "create_time": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "resource_type": "encrypt-resource",
            "event_type": "TRANSACTION.SUCCESS",
            "summary": "支付成功",
            "resource": {
                "original_type": "transaction",
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": base64.b64encode(ciphertext).decode(),
                "associated_data": aad,
                "nonce": nonce,
            },
        }
        body = json.dumps(envelope, ensure_ascii=False)
        return body, self.signed_headers(body, key=key)


def post_json(client, url: str, body: str, headers: dict):
    """POST a JSON body with headers, as WeChat Pay does."""
    return client.post(url, data=body.encode(), content_type="application/json", headers=headers)


__all__ = ["AlipayGateway", "WechatGateway", "post_form", "post_json", "alipay_unsigned_string", "urlencode"]
