"""library.services: every write stores a body the paragraph splitter, the search index and
the Word export can take (one paragraph per line), and remembers what the cleaner produced."""

from __future__ import annotations

import pytest

from haowen.library.models import Article
from haowen.library.services import ArticleDraft, DraftError, body_digest, is_body_edited, save_draft, update_article

#: What arrives from a browser's textarea (CRLF), a Mac editor (CR), Word (U+2028, VT, FF)
#: and broken converters (NUL, C1 controls, lone surrogates, bidi overrides).
MESSY = "第一段。\r\n\r\n第二段。\r第三段。\u2028第四段。\u2029\x0b第五段\x00。\x0c\x85第六段\x9b\ud800\u202e。\r\n"
CLEAN = ["第一段。", "第二段。", "第三段。", "第四段。", "第五段。", "第六段。"]


@pytest.mark.django_db
def test_an_imported_body_is_one_paragraph_per_line():
    _, article = save_draft(ArticleDraft(title="标题\r\n续\x00", paragraphs=[MESSY, "第七段。"]))
    article.refresh_from_db()
    assert article.body == "\n".join(CLEAN + ["第七段。"])
    assert article.title == "标题 续"
    assert article.char_count == len("".join(CLEAN)) + 4


@pytest.mark.django_db
def test_an_edited_body_is_one_paragraph_per_line(make_article):
    article = make_article(body="原文。", index=False)
    update_article(article, body=MESSY, title="新\u2028标题")
    article.refresh_from_db()
    assert article.body == "\n".join(CLEAN) and article.paragraphs == CLEAN
    assert article.title == "新 标题"
    assert article.char_count == len("".join(CLEAN))


@pytest.mark.django_db
@pytest.mark.parametrize("changes", [{"body": "\r\n\x00\u2028 "}, {"title": "\x00\r\n"}])
def test_it_refuses_an_edit_that_leaves_no_text(make_article, changes):
    article = make_article(body="原文。", index=False)
    with pytest.raises(DraftError):
        update_article(article, **changes)
    assert Article.objects.get(pk=article.pk).body == "原文。"


@pytest.mark.django_db
def test_it_tells_a_staff_edit_from_the_cleaners_text(make_article):
    article = make_article(body=["第一段。", "第二段。"], index=False)
    assert article.cleaned_body_hash == body_digest("第一段。\n第二段。")
    assert not is_body_edited(article)
    update_article(article, body="第一段。\r\n第二段。\r\n", title="改了标题")  # same text, a browser's line ends
    assert not is_body_edited(Article.objects.get(pk=article.pk))
    update_article(article, body="第一段。\n第二段，改过了。")
    assert is_body_edited(Article.objects.get(pk=article.pk))
    update_article(article, body="第一段。\n第二段。\n第三段。", cleaned=True)  # reclean's own text
    assert not is_body_edited(Article.objects.get(pk=article.pk))
