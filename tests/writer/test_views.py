"""Writer's tools on the article page, the fill-in page, Word export and tag pages — per persona."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from docx import Document

from haowen.accounts.entitlement import entitlement
from haowen.library.models import ArticleTag, SavedFill, Tag
from haowen.library.near_duplicates import link_near_duplicate
from haowen.text.outline import outline

from .conftest import SPEECH

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: A long speech: the preview of a gated copy stops well before its last headings.
LONG = SPEECH[:3] + [SPEECH[3] * 6, SPEECH[4] * 6] + SPEECH[5:]


@pytest.fixture
def gated(make_article):
    """A login-only article long enough that anonymous readers get a preview."""
    return make_article(title="在全区工作会议上的讲话", body=LONG, kind="speech", access_level="login", index=False)


@pytest.fixture
def members_only(make_article):
    return make_article(title="会员专享的讲话", body=LONG + ["（会员版）"], kind="speech", access_level="members", index=False)


def docx_text(response) -> list[str]:
    assert response["Content-Type"] == DOCX
    return [p.text for p in Document(io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)).paragraphs]


# --- the article page -------------------------------------------------------------------


def test_it_shows_the_outline_with_anchors(client, speech):
    html = client.get(speech.get_absolute_url()).content.decode()
    assert 'class="wt-outline"' in html
    for item in outline(SPEECH, speech.title):
        if item.level <= 3:
            assert f'<a href="#p{item.paragraph + 1}">{item.title}</a>' in html
            assert f'id="p{item.paragraph + 1}"' in html
    assert "writer_tools.js" in html  # opens the outline on wide screens; closed (phones) without it


def test_it_shows_the_outline_headings_as_headings_in_the_body(client, speech):
    html = client.get(speech.get_absolute_url()).content.decode()
    # A whole-line heading: level 1 (第一个问题) in the 黑体 class, not an indented paragraph.
    assert '<p id="p3" class="doc-h doc-h1" role="heading" aria-level="2">第一个问题：加快发展的信心要更加坚定</p>' in html
    assert '<p id="p9" class="doc-h doc-h2" role="heading" aria-level="3">——四条新路。</p>' in html
    # A run-in heading: the heading's words in the level's class, the paragraph's text after them.
    assert '<p id="p7" class="doc-runin"><span class="doc-h doc-h2">——三大战略行动。</span>突出抓好' in html
    assert '<p id="p4" class="doc-runin"><span class="doc-h doc-h2">一是来自于外部环境蕴藏的重大机遇。</span>' in html
    assert '<span class="doc-h doc-h3">一是山地特色产业生态路。</span>' in html  # under ——四条新路
    # Body text stays a plain paragraph; every paragraph keeps its anchor.
    assert f'<p id="p2">{SPEECH[1]}</p>' in html
    assert all(f'id="p{n}"' in html for n in range(1, len(SPEECH) + 1))


def test_the_body_headings_are_in_the_stylesheet(client):
    from django.contrib.staticfiles import finders

    css = open(finders.find("haowen/site.css"), encoding="utf-8").read()
    assert re.search(r"\.doc-body p\.doc-h \{[^}]*text-indent:0", css)
    assert re.search(r"\.doc-h1 \{[^}]*黑体", css) and re.search(r"\.doc-h2 \{[^}]*楷体", css)


def test_the_outline_holds_to_the_paywall(client, gated):
    visible = entitlement(gated, AnonymousUser())
    assert not visible.is_full
    shown = {i.title for i in outline(visible.paragraphs, gated.title)}
    hidden = {i.title for i in outline(gated.paragraphs, gated.title)} - shown
    assert shown and hidden
    html = client.get(gated.get_absolute_url()).content.decode()
    assert all(title in html for title in shown if "第" in title)
    assert not any(title in html for title in hidden)
    assert "提纲只列出可阅读部分的标题" in html


def test_it_lists_placeholders_with_counts_and_links_the_tools(client, speech):
    html = client.get(speech.get_absolute_url()).content.decode()
    assert re.search(r"XX区 <span class=\"wt-times\">×4</span>", html)
    assert f'href="/a/{speech.pk}/fill/"' in html and "一键替换" in html
    assert f'href="/a/{speech.pk}/export.docx"' in html


def test_it_offers_no_word_file_to_a_reader_who_gets_the_preview(client, gated):
    html = client.get(gated.get_absolute_url()).content.decode()
    assert f"/a/{gated.pk}/export.docx" not in html
    assert "阅读全文后可下载 Word 文档" in html and "/accounts/login/?next=" in html


def test_it_shows_similar_versions_both_ways(client, make_article, speech):
    link_near_duplicate(speech)
    copy = make_article(title="某区务虚会讲话（转载）", body=[p.replace("XX区", "钟山区") for p in SPEECH], access_level="free", index=False)
    assert link_near_duplicate(copy) == speech
    html = client.get(copy.get_absolute_url()).content.decode()
    assert "相似版本" in html and f'href="{speech.get_absolute_url()}"' in html and "最早版本" in html
    html = client.get(speech.get_absolute_url()).content.decode()
    assert f'href="{copy.get_absolute_url()}"' in html


def test_it_links_tags_to_their_page(client, speech):
    tag = Tag.objects.create(name="山地特色")
    ArticleTag.objects.create(article=speech, tag=tag, weight=0.5)
    html = client.get(speech.get_absolute_url()).content.decode()
    assert 'href="/tag/%E5%B1%B1%E5%9C%B0%E7%89%B9%E8%89%B2/"' in html
    page = client.get("/tag/%E5%B1%B1%E5%9C%B0%E7%89%B9%E8%89%B2/")
    assert page.status_code == 200 and speech.title in page.content.decode()


# --- Word export -------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["anonymous", "reader", "member", "moderator"])
def test_it_exports_a_free_article_to_everyone(client_as, speech, persona):
    response = client_as(persona).get(f"/a/{speech.pk}/export.docx")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"] and ".docx" in response["Content-Disposition"]
    assert docx_text(response) == [speech.title, "", *SPEECH]


def test_it_refuses_the_export_to_anonymous_readers_of_a_gated_article(client, gated):
    response = client.get(f"/a/{gated.pk}/export.docx")
    assert response.status_code == 403
    html = response.content.decode()
    assert "登录" in html and f"/accounts/login/?next=/a/{gated.pk}/" in html
    assert LONG[-1] not in html  # no gated text on the refusal page


@pytest.mark.parametrize("persona, status", [("reader", 403), ("member", 200), ("moderator", 200)])
def test_it_exports_members_only_articles_to_members(client_as, members_only, persona, status):
    response = client_as(persona).get(f"/a/{members_only.pk}/export.docx")
    assert response.status_code == status
    if status == 403:
        assert "会员" in response.content.decode()
    else:
        assert docx_text(response)[-1] == "（会员版）"


def test_it_exports_a_gated_article_to_a_logged_in_reader(client_as, gated):
    response = client_as("reader").get(f"/a/{gated.pk}/export.docx")
    assert response.status_code == 200 and docx_text(response)[2:] == LONG


def test_it_answers_404_for_missing_or_withdrawn_articles(client, make_article):
    hidden = make_article(title="撤下", body="正文。", access_level="free", is_published=False, index=False)
    assert client.get(f"/a/{hidden.pk}/export.docx").status_code == 404
    assert client.get("/a/999999/export.docx").status_code == 404
    assert client.get(f"/a/{hidden.pk}/fill/").status_code == 404


# --- fill-in -----------------------------------------------------------------------------


def test_the_fill_form_lists_groups_and_occurrences(client, speech):
    html = client.get(f"/a/{speech.pk}/fill/").content.decode()
    assert 'name="g:name|X区"' in html and "×4" in html
    assert 'name="o:3:' in html  # occurrence-by-occurrence fields
    assert "csrfmiddlewaretoken" in html
    assert "填写内容只用于生成本页结果，不会被保存" in html


def test_it_fills_in_on_screen_leaving_nothing_else_changed(client, speech):
    response = client.post(
        f"/a/{speech.pk}/fill/",
        {"g:name|X区": "钟山", "g:name|X省": "贵州", "g:number|X个": "12", "action": "preview"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<mark class="wt-filled">钟山</mark>区作为<mark class="wt-filled">贵州</mark>省' in html
    assert "还有" in html and "处未填写" in html
    assert SavedFill.objects.count() == 0


def test_it_fills_one_occurrence_differently(client, speech):
    response = client.post(f"/a/{speech.pk}/fill/", {"g:name|X区": "钟山", "o:16:6": "水城", "action": "preview"})
    html = response.content.decode()
    assert "今年<mark class=\"wt-filled\">水城</mark>区的各项工作" in html
    assert "推动<mark class=\"wt-filled\">钟山</mark>区实现新跨越" in html


def test_it_downloads_the_filled_text_as_word(client, speech):
    from haowen.text.placeholders import find_placeholders, group_placeholders

    groups = group_placeholders(find_placeholders(SPEECH))
    data = {f"g:{g.key}": ("钟山" if g.kind == "name" else "8") for g in groups}
    response = client.post(f"/a/{speech.pk}/fill/", {**data, "action": "docx"})
    assert response.status_code == 200
    text = docx_text(response)
    assert text[2:4] == SPEECH[:1] + ["这次会议的主要任务是认真贯彻落实省委8届8次全会精神，谋划今后一个时期的工作。"]
    assert not find_placeholders(text)
    assert "%E5%A1%AB%E5%86%99%E7%89%88" in response["Content-Disposition"]  # （填写版）


def test_the_label_the_replaced_span_and_the_result_agree(client, speech):
    """The field labelled XX区 says that XX is replaced and 区 kept; 海淀区 gives 海淀区, not 海淀区区."""
    html = client.get(f"/a/{speech.pk}/fill/").content.decode()
    field = re.search(r'<fieldset class="wt-group">\s*<legend><span class="wt-label">XX区</span>.*?</fieldset>', html, re.S).group(0)
    assert "替换“XX”，“区”保留" in field
    assert '<span class="wt-suffix">区</span>' in field  # shown right after the input
    values = {"g:name|X区": "海淀区", "g:number|X万人": "5万人", "action": "preview"}
    page = client.post(f"/a/{speech.pk}/fill/", values).content.decode()
    assert '推动<mark class="wt-filled">海淀</mark>区实现新跨越' in page
    assert '<mark class="wt-filled">5</mark>万人' in page
    assert "海淀区区" not in page and "万人万人" not in page
    text = "\n".join(docx_text(client.post(f"/a/{speech.pk}/fill/", {**values, "action": "docx"})))
    assert "推动海淀区实现新跨越" in text and "为加快海淀区发展" in text
    assert "海淀区区" not in text and "万人万人" not in text


def test_it_refuses_the_filled_word_file_to_preview_readers(client, gated):
    page = client.get(f"/a/{gated.pk}/fill/")
    assert page.status_code == 200 and "你目前只能阅读本文的预览部分" in page.content.decode()
    assert 'value="docx"' not in page.content.decode()
    response = client.post(f"/a/{gated.pk}/fill/", {"g:name|X区": "钟山", "action": "docx"})
    assert response.status_code == 403


def test_it_rejects_bad_values_naming_the_placeholder(client, speech):
    response = client.post(f"/a/{speech.pk}/fill/", {"g:name|X区": "长" * 61, "g:number|X个": "1\n2"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "“XX区”的填写内容太长（61 字），最多 60 字。" in html
    assert "“XX个”的填写内容不能换行。" in html
    assert 'class="wt-result"' not in html
    assert 'name="g:name|X区" value="' + "长" * 61 + '"' in html  # what was typed stays in the form


@pytest.mark.parametrize("brk", ["\r", "\u2028", "\u2029", "\x85"])
def test_it_rejects_any_line_break_in_a_value(client, speech, brk):
    response = client.post(f"/a/{speech.pk}/fill/", {"g:name|X区": f"钟{brk}山", "action": "docx"})
    assert response.status_code == 400 and "“XX区”的填写内容不能换行。" in response.content.decode()


def test_it_ignores_unknown_fields_and_actions(client, speech):
    response = client.post(f"/a/{speech.pk}/fill/", {"g:nope": "x", "o:99:99": "y", "action": "explode"})
    assert response.status_code == 200 and 'class="wt-result"' in response.content.decode()


def test_it_saves_values_only_for_logged_in_readers(client_as, speech):
    anonymous = client_as("anonymous")
    response = anonymous.post(f"/a/{speech.pk}/fill/", {"g:name|X区": "钟山", "action": "save"}, follow=True)
    assert "登录后才能保存填写内容" in response.content.decode()
    assert not SavedFill.objects.exists()
    client = client_as("reader")
    client.post(f"/a/{speech.pk}/fill/", {"g:name|X区": "钟山", "o:16:6": "水城", "action": "save"})
    saved = SavedFill.objects.get()
    assert saved.values == {"g:name|X区": "钟山", "o:16:6": "水城"}
    html = client.get(f"/a/{speech.pk}/fill/").content.decode()
    assert 'name="g:name|X区" value="钟山"' in html and 'name="o:16:6" value="水城"' in html
    client.post(f"/a/{speech.pk}/fill/", {"action": "clear"})
    assert not SavedFill.objects.exists()


def test_the_fill_form_needs_the_csrf_token(speech):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(f"/a/{speech.pk}/fill/", {"g:name|X区": "钟山"}).status_code == 403


def test_it_says_so_when_there_is_nothing_to_fill(client, make_article):
    plain = make_article(title="通知", body="请各单位按时报送材料。", access_level="free", index=False)
    html = client.get(f"/a/{plain.pk}/fill/").content.decode()
    assert "没有发现需要填写的占位符" in html


# --- tag pages ---------------------------------------------------------------------------


def test_the_tag_page_handles_odd_input(client, speech):
    tag = Tag.objects.create(name="a/b 标签")
    ArticleTag.objects.create(article=speech, tag=tag, weight=1)
    assert client.get("/tag/a/b%20%E6%A0%87%E7%AD%BE/").status_code == 200
    assert client.get("/tag/%E6%B2%A1%E6%9C%89/").status_code == 404
    assert client.get("/tag/a/b%20%E6%A0%87%E7%AD%BE/?page=abc").status_code == 200
    assert client.get("/tag/a/b%20%E6%A0%87%E7%AD%BE/?page=999").status_code == 200
