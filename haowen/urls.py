"""Root URL configuration: each app owns its own ``urls.py``."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "好文 管理后台"
admin.site.site_title = "好文"
admin.site.index_title = "管理"

from haowen.web.dashboard import dashboard  # noqa: E402  (after the admin's titles are set)

urlpatterns = [
    # The operator's dashboard (issue 16), staff only through the admin's own login check.
    path("admin/dashboard/", admin.site.admin_view(dashboard), name="dashboard"),
    path("admin/", admin.site.urls),
    # Haowen's account pages first: they put rate limits in front of allauth's sign-up and
    # password-reset views at the same paths.
    path("accounts/", include("haowen.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("haowen.writer.urls")),
    path("", include("haowen.engagement.urls")),
    path("", include("haowen.payments.urls")),
    path("api/", include("haowen.api.urls")),
    path("", include("haowen.web.urls")),
]

handler404 = "haowen.web.views.page_not_found"
handler500 = "haowen.web.views.server_error"
