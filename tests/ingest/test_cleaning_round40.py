"""Import, fortieth round (issue 13, on holdout130-132's failures, read after their blind
score): an AI rewrite button, a law firm's call to book its lawyers, lawyers' and answerers'
disclaimers, a confidentiality stamp, credits with a photographer, a row of bracketed buttons,
the page's note on itself in brackets, a forum bump, a Q&A question's state, a contents button
after a volume's name, a column for a title, a headline row of the column and a time, a
question whose asker wants a sample, an asker's plea before the site's name, a cohort year and
the title again with the page's decoration on the first line.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.titles import names_crumb_column, page_headline, strip_decoration
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "✨ AI帮你改写这段，一键生成不重复版本",
        "如需办理商标注册，欢迎拨打青萝律所咨询热线0931-5512770",
        "如需法律咨询，请致电本所：0931-5589900，或在线留言预约律师。",
        "如遇类似纠纷，可致电本所预约律师面谈。",
        "内部文件　注意保密　严禁外传",
        "内部资料，未经许可不得外传。",
        "（体育学院供稿　王可摄）",
        "【在线阅读】【收藏】【转存到我的空间】",
        "【课程表可在本页底部下载】",
        "顶一下，让更多乡亲看到",
        "已解决",
        "悬赏 20 分",
        "本篇字数：812　返回卷二目录",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["以上案例已作匿名化处理，仅供参考。", "答案仅代表回答者观点，请谨慎参考。", "温馨提示：以上内容为律师个人观点，具体问题请咨询执业律师。"],
)
def test_these_disclaimers_are_chrome_at_the_edges(line):
    assert chrome.edge_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "本所于2025年3月迁入新址，联系人：王律师，电话：0931-5512770。",  # a firm's own notice
        "会议决定，问题已解决。",
        "请各单位联系本所法律顾问处理合同审查。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or ""
    assert not reason.startswith(("contact: a law firm's call", "meta: a Q&A page's state", "notice: a confidentiality"))


def test_a_law_firms_article_loses_its_calls_and_disclaimers():
    text = "\n".join([
        "雪橇犬伤人，谁来担责？",
        "游客在雪橇犬体验项目中被犬咬伤，经营者作为动物饲养人应当承担侵权责任。",
        "游客自身有重大过失的，可以减轻经营者的责任。",
        "如遇类似纠纷，可致电本所预约律师面谈。",
        "以上案例已作匿名化处理，仅供参考。",
        "青萝律师事务所　版权所有",
    ])
    paragraphs = clean_document(text, title="雪橇犬伤人，谁来担责？").paragraphs
    assert paragraphs[-1] == "游客自身有重大过失的，可以减轻经营者的责任。"


def test_a_column_the_breadcrumb_ends_in_gives_way_to_the_headline_under_it():
    lead = ["当前位置：首页>>新闻中心>>领导讲话", "在青萝书画展开幕式上的致辞", "院长　王明", "（2025年10月18日）"]
    assert names_crumb_column("领导讲话", lead, lambda s: s)
    # (A crumb ending in the document's genre over a letter that prints no other title: its own.)
    letter = ["首页 > 文书范本 > 律师函", "致：青萝建材有限公司", "本所受委托，就贵司拖欠货款一事致函如下。"]
    assert not names_crumb_column("律师函", letter, lambda s: s)


def test_an_html_page_titled_by_its_column_takes_its_headline():
    page = (
        "<html><head><title>领导讲话-青萝学院</title></head><body>"
        "<div>青萝学院 信息门户 English</div><div>当前位置：首页>>新闻中心>>领导讲话</div>"
        "<h2>在青萝书画展开幕式上的致辞</h2><p>院长　王明</p><p>（2025年10月18日）</p>"
        "<p>各位来宾，老师们，同学们：</p><p>今天，青萝书画展在学院美术馆开幕。</p>"
        "<p>本次展览展出的八十幅作品，都是师生们下乡写生后创作的。</p></body></html>"
    ).encode()
    assert parse_html(page).title == "在青萝书画展开幕式上的致辞"


def test_a_row_of_the_column_and_a_time_over_the_salutation_is_no_headline():
    lines = ["青萝党员e家　|　党课讲稿", "守正创新 让老字号焕发新活力——在“七一”专题党课上的讲稿", "3天前　党课讲稿", "同志们："]
    assert page_headline("守正创新 让老字号焕发新活力——在“七一”专题党课上的讲稿", lines) == ""


def test_a_question_whose_asker_wants_a_sample_takes_the_answers_headline():
    lines = [
        "快问｜知识问答社区",
        "协会年度工作计划怎么写？",
        "我们是县里的书法协会，想写一份年度工作计划，有没有模板？",
        "协会秘书老王 · 回答于 2025-02-20",
        "青萝县书法协会2025年度工作计划",
        "一、指导思想",
    ]
    assert page_headline("协会年度工作计划怎么写？", lines) == "青萝县书法协会2025年度工作计划"


@pytest.mark.parametrize(
    "raw, title",
    [
        ("社区食堂怎么申请补贴？求详细点 - 青萝知道", "社区食堂怎么申请补贴？"),
        ("初三体育中考跳绳专项训练方案（2026届）", "初三体育中考跳绳专项训练方案"),
        ("关于表彰2025届优秀毕业生的决定", "关于表彰2025届优秀毕业生的决定"),
    ],
)
def test_titles(raw, title):
    assert strip_decoration(raw) == title


def test_the_title_with_the_pages_decoration_on_the_first_line_goes_whole():
    text = "\n".join([
        "社区食堂怎么申请补贴？求详细点 - 青萝知道",
        "简单说，社区食堂补贴要由街道统一申报。具体步骤如下：",
        "1. 准备食堂的营业执照和食品经营许可证。",
    ])
    paragraphs = clean_document(text, title="社区食堂怎么申请补贴？").paragraphs
    assert paragraphs[0].startswith("简单说")
