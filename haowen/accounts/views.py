"""Account pages beyond allauth's: the membership (会员) page, the reader's own space (我的:
the account page, 收藏, 阅读历史), and allauth's sign-up and password-reset pages behind
Haowen's rate limits."""

from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from haowen import limits
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


# --- the reader's own space (我的) ------------------------------------------------------------

#: Rows a page of favorites or history shows.
SPACE_PAGE_SIZE = 50
#: Writes to one reader's favorites and history (add, remove, clear, switch) per minute.
SPACE_RATE = limits.Rate(60, 60)


def _space_limited(request):
    """Count one write against the reader's :data:`SPACE_RATE`; the 429 page when over it, else None."""
    decision = limits.consume(("reader-space", f"user:{request.user.pk}", SPACE_RATE))
    return None if decision else too_many_requests(request, decision, _("操作太频繁了。"))


def _back(request, default: str) -> str:
    """The ``next`` path of the form when it is on this site, else ``default``."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


@require_POST
def favorite(request, pk: int):
    """``/accounts/favorites/<pk>/`` (POST ``action=add|remove``, ``next``): keep or drop an
    article; a plain form, so it works without JavaScript. Anonymous readers are sent to sign
    in (back to the article afterwards)."""
    from haowen.library.models import Article

    from . import services

    article = Article.objects.published().only("id", "title", "is_published").filter(pk=pk).first()
    if article is None:
        raise Http404(_("文章不存在"))
    if not request.user.is_authenticated:
        return redirect_to_login(article.get_absolute_url())
    limited = _space_limited(request)
    if limited:
        return limited
    if request.POST.get("action") == "remove":
        services.remove_favorite(request.user, article.pk)
        messages.success(request, _("已取消收藏"))
    else:
        services.add_favorite(request.user, article)
        messages.success(request, _("已收藏，可在“我的收藏”中查看"))
    return redirect(_back(request, article.get_absolute_url()))


@require_GET
def favorites(request):
    """``/accounts/favorites/?q=…&page=…``: the reader's favorites, newest first, searchable by title."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    from . import services

    query = " ".join(request.GET.get("q", "").split())[: services.FAVORITE_QUERY_MAX]
    rows = services.favorites(request.user, query)
    page = Paginator(rows, SPACE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/favorites.html", {"page": page, "q": query})


@require_http_methods(["GET", "POST"])
def history(request):
    """``/accounts/history/``: the reader's last articles read; POST ``action=clear`` forgets
    them, ``action=off``/``on`` switches recording off (forgetting them) or on."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    from . import services

    if request.method == "POST":
        limited = _space_limited(request)
        if limited:
            return limited
        action = request.POST.get("action", "")
        if action == "clear":
            services.clear_history(request.user)
            messages.success(request, _("阅读历史已清空"))
        elif action in ("off", "on"):
            services.set_keep_history(request.user, action == "on")
            messages.success(request, _("已开启阅读历史") if action == "on" else _("已关闭阅读历史，并清空了已有记录"))
        else:
            messages.error(request, _("无法识别的操作"))
        return redirect("accounts:history")
    page = Paginator(services.history(request.user), SPACE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "keep_history": services.keeps_history(request.user), "limit": services.HISTORY_LIMIT}
    return render(request, "accounts/history.html", context)


#: Rows of each list the account page shows (each links to its full list).
ACCOUNT_PAGE_ROWS = 5


@require_GET
def account(request):
    """``/accounts/me/`` (我的): membership (last day, orders), tips given, comments, favorites,
    history and the API tokens, each with a link to its full page."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    from haowen.engagement.models import Comment
    from haowen.payments.models import Purpose, TipOrder

    from . import services
    from .models import Membership

    user = request.user
    orders = TipOrder.objects.filter(user=user).defer("payment_payload")
    context = {
        "membership": Membership.objects.filter(user=user).first(),
        "is_member": is_member(user),
        "membership_orders": list(orders.filter(purpose=Purpose.MEMBERSHIP).order_by("-created_at", "-id")[:ACCOUNT_PAGE_ROWS]),
        "tips": list(orders.filter(purpose=Purpose.TIP, state="paid").order_by("-paid_at", "-id")[:ACCOUNT_PAGE_ROWS]),
        "comments": list(
            Comment.objects.filter(user=user).select_related("article").defer("article__body", "article__raw")
            .order_by("-created_at", "-id")[:ACCOUNT_PAGE_ROWS]
        ),
        "favorites": list(services.favorites(user)[:ACCOUNT_PAGE_ROWS]),
        "history": list(services.history(user)[:ACCOUNT_PAGE_ROWS]),
        "keep_history": services.keeps_history(user),
    }
    return render(request, "accounts/account.html", context)
