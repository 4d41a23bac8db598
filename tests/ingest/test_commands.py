"""import_documents and reclean commands: output lines, summary and exit status."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haowen.library.models import Article
from haowen.library.services import body_digest

from .conftest import SPEECH


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_it_prints_a_summary_and_exits_zero_when_all_is_well(write):
    path = write("speech.txt", SPEECH)
    out, _ = run("import_documents", str(path))
    assert "imported 1, unchanged 0, updated 0, failed 0" in out.splitlines()
    assert Article.objects.count() == 1
    out, _ = run("import_documents", str(path))
    assert "imported 0, unchanged 1, updated 0, failed 0" in out.splitlines()


@pytest.mark.django_db
def test_it_prints_one_line_per_failure_and_exits_one(tmp_path, write):
    write("in/good.txt", SPEECH)
    write("in/empty.txt", b"")
    write("in/rows.jsonl", '{"id": "a", "title": "甲", "text": "甲的正文。"}\nnot json\n')
    with pytest.raises(CommandError) as exc:
        run("import_documents", str(tmp_path / "in"), str(tmp_path / "missing.md"))
    assert exc.value.returncode == 1
    assert "3 document(s) failed" in str(exc.value)
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_it_lists_failures_before_the_summary(tmp_path, write):
    write("in/empty.txt", b"")
    bad = write("in/rows.jsonl", '{"id": "a", "title": "甲", "text": "甲的正文。"}\nnot json\n')
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_documents", str(tmp_path / "in"), "--no-progress", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[:3] == [
        f"{tmp_path}/in/empty.txt: empty file: 0 bytes",
        f"{bad}:2: line is not valid JSON: Expecting value (column 1)",
        "imported 1, unchanged 0, updated 0, failed 2",
    ]


@pytest.mark.django_db
def test_it_shows_a_progress_bar_for_many_documents(write):
    rows = "".join(json.dumps({"id": str(i), "title": f"新闻{i}", "text": f"第{i}条新闻的正文。"}, ensure_ascii=False) + "\n" for i in range(12))
    path = write("many.jsonl", rows)
    out, err = run("import_documents", str(path))
    assert "12/12" in err and "imported 12," in out


@pytest.mark.django_db
def test_it_recleans_by_id_and_all(write):
    run("import_documents", str(write("speech.txt", SPEECH)))
    article = Article.objects.get()
    # As an older cleaner left it: its text, and the hash of its text (no staff edit).
    old = "下载\n" + article.body
    Article.objects.filter(pk=article.pk).update(body=old, content_hash="stale", cleaned_body_hash=body_digest(old))
    out, _ = run("reclean", str(article.pk))
    assert out.splitlines()[-1] == "checked 1, changed 1, skipped 0, failed 0"
    out, _ = run("reclean", "--all")
    assert out.splitlines()[-1] == "checked 1, changed 0, skipped 0, failed 0"


@pytest.mark.django_db
def test_reclean_keeps_staff_edits_and_lists_them_unless_forced(write):
    from haowen.library.services import update_article

    run("import_documents", str(write("speech.txt", SPEECH)), str(write("other.txt", "某镇工作总结\n\n今年以来，全镇各项工作稳步推进。\n")))
    edited, other = Article.objects.order_by("pk")
    cleaned_body = edited.body
    update_article(edited, body=edited.body + "\n（本段由编辑补充。）")  # staff edit, e.g. in the admin
    out, _ = run("reclean", "--all")
    assert out.splitlines() == [
        f"article {edited.pk}: the body was edited after import; kept (reclean --force overwrites it)",
        "checked 2, changed 0, skipped 0, failed 0, kept 1 edited",
    ]
    assert Article.objects.get(pk=edited.pk).body.endswith("（本段由编辑补充。）")
    out, _ = run("reclean", str(edited.pk))
    assert out.splitlines()[-1] == "checked 1, changed 0, skipped 0, failed 0, kept 1 edited"
    out, _ = run("reclean", "--all", "--force")
    assert out.splitlines() == [
        f"article {edited.pk}: the body was edited after import; overwritten (--force)",
        "checked 2, changed 1, skipped 0, failed 0",
    ]
    assert Article.objects.get(pk=edited.pk).body == cleaned_body
    out, _ = run("reclean", "--all")  # the cleaner's text again: nothing to keep
    assert out.splitlines() == ["checked 2, changed 0, skipped 0, failed 0"]


@pytest.mark.django_db
def test_it_requires_ids_or_all_for_reclean():
    with pytest.raises(CommandError, match="ids or --all"):
        run("reclean")
    with pytest.raises(CommandError, match="not both"):
        run("reclean", "--all", "1")
    with pytest.raises(CommandError) as exc:
        run("reclean", "999")
    assert exc.value.returncode == 1


def _speeches(n: int) -> str:
    rows = (
        {
            "id": f"s{i}",
            "title": f"在第{i}次全县安全生产会议上的讲话",
            "text": f"同志们：第{i}次会议部署安全生产工作。各乡镇要压实责任，排查隐患，确保第{i}季度平稳。",
        }
        for i in range(n)
    )
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


@pytest.mark.django_db
def test_the_index_holds_every_document_when_the_command_ends(write, monkeypatch):
    from haowen.ingest import services
    from haowen.search.follower import get_engine, lag
    from haowen.text.query import parse_query

    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 5)
    path = write("speeches.jsonl", _speeches(30))
    out, _ = run("import_documents", str(path), "--workers", "2", "--verbosity", "2", "--no-progress")
    assert "imported 30, unchanged 0, updated 0, failed 0" in out
    assert "search index: applied 30 log entries" in out
    assert "timing: documents saved" in out
    assert lag() == 0
    page = get_engine().search(parse_query("安全生产"), limit=50)
    assert page.total == 30
    assert len(get_engine().search(parse_query('"第17次"'), limit=50).hits) == 1


@pytest.mark.django_db
def test_a_busy_index_writer_does_not_fail_the_import(write, settings):
    from haowen.search.engine import Engine
    from haowen.search.follower import lag

    holder = Engine(settings.SEARCH_INDEX_DIR)
    holder.writer()  # a running server owns the index
    try:
        path = write("speeches.jsonl", _speeches(3))
        out, err = run("import_documents", str(path), "--no-progress")
        assert "imported 3, unchanged 0, updated 0, failed 0" in out
        assert "search index: applied" not in out
        assert lag() == 3  # the owner applies the log
    finally:
        holder.release_writer()


@pytest.mark.django_db
def test_tags_are_extracted_unless_no_tags(write):
    from haowen.library.models import ArticleTag

    run("import_documents", str(write("a.jsonl", _speeches(2))), "--no-tags")
    assert ArticleTag.objects.count() == 0
    run("import_documents", str(write("b.txt", SPEECH)))
    assert ArticleTag.objects.filter(article__title__contains="经济工作").exists()


@pytest.mark.django_db
def test_it_rejects_zero_workers(write):
    with pytest.raises(CommandError, match="--workers must be at least 1"):
        run("import_documents", str(write("a.txt", SPEECH)), "--workers", "0")
    assert Article.objects.count() == 0
