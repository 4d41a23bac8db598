"""Import, hundred-and-second round (issue 13, on holdout313-315's failures, read after their blind
score): a print footer's page count with a division slash; a collection's terms to copy out or
repost by letter; a photo's credit in words with the ban on reusing it; readers signed up or joined
in; a round-the-clock service line after its provider's name; an article's closing appeal to pass
it on kept as its own sentence; a news item's credits glued after a closing quotation; a jammer's
digits before 只有, which opens no measure; a kindergarten signing under its text; titles: a file
site's "take it" button, a document's numbered edition, an entry's gloss of a fitting, a print
label with a paper size.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _trail_reason, clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER, strip_inline_junk
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize("line", ["◈ 页 2 ∕ 3 ◈", "◈ 页 1 ⁄ 1 ◈"])
def test_a_page_count_with_another_slash_is_a_page_marker(line: str) -> None:
    assert PAGE_MARKER.match(line), line


@pytest.mark.parametrize(
    "line",
    [
        "梅庐小集文字为作者所有，转录请先来信",
        "文中配图来自县医院宣传科，请勿擅自转用",
        "2025-06-02　社区文明实践站　已有 41 人报名",
        "东湖苑物业服务中心　24小时服务电话：0571-7263318",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


def test_a_closing_appeal_to_pass_the_article_on_is_the_texts() -> None:
    assert _trail_reason("转发提醒身边人，让更多人平安过冬。")[0] is None


def test_credits_glued_after_a_closing_quotation_go() -> None:
    line = "72岁的王奶奶说：“有了扶手，上楼不用再等人扶了。”（图文：东湖社区　审核：李冬）"
    assert strip_glued_actions(line) == "72岁的王奶奶说：“有了扶手，上楼不用再等人扶了。”"


def test_jammer_digits_before_a_word_opening_on_a_measure_stay_out() -> None:
    assert strip_inline_junk("民生无小事。C5% Pk R2~ j DN 92只有把小事办好，才能赢得信任。") == "民生无小事。只有把小事办好，才能赢得信任。"
    # (… while a month glued to the junk keeps its number.)
    assert strip_inline_junk("会议已经结束。M ~ 054月5日再议。") == "会议已经结束。4月5日再议。"


def test_a_kindergarten_signing_its_notice_stays_above_a_print_footer() -> None:
    text = "\n".join(
        [
            "打印于 2025/9/1 07:46　　东篱镇小橡树托育园",
            "小橡树托育园午睡室使用须知",
            "一、午睡室每天中午12点开放，请家长不要在此时段进入。",
            "二、请勿让幼儿携带小玩具进入午睡室。",
            "东篱镇小橡树托育园",
            "http://www.example-tuoyu.cn/anquan/05.html（共 1 页）",
        ]
    )
    assert clean_document(text, "小橡树托育园午睡室使用须知").paragraphs[-1] == "东篱镇小橡树托育园"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("保洁员消毒液分装使用规程 DOC版免费取用 - 某某资料站", "保洁员消毒液分装使用规程"),
        ("内部制度｜包装车间热封工位安全操作规程（2025年第2版）", "包装车间热封工位安全操作规程"),
        ("毛巾架（卫浴五金挂件）_某某百科", "毛巾架"),
        ("〔A4张贴版〕某某幼儿园午睡室使用须知", "某某幼儿园午睡室使用须知"),
        # (A year in the tortoise-shell brackets stays: a document's number opens so.)
        ("〔2025〕某某文件", "〔2025〕某某文件"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
