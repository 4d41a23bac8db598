"""Chrome by its class, ninth round (issue 13): page numbers in a converter's frame of its
own choosing, polls and labelled counters under a text, rows of buttons glued after the
last sentence, links marked by an arrow, and a document's parallel fields beside chrome.

Every input is written for this test (places, people, sites and numbers invented); none is
taken from bench/clean_eval or the issue. Each rule is tested with look-alikes that must
stay: a count after a label (留言（2）), a measure with a bound (含量<5毫克), a pipe table's
cell, a chapter heading, a quoted number at a wrapped line's start, a table's row of
counts, a process flow's arrows.
"""

from __future__ import annotations

import pytest

from haowen.ingest.clean import clean_text
from haowen.ingest.cleaning import chrome
from haowen.ingest.cleaning.glued import strip_glued_actions
from haowen.ingest.cleaning.lines import repair_lines

# A hard-wrapped report: each sentence runs on across the line break.
HEAD = "　　今年以来，全区围绕老旧小区改造这一民生实事，先后完成了雨污分流、外墙保温和"
TAIL = "电梯加装等十二项工程，惠及居民三千二百余户，群众满意度明显提升。"


class _Line:
    def __init__(self, text: str, blank_before: bool = False):
        self.text = text
        self.blank_before = blank_before


def _repair(*texts: str) -> list[str]:
    lines = [_Line(t) for t in texts]
    return [ln.text for ln in repair_lines(lines, lambda text, like: _Line(text, like.blank_before))]


@pytest.mark.parametrize("marker", ["⟪第3帧⟫", "〖 扫描 第3页 〗", "✧ 3 ✧", "（第3张）", "⁅3⁆"])
def test_a_framed_page_number_alone_inside_a_sentence_goes_and_the_pieces_join(marker):
    assert _repair(HEAD, marker, TAIL) == [HEAD + TAIL]


@pytest.mark.parametrize("marker", ["♣3", "✦3✦", "¶3", "⇒3⇐"])
def test_a_framed_page_number_glued_before_the_rest_of_a_sentence_goes(marker):
    assert _repair(HEAD, marker + TAIL) == [HEAD + TAIL]


@pytest.mark.parametrize("marker", ["<<3>>", "✿3✿", "~~3~~", "⇐3⇒"])
def test_a_framed_page_number_glued_inside_a_sentence_goes(marker):
    line = "先后完成了雨污分流、外墙保温和电梯" + marker + "加装等十二项工程。"
    assert _repair(line) == ["先后完成了雨污分流、外墙保温和电梯加装等十二项工程。"]


@pytest.mark.parametrize(
    "middle",
    [
        "留言（2）",  # a count after a label: no page's frame opens the line
        "- 3 条回复",  # a count of things
        "第3章",  # a chapter's heading
    ],
)
def test_counts_and_headings_on_a_line_of_their_own_stay(middle):
    assert middle in _repair(HEAD, middle, TAIL)


@pytest.mark.parametrize(
    "start",
    [
        "<5毫克的样品不再复检，",  # a bound of a measure at a wrapped line's start
        "“3”是指三个清单，",  # a quoted number
    ],
)
def test_a_number_a_sentence_writes_at_a_wrapped_lines_start_stays(start):
    assert _repair(HEAD, start + TAIL) == [HEAD, start + TAIL]


def test_a_pipe_tables_cells_are_no_framed_page_numbers():
    row = "东城片区|214|早点、果蔬"
    assert _repair(row) == [row]


@pytest.mark.parametrize(
    "line",
    [
        "这篇范文对您有帮助吗？ 有帮助 / 没帮助",
        "内容满意吗？　👍 满意 42　👎 不满意 2",
        "本页信息是否解决了您的问题？ 是 否",
    ],
)
def test_a_poll_under_the_text_goes(line):
    body = ["全区老旧小区改造工作已全面完成年度任务。", "下一步将重点推进长效管理机制建设。"]
    assert clean_text("\n".join([*body, line]), title="老旧小区改造工作总结") == body
    assert chrome.edge_row_reason(line, len(line)).startswith("list: a poll")


@pytest.mark.parametrize("line", ["为什么要改造？因为群众有期盼。", "改造的重点是什么？是安全。"])
def test_a_question_the_text_answers_is_no_poll(line):
    assert chrome.edge_row_reason(line, len(line)) is None or "poll" not in chrome.edge_row_reason(line, len(line))


def test_a_row_of_labelled_counters_under_the_text_goes_and_a_tables_row_stays():
    body = ["全区老旧小区改造工作已全面完成年度任务。", "下一步将重点推进长效管理机制建设。"]
    assert clean_text("\n".join([*body, "用户评价（2031）　推荐度 97%"]), title="老旧小区改造工作总结") == body
    assert chrome.edge_row_reason("城区　12　15", 8) is None
    assert chrome.edge_row_reason("用户评价（2031）　推荐度 97%", 16).startswith("meta: a row of the page's labelled counters")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("惠及居民三千二百余户。收藏 转发 举报", "惠及居民三千二百余户。"),
        ("惠及居民三千二百余户。赞 收藏 分享给好友", "惠及居民三千二百余户。"),
    ],
)
def test_a_row_of_buttons_glued_after_the_last_sentence_goes(line, kept):
    assert strip_glued_actions(line) == kept


@pytest.mark.parametrize("line", ["惠及居民三千二百余户。我们 一起 努力", "惠及居民三千二百余户。下一步"])
def test_words_after_the_last_sentence_that_are_no_buttons_stay(line):
    assert strip_glued_actions(line) == line


@pytest.mark.parametrize("line", ["立即预约讲座 ＞", "查看更多现场图片 ↓", "↓↓ 下拉阅读全部 ↓↓", "申请加入志愿服务队 →", "往期回顾»"])
def test_a_link_or_button_marked_by_an_arrow_is_chrome(line):
    assert chrome.strong_reason(line) == "action: a link or button marked by an arrow"


@pytest.mark.parametrize("line", ["申请→受理→审核→办结", "办理流程：受理→", "一是提高认识。→", "全区GDP增长→"])
def test_a_flows_arrows_are_no_link(line):
    assert chrome.strong_reason(line) != "action: a link or button marked by an arrow"


def test_an_arrow_link_glued_after_the_last_sentence_goes():
    assert strip_glued_actions("惠及居民三千二百余户。报名参加志愿服务 →") == "惠及居民三千二百余户。"


def test_a_documents_parallel_fields_beside_chrome_stay():
    text = "\n".join(
        [
            "各位居民：",
            "为方便群众办事，社区服务大厅自下月起调整开放时间。",
            "上午开放时间：8:30—12:00",
            "",
            "下午开放时间：14:00—17:30",
            "立即在线预约 ＞",
            "节假日另行通知，请大家相互转告。",
            "和平社区居民委员会",
            "2026年3月2日",
        ]
    )
    out = clean_text(text, title="关于调整社区服务大厅开放时间的通知")
    assert "上午开放时间：8:30—12:00" in out
    assert "下午开放时间：14:00—17:30" in out
    assert "立即在线预约 ＞" not in out


@pytest.mark.parametrize("line", ["新品种在-35℃也能安全越冬。", "室温保持在+18°以上为宜。", "气温降到-5℉时停止施工。"])
def test_a_measure_with_its_sign_and_unit_is_no_framed_page_number(line):
    assert _repair(line) == [line]


def test_a_poll_glued_after_the_last_sentence_goes():
    line = "改造后的小区实现了雨污分流。这条信息有用吗？ 有用 / 没用"
    assert strip_glued_actions(line) == "改造后的小区实现了雨污分流。"


def test_a_prompt_between_arrows_glued_before_the_text_goes():
    line = "▼▼ 点击展开全文 ▼▼今年以来，全区围绕老旧小区改造这一民生实事开展工作。"
    assert strip_glued_actions(line) == "今年以来，全区围绕老旧小区改造这一民生实事开展工作。"
    heading = "→ 一是加强领导 ←各位同志要高度重视，切实把工作做好做实。"
    assert strip_glued_actions(heading) == heading  # no action word between the arrows


@pytest.mark.parametrize("line", ["下载本文请先登录会员账号", "登录后即可复制全文", "游客只能浏览前三段", "手机端仅显示部分内容"])
def test_the_pages_copy_gated_behind_an_account_is_chrome(line):
    assert (chrome.strong_reason(line) or "").startswith("action:")


@pytest.mark.parametrize("line", ["申请人登录后可查看办理进度", "企业登录后可下载电子证照"])
def test_a_documents_own_instruction_to_log_in_is_no_gate(line):
    reason = chrome.strong_reason(line) or ""
    assert "hidden-content state" not in reason


def test_a_glued_gate_after_the_last_sentence_goes():
    line = "让我们向受到表彰的同志学习，立足岗位建功立业。我宣布，表彰大会到此结束！复制全文请先登录本站账号"
    assert strip_glued_actions(line) == "让我们向受到表彰的同志学习，立足岗位建功立业。我宣布，表彰大会到此结束！"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("推荐一篇纪要范本：物业管理工作协调会会议纪要", "物业管理工作协调会会议纪要"),
        ("转给需要的同事参考：关于做好冬季供暖保障工作的通知", "关于做好冬季供暖保障工作的通知"),
    ],
)
def test_a_posters_long_lead_before_a_colon_leaves_the_title(raw, expected):
    from haowen.ingest.cleaning.titles import strip_decoration

    assert strip_decoration(raw) == expected
