"""Import, forty-ninth round (issue 13, on holdout157-159's failures, read after their blind
score): a forum staff's note, a photo's source, a photo's caption under its bracketed label, a
row of buttons in the reader's voice, a pointer to the chat widget named in quotes, a share
prompt to the people who need it, a breadcrumb that is no letter's title over a salutation, a
collection's name and volume for a title over the piece's headline, and a download page's file
fields split over lines, with an update time under its key that is no date.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.dates import document_date
from haowen.ingest.cleaning.titles import page_headline
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "管理员提醒：本版禁止发布广告",
        "图片来源：栖梧县应急管理局",
        "【现场】志愿者在河堤上清理垃圾，不少市民加入其中。",
        "我要纠错　收藏　打印",
        "点击右下角“免费咨询”，专家一对一解答",
        "觉得不错，就转发给身边的朋友吧",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    ["版主负责本版日常管理。", "图片展示了会场全景。", "我要说两句心里话。", "点击量逐年上升。"],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None


def test_a_breadcrumb_over_a_salutation_is_no_letters_title():
    lines = ["您的位置：栖梧范文网 >> 讲话致辞 >> 安全生产讲话", "同志们："]
    assert page_headline("在全市电梯安全培训会上的讲话", lines) == ""


def test_a_collections_name_and_volume_give_way_to_the_pieces_headline():
    page = (
        "<html><head><meta charset='utf-8'><title>松风集 · 卷二</title></head><body>"
        "<div>松风集　写给孩子的话</div><div>卷一 少年　卷二 故乡　卷三 远方</div>"
        "<div class='art'><h3>祖父的竹躺椅</h3>"
        "<p>祖父的竹躺椅是他年轻时自己编的，用了四十多年。</p>"
        "<p>夏天的傍晚，他总躺在上面摇着蒲扇讲古。</p></div></body></html>"
    ).encode()
    doc = parse_html(page)
    assert doc.title == "祖父的竹躺椅"
    assert doc.paragraphs[0].startswith("祖父的竹躺椅是他年轻时")


def test_a_download_pages_file_fields_split_over_lines_go():
    text = "\n".join([
        "栖梧资料站 www.qiwuzl.example.com",
        "当前位置：首页 → 文档资料 → 工作方案",
        "资料名称：",
        "2025年栖梧镇龙舟赛安全保障方案",
        "资料大小：",
        "36 KB",
        "资料等级：",
        "★★★★☆",
        "为确保龙舟赛安全有序，制定本方案。",
        "一、加强水上巡逻。",
    ])
    body = clean_document(text, title="2025年栖梧镇龙舟赛安全保障方案").paragraphs
    assert body[0] == "为确保龙舟赛安全有序，制定本方案。"


def test_an_update_time_under_its_key_is_no_date_and_other_dates_stay():
    assert document_date(["文件大小：", "26 KB", "更新时间：", "2025-02-03 14:22:10"], []) is None
    assert str(document_date(["发布日期：", "2025-02-03 14:22:10"], [])) == "2025-02-03"
