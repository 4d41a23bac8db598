"""The importer links near-duplicates, reports them, and the command extracts tags."""

import json

import pytest
from django.core.management import call_command

from haowen.ingest.services import import_paths
from haowen.library.models import Article, ArticleTag

BODY = (
    "同志们：这次会议的主要任务是认真贯彻落实上级精神，谋划今后一个时期的工作。"
    "我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"
    "一是抓项目建设，二是抓招商引资，三是抓民生保障，四是抓安全生产，五是抓作风建设。"
    "各级各部门要切实扛起责任，确保各项目标任务圆满完成，以优异成绩迎接新的挑战。"
)


def _write(tmp_path, rows):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.django_db
def test_it_links_and_reports_a_near_duplicate_copy(tmp_path):
    rows = [
        {"id": "a", "source": "site-a", "kind": "speech", "title": "在全县工作会议上的讲话", "date": "2021-01-05", "text": BODY},
        {"id": "b", "source": "site-b", "kind": "speech", "title": "在全区工作会议上的讲话", "date": "2022-03-01",
         "text": BODY.replace("全县", "全区").replace("优异成绩", "优秀成绩")},
    ]
    report = import_paths([_write(tmp_path, rows)])
    assert report.imported == 2
    assert report.near_duplicates == [("在全区工作会议上的讲话", "在全县工作会议上的讲话", Article.objects.get(external_id="a").pk)]
    assert "near-duplicates 1" in report.summary()
    copy = Article.objects.get(external_id="b")
    assert copy.canonical_id == Article.objects.get(external_id="a").pk


@pytest.mark.django_db
def test_the_command_prints_near_duplicates_and_extracts_tags(tmp_path, capsys):
    rows = [
        {"id": "a", "source": "site-a", "kind": "speech", "title": "在全县工作会议上的讲话", "date": "2021-01-05", "text": BODY},
        {"id": "b", "source": "site-b", "kind": "speech", "title": "在全区工作会议上的讲话", "date": "2022-03-01", "text": BODY + "谢谢大家。"},
    ]
    call_command("import_documents", str(_write(tmp_path, rows)), "--no-progress")
    out = capsys.readouterr().out
    assert "near-duplicate: 《在全区工作会议上的讲话》 is a version of 《在全县工作会议上的讲话》" in out
    assert "near-duplicates 1" in out
    assert ArticleTag.objects.filter(article__external_id="a").count() >= 5


@pytest.mark.django_db
def test_editing_a_body_into_a_copy_links_it(tmp_path):
    from haowen.library.services import update_article

    rows = [
        {"id": "a", "source": "s", "kind": "speech", "title": "原始讲话", "date": "2021-01-05", "text": BODY},
        {"id": "b", "source": "s", "kind": "notice", "title": "无关通知", "date": "2022-03-01",
         "text": "各单位：请于本周五前报送年度统计报表，逾期不报的将予以通报批评。联系人张三，电话一二三四。"},
    ]
    import_paths([_write(tmp_path, rows)])
    other = Article.objects.get(external_id="b")
    assert other.canonical_id is None
    update_article(other, body=BODY + "\n特此通知。")
    assert Article.objects.get(pk=other.pk).canonical_id == Article.objects.get(external_id="a").pk
