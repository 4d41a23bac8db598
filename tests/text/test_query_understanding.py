"""How a search query is read (issue 15 §3): rules of :mod:`haowen.text.query` that rank by
intent, each tested without an index (pure, fast)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.normalize import fold
from haowen.text.query import MAX_CLAUSES, near_genre_word, parse_query


def clauses(q: str) -> list[tuple[str, str]]:
    return [(c.text, c.genre) for c in parse_query(q, genre_words=True).clauses]


@pytest.mark.parametrize(
    "q, expected",
    [
        ("年度工作总节", [("年度", ""), ("工作总结", "work-summary")]),  # 节 for 结
        ("汇报材科", [("汇报材料", "report")]),
        ("工作计化", [("工作计划", "work-plan")]),
        ("乡村振兴实施方按", [("乡村振兴", ""), ("实施方案", "implementation")]),
    ],
)
def test_a_genre_word_misspelt_by_one_character_is_read_as_the_genre(q, expected):
    assert clauses(q) == expected


@pytest.mark.parametrize(
    "q",
    [
        "总节",  # two characters: one away from too many words to guess
        "主题党日",  # 党日 is no 党课
        "入党申请书",  # 书 belongs to 申请书: no 请示
        "加强党的",  # a function character is meant
        "检查报告",  # 检查 is a word: no 自查报告
        "述只报告",  # 述职报告 or 述廉报告: no guess
        "开幕式",
        "通过",
    ],
)
def test_words_are_not_taken_for_misspelt_genre_words(q):
    assert all(not fixed for fixed in (near_genre_word(q[i:], q, i) for i in range(len(q))))
    assert all(text in q for text, _ in clauses(q))


def test_a_genre_word_spelt_right_wins_over_a_longer_misspelt_one():
    # 述责述廉 is a word of its own (述廉报告 ends the clause), not a misspelt 述职述廉.
    assert clauses("领导干部述责述廉报告") == [("领导干部述责", ""), ("述廉报告", "duty-report")]


def test_typos_are_read_only_when_genre_words_are_asked_for_and_never_in_quotes():
    assert [c.text for c in parse_query("年度工作总节").clauses] == ["年度工作总节"]
    assert clauses('"年度工作总节"') == [("年度工作总节", "")]


def test_a_synonym_whose_form_ends_with_a_genre_word_names_that_genre():
    # The staff's map is not split like a typed clause: its forms still say the genre.
    parsed = parse_query("年终盘点", genre_words=True, synonyms={"年终盘点": ["年度工作总结"]})
    assert [(c.text, c.genre) for c in parsed.clauses] == [("年终盘点", "work-summary")]
    assert parsed.only_genres
    assert not parse_query("年终盘点", synonyms={"年终盘点": ["年度工作总结"]}).clauses[0].genre  # not asked


def test_a_leaders_speech_is_a_genre_name_not_a_subject():
    # 领导讲话稿 is what writers call a speech (a leader gives it), not a speech about leaders.
    assert clauses("领导讲话稿 经济") == [("领导讲话稿", "remarks"), ("经济", "")]
    assert clauses("领导讲话精神") == [("领导讲话精神", "")]  # a reference to a speech, no genre


@pytest.mark.parametrize(
    "q, expected",
    [
        ("工作总结范文", [("工作总结", "work-summary")]),
        ("最新心得体会范文大全", [("心得体会", "reflection")]),
        ("讲话稿3000字", [("讲话稿", "remarks")]),
        ("乡村振兴 材料", [("乡村振兴", "")]),  # 材料 alone says what kind of copy, not its content
        ("汇报材料", [("汇报材料", "report")]),  # a genre word ending with 材料 stays whole
        ("范文大全", [("范文大全", "")]),  # nothing else to search: kept
    ],
)
def test_words_for_a_wanted_copy_are_intent_not_text_even_glued_to_a_clause(q, expected):
    assert clauses(q) == expected
    assert [c.text for c in parse_query('"工作总结范文" -讲话范文', genre_words=True).clauses] == ["工作总结范文", "讲话范文"]


# Pieces of genre words, decoration, function characters and noise: what the rules above cut
# and correct, glued in any order.
PIECES = st.sampled_from(
    ["工作总结", "总节", "讲话稿", "领导", "范文", "大全", "3000字", "最新", "材料", "汇报", "述职报吿", "的", "在",
     "\u202e", "\x00", "\ud800", "“", "-", " ", "xx", "X", "區", "节", "\u3000"]
)
QUERIES = st.one_of(st.text(max_size=120), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(QUERIES)
def test_understanding_any_query_never_raises_and_keeps_folded_clauses(raw):
    parsed = parse_query(raw, genre_words=True, synonyms={"年度小结": ["年度工作总结"]})
    assert len(parsed.clauses) <= MAX_CLAUSES
    assert all(c.text and fold(c.text) == c.text for c in parsed.clauses)
    assert all(0 <= c.required_words <= len(c.words) for c in parsed.clauses)
