"""Import, eighty-fifth round (issue 13, on holdout262-264's failures, read after their blind score):
a thread's floor label is no page number; chrome by class: related links in brackets (alone and
between sentences), a collection's series note, an editor's pairing note, photo placeholders, copy
locks and course adverts in brackets, follow prompts by what each issue brings, a guest's numbered
answer (and the answer above it), "once you read this far" prompts, "本篇由…整理", a Q&A's note on the
scope of its answers (also as the last sentence), app prompts by what they show, countdowns,
course promises, webmail buttons, "did it help" prompts, follow-by-name and pass-it-on prompts;
a poster's name over a relative stamp or over profile rows; a postscript dated by a cyclical year
stays; titles: a slogan above the navigation is no title, a site's name and slogan apart by a
space, a short title's aside in the poster's voice, a collection's volume in brackets, "——" before
the site.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, page_title
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.dates import is_written_on
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html
from haowen.library.services import analyse_draft

NOTICE = [
    "各位居民：",
    "本周六上午小区将停水检修，请提前储水。",
    "检修结束后管道可能有少量锈水，放水两分钟即可。",
]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "〔推荐阅读：旧木箱怎样防蛀〕",
        "本文收在「灶间闲谈」系列，共十二篇",
        "（本篇与卷三《出师》可对照着读）",
        "［晚会现场照片］",
        "【本段以下需登录后下载】",
        "【木工入门班 · 第3期报名中】",
        "关注老蔺，每周讲一件老家具",
        "游客5813：买个新的吧，旧的修不好",
        "看到这里有共鸣，点个赞再走",
        "本篇由某某范文馆编辑部整理",
        "以上解答仅针对提问者所述情形，供参考",
        "用“某某融媒”APP看完整视频",
        "公示期还剩 2 天 05 小时 11 分",
        "零基础也能学，包教包会",
        "写信",
        "草稿箱",
        "这个回答帮到你了吗？",
        "↑ 点击“某某社区”加关注",
        "转给邻居，一起守护老街→",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None
    assert line not in _body(NOTICE[:2] + [line] + NOTICE[2:])


@pytest.mark.parametrize(
    "line",
    [
        "转发给家里的老人，一起平安过冬！",  # a fire brigade's own last sentence
        "关注困难群众，每月走访一次。",  # a work report's sentence, no content promised
        "参加培训的学员零基础也能学会。",  # a brochure's own sentence
        "［图］",  # the importer's own image placeholder
        "用户1：张三",  # a form's first row, no site numbering
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert chrome.strong_reason(line) is None


def test_a_threads_floor_label_is_no_page_number_and_the_starters_row_goes():
    lines = [
        "老物件论坛 › 修复交流 › 帖子详情",
        "修好一台老缝纫机的经过",
        "楼主：修表匠老邝　　发表于 昨天 20:11　　查看 512　回复 9",
        "【1楼】",
        "上个月从旧货市场淘回一台缝纫机，机头锈得转不动，我用煤油泡了三天才拆开。",
        "换了皮带和梭芯以后，它又能嗒嗒地走线了。",
        "【2楼】 路过的阿朱：厉害，求教程",
    ]
    body = _body(lines, "修好一台老缝纫机的经过")
    assert body[0] == "上个月从旧货市场淘回一台缝纫机，机头锈得转不动，我用煤油泡了三天才拆开。"
    assert not any("楼主" in p for p in body)


def test_a_related_link_in_brackets_between_two_sentences_goes():
    line = "一些商家把机器压制的仿品标成手工编织。〔推荐阅读：怎样辨别手工竹篮〕为此，协会倡议如下："
    assert strip_glued_actions(line) == "一些商家把机器压制的仿品标成手工编织。为此，协会倡议如下："


def test_a_q_and_a_note_on_its_scope_as_the_last_sentence_goes():
    line = "如有其他问题，可以拨打县法律援助中心电话咨询。律师解答仅针对提问者所述情况，不作为办案依据。"
    assert strip_glued_actions(line) == "如有其他问题，可以拨打县法律援助中心电话咨询。"


def test_a_guests_numbered_answer_and_the_short_answer_above_it_go():
    lines = [
        "新买的竹席有股味道，怎么去掉？",
        "新竹席先用淡盐水擦一遍，再放在阴凉通风处晾两天，味道就散了。",
        "不要暴晒，竹篾晒久了会开裂。",
        "阿梅：用淘米水擦也行，试试看",
        "游客6120：买的时候挑没味道的",
    ]
    body = _body(lines, "新买的竹席有股味道，怎么去掉？")
    assert body[-1] == "不要暴晒，竹篾晒久了会开裂。"


def test_a_posters_name_over_a_relative_stamp_goes():
    lines = [
        "老街口那棵槐树被修剪得太狠了",
        "老街坊阿瓒",
        "3 小时前",
        "浏览 820　回复 12",
        "今天路过老街口，发现那棵老槐树被剪得只剩几根粗枝，看着心疼。",
        "希望园林部门以后修剪时留点枝叶。",
    ]
    body = _body(lines, "老街口那棵槐树被修剪得太狠了")
    assert body[0].startswith("今天路过老街口")


def test_a_posters_name_over_profile_rows_and_a_stamp_goes():
    lines = [
        "修复记：一台老式台秤",
        "秤砣老林",
        "帖子 351　精华 2　积分 2210",
        "勋章：修复达人",
        "发表于 5 天前 | 只看此人",
        "上周在废品站看到一台老台秤，秤盘锈穿了，秤杆倒还是直的。",
        "我把秤盘换成不锈钢的，重新校了准星，现在称菜一两不差。",
    ]
    body = _body(lines, "修复记：一台老式台秤")
    assert body[0].startswith("上周在废品站")


@pytest.mark.parametrize("postscript", ["写于癸卯年冬，某某", "记于丙午年正月"])
def test_a_postscript_dated_by_a_cyclical_year_is_the_texts_last_line(postscript):
    assert is_written_on(postscript)
    lines = [
        "外婆的竹篮",
        "外婆有一只竹篮，挂在灶屋的梁上，装过鸡蛋，也装过过年的糍粑。",
        "后来老屋拆了，竹篮不知去了哪里，可我总记得它的样子，记得梁下那股烟火味。",
        postscript,
        "标签：外婆　竹篮",
    ]
    assert _body(lines, "外婆的竹篮")[-1] == postscript


def test_a_slogan_above_the_navigation_is_no_title():
    text = "\n".join(
        [
            "某某小记",
            "过日子的一点心得",
            "首页 ｜ 厨房 ｜ 收纳 ｜ 留言板",
            "砧板为什么总开裂",
            "发表于 2 周前　·　分类：厨房",
            "家里的木砧板用了不到一年，边上就裂了一道缝。我请教了做木工的朋友，总结出三个原因。",
        ]
    )
    assert page_title(text) == "砧板为什么总开裂"


def test_a_sites_name_and_slogan_apart_by_a_space_give_way_to_the_h1():
    page = """<html><head><meta charset="utf-8"><title>某某木作坊 - 手上有活心里不慌</title></head><body>
<header>某某木作坊 手上有活心里不慌</header>
<nav>首页　课程　师资　作品　报名</nav>
<main><h1>零基础木工周末班招生简章</h1>
<p>想亲手做一只小板凳吗？某某木作坊零基础木工周末班开始招生了。</p>
<p>课程从认识木料学起，逐步掌握锯、刨、凿和榫卯拼接，结业时每位学员带走一件作品。</p>
<p>学费每人二千八百元，含材料费和工具一套。</p></main>
<footer>某某木作坊 版权所有</footer></body></html>"""
    doc = parse_html(page.encode("utf-8"), title="某某木作坊 手上有活心里不慌")
    draft = analyse_draft(doc)
    assert draft.title == "零基础木工周末班招生简章"
    assert draft.body.startswith("想亲手做一只小板凳吗？")


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("外公的刨子（旧作重录）—— 某某木屑集", "外公的刨子"),
        ("母亲的顶针（某某文存·乡居卷）", "母亲的顶针"),
        ("请示（范本）", "请示"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title
