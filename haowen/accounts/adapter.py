"""allauth adapter: clear Chinese messages, Haowen's login limits and ``client_ip()``.

Set as ``ACCOUNT_ADAPTER``. Redirect safety is allauth's own ``is_safe_url`` (relative
URLs, or absolute ones on this host / ``ALLOWED_HOSTS`` without ``*``), which refuses
open redirects through ``?next=``. Failed logins are limited by
:mod:`haowen.accounts.login_limits` (per IP, and per user name except for browsers
holding the user's device cookie); allauth's own ``login_failed`` limit is off.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from haowen.site_url import site_for_mail

from haowen.limits import client_ip

from . import login_limits


def _mail_site():
    """The site as mails name it: the site settings' name (admin → 站点设置), SITE_URL's host."""
    from haowen.engagement.sitesettings.services import get_site_settings

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
        ``haowen.site_url.SiteURLMiddleware``)."""
        super().send_mail(template_prefix, email, {"current_site": _mail_site(), **context})

    def format_email_subject(self, subject: str) -> str:
        """``[site name] subject`` with the site's name, not the request's host."""
        from allauth.account import app_settings

        prefix = app_settings.EMAIL_SUBJECT_PREFIX
        if prefix is None:
            prefix = f"[{_mail_site().name}] "
        return prefix + force_str(subject)

    def get_client_ip(self, request) -> str:
        """The site's one :func:`haowen.limits.client_ip` (``TRUSTED_PROXY_COUNT``), so
        allauth's remaining limits count the same client as every other limit."""
        return client_ip(request)

    def pre_authenticate(self, request, **credentials) -> None:
        """Count the attempt before the password is checked; refuse it (a form error)
        when the client IP or the user name / device cookie bucket is full."""
        super().pre_authenticate(request, **credentials)
        login = credentials.get("username") or credentials.get("email") or ""
        decision = login_limits.begin_login_attempt(request, login)
        if not decision:
            raise self.validation_error("too_many_login_attempts")
        self._haowen_login_attempt = decision

    def authenticate(self, request, **credentials):
        """allauth's authenticate; a success gives the attempt's hits back."""
        self._haowen_login_attempt = None
        user = super().authenticate(request, **credentials)
        if user is not None and self._haowen_login_attempt is not None:
            self._haowen_login_attempt.undo()
        return user

    def post_login(self, request, user, **kwargs):
        """allauth's post-login redirect, carrying the device cookie for ``user``."""
        response = super().post_login(request, user, **kwargs)
        if response is not None:
            login_limits.set_device_cookie(response, user)
        return response
