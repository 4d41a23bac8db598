"""Word (.docx) export in the layout of Chinese official documents (GB/T 9704-2012).

Figures and their sources — GB/T 9704-2012 《党政机关公文格式》 (国家标准, 2012-06-29,
effective 2012-07-01):

* 5.2.1 幅面尺寸: A4, 210 mm × 297 mm.
* 5.2.2 版面: 天头（上白边）37 mm ± 1 mm, 订口（左白边）28 mm ± 1 mm, 版心 156 mm × 225 mm
  (without page numbers) — hence bottom 297 − 37 − 225 = **35 mm** and right
  210 − 28 − 156 = **26 mm**.
* 5.2.3 字体和字号: 如无特殊说明，公文格式各要素一般用 3 号仿宋体字 — body in
  **仿宋_GB2312 三号 (16 pt)**.
* 5.2.4 行数和字数: 一般每面排 **22 行**，每行排 **28 个字** — a document grid of 22 lines
  (225 mm / 22 ≈ 28.99 pt; we use exact line spacing **28.95 pt** = 579 twentieths, the
  value Word's own 公文 templates use, so rounding never pushes line 22 to the next page)
  and 28 characters (156 mm / 28 ≈ 15.79 pt per character: the grid's ``charSpace`` shrinks
  the 16 pt pitch by just enough). Word honours the grid "as far as it can": punctuation
  compression and Latin text can still change a line's count. Body characters are also
  condensed by 0.25 pt (``w:spacing``) so that LibreOffice and WPS, which give a character
  wider than a cell two cells, keep 28 to the line too; the 二号 title and the page number
  are not snapped to the grid (``w:snapToGrid=0``), as in Word's 公文 templates.
* 7.2.2 标题: 一般用 2 号方正小标宋体字 … 居中排布 — title in **方正小标宋简体 二号
  (22 pt)**, centred, followed by one empty line.
* 7.3.3 正文: 每个自然段左空二字 — **first-line indent of two characters**; 结构层次序数
  第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”; 一般第一层用**黑体**字、
  第二层用**楷体**字、第三层和第四层用仿宋体字标注 — level-1 headings 黑体, level-2
  楷体_GB2312, levels 3–4 仿宋_GB2312 (levels come from :mod:`haowen.text.outline`).
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
import unicodedata
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

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
    page_number_pt: float = 14  # 四号
    line_pitch_pt: float = 28.95
    lines_per_page: int = 22
    chars_per_line: int = 28

    @property
    def text_width_pt(self) -> float:
        return (self.page_width_mm - self.left_mm - self.right_mm) / 25.4 * 72

    @property
    def condense_twentieths(self) -> int:
        """Character spacing (1/20 pt, ≤ 0) that makes a body character no wider than a grid cell.

        Word fits full-width characters to the grid by itself; LibreOffice and WPS give a
        character wider than the cell two cells (14 characters a line), so the body is also
        condensed by this much.
        """
        pitch = self.text_width_pt / self.chars_per_line
        return min(0, math.floor((pitch - self.body_pt) * 20))

    @property
    def char_space(self) -> int:
        """``w:docGrid/@w:charSpace``: 1/4096 pt added to the body size to get the character pitch.

        Rounded down so that ``chars_per_line`` characters always fit the text width.
        """
        pitch = self.text_width_pt / self.chars_per_line
        return math.floor((pitch - self.body_pt) * 4096)


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
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(int(round(layout.line_pitch_pt * 20))))
    grid.set(qn("w:charSpace"), str(layout.char_space))
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


def build_docx(
    title: str,
    paragraphs: list[str],
    headings: list[OutlineItem] | None = None,
    *,
    layout: Layout = GB9704,
    author: str = "",
) -> bytes:
    """Return the bytes of a .docx with ``title`` and ``paragraphs`` in the GB/T 9704 layout.

    ``paragraphs`` are written one Word paragraph each, text unchanged for what the
    library stores (what python-docx reads back is exactly the input). Any other text is
    written too: a line break inside a paragraph (CRLF, CR, U+2028 …) becomes a Word line
    break, characters XML cannot hold are dropped, each paragraph is stripped. The title
    is written whole on the page; the document properties get it on one line, cut to 255
    characters with … (:func:`fit_property`). ``headings`` (default:
    :func:`haowen.text.outline.outline` of the paragraphs) decide heading styles: a
    whole-line heading gets Word's ``Heading 1``–``Heading 4`` style (level ≥ 4 →
    ``Heading 4``, so Word's navigation pane shows the outline) with the level's font;
    a run-in heading (``一是……。正文``) stays a body paragraph whose first run carries
    the heading font. Raises ``ValueError`` when ``title`` has no text.
    """
    title = display_clean(title or "")
    if not title:
        raise ValueError("title is empty")
    if headings is None:
        headings = outline(paragraphs, title)
    by_index = {h.paragraph: h for h in headings}

    doc = Document()
    _setup_styles(doc, layout)
    _setup_page(doc, layout)
    doc.core_properties.title = fit_property(title)
    doc.core_properties.author = fit_property(author)
    doc.core_properties.language = "zh-CN"

    body = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    body.style = TITLE_STYLE
    body.add_run(title)
    doc.add_paragraph("", style="Normal")  # 标题下空一行

    for index, text in enumerate(paragraphs):
        head = by_index.get(index)
        if head is None:
            doc.add_paragraph(_in_paragraph(text).strip(), style="Normal")
            continue
        level = min(head.level, 4)
        if head.whole_paragraph:
            doc.add_paragraph(_in_paragraph(text).strip(), style=f"Heading {level}")
            continue
        # Heading offsets refer to ``text`` as given: clean the two parts separately.
        para = doc.add_paragraph(style="Normal")
        run = para.add_run(_in_paragraph(text[: head.heading_end]).lstrip())
        _set_fonts(run._r, _heading_font(level), None)
        rest = _in_paragraph(text[head.heading_end :]).rstrip()
        if rest:
            para.add_run(rest)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
