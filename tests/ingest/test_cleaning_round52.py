"""Import, fifty-second round (issue 13, on holdout166-168's failures, read after their blind
score): an official reply and a 纪要's decisions that hold a netizen's salutation, a service line
or data going up (no disclaimer), a forum's path down to the thread's title, countdowns as a clock,
a shop's offer in brackets after an item, a blog's subscribe prompt, a like button in words, forum
junk glued before the text without a space, a lone report button glued after the last sentence, a
prompt to act now glued after a wrapped sentence, a record's title whose site the page prints as
its first line, click prompts after 请 and a question that points to the online service, a link
under a click label, a join prompt glued before an outline heading, and an update stamp without a
day.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import strip_inline_junk


@pytest.mark.parametrize(
    "line",
    [
        "距投标截止还剩：4天 11小时",
        "距离开标还剩 05:20:18",
        "倒计时：12天3小时",
        "觉得有用的话，点右上角订阅本博",
        "喜欢这篇文章，请点击关注博主",
        "点个赞(31)",
        "收藏（6）",
        "举报",
        "报名参加年会，请点此填写回执",
        "想预订团餐？在线客服为您服务",
        "点击阅读：樟溪古桥修缮工程列入省级重点项目始末",
        "更新于 近日",
    ],
)
def test_these_classes_are_chrome_wherever_they_stand(line):
    assert chrome.strong_reason(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "请点击下方链接填写报名表。",
        "各单位请点击系统填报。",
        "群众举报属实的，给予奖励。",
        "截止时间：2025年5月20日17:00",
    ],
)
def test_these_lines_are_no_such_chrome(line):
    assert chrome.strong_reason(line) is None, line


def test_a_reply_to_a_netizen_and_a_minutes_decision_are_no_disclaimers():
    reply = (
        "网友您好：经核实，您反映的路灯由我公司负责维护，已于当日修复。维修费用由我公司承担，不向居民收取。"
        "如再发现故障，请拨打客服电话0571-5550123报修。"
    )
    assert chrome.edge_reason(reply) is None
    decision = (
        "会议议定：一、运维部本周内完成故障表具排查；二、数据中心调整夜间上传时段；"
        "三、客服中心统一答复口径，答复前须核对用户信息。"
    )
    assert chrome.edge_reason(decision) is None
    # (A site's disclaimer naming itself is one still.)
    assert chrome.edge_reason("本站资料均由网友上传，如有问题请联系客服处理，我们会尽快回复您。") is not None


def test_a_forums_path_down_to_a_threads_title_is_a_breadcrumb():
    assert chrome.edge_reason("樟溪论坛 » 百姓话题 » 楼道灯坏了半个月没人修，该找谁？") == "meta: breadcrumb"
    assert chrome.edge_reason("申请 > 审核 > 批准，完成后通知本人。") is None


def test_pieces_glued_to_a_line_go_and_its_text_stays():
    assert strip_glued_actions("第2课　西式早餐摆台（名额有限，报名即送围裙一条！）") == "第2课　西式早餐摆台"
    assert strip_glued_actions("本次活动报名即送纪念品（数量有限）") == "本次活动报名即送纪念品（数量有限）"
    assert strip_glued_actions("每天几点该做什么，闹钟都能提醒。举报") == "每天几点该做什么，闹钟都能提醒。"
    assert strip_glued_actions("毫米。立即报名，本期仅剩3个名额") == "毫米。"
    assert (
        strip_glued_actions("还不是会员？点击在线申请入会二、诚信经营。不以次充好。")
        == "二、诚信经营。不以次充好。"
    )
    assert strip_glued_actions("要求如下：一、按时上报。二、确保质量。") == "要求如下：一、按时上报。二、确保质量。"
    kept = "积分兑换点每月逢五、逢十开放，居民凭积分卡兑换生活用品，积分当年有效。"
    assert strip_glued_actions(kept) == kept


def test_forum_junk_glued_before_the_text_without_a_space_goes():
    assert strip_inline_junk("Q3% K7; Zp e# M!路灯照亮的是回家的路。") == "路灯照亮的是回家的路。"
    assert strip_inline_junk("PM 2.5浓度持续下降。") == "PM 2.5浓度持续下降。"


def test_a_record_title_whose_site_the_page_prints_first_keeps_the_headline():
    text = "\n".join([
        "樟溪师范学院　团委",
        "首页 | 团委概况 | 青春动态 | 志愿服务",
        "团委组织青年志愿者为社区老人理发",
        "发布时间：2025-04-02　浏览次数：118",
        "4月1日，校团委组织二十名青年志愿者走进樟溪社区，为五十余位老人义务理发。",
        "志愿者们还陪老人聊天，帮助他们学习使用智能手机。",
    ])
    cleaned = clean_document(text, title="团委组织青年志愿者为社区老人理发-樟溪师范学院团委")
    assert cleaned.title == "团委组织青年志愿者为社区老人理发"
