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
    kept = []
    for pattern in patterns:
        if getattr(pattern, "name", None) == "api-root":
            continue  # replaced below (same name: ninja reverses it for the schema)
        if isinstance(pattern, URLPattern):
            pattern.callback = envelope_wrapper(pattern.callback)
        kept.append(pattern)
    return kept


urlpatterns = [
    *_ninja_patterns(),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:token_id>/revoke/", views.revoke, name="revoke-token"),
    path("", RedirectView.as_view(pattern_name="api:openapi-view"), name="api-root"),
    path("<path:rest>", not_found_view, name="not-found"),
]
