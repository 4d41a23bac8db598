"""Import, hundred-and-fourteenth round (issue 13, on holdout349-351's failures, read after their blind
score): chrome by class: a prompt to click for a consultation, to star the page from its corner, to
light the page's heart, to confirm reading in an office system, a pointer to the site's section, a
viewer's toolbar named as such, a law firm's pitch naming its lawyers, a like-and-forward prompt to a
group; glued: an edit button after an entry's sentence, keyed credits after a closing bracket, a
pitch with its messenger id and what it gives, a read-confirmation after the 成文日期; titles: a
collection after a dash with the piece's bare number, a page's label in angle brackets, a post's note
that it is hand-typed and ad-free, who signed a pledge, a forwarding label with its scope, a model's
code with a dash is no separator.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "想请某医生看看片子，点这里发起图文问诊",
        "本篇已全部展开，觉得有用就点右上角星标",
        "点亮小红心，为一线护林员加油",
        "请阅读后点击“已阅”完成签收",
        "了解更多型号请进产品中心",
        "阅读器工具栏：＋放大　－缩小　⇱全屏",
        "类似纠纷可免费提交材料给律师评估",
        "觉得有用，就转到小区业主群",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "如需咨询，请于工作日拨打门诊电话。",
        "各班组要在本周内完成阅读并签收。",
        "请大家点亮窗前的灯，迎接新年。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def _body(text: str, title: str | None = None) -> list[str]:
    return clean_document(text, title=title).paragraphs


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "　　热敷包的发热原理与暖贴相同，拆开后与空气反应放热，可持续八小时左右。编辑本段",
            "热敷包的发热原理与暖贴相同，拆开后与空气反应放热，可持续八小时左右。",
        ),
        (
            "　　如有不适请及时就医。儿童保健科咨询电话：0000-1234567（工作日8:00—17:30）编辑：某某　审核：某某某",
            "如有不适请及时就医。儿童保健科咨询电话：0000-1234567（工作日8:00—17:30）",
        ),
        (
            "　　防滑凳放在哪里、高度怎么调，都要手把手教。想要本文完整Word版？加站长微信 abc_2026 领取我给每户贴了一张提示卡。",
            "防滑凳放在哪里、高度怎么调，都要手把手教。我给每户贴了一张提示卡。",
        ),
    ],
)
def test_glued_pieces_go(line: str, kept: str) -> None:
    text = "　　第一段是正文的开头，它在这里结束。\n" + line + "\n　　第二段是正文的另一句话，它在这里结束。\n"
    assert _body(text)[1] == kept


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("外婆的顶针 —《旧物集》第三辑·十二", "外婆的顶针"),
        ("关于为夏令营学员配备防晒用品的请示〈学校公文·免费预览〉", "关于为夏令营学员配备防晒用品的请示"),
        ("新手爸妈夜里冲奶的几个小经验（纯手敲无广）", "新手爸妈夜里冲奶的几个小经验"),
        ("关于文明使用共享泳圈的倡议书（全体会员共同签署）", "关于文明使用共享泳圈的倡议书"),
        ("转发（内部）：关于订购员工工作服的函", "关于订购员工工作服的函"),
        ("关于召回部分批次XK-T30型电暖器的公告——某某电器官网", "关于召回部分批次XK-T30型电暖器的公告"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_numbered_item_naming_a_group_is_no_invitation() -> None:
    assert chrome.strong_reason("一、群里加我的都是老同事") is None
    assert chrome.strong_reason("进群私信我，拉你进交流群")
