from django.apps import AppConfig
from django.core import checks


class LimitsConfig(AppConfig):
    """Rate limits, the one ``client_ip()``, and the embedded default's shared cache file."""

    name = "haowen.limits"
    verbose_name = "限流"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from .cachedb import ensure_schema

        connection_created.connect(ensure_schema, dispatch_uid="haowen.limits.ensure_schema")
        checks.register(check_rate_settings)


#: Settings holding one rate (``N/period``) and settings holding scoped rates.
RATE_SETTINGS = ("API_RATE_ANON", "API_RATE_TOKEN", "SEARCH_RATE_ANON", "SEARCH_RATE_USER", "SEARCH_SUGGEST_RATE")
SCOPED_RATE_SETTINGS = {"RATE_LIMIT_LOGIN_FAILED": ("ip", "key"), "RATE_LIMIT_SIGNUP": ("ip",),
                        "RATE_LIMIT_PASSWORD_RESET": ("ip", "key")}


def check_rate_settings(app_configs=None, **kwargs):
    """``limits.E001``: a rate setting that does not parse (named, with the accepted form)."""
    from django.conf import settings

    from .rates import parse_rate, parse_scoped_rates

    errors = []
    for name in RATE_SETTINGS:
        try:
            parse_rate(getattr(settings, name), name)
        except ValueError as exc:
            errors.append(checks.Error(str(exc), id="limits.E001"))
    for name, scopes in SCOPED_RATE_SETTINGS.items():
        try:
            parse_scoped_rates(getattr(settings, name), name, scopes)
        except ValueError as exc:
            errors.append(checks.Error(str(exc), id="limits.E001"))
    return errors
