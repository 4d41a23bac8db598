"""The elements of a 公文 (GB/T 9704-2012 section 7), title line breaks and Chinese punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.gongwen import (
    full_width_punctuation,
    issued_parts,
    recognise,
    signature_offsets,
    text_width,
    title_lines,
)

SAMPLES = Path(__file__).resolve().parents[2] / "haowen" / "ingest" / "samples"


def kinds(paragraphs, title=""):
    return [(e.kind, e.text) for e in recognise(paragraphs, title)]


def test_it_recognises_the_elements_of_the_flood_notice_sample():
    lines = (SAMPLES / "关于做好20XX年防汛工作的通知.txt").read_text(encoding="utf-8").split("\n")
    found = recognise(lines, lines[0])
    by_kind = {}
    for e in found:
        by_kind.setdefault(e.kind, []).append(e.text)
    assert by_kind["title"] == ["关于做好20XX年防汛工作的通知"]
    assert by_kind["addressee"] == ["各乡镇人民政府、街道办事处，县直有关单位："]
    assert by_kind["signature"] == ["XX县防汛抗旱指挥部"]
    assert by_kind["date"] == ["20XX年X月X日"]
    assert "一、提高思想认识，压实防汛责任" in by_kind["body"]
    assert set(by_kind) == {"title", "addressee", "body", "signature", "date"}


def test_it_recognises_every_element_of_a_full_notice():
    paragraphs = [
        "X政办发〔2024〕12号",
        "各县(市、区)人民政府,市政府各部门:",
        "现将有关事项通知如下。",
        "一、总体要求",
        "请认真贯彻执行。",
        "附件:1.任务分工表",
        "2.评价指标体系",
        "XX市人民政府办公室",
        "XX市财政局",
        "2024年3月5日",
        "(此件公开发布)",
        "抄送:市委各部门,市法院。",
        "XX市人民政府办公室  2024年3月5日印发",
    ]
    assert [k for k, _ in kinds(paragraphs)] == [
        "doc_number", "addressee", "body", "body", "body", "attachment", "attachment",
        "signature", "signature", "date", "note", "copy_to", "issued",
    ]


def test_it_splits_a_note_glued_to_the_date():
    found = kinds(["正文一段。", "XX县人民政府", "2025年3月7日（此件主动公开）"])
    assert found[-3:] == [("signature", "XX县人民政府"), ("date", "2025年3月7日"), ("note", "（此件主动公开）")]


@pytest.mark.parametrize("date", ["2023年5月8日", "20XX年X月X日", "二〇二三年五月八日", "2023 年 12 月 31 日"])
def test_it_takes_dates_written_in_every_usual_way(date):
    assert kinds(["正文。", "某某局", date])[-1] == ("date", date)


def test_it_takes_no_signature_from_a_sentence_or_a_heading():
    # A sentence above the date is body text; a numbered line is a heading, not an organ.
    assert "signature" not in [k for k, _ in kinds(["正文。", "请各单位认真落实。", "2023年5月8日"])]
    assert "signature" not in [k for k, _ in kinds(["正文。", "四、严肃工作纪律", "2023年5月8日"])]
    # The body always keeps a paragraph: two short lines and a date are not all closing block.
    assert kinds(["XX县人民政府", "2023年5月8日"])[0][0] == "body"


def test_it_takes_no_addressee_that_is_a_sentence():
    assert kinds(["根据工作安排，现将有关事项通知如下：", "一、时间"])[0][0] == "body"
    assert kinds(["同志们：", "今天我们召开会议。"])[0] == ("addressee", "同志们：")
    assert kinds(["同志们："]) == [("body", "同志们：")]  # nothing follows: no addressee


def test_it_never_raises_on_odd_input():
    assert recognise([]) == []
    assert recognise(["", "  ", "\u3000"]) == []
    assert [e.kind for e in recognise(["2023年5月8日"])] == ["body"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="附件:：1.2抄送印发年月日2023XX县局（）()，。\n ", max_size=30), max_size=12))
def test_recognise_gives_each_non_empty_paragraph_an_element_in_order(paragraphs):
    found = recognise(paragraphs)
    indexes = [e.paragraph for e in found]
    assert indexes == sorted(indexes)
    assert set(indexes) == {i for i, p in enumerate(paragraphs) if p.strip().strip("\u3000")}


def test_the_signature_and_date_offsets_follow_7_3_5_2():
    # 署名右空二字; the date starts two characters right of the signature.
    assert signature_offsets("XX县防汛抗旱指挥部", "20XX年X月X日") == (2, 3)  # 9 and 6 characters wide
    # A date longer than the signature: 日期右空二字, the signature further in.
    assert signature_offsets("县政府", "2023年12月12日") == (8, 2)
    for sig, date in [("某某市人民政府办公室", "2024年3月5日"), ("局", "2024年3月5日")]:
        right_s, right_d = signature_offsets(sig, date)
        start_s = -right_s - text_width(sig)
        start_d = -right_d - text_width(date)
        assert min(right_s, right_d) == 2 and start_d - start_s == pytest.approx(2, abs=0.5)


def test_it_breaks_a_long_title_into_balanced_lines_of_whole_words():
    lines = title_lines("国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见")
    assert lines == ["国务院办公厅关于进一步优化营商环境", "降低市场主体制度性交易成本的意见"]
    assert title_lines("关于开展全县安全生产大检查的通知") == ["关于开展全县安全生产大检查的通知"]


def test_it_never_leaves_one_character_alone_on_a_line():
    # 21 characters: a greedy break (20 to a line) leaves 知 alone on the second line.
    title = "关于开展全县安全生产大检查专项整治月的通知"
    assert len(title) == 21
    lines = title_lines(title)
    assert "".join(lines) == title and all(len(line) >= 2 for line in lines)
    assert max(map(len, lines)) - min(map(len, lines)) <= 4


def test_it_keeps_a_one_character_word_with_the_next_and_de_off_a_line_start():
    lines = title_lines("关于开展全县安全生产大检查的通知", max_width=10)
    assert not any(line.startswith("检查") for line in lines)  # 大|检查 stays together
    assert not any(line.startswith("的") for line in lines)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="关于做好工作的通知《》（）“”营商环境20XX年abc 、", min_size=1, max_size=80), st.integers(4, 22))
def test_title_lines_keep_every_character_and_fit_the_width(title, width):
    lines = title_lines(title, width)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert all(text_width(line) <= width for line in lines)
    if len(lines) > 1:
        assert all(len(line.strip()) >= 2 for line in lines) or any(text_width(w) > width - 1 for w in title.split())


def test_title_lines_rejects_a_width_too_small():
    with pytest.raises(ValueError):
        title_lines("标题", 1)


@pytest.mark.parametrize(
    "source, exported",
    [
        ("第一个问题:加快发展的信心要更加坚定", "第一个问题：加快发展的信心要更加坚定"),
        ("实现乡镇(社区)全覆盖,村级网点XX个(XX)。", "实现乡镇（社区）全覆盖，村级网点XX个（XX）。"),
        ("哪些是可以落地生根?哪些是可以抢抓的!", "哪些是可以落地生根？哪些是可以抢抓的！"),
        ("学习Python,提高效率;达到60%,全区", "学习Python，提高效率；达到60%，全区"),
        ("(一)要打好攻坚战", "（一）要打好攻坚战"),
        ("国内生产总值(GDP)增长5%", "国内生产总值（GDP）增长5%"),
        # Not Chinese text: stays.
        ("粮经比达到X:X左右", "粮经比达到X:X左右"),
        ("会议于14:30召开", "会议于14:30召开"),
        ("f(x) = 2, see http://a.b", "f(x) = 2, see http://a.b"),
        ("Hello, world!", "Hello, world!"),
    ],
)
def test_it_makes_half_width_punctuation_of_chinese_text_full_width(source, exported):
    assert full_width_punctuation(source) == exported
    assert len(full_width_punctuation(source)) == len(source)


def test_it_reads_an_issued_line():
    assert issued_parts("XX市人民政府办公室  2024年 3月5日印发") == ("XX市人民政府办公室", "2024年3月5日印发")
    assert issued_parts("印发各单位执行") is None
