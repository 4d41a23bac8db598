"""Import, hundred-and-eighth round (issue 13, on holdout331-333's failures, read after their blind
score): chrome by class: a row of square-bracketed boxes, a bracketed credit of who compiled the
piece (glued after the last sentence too), a mail client's separator framed by dashes, a tap on the
account's blue name in quotes, a prompt to put the piece in one's folder, a forwarder's note to
whom the mail goes; page frames of symbols no list uses (⋒3⋓, ⚛ 4 ⚛), glued to the line they cut
too; headlines under a related list's heading the extractor left out, a colon in them allowed;
titles: a collection's piece after 其 and a spaced dot.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import drop_tail_box


@pytest.mark.parametrize(
    "line",
    [
        "［成绩查询入口］　［考场分布图］",
        "[繁體中文] [简体中文]",
        "（整理：某某律师）",
        "-------- 以下为附件正文 --------",
        "戳一下上面蓝色的“某某消费维权”，关注后消费提示第一时间送达",
        "〔收进我的文件夹〕",
        "王总，这是某某公司发来的合同范本，请您过目。",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "[1] [2]",
        "（来源：某某县统计局2025年统计年鉴）",
        "戳上方蓝色字“某某博物馆”一键关注2019年春天，一户村民在翻修老屋时掏出一对铜烛台。",
        "——————回执——————",
        "（整理：见附件1）各单位要按时报送材料，并做好归档。",
        "某某局：这是我县今年第三次开展此项工作，请贵局给予支持。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_compilers_credit_after_the_last_sentence_goes() -> None:
    line = "遇到夸大宣传，可以先向平台投诉，协商不成再诉诸法律。（整理：某某律师）"
    assert strip_glued_actions(line) == "遇到夸大宣传，可以先向平台投诉，协商不成再诉诸法律。"


@pytest.mark.parametrize(("line", "rest"), [("⋒3⋓龄；二是低价产品多为网店销售", "龄；二是低价产品多为网店销售"), ("⚛ 4 ⚛", ""), ("┆2┆开地点为", "开地点为")])
def test_symbol_frames_of_a_page_number(line: str, rest: str) -> None:
    m = PAGE_MARKER.match(line)
    assert m is not None and m.group("rest").strip() == rest


def test_a_symbol_framed_marker_inside_a_sentence_is_joined() -> None:
    text = "关于儿童驱蚊用品的调研报告\n一是部分产品未标明有效成分和使用年\n⋒3⋓龄；二是低价产品多为网店销售，生产企业信息不全。\n二、建议\n各部门要加强抽检。"
    paragraphs = clean_document(text).paragraphs
    assert "一是部分产品未标明有效成分和使用年龄；二是低价产品多为网店销售，生产企业信息不全。" in paragraphs


def test_headlines_under_a_related_list_heading_the_extractor_left_out_go() -> None:
    text = "亲爱的消费者朋友们：\n近来，不少消费者向我们咨询洗衣球能否代替洗衣液。\n发现虚假宣传，可拨打12315投诉。\n某某县消费者协会\n3·15特别策划｜这些预付卡陷阱要当心\n消费提示：春季购买电动自行车注意事项"
    plain = text.replace("某某县消费者协会\n", "某某县消费者协会\n阅读原文 阅读 2307\n该公众号的其他存档\n")
    assert drop_tail_box(text, plain) == "\n".join(text.splitlines()[:4])


def test_a_contact_field_under_a_bare_heading_stays() -> None:
    text = "各村委会：\n请于本月底前报送名单。\n联系人：某某\n电话：0736-5550101"
    plain = "通知\n各村委会：\n请于本月底前报送名单。\n联系方式\n联系人：某某\n电话：0736-5550101"
    assert drop_tail_box(text, plain) == text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("《某某岭旧事》其十四 · 母亲的针线笸箩", "母亲的针线笸箩"),
        ("《某某杂记》之十四：父亲的雨披", "父亲的雨披"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
