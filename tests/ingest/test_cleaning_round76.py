"""Import, seventy-sixth round (issue 13, on holdout235-237's failures, read after their blind
score): titles lose a series' place after a middle dot, a plea to the experts and a site with its
column after the title; chrome by class: a poster's later supplement (also glued), moderators'
notes, a collection's other pieces, launch offers, bracketed login prompts, anonymous readers'
answers, like-it-then-share prompts, copy buttons, related lists of good pieces, bracketed
credits in tortoise-shell brackets (also glued), a mail separator that says its content follows,
note marks after the last sentence, page markers framed by the signs of the mathematical
blocks; what stays: a speech's closing sentences that speak of contributions, an issue's number
under a minutes' title (no page) and the 时间 field below it.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位会员：", "本月二十日上午协会将召开年度会员大会，请各会员单位派一名代表参加。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("那口老水井（村庄往事·之三）", "那口老水井"),
        ("小区门口的早餐车（请各位老师指正）", "小区门口的早餐车"),
        ("机修车间2024年度安全工作总结-某某网-车间总结", "机修车间2024年度安全工作总结"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "（本帖由楼主于 3 小时前补充）",
        "（版主注：第二段可再充实）",
        "本辑其他篇目：外婆的灶台　|　村口的老槐树",
        "某某旗舰店新品首发预订，前300名赠收纳袋",
        "〔家长请登录校园通查看回执〕",
        "热心网友：我上周刚办过，带上身份证就行。",
        "匿名用户：先打电话问问最稳妥",
        "这篇文章有用的话，记得点个“在看”",
        "喜欢这篇文字，可以转给一个想念的人",
        "【轻点复制此段】",
        "同类好文：社区志愿服务经验交流材料",
        "〔责编：王某　审校：李某〕",
        "-------- 原始邮件内容如下 --------",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请各会员单位于本月十五日前登录协会网站提交参会回执。",  # the text's own instruction, a sentence
        "喜欢阅读的同学可以到图书馆二楼借阅。",  # a sentence opening on 喜欢
        "（本条由理事会负责解释）",  # a rule's own note
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_glued_supplements_and_credits_go():
    assert strip_glued_actions("他还提醒大家，路口别停车。（本帖由楼主于 1 小时前补充）") == "他还提醒大家，路口别停车。"
    assert strip_glued_actions("游客可以免费领取导览图。〔责编：王某　审校：李某〕") == "游客可以免费领取导览图。"


def test_a_speechs_closing_sentences_about_contributions_stay():
    lines = [
        "各位同志：",
        "今天我们举行宣传栏揭牌仪式。",
        "同志们，宣传栏是展示形象的窗口。希望大家多关注、多投稿，让宣传栏真正活起来。仪式到此结束，谢谢大家！",
    ]
    assert _body(lines) == lines


def test_an_issue_number_under_a_title_is_no_page_marker():
    lines = [
        "设备管理专题会议纪要",
        "（第5期）",
        "拟稿部门：设备部　发文日期：2025-03-04",
        "时间：2025年3月3日14:30",
        "地点：公司三楼会议室",
        "会议听取了设备部关于春季检修工作的汇报，明确了三项工作要求。",
    ]
    out = _body(lines, title="设备管理专题会议纪要")
    assert "时间：2025年3月3日14:30" in out


def test_a_note_mark_after_the_last_sentence_goes():
    lines = ["本办法所称设备，是指单价一万元以上的生产设备。［注1］", "设备管理部门负责建立台账，每年盘点一次。［注2］"]
    assert _body(lines) == ["本办法所称设备，是指单价一万元以上的生产设备。", "设备管理部门负责建立台账，每年盘点一次。"]


def test_a_page_marker_framed_by_signs_of_the_mathematical_blocks_goes():
    lines = ["二、责任分工。县农业农村局负责组织巡查和统计，县水利局提供", "⥼3⥽船只和安全保障，各镇负责沿岸巡查和群众宣传。"]
    assert _body(lines) == ["二、责任分工。县农业农村局负责组织巡查和统计，县水利局提供船只和安全保障，各镇负责沿岸巡查和群众宣传。"]
