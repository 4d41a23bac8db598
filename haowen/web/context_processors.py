"""Template context shared by every page."""

from django.conf import settings


def site(request):
    """``site_name``, ``site_url`` and ``site`` (the SiteSettings row when the engagement app provides one)."""
    context = {"site_name": getattr(settings, "SITE_NAME", "好文"), "site_url": settings.SITE_URL}
    try:
        from haowen.engagement.site import get_site_settings
    except ImportError:
        return context
    context["site"] = get_site_settings()
    context["site_name"] = getattr(context["site"], "site_name", "") or context["site_name"]
    return context
