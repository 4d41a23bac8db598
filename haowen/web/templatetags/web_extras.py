"""Small template filters for the pages."""

from django import template

from haowen.library.services import safe_url

register = template.Library()


@register.filter
def http_url(value: str) -> str:
    """``value`` when it is an absolute http(s) URL, else an empty string (never a ``javascript:`` link)."""
    return safe_url(str(value or ""))
