from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "haowen.accounts"
    label = "accounts"
    verbose_name = _("账户")

    def ready(self):
        from . import checks  # noqa: F401  (registers the paywall settings checks)
