"""Import, hundredth round (issue 13, on holdout307-309's failures, read after their blind score):
chrome by class: a ban on reposting without leave, a teaser question with where to go for it, a
paywall's note naming the rest members' copy, a readers' counter of marks, a host disclaiming what
it carries, a share row naming the messengers, a link to a column's past items, a piece's place
among its parts, a line pointing to the host's app to book, a post's relative stamp, who maintains
an intranet; a poster's name over the medals row, an answerer's name with the profile in brackets
over the stamp, a site's note glued before a 公文's 现将 clause, a counter row cut whole or not at
all, a row of blank signing fields kept as one paragraph, a form's blank field kept, an answer's label kept, a font row never taken for a
headline, a follow prompt whose account's name the page prints again.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, split_lines
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome


def _doc(lines: list[str], title: str | None = None):
    return clean_document("\n".join(lines), title)


@pytest.mark.parametrize(
    "line",
    [
        "旧物小记所收文字，未经本人同意请勿转贴。",
        "想看去年的灯会照片？进“东篱邻里”群相册",
        "以下部分为某某文库会员内容，登录后接着读",
        "本文已有 31 名团员点亮“在学”",
        "范文只作写作参考，某某网不对使用结果负责。",
        "把这篇转给班组同事：微信　钉钉",
        "往期讲座：厨房用电那些事",
        "〔本篇共四节，此为第三节〕",
        "骨科门诊可在“某某县医”小程序提前挂号",
        "3 小时前回答",
        "内网维护：综合科 分机 3102",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        # A law's sentence on who is liable, a sentence on how to book, a field left blank, an answer's label.
        "因未及时挪车造成车辆损伤的，物业不承担责任。",
        "游客可通过“某某文旅”小程序预约，每日限量五千人。",
        "想学冰雕，需要准备哪些工具？",
        "目前已有300名居民报名参加。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize("line", ["合同编号：＿＿＿＿＿＿", "【参考作答】", "【答题思路】"])
def test_a_form_field_and_an_answer_label_are_no_chrome(line: str) -> None:
    assert chrome.edge_reason(line) is None, line


def test_a_poster_name_over_the_medals_row_goes() -> None:
    doc = _doc(
        [
            "山前人",
            "勋章：老街坊　热心网友",
            "端午回老家，在柜子底下翻出一只旧竹篮，编得很密。",
            "想请大家看看，这种编法以前常见吗？谢谢大家。",
        ]
    )
    assert doc.paragraphs[0].startswith("端午回老家")


def test_an_answerer_with_a_bracketed_profile_over_the_stamp_goes() -> None:
    doc = _doc(
        [
            "院子里的梯子借给邻居摔了人，该谁赔？",
            "回答　　关注问题　　邀请",
            "调解员老周（做社区调解十年）",
            "3 小时前回答",
            "这种情况要看梯子本身有没有问题。",
            "如果出借时明知横档松动却没有告知，出借人要承担相应责任。",
        ],
        "院子里的梯子借给邻居摔了人，该谁赔？",
    )
    assert doc.paragraphs[0] == "这种情况要看梯子本身有没有问题。"


def test_a_site_note_glued_before_a_clause_of_the_notice_goes() -> None:
    line = "考生须自带用具，考点不再统一提供。温馨提示：考前一天可在本网“考点导航”查看路线现将用具清单公告如下："
    assert strip_glued_actions(line) == "考生须自带用具，考点不再统一提供。现将用具清单公告如下："
    kept = "经研究，现将有关事项通知如下："
    assert strip_glued_actions(kept) == kept


def test_a_counter_row_is_not_cut_before_a_bar() -> None:
    line = "312人收藏　|　来自某某App用户“东篱小编”"
    assert strip_glued_actions(line) == line


def test_a_row_of_blank_signing_fields_is_one_paragraph() -> None:
    assert [ln.text for ln in split_lines("甲方（盖章）：\u3000\u3000\u3000\u3000乙方（签字）：")] == ["甲方（盖章）：\u3000\u3000\u3000\u3000乙方（签字）："]


def test_a_font_row_is_no_headline() -> None:
    doc = _doc(
        [
            "某某晚报 · 某某新闻网",
            "首页 > 本地 > 社会",
            "别把家里的乌龟放进东河",
            "发布时间：2025-05-02 08:10",
            "【字体：加大 默认 减小】　【转给朋友】",
            "近日，有市民在东河发现多只外来龟，也就是俗称的“巴西龟”。记者从市农业农村局了解到，随意放生会挤占本地龟类的生存空间。",
            "市农业农村局提醒，不再饲养的龟可联系花鸟市场统一收容，不得擅自放生。",
        ]
    )
    assert doc.title == "别把家里的乌龟放进东河"


def test_a_follow_prompt_ends_after_the_name_the_page_prints_again() -> None:
    text = "点击上方蓝字，关注东篱宠物不少狗主人发现，狗狗耳朵里有一层褐色分泌物。"
    rest, cut = strip_leading_chrome(text, frozenset(), "图片来源：东篱宠物医院")
    assert rest == "不少狗主人发现，狗狗耳朵里有一层褐色分泌物。"
    # (Without the name again on the page, only the prompt goes.)
    assert strip_leading_chrome(text)[0] == "东篱宠物不少狗主人发现，狗狗耳朵里有一层褐色分泌物。"
