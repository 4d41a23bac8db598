from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("membership/", views.membership, name="membership"),
    path("me/", views.account, name="account"),
    path("favorites/", views.favorites, name="favorites"),
    path("favorites/<int:pk>/", views.favorite, name="favorite"),
    path("history/", views.history, name="history"),
    # Before allauth's own patterns (haowen/urls.py): the same paths with Haowen's limits.
    # reverse("account_signup") and reverse("account_reset_password") give these paths.
    path("signup/", views.signup, name="signup"),
    path("password/reset/", views.password_reset, name="password_reset"),
]
