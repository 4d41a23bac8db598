"""What the tip box (赏赞) shows: :func:`tip_panel` for the tip page's box and
:func:`article_tip_panel` for the article page, which prerenders the box's form.

Both read through :mod:`haowen.payments.services` (the providers, the preset amounts, the
article's paid tips); the templates only format the dict they return.
"""

from __future__ import annotations

import hashlib

from . import money, services

__all__ = ["tip_panel", "article_tip_panel"]


def tip_panel(article, user, form: dict | None = None, errors: dict | None = None) -> dict:
    """The tip box of ``article`` for ``user`` (anonymous or not): ``summary`` (count and recent
    tippers, :func:`services.tip_summary`), ``choices`` (:func:`services.tip_choices`),
    ``form`` (values shown again after an error; ``provider`` defaults to the first one),
    ``errors`` (field name → the Chinese reason), ``is_authenticated``, ``message_max``
    (characters) and ``max_yuan`` (the largest amount, as a yuan string)."""
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
        "is_authenticated": bool(getattr(user, "is_authenticated", False)),
        "message_max": services.MESSAGE_MAX_CHARS,
        "max_yuan": money.format_yuan(choices.max_fen),
    }


def article_tip_panel(article, user) -> dict:
    """:func:`tip_panel` with an empty form, plus ``form_key``: a digest of everything the
    empty form's HTML depends on (providers, preset and largest amounts, sign-in state, the
    article it posts to), the key of its prerendered fragment (:mod:`haowen.web.fragments`),
    and ``summary_key``: the same for the summary (the article, the count, the tips shown)."""
    panel = tip_panel(article, user)
    choices = panel["choices"]
    parts = [
        str(article.pk), str(panel["is_authenticated"]), str(choices.max_fen), str(panel["message_max"]), panel["form"].get("provider", ""),
        *(f"{v}={label}" for v, label in choices.preset_options),
        *(f"{p.identifier}={p.verbose_name}={p.is_test_mode}" for p in choices.providers),
    ]
    panel["form_key"] = hashlib.sha1("|".join(parts).encode()).hexdigest()
    # The summary's HTML is fixed by its tips (a paid tip's amount, message and time do not
    # change; a tipper's renamed display name may lag, as the cached summary already does).
    summary = panel["summary"]
    panel["summary_key"] = f"{article.pk}:{summary.count}:{','.join(str(t.pk) for t in summary.recent)}"
    return panel
