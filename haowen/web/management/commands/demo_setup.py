"""Create the demo accounts (idempotent) and print them.

Passwords are generated once into the data folder (``demo_accounts.txt``, mode 0600)
and reused on later runs, so running ``make demo`` twice keeps them.
"""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

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

    def _make_member(self, user):
        try:
            from haowen.accounts.services import grant_membership
        except ImportError:
            return
        grant_membership(user, days=365)
