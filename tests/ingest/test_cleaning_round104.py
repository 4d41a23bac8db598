"""Import, hundred-and-fourth round (issue 13, on holdout319-321's failures, read after their blind
score): chrome by class: a link under 另见, a distribution log's row, the topic the page files the
piece in (glued after the last sentence too), an entry's references under their key, a like prompt
with a login to download, a page open to the intranet only, a button to read in the app glued
before a news lead; a speech's lead-in kept after a service prompt that ran into it; a follow
prompt ending on what it asks the reader to do together; the whole place before 各 opening a
salutation after a prompt; titles: a practice round's label with Latin letters, a call for peer
review, a note that the poster fixed it, a download button after a star, a plea to go easy, a
collection's part as a segment.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import _salutation_after_prompt
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "另见：厨房实训室使用预约须知",
        "03-12 14:20　系统　分发至办公室、财务科",
        "本文已收录至专题「竹编旧事」",
        "参考资料：[1] 某某设计规范释义　[2] 《某某》杂志2020年第3期",
        "觉得有用就点个赞，下载全文须先登录某某账号。",
        "本页仅限公司内网访问，信息科：分机 6600",
        "〔APP内阅读〕",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


def test_the_older_read_more_label_keeps_its_own_class() -> None:
    assert (chrome.strong_reason("顺手看看：厨房里的老物件") or "").startswith("list: a link to more reading")


def test_the_topic_glued_after_the_last_sentence_goes() -> None:
    assert strip_glued_actions("筷筒底下留一圈小孔，第二天就干了。本文已收录至专题「竹编旧事」") == "筷筒底下留一圈小孔，第二天就干了。"


def test_a_read_in_app_button_before_a_news_lead_goes() -> None:
    rest, cut = strip_leading_chrome("〔APP内阅读〕本报讯　近日，某某县市场监管局在城区家居市场开展专项检查。")
    assert rest.startswith("本报讯") and cut == "〔APP内阅读〕"


def test_a_speech_lead_in_stays_after_a_service_prompt_goes() -> None:
    line = "这次行动由各村党员干部送到户、装到位。讲话稿写不顺？私信小某，48小时内出稿我讲三点要求："
    assert strip_glued_actions(line) == "这次行动由各村党员干部送到户、装到位。我讲三点要求："


def test_a_follow_prompt_ending_on_what_to_do_together_goes() -> None:
    line = "点击上方蓝字“某某疾控”，一起守护健康新学期开学，不少家长给孩子准备了饭盒。"
    assert strip_glued_actions(line) == "新学期开学，不少家长给孩子准备了饭盒。"


def test_the_whole_place_before_ge_opens_the_salutation() -> None:
    line = "↑轻点上方蓝字，关注某某茶协全市各茶企、茶馆和广大茶友："
    assert _salutation_after_prompt(line) == "全市各茶企、茶馆和广大茶友："


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("〔申论百日练·Day 12〕小茶杯里的大民生（欢迎互评）", "小茶杯里的大民生"),
        ("挂衣架装墙上还是放门后？房间太小了（已装好，附经验）", "挂衣架装墙上还是放门后？房间太小了"),
        ("热水器安装作业规程（可改好用）★免费下载", "热水器安装作业规程"),
        ("小小安全扣，系着大民生（轻点批）", "小小安全扣，系着大民生"),
        ("水瓢｜散文集《某某集》第三辑", "水瓢"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
