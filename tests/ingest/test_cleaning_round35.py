"""Import, thirty-fifth round (issue 13, on holdout115-117's failures, read after their blind
score): a notice's sentence stating a quantity keeps its action words, a form's blanks end the
text, a standard's clause heading is no counter row, plain description words make no disclaimer,
an AI prompt in words, reading on in the app, an editor's placeholder hint, a comment box's
prompt, a reposter's bracketed note, a poster's card, the rest kept for a download, a mail's
separator with its headers on one line, a hot-read list and a piece's place in a collection after
a dash.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.titles import strip_decoration


def test_a_notices_sentence_stating_a_quantity_keeps_its_action_words():
    assert chrome.edge_reason("讲座免费，名额八十个，请扫描海报上的二维码报名，报满即止。") is None
    assert chrome.edge_reason("马上注册，结交更多好友，享用更多功能，轻松玩转社区。") is not None


def test_a_reply_form_under_a_letter_stays():
    text = "\n".join([
        "关于班级饲养小金鱼的告家长书",
        "各位家长：",
        "为培养孩子的观察能力，班级自然角将饲养小金鱼，请您与孩子一起参与照料。",
        "青禾实验幼儿园",
        "2025年3月3日",
        "回执",
        "幼儿姓名：________　班级：________",
        "□同意参与　□不同意参与　过敏情况：________",
        "家长签名：________　年　月　日",
        "【打印该页】　【返回列表】",
    ])
    paragraphs = clean_document(text, title="关于班级饲养小金鱼的告家长书").paragraphs
    assert paragraphs[-1] == "家长签名：________　年　月　日"


def test_a_standards_clause_heading_is_no_counter_row():
    assert chrome.edge_reason("1　范围") is None
    assert chrome.edge_reason("3.2　术语和定义") is None


def test_a_description_using_plain_notice_words_is_no_disclaimer():
    line = "负责人介绍，手环不采集任何个人信息，电话号码由家长手写，离园时可自行带走。"
    assert chrome.edge_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "点击这里，让AI帮你润色这一段",
        "本文已收录至“青禾党建”APP，打开APP阅读更流畅",
        "此处可插入图片：村口新桥实景照片",
        "写下你的看法……　提交",
        "【转自县交通局公众号，大家注意绕行】",
        "版主 青禾老周　　阅读权限 10　　2024届",
        "余下内容请下载后阅读",
        "热读：青禾夏粮收购首日见闻",
        "------------------ 原始邮件 ------------------ 发件人：法务部 周明 发送时间：2025-08-12",
    ],
)
def test_these_classes_are_chrome(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("设备只是开始，会用的人才是关键。写下你的看法……　提交", "设备只是开始，会用的人才是关键。"),
        ("雨天停止作业。余下内容请下载后阅读", "雨天停止作业。"),
    ],
)
def test_pieces_glued_after_the_last_sentence_go(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_pieces_place_in_a_collection_after_a_dash_leaves_the_title():
    assert strip_decoration("打铁四十年——青禾文集之十二") == "打铁四十年"
    assert strip_decoration("坚守初心——在七一党课上的讲话") == "坚守初心——在七一党课上的讲话"
