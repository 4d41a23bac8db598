"""Account pages beyond allauth's: the membership (会员) page, and allauth's sign-up and
password-reset pages behind Haowen's rate limits."""

from allauth.account import views as allauth_views
from django.shortcuts import render
from django.utils.translation import gettext as _

from haowen.limits import too_many_requests

from . import login_limits
from .entitlement import is_member


def membership(request):
    """``/accounts/membership/``: the reader's membership status, the plans on offer and
    the reader's membership orders; each plan's form posts to ``payments:membership_buy``."""
    return membership_page(request)


#: Membership orders listed on the membership page.
MEMBERSHIP_ORDERS_SHOWN = 20


def membership_page(request, *, form: dict | None = None, errors: dict | None = None, status: int = 200):
    """Render the membership page; the buying view re-renders it with the reader's choice
    (``form``: ``plan``, ``provider``) and ``errors`` (field → Chinese reason) and a 4xx ``status``."""
    from haowen.payments.models import Purpose, TipOrder
    from haowen.payments.providers import available_providers

    from .models import Membership
    from .services import offered_plans

    m = orders = None
    if request.user.is_authenticated:
        m = Membership.objects.filter(user=request.user).first()
        orders = list(
            TipOrder.objects.filter(user=request.user, purpose=Purpose.MEMBERSHIP).order_by("-created_at", "-id")[
                :MEMBERSHIP_ORDERS_SHOWN
            ]
        )
    context = {
        "membership": m,
        "is_member": is_member(request.user),
        "plans": offered_plans(),
        "providers": available_providers(),
        "orders": orders,
        "form": form or {},
        "errors": errors or {},
    }
    return render(request, "accounts/membership.html", context, status=status)


def signup(request, *args, **kwargs):
    """``/accounts/signup/``: allauth's page; each POST counts against ``RATE_LIMIT_SIGNUP``
    per client IP (over it: the 429 page with Retry-After)."""
    if request.method == "POST":
        decision = login_limits.consume_signup(request)
        if not decision:
            return too_many_requests(request, decision, _("注册太频繁了。"))
    return allauth_views.signup(request, *args, **kwargs)


def password_reset(request, *args, **kwargs):
    """``/accounts/password/reset/``: allauth's page; each POST counts against
    ``RATE_LIMIT_PASSWORD_RESET`` per client IP and per e-mail address entered."""
    if request.method == "POST":
        decision = login_limits.consume_password_reset(request, request.POST.get("email", "")[:254])
        if not decision:
            return too_many_requests(request, decision, _("重设密码邮件发送太频繁了。"))
    return allauth_views.password_reset(request, *args, **kwargs)
