"""Thin views for the site settings: the site's images (logo, 微信订阅号 QR) and the contact page."""

from __future__ import annotations

from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.views.decorators.http import require_GET


from . import services as site


@require_GET
def site_image(request, name: str, digest: str):
    """Serve the site's logo or 微信订阅号 QR; the URL carries the content hash, so cache forever."""
    try:
        image = site.site_image(name)
    except ValueError:
        raise Http404(name)
    if image is None:
        raise Http404(name)
    data, content_type = image
    current = site.get_site_settings()
    etag = f'"{getattr(current, f"{name}_hash", "")}"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(data, content_type=content_type or "application/octet-stream")
    response["ETag"] = etag
    if digest == getattr(current, f"{name}_hash", None):
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "public, max-age=60"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def contact(request):
    """``/contact/`` (联系客服): the site settings' 客服 contacts (phone, WeChat ID, e-mail,
    hours, the 微信订阅号 QR code) and how to recover an account, with or without an e-mail
    address. Every page that tells readers to contact 客服 links here."""
    user = request.user
    has_email = bool(getattr(user, "email", "")) if user.is_authenticated else False
    return render(request, "engagement/contact.html", {"has_email": has_email})
