"""IMPORT_MAX_BYTES in every format, JSON Lines read record by record, binary input named as such.

Memory is checked with tracemalloc (Python and numpy allocations): reading a file must
never hold more than one record of it, whatever the file holds after that record.
"""

from __future__ import annotations

import json
import tracemalloc

import pytest

from haowen.ingest.parsers import ImportProblem, ParsedDoc, parse_path
from haowen.ingest.services import import_paths
from haowen.library.models import Article

from .conftest import SPEECH

MiB = 1 << 20


def _record(i: int, text: str | None = None) -> str:
    return json.dumps(
        {"id": f"r{i}", "title": f"关于第{i}季度安全检查的通知", "text": text or f"各单位：第{i}季度安全检查即将开始，请做好准备。"},
        ensure_ascii=False,
    )


def _peak(fn):
    """``(result, peak bytes allocated while fn() ran)`` by tracemalloc."""
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --- JSON Lines: one record at a time ---------------------------------------------------------


@pytest.mark.django_db
def test_an_oversized_record_is_one_problem_line_and_the_good_ones_are_imported(write, settings):
    settings.IMPORT_MAX_BYTES = 1000
    big = _record(2, "很长的正文。" * 300)
    path = write("rows.jsonl", "\n".join([_record(1), big, _record(3)]) + "\n")

    report = import_paths([path], workers=1)

    assert (report.imported, report.failed) == (2, 1)
    size = len(big.encode())
    assert report.problems == [f"{path}:2: record is {size:,} bytes, over the import limit of 1,000 bytes (IMPORT_MAX_BYTES)"]
    assert Article.objects.count() == 2


def test_an_oversized_record_is_never_held_whole(write):
    """A 32 MiB record after a good one, 10 kB allowed: the reader skips it in blocks."""
    path = write("huge.jsonl", (_record(1) + "\n").encode() + b'{"text": "' + b"a" * (32 * MiB) + b'"}\n' + (_record(3) + "\n").encode())

    items, peak = _peak(lambda: list(parse_path(path, max_bytes=10_000)))

    assert [type(i) for i in items] == [ParsedDoc, ImportProblem, ParsedDoc]
    assert str(items[1]) == f"{path}:2: record is {32 * MiB + 12:,} bytes, over the import limit of 10,000 bytes (IMPORT_MAX_BYTES)"
    assert items[2].line_no == 3
    assert peak < 4 * MiB, f"reading held {peak / MiB:.1f} MiB"


def test_records_are_read_lazily(write):
    """The first document comes out after one chunk is read, not the whole file."""
    rows = "\n".join(_record(i) for i in range(200_000)) + "\n"
    path = write("many.jsonl", rows)
    assert path.stat().st_size > 20 * MiB

    first, peak = _peak(lambda: next(iter(parse_path(path, max_bytes=10_000))))

    assert first.external_id == "r0" and first.line_no == 1
    assert peak < 2 * MiB, f"the first record cost {peak / MiB:.1f} MiB"


def test_a_record_of_exactly_the_limit_is_accepted_whatever_its_line_end(write):
    line = _record(1).encode()
    path = write("crlf.jsonl", line + b"\r\n" + line.replace(b"r1", b"r2") + b"\n")
    items = list(parse_path(path, max_bytes=len(line)))
    assert [type(i) for i in items] == [ParsedDoc, ParsedDoc]
    over = list(parse_path(path, max_bytes=len(line) - 1))
    assert all(isinstance(i, ImportProblem) and f"record is {len(line):,} bytes" in str(i) for i in over)


# --- NUL bytes and other binary input -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["zeros.jsonl", "zeros.txt", "zeros.md", "zeros.dat"])
def test_a_file_of_nul_bytes_is_one_clear_problem_not_utf16(tmp_path, name, settings):
    settings.IMPORT_MAX_BYTES = 64 * MiB
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.truncate(16 * MiB)  # 16 MiB of zeros, no line end

    report, peak = _peak(lambda: import_paths([path], workers=2))

    assert (report.imported, report.failed) == (0, 1)
    (line,) = report.problems
    assert line.startswith(f"{path}: binary data") and "NUL" in line, line
    assert "UTF-16" not in line
    if name.endswith(".jsonl"):  # read as lines: never the whole file
        assert peak < 4 * MiB, f"import held {peak / MiB:.1f} MiB"


@pytest.mark.django_db
def test_nul_bytes_inside_one_record_are_named_for_that_record(write):
    stray = _record(2).replace("安全", "安\x00全")  # a raw NUL byte, not JSON's \\u0000
    path = write("rows.jsonl", "\n".join([_record(1), stray, _record(3)]) + "\n")
    report = import_paths([path], workers=1)
    assert (report.imported, report.failed) == (2, 1)
    at = len(stray[: stray.index("\x00")].encode())
    assert report.problems == [f"{path}:2: binary data: a NUL byte at byte {at} of the record (JSON Lines are UTF-8 text)"]


@pytest.mark.django_db
def test_a_utf16_jsonl_file_is_still_called_utf16(write):
    path = write("rows.jsonl", ("\n".join(_record(i) for i in range(3)) + "\n").encode("utf-16-le"))
    report = import_paths([path], workers=1)
    assert report.problems == [f"{path}: JSON Lines must be UTF-8; this file is UTF-16 (save it as UTF-8)"]


# --- IMPORT_MAX_BYTES in every format -------------------------------------------------------------

LIMIT = 2000
LONG_BODY = "这次会议的主要任务是总结去年工作，部署今年任务。" * 60  # 4.3 kB in UTF-8


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", "在全县经济工作会议上的讲话\n\n" + LONG_BODY),
        ("a.md", "# 在全县经济工作会议上的讲话\n\n" + LONG_BODY),
        ("a.html", f"<html><head><title>讲话</title></head><body><p>{LONG_BODY}</p></body></html>"),
        ("page.txt", f"讲话标题\n2022-03-11 185\n讲话标题\n{LONG_BODY}\n阅读全文\n"),  # a scraped page
        ("noext", "在全县经济工作会议上的讲话\n\n" + LONG_BODY),
    ],
)
def test_import_max_bytes_applies_to_every_file_format(write, settings, name, content):
    settings.IMPORT_MAX_BYTES = LIMIT
    path = write(name, content)
    report = import_paths([path], workers=1)
    size = path.stat().st_size
    assert report.problems == [f"{path}: file is {size:,} bytes, over the import limit of {LIMIT:,} bytes (IMPORT_MAX_BYTES)"]
    settings.IMPORT_MAX_BYTES = 2 * size
    assert import_paths([path], workers=1).imported == 1


@pytest.mark.django_db
def test_import_max_bytes_applies_to_a_docx_file_and_to_what_it_unpacks_to(write, settings, make_docx):
    data = make_docx("关于长文的通知", [LONG_BODY] * 20)  # compresses well: small file, large XML
    path = write("long.docx", data)
    settings.IMPORT_MAX_BYTES = len(data) - 1
    (line,) = import_paths([path], workers=1).problems
    assert line == f"{path}: file is {len(data):,} bytes, over the import limit of {len(data) - 1:,} bytes (IMPORT_MAX_BYTES)"

    settings.IMPORT_MAX_BYTES = len(data) + 100  # the file fits; its unpacked parts do not
    (line,) = import_paths([path], workers=1).problems
    assert line.startswith(f"{path}: the .docx unpacks to ") and line.endswith(f"over the import limit of {len(data) + 100:,} bytes (IMPORT_MAX_BYTES)")
    assert not Article.objects.exists()

    settings.IMPORT_MAX_BYTES = 10 * MiB
    assert import_paths([path], workers=1).imported == 1


@pytest.mark.django_db
def test_import_max_bytes_applies_to_each_json_lines_record_not_the_file(write, settings):
    rows = [_record(i) for i in range(50)]
    path = write("rows.jsonl", "\n".join(rows) + "\n")
    settings.IMPORT_MAX_BYTES = max(len(r.encode()) for r in rows)
    assert path.stat().st_size > 10 * settings.IMPORT_MAX_BYTES
    report = import_paths([path], workers=1)
    assert (report.imported, report.failed) == (50, 0)


def test_the_speech_fixture_is_under_the_limit_used_above():
    assert len(SPEECH.encode()) < LIMIT < len(LONG_BODY.encode())


# --- the command -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_command_tags_a_few_articles_without_forking_a_pool(write, monkeypatch):
    """Each forked tag worker is one more process holding a copy of the importer; for a
    handful of articles (one of them perhaps 19 MB) this process tags them itself."""
    import io

    from django.core.management import call_command

    from haowen.library import tagging

    seen = []
    real = tagging.tag_articles
    monkeypatch.setattr(tagging, "tag_articles", lambda articles, **kw: seen.append(kw.get("workers")) or real(articles, **kw))
    path = write("rows.jsonl", "\n".join(_record(i) for i in range(3)) + "\n")
    call_command("import_documents", str(path), "--workers", "2", "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())
    assert seen == [1]
    assert Article.objects.filter(article_tags__isnull=False).distinct().count() == 3


def test_the_worker_pool_keeps_one_large_task_per_worker_in_flight(monkeypatch):
    """Tasks of 5 MB each: at most ``workers`` of them wait in the pool at once (3 × workers
    small ones), so the parent holds a few documents, not a dozen 20 MB ones."""
    import concurrent.futures

    from haowen.ingest import services

    submitted = []

    class Recorder:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, fn, *args):
            submitted.append(args[0])
            future = concurrent.futures.Future()
            future.set_result(fn(*args))
            return future

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recorder)

    def most_in_flight(tasks) -> int:
        submitted.clear()
        most = 0
        for done, _ in enumerate(services._in_pool(iter(tasks), 100, workers=2), start=1):
            most = max(most, len(submitted) - done + 1)
        assert len(submitted) == len(tasks)
        return most

    large = [services.ChunkTask("big.jsonl", [(i, b"x" * (5 * MiB))]) for i in range(8)]
    small = [services.ChunkTask("small.jsonl", [(i, b"x" * 100)]) for i in range(20)]
    assert most_in_flight(large) == 2
    assert most_in_flight(small) == 6
