"""Import, eighteenth round (issue 13, on holdout50's and holdout51's failures): decoration
glued before a title the page prints without it, a question that is a thread's first line as
its derived title, a compiler's stamp between dashes, a seller's prompt to message them, a
trial-class offer, a pointer to the page's floating widget (on its own line or glued between two
sentences), a call to book the site's service after a question, the site's other offers after
their key, a mail's label over an attachment's preview above the document's title and
addressee, a poster hailing readers after a title, and a periodical's imprint line dating it
before a mail's send date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, titles
from haowen.ingest.parsers.base import derive_title

BODY = [
    "为做好今年汛期防汛抗旱工作，确保人民群众生命财产安全，现将有关事项通知如下。",
    "一、压实防汛责任。各乡镇要落实防汛行政首长负责制，明确每座水库、每段堤防的责任人。",
    "二、加强隐患排查。各单位要对辖区内山塘、河道和地质灾害点开展拉网式排查，建立整改台账。",
    "三、严格值班值守。汛期实行二十四小时值班和领导带班制度，遇有险情第一时间报告。",
]


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


# --- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize("decor", ["精编", "最新", "精品", "优选"])
def test_decoration_glued_before_a_title_the_page_prints_without_it_goes(decor):
    headline = "菱湖镇2025年防汛工作方案"
    page = ["菱湖生活网 » 社区 » 公告", headline, *BODY]
    assert titles.page_headline(f"{decor}{headline}（word版）", page) == headline
    out = clean_document("\n".join(page), title=f"{decor}{headline}（word版）")
    assert out.paragraphs == BODY  # the headline is the title's repeat, not the text


def test_an_issuer_glued_before_a_title_still_keeps_the_longer_title():
    # (An issuer's name glued to 关于… is a word of the title: the shorter line is no headline.)
    page = ["关于做好防汛工作的通知", *BODY]
    assert titles.page_headline("芦汀县水利局关于做好防汛工作的通知", page) != "关于做好防汛工作的通知"


def test_a_question_on_a_line_of_its_own_is_a_derived_title_with_its_mark():
    assert derive_title(["菜园的土要怎么改良才肥？", "先深翻一遍，再拌入腐熟的羊粪。"]) == "菜园的土要怎么改良才肥？"
    # (A question that opens a longer paragraph is cut at its mark as before.)
    assert derive_title(["为什么要改良土壤？因为板结的土留不住水肥。"]) == "为什么要改良土壤"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("关于芦汀大道夜间施工的通告，开夜车的看过来", "关于芦汀大道夜间施工的通告"),
        ("关于暂停供水的通知，住东区的看这里", "关于暂停供水的通知"),
    ],
)
def test_a_poster_hailing_readers_after_a_title_goes(raw, title):
    assert titles.strip_decoration(raw) == title


# --- chrome, by class -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("——蒲溪范文网编辑整理——", "meta:"),
        ("~ 本站原创首发 ~", "meta:"),
        ("*** 材料之家收集 ***", "meta:"),
        ("想要同款茶叶？私信我有批发价", "contact:"),
        ("厂家直供货源，加我拿货", "contact:"),
        ("孩子适不适合学？先预约一节免费试听课", "action:"),
        ("在线客服请点击右侧浮窗", "action:"),
        ("合同纠纷怎么办？拨打本所热线 0731-8826 4410 预约律师", "contact:"),
        ("其他课程：中式面点　家政服务　电工入门", "list:"),
    ],
)
def test_site_chrome_in_other_words_goes_wherever_it_stands(line, kind):
    assert (chrome.strong_reason(line) or "").startswith(kind), line
    assert _body("\n".join([BODY[0], BODY[1], line, BODY[2], BODY[3]])) == BODY
    assert _body("\n".join([*BODY, line])) == BODY


@pytest.mark.parametrize(
    "line",
    [
        "——摘自《芦汀县志》",  # an epigraph's source, no compiler's stamp
        "其他参会人员：王立新　陈秀英　赵国强",  # a minutes' attendees, no offers
        "如有疑问？请拨打 0731-8826 4410 咨询。",  # a notice's own answer line
        "报名成功后，请点击页面右上角的“我的报名”查看审核结果。",  # a user guide's step
        "首次课程为免费体验课，家长可陪同。",  # a course notice's own sentence
    ],
)
def test_a_documents_own_line_in_those_words_stays(line):
    assert not (chrome.strong_reason(line) or "").startswith(("meta:", "contact:", "action:", "list:")), line
    assert _body("\n".join([BODY[0], line, *BODY[1:]])) == [BODY[0], line, *BODY[1:]]


def test_a_widget_pointer_glued_between_two_sentences_goes_and_both_sentences_stay():
    glued = "法院判决被告承担全部责任。免费咨询请点右下角被告不服，提起上诉。"
    assert _body("\n".join([BODY[0], glued, *BODY[1:]])) == [BODY[0], "法院判决被告承担全部责任。被告不服，提起上诉。", *BODY[1:]]


def test_a_mails_label_over_an_attachments_preview_goes_with_the_title_repeated_under_it():
    title = "关于申请芦汀河堤加固资金的请示"
    text = "\n".join(
        [
            "发件人：刘明 <liuming@example.cn>",
            "时间：2025-06-02 09:15",
            "> 已阅，请财务股提出意见。——办公室 周",
            "以下为附件正文预览：",
            title,
            "县人民政府：",
            "芦汀河东岸堤防长约3.2公里，今年汛前检查发现多处渗漏，急需加固。",
            "妥否，请批示。",
            "芦汀县水利局",
            "2025年6月1日",
        ]
    )
    out = clean_document(text, title=title)
    assert out.paragraphs[0] == "县人民政府："
    assert "以下为附件正文预览：" not in out.paragraphs and title not in out.paragraphs
    assert out.published_on == dt.date(2025, 6, 1)


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("imprint", ["芦汀县农学会编印　2025年9月30日", "县文联秘书处　2025年9月30日编印"])
def test_a_periodicals_imprint_line_dates_it_before_a_mails_send_date(imprint):
    text = "\n".join(
        [
            "From: 芦汀县农学会 <news@example.org>",
            "Date: 2025-10-08 08:00",
            "农技简讯2025年第9期",
            imprint,
            "秋播工作全面展开。全县已完成冬小麦播种12万亩，占计划的六成。",
            "绿肥种植示范推进。各乡镇建立紫云英示范片15个，面积3000亩。",
        ]
    )
    assert clean_document(text, title="农技简讯2025年第9期").published_on == dt.date(2025, 9, 30)
