"""``{% tip_panel article form errors %}`` for the tip page, and the ``yuan`` filter.

The article page's tip box gets its data from the page's context
(:func:`haowen.payments.panel.article_tip_panel`, gathered by
:func:`haowen.web.article_page.build_article_context`)."""

from __future__ import annotations

from django import template

from .. import money, panel

register = template.Library()


@register.filter
def yuan(fen) -> str:
    """Integer fen → shortest yuan string (``666|yuan`` → ``6.66``); "" for non-integers."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        return ""
    return money.format_yuan(fen)


@register.inclusion_tag("payments/_tip_box.html", takes_context=True)
def tip_panel(context, article, form=None, errors=None):
    """The tip box: count and recent tippers, 查看更多, and the form.

    ``form`` holds values to show again after an error (keys ``amount``,
    ``custom_amount``, ``message``, ``anonymous``, ``provider``); ``errors`` maps a field
    name to the Chinese reason. The data is :func:`haowen.payments.panel.tip_panel`'s.
    """
    request = context.get("request")
    return {**panel.tip_panel(article, getattr(request, "user", None), form, errors), "csrf_token": context.get("csrf_token")}
