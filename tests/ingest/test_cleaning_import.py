"""The cleaner end to end through ``import_documents`` (issue 13, sections 1 and 2).

Every input here is written for this test (places, people and numbers invented).
"""

from __future__ import annotations

import datetime as dt
import io

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
