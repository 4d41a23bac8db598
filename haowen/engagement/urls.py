from django.urls import path

from .comments import views as comments
from .sitesettings import views as sitesettings

app_name = "engagement"
urlpatterns = [
    path("a/<int:pk>/comments/", comments.post_comment, name="post_comment"),
    path("comments/<int:comment_id>/moderate/", comments.moderate_comment, name="moderate_comment"),
    path("comments/<int:comment_id>/report/", comments.report_comment, name="report_comment"),
    path("site/image/<str:name>/<str:digest>/", sitesettings.site_image, name="site_image"),
    path("contact/", sitesettings.contact, name="contact"),
]
