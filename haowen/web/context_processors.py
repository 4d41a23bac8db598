"""Template context shared by every page."""

from django.conf import settings


def site(request):
    """``site_name``, ``site_url`` and ``site_settings`` (the SiteSettings row when the engagement app provides one).

    Not ``site``: django-allauth puts its own ``site`` into the account pages' context.
    """
    context = {"site_name": settings.SITE_NAME, "site_url": settings.SITE_URL}
    try:
        from haowen.engagement.sitesettings.services import get_site_settings
    except ImportError:
        return context
    context["site_settings"] = get_site_settings()
    context["site_name"] = getattr(context["site_settings"], "site_name", "") or context["site_name"]
    return context
