from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("membership/", views.membership, name="membership"),
]
