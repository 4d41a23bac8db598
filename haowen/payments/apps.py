from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "haowen.payments"
    label = "payments"
    verbose_name = _("赏赞支付")

    def ready(self) -> None:
        from . import checks  # noqa: F401 — registers the system checks
