"""Rate limits: per client IP without a token, per token with one."""

from __future__ import annotations

import pytest

from haowen.limits import client_ip, parse_rate

pytestmark = pytest.mark.django_db


def test_it_limits_anonymous_callers_per_ip(client, settings):
    settings.API_RATE_ANON = "2/min"
    assert [client.get("/api/v1/articles").status_code for _ in range(3)] == [200, 200, 429]
    # Another address has its own window.
    assert client.get("/api/v1/articles", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_it_limits_token_holders_per_token_not_per_ip(client, settings, reader, reader_token, bearer):
    from haowen.api.services import create_token

    settings.API_RATE_ANON = "1/min"
    settings.API_RATE_TOKEN = "3/min"
    statuses = [client.get("/api/v1/articles", **bearer(reader_token)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    # A second token of the same user has its own budget; the IP's anonymous budget is untouched.
    _row, other = create_token(reader, "第二个")
    assert client.get("/api/v1/articles", **bearer(other)).status_code == 200
    assert client.get("/api/v1/articles").status_code == 200


def test_it_ignores_x_forwarded_for_unless_proxies_are_trusted(client, settings):
    settings.API_RATE_ANON = "1/min"
    assert client.get("/api/v1/articles", HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 200
    # A client cannot dodge the limit by inventing X-Forwarded-For.
    assert client.get("/api/v1/articles", HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 429


def test_it_uses_the_address_the_trusted_proxy_saw(client, settings):
    settings.API_RATE_ANON = "1/min"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client.get("/api/v1/articles", HTTP_X_FORWARDED_FOR="spoof, 3.3.3.3").status_code == 200
    assert client.get("/api/v1/articles", HTTP_X_FORWARDED_FOR="other-spoof, 3.3.3.3").status_code == 429
    assert client.get("/api/v1/articles", HTTP_X_FORWARDED_FOR="4.4.4.4").status_code == 200


def test_it_does_not_limit_the_openapi_description(client, settings):
    settings.API_RATE_ANON = "1/min"
    assert [client.get("/api/openapi.json").status_code for _ in range(3)] == [200, 200, 200]


@pytest.mark.parametrize(
    "value, expected",
    [("60/min", (60, 60)), ("10/s", (10, 1)), ("100/5min", (100, 300)), ("5000/day", (5000, 86400)),
     ("2/h", (2, 3600)), (" 7 / m ", (7, 60)), ("0", None), ("", None), ("off", None), ("0/min", None)],
)
def test_it_parses_rates(value, expected):
    assert parse_rate(value, "API_RATE_ANON") == expected


@pytest.mark.parametrize("value", ["sixty", "60", "60/fortnight", "-1/min", "60/min/extra"])
def test_it_names_the_setting_for_a_bad_rate(value):
    with pytest.raises(ValueError, match="API_RATE_ANON"):
        parse_rate(value, "API_RATE_ANON")


def test_it_reads_the_client_ip(rf, settings):
    request = rf.get("/", REMOTE_ADDR="9.9.9.9", HTTP_X_FORWARDED_FOR="a, b, c")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "9.9.9.9"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "b"
    settings.TRUSTED_PROXY_COUNT = 9
    assert client_ip(request) == "a"  # fewer entries than proxies: all written by them
    assert client_ip(rf.get("/", REMOTE_ADDR="9.9.9.9")) == "9.9.9.9"  # no header at all
