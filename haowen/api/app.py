"""The NinjaAPI instance: ``/api/v1/…``, ``/api/openapi.json`` and the docs at ``/api/docs``.

The docs page is Swagger UI served from django-ninja's bundled static files (``ninja``
is in INSTALLED_APPS), never from a CDN, so it works offline and under the site's
Content-Security-Policy.
"""

from __future__ import annotations

from ninja import NinjaAPI
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from . import errors
from .auth import BearerToken
from .throttling import ApiRateThrottle
from .v1 import router as v1_router

DESCRIPTION = """好文 JSON API。

* 未带令牌的请求按匿名读者处理（文章只返回预览，与网页一致）；带 `Authorization: Bearer <令牌>`
  的请求按令牌所有者处理。令牌在 /api/tokens/ 创建和撤销。
* 所有错误都是同一种 JSON：`{"status": …, "code": "…", "message": "…"}`。
* 限流：匿名按 IP，带令牌按令牌；超出时返回 429 和 `Retry-After`。
"""



class Utf8JSONRenderer(JSONRenderer):
    """JSON as UTF-8 text: Chinese stays readable instead of ``\\uXXXX`` escapes."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="好文 API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
    docs=Swagger(settings={"persistAuthorization": False, "defaultModelsExpandDepth": 0}),
    auth=BearerToken(optional=True),
    throttle=[ApiRateThrottle()],
    renderer=Utf8JSONRenderer(),
)
errors.install(api)
api.add_router("/v1/", v1_router)
