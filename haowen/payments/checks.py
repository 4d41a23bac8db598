"""System checks: what an enabled payment provider is missing, and bad tip settings.

Registered in :meth:`PaymentsConfig.ready`. ``python manage.py check`` lists them; a
provider with missing settings is simply not offered, so these are warnings, except
settings that break every tip form (amounts) which are errors.
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register("payments")
def check_payments(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """payments.E001 bad amounts, E002 unknown provider, W001 missing settings, W002 bad keys."""
    from . import money
    from .providers import DEFAULT_ENABLED, PROVIDER_CLASSES, get_provider

    messages: list[checks.CheckMessage] = []
    for func in (money.preset_amounts, money.max_custom_fen):
        try:
            func()
        except ImproperlyConfigured as exc:
            messages.append(checks.Error(str(exc), id="payments.E001"))
    listed = [name.strip().lower() for name in settings.PAYMENTS_PROVIDERS if name.strip()]
    for name in listed:
        if name not in PROVIDER_CLASSES:
            messages.append(
                checks.Error(
                    f"PAYMENTS_PROVIDERS names unknown provider {name!r}",
                    hint=f"known providers: {', '.join(PROVIDER_CLASSES)}",
                    id="payments.E002",
                )
            )
    for name in listed or DEFAULT_ENABLED:
        if name not in PROVIDER_CLASSES:
            continue
        provider = get_provider(name)
        missing = provider.missing_settings()
        # Unlisted defaults with nothing set are simply off; anything half-done is reported.
        if missing and (listed or len(missing) < len(provider.required_settings)):
            messages.append(
                checks.Warning(
                    f"payment provider {name!r} is enabled but not offered: missing {', '.join(missing)}",
                    hint="set these environment variables (see the README's Configuration table)",
                    id="payments.W001",
                )
            )
        elif not missing:
            for problem in provider.settings_problems():
                messages.append(checks.Warning(f"payment provider {name!r}: {problem}", id="payments.W002"))
    return messages
