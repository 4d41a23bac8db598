"""Import, seventy-third round (issue 13, on holdout226-228's failures, read after their blind
score): titles lose a solved or closed state, a fraction-slash separator, what-is-inside, full-
record and fellow-student asides, a practice label before a colon, a pupil's byline aside; chrome
by class: hashed tags, bracketed verb buttons, more-of-the-topic links, paid rewriting with an id,
a sample's end, hidden passages, fill-in prompts, icon keep buttons, account searches, pointer
links, reading-setting boxes, layout credits, an archive note with words between, a collection's
reference note, gallery prompts and star prompts promising timely news; what stays: a named
outlet's dateline after an app prompt, a sentence a service prompt runs into.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_leading_chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("热水器打不着火，是不是点火针坏了？（已解决）", "热水器打不着火，是不是点火针坏了？"),
        ("某某社区重阳节敬老文艺汇演主持词 ⁄ 活动存档", "某某社区重阳节敬老文艺汇演主持词"),
        ("旧衣物别乱扔，某某社区设了回收箱（内附投放时间）", "旧衣物别乱扔，某某社区设了回收箱"),
        ("旧木箱改成床头柜（步骤全记录）", "旧木箱改成床头柜"),
        ("小小菜篮子，连着大民生（请研友们挑刺）", "小小菜篮子，连着大民生"),
        ("应急应变题练习：社区活动现场突然停电，你怎么处理？", "社区活动现场突然停电，你怎么处理？"),
        ("我背英语单词的三个办法（初一·王同学）", "我背英语单词的三个办法"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "line",
    [
        "标签：#菜园 #退休生活",
        "〔点亮爱心〕",
        "〔印出此文〕",
        "本专题更多内容：寒冬里的志愿者",
        "总结写不好？老笔头一对一代改，微信 laobitou_66",
        "范本已显示完毕，存为Word可自动套用单位抬头",
        "此处隐藏约300字，开通会员即可展开",
        "有意参赛的单位请点此填写报名表",
        "☆ 收进我的素材本",
        "想看更多健康知识？微信里搜“某某医院”并关注",
        "▶相关：全县农村公路养护工作推进会召开",
        "〖字号：大 中 小〗〖底色：护眼 原色〗",
        "文字：王某　排版：李某　审校：张某",
        "某某站只做公开文章的存档备份，如需撤下请来信告知。",
        "某某范文网所收文章仅供写作参考，请勿照搬。",
        "打开某某新闻看高清图集",
        "点击上方蓝字“某某消协”，及时收到消费提醒",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "请参赛单位于5月10日前填写报名表并报送县文旅局。",  # filling in a form as the text's own step
        "本专题调研共走访了12个村、36户农户。",  # a report's own subject
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_named_outlets_dateline_after_an_app_prompt_stays():
    rest, cut = strip_leading_chrome("打开某某客户端，本地新闻早知道栖水网讯（记者 王某）5月3日，栖水镇首届茶文化节开幕，吸引游客两万余人次。")
    assert rest.startswith("栖水网讯（记者")


def test_a_sentence_a_service_prompt_runs_into_stays():
    lines = ["同志们：", "今天我们召开全县安全生产工作会议。急用讲话稿找某某，加QQ 2851440000 专人代笔下面，我讲三点意见。", "一是压实责任。"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert "下面，我讲三点意见。" in out[1]
    assert "QQ" not in "".join(out)
