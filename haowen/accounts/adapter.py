"""allauth adapter: clear Chinese messages for the rate limits and failed logins.

Set as ``ACCOUNT_ADAPTER``. Redirect safety is allauth's own ``is_safe_url`` (relative
URLs, or absolute ones on this host / ``ALLOWED_HOSTS`` without ``*``), which refuses
open redirects through ``?next=``.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from haowen.library.site_url import site_for_mail


def _mail_site():
    """The site as mails name it: the site settings' name (admin → 站点设置), SITE_URL's host."""
    from haowen.engagement.site import get_site_settings

    return site_for_mail(getattr(get_site_settings(), "site_name", "") or "")


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _("登录失败次数过多，请过几分钟再试。忘记密码可以通过邮箱重设。"),
        "rate_limited": _("操作过于频繁，请稍后再试。"),
        "username_password_mismatch": _("用户名或密码不正确。"),
    }

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's mail with ``current_site`` from ``SITE_NAME``/``SITE_URL``, never the
        request's Host header (links in mails are on ``SITE_URL`` through
        ``haowen.library.site_url.SiteURLMiddleware``)."""
        super().send_mail(template_prefix, email, {"current_site": _mail_site(), **context})

    def format_email_subject(self, subject: str) -> str:
        """``[site name] subject`` with the site's name, not the request's host."""
        from allauth.account import app_settings

        prefix = app_settings.EMAIL_SUBJECT_PREFIX
        if prefix is None:
            prefix = f"[{_mail_site().name}] "
        return prefix + force_str(subject)
