"""Security headers on every response."""

from django.conf import settings

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeadersMiddleware:
    """Add Content-Security-Policy (no inline scripts), Permissions-Policy and friends."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # No exception for /api/docs: django-ninja's bundled Swagger UI loads its script
        # and init from /static/ and runs under this policy (checked in headless Chromium).
        response.setdefault("Content-Security-Policy", getattr(settings, "CONTENT_SECURITY_POLICY", CSP))
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
