"""Account pages beyond allauth's: the membership (会员) page."""

from django.shortcuts import render

from .entitlement import is_member


def membership(request):
    """``/accounts/membership/``: the reader's membership status and how to become a member."""
    m = None
    if request.user.is_authenticated:
        from .models import Membership

        m = Membership.objects.filter(user=request.user).first()
    return render(request, "accounts/membership.html", {"membership": m, "is_member": is_member(request.user)})
