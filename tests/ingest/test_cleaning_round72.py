"""Import, seventy-second round (issue 13, on holdout223-225's failures, read after their blind
score): titles lose a piece number after a collection's bracket (之九：), an asker's 问： label and
an answered aside, a leading accepted-answer aside, a series' piece aside, the poster's own
answer aside, glosses of a terminal or a facility; a page title split at its bars prefers the
headline to a case column, to an entry's kind or to a snapshot's mark, reads a collection's piece
place with its book's marks, and keeps a bar inside a leading bracket; chrome by class: bracketed
download links, platform disclaimers, readers' highlights, answerers' notes, AI rewrite buttons,
icon edit buttons, trial lessons after a question and free audits, star prompts promising news;
glued chrome: counters under their labels or icons after the last sentence, a column glued
before the addressee.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("〈村居杂忆〉之五：母亲的那口腌菜缸 — 某某文存", "母亲的那口腌菜缸"),
        ("问：快递柜超时收费合理吗？（律师已答）- 某某律师网", "快递柜超时收费合理吗？"),
        ("（已采纳答案）电热毯可以整晚开着吗？｜某某问答", "电热毯可以整晚开着吗？"),
        ("我的第一辆自行车（旧物小记·五）", "我的第一辆自行车"),
        ("群众反映窗口办事慢，你怎么处理？（我的作答）- 面试区 - 某某论坛", "群众反映窗口办事慢，你怎么处理？"),
        ("对讲机（无线通信终端）", "对讲机"),
        ("公交站亭（城市公共设施）_某某百科", "公交站亭"),
        ("案例剖析｜电梯困人两小时，物业要不要赔？ —— 某某律所", "电梯困人两小时，物业要不要赔？"),
        ("折叠伞_雨具用品_某某百科", "折叠伞"),
        ("冬季取暖用电安全注意事项提示_某某县应急管理局 ⟨某某快照⟩", "冬季取暖用电安全注意事项提示"),
        ("巷口的修鞋摊 · 《旧街往事》第十二篇 —— 某某闲笔", "巷口的修鞋摊"),
        ("[结构化｜应急处置] 景区游客突发疾病，你作为工作人员怎么办 - 面试交流 - 某某论坛", "景区游客突发疾病，你作为工作人员怎么办"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "〔招标文件下载（含附件）〕",
        "本信息由发布单位提供，平台不对其真实性负责",
        "【读者 某某 划线】“那盏灯一直亮到天明”",
        "（答主补充于评论区）",
        "✦ AI帮我改成工作总结",
        "✎ 在线改写本段",
        "想学做面点？免费试听一节实操课 →",
        "第一次来？周日下午的公开课可免费旁听",
        "戳上方“某某发布”，第一时间看本地动态",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请各单位于3月10日前下载招标文件。",  # downloading as the text's own instruction
        "学员可在开课前一周免费试听一次，满意后再缴费。",  # a school's own rule, a sentence
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_counters_under_their_labels_after_the_last_sentence_go():
    assert strip_glued_actions("能帮一把，就帮一把。阅读(87) 评论(2)") == "能帮一把，就帮一把。"


def test_a_column_glued_before_the_addressee_goes():
    assert strip_glued_actions("基础教育栏目各中小学：") == "各中小学："


def test_a_column_word_in_a_sentence_stays():
    line = "新闻频道是本台最重要的对外宣传窗口之一。"
    assert strip_glued_actions(line) == line
