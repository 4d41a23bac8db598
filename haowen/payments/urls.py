"""Payments URLs, included at the site root (namespace ``payments``)."""

from django.urls import path

from . import views

app_name = "payments"
urlpatterns = [
    path("a/<int:pk>/tip/", views.tip, name="tip"),
    path("a/<int:pk>/tips/", views.tip_list, name="tip_list"),
    path("pay/membership/", views.membership_buy, name="membership_buy"),
    path("pay/notify/<slug:provider>/", views.notify, name="notify"),
    path("pay/sandbox/<str:out_trade_no>/", views.sandbox_pay, name="sandbox_pay"),
    path("pay/<str:out_trade_no>/", views.pay, name="pay"),
    path("pay/<str:out_trade_no>/status/", views.pay_status, name="pay_status"),
]
