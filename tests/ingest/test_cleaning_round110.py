"""Import, hundred-and-tenth round (issue 13, on holdout337-339's failures, read after their blind
score): chrome by class: a teaser question to non-members, a like prompt when the reader liked the
piece, a host's note that it does not review what users share, a preview's heading, a pointer to the
page's side widget, an official account's reply in a thread, an encyclopaedia's note that users
write its entries, a writing service's pitch naming its writers, a login prompt to reply, a post's
stamp edited last week; a document in one layout-table cell broken into lines by <br> is a page's
text, not a datum; a net that is a thing (鱼缸网) names no site; titles: a file's format and a
download word after a space, a note that the post is no advertisement, a tender's closing time.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title
from haowen.ingest.parsers.html import parse_html


@pytest.mark.parametrize(
    "line",
    [
        "还不是会员单位？在线提交入会申请，三个工作日内回复",
        "♥ 喜欢这篇就点个小鱼干（28）",
        "柜内文件均为用户自主存放分享，本站不审核内容，请谨慎参考。",
        "资料预览：",
        "合同纠纷、债务咨询，请点右侧在线律师",
        "某某在线官方号 回复：已转管理方核实，请留意后续回复。",
        "某某百科词条由用户共同编写，内容仅供参考。",
        "急用稿件找某某写手，Q：1234567890",
        "回帖请先登录，文明发言",
        "撰稿：某某律师　｜　编辑于 上周",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "还不到十点，大家就到齐了。",
        "资料预览与下载服务由县图书馆提供，读者可凭证免费使用。",
        "会员单位要在月底前提交年报。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_document_in_one_layout_cell_keeps_its_lines() -> None:
    cell = "<br>\n".join(
        [
            "<b>资料预览：</b>",
            "1 适用范围",
            "本规程适用于养殖场暂养池使用的加热棒的安装、巡检和更换。",
            "2 安装",
            "2.1 加热棒功率按水体选配，每100升水配备100瓦。",
            "2.2 电源须接入带漏电保护的专用回路。",
            "3 巡检",
            "值班人员每日早晚各巡检一次，误差超过1℃的及时报告。",
        ]
    )
    page = (
        "<html><head><title>加热棒安装与巡检操作规程.doc - 某某资料下载站</title></head><body>"
        "<table width=980><tr><td>资料大小：</td><td>46 KB</td></tr>"
        "<tr><td>更新时间：</td><td>2 周前</td></tr>"
        f"<tr><td colspan=2>{cell}</td></tr>"
        "<tr><td colspan=2>下载地址：某某电信下载　某某联通下载</td></tr></table></body></html>"
    )
    doc = parse_html(page.encode("utf-8"))
    assert "2.1 加热棒功率按水体选配，每100升水配备100瓦。" in doc.paragraphs
    assert "本规程适用于养殖场暂养池使用的加热棒的安装、巡检和更换。" in doc.paragraphs


def test_a_net_that_is_a_thing_names_no_site() -> None:
    assert chrome.edge_reason("一把鱼缸网，也分三六九等") != "meta: a site name or slogan"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某某车间卫生管理规程 DOC文档下载", "某某车间卫生管理规程"),
        ("通勤戴防晒袖套一个月，聊聊真实体验（不是广告）", "通勤戴防晒袖套一个月，聊聊真实体验"),
        ("某某中心环卫作业人员降温用品采购询价公告（6月18日上午截止报价）", "某某中心环卫作业人员降温用品采购询价公告"),
        ("某某笔记 ▷ 养鱼杂谈 ▷ 一把鱼缸网，也分三六九等", "一把鱼缸网，也分三六九等"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
