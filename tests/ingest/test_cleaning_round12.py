"""Import, twelfth round (issue 13, on holdout12's failures): page numbers between brackets no
sentence uses (⦗2⦘, ⟦2⟧), the rows of a data table an HTML page's main text left out, a keyed
contact row beside siblings whose last key differs only in its prefix, editors' notes under
any label, a button in white lenticular brackets.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.html import restore_dropped_lines

from .test_cleaning_round9 import HEAD, TAIL, _repair


@pytest.mark.parametrize("marker", ["⦗3⦘", "⟦3⟧", "⸨3⸩", "⦅3⦆"])
def test_a_page_number_between_brackets_no_sentence_uses_goes(marker):
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]
    line = "先后完成了雨污分流、外墙保温和电梯" + marker + "加装等十二项工程。"
    assert _repair(line) == ["先后完成了雨污分流、外墙保温和电梯加装等十二项工程。"]


@pytest.mark.parametrize("start", ["【3】号楼完成加装，", "〔3〕号文件要求，", "《3》号图纸所示，"])
def test_a_number_in_a_sentences_own_brackets_stays(start):
    assert _repair(HEAD, start + TAIL) == [HEAD, start + TAIL]


def test_the_rows_of_a_data_table_the_main_text_left_out_are_put_back():
    p1 = "根据各校办学条件，现将2026年城区学校一年级招生计划公布如下，请家长知悉。"
    p2 = "报名时间为7月1日至7月5日，逾期不再受理，请各位家长合理安排时间。"
    plain = "\n".join(["首页　|　通知公告", p1, "学校　班数　人数", "城东小学　8　360", "城西小学　6　270", p2, "分享　收藏　打印"])
    out = restore_dropped_lines("\n".join([p1, p2]), plain).split("\n")
    assert out == [p1, "学校　班数　人数", "城东小学　8　360", "城西小学　6　270", p2]


def test_a_lone_row_of_cells_between_paragraphs_stays_out():
    p1 = "根据各校办学条件，现将2026年城区学校一年级招生计划公布如下，请家长知悉。"
    p2 = "报名时间为7月1日至7月5日，逾期不再受理，请各位家长合理安排时间。"
    plain = "\n".join([p1, "分享　收藏　打印", p2])
    assert restore_dropped_lines("\n".join([p1, p2]), plain).split("\n") == [p1, p2]


def test_a_contact_row_beside_rows_whose_last_key_ends_alike_stays():
    text = "\n".join(
        [
            "现将中标候选人公示如下，公示期三个工作日。",
            "投标人对结果有异议的，应在公示期内以书面形式提出。",
            "招标人：某某县水利局　联系电话：0731-5550111",
            "招标代理：某某工程咨询公司　联系电话：0731-5550112",
            "监督部门：某某县公共资源交易监管办　电话：0731-5550113",
            "免费注册会员，每日推送最新招标信息",
            "投标咨询：400-000-0000",
        ]
    )
    out = clean_text(text, title="某某县城北管网改造工程中标候选人公示")
    assert out[-1] == "监督部门：某某县公共资源交易监管办　电话：0731-5550113"


@pytest.mark.parametrize(
    "line",
    ["【编者注】本文原载于区委办内刊，收入本集时略有删节。", "整理者按：本篇据作者手稿录入，个别数字经核对更正。", "编辑附记：本文转载时有改动。"],
)
def test_an_editors_note_on_the_copy_goes_after_the_text(line):
    body = ["全区老旧小区改造工作已全面完成年度任务。", "下一步将重点推进长效管理机制建设。"]
    assert clean_text("\n".join([*body, line]), title="老旧小区改造工作总结") == body


def test_a_button_in_white_lenticular_brackets_is_chrome():
    assert chrome.strong_reason("〖一键复制本段〗") == "action: a button in brackets"
    assert chrome.strong_reason("〖案例〗") != "action: a button in brackets"
