"""Staff work in the admin: mark an article members-only, set a reader's membership."""

from __future__ import annotations

import datetime as dt
import re

from haowen.accounts.entitlement import is_member
from haowen.accounts.models import Membership

SECRET = "会员专享部分的紫檀风铃条款。"
BODY = "\n".join(["第一部分，总体要求。" * 5, "第二部分，重点任务。" * 5, "第三部分，保障措施。" * 5, SECRET])


def _form_data(page: str) -> dict:
    """The values an admin change form would post back as it stands (inputs, selects, textareas)."""
    data: dict = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or "type=\"submit\"" in tag:
            continue
        if 'type="checkbox"' in tag:
            if "checked" in tag:
                data[name.group(1)] = "on"
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[name.group(1)] = value.group(1) if value else ""
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = body.lstrip("\n")
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', body)
        data[name] = chosen.group(1) if chosen else ""
    return data


def test_it_lets_staff_mark_an_article_members_only(client, make_article, superuser, reader, member):
    import html

    article = make_article(body=BODY)
    client.force_login(superuser)
    url = f"/admin/library/article/{article.pk}/change/"
    page = client.get(url).content.decode()
    assert "会员专享" in page  # the access-level choice
    data = {k: html.unescape(v) for k, v in _form_data(page).items()}
    data["access_level"] = "members"
    done = client.post(url, data)
    assert done.status_code == 302, done.content.decode()[:2000]
    article.refresh_from_db()
    assert article.access_level == "members"

    client.force_login(reader)
    page = client.get(article.get_absolute_url()).content.decode()
    assert SECRET not in page and "开通会员" in page
    client.force_login(member)
    assert SECRET in client.get(article.get_absolute_url()).content.decode()


def test_it_lets_staff_set_a_membership_on_the_user_page(client, superuser, reader):
    client.force_login(superuser)
    url = f"/admin/auth/user/{reader.pk}/change/"
    page = client.get(url).content.decode()
    assert "会员资格" in page and "到期日" in page
    data = _form_data(page)
    data.update({"membership-0-is_member": "on", "membership-0-expires_on": "2999-12-31", "membership-0-note": "年费"})
    done = client.post(url, data)
    assert done.status_code == 302, re.findall(r'class="errorlist[^"]*">(.*?)</ul>', done.content.decode())
    membership = Membership.objects.get(user=reader)
    assert membership.expires_on == dt.date(2999, 12, 31) and membership.note == "年费"
    reader.refresh_from_db()
    assert is_member(reader)


def test_it_lists_memberships_for_staff(client, superuser, member):
    client.force_login(superuser)
    page = client.get("/admin/accounts/membership/").content.decode()
    assert "member" in page
    page = client.get("/admin/auth/user/?member=active").content.decode()
    assert f"/admin/auth/user/{member.pk}/change/" in page
    assert f"/admin/auth/user/{superuser.pk}/change/" not in page


def test_it_keeps_readers_out_of_the_admin(client, reader):
    client.force_login(reader)
    assert client.get("/admin/accounts/membership/").status_code == 302


def test_it_saves_a_user_without_creating_an_empty_membership(client, superuser, reader):
    client.force_login(superuser)
    url = f"/admin/auth/user/{reader.pk}/change/"
    data = _form_data(client.get(url).content.decode())
    data["first_name"] = "小王"
    assert client.post(url, data).status_code == 302
    assert not Membership.objects.filter(user=reader).exists()
