"""Import, fifty-eighth round (issue 13, on holdout184-186's failures, read after their blind
score): a process card's own fields, a piece's reader count, study points after the word 积分, and a
wiki entry's editors after its update time; and a thread's question with its board after it taken for
the title when the record gives none (a miss left in round 53).

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome


@pytest.mark.parametrize(
    "line",
    ["本篇读者 218 人", "学习本篇可得积分 0.5 分", "本词条最近更新于 3 个月前，由 5 位用户共同编辑"],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize("line", ["读者服务部全年接待读者218人次。", "本词条所列数据由县统计局提供。"])
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


def test_a_process_cards_own_fields_stay_under_a_download_pages_fields():
    text = "\n".join([
        "樟溪模板站 — 办公模板 · 工艺文件",
        "竹砧板热压工艺卡",
        "文件大小：38 KB",
        "更新：2024-04-19",
        "产品名称：竹制拼接砧板",
        "材料：楠竹条，含水率不大于10%，使用前烘干4小时",
        "设备：60吨平板热压机",
        "工艺参数：热压温度120℃，保压时间8分钟，冷却至40℃后出模。",
    ])
    paragraphs = clean_document(text, title="竹砧板热压工艺卡").paragraphs
    assert paragraphs[0] == "产品名称：竹制拼接砧板"
    assert "设备：60吨平板热压机" in paragraphs


def test_a_threads_question_with_its_board_after_it_is_the_title():
    text = "\n".join([
        "樟溪在线 » 民生热线 » 查看帖子",
        "版规：发帖请如实反映情况，违者删帖",
        "小区门口的路灯坏了半个月，该找谁修？ - 民生热线",
        "溪边老李　发表于 昨天 21:05　|　楼主",
        "家住樟溪小区的居民反映，小区门口的路灯已经坏了半个月。",
        "希望有关部门尽快修好，方便大家晚上出行。",
    ])
    cleaned = clean_document(text)
    assert cleaned.title == "小区门口的路灯坏了半个月，该找谁修？"
    assert cleaned.paragraphs[0] == "家住樟溪小区的居民反映，小区门口的路灯已经坏了半个月。"
