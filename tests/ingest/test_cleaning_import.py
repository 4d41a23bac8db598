"""The cleaner end to end through ``import_documents`` (issue 13, sections 1 and 2).

Every input here is written for this test (places, people and numbers invented).
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command

from haowen.library.models import Article

# A notice as a text file wrapped at a fixed width: paragraphs start with an indent,
# one wrap falls right after a sentence end, headings stand on their own lines.
NOTICE_PARAGRAPHS = [
    "各街道办事处，区直有关部门：",
    "为切实做好今年汛期的地质灾害防治工作，保障群众安全，经区政府同意，现就有关事项通知如下。请各单位认真抓好落实，确保安全度汛。",
    "一、全面排查隐患",
    "各街道要组织力量对辖区内切坡建房、老旧挡墙、在建工地等重点部位开展拉网式排查，建立隐患台账，逐点明确监测责任人和转移路线。",
    "二、落实监测预警",
    "区自然资源局要会同气象部门加密会商，及时发布预警信息；各监测点遇强降雨时要加密巡查频次，发现险情立即组织群众撤离。",
    "望江区人民政府办公室",
    "二〇二五年四月二十八日",
]


def _wrap(paragraph: str, width: int) -> list[str]:
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    return ["\u3000\u3000" + lines[0], *lines[1:]]


@pytest.mark.django_db
def test_a_hard_wrapped_notice_is_joined_back_through_import_documents(tmp_path):
    lines = ["关于做好2025年汛期地质灾害防治工作的通知"]
    for p in NOTICE_PARAGRAPHS:
        lines.extend(_wrap(p, 22) if len(p) > 22 else ["\u3000\u3000" + p])
    # The wrap falls just after "如下。": the next physical line starts with "请各单位".
    assert any(line.endswith("如下。") for line in lines)
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    call_command("import_documents", str(path), "--no-progress", "--no-tags", stdout=io.StringIO(), stderr=io.StringIO())
    article = Article.objects.get()
    assert article.title == "关于做好2025年汛期地质灾害防治工作的通知"
    assert article.body.split("\n") == NOTICE_PARAGRAPHS
    assert article.published_on == dt.date(2025, 4, 28)  # the 成文日期 in Chinese numerals


def _run(*args) -> str:
    out = io.StringIO()
    call_command("import_documents", *args, "--no-progress", "--no-tags", stdout=out, stderr=io.StringIO())
    return out.getvalue()


PAGE = "\n".join(
    [
        "云帆公文网 · 让写作不再难",
        "首页 » 工作总结 » 部门总结",
        "区统计局2024年上半年工作总结",
        "今年上半年，区统计局围绕中心服务大局，统计数据质量稳步提升。",
        "下半年，我们将继续深化统计改革，为全区高质量发展提供数据支撑。",
        "点击下载Word完整版　　收藏本文　　打印",
        "相关阅读：区统计局2023年工作总结 | 统计执法检查工作汇报",
    ]
)


@pytest.mark.django_db
def test_import_documents_v2_prints_each_dropped_line_with_its_reason(tmp_path):
    path = tmp_path / "pages.jsonl"
    record = {"id": "p1", "source": "https://yunfan.example.cn/zj/1.html", "title": "区统计局2024年上半年工作总结", "text": PAGE}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = _run(str(path), "-v", "2")
    assert f"{path}:1 《区统计局2024年上半年工作总结》: 5 line(s) dropped" in out  # (the button row is one line)
    assert "  - 首页 » 工作总结 » 部门总结  (before the body: meta: breadcrumb)" in out
    assert "  - 相关阅读：区统计局2023年工作总结 | 统计执法检查工作汇报  (after the body: list: a related list with its key and its items between bars (更多：A｜B))" in out
    body = Article.objects.get().body.split("\n")
    assert body == PAGE.split("\n")[3:5]
    # Without -v 2 nothing of it is printed.
    Article.objects.all().delete()
    assert "dropped" not in _run(str(path))


SITE_FOOTER = ["石桥镇党政综合办维护", "地址：石桥镇南街18号　邮编：330000"]


def _site_page(k: int) -> tuple[str, list[str]]:
    body = [
        "各村（社区）：",
        f"为做好第{k + 1}季度安全生产工作，现将有关事项通知如下。",
        f"各单位要在{k + 3}月底前完成隐患排查，建立整改台账，确保安全。",
        "特此通知。",
        "石桥镇人民政府",
        f"2024年{k + 3}月{k + 5}日",
    ]
    page = "\n".join(["石桥镇人民政府", "镇情概况　政务公开　便民服务", f"关于做好第{k + 1}季度安全生产工作的通知", *body, *SITE_FOOTER])
    return page, body


@pytest.mark.django_db
def test_a_folder_of_one_sites_pages_loses_the_sites_template_and_keeps_the_signature(tmp_path):
    for k in range(4):
        (tmp_path / "shiqiao" / f"tz{k}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "shiqiao" / f"tz{k}.txt").write_text(_site_page(k)[0], encoding="utf-8")
    out = _run(str(tmp_path / "shiqiao"), "-v", "2")
    assert "(after the body: template: the line recurs on many pages of this site)" in out
    for k, article in enumerate(Article.objects.order_by("source")):
        assert article.title == f"关于做好第{k + 1}季度安全生产工作的通知"  # not the site's name on line one
        assert article.body.split("\n") == _site_page(k)[1]


@pytest.mark.django_db
def test_the_template_of_pages_in_json_lines_is_the_same_with_worker_processes(tmp_path, monkeypatch):
    from haowen.ingest import services

    monkeypatch.setattr(services, "PARALLEL_MIN_DOCUMENTS", 4)
    path = tmp_path / "pages.jsonl"
    records = [
        {"id": f"tz{k}", "source": f"http://www.shiqiao.example.cn/tzgg/{k}.html", "text": _site_page(k)[0]}
        for k in range(8)
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    services.import_paths([path], workers=1)
    one = list(Article.objects.order_by("external_id").values_list("title", "body"))
    Article.objects.all().delete()
    services.import_paths([path], workers=2)
    two = list(Article.objects.order_by("external_id").values_list("title", "body"))
    assert one == two and len(one) == 8
    assert all(SITE_FOOTER[0] not in body and body.startswith("各村（社区）：") for _, body in one)
