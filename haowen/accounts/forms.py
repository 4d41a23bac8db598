"""allauth's login and sign-up forms with the site's own Chinese labels (``ACCOUNT_FORMS``).

allauth fills some labels and placeholders with already-translated strings when the form
is built, in the browser's language; these set Haowen's wording instead.
"""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django.utils.translation import gettext_lazy as _

_LABELS = {
    "login": _("用户名"),
    "username": _("用户名"),
    "email": _("邮箱（选填）"),
    "password": _("密码"),
    "password1": _("密码"),
    "password2": _("确认密码"),
    "remember": _("记住我"),
}


def _relabel(form) -> None:
    for name, label in _LABELS.items():
        field = form.fields.get(name)
        if field is None:
            continue
        field.label = label
        if "placeholder" in field.widget.attrs:
            field.widget.attrs["placeholder"] = label


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self)


class SignupForm(AllauthSignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self)
