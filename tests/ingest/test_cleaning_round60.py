"""Import, sixtieth round (issue 13, on holdout189's failures, read after its blind score): a
site footer's contact row with its owner's name, a secretariat's or switchboard's line, a row of
buttons, a record's workflow state, font-size buttons in any bracket, a mirror's photo caption
keyed by 图 and a bar, a sentence under a photo's source note, a template's placeholder field
under a lesson plan, and a print view's framed page counter of sheets (第1张 · 共1张).

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import _marker

NOTICE = [
    "各位家长：",
    "本学期秋季运动会定于10月18日在学校田径场举行，请为孩子准备运动鞋和水杯。",
    "运动会当天下午四点放学，请按时接孩子回家。",
]


def _body(lines: list[str]) -> list[str]:
    return clean_document("\n".join(lines)).paragraphs


@pytest.mark.parametrize(
    "footer",
    [
        "椋川县实验中学　地址：椋川县学府路3号　电话：0735-6612300",
        "楠湖镇卫生院｜地址：楠湖镇新街18号",
        "商会秘书处：0735-8821 0066",
        "医院总机：0736-5502000",
    ],
)
def test_a_site_footers_contact_row_under_the_text_goes(footer):
    assert chrome.is_site_contact_row(footer)
    assert _body([*NOTICE, footer]) == NOTICE


@pytest.mark.parametrize(
    "line",
    [
        "地址：椋川县学府路3号　电话：0735-6612300",  # bare keys: a document may end with its own address
        "报名地址：椋川县学府路3号　报名电话：0735-6612300",
        "机房值班室：0735-6612301",
        "联系人：郑老师　电话：0735-6612302",
    ],
)
def test_a_documents_own_contact_row_stays(line):
    assert not chrome.is_site_contact_row(line)
    assert _body([*NOTICE, line]) == [*NOTICE, line]


@pytest.mark.parametrize("row", ["申请试用　在线留言", "立即订购 | 获取报价单", "我要咨询　返回列表"])
def test_a_row_of_buttons_goes(row):
    assert chrome.is_button_row(row)
    assert _body([*NOTICE, row]) == NOTICE


@pytest.mark.parametrize("row", ["项目　要求　结果", "在线学习　每周两次", "预约时间　上午九点"])
def test_a_table_row_is_no_button_row(row):
    assert not chrome.is_button_row(row)


@pytest.mark.parametrize("line", ["审核状态：待审核", "信件状态：已回复　公开类型：公开", "流转状态：已归档"])
def test_a_records_workflow_state_goes_even_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None
    assert _body([NOTICE[0], NOTICE[1], line, NOTICE[2]]) == NOTICE


def test_a_state_in_a_sentence_stays():
    line = "设备状态：运行正常。"
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize("row", ["〖字体：大 中 小〗", "〔字号：大 中 小〕", "［字体：特大 大 中］"])
def test_font_size_buttons_in_any_bracket_go_between_paragraphs(row):
    assert _body([NOTICE[0], NOTICE[1], row, NOTICE[2]]) == NOTICE


def test_a_mirrors_photo_caption_keyed_by_a_bar_goes_alone_and_glued():
    line = "孩子们在操场上练习接力跑，个个精神饱满。"
    assert strip_glued_actions(line + "图｜接力跑训练现场") == line
    assert chrome.edge_reason("图丨接力跑训练现场") is not None
    assert _body([NOTICE[0], NOTICE[1], "图/接力跑训练现场", NOTICE[2]]) == NOTICE


def test_a_sentence_under_a_photos_source_note_stays():
    text = [
        "秋冬季节，家里的鞋柜容易受潮发霉。",
        "建议每周开柜通风一次，鞋子晾干后再放进去。",
        "图片来源：网络",
        "鞋柜底部可以放一包干燥剂，每月更换。",
        "阅读原文",
        "赞　分享　在看",
    ]
    assert _body(text) == [text[0], text[1], text[3]]


def test_a_templates_placeholder_field_under_a_lesson_plan_stays():
    text = [
        "椋川教研网 › 教学资源 › 美术",
        "二年级美术课《剪纸窗花》教学设计",
        "教学目标：学会对折剪法，剪出一幅对称的窗花。",
        "教学准备：彩纸每人两张，安全剪刀。",
        "教学过程：",
        "1. 导入：展示窗花作品，说说在哪里见过。",
        "2. 练习：学生动手剪，教师巡回指导。",
        "授课：××中学××老师",
        "本资源需登录后下载",
        "同类资源：一年级《折纸小船》　三年级《撕纸画》",
    ]
    out = _body(text)
    assert out[-1] == "授课：××中学××老师"
    assert "本资源需登录后下载" not in out


@pytest.mark.parametrize("line", ["⸨ 第2张 · 共3张 ⸩", "◆ 第1页 ｜ 共4页 ◆"])
def test_a_framed_page_counter_of_sheets_is_one_marker(line):
    m = _marker(line)
    assert m is not None and m.group("rest") == ""


def test_a_checklist_under_a_head_row_naming_its_columns_is_the_text():
    rows = [
        "检查项目　标准　检查结果",
        "灭火器　压力指针在绿区　○合格 ○不合格",
        "疏散通道　畅通无杂物　○合格 ○不合格",
        "应急灯　通电常亮　○合格 ○不合格",
        "检查人：＿＿＿＿　日期：＿＿年＿＿月＿＿日",
    ]
    text = ["椋川县图书馆 — 打印版", "打印时间：2026/03/02 09:15", "消防设施月度检查表", *rows, "第1页 共1页"]
    out = clean_document("\n".join(text), "消防设施月度检查表").paragraphs
    assert out == rows


def test_a_checklists_options_are_one_cell():
    assert chrome.grid_rows(["项目　要求　结果", "书柜　稳固　□是 □否", "书桌　平整　□是 □否", "台灯　完好　□是 □否"]) == [True] * 4
