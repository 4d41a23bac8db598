"""HTML pages (``raw_format`` ``html``): main text by trafilatura, title and date from the page."""

from __future__ import annotations

import bisect
import logging
import re
from html.parser import HTMLParser

from ..clean import (
    clean_document,
    is_asker_row,
    is_crumb_column,
    is_page_header,
    is_site_and_slogan,
    is_site_name,
    page_date,
    page_end_date,
    page_headline,
    page_tail_items,
    page_title,
    title_block_date,
)
from ..cleaning.chrome import edge_reason, is_list_header, strong_reason
from ..cleaning.glued import strip_glued_actions
from ..cleaning.dates import PUBLISH_LABELS, answer_date, document_date, effective_date, is_upload_line, parse_cn_date
from ..cleaning.titles import NUMBERED_HEADING, SENTENCE_END, ends_in_genre, is_place_only
from ..decode import check_text, decode_bytes
from ..problems import ImportProblem
from .base import _TITLE_SEPARATORS, ParsedDoc, _finish, _parse_date, clean_title, file_name_headline

log = logging.getLogger(__name__)

__all__ = ["parse_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_VISIBLE_DATE = re.compile(
    # (A bare 日期/时间 only, not "诉求时间：": a date the document talks about.)
    rf"(?:{PUBLISH_LABELS}|(?<![\u4e00-\u9fff])日期|(?<![\u4e00-\u9fff])时间)\s*[:：]\s*"
    r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
)
_META_DATE_NAMES = ("pubdate", "publishdate", "article:published_time", "date", "dc.date", "firstpublishedtime")


def _squash_space(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _decode_html(data: bytes) -> str:
    """Decode HTML bytes: the declared ``<meta charset>`` first, then :func:`decode_bytes`."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        if declared in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
            declared = "gb18030"  # the superset; pages labelled gb2312 often use GBK characters
        try:
            return check_text(data.decode(declared).lstrip("\ufeff"))
        except (LookupError, UnicodeError):  # unknown or odd codecs ("undefined", "utf-7" …)
            pass
    return decode_bytes(data)


class _TextExtractor(HTMLParser):
    """Plain visible-text extraction: a newline at block tags, script/style dropped."""

    _BLOCK = {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "section", "article", "blockquote", "ul", "ol", "dd", "dt", "header", "footer", "nav", "title",
    }  # fmt: skip
    _SKIP = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if name and a.get("content"):
                self.meta.setdefault(name, a["content"])
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        self.parts.append(data)


# Elements whose presence in a table's cell says the table lays out a page, not data.
_BLOCK_TAGS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "article", "section", "blockquote", "pre"])


def unwrap_layout_tables(html_text: str) -> str:
    """``html_text`` with the tables that lay out a page (an old portal's or an intranet's
    ``<table><tr><td class=left>…</td><td class=main><h2>…</h2><p>…</p></td></tr></table>``)
    turned into plain blocks (``div``), or unchanged when it has none or does not parse.

    trafilatura reads every table as data and flattens its cells into one row each, so a
    layout table's sidebar, headline and paragraphs came out as a few lines of cells glued
    together. A table lays out a page when none of its own cells is a header (``th``),
    it has no caption, and one of its own cells holds a block (a paragraph, a heading, a
    list, another table) or it is no grid (one row, or one cell a row: a banner, a menu
    bar); a data table keeps its rows. Linear in the page's size.
    """
    if "<td" not in html_text.lower():
        return html_text
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - trafilatura needs lxml too
        return html_text
    try:
        root = lxml.html.document_fromstring(html_text)
    except Exception:  # lxml raises assorted errors on broken or empty markup
        return html_text
    changed = False
    # Innermost first, so a data table inside a layout table's cell is judged by its own cells.
    for table in reversed(list(root.iter("table"))):
        cells = [c for c in table.iter("td", "th") if _own_table(c) is table]
        if not cells or any(c.tag == "th" for c in cells) or table.find("caption") is not None:
            continue
        rows = [r for r in table.iter("tr") if _own_table(r) is table]
        grid = len(rows) >= 2 and max(sum(1 for c in r if c.tag in ("td", "th")) for r in rows) >= 2
        if grid and not any(_holds_page(c) for c in cells):
            continue
        own = [table, *(el for el in table.iter("thead", "tbody", "tfoot", "tr", "td") if _own_table(el) is table)]
        for el in own:  # (renamed after the walk: a renamed table is no table to _own_table)
            el.tag = "div"
            el.attrib.pop("width", None)
        changed = True
    if not changed:
        return html_text
    return lxml.html.tostring(root, encoding="unicode")


def _holds_page(cell) -> bool:
    """A table's cell that holds part of a page rather than a datum: a heading, a list, a
    form or another table, three blocks or more, :data:`_LAYOUT_CELL_BREAKS` line breaks or more,
    or over :data:`_LAYOUT_CELL_CHARS` characters. (A word processor's table wraps each cell's text in one ``<p>``.)"""
    blocks = breaks = 0
    for child in cell.iter():
        if child is cell or not isinstance(child.tag, str):
            continue
        if child.tag in _PAGE_TAGS:
            return True
        blocks += child.tag in _BLOCK_TAGS
        breaks += child.tag == "br"
    # (… or lines of text apart by five line breaks or more: a preview's document in one cell, "资料预览：<br>1 适用范围<br>…".)
    return blocks >= 3 or breaks >= _LAYOUT_CELL_BREAKS or len(cell.text_content()) > _LAYOUT_CELL_CHARS


#: Elements a datum's cell never holds.
_PAGE_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "article", "section"])
#: A cell longer than this, in characters, holds a page's text rather than a datum.
_LAYOUT_CELL_CHARS = 300
#: A cell with this many line breaks (``<br>``) or more holds a page's lines rather than a datum.
_LAYOUT_CELL_BREAKS = 5


def _own_table(el):
    """The nearest ``table`` above ``el``, or None."""
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _extract_with_trafilatura(html_text: str) -> tuple[str, str, str]:
    """``(text, title, date)`` from trafilatura, or empty strings when it finds nothing.
    Layout tables are unwrapped first (:func:`unwrap_layout_tables`)."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html_clean extra
        log.warning("trafilatura unavailable (%s); using the plain HTML text extractor", exc)
        return "", "", ""
    html_text = unwrap_layout_tables(html_text)
    try:
        doc = trafilatura.bare_extraction(
            html_text,
            include_comments=False,
            favor_precision=True,
            include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("trafilatura failed (%s); using the plain HTML text extractor", exc)
        return "", "", ""
    if doc is None:
        return "", "", ""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    # (Trafilatura writes a table's rows with bars between cells and escapes a bar inside a
    # cell, "首页 \| 机构概况": that bar is the page's own, a menu's separator.)
    text = (get("text") or "").replace("\\|", "｜")
    return text, get("title") or "", get("date") or ""


# A closing line of a document under its last paragraph: an issuer or signature (a short
# line without punctuation) or a date (成文日期, GB/T 9704-2012 §7.3.5).
_CLOSING_DATE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九十○]{4}\s*年[〇零一二三四五六七八九十○]{1,2}月[〇零一二三四五六七八九十○]{1,3}日"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:印发|发布|印)?$"
)
_PUNCTUATION = re.compile(r"[，。！？；：、,.!?;:|｜]")
# An issuer's name, by its last word (an office, a bureau, a committee, a centre …).
_ISSUER_END = re.compile(r"(?:办公室|人民政府|政府|委员会|局|中心|协会|学会|商会|公司|集团|学校|医院|卫生院|社区|居委会|村委会|支部|党委|联合会|研究会|促进会)$")
# Cells of a table's row flattened to one line: apart by ideographic spaces, tabs or runs of spaces.
_CELL_SPLIT = re.compile(r"[\u3000\t]+|\s{2,}")
#: Share of the main text's lines that must be found in the page's visible text, in order,
#: before the lines between them are trusted to be the same text.
_MIN_ALIGNED = 0.8
#: Prose lines of a page: a line of text (CJK in it) ending a sentence, this long or more.
_PROSE_LINE_CHARS = 20
#: A main text holding less than this share of the page's prose missed its text.
_MIN_PROSE_SHARE = 0.5
_SENTENCE_END_LINE = re.compile(r"[。！？!?]$")
_CJK = re.compile(r"[\u3400-\u9fff]")


def misses_prose(text: str, plain: str) -> bool:
    """True when ``text`` (trafilatura's main text) holds less than :data:`_MIN_PROSE_SHARE`
    of the prose of the page's visible text ``plain`` (its lines of :data:`_PROSE_LINE_CHARS`
    characters or more that end a sentence, by characters; a line counts as held when a
    piece of 12 characters from its middle is in ``text``, spaces ignored). Precision mode
    sometimes keeps a post's header and drops its message (a forum's junk fonts, an
    unusual class): the text is then read from the whole page. Pages with under 100
    characters of prose are never judged."""
    flat = _squash_space(text)
    total = held = 0
    for ln in plain.splitlines():
        ln = _squash_space(ln)
        if len(ln) < _PROSE_LINE_CHARS or not _SENTENCE_END_LINE.search(ln) or not _CJK.search(ln):
            continue
        total += len(ln)
        mid = len(ln) // 2
        if ln[mid - 6 : mid + 6] in flat:
            held += len(ln)
    return total >= 100 and held < _MIN_PROSE_SHARE * total


# The fields a 纪要 opens with (时间：, 地点：, 主持：, 出席：, 列席：, 参会：, 记录：).
_MEETING_FIELD = re.compile(r"^(?:会议)?(?:时间|地点|主持人?|出席(?:人员)?|列席(?:人员)?|参会(?:人员)?|参加人员|缺席|请假|记录人?|议题)\s*[:：]")
# A 公文's closing formula on a line of its own (特此通知。, 特此通告。, 此复。, 妥否，请批示。).
# A closing field of a 公文 under its text (附件说明, 联系人 and phone; GB/T 9704-2012 §7.3.4).
# A decimal-numbered item (1.2 …, 2.1.3 …).
_DECIMAL_ITEM = re.compile(r"^\d{1,2}(?:[.．]\d{1,2})+\s*\S")
_CLOSING_FIELD = re.compile(r"^(?:附件|联系人|联系电话|联系方式|电话|邮箱|电子邮箱)\s*[:：]")
_CLOSING_FORMULA = re.compile(r"^(?:特此(?:通知|通告|公告|报告|函告|批复|证明|说明)|此复|此致|妥否，请批示|以上请示，请予审批|专此函达)[。！]?$")


def _table_row(line: str) -> bool:
    """``line`` (of the page's visible text) is a table's row: two or more cells apart by
    ideographic spaces, each at most 24 characters, no sentence or clause mark."""
    cells = [c for c in re.split(r"\u3000+", line) if c.strip()]
    return len(cells) >= 2 and all(len(c) <= 24 for c in cells) and not re.search(r"[。！？，；]", line)


def _cells_kept(line: str) -> str:
    """A table's row as the page shows it, one ideographic space between its cells."""
    return re.sub(r"\u3000{2,}", "\u3000", line)


def _line_positions(page: list[str]) -> dict[str, list[int]]:
    """Where each line of ``page`` stands: its text (spaces ignored) → its indexes, ascending."""
    positions: dict[str, list[int]] = {}
    for k, ln in enumerate(page):
        positions.setdefault(_squash_space(ln), []).append(k)
    return positions


def _align_in_order(main: list[str], positions: dict[str, list[int]]) -> list[int | None]:
    """Each line of ``main`` matched in order to its place in a page (``positions``: see
    :func:`_line_positions`): the first place after the last match, or None. A binary search in
    each line's places, so a page of many lines costs O((main + page) log page)."""
    where: list[int | None] = []
    j = 0
    for ln in main:
        found = positions.get(_squash_space(ln), ())
        i = bisect.bisect_left(found, j)
        if i < len(found):
            where.append(found[i])
            j = found[i] + 1
        else:
            where.append(None)
    return where


def in_page_order(text: str, plain: str) -> str:
    """``text`` (trafilatura's main text) with its lines in the order the page shows them.

    Trafilatura sometimes moves short blocks it recovers late to the end of its text (a
    speech's byline and date printed above the first paragraph come out under the last).
    The lines are first matched to ``plain`` (the page's visible text; spaces ignored) in
    order, each at the first place after the last match; when some line has no such place
    but has an unused one earlier, it goes there and the lines are sorted by their places.
    ``text`` comes back unchanged when every line matched in order, or when some line is
    not in ``plain`` at all.
    """
    main = [ln.strip() for ln in text.splitlines() if ln.strip()]
    positions = _line_positions([ln.strip() for ln in plain.splitlines() if ln.strip()])
    at = _align_in_order(main, positions)
    if None not in at:
        return text
    used = {k for k in at if k is not None}
    for n, ln in enumerate(main):
        if at[n] is None:
            free = [k for k in positions.get(_squash_space(ln), ()) if k not in used]
            if not free:
                return text
            at[n] = free[0]
            used.add(free[0])
    return "\n".join(ln for _, ln in sorted(zip(at, main)))


def restore_dropped_lines(text: str, plain: str) -> str:
    """``text`` (trafilatura's main text) with the document's lines of the page it dropped
    put back. Between its first and last line: outline headings, salutations (a line
    ending in ``：``), 成文日期 lines and the issuer above one (each at most 40
    characters), a notice's closing fields (``附件：…``, ``联系电话：…``), the rows of a grid (two
    rows or more with as many cells, apart by ideographic spaces or tabs), and sentences of prose that no chrome rule reads as chrome
    at a text's edge (:func:`.cleaning.chrome.edge_reason`); other dropped lines inside stay out (a toolbar or a share bar between two
    paragraphs). Around it: the salutation above its first line and the signature block
    under its last (up to eight lines that end in a date: short lines without punctuation, a
    closing formula, the closing fields 附件：/联系人：, and lines of the page's chrome between).

    Precision mode drops short blocks — a notice's outline headings (一、推荐范围), its
    salutation, its issuer and 成文日期 — which are the document's. Chrome inside the span
    is the cleaner's to remove, as in any text input. ``text`` comes back unchanged when
    fewer than :data:`_MIN_ALIGNED` of its lines are found in ``plain`` in order (a table
    flattened differently, a page whose visible text does not hold it).
    """
    main = [ln.strip() for ln in text.splitlines() if ln.strip()]
    page = [ln.strip() for ln in plain.splitlines() if ln.strip()]
    if not main or not page:
        return text
    positions = _line_positions(page)
    where = _align_in_order(main, positions)  # each main line's index in ``page``, or None
    at = [k for k in where if k is not None]
    if len(at) < _MIN_ALIGNED * len(main):
        return text
    first, last = at[0], at[-1]
    if first and page[first - 1].endswith(("：", ":")) and len(page[first - 1]) <= 40:
        first -= 1  # the salutation (各乡镇妇联，县直各单位妇委会：)
    while first and _MEETING_FIELD.match(page[first - 1]) and len(page[first - 1]) <= 60:
        first -= 1  # a 纪要's opening fields (时间：… / 地点：… / 主持：…), short blocks precision mode drops
    tail = page[last + 1 : last + 9]
    for n in range(len(tail), 0, -1):
        block = tail[:n]
        # (The date may carry the page's buttons glued on, 2025年3月3日【打印此页】; a closing
        # formula, 特此通告。, the document's closing fields, 附件：… / 联系人：…, and a line of the
        # page's chrome, 登录后查看完整公告, may stand above the issuer: the cleaner drops the chrome.)
        if _CLOSING_DATE.match(_squash_space(strip_glued_actions(block[-1]))) and all(
            (len(b) <= 30 and not _PUNCTUATION.search(b))
            or _CLOSING_FORMULA.match(b)
            or (len(b) <= 60 and _CLOSING_FIELD.match(b))
            or (len(b) <= 40 and strong_reason(b) is not None)
            for b in block[:-1]
        ):
            last += n
            break

    def cells(k: int) -> int:
        return len(_CELL_SPLIT.split(page[k])) if 0 <= k < len(page) else 0

    def document_line(k: int) -> bool:
        ln = page[k]
        n = cells(k)
        if 2 <= n <= 12 and (cells(k - 1) == n or cells(k + 1) == n):
            return True  # a row of a grid of two rows or more with as many cells (a data table)
        if (
            10 <= len(ln) <= 200
            and ln.endswith(("。", "！", "？"))
            and ("，" in ln or "、" in ln or _DECIMAL_ITEM.match(ln))
            and edge_reason(ln) is None
        ):
            # A sentence of the text (precision mode drops a short paragraph now and then), or
            # a numbered item of one (1.2 培养学生…品质。).
            return True
        if len(ln) <= 60 and (_MEETING_FIELD.match(ln) or _CLOSING_FIELD.match(ln)):
            return True  # a 纪要's field (时间：…, 地点：…, 记录：…), a notice's closing field (联系电话：…)
        if len(ln) > 40:
            return False
        if NUMBERED_HEADING.match(ln) or ln.endswith(("：", ":")) or _CLOSING_DATE.match(_squash_space(ln)):
            return True
        # The issuer above a 成文日期.
        if len(ln) <= 30 and not _PUNCTUATION.search(ln) and k + 1 < len(page) and bool(_CLOSING_DATE.match(_squash_space(page[k + 1]))):
            return True
        # … or alone, no date, between the last paragraph and the page's chrome (a WeChat mirror's
        # "某某县林业局" over its 阅读原文 row): the document's 落款 (GB/T 9704-2012 §7.3.5).
        return (
            4 <= len(ln) <= 20
            and not _PUNCTUATION.search(ln)
            and _ISSUER_END.search(ln) is not None
            and k > 0
            and page[k - 1].endswith(("。", "！", "？"))
            and k + 1 < len(page)
            and (strong_reason(page[k + 1]) is not None or edge_reason(page[k + 1]) is not None)
            and strong_reason(ln) is None
        )

    # Trafilatura's lines in its order (a table it rendered its own way included), with the
    # document's lines it dropped put back where the page has them.
    out = page[first : at[0]]
    prev: int | None = None
    def grid_row(k: int | None) -> bool:
        # A table's row with a sibling row of as many cells right above or below it.
        if k is None or not _table_row(page[k]):
            return False
        width = len(re.split(r"\u3000+", page[k].strip()))
        return any(0 <= x < len(page) and _table_row(page[x]) and len(re.split(r"\u3000+", page[x].strip())) == width for x in (k - 1, k + 1))

    for ln, k in zip(main, where):
        if k is not None:
            if prev is not None:
                out.extend(page[x] for x in range(prev + 1, k) if document_line(x))
            prev = k
        # (The page's own line where it is the same text and a row of a grid: trafilatura turns
        # the ideographic spaces between a table's cells into single spaces; the gaps are kept.)
        out.append(_cells_kept(page[k]) if grid_row(k) else ln)
    out.extend(page[at[-1] + 1 : last + 1])
    return "\n".join(out)


#: Most lines of a main text, before the page's headline, dropped as the page's furniture.
_MAX_LINES_BEFORE_HEADLINE = 3
_SENTENCE_MARK = re.compile(r"[。！？!?]")


def drop_before_headline(text: str, plain: str, title: str) -> str:
    """``text`` (the main text) without its first lines when the page shows them above its
    headline and the rest of the text below it: a sidebar's or a header's block the
    extractor took in, while the headline itself (the line of the visible text ``plain``
    that reads ``title``, spaces ignored) was left out. At most
    :data:`_MAX_LINES_BEFORE_HEADLINE` lines go, each at most 40 characters and no sentence
    (an article's prose never stands above its own headline); ``text`` comes back unchanged
    when the headline is not found, or when no line of the text stands below it."""
    key = _squash_space(title or "")
    if len(key) < 4:
        return text
    page = [_squash_space(ln) for ln in plain.splitlines() if ln.strip()]
    try:
        head = page.index(key)
    except ValueError:
        return text
    main = [ln for ln in text.splitlines() if ln.strip()]
    above, below = set(page[:head]), set(page[head + 1 :])
    k = 0
    while k < min(len(main), _MAX_LINES_BEFORE_HEADLINE):
        ln = _squash_space(main[k])
        if ln not in above or ln in below or len(ln) > 40 or _SENTENCE_MARK.search(ln):
            break
        k += 1
    if k == 0 or k >= len(main) or _squash_space(main[k]) not in below:
        return text
    return "\n".join(main[k:])


def drop_question_detail(text: str, plain: str) -> str:
    """``text`` (the main text) without its first one or two lines when the visible text ``plain``
    shows them right above a Q&A page's asker's row (``提问者：某某　浏览 3,204 次``) that the extractor
    left out: the question's detail (``下周要坐8个小时大巴…，求推荐。``), not the answer's first
    sentence (of the labelled lines right above an asker's row, all are chrome). Each line goes
    only when at most 200 characters; ``text`` comes back unchanged otherwise."""
    main = [ln for ln in text.splitlines() if ln.strip()]
    if len(main) < 3:
        return text
    page = [_squash_space(ln) for ln in plain.splitlines() if ln.strip()]
    held = {_squash_space(ln) for ln in main}
    first = _squash_space(main[0])
    if first not in page or len(first) > 200:
        return text
    at = page.index(first)
    for k in (1, 2):
        if at + k >= len(page):
            break
        row = page[at + k]
        if is_asker_row(row) and row not in held:
            if k == 2 and (len(main) < 4 or _squash_space(main[1]) != page[at + 1] or len(main[1]) > 200):
                break
            return "\n".join(main[k:])
    return text


#: Most lines of a box under the text, dropped with the heading the extractor left out.
_MAX_BOX_LINES = 4
_BOX_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]?$")


def drop_tail_box(text: str, plain: str) -> str:
    """``text`` (the main text) without its last lines when they are a box of the page under
    a heading the extractor left out: up to :data:`_MAX_BOX_LINES` short lines (at most 30
    characters, no sentence, no date, no ``key：value`` field) at the text's end whose first stands in the visible
    text ``plain`` right under a bare heading (2–8 Chinese characters: 科室介绍, 参考资料) that
    is not in ``text``. A document's signature block stands right under its last paragraph,
    and a heading of its own is kept with it; ``text`` comes back unchanged otherwise.

    Under a related list's heading (:func:`is_list_header`: ``该公众号的其他存档``), the box's lines are
    headlines and may hold a colon (``消费提示：…注意事项``). Under a heading that counts a Q&A page's other answers (``其他 3 个回答``, ``另有2位网友作答``: a class
    of :func:`strong_reason`), the box's lines are readers' answers and may be sentences and
    ``某某：…`` lines (at most 80 characters each)."""
    main = [ln for ln in text.splitlines() if ln.strip()]
    if len(main) < 3:
        return text
    page = [_squash_space(ln) for ln in plain.splitlines() if ln.strip()]
    held = {_squash_space(ln) for ln in main}
    box_at = None
    plain_run = True  # (every line from the text's end up to here is a bare box's)
    headline_run = True  # (… or a headline's, a colon allowed: "消费提示：春季购买…注意事项")
    k = len(main)
    while k > 2 and len(main) - k < _MAX_BOX_LINES:
        ln = _squash_space(main[k - 1])
        if len(ln) > 80:
            break
        headline_run = headline_run and not (len(ln) > 30 or _SENTENCE_MARK.search(ln) or _CLOSING_DATE.match(ln))
        # (a field, 联系人：…, under a heading the extractor dropped is the text's)
        plain_run = plain_run and headline_run and not re.search(r"[：:]", ln)
        k -= 1
        at = [i for i, x in enumerate(page) if x == ln]
        if not (at and at[-1] > 0 and page[at[-1] - 1] not in held):
            continue
        heading = page[at[-1] - 1]
        if (
            (plain_run and _BOX_HEADING.match(heading))
            # (Headlines under a related list's heading, "该公众号的其他存档": the site's list.)
            or (headline_run and is_list_header(heading))
            or (strong_reason(heading) or "").startswith(_ANSWERS_HEADING_REASONS)
        ):
            box_at = k  # (the topmost line of the run that stands under such a heading)
    return text if box_at is None else "\n".join(main[:box_at])


# The classes of a heading over a Q&A page's other answers (see drop_tail_box).
_ANSWERS_HEADING_REASONS = ("list: a header counting the other answers", "list: the count of more answers", "list: a link to the other answers")


def _joined_segments_headline(tag: str, plain: str) -> str:
    """A line among the first 30 of the page's visible ``plain`` text that is two segments of
    its ``<title>`` (``tag``, split at its bars or dashes) run together in either order, or
    ``""``: the document's title, which the ``<title>`` split into a page name and a site name."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(tag or "") if p.strip()]
    if not 2 <= len(parts) <= 4:
        return ""
    # (Run together: a site's name and its slogan side by side apart by a space,
    # "某某论坛 某某人的网上家园", are the page's header row, not a title the <title> split.)
    joined = {_squash_space(a + b): a for a in parts for b in parts if a is not b}
    for line in [ln.strip() for ln in plain.splitlines() if ln.strip()][:30]:
        first = joined.get(_squash_space(line)) if len(line) <= 60 else None
        if first is not None and not (line.startswith(first) and line[len(first) : len(first) + 1].isspace()):
            return line
    return ""


# The last word of an owner's or a site's name (某某有限公司, 某某网), which a page prints in its footer too.
_OWNER_NAME_END = re.compile(r"(?:公司|集团|网|站|中心|局|委员会|协会|学会|学校|医院|大学|学院|事务所|门户|论坛|社区)$")


def _headline_below_header(tag: str, chosen: str, plain: str) -> str:
    """Another segment of the page's ``<title>`` (``tag``) when the segment ``chosen`` for the
    title is printed alone at the very top of the visible ``plain`` text (its first two lines:
    the site's header, 灶台边的碎碎念) and the other alone further down among the first 30 (the
    headline over the text, 外婆的竹笊篱), else ``""``: a page prints its name above the
    document's title, never under it."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(tag or "") if p.strip()]
    if not 2 <= len(parts) <= 4 or chosen not in parts or ends_in_genre(chosen) or chosen.rstrip().endswith(("？", "?")):
        # (A title in a document's form, …的公告, is the document's wherever the page prints it; so is a
        # question, which no site takes for its name.)
        return ""
    top = [_squash_space(ln) for ln in plain.splitlines() if ln.strip()][:30]
    key = _squash_space(chosen)
    at = top.index(key) if key in top else -1
    if not 0 <= at <= 1:
        return ""  # (the header is the page's first line, after the <title>'s own)
    for part in parts:
        k = _squash_space(part)
        if (
            part != chosen and len(_CJK.findall(part)) >= 4 and k in top[at + 1 :]
            and not _OWNER_NAME_END.search(part) and k not in key  # (the owner named in the headline: 某某画室…清单)
        ):
            return part
    return ""


_PUBLISH_WORD = re.compile(PUBLISH_LABELS + r"|发表于|发布于|发帖于")


def _labelled_page_date(plain: str):
    """The date of the first of the top 60 lines of a page's visible ``plain`` text that a
    publish word labels (``发表于 2025-3-2 09:15``, ``发布日期：…``), or None: the page's own
    publish line, never a share or upload stamp (``2025-07-03 09:41　失效时间：…``)."""
    for line in plain.splitlines()[:60]:
        if len(line) <= 80 and _PUBLISH_WORD.search(line) and not is_upload_line(line):
            d = parse_cn_date(line)
            if d is not None:
                return d
    return None


def _line_above(plain: str, first: str) -> str:
    """The line of the visible ``plain`` text above the one that starts with ``first``'s first 20
    characters (past at most two chrome lines, by :func:`strong_reason` or :func:`edge_reason`), when
    it reads as a short headline (2–16 characters, no punctuation of a sentence, a clause or a
    field), or ``""``."""
    lines = [ln.strip() for ln in plain.splitlines() if ln.strip()]
    key = _squash_space(first)[:20]
    at = next((k for k, ln in enumerate(lines[:80]) if key and _squash_space(ln).startswith(key)), -1)
    k = at - 1
    while k >= 0 and at - k <= 3 and (strong_reason(lines[k]) or edge_reason(lines[k])):
        k -= 1  # (the piece's byline or counters between: "更新于2024年　字数 612")
    if k < 0 or at - k > 3:
        return ""
    above = lines[k]
    if not 2 <= len(above) <= 16 or re.search(r"[。！？；，,：:!?;|｜>＞·•]", above):
        return ""
    return above


def _segment_not_headline(segment: str, tag: str, plain: str) -> bool:
    """True when ``segment`` (trafilatura's title) is one segment of the page's ``<title>``
    (``tag``, split at its bars or dashes) that the first 30 lines of the visible ``plain`` text
    never print alone, while the segment :func:`clean_title` chooses is another that they do:
    the page's headline is that one, ``segment`` the site's name."""
    if is_place_only(tag) and segment in tag:
        return True  # "某某集 · 卷三": a collection's name and volume, which the page's headline names no text of
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(tag) if p.strip()]
    if not 2 <= len(parts) <= 4 or segment not in parts:
        return False
    chosen = clean_title(tag)
    if not chosen or chosen == segment or chosen not in parts:
        return False
    raw = plain.splitlines()
    top = [_squash_space(ln) for ln in raw if ln.strip()][:30]
    shown = {_squash_space(ln) for ln in raw[:200] if ln.strip()}
    return _squash_space(chosen) in top and _squash_space(segment) not in shown


def _restates_title(lead: str, title: str) -> bool:
    """``lead`` (a text's first paragraph) is the document's full title of which ``title`` is a
    short form: a line of at most 60 characters without a sentence's end that ends in the same
    genre word (GB/T 9704-2012 §7.3.1: issuer, 关于 subject, 文种), longer than ``title`` and
    holding at least 90 % of its distinct characters."""
    if not (len(title) < len(lead) <= 60) or re.search(r"[。！？；]", lead) or not ends_in_genre(lead) or not ends_in_genre(title):
        return False
    if lead[-2:] != title[-2:] or "关于" not in lead:
        return False
    chars = set(title)
    return sum(1 for ch in chars if ch in lead) >= 0.9 * len(chars)


# What two copies of a text are compared on: its Chinese characters and marks (spaces, bars, Latin
# letters, digits and symbols aside: a flattened row keeps the forum's junk fonts, the lines do not).
_FLAT_NOISE = re.compile(r"[^\u3400-\u9fff，。！？、；：“”‘’（）《》]+")


def _drop_flattened_copies(text: str) -> str:
    """``text`` without a line that holds the two or more lines after it run together (a stray
    ``<td>`` that trafilatura flattened to one row, ``A B C | 回复 举报``, over the same text line by
    line that the page's lines restored): the lines stay, their flattened copy goes. Linear in the
    text's characters for each flattened copy found; a line is compared with what follows it only
    when it is at least one and a half times as long as the next line."""
    lines = text.split("\n")
    keys = [_FLAT_NOISE.sub("", ln) for ln in lines]
    out: list[str] = []
    for k, ln in enumerate(lines):
        key = keys[k]
        if len(key) >= 40 and k + 2 < len(lines) and keys[k + 1] and len(key) >= 1.5 * len(keys[k + 1]):
            joined, j = "", k + 1
            while j < len(lines) and len(joined) < len(key) and key.startswith(joined + keys[j]):
                joined += keys[j]
                j += 1
            if j - k - 1 >= 2 and len(joined) >= 0.7 * len(key):
                continue  # the lines below, run together into one row (a page's bar row may follow)
        out.append(ln)
    return "\n".join(out)


# A gloss in brackets right after a page title's first words ("面膜碗（美容器具）- 某某百科").
_TITLE_GLOSS = re.compile(r"^[^（(）)]{1,20}[（(]([^（）()]{2,12})[）)]")


def parse_html(data: bytes, title: str | None = None) -> ParsedDoc:
    """Parse an HTML page (bytes): main text, title and publication date.

    Text: trafilatura (``include_comments=False``, ``favor_precision=True``), cleaned
    with :func:`clean_text`; when trafilatura is unavailable or returns nothing, the
    visible text from :class:`html.parser.HTMLParser` (scripts and styles dropped)
    goes through the same cleaner, whose chrome rules remove the page furniture.
    Title: ``title`` when given (a record's title field), else ``<meta name=ArticleTitle>``/
    ``og:title``, then trafilatura's, then ``<title>`` (site name after ``|`` dropped); the
    headline the page prints replaces it when it is the same title decorated, cut short or
    a question (:func:`~haowen.ingest.clean.page_headline`). Date: a visible ``发布日期：…``, then
    ``<meta>`` dates, then trafilatura's guess. Raises :class:`ImportProblem` when the
    page cannot be decoded or has no text.
    """
    html_text = _decode_html(data)
    extractor = _TextExtractor()
    try:
        extractor.feed(html_text)
        extractor.close()
    except Exception as exc:  # html.parser is lenient; this is belt and braces
        raise ImportProblem(f"unreadable HTML: {exc}") from exc
    plain = "".join(extractor.parts)
    meta = extractor.meta
    text, t_title, t_date = _extract_with_trafilatura(html_text)
    if text.strip() and misses_prose(text, plain):
        text = plain  # (the cleaner takes the page's chrome off the visible text itself)
    if text.strip():
        text = _drop_flattened_copies(restore_dropped_lines(in_page_order(text, plain), plain))
    tag = "".join(extractor.title_parts).strip()
    if t_title and tag and t_title.strip() in tag and t_title.strip() != tag and ends_in_genre(clean_title(tag)) and not ends_in_genre(t_title):
        # trafilatura's title is one segment of <title> ("某某预案.pdf - 某某网盘" → the site's
        # name) while another names a document: clean_title chooses among the segments itself.
        t_title = ""
    if t_title and tag and t_title.strip() != tag and _segment_not_headline(t_title.strip(), tag, plain):
        # trafilatura took the site's segment of "某某博客 - 教了十年板胡，谈谈…" while the page prints
        # the other as its headline: clean_title chooses among the segments itself.
        t_title = ""
    raw_title = title or "".join(extractor.title_parts)
    given = clean_title(title) if title else ""
    title = given or clean_title(
        meta.get("articletitle") or meta.get("og:title") or t_title or "".join(extractor.title_parts)
    )
    # "服务承诺 | 某某宠物美容" over a headline "某某宠物美容服务承诺": the page prints the site's name
    # and the page's name together as the document's title; the given or <title> split them.
    title = _joined_segments_headline(raw_title, plain) or title
    title = _headline_below_header(raw_title, title, plain) or title
    if text.strip() and title:
        text = drop_before_headline(text, plain, title)
    if text.strip() and text is not plain:
        text = drop_question_detail(drop_tail_box(text, plain), plain)
    cleaned = clean_document(text, title=title or None) if text.strip() else None
    if cleaned is None or not cleaned.paragraphs:
        cleaned = clean_document(plain, title=title or None)
    paragraphs = cleaned.paragraphs
    gloss = _TITLE_GLOSS.search(raw_title or "")
    if gloss and len(paragraphs) > 1 and paragraphs[0].strip() == gloss.group(1) and not SENTENCE_END.search(gloss.group(1)):
        # "面膜碗（美容器具）- 某某百科" over a page that prints 美容器具 under the headline: the entry's
        # category, the page's subtitle, not the entry's first line.
        paragraphs = paragraphs[1:]
    extra = page_tail_items(paragraphs, plain) if text is not plain else 0
    if extra:
        paragraphs = paragraphs[:-extra]  # headlines of a list under the text, its header left out
    title = cleaned.title or page_headline(title, plain) or title  # (the cleaner's when the page's was only the site's name)
    # (… or a <title> that is the site's name and its slogan, when one of them was chosen.)
    site_segment = _squash_space(title) in {_squash_space(p) for p in _TITLE_SEPARATORS.split(raw_title or "")}
    if (
        is_site_name(title)
        or is_page_header(title, plain)
        or is_crumb_column(title, plain)
        or (site_segment and is_site_and_slogan(raw_title, plain))
    ):
        title = page_title(plain, paragraphs[0] if paragraphs else "") or title
        if len(paragraphs) > 1 and title and paragraphs[0].strip() == title.strip():
            # (… or kept it as the text's first line, the cleaner reading the site's name for the
            # title: the headline is the title, not the text's first paragraph.)
            paragraphs = paragraphs[1:]
    if paragraphs and title and is_place_only(title):
        # (A piece's short headline, "玻璃弹珠", too short to read as a title elsewhere, stands right
        # over its first paragraph on the page.)
        title = _line_above(plain, paragraphs[0]) or title
    if (
        len(paragraphs) > 1 and title and is_place_only(title) and 4 <= len(paragraphs[0]) <= 40
        and not re.search(r"[。！？；，,：:!?;]", paragraphs[0]) and not NUMBERED_HEADING.match(paragraphs[0])
    ):
        # A collection's name and volume for a title ("某某集 · 卷三") over a text that opens with
        # its headline: the headline is the piece's title, not its first paragraph.
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if paragraphs:
        title = file_name_headline(raw_title, title, lambda: page_title(plain, paragraphs[0]))
    if paragraphs and title and len(paragraphs) > 1:
        lead = paragraphs[0]
        if _restates_title(lead, title):
            # A repost's headline (【扩散】…！某某大队通告) over the document's own title printed as
            # the text's first line (某某大队关于…的通告): the document's, taken off the body.
            title, paragraphs = lead, paragraphs[1:]
    # The document's own day — under a speech's title (（2025年6月30日）) or its 成文日期 under the
    # signature — before the page's 发布时间 (the day the page went up).
    published = title_block_date(plain, title) or (document_date([], paragraphs[-4:]) if paragraphs else None)
    if published is None:
        # A Q&A page: the answer's day (回答于 …), which the main text may have left out with its
        # header, before the question's or the page's date.
        published = answer_date(plain)
    body_keys = {_squash_space(p) for p in paragraphs} if paragraphs else set()
    for m in _VISIBLE_DATE.finditer(plain) if published is None else ():
        line_end = plain.find("\n", m.end())
        line = plain[plain.rfind("\n", 0, m.start()) + 1 : m.end()]
        whole = plain[plain.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else len(plain)]
        if is_upload_line(line) or is_upload_line(whole):
            # (a file-sharing row's "上传人：…　日期：…" is no publish date; nor a row whose
            # source after the date is a user's upload, "日期：…　来源：网友投稿")
            continue
        if m.group(0).lstrip()[:1] in "日时" and _squash_space(whole) in body_keys:
            # A bare 时间：/日期： line the document keeps in its text ("时间：4月16日至18日"
            # of a contest's plan) is a date it talks about: the document's own date
            # (under its signature, or a 纪要's meeting time) is the cleaner's.
            continue
        published = _parse_date(m.group(1))
        break
    for name in _META_DATE_NAMES:
        if published is None and meta.get(name):
            published = _parse_date(meta[name])
    if published is None:
        # The date written in the page (signature, under the title, a publish line);
        # never trafilatura's guess, which takes a year in the title for a date.
        # The main text may have left the byline out: then the page's top says it.
        published = cleaned.published_on or page_date(plain) or (page_end_date(plain, paragraphs[-1]) if paragraphs else None)
        if paragraphs and published is not None and published == effective_date(paragraphs[-4:]):
            # The cleaner dated the text by the day it takes effect (本规定自…起执行), for want of a
            # publish line in the main text: the page's own publish line, outside it, comes first.
            published = _labelled_page_date(plain) or published
    source_url = meta.get("og:url", "") if meta.get("og:url", "").startswith("http") else ""
    doc = ParsedDoc(
        title=title,
        paragraphs=paragraphs,
        kind="",
        published_on=published,
        source_url=source_url,
        raw=data,
        raw_format="html",
    )
    if cleaned.dropped:  # import_documents -v 2 lists them
        doc.extra["dropped"] = cleaned.dropped
    return _finish(doc)
