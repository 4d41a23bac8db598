"""Import, hundred-and-twenty-third round (issue 13, on holdout376-378's failures, read after their blind
score): chrome by class: a bracketed button to save the page, an edit box for a section (这一节), a tap
prompt (轻触), a plea to the page's button led in by a question about liking it, a comment box's header
with its count, the host's note that the views are the writer's, a bracketed photo caption and a product
photo's label, a note that whoever uses a model bears the risk, a reply addressed to a user by @; a
caption under its label stays whole (no button cut off it); an edit stamp (最近编辑) is no date; titles:
a page's label in single angle marks, a column in white lenticular brackets with its organisation, a Q&A
site's handle after a question, a column before an unspaced middle dot, the hyphenation point as a
separator, the shop's words after a double dash, a free-download tail after a tortoise-shell bracket, a
site's compiled edition in brackets, where in the thread more is, the poster's years behind the post.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome, glued
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "【加入我的收藏夹】",
        "〔编辑这一节〕",
        "轻触上方“某某水务”关注我们",
        "觉得有用？送作者一杯茶 ☕",
        "网友评论（27）　登录后发表评论",
        "本站仅提供存储空间，观点仅代表作者本人。",
        "［合影：春季培训班全体学员］",
        "（效果图）三层折叠置物架展开后的样子",
        "模板内容仅供参考，套用后果由使用者自行承担",
        "2楼 @江边小鱼：这个思路我也用过，确实好用",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "大家喜欢这次活动吗？给我们提提意见吧。",
        "评论员文章指出，要把群众的事放在心上。",
        "作者的观点是，基层治理要靠群众。",
        "合影留念后，活动圆满结束。",
        "事故责任由肇事方承担。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_caption_under_its_label_stays_whole() -> None:
    line = "[照片] 社区活动室的两张乒乓球台"
    assert glued.strip_glued_actions(line) == line
    text = (
        "社区乒乓球台坏了好久了\n"
        "[照片] 社区活动室的两张乒乓球台\n"
        "社区活动室有两张乒乓球台，以前晚上很热闹，退休的老人常来打球。\n"
        "可从今年夏天起，一张球台的网架断了，另一张台面开裂，一直没人修。\n"
    )
    paragraphs = clean_document(text).paragraphs
    assert not any("两张乒乓球台" in p and len(p) < 20 for p in paragraphs), paragraphs
    assert paragraphs[0].startswith("社区活动室有两张乒乓球台"), paragraphs


def test_an_edit_stamp_is_no_date() -> None:
    text = (
        "养的猫抓伤了邻居家孩子，要赔多少？\n"
        "解答律师：某某\u3000最近编辑：2025-08-12\u3000阅读 902\n"
        "问：我家的猫抓伤了邻居家的孩子，邻居要求赔偿医药费和误工费，我该怎么办？\n"
        "答：饲养的动物造成他人损害的，饲养人应当承担侵权责任，但能够证明损害是因被侵权人故意造成的，可以不承担或者减轻责任。\n"
    )
    assert clean_document(text).published_on is None
    # (A byline's publish word still dates the page.)
    dated = text.replace("最近编辑", "发布时间")
    assert clean_document(dated).published_on == dt.date(2025, 8, 12)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("关于借用会议室的函 ‹某某网页快照›", "关于借用会议室的函"),
        ("孩子误吞纽扣电池怎么办？儿科医生教你处理 〖儿科小课堂〗某某县妇幼保健院", "孩子误吞纽扣电池怎么办？儿科医生教你处理"),
        ("球出界后能不能补发？会不会被判失误？@某某问答", "球出界后能不能补发？会不会被判失误？"),
        ("某某说法·网购衣服穿了一次能退吗，商家不同意怎么办？", "网购衣服穿了一次能退吗，商家不同意怎么办？"),
        ("入冬前这份取暖指南请收好 ‧ 某某应急（转存页）", "入冬前这份取暖指南请收好"),
        ("场地租赁合同（范本）——双方签字版·直接打印", "场地租赁合同（范本）"),
        ("2024年度办公室主任述职报告〔述职类·Word可编辑〕免积分下载", "2024年度办公室主任述职报告"),
        ("在全县秋冬季防火工作会议上的讲话（讲话稿精编）", "在全县秋冬季防火工作会议上的讲话"),
        ("自己动手给阳台装了晾衣杆，花了不到50块（步骤图在二楼也有）", "自己动手给阳台装了晾衣杆，花了不到50块"),
        ("羽毛球拍线该多少磅（打了八年球的经验）", "羽毛球拍线该多少磅"),
        # What stays: the text's own stage, a question without a handle.
        ("某某办法（征求意见稿）", "某某办法（征求意见稿）"),
        ("网购衣服穿了一次能退吗？", "网购衣服穿了一次能退吗？"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
