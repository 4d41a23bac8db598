"""Every write in the payments app: creating tip and membership orders, the order state
machine, notifications.

Rules (source: the tips issue and pretix's ``confirm()``):

- Amounts are integer fen, computed here from the chosen preset or the validated custom
  amount; nothing a browser or a gateway sends later changes an order's amount.
- Every state change is a conditional ``UPDATE … WHERE state IN (allowed sources)``
  (:func:`transition`), so replays and concurrent duplicate notifications, on SQLite or
  PostgreSQL, give exactly one ``paid`` transition; the loser sees 0 rows and answers the
  gateway with success ("already done") so it stops retrying.
- What an order buys happens in the same transaction as that one transition (issue 16):
  a membership order's days are added when it becomes ``paid`` and taken back when it
  becomes ``refunded`` (:func:`_fulfil`), so they are added exactly once however often,
  and however concurrently, the notification is delivered.
- An order becomes paid only from a notification the provider's SDK verified or from a
  verified gateway query, never from the browser's return URL.
- Every notification is stored (:class:`~haowen.payments.models.Notification`); every
  rejected one is also logged with its reason and leaves the order unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import json
import logging
import secrets
import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from haowen import limits
from haowen.library.models import Article

from . import money
from .models import OPEN_STATES, TRANSITIONS, Notification, Purpose, State, TipOrder
from .providers import (
    GatewayError,
    GatewayState,
    NotificationRejected,
    PaymentProvider,
    available_providers,
    get_provider,
    offered_provider,
    PROVIDER_CLASSES,
)

log = logging.getLogger("haowen.payments")

#: Longest tip message in characters (after trimming).
MESSAGE_MAX_CHARS = 60
#: How much of a rejected notification's body is kept for the audit row, in characters.
REJECTED_RAW_CHARS = 4000
#: Polling asks the gateway about a pending order at most this often (seconds) …
QUERY_INTERVAL = 15
#: … and only once the order is this old (seconds), to give the notification a chance.
QUERY_AFTER = 20
#: ``reconcile_orders`` looks at open orders older than this (seconds) by default.
RECONCILE_MIN_AGE = 300


class TipError(ValueError):
    """Bad tip input. ``field`` names the input (``amount``, ``custom_amount``, ``message``,
    ``provider``, ``article``, ``rate``); ``message`` is the Chinese text for the reader."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RateLimited(TipError):
    """Too many new orders from one client (IP address, session or user) in the window;
    ``retry_after`` is the number of seconds until one is allowed again."""

    def __init__(self, field: str, message: str, retry_after: int = 0):
        super().__init__(field, message)
        self.retry_after = retry_after


class PaymentStartError(Exception):
    """The gateway refused or could not be reached when starting a payment; the order is failed."""


class _Mismatch(Exception):
    """A verified gateway report that does not match our order (amount, currency, order)."""


# --- choices and input ------------------------------------------------------------------


@dataclass
class TipChoices:
    """What the tip form offers: ``presets`` in fen ascending, ``max_fen`` for a custom
    amount, and the ``providers`` offered now (enabled and configured)."""

    presets: list[int]
    max_fen: int
    providers: list[PaymentProvider]

    @functools.cached_property
    def preset_options(self) -> list[tuple[str, str]]:
        """``(value, label)`` pairs: value is the two-decimal yuan string, label ``¥6.66``."""
        return [(money.gateway_yuan(f), "¥" + money.format_yuan(f)) for f in self.presets]


#: Tip choices by the values of the settings they come from (a few entries: settings change
#: only when a test overrides them).
_CHOICES: dict[tuple, TipChoices] = {}
_CHOICES_MAX = 16


def tip_choices() -> TipChoices:
    """The current tip form choices, built once per set of values of the settings they come
    from (``PAYMENTS_TIP_AMOUNTS``, ``PAYMENTS_TIP_MAX``, ``PAYMENTS_PROVIDERS`` and every
    provider's required settings), which are read on every call; the article page asks on
    every request. Treat the result as read-only. Raises ``ImproperlyConfigured`` as
    :func:`money.preset_amounts` does."""
    key = _choices_key()
    found = _CHOICES.get(key)
    if found is None:
        found = TipChoices(presets=money.preset_amounts(), max_fen=money.max_custom_fen(), providers=available_providers())
        if len(_CHOICES) >= _CHOICES_MAX:
            _CHOICES.clear()
        _CHOICES[key] = found
    return found


def _choices_key() -> tuple:
    """The values of every setting :func:`tip_choices` depends on."""
    required = _required_settings()
    return (
        repr(settings.PAYMENTS_TIP_AMOUNTS), repr(settings.PAYMENTS_TIP_MAX), repr(settings.PAYMENTS_PROVIDERS),
        *(repr(getattr(settings, name)) for name in required),
    )


@functools.cache
def _required_settings() -> tuple[str, ...]:
    """The names of the settings any provider requires (its ``required_settings``)."""
    names: list[str] = []
    for path in PROVIDER_CLASSES.values():
        names.extend(n for n in import_string(path).required_settings if n not in names)
    return tuple(names)


def resolve_amount(option: str, custom: str = "") -> int:
    """The tip amount in fen for the chosen ``option``.

    ``option`` is a preset's yuan string (``"6.66"``) or ``"custom"``, then ``custom`` is
    the reader's yuan amount (¥0.01 … ``PAYMENTS_TIP_MAX``). A preset value that is not in
    the current presets is refused, so a crafted form cannot invent amounts. Raises
    :class:`TipError` (``amount`` or ``custom_amount``) with the reason.
    """
    option = (option or "").strip()
    if option == "custom":
        max_fen = money.max_custom_fen()
        try:
            fen = money.parse_yuan(custom or "")
        except money.AmountError:
            raise TipError("custom_amount", _("请输入正确的金额，例如 8 或 8.88（最多两位小数）")) from None
        if not money.MIN_FEN <= fen <= max_fen:
            raise TipError(
                "custom_amount",
                _("金额须在 ¥0.01 到 ¥%(max)s 之间") % {"max": money.format_yuan(max_fen)},
            )
        return fen
    if not option:
        raise TipError("amount", _("请选择打赏金额"))
    try:
        fen = money.parse_yuan(option)
    except money.AmountError:
        raise TipError("amount", _("请选择打赏金额")) from None
    if fen not in money.preset_amounts():
        raise TipError("amount", _("请选择列出的金额，或输入自定义金额"))
    return fen


def clean_message(text: str) -> str:
    """Trim a tip message, drop control characters, fold whitespace runs to one space.

    Returns at most :data:`MESSAGE_MAX_CHARS` characters; raises :class:`TipError`
    (``message``) when longer — the reader's text is shown back, never cut silently.
    HTML is not touched here: every page escapes the message on output.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = " ".join(text.split())
    if len(text) > MESSAGE_MAX_CHARS:
        raise TipError("message", _("留言最多 %(n)d 个字，现在是 %(m)d 个字") % {"n": MESSAGE_MAX_CHARS, "m": len(text)})
    return text


def new_out_trade_no(now: dt.datetime | None = None) -> str:
    """A fresh order number: ``HW`` + local time ``YYYYmmddHHMMSS`` + 16 random hex digits.

    32 characters of ``[0-9A-Z]`` (WeChat Pay allows ≤ 32; Alipay ≤ 64); 64 random bits
    make it unguessable, so the pay page can be addressed by it.
    """
    now = timezone.localtime(now or timezone.now())
    return "HW" + now.strftime("%Y%m%d%H%M%S") + secrets.token_hex(8).upper()


# --- rate limit -------------------------------------------------------------------------


def order_rate() -> limits.Rate | None:
    """``PAYMENTS_RATE_LIMIT`` orders per ``PAYMENTS_RATE_WINDOW`` seconds; None when off."""
    limit = int(settings.PAYMENTS_RATE_LIMIT)
    window = int(settings.PAYMENTS_RATE_WINDOW)
    return limits.Rate(limit, max(1, window)) if limit > 0 else None


# --- orders -----------------------------------------------------------------------------


def create_tip_order(
    article: Article,
    *,
    amount_option: str,
    custom_amount: str = "",
    message: str = "",
    anonymous: bool = False,
    provider_id: str = "",
    user=None,
    rate_keys: list[str] | tuple[str, ...] = (),
) -> TipOrder:
    """Create a tip order in state ``created`` for ``article``.

    ``amount_option``/``custom_amount`` as in :func:`resolve_amount`; ``provider_id`` must
    be offered now; ``user`` is ``request.user`` (anonymous users are stored as None);
    ``rate_keys`` identify the client (e.g. ``["ip:1.2.3.4", "session:abc"]``): at most
    ``PAYMENTS_RATE_LIMIT`` orders per key per ``PAYMENTS_RATE_WINDOW`` seconds. Raises
    :class:`TipError` naming the bad input, or :class:`RateLimited`. Nothing is written
    on error.
    """
    if article is None or not article.is_published:
        raise TipError("article", _("文章不存在或已下线"))
    provider = offered_provider((provider_id or "").strip())
    if provider is None:
        raise TipError("provider", _("请选择支付方式"))
    amount = resolve_amount(amount_option, custom_amount)
    text = clean_message(message)
    decision = _consume_order_rate(rate_keys)
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    now = timezone.now()
    ttl = max(60, int(settings.PAYMENTS_ORDER_TTL))
    try:
        order = TipOrder.objects.create(
            out_trade_no=new_out_trade_no(now),
            article=article,
            article_title=article.title[:300],
            user=user,
            amount_fen=amount,
            currency=money.CURRENCY,
            provider=provider.identifier,
            message=text,
            is_anonymous=bool(anonymous) or user is None,
            expires_at=now + dt.timedelta(seconds=ttl),
        )
    except BaseException:
        decision.undo()  # no order, no count
        raise
    log.info("tip order %s created: %s fen for article %s via %s", order.out_trade_no, amount, article.pk, provider.identifier)
    return order


def _consume_order_rate(rate_keys) -> "limits.Decision":
    """One atomic hit per key before an order exists (haowen.limits): concurrent requests in
    several worker processes cannot all pass a check made before any of them counted. Tip
    and membership orders count against the same limit. Raises :class:`RateLimited`."""
    rate = order_rate()
    decision = limits.consume(*[("tip-order", key, rate) for key in rate_keys if key])
    if not decision:
        raise RateLimited(
            "rate", _("操作太频繁，请 %(wait)s后再试") % {"wait": limits.wait_text(decision.retry_after)},
            decision.retry_after,
        )
    return decision


def create_membership_order(
    plan_id, *, provider_id: str = "", user=None, rate_keys: list[str] | tuple[str, ...] = ()
) -> TipOrder:
    """Create a membership order in state ``created`` for the active plan ``plan_id``.

    The amount and the days are the plan's, read here (a browser names only the plan);
    ``user`` must be signed in (the days are added to that user's membership);
    ``provider_id`` must be offered now; ``rate_keys`` as in :func:`create_tip_order` (the
    same limit). Raises :class:`TipError` naming the bad input (``user``, ``plan``,
    ``provider``) or :class:`RateLimited`. Nothing is written on error.
    """
    from haowen.accounts.models import MembershipPlan

    if user is None or not getattr(user, "is_authenticated", False):
        raise TipError("user", _("请先登录，再开通会员"))
    try:
        plan = MembershipPlan.objects.offered().get(pk=int(str(plan_id).strip()))
    except (ValueError, TypeError, MembershipPlan.DoesNotExist):
        raise TipError("plan", _("请选择列出的会员套餐")) from None
    provider = offered_provider((provider_id or "").strip())
    if provider is None:
        raise TipError("provider", _("请选择支付方式"))
    if not money.MIN_FEN <= plan.price_fen <= money.HARD_MAX_FEN:
        raise TipError("plan", _("该套餐的价格不正确，请联系客服"))
    decision = _consume_order_rate(rate_keys)
    now = timezone.now()
    ttl = max(60, int(settings.PAYMENTS_ORDER_TTL))
    try:
        order = TipOrder.objects.create(
            out_trade_no=new_out_trade_no(now),
            purpose=Purpose.MEMBERSHIP,
            plan=plan,
            plan_name=plan.name[:40],
            membership_days=plan.days,
            user=user,
            amount_fen=plan.price_fen,
            currency=money.CURRENCY,
            provider=provider.identifier,
            is_anonymous=True,  # never listed among an article's tippers
            expires_at=now + dt.timedelta(seconds=ttl),
        )
    except BaseException:
        decision.undo()  # no order, no count
        raise
    log.info(
        "membership order %s created: plan %s (%s days, %s fen) for user %s via %s",
        order.out_trade_no, plan.pk, plan.days, plan.price_fen, user.pk, provider.identifier,
    )
    return order


def _fulfil(order: TipOrder, target: str) -> None:
    """What an order buys, applied in the transaction of its one transition to ``target``.

    A membership order that became ``paid`` adds its days to the buyer's membership and
    records the new last day on the order; one that became ``refunded`` takes the days
    back. Tips buy nothing. Runs only when :func:`transition` moved the order (the
    conditional UPDATE matched), so a replayed or concurrent notification never adds twice.
    """
    if order.purpose != Purpose.MEMBERSHIP or not order.user_id or not order.membership_days:
        return
    from haowen.accounts import services as accounts

    if target == State.PAID:
        until = accounts.add_membership_days(order.user_id, order.membership_days)
        TipOrder.objects.filter(pk=order.pk).update(membership_until=until)
        order.membership_until = until
        log.info("membership order %s: user %s is a member until %s", order.out_trade_no, order.user_id, until)
    elif target == State.REFUNDED:
        until = accounts.remove_membership_days(order.user_id, order.membership_days)
        log.info("membership order %s refunded: user %s's last day is now %s", order.out_trade_no, order.user_id, until)


def transition(order: TipOrder, target: str, **fields) -> bool:
    """Move ``order`` to ``target`` if its current state allows it (see ``TRANSITIONS``).

    One conditional ``UPDATE … WHERE id = … AND state IN (sources)``: atomic on every
    database, so of two concurrent callers exactly one gets True. ``fields`` are extra
    columns to set in the same statement. The caller that moved the order also applies
    what it buys (:func:`_fulfil`), in the same transaction. Updates ``order`` in memory on
    success. Raises ``ValueError`` for an unknown target state.
    """
    if target not in State.values:
        raise ValueError(f"unknown order state {target!r}")
    sources = TRANSITIONS.get(target, ())
    if not sources:
        return False
    now = timezone.now()
    values = {"state": target, "updated_at": now, **fields}
    with transaction.atomic():
        changed = TipOrder.objects.filter(pk=order.pk, state__in=sources).update(**values) == 1
        if changed:
            _fulfil(order, target)
    if changed:
        for name, value in values.items():
            setattr(order, name, value)
        if target in (State.PAID, State.REFUNDED):
            forget_tip_summary(order.article_id)  # the tip box lists paid tips only
    return changed


def start_payment(order: TipOrder, request=None) -> TipOrder:
    """Ask the order's provider to start the payment; the order becomes ``pending``.

    Stores the QR payload / redirect URL on the order. Calling it again for an order that
    is already pending returns it unchanged (a reload never creates a second gateway
    order). Raises :class:`PaymentStartError` when the gateway refuses; the order is then
    ``failed`` with the reason.
    """
    if order.state != State.CREATED:
        return order
    provider = get_provider(order.provider)
    try:
        result = provider.start(order, request)
    except GatewayError as exc:
        log.error("starting %s payment for %s failed: %s", order.provider, order.out_trade_no, exc)
        transition(order, State.FAILED, failure_reason=str(exc)[:300])
        raise PaymentStartError(str(exc)) from exc
    transition(order, State.PENDING, payment_kind=result.kind, payment_payload=result.payload)
    order.refresh_from_db()
    return order


def _apply(order: TipOrder, report: GatewayState) -> tuple[str, str]:
    """Apply a verified gateway report to ``order``; returns ``(Notification.Status, reason)``.

    Raises :class:`_Mismatch` when the report's amount or currency differ from the order
    (nothing is changed then).
    """
    if report.out_trade_no and report.out_trade_no != order.out_trade_no:
        raise _Mismatch(f"report is for {report.out_trade_no!r}, not {order.out_trade_no!r}")
    if report.amount_fen is not None and report.amount_fen != order.amount_fen:
        raise _Mismatch(f"amount mismatch: gateway says {report.amount_fen} fen, order is {order.amount_fen} fen")
    if report.currency and report.currency != order.currency:
        raise _Mismatch(f"currency mismatch: gateway says {report.currency!r}, order is {order.currency!r}")
    status = Notification.Status
    if report.status == "paid":
        if report.amount_fen is None:
            raise _Mismatch("paid report without an amount")
        if transition(order, State.PAID, provider_trade_no=report.provider_trade_no[:64], paid_at=timezone.now()):
            return status.ACCEPTED, ""
        order.refresh_from_db()
        if order.state in (State.PAID, State.REFUNDED):
            if order.provider_trade_no and report.provider_trade_no and order.provider_trade_no != report.provider_trade_no:
                return status.CONFLICT, f"already paid with trade {order.provider_trade_no!r}, report names {report.provider_trade_no!r}"
            return status.DUPLICATE, f"already {order.state}"
        return status.CONFLICT, f"paid at the gateway but the order is {order.state}: refund or reopen by hand"
    if report.status == "closed":
        if transition(order, State.CLOSED):
            return status.ACCEPTED, ""
        order.refresh_from_db()
        return status.IGNORED, f"gateway says closed, order is {order.state}"
    if report.status == "refunded":
        if transition(order, State.REFUNDED, refunded_at=timezone.now()):
            return status.ACCEPTED, ""
        order.refresh_from_db()
        if order.state == State.REFUNDED:
            return status.DUPLICATE, "already refunded"
        return status.CONFLICT, f"gateway says refunded, order is {order.state}"
    return status.IGNORED, f"gateway status {report.status}"


def _interesting_headers(request) -> dict[str, str]:
    names = ("Content-Type", "User-Agent") + tuple(h for h in request.headers if h.lower().startswith("wechatpay-"))
    return {name: request.headers[name][:500] for name in names if name in request.headers}


def _record_rejected(provider_id: str, reason: str, *, out_trade_no="", raw="", headers=None, remote=None, data=None, order=None):
    log.warning(
        "rejected %s notification (out_trade_no=%r, from %s): %s", provider_id, out_trade_no, remote or "?", reason
    )
    try:
        Notification.objects.create(
            provider=provider_id[:20],
            order=order,
            out_trade_no=(out_trade_no or "")[:64],
            status=Notification.Status.REJECTED,
            reason=reason[:300],
            raw=(raw or "")[:REJECTED_RAW_CHARS],
            headers=headers or {},
            data=_jsonable(data or {}),
            remote_addr=remote,
        )
    except DatabaseError:
        log.exception("could not store the rejected notification")


def _jsonable(data) -> dict:
    try:
        json.dumps(data)
        return data
    except (TypeError, ValueError):
        return {"repr": repr(data)[:REJECTED_RAW_CHARS]}


def _notifier_address(request) -> str | None:
    """The notifying gateway's IP address as every per-IP rule reads it
    (:func:`haowen.limits.client_ip`: behind the reverse proxy, not the proxy's own socket
    address), or None when that is no IP address (``Notification.remote_addr`` holds
    addresses only)."""
    try:
        return str(ipaddress.ip_address(limits.client_ip(request)))
    except ValueError:
        return None


def process_notification(provider: PaymentProvider, request) -> HttpResponse:
    """Handle one POST to ``provider``'s notify URL and return the answer for the gateway.

    Verified and applied (or already applied) → the provider's success answer. Rejected
    (verification, ids, amount, currency, unknown ``out_trade_no``, malformed body) →
    logged, stored, failure answer, order unchanged. A database error → failure answer
    so the gateway retries; nothing is half-applied (one transaction).
    """
    remote = _notifier_address(request)
    try:
        raw = request.body.decode("utf-8", "replace")
    except Exception as exc:  # noqa: BLE001 — RequestDataTooBig and friends
        _record_rejected(provider.identifier, f"unreadable body: {exc}", remote=remote)
        return provider.failure_response("unreadable body")
    headers = _interesting_headers(request)
    try:
        report = provider.handle_notification(request)
    except NotificationRejected as exc:
        _record_rejected(
            provider.identifier, exc.reason, out_trade_no=exc.out_trade_no, raw=raw, headers=headers, remote=remote, data=exc.data
        )
        return provider.failure_response(exc.reason)
    except Exception as exc:  # noqa: BLE001 — never a 500 to a gateway: log, answer "retry"
        log.exception("%s notification handler crashed", provider.identifier)
        _record_rejected(provider.identifier, f"internal error: {exc!r}"[:300], raw=raw, headers=headers, remote=remote)
        return provider.failure_response("internal error")

    order = None
    try:
        with transaction.atomic():
            order = TipOrder.objects.filter(out_trade_no=report.out_trade_no, provider=provider.identifier).first()
            if order is None:
                raise _Mismatch("unknown out_trade_no")
            status, reason = _apply(order, report)
            Notification.objects.create(
                provider=provider.identifier,
                order=order,
                out_trade_no=report.out_trade_no[:64],
                status=status,
                reason=reason[:300],
                raw=raw,
                headers=headers,
                data=_jsonable(report.data),
                remote_addr=remote,
            )
    except _Mismatch as exc:
        _record_rejected(
            provider.identifier,
            str(exc),
            out_trade_no=report.out_trade_no,
            raw=raw,
            headers=headers,
            remote=remote,
            data=report.data,
            order=order,
        )
        return provider.failure_response(str(exc))
    except DatabaseError:
        log.exception("%s notification for %s: database error, the gateway will retry", provider.identifier, report.out_trade_no)
        return provider.failure_response("database error")
    if status == Notification.Status.CONFLICT:
        log.error("%s notification for %s needs an operator: %s", provider.identifier, order.out_trade_no, reason)
    else:
        log.info("%s notification for %s: %s %s", provider.identifier, order.out_trade_no, status, reason)
    return provider.success_response()


def refresh_from_gateway(order: TipOrder) -> TipOrder:
    """Query the gateway about ``order`` and apply the verified answer.

    Returns the order as it is now. Raises :class:`GatewayError` when the gateway cannot
    be asked (provider unknown or no longer configured included). A report that does not
    match the order (amount, currency) is logged as an error and changes nothing.
    """
    if order.provider not in PROVIDER_CLASSES:
        raise GatewayError(f"unknown provider {order.provider!r}")
    provider = get_provider(order.provider)
    if not provider.is_configured:
        raise GatewayError(f"provider {order.provider} is not configured")
    report = provider.query(order)
    try:
        with transaction.atomic():
            status, reason = _apply(order, report)
            if status in (Notification.Status.ACCEPTED, Notification.Status.CONFLICT):
                Notification.objects.create(
                    provider=provider.identifier,
                    order=order,
                    out_trade_no=order.out_trade_no,
                    status=status,
                    reason=("via query " + reason).strip()[:300],
                    headers={"source": "query"},
                    data=_jsonable(report.data),
                )
    except _Mismatch as exc:
        log.error("%s query for %s does not match the order: %s", provider.identifier, order.out_trade_no, exc)
        return order
    if status == Notification.Status.CONFLICT:
        log.error("%s query for %s needs an operator: %s", provider.identifier, order.out_trade_no, reason)
    order.refresh_from_db()
    return order


def poll_order(order: TipOrder, now: dt.datetime | None = None) -> TipOrder:
    """The order's state for the pay page's polling.

    For a pending order older than :data:`QUERY_AFTER` seconds, asks the gateway at most
    every :data:`QUERY_INTERVAL` seconds per order (claimed with a conditional UPDATE, so
    many open tabs or workers still make one query), in case the notification is late or
    was lost. Gateway errors are logged and ignored here.
    """
    now = now or timezone.now()
    if order.state != State.PENDING or order.created_at > now - dt.timedelta(seconds=QUERY_AFTER):
        return order
    claimed = (
        TipOrder.objects.filter(pk=order.pk, state=State.PENDING)
        .filter(Q(last_queried_at__isnull=True) | Q(last_queried_at__lt=now - dt.timedelta(seconds=QUERY_INTERVAL)))
        .update(last_queried_at=now)
    )
    if not claimed:
        order.refresh_from_db()
        return order
    try:
        return refresh_from_gateway(order)
    except GatewayError as exc:
        log.warning("polling %s: %s", order.out_trade_no, exc)
        order.refresh_from_db()
        return order


def close_order(order: TipOrder, reason: str = "") -> bool:
    """Close an open order at the gateway and here. Returns True when it was closed now.

    Raises :class:`GatewayError` when the gateway refuses (e.g. it was paid meanwhile:
    query it, don't close it).
    """
    if order.state == State.PENDING and order.provider in PROVIDER_CLASSES:
        provider = get_provider(order.provider)
        if provider.is_configured:
            provider.close(order)
    return transition(order, State.CLOSED, failure_reason=reason[:300])


def refund_order(order: TipOrder) -> TipOrder:
    """Refund a paid order in full through its gateway; the order becomes ``refunded``.

    Raises :class:`TipError` (``state``) when the order is not paid and :class:`GatewayError`
    when the gateway refuses.
    """
    if order.state != State.PAID:
        raise TipError("state", _("只有已支付的订单可以退款"))
    provider = get_provider(order.provider)
    provider.refund(order)
    transition(order, State.REFUNDED, refunded_at=timezone.now())
    log.info("tip order %s refunded", order.out_trade_no)
    return order


def reconcile(now: dt.datetime | None = None, min_age: int = RECONCILE_MIN_AGE, dry_run: bool = False) -> Counter:
    """Settle open orders older than ``min_age`` seconds; returns counts by outcome.

    Pending orders are queried at the gateway (a verified ``paid`` answer confirms them);
    expired ones that are still unpaid are closed at the gateway, then here. Orders that
    never reached the gateway (``created``) are closed once expired. Outcomes: ``paid``,
    ``closed``, ``open`` (still payable), ``error`` (gateway unreachable: left for the
    next run), ``skipped`` (provider no longer configured: never closed blind).
    ``dry_run`` only counts what it would look at. Safe to run from several workers at
    once: every change is a conditional UPDATE.
    """
    now = now or timezone.now()
    counts: Counter = Counter()
    candidates = TipOrder.objects.filter(state__in=OPEN_STATES, created_at__lte=now - dt.timedelta(seconds=min_age))
    for order in candidates.order_by("created_at").iterator():
        expired = order.expires_at <= now
        if dry_run:
            counts["expired" if expired else "open"] += 1
            continue
        if order.state == State.CREATED:
            if expired and transition(order, State.CLOSED, failure_reason="expired before payment started"):
                counts["closed"] += 1
            else:
                counts["open"] += 1
            continue
        provider = get_provider(order.provider) if order.provider in PROVIDER_CLASSES else None
        if provider is None or not provider.is_configured:
            counts["skipped"] += 1
            continue
        try:
            TipOrder.objects.filter(pk=order.pk).update(last_queried_at=now)
            order = refresh_from_gateway(order)
        except GatewayError as exc:
            log.warning("reconcile %s: %s", order.out_trade_no, exc)
            counts["error"] += 1
            continue
        if order.state == State.PAID:
            counts["paid"] += 1
            continue
        if order.state not in OPEN_STATES:
            counts[order.state] += 1
            continue
        if not expired:
            counts["open"] += 1
            continue
        try:
            closed = close_order(order, "expired unpaid")
        except GatewayError as exc:
            log.warning("reconcile: closing %s at the gateway failed: %s", order.out_trade_no, exc)
            counts["error"] += 1
            continue
        counts["closed" if closed else "open"] += 1
    return counts


# --- reading ----------------------------------------------------------------------------


def paid_tips(article: Article):
    """Paid tips for ``article``, newest first, with their users (a QuerySet)."""
    return TipOrder.objects.paid().filter(article=article).select_related("user").order_by("-paid_at", "-id")


@dataclass
class TipSummary:
    """The article page's tip box data: ``count`` of paid tips, ``recent`` (newest first)."""

    count: int
    recent: list[TipOrder]


#: Seconds the tip box's summary is cached; a tip paid or refunded clears it at once.
TIP_SUMMARY_SECONDS = 300


def _summary_key(article_id: int, limit: int) -> str:
    return f"payments:tip-summary:v1:{article_id}:{limit}"


def forget_tip_summary(article_id: int | None) -> None:
    """Drop the cached summary of ``article_id`` now and again when the transaction commits."""
    if article_id is None:
        return

    def forget() -> None:
        try:
            cache.delete_many([_summary_key(article_id, n) for n in (8,)])
        except Exception:  # the summary then lags by at most TIP_SUMMARY_SECONDS
            log.exception("could not clear the tip summary of article %s", article_id)

    forget()
    transaction.on_commit(forget)


def tip_summary(article: Article, limit: int = 8) -> TipSummary:
    """Count and the ``limit`` most recent paid tips of ``article``.

    Cached ``TIP_SUMMARY_SECONDS`` per article; :func:`transition` clears it when an order
    of the article is paid or refunded, so the tip box shows a new tipper at once (a
    tipper's changed display name may lag). Two queries when not cached.
    """
    key = _summary_key(article.pk, limit)
    summary = cache.get(key)
    if summary is None:
        tips = paid_tips(article)
        recent = list(tips[:limit])
        count = len(recent) if len(recent) < limit else tips.count()
        summary = TipSummary(count=count, recent=recent)
        cache.set(key, summary, TIP_SUMMARY_SECONDS)
    return summary
