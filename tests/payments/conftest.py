"""Payments fixtures: an article to tip, a signed-in tipper's client, keys generated here, fake gateways.

Keys are generated once per test session (RSA-2048 takes tens of milliseconds each):
the Alipay application key (ours) and Alipay's own key, the WeChat Pay merchant API key
(ours) and the WeChat Pay platform key, plus a random 32-character APIv3 key. The fakes
in :mod:`tests.payments.gateways` replace only the HTTP layer the SDKs use.
"""

from __future__ import annotations

import secrets
import string
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.cache import cache
from django.test import Client

from tests.payments.gateways import AlipayGateway, UrlopenAnswer, WechatGateway

ALIPAY_APP_ID = "2021000000000001"
ALIPAY_SELLER_ID = "2088000000000001"
WECHAT_MCHID = "1900000109"
WECHAT_APPID = "wxd678efh567hg6787"
WECHAT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
WECHAT_PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000"


class KeyPair:
    """An RSA key with its PEM texts."""

    def __init__(self):
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.private_pem = self.private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        self.public_pem = (
            self.private.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )

    @property
    def public_base64(self) -> str:
        """The public key as the Alipay console shows it: bare base64, no PEM lines."""
        return "".join(line for line in self.public_pem.splitlines() if not line.startswith("-----"))


@pytest.fixture(scope="session")
def keys():
    """Four freshly generated RSA key pairs and an APIv3 key, for the whole session."""
    alphabet = string.ascii_letters + string.digits
    return {
        "alipay_app": KeyPair(),
        "alipay_platform": KeyPair(),
        "wechat_merchant": KeyPair(),
        "wechat_platform": KeyPair(),
        "apiv3": "".join(secrets.choice(alphabet) for _ in range(32)),
    }


@pytest.fixture(autouse=True)
def _payments_env(settings, db):
    """An empty cache (rate limits), the sandbox enabled, SITE_URL fixed (tests/conftest.py: plain static files)."""
    settings.SITE_URL = "http://testserver"
    settings.PAYMENTS_PROVIDERS = ["sandbox"]
    settings.PAYMENTS_SANDBOX_KEY = "test-sandbox-key-0123456789"
    settings.PAYMENTS_RATE_LIMIT = 10
    settings.PAYMENTS_TIP_AMOUNTS = ["0.01", "1", "365", "188", "99.99", "66.6", "52", "6.66", "6"]
    settings.PAYMENTS_TIP_MAX = "500"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(make_article):
    """A published article to tip."""
    return make_article(title="在区委务虚会上的讲话", body="同志们：\n今天我们召开区委务虚会。", index=False)


@pytest.fixture
def tipper_client(client, tipper):
    client.force_login(tipper)
    return client


@pytest.fixture
def alipay(settings, keys, monkeypatch):
    """Alipay configured with generated keys; returns the fake gateway behind ``urlopen``."""
    settings.PAYMENTS_PROVIDERS = ["alipay"]
    settings.ALIPAY_APP_ID = ALIPAY_APP_ID
    settings.ALIPAY_APP_PRIVATE_KEY = keys["alipay_app"].private_pem
    settings.ALIPAY_PUBLIC_KEY = keys["alipay_platform"].public_base64  # as the console shows it
    settings.ALIPAY_SELLER_ID = ALIPAY_SELLER_ID
    settings.ALIPAY_SANDBOX = False
    gateway = AlipayGateway(
        app_id=ALIPAY_APP_ID,
        seller_id=ALIPAY_SELLER_ID,
        app_public_pem=keys["alipay_app"].public_pem,
        platform_key=keys["alipay_platform"].private,
    )
    import alipay as alipay_sdk

    monkeypatch.setattr(alipay_sdk, "urlopen", gateway.urlopen)
    return gateway


@pytest.fixture
def wechatpay(settings, keys, monkeypatch):
    """WeChat Pay configured (platform public key mode); returns the fake gateway behind requests."""
    from haowen.payments.providers import wechatpay as provider_module

    settings.PAYMENTS_PROVIDERS = ["wechatpay"]
    settings.WECHATPAY_MCHID = WECHAT_MCHID
    settings.WECHATPAY_APPID = WECHAT_APPID
    settings.WECHATPAY_CERT_SERIAL_NO = WECHAT_SERIAL
    settings.WECHATPAY_PRIVATE_KEY = keys["wechat_merchant"].private_pem
    settings.WECHATPAY_APIV3_KEY = keys["apiv3"]
    settings.WECHATPAY_PUBLIC_KEY = keys["wechat_platform"].public_pem
    settings.WECHATPAY_PUBLIC_KEY_ID = WECHAT_PUBLIC_KEY_ID
    gateway = WechatGateway(
        mchid=WECHAT_MCHID,
        appid=WECHAT_APPID,
        merchant_public_key=keys["wechat_merchant"].private.public_key(),
        platform_key=keys["wechat_platform"].private,
        serial=WECHAT_PUBLIC_KEY_ID,
        apiv3_key=keys["apiv3"],
    )
    import wechatpayv3.core

    monkeypatch.setattr(wechatpayv3.core, "requests", gateway)
    provider_module.reset_clients()
    yield gateway
    provider_module.reset_clients()


@pytest.fixture
def gateway_http(monkeypatch):
    """Route the sandbox gateway's HTTP POST to our notify view; returns the list of calls."""
    calls = []
    gateway_client = Client()

    def fake_urlopen(request, timeout=None):
        parts = urlsplit(request.full_url)
        response = gateway_client.post(parts.path, data=request.data, content_type=request.get_header("Content-type"))
        calls.append((parts.path, response.status_code))
        return UrlopenAnswer(response.content)

    from haowen.payments.providers import sandbox

    monkeypatch.setattr(sandbox, "urlopen", fake_urlopen)
    return calls
