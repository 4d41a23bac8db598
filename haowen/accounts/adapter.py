"""allauth adapter: clear Chinese messages for the rate limits and failed logins.

Set as ``ACCOUNT_ADAPTER``. Redirect safety is allauth's own ``is_safe_url`` (relative
URLs, or absolute ones on this host / ``ALLOWED_HOSTS`` without ``*``), which refuses
open redirects through ``?next=``.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _("登录失败次数过多，请过几分钟再试。忘记密码可以通过邮箱重设。"),
        "rate_limited": _("操作过于频繁，请稍后再试。"),
        "username_password_mismatch": _("用户名或密码不正确。"),
    }
