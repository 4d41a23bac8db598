"""Word export in the GB/T 9704-2012 layout, checked by reading the file back with python-docx."""

from __future__ import annotations

import io
import math

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from haowen.writer.docx_export import GB9704, build_docx
from haowen.text.gongwen import full_width_punctuation
from haowen.text.outline import outline

from .conftest import SPEECH

TITLE = "在区委务虚会上的讲话"


@pytest.fixture(scope="module")
def doc():
    return Document(io.BytesIO(build_docx(TITLE, SPEECH)))


def fonts(element) -> dict[str, str]:
    rfonts = element.find(qn("w:rPr")).find(qn("w:rFonts"))
    return {k.split("}")[1]: v for k, v in rfonts.attrib.items()}


def size_pt(element) -> float:
    return int(element.find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val"))) / 2


def test_it_uses_a4_and_the_gb9704_margins(doc):
    section = doc.sections[0]
    for actual, mm in [
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ]:
        assert abs(actual - Mm(mm)) < Mm(0.1)


def test_it_sets_22_lines_of_28_characters(doc):
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    # A line grid: LibreOffice gives a 16 pt character two cells of a 15.79 pt character grid.
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:charSpace")) is None
    line_pitch_pt = int(grid.get(qn("w:linePitch"))) / 20
    assert line_pitch_pt == pytest.approx(28.95, abs=0.05)
    text_height_pt = (297 - 37 - 35) / 25.4 * 72
    assert math.floor(text_height_pt / line_pitch_pt) == 22
    normal = doc.styles["Normal"].paragraph_format
    assert normal.line_spacing.pt == pytest.approx(28.95, abs=0.05)
    # Body characters are condensed so that 28 fill the 156 mm line.
    spacing = doc.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:spacing"))
    char_pitch_pt = 16 + int(spacing.get(qn("w:val"))) / 20
    text_width_pt = (210 - 28 - 26) / 25.4 * 72
    assert math.floor(text_width_pt / char_pitch_pt) == 28
    # The 二号 title is not snapped to the 三号 grid.
    snap = doc.styles["公文标题"].element.find(qn("w:pPr")).find(qn("w:snapToGrid"))
    assert snap.get(qn("w:val")) == "0"


def test_it_sets_the_body_in_fangsong_sanhao_with_a_two_character_indent(doc):
    normal = doc.styles["Normal"].element
    assert fonts(normal) == {"ascii": "仿宋_GB2312", "hAnsi": "仿宋_GB2312", "eastAsia": "仿宋_GB2312", "cs": "仿宋_GB2312"}
    assert size_pt(normal) == 16
    ind = normal.find(qn("w:pPr")).find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert fonts(defaults)["eastAsia"] == "仿宋_GB2312"


def test_it_sets_the_title_in_xiaobiaosong_erhao_centred(doc):
    title = doc.paragraphs[0]
    assert title.text == TITLE
    assert title.style.name == "公文标题"
    assert fonts(title.style.element)["eastAsia"] == "方正小标宋简体"
    assert fonts(title.style.element)["ascii"] == "方正小标宋简体"
    assert size_pt(title.style.element) == 22
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert doc.paragraphs[1].text == ""  # one empty line under the title


def test_it_sets_heading_fonts_by_level_with_east_asian_names(doc):
    h1, h2 = doc.styles["Heading 1"].element, doc.styles["Heading 2"].element
    assert fonts(h1) == {"ascii": "黑体", "hAnsi": "黑体", "eastAsia": "黑体", "cs": "黑体"}
    assert fonts(h2)["eastAsia"] == "楷体_GB2312" and fonts(h2)["ascii"] == "楷体_GB2312"
    assert fonts(doc.styles["Heading 3"].element)["eastAsia"] == "仿宋_GB2312"
    for style in ("Heading 1", "Heading 2"):
        rfonts = doc.styles[style].element.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert not any("Theme" in key or "theme" in key for key in rfonts.attrib)
        assert size_pt(doc.styles[style].element) == 16


def test_it_styles_the_outline_headings(doc):
    by_text = {p.text: p for p in doc.paragraphs}
    assert by_text["第一个问题：加快发展的信心要更加坚定"].style.name == "Heading 1"
    assert by_text["——四条新路。"].style.name == "Heading 2"
    run_in = by_text[SPEECH[6]]  # ——三大战略行动。…: heading run, then body text
    assert run_in.style.name == "Normal"
    assert run_in.runs[0].text == "——三大战略行动。"
    assert fonts(run_in.runs[0]._r)["eastAsia"] == "楷体_GB2312"
    assert run_in.runs[1].text == SPEECH[6][len("——三大战略行动。") :]


def test_it_round_trips_the_text(doc):
    assert [p.text for p in doc.paragraphs] == [TITLE, "", *SPEECH]
    assert doc.core_properties.title == TITLE


def test_it_numbers_pages_outside_in_songti_sihao(doc):
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for paragraph in (odd, even):
        assert paragraph.text == "— 1 —"
        instructions = [el.text.strip() for el in paragraph._p.iter(qn("w:instrText"))]
        assert instructions == ["PAGE"]
        assert fonts(paragraph.style.element)["eastAsia"] == "宋体" and size_pt(paragraph.style.element) == 14
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert odd._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "100"
    assert even._p.pPr.find(qn("w:ind")).get(qn("w:leftChars")) == "100"


def test_it_exports_the_seed_with_its_outline(shared_dir):
    from tests.text.test_outline import seed_paragraphs

    title, paragraphs = seed_paragraphs(shared_dir)
    doc = Document(io.BytesIO(build_docx(title, paragraphs)))
    # The seed's half-width punctuation is written full-width (第一个问题:… → 第一个问题：…).
    assert [p.text for p in doc.paragraphs][2:] == [full_width_punctuation(p) for p in paragraphs]
    assert "第一个问题：加快发展的信心要更加坚定" in [p.text for p in doc.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 5 and headings[0].startswith("第一个问题")


def test_it_computes_the_character_grid_from_the_layout():
    assert GB9704.condense_twentieths < 0  # 28 characters of 16 pt do not fit 156 mm without condensing
    assert math.floor(GB9704.text_width_pt / (16 + GB9704.condense_twentieths / 20)) == 28
    assert GB9704.title_chars == 20


@pytest.mark.parametrize("title", ["", "  ", "\x07\r\n"])
def test_it_rejects_a_title_with_no_text(title):
    with pytest.raises(ValueError):
        build_docx(title, ["正文"])


def test_it_fits_a_long_title_into_the_document_properties():
    """Core properties hold at most 255 characters (ECMA-376 Part 2 / python-docx); titles up to 300."""
    title = "关于" + "进一步加强和改进" * 37 + "通知"
    assert len(title) == 300
    doc = Document(io.BytesIO(build_docx(title, SPEECH)))
    assert doc.paragraphs[0].text.replace("\n", "") == title  # the page shows the whole title
    assert doc.core_properties.title == title[:254] + "…"


def test_it_cuts_the_title_property_between_characters_not_inside_one():
    title = "题" * 253 + "e\u0301\u0301" + "尾" * 10  # a letter with combining accents at the cut
    assert Document(io.BytesIO(build_docx(title, ["正文"]))).core_properties.title == "题" * 253 + "…"
    title = "题" * 253 + "\U0001F468\u200d\U0001F469" + "尾"  # an emoji ZWJ sequence at the cut
    assert Document(io.BytesIO(build_docx(title, ["正文"]))).core_properties.title == "题" * 253 + "…"


def test_it_writes_any_stored_text():
    """Defence in depth: line breaks of every kind and characters XML cannot hold never fail the export."""
    paragraphs = ["第一行\r\n第二行", "甲\r", "乙\u2028丙\u2029丁", "戊\x0b己\x0c庚\x85辛", "壬\x00癸\x07\x1f\x7f", "\ud800子\ufffe丑\uffff", "\r\n"]
    doc = Document(io.BytesIO(build_docx("标题\r\n第二行\x00", paragraphs, author="作者\x00")))
    assert [p.text for p in doc.paragraphs] == [
        "标题 第二行", "", "第一行\n第二行", "甲", "乙\n丙\n丁", "戊\n己\n庚\n辛", "壬癸", "子丑", ""
    ]
    assert doc.core_properties.title == "标题 第二行" and doc.core_properties.author == "作者"


def test_a_run_in_heading_keeps_its_font_when_the_text_is_cleaned():
    paragraphs = ["一是\r\n加强领导。\x07要把工作抓实。"]
    headings = outline(paragraphs)
    assert headings and not headings[0].whole_paragraph
    para = Document(io.BytesIO(build_docx("标题", paragraphs, headings))).paragraphs[2]
    assert para.text.replace("\n", "") == "一是加强领导。要把工作抓实。"
    assert fonts(para.runs[0]._r)["eastAsia"] == "黑体"


def test_a_run_in_heading_and_its_text_keep_the_space_between_them():
    from haowen.text.outline import OutlineItem

    paragraphs = ["（一）总体要求 全面贯彻落实。"]
    head = OutlineItem(paragraph=0, level=2, style="（一）", rank=7, title="（一）总体要求", whole_paragraph=False, heading_end=8)
    para = Document(io.BytesIO(build_docx("标题", paragraphs, [head]))).paragraphs[2]
    assert para.text == paragraphs[0]
    assert [r.text for r in para.runs] == ["（一）总体要求 ", "全面贯彻落实。"]
