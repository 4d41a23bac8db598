"""Import, seventy-eighth round (issue 13, on holdout241-243's failures, read after their blind
score): titles lose a repost's and a grumble's asides, a blank model's page count, a version with
its minor number, a download site's "green" edition and an entry's gloss of a material; chrome by
class: a download site's safety and software fields, a collapsed text's prompt, contributors and
compilers, reading points, an accepted answer's state, same-day drafts, free packs, users' counts,
sign-up counts, page markers framed by supplemental punctuation; what stays: a lead's "记者" after
an app prompt glued before it, and a follow prompt with only its promise goes from the first line.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位学员：", "本期培训将于下周一上午八点开班，请提前十分钟到三楼教室签到。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("外婆的那把老蒲扇（旧稿重录）", "外婆的那把老蒲扇"),
        ("小区停车位抽签，我抽到了最远的那个（吐槽一下）", "小区停车位抽签，我抽到了最远的那个"),
        ("场地租赁合同（空白范本·两页版）", "场地租赁合同"),
        ("焊接工序作业指导书（V3.2）", "焊接工序作业指导书"),
        ("仓库安全管理制度 绿色版", "仓库安全管理制度"),
        ("海绵条（缓冲防护材料）", "海绵条"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "安全检测：已通过两款杀毒软件扫描",
        "运行环境：Word 2007 及以上 / WPS",
        "余下段落已收起，轻触“展开全文”查看",
        "投稿学员：第18期 王某",
        "整理：某某律所劳动法团队",
        "学习本文满5分钟可累计学习积分2分",
        "（此回答已被提问者采纳）",
        "〔某某写作组〕讲话、总结 当天交稿",
        "更多写作技巧，点这里免费领资料包",
        "2.3万人用过　｜　收录于「年终总结」",
        "课程编号：KC-07　已报名 12/30",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "整理好的材料请于周五前交到办公室。",  # a sentence opening on 整理
        "本次培训共有30名学员报名，实到28人。",  # a count in a sentence
        "学习本文件后，各单位要认真抓好落实。",  # the text's own instruction
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_leads_reporter_word_after_a_glued_app_prompt_stays():
    rest, cut = strip_leading_chrome("打开某某融媒App，读更多家门口的新闻记者5月3日从县交通局获悉，全县农村公路改造已完成八成。")
    assert rest.startswith("记者5月3日")


def test_a_follow_prompt_with_only_its_promise_goes_from_the_first_line():
    out = strip_glued_actions("轻点上方蓝字“某某医院”，每天学一点健康知识入夏以来，不少市民出现腹泻症状，医生提醒注意饮食卫生。")
    assert out.startswith("入夏以来")


def test_a_page_marker_framed_by_supplemental_punctuation_goes():
    lines = ["2.1 教学楼每层配置1个急救箱，食堂、体育馆", "⸔2⸕各配置1个。"]
    assert _body(lines) == ["2.1 教学楼每层配置1个急救箱，食堂、体育馆各配置1个。"]
