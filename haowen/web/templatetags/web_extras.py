"""Small template filters for the pages."""

import json

from django import template
from django.utils.safestring import mark_safe

from haowen.library.services import safe_url

register = template.Library()


@register.filter
def http_url(value: str) -> str:
    """``value`` when it is an absolute http(s) URL, else an empty string (never a ``javascript:`` link)."""
    return safe_url(str(value or ""))


# What json_script escapes: keeps "</script>" and friends inert inside a <script> block.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data) -> str:
    """``{{ structured_data|json_ld }}``: ``data`` (a dict) as a ``<script type="application/ld+json">``
    block, with ``<``, ``>`` and ``&`` escaped so no text inside can close the script."""
    # dict(): the page hands a lazy dict over, which the json module's type checks refuse.
    payload = json.dumps(dict(data), ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


class FragmentNode(template.Node):
    def __init__(self, name, key, seconds, nodelist):
        self.name, self.key, self.seconds, self.nodelist = name, key, seconds, nodelist

    def render(self, context):
        from haowen.web import fragments, pagecache

        key = f"{self.name.resolve(context)}:{self.key.resolve(context)}"
        html = fragments.get(key)
        if html is None:
            html = self.nodelist.render(context)
            seconds = int(self.seconds.resolve(context)) if self.seconds else fragments.DEFAULT_SECONDS
            fragments.put(key, pagecache.strip_csrf(html.encode()).decode(), seconds)
        elif pagecache.CSRF_PLACEHOLDER in html:
            html = pagecache.fill_csrf_text(html, str(context.get("csrf_token") or ""))
        return mark_safe(html)


@register.tag
def fragment(parser, token):
    """``{% fragment "name" key [seconds] %}…{% endfragment %}``: render once per key, then reuse.

    ``key`` must name everything the contents depend on (see :mod:`haowen.web.fragments`);
    CSRF tokens inside are stored as a placeholder and filled in per reader.
    """
    bits = token.split_contents()
    if len(bits) not in (3, 4):
        raise template.TemplateSyntaxError("usage: {% fragment \"name\" key [seconds] %}…{% endfragment %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    seconds = parser.compile_filter(bits[3]) if len(bits) == 4 else None
    return FragmentNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), seconds, nodelist)


@register.filter
def with_key(key, other) -> str:
    """``{% fragment "name" parts_key|with_key:site_key %}``: a fragment key naming both
    ``key`` and ``other`` (what the fragment's contents depend on, from two sources)."""
    return f"{key}|{other}"


@register.simple_tag(takes_context=True)
def chrome_key(context, part: str) -> str:
    """The fragment key of a part of the page around the content: the top bar's user menu
    (``part="usernav"``), the chrome that is the same on every page of the site (``"site"``)
    or the footer (``"footer"``).

    The user menu depends on who is signed in (id, user name, membership) or, for anonymous
    readers, on the page's path (its ``?next=`` links); the site's chrome on the site settings
    row, the site name and the active language; the footer on those and the year it prints.
    """
    import hashlib

    from django.utils import timezone
    from django.utils.translation import get_language

    request = context.get("request")
    if part == "usernav":
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from haowen.accounts.entitlement import is_member

            raw = f"u|{user.pk}|{user.get_username()}|{is_member(user)}"
        else:
            raw = f"a|{getattr(request, 'resolver_match', None) is not None}|{getattr(request, 'path', '')}"
    else:
        row = context.get("site_settings")
        stamp = getattr(row, "updated_at", None)
        raw = f"{getattr(row, 'pk', None)}|{stamp.timestamp() if stamp else 'unsaved'}|{context.get('site_name')}|{get_language()}"
        if part == "footer":
            raw += f"|{timezone.localdate().year}"
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()
