"""Failed logins, sign-ups and password-reset mails, limited through :mod:`haowen.limits`.

**What allauth does** (django-allauth 65, ``allauth/core/internal/ratelimit.py`` and
``DefaultAccountAdapter.pre_authenticate``/``authenticate``): before a password is
checked, one hit of ``login_failed`` is consumed per client IP and per login (the
lower-cased user name), default ``10/m/ip,5/5m/key``; a login that succeeds gives its
hits back. When the user name's bucket is full every attempt for that name is refused,
the real user's with the right password too: anyone who knows a user name can keep its
owner locked out for good by sending five wrong passwords every five minutes. The
buckets are timestamp lists in Django's cache behind a lock made with ``cache.add``, so
they hold across processes only with a shared cache whose ``add`` is atomic.

**What Haowen does** (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"):

* per client IP, failed logins for any user name: ``RATE_LIMIT_LOGIN_FAILED``'s ``ip``
  rate (default 10 a minute);
* a browser that has logged in as a user carries a signed *device cookie*
  (``hw_device``: HttpOnly, 180 days, naming that user and a random nonce). Its attempts
  for that user name count against the cookie's own bucket (the ``key`` rate, default 5
  per 5 minutes), never against the user name's;
* every other client's attempts for a user name share the user name's bucket (the
  ``key`` rate). A stranger filling it locks out only clients without the user's device
  cookie; the user's own browsers keep logging in, and a new browser gets in after the
  window or at once after a password reset (a reset empties the user name's bucket).

The hits are taken before the password is checked, so a burst of concurrent guesses in
several processes cannot pass the limit; a successful login gives them back. allauth's
own ``login_failed``, ``signup`` and ``reset_password`` limits are switched off in the
settings; its other built-in limits (e.g. 30 login POSTs a minute per IP, password
changes) stay allauth's, in the same shared cache.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing

from haowen import limits

DEVICE_COOKIE = "hw_device"
DEVICE_COOKIE_MAX_AGE = 180 * 24 * 3600  # seconds
_DEVICE_SALT = "haowen.accounts.login_limits.device"


def _rates(setting: str, scopes: tuple[str, ...]) -> dict[str, limits.Rate]:
    return limits.parse_scoped_rates(getattr(settings, setting), setting, scopes)


def normalize_login(login: str) -> str:
    """The form a login is counted under: stripped and case-folded (user names are
    case-insensitive at login), at most 200 characters."""
    return str(login or "").strip().casefold()[:200]


def device_nonce(request, login: str) -> str | None:
    """The nonce of this browser's device cookie when it is valid (signature, age) and
    names ``login``; else None."""
    value = request.COOKIES.get(DEVICE_COOKIE, "")
    if not value:
        return None
    try:
        data = signing.loads(value, salt=_DEVICE_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != normalize_login(login) or not data.get("n"):
        return None
    return str(data["n"])


def set_device_cookie(response, user) -> None:
    """Mark the browser behind ``response`` as one that has logged in as ``user``."""
    from allauth.account.utils import user_username

    value = signing.dumps({"u": normalize_login(user_username(user)), "n": secrets.token_urlsafe(16)},
                          salt=_DEVICE_SALT)
    response.set_cookie(
        DEVICE_COOKIE, value, max_age=DEVICE_COOKIE_MAX_AGE, httponly=True,
        secure=bool(settings.SESSION_COOKIE_SECURE), samesite="Lax",
    )


def begin_login_attempt(request, login: str) -> limits.Decision:
    """Count one login attempt for ``login`` before its password is checked.

    Buckets: the client IP, and the device cookie's nonce when the browser holds a valid
    one for ``login``, else ``login`` itself (see the module docstring). Returns the
    :class:`~haowen.limits.Decision`; call its ``undo()`` when the login succeeds.
    Raises ``ValueError`` naming ``RATE_LIMIT_LOGIN_FAILED`` when it does not parse.
    """
    rates = _rates("RATE_LIMIT_LOGIN_FAILED", ("ip", "key"))
    name = normalize_login(login)
    nonce = device_nonce(request, name)
    per_client = ("login-device", nonce, rates.get("key")) if nonce else ("login-name", name, rates.get("key"))
    return limits.consume(("login-ip", limits.ip_bucket(limits.client_ip(request)), rates.get("ip")), per_client)


def forget_failed_logins(login: str) -> None:
    """Empty ``login``'s user-name bucket (after its owner reset the password)."""
    rates = _rates("RATE_LIMIT_LOGIN_FAILED", ("ip", "key"))
    limits.reset("login-name", normalize_login(login), rates.get("key"))


def consume_signup(request) -> limits.Decision:
    """Count one sign-up POST from this client IP (``RATE_LIMIT_SIGNUP``)."""
    rates = _rates("RATE_LIMIT_SIGNUP", ("ip",))
    return limits.consume(("signup-ip", limits.ip_bucket(limits.client_ip(request)), rates.get("ip")))


def consume_password_reset(request, email: str) -> limits.Decision:
    """Count one password-reset request from this client IP and for ``email``
    (``RATE_LIMIT_PASSWORD_RESET``: ``ip`` and ``key`` rates)."""
    rates = _rates("RATE_LIMIT_PASSWORD_RESET", ("ip", "key"))
    return limits.consume(
        ("reset-ip", limits.ip_bucket(limits.client_ip(request)), rates.get("ip")),
        ("reset-email", normalize_login(email), rates.get("key") if normalize_login(email) else None),
    )
