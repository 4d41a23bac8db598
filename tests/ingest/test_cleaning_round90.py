"""Import, ninetieth round (issue 13, on holdout277-279's failures, read after their blind score):
chrome by class: a comment box's count with its first comment, keystroke and selection hints,
links to click through, a post's last-edit stamp, countdowns to a deadline, a mirror deferring to
the original, encyclopaedias edited by their users, AI writing tools, links to the other answers,
members-only unlocks, rewards for replies, requests to credit the site, a shop's best sellers,
floors after a dash, pairs of digits as jammer junk; what stays: a case note's advice that names
a payment voucher; structure: a question with its prompt as one line, related questions above
the page's footer; titles: a column's label run into the title by an arrow, a column's and a
site's names joined by a dot, long labels in angle brackets, a collection after a dash, an age
range, a poster's aside on their photos.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import strip_inline_junk
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "12 条留言：@竹间：写得真好。",
        "看到错字？选中内容后告诉我们",
        "按 Ctrl+D 把本站加入收藏",
        "京东自营店有售，点此直达",
        "本帖最后由 山那边 于 2025-3-2 10:05 编辑",
        "帖子最后由 老周 修改",
        "距投标截止还有：5天　　已有 3 家单位报名",
        "本页仅为存档，内容以原文章为准。",
        "词条内容由用户共同编辑，仅供参考。",
        "✎ AI续写：帮你补完下一段",
        "查看其余 14 条回答",
        "会员解锁全文",
        "回帖满10次送模板一套",
        "引用本文请注明出处：某某网",
        "畅销款：折叠伞架　落地伞桶　门厅伞架",
        "——5楼 · 山间客：同问，蹲一个答案",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "请保存好付款凭证和聊天记录，协商不成可向市场监管部门投诉。",
        "学校开设了AI写作体验课，学生们兴趣很高。",
        "距离比赛开始只剩三天，队员们加紧训练。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None and chrome.edge_reason(line) is None, line


def test_pairs_of_digits_glued_after_a_sentence_are_junk() -> None:
    assert strip_inline_junk("楼道里堆满了杂物。47 15 86 30物业来看过一次。") == "楼道里堆满了杂物。物业来看过一次。"


def test_figures_of_a_text_are_no_junk() -> None:
    text = "各组成绩如下。12 15 18分别是三个组的得分。"
    assert strip_inline_junk(text) == text


def test_a_question_and_its_prompt_on_one_line_go_whole() -> None:
    line = "想和王阿姨一样学会做竹编灯罩？预约一节免费体验课 →"
    assert strip_glued_actions(line) == line
    assert chrome.strong_reason(line)


def test_a_typo_prompt_after_the_last_sentence_goes() -> None:
    assert strip_glued_actions("下一步将增加晚餐配送。看到错字？选中内容后按Ctrl+Enter告诉我们") == "下一步将增加晚餐配送。"


def test_related_questions_above_the_footer_go() -> None:
    body = _body(
        [
            "竹伞架放在门厅，底盘要垫防水垫。",
            "最后，一定要定期擦干底盘，别让积水泡着竹子。",
            "查看全部 6 个回答",
            "竹伞架发霉了怎么办？",
            "门厅放伞架有什么讲究？",
            "某某社区内容由用户创作，仅代表作者观点",
        ],
        "竹伞架怎么保养？",
    )
    assert body[-1] == "最后，一定要定期擦干底盘，别让积水泡着竹子。"


def test_a_case_notes_advice_under_its_heading_stays() -> None:
    body = _body(
        [
            "【基本案情】",
            "李先生网购了一只竹伞架，收货后发现底盘开裂，商家拒绝退货。",
            "【律师提示】",
            "网购时请保存好商品页面截图、聊天记录和付款凭证；发现问题先与商家协商，协商不成的，可以向市场监管部门投诉。",
            "某某律师　专职律师　擅长：消费维权",
            "在线预约某律师",
        ],
        "网购伞架底盘开裂，商家能拒绝退货吗？",
    )
    assert body[-1].startswith("网购时请保存好商品页面截图")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("法律小课堂▸网购竹伞架底盘开裂，商家要担责吗 - 某某律师事务所", "网购竹伞架底盘开裂，商家要担责吗"),
        ("门厅里的旧伞架｜雨天闲笔·竹间听风", "门厅里的旧伞架"),
        ("〈老物件里的旧日子〉奶奶的竹伞架 | 某某轩", "奶奶的竹伞架"),
        ("〈兰亭集序〉赏析", "〈兰亭集序〉赏析"),
        ("外婆的铜手炉——某某晚晴集（随笔卷）", "外婆的铜手炉"),
        ("【暑期班】做一只会转的竹风车——少儿手工课（5—10岁）- 某某工坊", "做一只会转的竹风车——少儿手工课"),
        ("晒晒我修好的老伞架（手机拍的，凑合看）", "晒晒我修好的老伞架"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected
