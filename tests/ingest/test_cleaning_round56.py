"""Import, fifty-sixth round (issue 13, on holdout178-180's failures, read after their blind
score): an essay site's word count after a title, a collection's count of its pieces, a poster's
signature after dashes, a forum's note that its material is for reference, a row ending in a
booking button, a table's rows under a head row that names its columns, a writer's QQ offer, a
prompt to follow the account above, a study platform's points with a decimal, comment prompts,
a print view's framed page counter, a dash left dangling in a title, a related list's key and
items on one row, and an office's reply time as the page's date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.titles import strip_decoration


@pytest.mark.parametrize(
    "line",
    [
        "本卷共18篇　　第9篇",
        "——我的签名：明年一定上岸！",
        "专家门诊：柳青 主任医师 周一、周三上午　｜　点击预约",
        "想要同类方案原稿的朋友请加QQ 4478123901",
        "点击上方“关注”，第一时间获取学会动态",
        "阅读本文得 0.5 学习分",
        "你第一次下厨做的是什么菜？评论区聊聊",
        "欢迎在下方留言说说你家的老物件～",
        "⸨ 1 / 1 ⸩",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize("line", ["欢迎留言提出意见建议。", "（9/4）", "报名时间：5月10日　｜　地点：县体育馆"])
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


def test_a_forums_note_that_its_material_is_for_reference_goes_under_the_text():
    assert chrome.edge_reason("论坛资料来自网友分享，仅供备考参考。") is not None
    assert chrome.edge_reason("以上数据仅供各单位参考。") is None


def test_titles_lose_a_word_count_and_a_dangling_dash():
    assert strip_decoration("奶奶的竹篮（初中作文）600字") == "奶奶的竹篮（初中作文）"
    assert strip_decoration("关于报送材料不超过3000字的通知") == "关于报送材料不超过3000字的通知"
    assert strip_decoration("纪念建党征文（限2000字）") == "纪念建党征文（限2000字）"
    assert not strip_decoration("[申论范文] 小竹篮里的大学问——申论范文").endswith("—")


def test_a_tables_rows_under_a_head_row_that_names_its_columns_stay():
    text = "\n".join([
        "1 适用范围",
        "本规程适用于本厂竹筷的下料、打磨和检验工序。",
        "2 质量要求",
        "检验项目　要求　检验方法",
        "外观　无毛刺、无霉斑　目测",
        "颜色　色泽均匀　目测比对",
        "还剩2页未读，继续阅读 下载此文档 收藏",
    ])
    paragraphs = clean_document(text, title="竹筷生产工艺规程").paragraphs
    assert paragraphs[-3:] == ["检验项目　要求　检验方法", "外观　无毛刺、无霉斑　目测", "颜色　色泽均匀　目测比对"]


def test_a_related_lists_key_and_its_question_items_go_together():
    text = "\n".join([
        "问：菜板发霉了怎么办？",
        "最佳回答",
        "先用热水和小苏打刷洗，再放在通风处晾干，平时用完要立起来放。",
        "赞同 21　　反对　　评论 3",
        "相关问题：筷子发霉还能用吗？　　砧板多久换一次？",
    ])
    paragraphs = clean_document(text).paragraphs
    assert paragraphs[-1] == "先用热水和小苏打刷洗，再放在通风处晾干，平时用完要立起来放。"


def test_an_offices_reply_time_is_the_pages_date():
    lead = ["信件编号：ZX2025031800412　来信时间：2025-03-18", "办理单位：区生态环境分局　回复时间：2025-03-21"]
    assert dates.document_date(lead, ["您好！来信收悉。经核查，问题已整改。"]) == dt.date(2025, 3, 21)
