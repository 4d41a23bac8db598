"""The payments system check: what an enabled provider is missing, bad settings."""

from django.core import checks

from haowen.payments.checks import check_payments
from haowen.payments.providers import available_providers, enabled_identifiers


def _ids(messages):
    return sorted(m.id for m in messages)


def test_it_is_silent_for_the_defaults(settings):
    settings.PAYMENTS_PROVIDERS = []
    assert check_payments() == []
    assert enabled_identifiers() == ["alipay", "wechatpay"] and available_providers() == []


def test_it_lists_what_an_enabled_provider_is_missing(settings):
    settings.PAYMENTS_PROVIDERS = ["sandbox", "alipay"]
    settings.ALIPAY_APP_ID = "2021000000000001"
    messages = check_payments()
    assert _ids(messages) == ["payments.W001"]
    assert "ALIPAY_APP_PRIVATE_KEY, ALIPAY_PUBLIC_KEY" in messages[0].msg and messages[0].level == checks.WARNING
    assert [p.identifier for p in available_providers()] == ["sandbox"]


def test_it_reports_half_configured_default_providers(settings):
    settings.PAYMENTS_PROVIDERS = []
    settings.WECHATPAY_MCHID = "1900000109"
    messages = check_payments()
    assert _ids(messages) == ["payments.W001"] and "'wechatpay'" in messages[0].msg


def test_it_names_unknown_providers_and_bad_amounts(settings):
    settings.PAYMENTS_PROVIDERS = ["sandbox", "paypal"]
    settings.PAYMENTS_TIP_AMOUNTS = ["1", "1.999"]
    settings.PAYMENTS_TIP_MAX = "lots"
    messages = check_payments()
    assert _ids(messages) == ["payments.E001", "payments.E001", "payments.E002"]
    text = " ".join(m.msg for m in messages)
    assert "'paypal'" in text and "1.999" in text and "PAYMENTS_TIP_MAX" in text


def test_it_reports_keys_that_do_not_load(settings):
    settings.PAYMENTS_PROVIDERS = ["alipay"]
    settings.ALIPAY_APP_ID = "2021000000000001"
    settings.ALIPAY_APP_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"
    settings.ALIPAY_PUBLIC_KEY = "nope"
    messages = check_payments()
    assert _ids(messages) == ["payments.W002"] and "cannot be loaded" in messages[0].msg


def test_it_runs_inside_manage_py_check(settings):
    settings.PAYMENTS_PROVIDERS = ["alipay"]
    assert "payments.W001" in _ids(checks.run_checks(tags=["payments"]))
