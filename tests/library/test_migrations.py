"""Data migrations 0006 (remember the cleaner's body) and 0007 (one paragraph per line),
run on rows as older code stored them."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType

from haowen.library.models import Article, IndexLogEntry
from haowen.library.services import body_digest, content_hash, is_body_edited

remember = importlib.import_module("haowen.library.migrations.0006_article_cleaned_body_hash")
clean = importlib.import_module("haowen.library.migrations.0007_clean_bodies")

pytestmark = pytest.mark.django_db


def _as_stored_before(article, **fields):
    """Write ``fields`` straight to the row, as code before the migrations left it."""
    Article.objects.filter(pk=article.pk).update(**fields)
    return Article.objects.get(pk=article.pk)


def test_0006_takes_bodies_as_the_cleaners_unless_staff_changed_them_in_the_admin(make_article, superuser):
    imported = make_article(title="导入的", body="第一段。\n第二段。", index=False)
    edited = make_article(title="改过的", body="原文。\n改过的正文。", index=False)
    retitled = make_article(title="只改了标题", body="标题改过，正文没改。", index=False)
    for article in (imported, edited, retitled):
        _as_stored_before(article, cleaned_body_hash="")
    article_type = ContentType.objects.get_for_model(Article)
    for article, fields in ((edited, ["标题", "正文"]), (retitled, ["标题"])):
        LogEntry.objects.create(
            user=superuser, content_type=article_type, object_id=str(article.pk), object_repr=article.title,
            action_flag=CHANGE, change_message=f'[{{"changed": {{"fields": {fields!r}}}}}]'.replace("'", '"'),
        )
    remember.backfill(apps, None)
    assert not is_body_edited(Article.objects.get(pk=imported.pk))
    assert not is_body_edited(Article.objects.get(pk=retitled.pk))
    assert is_body_edited(Article.objects.get(pk=edited.pk))


def test_0007_stores_each_body_one_paragraph_per_line(make_article):
    crlf = make_article(title="后台保存过的", body="甲段。\n乙段。", index=False)
    crlf = _as_stored_before(crlf, body="甲段。\r\n\r\n乙段。\u2028丙段\x07。\r\n", title="后台\r\n标题")
    assert crlf.cleaned_body_hash == body_digest("甲段。\n乙段。")  # staff added 丙段 in the admin
    imported = make_article(title="导入的", body="第一段。\n第二段。", index=False)
    imported = _as_stored_before(imported, body="第一段。\r\n第二段。", cleaned_body_hash=body_digest("第一段。\r\n第二段。"))
    untouched = make_article(title="没问题的", body="一段。\n两段。", index=False)
    before = {e.article_id for e in IndexLogEntry.objects.all()}
    last_seq = IndexLogEntry.objects.order_by("-seq").values_list("seq", flat=True).first()

    clean.clean_rows(apps, None)

    crlf.refresh_from_db()
    assert crlf.body == "甲段。\n乙段。\n丙段。" and crlf.title == "后台 标题"
    assert crlf.paragraphs == ["甲段。", "乙段。", "丙段。"]
    assert crlf.char_count == 9 and crlf.content_hash == content_hash(crlf.body)
    assert is_body_edited(crlf)  # still a staff edit
    imported.refresh_from_db()
    assert imported.body == "第一段。\n第二段。" and not is_body_edited(imported)  # still the cleaner's text
    assert Article.objects.get(pk=untouched.pk).updated_at == untouched.updated_at
    logged = list(IndexLogEntry.objects.filter(seq__gt=last_seq).values_list("article_id", flat=True))
    assert sorted(logged) == sorted([crlf.pk, imported.pk]) and before


def test_0007_keeps_the_content_hash_another_article_already_has(make_article):
    first = make_article(title="甲", body="正文一。", index=False)
    second = make_article(title="乙", body="另一篇。", index=False)
    # Older code stored a control character; without it the text is the first article's.
    _as_stored_before(second, body="正文\x07一。", content_hash="older-hash")
    clean.clean_rows(apps, None)
    second.refresh_from_db()
    assert second.body == "正文一。" and second.content_hash == "older-hash"
    assert Article.objects.get(pk=first.pk).content_hash == content_hash("正文一。")


def test_0010_turns_the_old_kinds_into_genres_by_the_import_rule(make_article):
    """The old kind (in the renamed ``genre`` column) is a coarse hint: the guess from the title
    and opening refines or overrides it; where the guess finds nothing the kind stays."""
    genres_migration = importlib.import_module("haowen.library.migrations.0010_genres")
    rows = {
        ("speech", "在全县经济工作会议上的讲话", "同志们：\n开会。"): ("speech", "remarks"),
        ("notice", "关于开展检查的通知", "各单位：\n通知如下。"): ("official", "notice"),
        ("notice", "随便写的题目甲", "没有文种。"): ("official", ""),  # 通知/通报/公告 were all 'notice'
        ("other", "XX市物业管理条例", "第一条 为了规范物业管理，制定本条例。"): ("law", "laws"),
        ("report", "关于政府工作报告的决议", "会议批准这个报告。"): ("official", "resolution"),
        ("summary", "个人述职报告", "一年来的工作。"): ("report", "duty-report"),
        ("plan", "随便写的题目乙", "没有文种的正文。"): ("plan", ""),
        ("news", "《新闻联播》 (20240101)", "本期节目主要内容。"): ("news", ""),
    }
    made = {}
    for (kind, title, body), expected in rows.items():
        article = make_article(title=title, body=body, index=False)
        made[_as_stored_before(article, genre=kind, subgenre="").pk] = expected
    before = apps.get_model("library", "LibraryVersion").objects.get(id=1).n
    genres_migration.regenre(apps, None)
    assert {pk: pair for pk, *pair in Article.objects.values_list("pk", "genre", "subgenre")} == {
        pk: list(pair) for pk, pair in made.items()
    }
    assert apps.get_model("library", "LibraryVersion").objects.get(id=1).n == before + 1
    genres_migration.back_to_kinds(apps, None)
    assert set(Article.objects.values_list("genre", flat=True)) <= {"speech", "report", "notice", "plan", "summary", "news", "law", "other"}
