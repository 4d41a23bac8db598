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

        from django.db.models.signals import post_delete, post_save

        from .models import MembershipPlan
        from .services import plans_changed

        # The paywall panel names the cheapest plan; it is rendered into caches keyed by the
        # library version, so a plan change bumps that version (services.cheapest_plan).
        post_save.connect(plans_changed, sender=MembershipPlan, dispatch_uid="haowen.accounts.plan_saved")
        post_delete.connect(plans_changed, sender=MembershipPlan, dispatch_uid="haowen.accounts.plan_deleted")


def _forget_failed_logins(sender, request, user, **kwargs):
    """A password reset ends the lockout of the user's name (allauth does the same)."""
    from allauth.account.utils import user_username

    from .login_limits import forget_failed_logins

    forget_failed_logins(user_username(user) or "")
