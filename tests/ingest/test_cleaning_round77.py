"""Import, seventy-seventh round (issue 13, on holdout238-240's failures, read after their blind
score): titles lose a crumb behind a doubled chevron, a site and column set apart by a lone
full-width low line and a "copy as is" aside before the title; chrome by class: calls to a 400
line, a service's promise after a lead question, an asker's question stamped with a relative
time, pictures' placeholders, a mirror's source line, a collection's footer and reprint rule,
push notes, lawyers' cards, an empty download label, past items under 附, highlighted words,
a preview's layout note in other words, a phone-reading prompt in other words; what stays: a
salutation after a short button of action words.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位业主：", "本周六上午物业将对小区二次供水水箱进行清洗，届时将暂停供水四小时。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("行业资讯 ›› 某某纺织新一代防水面料正式投产", "某某纺织新一代防水面料正式投产"),
        ("老城区雨水管网改造完工＿本地新闻＿某某新闻网", "老城区雨水管网改造完工"),
        ("关于＿＿年度考核工作的通知", "关于＿＿年度考核工作的通知"),  # a template's blank stays
        ("（直接套用版）社区消夏晚会主持词", "社区消夏晚会主持词"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "类似问题可拨打400热线预约面谈",
        "水管漏水拿不准？在线问师傅，5分钟响应",
        "网友提问：楼上漏水把我家天花板泡坏了，物业说不归他们管。（3 天前）",
        "［图片1］［图片2］［图片3］",
        "以下文章来源于某某县文化馆",
        "本篇收入《南窗集》随笔卷第九篇",
        "本集累计访问 12830 人次",
        "转载本集文字，请先征得作者同意。",
        "〔本通知已同步推送至企业微信〕",
        "王某　执业证号1430120******　擅长：婚姻家事、劳动争议",
        "资源简介：",
        "附：往期业委会会议纪要（第一至第三次）",
        "以下词语已高亮：水箱 清洗",
        "（预览仅显示部分格式，下载后排版更完整）",
        "手机扫码，在手机上读这篇",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "如有疑问，请拨打物业服务中心电话0731-12345678咨询。",  # the text's own contact, a sentence
        "附：小区二次供水水箱清洗时间安排表",  # the text's own attachment
        "停水期间请提前储水，给您带来不便，敬请谅解。",
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_salutation_after_a_short_button_of_action_words_stays():
    assert strip_glued_actions("复制全文到剪贴板尊敬的各位领导、各位来宾：") == "尊敬的各位领导、各位来宾："
