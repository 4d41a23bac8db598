from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "haowen.accounts"
    label = "accounts"
    verbose_name = _("账户")

    def ready(self):
        from allauth.account.signals import password_reset

        from . import checks  # noqa: F401  (registers the paywall settings checks)

        password_reset.connect(_forget_failed_logins, dispatch_uid="haowen.accounts.forget_failed_logins")


def _forget_failed_logins(sender, request, user, **kwargs):
    """A password reset ends the lockout of the user's name (allauth does the same)."""
    from allauth.account.utils import user_username

    from .login_limits import forget_failed_logins

    forget_failed_logins(user_username(user) or "")
