"""Body and title normalisation (``clean_body``, ``display_clean``): one paragraph per line, no
line break or control character that the paragraph splitter, XML or python-docx chokes on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haowen.text.normalize import LINE_BREAKS, clean_body, display_clean

#: Every line boundary ``str.splitlines`` knows, with CRLF, as browsers and editors send them.
BREAKS = ["\r\n", "\r", "\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("brk", BREAKS)
def test_it_makes_every_line_break_a_paragraph_break(brk):
    assert clean_body(f"第一段。{brk}{brk}第二段。{brk}") == "第一段。\n第二段。"


def test_it_covers_what_splitlines_splits_on():
    odd = "".join(chr(cp) for cp in range(0x110000) if len(f"a{chr(cp)}b".splitlines()) == 2)
    assert set(odd) <= set(LINE_BREAKS)


def test_it_drops_controls_xml_cannot_hold_and_bidi_overrides():
    body = "甲\x00乙\x07丙\x1f丁\x7f戊\x9b己\ud800庚\ufffe辛\uffff壬\u202e癸\t子"
    assert clean_body(body) == "甲乙丙丁戊己庚辛壬癸\t子"


def test_it_strips_each_paragraph_and_drops_empty_ones():
    assert clean_body("　　第一段。 \r\n \u3000\r\n\t第二段。\r\n") == "第一段。\n第二段。"
    assert clean_body("\r\n \x00 \r\n") == ""


def test_titles_become_one_line():
    assert display_clean("关于\r\n开展\u2028检查\x00的通知\x0c") == "关于 开展 检查的通知"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_a_clean_body_is_stable_and_splits_only_on_newlines(text):
    body = clean_body(text)
    assert clean_body(body) == body
    paragraphs = body.split("\n") if body else []
    assert body.splitlines() == paragraphs
    assert all(p and p == p.strip() for p in paragraphs)


_REFERENCE_BREAK = re.compile("\r\n|[" + LINE_BREAKS + "]")
_REFERENCE_DROP = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _reference_clean_body(text: str) -> str:
    """The rule written plainly with regular expressions (the module takes a faster path)."""
    text = _REFERENCE_DROP.sub("", _REFERENCE_BREAK.sub("\n", text))
    return "\n".join(line for line in (raw.strip() for raw in text.split("\n")) if line)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("甲乙 \u3000\t\xa0\u2002\u200b\r\n\u2028\x85\x0b\x00\u202e\ud800\ufffe"), st.characters())))
def test_the_fast_path_gives_what_the_rule_says(text):
    assert clean_body(text) == _reference_clean_body(text)
