"""System checks for the paywall settings (run at start-up by ``manage.py`` commands)."""

from django.conf import settings
from django.core.checks import Error, register

from .entitlement import LEVELS


@register()
def check_paywall_settings(app_configs=None, **kwargs):
    """``accounts.E001``: bad ``DEFAULT_ACCESS_LEVEL``; ``E002``/``E003``: preview length out of range."""
    errors = []
    level = settings.DEFAULT_ACCESS_LEVEL
    if level not in LEVELS:
        errors.append(
            Error(
                f"DEFAULT_ACCESS_LEVEL={level!r} is not one of {', '.join(LEVELS)}",
                hint="Set the DEFAULT_ACCESS_LEVEL environment variable to free, login or members.",
                id="accounts.E001",
            )
        )
    percent = settings.PREVIEW_PERCENT
    if not isinstance(percent, int) or not 0 <= percent <= 100:
        errors.append(Error(f"PREVIEW_PERCENT={percent!r} must be 0..100", id="accounts.E002"))
    max_chars = settings.PREVIEW_MAX_CHARS
    if not isinstance(max_chars, int) or max_chars < 1:
        errors.append(Error(f"PREVIEW_MAX_CHARS={max_chars!r} must be at least 1", id="accounts.E003"))
    return errors
