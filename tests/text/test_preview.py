"""haowen.text.preview.tags_shown_by_preview: which tag names a reader of the preview may see."""

from __future__ import annotations

from haowen.text.preview import cut_preview, tags_shown_by_preview

BODY = ["開頭講鄉村振興。", "中间一段。", "结尾讲琥珀 工坊和ＧＤＰ。"]
PREVIEW = BODY[:1]


def _shown(*names, title="标题", body=BODY, preview=PREVIEW):
    return tags_shown_by_preview(list(names), title, body, preview)


def test_it_shows_words_of_the_title_and_preview_folded():
    assert _shown("乡村振兴", "鄉村振興", "标题") == [True, True, True]


def test_it_hides_words_found_only_in_the_gated_part_however_written():
    # Whitespace inside the body and full-width letters do not hide a match.
    assert _shown("琥珀工坊", "琥珀", "gdp", "ＧＤＰ") == [False, False, False, False]


def test_it_shows_labels_that_are_no_word_of_the_text_and_empty_names():
    assert _shown("组织部推荐", "", "  ") == [True, True, True]


def test_a_word_across_the_preview_end_counts_as_gated():
    # 。中 spans the last preview character and the first gated one.
    assert _shown("兴。中", "中间") == [False, False]


def test_a_word_across_the_title_and_preview_is_not_made_up():
    assert _shown("题開", body=["開頭", "后文"], preview=["開頭"]) == [True]  # nowhere in the body: a label
    assert _shown("题開", body=["后文题開"], preview=["后"]) == [False]


def test_it_agrees_with_cut_preview():
    paragraphs = [f"第{i}段" + "字" * 20 for i in range(10)]
    preview = cut_preview(paragraphs)
    assert tags_shown_by_preview(["第2段", "第3段"], "", paragraphs, preview) == [True, False]
