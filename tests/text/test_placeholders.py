"""Placeholders (XX区, X个, 20XX年 …): detection, name/number, grouping, fill-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.placeholders import fill, fill_segments, find_placeholders, group_placeholders

SEED = "seed/haowensou-detail-3578.txt"


def seed_paragraphs(shared_dir: Path) -> list[str]:
    lines = [line.strip() for line in (shared_dir / SEED).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return lines[lines.index("同志们:") : lines.index("阅读全文")]


def labels(text: str) -> list[tuple[str, str]]:
    return [(p.label, p.kind) for p in find_placeholders([text])]


def test_it_finds_the_seed_groups_with_their_counts(shared_dir):
    groups = {g.label: g for g in group_placeholders(find_placeholders(seed_paragraphs(shared_dir)))}
    counts = {label: g.count for label, g in groups.items()}
    assert counts["XX"] == 53
    assert counts["X个"] == 15  # X个 and XX个 are one group
    assert counts["X届"] == 7 and counts["X次"] == 6
    assert counts["XX万人"] == 6  # XX万人 ×5 and X万人 ×1
    assert counts["XX区"] == 5 and counts["XX景区"] == 3
    assert counts["X%"] == 4 and counts["XX万户"] == 1
    assert groups["XX区"].kind == "name" and groups["XX万人"].kind == "number" and groups["X%"].kind == "number"
    assert sum(counts.values()) == 125


def test_it_fills_the_seed_leaving_no_placeholder_and_nothing_else_changed(shared_dir):
    paragraphs = seed_paragraphs(shared_dir)
    found = find_placeholders(paragraphs)
    groups = group_placeholders(found)
    values = {g.key: ("六盘水" if g.kind == "name" else "12") for g in groups}
    filled = fill(paragraphs, found, values)
    assert find_placeholders(filled) == []
    assert "XX" not in "".join(filled) and "X个" not in "".join(filled)
    # Take the values out again and the marks out of the original: the rest is identical.
    by_paragraph: dict[int, list] = {}
    for p in found:
        by_paragraph.setdefault(p.paragraph, []).append(p)
    for index, (before, after) in enumerate(zip(paragraphs, filled)):
        rest_before, rest_after, pos, shift = [], [], 0, 0
        for p in by_paragraph.get(index, []):
            value = values[p.key]
            rest_before.append(before[pos : p.start])
            rest_after.append(after[pos + shift : p.start + shift])
            assert after[p.start + shift : p.start + shift + len(value)] == value
            shift += len(value) - len(p.mark)
            pos = p.end
        rest_before.append(before[pos:])
        rest_after.append(after[pos + shift :])
        assert rest_before == rest_after
    assert len(filled) == len(paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("XX区作为试点", [("XX区", "name")]),
        ("XX县委书记", [("XX县委", "name")]),
        ("建档立卡XX万户", [("XX万户", "number")]),
        ("建成X个园区", [("X个", "number")]),
        ("发生率XX%", [("XX%", "number")]),
        ("20XX年工作总结", [("20XX年", "number")]),
        ("X月X日召开", [("X月", "number"), ("X日", "number")]),
        ("完成*.*万元", [("*.*万元", "number")]),
        ("××同志", [("××同志", "name")]),
        ("＊＊局", [("＊＊局", "name")]),
        ("***镇", [("***镇", "name")]),
        ("○○县", [("○○县", "name")]),
        ("某某同志", [("某某同志", "name")]),
        ("某县", [("某县", "name")]),
        ("张某", [("某", "name")]),
        ("第X届旅发大会", [("X届", "number")]),
        ("粮经比X:X左右", [("X", "number"), ("X", "number")]),
        ("xx人大副主席", [("xx人大", "name")]),
    ],
)
def test_it_detects_and_classifies(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二○二二年三月",  # a year written with ○
        "二〇〇八年",
        "一〇〇个",
        "某些问题、某种程度、某个方面",
        "X光检查、X射线",
        "XXL号、Xbox",
        "3×4的矩阵、“数据要素×”行动",
        "“1+N+X”规划体系",
        "“555X”产业发展格局",
        "**重点任务**要抓好",
        "注*：见附件",
        "***",
        "X",
    ],
)
def test_it_leaves_ordinary_text_alone(text):
    assert labels(text) == []


def test_it_fills_occurrence_by_occurrence_over_the_group_value():
    paragraphs = ["XX区和XX区", "XX区"]
    found = find_placeholders(paragraphs)
    key = found[0].key
    out = fill(paragraphs, found, {key: "朝阳"}, {found[1].occurrence_id: "海淀"})
    assert out == ["朝阳区和海淀区", "朝阳区"]


def test_it_leaves_a_blank_open_without_a_value():
    segments = fill_segments(["共X个，XX区"], find_placeholders(["共X个，XX区"]), {"number|X个": "3"})
    assert segments == [[("共", "text"), ("3", "filled"), ("个，", "text"), ("XX", "open"), ("区", "text")]]


@pytest.mark.parametrize("brk", ["\n", "\r", "\u2028", "\x85"])
def test_it_rejects_a_value_with_a_line_break(brk):
    found = find_placeholders(["XX区"])
    with pytest.raises(ValueError, match="XX区"):
        fill(["XX区"], found, {found[0].key: f"朝{brk}阳"})


def test_it_rejects_placeholders_that_do_not_match_the_text():
    found = find_placeholders(["XX区"])
    with pytest.raises(ValueError):
        fill(["YY区"], found, {})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="XxＸ×＊*○〇□某二零一年月日个区县%.:0123456789 人万户张些", max_size=30), max_size=6))
def test_it_never_raises_and_an_empty_fill_changes_nothing(paragraphs):
    found = find_placeholders(paragraphs)
    for p in found:
        assert paragraphs[p.paragraph][p.start : p.end] == p.mark
    assert fill(paragraphs, found, {}) == paragraphs


# --- what a value replaces: the label, the replaced span and the result agree ---------------


def _fill_by_label(text: str, by_label: dict[str, str]) -> str:
    found = find_placeholders([text])
    assert sorted({p.label for p in found}) == sorted(by_label), [p.label for p in found]
    return fill([text], found, {}, {p.occurrence_id: by_label[p.label] for p in found})[0]


@pytest.mark.parametrize(
    "text, by_label, expected",
    [
        # The attached word is written once, whether or not the reader typed it.
        ("XX区作为试点", {"XX区": "海淀区"}, "海淀区作为试点"),
        ("XX区作为试点", {"XX区": "海淀"}, "海淀区作为试点"),
        ("××同志", {"××同志": "张三同志"}, "张三同志"),
        ("××同志", {"××同志": "张三"}, "张三同志"),
        ("***镇", {"***镇": "太平镇"}, "太平镇"),
        ("＊＊局", {"＊＊局": "公安局"}, "公安局"),
        ("XX县委书记", {"XX县委": "某某县"}, "某某县委书记"),
        # A unit typed in part or in full is not repeated.
        ("建档立卡XX万人", {"XX万人": "5万人"}, "建档立卡5万人"),
        ("建档立卡XX万人", {"XX万人": "5万"}, "建档立卡5万人"),
        ("建档立卡XX万人", {"XX万人": "5"}, "建档立卡5万人"),
        ("20XX年XX月", {"20XX年": "2022年", "XX月": "3月"}, "2022年3月"),
        ("20XX年XX月", {"20XX年": "2022", "XX月": "3"}, "2022年3月"),
        ("第X次会议", {"X次": "第三次"}, "第三次会议"),
        ("第X次会议", {"X次": "三"}, "第三次会议"),
        # No attached word: the value replaces the mark as typed.
        ("请＊＊参加", {"＊＊": "张三"}, "请张三参加"),
        ("请***、***参加", {"***": "李四"}, "请李四、李四参加"),
        # A value that is only the attached word is kept as typed.
        ("XX区", {"XX区": "区"}, "区区"),
    ],
)
def test_a_value_fills_the_blank_as_labelled(text, by_label, expected):
    assert _fill_by_label(text, by_label) == expected


def test_the_filled_segment_and_the_kept_word_are_told_apart():
    found = find_placeholders(["推动XX区实现新跨越"])
    segments = fill_segments(["推动XX区实现新跨越"], found, {found[0].key: "海淀区"})
    assert segments == [[("推动", "text"), ("海淀", "filled"), ("区实现新跨越", "text")]]


def test_a_group_knows_its_mark_and_attached_word():
    (group,) = group_placeholders(find_placeholders(["XX区、XX区、X区"]))
    assert (group.label, group.mark, group.attached) == ("XX区", "XX", "区")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="XxＸ×＊*某二零一年月日个区县同志万人%.:0123456789 张", max_size=30), max_size=6),
    st.text(alphabet="海淀甲乙0123", min_size=1, max_size=6),  # never the start of an attached word
)
def test_typing_the_attached_word_changes_nothing(paragraphs, value):
    found = find_placeholders(paragraphs)
    bare = {p.occurrence_id: value for p in found}
    typed = {p.occurrence_id: value + p.attached for p in found}
    assert fill(paragraphs, found, {}, typed) == fill(paragraphs, found, {}, bare)
