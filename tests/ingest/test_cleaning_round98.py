"""Import, ninety-eighth round (issue 13, on holdout301-303's failures, read after their blind score):
chrome by class: an offer to let a lawyer look after a lead question, an OA page's empty attachment
count, an app's insert button, a prompt to pass the page on to family, a vote button with its count,
what a reply unlocks, a share row under its key, a reaction count on an answer, a policy reading
under its key, a pointer into the site's library, a "戳这里" prompt, who filed the file, an
internal-use stamp, a use counter of a draft, a relative revision stamp, past minutes under their
key; a listen prompt naming its audio version glued before a news lead; titles: an entry's gloss
of its packaging kind, a collection's volume and piece before the title, a template library's
column, a forwarder's request in brackets, a newcomer's plea after the question.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "遇到类似问题？点此让律师帮你分析",
        "附件（0）",
        "＋插入会议议程模板",
        "温馨提示：转给家里长辈看看",
        "赞同此文（48）",
        "答题思路附在后面，回复本帖后才能看到",
        "转给朋友：微信　朋友圈　QQ",
        "326 人觉得这个回答有帮助",
        "政策解读：电暖器怎么选？记住这三点",
        "更多讲话稿范本请进入资料库",
        "戳这里，免排队预约体检",
        "归档人：办公室 某某",
        "仅限内部使用",
        "已有 1,208 人使用此稿",
        "最近修订：3 个月前",
        "往期纪要：某某标准立项论证会",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "附件：1.报名表",
        "二、由办公室归档，各部门不得自行留存。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_listen_prompt_naming_its_audio_version_goes_before_a_news_lead() -> None:
    line = "打开某某新闻客户端，收听本文语音版本报讯（记者 某某）3月2日，某某镇的春耕生产全面展开。"
    assert strip_glued_actions(line) == "本报讯（记者 某某）3月2日，某某镇的春耕生产全面展开。"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("面袋（粮食包装）", "面袋"),
        ("《竹下杂记》第二辑之五：母亲的针线筐", "母亲的针线筐"),
        ("合同模板库·竹椅购销合同（范本）", "竹椅购销合同（范本）"),
        ("（请于周三前反馈）关于订购会议用茶杯的函", "关于订购会议用茶杯的函"),
        ("领带夹怎么夹才不显得老气？新手求教", "领带夹怎么夹才不显得老气？"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_lawyer_offer_with_its_lead_question_goes_from_between_two_sentences() -> None:
    line = "实际短缺已明显超出允许范围。遇到类似纠纷？点此让律师帮你看看粮食在保质期内正常失水有一定幅度。"
    assert strip_glued_actions(line) == "实际短缺已明显超出允许范围。粮食在保质期内正常失水有一定幅度。"


def test_an_insert_button_glued_inside_a_script_goes() -> None:
    line = "首先，请允许我介绍到场的嘉宾……（按实际名单介绍）＋插入嘉宾名单模板下面进行第一项。"
    assert strip_glued_actions(line) == "首先，请允许我介绍到场的嘉宾……（按实际名单介绍）下面进行第一项。"
