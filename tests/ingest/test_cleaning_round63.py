"""Import, sixty-third round (issue 13, on holdout196-198's failures, read after their blind
score): a line under an up-pointing mark; a blog's running time; a wiki's revision stamp by age
and contributors; an advertisement under a label in any bracket; the page's notes on reprints and
pictures in brackets; a prompt to tap the account's name and follow; a link in its brackets; a
writing service's id glued before a sentence with its verb; and what stays: a pact's adoption
note, a decimal outline's section head and a table's rows under the score.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome

LETTER = ["各位居民：", "本周六上午社区将在广场开展免费磨刀服务，欢迎大家带上家中刀具。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "▲志愿者为老人修理雨伞",
        "本博客已运行 2048 天　总访问 9527",
        "本词条最近编辑于 3 天前，共 7 位贡献者",
        "〖推广〗城南老周开锁换锁，电话 139 0000 1111",
        "〔本文系作者原创，转载请注明出处〕",
        "（文中图片来源于网络，侵删）",
        "轻触上方蓝字，关注“柳岸社区”",
        "【配套课程·点此了解】",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER


@pytest.mark.parametrize("line", ["（本条所称版权，是指著作权。）", "【注】本条所称原创，是指作者独立完成的作品。", "▲ 图为"])
def test_a_documents_own_bracketed_note_is_no_page_note(line):
    reason = chrome.strong_reason(line) or ""
    assert not reason.startswith("notice: the page's note"), line


def test_a_writing_services_id_glued_before_a_sentence_goes_with_its_verb():
    line = "原创材料代写，加微信 abc-2088 一对一沟通我当时觉得这件事很简单，后来才明白其中的门道。"
    out = _body(["实习第一周，师傅带我熟悉流程。", line])
    assert out[-1] == "我当时觉得这件事很简单，后来才明白其中的门道。"


def test_a_pacts_adoption_note_under_it_stays():
    body = ["一、诚信经营，明码标价。", "二、不以次充好，不虚假宣传。", "2026年3月1日柳岸县五金行业协会会员大会通过"]
    assert _body([*body, "上一篇：协会章程", "版权所有 © 柳岸五金协会"]) == body


def test_a_decimal_outlines_section_head_and_a_tables_rows_stay():
    body = [
        "1　教学目标",
        "1.1　掌握刀具的分类和用途，能根据食材选择合适的刀具。",
        "1.2　掌握磨刀石、磨刀棒的使用与清洁方法。",
        "2　教学内容",
        "2.1　刀具的种类：中式片刀、斩骨刀和西式主厨刀。",
        "2.2　刀具的保养：用后擦干，刀刃朝内收纳。",
        "3　课时安排",
        "内容　课时",
        "刀具分类与选用　2",
        "磨刀实操　1",
        "实操考核　1",
    ]
    text = [
        "柳岸厨艺培训 · 刀工一站学",
        "课程中心 / 刀工初级班 / 教学计划",
        "学员必读 · 刀工初级班“刀具保养”模块教学计划",
        *body,
        "想学刀工？初级班本月还剩4个名额，立即报名",
        "柳岸厨艺培训　柳岸县河西街12号　电话 0738-2290 5151",
    ]
    assert _body(text, "刀工初级班刀具保养模块教学计划") == body
