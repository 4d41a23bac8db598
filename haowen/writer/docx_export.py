"""Word (.docx) export in the layout of Chinese official documents (GB/T 9704-2012).

Figures and their sources — GB/T 9704-2012 《党政机关公文格式》 (国家标准, 2012-06-29,
effective 2012-07-01):

* 5.2.1 幅面尺寸: A4, 210 mm × 297 mm.
* 5.2.2 版面: 天头（上白边）37 mm ± 1 mm, 订口（左白边）28 mm ± 1 mm, 版心 156 mm × 225 mm
  (without page numbers) — hence bottom 297 − 37 − 225 = **35 mm** and right
  210 − 28 − 156 = **26 mm**.
* 5.2.3 字体和字号: 如无特殊说明，公文格式各要素一般用 3 号仿宋体字 — body in
  **仿宋_GB2312 三号 (16 pt)**.
* 5.2.4 行数和字数: 一般每面排 **22 行**，每行排 **28 个字** — a line grid of 22 lines
  (225 mm / 22 ≈ 28.99 pt; we use exact line spacing **28.95 pt** = 579 twentieths, the
  value Word's own 公文 templates use, so rounding never pushes line 22 to the next page)
  and 28 characters (156 mm / 28 ≈ 15.79 pt per character): body characters are condensed
  by 0.25 pt (``w:spacing``), so 28 of them fill a line. The grid is a line grid
  (``w:docGrid w:type="lines"``), not a character grid: LibreOffice (7.4, rendered in
  ``tests/writer/test_docx_layout.py``) gives every 16 pt character two cells of a
  15.79 pt character grid, 14 characters a line spread over the width, condensed or not;
  the line grid with condensed characters gives 28 in Word and LibreOffice alike. Punctuation
  compression and Latin text can still change a line's count. The 二号 title and the page
  number are not snapped to the grid (``w:snapToGrid=0``), as in Word's 公文 templates.
* 7.2.2 标题: 一般用 2 号方正小标宋体字 … 居中排布 — title in **方正小标宋简体 二号
  (22 pt)**, centred, followed by one empty line.
* 7.3.3 正文: 每个自然段左空二字 — **first-line indent of two characters**; 结构层次序数
  第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”; 一般第一层用**黑体**字、
  第二层用**楷体**字、第三层和第四层用仿宋体字标注 — level-1 headings 黑体, level-2
  楷体_GB2312, levels 3–4 仿宋_GB2312 (levels come from :mod:`haowen.text.outline`).
* 7.2.5 发文字号: 居中排布 — a 发文字号 line at the top of the body goes above the title,
  centred.
* 7.3.1 标题: 分一行或多行居中排布；回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
  标题排列应当使用梯形或菱形 — lines from :func:`haowen.text.gongwen.title_lines`, at most
  ``text width / 22 pt`` = 20 characters, joined by line breaks.
* 7.3.2 主送机关: 编排于标题下空一行位置，居左顶格，回行时仍顶格 — no indent.
* 7.3.4 附件说明: 在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称 …
  附件名称较长需回行时，应当与上一行附件名称的首字对齐 — an empty line, then hanging indents
  so that every line of a name starts under its first character.
* 7.3.5.2 不加盖印章的公文: 在正文（或附件说明）下空一行右空二字编排发文机关署名，在发文机关
  署名下一行编排成文日期，首字比发文机关署名首字右移二字 (a longer date: 成文日期右空二字 and
  the signature further in) — right-aligned paragraphs with the right indents of
  :func:`haowen.text.gongwen.signature_offsets` (an export carries no seal).
* 7.3.6 附注: 居左空二字加圆括号编排在成文日期下一行 — a body paragraph under the date.
* 7.4 版记: 抄送 and 印发 lines in 4 号仿宋 (14 pt) after the text, 抄送 左右各空一字 with
  its continuation under the first organ, 印发机关左空一字、印发日期右空一字 (a right tab);
  分隔线与版心等宽，首条和末条用粗线（0.35 mm），中间用细线（0.25 mm） — paragraph borders of
  1 pt and ¾ pt. (The standard puts the last line on the last page's bottom edge; the export
  leaves the block where the text ends.)
* Punctuation: half-width ``, : ; ? ! ( )`` in Chinese text are written full-width
  (:func:`haowen.text.gongwen.full_width_punctuation`, GB/T 15834-2011); the stored text
  and the page keep what the source wrote.
* 7.5 页码: 一般用 **4 号半角宋体阿拉伯数字** (14 pt), 编排在公文版心下边缘之下，数字左右各放
  一条一字线 (**"— 1 —"**)；一字线上距版心下边缘 7 mm；**单页码居右空一字，双页码居左空一字**
  — odd and even footers, a PAGE field between em dashes, right/left indent of one
  character; footer distance 23 mm from the page edge puts the number's top ~7 mm under
  the text block.

Every font is set for the Latin (``w:ascii``, ``w:hAnsi``), complex-script (``w:cs``) and
East Asian (``w:eastAsia``) slots and theme fonts are removed, so Word shows the Chinese
face for Chinese text. The fonts must be installed on the reader's machine (they are on
most government PCs); Word falls back to a similar face otherwise.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from haowen.text.gongwen import Element, full_width_punctuation, issued_parts, recognise, signature_offsets, text_width, title_lines
from haowen.text.normalize import clean_text, display_clean
from haowen.text.outline import OutlineItem, outline

__all__ = ["Layout", "GB9704", "build_docx", "FONT_TITLE", "FONT_BODY", "FONT_LEVEL1", "FONT_LEVEL2", "FONT_PAGE_NUMBER"]

FONT_TITLE = "方正小标宋简体"
FONT_BODY = "仿宋_GB2312"
FONT_LEVEL1 = "黑体"
FONT_LEVEL2 = "楷体_GB2312"
FONT_PAGE_NUMBER = "宋体"

#: Longest core property (title, author …) python-docx writes: 255 characters
#: (``docx.oxml.coreprops``, after the 255-character limit of OPC core properties).
CORE_PROPERTY_MAX_CHARS = 255
TITLE_STYLE = "公文标题"
PAGE_NUMBER_STYLE = "公文页码"
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Layout:
    """Page and type figures in millimetres and points (see the module docstring)."""

    page_width_mm: float = 210
    page_height_mm: float = 297
    top_mm: float = 37
    bottom_mm: float = 35
    left_mm: float = 28
    right_mm: float = 26
    footer_mm: float = 23
    body_pt: float = 16  # 三号
    title_pt: float = 22  # 二号
    record_pt: float = 14  # 四号, the 版记 (7.4.2, 7.4.3)
    page_number_pt: float = 14  # 四号
    line_pitch_pt: float = 28.95
    lines_per_page: int = 22
    chars_per_line: int = 28

    @property
    def text_width_pt(self) -> float:
        return (self.page_width_mm - self.left_mm - self.right_mm) / 25.4 * 72

    @property
    def title_chars(self) -> int:
        """Full-width title characters a line holds (156 mm / 22 pt = 20)."""
        return int(self.text_width_pt // self.title_pt)

    @property
    def condense_twentieths(self) -> int:
        """Character spacing (1/20 pt, ≤ 0) that makes ``chars_per_line`` body characters fit a line."""
        pitch = self.text_width_pt / self.chars_per_line
        return min(0, math.floor((pitch - self.body_pt) * 20))


GB9704 = Layout()


def _condense(element, twentieths: int) -> None:
    """Character spacing (``w:spacing`` in run properties), in twentieths of a point."""
    rpr = element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(qn("w:val"), str(twentieths))


def _no_grid(element) -> None:
    """Do not snap this style's paragraphs to the document grid (``w:snapToGrid w:val=0``)."""
    ppr = element.get_or_add_pPr()
    snap = ppr.find(qn("w:snapToGrid"))
    if snap is None:
        snap = OxmlElement("w:snapToGrid")
        ppr.insert(0, snap)
    snap.set(qn("w:val"), "0")


def _set_vals(rpr, tags: tuple[str, ...], value: str) -> None:
    """Set ``w:val`` of each child ``tags`` of run properties ``rpr``, adding missing ones."""
    for tag in tags:
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), value)


def _set_fonts(element, name: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Set all four font slots of ``element``'s run properties to ``name`` (themes removed)."""
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if size_pt is not None:
        _set_vals(rpr, ("w:sz", "w:szCs"), str(int(round(size_pt * 2))))  # half-points
    if bold is not None:
        _set_vals(rpr, ("w:b", "w:bCs"), "1" if bold else "0")
    color = rpr.find(qn("w:color"))
    if color is not None:
        rpr.remove(color)


def _indent_chars(pf_element, first_line_chars: int, size_pt: float, left_chars: int = 0, right_chars: int = 0) -> None:
    """Indents in characters (``w:firstLineChars`` etc., hundredths) with twip fallbacks."""
    ppr = pf_element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    twips_per_char = int(round(size_pt * 20))
    ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
    ind.set(qn("w:firstLine"), str(first_line_chars * twips_per_char))
    if left_chars:
        ind.set(qn("w:leftChars"), str(left_chars * 100))
        ind.set(qn("w:left"), str(left_chars * twips_per_char))
    if right_chars:
        ind.set(qn("w:rightChars"), str(right_chars * 100))
        ind.set(qn("w:right"), str(right_chars * twips_per_char))


def _paragraph_format(style, layout: Layout, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars: int = 2) -> None:
    pf = style.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(layout.line_pitch_pt)
    _indent_chars(style.element, indent_chars, layout.body_pt)


def _setup_styles(doc, layout: Layout) -> None:
    styles = doc.styles
    # Document defaults: the East Asian font and size Word uses for the character grid.
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT_BODY)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(int(layout.body_pt * 2)))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr_default = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr_default.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")

    normal = styles["Normal"]
    _set_fonts(normal.element, FONT_BODY, layout.body_pt)
    _condense(normal.element, layout.condense_twentieths)
    _paragraph_format(normal, layout)

    from docx.enum.style import WD_STYLE_TYPE

    title = styles.add_style(TITLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    title.next_paragraph_style = normal
    _set_fonts(title.element, FONT_TITLE, layout.title_pt, bold=False)
    _paragraph_format(title, layout, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    title.paragraph_format.line_spacing = Pt(max(layout.line_pitch_pt, layout.title_pt * 1.5))
    _condense(title.element, 0)
    _no_grid(title.element)  # 二号 characters would take two grid cells each

    for level, font in ((1, FONT_LEVEL1), (2, FONT_LEVEL2), (3, FONT_BODY), (4, FONT_BODY)):
        heading = styles[f"Heading {level}"]
        _set_fonts(heading.element, font, layout.body_pt, bold=False)
        _paragraph_format(heading, layout)
        heading.paragraph_format.keep_with_next = True

    number = styles.add_style(PAGE_NUMBER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    number.base_style = normal
    _set_fonts(number.element, FONT_PAGE_NUMBER, layout.page_number_pt, bold=False)
    _paragraph_format(number, layout, indent_chars=0)
    number.paragraph_format.line_spacing = Pt(layout.page_number_pt * 1.2)
    _condense(number.element, 0)
    _no_grid(number.element)


def _setup_page(doc, layout: Layout) -> None:
    section = doc.sections[0]
    section.page_width = Mm(layout.page_width_mm)
    section.page_height = Mm(layout.page_height_mm)
    section.top_margin = Mm(layout.top_mm)
    section.bottom_margin = Mm(layout.bottom_mm)
    section.left_margin = Mm(layout.left_mm)
    section.right_margin = Mm(layout.right_mm)
    section.footer_distance = Mm(layout.footer_mm)
    section.header_distance = Mm(15)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(int(round(layout.line_pitch_pt * 20))))
    grid.attrib.pop(qn("w:charSpace"), None)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], odd=True, layout=layout)
    _page_number(section.even_page_footer.paragraphs[0], odd=False, layout=layout)


def _field_run(paragraph, instruction: str, placeholder: str) -> None:
    """Append a complex field (``PAGE``) whose cached result is ``placeholder``."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", placeholder), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            run.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


def _page_number(paragraph, *, odd: bool, layout: Layout) -> None:
    """"— N —" in 4号 半角宋体, odd pages right-aligned, even pages left, one character in."""
    paragraph.style = PAGE_NUMBER_STYLE
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    _indent_chars(
        paragraph._p,
        0,
        layout.page_number_pt,
        left_chars=0 if odd else 1,
        right_chars=1 if odd else 0,
    )
    paragraph.add_run("— ")
    _field_run(paragraph, "PAGE", "1")
    paragraph.add_run(" —")


def _heading_font(level: int) -> str:
    return {1: FONT_LEVEL1, 2: FONT_LEVEL2}.get(level, FONT_BODY)


def _in_paragraph(text: str) -> str:
    """``text`` as a Word paragraph can hold it: line breaks of any kind become ``\\n``
    (python-docx writes ``<w:br/>``), characters XML cannot hold are dropped; every other
    character stays (heading offsets count them)."""
    return clean_text(text) if text else ""


def _joins_previous(ch: str) -> bool:
    """True when ``ch`` belongs to the character before it (a combining mark, a variation
    selector, a zero-width joiner), so a cut must not fall just before it."""
    return bool(unicodedata.combining(ch)) or ch == "\u200d" or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def fit_property(value: str, limit: int = CORE_PROPERTY_MAX_CHARS) -> str:
    """``value`` on one line, cut to at most ``limit`` characters with ``…`` when longer.

    The cut falls between user-perceived characters: never before a combining mark,
    variation selector or zero-width joiner, nor after a joiner (emoji sequences).
    """
    value = display_clean(value or "")
    if len(value) <= limit:
        return value
    cut = limit - 1
    while cut > 0 and (_joins_previous(value[cut]) or value[cut - 1] == "\u200d"):
        cut -= 1
    return value[:cut].rstrip() + "…"


def _ind(paragraph, layout: Layout, *, first: float = 0, left: float = 0, right: float = 0, size_pt: float | None = None) -> None:
    """Paragraph indents in characters of ``size_pt`` (default the body size): ``first`` > 0
    indents the first line, < 0 hangs it; written as ``w:*Chars`` (hundredths) with twip
    fallbacks, replacing the style's."""
    ppr = paragraph._p.get_or_add_pPr()
    old = ppr.find(qn("w:ind"))
    if old is not None:
        ppr.remove(old)
    ind = OxmlElement("w:ind")
    twips = (size_pt or layout.body_pt) * 20
    for name, chars in (("left", left), ("right", right)):
        ind.set(qn(f"w:{name}Chars"), str(int(round(chars * 100))))
        ind.set(qn(f"w:{name}"), str(int(round(chars * twips))))
    key = "firstLine" if first >= 0 else "hanging"
    ind.set(qn(f"w:{key}Chars"), str(int(round(abs(first) * 100))))
    ind.set(qn(f"w:{key}"), str(int(round(abs(first) * twips))))
    ppr.append(ind)


def _border(paragraph, side: str, eighths: int) -> None:
    """A single line of ``eighths`` of a point on ``side`` (top/bottom) of ``paragraph``."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))
    line.set(qn("w:space"), "1")
    line.set(qn("w:color"), "000000")
    bdr.append(line)


def _text(text: str) -> str:
    """What the export writes for stored text: cleaned, Chinese punctuation full-width."""
    return full_width_punctuation(_in_paragraph(text))


def _write_record(doc, elements: list[Element], layout: Layout) -> None:
    """The 版记 (GB/T 9704-2012 7.4): 抄送 and 印发 lines between rules."""
    size = layout.record_pt
    doc.add_paragraph("", style="Normal")
    written = []
    for el in elements:
        text = _text(el.text).strip()
        para = doc.add_paragraph(style="Normal")
        if el.kind == "copy_to":
            colon = max(text.find("："), text.find(":"))
            head = text_width(text[: colon + 1]) if colon >= 0 else 0
            _ind(para, layout, left=1 + head, right=1, first=-head, size_pt=size)
            para.add_run(text)
        else:
            # 印发机关左空一字，印发日期右空一字 (7.4.3): the date goes to a right tab.
            parts = issued_parts(text)
            _ind(para, layout, left=1, right=1, size_pt=size)
            tab = Pt(layout.text_width_pt - size)
            para.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
            para.add_run(f"{parts[0]}\t{parts[1]}" if parts else text)
        for run in para.runs:
            _set_fonts(run._r, FONT_BODY, size)
            _condense(run._r, 0)
        written.append(para)
    for i, para in enumerate(written):
        if i == 0:
            _border(para, "top", 8)  # 0.35 mm ≈ 1 pt
        _border(para, "bottom", 8 if i == len(written) - 1 else 6)  # 0.25 mm ≈ ¾ pt


def build_docx(
    title: str,
    paragraphs: list[str],
    headings: list[OutlineItem] | None = None,
    *,
    layout: Layout = GB9704,
    author: str = "",
) -> bytes:
    """Return the bytes of a .docx with ``title`` and ``paragraphs`` in the GB/T 9704 layout.

    ``paragraphs`` are written one Word paragraph each, in order, their text cleaned (a
    line break inside a paragraph — CRLF, CR, U+2028 … — becomes a Word line break,
    characters XML cannot hold are dropped, each paragraph is stripped) and half-width
    ``, : ; ? ! ( )`` in Chinese text made full-width; a paragraph repeating the title at the
    top is left out (the title is written once). The title is written whole, broken into
    balanced lines (:func:`haowen.text.gongwen.title_lines`); the document properties get
    it on one line, cut to 255 characters with … (:func:`fit_property`).

    The elements of the document (:func:`haowen.text.gongwen.recognise`) are laid out as
    GB/T 9704-2012 section 7 says (see the module docstring): 发文字号 above the title,
    主送机关 flush left, 附件说明 with hanging indents, 署名 and 成文日期 right-aligned,
    附注, the 版记 at the end. ``headings`` (default: :func:`haowen.text.outline.outline` of
    the paragraphs) decide heading styles in the body: a whole-line heading gets Word's
    ``Heading 1``–``Heading 4`` style (level ≥ 4 → ``Heading 4``, so Word's navigation pane
    shows the outline) with the level's font; a run-in heading (``一是……。正文``) stays a
    body paragraph whose first run carries the heading font. Raises ``ValueError`` when
    ``title`` has no text.
    """
    title = display_clean(title or "")
    if not title:
        raise ValueError("title is empty")
    if headings is None:
        headings = outline(paragraphs, title)
    by_index = {h.paragraph: h for h in headings}
    elements = recognise(paragraphs, title)
    kind_of: dict[int, list[Element]] = {}
    for el in elements:
        kind_of.setdefault(el.paragraph, []).append(el)

    doc = Document()
    _setup_styles(doc, layout)
    _setup_page(doc, layout)
    doc.core_properties.title = fit_property(title)
    doc.core_properties.author = fit_property(author)
    doc.core_properties.language = "zh-CN"

    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    numbers = [el for el in elements if el.kind == "doc_number"]
    if numbers:
        # 7.2.5: 发文字号 centred above the title, the title one line below.
        first.style = "Normal"
        first.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _ind(first, layout)
        first.add_run(_text(numbers[0].text))
        for el in numbers[1:]:
            p = doc.add_paragraph(_text(el.text), style="Normal")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _ind(p, layout)
        doc.add_paragraph("", style="Normal")
        first = doc.add_paragraph(style=TITLE_STYLE)
    first.style = TITLE_STYLE
    for i, line in enumerate(title_lines(full_width_punctuation(title), layout.title_chars)):
        run = first.add_run(line)
        if i:
            run._r.addprevious(_br())
    doc.add_paragraph("", style="Normal")  # 标题下空一行

    closing = _closing_block(elements, layout)
    record: list[Element] = []
    previous = "body"
    for index, raw in enumerate(paragraphs):
        els = kind_of.get(index)
        if not els:
            if not _in_paragraph(raw).strip():
                doc.add_paragraph("", style="Normal")
                continue
            els = [Element("body", index, raw)]
        for el in els:
            kind = el.kind
            if kind in ("title", "doc_number"):
                continue
            if kind in ("copy_to", "issued"):
                record.append(el)
                continue
            if kind in ("attachment", "signature") and previous not in (kind, "attachment"):
                doc.add_paragraph("", style="Normal")  # 正文（或附件说明）下空一行
            if kind == "signature" and previous == "attachment":
                doc.add_paragraph("", style="Normal")
            previous = kind
            if kind == "body":
                _write_body(doc, raw, by_index.get(index))
                continue
            text = _text(el.text).strip()
            if el is closing.get("last_signature"):
                continue  # written with the date below
            if kind == "date" and closing.get("last_signature") is not None:
                # The last signature line and the date in one paragraph: the date's line
                # starts exactly two characters right of the signature's, in any font.
                para = doc.add_paragraph(_text(closing["last_signature"].text).strip(), style="Normal")
                para.runs[0].add_break()
                para.add_run(text)
                para.alignment = WD_ALIGN_PARAGRAPH.LEFT
                _ind_pt(para, left=closing["date_left_pt"], first=-2 * layout.body_pt)
                _no_autospace(para)
                continue
            para = doc.add_paragraph(text, style="Normal")
            if kind == "addressee":
                _ind(para, layout)  # 居左顶格，回行时仍顶格
            elif kind in ("signature", "date"):
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _ind(para, layout, right=closing["signature_right" if kind == "signature" else "date_right"])
                _no_autospace(para)
            elif kind == "attachment":
                _attachment_indent(para, text, layout)
    if record:
        _write_record(doc, record, layout)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _closing_block(elements: list[Element], layout: Layout) -> dict:
    """Where the signature and date go (GB/T 9704-2012 7.3.5.2, offsets by
    :func:`haowen.text.gongwen.signature_offsets`): ``signature_right`` and ``date_right``
    (characters), the ``last_signature`` element (written in one paragraph with the date)
    and ``date_left_pt``, the date line's left indent (points), computed from the text
    width: a full-width character takes the body size condensed, a half-width one half the
    size (仿宋_GB2312's Latin letters and digits are half-width)."""
    signatures = [el for el in elements if el.kind == "signature"]
    date = next((el for el in elements if el.kind == "date"), None)
    if date is None:
        return {"signature_right": 2, "date_right": 2}
    if not signatures:
        return {"signature_right": 2, "date_right": 2}  # a date alone: 右空二字
    last = signatures[-1]
    date_text = _text(date.text).strip()
    sig_right, date_right = signature_offsets(max((_text(el.text).strip() for el in signatures), key=text_width), date_text)
    condense = layout.condense_twentieths / 20
    width = sum(layout.body_pt * w + condense for w in (text_width(ch) for ch in date_text))
    date_left = layout.text_width_pt - date_right * layout.body_pt - width
    return {"signature_right": sig_right, "date_right": date_right, "last_signature": last, "date_left_pt": date_left}


def _ind_pt(paragraph, *, left: float, first: float) -> None:
    """Indents in points (no character units): ``first`` < 0 hangs the first line."""
    ppr = paragraph._p.get_or_add_pPr()
    old = ppr.find(qn("w:ind"))
    if old is not None:
        ppr.remove(old)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(round(left * 20))))
    ind.set(qn("w:firstLineChars" if first >= 0 else "w:hangingChars"), "0")
    ind.set(qn("w:firstLine" if first >= 0 else "w:hanging"), str(int(round(abs(first) * 20))))
    ppr.append(ind)


def _no_autospace(paragraph) -> None:
    """No extra space between Chinese and Latin text or digits (``w:autoSpaceDE/DN``), so a
    line is as wide as its characters: the offsets of 7.3.5 are counted in characters."""
    ppr = paragraph._p.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "0")
        ppr.append(el)


_ATTACHMENT_HEAD = re.compile(r"^(附\s*件\s*[:：]\s*)?(\d{1,2}\s*[.．、]\s*)?")


def _attachment_indent(para, text: str, layout: Layout) -> None:
    """7.3.4: 附件 左空二字; a name's lines start under its first character, and the numbered
    names after the first under the first one's number (hanging indents, in characters)."""
    m = _ATTACHMENT_HEAD.match(text)
    head = text_width(m.group(1) or "")
    number = text_width(m.group(2) or "")
    if m.group(1):
        left = 2 + head + number
        _ind(para, layout, left=left, first=-(head + number))
    else:
        # A following name: its number starts where the first name's number did.
        left = 2 + text_width("附件：") + number
        _ind(para, layout, left=left, first=-number)


def _br():
    return OxmlElement("w:br")


def _write_body(doc, text: str, head: OutlineItem | None) -> None:
    """A body paragraph: a heading style for a whole-line heading, a heading run for a run-in one."""
    if head is None:
        doc.add_paragraph(_text(text).strip(), style="Normal")
        return
    level = min(head.level, 4)
    if head.whole_paragraph:
        doc.add_paragraph(_text(text).strip(), style=f"Heading {level}")
        return
    # Heading offsets refer to ``text`` as given: clean the two parts separately.
    para = doc.add_paragraph(style="Normal")
    run = para.add_run(_text(text[: head.heading_end]).lstrip())
    _set_fonts(run._r, _heading_font(level), None)
    rest = _text(text[head.heading_end :]).rstrip()
    if rest:
        para.add_run(rest)
