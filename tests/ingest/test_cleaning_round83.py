"""Import, eighty-third round (issue 13, on holdout256-258's failures, read after their blind score):
titles lose a photo count, an editable aside, a book's volume and piece after a dash, a "read with
care" aside, a file's format in brackets and a column of one kind of text before a bar; chrome by
class: a collection's volume and piece, a mail client's separator, a download's note on opening the
file, links to the original post, the rights staying with the source, groups' numbers, courses'
limited places, images' loading placeholders, prompts to scan and read the rest, a call to consult
after a lead question; what stays: a desk's consultation line alone, whatever the score says.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title

LETTER = ["各位家长：", "本周五下午学校将举行家长开放日，欢迎各位家长到校参观。"]


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("河边堆的旧轮胎没人清，一下雨就积水（现场实拍四张）", "河边堆的旧轮胎没人清，一下雨就积水"),
        ("家里翻出一只老座钟，求懂行的看看（内有五张图）", "家里翻出一只老座钟，求懂行的看看"),
        ("仓库钥匙管理制度（修订本·可改动）", "仓库钥匙管理制度"),
        ("村口的老井——《某某旧话》卷三·第二篇", "村口的老井"),
        ("用了三年电热毯，说说怎么选才安全（字多慎点）", "用了三年电热毯，说说怎么选才安全"),
        ("场地租赁合同（范本）[DOC可编辑]", "场地租赁合同（范本）"),
        ("学员心得 ｜ 跟老师傅学补锅", "跟老师傅学补锅"),
    ],
)
def test_page_decoration_leaves_the_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "通知丨关于开展春季植树活动的通知",  # the bar's label is taken off, the genre title stays
        "关于印发《某某县三张清单管理办法》的通知",  # 张 inside the title
    ],
)
def test_a_titles_own_words_stay(raw):
    assert clean_title(raw).startswith("关于")


@pytest.mark.parametrize(
    "line",
    [
        "随笔卷 · 第五篇",
        "------------------ 转发的原邮件 ------------------",
        "下载后若无法打开，请先安装最新版办公软件",
        "▼点击“阅读原文”，查看本周出诊时间",
        "镜像站收录的文章版权归原公众号所有，仅供离线阅读。",
        "写作互助群 QQ：60881352，备注“上岸”",
        "木工班·榫卯入门课　本月开课，名额有限",
        "［图片加载中，轻触重试］",
        "【手机扫码阅读剩余部分】",
        "想学木工手艺？咨询李老师 139****0000",
    ],
)
def test_these_classes_are_chrome_between_paragraphs(line):
    assert chrome.strong_reason(line) is not None, line
    assert _body([LETTER[0], line, LETTER[1]]) == LETTER, line


@pytest.mark.parametrize(
    "line",
    [
        "有意者可加入报名群，群号：731006254，入群请注明姓名。",  # a club's own sentence
        "名额有限，请家长提前扫码登记，现场不设临时排号。",  # a notice's own sentence
    ],
)
def test_a_documents_own_lines_on_these_subjects_stay(line):
    assert _body([LETTER[0], line, LETTER[1]]) == [LETTER[0], line, LETTER[1]], line


def test_a_desks_consultation_line_alone_stays_at_a_hospital_articles_end():
    lines = [
        "铁锅炒菜能补铁吗？不少人有这样的疑问。",
        "研究表明，铁锅炒菜时会有少量铁溶出，但能被人体吸收的很少，补铁还要靠饮食。",
        "营养科门诊咨询电话：0731-5551208（工作日上午）",
    ]
    assert _body(lines, "铁锅炒菜能补铁吗") == lines
