"""Import, twenty-third round (issue 13, on holdout79-81's failures): counters, an arrow prompt
and a bracketed promotion glued before the text, a blog's reprint terms after its last sentence,
a study site's boxes, a picture label's caption, a Q&A answer's header, a grader's comment, a
course ad, a click-to-taste prompt, title decoration (an attachment with a year, a case column,
a company's name after a dash, a request mark after 范文), a snapshot's page word, and a
report's 述职人 over its date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_site_name
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

BODY = [
    "为做好今年夏季防汛工作，切实保障群众生命财产安全，现将有关事项通知如下。",
    "一、压实防汛责任。各村要落实巡堤查险责任人，明确每段堤防的包保干部。",
    "二、加强隐患排查。各单位要对辖区内山塘、河道开展拉网式排查，建立整改台账。",
    "三、做好应急准备。各乡镇要配齐抢险物资，组建应急抢险队伍。",
]


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("点赞 21　收藏 7各村党员群众：", "各村党员群众："),
        ("已有 1.6 万人使用此模板各位社员代表：", "各位社员代表："),
        ("4.8分2031人已读为做好防汛工作，镇党委组织开展专项检查。", "为做好防汛工作，镇党委组织开展专项检查。"),
        ("关注博主不迷路→从入行算起，我做防汛抢险已经十五年了。", "从入行算起，我做防汛抢险已经十五年了。"),
        ("【申论精品课限时1元】防汛是一场与时间赛跑的战斗。", "防汛是一场与时间赛跑的战斗。"),
        ("以后我想把这些经验整理成册，分享给同行们。本博客文字均为原创，转载请留言", "以后我想把这些经验整理成册，分享给同行们。"),
    ],
)
def test_chrome_glued_before_or_after_the_text_goes(glued, kept):
    assert strip_glued_actions(glued) == kept


def test_a_documents_own_arrow_stays():
    line = "防汛物资→仓库→各村，逐级调拨到位。"
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "学习要点：把支部建在防汛一线",
        "【学习提示】本节内容对应学习园地第九期专题",
        "学习分享→转发到朋友圈",
        "【图】党员突击队在堤坝上转运沙袋",
        "律师回复　林某律师　　昨天 21:13",
        "批改意见：立意准确，层次清楚，可增加具体案例。得分：33/40",
        "面试一对一精讲班，今晚8点开课",
        "新品上市｜防汛应急包，点击抢先尝鲜",
    ],
)
def test_chrome_of_these_classes_is_recognised(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["学习要点如下：", "律师回复称，双方已达成和解。", "【图表】2024年以来全县降雨量变化情况如下："])
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("镇防汛抢险队2024年度工作总结（附2025训练表）", "镇防汛抢险队2024年度工作总结"),
        ("律师说案丨河道采砂合同到期后，砂石归谁？", "河道采砂合同到期后，砂石归谁？"),
        ("安澜应急救援装备通过国家防汛器材认证-安澜应急装备", "安澜应急救援装备通过国家防汛器材认证"),
        ("汛期安全自查报告范文？", "汛期安全自查报告范文"),
    ],
)
def test_more_title_decoration_goes(given, title):
    assert clean_title(given) == title


def test_a_dash_between_two_names_of_the_title_stays():
    assert clean_title("中国-东盟防灾减灾合作论坛方案") == "中国-东盟防灾减灾合作论坛方案"


def test_a_snapshots_page_word_is_no_title():
    assert is_site_name("快照搜索")


def test_a_reports_signature_over_its_date_closes_it():
    text = "\n".join([*BODY[1:], "述职报告不会写？专业老师帮您改，QQ 30882***16", "述职人：林某", "2025年1月12日", "下载此文档　|　加入收藏　|　举报"])
    assert clean_document(text).paragraphs[-2:] == ["述职人：林某", "2025年1月12日"]


@pytest.mark.parametrize(
    "line",
    [
        "1分钟，果农只需拿起手机轻点几下，就能给自家果园完成滴灌。",  # (a minute, not a score)
        "2.3分组练习：两人一组，每组练习五分钟后交换。",  # (an item number before 分组)
        "阅读 1024　点赞 36　转发 8",  # (a row of counters alone stays one line for the row rules)
    ],
)
def test_numbers_at_a_line_start_that_are_no_glued_counters_stay(line):
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize(
    "title", ["某县防汛抗旱三年行动方案（2025—2027年）", "汛期工作简报怎么写？有没有范文？"]
)
def test_a_dated_range_and_a_real_question_stay_in_the_title(title):
    assert clean_title(title) == title


def test_a_newsletters_own_key_points_heading_stays():
    assert chrome.strong_reason("本期要点：") is None
