"""import_paths and reclean against the database: counts, isolation of failures, idempotence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from haowen.ingest import services
from haowen.ingest.services import expand_paths, import_paths, reclean
from haowen.library.models import Article, IndexLogEntry
from haowen.library.services import DraftError, body_digest

from .conftest import SPEECH

SAMPLES = Path(__file__).resolve().parents[2] / "haowen" / "ingest" / "samples"


def _jsonl(*rows: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _row(i: int, title: str) -> dict:
    return {"id": f"row-{i}", "source": "test", "kind": "news", "title": title, "date": "2024-01-0%d" % i, "text": f"{title}的正文第{i}段。"}


@pytest.fixture
def mixed_folder(tmp_path, write, make_docx):
    write("in/speech-gbk.txt", SPEECH.encode("gbk"))
    write("in/summary-utf16.txt", "某镇2023年工作总结\r\n\r\n今年以来，全镇各项工作稳步推进。\r\n".encode("utf-16"))
    write("in/sub/report.md", "# 关于乡村振兴的调研报告\n\n全镇共有十二个行政村。\n")
    write("in/sub/notice.html", "<html><head><title>关于开展检查的通知</title></head><body><p>各单位：</p><p>现决定开展安全检查，请认真落实。</p></body></html>")
    write("in/plan.docx", make_docx(title="某县实施方案", paragraphs=["一、总体要求", "持续优化营商环境。"]))
    write("in/news.jsonl", _jsonl(_row(1, "新闻甲"), _row(2, "新闻乙")))
    write("in/README.md", "# 说明\n\n这个文件夹的说明，不是文档。\n")
    write("in/.hidden.txt", "隐藏\n\n不导入。\n")
    write("in/image.png", b"\x89PNG\r\n\x1a\n")
    return tmp_path / "in"


@pytest.mark.django_db
def test_it_imports_a_folder_of_mixed_formats(mixed_folder):
    report = import_paths([mixed_folder])
    # The image is listed as skipped; the README and the hidden file are not documents.
    assert report.summary() == "imported 7, unchanged 0, updated 0, failed 0; skipped 1 file: .png 1"
    assert report.skipped == [mixed_folder / "image.png"]
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {"在全县经济工作会议上的讲话", "某镇2023年工作总结", "关于乡村振兴的调研报告", "关于开展检查的通知", "某县实施方案", "新闻甲", "新闻乙"}
    kinds = {title: pair for title, *pair in Article.objects.values_list("title", "genre", "subgenre")}
    assert kinds["在全县经济工作会议上的讲话"] == ["speech", "remarks"] and kinds["某镇2023年工作总结"] == ["summary", "work-summary"]
    assert kinds["关于开展检查的通知"] == ["official", "notice"] and kinds["某县实施方案"] == ["plan", "implementation"]
    speech = Article.objects.get(title="在全县经济工作会议上的讲话")
    assert speech.body.startswith("同志们：\n这次会议") and speech.raw_format == "txt" and bytes(speech.raw) == SPEECH.encode("gbk")
    news = Article.objects.get(external_id="row-2")
    assert news.published_on == dt.date(2024, 1, 2) and news.source == "test"


@pytest.mark.django_db
def test_it_reports_each_failure_and_writes_nothing_for_it(tmp_path, write, settings):
    settings.IMPORT_MAX_BYTES = 2000
    good = write("ok/good.txt", SPEECH)
    write("ok/binary.txt", bytes(range(256)) * 4)
    write("ok/empty.txt", b"")
    write("ok/undecodable.txt", b"\x81\x20" * 64)
    write("ok/oversize.txt", "超大文件\n\n" + "很长的正文。" * 400)
    write("ok/rows.jsonl", _jsonl(_row(1, "第一行")) + '{"id": "broken", "title": "坏行", "text": \n' + _jsonl(_row(3, "第三行")))

    report = import_paths([tmp_path / "ok"])

    assert (report.imported, report.failed) == (3, 5)
    assert set(Article.objects.values_list("title", flat=True)) == {"在全县经济工作会议上的讲话", "第一行", "第三行"}
    problems = "\n".join(report.problems)
    assert f"{tmp_path}/ok/binary.txt: binary data" in problems
    assert f"{tmp_path}/ok/empty.txt: empty file: 0 bytes" in problems
    assert f"{tmp_path}/ok/undecodable.txt: cannot decode" in problems
    assert f"{tmp_path}/ok/oversize.txt: file is 7," in problems and "over the import limit of 2,000 bytes" in problems
    assert f"{tmp_path}/ok/rows.jsonl:2: line is not valid JSON" in problems
    assert len(report.problems) == 5
    assert Article.objects.get(title="在全县经济工作会议上的讲话").source == good.name


@pytest.mark.django_db
def test_it_turns_a_draft_error_into_a_problem_line(write, monkeypatch):
    real = services.save_draft

    def picky(draft, analysis=None):
        if draft.title == "新闻乙":
            raise DraftError("no title")
        return real(draft, analysis)

    monkeypatch.setattr(services, "save_draft", picky)
    path = write("news.jsonl", _jsonl(_row(1, "新闻甲"), _row(2, "新闻乙")))
    report = import_paths([path])
    assert report.summary() == "imported 1, unchanged 0, updated 0, failed 1"
    assert report.problems == [f"{path}:2: no title"]
    assert list(Article.objects.values_list("title", flat=True)) == ["新闻甲"]


@pytest.mark.django_db
def test_it_creates_nothing_new_on_reimport(mixed_folder):
    first = import_paths([mixed_folder])
    articles, log = Article.objects.count(), IndexLogEntry.objects.count()
    second = import_paths([mixed_folder])
    assert first.imported == 7
    assert second.summary() == "imported 0, unchanged 7, updated 0, failed 0; skipped 1 file: .png 1"
    assert (Article.objects.count(), IndexLogEntry.objects.count()) == (articles, log)


@pytest.mark.django_db
def test_it_updates_an_edited_file_in_place(write):
    path = write("speech.txt", SPEECH)
    import_paths([path])
    article = Article.objects.get()
    write("speech.txt", SPEECH + "\n二、抓好落实\n\n各级各部门要压实责任。\n")
    report = import_paths([path])
    assert report.summary() == "imported 0, unchanged 0, updated 1, failed 0"
    article.refresh_from_db()
    assert article.body.endswith("各级各部门要压实责任。") and Article.objects.count() == 1


@pytest.mark.django_db
def test_it_imports_the_seed_page_with_date_and_views(seed_page):
    report = import_paths([seed_page])
    assert report.imported == 1
    article = Article.objects.get()
    assert (article.title, article.published_on, article.imported_views, article.view_count) == (
        "在区委务虚会上的讲话", dt.date(2022, 3, 11), 185, 185
    )
    assert article.source_url.endswith("/detail_id/3578.html") and (article.genre, article.subgenre) == ("speech", "remarks")
    assert article.body.startswith("同志们") and "阅读全文" not in article.body and "赏赞" not in article.body


@pytest.mark.django_db
def test_it_imports_the_twelve_samples():
    report = import_paths([SAMPLES])
    assert report.summary() == "imported 12, unchanged 0, updated 0, failed 0"
    kinds = sorted(Article.objects.values_list("genre", flat=True))
    assert kinds.count("speech") == 4 and {"summary", "report", "official", "plan"} <= set(kinds)
    for article in Article.objects.all():
        assert 600 <= article.char_count <= 1500, (article.title, article.char_count)
        assert "XX" in article.body or "××" in article.body
    formats = set(Article.objects.values_list("raw_format", flat=True))
    assert formats == {"txt", "md", "html", "jsonl", "seed"}


def test_it_expands_files_folders_and_globs(tmp_path, write):
    a = write("a/one.txt", "x")
    b = write("a/deep/two.md", "x")
    c = write("b/three.jsonl", "x")
    write("a/README.md", "x")
    sheet = write("a/notes.xls", "x")
    pdf = write("a/deep/scan.pdf", "x")
    odd = write("c/four.data", "x")
    skipped = []
    files, problems = expand_paths(
        [tmp_path / "a", str(tmp_path / "b" / "*.jsonl"), odd, a, tmp_path / "missing.txt"], skipped
    )
    assert files == [pdf, b, a, c, odd]
    # Only a folder's files are skipped; a file named on the command line is read whatever its suffix.
    assert skipped == [sheet]
    assert [str(p) for p in problems] == [f"{tmp_path}/missing.txt: no such file or directory"]


@pytest.mark.django_db
def test_it_reports_a_missing_path_and_imports_the_rest(tmp_path, write):
    good = write("good.txt", SPEECH)
    report = import_paths([tmp_path / "nope", good])
    assert report.summary() == "imported 1, unchanged 0, updated 0, failed 1"
    assert report.problems == [f"{tmp_path}/nope: no such file or directory"]


@pytest.mark.django_db
def test_it_recleans_articles_from_their_raw_input(write):
    import_paths([write("speech.txt", SPEECH), write("news.jsonl", _jsonl(_row(1, "新闻甲")))])
    speech = Article.objects.get(title="在全县经济工作会议上的讲话")
    clean_body = speech.body
    # Simulate an article cleaned by an older, worse cleaner (its text is what the import stored).
    old = "下载\n打印\n" + clean_body
    Article.objects.filter(pk=speech.pk).update(body=old, content_hash="old", cleaned_body_hash=body_digest(old))
    Article.objects.create(title="手工录入", body="没有原始输入的文章。", content_hash="manual")
    broken = Article.objects.create(title="坏的", body="正文。", content_hash="broken", raw=b"{oops", raw_format="jsonl")

    report = reclean(Article.objects.order_by("pk"))

    assert report.summary() == "checked 4, changed 1, skipped 1, failed 1"
    assert report.problems == [f"article {broken.pk}: line is not valid JSON: Expecting property name enclosed in double quotes (column 2)"]
    speech.refresh_from_db()
    assert speech.body == clean_body and speech.content_hash != "old"
    assert IndexLogEntry.objects.filter(article_id=speech.pk).count() == 2  # import + reclean
