"""``{% tip_panel article %}`` for the article page, and the ``yuan`` filter."""

from __future__ import annotations

import hashlib

from django import template

from .. import money, services

register = template.Library()


@register.filter
def yuan(fen) -> str:
    """Integer fen → shortest yuan string (``666|yuan`` → ``6.66``); "" for non-integers."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        return ""
    return money.format_yuan(fen)


def _panel_context(context, article, form=None, errors=None) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    choices = services.tip_choices()
    form = dict(form or {})
    if not form.get("provider") and choices.providers:
        form["provider"] = choices.providers[0].identifier
    return {
        "article": article,
        "summary": services.tip_summary(article),
        "choices": choices,
        "form": form,
        "errors": errors or {},
        "csrf_token": context.get("csrf_token"),
        "is_authenticated": bool(getattr(user, "is_authenticated", False)),
        "message_max": services.MESSAGE_MAX_CHARS,
        "max_yuan": money.format_yuan(choices.max_fen),
    }


@register.inclusion_tag("payments/_tip_box.html", takes_context=True)
def tip_panel(context, article, form=None, errors=None):
    """The tip box: count and recent tippers, 查看更多, and the form.

    ``form`` holds values to show again after an error (keys ``amount``,
    ``custom_amount``, ``message``, ``anonymous``, ``provider``); ``errors`` maps a field
    name to the Chinese reason.
    """
    return _panel_context(context, article, form, errors)


@register.simple_tag(takes_context=True)
def tip_panel_context(context, article) -> dict:
    """``{% tip_panel_context article as tp %}``: :func:`tip_panel`'s context for an empty form,
    plus ``form_key``, which names everything the empty form's HTML depends on (providers,
    preset and largest amounts, sign-in state, the article it posts to), for a prerendered fragment."""
    panel = _panel_context(context, article)
    choices = panel["choices"]
    parts = [
        str(article.pk), str(panel["is_authenticated"]), str(choices.max_fen), str(panel["message_max"]), panel["form"].get("provider", ""),
        *(f"{v}={label}" for v, label in choices.preset_options),
        *(f"{p.identifier}={p.verbose_name}={p.is_test_mode}" for p in choices.providers),
    ]
    panel["form_key"] = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return panel
