"""Import, fifty-ninth round (issue 13, on holdout187-189's failures, read after their blind
score): an AI-assisted-writing notice, a host's warning to its users, a reply-to-see prompt, a
collection's filing row, a franchise line, and a headline whose date holds a middle dot between
figures (4·23) that is no byline row.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome


@pytest.mark.parametrize(
    "line",
    [
        "内容由樟溪写作用户创作或AI辅助生成，仅供参考。",
        "请勿分享违法违规内容，樟溪盘将依法处理。",
        "回复本帖可查看全部5篇同类讲话",
        "收录于：《樟溪集·发言卷》　录入：小柳",
        "招商加盟热线：139 5550 0062（柳经理）",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "在“4·23世界读书日”全民阅读活动启动仪式上的讲话",
        "请勿分享个人隐私。",
        "本系统辅助生成的报表须经科室负责人审核。",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line
    assert chrome.edge_reason(line) is None, line


def test_a_headline_with_a_dotted_date_under_its_columns_label_is_the_title():
    text = "\n".join([
        "樟溪公考社区",
        "首页 > 面试交流 > 模拟题素材",
        "【面试素材】在“4·23世界读书日”阅读推广活动上的讲话",
        "作者：上岸啦　|　2天前　|　回复 23　|　查看 1409",
        "各位来宾、各位读者朋友：",
        "大家上午好！今天是世界读书日，我们在这里启动全民阅读活动。",
    ])
    assert clean_document(text).title == "在“4·23世界读书日”阅读推广活动上的讲话"
