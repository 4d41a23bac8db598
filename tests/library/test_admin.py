"""The article admin writes through library.services: what staff save exports to Word."""

from __future__ import annotations

import html

from haowen.library.models import Article, IndexLogEntry
from haowen.library.services import is_body_edited
from tests.accounts.test_admin import _form_data

from .conftest import SPEECH
from tests.writer.test_views import docx_text


def _save_in_admin(client, article, **changes):
    url = f"/admin/library/article/{article.pk}/change/"
    data = {k: html.unescape(v) for k, v in _form_data(client.get(url).content.decode()).items()}
    data.update(changes)
    return client.post(url, data)


def test_an_article_saved_in_the_admin_exports_to_word(client, make_article, superuser):
    article = make_article(title="在全区工作会议上的讲话", body=SPEECH, access_level="free", index=False)
    client.force_login(superuser)
    # A browser sends a textarea's lines with CRLF; text pasted from Word brings U+2028.
    body = "\r\n".join(SPEECH[:3]) + "\r\n\r\n" + SPEECH[3] + "\u2028" + "\r\n".join(SPEECH[4:]) + "\r\n"
    done = _save_in_admin(client, article, body=body)
    assert done.status_code == 302, done.content.decode()[:2000]
    article.refresh_from_db()
    assert article.body == "\n".join(SPEECH)
    assert not is_body_edited(article)  # only the line ends differed from the import
    assert IndexLogEntry.objects.filter(article_id=article.pk).count() == 2  # import + edit
    response = client.get(f"/a/{article.pk}/export.docx")
    assert response.status_code == 200
    assert docx_text(response)[2:] == SPEECH


def test_the_admin_names_a_body_or_title_with_no_text(client, make_article, superuser):
    article = make_article(title="原标题", body="原文。", index=False)
    client.force_login(superuser)
    page = _save_in_admin(client, article, body="\r\n\x07\u2028 \x0c", title="\x07\u2028")
    assert page.status_code == 200
    text = page.content.decode()
    assert "正文没有文字" in text and "标题没有文字" in text
    assert Article.objects.get(pk=article.pk).body == "原文。"
