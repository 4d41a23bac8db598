"""Import, ninety-seventh round (issue 13, on holdout298-300's failures, read after their blind score):
chrome by class: a share button behind an arrow (glued too), an OA document's routing steps, a
countdown that says what remains, an offer to draft one for the reader, a sample disclaimed, a
related link under "往期回看", a thread handed on to an office, an app lock naming the app, a pointer
to the firm's marketplace shop; a notice's title glued to its first numbered item; a prompt run into
an addressee of a whole city; a listen prompt naming what more it plays; a notice's own labelled
date kept at its end; a last-edit stamp is no publish date; titles: a thread's labelled subject over
its counters and starter row, a question's plea, the question it recalls.

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
        "↗分享到朋友圈",
        "流转：办公室拟稿 → 某某审核 → 局长签发",
        "距报名截止还剩：3天5时",
        "没找到合适的？留下需求，律师为您定制协议",
        "文书示例仅供参考，人名均为化名。",
        "▶往期回看：秋冬季节怎样防煤气中毒",
        "转交县城管执法局",
        "余下内容请在某某App中继续阅读",
        "新品上架 ▸ 前往某某京东旗舰店选购",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "该合作社去年开了网店，销量翻了一番。",
        "一、由办公室起草，报局长审核后签发。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_share_button_behind_an_arrow_after_the_last_sentence_goes() -> None:
    assert strip_glued_actions("首批学员已能独立完成全部工序。↗分享到朋友圈") == "首批学员已能独立完成全部工序。"


def test_a_prompt_run_into_an_addressee_of_a_whole_city_goes() -> None:
    assert strip_glued_actions("点上方蓝字“某某商会”，和会员一起守好诚信关全市个体工商户：") == "全市个体工商户："


def test_a_notices_title_glued_to_its_first_numbered_item_goes() -> None:
    body = _body(
        [
            "某某中学课桌椅采购项目成交结果公告一、项目编号：ABC-2025-01",
            "二、项目名称：某某中学课桌椅采购项目",
            "三、成交金额：86000元。",
        ],
        "某某中学课桌椅采购项目成交结果公告",
    )
    assert body[0] == "一、项目编号：ABC-2025-01"


def test_a_listen_prompt_naming_what_it_plays_goes_before_a_news_lead() -> None:
    line = "打开某某新闻App，听更多乡村故事本报讯 某某镇的老油坊今年重新开榨。"
    assert strip_glued_actions(line) == "本报讯 某某镇的老油坊今年重新开榨。"


def test_a_notices_labelled_date_stays_at_its_end() -> None:
    body = _body(
        [
            "一、项目编号：ABC-2025-02",
            "二、成交供应商：某某家具有限公司，成交金额：52000元。",
            "三、联系方式：采购人某某中学，联系人：某某，电话：0000-1234567。",
            "公告日期：2025年6月10日",
            "CA证书办理咨询：400-000-0000",
            "电子交易系统服务热线：0000-7654321",
        ],
        "某某中学课桌采购项目成交结果公告",
    )
    assert body[-1] == "公告日期：2025年6月10日"


def test_a_last_edit_stamp_is_no_publish_date() -> None:
    doc = clean_document(
        "\n".join(
            [
                "某某随笔",
                "首页 / 旧物 / 正文",
                "奶奶的竹篮",
                "发布于 3 个月前 · 最后编辑于 2025-06-02 · 阅读 512",
                "奶奶的竹篮挂在灶屋的墙上，挂了三十年。",
                "每年端午，她都用它装粽子，分给左邻右舍。",
            ]
        ),
        "奶奶的竹篮",
    )
    assert doc.published_on is None


def test_a_threads_labelled_subject_over_its_counters_and_starter_row_is_the_title() -> None:
    doc = clean_document(
        "\n".join(
            [
                "某某手艺人论坛 — 做活的人都在这",
                "首页 › 机具区 › 碾米机专版",
                "[求助] 老式碾米机出米碎得厉害怎么办（已解决）",
                "查看 512 ｜ 回复 9",
                "米坊老李　发表于 前天 20:10　只看该作者",
                "我家那台碾米机用了十来年，最近出米碎得厉害，顾客都说口感不好。",
                "后来把砂辊换了一副，出米就正常了。",
            ]
        )
    )
    assert doc.title == "老式碾米机出米碎得厉害怎么办"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("老式碾米机出米碎，换砂辊还是换筛片？有懂的吗", "老式碾米机出米碎，换砂辊还是换筛片？"),
        ("2025年网格员面试回忆（垃圾分类那道题）", "2025年网格员面试回忆"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
