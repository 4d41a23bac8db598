"""Import, ninety-ninth round (issue 13, on holdout304-306's failures, read after their blind score):
chrome by class: a blog's disclaimer, a shop's cart button after a lead question, a law firm's line
offered for advice, an opinion's note on its scope, a comment box's count, a column's list header,
a host's note that members supplied the content, a course's catalogue number, a prompt to message
the staff, who shared the post and when, a wiki's invitation to add to an entry and its licence
note, a ban on copying unless allowed, readers' marks on a paragraph, a wiki's note that users
edited a clause, a preview that ended, a prompt to open the video, a related link under "往期也看",
a picture credit; a follow prompt without its blue-text word, and one whose benefit ends on a
promise; titles: a plea for comments, a kind-of-tool gloss, a plea ending "一二", a photo or step
aside.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions, strip_leading_chrome
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "本博客文章仅代表个人经验，具体做法以当地规定为准。",
        "看中这款？进入商城加入购物车",
        "同类问题可拨本所热线免费咨询",
        "本意见仅针对来函所述事实，事实变化时结论可能不同。",
        "已有 12 位读者留下了脚印　【我也说两句】",
        "同栏目还有：",
        "某某范文馆内容来自会员收录，如有权利问题请来信。",
        "周末班 · 每期10人 · 课程编号 AB-0312",
        "名额有限，想报名的先私信小编",
        "由 老林 分享于 2 天前",
        "✎ 完善这个词条",
        "某某百科词条遵循共享协议，引用请注明出处。",
        "我家的文字未经同意请勿搬运，谢谢。",
        "〔本段被 15 位读者划线〕",
        "（本条经网友补充修订）",
        "试看第2页已结束，第3页起请开通会员",
        "▷ 点开视频，看竹篮怎样编成",
        "往期也看：菜板多久该换一块？",
        "文字：某某　配图：某某编辑部",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line) or chrome.notice_reason(line, len(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "本意见自印发之日起施行。",
        "该课程已被 12 所学校采用。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_follow_prompt_naming_the_account_in_quotes_goes_before_the_text() -> None:
    line = "点上方“某某生活课”关注，每天一条厨房小知识炒菜时，很多人习惯把锅铲搁在灶台边。"
    assert strip_glued_actions(line) == "炒菜时，很多人习惯把锅铲搁在灶台边。"


def test_an_ordinal_is_no_place_to_cut_a_prompt_off_the_text() -> None:
    text = "点上方蓝字，防汛小知识天天见今年第5号台风预计明天影响我县，请做好防范。"
    assert strip_leading_chrome(text)[1] == ""
    assert strip_glued_actions(text) == "今年第5号台风预计明天影响我县，请做好防范。"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("一只旧算盘里的账（盼老师点评）", "一只旧算盘里的账"),
        ("鱼篓（捕捞渔具）", "鱼篓"),
        ("黄鳝笼放多深最好？求老渔友指点一二", "黄鳝笼放多深最好？"),
        ("老街几家摊子把菜刀直接搁地上，看着真揪心（带现场照片）", "老街几家摊子把菜刀直接搁地上，看着真揪心"),
        ("用旧水管给阳台焊了个花架（内有步骤图）", "用旧水管给阳台焊了个花架"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
