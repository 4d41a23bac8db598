"""Which keyword tags a reader of the preview sees (issue 12): ArticleTag.shown_in_preview is
right after every write — tag extraction, a single tag saved (the admin's inline), an edit
of the title or body, an import that updates the article, a renamed tag — and after a change
of the preview settings it hides tags until ``extract_tags --visibility`` recomputes them."""

from __future__ import annotations

import html
import importlib

import pytest
from django.core.management import CommandError, call_command

from haowen.library.models import ArticleTag, Tag
from haowen.library.services import ArticleDraft, save_draft, update_article
from haowen.library.tagging import article_tags, articles_for_tag, clear_cache, tag_article
from tests.accounts.test_admin import _form_data

#: Ten paragraphs; the default preview (30 %) is the first three. 琥珀 is only in the ninth.
PARAGRAPHS = [f"第{i}段讲的是发展规划，" + "字" * 80 + "。" for i in range(10)]
PARAGRAPHS[1] = "第1段讲的是乡村振兴，" + "字" * 80 + "。"
PARAGRAPHS[8] = "第8段讲的是琥珀工坊，" + "字" * 80 + "。"


@pytest.fixture
def article(make_article):
    return make_article(title="关于发展规划的报告", body=PARAGRAPHS, access_level="members", index=False)


def _tag(article, name, **extra):
    tag, _ = Tag.objects.get_or_create(name=name)
    return ArticleTag.objects.create(article=article, tag=tag, **extra)


def _shown(article) -> set:
    return {at.tag.name for at in article_tags(article, full=False)}


def test_a_saved_tag_is_shown_when_its_word_is_in_the_title_or_preview_or_nowhere(article):
    for name in ("规划", "乡村振兴", "琥珀", "琥珀工坊", "组织部推荐"):
        _tag(article, name)
    # 规划: title; 乡村振兴: preview; 组织部推荐: a label that is no word of the text.
    assert _shown(article) == {"规划", "乡村振兴", "组织部推荐"}
    assert {at.tag.name for at in article_tags(article, full=True)} == {"规划", "乡村振兴", "琥珀", "琥珀工坊", "组织部推荐"}


def test_extraction_writes_the_flags(article, make_article):
    make_article(title="另一篇", body="完全不同的内容，讲的是交通运输。", index=False)
    clear_cache()
    names = {at.tag.name for at in tag_article(article)}
    assert "琥珀" in names or "琥珀工坊" in names, names  # extraction does pick the gated word
    shown = _shown(article)
    assert shown and not any("琥珀" in n for n in shown)
    readable = article.title + "".join(PARAGRAPHS[:3])
    assert shown == {n for n in names if n in readable}


def test_an_edit_of_the_body_or_title_moves_tags_in_and_out_of_view(article):
    _tag(article, "琥珀工坊")
    _tag(article, "乡村振兴", is_manual=True)
    assert _shown(article) == {"乡村振兴"}
    swapped = list(PARAGRAPHS)
    swapped[1], swapped[8] = PARAGRAPHS[8], PARAGRAPHS[1]  # 琥珀 into the preview, 乡村振兴 out of it
    update_article(article, body="\n".join(swapped))
    assert _shown(article) == {"琥珀工坊"}
    update_article(article, title="琥珀工坊与乡村振兴")
    assert _shown(article) == {"琥珀工坊", "乡村振兴"}


def test_an_import_that_updates_the_article_recomputes_its_tags(make_article):
    draft = dict(title="报告", kind="report", source="site", external_id="42")
    status, first = save_draft(ArticleDraft(paragraphs=PARAGRAPHS, **draft))
    _tag(first, "乡村振兴")
    assert _shown(first) == {"乡村振兴"}
    moved = PARAGRAPHS[:1] + PARAGRAPHS[2:9] + PARAGRAPHS[1:2] + PARAGRAPHS[9:]
    status, again = save_draft(ArticleDraft(paragraphs=moved, **draft))
    assert (status, again.pk) == ("updated", first.pk)
    assert _shown(again) == set()


def test_new_preview_settings_hide_tags_until_the_command_recomputes_them(article, settings):
    _tag(article, "乡村振兴")
    _tag(article, "规划")
    assert _shown(article) == {"乡村振兴", "规划"}
    settings.PREVIEW_PERCENT = 5  # the preview is now the first paragraph only
    assert _shown(article) == set()  # computed under the old settings: hidden, not guessed
    tag = Tag.objects.get(name="乡村振兴")
    assert not articles_for_tag(tag).exists()
    out = __import__("io").StringIO()
    call_command("extract_tags", "--visibility", stdout=out)
    assert "2 tags changed" in out.getvalue()
    assert _shown(article) == {"规划"}  # 乡村振兴 is in the second paragraph, now gated
    settings.PREVIEW_PERCENT = 30
    call_command("extract_tags", "--visibility", str(article.pk), stdout=out)
    assert _shown(article) == {"乡村振兴", "规划"}
    with pytest.raises(CommandError, match="cannot be combined"):
        call_command("extract_tags", "--visibility", "--missing", stdout=out)


def test_the_migration_computes_the_flags_of_existing_tags(article):
    from django.apps import apps

    _tag(article, "乡村振兴")
    _tag(article, "琥珀")
    ArticleTag.objects.update(shown_in_preview=False, preview_key="")
    migration = importlib.import_module("haowen.library.migrations.0005_articletag_shown_in_preview")
    migration.compute(apps, None)
    assert _shown(article) == {"乡村振兴"}


def test_staff_tags_and_renames_in_the_admin_are_checked_against_the_text(client, article, superuser):
    client.force_login(superuser)
    url = f"/admin/library/article/{article.pk}/change/"
    data = {k: html.unescape(v) for k, v in _form_data(client.get(url).content.decode()).items()}
    secret = Tag.objects.create(name="琥珀工坊")
    prefix = "article_tags-0"
    data.update({f"{prefix}-tag": str(secret.pk), f"{prefix}-weight": "2.0"})
    done = client.post(url, data)
    assert done.status_code == 302, done.content.decode()[:2000]
    row = ArticleTag.objects.get(article=article, tag=secret)
    assert row.is_manual and not row.shown_in_preview
    label = Tag.objects.create(name="组织部推荐")
    ArticleTag.objects.create(article=article, tag=label, is_manual=True)
    assert _shown(article) == {"组织部推荐"}
    # Renaming the label to a word of the gated part hides it; renaming it back shows it.
    done = client.post(f"/admin/library/tag/{label.pk}/change/", {"name": "琥珀"})
    assert done.status_code == 302
    assert _shown(article) == set()
    client.post(f"/admin/library/tag/{label.pk}/change/", {"name": "组织部推荐"})
    assert _shown(article) == {"组织部推荐"}


def test_sessionless_channels_show_what_an_anonymous_reader_sees(client, make_article):
    """<meta name="keywords">, JSON-LD and feed categories: all tags of a free article (anyone
    reads it all), only the preview's of a gated one."""
    import json
    import re

    free = make_article(title="公开报告", body=PARAGRAPHS, access_level="free", published_on=None)
    gated = make_article(title="会员报告", body=PARAGRAPHS + ["另一篇的结尾。"], access_level="members", published_on=None)
    for a in (free, gated):
        _tag(a, "乡村振兴", weight=1.0)
        _tag(a, "琥珀工坊", weight=0.5)
    for a, expected in ((free, ["乡村振兴", "琥珀工坊"]), (gated, ["乡村振兴"])):
        page = client.get(a.get_absolute_url()).content.decode()
        assert re.search(r'<meta name="keywords" content="([^"]*)"', page).group(1) == ",".join(expected)
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
        assert json.loads(block)["keywords"] == expected
    feed = client.get("/feed/").content.decode()
    assert feed.count("<category>琥珀工坊</category>") == 1 and feed.count("<category>乡村振兴</category>") == 2


def test_tags_extracted_from_an_older_text_follow_the_text_as_stored(article):
    """extract_tags reads a batch, extracts for a while, then writes: an edit committed in
    between must decide which tags are shown, not the text the keywords came from."""
    from haowen.library.models import Article

    stale = Article.objects.get(pk=article.pk)
    swapped = list(PARAGRAPHS)
    swapped[1], swapped[8] = PARAGRAPHS[8], PARAGRAPHS[1]
    update_article(Article.objects.get(pk=article.pk), body="\n".join(swapped))
    tag_article(stale, keywords=[("乡村振兴", 1.0), ("琥珀工坊", 0.5)])
    assert _shown(article) == {"琥珀工坊"}
