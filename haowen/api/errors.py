"""One error envelope for every API error.

Every error the API returns — unknown path (404), wrong method (405), invalid
parameter (422), missing or bad token (401), rate limit (429), a bug (500) — is JSON
of this shape (datasette's pattern)::

    {"status": 422, "code": "validation_error", "message": "参数 year 无效：…",
     "details": [{"loc": "query.year", "message": "…", "type": "int_parsing"}]}

``code`` is stable and meant for programs; ``message`` is for people (Chinese by
default, translated through gettext); ``details`` is present for validation errors.
"""

from __future__ import annotations

import functools
import logging

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, Throttled, ValidationError

log = logging.getLogger("haowen.api")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    422: "validation_error",
    429: "rate_limited",
    500: "server_error",
}


class ErrorDetail(Schema):
    """One invalid input: ``loc`` like ``query.year``, a ``message`` and pydantic's ``type``."""

    loc: str
    message: str
    type: str


class ErrorOut(Schema):
    """The error envelope (see the module docstring)."""

    status: int
    code: str
    message: str
    details: list[ErrorDetail] | None = None


#: Responses every operation may give besides its 200, for the OpenAPI description.
COMMON_ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut, 500: ErrorOut}


def envelope(status: int, message: str, code: str | None = None, details: list[dict] | None = None) -> JsonResponse:
    """A JsonResponse carrying the envelope (UTF-8, Chinese not escaped)."""
    body = {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    if details is not None:
        body["details"] = details
    return JsonResponse(
        body, status=status, json_dumps_params={"ensure_ascii": False}, content_type="application/json; charset=utf-8"
    )


def _loc(loc) -> str:
    return ".".join(str(part) for part in loc)


def _validation_message(errors: list[dict]) -> tuple[str, list[dict]]:
    details = []
    for err in errors:
        loc = list(err.get("loc") or [])
        details.append({"loc": _loc(loc), "message": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    if not details:
        return _("请求参数无效。"), details
    first = errors[0]
    loc = [str(p) for p in (first.get("loc") or [])]
    # ("query", "year") → "year"; body errors keep their path.
    name = ".".join(loc[1:]) if len(loc) > 1 else (loc[0] if loc else "?")
    message = _("参数 %(name)s 无效：%(reason)s") % {"name": name, "reason": first.get("msg", "")}
    if len(details) > 1:
        message += _("（另有 %(n)d 处错误，见 details）") % {"n": len(details) - 1}
    return message, details


def install(api) -> None:
    """Replace ninja's default exception handlers on ``api`` with envelope ones."""

    @api.exception_handler(ValidationError)
    def _validation(request, exc):
        message, details = _validation_message(exc.errors)
        return envelope(422, message, details=details)

    @api.exception_handler(Http404)
    def _not_found(request, exc):
        message = str(exc) if exc.args and str(exc) else _("找不到该资源。")
        return envelope(404, message)

    @api.exception_handler(Throttled)
    def _throttled(request, exc):
        retry = getattr(request, "_api_retry_after", None)
        if retry is None:
            retry = exc.wait
        response = envelope(429, _("请求过于频繁，请稍后再试。"))
        if retry is not None:
            response["Retry-After"] = str(max(1, int(-(-retry // 1))))
        return response

    @api.exception_handler(AuthenticationError)
    def _unauthorized(request, exc):
        message = exc.message if exc.message != "Unauthorized" else _("需要有效的 API 令牌。")
        response = envelope(401, message)
        response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response

    @api.exception_handler(AuthorizationError)
    def _forbidden(request, exc):
        return envelope(403, exc.message if exc.message != "Forbidden" else _("没有权限。"))

    @api.exception_handler(HttpError)
    def _http_error(request, exc):
        return envelope(exc.status_code, str(exc))

    @api.exception_handler(Exception)
    def _server_error(request, exc):
        log.exception("API error on %s %s", request.method, request.path)
        return envelope(500, _("服务器内部错误，请稍后再试。"))


def not_found_view(request, rest: str = ""):
    """Any path under ``/api/`` the API does not know: the 404 envelope, not the HTML page.

    The message does not repeat the path: error responses echo nothing from the request
    (the leak suite checks that)."""
    return envelope(404, _("没有这个 API 地址，请查看 /api/docs。"))


not_found_view.csrf_exempt = True  # a 404 for POSTs too, not a CSRF 403


def envelope_wrapper(view):
    """Wrap a ninja path view so its non-JSON error responses (405) use the envelope."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and not _is_json(response):
            allowed = response.get("Allow", "")
            out = envelope(405, _("不支持 %(method)s 方法；可用：%(allowed)s") % {"method": request.method, "allowed": allowed})
            out["Allow"] = allowed
            return out
        return response

    return wrapped


def _is_json(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("application/json")

