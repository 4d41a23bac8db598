"""library.draft: the one record a parser produces and the library saves (ArticleDraft)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from haowen.ingest import services as ingest_services
from haowen.ingest.parsers import ParsedDoc, parse_path, parse_raw
from haowen.library.draft import ArticleDraft
from haowen.library.models import Article
from haowen.library.services import ArticleDraft as ServicesArticleDraft

ROOT = Path(__file__).resolve().parents[2]
URL = "https://www.example.gov.cn/zwgk/2024/017.html"

RECORD = {
    "id": "gov-2024-017",
    "source": "县政府网站 https://www.example.gov.cn/zwgk/2024/017.html",
    "title": "关于做好2024年防汛工作的通知",
    "date": "2024-05-20",
    "views": 1234,
    "kind": "notice",
    "text": "各乡镇人民政府，县直各单位：\n入汛以来，我县降雨偏多，防汛形势严峻。\n请各单位压实责任，做好隐患排查。",
}


def test_parsers_produce_the_librarys_record_and_there_is_no_second_one():
    assert ParsedDoc is ArticleDraft is ServicesArticleDraft
    assert not hasattr(ingest_services, "draft_from")


def test_a_parsed_record_carries_every_field_and_its_raw_bytes(tmp_path):
    line = json.dumps(RECORD, ensure_ascii=False).encode()
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n" + line + b"\n")
    (doc,) = list(parse_path(path))
    assert isinstance(doc, ArticleDraft)
    assert doc.title == RECORD["title"] and doc.kind == "notice"
    assert doc.published_on == dt.date(2024, 5, 20) and doc.imported_views == 1234
    assert (doc.source_url, doc.source, doc.external_id) == (URL, RECORD["source"], "gov-2024-017")
    assert doc.raw == line and doc.raw_format == "jsonl" and doc.line_no == 2
    assert doc.body == "各乡镇人民政府，县直各单位：\n入汛以来，我县降雨偏多，防汛形势严峻。\n请各单位压实责任，做好隐患排查。"
    # The raw bytes read back to the same record (what reclean does).
    again = parse_raw(doc.raw, doc.raw_format)
    assert (again.title, again.body, again.external_id) == (doc.title, doc.body, doc.external_id)


def test_the_body_is_the_one_the_library_stores():
    """One record, one body rule: a line break inside a paragraph splits it, control and
    bidi characters go (``clean_body``), whoever asks (parser, reclean, save_draft)."""
    draft = ArticleDraft(title="标题", paragraphs=["  第一段\r\n第二段\u202e。 ", "", "第三段\x00。"])
    assert draft.body == "第一段\n第二段。\n第三段。"


@pytest.mark.django_db
def test_the_import_saves_every_field_of_the_parsed_record(tmp_path):
    line = json.dumps(RECORD, ensure_ascii=False).encode()
    path = tmp_path / "in.jsonl"
    path.write_bytes(line + b"\n")
    report = ingest_services.import_paths([path], workers=1)
    assert (report.imported, report.failed) == (1, 0)
    article = Article.objects.get()
    assert (article.title, article.genre, article.subgenre, article.published_on) == (
        RECORD["title"], "official", "notice", dt.date(2024, 5, 20))
    assert (article.imported_views, article.source_url, article.source, article.external_id) == (
        1234,
        URL,
        RECORD["source"],
        "gov-2024-017",
    )
    assert bytes(article.raw) == line and article.raw_format == "jsonl"


def test_the_record_and_the_parsers_import_no_django():
    """The parsers run in worker processes and scripts without a database: the record the
    library owns must not pull Django (or the library's models) in with it."""
    code = (
        "import sys, haowen.library.draft, haowen.ingest.parsers\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith(('django.', 'haowen.library.services', 'haowen.library.models')))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stdout + done.stderr
