"""Inputs that broke the import (QA): each must become one problem line or a clean import.

The import's contract: a bad input gets one ``path[:line]: reason`` line and does not
stop the rest; the command prints a summary, exits 1 when anything failed and leaves
every imported document searchable; re-importing the same input creates nothing new.
"""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from haowen.ingest import services
from haowen.ingest.services import import_paths
from haowen.library.models import Article

GOOD = {"id": "good", "title": "关于做好春季防火工作的通知", "text": "各乡镇要认真做好春季森林防火工作，确保不发生重大火灾。"}


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def _records(n: int, prefix: str = "r") -> list[str]:
    return [
        _line(
            {
                "id": f"{prefix}{i}",
                "title": f"在第{i}次全县安全生产会议上的讲话",
                "text": f"同志们：第{i}次会议部署安全生产工作。各乡镇要压实责任，排查隐患，确保第{i}季度平稳。",
            }
        )
        for i in range(n)
    ]


# --- a bad JSON Lines record must not stop the import ------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad_line",
    [
        # json.loads gives float('inf'); int(inf) raises OverflowError, not ValueError
        '{"id": "inf", "title": "甲通知", "text": "关于开展安全生产大检查的通知，各单位认真落实。", "views": 1e400}',
        '{"id": "inf2", "title": "乙通知", "text": "关于开展防汛抗旱工作的通知，各部门认真落实。", "views": Infinity}',
        # json.loads raises RecursionError, not JSONDecodeError
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["views-1e400", "views-Infinity", "deeply-nested"],
)
def test_a_record_that_raises_in_the_parser_is_one_problem_line(tmp_path, bad_line):
    path = tmp_path / "rows.jsonl"
    path.write_text(bad_line + "\n" + _line(GOOD) + "\n", encoding="utf-8")
    report = import_paths([path], workers=1)
    assert Article.objects.filter(external_id="good").exists()
    assert report.imported + report.failed == 2
    if report.failed:
        assert report.problems[0].startswith(f"{path}:1: ")
    else:  # an infinite view count is no count
        assert Article.objects.exclude(external_id="good").get().imported_views == 0


@pytest.mark.django_db
def test_a_view_count_too_large_for_the_database_does_not_stop_the_import(tmp_path):
    path = tmp_path / "rows.jsonl"
    huge = {"id": "huge", "title": "丙通知", "text": "关于开展森林防火工作的通知，各乡镇认真落实。", "views": 10**23}
    path.write_text(_line(huge) + "\n" + _line(GOOD) + "\n", encoding="utf-8")
    report = import_paths([path], workers=1)
    assert Article.objects.filter(external_id="good").exists()
    assert (report.imported, report.failed) == (2, 0)
    assert Article.objects.get(external_id="huge").imported_views == 2_147_483_647


@pytest.mark.django_db
def test_a_crashing_record_in_a_worker_loses_nothing_else(tmp_path, monkeypatch):
    """With worker processes the whole 64-line chunk around the bad record was lost."""
    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 10)
    path = tmp_path / "rows.jsonl"
    lines = _records(300)
    lines.insert(250, '{"id": "inf", "title": "甲通知", "text": "关于开展安全生产大检查的通知。", "views": 1e400}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_paths([path], workers=2)
    assert Article.objects.filter(external_id__startswith="r").count() == 300
    assert report.imported + report.failed == 301


@pytest.mark.django_db
def test_the_command_summarises_exits_1_and_indexes_after_a_bad_record(tmp_path):
    from haowen.search.follower import lag

    path = tmp_path / "rows.jsonl"
    lines = _records(3) + ['{"id": "inf", "title": "甲通知", "text": "关于开展大检查的通知。", "views": 1e400}', "{broken"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as exc:
        call_command("import_documents", str(path), "--no-progress", "--no-tags", stdout=out, stderr=err)
    assert exc.value.returncode == 1
    assert f"{path}:5: " in out.getvalue()
    assert "unchanged 0, updated 0, failed" in out.getvalue()
    assert Article.objects.filter(external_id__startswith="r").count() == 3
    assert lag() == 0  # every imported document is searchable


# --- a bad file must not stop the import ---------------------------------------------------


def _with_vmerge_in_first_row(docx_bytes: bytes) -> bytes:
    """A table whose first cell says it continues a vertical merge (Word and WPS files do this)."""
    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:tcPr>", b"<w:tcPr><w:vMerge/>", 1)
            zout.writestr(item, data)
    return out.getvalue()


@pytest.mark.django_db
def test_a_docx_with_an_odd_table_does_not_stop_the_import(write, make_docx, tmp_path):
    docx = make_docx("关于表格的通知", ["请各单位认真落实本通知要求。"], table=[["甲", "乙"], ["丙", "丁"]])
    write("in/a.docx", _with_vmerge_in_first_row(docx))
    write("in/b.txt", "关于正常文件的通知\n\n这是另一篇正文内容，关于做好春季防火工作。")
    report = import_paths([tmp_path / "in"], workers=1)
    assert Article.objects.filter(title="关于正常文件的通知").exists()
    assert (report.imported, report.failed) == (2, 0)
    table = Article.objects.get(title="关于表格的通知").body
    assert "甲" in table and "丁" in table  # read from the XML when python-docx cannot lay it out


@pytest.mark.django_db
def test_an_html_page_declaring_a_strange_charset_does_not_stop_the_import(write, tmp_path):
    page = (
        '<html><head><meta charset="undefined"><title>关于防暑的通知</title></head>'
        "<body><p>关于做好夏季防暑降温工作的通知，请认真执行。</p></body></html>"
    )
    write("in/a.html", page)
    write("in/b.txt", "关于正常文件的通知\n\n这是另一篇正文内容，关于做好春季防火工作。")
    report = import_paths([tmp_path / "in"], workers=1)
    assert Article.objects.filter(title="关于正常文件的通知").exists()
    assert report.imported + report.failed == 2


@pytest.mark.django_db
def test_a_file_name_that_is_not_utf8_does_not_stop_the_import(tmp_path):
    """Zips made on Chinese Windows unpack with GBK file names."""
    folder = tmp_path / "in"
    folder.mkdir()
    gbk_name = os.fsencode(folder) + b"/" + "关于通知".encode("gbk") + b".txt"  # not valid UTF-8
    with open(gbk_name, "wb") as fh:
        fh.write("关于名字奇怪的文件的通知\n\n这是正文内容，关于做好冬季供暖保障工作。".encode())
    (folder / "ok.txt").write_text("关于正常文件的通知\n\n这是另一篇正文内容，关于做好春季防火工作。", encoding="utf-8")
    report = import_paths([folder], workers=1)
    assert Article.objects.filter(title="关于正常文件的通知").exists()
    assert report.imported + report.failed == 2


# --- every bad path named on the command line gets a line -----------------------------------


@pytest.mark.django_db
def test_a_dangling_symlink_or_fifo_named_on_the_command_line_is_reported(tmp_path):
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "does-not-exist.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    report = import_paths([dangling, fifo], workers=1)
    assert report.failed == 2
    assert any(p.startswith(str(dangling)) for p in report.problems)
    assert any(p.startswith(str(fifo)) for p in report.problems)


# --- distinct records stay distinct; a second import changes nothing ------------------------


@pytest.mark.django_db
def test_long_ids_that_share_a_prefix_are_different_documents(tmp_path):
    prefix = "https://example.gov.cn/" + "a" * 190
    rows = [
        {"id": prefix + "/page-1", "source": "site", "title": "甲公告", "text": "第一篇公告的正文，关于春季植树造林工作。"},
        {"id": prefix + "/page-2", "source": "site", "title": "乙公告", "text": "第二篇公告的正文，关于秋季防火巡查工作。"},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(_line(r) + "\n" for r in rows), encoding="utf-8")
    first = import_paths([path], workers=1)
    assert (first.imported, first.updated) == (2, 0)
    assert Article.objects.count() == 2
    again = import_paths([path], workers=1)
    assert (again.imported, again.unchanged, again.updated) == (0, 2, 0)


@pytest.mark.django_db
def test_a_utf16_jsonl_file_is_not_counted_as_many_more_failures_than_it_has_records(tmp_path):
    """PowerShell's ``>`` writes UTF-16; its 0x0A bytes inside CJK characters split "lines" at random."""
    path = tmp_path / "rows.jsonl"
    path.write_bytes(("\n".join(_records(3)) + "\n").encode("utf-16"))
    report = import_paths([path], workers=1)
    assert 1 <= report.imported + report.failed <= 3, report.problems


@pytest.mark.django_db
def test_a_docx_that_unpacks_to_too_much_xml_is_one_problem(write, make_docx, tmp_path, monkeypatch):
    from haowen.ingest.parsers import docx as docx_parser

    monkeypatch.setattr(docx_parser, "DOCX_MAX_XML_BYTES", 2000)
    write("in/bomb.docx", make_docx("关于长文的通知", ["很长的正文。" * 500]))
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.failed == 1 and "unpacks to" in report.problems[0] and "over the limit" in report.problems[0]
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("value", "count"),
    [(None, 0), ("185", 185), (12.7, 12), (-3, 0), (float("nan"), 0), (float("inf"), 0), (10**30, 2_147_483_647),
     ("abc", 0), (True, 0), ([1], 0)],
)
def test_view_counts_never_raise(value, count):
    from haowen.ingest.parsers import view_count

    assert view_count(value) == count


def test_long_identifiers_fit_their_columns_and_stay_distinct():
    from haowen.library.services import fit

    a, b = "x" * 300 + "1", "x" * 300 + "2"
    assert len(fit(a, 200)) == 200 and fit(a, 200) != fit(b, 200) and fit(a, 200) == fit(a, 200)
    assert fit("short", 200) == "short"


@pytest.mark.django_db
def test_an_unreadable_subfolder_is_reported_and_the_rest_imported(tmp_path, monkeypatch):
    """Tests run as root, who reads every folder: the walk's error is fed in directly."""
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "ok.txt").write_text("关于正常文件的通知\n\n这是正文内容，关于做好春季防火工作。", encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for root, dirs, names in real_walk(top, onerror=onerror, **kwargs):
            if "locked" in dirs:
                dirs.remove("locked")
                onerror(PermissionError(13, "Permission denied", str(tmp_path / "in" / "locked")))
            yield root, dirs, names

    monkeypatch.setattr(services.os, "walk", walk)
    report = import_paths([tmp_path / "in"], workers=1)
    assert report.imported == 1 and report.failed == 1
    assert report.problems == [f"{tmp_path / 'in' / 'locked'}: cannot read folder: Permission denied"]
