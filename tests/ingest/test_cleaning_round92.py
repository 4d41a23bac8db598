"""Import, ninety-second round (issue 13, on holdout283-285's failures, read after their blind score):
chrome by class: bracketed notes on the page's copy (its photos, attachments, omissions, masking),
tip prompts for a cup, star prompts by the account's name, expand buttons, AI tools asked in the
reader's words, how many readers referred to or felt for a text, a past-items link after a left
arrow; glued: a copy note before an item, a follow prompt closing on "不走丢" or on when it
delivers; structure: a mail header's date alone among its headers; titles: long labels in white
lenticular brackets, an aside that the file can be edited, a kind of clothing as an entry's gloss,
a collection's name and the piece's number joined by a dot.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "（活动现场照片见文末相册）",
        "〔编者注：原文此处附名单，略〕",
        "（文中人名已做脱敏处理）",
        "〔附件请在电脑端下载查看〕",
        "觉得不错？给作者添一杯咖啡",
        "给“某某书院”标个星，每周二收到新文章",
        "▼ 展开全部内容",
        "✨ 让AI帮你改写这一段",
        "已有 2,318 人参考　·　收录于「通知」合集",
        "已有 36 位读者觉得很实用",
        "◀ 往期回顾：第三次理事会会议纪要",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "（一）建立健全照片档案管理制度；",
        "附件：2025年度检查名单",
        "学校开展了AI辅助教学的试点，效果良好。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〔编者注：原文此处附名单，略〕（二）各村按名单逐户核对，月底前上报。", "（二）各村按名单逐户核对，月底前上报。"),
        ("关注“某某应急”，出行安全不走丢入夏以来，山区景点游客明显增多。", "入夏以来，山区景点游客明显增多。"),
        ("关注“某某市场监管”，消费提示每周送达天气转凉，羽绒服成了热销品。", "天气转凉，羽绒服成了热销品。"),
    ],
)
def test_glued_notes_and_prompts_go(text: str, expected: str) -> None:
    assert strip_glued_actions(text) == expected


def test_a_mail_headers_date_alone_goes() -> None:
    body = _body(
        [
            "发件人：某某计量院 <a@example.cn>",
            "收件人：各有关单位",
            "日期：2025-03-02",
            "各有关单位：",
            "我院将于三月中旬集中开展测量器具校验，请按时送检。",
        ],
        "关于开展测量器具校验的通知",
    )
    assert body[0] == "各有关单位："


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("〖会员倡议·竹编专题〗关于竹编制品规范标注的倡议书", "关于竹编制品规范标注的倡议书"),
        ("某某区竹编产业提升行动方案（修订稿·可直接编辑）", "某某区竹编产业提升行动方案"),
        ("蓑衣（防雨服饰）", "蓑衣"),
        ("某某忆旧·九｜外婆的竹篮 —— 某某文存", "外婆的竹篮"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
