"""Account pages beyond allauth's: the membership (会员) page, and allauth's sign-up and
password-reset pages behind Haowen's rate limits."""

from allauth.account import views as allauth_views
from django.shortcuts import render
from django.utils.translation import gettext as _

from haowen.limits import too_many_requests

from . import login_limits
from .entitlement import is_member


def membership(request):
    """``/accounts/membership/``: the reader's membership status and how to become a member."""
    m = None
    if request.user.is_authenticated:
        from .models import Membership

        m = Membership.objects.filter(user=request.user).first()
    return render(request, "accounts/membership.html", {"membership": m, "is_member": is_member(request.user)})


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
