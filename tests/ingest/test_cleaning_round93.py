"""Import, ninety-third round (issue 13, on holdout286-288's failures, read after their blind score):
chrome by class: a header counting the other answerers, an answer's vote row, a note that the
answerer edited, a note that the page's texts are no one's view, a Q&A page's labelled question,
photo captions after a triangle, a collection's pieces by their place, a wiki's edit link naming
the section, a framed "页 N／M" page counter; a column's "关注" label before a news lead; titles: a
speech draft's kind after a speech's own title.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.lines import PAGE_MARKER
from haowen.ingest.parsers.base import clean_title


def _body(lines: list[str], title: str | None = None) -> list[str]:
    return clean_document("\n".join(lines), title).paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "其余 4 位答主的回答",
        "赞同 152 · 反对 · 收藏 · 喜欢",
        "（答主于前天编辑了回答）",
        "本站所刊范文仅供写作参考，不代表任何机关的真实立场。",
        "提问：邻居家的空调外机对着我家窗户，能要求移走吗？",
        "▲ 志愿者为老人调试助听器",
        "之三　油坊",
        "（《某某旧事》之八）",
        "✏ 修改“用法”这一节",
    ],
)
def test_new_chrome_classes(line: str) -> None:
    assert chrome.strong_reason(line) or chrome.edge_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "二、赞同者和反对者的意见均已记录在案。",
        "▲ 注意：施工期间请绕行东门。",
        "本意见不代表最终结论，仅供讨论。",
    ],
)
def test_what_stays_text(line: str) -> None:
    assert chrome.strong_reason(line) is None, line


def test_a_framed_page_counter_with_a_slash_is_a_page_marker() -> None:
    assert PAGE_MARKER.match("⨀ 页 1 ／ 2 ⨀")


def test_a_columns_label_before_a_news_lead_goes() -> None:
    body = _body(["【社区关注】9月3日，某某社区为六十户老人更换了楼道灯。", "居民们纷纷点赞。"], "某某社区为老人更换楼道灯")
    assert body[0] == "9月3日，某某社区为六十户老人更换了楼道灯。"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("在全县竹编产业推进会上的讲话（领导发言稿）", "在全县竹编产业推进会上的讲话"),
        ("在全县竹编产业推进会上的讲话（摘要）", "在全县竹编产业推进会上的讲话（摘要）"),
    ],
)
def test_titles(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_an_answers_vote_row_glued_after_its_last_sentence_goes() -> None:
    from haowen.ingest.cleaning.glued import strip_glued_actions

    assert strip_glued_actions("竹木的便宜耐用，适合入门。赞同 52 · 反对 · 收藏 · 感谢") == "竹木的便宜耐用，适合入门。"


def test_a_forwarders_submit_label_goes_from_the_title() -> None:
    assert clean_title("转呈：关于申请修缮古戏台经费的请示") == "关于申请修缮古戏台经费的请示"
