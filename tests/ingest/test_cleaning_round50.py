"""Import, fiftieth round (issue 13, on holdout160-162's failures, read after their blind score):
reprint terms asking to keep the author's name, an advertising slot for rent, a prompt to log in
to the members' area, a wiki entry's editors, a like button with its count, an expert's card under
its label, an application's cover fields that stay, a photo's caption in brackets glued after the
last sentence, and a collection piece's short headline over its byline.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "本版广告位火热招租，详情联系管理员",
        "会员企业享受检测八折，请登录会员服务中心",
        "本词条由“石头记”等 3 位用户编辑",
        "❤ 点赞（16）",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["会员大会审议通过了章程修订。", "广告费用由承办单位承担。"])
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None


def test_reprint_terms_asking_to_keep_the_authors_name_are_the_pages():
    assert chrome.edge_reason("本站文字皆为原创，转载请保留作者署名。") is not None


def test_an_experts_card_under_its_label():
    assert chrome.expert_byline("解答律师：栖梧律师事务所 执业律师 龚远")


def test_an_applications_cover_field_stays_and_a_bracketed_caption_goes():
    text = "\n".join([
        "文档分享网 > 申报材料",
        "栖梧竹编技艺非遗项目申报书",
        "申报单位：栖梧县文化馆",
        "一、项目简介",
        "栖梧竹编已有三百多年历史。",
    ])
    assert "申报单位：栖梧县文化馆" in clean_document(text, title="栖梧竹编技艺非遗项目申报书").paragraphs
    assert strip_glued_actions("当天收购籽棉三十吨。（图：棉农排队交售籽棉。某某 摄）") == "当天收购籽棉三十吨。"


def test_a_collection_pieces_short_headline_over_its_byline_is_the_title():
    page = (
        "<html><head><meta charset='utf-8'><title>竹窗集 · 卷一</title></head><body>"
        "<div>竹窗集　卷一　乡居杂记</div><div>目录 ｜ 上一篇：老井 ｜ 下一篇：晒谷场</div>"
        "<h2>铁皮青蛙</h2><div>更新于2023年　字数 580</div>"
        "<p>小时候最宝贝的玩具，是一只上了发条就会跳的铁皮青蛙。</p>"
        "<p>它是父亲从县城带回来的，花了他半天的工钱。</p></body></html>"
    ).encode()
    assert parse_html(page).title == "铁皮青蛙"
