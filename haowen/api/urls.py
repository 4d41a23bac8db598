"""URLs under ``/api/``: the ninja API (v1, openapi.json, docs), the token page, and a
catch-all that answers unknown API paths with the JSON 404 envelope."""

from django.urls import URLPattern, path
from django.views.generic import RedirectView

from . import views
from .app import api
from .errors import envelope_wrapper, not_found_view

app_name = "api"


def _ninja_patterns():
    patterns, _app, _namespace = api.urls
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = envelope_wrapper(pattern.callback)
    return patterns


urlpatterns = [
    *_ninja_patterns(),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke/", views.revoke, name="revoke-token"),
    path("", RedirectView.as_view(pattern_name="api:openapi-view"), name="index"),
    path("<path:rest>", not_found_view, name="not-found"),
]
