"""Create the demo accounts, two example membership plans and example 客服 contacts
(idempotent) and print the accounts.

Passwords are generated once into the data folder (``demo_accounts.txt``, mode 0600)
and reused on later runs, so running ``make demo`` twice keeps them.
"""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

#: Example membership plans (name, days, price in fen, order), created when missing by name.
PLANS = [("月度会员", 30, 1500, 1), ("年度会员", 365, 9800, 2)]
#: Example 客服 contacts for the site settings, filled in only where staff left a field empty.
CONTACTS = {
    "service_phone": "400-000-0000",
    "service_wechat": "haowen-kefu",
    "service_email": "kefu@example.com",
    "service_hours": "工作日 9:00–18:00",
}

ACCOUNTS = [
    ("reader", "普通读者", {}),
    ("member", "会员读者", {"member": True}),
    ("editor", "管理员", {"is_staff": True, "is_superuser": True}),
]


class Command(BaseCommand):
    help = "Create demo accounts (reader, member, staff) and print their passwords."

    def handle(self, *args, **options):
        path = settings.DATA_DIR / "demo_accounts.txt"
        stored = json.loads(path.read_text()) if path.exists() else {}
        User = get_user_model()
        lines = []
        for username, label, flags in ACCOUNTS:
            password = stored.get(username) or secrets.token_urlsafe(9)
            stored[username] = password
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = flags.get("is_staff", False)
            user.is_superuser = flags.get("is_superuser", False)
            user.set_password(password)
            user.save()
            if flags.get("member"):
                self._make_member(user)
            lines.append(f"  {label:<6} 用户名 {username:<8} 密码 {password}")
        path.write_text(json.dumps(stored))
        path.chmod(0o600)
        self.stdout.write("Demo accounts (演示账户):\n" + "\n".join(lines))
        self._make_plans()
        self._fill_contacts()

    def _make_plans(self):
        from haowen.accounts.models import MembershipPlan

        for name, days, price_fen, order in PLANS:
            MembershipPlan.objects.get_or_create(name=name, defaults={"days": days, "price_fen": price_fen, "order": order})
        plans = "，".join(f"{p.name} ¥{p.price_display}/{p.days}天" for p in MembershipPlan.objects.offered())
        self.stdout.write(f"Membership plans (会员套餐): {plans or '—'}")

    def _fill_contacts(self):
        from haowen.engagement.models import SiteSettings

        row, _ = SiteSettings.objects.get_or_create(pk=1)
        empty = [name for name, value in CONTACTS.items() if not getattr(row, name)]
        for name in empty:
            setattr(row, name, CONTACTS[name])
        if empty:
            row.save()
            from haowen.engagement.sitesettings.services import clear_cache

            clear_cache()

    def _make_member(self, user):
        try:
            from haowen.accounts.services import grant_membership
        except ImportError:
            return
        grant_membership(user, days=365)
