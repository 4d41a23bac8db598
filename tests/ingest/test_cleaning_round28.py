"""Import, twenty-eighth round (issue 13, on holdout91-93's failures): a fraction naming a table's
item, a page marker with a full-width slash, a procurement notice's buyer, the signers of a
pledge, a board's name after a doubled dash, a paragraph's button, view counters, a forum
signature, a lawyer's card, a subscribe prompt, a hurry prompt, and a news headline glued to its
lead.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import ParsedDoc, _finish, clean_title


def test_a_fraction_that_names_a_tables_item_is_no_page_marker():
    text = "\n".join([
        "一、采购内容",
        "品名　数量　预算单价",
        "1/2小提琴　8把　3600元",
        "3/4小提琴　5把　4200元",
        "二、供应商须于9月20日前递交报价。",
    ])
    paragraphs = clean_document(text).paragraphs
    assert "1/2小提琴　8把　3600元" in paragraphs and "3/4小提琴　5把　4200元" in paragraphs


def test_a_page_marker_with_a_full_width_slash_is_cut_and_the_sentence_joined():
    text = "\n".join(["五、组织保障：办公室负责统筹安排，各科室负", "第2页／共3页", "责人具体落实，财务科做好经费保障。"])
    assert clean_document(text).paragraphs[0] == "五、组织保障：办公室负责统筹安排，各科室负责人具体落实，财务科做好经费保障。"


def test_a_procurement_notices_buyer_is_its_field():
    assert chrome.edge_reason("采购人：柏溪县教育局") is None


def test_the_signers_of_a_pledge_stay_under_its_last_sentence():
    text = "\n".join([
        "柏溪湿地观鸟文明公约",
        "【楼主】观鸟人　　发表时间：2025-03-02 09:12",
        "柏溪湿地是候鸟越冬的家园。为保护鸟类，我们倡议来观鸟的朋友遵守以下公约：",
        "一、不投喂、不驱赶、不追拍鸟类。",
        "二、垃圾随身带走，不在湿地内使用无人机。",
        "柏溪论坛观鸟版全体版主",
        "【回复】　【引用】　【举报】",
        "2# 湖边人：支持！",
    ])
    assert clean_document(text, title="柏溪湿地观鸟文明公约").paragraphs[-1] == "柏溪论坛观鸟版全体版主"


def test_a_boards_name_after_a_doubled_dash_leaves_the_title():
    assert clean_title("柏溪湿地观鸟文明公约 —— 观鸟版") == "柏溪湿地观鸟文明公约"


@pytest.mark.parametrize(
    "line",
    [
        "【本段支持一键复制】",
        "本帖已被浏览3021次",
        "阅读量：566",
        "签名：一蓑烟雨任平生",
        "周敏　执业律师　擅长：婚姻家事、劳动争议",
        "觉得有用？欢迎订阅本博客RSS",
        "名额有限，赶快报名！",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["家长签名：＿＿＿＿", "签名：", "名额有限，先到先得。", "全县共有执业律师120名", "阅读量：稳步提升"],
)
def test_lines_of_a_document_like_them_stay(line):
    assert chrome.strong_reason(line) is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("下游河湾鱼情也不错。签名：一蓑烟雨任平生", "下游河湾鱼情也不错。"),
        ("签订合同时应写明违约责任，并保留好交货凭证。周敏　执业律师　擅长：婚姻家事、劳动争议", "签订合同时应写明违约责任，并保留好交货凭证。"),
    ],
)
def test_a_signature_or_a_card_glued_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


def test_a_news_headline_glued_to_its_lead_is_the_title():
    doc = ParsedDoc(title="", paragraphs=["柏溪老渡口停航 跨河大桥今日通车今天上午十时，柏溪跨河大桥正式通车，老渡口同时停航。", "市民纷纷前来参观。"])
    doc = _finish(doc)
    assert doc.title == "柏溪老渡口停航 跨河大桥今日通车"
    assert doc.paragraphs[0] == "今天上午十时，柏溪跨河大桥正式通车，老渡口同时停航。"


def test_a_first_sentence_without_a_glued_headline_keeps_the_derived_title():
    doc = _finish(ParsedDoc(title="", paragraphs=["今天上午十时，柏溪跨河大桥正式通车。", "市民纷纷前来参观。"]))
    assert doc.paragraphs[0] == "今天上午十时，柏溪跨河大桥正式通车。"


def test_a_portals_alert_subscription_is_chrome():
    assert chrome.strong_reason("订阅采购公告，每天推送到您的邮箱") is not None


def test_an_e_bidding_helpdesk_with_a_400_line_in_any_grouping_is_chrome_at_the_edge():
    assert (chrome.edge_reason("电子投标技术咨询：400-0731-266") or "").startswith("contact:")
