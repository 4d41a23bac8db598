"""Import, forty-fifth round (issue 13, on holdout145-147's failures, read after their blind
score): an AI writing trial, a grading box, a blog's byline in bracketed cells, a prompt to join a
chat group, a booking button, a paid consultation, a vote with the count of other answers, page
numbers in corner brackets, a download button after a space, and an addressee of the groups
concerned.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.cleaning.titles import strip_decoration


@pytest.mark.parametrize(
    "line",
    [
        "一键生成同类总结，点击试用AI写作",
        "评分要点：立意准确（10分）、论证充分（15分）",
        "[ 2025年3月2日 星期日 ] [ 随笔 ] [ 阅读 872 ] [ 评论 12 ]",
        "加入青萝居民群，通知第一时间看",
        "点击预约产检号源",
        "付费咨询专家，1对1解答种植难题",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None


def test_a_vote_with_the_count_of_other_answers_is_chrome():
    assert chrome.edge_reason("有帮助(66)　｜　还有 4 个回答") is not None


@pytest.mark.parametrize("line", ["加入合作社的农户可享受技术指导。", "点击量逐年上升。", "各相关班级："])
def test_these_lines_are_no_such_chrome(line):
    reason = chrome.strong_reason(line) or chrome.edge_reason(line) or ""
    assert not reason.startswith(("action: a prompt to join", "action: a booking button", "list: a list header", "list: a related list"))


def test_a_page_number_in_corner_brackets_is_a_page_marker():
    assert PAGE_MARKER.match("⌜2/3⌟常检查排温。") is not None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("月季嫩枝扦插育苗技术 免费下载", "月季嫩枝扦插育苗技术"),
        ("新规来了", "新规来了"),
    ],
)
def test_titles(raw, title):
    assert strip_decoration(raw) == title


def test_an_addressee_of_the_groups_concerned_starts_the_text():
    text = "\n".join([
        "青萝职业学校 > 通知公告",
        "关于开展拖轮实习安全培训的通知",
        "各相关班级：",
        "为做好本学期拖轮实习工作，学校定于3月5日开展实习安全培训。",
        "请各班于3月3日前报送参训名单。",
    ])
    assert clean_document(text, title="关于开展拖轮实习安全培训的通知").paragraphs[0] == "各相关班级："
