"""The one rate limiter: rates, atomic shared counters, refusals that cost nothing, client_ip()."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from django.conf import settings as django_settings

from haowen import limits
from haowen.limits.store import COUNTER_TABLE, SQLiteCounters, counters


@pytest.mark.parametrize(
    "value, expected",
    [("60/min", (60, 60)), ("5/5m", (5, 300)), ("5/5min", (5, 300)), ("10/m", (10, 60)), ("3/15m", (3, 900)),
     ("2/h", (2, 3600)), ("1/day", (1, 86400)), ("0", None), ("", None), ("off", None)],
)
def test_it_reads_one_rate_grammar_for_every_setting(value, expected):
    assert limits.parse_rate(value, "SEARCH_RATE_ANON") == expected


def test_it_reads_scoped_rates_and_names_the_setting_when_they_are_wrong():
    rates = limits.parse_scoped_rates("10/m/ip,5/5m/key", "RATE_LIMIT_LOGIN_FAILED", ("ip", "key"))
    assert rates == {"ip": (10, 60), "key": (5, 300)}
    assert limits.parse_scoped_rates("", "RATE_LIMIT_SIGNUP", ("ip",)) == {}
    for bad in ("10/m/user", "10/m", "10/m/ip,3/m/ip", "ten/m/ip", "10/fortnight/ip"):
        with pytest.raises(ValueError, match="RATE_LIMIT_LOGIN_FAILED"):
            limits.parse_scoped_rates(bad, "RATE_LIMIT_LOGIN_FAILED", ("ip", "key"))


def test_it_allows_the_limit_and_refuses_the_rest_with_the_time_to_wait():
    rate = limits.Rate(3, 60)
    decisions = [limits.consume(("t", "a", rate)) for _ in range(5)]
    assert [d.allowed for d in decisions] == [True, True, True, False, False]
    assert 1 <= decisions[-1].retry_after <= 60
    assert limits.consume(("t", "b", rate)).allowed  # another identity has its own bucket
    assert limits.consume(("t", "a", None)).allowed  # no rate: no limit


def test_it_charges_a_refused_request_nothing_in_any_bucket():
    small, large = limits.Rate(1, 60), limits.Rate(3, 60)
    assert limits.consume(("ip", "x", large), ("session", "s1", small))
    for _ in range(5):  # refused by the session bucket: the IP bucket must not fill up
        assert not limits.consume(("ip", "x", large), ("session", "s1", small))
    assert limits.consume(("ip", "x", large), ("session", "s2", small))
    assert limits.consume(("ip", "x", large), ("session", "s3", small))
    assert not limits.consume(("ip", "x", large), ("session", "s4", small))


def test_it_gives_hits_back_on_undo_and_empties_a_bucket_on_reset():
    rate = limits.Rate(2, 60)
    first = limits.consume(("t", "u", rate))
    first.undo()
    assert limits.consume(("t", "u", rate)) and limits.consume(("t", "u", rate))
    assert not limits.consume(("t", "u", rate))
    limits.reset("t", "u", rate)
    assert limits.consume(("t", "u", rate))


def test_it_starts_a_new_window_when_the_old_one_is_over():
    rate = limits.Rate(1, 1)
    assert limits.consume(("t", "w", rate), now=1000.0)
    assert not limits.consume(("t", "w", rate), now=1000.5)
    if counters().name == "sqlite":  # the SQLite store dates windows by the given clock
        assert limits.consume(("t", "w", rate), now=1001.0)


def _hammer(path: str, start, results, n: int) -> None:
    store = SQLiteCounters(path)
    start.wait()
    results.put([store.incr("burst", 60)[0] for _ in range(n)])


def test_it_counts_a_burst_from_several_processes_exactly_once_each(tmp_path):
    """The SQLite store: 6 processes × 40 hits at once; every count 1…240 exactly once."""
    ctx = multiprocessing.get_context("fork")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(tmp_path / "c.sqlite3"), start, results, 40)) for _ in range(6)]
    for p in procs:
        p.start()
    start.set()
    counts = sorted(c for _ in procs for c in results.get(timeout=60))
    for p in procs:
        p.join(10)
    assert counts == list(range(1, 241))


def _consume_in_child(start, results, n: int) -> None:
    # Touches no database connection inherited from the parent (closing one would end the
    # parent's PostgreSQL session): the counters are the SQLite file or Redis.
    start.wait()
    results.put([limits.consume(("burst", "client", limits.Rate(25, 60))).allowed for _ in range(n)])


def test_it_lets_no_more_than_the_limit_through_a_concurrent_burst_of_processes():
    """Whatever the store (SQLite file, or Redis under REDIS_URL): 5 processes × 20 tries, limit 25."""
    ctx = multiprocessing.get_context("fork")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_consume_in_child, args=(start, results, 20)) for _ in range(5)]
    for p in procs:
        p.start()
    start.set()
    allowed = sum(ok for _ in procs for ok in results.get(timeout=60))
    for p in procs:
        p.join(10)
    assert allowed == 25


def test_it_stores_no_client_address_or_user_name():
    limits.consume(("login-name", "wang.xiaoming", limits.Rate(5, 60)), ("login-ip", "203.0.113.77", limits.Rate(5, 60)))
    if counters().name != "sqlite":
        pytest.skip("the SQLite store only")
    with sqlite3.connect(django_settings.CACHE_SQLITE_PATH) as conn:
        keys = [row[0] for row in conn.execute(f"SELECT key FROM {COUNTER_TABLE}")]
    assert len(keys) == 2 and not any("wang" in k or "203.0.113" in k for k in keys)


def test_it_reads_the_client_ip_through_the_trusted_proxies_only(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    settings.TRUSTED_PROXY_COUNT = 0
    assert limits.client_ip(request) == "10.0.0.1"  # the header is the client's own invention
    settings.TRUSTED_PROXY_COUNT = 1
    assert limits.client_ip(request) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert limits.client_ip(request) == "6.6.6.6"
    assert limits.client_ip(rf.get("/", REMOTE_ADDR="")) == "unknown"


def test_it_counts_an_ipv6_client_by_its_slash_64():
    assert limits.ip_bucket("2001:db8:1:2:aaaa::1") == limits.ip_bucket("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert limits.ip_bucket("2001:db8:1:3::1") != limits.ip_bucket("2001:db8:1:2::1")
    assert limits.ip_bucket("::ffff:203.0.113.7") == "203.0.113.7"
    assert limits.ip_bucket("203.0.113.7") == "203.0.113.7"
    assert limits.ip_bucket("not an address") == "not an address"


def test_it_names_a_bad_rate_setting_in_the_system_check(settings):
    from haowen.limits.apps import check_rate_settings

    assert check_rate_settings() == []
    settings.SEARCH_RATE_ANON = "lots"
    settings.RATE_LIMIT_SIGNUP = "10/m/everyone"
    errors = check_rate_settings()
    assert [e.id for e in errors] == ["limits.E001", "limits.E001"]
    assert "SEARCH_RATE_ANON" in errors[0].msg and "RATE_LIMIT_SIGNUP" in errors[1].msg
