from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "haowen.payments"
    label = "payments"
    verbose_name = _("赏赞支付")
