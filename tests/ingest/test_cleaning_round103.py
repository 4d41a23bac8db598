"""Import, hundred-and-third round (issue 13, on holdout316-318's failures, read after their blind
score): chrome by class: a controlled copy's note, who shared the piece, a ban on taking the
pictures, a login to unlock the rest, a firm's offer for like cases, a host that only indexes, a
search cache's note on its copy, a mail's signature after a dash, a download page's key over its
blurb, a template's use counter, the page's reprint terms in brackets between two sentences, a
numbered reference entry, a byline row whose counter stands a wide space apart (with a "k"); an
issuer and its date on one line ending the text and dating it; a cache's save date no document
date; titles: a series' ordinal before a memoir's title, a source credit as a segment, an
account's copy note, a usage note, a collection in book marks, a content note, an institution
after a bare dash, a column's label before a spaced dot on the title line.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "本文件为受控文件，打印件仅限当班使用",
        "分享学员：李春兰（家政服务班第12期）",
        "文中照片均为博主自摄，请勿盗图",
        "登录某某斋解锁本段以下全部内容",
        "类似纠纷可电话咨询王律师",
        "某某阁仅做内容收录与索引，不对原文观点负责。",
        "〔纯文字版〕某某于 2025-03-04 10:12 保存的文本版本，原页面可能已更新。",
        "—— 王晨｜某某用品｜市场部",
        "资料简介：",
        "2.3万次使用",
        "（手帐原创，搬运请先留言打招呼）",
        "1. 南方民间竹器图录．某州：某某文艺出版社",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


def test_a_byline_row_with_its_counter_a_wide_space_apart() -> None:
    assert chrome.edge_reason("配镜指南 · 某某视光学苑\u3000阅读 1.6k")


@pytest.mark.parametrize(
    "line",
    [
        # A course's blurb under its key, a report's bibliography entry closed by a full stop.
        "课程简介：本课程面向零基础学员，用两个周末学会家电维修。",
        "[1] 某某局．2025年统计年鉴．",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert not (chrome.strong_reason(line) or "").startswith(("meta: a download page's key", "list: an entry of a reference list (1."))


def test_a_bracketed_note_between_two_sentences_goes() -> None:
    line = "每次出炉的高度几乎一样。（手帐原创，搬运请先留言打招呼）如果你也总是失败，不妨买一台秤。"
    assert strip_glued_actions(line) == "每次出炉的高度几乎一样。如果你也总是失败，不妨买一台秤。"
    own = "会议决定成立工作组。（详见附件1）各单位要抓好落实。"
    assert strip_glued_actions(own) == own


def test_an_issuer_and_its_date_on_one_line_end_and_date_the_text() -> None:
    doc = clean_document(
        "\n".join(
            [
                "家用燃气报警器选购指南",
                "近年来，我市因燃气泄漏引起的事故时有发生。为帮助消费者选好、装好报警器，特编写本指南。",
                "一、选购。优先选用有检验报告的产品。",
                "二、安装。报警器应装在距燃气灶一米以内的墙上。",
                "某某市消费者协会 2025年1月15日",
                "下载地址一：电信高速下载　下载地址二：网通下载",
            ]
        ),
        "家用燃气报警器选购指南",
    )
    assert doc.paragraphs[-1] == "某某市消费者协会 2025年1月15日"
    assert doc.published_on == dt.date(2025, 1, 15)


def test_a_cache_save_date_is_no_document_date() -> None:
    doc = clean_document(
        "\n".join(
            [
                "〔整篇仅文字〕某某于 2025-09-04 03:52 保存的文本版本，图片与样式已去除，原页面可能已更新。",
                "隐形眼镜怎么戴？记住这三点",
                "很多人戴隐形眼镜时只关心度数，其实镜片护理也关系到眼睛健康。",
                "一是勤洗手，二是勤换护理液，三是按时更换镜片。",
            ]
        )
    )
    assert doc.published_on is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某某旧事·其三　母亲的竹筛 — 某某文存", "母亲的竹筛"),
        ("外婆的擀面杖 —— 摘自散文集《某某》", "外婆的擀面杖"),
        ("一只老座钟，走过五十年｜某某县博物馆（公众号图文备份）", "一只老座钟，走过五十年"),
        ("在全校“护眼周”启动仪式上的讲话（国旗下讲话可用）", "在全校“护眼周”启动仪式上的讲话"),
        ("母亲的针线盒（《某某拾零》第二辑·七）", "母亲的针线盒"),
        ("自己动手做阳台鸡笼（图文+尺寸表）", "自己动手做阳台鸡笼"),
        ("〔夏季护童〕窗户上一把锁，挡住孩子坠楼的“意外”-某某市妇幼保健院", "窗户上一把锁，挡住孩子坠楼的“意外”"),
        # (A chapter stays with its title; so does an edition.)
        ("某某集·第七章 灯下的夜班", "某某集·第七章 灯下的夜班"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_column_label_before_a_spaced_dot_is_the_title_again() -> None:
    key = titles.title_key("饭店的湿巾收费，顾客可以拒付吗？")
    assert titles.is_title_repeat("律师答疑卡 · 饭店的湿巾收费，顾客可以拒付吗？", key)
