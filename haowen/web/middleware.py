"""Security headers on every response."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Add ``settings.CONTENT_SECURITY_POLICY`` (no inline scripts), Permissions-Policy and friends."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # No exception for /api/docs: django-ninja's bundled Swagger UI loads its script
        # and init from /static/ and runs under this policy (checked in headless Chromium).
        response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
