"""Import, seventy-first round (issue 13, on holdout220-222's failures, read after their blind
score): titles lose a repost mark, a class or a where-is aside, a reference-answer aside, a
shop's or poster's leading aside, an asker's urgency, a day-count lead bracket, an entry's
product gloss, a column's four characters after the headline, a collection's short name after
the piece; a clause with a verb's aspect before a colon is the title's own; chrome by class:
promises of the editable original, template notes, mailbox prompts, excerpt notes, casual
further-reading keys, members-only notes, share rows, one-line contents, piece switches,
labelled counts and ask-the-lawyer links; the page's decorated title line and the byline under
it go; a case note's bracketed section stays; a page marker glued before a date's digits under a
colon is joined over.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位同学：", "本周五下午学校将举行消防疏散演练，请大家听从老师指挥，有序撤离。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("小区有人冒充燃气公司上门检查，大家注意了（转）", "小区有人冒充燃气公司上门检查，大家注意了"),
        ("（免费·限额）老年人智能手机使用培训班开课通知", "老年人智能手机使用培训班开课通知"),
        ("电饭锅内胆掉涂层还能用吗？在线等，挺急的", "电饭锅内胆掉涂层还能用吗？"),
        ("〔面试打卡·第8天〕你如何组织一次社区消防演练？- 某某论坛", "你如何组织一次社区消防演练？"),
        ("你如何处理群众的重复投诉？（内附参考作答）", "你如何处理群众的重复投诉？"),
        ("扫码枪（收银电子产品）- 某某百科", "扫码枪"),
        ("〔考前提醒〕关于考生不得携带智能手环进入考场的提示_通知公告_某某人事考试网", "关于考生不得携带智能手环进入考场的提示"),
        ("门前的老槐树 ‖ 某某小记（散文卷）", "门前的老槐树"),
        ("【实操】换了三次才换对：家用净水器滤芯更换的三个要点 ｜ 某某手记", "换了三次才换对：家用净水器滤芯更换的三个要点"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "（2025年）全县工作要点",  # a year in brackets is no aside
        "专题党课：以新担当推动新发展",  # a column-free label the text keeps
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "下载后即可获得可编辑的Word文档",
        "本协议样本仅供参考，签订前请结合实际修改，必要时咨询专业律师。",
        "某某通所提供的范本均为网友分享，使用前请自行修改。",
        "对本站有建议？欢迎写信至站长信箱 admin@example.cn",
        "以上为文档节选，完整内容请下载附件",
        "延伸阅读：冬季取暖如何防范一氧化碳中毒？→",
        "以下内容仅限VIP会员阅读，已为您展开",
        "分享本文：微信｜微博",
        "目录：概述 / 分类 / 选购 / 保养",
        "本篇为第1篇，点此切换第2篇 ▶",
        "阅读(88)　评论(3)",
        "想知道能赔多少？点这里，律师帮你算",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "申请人应对所提供的资料的真实性承担法律责任。",  # a rule's own sentence
        "以上为本次会议的主要内容，请各单位抓好落实。",  # the text's own summing-up
        "【律师提醒】购买充电产品，应选择有3C认证的正规产品，保存好订单和付款记录。",  # a case note's own section
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_the_decorated_title_line_and_the_byline_under_it_go():
    lines = [
        "某某镜像 › 某某医院",
        "冬季吃火锅，这些安全细节别忽视？急诊医生来支招 | 某某医院 · 公号存档镜像",
        "原创　某某医院　2025年12月02日 09:05　江西",
        "天冷了，不少市民喜欢约上朋友吃炭火锅，但炭火燃烧不充分会产生一氧化碳。",
        "吃火锅时要开窗通风，发现头晕、恶心要立即离开现场。",
    ]
    out = clean_document("\n".join(lines), "冬季吃火锅，这些安全细节别忽视？急诊医生来支招").paragraphs
    assert out == lines[3:]


def test_a_page_marker_before_a_dates_digits_under_a_colon_is_joined_over():
    lines = ["三、时间安排", "自查阶段：3月1日至3月20日，由各单位自查；检查阶段：", "⍌3⍌3月21日至4月30日，由县局组织检查。", "四、工作要求"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert out[1] == "自查阶段：3月1日至3月20日，由各单位自查；检查阶段：3月21日至4月30日，由县局组织检查。"


def test_a_list_after_a_lead_in_is_not_joined_over_a_marker():
    lines = ["具体要求如下：", "⍌2⍌2025年起，各单位每季度报送一次数据。"]
    out = clean_document("\n".join(lines), None).paragraphs
    assert out[0] == "具体要求如下："
