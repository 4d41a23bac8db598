"""Chrome by its class, eleventh round (issue 13): a stamp the page repeats (a watermark), a
site's visitor counter and owner line, a blog's note on a post's age, a paywall's unlock and
reading-pass prompts, a button marked by an arrow before it, the page's table of contents on
one line, a promotion between bars.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Look-alikes that must stay: a date under two
attachments, an outline heading between stars, a flow's arrows, a heading 目录 alone.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome

P1 = "今年以来，全镇扎实推进农村人居环境整治，完成改厕一千二百户，村庄保洁实现全覆盖。"
P2 = "下一步，我们将建立长效管护机制，把整治成果巩固好、保持好，让群众持续受益。"
P3 = "各村要明确专人负责，每月开展一次检查评比，结果纳入年度考核。"


def test_a_stamp_the_page_repeats_goes_and_a_date_under_two_attachments_stays():
    stamp = "仅限内部传阅 · 编号 A2091 · 2026-02-11 08:30"
    text = "\n".join([P1, stamp, P2, stamp, P3, "附件1：检查评比表", "2026年2月10日", "附件2：考核细则", "2026年2月10日"])
    out = clean_text(text, title="关于开展农村人居环境整治检查评比的通知")
    assert stamp not in out
    assert out[:3] == [P1, P2, P3]
    assert out.count("2026年2月10日") == 2


@pytest.mark.parametrize(
    "line",
    [
        "本站累计访问：002233445 人次",  # a visitor counter, zero-padded
        "网站访问量：98765",
        "某某县农业农村局 主办",  # the site's owner alone on its footer line
        "本文最后编辑于 2026年1月3日，已超过 90 天未更新，内容可能已过时。",
    ],
)
def test_a_sites_counter_owner_and_age_notes_go_after_the_text(line):
    out = clean_text("\n".join([P1, P2, line]), title="农村人居环境整治工作总结")
    assert out == [P1, P2]


@pytest.mark.parametrize("line", ["后续内容需解锁：¥2.5 解锁全文", "办理年度会员 全站畅读", "解锁完整版，仅需一杯奶茶钱"])
def test_a_paywalls_unlock_prompts_are_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("action:")


@pytest.mark.parametrize("line", ["↑ 回到顶部", "← 返回列表", "⇧ 返回目录"])
def test_a_button_marked_by_an_arrow_before_it_is_chrome(line):
    assert chrome.strong_reason(line) == "action: a button marked by an arrow before it (↑ 返回目录)"


@pytest.mark.parametrize("line", ["→ 申请、受理、审核、办结", "↑ 全年增长百分之六"])
def test_an_arrow_before_text_that_is_no_button_stays(line):
    assert chrome.strong_reason(line) != "action: a button marked by an arrow before it (↑ 返回目录)"


@pytest.mark.parametrize(
    "line",
    ["目录：一、基本情况　二、存在问题　三、下步打算", "目 录　1 总体要求　2 重点任务　3 保障措施", "目录：第一章 总则　第二章 职责分工"],
)
def test_the_pages_table_of_contents_on_one_line_is_chrome(line):
    assert chrome.strong_reason(line) == "list: the page's table of contents on one line"


def test_a_heading_of_contents_alone_is_no_table_of_contents():
    assert chrome.strong_reason("目录") != "list: the page's table of contents on one line"
    assert chrome.strong_reason("目录：一、基本情况") != "list: the page's table of contents on one line"


@pytest.mark.parametrize(
    "line",
    ["━━ 第8期公文写作训练营 3月开课，报名立减300元 ━━", "▍老周讲材料：每周三晚直播，扫码报名 ▍", "✦ 新员工内购价，进入官方商城 ✦"],
)
def test_a_promotion_between_bars_is_chrome(line):
    assert chrome.framed_promotion(line)
    assert chrome.strong_reason(line) is not None


@pytest.mark.parametrize("line", ["★ 一、总体要求 ★", "━━ 第二部分 ━━", "◆ 凝心聚力 共建美丽乡村 ◆"])
def test_a_heading_or_slogan_between_bars_is_no_promotion(line):
    assert not chrome.framed_promotion(line)


def test_an_outline_heading_between_icons_stays():
    heading = "★ 一、总体要求 ★"
    assert chrome.strong_reason(heading) is None
    assert heading in clean_text("\n".join([P1, heading, P2]), title="农村人居环境整治工作方案")


@pytest.mark.parametrize("line", ["时间：2026年3月5日上午9时", "联系电话：0731-5550123", "报名截止：2026-03-20"])
def test_a_documents_own_line_written_twice_stays(line):
    text = "\n".join([P1, line, P2, line, P3])
    assert clean_text(text, title="关于开展农村人居环境整治检查评比的通知").count(line) == 2
