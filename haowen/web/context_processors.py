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
    context["site_name"] = site_name(context["site_settings"])
    return context


def site_name(site_settings=None) -> str:
    """The site's name on every page: the site settings' ``site_name`` when set, else ``SITE_NAME``."""
    return getattr(site_settings, "site_name", "") or settings.SITE_NAME
