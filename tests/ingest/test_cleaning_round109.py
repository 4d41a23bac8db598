"""Import, hundred-and-ninth round (issue 13, on holdout334-336's failures, read after their blind
score): chrome by class: a blogger's note that the piece is no advertisement, links to the previous
and the next piece between arrows, a prompt to leave a mark under the piece, a download site's note
on what opens the file, a school's motto in the header, a Q&A's answer row with its label between
cells, a place's 网友 and a quoted nickname before a comment; a sharing site's notice glued after
the 成文日期; a bracketed tip prompt after the last sentence; a follow prompt ending on 加个关注
before the text; an infobox row right over the entry's definition; a caution label before a comma
is the text's own advice unless it speaks of the page's content; a phrase's net after 的 is no
site's name; titles: a forum's copy-link button, a class's size, a draft's number, an entry's gloss
of a small item.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.parsers.base import clean_title


@pytest.mark.parametrize(
    "line",
    [
        "注：本文不含任何推广，东西都是自己买的",
        "◂ 第十二篇：晒萝卜干　　第十四篇：外婆的针线盒 ▸",
        "喜欢这篇，就在文末留个脚印吧",
        "提示：WPS文件请用WPS Office或新版Word打开",
        "某某县第一中学　　校训：勤学　笃行",
        "修水管的老周　｜　最佳答案　｜　昨天 19:22",
        "某某网友“豆豆爸”：我家用的就是这款，用了两个月就坏了。",
        "（来源：某某文旅）",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "网友“江边住户”：您反映的问题已收悉。",
        "校训是学校精神的凝练。",
        "请各位家长提醒孩子留下联系方式。",
        "（来源：某某县统计局2025年统计年鉴）",
        "（来源：某某县人口普查公报）",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_sharing_sites_notice_glued_after_the_date_goes() -> None:
    line = "2024年3月5日此文档由网友“某某”上传，仅供交流，如有侵权请联系删除"
    assert strip_glued_actions(line) == "2024年3月5日"


def test_a_bracketed_tip_prompt_after_the_last_sentence_goes() -> None:
    line = "再好的头盔，也代替不了大人的眼睛。（喜欢就点个小红心吧）"
    assert strip_glued_actions(line) == "再好的头盔，也代替不了大人的眼睛。"


def test_a_follow_prompt_ending_on_jia_ge_guanzhu_goes_before_the_text() -> None:
    line = "轻点上方“某某县妇幼保健院”加个关注天气一天天转凉，不少家长来门诊咨询孩子踢被子的事。"
    assert strip_glued_actions(line) == "天气一天天转凉，不少家长来门诊咨询孩子踢被子的事。"


def test_a_caution_label_before_a_comma_about_a_thing_stays() -> None:
    text = "秋冬给宝宝选睡袋\n一、看厚度。睡袋的厚度要和室温匹配。\n二、看尺码。领口过大，孩子容易缩进去。\n特别提醒，1岁以内的婴儿睡觉时，床上不要放枕头，睡袋也不能代替大人的看护。"
    assert clean_document(text).paragraphs[-1].startswith("特别提醒，1岁以内")
    assert chrome.notice_reason("温馨提示：本文内容仅供参考，不能代替医生诊疗。", 20)


def test_an_infobox_row_over_the_entrys_definition_goes() -> None:
    text = "\n".join(
        [
            "某某百科 · 生活用品",
            "袖口夹",
            "分类：服饰配件　|　词条编辑：7 次　|　上次修改：昨天",
            "中文名：袖口夹　　别称：防丢夹",
            "常见材质：尼龙织带、塑料夹、硅胶",
            "袖口夹是一种把手套固定在衣袖上的小配件，多用于儿童。",
            "常见的袖口夹由一根带子和两端的夹子组成。",
        ]
    )
    paragraphs = clean_document(text, title="袖口夹").paragraphs
    assert paragraphs[0].startswith("袖口夹是一种")


def test_a_headline_ending_in_a_phrases_net_is_no_site_name() -> None:
    assert chrome.edge_reason("一张看不见的网") != "meta: a site name or slogan"
    assert chrome.edge_reason("某某新闻网") == "meta: a site name or slogan"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("门锁老是卡住，折腾一周总结出的几个原因 [复制链接]", "门锁老是卡住，折腾一周总结出的几个原因"),
        ("亲子烘焙周末班招生啦（小班8组家庭）", "亲子烘焙周末班招生啦"),
        ("仓库叉车安全操作规程（试行第二稿）", "仓库叉车安全操作规程"),
        ("袖口夹（冬季小物）_某某百科", "袖口夹"),
        ("[第三周习作] 一张看不见的网（请老师们挑刺）- 申论交流 - 某某论坛", "一张看不见的网"),
        ("某某管理办法（征求意见稿）", "某某管理办法（征求意见稿）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
