"""Thin views for tips and memberships: parse the request, call :mod:`haowen.payments.services`, render."""

from __future__ import annotations

import logging

import segno
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from haowen.library.models import Article
from haowen.limits import client_ip, ip_bucket

from . import services
from .models import SandboxTrade, State, TipOrder
from .providers import PROVIDER_CLASSES, GatewayError, get_provider, offered_provider
from .providers import sandbox as sandbox_gateway

log = logging.getLogger("haowen.payments")

TIP_LIST_PAGE_SIZE = 50


def _rate_keys(request) -> list[str]:
    if not request.session.session_key:
        request.session.save()
    keys = [f"ip:{ip_bucket(client_ip(request))}", f"session:{request.session.session_key}"]
    if getattr(request.user, "is_authenticated", False):
        keys.append(f"user:{request.user.pk}")
    return keys


def _published_article(pk: int) -> Article:
    try:
        return Article.objects.published().get(pk=pk)
    except Article.DoesNotExist:
        raise Http404(_("文章不存在")) from None


@require_http_methods(["GET", "POST"])
def tip(request, pk: int):
    """``/a/<pk>/tip/``: GET shows the tip form alone; POST creates the order and starts it.

    Bad input re-renders the form with the reader's values and the reason (400; 429
    when rate-limited); a gateway failure shows the reason (502). Success redirects to
    the pay page.
    """
    article = _published_article(pk)
    if request.method == "GET":
        return render(request, "payments/tip.html", {"article": article, "form": {}, "errors": {}})
    form = {
        "amount": request.POST.get("amount", "")[:20],
        "custom_amount": request.POST.get("custom_amount", "")[:20],
        "message": request.POST.get("message", "")[:500],
        "anonymous": request.POST.get("anonymous") in ("1", "on", "true"),
        "provider": request.POST.get("provider", "")[:20],
    }
    if not form["amount"] and form["custom_amount"].strip():
        form["amount"] = "custom"

    def page(errors, status):
        return render(request, "payments/tip.html", {"article": article, "form": form, "errors": errors}, status=status)

    try:
        order = services.create_tip_order(
            article,
            amount_option=form["amount"],
            custom_amount=form["custom_amount"],
            message=form["message"],
            anonymous=form["anonymous"],
            provider_id=form["provider"],
            user=request.user,
            rate_keys=_rate_keys(request),
        )
    except services.TipError as exc:
        return _refused(exc, page)
    return _start(request, order, page)


def _refused(exc: services.TipError, page):
    """The form's page again with the reason (``page(errors, status)`` renders it): 429 with
    ``Retry-After`` (seconds) when rate-limited, else 400."""
    limited = isinstance(exc, services.RateLimited)
    response = page({exc.field: exc.message}, 429 if limited else 400)
    if limited:
        response["Retry-After"] = str(max(1, exc.retry_after))
    return response


def _start(request, order: TipOrder, page):
    """Start ``order`` with its provider and redirect to the pay page (``?go=1`` for a
    gateway the payer is sent to); when the gateway refuses, the form's page again
    (``page(errors, status)``) with 502."""
    try:
        order = services.start_payment(order, request)
    except services.PaymentStartError:
        return page({"provider": _("支付通道暂时不可用，请稍后再试或换一种支付方式")}, 502)
    url = reverse("payments:pay", args=[order.out_trade_no])
    if order.payment_kind == "redirect":
        url += "?go=1"
    return redirect(url)


@require_http_methods(["POST"])
def membership_buy(request):
    """``/pay/membership/`` (POST ``plan``, ``provider``): create a membership order and start it.

    Anonymous readers are sent to sign in first (back to the membership page afterwards).
    Bad input re-renders the membership page with the reason (400; 429 with Retry-After
    when rate-limited; 502 when the gateway refuses). Success redirects to the pay page.
    """
    from haowen.accounts.views import membership_page

    membership_url = reverse("accounts:membership")
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?{urlencode({'next': membership_url})}")
    form = {"plan": request.POST.get("plan", "")[:20], "provider": request.POST.get("provider", "")[:20]}

    def page(errors, status):
        return membership_page(request, form=form, errors=errors, status=status)

    try:
        order = services.create_membership_order(
            form["plan"], provider_id=form["provider"], user=request.user, rate_keys=_rate_keys(request)
        )
    except services.TipError as exc:
        return _refused(exc, page)
    return _start(request, order, page)


@require_GET
def tip_list(request, pk: int):
    """``/a/<pk>/tips/``: every paid tip of the article, newest first, 50 a page."""
    article = _published_article(pk)
    paginator = Paginator(services.paid_tips(article), TIP_LIST_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "payments/tip_list.html", {"article": article, "page": page, "count": paginator.count})


def _order(out_trade_no: str) -> TipOrder:
    if len(out_trade_no) > 32:
        raise Http404(_("订单不存在"))
    return get_object_or_404(TipOrder.objects.select_related("article"), out_trade_no=out_trade_no)


def qr_data_uri(text: str) -> str:
    """An SVG ``data:`` URI of a regular (never micro) QR code for ``text``, quiet zone 4."""
    return segno.make_qr(text, error="m").svg_data_uri(scale=6, border=4)


@never_cache
@require_GET
def pay(request, out_trade_no: str):
    """``/pay/<out_trade_no>/``: the QR code (or the link to the gateway) and the order's state.

    Never trusts the browser: arriving here from a gateway's return URL changes nothing.
    The static ``pay.js`` polls :func:`pay_status` until paid or expired; without
    JavaScript the page refreshes itself while the order is open.
    """
    order = _order(out_trade_no)
    provider = get_provider(order.provider) if order.provider in PROVIDER_CLASSES else None
    now = timezone.now()
    expired = order.is_open and order.expires_at <= now
    context = {
        "order": order,
        "is_buyer": _is_buyer(request, order),
        "provider": provider,
        "is_test_mode": bool(provider and provider.is_test_mode),
        "expired": expired,
        "qr": qr_data_uri(order.payment_payload) if order.state == State.PENDING and order.payment_kind == "qr" and not expired else "",
        "auto_go": request.GET.get("go") == "1" and order.payment_kind == "redirect" and order.state == State.PENDING,
        "article_url": order.article.get_absolute_url() if order.article_id else "/",
    }
    return render(request, "payments/pay.html", context)


@never_cache
@require_GET
def pay_status(request, out_trade_no: str):
    """``/pay/<out_trade_no>/status/``: ``{"state", "label", "paid", "open", "expired"}`` as JSON,
    plus ``membership_until`` (``YYYY-MM-DD``, "" for no expiry) for a paid membership order
    asked by its buyer."""
    order = services.poll_order(_order(out_trade_no))
    expired = order.is_open and order.expires_at <= timezone.now()
    data = {
        "state": order.state,
        "label": str(order.get_state_display()),
        "paid": order.state == State.PAID,
        "open": order.is_open and not expired,
        "expired": expired,
    }
    if order.is_membership and order.state == State.PAID and _is_buyer(request, order):
        data["membership_until"] = order.membership_until.isoformat() if order.membership_until else ""
    return JsonResponse(data)


def _is_buyer(request, order: TipOrder) -> bool:
    """Whether the signed-in reader placed ``order`` (only they see its membership's end date)."""
    return bool(order.user_id) and getattr(request.user, "pk", None) == order.user_id


@csrf_exempt
def notify(request, provider: str):
    """``/pay/notify/<provider>/``: the gateways' asynchronous notifications (POST only)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    instance = offered_provider(provider)
    if instance is None:
        raise Http404("unknown or disabled payment provider")
    return services.process_notification(instance, request)


@never_cache
@require_http_methods(["GET", "POST"])
def sandbox_pay(request, out_trade_no: str):
    """``/pay/sandbox/<out_trade_no>/``: the sandbox gateway's cashier (测试模式).

    GET shows the trade; POST ``action=pay`` plays the payer: the gateway records the
    payment and POSTs its signed notification to our notify URL; ``action=resend``
    delivers the notification again (what a gateway does when we did not answer success).
    """
    if offered_provider("sandbox") is None:
        raise Http404("the sandbox is not enabled")
    trade = get_object_or_404(SandboxTrade, out_trade_no=out_trade_no[:32])
    context = {"trade": trade, "delivered": None, "error": "", "pay_url": reverse("payments:pay", args=[out_trade_no])}
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "pay":
                trade, delivered = sandbox_gateway.pay(out_trade_no)
            elif action == "resend" and trade.state == SandboxTrade.State.SUCCESS:
                delivered = sandbox_gateway.deliver(trade)
            else:
                raise GatewayError(f"unknown action {action!r}")
        except GatewayError as exc:
            log.info("sandbox cashier: %s", exc)
            trade.refresh_from_db()
            context.update(trade=trade, error=_("交易已关闭或已过期，无法付款"))
            return render(request, "payments/sandbox_pay.html", context, status=409)
        context.update(trade=trade, delivered=delivered)
    context["expired"] = trade.state == SandboxTrade.State.WAIT_BUYER_PAY and sandbox_gateway.is_expired(trade)
    return render(request, "payments/sandbox_pay.html", context)
