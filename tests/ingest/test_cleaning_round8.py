"""Chrome by its class, eighth round (issue 13): the page's own buttons marked by an icon,
points or a paywall's word; tip prompts; a page's state or toolbar glued before or after a
line; rating widgets, rows of download links, a reader's progress, a blog's English byline
and a mail client's dated stamp.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alike lines that must
stay: headings made of the same words (关注民生, 分享经验), a ballot's options, a document's
own 日期 field, a sentence that quotes a percentage.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome

BODY_A = "今年以来，全镇认真落实河长制各项任务，巡河次数同比增长三成，水质达标率稳步提升。"
BODY_B = "下一步，我们将继续加大整治力度，确保河道长治久清，让群众看得见变化、享受到成果。"


@pytest.mark.parametrize(
    "line",
    [
        "👏 点赞 17",  # an icon and an action word
        "🔖 收藏本页",
        "每日签到 +2 积分",  # points for an action
        "转发本文积分+5",
        "升级VIP查看本段批注",  # a word only a paywall says
        "☕ 打赏",
        "觉得有帮助就请作者喝杯咖啡",  # a tip prompt
        "写得不错？打赏支持",
    ],
)
def test_the_pages_own_buttons_go_between_paragraphs(line):
    out = clean_text("\n".join([BODY_A, line, BODY_B]), title="河长制工作情况汇报")
    assert out == [BODY_A, BODY_B]


@pytest.mark.parametrize(
    "line",
    [
        "关注民生",  # a heading of the same words, with no mark of the page's
        "分享经验",
        "推广典型做法",
        "同意 不同意 弃权",  # a ballot's options
        "群众满意度达到96%",
    ],
)
def test_headings_and_lines_of_the_same_words_stay(line):
    out = clean_text("\n".join([BODY_A, line, BODY_B]), title="河长制工作情况汇报")
    assert line in out


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (BODY_A + "下载客户端阅读全部章节", BODY_A),  # an app prompt glued after the last sentence
        (BODY_A + "点此查看现场组图", BODY_A),  # a link's prompt
        (BODY_A + "🎁 领红包 +3 积分", BODY_A),  # buttons marked as the page's
        (BODY_A + "文章不错，赏作者一杯奶茶吧 🍵 打赏鼓励", BODY_A),  # a tip prompt
    ],
)
def test_a_prompt_glued_after_the_last_sentence_goes_and_the_sentence_stays(line, kept):
    assert chrome.strip_glued_actions(line) == kept


def test_the_start_of_a_sentence_after_the_last_one_stays():
    # A hard-wrapped line ends with the start of the next sentence: no class of prompt.
    line = BODY_A + "下载中心将于下月开通会员"
    assert chrome.strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("（仅可预览前2页）各村民委员会，镇直各单位：", "各村民委员会，镇直各单位："),
        ("【特大 大 默认 小】全体党员同志：现将有关事项通知如下。", "全体党员同志：现将有关事项通知如下。"),
        ("（图为巡河现场）会议要求，各河长要履职尽责。", "会议要求，各河长要履职尽责。"),
    ],
)
def test_a_pages_state_or_toolbar_glued_before_the_text_goes(line, kept):
    assert chrome.strip_glued_actions(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "（一）压实河长责任，做到守河有责、守河担责。",
        "【案例】某镇通过“河长+警长”模式破解治水难题。",
        "（2025年修订）本办法自发布之日起施行。",
    ],
)
def test_a_documents_own_bracket_at_the_head_stays(line):
    assert chrome.strip_glued_actions(line) == line


@pytest.mark.parametrize(
    ("line", "cls"),
    [
        ("您对这条回复：非常满意　满意　不满意", "action"),  # a rating widget
        ("这个回答：有用 没用 一般", "action"),
        ("数据下载：XLS下载 | PDF下载", "action"),  # a row of download links
        ("原始数据：CSV格式下载　JSON格式下载", "action"),
        ("卷三 / 共八卷　阅读进度 41%", "meta"),  # a reader's progress
        ("已读 72%", "meta"),
        ("Posted by 清溪 on 2026-03-02 | 标签：乡村振兴", "meta"),  # a blog's English byline
        ("Last updated on 2026-01-15 by 编辑部", "meta"),
        ("日期：2026年3月9日 星期一 08:47", "meta"),  # a mail client's stamp
        ("（图为河长巡河现场）", "meta"),  # a caption in brackets
    ],
)
def test_widgets_rows_and_stamps_are_chrome_wherever_they_stand(line, cls):
    reason = chrome.strong_reason(line)
    assert reason is not None and reason.startswith(cls + ":"), reason


@pytest.mark.parametrize(
    "line",
    [
        "日期：2026年3月9日",  # a document's own date field
        "同意 不同意 弃权",
        "满意 不满意",  # two options of a survey printed in a document
        "附件下载说明",
        "全年完成进度的72%，超出预期。",
        "Posted 与 published 的区别",
    ],
)
def test_look_alikes_are_no_strong_chrome(line):
    assert chrome.strong_reason(line) is None
