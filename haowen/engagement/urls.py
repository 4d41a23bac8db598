from django.urls import path

from . import views

app_name = "engagement"
urlpatterns = [
    path("a/<int:pk>/comments/", views.post_comment, name="post_comment"),
    path("comments/<int:comment_id>/moderate/", views.moderate_comment, name="moderate_comment"),
    path("comments/<int:comment_id>/report/", views.report_comment, name="report_comment"),
    path("site/image/<str:name>/<str:digest>/", views.site_image, name="site_image"),
    path("contact/", views.contact, name="contact"),
]
