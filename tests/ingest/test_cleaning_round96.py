"""Import, ninety-sixth round (issue 13, on holdout295-297's failures, read after their blind score):
chrome by class: a word count with the reads, a post's category alone, a button sharing the page
(glued too), who publishes a column's items, the rest behind a login, a trial lesson offered alone,
an AI rewrite button, the rest of a preview in tenths, a prompt to tap the account at the top, a
button to hear the text, a preview's fold, a reader's comment with its relative time, a related
link under a short key, a previous link after an arrow, an icon edit link after a heading, a
forwarding separator naming its content; what stays: a sentence that begins "第一页是…"; titles: a
collection's piece in brackets before the title, a rewrite-and-use aside, a photo count, a plea
after a dash, an entry's gloss of its kind, an account after a question, a mirror's note, a
column's issue after a title naming no genre (a bulletin's stays), a status aside, curly-bracket
labels.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document, is_strong_chrome
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "本篇字数约六百字　阅读 88 次",
        "分类：老屋琐记",
        "一键分享本文到朋友圈",
        "本栏目信息由各学校自行发布并负责",
        "其余三条做法需登录账号后展开",
        "拿不准适不适合？先来试听一节剪纸课",
        "✎ 用AI把这段改成我的口吻",
        "点开阅读剩余三成内容",
        "轻触右上角头像，关注“某某文化站”",
        "▶ 点这里听全文",
        "后续内容需展开阅读",
        "老槐树下：写得真好，想起我奶奶了。（前天 21:05）",
        "延伸读：旧木门怎样防虫？",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "本文字数不得少于三千字。",
        "各班要在分类回收点设立标识。",
        "欢迎大家拍下美景分享到朋友圈，也请把倡议转告亲友。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_previous_link_after_an_arrow_is_chrome() -> None:
    assert is_strong_chrome("↑ 上一条：某某镇启动秋季防火培训")


def test_a_share_button_glued_between_two_sentences_goes() -> None:
    line = "三、服务情况。全年上门服务四十余次。一键分享本文到朋友圈每次服务后都请老人签字确认。"
    assert strip_glued_actions(line) == "三、服务情况。全年上门服务四十余次。每次服务后都请老人签字确认。"


def test_an_icon_edit_link_after_a_heading_goes() -> None:
    assert strip_glued_actions("用途✎改本节") == "用途"


def test_a_sentence_that_begins_with_the_first_page_stays() -> None:
    assert not PAGE_MARKER.match("第一页是他的入伍照，戴着大红花。")
    assert PAGE_MARKER.match("第二页")


def test_a_forwarding_separator_naming_its_content_lets_the_note_above_go() -> None:
    body = _body(
        [
            "发件人：某某 <a@example.cn>",
            "收件人：各社区联络员",
            "各位联络员：协会的通知，请转到居民群。小林",
            "=========== 以下为转发内容 ===========",
            "From: 某某协会秘书处 <b@example.cn>",
            "Sent: 2025年3月2日 10:15",
            "Subject: 关于举办阳台花卉评比的通知",
            "各会员单位：",
            "为展示家庭园艺成果，协会定于4月举办阳台花卉评比。现将有关事项通知如下：",
            "一、参赛对象：本市居民。",
        ],
        "关于举办阳台花卉评比的通知",
    )
    assert body[0] == "各会员单位："


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("（竹影集之五）老木匠 — 竹影集", "老木匠"),
        ("锄头采购合同（范本）（改两处即用）", "锄头采购合同（范本）"),
        ("祖传的一只铜手炉，请大家帮忙看看年代（实拍六图）", "祖传的一只铜手炉，请大家帮忙看看年代"),
        ("一把旧算盘里的账——请各位老师斧正", "一把旧算盘里的账"),
        ("蒸笼（竹编炊具）", "蒸笼"),
        ("凉席（夏季寝具）", "凉席"),
        ("冬天的铁锅要不要天天开锅？—— 某某疾控（公号转存）", "冬天的铁锅要不要天天开锅？"),
        ("守住一盏油灯，就是守住一段乡愁（第9期）", "守住一盏油灯，就是守住一段乡愁"),
        ("某某社区工作简报（第9期）", "某某社区工作简报（第9期）"),
        ("在汽车站捡到一只钱包，求扩散找失主（已交派出所）", "在汽车站捡到一只钱包，求扩散找失主"),
        ("｛诚信经营｝关于规范农贸市场电子秤使用的倡议书", "关于规范农贸市场电子秤使用的倡议书"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
