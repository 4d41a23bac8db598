"""Chrome, sixth round (issue 13): classes found on pages of kinds of site the earlier rounds
had not seen, each recognised by its form or its position, never by a site's words.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with body lines that look
like the chrome and must stay.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome

NOTICE = [
    "各社区居委会：",
    "为做好今冬燃气安全工作，街道决定开展燃气安全入户检查，现将有关事项通知如下：",
    "一、检查时间为12月1日至12月20日，由网格员会同燃气公司逐户开展。",
    "二、发现隐患的，要当场告知住户，并于每周五前报街道平安办。",
    "青石街道办事处",
    "2026年11月28日",
]


# --- nothing above the title is the text ---------------------------------------------------


def test_lines_above_the_titles_repeat_go_with_it():
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join(
        ["青石街道欢迎你　今日多云 3~9℃", "小柯转给大家看看，按时配合哦。", title, *NOTICE]
    )
    assert clean_text(text, title=title) == NOTICE


def test_text_above_a_title_printed_under_it_as_a_teaser_stays():
    # The title under two sentences of text is a footer's link to the page, not its headline.
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join([*NOTICE[:3], title, NOTICE[3], *NOTICE[4:]])
    assert clean_text(text, title=title)[:3] == NOTICE[:3]


def test_a_salutation_above_the_title_stops_the_anchor():
    # A 主送 line is the document's own: a title below it is no headline to anchor on.
    title = "关于开展冬季燃气安全入户检查的通知"
    text = "\n".join([NOTICE[0], title, *NOTICE[1:]])
    assert clean_text(text, title=title)[0] == NOTICE[0]


# --- under the document's end ------------------------------------------------------------


def test_a_copy_notice_under_the_documents_date_goes():
    text = "\n".join([*NOTICE, "本扫描件仅供内部查阅，请勿外传。"])
    assert clean_text(text) == NOTICE


def test_everything_under_the_imprint_line_goes():
    imprint = ["抄送：区应急管理局，区住建局。", "青石街道党政办公室　2026年11月29日印发"]
    text = "\n".join([*NOTICE, *imprint, "由青禾档案馆数字化加工", "识别有误可反馈，我们会尽快修正。"])
    assert clean_text(text) == NOTICE + imprint


def test_an_attachment_under_the_date_stays():
    attachment = ["附件：入户检查登记表", "请各社区于12月25日前汇总上报，不得漏报。"]
    text = "\n".join([*NOTICE, *attachment])
    assert clean_text(text) == NOTICE + attachment


# --- an app's interface --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "🗓 11月28日　📍 青石街道　👀 3,208",
        "💗 1.8万　🔁 624　🗨 97",
        "👉 戳这里查看：街道燃气安全宣传手册",
        "📢 提示：点击右上角即可收藏本篇",
    ],
)
def test_icon_rows_and_pointer_links_go_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "本次检查覆盖住户3,208户，较去年增加624户。",
        "▶ 二、检查内容",
        "全年接待来访群众1.8万人次🙂",
    ],
)
def test_body_lines_with_a_pointer_or_a_pictograph_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "活动状态：进行中　｜　已报名 126/200 人　｜　累计时长 48 小时",
        "5.6万次播放 · 112条弹幕　　主讲：青禾学堂",
        "已阅读 8 分 12 秒　　+2 积分",
    ],
)
def test_rows_of_the_pages_states_and_counters_go_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "参会人员：张三　李四　王五",
        "2025年　1286.4亿元　6.1%",
        "《公共基础知识》 | 10月18日 9:00-11:00",
        "热烈欢迎您的到来。",
    ],
)
def test_table_rows_names_and_schedules_are_no_page_row(line):
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "街道动态：青石街道召开冬季消防工作推进会｜辖区开展燃气安全宣传进社区活动",
        "【滚动通知】关于2026年度辖区公益性岗位招聘的公告 ┃ 社区卫生服务站春节值班安排",
        "预约参观　｜　团体定制",
        "青石街道办事处欢迎您！　今天是2026年11月28日 星期六",
    ],
)
def test_link_rows_menus_and_greetings_go_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


def test_a_link_row_at_the_end_of_a_speech_goes():
    speech = [
        "同志们：",
        "今年以来，全区安全生产形势总体平稳，各项工作取得了新的进展。",
        "希望大家再接再厉，确保全年安全生产形势持续稳定！",
    ]
    text = "\n".join([*speech, "区内要闻：区政府召开常务会议研究民生实事｜全区秋冬季植树造林工作启动"])
    assert clean_text(text) == speech


# --- credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["（文/柯雨桐　图/孟南　审核/邵清）", "撰稿/韩露　编辑/许一"])
def test_credits_with_slashes_go(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["甲/乙两类", "（一/二季度）"])
def test_slashed_words_are_no_credits(line):
    assert chrome.strong_reason(line) is None

