"""版本对比: sentences aligned, additions, deletions and changed characters marked."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.compare import MAX_SENTENCES, compare, sentences

A = ["同志们：", "今年全区经济发展取得显著成效。GDP增长6%。", "要抓好落实。"]
B = ["同志们：", "今年全县经济发展取得明显成效。GDP增长6%。新增就业1万人。", "要认真抓好落实。"]


def test_it_aligns_sentences_and_marks_what_changed():
    c = compare(A, B)
    assert [r.kind for r in c.rows] == ["same", "changed", "same", "added", "changed"]
    changed = c.rows[1]
    assert [t for t, marked in changed.left if marked] == ["区", "著"]
    assert [t for t, marked in changed.right if marked] == ["县", "明"]
    assert "".join(t for t, _ in changed.left) == "今年全区经济发展取得显著成效。"
    assert c.rows[3].right == [("新增就业1万人。", True)] and c.rows[3].left == []
    assert c.rows[4].right == [("要", False), ("认真", True), ("抓好落实。", False)]
    assert (c.left_paragraphs, c.right_paragraphs, c.added, c.deleted, c.changed, c.changes) == (3, 3, 1, 0, 2, 3)


def test_it_reports_deletions_and_identical_versions():
    c = compare(A, A[:2])
    assert [r.kind for r in c.rows][-1] == "deleted" and c.deleted == 1 and c.added == 0
    assert compare(A, [" 同志们： ", *A[1:]]).identical  # whitespace aside


def test_it_splits_sentences_after_their_marks_and_quotes():
    assert sentences(["他说：“好。”然后走了！还有吗？没有", ""]) == [
        (0, "他说：“好。”"), (0, "然后走了！"), (0, "还有吗？"), (0, "没有"),
    ]


def test_it_bounds_the_work_on_long_texts():
    long = ["句子。" * (MAX_SENTENCES + 10)]
    c = compare(long, long)
    assert c.truncated and len(c.rows) == MAX_SENTENCES


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet="甲乙丙丁。，！X ", max_size=30), max_size=8),
    st.lists(st.text(alphabet="甲乙丙丁。，！X ", max_size=30), max_size=8),
)
def test_every_sentence_of_each_side_is_shown_once_in_order(left, right):
    c = compare(left, right)
    shown_left = ["".join(t for t, _ in r.left) for r in c.rows if r.left]
    shown_right = ["".join(t for t, _ in r.right) for r in c.rows if r.right]
    assert shown_left == [s for _, s in sentences(left)]
    assert shown_right == [s for _, s in sentences(right)]


def test_it_compares_a_real_report_with_an_edited_copy(shared_dir):
    with open(shared_dir / "corpus" / "documents.jsonl", encoding="utf-8") as fh:
        row = next(json.loads(line) for line in fh if '"gwr-bb1396daea8d"' in line)
    original = [p for p in row["text"].split("\n") if p.strip()][:60]
    edited = list(original)
    edited[5] = edited[5].replace("。", "。这是新加的一句话。", 1)
    del edited[10]
    edited[20] = edited[20].replace("发展", "进步", 1)
    c = compare(original, edited)
    assert c.added == 1 and c.changed == 1 and c.deleted == len(sentences([original[10]]))
    assert any(r.kind == "changed" and ("进步", True) in r.right for r in c.rows)
