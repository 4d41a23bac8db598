"""Import, fifty-seventh round (issue 13, on holdout181-183's failures, read after their blind
score): a portal's 文号 and 有效性 cells, a prompt to like and follow, a prompt to follow a named
account with its slogan, an office system's watermark and circulation stamp, a wiki's edit-history
button, a speech's day alone after a dash under its title, and a reply keyed by its floor.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from haowen.ingest.cleaning import chrome, dates
from haowen.ingest.cleaning.glued import strip_glued_actions


@pytest.mark.parametrize(
    "line",
    [
        "喜欢就关注我吧，每周更新",
        "关注“樟溪先锋”，学习不掉线",
        "水印：内部资料 柳青 0412",
        "已传阅：生产部、质检部、采购部",
        "编辑历史",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize("line", ["关注“樟溪发布”公众号，及时了解招生信息。", "喜欢读书的同学可以报名参加。"])
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


@pytest.mark.parametrize("line", ["文　　号：樟市监〔2025〕12号", "有 效 性：有效"])
def test_these_lines_go_at_the_edges(line):
    assert chrome.edge_reason(line) is not None, line


def test_a_reply_keyed_by_its_floor_is_a_threads_reply():
    assert (chrome.edge_reason("回复：3楼　老樟：我也遇到过") or "").startswith("list: a reply")


def test_a_wikis_edit_history_button_glued_after_the_last_sentence_goes():
    assert strip_glued_actions("刀片用过五至七次后应予更换。编辑历史") == "刀片用过五至七次后应予更换。"


def test_a_speechs_day_alone_after_a_dash_under_its_title_dates_it():
    lead = ["在全县竹编产业发展大会上的讲话", "——2025年4月18日"]
    assert dates.document_date(lead, ["同志们，今天我们召开大会。"]) == dt.date(2025, 4, 18)
