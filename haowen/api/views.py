"""The API token page (``/api/tokens/``): list, create and revoke your tokens.

A new token is shown once, in the response to the POST that made it (never stored,
never put in a cookie or message), with ``Cache-Control: no-store``.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import services


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    """GET: the user's tokens and a form; POST ``name``: create a token and show it once."""
    new_token = None
    error = ""
    name = ""
    if request.method == "POST":
        name = request.POST.get("name", "")
        try:
            _row, new_token = services.create_token(request.user, name)
        except services.TokenError as exc:
            error = str(exc)
    response = render(
        request,
        "api/tokens.html",
        {
            "tokens": services.tokens_of(request.user),
            "new_token": new_token,
            "error": error,
            "name": name if error else "",
            "max_name": services.MAX_NAME_CHARS,
        },
        status=400 if error else 200,
    )
    add_never_cache_headers(response)
    return response


@login_required
@require_POST
def revoke(request, token_id: int):
    """POST: revoke (delete) one of the user's tokens, then back to the list."""
    if services.revoke_token(request.user, token_id):
        messages.success(request, _("令牌已撤销，使用它的程序将无法再访问 API。"))
    else:
        messages.error(request, _("没有找到这个令牌，可能已经撤销。"))
    return redirect("api:tokens")
