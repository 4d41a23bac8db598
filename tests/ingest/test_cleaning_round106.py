"""Import, hundred-and-sixth round (issue 13, on holdout325-327's failures, read after their blind
score): chrome by class: a share row opening on 转到, a post's stamp of what was done how long
ago, a bare 补充： note of the asker's, the blue words alone before a follow verb, a collection's
name in book-title marks and the piece's ordinal, a reply by its floor and how long ago, a
reader's comment under 网友 and a spaced nickname, a text shown with its client's consent; a
follow prompt ending on how often it posts (每周更, 天天送); a button framed by two copies of one
symbol before a paragraph; a page's byline row with a 24-character date cell judged whole; a
Q&A question's detail over an asker's row the extractor left out, or over a 提问于 stamp; a
hotline over a keyed site footer is no 落款; titles: a download site's price label, the poster's
labour or the post's share of pictures, a file's listed parts, an aside and a site after a
question.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _split_on_separators, clean_document, is_asker_row
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import drop_question_detail


@pytest.mark.parametrize(
    "line",
    [
        "转到：朋友圈　｜　微博　｜　复制链接",
        "中级班第三期学员　某某　　分享于 3 周前",
        "补充：家里老人用，怕不安全",
        "蓝字关注 某某县文化馆",
        "《某某旧事》之十二",
        "沙发 某某　5 天前：这招太好用了",
        "某某网友 晚风：早该这样了。",
        "本函经委托人同意予以公示，不代表任何评价。",
        "置顶",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "补充：",
        "补充规定如下：",
        "网友“河边住户”：",
        "2楼的住户反映，夜里噪声很大。",
        "施工进度将在公众号上每日更新，请居民关注。",
        "主办单位：某某县人民政府",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_follow_prompt_ending_on_how_often_it_posts_goes_before_the_text() -> None:
    line = "点击上方蓝字关注我们，健康科普每周更天气一冷，很多人包里都会备一支护手霜。"
    assert strip_glued_actions(line) == "天气一冷，很多人包里都会备一支护手霜。"


def test_a_follow_prompt_ending_on_what_it_sends_every_day_goes_before_the_text() -> None:
    line = "↑轻点上方蓝色名字，护眼知识天天送很多人看书很认真，眼睛却越来越干。"
    assert strip_glued_actions(line) == "很多人看书很认真，眼睛却越来越干。"


def test_a_button_framed_by_one_symbol_goes_before_a_paragraph() -> None:
    line = "☆收藏这篇☆后来，学校给每间宿舍装了两个晾衣架，每人两个夹位。"
    assert strip_glued_actions(line) == "后来，学校给每间宿舍装了两个晾衣架，每人两个夹位。"


def test_a_framed_label_of_the_text_stays() -> None:
    line = "★特别提醒★各村要在月底前完成排查，不得漏报。"
    assert strip_glued_actions(line) == line


def test_a_byline_row_with_a_long_date_cell_is_one_row() -> None:
    row = "发布部门：质量管理部\u3000\u3000发布时间：2025-06-03 16:20\u3000\u3000密级：内部"
    assert _split_on_separators(row) == [row]


@pytest.mark.parametrize(("line", "asker"), [("匿名用户 · 提问于 5 天前 · 浏览 2043", True), ("提问者：某某　浏览 12 次", True), ("本题于2023年提问", False)])
def test_asker_rows(line: str, asker: bool) -> None:
    assert is_asker_row(line) is asker


def test_a_question_detail_over_a_stamp_of_when_it_was_asked_goes() -> None:
    text = "\n".join(
        [
            "手套戴久了手指发痒怎么办？",
            "在工厂做检测，每天戴八个小时手套，最近手指又痒又红。",
            "匿名用户 · 提问于 5 天前 · 浏览 2043",
            "从你描述的情况看，很可能是接触过敏，也可能是手指长时间闷着。",
            "可以先换成丁腈材质的试一周，同时每隔一两个小时摘下来透透气。",
        ]
    )
    paragraphs = clean_document(text).paragraphs
    assert paragraphs[0].startswith("从你描述的情况看")


def test_a_question_detail_over_an_asker_row_the_extractor_left_out_goes() -> None:
    text = "下周要坐八个小时大巴回老家，求推荐。\n两种我都用过，说说体会。\nU型的支撑好，充气的携带方便。\n建议每两小时下车活动一下。"
    plain = "颈枕选哪种好？\n下周要坐八个小时大巴回老家，求推荐。\n提问者：某某　被浏览 3,204 次\n✔ 提问者采纳\n两种我都用过，说说体会。\nU型的支撑好，充气的携带方便。\n建议每两小时下车活动一下。"
    assert drop_question_detail(text, plain) == "\n".join(text.splitlines()[1:])


def test_an_answer_with_no_asker_row_above_stays() -> None:
    text = "两种我都用过，说说体会。\nU型的支撑好，充气的携带方便。\n建议每两小时下车活动一下。"
    plain = "颈枕选哪种好？\n最佳回答\n" + text
    assert drop_question_detail(text, plain) == text


def test_a_keyed_site_footer_under_a_hotline_is_no_issuer() -> None:
    text = "\n".join(
        [
            "某某县政务服务中心办公用品采购项目中标结果公告",
            "一、项目编号：ABC-2025-0101",
            "二、中标供应商：某某商贸有限公司，中标金额：人民币贰万元整。",
            "三、联系方式：采购人某某县政务服务中心，联系人：某某，电话：0736-5550120。",
            "2025年4月25日",
            "上一篇：某某县第一中学课桌椅采购项目成交公告",
            "平台服务热线：0736-5550000",
            "主办：某某县公共资源交易中心",
        ]
    )
    paragraphs = clean_document(text, title="某某县政务服务中心办公用品采购项目中标结果公告").paragraphs
    assert paragraphs[-1] == "2025年4月25日"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("【规程】食堂餐盘清洗消毒操作规程 [DOC版][不扣积分] - 某某资料站", "食堂餐盘清洗消毒操作规程"),
        ("用了一个月电动牙刷，说说真实感受（码字不易）", "用了一个月电动牙刷，说说真实感受"),
        ("【避坑】用钢丝球刷不粘锅，说说我的教训（图少字多） - 居家 - 某某论坛", "用钢丝球刷不粘锅，说说我的教训"),
        ("端午包粽子比赛主持词（含开场、串场、结尾）- 某某APP", "端午包粽子比赛主持词"),
        ("回南天墙面发霉，除湿机到底有没有用？（附实测）-街坊闲话-某某论坛", "回南天墙面发霉，除湿机到底有没有用？"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
