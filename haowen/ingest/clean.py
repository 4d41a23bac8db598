"""Turn messy imported text into real paragraphs, without the site chrome around them.

Pure Python, no Django. Real input (see ``shared/corpus/README.md``) mixes:

* layout: full-width ``\\u3000\\u3000`` and em-space indents; whole documents on one
  line with ``\\u2003\\u2003`` between paragraphs (news.cn); inline HTML
  (``<p style="text-indent: 2em;">…&nbsp;</p>``, ``<br>``); Markdown headings, links,
  tables and ``<!-- INFO END -->`` markers; Wikisource blank-line runs with links and
  footnote marks broken onto lines of their own; PDF-style hard line breaks inside
  sentences; ``\\u200d`` strays;
* chrome: toolbars (``下载 打印 全屏 收藏 【字号：加大 还原 减小】``), ``来源：``/``时间：``
  lines, breadcrumbs, view counters, photo credits (``新华社记者 燕雁 摄``), newspaper
  trailers (``《 人民日报 》（ 2020年05月19日 01 版）``), 范文-site notices and
  preview terms, ``上一篇/下一篇``, ICP footers, link farms.

How chrome is removed, and why it cannot eat the body:

1. *Strong* chrome lines match patterns that do not occur in real prose (ICP numbers,
   font-size toolbars, ``上一篇：``) or are chrome by their class with two independent
   signals (:func:`.cleaning.chrome.strong_reason`: a pay prompt dense in action
   words, a notice of the site speaking of itself, a button made of action words);
   they go wherever they are. No rule holds one site's wording.
2. *Edge* chrome (``来源：``, ``时间：``, toolbar words, breadcrumbs, nav rows, dates
   with a clock time, a repeat of the title) is only removed in the **leading block**
   — the lines before the first line that reads as body text (a sentence, a
   salutation such as ``同志们：``, an outline heading) — and in the **trailing
   block**, found by scanning up from the end past chrome and short weak lines and
   stopping at the first real sentence. A site footer's contact lines there (an
   address with a postcode, a phone, a mailbox) go when they stand below the
   document's date line or right above the footer's own chrome (:func:`_footer_cut`).
3. Inline chrome (photo credits, newspaper trailers) is cut out of the line; a short
   line that *ends* in a photo credit is a photo caption and goes as a whole.

So a sentence in the middle of the body is never dropped: between the first and the
last body sentence only strong-chrome lines and photo captions are removed. (One
exception by design: a licence notice of a digital library, ``本作品…著作权法…公有领域``,
in the last 40 % of a document's lines or characters, or followed by at most 200
characters, ends it, because its footnotes follow it.)

Lengths in this module are counted in characters (``len(str)``) unless a name says
``width`` (display columns: 2 for CJK, 1 for ASCII).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from .cleaning import chrome as _chrome
from .cleaning import dates as _dates
from .cleaning import glued as _glued
from .cleaning import score as _score
from .cleaning import template as _template
from .cleaning import titles as _titles
from .cleaning.width import display_width as _width
from .cleaning.lines import ends_sentence, repair_lines
from ..text.segment import NOUN_TAGS, opens_with_noun, pos_tags

__all__ = [
    "clean_text",
    "classification_view",
    "clean_document",
    "cleaning_context",
    "is_page_header",
    "is_site_name",
    "page_date",
    "page_edge_keys",
    "page_title",
    "preprocess",
    "split_lines",
    "join_soft_breaks",
    "strip_chrome",
    "strip_inline_chrome",
    "is_heading_like",
    "is_strong_chrome",
    "normalize_paragraph",
    "split_long_paragraph",
    "MAX_PARAGRAPH_CHARS",
    "SENTENCE_FINAL",
]

#: A line ending in one of these ends a sentence, so the next line starts a new paragraph.
SENTENCE_FINAL = frozenset("。！？；：”」』!?;:")
# A line starting with one of these continues the previous line (no sentence starts so).
_CONTINUES_START = frozenset("，。、；：！？）」』”》〉】,;:!?)’")
# A line ending in one of these is unfinished (an opening bracket, a comma).
_UNFINISHED_END = frozenset("，、,（《“「『〈【(‘")
_SENTENCE_MARK = re.compile(r"[。！？!?]")

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_LINE = re.compile(r"^[ \t]*[\u200b\u200c\u200d\u2060\ufeff][ \t\u200b\u200c\u200d\u2060\ufeff]*\n", re.M)
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u205f]+")
_IDEO_SPACE_RUN = re.compile(r"\u3000{2,}")
_EDGE_SPACE = " \t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# --- preprocessing: HTML, Markdown, Wikisource artefacts ---------------------------

# YAML front matter of a Markdown file (Hugo's ``_index.md``): metadata, not text.
_FRONT_MATTER = re.compile(r"\A[ \t\n]*---[ \t]*\n(?:[ \t]*[A-Za-z_][\w-]*[ \t]*:.*\n|[ \t]*-[ \t].*\n|[ \t]*\n)*?---[ \t]*(?:\n|\Z)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MATTER_DATE = re.compile(r"^[ \t]*(?:date|pubdate|published|publishDate)[ \t]*:[ \t]*[\"']?(\d{4}-\d{1,2}-\d{1,2})", re.M | re.I)


def _front_matter_date(text: str):
    """The ``date:`` of a Markdown file's YAML front matter (``date: 2025-03-15``), or None:
    its author's date, read when the document itself shows none."""
    m = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    d = _MATTER_DATE.search(m.group(0)) if m else None
    return _dates._plausible(_dates.parse_cn_date(d.group(1))) if d else None
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote|center|hr|dd|dt|dl)\b[^<>]*>",
    re.I,
)
_HTML_INLINE_TAG = re.compile(r"</?(?:span|strong|b|i|em|a|font|img|u|sup|sub|small|big|o:p|label|code)\b[^<>]*>", re.I)
_HTML_HINT = re.compile(r"</?(?:p|br|div|span|strong|font|li|td|h[1-6])\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t\u3000]+", re.M)
_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\((https?://[^()\s]*|#[^()\s]*)\)")
# A table of contents' item: a link to an anchor of the same page ("- [一、目标](#一目标)").
_MD_ANCHOR_ITEM = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\[[^\[\]\n]+\]\(#[^()\s]*\)[ \t]*(?:\n|$)", re.M)
# (Never a masked number's asterisks, 138****2016: a run of them between digits.)
_MD_BOLD = re.compile(r"(?<![*\d])\*\*([^*\n]+)\*\*(?![*\d])")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_MD_TABLE_BLOCK = re.compile(r"(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+", re.M)
# A sentence end and a space inside a cell, or a space before an outline heading: where
# a flattened <br> was; and a heading's end (a space after a short heading).
_CELL_BREAK = re.compile(
    r"(?<=[。！？])[ \t]+(?=\S)|[ \t]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条部]))"
)
_CELL_HEADING = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节条部])[^，。！？\s]{1,20})[ \t]+(?=\S)", re.M)


def _table_block(m: re.Match[str]) -> str:
    """A block of table rows as text: each row's cells joined by ``\u3000``; but a
    *layout* table (a page's frame, as an extractor renders it: some cell holds prose,
    200+ characters or a sentence, a space and more) has each cell on a line of its own,
    and its cells' sentences, run together with spaces where the page had line breaks,
    are lines again."""
    rows = [[c.strip() for c in row.group(1).split("|")] for row in _MD_TABLE_ROW.finditer(m.group(0))]
    if not any(len(c) >= 200 or _CELL_BREAK.search(c) for row in rows for c in row):
        return "".join("\u3000".join(row) + "\n" for row in rows)
    return "".join(_CELL_HEADING.sub("\\1\n", _CELL_BREAK.sub("\n", c)) + "\n" for row in rows for c in row if c)
# Wikisource footnote references rendered as "\n[\n2\n]\n".
_WIKI_FOOTNOTE = re.compile(r"\n[ \t]*\[[ \t]*\n[ \t]*\d{1,3}[ \t]*\n[ \t]*\][ \t]*(?=\n)")
# A converter's pinyin after each traditional character: 扎實(shí)開展 → 扎實開展.
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONE_VOWELS}])[a-zü{_TONE_VOWELS}]{{1,7}}\)")
# Two or more ideographic/em spaces inside a line separate paragraphs (news.cn, People's Daily).
_PARA_SEPARATOR = re.compile(r"[\u3000\u2003][\u3000\u2003\u00a0 ]*[\u3000\u2003]")
_SPACED_BREAK = re.compile(r"(?<=[。！？：”」])[ \u00a0]{2,}(?=\S)|[ \u00a0]{2,}(?=[\d〇零一二三四五六七八九十○×XＸ]{2,4}\s*年)")


def preprocess(text: str) -> str:
    """Normalise newlines and strip markup; the result is plain text with ``\\n`` lines.

    Removes zero-width characters, YAML front matter at the start, HTML comments (``<!-- INFO END -->``), HTML tags
    (block tags become line breaks), HTML entities (only when written with ``;``),
    Markdown heading marks, rules, bold marks, link syntax (the label stays) and table
    pipes, Wikisource footnote marks and converter pinyin notes. Text stays otherwise
    unchanged (characters in, characters out).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u200b" in text or "\ufeff" in text or "\u200d" in text:
        # A line holding only a zero-width stray is not a blank line (Wikisource
        # puts "\u200b" lines inside sentences).
        text = _ZERO_WIDTH_LINE.sub("", text)
    for ch in _ZERO_WIDTH:
        if ch in text:
            text = text.replace(ch, "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if text.lstrip().startswith("---"):
        text = _FRONT_MATTER.sub("", text, count=1)
    if "<!--" in text:
        text = _HTML_COMMENT.sub("\n", text)
    if "<" in text and _HTML_HINT.search(text):
        text = _HTML_BLOCK_TAG.sub("\n", text)
        text = _HTML_INLINE_TAG.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "](#" in text:
        text = _MD_ANCHOR_ITEM.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(1).strip() or m.group(2), text)
    if "**" in text:
        text = _MD_BOLD.sub(r"\1", text)
    if "---" in text or "***" in text or "___" in text:
        text = _MD_TABLE_RULE.sub("", text)
        text = _MD_RULE.sub("", text)
    if "|" in text:
        text = _MD_TABLE_BLOCK.sub(_table_block, text)
    if "\n[" in text:
        text = _WIKI_FOOTNOTE.sub("", text)
    if "(" in text:
        text = _PINYIN_NOTE.sub("", text)
    return text


# --- lines ---------------------------------------------------------------------------


@dataclass
class Line:
    """One line of the document: ``text`` stripped; ``blank_before`` when an empty line
    preceded it; ``chrome`` (chrome wherever it stands) and ``edge`` (chrome at the
    edges, never joined to a neighbour) as marked by :func:`clean_document`."""

    text: str
    blank_before: bool = False
    chrome: bool = False
    edge: bool = False
    #: The line began with an indent (an ideographic space, a tab or two spaces).
    indent: bool = False
    #: The line is the site's template (it recurs on many pages of the site).
    template: bool = False
    #: Why the line is chrome when its neighbours said so (``-v 2``); else its own reason.
    why: str = ""
    #: Display widths of the lines this one was joined from across page markers, all but
    #: the last (see :func:`.cleaning.lines.repair_lines`); empty for a line as the page had it.
    pieces: tuple[int, ...] = ()


# A bracketed box of a few words run into an outline heading that ends the line.
_BOX_THEN_HEADING = re.compile(r"^(【[^【】]{2,8}】[^。！？【】，,]{2,40}?)([一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,14})$")


# A related list's or a hot list's key at a line's start ("相关问题：", "猜你喜欢：", "热门推荐：").
_LIST_KEY_START = re.compile(r"^(?:相关|热门|推荐|延伸|其他|更多|往期|猜你)(?:问题|阅读|文章|推荐|喜欢|想看|回答|链接|话题|资讯)\s*[:：]")


def _split_on_separators(line: str) -> list[str]:
    """Split a line at runs of 2+ ideographic/em spaces that separate paragraphs.

    A single run inside a line splits only after sentence-final punctuation (a
    law's ``…负责人，\\u3000\\u3000经…`` is one sentence); two or more runs mean the
    document was flattened onto one line and every run is a paragraph break.
    Markdown-style headings such as ``第一章\\u3000总\\u3000\\u3000则`` are short and kept.
    """
    core = line.strip(_EDGE_SPACE)
    boxed = _BOX_THEN_HEADING.match(core)
    if boxed:
        # "【健康小贴士】…防护用品三、下一步工作": a page's tip box run into the text's next
        # outline heading (the box's line break lost): two lines.
        return [boxed.group(1), boxed.group(2)]
    cuts = list(_PARA_SEPARATOR.finditer(core))
    if cuts and _LIST_KEY_START.match(core) and len(core) <= 120:
        # "相关问题：…怎么办？　　…怎么处理？": a list's key and its items, one row of the page (its
        # items end in question marks, and would read as paragraphs of the text).
        return [line]
    if cuts and len(core) <= 120 and not _SENTENCE_MARK.search(core) and not _ROW_DATE.search(core) and _chrome.strong_reason(core):
        # "参见：某某　　温控器　　饮水机": a row of the page's that is chrome whole, judged whole
        # (its cells alone are short words, which the text's own lines can be). (A byline's
        # row with its date, "文 / 某某　　2024-03-02　　阅读 …", is split: the date cell dates the page.)
        return [line]
    if not cuts:
        spaced = list(_SPACED_BREAK.finditer(core)) if len(core) >= 80 else []
        if len(spaced) >= 2:
            # A document flattened onto one line with two plain spaces for each paragraph
            # break, after a sentence's or a salutation's end ("同志们：  今天…。  老填埋场…").
            bounds = [0, *(x for m in spaced for x in (m.start(), m.end())), len(core)]
            return [core[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2) if core[bounds[k] : bounds[k + 1]].strip()]
        return [line]
    first = cuts[0].start()
    if (
        len(cuts) == 1
        and len(core[:first]) <= 40
        and not _SENTENCE_MARK.search(core[:first])
        and _NEWS_LEAD_START.match(core[cuts[0].end() :])
    ):
        # A headline and its news lead on one line (…迎新春　　1月23日，社区志愿者…): two paragraphs.
        return [core[:first], core[cuts[0].end() :]]
    if len(cuts) == 1 and core[first - 1] not in SENTENCE_FINAL and core[first - 1] not in "）)" and not is_heading_like(core[:first]):
        return [line]
    # (Blanks inside quotes, a form's "填写格式为“　　年　月　日”", break no paragraph.)
    cuts = [m for m in cuts if core.count("“", 0, m.start()) <= core.count("”", 0, m.start())]
    if not cuts:
        return [line]
    parts, last = [], 0
    for m in cuts:
        parts.append(core[last : m.start()])
        last = m.end()
    parts.append(core[last:])
    parts = [p for p in parts if p.strip(_EDGE_SPACE)]
    if any(len(p.strip(_EDGE_SPACE)) == 1 for p in parts):
        return [line]  # letter-spaced heading (第一章　总　　则), not paragraphs
    if len(parts) >= 2 and all(len(p.strip(_EDGE_SPACE)) <= 16 and p.strip(_EDGE_SPACE).endswith(("：", ":")) for p in parts):
        # A row of fields left blank to sign or fill in (甲方（盖章）：　　　　乙方（盖章）：): one line of
        # the form (all 83 labelled lines so shaped are one paragraph of a body).
        return [line]
    if len(parts) >= 3 and all(len(p.strip(_EDGE_SPACE)) <= 12 and not _CELL_PUNCT.search(p) for p in parts):
        return [line]  # a row of short cells (单位　　培训覆盖率　　演练次数): a table's head, a menu
    # (A cell of 24 characters holds a key, a date and a clock time: "发布时间：2025-06-03 16:20".)
    if len(parts) >= 3 and all(len(p.strip(_EDGE_SPACE)) <= 24 and not _SENTENCE_MARK.search(p) for p in parts) and any(
        _BYLINE_CELL_KEY.match(p.strip(_EDGE_SPACE)) for p in parts
    ):
        return [line]  # a page's byline row (2026年09月15日　　来源：…　　浏览：205): one row, judged whole
    return parts


_ROW_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")
_LONE_CRUMB_SEPARATOR = frozenset(">＞»›")
# A news lead's first words: its day and a comma (1月23日，…, 23日上午，…).
_NEWS_LEAD_START = re.compile(r"^(?:\d{1,2}月)?\d{1,2}日[上下中午晚早间]{0,2}[，,]")
# A byline cell's key (来源：…, 浏览：205, 作者：…).
# (… or a post's stamp: "雾里看花　　发表于 昨天 07:12　　|　只看楼主")
# (… or when the page posted it: "发布部门：…　　发布时间：…　　密级：内部")
_BYLINE_CELL_KEY = re.compile(r"^(?:来源|浏览|点击|阅读|作者|编辑|责任编辑|发布(?:者|人|时间|日期)?|访问|字号|浏览次数|阅读量|点击数)\s*[:：]|^(?:发表于|发布于|发帖于|回复于)\s*\S")
_CELL_PUNCT = re.compile(r"[。！？；，、：:,;!?]")
_INDENT = frozenset("\u3000\t\u2003\u00a0")


# An e-mail address cut after its at sign at a line's end, and the domain that starts the next line.
_MAIL_AT_END = re.compile(r"[A-Za-z0-9._%+-]@$")
_MAIL_DOMAIN_START = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9@])")


def split_lines(text: str) -> list[Line]:
    """Split preprocessed ``text`` into stripped, non-empty :class:`Line` records.

    ``blank_before`` records whether one or more empty lines came before the line,
    which is how blank-line-separated documents mark paragraphs. A breadcrumb that a
    page rendered one item per line (``首页 / > / 云南要闻``) is put back on one line.
    """
    lines: list[Line] = []
    blank = False
    glue_next = False
    for raw in text.split("\n"):
        for piece in _split_on_separators(raw):
            stripped = piece.strip(_EDGE_SPACE)
            if not stripped:
                blank = True
                continue
            if stripped in _LONE_CRUMB_SEPARATOR and lines:
                lines[-1].text += " > "
                glue_next = True
                continue
            if glue_next:
                lines[-1].text += stripped
                glue_next = False
                continue
            lines.append(Line(stripped, blank_before=blank, indent=piece[:1] in _INDENT or piece[:2] == "  "))
            blank = False
    return lines


# --- line classes ----------------------------------------------------------------------

_CN_NUM = "一二三四五六七八九十百千零〇两"
_OUTLINE = re.compile(
    rf"^(?:第[{_CN_NUM}\d]+[章节条篇部分编卷项个款目]"
    rf"|[{_CN_NUM}]+[、.．]"
    rf"|[（(][{_CN_NUM}\d]+[）)]"
    r"|\d{1,2}(?:[.．]\d{1,2})*[、.．)）](?!\d)"
    r"|[①-⑳]"
    rf"|[{_CN_NUM}]是"
    r"|(?:首先|其次|再次|最后)[，,：:]"
    r")"
)
_FIELD_LIKE = re.compile(r"^[^\s：:，。]{1,8}[：:]")


def is_heading_like(line: str) -> bool:
    """True for a short outline heading (``一、总体要求``, ``第一条``, ``（二）强化保障``).

    A heading is at most 40 characters, starts with an outline marker, holds no
    。！？ or semicolon and does not end with a comma. Such lines are never joined to
    the next line.
    """
    s = line.strip()
    if not s or len(s) > 40:
        return False
    if _SENTENCE_MARK.search(s) or s[-1] in _UNFINISHED_END or "；" in s or ";" in s:
        return False  # a sentence ("一是…；二是…"), or a clause cut off after a comma
    return bool(_OUTLINE.match(s))


def _ends_sentence(line: str) -> bool:
    return ends_sentence(line)


# Strong chrome: never part of a document's text, removed wherever it is. Checked on
# lines of at most _CHROME_MAX_CHARS characters.
_CHROME_MAX_CHARS = 200
_STRONG_SEARCH = re.compile(
    "|".join(
        [
            # Toolbars: font-size switches and bracketed buttons.
            r"【\s*字[号體体]\s*[:：]",
            # (… or without its colon: "【字号 大 中 小】", "[字体 大 中 小]")
            r"[【\[]\s*字[号體体]\s+[大中小]\s+[大中小]",
            r"\[\s*字体\s*[:：]",
            r"\[\s*(?:阅读|文档下载|打印|关闭)\s*[:：]?\s*\]",
            # Registration numbers every Chinese site shows in its footer.
            r"ICP[备証证]\s*\d",
            r"ICP\s*备案",
            r"公网安备",
            r"网站标识码",
            # Footer keys of site ownership.
            r"主办[:：].{1,40}承办[:：]",
            r"^(?:技术支持|版权所有)[:：]",
            # The page's label over the text it shows (资料简介：, 宝贝描述：, 文档详情): a shop's or a
            # file host's, never a document's heading.
            r"^(?:资料|文档|文件|内容|宝贝|商品|文章|范文|作品)(?:简介|描述|介绍|详情|摘要|说明)\s*[:：]?$",
            # The page's user who put the file up (文件上传：…, 分享者：…): a host's, never a document's.
            r"^(?:文件|文档|资料|本文)?(?:上传|分享|贡献)(?:者|人|用户)?\s*[:：].{1,30}$",
            r"^(?:Copyright|©)",
            # Previous / next links, window buttons, counters.
            # (上一篇：…, ［下一则］…, « 上一条, 前一篇 …: a link to the article before or after
            # this one, in any label; a document's "下一步" or "上篇：理论篇" is no such link.)
            rf"^(?:[\[［【〔(（<＜«‹《]|[←◀◁◂↑↓▲▼△▽]\s*)?\s*[上下前后]一(?:[{_chrome.PREV_NEXT_UNITS}]|主题)\s*(?:[\]］】〕)）>＞»›》]|[:：]|[\s\u3000]+\S|$)",
            r"^【?\s*(?:打印本页|关闭窗口|返回顶部|关闭本页|打印此页|打印新闻|收藏本页|加入收藏|设为首页)\s*】?",
            r"^(?:访问量|浏览量|浏览次数|阅读量|阅读次数|点击数|点击量|访问次数|浏览)\s*[:：]\s*\d*\s*次?$",
            r"(?:发布时间|发布日期)\s*[:：].{0,30}(?:浏览次数|访问量|阅读量|点击数)",
        ]
    )
)


def is_strong_chrome(line: str) -> bool:
    """True when ``line`` is site chrome that never occurs in a document's text.

    Examples: ICP footers and the other registration numbers of a site's footer,
    ``上一篇：…``, ``【字号：…】`` toolbars, window buttons, view counters. (Chrome by
    its class is :mod:`.cleaning.chrome`'s.) Lines over 200 characters are never chrome.
    """
    s = line.strip()
    if len(s) > _CHROME_MAX_CHARS:
        return False
    if s[:1] in "-•" and s[1:2] == " ":
        s = s[2:].lstrip()  # (a list item's bullet as an extractor writes it: "- 上一篇：…")
    return bool(_STRONG_SEARCH.search(s) or _NEWSPAPER_TRAILER.fullmatch(s))


def _text_before_strong(s: str) -> int:
    """The end of the text's sentences in ``s`` when a strong chrome pattern (see
    :func:`is_strong_chrome`) is glued after them: the offset just past the last ``。！？``
    before the pattern (at most 16 characters before it, at least 8 into ``s``); else 0."""
    if len(s) > _CHROME_MAX_CHARS:
        return 0
    m = _STRONG_SEARCH.search(s)
    if not m or m.start() < 8:
        return 0
    if s[m.start() - 1] in "：:" and _is_body_start(s[: m.start()]):
        return m.start()  # "各乡镇农业服务中心，各酿酒企业：【字体：大 中 小】": an addressee, a toolbar glued on
    # (The pattern may match inside the footer's first words: "。湘ICP备…" is cut at the 。.)
    end = max(s.rfind(mark, 0, m.start() + 1) for mark in ("。", "！", "？"))
    if end < 8 or m.start() - end > 16:
        return 0
    return end + 1


# Edge chrome: only removed in the leading and trailing blocks. The page's meta and list
# lines (key：value rows, breadcrumbs, toolbars, nav rows, tag lines, list headers) are
# cleaning.chrome's classes; these names keep this module's rules readable.
_META_KEY_ONLY = _chrome.META_KEY_ONLY
_ISO_DATE_LINE = _chrome.ISO_DATE_LINE
_BREADCRUMB = _chrome.BREADCRUMB
_TAG_LINE = _chrome.TAG_LINE
_JUNK = _chrome.COUNT_ONLY
_TRAIL_ANCHOR = _chrome.LIST_HEADER_LINE
# A box's label in black lenticular brackets at a line's start (【温馨提示】…, 【本站动态】…):
# GB/T 9704-2012 documents use none, so under the text it heads a box of the page; a
# collection's 【篇一】 heads a version of the text.
_BOX_LABEL = re.compile(r"^【(?!篇[一二三四五六七八九十\d])(?!第[一二三四五六七八九十\d]{1,3}篇)[^【】]{2,8}】")
_TRAIL_META = _chrome.TRAIL_META
_AMBIGUOUS_KEY = _chrome.AMBIGUOUS_KEY
_is_meta_line = _chrome.is_meta_line
_is_toolbar = _chrome.is_toolbar
_is_nav_row = _chrome.is_nav_row
# A licence notice of a digital library: "this work" and its copyright status, and
# the template's leftovers (a licence name, a boolean) below it.
_LICENCE_NOTICE = re.compile(
    # (A work's own status only: a sentence that discusses the public domain, 折法属于公有领域，
    # 任何人都可以使用；…, is an article's.)
    r"^[^，。；,;]{0,30}(?:公有领域|公有領域)[^，。；,;]{0,20}$|^Public domain$|^(?:true|false)$|^(?:本作品|这部作品|這部作品)"
    # A wiki's content licence ("内容采用知识共享署名-相同方式共享许可协议").
    r"|知识共享(?:署名|许可)|CC\s*BY(?:-SA|-NC|-ND)*|署名-相同方式共享"
)


_HARD_FOOTER = re.compile(r"^(?:本作品|这部作品).{0,300}(?:公有领域|著作权法)")


_SQUASH_OUT = re.compile(r"[\s\[\]【】]+")
_SENTENCE_OR_YEAR = re.compile(r"[。！？；;:：]|\d\s*年|[〇零一二三四五六七八九十]年")
_YEARISH = re.compile(r"\d{4}|年")


def _is_edge_chrome(s: str, trailing: bool = False) -> bool:
    """Chrome that is only removed at the top (or, with ``trailing``, the bottom) of a
    document. Memoised per document within :func:`.cleaning.chrome.memo_scope`."""
    memo = _chrome._DOC_MEMO.get()
    if memo is None:
        return _edge_chrome(s, trailing)
    key = ("t" if trailing else "l", s)
    verdict = memo.get(key)
    if verdict is None:
        verdict = memo[key] = _edge_chrome(s, trailing)
    return verdict


def _edge_chrome(s: str, trailing: bool) -> bool:
    # (A line ending a sentence is never glued to the next, and the leading and
    # trailing blocks ask cleaning.chrome themselves: no need to look at it here.)
    if not trailing and len(s) <= 120 and s[-1] not in "。！？" and not _OUTLINE.match(s):
        reason = _chrome.edge_reason(s)
        # Chrome by its class (see cleaning.chrome); a Latin-only line may be a
        # Wikisource footnote mark inside a sentence, which must stay joinable.
        if reason and not reason.startswith("meta: mostly Latin"):
            return True
    if len(s) > _CHROME_MAX_CHARS or (len(s) > 40 and _SENTENCE_MARK.search(s)) or _OUTLINE.match(s):
        return False  # prose and outline headings (第一章　总　　则) are never chrome
    if _chrome.names_contact_person(s):
        return False  # keyed cells naming a contact person (采购人：… 联系人：某某 电话：…) are the document's
    if trailing and _SIGNATURE_FIELD.search(s):
        return False  # an agreement's signature fields (签订日期：____年__月__日) close the document
    if trailing and _chrome.is_site_contact_row(s):
        return True  # "某某小学　地址：…", "电话：…　地址：…": the site's footer, not the document's contacts
    if trailing and _FRAMED_LINE.match(s):
        return True  # "——某某志愿服务队，欢迎加入——": a poster's or a page's sign-off framed by dashes
    if trailing and _dates.SEASON_NOTE.match(s):
        return True  # "（写于2024年冬，病中）": a collection's note on its copy under the text
    return bool(
        _JUNK.match(s)  # (first: the cheapest, and what a page of bare numbers is made of)
        or _is_toolbar(s)
        or (_is_meta_line(s) and not (trailing and _AMBIGUOUS_KEY.match(s)))
        or _ISO_DATE_LINE.match(s)
        or _BREADCRUMB.search(s)
        or _is_nav_row(s)
        # (Clauses cut off after a particle or a preposition, "那一刻我才明白，在孩子眼里，…它让一支快用完的",
        # are a wrapped sentence's line, no row of tags: no tag ends so.)
        or (_TAG_LINE.match(s) and s[-1] not in _PHRASE_GOES_ON)
    )


# A reporter's opener of a news sentence (据了解，…, 据悉，…, 记者了解到，…): the news item's own voice.
_REPORTER_OPENER = re.compile(r"^(?:据了解|据悉|据介绍|据统计|据初步统计|记者了解到|记者获悉|另悉|又讯)[，,]")
# Last characters that leave a phrase open: a structural particle, a preposition, a conjunction, an
# adverb before its verb ("…剩下什么我也看不").
_PHRASE_GOES_ON = frozenset("的地得把被将从向在对与和及或并不也还就才都很太更又再")


_QUOTED_ADDRESSEE = _chrome.QUOTED_ADDRESSEE
# A short line framed by dashes or tildes, no sentence in it ("——某某读书会，欢迎加入——", "～感谢阅读～"):
# under the text, a sign-off; a document's own framed line is its subtitle, at the top ("——记…——").
_FRAMED_LINE = re.compile(r"^[—－\-~～]{1,4}\s*(?=[^—－\-~～。！？]*[\u4e00-\u9fff]{2})[^—－\-~～。！？]{2,30}?\s*[—－\-~～]{1,4}$")


def _starts_body(s: str) -> bool:
    """The first line of a page's body, as the title and date readers see it: a line that
    reads as document text (:func:`_is_body_start`) and is no chrome by its class, wherever
    chrome stands or only at the edges (a search engine's banner ending in 。 included)."""
    if _SPEAKER_TURN.match(s) and not _chrome.strong_reason(s):
        return True  # a script's first turn (A：尊敬的各位领导、老师，), however short
    if _QUOTED_ADDRESSEE.match(s):
        return True  # a reply's addressee in quotes (网友“某某”：)
    return _is_body_start(s) and not _is_edge_chrome(s) and not (len(s) <= _CHROME_MAX_CHARS and _lead_reason(s))


# The site after a title on the title's line ("标题 | 某某 · 公号存档镜像", "标题_某某网"): a bar or an
# underscore, then a short name with no sentence in it.
_SITE_AFTER_TITLE = re.compile(r"^\s*[|｜丨_]\s*[^。！？，,|｜丨_]{2,24}$")
# A department's contact field ended by a full stop ("心内科咨询电话：0739-…（工作日…）。").
_CONTACT_FIELD_SENTENCE = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:电话|热线)\s*[:：]\s*[\d\-－、， ,转]{7,40}(?:[（(][^（）()]{1,18}[）)])?。$")
# A name of 4-16 Chinese characters at a line's start (matched lazily, shortest first, by its caller's set).
_LEADING_NAME = re.compile(r"^([\u4e00-\u9fff]{4,16}?(?:网|站|库|馆|号|平台|社区|论坛))")


def _headline_over_byline(lines: list[Line], k: int, view: Callable[[str], str]) -> bool:
    """Line ``k`` of a page's top is a headline (at most 40 characters, no "。") over a byline that
    dates the page (``原创 某某社区 2024-05-28 17:30 发表于湖南``): a headline's "！" is no sentence's."""
    if k + 1 >= len(lines):
        return False
    head, below = view(lines[k].text), normalize_paragraph(lines[k + 1].text)
    # (A key alone, "资料更新于：", over its value is a file page's field, not a headline; a byline
    # names its account or author beside the date.)
    return (
        len(head) <= 40
        and "。" not in head
        and not head.rstrip().endswith(("：", ":"))
        and len(_HAN_CHAR.findall(head)) >= 4
        and len(below) <= 60
        and len(_HAN_CHAR.findall(below)) >= 2
        and not _starts_body(view(below))
        and _dates.document_date([below], []) is not None
    )


def _answer_label_below(lines: Sequence[Line], i: int, view: Callable[[str], str]) -> bool:
    """A Q&A page's answer label (:data:`.cleaning.chrome.ANSWER_LABEL`: 最佳回答｜某某) stands on the line
    after line ``i``, or on the one after that past a line of the page's chrome (its counters)."""
    for j in (i + 1, i + 2):
        if j >= len(lines):
            return False
        t = view(lines[j].text)
        if _chrome.ANSWER_LABEL.match(t):
            return True
        if not (_chrome.strong_reason(t) or _chrome.edge_reason(t)):
            return False
    return False



# A turn of a script for several voices (a 主持词's A：/B：/合：, 甲：, 男：, 女：, 主持人A：) that
# opens with Chinese words: the text's own line, however short and whatever it ends with.
_SPEAKER_TURN = re.compile(r"^(?:[A-Da-d]|[甲乙丙丁]|男|女|合|齐|男声|女声|主持人?\s*[A-Da-d甲乙丙丁]?)\s*[：:]\s*(?=[\u4e00-\u9fff“])")


# The words a 公文 opens its list or table with (…如下：, …公布如下：, …报告如下：).
_OPENS_LIST = re.compile(r"(?:如下|以下)\s*[：:]$")


def _is_body_start(s: str) -> bool:
    """The first line that reads as document text ends the leading block.

    That is a sentence (any line with 。！？ that is not chrome — chrome is tested
    first), a salutation (``同志们：``), an outline heading, a sentence of clauses that opens
    a list (``…，…结果如下：``, 24+ characters), or any line of 60+ characters.
    """
    if _SALUTATION.match(s) or _OUTLINE.match(s) or _ADDRESSEE_LINE.match(s):
        return True  # (an addressee of several, 各乡镇农机站，各农机专业合作社：, opens a 公文's text)
    if len(s) >= 2 and _SENTENCE_MARK.search(s):
        # (A headline opened by an account's exclamation label, "最新监测！沣源湖越冬雁类达5200只",
        # is no sentence: the label's mark is its only one.)
        label = _titles.HEADLINE_LABEL.match(s)
        # (An exclamation alone, "好！", is a sentence: a headline follows its label.)
        return not (label and len(s) - label.end() >= 6 and len(s) <= 40 and not _SENTENCE_MARK.search(s, label.end()) and "，" not in s)
    if len(s) >= 24 and s.endswith(("：", ":")) and ("，" in s or "," in s):
        return True  # a sentence that opens a list or a table (根据…，…结果如下：)
    if len(s) >= 10 and _OPENS_LIST.search(s):
        return True  # … however short (现将面试人员名单公布如下：)
    # (A header with a Latin name, 某大学某处 Office of International …, is no paragraph.)
    return len(s) >= 60 and len(_HAN_CHAR.findall(s)) >= 30


_NO_SPACE = re.compile(r"\s+")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_DIGIT = re.compile(r"\d")


def _squash(s: str) -> str:
    """Comparison key: no whitespace, no bracket decoration, full-width folded."""
    s = unicodedata.normalize("NFKC", s)
    return _SQUASH_OUT.sub("", s)


# --- inline chrome ------------------------------------------------------------------------

_CJK = r"\u4e00-\u9fff"
_PHOTO_CREDIT = re.compile(
    rf"(?:[{_CJK}]{{1,6}}[/·])?(?:[{_CJK}]{{0,10}}(?:社|报|网|台|新闻|客户端|中心|云))?\s*记者\s*"
    rf"[{_CJK}·]{{2,5}}(?:[、\s]+[{_CJK}·]{{2,5}})*\s*/?\s*摄(?![制像影录])(?:影)?"
)
_PHOTO_CREDIT_NO_VERB = re.compile(rf"(?:[{_CJK}·]{{1,12}}(?:报|社|网))记者\s*[{_CJK}·]{{2,4}}$")
_NEWSPAPER_TRAILER = re.compile(
    r"《\s*[\u4e00-\u9fff]{2,10}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?\d{1,3}\s*版\s*[）)]"
)
_CAPTION_MAX_CHARS = 150


_SENTENCE_PIECE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")


_ACCOUNT_HINT = re.compile(r"微信|QQ|qq|加[Qq]|扣扣|企鹅|薇信|威信|[Vv]信|加V|[Vv][:：]|[Vv][Xx]|[Ww][Xx]|私信|私聊")
_GLUED_ID_PROMPT = re.compile(
    # (A short question leading the prompt in, "材料写不顺？", goes with it.)
    r"(?:(?<=[。！？])|^)((?:[^。！？，,]{2,10}[？?])?[^。！？]{4,60}?(?:微信|加V|[Vv][:：]|[Vv][Xx]|[Ww][Xx]|QQ|加[Qq])\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9_-]{3,19}"
    # (… with the verb after the id: "加微信 abc_123 咨询但我们也要看到，…"; a space after the id
    # without it leaves the prompt going on: "…微信 abc_123 报名下期活动")
    r"(?:\s*(?:一对一)?(?:咨询|联系|详询|获取|领取|了解|沟通|指导)(?=[\u4e00-\u9fff][^。！？]*[。！？]))?)(?=[\u4e00-\u9fff])"
)


# A pointer to the page's floating widget glued between two sentences ("…责任。免费咨询请点右下角判决…"):
# it ends at the screen's corner it points to, the next sentence runs on after it.
_GLUED_CORNER_PROMPT = re.compile(
    r"(?<=[。！？])([^。！？，,]{0,8}(?:咨询|客服|报名|领取|试听|优惠|预约)[^。！？，,]{0,6}?(?:请|可)?点(?:击)?(?:屏幕|页面)?"
    r"(?:右下角|右上角|左下角|左上角|右侧|左侧)(?:的)?(?:按钮|图标|浮窗|窗口)?)(?=[\u4e00-\u9fff“（(])"
)

# An offer to consult the site's experts glued between two sentences, ending on whom to consult.
_GLUED_CONSULT_PROMPT = re.compile(
    r"(?<=[。！？])((?:[^。！？，,]{2,14}[？?])?[^。！？，,]{0,10}?(?:可|请|欢迎)?(?:免费|在线)?咨询(?:本所|本站|本院|我所|我们的?)?"
    r"(?:律师|专家|医生|老师|顾问|客服))(?=[\u4e00-\u9fff“])"
)
# A question and a pointer to a link glued between two sentences, ending on what the link shows
# ("想像某某一样拿证？戳这里看开班时间").
_GLUED_POINTER_PROMPT = re.compile(
    r"(?<=[。！？])([^。！？，,]{2,14}[？?](?:戳|点|点击)(?:这里|此处|此|这儿|我)(?:看|查看|了解|报名|预约|领取)[\u4e00-\u9fff]{0,6}?"
    r"(?:时间|详情|课程|安排|介绍|方式|名额|入口|优惠))(?=[\u4e00-\u9fff“])"
)

# A bracket opening what follows a title glued to the text (an entry's gloss: "（手动工具）").
_GLOSS_START = re.compile(r"[（(【][^（）()【】]{1,12}[）)】]")


# An account's id (letters, digits, _ and -, five or more).
_MESSENGER_ID_RUN = re.compile(r"[A-Za-z0-9_-]{5,}")


def _cut_service_sentences(text: str, dropped: list | None) -> str:
    """``text`` without a writing service's prompt glued between its sentences (``…稳步推进。
    定制同类材料请联系小采（微信yc_fanwen）。现将…``, :func:`.cleaning.chrome.service_sentence`),
    nor a pointer to the page's floating widget (``…。免费咨询请点右下角判决…``); the sentences
    around it stay. Only a line of two or more sentences, one of them no prompt, is
    looked at."""
    if "点" in text and len(text) > 30:
        m = _GLUED_CORNER_PROMPT.search(text)
        if m:
            if dropped is not None:
                dropped.append((m.group(1), "action: a pointer to the page's floating widget glued between two sentences"))
            text = text[: m.start()] + text[m.end() :]
    if len(text) > 30 and ("咨询" in text or "这里" in text or "此" in text):
        for rx in (_GLUED_CONSULT_PROMPT, _GLUED_POINTER_PROMPT):
            m = rx.search(text)
            if m and (_chrome.strong_reason(m.group(1)) or "").startswith(("action:", "contact:")):
                # "…存在一定过错。类似纠纷可免费咨询本所律师顾客试竿时…", "…法规。想拿证？戳这里看开班时间结业…":
                # a prompt that ends on whom to consult or what the link shows, run into the next sentence.
                if dropped is not None:
                    dropped.append((m.group(1), "action: a site's prompt glued between two sentences"))
                text = text[: m.start()] + text[m.end() :]
    if len(text) <= 30 or not _ACCOUNT_HINT.search(text):
        return text
    last_id = max(_MESSENGER_ID_RUN.finditer(text), key=lambda m: m.end(), default=None)
    if (
        len(text) <= 50
        and last_id is not None
        and len(text) - last_id.end() <= 4
        and not _SENTENCE_MARK.search(text)
        and (_chrome.strong_reason(text) or "").startswith("contact:")
    ):
        # "整套材料，请加某某QQ …获取": a prompt whole, ending at its id, dropped whole (no words of
        # the text after it; "…微信 abc_123工作中遇到…" runs into a wrapped sentence: cut below).
        return text

    def glued(m: re.Match[str]) -> str:
        # A prompt ending in an account id that runs straight into the next sentence
        # ("…17处。原创讲话稿定制，三小时出稿，加V：abc_wenmi白蚁蛀蚀…"): cut up to the id.
        piece = m.group(1)

        def prompt(p: str) -> bool:
            return bool(_chrome.service_sentence(p) or (_chrome.strong_reason(p) or "").startswith("contact:"))

        if not prompt(piece):
            return piece
        # The shortest run of its last clauses that is the prompt goes: "…堆放点9处，代写总结请联系
        # QQ …新增…" keeps the sentence's clause before it.
        clauses = re.split(r"(?<=[，,])", piece)
        for k in range(1, len(clauses)):
            tail, head = "".join(clauses[k:]), "".join(clauses[:k])
            if _chrome.offers_service(head):
                break  # "材料代写，当天出稿，加V：…": the prompt starts before the id's clause
            if prompt(tail):
                while k >= 1 and (_chrome.strong_reason(clauses[k - 1].strip()) or "").startswith("contact:"):
                    k -= 1  # (… but a clause that pitches the service itself goes with it: "写讲话稿找某某，加Q …")
                tail = "".join(clauses[k:])
                if not "".join(clauses[:k]).strip():
                    break
                if dropped is not None:
                    dropped.append((tail, "contact: a service prompt glued inside a sentence"))
                return "".join(clauses[:k])
        if dropped is not None:
            dropped.append((piece, "contact: a service prompt glued between two sentences"))
        return ""

    text = _GLUED_ID_PROMPT.sub(glued, text)
    if text.count("。") < 2:
        return text
    pieces = _SENTENCE_PIECE.findall(text)
    if len(pieces) < 2:
        return text
    prompts = [_chrome.service_sentence(p.strip(_EDGE_SPACE)) for p in pieces]
    if not any(prompts) or all(prompts):
        return text  # (a line that is the prompt whole is the chrome rules' to drop)
    # (A short question leading the prompt in, "心得不会写？某某写作顾问微信 … 帮你理思路。", goes with it.)
    leads = {
        k for k in range(len(pieces) - 1)
        if prompts[k + 1] and not prompts[k] and len(q := pieces[k].strip(_EDGE_SPACE)) <= 10 and q.endswith(("？", "?")) and not re.search(r"[，,]", q)
    }
    kept_parts = []
    for k, (p, cut) in enumerate(zip(pieces, prompts)):
        if k in leads:
            if dropped is not None:
                dropped.append((p.strip(_EDGE_SPACE), "contact: the question leading a service prompt in"))
            continue
        if not cut:
            kept_parts.append(p)
            continue
        rest = _rest_after_service_id(p)
        if dropped is not None:
            dropped.append((p[: len(p) - len(rest)].strip(_EDGE_SPACE), "contact: a service prompt glued between two sentences"))
        kept_parts.append(rest)
    return "".join(kept_parts)


# A service's id in a prompt (QQ digits, a messenger id) and the service's words after it ("专人代笔").
_SERVICE_ID = re.compile(r"(?:QQ|qq|微信|V信|VX|vx|加V|加v|加[Qq])\s*[:：]?\s*[A-Za-z0-9_\-]{5,20}\s*(?:[\u4e00-\u9fff]{0,4}(?:代笔|代写|代改|定制|出稿|改稿|服务))?")


def _rest_after_service_id(piece: str) -> str:
    """What of ``piece`` (a sentence a service prompt runs into, ``急用讲话稿找某某，加QQ 123456 专人代笔下面，
    我讲三点意见。``) follows the prompt's id and its service words, when that is a sentence of its own
    (8 characters or more, no prompt itself); ``""`` otherwise (the whole piece is the prompt)."""
    m = _SERVICE_ID.search(piece)
    if not m:
        return ""
    rest = piece[m.end() :].lstrip(_EDGE_SPACE)
    if len(rest) >= 8 and (_HAN_CHAR.match(rest) or rest[:1] == "“") and rest.rstrip()[-1:] in "。！？" and not _chrome.service_sentence(rest.strip()):
        return rest
    return ""



def strip_inline_chrome(line: str) -> list[str]:
    """Cut photo credits and newspaper trailers out of one line; return the pieces.

    Text after a photo credit starts a new piece (news.cn glues the caption, the
    credit and the next paragraph together). A piece that ends in a credit and is at
    most 150 characters is a photo caption and is dropped whole; a longer piece keeps
    its text and only loses the credit. Returns ``[]`` when nothing is left.
    """
    if "《" in line and "版" in line:
        line = _NEWSPAPER_TRAILER.sub("", line)
    if "记者" not in line:
        return [line] if line.strip(_EDGE_SPACE) else []
    pieces: list[str] = []
    last = 0
    for m in _PHOTO_CREDIT.finditer(line):
        before = line[last : m.start()].strip(_EDGE_SPACE)
        if before and len(before) > _CAPTION_MAX_CHARS:
            pieces.append(before)
        last = m.end()
    tail = line[last:].strip(_EDGE_SPACE)
    if tail:
        m = _PHOTO_CREDIT_NO_VERB.search(tail)
        if m and len(tail) <= _CAPTION_MAX_CHARS and _SENTENCE_MARK.search(tail[: m.start()] or "。"):
            tail = ""
        if tail:
            pieces.append(tail)
    return pieces


# --- joining --------------------------------------------------------------------------------


def _blank_line_mode(lines: list[Line]) -> bool:
    """True when blank lines separate the paragraphs (so single newlines are soft).

    Counts blank-line gaps against *hard* single-newline gaps (after a line that ends
    a sentence): Wikisource puts every link on a line of its own, so single newlines
    inside sentences are many there, but paragraph ends are all blank lines.
    """
    # Only gaps between text lines count: pages often space out their chrome with
    # blank lines while the body itself uses single newlines.
    text_lines = [ln for ln in lines if not (ln.chrome or ln.edge) and _HAS_CONTENT.search(ln.text)]
    pairs = list(zip(text_lines, text_lines[1:]))
    blank = sum(1 for _, b in pairs if b.blank_before)
    hard_single = sum(1 for a, b in pairs if not b.blank_before and _ends_sentence(a.text))
    return blank >= 2 and hard_single <= blank


# An article's or a chapter's number and the ideographic space after it (第五条　, 第二章　).
_ARTICLE_GAP = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,5}[条章节款]\u3000+")


def _wrap_width(lines: list[Line]) -> int:
    """Wrap width (columns) of a hard-wrapped (PDF-style) document, or 0 if it is not one.

    A hard-wrapped document has many lines of about the same width: at least 40 %
    of its lines within 12 % of the 75th-percentile width, and that width ≥ 30. Or,
    for a short or heading-rich text, its *open* lines (that end no sentence, are
    no heading and are followed by another line; chrome and table rows left out)
    mostly end at one column: of those at least 30 columns wide, 3 or more, and 60 %
    or more, within 10 % below one width, and at most 20 % of all lines wider than
    115 % of it (a list of toasts ending in commas, 为…， among paragraphs, is no wrap).
    Or, for a text with two such lines only: both end at the same column (±1) and no line
    of the text is wider than it by more than 2.
    A text that is not wrapped has few open lines (titles, headings, signatures), of
    any width.
    """
    candidates = [ln.text for ln in lines if not ln.chrome]
    if len(candidates) < 3:
        return 0
    lengths = sorted(len(t) for t in candidates)
    if lengths[int(len(lengths) * 0.75)] > 120:
        return 0  # long lines: paragraphs, not a page width
    widths = sorted(w for ln in lines if not ln.chrome for w in _physical_widths(ln))
    # Lines that can be a wrapped line's width: no title repeat, meta line or table row
    # (cells apart by ideographic spaces or runs of spaces) — a page's short chrome and a
    # table's rows are often of one width and would make any text look wrapped.
    prose = [
        (w, k == len(ln.pieces) and _ends_sentence(ln.text))
        for ln in lines
        if not (ln.chrome or ln.edge)
        # (An article's number set off by an ideographic space, 第五条　…, is no table's cell gap.)
        and "\u3000" not in _ARTICLE_GAP.sub("", ln.text.strip(), count=1)
        and len(_TABLE_GAP.findall(ln.text.strip())) < 2
        and not _ITEM_LINE.match(ln.text.strip())
        for k, w in enumerate(_physical_widths(ln))
    ]
    if len(prose) >= 6:
        # The width most lines share (a line joined across a page marker is wider); most
        # lines of that width end inside a sentence, as wrapped lines do (paragraphs of
        # about one length end theirs). Counted per distinct width: linear in the lines.
        per_width: dict[int, list[int]] = {}  # width → [lines, lines that end a sentence]
        for w, closed in prose:
            tally = per_width.setdefault(w, [0, 0])
            tally[0] += 1
            tally[1] += closed

        def near(top: int) -> tuple[int, int]:
            lines_near = [t for w, t in per_width.items() if abs(w - top) <= 0.12 * top]
            return sum(t[0] for t in lines_near), sum(t[1] for t in lines_near)

        top = max((w for w in per_width if w >= 30), key=lambda w: (near(w)[0], w), default=0)
        shared, closed = near(top) if top else (0, 0)
        wider = [w for w, _ in prose if w > 1.15 * top]
        # Lines much wider than the wrap are paragraphs of a text that is not wrapped (toasts
        # ending in commas between them share a width by chance); a line joined across a
        # page marker is at most about twice as wide.
        unwrapped = len(wider) > 0.2 * len(prose) and max(wider, default=0) > 2.2 * top
        if shared >= 0.4 * len(prose) and closed <= 0.5 * shared and not unwrapped:
            return top
    open_widths = sorted(
        _physical_widths(a)[-1]
        for a, b in zip(lines, lines[1:])
        if not (a.chrome or a.edge or b.chrome or b.blank_before)
        and not _ends_sentence(a.text)
        and "\u3000" not in a.text
        and len(_TABLE_GAP.findall(a.text)) < 2  # (a row of cells or of key：value fields)
        and not is_heading_like(a.text)
    )
    # (The lines a page marker cut a sentence across were open lines of the page too.)
    open_widths = sorted([*open_widths, *(w for a in lines if a.pieces and not (a.chrome or a.edge) and "\u3000" not in a.text for w in a.pieces)])
    open_widths = [w for w in open_widths if w >= 30]  # shorter: signatures, dates, short titles
    best, best_count = 0, 0
    for w in open_widths:
        count = sum(1 for x in open_widths if 0.9 * w <= x <= w)
        if count >= best_count:
            best, best_count = w, count
    # (An item cut by the wrap, 三、对…，整改不到位 / 的一律…, is open too: a clause in it.)
    open_items = [
        _physical_widths(a)[-1]
        for a, b in zip(lines, lines[1:])
        if not (a.chrome or a.edge or b.chrome or b.blank_before)
        and not _ends_sentence(a.text)
        and "\u3000" not in a.text
        and len(_TABLE_GAP.findall(a.text)) < 2
        and (not is_heading_like(a.text) or "，" in a.text)
        and not _ITEM_LINE.match(a.text.strip())  # (a bulleted or checkbox item is an item of its own)
        and _physical_widths(a)[-1] >= 30
    ]
    open_items += [w for a in lines if a.pieces and not (a.chrome or a.edge) and "\u3000" not in a.text for w in a.pieces if w >= 30]
    if best_count < 3 and len(open_items) >= 2:
        # A short text with two wrapped lines only: they end at the very same column (a
        # half-width character's play aside) and no line of the text is wider — the mark
        # of a fixed wrap; paragraphs that end no sentence by chance differ in width.
        top = max(open_items)
        if sum(1 for w in open_items if w >= top - 1) >= max(2, 0.6 * len(open_items)) and max(
            (w for ln in lines if not (ln.chrome or ln.edge) for w in _physical_widths(ln)), default=0
        ) <= top + 2:
            return top
    if best_count < 3 or best_count < 0.6 * len(open_widths):
        return 0
    # Lines wrapped at a column are never much wider than it (a page marker's join aside).
    wider = sum(1 for w in widths if w > 1.15 * best)
    return best if wider <= 0.2 * len(widths) else 0



def _physical_widths(ln: Line) -> list[int]:
    """Display widths of the lines of the page ``ln`` was joined from across page markers
    (one width, its own, for a line as the page had it)."""
    whole = _width(ln.text)
    last = whole - sum(ln.pieces)
    if not ln.pieces or last <= 0:
        return [whole]  # (a line cut shorter since its join is read as it is now)
    return [*ln.pieces, last]


# A line that is an item of its own, whatever its width: a bulleted or checkbox item (☐ …, • …).
_ITEM_LINE = re.compile(r"^[^\w\s“‘「『（(《〈【\[]")
# A gap between a table's cells in a line of text: a run of spaces (or one between two
# Chinese characters or figures, where no sentence puts one).
_TABLE_GAP = re.compile(r"\s{2,}|(?<=[\u4e00-\u9fff\d）)])\s(?=[\u4e00-\u9fff\d（(])")


_DATE_LINE = re.compile(r"^[（(]?[\d〇零一二三四五六七八九十Xx×]{2,4}\s*年[\d〇零一二三四五六七八九十Xx×\s]{1,3}月[\d〇零一二三四五六七八九十Xx×\s]{1,3}日[）)]?$")


# A desk's consultation line, alone ("营养科门诊咨询电话：0743-6551208（工作日上午）"): in the labelled parts
# 269 such lines are the text's and 6 the page's; the score does not drop them.
_DESK_CONSULT_LINE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}咨询电话\s*[:：]\s*\d{3,4}-\d{7,8}(?:[（(][^）)]{1,12}[）)])?$"
    # (… or any phone line that names the person who answers it: "订鞋电话：0745-…（王师傅）", the
    # notice's own.)
    r"|^[\u4e00-\u9fff]{0,8}电话\s*[:：]\s*\d{3,4}-\d{7,8}[（(][\u4e00-\u9fff]{1,4}(?:师傅|老师|先生|女士|经理|同志|主任|阿姨)[）)]$"
)
# A poster's lead-in to their own answer ("我的作答，请各位指正：", "我的答题思路如下：").
_MY_ANSWER_LEAD = re.compile(r"^我的(?:作答|回答|答案|答题)")
# A mail's copy field and its subject field (see strip_chrome's mail header).
_MAIL_CC = re.compile(r"^(?:抄\s*送|Cc|CC)\s*[:：]")
_MAIL_SUBJECT = re.compile(r"^(?:主\s*题|Subject)\s*[:：]")
# A key alone on its line, its value under it ("入库更新："); a button's label with a colon ("分享：", its
# icons left out) holds no value.
_BARE_KEY = re.compile(r"^(?!(?:分享|打印|收藏|复制|下载|关注|扫码|转发|扫一扫)(?:到|至)?\s*[:：]$)[\u4e00-\u9fff]{2,6}\s*[:：]$")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_ITEM_NUMBER = re.compile(r"^(?:[（(]\s*(?P<p>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|(?P<c>[①-⑳]))")
_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _item_value(m: re.Match[str]) -> tuple[str, int] | None:
    """The numbering style and value of a list item's number (``（2）`` → ``("p", 2)``)."""
    for style in ("p", "d", "c"):
        v = m.group(style)
        if v is None:
            continue
        if style == "c":
            return style, ord(v) - ord("①") + 1
        if v.isdigit():
            return style, int(v)
        if v == "十":
            return style, 10
        if len(v) == 1:
            return style, _CN_DIGITS.get(v, 0)
        if len(v) == 2 and v[0] == "十":
            return style, 10 + _CN_DIGITS.get(v[1], 0)
        return None
    return None


def _next_item(a: str, b: str) -> bool:
    """``b`` starts the next item of the list ``a`` is an item of (``（1）…，`` / ``（2）…``):
    the same numbering, one on. An item that ends in a comma is no sentence cut by a break."""
    mb = _ITEM_NUMBER.match(b)
    if not mb:
        return False
    ma = _ITEM_NUMBER.match(a)
    if not ma:
        return False
    va, vb = _item_value(ma), _item_value(mb)
    return va is not None and vb is not None and va[0] == vb[0] and vb[1] == va[1] + 1


def _row_like(t: str) -> bool:
    """A row of cells, links or fields (a bar, two ideographic gaps, two ``key：`` pairs): a
    page's menu or byline, never a piece of a sentence a link broke off."""
    return "|" in t or "｜" in t or t.count("\u3000") >= 2 or len(re.findall(r"[\u4e00-\u9fff]{2,6}[：:]", t)) >= 2


# One or two characters and a comma opening a line: the end of a word a wrap cut ("务，经…").
_WORD_TAIL_BEFORE_COMMA = re.compile(r"^[\u4e00-\u9fff]{1,2}[，、]")


def join_soft_breaks(lines: list[Line]) -> list[Line]:
    """Join lines that a line break cut inside a sentence; return the joined lines.

    Line ``a`` is joined with the next line ``b`` when neither is chrome, ``a`` does
    not end a sentence (:data:`SENTENCE_FINAL`), neither is a short outline heading
    (:func:`is_heading_like`), ``a`` is not a ``key：value`` field, and one of:

    * ``b`` starts with closing punctuation (``，。、）”`` …) — no sentence starts so;
    * ``a`` ends with an opening bracket or a comma;
    * the document separates paragraphs with blank lines and ``b`` follows ``a``
      without one (Wikisource links on lines of their own);
    * the document is hard-wrapped (:func:`_wrap_width`), ``a`` is a full-width line
      or already joined, and ``b`` is not indented where the document marks its
      paragraphs with an indent (some lines indented, others not).

    In a hard-wrapped document whose paragraphs start with an indent, an unindented
    line of prose (it holds 。！？ or is full-width) under a full-width line is joined
    to it even after a sentence end: the wrap fell there by chance.
    """
    if len(lines) < 2:
        return lines
    blank_mode = _blank_line_mode(lines)
    wrap = 0 if blank_mode else _wrap_width(lines)
    # (A document that also sets its paragraphs apart by blank lines may be hard-wrapped inside them:
    # its wrap width still tells a wrapped line of clauses from a row of tags.)
    tag_wrap = wrap or (_wrap_width(lines) if blank_mode else 0)
    if tag_wrap:
        # A line of clauses at the wrap width (为净化…，经…研究，决定在) is a wrapped line, though
        # its short clauses read as a row of tags: not an edge line kept from its neighbours.
        lines = [
            replace(ln, edge=False)
            if ln.edge
            and _TAG_LINE.match(ln.text)
            # (… an indented line's with or without its two ideographic spaces: wraps count them or not)
            and min(abs(_width(ln.text) + d - tag_wrap) for d in ((0, 4) if ln.indent else (0,))) <= 2
            and k + 1 < len(lines)
            and not (lines[k + 1].chrome or lines[k + 1].edge)
            and not _SALUTATION.match(lines[k + 1].text)
            and not is_heading_like(lines[k + 1].text)
            else ln
            for k, ln in enumerate(lines)
        ]
    indents = sum(1 for ln in lines if ln.indent and not ln.chrome) if wrap else 0
    indent_marks_paragraphs = indents >= 2 and len(lines) - indents >= 2
    # Without a wrap width: most of the text's lines indented (three or more), so an
    # unindented line inside it is a paragraph's continuation (see below).
    body_indents = sum(1 for ln in lines if ln.indent and not (ln.chrome or ln.edge)) if not wrap else 0
    indent_continues = body_indents >= 3 and body_indents >= 0.5 * sum(1 for ln in lines if not (ln.chrome or ln.edge))
    out: list[Line] = [lines[0]]
    # The line being built, out[-1], is kept as its parts with its length until the
    # next line starts: joining a hard-wrapped document of thousands of lines with no
    # sentence end would otherwise copy and re-measure the growing line at every join
    # (quadratic: minutes for 72 kB).
    parts: list[str] = [lines[0].text]
    length = len(lines[0].text)
    # A grid's rows (a timetable: three or more lines of equal cells) are never joined.
    grid = _chrome.grid_rows([ln.text for ln in lines])
    for i, b in enumerate(lines[1:], 1):
        a = out[-1]
        if grid[i] or grid[i - 1]:
            if len(parts) > 1:
                out[-1].text = "".join(parts)
            out.append(b)
            parts, length = [b.text], len(b.text)
            continue
        if _MAIL_AT_END.search(parts[-1]) and _MAIL_DOMAIN_START.match(b.text) and not (a.chrome or b.chrome):
            # An e-mail address a wrap cut after its at sign ("邮箱：某某@" / "example.gov.cn。"): one address,
            # whatever the two lines' edge marks say (each holds a piece of a contact field).
            if len(parts) == 1:
                out[-1] = Line(a.text, blank_before=a.blank_before, indent=a.indent)
            parts.append(b.text)
            length += len(b.text)
            continue
        last = parts[-1] if len(parts[-1]) >= 2 or len(parts) == 1 else parts[-2][-1:] + parts[-1]
        if (
            indent_continues
            and len(parts) == 1
            and a.indent
            and not (a.chrome or b.chrome or a.edge or b.edge or b.indent or b.blank_before)
            and _width(a.text) >= 40
            and not _ends_sentence(a.text)
            and a.text[-1] not in "：:"
            and (not is_heading_like(a.text) or "，" in a.text)
            and not is_heading_like(b.text)
            and _HAN_CHAR.match(b.text)
            and _ends_sentence(b.text)
        ):
            # Paragraphs start with an indent and no wrap width shows (a short notice wraps
            # only its longest paragraphs): an indented line that ends no sentence going on
            # in an unindented line that ends one is one paragraph cut by the wrap.
            out[-1] = Line(a.text, blank_before=a.blank_before, indent=a.indent)
            parts.append(b.text)
            length += len(b.text)
            continue
        if (
            indent_marks_paragraphs
            and not (a.chrome or b.chrome or a.edge or b.edge or b.indent or b.blank_before)
            and (_SENTENCE_MARK.search(b.text) or _width(b.text) >= 0.85 * wrap)
            and not is_heading_like(b.text)
            and _width(parts[-1]) >= 0.85 * wrap
        ):
            # Paragraphs start with an indent here: an unindented line of prose under a
            # full-width line continues its paragraph, even when the wrap fell just
            # after a sentence end ("…心坎上。" / "今后，…").
            parts.append(b.text)
            length += len(b.text)
            if len(parts) == 2:
                out[-1] = Line(a.text, blank_before=a.blank_before, indent=a.indent)
            continue
        if (
            wrap
            and last.endswith("；")
            and not (a.chrome or b.chrome or a.edge or b.edge or b.blank_before)
            and _width(parts[-1]) >= 0.9 * wrap
            and max(_physical_widths(b)) <= 1.15 * wrap
            and _HAN_CHAR.match(b.text)
            and not is_heading_like(b.text)
            and not _ITEM_NUMBER.match(b.text)
        ):
            # A hard-wrapped text: a full-width line ending in a semicolon (…不便；) goes on in
            # the next line (二是…); a paragraph ends with its full stop, a list's item under a
            # number of its own.
            if len(parts) == 1:
                out[-1] = Line(a.text, blank_before=a.blank_before, indent=a.indent)
            parts.append(b.text)
            length += len(b.text)
            continue
        if (
            not a.chrome
            and not b.chrome
            and not a.edge
            and not b.edge
            and not _ends_sentence(last)
            and not (
                length <= 40
                and is_heading_like("".join(parts))
                # (… unless the wrap cut it: an item of a clause or more at the full width)
                # (… or a list of places at the full width, "二、各县（市、区）局要…商超、文具店、…小卖": two
                # marks besides the outline number's; or any item at the full width over the short last
                # line of its sentence, "（二）…的行" / "为；": no heading fills the width)
                and not (
                    wrap and len(parts) == 1 and _width(parts[0]) >= 0.9 * wrap
                    and (
                        "，" in parts[0]
                        or parts[0].count("、") - (1 if re.match(r"[一二三四五六七八九十]{1,3}、", parts[0]) else 0) >= 2
                        or (b.text.rstrip()[-1:] in "；。" and _width(b.text) < 0.9 * wrap)
                    )
                )
            )  # longer is never a heading
            and not is_heading_like(b.text)
            and not _next_item("".join(parts[:1]), b.text)
            and not (_SPEAKER_TURN.match(b.text) and _SPEAKER_TURN.match(parts[0]))  # a script's next turn
        ):
            starts_cont = b.text[0] in _CONTINUES_START
            soft = False
            if starts_cont or last[-1] in _UNFINISHED_END:
                soft = True
            elif length <= 12 and _FIELD_LIKE.match("".join(parts)):
                soft = False
            elif (
                blank_mode
                and not b.blank_before
                and not _DATE_LINE.match(b.text)
                and not _FIELD_LIKE.match(b.text)
                and not _row_like(parts[-1])
                and not _row_like(b.text)
                and not (len(parts) == 1 and _titles.is_title_block_line(a.text.strip()))
                and not _titles.is_title_block_line(b.text.strip())
            ):
                # A date line under the issuer is the 落款 of a signature block, and
                # a "地点：…" line starts a new field; neither continues a sentence. Nor
                # do the lines of a speech's title block (a date, the speaker).
                soft = True
            elif wrap and not b.blank_before and not (b.indent and indent_marks_paragraphs):
                # A full-width line continues; so does any line of a paragraph already
                # joined (a converter's short fragment "业、旅" inside it).
                # (A line much wider than the wrap, a page marker's join aside, is no line of the
                # wrapped text: a paragraph of its own, which continues no line above it.)
                soft = (len(parts) > 1 or _width(parts[0]) >= 0.85 * wrap) and max(_physical_widths(b)) <= 1.15 * wrap
            elif (
                len(parts) == 1
                and not b.blank_before
                and not b.indent
                and len(a.text) >= 24
                and (
                    a.text.count("，") >= 2
                    # (… or one clause break, or a word's last character alone before a comma
                    # under it: "…有关事项" / "通知如下。", "…已完成合同任" / "务，经…。")
                    or a.text.count("，") == 1
                    or _WORD_TAIL_BEFORE_COMMA.match(b.text) is not None
                )
                and not _SENTENCE_MARK.search(a.text)
                and not _FIELD_LIKE.match(a.text)  # (a field, 参会：…，…, ends without a mark)
                and "\u3000" not in a.text.strip()  # (nor does a table's row of cells)
                and _HAN_CHAR.match(a.text[-1])
                and _HAN_CHAR.match(b.text)
                and b.text.rstrip(_CLOSERS)[-1:] in "。！？"
                and not is_heading_like(a.text)
            ):
                # A clause cut in the middle of a word by a wrap no width shows (one wrapped
                # line in a short text): a line of two clauses or more that ends on a Chinese
                # character goes on in the unindented line under it, which ends the sentence.
                # (A heading ends no clause in mid-word and is numbered; see is_heading_like.)
                soft = True
            if soft and (not b.blank_before or starts_cont):
                sep = " " if (last[-1].isascii() and last[-1].isalnum() and b.text[0].isascii() and b.text[0].isalnum()) else ""
                if len(parts) == 1:
                    # A joined line is neither chrome nor edge.
                    out[-1] = Line(a.text, blank_before=a.blank_before, indent=a.indent)
                parts.append(sep + b.text)
                length += len(sep) + len(b.text)
                continue
        if len(parts) > 1:
            out[-1].text = "".join(parts)
        out.append(b)
        parts, length = [b.text], len(b.text)
    if len(parts) > 1:
        out[-1].text = "".join(parts)
    return out


# --- chrome removal -------------------------------------------------------------------------

_LEAD_MAX_LINES = 60
#: Lines longer than this are compared with the title and with header lines never:
#: titles are at most 300 characters, and squashing a 19 MB line costs 80 MB.
_KEY_MAX_CHARS = 1000


def _identity(s: str) -> str:
    return s


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified, one character to one, from :func:`haowen.text.normalize.fold`."""
    from haowen.text.normalize import fold  # pure Python; OpenCC's character table

    src = "".join(chr(c) for c in range(0x3400, 0xA000)) + "".join(chr(c) for c in range(0xF900, 0xFB00))
    dst = fold(src)  # length-preserving by contract
    return {ord(a): b for a, b in zip(src, dst) if a != b}


@functools.lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_t2s_table())) + "]")


def classification_view(text: str) -> Callable[[str], str]:
    """Return the function that maps a line to the form chrome patterns are matched on.

    Chrome patterns are written in simplified characters; for a document in
    traditional characters (``導語:…一文來源于網友上傳``) lines are matched after a
    character-by-character traditional → simplified mapping. The text that is kept
    is never changed. Only the first 3,000 characters of ``text`` are inspected.
    """
    if len(_traditional_re().findall(text[:3000])) < 5:
        return _identity
    table = _t2s_table()
    return lambda s: s.translate(table)


def _lead_noise(s: str, tkey: str, before_title: bool) -> bool:
    """A leading line that is the title again (decorated or with a site name) or, above
    the title, the site's header: a line of at most 30 characters that is no sentence
    and holds no date."""
    if _titles.is_title_repeat(s, tkey):
        return True
    return (
        before_title
        and len(s) <= 30
        and not _SENTENCE_OR_YEAR.search(s)
        and not _OUTLINE.match(s)
    )


def _bare_short(s: str) -> bool:
    """At most 16 characters, no sentence, no date or number of a year, no heading, no
    addressee or label (a line ending in a colon introduces what follows)."""
    return len(s) <= 16 and s[-1] not in "：:" and not _SENTENCE_MARK.search(s) and not _YEARISH.search(s) and not _OUTLINE.match(s) and not _SALUTATION.match(s)


# One or more 【key】value cells on a line, short values, no sentence (【时效性】现行有效　【效力级别】…).
# (A value ends in no space, so the spaces after it belong to one place only: a line that
# fails to match fails fast.)
_BRACKET_FIELDS = re.compile(r"^(?:【[^【】。，]{2,6}】[^【】。！？\s\u3000](?:[^【】。！？]{0,28}[^【】。！？\s\u3000])?[\s\u3000]*)+$")


_CELL_SPLIT = re.compile(r"[\u3000]+|\s*[·•|｜]\s*|\s{2,}")


def _profile_row(s: str) -> bool:
    """A row of 2–4 short cells (at most 16 characters each, apart by ideographic spaces, a
    dot or a bar), no sentence, no date, the first a name of 2–8 characters without a
    genre word, the last no person's name: a poster's name and profile, an account's byline."""
    cells = [c for c in _CELL_SPLIT.split(s.strip()) if c]
    return (
        2 <= len(cells) <= 4
        and all(len(c) <= 16 for c in cells)
        and 2 <= len(cells[0]) <= 8
        and not _SENTENCE_MARK.search(s)
        and not _YEARISH.search(s)
        and not _titles.ends_in_genre(cells[0])
        and not any(c.endswith(("：", ":")) for c in cells)  # (an addressee: 镇人民政府：　[收藏本文])
        # (A speaker's line under a speech's title ends in the speaker's name: 省长　王某某.)
        and not _PERSON_NAME.match(cells[-1])
    )


_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}$")  # (a two-character name is often spaced out: 李　强)


_DATEISH = re.compile(r"\d{4}|[〇零○一二三四五六七八九]{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日")


def _run_top(lines: list[Line], k: int, floor: int, view: Callable[[str], str], keep: Callable[[str], bool]) -> int:
    """The first index of the run of lines right above ``lines[k]`` (above ``floor``, at most 50
    characters each) that ``keep`` accepts, or ``k`` when the line above is not one."""
    while k - 1 > floor and len(t := view(lines[k - 1].text)) <= 50 and keep(t):
        k -= 1
    return k


def _is_qa_remark(s: str) -> bool:
    """A reader's remark on a Q&A page (:data:`_QA_REMARK`), no document field's key."""
    return _QA_REMARK.match(s) is not None and not _COMMENT_NOT_NAME.match(s)


def _is_reader_comment(s: str) -> bool:
    """A reader's comment (:data:`_COMMENT_LINE`), no document field's key nor contact field."""
    return _COMMENT_LINE.match(s) is not None and not _COMMENT_NOT_NAME.match(s) and not _CONTACT_FIELD_SENTENCE.match(s)


def _infobox_end(lines: list[Line], i: int, title_key: str, view: Callable[[str], str]) -> int:
    """Where an encyclopaedia's infobox opening at ``lines[i]`` ends, or ``i``: rows of a short key
    and a value (:data:`_INFOBOX_ROW`, at most 12), the first naming the entry (its value is the
    title, ``title_key`` squashed), followed by the entry's definition (a line opening on the title),
    its contents, the page's chrome or nothing. (A plan's own fields, ``资料名称：… / 活动名称：… /
    活动目标：…。``, run on into its text: no infobox.)"""
    first = view(lines[i].text)
    m = _INFOBOX_ROW.match(first) if len(first) <= 30 else None
    if not m and _INFOBOX_BARE_KEY.fullmatch(first) and i + 1 < len(lines) and _squash(view(lines[i + 1].text)) == title_key:
        # A file-information table whose cells the extractor put on lines of their own (资料名称 /
        # 某某规程 / 资料大小 / 24.5 KB / …): each key is a line, its value the next.
        k = i
        while (
            k + 1 < len(lines) and k - i <= 24
            and _INFOBOX_BARE_KEY.fullmatch(view(lines[k].text))
            and len(view(lines[k + 1].text)) <= 30
            and not _SENTENCE_MARK.search(view(lines[k + 1].text))
        ):
            k += 2
        if (k - i) // 2 < 3:
            return i
    elif not m or _squash(m.group(1)) != title_key:
        return i
    else:
        k = i + 1
        while k < len(lines) and k - i <= 12 and (r := _INFOBOX_ROW.match(view(lines[k].text))) and not _SENTENCE_MARK.search(r.group(1)):
            k += 1
    if k == len(lines):
        return k
    below = view(lines[k].text)
    if _squash(below).startswith(title_key) or _INFOBOX_KEY.match(below) or lines[k].chrome or _is_edge_chrome(below):
        return k
    return i


def _name_then_profile(s: str) -> bool:
    """Two cells apart by a wide gap, a dot or a bar: a name (2–12 letters, digits or Chinese
    characters, no sign) and a short profile (at most 24 characters, a comma allowed), no
    sentence's end, no date (``某某　围棋业余五段，带过三年少儿班``: years of experience are no date).
    The profile may stand in brackets after the name (``某某（从事物业纠纷调解八年）``)."""
    bracketed = re.fullmatch(r"([^（(）)\s]{2,12})[（(]([^（(）)]{2,24})[）)]", s.strip())
    cells = list(bracketed.groups()) if bracketed else [c for c in _CELL_SPLIT.split(s.strip()) if c]
    return (
        len(cells) == 2
        and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9_]{2,12}", cells[0]) is not None
        and 2 <= len(cells[1]) <= 24
        and not _SENTENCE_MARK.search(s)
        and not _DATEISH.search(s)
        and not _titles.ends_in_genre(cells[0])
    )


def _profile_rows_then_stamp(lines: list[Line], k: int, view: Callable[[str], str]) -> bool:
    """True when ``lines[k:]`` opens with two or three rows of a poster's profile, each chrome by a
    class of its own (:func:`.cleaning.chrome.strong_reason` or :func:`.cleaning.chrome.edge_reason`),
    and then the post's stamp (:data:`_POSTED_STAMP`): what a forum prints under the poster's name."""
    for m in range(k + 2, min(k + 4, len(lines))):
        if _POSTED_STAMP.match(view(lines[m].text)):
            return all(
                len(view(x.text)) <= 40 and (_chrome.strong_reason(view(x.text)) or _chrome.edge_reason(view(x.text))) is not None
                for x in lines[k:m]
            )
    return False


def _is_menu_label(s: str) -> bool:
    """A menu's label: 2–8 Chinese characters and nothing else (家长学校, 政策解读)."""
    return 2 <= len(s) <= 8 and _MENU_LABEL.match(s) is not None


_MENU_LABEL = re.compile(r"^[\u4e00-\u9fff]+$")
_QUESTION_END = re.compile(r"[？?]$")
_NOT_IN_QUESTION = re.compile(r"[。！；!;]")


def _is_question_title(s: str, below: str) -> bool:
    """A question as a page's headline (``…怎样把问题写深写透？``): 6–60 characters
    ending in a question mark, no other sentence end, and the line below it is chrome
    (an answer's bar, a counter), not the start of the text."""
    # (… or a question and what the poster says of it, no sentence's end after it: "遛狗用胸背还是项圈？
    # 说说我换了三次牵引绳的经历".)
    asks = _QUESTION_END.search(s) or (len(s) <= 40 and re.search(r"[？?]", s) and s[-1] not in "。！!；;：:，,、…")
    if not (6 <= len(s) <= 60) or not asks or _NOT_IN_QUESTION.search(s) or s.count("？") + s.count("?") > 2:
        return False
    return bool(below) and len(below) <= _CHROME_MAX_CHARS and bool(_is_edge_chrome(below) or _lead_reason(below) or is_strong_chrome(below))


# A poster's note before the text it shares ("给你一篇我们去年写的，供参考：", "转自某公众号，
# 大家相互转告"): what the poster does with the text, said to the reader.
_SHARE_ACT = re.compile(r"分享|供参考|参考一下|整理了一[篇份]|例子|范例|范文|模板|示例|样本|转自|转给|相互转告|私信|(?<![流运周扭好旋翻逆回中辗婉])转(?:过来|发过来|上来|一下|的|来的)|搬运|搬过来|群里|可以看看|轻拍|拍砖|指正|原文如下|看到贴的|(?:群|圈|号|网|站|上)(?:里)?看到的|收到的")
_TO_READER = re.compile(r"你|您|大家|朋友|网友|小伙伴|各位|本人|我|兄弟|姐妹们|老铁")
_REPOST = re.compile(r"转自|转载自|相互转告|转给|(?<![流运周扭好旋翻逆回中辗婉])转(?:过来|发过来|上来|一下)|搬运|搬过来|搬来")
# … never a 公文's own transmittal sentence (现将《…》印发给你们，请认真贯彻执行).
_TRANSMITTAL = re.compile(r"现将|印发给|转发给|请认真|贯彻|遵照|执行")
# A mail's greeting (某某好，/ 各位同事，/ 王主任：) and what a cover note asks (请查收, 请审阅, 见附件).
_COVER_GREETING = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}(?:们)?好[，,！!]|各位(?:同事|领导|老师)?[，,好]|[\u4e00-\u9fff]{1,3}(?:主任|局长|老师|领导|科长|总)[，,：:])")
_COVER_ASK = re.compile(r"请查收|请审阅|请阅示|请审核|请审定|请过目|见附件|如下[，,：:]|正文如下|收到请回复")


def _explains_first(s: str) -> bool:
    """The line opens with a clause of its own about the matter before it points to an example
    (``这种函属于商洽函，写法不难，给你一个样本参考：``): an answer's text, not a poster's note.
    That first clause (at least 5 characters) neither shares nor speaks to the reader."""
    first = re.split(r"[，,]", s, maxsplit=1)
    return (
        len(first) == 2
        and len(first[0]) >= 5
        and not _SHARE_ACT.search(first[0])
        and not _TO_READER.search(first[0])
        and not _ASKED.search(first[0])  # ("很多人问通知怎么写，这里分享…": who asked, not the matter)
    )


_ASKED = re.compile(r"问|怎么|如何|怎样|很多|不少|有人|自己|本人|我")


# A poster's note introducing what follows ("以下是镇里贴在码头的通知：", "下面是原文：", "通知全文如下：").
_INTRO_NOTE = re.compile(r"^(?:(?:以下|下面)(?:是|为|就是)[^。！？：:]{0,24}|[^。！？：:]{0,16}(?:全文|原文)如下)[：:]$")
# An answerer's lead-in to a sample (a clause, then a colon): "给你一个参考格式，照着改就行：".
_ANSWER_LEAD_IN = re.compile(r"^[^。！？：:]{2,40}[，,][^。！？：:]{2,30}[：:]$")
# A contents list's header alone on its line ("目录", "本卷目录：").
_CONTENTS_HEADER = re.compile(r"^(?:本[卷书册辑章]|文集|全书|全文)?目\s*录\s*[:：]?$")
_ENTRY_NUMBER = re.compile(r"^(?:第[一二三四五六七八九十百\d]{1,4}[章节篇辑卷回部分]|[一二三四五六七八九十百]{1,3}、|\d{1,3}(?:[.、．\s\u3000]|$)|篇[一二三四五六七八九十]+[:：]?)\s*")


def _contents_run(lines: list[Line], i: int, view: Callable[[str], str]) -> int:
    """The end of a contents list whose entries start at ``lines[i]`` under a dropped header
    (``目录`` / ``一、进山`` / ``二、炉火`` / …, ``06 学戏记`` / ``07 …``): ``i`` when there is none.
    Entries are at least two numbered lines (:data:`_ENTRY_NUMBER`) of at most 30 characters with
    no sentence's or clause's mark, each named once; the run ends at the first line that is no
    entry. A document's own contents list, whose first heading follows it again (``一、总则`` /
    ``二、…`` / ``一、总则``), is no run: the text starts at its headings."""
    seen: set[str] = set()
    j = i
    while j < len(lines) and j - i < 40:
        t = view(lines[j].text).strip()
        numbered = _ENTRY_NUMBER.match(t)
        entry = _squash(_ENTRY_NUMBER.sub("", t))
        if entry in seen:
            return i
        if not numbered or not entry or len(t) > 30 or re.search(r"[。！？；，,!?;：:]", t):
            break
        seen.add(entry)
        j += 1
    return j if j - i >= 2 and j < len(lines) else i


def _headerless_contents(lines: list[Line], i: int, view: Callable[[str], str]) -> int:
    """The end of a contents list whose header the page's extraction left out, starting at
    ``lines[i]`` (``1 分类`` / ``2 材料`` / ``3 使用建议`` over an entry's first paragraph), or ``i``:
    a run (:func:`_contents_run`) of three entries or more numbered from one in order, right
    above a line of prose (a sentence's end, 20 characters or more). A text's own headings
    each stand over their own prose, never three in a row."""
    end = _contents_run(lines, i, view)
    if end - i < 3 or end >= len(lines):
        return i
    numbers = [_ENTRY_NUMBER.match(view(lines[k].text).strip()).group(0).strip(" 、.．\u3000") for k in range(i, end)]
    if numbers[:3] not in (["1", "2", "3"], ["一", "二", "三"]):
        return i
    after = view(lines[end].text).strip()
    return end if len(after) >= 20 and re.search(r"[。！？]", after) else i


# A menu's item as a list renders it ("- 首页", "• 政务公开"): a bullet and a short name.
_BULLET_MENU_ITEM = re.compile(r"^[-•·▪]\s*[\u4e00-\u9fffA-Za-z]{1,8}$")


def _bullet_menu(lines: list[Line], i: int, view: Callable[[str], str]) -> int:
    """The end of a site's menu that a list rendering left above the text, starting at
    ``lines[i]`` (``- 首页`` / ``- 走进某某`` / ``- 政务公开`` …), or ``i``: three bulleted short names
    (:data:`_BULLET_MENU_ITEM`) or more in a row. A text's own bulleted list names things in
    clauses, longer than a menu's words."""
    j = i
    while j < len(lines) and _BULLET_MENU_ITEM.match(view(lines[j].text).strip()):
        j += 1
    return j if j - i >= 3 else i


def _lead_reason(s: str) -> str | None:
    """Why a line before the body is chrome by its class; an outline heading
    (``一、下载须知``) starts the body unless it is chrome wherever it stands."""
    if _OUTLINE.match(s):
        return _chrome.strong_reason(s)
    if (
        len(s) <= 80
        and (s.endswith(("：", ":")) or _REPOST.search(s))
        and _SHARE_ACT.search(s)
        and _TO_READER.search(s)
        and not _TRANSMITTAL.search(s)
        and not _explains_first(s)
        # (… in two sentences at most: an account's lead of three, "天气一冷，…。炭火暖和，…。今天整理了几条
        # 安全提醒，请大家转给家里的长辈。", opens its own text.)
        and len(re.findall(r"[。！？]", s)) <= 2
    ):
        # (A note that introduces what follows, or says where the poster took it from; a
        # sentence of a post that shares the poster's own thoughts is the text.)
        return "meta: the poster's note on the text it shares"
    if len(s) <= 60 and _TO_READER.search(s) and ("我" in s or _SHARE_ACT.search(s)) and (s.endswith(("～", "~")) or _SHARE_ACT.search(s)) and not re.search(r"[。！!]", s) and not _TRANSMITTAL.search(s) and "，" in s and not _explains_first(s) and not s.endswith(("：", ":")):
        # "各位缸友，有兴趣的可以去报名，我去年参加过～": a poster chatting above what the post shares.
        return "meta: the poster's chat above the text it shares"
    if len(s) <= 60 and _COVER_GREETING.match(s) and _COVER_ASK.search(s) and not _TRANSMITTAL.search(s):
        # "馆领导好，函件正文如下，…请审阅。", "各位同事请查收": a mail's cover note above what it
        # forwards (a 公文 opens with its 主送 and a colon, never with a greeting).
        return "meta: a mail's cover note above the text it forwards"
    if _chrome.expert_byline(s):
        # The expert's card over an answer; the same cells at the text's end may be the last
        # row of its own table (a 公示 of titles), so only the top reads them.
        return "meta: an answer's expert card (某某医院　某科　副主任医师　某某)"
    return _chrome.edge_reason(s)


# What a sentence says right after its subject: "X是…", "X是指…", "X（简称…）是…", "X，即…".
# A definition's copula after an entry's term ("是指…", "是…的文书", "又称…").
_DEFINING = re.compile(r"(?:是|系|指|即|又称|也称|简称|俗称)")
# (An encyclopaedia entry's first sentence also opens with its term before where or when
# the thing is: 某某地质公园位于…, 某某书院始建于…, 某某协会成立于….)
_PREDICATE_START = re.compile(
    r"(?:[（(][^）)]{1,20}[)）])?(?:是|系|即|指|为|意为|又称|也称|简称|俗称|又名|原名|全称|别称|学名|"
    r"位于|地处|坐落|始建|建于|成立于|创建于|创办于|始于|隶属|，|,"
    # (… or a product's page opens with its name before what it is made for or of: 某某除冰铲专为…设计, 某某采用….)
    r"|专为|专门为|专用于|适用于|适合|采用|具有|拥有|设有|配有|配备|能够|可以|可在|可用于|主要用于|广泛用于|常用于|多用于|用于)"
)


# What a site's takedown notice speaks of (…侵犯了您的权益，请发送邮件至…): no document's contact.
_GRIEVANCE = re.compile(r"侵犯|侵权|权益|删除|下架|投诉|举报")


# An organisation's name, then its address or service line after a gap ("某某中心　服务电话：…").
_OWNER_FOOTER = re.compile(
    r"^([\u4e00-\u9fff]{3,16})[\s\u3000]+(?:地址|通讯地址|服务电话|服务热线|客服电话|咨询电话|联系电话|电话)\s*[:：]\s*[^\s，。；]{4,30}$"
)


# Where and how to sign up, keyed so (报名电话：…, 报名地址：…　报名电话：…): a course's or a notice's
# own field under its text (no site's footer is keyed by 报名).
_ENROL_FIELD = re.compile(r"^(?:报名|咨询报名)(?:电话|地址|地点|邮箱|热线)\s*[:：]")


def _trail_reason(s: str) -> tuple[str | None, bool]:
    """``(reason, weak)`` for a line after the body: ``weak`` chrome (a contact or meta
    line, which also closes letters and notices, or an outline heading such as
    ``一、全文`` that holds an action word) is only cut below a real chrome line."""
    if len(s) > _CHROME_MAX_CHARS:
        return None, False
    reason = _chrome.edge_reason(s)
    if reason is None:
        return None, False
    if reason.startswith(("meta: holds a phone", "meta: holds a e-mail", "meta: holds a QQ")) and (
        _chrome.own_contact_sentence(s) or _chrome.document_item(s) or _ENROL_FIELD.match(s)
    ) and not _GRIEVANCE.search(s):
        # A document's own contact sentence (…可咨询消化内科，电话：0719-…。, a club's
        # "…加入报名群，群号：…，入群请注明姓名。") or outline item
        # (三、报名方式：…拨打…登记。): its text, which no chrome line below it takes along.
        return None, False
    m = _OWNER_FOOTER.match(s)
    if m and (_ORGANISATION.search(m.group(1)) or re.search(r"(?:社区|街道|村)$", m.group(1))):
        # "某某体育中心　服务电话：…", "某某社区　地址：…" after the text's last sentence: the
        # site owner's footer (a document's own contact names a person or sits in a sentence).
        return "contact: the site owner's name with its address or service line, under the text", False
    # (A QQ or WeChat id is no document's: formal texts give a phone or an address.)
    weak = reason.startswith("meta:") and not reason.startswith(
        (
            "meta: a URL", "meta: a post", "meta: the page speaking", "meta: holds a QQ", "meta: holds a WeChat",
            "meta: a registration", "meta: how to cite", "meta: a row of the page's labelled counters",
            "meta: a row of icons and counts", "meta: a file or link system's stamp",
            "meta: a row of the page's cells, each chrome",  # (each cell chrome by a class of its own)
        )
    )
    if not weak and _OUTLINE.match(s) and _chrome.strong_reason(s) is None:
        weak = True
    if weak and reason.startswith("meta: holds a") and _chrome.REPRINT_TERMS.search(s):
        weak = False  # (an address given with the terms for reprinting it: the site's footer)
    return reason, weak


def strip_chrome(
    lines: list[Line],
    title: str | None = None,
    view: Callable[[str], str] = _identity,
    dropped: list[tuple[str, str]] | None = None,
    cut_glued_title: bool = True,
    asked: str | None = None,
) -> list[Line]:
    """Remove the leading and trailing chrome blocks and strong chrome anywhere.

    ``lines`` are joined lines (see :func:`join_soft_breaks`); ``title``, when given,
    lets a repeat of the title at the top be dropped (the title is stored apart from
    the body), also when the page glued it to the first paragraph (unless
    ``cut_glued_title`` is false: a title read from that paragraph stays in it). ``view`` maps a
    line to the form the patterns are matched on (see :func:`classification_view`).
    ``asked``: a Q&A page's question or a poster's headline that the document's own headline
    replaced as the title; its copies at the top go like the title's.
    Returns the kept lines in order. See the module docstring for why the middle of
    the body is safe.
    """
    title_text = normalize_paragraph(preprocess(title)) if title else ""
    asked_key = _titles.title_key(view(normalize_paragraph(preprocess(asked)))) if asked else ""
    title_key = _squash(view(title_text)) if title_text else ""
    tkey = _titles.title_key(view(title_text)) if title_text else ""
    n = len(lines)

    # Leading block.
    kept_head: list[Line] = []
    seen_head: set[str] = set()
    head_names: set[str] = set()  # names the page's dropped header shows (see _header_names)
    drop_value_after_key = False
    key_rows = 0  # values dropped under key lines so far (a table of the page's fields, one cell a line)
    # Bare navigation words are only dropped above the title's last repeat before the
    # text (the site's header, or what a page shows between two copies of the title);
    # without a repeat in the leading lines no line is known to be above it.
    last_repeat = -1
    if tkey:
        for k in range(min(n, _LEAD_MAX_LINES)):
            t = view(lines[k].text)
            if len(t) <= _KEY_MAX_CHARS and (
                _titles.is_title_repeat(t, tkey) or (_BREADCRUMB.search(t) and tkey in _titles.title_key(t))
            ):
                last_repeat = k  # (a breadcrumb ending in the title stands where the title would)
            elif _is_body_start(t) and not _is_edge_chrome(t) and not lines[k].chrome:
                break
    # A block of bracketed fields above the text (【发布部门】… / 【效力级别】…): a database's
    # record of the document, not its text. Two or more such lines in a row, none a sentence.
    fields = {k for k in range(min(n, _LEAD_MAX_LINES)) if len(lines[k].text) <= _CHROME_MAX_CHARS and _BRACKET_FIELDS.match(view(lines[k].text))}
    for k in sorted(fields):
        if (k - 1 in fields or k + 1 in fields) and not lines[k].chrome:
            lines[k].chrome = True
            lines[k].why = lines[k].why or "meta: a block of a database's bracketed fields"

    def chrome_at(k: int) -> bool:
        t = view(lines[k].text)
        return bool(lines[k].chrome or lines[k].template or _is_edge_chrome(t) or _lead_reason(t) or (tkey and _titles.is_title_repeat(t, tkey)))

    i = 0
    prev_kept = prev_dropped = False
    title_seen = False  # a line that is the title itself was dropped above
    head_grid = _chrome.grid_rows([view(x.text) for x in lines[: min(n, _LEAD_MAX_LINES + 1)]]) + [False] * max(0, n - _LEAD_MAX_LINES - 1)
    # (Past _LEAD_MAX_LINES only while every line so far was chrome and dropped: a page
    # whose top is thousands of lines of chrome still gets its leading block.)
    while i < n and (i < _LEAD_MAX_LINES or not kept_head):
        ln = lines[i]
        s = view(ln.text)
        if (
            s.endswith(("？", "?"))
            and len(s) <= 80
            and not ln.chrome
            and _answer_label_below(lines, i, view)
        ):
            # The asker's question over the answer's label (…到底该放哪儿？ / 最佳回答｜某某): the page's
            # question, not the answer's text.
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: the asker's question over the answer's label"))
            i += 1
            continue
        k = _infobox_end(lines, i, title_key, view) if title_key and not ln.chrome else i
        if k > i:
            # An encyclopaedia's infobox (中文名　某某 / 别　名　… / 常见材质　…): the page's card, not the entry's text.
            if dropped is not None:
                dropped.extend((x.text, "before the body: meta: an encyclopaedia's infobox (a row names the entry)") for x in lines[i:k])
            i = k
            continue
        if (
            0 < i
            and title_key
            and len(title_key) <= 8
            and not ln.chrome
            and _squash(view(lines[i - 1].text)) == title_key
            and not _titles.ends_in_genre(title_text)
            and _bare_short(s)
            and not _GLOSS_NOT.search(s)
            and (
                i + 1 >= n
                or not _bare_short(view(lines[i + 1].text))
                or _INFOBOX_KEY.match(view(lines[i + 1].text))
                or lines[i + 1].chrome
                or _is_edge_chrome(view(lines[i + 1].text))
            )
        ):
            # A short line right under a short name that names no genre (an entry's headword, an
            # essay's title): the entry's gloss (个人水上救生用具, （厨房电器）) or the piece's note
            # (卷二 旧物 · 第十二篇, 字数 612), never the text's first line (159 of the 160 labelled
            # lines so placed are chrome, the other a numbered heading). (A verse's short lines
            # come in a run; a subtitle opens on a dash.)
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: a gloss or a note under a short name"))
            i += 1
            continue
        if (
            title_key
            and len(title_key) <= 8
            and not ln.chrome
            and i + 1 < n
            and (r := _INFOBOX_ROW.match(s)) is not None
            and not _SENTENCE_MARK.search(r.group(1))
            and not _chrome.is_doc_field(s)
            and (nxt := view(lines[i + 1].text)).startswith(title_text)
            and _titles.opens_definition(nxt[len(title_text) :])
        ):
            # A row of an entry's card right over the definition that opens on the entry's name
            # (常见材质：尼龙织带、塑料夹 / 手套夹是一种…): the page's card, not the entry's text.
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: an encyclopaedia's infobox row over the entry's definition"))
            i += 1
            continue
        if _meeting_block(s, _neighbour_texts(lines, i, view)) and not ln.chrome:
            break  # a 纪要's own fields (时间：… / 地点：… / 主持人：…) start its text
        if head_grid[i] and not ln.chrome and kept_head and ("\u3000" in s or "\t" in s) and _chrome.strong_reason(s) is None:
            break  # a table's rows under the text's first line (…名单公告如下：) are the text's
        if (
            head_grid[i]
            and not ln.chrome
            and ("\u3000" in s or "\t" in s)
            and not re.search(r"[:：]", s)
            and _chrome.strong_reason(s) is None
            and _data_grid_at(lines, head_grid, i, view)
        ):
            # A data table opening the text (a price list: 项目　小型　中型 / 基础洗护　68　98) is the
            # text, its head row too (a page's keyed rows above it, 下载次数：…　总计…, are not).
            break
        if (
            head_grid[i]
            and not ln.chrome
            and ("\u3000" in s or "\t" in s)
            and not re.search(r"[:：]", s)
            and _chrome.strong_reason(s) is None
            and _chrome.names_columns(s)
        ):
            # … and so is a checklist under a head row naming its columns (项目　要求　自查结果 /
            # 书架　固定牢靠　□是 □否), though no cell holds a figure.
            break
        if _SPEAKER_TURN.match(s) and not ln.chrome and not _chrome.strong_reason(s):
            break  # a script's first turn (A：尊敬的各位领导、老师，) starts its text
        if len(_FORM_BLANKS.findall(s)) >= 2 and not ln.chrome and not _PAGE_FORM.search(s) and _chrome.strong_reason(s) is None:
            break  # a form's fields to fill in (编号：______　日期：____年__月__日) start its text, its table under them
        if (
            not ln.chrome
            and "×" in s
            and any(_PLACEHOLDER_FIELD.match(c) for c in _CELL_GAP.split(s.strip()))
            and not is_strong_chrome(s)
            and _chrome.strong_reason(s) is None
        ):
            break  # a template's own fields left for its user (授课教师：××　授课班级：…) start its text
        if _STANDARD_CODE.match(s) and not ln.chrome:
            break  # a standard's code over its text (T/ABCD 003—2025, GB/T 9704—2012): the document's
        if _INFOBOX_NAME_ROW.match(s) and not ln.chrome:
            break  # an entry's infobox (中文名　某某 / 类别　某某) starts its text, above the definition
        if (
            not ln.chrome
            and len(s) >= 20
            and ("，" in s or "," in s)
            and not _ends_sentence(s)
            and i + 1 < n
            and not lines[i + 1].indent
            and not lines[i + 1].blank_before
            and _HAN_CHAR.match(lines[i + 1].text[:1] or "x")
            and lines[i + 1].text.rstrip(_CLOSERS)[-1:] in "。！？"
            and _chrome.strong_reason(s) is None
            and not _lead_reason(s)
            and (ln.indent or _wrapped_like_below(lines, i, view))
        ):
            # A paragraph's first line that a hard wrap cut (…，制定2025年秋 / 季初级班教学计划。),
            # indented or as wide as open lines below it: the text starts there, though no
            # sentence ends on the line.
            break
        if _QUOTED_ADDRESSEE.match(s) and not ln.chrome:
            break  # a reply's addressee in quotes (网友“某某”：) starts its text
        if _MY_ANSWER_LEAD.match(s) and not ln.chrome:
            # a poster's lead-in to their own answer (我的作答，请各位指正：): labelled the text's 33 times, the
            # page's 4
            break
        if _GREETING_OPENER.match(s) and not ln.chrome and not _chrome.strong_reason(s):
            break  # an answer's or a reply's greeting (您好，…如下：) starts its text
        if _ADDRESSEE_LINE.match(s) and s.startswith("全") and not ln.chrome and not _chrome.strong_reason(s):
            break  # an addressee of all of a group (全行业会员企业：) starts its text
        if _BOX_HEADING.match(s) and not ln.chrome and _box_headings_below(lines, i, view):
            break  # a case note's first section heading (【基本案情】) with more of its kind below
        key = _squash(s) if len(s) <= _KEY_MAX_CHARS else None  # a longer line is no title or header
        if drop_value_after_key:
            drop_value_after_key = False
            if len(s) <= 20 and not _SENTENCE_MARK.search(s) and not _is_body_start(s) and not _DECIMAL_HEADING.match(s):
                # (A decimal outline's first heading, "1 实习安排", is the text's: no counter's value.)
                if dropped is not None:
                    dropped.append((ln.text, "before the body: meta: the value under a key line"))
                key_rows += 1
                i += 1
                continue
        if (
            i > 0
            and (_MAIL_CC.match(s) or _mail_stamp_at(lines, i, view) or _MAIL_DATE_ONLY.match(s))
            and not _SENTENCE_MARK.search(s)
            and (_chrome.mail_header(view(lines[i - 1].text)) or _MAIL_SUBJECT.match(view(lines[i - 1].text)) or _MAIL_CC.match(view(lines[i - 1].text)))
        ):
            # "抄送：生产部；仓储部" right under the mail's 发件人 / 主题: the mail's own header, however
            # its copies are named (a document's 抄送 stands in its 版记, under the text). (… or its
            # sending time, "时　间：2025年4月3日 (星期四) 上午10:12", whose weekday and half of the day no
            # date-and-time stamp names, or its bare date.)
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: a mail's " + ("抄送" if _MAIL_CC.match(s) else "sending time") + " field among its header"))
            i += 1
            continue
        if key_rows and _BARE_KEY.match(s) and i + 1 < n and len(view(lines[i + 1].text)) <= 24 and not _SENTENCE_MARK.search(view(lines[i + 1].text)):
            # One more key of the page's table of fields, its value on the next line ("文件体积：" / "18.4 KB",
            # then "入库更新：" / "2025-02-14 22:07"): a file page's table, whatever its keys are called.
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: a key of the page's table of fields"))
            drop_value_after_key = True
            i += 1
            continue
        if (
            _bare_short(s)
            and len(s) <= 10
            and i + 1 < n
            and (
                _POSTED_STAMP.match(view(lines[i + 1].text))
                # (… or over the poster's medals or level, the stamp under them: 某某 / 勋章：… / 发表于 前天 22:47)
                or (
                    i + 2 < n
                    and (_chrome.strong_reason(view(lines[i + 1].text)) or "").startswith(("meta: a poster's medals", "meta: a forum's medals", "meta: a poster's level"))
                    and _POSTED_STAMP.match(view(lines[i + 2].text))
                )
                # (… or over two or three rows of the poster's profile, each chrome by a class of its own,
                # then the stamp: 某某 / 帖子 682　精华 3 / 勋章：… / 发表于 3 天前)
                or _profile_rows_then_stamp(lines, i + 1, view)
                # (… or over the medals alone, the post's first line under them: 某某 / 勋章：… / 清明回老家…;
                # 103 of the 104 labelled lines right over a medals row are a poster's name.)
                or (
                    i + 2 < n
                    and (_chrome.strong_reason(view(lines[i + 1].text)) or "").startswith(("meta: a poster's medals", "meta: a forum's medals"))
                    and not _is_edge_chrome(view(lines[i + 2].text))
                )
            )
            and not ln.chrome
            and not _titles.is_title_block_line(s)
        ):
            # A poster's name over the post's stamp (某某　发布于 2025-05-13 10:07, its gap split).
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: the poster's name over the post's stamp"))
            i += 1
            continue
        if i + 1 < n and not ln.chrome and _name_then_profile(s) and _POSTED_STAMP.match(view(lines[i + 1].text)) and not _titles.is_title_block_line(s):
            # A poster's name and the profile they give themselves (某某　围棋业余五段，带过三年少儿班) right
            # over the post's stamp (编辑于 昨天 18:02): the answer's byline, not its first line.
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: a poster's name and profile over the post's stamp"))
            i += 1
            continue
        if (prev_dropped or (i == 0 and tkey and not ln.chrome)) and _bare_short(s) and not _titles.is_title_block_line(s):
            # A few short bare words between chrome lines (海报 / 侵权投诉 on a preview
            # page) are the page's buttons and labels too. (… or above the first chrome line at the
            # page's top, a given title elsewhere: "某某人家" / "🏅 热心街坊 🏅 发帖达人", a poster's name
            # over the medals.)
            k = i
            while k < n and k - i < 4 and _bare_short(view(lines[k].text)) and not chrome_at(k) and not _titles.is_title_block_line(view(lines[k].text)):
                k += 1
            if i < k < n and chrome_at(k) and not _BARE_URL.match(view(lines[k].text)):
                if dropped is not None:
                    dropped.extend((lines[m].text, "before the body: list: short words between chrome lines") for m in range(i, k))
                seen_head.update(_squash(view(lines[m].text)) for m in range(i, k))  # (shown again below the title, they go too)
                i = k
                continue
        prev_dropped = False
        repeated = key is not None and key in seen_head and not _SENTENCE_MARK.search(s)  # a header shown twice
        if prev_kept and _BARE_URL.match(s) and len(kept_head[-1].text) <= 40 and not _ends_sentence(kept_head[-1].text):
            # "该攻略出自" / "https://…": the document cites its source; the address
            # completes the line above it, which was kept.
            kept_head.append(ln)
            i += 1
            continue
        prev_kept = False
        salutation = _salutation_after_prompt(view(ln.text))
        if salutation:
            # "温馨提示：本站内容禁止复制，请登录后下载。各位会员，同志们：": the page's notice glued
            # before the text's salutation; the salutation starts the text.
            if dropped is not None:
                dropped.append((ln.text[: len(ln.text) - len(salutation)], "before the body: a prompt glued before the salutation"))
            lines = list(lines)
            lines[i] = Line(ln.text[len(ln.text) - len(salutation) :], ln.blank_before, False)
            break
        rest = _after_glued_title(ln.text, title_text) if title_text and not ln.chrome else ""
        if rest:
            # "标题同志们：": the title glued to the salutation; the salutation starts the text.
            if dropped is not None:
                dropped.append((ln.text[: len(ln.text) - len(rest)], "before the body: title: the title again"))
            lines = list(lines)
            lines[i] = Line(rest, ln.blank_before, ln.chrome)
            break
        is_asked = bool(asked_key) and key is not None and _titles.title_key(s) == asked_key
        if (
            title_key
            and key is not None
            and key != title_key
            and title_key.startswith(key)
            and i + 1 < n
            and not lines[i + 1].chrome
            and _squash(view(lines[i + 1].text)) == title_key[len(key) :]
            and _ENTRY_GLOSS_LINE.match(view(lines[i + 1].text))
        ):
            # The title over two lines, an entry's headword and its gloss ("校徽" / "（学校标识）"):
            # both are the title again.
            lines = list(lines)
            lines[i + 1] = replace(lines[i + 1], chrome=True, why="title: the title again (its gloss on a line of its own)")
            key = title_key
        if ln.chrome or ln.template or _is_edge_chrome(s) or (title_key and key == title_key) or repeated or (key is not None and (_lead_noise(s, tkey, i < last_repeat) or _lead_reason(s))) or is_asked:
            if dropped is not None:
                dropped.append((ln.text, "before the body: " + ("title: the question or poster's headline the document's headline replaced" if is_asked else _why(s, tkey, ln.template))))
            head_names.update(_header_names(s))
            drop_value_after_key = bool(_META_KEY_ONLY.match(s) or _chrome.OA_KEY_ONLY.match(s) or (key_rows and _BARE_KEY.match(s)))
            exact_title = key is not None and _is_exact_title(s, key, title_key, tkey)
            if exact_title and kept_head and not title_seen and _page_lines(kept_head, view):
                # The title on a line of its own: what was kept above it is the page's too
                # (see _title_anchor; GB/T 9704-2012 §7.2 puts nothing of the text there).
                # Under an earlier copy of the title the lines are the text's (a law's 题注
                # between its heading and its title printed again).
                # (On a Q&A page whose answer's headline took the question's place, the answerer's
                # lead-in above the headline, "给你一个参考格式，照着改就行：", is the answer's.)
                lead_in = [x for x in kept_head if asked_key and _ANSWER_LEAD_IN.match(view(x.text).strip())]
                if dropped is not None:
                    dropped.extend((x.text, "before the body: meta: above the title's repeat") for x in kept_head if x not in lead_in)
                kept_head = lead_in
            elif kept_head and _BREADCRUMB.search(s) and _page_lines(kept_head, view):
                # Above the page's breadcrumb is its header (the site's or a collection's
                # name and slogan): the text, its 版头 included, starts under the navigation.
                if dropped is not None:
                    dropped.extend((x.text, "before the body: meta: above the page's breadcrumb") for x in kept_head)
                # (What the page shows again under its breadcrumb, a speech's date and
                # speaker line, is then its first copy: it stays.)
                seen_head.difference_update(_squash(view(x.text)) for x in kept_head)
                kept_head = []
            title_seen = title_seen or exact_title
            if key is not None and len(key) <= 20 and not _SENTENCE_MARK.search(s):
                seen_head.add(key)  # the same header shown again goes too
            if repeated and len(key) <= 12 and not _DIGIT.search(key):
                # A name shown twice (the site's name above and below the headline): its
                # first copy, kept for want of a signal, goes too. (A dated subtitle
                # shown twice is the document's: its first copy stays.)
                copies = [x for x in kept_head if _squash(view(x.text)) == key]
                kept_head = [x for x in kept_head if _squash(view(x.text)) != key]
                if dropped is not None:
                    dropped.extend((x.text, "before the body: meta: a header shown twice") for x in copies)
            # (Under the title itself a short line may be its subtitle.)
            prev_dropped = not (tkey and _titles.is_title_repeat(s, tkey)) and key != title_key
            if _BREADCRUMB.search(s):
                # Pages repeat the breadcrumb's last item as a section header.
                seen_head.update(_squash(x) for x in re.split(r"[>＞»›:：]", s) if x.strip())
            i += 1
            end = _contents_run(lines, i, view) if _CONTENTS_HEADER.match(s) else i
            if end > i:
                if dropped is not None:
                    dropped.extend((lines[m].text, "before the body: list: a contents list under its header") for m in range(i, end))
                i = end
            continue
        if not ln.chrome and _BULLET_MENU_ITEM.match(s) and (end := _bullet_menu(lines, i, view)) > i:
            if dropped is not None:
                dropped.extend((lines[m].text, "before the body: meta: a site's menu rendered as a list") for m in range(i, end))
            i = end
            continue
        if not ln.chrome and _ENTRY_NUMBER.match(s) and (end := _headerless_contents(lines, i, view)) > i:
            if dropped is not None:
                dropped.extend((lines[m].text, "before the body: list: a contents list, its header left out") for m in range(i, end))
            i = end
            continue
        if (
            _INTRO_NOTE.match(s) and i + 1 < n and tkey and not ln.chrome
            and _titles.title_key(view(lines[i + 1].text)) == tkey
        ):
            # "以下是镇里贴在码头的通知：" right above the document's own title: the poster's note, not
            # the text (which its title starts).
            if dropped is not None:
                dropped.append((ln.text, "before the body: meta: the poster's note above the document's title"))
            i += 1
            continue
        if _is_body_start(s):
            break
        kept_head.append(ln)
        prev_kept = True
        if key is not None:
            seen_head.add(key)
        i += 1
    start = i
    if start < n and _SALUTATION.match(view(lines[start].text)):
        # Three or more bare labels right above the salutation (家长学校 / 致家长信 / 心理健康):
        # a menu the extraction kept beside the text. Above a salutation a document has
        # its title block only: a date, a speaker, a document number — one or two lines.
        run = 0
        while run < len(kept_head) and _is_menu_label(view(kept_head[-1 - run].text)):
            run += 1
        if run >= 3:
            if dropped is not None:
                dropped.extend((x.text, "before the body: list: a menu's labels above the salutation") for x in kept_head[-run:])
            kept_head = kept_head[:-run]
    if start + 1 < n and _ADDRESSEE_LINE.match(view(lines[start + 1].text)) and _poster_name(view(lines[start].text), lines, start, view):
        # A poster's name right above the text's addressee, the same name the page's chrome
        # shows (本帖最后由 某某 于…编辑, 楼主 某某): the post's byline, not the text's.
        if dropped is not None:
            dropped.append((lines[start].text, "before the body: meta: the poster's name, shown in the page's chrome too"))
        start += 1
    elif (at := _at_most_back(lines, start, kept_head, 4)) >= 0 and start < n and _ADDRESSEE_LINE.match(view(lines[start].text)):
        # (Only the row's other cells, dropped, may stand between: 发布于…, 倒序浏览.)
        if _poster_name(view(kept_head[-1].text), lines, at, view):
            if dropped is not None:
                dropped.append((kept_head[-1].text, "before the body: meta: the poster's name, shown in the page's chrome too"))
            kept_head = kept_head[:-1]
    if (
        kept_head
        and start < n
        and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", view(kept_head[-1].text))
        and any(len(name) > len(view(kept_head[-1].text)) and name.startswith(view(kept_head[-1].text)) for name in head_names)
        and _ends_sentence(lines[start].text)
    ):
        # The author's pen name over the text, the name the collection is called by (樵叟 under
        # 樵叟文存's dropped header): a byline, not the text's first line.
        if dropped is not None:
            dropped.append((kept_head[-1].text, "before the body: meta: the author's name, the site's name begins with it"))
        kept_head = kept_head[:-1]
    if kept_head and start < n and _REPOSTER_NOTE.search(view(kept_head[-1].text)) and _reposted_below(view(kept_head[-1].text), view(lines[start].text)):
        # A reposter's words above what they repost ("看到镇上贴了这个，搬过来给大家看看"): the
        # post's, not the document's, which starts under them.
        if dropped is not None:
            dropped.append((kept_head[-1].text, "before the body: meta: a reposter's note above the document"))
        kept_head = kept_head[:-1]
    elif start + 1 < n and _REPOSTER_NOTE.search(view(lines[start].text)) and _reposted_below(view(lines[start].text), view(lines[start + 1].text)):
        # (… or the note itself read as the text's first sentence, when it ends in an exclamation.)
        if dropped is not None:
            dropped.append((lines[start].text, "before the body: meta: a reposter's note above the document"))
        start += 1
    note_end = _note_above_addressee(lines, start, view)
    if note_end > start:
        # A 公文 opens with its 主送 (GB/T 9704-2012 §7.3.3): what stands between the page's
        # top and the addressee, a forwarder's or a collector's note, is not the text's.
        if dropped is not None:
            dropped.extend((lines[k].text, "before the body: meta: a note above the document's addressee") for k in range(start, note_end))
        start = note_end
    if _at_most_back(lines, start, kept_head, 3) >= 0 and _profile_row(view(kept_head[-1].text)):
        # A row of short cells right above the text (公文小能手　体制内写材料八年, 楚云 · 读书、写字、
        # 种花): the poster's name and profile, or an account's byline — above its text a
        # document has its title block, whose lines are one field each.
        if dropped is not None:
            dropped.append((kept_head[-1].text, "before the body: meta: a byline or profile row above the text"))
        kept_head = kept_head[:-1]
    anchor = _title_anchor(lines, start, tkey, view) if len(tkey) >= _ANCHOR_MIN_KEY else -1
    if anchor >= 0:
        # Nothing above the title is the document's text (GB/T 9704-2012 §7.2: the 版头
        # and the title come before the 主送 and the body): a page's lines that the rules
        # above took for a first sentence (a site's greeting, a poster's note) go with it.
        if dropped is not None:
            dropped.extend(
                (lines[k].text, "before the body: " + ("title: the title again" if k == anchor else "meta: above the title's repeat"))
                for k in range(start, anchor + 1)
            )
        start = anchor + 1
        # The page's byline under the headline (发布日期：…, 2025.09.02　新闻公告): its, not the text's.
        while start < n and start <= anchor + 3:
            t = view(lines[start].text)
            if len(t) > 60 or _is_body_start(t) or not (lines[start].chrome or _is_edge_chrome(t)):
                break
            if _MEETING_FIELD.match(t) or _chrome.is_doc_field(t):
                break  # (a 纪要's 时间：… under its title, a notice's 主送：…: the text's own fields)
            if dropped is not None:
                dropped.append((lines[start].text, "before the body: " + (lines[start].why or _why(t, tkey))))
            start += 1
    asker = next((k for k in (start + 1, start + 2) if k < n and _ASKER_ROW.search(view(lines[k].text))), -1)
    if asker > 0 and all(len(view(lines[k].text)) <= 200 and not _ANSWER_LABEL.match(view(lines[k].text)) for k in range(start, asker)):
        # A Q&A's question and its detail over the asker's row (提问者：某某　2 天前): the question's
        # lines, not the answer's (of the labelled lines right above an asker's row, 289 are
        # chrome and none the text).
        if dropped is not None:
            dropped.extend((lines[k].text, "before the body: meta: the question's detail over the asker's row") for k in range(start, asker))
            dropped.append((lines[asker].text, "before the body: " + (lines[asker].why or _why(view(lines[asker].text), tkey))))
        start = asker + 1
        # (The answer's marks and byline under it: ✔ 提问者采纳, 某某　·　回答于 2 天前.)
        while start < n and start <= asker + 3:
            t = view(lines[start].text)
            if len(t) > 60 or _is_body_start(t) or not (lines[start].chrome or _is_edge_chrome(t)):
                break
            if dropped is not None:
                dropped.append((lines[start].text, "before the body: " + (lines[start].why or _why(t, tkey))))
            start += 1
    if start < n and any(_ASKER_ROW.search(view(ln.text)) for ln in lines[max(0, start - 3) : start]):
        # An answer's label alone on its line (最佳答案) among the first lines under the asker's row:
        # the lines above it are the question's (补充：…), the answer starts under it.
        label_at = next((k for k in range(start, min(n, start + 3)) if _ANSWER_HEAD.match(view(lines[k].text))), -1)
        if label_at < 0 and _ASKER_ADDENDUM.match(view(lines[start].text)) and len(view(lines[start].text)) <= 200:
            # (… or, with no label, the asker's addendum right under the row: 补充：山地车，自己在家补的…)
            if dropped is not None:
                dropped.append((lines[start].text, "before the body: meta: the question's detail under the asker's row"))
            start += 1
        elif label_at > start and all(len(view(lines[k].text)) <= 200 for k in range(start, label_at)):
            if dropped is not None:
                dropped.extend((lines[k].text, "before the body: meta: the question's detail under the asker's row") for k in range(start, label_at))
                dropped.append((lines[label_at].text, "before the body: meta: the answer's label"))
            start = label_at + 1
    if cut_glued_title and (not kept_head or _page_lines(kept_head, view)) and start < n and title_text and len(lines[start].text) > len(title_text):
        first = lines[start]
        # (… in brackets too: "【标题】本报讯　3月以来，…", a news lead under its headline in 【】.)
        # (… or its main headline alone, the part before a space of a headline in two parts:
        # "某某推出节能蒸锅 热效率提升三成" glued as "某某推出节能蒸锅4月15日，…", when the text's
        # first words, a date or a lead, follow.)
        halves = title_text.split()
        main = halves[0] if len(halves) == 2 and len(halves[0]) >= 8 else ""
        for shown in dict.fromkeys((f"【{title_text}】", title_text, _titles.strip_decoration(title_text), main)):
            rest = first.text[len(shown) :] if shown and first.text.startswith(shown) else ""
            if rest and shown == main and shown != title_text and not _titles.opens_text(rest.lstrip(_EDGE_SPACE)):
                continue
            gloss = _GLOSS_START.match(rest)
            if gloss and _titles.strip_decoration(shown + gloss.group(0)) == shown:
                # "螺丝刀（手动工具）螺丝刀是…": the entry's name with its gloss, which the title left out.
                shown += gloss.group(0)
                rest = rest[gloss.end() :]
            if rest and rest.lstrip(_EDGE_SPACE)[:1] in "。！？，,":
                continue  # "标题。11月8日…": the headline is the text's first sentence too ("某某通知，是…": its subject)
            if rest and len(shown) < 8 and not _titles.opens_text(rest.lstrip(_EDGE_SPACE)):
                continue  # a short title is often the text's own first words (公文格式是指…)
            if rest and len(rest.strip(_EDGE_SPACE)) <= 8 and rest.rstrip(_EDGE_SPACE)[-1:] in "！!。" and "，" not in rest:
                continue  # "某某周末课开课啦！": the title is the subject of the text's short first sentence
            if rest and (not _titles.ends_in_genre(shown) or _DEFINING.match(rest.lstrip(_EDGE_SPACE))) and _PREDICATE_START.match(rest.lstrip(_EDGE_SPACE)):
                # The subject of the first sentence (农机购置补贴是国家…): an entry's term; a
                # genre's name too when a definition follows (退卡申请书是…使用的文书).
                continue
            if shown and len(first.text) > len(shown) and first.text.startswith(shown) and (
                _titles.strip_decoration(first.text.strip()) == shown or _SITE_AFTER_TITLE.match(first.text[len(shown) :])
            ):
                # "标题？求详细点 - 某某知道": the title with the page's decoration, no text after it.
                if dropped is not None:
                    dropped.append((first.text, "before the body: title: the title again, decorated"))
                start += 1
                for _ in range(3):
                    if start >= n:
                        break
                    # The page's byline under the decorated headline (原创　某某　2025年…　广西): its.
                    t = view(lines[start].text)
                    if len(t) > 60 or _is_body_start(t) or not (lines[start].chrome or _is_edge_chrome(t)) or _MEETING_FIELD.match(t) or _chrome.is_doc_field(t):
                        break
                    if dropped is not None:
                        dropped.append((lines[start].text, "before the body: " + (lines[start].why or _why(t, tkey))))
                    start += 1
                break
            if shown and len(first.text) > len(shown) and first.text.startswith(shown):
                # "标题同志们:今天…" — a page that lost its line breaks glued the title on.
                lines = list(lines)
                rest = _titles.strip_leading_decoration(first.text[len(shown) :].lstrip(_EDGE_SPACE))
                lines[start] = Line(rest, first.blank_before, first.chrome)
                if len(rest) <= 20 and not _SENTENCE_MARK.search(rest) and _chrome.strong_reason(view(rest)):
                    # "标题 [复制链接]": what the title line held after the title is the page's button.
                    if dropped is not None:
                        dropped.append((first.text, "before the body: title: the title again, with the page's button"))
                    start += 1
                break
    if start < n and not lines[start].chrome:
        # "学习打卡请点此2024年，我…", "某某范文【本文约1400字…】2024年，…": the page's button,
        # counter or name glued before the first sentence.
        first = lines[start]
        # (The rest of the page, its dropped header too, holds an account's name the header may not
        # have shown as a line of its own: see strip_leading_chrome.)
        elsewhere = "\n".join(x.text for k, x in enumerate(lines) if k != start) if "关注" in first.text[:36] or "订阅" in first.text[:36] else ""
        rest, cut = _glued.strip_leading_chrome(first.text, {_squash(name) for name in head_names}, elsewhere)
        if cut:
            if dropped is not None:
                dropped.append((cut, "before the body: chrome glued before the first sentence"))
            lines = list(lines)
            lines[start] = Line(rest, first.blank_before, first.chrome)
        m = _COLUMN_LABEL_LEAD.match(lines[start].text)
        if m and not any(_BRACKET_LABEL_HEAD.match(lines[k].text) for k in range(start + 1, n)):
            # "【某某动态】6月18日，…": the page's column glued before a news item's lead; a
            # newsletter labels each of its items so (【行业动态】… / 【会员提示】…), and keeps them.
            if dropped is not None:
                dropped.append((m.group(1), "before the body: meta: the page's column glued before the lead"))
            lines = list(lines)
            lines[start] = Line(lines[start].text[m.end(1) :], lines[start].blank_before, lines[start].chrome)

    # A licence notice (本作品…公有领域) in the last 40 % of the text (by lines or by
    # characters), or followed by at most 200 characters, ends the document: what
    # follows is its footnotes and the licence's own notes.
    total = sum(len(ln.text) for ln in lines)
    below = 0  # characters below line j
    for j in range(n - 1, start - 1, -1):
        if below > 200 and below + len(lines[j].text) > 0.4 * total and j < int(n * 0.6):
            break
        if _HARD_FOOTER.search(view(lines[j].text)):
            n = j
            break
        below += len(lines[j].text)

    if head_names:
        # "…140分钟。某某文库": the site's name its dropped header showed, glued after a sentence
        # of the text (a preview converter's page footer); the sentence stays.
        # (… or before a line's enumeration step: "某某范文网第二，试纸的保管…".)
        for k in range(start, n):
            m = _LEADING_NAME.match(lines[k].text)
            if m and _squash(m.group(1)) in head_names and not _ORGANISATION.search(m.group(1)) and (
                _ENUMERATION_STEP.match(lines[k].text[m.end() :]) or _OUTLINE.match(lines[k].text[m.end() :])
            ):
                if dropped is not None:
                    dropped.append((m.group(1), "meta: the site's name from its header, glued before a step of the text"))
                lines = list(lines)
                lines[k] = replace(lines[k], text=lines[k].text[m.end() :])
        for k in range(start, n):
            m = _GLUED_NAME.search(lines[k].text)
            if m and _squash(view(m.group(1))) in head_names and not _ORGANISATION.search(m.group(1)):
                if dropped is not None:
                    dropped.append((m.group(1), "meta: the site's name from its header, glued after a sentence"))
                lines = list(lines)
                lines[k] = replace(lines[k], text=lines[k].text[: m.start(1)])

    # Trailing block: scan up from the end past chrome and weak lines; cut at the
    # topmost chrome line that has only chrome/weak lines below it.
    body_keys = None
    cut = n
    j = n - 1
    # A text whose own parts are labelled in 【】 (a broadcast script's 【导语】/【正文】) opens
    # with one; otherwise a 【label】 line between the text and the page's footer (chrome
    # already cut below it) is a box of the page. (The last line of all may be the text's.)
    labelled = any(_BOX_LABEL.match(view(x.text)) for x in lines[start : min(n, start + 3)])
    grid = None  # rows of grids (see cleaning.chrome.grid_rows), computed when first asked
    headline_at = -1  # the last line cut as another article's headline (_is_trailing_headline)
    e = n  # (below the questions, the page's footer may stand: 某某社区内容由用户创作…)
    while e - 1 > start and n - e < 4 and len(view(lines[e - 1].text)) <= 80 and _trail_reason(view(lines[e - 1].text))[0] is not None:
        e -= 1
    q = e
    while q - 1 > start and _LONE_QUESTION.fullmatch(view(lines[q - 1].text)):
        q -= 1
    # (… readers' short comments right above them, 某某：我家都是睡前放进去…, are the same page's box.)
    k = _run_top(lines, q, start, view, _is_qa_remark) if e - q >= 2 else q
    above = view(lines[q - 1].text) if q - 1 >= start else ""
    if e - q >= 2 and (k < q or (len(above) <= 60 and (_chrome.strong_reason(above) or _chrome.edge_reason(above)) and not _chrome.is_junk_line(above))):
        # Two or more short questions closing the text right under a line a class takes (a reader's
        # answer, a link to the other answers) or under readers' comments: a related list whose
        # header the page or the extraction left out.
        if dropped is not None:
            for x in lines[k:e]:
                x.why = x.why or "list: questions of a related list and the comments above them"
        cut, j = k, k - 1
    else:
        # Two or more headlines under one bracketed label closing the text (〔某某文化〕…, 〔某某文化〕…):
        # the site's related news, whose header the page or the extraction left out.
        q, label = e, None
        while q - 1 > start and (m := _LABELLED_HEADLINE.fullmatch(view(lines[q - 1].text))) and label in (None, m.group(1)):
            label = m.group(1)
            q -= 1
        if e - q >= 2:
            if dropped is not None:
                for x in lines[q:e]:
                    x.why = x.why or "list: headlines under one bracketed label, the site's related news"
            cut, j = q, q - 1
    while j >= start:
        s = view(lines[j].text)
        reason, weak_chrome = _trail_reason(s)
        if lines[j].chrome and _chrome.is_junk_line(s):
            j -= 1  # dropped anyway; forum junk between paragraphs says nothing of the trail
            continue
        if cut == j + 1 and j > start and _names_header(s, head_names) and not _SENTENCE_MARK.search(s) and not _ORGANISATION.search(s):
            # The last line (chrome only under it) is a name the page's header showed and
            # dropped — the account's or the site's, signed again under the text
            # (琴坝乡村振兴 over a mirror's footer). An issuer's name (…局, …中心) stays:
            # a site run by the issuer shows its name in the header and under the 落款.
            # (… its slogan after it too: "某某斋 · 只写家乡的人和事" under a header of 某某斋文集; before
            # the grid's rule: a name and a slogan are two cells like a prev / next link's.)
            if dropped is not None and not lines[j].chrome:
                lines[j].why = lines[j].why or "meta: the site's name from its header, again under the text"
            cut = j
            j -= 1
            continue
        if _chrome.is_table_row(s) and any(
            start <= x < n and _chrome.is_table_row(view(lines[x].text)) for x in (j - 1, j + 1)
        ):
            break  # rows of a data table that ends the document (指标 / 1286.4 / 6.1): body
        if _FORM_BLANKS.search(s) and not lines[j].chrome and not is_strong_chrome(s) and not _PAGE_FORM.search(s):
            break  # a form the document adds to be filled in (回执: 家长签名：________): body
        if grid is None:
            # (A page's prompt between two rows, 预约免费试听课，点此…, does not end the grid.)
            # (A row of figures alone, 2025　1500　8000, reads as a byline's counters: under a
            # head row of words it is a table's, and no chrome marks it out of the grid.)
            grid = _chrome.grid_rows(
                [view(x.text) for x in lines],
                [len(x.text) <= 40 and not _FIGURES_ROW.match(view(x.text)) and _chrome.edge_reason(view(x.text)) is not None for x in lines],
            )
        if grid[j] and (not lines[j].chrome or (_chrome.strong_reason(s) is None and not is_strong_chrome(s))):
            # A grid of rows of equal shape (阶段 / 每日时长 / 重点任务) ends the document: body.
            # (A line of strong chrome repeated, a newspaper's 《…》（…01 版）, is no grid's row.)
            break
        if (
            _DATE_LINE.match(s)
            and j - 1 >= start
            and not lines[j - 1].chrome
            and 2 <= len(view(lines[j - 1].text)) <= 30
            and not _SENTENCE_MARK.search(view(lines[j - 1].text))
            and _issuer_line(view(lines[j - 1].text))
        ):
            # The 落款 (issuer, then the 成文日期) ends the body (GB/T 9704-2012 §7.3.5): no
            # line above it goes. (Lines under the date are still looked at by _footer_cut,
            # which is given the issuer's line as the last body line.)
            j -= 1
            break
        if _DATE_LINE.match(s) and j - 1 >= start and _SIGNATURE_FIELD.search(view(lines[j - 1].text)):
            # A report's signature (述职人：某某) over its date: the text's 落款.
            j -= 1
            break
        if _dates.DOC_DATE_FIELD.match(s) or _dates.is_written_on(s) or _SIGNED_ISSUED.match(s) or _issuer_and_date(s):
            # The document's own date field (编制日期：2025年3月15日), postscript (…日写于…) or its
            # issuer and date on one line (某某厂 2025年2月10日发布) ends its text.
            break
        up = j - 1
        while up > start and lines[up].chrome and _chrome.is_junk_line(view(lines[up].text)):
            up -= 1  # (forum junk between the last sentence and the signers says nothing)
        if (
            cut == j + 1
            and up >= start
            and not lines[j].chrome
            and _signs_letter(s, view(lines[up].text), [view(x.text) for x in lines[start : start + 2]], title_text)
            and _chrome.strong_reason(s) is None
        ):
            # A letter's signers under its last sentence, no date (某片区部分居民 under a 建议
            # addressed 市公交集团：): its 落款, not a short line of the page's.
            break
        issuer_below = view(lines[j + 1].text) if reason == _chrome.HOTLINE_LINE_REASON and j + 1 < n and not lines[j + 1].chrome else ""
        # (An issuer signs by its bare name: "主办：某某交易中心" under a hotline is the site's footer.)
        if issuer_below and len(issuer_below) <= 20 and _ORGANISATION.search(issuer_below) and _issuer_line(issuer_below) and not re.search(r"[：:]", issuer_below):
            break  # a notice's 服务热线 line over its issuer (a 落款 without a date): the text's
        if lines[j].chrome or lines[j].template or _is_edge_chrome(s, trailing=True) or _TRAIL_ANCHOR.match(s) or _TRAIL_META.match(s) or (
            not labelled and cut < n and _BOX_LABEL.match(s) and len(s) <= 80 and not _ENTRY_NOTE.match(s)
        ) or (
            len(s) <= _CHROME_MAX_CHARS * 2 and _LICENCE_NOTICE.search(s)
        ) or (reason and not weak_chrome) or (
            tkey and len(s) <= _KEY_MAX_CHARS and _titles.is_title_repeat(s, tkey, core=True) and not _signed_below(lines, j, n, view)
        ):
            # (The title again after the body is a page's "本文标题：…" or a link to it.)
            cut = j
            j -= 1
            continue
        if _below_imprint(lines, j, start, view):
            cut = j
            j -= 1
            continue
        if cut == j + 1 and _is_trailing_headline(s, under_headline=headline_at == j + 1):
            # Headlines of other articles the text ends with, everything under them cut
            # already: a related list whose header and bullets the page or the extraction
            # left out. A document ends with a sentence, its 落款, a date or its 版记.
            cut = headline_at = j
            j -= 1
            continue
        weak = weak_chrome or (
            len(s) <= 40 and not _SENTENCE_MARK.search(s) and (not is_heading_like(s) or re.match(r"\d{1,2}[.．]\s", s) is not None)
            and not _ENROL_FIELD.match(s)  # (where to sign up, 报名电话：…, is the course's own)
        )  # short lines; "1. …" items of a list (a document's own "1." headings have no space)
        if not weak and len(s) <= 40 and j - 1 >= start and cut < n:
            # A short sentence between chrome lines: a reader's comment in a comment box.
            above = view(lines[j - 1].text)
            # (Under a box's header, its buttons or counters; a photo's caption or a gallery's
            # 1/6 上一张 inside the text is no comment box's header.)
            reason_above = _trail_reason(above)[0]
            weak = (
                reason_above is not None
                and not reason_above.startswith(_INSIDE_TEXT_REASONS)
                # (An advertisement between a sample's lines, 文书代写…私信, heads no comment box.)
                and not reason_above.startswith("contact:")
                and not reason_above.startswith("list: a related list")  # (links a farm injected into the text)
                # (Under a list's header only a comment box's, 网友评论 / 读者留言, holds comments:
                # 本栏目欢迎投稿 or 相关阅读 over the text's last sentence heads no comment.)
                and not (reason_above.startswith("list: a list header") and not _COMMENT_BOX_WORD.search(above))
                # (… nor does the site's call for contributions or a link to more of it: 本栏目欢迎投稿,
                # 阅读更多…点击这里, 【学习要点】… | 更多微党课 >>.)
                # (… nor a preview's state, 余下内容需解锁会员后查看: the page shows the text's end under it.)
                and not (_chrome.is_paywall(above) and not _PAGE_NOTICE_WORDS.search(s))
                and not reason_above.startswith(
                    ("notice: the site's call for contributions", "list: a link to more", "list: a link ending in an arrow", "list: a study site's box")
                )
                # (… nor a button acting on the text itself, 复制本段, which a page puts between its paragraphs.)
                and not _chrome.TEXT_BUTTON.match(above)
                and not _chrome.is_junk_line(above)
                # (Under a button or a prompt, only a line in a reader's voice is a comment: a
                # promotion between the text's paragraphs leaves the text's next sentence alone.)
                and (
                    not reason_above.startswith("action:")
                    or _COMMENT_VOICE.search(s) is not None
                    or _chrome.speaks_of_site(s)
                    or _chrome.is_box_header(above)
                )
                # (A step of the text's own enumeration, 最后，我会…, or its numbered item, 三、…, is
                # no reader's comment.)
                and not _ENUMERATION_STEP.match(s)
                and not _NUMBERED_ITEM.match(s)
                # (… nor is a reporter's closing sentence, 据了解，…。, under a gallery's link.)
                and not _REPORTER_OPENER.match(s)
                # (… nor a line above the page's comment box, 评论区（5）: readers' comments stand under its header.)
                and not any(_COMMENT_BOX_HEAD.match(view(x.text)) for x in lines[j + 1 : n])
            )
        if not weak and len(s) <= 50 and _COMMENT_LINE.match(s) and not _COMMENT_NOT_NAME.match(s) and not _CONTACT_FIELD_SENTENCE.match(s):
            # (A department's own contact field ended by a full stop, 心内科咨询电话：…。, is no comment.)
            # Readers' comments ("某某：说得好！") in a run right under a chrome line (a comment
            # box's header, the page's counters): the box, however its lines end.
            k = j - 1
            while k >= start and j - k <= 12 and _COMMENT_LINE.match(view(lines[k].text)) and not _COMMENT_NOT_NAME.match(view(lines[k].text)):
                k -= 1
            weak = k >= start and (lines[k].chrome or _trail_reason(view(lines[k].text))[0] is not None)
            if (
                not weak
                and cut == j + 1 < len(lines)
                and _COMMENT_LINE.match(view(lines[j + 1].text)) is not None
                and (_chrome.strong_reason(view(lines[j + 1].text)) or "").startswith("list: a reader's answer")
            ):
                # Right over another reader's answer a class took (匿名用户：…), only chrome under
                # both: an answer of the same box, its header left out by the page.
                if dropped is not None and not lines[j].why:
                    lines[j].why = "list: a reader's answer over another one"
                cut = j
                j -= 1
                continue
        if not weak and len(s) <= 60 and "。" not in s and not s.endswith(("！", "!")) and _under_list_header(lines, j, start, view):
            # an item of a related list (a title, a question) under its header; a headline may hold an
            # exclamation inside ("家长注意！这些…要当心"), a comment ends on one
            weak = True
        if not weak and len(s) >= 10:
            if body_keys is None:
                body_keys = _NO_SPACE.sub("", "".join(x.text for x in lines[start : min(j, start + 200)]))
            if (title_key and len(s) <= _KEY_MAX_CHARS and _squash(s) == title_key) or _NO_SPACE.sub("", lines[j].text) in body_keys:
                weak = True  # a repeat of earlier text (teaser under the footer)
        if (
            weak
            and cut == j + 1 < n
            and _COMMENT_LINE.match(s)
            and not _COMMENT_NOT_NAME.match(s)
            and (_chrome.strong_reason(view(lines[j + 1].text)) or "").startswith("list: a reader's answer")
        ):
            # A short answer without its full stop (竹叶青：可以垫一层布，试试看) right over another
            # reader's answer a class took: the same box's, cut with it.
            if dropped is not None and not lines[j].why:
                lines[j].why = "list: a reader's answer over another one"
            cut = j
        if weak:
            j -= 1
            continue
        # Readers' remarks (某某：…, 某某 回复 某某：…) under a comment box's header (网友评论：) that the
        # page left above them: the box, however its remarks end.
        head_at = next((x for x in range(j - 1, max(start, j - 8), -1) if _COMMENT_BOX_HEAD.match(view(lines[x].text))), -1)
        if head_at > start and all(
            len(view(lines[x].text)) <= 80 and _BOX_REMARK.match(view(lines[x].text)) for x in range(head_at + 1, j + 1)
        ):
            if dropped is not None:
                for x in lines[head_at : j + 1]:
                    x.why = x.why or "list: readers' remarks under the comment box's header"
            cut, j = head_at, head_at - 1
            continue
        break
    cut = _footer_cut(lines, max(j, start - 1), cut, n, view)
    if title_text.rstrip().endswith(("？", "?")):
        # On a Q&A page (its title a question), readers' remarks closing the text without a sentence's
        # end (某某：我是拿去金店免费测的，几分钟就出结果): the box of other answers, whose header the page's
        # extraction left out (17 of the 19 such labelled lines on Q&A pages are chrome; the other two,
        # 时间：/地点： fields, are no remark).
        k = _run_top(lines, cut, start + 1, view, _is_qa_remark)
        if dropped is not None:
            for x in lines[k:cut]:
                x.why = x.why or "list: a reader's remark closing a Q&A page"
        cut = k
    if start < cut - 1 and lines[cut - 1].chrome and (_chrome.strong_reason(view(lines[cut - 1].text)) or "").startswith("list: a reader's answer"):
        # The text's last lines once the page's related list went: short answers of readers
        # (晓风：可以带，…) over one a class took (匿名用户：…), the same box's.
        k = _run_top(lines, cut - 1, start, view, _is_reader_comment)
        if dropped is not None:
            for x in lines[k : cut - 1]:
                x.why = x.why or "list: a reader's answer over another one"
        cut = k
    cut = _signature_cut(lines, start, cut, view)
    # Only cut where chrome was found; weak lines above the topmost chrome line stay.
    body = lines[start:cut]
    if dropped is not None:
        dropped.extend((ln.text, "in the body: " + (ln.why or _why(view(ln.text), tkey))) for ln in body if ln.chrome)
        dropped.extend((ln.text, "after the body: " + (ln.why or _why(view(ln.text), tkey, ln.template))) for ln in lines[cut:])
    return kept_head + [ln for ln in body if not ln.chrome]


# What splits a header's line into names ("某某乡村振兴　|　镜像阅读", "某某 发布于 2025-05-17").
_HEADER_NAME_SPLIT = re.compile(r"[|｜丨·•_\s\u3000]+")
_ALL_HAN = re.compile(r"^[\u4e00-\u9fff]{4,16}$")


# A short name glued after a line's last sentence (see strip_chrome: only a name of the header).
_GLUED_NAME = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{4,16})\s*$")


def _header_names(s: str) -> set[str]:
    """The names a dropped header line shows: its parts between bars, dots and spaces
    that are 4–16 Chinese characters, no digit or sign (a site's or an account's name,
    a column's, a slogan's; not a person's name of two or three, who may sign the text)."""
    return {p for p in _HEADER_NAME_SPLIT.split(s) if _ALL_HAN.match(p)}


# An issuer and the day it issued the text, on one line ("某某绳网厂 2025年2月10日发布").
# (… or the day first and the body that adopted it: "2025年3月28日某某协会第二届会员大会通过", a rule's
# or a pact's adoption note.)
_SIGNED_ISSUED = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}[\s\u3000]+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|发布|制定|修订)$"
    r"|^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[\u4e00-\u9fff（）()]{2,30}(?:审议|讨论|表决)?通过[）)]?$"
)
# An issuer and its 成文日期 on one line, a space apart ("某某市消费者协会 2025年1月15日").
_NAME_THEN_DATE = re.compile(r"^([\u4e00-\u9fff（）()]{2,24})[\s\u3000]+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


def _issuer_and_date(s: str) -> bool:
    """``s`` is a 落款 on one line: an organisation's name (:data:`_ORGANISATION`) and a full date
    after a space (GB/T 9704-2012 §7.3.5 sets them on two lines; a flattened page joins them)."""
    m = _NAME_THEN_DATE.match(s)
    return m is not None and _ORGANISATION.search(m.group(1)) is not None


# A step of a text's enumeration ("首先，…", "最后，…", "第三，…", "其次…").
_ENUMERATION_STEP = re.compile(r"^(?:(?:首先|其次|再次|再者|然后|最后|此外|另外|总之|第[一二三四五六七八九十])[，,、]|[一二三四五六七八九十]是)")
# A row of an encyclopaedia's infobox: a key of 2–5 Chinese characters (padded ones too: 别　名) and a
# short value after a colon or a wide gap ("中文名　围棋罐", "常见材质：木、竹").
_INFOBOX_ROW = re.compile(r"^[\u4e00-\u9fff](?:[\u3000 ]{0,2}[\u4e00-\u9fff]){1,4}\s*(?:[：:]\s*|[\u3000]+|\s{2,}|\s)([^\s\u3000：:][^\u3000]{0,29})$")
# A table's key on a line of its own: 2–6 Chinese characters, nothing else ("资料大小", "解压密码").
_INFOBOX_BARE_KEY = re.compile(r"[\u4e00-\u9fff]{2,6}")
# What a gloss under a short name never holds: a clause's mark, a subtitle's dash.
_GLOSS_NOT = re.compile(r"[，,、；;：:]|^[—－\-–]")
# An encyclopaedia infobox's first key or the contents' header ("中文名", "基本信息", "目录").
_INFOBOX_KEY = re.compile(r"^(?:中文名称?|外文名称?|英文名称?|别\s*名|基本信息|目录)")
# A reader's remark under an answer: a nickname (no sign before it, not a role such as 回答者 or 举报人, no
# office's phone key such as 咨询电话) and a remark without a sentence's end, a phone's digits or blanks
# ("某某：我直接烧了三遍水就用了，没啥问题"); an answer's own "一句话：…。" ends on its full stop.
_QA_REMARK = re.compile(r"^(?![—－\-])[^\s：:，。！？、（）()【】《》]{1,10}(?<![者话线机号址箱])(?<!举报人|拾得人|联系人|负责人|申请人|投诉人|发布人|经办人|记录人|主持人|当事人|委托人)[：:]\s*(?![^。！？!?]*(?:\d{5}|×))[^。！？!?]{2,36}$")
# A headline under a bracketed label, no sentence's end ("〔某某文化〕美术馆春季公益课程开始报名").
_LABELLED_HEADLINE = re.compile(r"[〔【\[]([^〕】\]]{2,8})[〕】\]]\s*[^。！？!?\n]{6,30}")
# A short question alone on its line ("暖宝宝过期了还能用吗？"), an item of a related list.
_LONE_QUESTION = re.compile(r"[^。！？!?；;\n]{4,40}[？?]")
# The asker's row of a Q&A page, under the question ("提问者：某某　2 天前　浏览 8,903").
# (… or its stamp of when it was asked: "匿名用户 · 提问于 5 天前 · 浏览 2043"; all 73 labelled lines right above
# such a row are chrome.)
_ASKER_ROW = re.compile(r"^(?:提问者|提问人)\s*[:：]|提问于\s*(?:\d|[昨前今]天|刚刚)")


def is_asker_row(line: str) -> bool:
    """True when ``line`` is a Q&A page's asker's row under the question (``提问者：某某　2 天前``)."""
    return _ASKER_ROW.search(line.strip()) is not None

# An answer's own label opening a line ("答：", "回答：", "最佳答案："): the answer, never the question's detail.
_ANSWER_LABEL = re.compile(r"^(?:答|回答|最佳答案|律师回答|医生回答|专家回答)\s*[:：]")
# The asker's addendum to the question under its key (补充：…, 问题补充：…).
_ASKER_ADDENDUM = re.compile(r"^(?:问题|提问|题主|楼主)?补充(?:说明|问题)?\s*[:：]")
# An answer's label alone on its line, over the answer (最佳答案, 满意回答, 律师回答).
_ANSWER_HEAD = re.compile(r"^(?:最佳|满意|推荐|精选|热门|优质|被采纳的?)?(?:答案|回答|解答)$|^(?:律师|医生|专家|老师)(?:回答|解答)$")
# A reader's voice: an exclamation or a question, a first person that is no institution's (我院,
# 我局, 我县 are a document's "we"), thanks.
_COMMENT_VOICE = re.compile(r"[！!？?～~]|我(?![院局县市校镇乡区省厅部委所站司厂社国们办处室队])|楼主|谢谢|感谢|学习了")


# What a page puts inside its text (a photo's caption, a gallery's "1/6 上一张 下一张" navigation, a
# breadcrumb, an image placeholder): a short sentence under one is the text's, not a comment.
# A column's name in brackets glued before an item's lead (【公司动态】6月18日，…; 【消费警示】近期，…).
_COLUMN_LABEL_LEAD = re.compile(
    # (… or a column's name and its series apart by a dot, "【健康某某·急救课】近日，…".)
    r"^\s*(【(?:[\u4e00-\u9fff]{0,4}(?:动态|快讯|要闻|资讯|新闻|简讯|播报|速递|警示|提醒|观察|直击|聚焦|关注)|[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,6})】)\s*(?=\d{1,2}月\d{1,2}日|近日|日前|近期|昨日|昨天|今天|今年|本周|上周|本月|\d{4}年)"
)
# Any short label in brackets opening a line (【市场行情】…).
_BRACKET_LABEL_HEAD = re.compile(r"^\s*【[^【】]{2,10}】\S")
_INSIDE_TEXT_REASONS = (
    "meta: a photo's caption", "meta: a photo's label", "meta: a photo's source", "meta: breadcrumb", "meta: an image placeholder", "action: a gallery's",
    "list: a link to the page's",  # (【视频】…, 【小程序】…: a link the page puts between paragraphs)
    "list: a link to a related article",  # (相关报道：…, between two paragraphs)
    "list: a list's header and its numbered items",  # (24小时热榜　1 …　2 …, between two paragraphs)
    "list: a related list with its key",  # (本专题更多：A｜B, between two paragraphs)
    "meta: a news item's credits",  # (（图：…）, （记者 某某）, between two paragraphs of a news item)
    "meta: the page's source note",  # (【本文来源：…】 between two paragraphs: no comment box's header)
)
# A document's numbered item (GB/T 9704-2012 §7.3.3's 一、 / （一） / 1.).
_NUMBERED_ITEM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))")
# What a comment box's header names (网友评论, 读者留言, 全部回复, 其他回答).
_COMMENT_BOX_WORD = re.compile(r"评论|留言|回复|回答|跟帖|点评|讨论|心声|回帖")
# The header of a page's comment box, its count after it (评论区（5）, 网友留言 12 条, 全部评论).
_COMMENT_BOX_HEAD = re.compile(r"^(?:网友|读者|全部|最新|热门|精彩)?(?:评论|留言|跟帖|回帖)(?:区|列表)?(?:\s*[（(]\d+[）)]|\s*\d+\s*条)?\s*[:：]?(?:[\s\u3000]|$)")
# A reader's remark in a comment box: a name (or a reply's "某某 回复 某某") and a colon.
_BOX_REMARK = re.compile(r"^[^：:。！？，,]{1,24}[：:]\s*\S")
# A reader's comment: a nickname (no spaces, brackets or sentence marks, at most 12
# characters, an icon before it allowed), a colon and a remark of one short sentence.
_COMMENT_LINE = re.compile(r"^(?:[^\w\s]{1,2}\s*)?[^\s：:，。！？、（）()【】《》]{1,12}[：:]\s*[^。！？]{1,36}[。！？!?…~～]*$")
# … unless the "name" is a document's field or role (联系人：, 主持人：, 女：, 问：, 附件：).
_COMMENT_NOT_NAME = re.compile(
    r"^(?:联系人|联系电话|电话|手机|地址|邮箱|邮编|传真|时间|地点|日期|附件|抄送|主送|主持人?|记录人?|参会人员|出席|列席|"
    r"男|女|合|甲|乙|问|答|注|备注|说明|来源|作者|编辑|审核|责任编辑|记者|通讯员|签发人?|[一二三四五六七八九十]+、.*|第.{1,4}条|"
    # (… or a numbered item's key, "4.安全要点：…": a list's next item, no nickname.)
    r"\d{1,2}[.．、](?!\d).*|"
    # … or a field of the text's under its own key (面试时间：, 报名地点：, 咨询电话：).
    r"[\u4e00-\u9fff]{1,4}(?:时间|地点|日期|电话|地址|邮箱|方式|对象|条件|要求|费用))\s*[：:]"
)
# The fields a meeting's minutes (会议纪要) open with; two of them together are the
# document's, never a page's byline (whose 时间： stands beside 来源：/作者：).
_MEETING_FIELD = re.compile(
    r"^(?:会议)?(?P<key>时间|地点|主持人|主持|出席|列席|参会人员|参加人员|出席人员|列席人员|缺席人员|请假|记录人|记录|议题|主题)\s*[:：]"
)


# A mail's quoted reply: "> …" lines and the header over them ("在 2025-04-02 18:11，某某 写道：").
_QUOTED_REPLY = re.compile(r"^[>＞]\s*\S|^(?:在|于)\s*.{4,40}(?:写道|wrote)\s*[：:]$", re.I)
# The head of a 公文 above its 主送: the 签发人 of a 上行文, the 发文字号 (GB/T 9704-2012 §7.2).
_DOC_HEAD_FIELD = re.compile(r"^签发人\s*[:：]|^[\u4e00-\u9fff]{2,10}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$")
# An editor's or a collector's note on the text ("编者按：…", "收录者按：…", "整理者按：…").
_EDITOR_NOTE = re.compile(r"^[\u4e00-\u9fff]{0,4}按(?:语)?\s*[：:]|^[【\[（(〔]\s*[\u4e00-\u9fff]{0,4}按(?:语)?\s*[】\]）)〕]")


# A mail header's date alone ("日期：2025-02-20", "日　期：2025年2月20日"), right under the mail's other headers.
_MAIL_DATE_ONLY = re.compile(r"^(?:日\s*期|发送日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")


def _mail_stamp_at(lines: list[Line], k: int, view: Callable[[str], str]) -> bool:
    """``lines[k]`` is a mail's date and clock time (:data:`_MAIL_STAMP`), not a minutes' own 时间 field
    opening its fields (``时间：2025年6月10日下午3:00`` over ``地点：…``, GB/T 9704-2012's 纪要 head)."""
    return _MAIL_STAMP.match(view(lines[k].text)) is not None and not (
        k + 1 < len(lines) and _MEETING_FIELD.match(view(lines[k + 1].text))
    )


# A quoted mail's date with its clock time ("日期：2025年11月4日 09:02"), among its headers.
# (… its key padded, "时　间：", the weekday in brackets and the half of the day: "2025年4月3日 (星期四) 上午10:12".)
_MAIL_STAMP = re.compile(
    r"^(?:日\s*期|时\s*间)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
    r"(?:[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[）)]?\s*)?(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}\s*[:：]\s*\d{2}$"
)


# A note's signature with the sender's line after its last sentence ("。连悦 分机 8216",
# "。小王 13800000000").
_SIGNED_WITH_LINE = re.compile(r"(?<=[。！])\s*[\u4e00-\u9fff]{2,4}\s*(?:分机|电话|手机|座机|Tel|tel|TEL)?\s*[:：]?\s*\d[\d\- ]{2,14}\d$")
# An attachment a mail carries, by its file's name ("关于…的请示.docx", "附件(1)：….pdf").
# (… with its size or, as a mail client counts them, their number: "….xlsx（1个）")
_MAIL_ATTACHMENT = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|jpe?g|png|zip|rar)\s*(?:[（(]\s*(?:\d[\d.,]*\s*(?:[KMG]i?B|[KMG]|字节)|\d{1,2}\s*个)\s*[)）])?\s*[)）]?$", re.I)


# A reposter's note: where they found the text and that they pass it on ("刚发的", "搬过来",
# "转过来", "贴了这个"), in the poster's voice to the readers (大家, 注意了, 看看).
# (… or a poster asking the readers to look the text over: "帮忙看看格式对不对，谢谢各位！")
_REPOSTER_NOTE = re.compile(
    r"(?:刚发的|刚发布的|刚贴的|贴了这个|搬过来|转过来|转一下|搬运一下|转发一下)[^。！？]{0,30}$|^[^。！？]{0,20}(?:刚发的|贴了这个)[，,]"
    r"|(?:帮忙|帮我|麻烦)(?:看看|看下|看一下|改改|指点)[^。？]{0,20}(?:谢谢|多谢|感谢)"
)


def _reposted_below(note: str, below: str) -> bool:
    """``note`` (at most 40 characters, no sentence end but an exclamation's, in the poster's voice:
    大家, 注意, 看看) stands over ``below``, a sentence of the document, its title or its addressee
    (a line of 20 characters or more ending a sentence or a clause before a list, a line ending in
    a genre word, or ``某某局：``)."""
    return (
        len(note) <= 40
        and not _SENTENCE_MARK.search(note.rstrip("！!~～"))
        and re.search(r"大家|注意|看看|各位|朋友们|街坊", note) is not None
        and (
            (len(below) >= 20 and (_ends_sentence(below) or below.endswith(("：", ":"))))
            or _titles.ends_in_genre(below)
            or _LETTER_ADDRESSEE.match(below) is not None
        )
    )


def _note_above_addressee(lines: list[Line], start: int, view: Callable[[str], str]) -> int:
    """The index of the document's addressee line (a salutation, ``各殡葬服务单位：``) when at
    a few lines of someone else's note (and, in a mail, its forwarding separators, quoted headers
    and attachment lines) stand between ``start`` and it, else ``start``.

    A note is a mail's quoted reply (``> …``, ``在…写道：``), an editor's or a collector's
    note (``收录者按：…。``), or — under a mail's headers — a sentence of the forwarder's
    (``请各单位认真落实。``, ``同意，按程序办理。``). Each is at most 80 characters. The
    document's title right above its addressee starts the document; a line ending in a colon that
    is the page's label (``以下为附件正文预览：``) is no addressee.
    """
    n = len(lines)
    # (A forwarder's note may stand above the forwarded mail's separator and headers too.)
    mail = any(_chrome.mail_header(view(ln.text)) for ln in lines[max(0, start - 12) : start + 8])
    after_separator = start  # the first line under the last forwarding separator passed
    for k in range(start, min(start + (10 if mail else 6), n)):
        s = view(lines[k].text)
        if k > start and _SALUTATION.match(s) and not _COMMENT_NOT_NAME.match(s):
            if not _is_edge_chrome(s):
                return k
            continue  # (the page's label over the copy, 以下为附件正文预览：, ends in a colon too)
        if k > start and k + 1 < n and _titles.ends_in_genre(s) and not _SENTENCE_MARK.search(s) and _SALUTATION.match(view(lines[k + 1].text)) and not (mail and _MAIL_SUBJECT.match(s)):
            return k  # the document's title over its addressee starts it (a quoted mail's 主题：… is its header)
        if k > start and _chrome.is_mail_separator(s):
            # The forwarded mail starts under its separator (and its quoted headers), whatever
            # its first line is (a 纪要's 时间：…): the forwarder's note above it goes. (A chain
            # may quote another note under it, and another separator.)
            k2 = k + 1
            # (… its subject too, "主题：关于…的函（请协会转各会员）": the quoted mail's header, not a line of the text.)
            while k2 < n and k2 < k + 8 and (_chrome.mail_header(view(lines[k2].text)) or _mail_stamp_at(lines, k2, view) or _MAIL_SUBJECT.match(view(lines[k2].text))):
                k2 += 1
            if k2 < n:
                after_separator = k2
            continue
        if _chrome.mail_header(s) or (mail and (lines[k].chrome or _mail_stamp_at(lines, k, view) or _MAIL_ATTACHMENT.search(s) or _MAIL_SUBJECT.match(s))):
            continue  # (a quoted mail's headers or attachment between the notes)
        if k > start and _DOC_HEAD_FIELD.match(s):
            return k  # the document's own head (签发人：…, its 文号) starts it
        if len(s) > 80 or lines[k].chrome:
            return after_separator
        if _QUOTED_REPLY.match(s) or (_EDITOR_NOTE.match(s) and _ends_sentence(s)):
            continue
        signed = re.sub(r"\s*[—－-]{1,2}\s*[\u4e00-\u9fff](?:[\u4e00-\u9fff ]{0,8}[\u4e00-\u9fff])?$", "", s)  # (…明细。——丁可, ——某股 王: the note signed)
        signed = _SIGNED_WITH_LINE.sub("", signed)  # (…速录员。连悦 分机 8216: signed with a name and a line)
        if mail:
            signed = re.sub(r"(?<=[。！])\s*[\u4e00-\u9fff]{1,3}$", "", signed)  # (…抓紧落实。谭: signed by a surname)
        if not (mail and signed[-1:] in "。！"):
            return after_separator
    return after_separator


def _wrapped_like_below(lines: list[Line], i: int, view: Callable[[str], str]) -> bool:
    """``lines[i]`` (40 columns wide or more) is as wide, within 2 columns, as a line among the
    8 below it that ends no sentence either: two lines a hard wrap cut at one column."""
    w = _width(view(lines[i].text))
    if w < 40:
        return False
    for x in lines[i + 2 : i + 10]:
        t = view(x.text)
        if not _ends_sentence(t) and abs(_width(t) - w) <= 2:
            return True
    return False


# A page's notice about its copies (rights, uploads, complaints): under a preview's state it is
# the page's, not the text's last line.
_PAGE_NOTICE_WORDS = re.compile(r"侵权|著作权|版权|用户分享|用户上传|网友上传|网友分享|本站|本网|本平台|本文档|文档|资源均")
# Who signs a letter without a date: people or a body ("东岗片区部分居民", "全体家长", "某某村民小组").
_SIGNERS = re.compile(r"(?:居民|群众|村民|家长|职工|员工|会员|业主|学生|师生|党员|全体\S{1,6}|们|委员会|小组|协会|联合会|商会|代表)$")
# Genres signed by their authors at the end, often without a date (倡议书, 公约, 公开信 …).
_SIGNED_GENRE = re.compile(r"(?:倡议书?|公约|公开信|承诺书|建议书?|联名信|呼吁书|感谢信|慰问信|决心书|致歉信|声明)$")
# An issuer's name by its last word (某某有限公司, 某某局, 某某村委会; never a headline's 推进会).
_ISSUER_END = re.compile(
    r"(?:公司|集团|局|委员会|办公室|协会|学会|商会|联合会|学校|学院|医院|中心|站|所|厂|社|政府|街道办事处|村委会|居委会|支部|党委|工会|团委)$"
)
# A letter's addressee alone on its first line ("市公交集团：", "县交通运输局："): a body's name and a colon.
_LETTER_ADDRESSEE = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}[：:]$")
# A post's stamp opening its line ("发布于 2025-05-13 10:07", "发表于 2025-4-2").
_POSTED_STAMP = re.compile(
    r"^(?:发布于|发表于|发帖于|回复于|更新于|编辑于)\s*[:：]?\s*(?:\d{4}\s*[-/.年]|[昨前今]天|刚刚|\d+\s*(?:分钟|小时|天)前)"
    # (… or a relative time alone, "2 小时前", "昨天 21:40": no document's date is relative.)
    r"|^(?:刚刚|\d+\s*(?:分钟|小时|天)前|[昨前今]天\s*\d{1,2}:\d{2})"
)
# A standard's code (GB/T 1.1—2020 §8: 代号, 顺序号, 年代号): "GB/T 9704—2012", "T/ABCD 003—2025",
# "DB33/T 1234-2021".
_STANDARD_CODE = re.compile(r"^(?:GB(?:/[TZ])?|DB\d{2}(?:/T)?|[A-Z]{2}(?:/T)?|T/[A-Z]{2,10})\s*\d{1,6}(?:\.\d{1,3})?\s*[—\-–－]\s*\d{4}$")
# A table's row of figures only (a year, then counts: "2025　1500　8000").
_FIGURES_ROW = re.compile(r"^[-+]?\d[\d.,]*%?(?:[\u3000\t]+[-+]?\d[\d.,]*%?){2,}$")
# The first row of an encyclopedia entry's infobox: the entry's names ("中文名　杆秤", "外文名　yo-yo").
# (Its name and value apart by a space, as a table's cells: the text's own infobox. With a
# colon, "中文名：某某", the row is the page's summary card above the entry, not its text.)
_INFOBOX_NAME_ROW = re.compile(r"^(?:中文名|外文名|英文名|别名|别称|学名|拼音|全称|简称)(?:称)?[\s\u3000]+\S{1,30}$")


def _data_grid_at(lines: list[Line], grid: list[bool], i: int, view: Callable[[str], str]) -> bool:
    """``lines[i]`` opens a grid (``grid``: :func:`.cleaning.chrome.grid_rows`) of three rows or
    more, apart by ideographic spaces or tabs, whose rows under the first hold figures in most
    cells, or a roster's (a head row of words, a figure in every row): a data table, never a
    page's menu (whose cells are links' words)."""
    k = i
    while k < len(lines) and k < len(grid) and grid[k]:
        k += 1
    if k - i < 3:
        return False
    rows = [[c for c in re.split(r"[\u3000\t]+", view(x.text).strip()) if c] for x in lines[i + 1 : k]]
    cells = [c for row in rows for c in row]
    if cells and sum(1 for c in cells if _DIGIT.search(c)) >= 0.5 * len(cells):
        return True
    # A roster (姓名　村别　从艺年限 / 某某　某村　42年): a head row of words, then rows of three
    # cells or more with a figure in each, no cell a headline's length.
    head = [c for c in re.split(r"[\u3000\t]+", view(lines[i].text).strip()) if c]
    return (
        len(head) >= 3
        and not any(_DIGIT.search(c) for c in head)
        and all(len(row) >= 3 and any(_DIGIT.search(c) for c in row) for row in rows)
        and all(len(c) <= 14 for c in head + cells)
    )


def _neighbour_texts(lines: list[Line], i: int, view: Callable[[str], str]) -> list[str]:
    """The lines above and below ``lines[i]`` (as ``view`` reads them), forum junk between
    passed over (a jammer's ``E& E0 F`` between a 纪要's 时间： and 地点： lines)."""
    out = []
    for step in (-1, 1):
        x = i + step
        while 0 <= x < len(lines) and lines[x].chrome and _chrome.is_junk_line(view(lines[x].text)):
            x += step
        if 0 <= x < len(lines):
            out.append(view(lines[x].text))
    return out


def _meeting_block(s: str, neighbours: list[str]) -> bool:
    """``s`` is one of a 纪要's opening fields beside another of a different key (a page's
    byline may repeat 时间：… or pair it with 主题：…, but never names a 地点 or a 主持人)."""
    m = _MEETING_FIELD.match(s)
    if not m:
        return False
    for t in neighbours:
        other = _MEETING_FIELD.match(t)
        if other and other.group("key") != m.group("key") and {m.group("key"), other.group("key")} != {"时间", "主题"}:
            return True
    return False


def _under_list_header(lines: list[Line], j: int, start: int, view: Callable[[str], str]) -> bool:
    """``lines[j]`` (a title or a question: the caller checks it has no 。 or ！) is an item
    of a list under the page's list header (``相关阅读``, ``大家都在问``): the header stands
    at most 8 lines above, with only short lines (at most 60 characters, no 。 or ！)
    between."""
    for k in range(j - 1, max(start, j - 9) - 1, -1):
        t = view(lines[k].text)
        if _chrome.is_list_header(t):
            return True
        if len(t) > 60 or "。" in t or "！" in t:
            return False
    return False


# A salutation on a line of its own: an addressee and a colon (各位代表：, 县直各单位：).
_SALUTATION = re.compile(r"^[^，,。！？：:\s]{2,24}[:：]$")
#: The title's key must be this long (characters) to anchor the body: a short title
#: (通知, 讲话) is often a heading of the text too.
_ANCHOR_MIN_KEY = 8
#: How many lines past the leading block the title's repeat is looked for, and how long
#: (characters) each line above it may be.
_ANCHOR_LINES = 6
_ANCHOR_LINE_CHARS = 100


def _is_exact_title(s: str, key: str, title_key: str | None, tkey: str) -> bool:
    """``s`` (a line of at most _KEY_MAX_CHARS, squashed to ``key``) is the title itself on a
    line of its own, as written or without its decoration: no longer line that holds it."""
    return bool((title_key and key == title_key) or (tkey and tkey in (_titles.title_key(s), _titles.title_key(_titles.strip_decoration(s)))))


def _text_above_title(s: str) -> bool:
    """``s``, a line above a title's repeat, is the text's own: longer than
    _ANCHOR_LINE_CHARS, an outline heading or a salutation (a guard of the title anchor)."""
    if _PIECE_MARKER.match(s):
        return False  # (a collection page's 第1篇 over the piece it shows: the page's label)
    return len(s) > _ANCHOR_LINE_CHARS or bool(_OUTLINE.match(s) or _SALUTATION.match(s))


# A collection page's number of the piece it shows, alone on its line (第1篇, 篇一：, 【第2篇】).
_PIECE_MARKER = re.compile(rf"^[【\[（(]?\s*(?:第\s*[{_CN_NUM}\d]{{1,3}}\s*篇|篇\s*[{_CN_NUM}\d]{{1,3}})\s*[】\]）)]?\s*[:：]?$")


def _prose(s: str) -> bool:
    """``s`` reads as a sentence of prose (15+ characters ending one); above a title's
    repeat, two of them are the text (a footer's teaser under it), one a poster's note."""
    return len(s) >= 15 and _ends_sentence(s)


def _page_lines(kept: list[Line], view: Callable[[str], str]) -> bool:
    """The lines ``kept`` above a title's repeat can all be the page's: none is the text's
    own (:func:`_text_above_title`) and at most one is prose (the guards of
    :func:`_title_anchor`)."""
    texts = [view(ln.text) for ln in kept]
    return not any(_text_above_title(s) for s in texts) and sum(map(_prose, texts)) <= 1


def _title_anchor(lines: list[Line], start: int, tkey: str, view: Callable[[str], str]) -> int:
    """Index of the title shown again on a line of its own within :data:`_ANCHOR_LINES`
    lines of ``start`` (the first line the leading block kept), or -1.

    Only when every line between is at most :data:`_ANCHOR_LINE_CHARS` characters, none
    is an outline heading or a salutation (各位代表：) and at most one is a sentence (a
    poster's note; more is the text, and the title under it a footer's teaser): a page
    that prints its headline under a site greeting or a poster's note still has its
    text under the headline. A title that is also the text's first heading (a 合集's
    篇一) is never a line of its own with text above it, so it is never found here."""
    prose = 0
    for k in range(start, min(len(lines), start + _ANCHOR_LINES)):
        s = view(lines[k].text)
        if len(s) <= _KEY_MAX_CHARS and _titles.is_title_repeat(s, tkey):
            if k + 1 < len(lines) and _titles.is_title_repeat(view(lines[k + 1].text), tkey):
                continue  # (the next line is the title again: anchor on the last copy)
            if tkey in (_titles.title_key(s), _titles.title_key(_titles.strip_decoration(s))):
                return k
            # (A line that quotes the title, 《关于修改<…>的决定》第三次修正, is no headline.)
        if _text_above_title(s):
            return -1
        if _prose(s):
            prose += 1
            if prose > 1:
                return -1  # (text above: the title below it is a footer's teaser)
    return -1


# What a headline holds besides its words: quotes, title marks, a middle dot, spaces, a
# bracketed date, number or count (…招标公告（2026-03-30）, …宣传标语（100条）).
_HEADLINE_MARKS = re.compile(r"[“”‘’\"《》〈〉·\s\u3000—-]|[（(][\d\-./年月日第期条篇则页份]{1,12}[）)]$")
_HEADLINE_TEXT = re.compile(r"^[\u4e00-\u9fff\dA-Za-z%％]+$")
# The gap between a table's cells (a row flattened to one line: 地区生产总值　XX亿元).
_CELL_GAP = re.compile(r"[\u3000\t]| {2,}")
#: Headlines are this long, in characters (a signature or 特此通知 is shorter).
_HEADLINE_CHARS = (8, 40)
_TAIL_PAREN = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
# An entry's gloss in brackets on a line of its own, under its headword ("（学校标识）").
_ENTRY_GLOSS_LINE = re.compile(r"^[（(][^（）()]{2,12}[）)]$")
# Where and when the author wrote the text, in its postscript ("甲辰年腊月记于某某老屋", "写于2019年冬").
_POSTSCRIPT_PLACE = re.compile(r"(?<![工创])(?:写|记|作|草)于(?!\s*\d+\s*(?:分钟|小时|天)前)")
# A town's, a county's or a district's name and a colon before a headline (in the labelled parts,
# all 25 such lines are chrome: related lists' items, titles, menu rows).
_PLACE_BEFORE_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|村|县|区|市|街道|社区)[：:]")


def _is_trailing_headline(s: str, under_headline: bool = False) -> bool:
    """True for a line shaped like another article's headline: 8–40 characters of words
    and figures with only a headline's marks (quotes, title marks, a bracketed date), no
    punctuation of a sentence or a list, and none of a document's closing lines (an
    issuer or signature, a date, a 版记 or 附注 line, an outline heading, a table's row).
    ``under_headline``: the line under it is such a headline, so a headline ending like an
    issuer (…推进会, …工作局) is one too: an issuer signs above a date, never above a list."""
    if not _HEADLINE_CHARS[0] <= len(s) <= _HEADLINE_CHARS[1] or _CELL_GAP.search(s):
        return False
    m = _TAIL_PAREN.search(s)
    if m and _titles.is_decoration_words(m.group(1)):
        s = s[: m.start()]  # "手工作坊消防安全制度（通用）": a related link with the site's label of its version
    m = _PLACE_BEFORE_HEADLINE.match(s)
    if m and len(s) - m.end() >= 8:
        s = s[m.end() :]  # "某某镇：党员中心户撑起“微网格”": a place's story, as a related list names it
    bare = _HEADLINE_MARKS.sub("", s)
    if len(bare) < 6 or not _HEADLINE_TEXT.match(bare) or len(_chrome._CJK.findall(bare)) < 6:
        return False
    return not (
        _AFTER_DATE_OWN.search(s)
        or _DATE_LINE.match(s)
        or _POSTSCRIPT_PLACE.search(s)  # ("甲辰年腊月记于某某老屋": the author's postscript, where and when it was written)
        or (_ORGANISATION.search(bare) and not under_headline)
        or is_heading_like(s)
        or _OUTLINE.match(s)
    )


# The 版记's last line: the 印发机关 and 印发日期 (GB/T 9704-2012 §8.3.3), "…办公室 2025年2月18日印发".
_IMPRINT_LINE = re.compile(r"[\d〇零一二三四五六七八九十]{2,4}\s*年[\d〇零一二三四五六七八九十\s]{1,3}月[\d〇零一二三四五六七八九十\s]{1,3}日\s*印发$")
# A note of the text's own under its model (【辨析】请示与报告不能混用…, 【注】…): an entry's or a
# textbook's part, whatever rule it states.
_ENTRY_NOTE = re.compile(r"^[【\[]\s*(?:辨析|注|注释|解析|释义|用法|例句|要点|说明)\s*[】\]]")
# What a page says of its own copy under a document: its use, its accuracy, its sharing.
_COPY_NOTICE = re.compile(r"仅供|为准|请勿|不得|严禁|禁止|商业用途|版权|转载|侵权|删除|举报|依法")


def _below_imprint(lines: list[Line], j: int, start: int, view: Callable[[str], str]) -> bool:
    """``lines[j]`` stands under the document's end, so it is the page's: under the 版记's
    印发 line (the last line of a 公文, GB/T 9704-2012 §8.3), or a notice about the copy
    (:data:`_COPY_NOTICE`: 仅供…, 以原件为准, 请勿…) under the 成文日期 of the 落款, with only
    the document's own 附注 and 版记 lines (抄送：…, （联系人：…）) or chrome between them; at
    most 4 lines up are looked at. A document's 附件 comes under its
    date with its own heading (附件：…), which stops the search."""
    s = view(lines[j].text)
    if len(s) > _CHROME_MAX_CHARS or _AFTER_DATE_OWN.search(s) or _ENTRY_NOTE.match(s):
        return False
    own = True  # only the document's own lines or chrome between lines[j] and the line found
    for k in range(j - 1, max(start, j - 5) - 1, -1):
        t = view(lines[k].text)
        if _IMPRINT_LINE.search(t):
            return True
        if lines[k].chrome:
            continue  # (dropped wherever it stands)
        if own and _DATE_LINE.match(t):
            if re.search(r"[Xx×]", t):
                return False  # a model's placeholder date (××××年××月××日): an answer goes on under its sample
            return len(s) <= 80 and _COPY_NOTICE.search(s) is not None
        if t.startswith(("附件", "附:", "附：")):
            return False
        own = own and _AFTER_DATE_OWN.search(t) is not None
    return False


# A greeting that opens an answer or a reply ("您好，各地政策略有不同，一般流程如下：").
_GREETING_OPENER = re.compile(r"^(?:您好|你好|大家好|楼主好|题主好)[，,！!]\s*\S")
# A section heading in lenticular brackets on a line of its own (【基本案情】, 【处理结果】).
_BOX_HEADING = re.compile(r"^【[\u4e00-\u9fff]{2,8}】$")


def _box_headings_below(lines: list[Line], i: int, view: Callable[[str], str]) -> bool:
    """True when two or more lines below ``lines[i]`` (within 40) are kept section headings of
    the same bracketed form (``【争议焦点】``, ``【律师分析】``), each with a sentence after it: a
    case note or a lesson plan is laid out under such headings, so the first of them is the
    text's, not a page's bracketed link."""
    found = 0
    for k in range(i + 1, min(len(lines), i + 41)):
        t = view(lines[k].text).strip()
        if not lines[k].chrome and _BOX_HEADING.match(t) and k + 1 < len(lines) and _SENTENCE_MARK.search(view(lines[k + 1].text)):
            found += 1
    return found >= 2


def _after_glued_title(text: str, title: str) -> str:
    """What follows the title in ``text`` when a page glued the title to a salutation
    (``标题各位代表：``), or its headline without the subtitle to the first sentence of a news
    lead (``一双手，接了六十年骨早上七点，…`` under the title ``一双手，接了六十年骨——记…``), or
    ``""``. Before a sentence the headline must be 8 characters or more and run straight into it
    (no punctuation between), and the sentence must end on the line."""
    main = re.split(r"\s*(?:——|－－|--)\s*", title, maxsplit=1)[0]
    for shown in dict.fromkeys((title, _titles.strip_decoration(title), main)):
        if shown and len(text) > len(shown) and text.startswith(shown):
            rest = text[len(shown) :].lstrip(_EDGE_SPACE)
            if _SALUTATION.match(rest) or _SPEECH_SALUTATION.match(rest):
                return rest
            if len(shown) >= 8 and _titles.ends_in_genre(shown) and re.match(r"[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2}", rest):
                return rest  # "…成交结果公告一、项目编号：…": a notice's title glued to its first numbered item
            if shown == main != title and len(shown) >= 8 and _GLUED_LEAD_START.match(text[len(shown) :]) and _SENTENCE_MARK.search(rest[6:]):
                return rest
    return ""


# What a news lead glued to its headline starts with: a Chinese character or a quote, no
# punctuation (a sentence that only opens with the title's words goes on with "，" or "。").
_GLUED_LEAD_START = re.compile(r"^[\u4e00-\u9fff“\d]")


def _salutation_after_prompt(s: str) -> str:
    """The salutation that ends ``s`` after a page's prompt or notice of one or more sentences
    (``温馨提示：本站内容禁止复制，请登录后下载。各位会员，同志们：``), or ``""``: the part before it
    must be chrome by itself, the part after a salutation (at most 30 characters)."""
    box = re.match(r"^[【\[〔][^】\]〕]{2,16}[】\]〕]\s*", s)
    if box:
        # "【会员可复制本段】各位领导、同志们：": a box of the page's before the salutation
        rest = s[box.end() :]
        label = s[: box.end()].strip()
        if _opens_with_salutation(rest, addressee=False) and (_chrome.strong_reason(label) or _chrome.edge_reason(label)):
            return rest
    follow = _FOLLOW_BEFORE_SALUTATION.match(s)
    if follow:
        # "↑点击上方「某某」关注我们各位代表：": a follow prompt glued before the salutation.
        rest = s[follow.end() :].strip(_EDGE_SPACE)
        if _opens_with_salutation(rest):
            return rest
    for m in _PROMPT_BENEFIT.finditer(s, 0, 40):
        # "设为★星标，第一时间收到推送各位职工：": a prompt that ends on what it promises (the
        # updates, the posts), glued before the salutation; the prompt must be an action's by itself.
        rest = s[m.end() :].lstrip("，,。！!、" + _EDGE_SPACE)
        if _opens_with_salutation(rest) and (_chrome.strong_reason(s[: m.end()]) or "").startswith("action:"):
            return rest
    for m in _ADDRESSEE_OPENING.finditer(s, 4):
        # "戳上方蓝色小字，一键关注某某全体居民朋友们：": a prompt of a named class, then the
        # addressee's line, which opens on its own word (各, 全体, 尊敬的, 亲爱的).
        rest = s[m.start() :]
        reason = _chrome.strong_reason(s[: m.start()].rstrip(_EDGE_SPACE)) or ""
        if _opens_with_salutation(rest) and reason.startswith(("action:", "contact:")) and "action words" not in reason:
            return rest
    cut = max(s.rfind("。"), s.rfind("！"))
    if cut < 4 or len(s) - cut - 1 > 30:
        return ""
    rest = s[cut + 1 :].strip(_EDGE_SPACE)
    if not _opens_with_salutation(rest):
        return ""
    return rest if _chrome.strong_reason(s[: cut + 1]) or _chrome.edge_reason(s[: cut + 1]) else ""


def _opens_with_salutation(rest: str, addressee: bool = True) -> bool:
    """``rest`` is a salutation alone (``同志们：``, ``各位领导、同志们：``), or with ``addressee``
    an addressee's line (``各会员单位：``)."""
    return bool(rest) and bool(_SALUTATION.match(rest) or _SPEECH_SALUTATION.match(rest) or (addressee and _ADDRESSEE_LINE.match(rest)))


# Where an addressee's line opens (各…, 全体…, 尊敬的…, 亲爱的…).
# (… or the whole place before 各 or 广大: "全市各茶企、…和广大茶友：")
_ADDRESSEE_OPENING = re.compile(r"全(?:市|县|区|镇|乡|省|校|院|厂|村)(?=各|广大)|各|全体|尊敬的|亲爱的")
# The last words of a prompt: what following or starring brings (推送, 更新, 干货, 不迷路).
_PROMPT_BENEFIT = re.compile(r"(?:推送|更新|消息|动态|好文|干货|资讯|福利|不迷路)(?:[，,]?\s*(?:不错过|不漏掉|不迷路)(?:[^，,。！？：:\s]{0,6}?(?:通知|消息|推送|更新|动态|好文))?)?")
# A messenger account's follow prompt, to its last word ("↑点击上方「某某」关注我们", "点击蓝字关注本号").
_FOLLOW_BEFORE_SALUTATION = re.compile(r"^[↑⬆☝👆▲]?\s*点击?(?:上方|蓝字|这里)?[^。！？：:]{0,16}?关注(?:我们|本号|公众号|我)")
# A speech's salutation of several audiences ("同志们，朋友们：", "各位领导、各位来宾，乡亲们：").
_SPEECH_SALUTATION = re.compile(r"^[^。！？：:]{0,30}(?:同志们|朋友们|代表们?|来宾们?|嘉宾们?|同事们|同学们|乡亲们|老师们|家长们|大家)[:：]$")


def _signature_pair(kept: list[Line], view: Callable[[str], str]) -> list[str]:
    """The last 落款 of ``kept`` (an issuer's line, then a date alone), as two lines, or ``[]``.
    Only the last 40 lines are read."""
    for k in range(len(kept) - 1, max(0, len(kept) - 40), -1):
        date = normalize_paragraph(kept[k].text)
        issuer = view(normalize_paragraph(kept[k - 1].text))
        if len(date) <= 20 and _DATE_LINE.match(date) and 2 <= len(issuer) <= 30 and not _SENTENCE_MARK.search(issuer) and _issuer_line(issuer):
            return [issuer, date]
    return []


def _issuer_line(s: str) -> bool:
    """``s`` (a short line above a 成文日期) can be the issuer of a 落款: no chrome's reason,
    or only a weak one given an organisation's name (``蕙江市环境监测站`` reads like a site's
    name on its own; above the date it signs the document)."""
    reason, weak = _trail_reason(s)
    # (… or a department named with an action word, 客服中心, above the date: its words only count.)
    return reason is None or (
        (weak or reason.startswith("action: a short line of action words")) and len(s) <= 20 and _ORGANISATION.search(s) is not None
    )


def _signed_below(lines: list[Line], j: int, n: int, view: Callable[[str], str]) -> bool:
    """A date line (成文日期) within the two lines under ``lines[j]``: the line is a
    signature (an issuer whose name is also the page's title), not the title again."""
    # (A 版记's 印发日期, 2025年4月22日印发, signs as well.)
    return any(_DATE_LINE.match(re.sub(r"(?:印发|发布)$", "", view(lines[k].text))) for k in range(j + 1, min(j + 3, n)))


# A site footer's postal address: a postcode, or an address with a phone, fax or mailbox
# (a document's own contact line names its 联系人).
_POSTCODE = _chrome.POSTCODE
_FOOTER_KEY = re.compile(r"(?:地址|电话|传真|邮箱|[Ee]-?mail|网址|总机|邮编|24小时急诊)\s*[:：]")
# Lines of a document's 版记 and 附注 after its date (抄送：…, （联系人：…）) are its own.
# (… and its 版记 of GB/T 9704: 主题词, 抄送, 印发机关 and 印发日期, 共印N份, 校对, 打字.)
_AFTER_DATE_OWN = re.compile(
    r"^[（(]|^(?:抄送|抄报|主送|印发|附件|附注|联系人|联系电话|签发|主题词|分送|校对|打字|印制|共印)|印发\s*$|印\s*\d+\s*份\s*$"
)


#: Reasons (:func:`_trail_reason`) of a line with one key：value pair.
_SINGLE_KEY_REASONS = ("meta: 1 key", "meta: a short key")


def _is_footer_contact(s: str) -> bool:
    """A site footer's postal address or contact row; never a 联系人's line, nor a sentence
    that gives the document's own (``报名地址：…，报名电话：…。``)."""
    return len(s) <= _CHROME_MAX_CHARS and "联系人" not in s and not _chrome.own_contact_sentence(s) and (
        _POSTCODE.search(s) is not None or len(set(_FOOTER_KEY.findall(s))) >= 2
    )


def _footer_cut(lines: list[Line], top: int, cut: int, n: int, view: Callable[[str], str]) -> int:
    """Move the trailing block's ``cut`` up over a site footer's contact lines.

    ``lines[top + 1 : n]`` are the lines under the last body line (chrome and weak lines);
    ``lines[cut:n]`` go. Two signals, each of position: (1) below the document's date line
    (its 成文日期, the last line a document signs with) every line that is meta or contact
    chrome (:func:`_trail_reason`) goes, unless it is the document's own 版记 or 附注
    (``抄送：…``, ``（联系人：…）``); (2) a footer's postal address (a postcode, or an address
    with a phone or mailbox, never a 联系人's line) right above the cut goes with it.
    Returns the new cut (never below ``cut``)."""
    date_at = next((k for k in range(min(cut, n) - 1, top, -1) if _DATE_LINE.match(view(lines[k].text))), -1)
    if date_at >= 0:
        below = [view(ln.text) for ln in lines[date_at + 1 : cut]]
        reasons = [_trail_reason(t)[0] or "" for t in below]
        # A lone key：value line (时间：…, 编辑：…) may be the document's own field under its
        # date, so it keeps the block; a row of keyed cells, a phone or an id is the site's.
        if below and all(
            not _AFTER_DATE_OWN.search(t) and r.startswith(("meta:", "contact:")) and not r.startswith(_SINGLE_KEY_REASONS)
            for t, r in zip(below, reasons)
        ):
            cut = date_at + 1
    # (Only above chrome, cut < n: with nothing below it, nothing says the address is the site's.)
    while top < cut - 1 and cut < n and _is_footer_contact(view(lines[cut - 1].text)):
        cut -= 1
    return cut


# A line naming the document's own contact person (招标人：…　联系人：…　电话：…).
# (… or the matter's own number, a landline under its key: 报名电话：0737-…, 咨询电话：…)
# (… after the matter it is for too: 政策咨询电话：0745-…; or to book: 预约电话：028-…)
_OWN_CONTACT = re.compile(
    r"联系人\s*[:：]|(?:^(?:政策|业务|项目)?|[\s\u3000]|科|室|处|部|站|所)(?:报名|咨询|联系|办公|值班|举报|投诉|监督|预约|招生|入学|入住)电话\s*[:：]\s*0\d{2,3}[-－]?(?:\d{7,8}|\d{3,4}\s\d{4})"
    # (… or an admission desk's line with the office that answers it: "入住咨询：0739-…（…护士站）")
    r"|^(?:入住|入学|入园|招生|报名|预约)咨询\s*[:：]\s*0\d{2,3}[-－]?\d{7,8}\s*[（(][^（）()]{2,16}[）)]$"
)
# The page's own forms, with blanks too: a comment box, a sign-up or a trial-class form.
_PAGE_FORM = re.compile(r"提交|发表评论|验证码|昵称|试听|留言|登录")
# Blanks to fill in on a form ("________", "＿＿＿").
_FORM_BLANKS = re.compile(r"_{4,}|＿{3,}")
# A form the document adds for its reader to fill in and return (a 回执, blanks to sign).
_FORM_PART = re.compile(r"回执|_{2,}|＿{2,}|签[名字]\s*[:：]\s*(?:$|[\s\u3000_＿])")
# A 责任书's or a report's signature fields, filled or a template's (甲方（签字）：××××, 述职人：×××,
# 签订日期：…): the text's own closing lines, which the score leaves.
_SIGNATURE_FIELD = re.compile(
    # ("各部门负责人确认：（签字）": the field's colon before the signing's place.)
    r"签[名字章]\s*[)）]\s*[:：]|[:：]\s*[（(]\s*签[名字章](?:确认)?\s*[)）]\s*$|^(?:述职人|报告人|汇报人|申请人|承诺人|责任人|签订人|立约人)\s*[:：]|^学员\s*[:：]\s*[\u4e00-\u9fff]{2,4}$|^签(?:订|署|约)(?:日期|时间)\s*[:：]"
    # (… or a form's blank date field: 交底日期：　　年　　月　　日)
    r"|^[\u4e00-\u9fff]{0,4}(?:日期|时间)\s*[:：][\s\u3000_＿]*年[\s\u3000_＿]*月[\s\u3000_＿]*日$"
    # (… or a template's placeholder date: 编制日期：××××年××月××日)
    r"|^[\u4e00-\u9fff]{0,4}(?:日期|时间)\s*[:：]\s*[×XxＸ*＊]{2,4}\s*年\s*[×XxＸ*＊]{1,2}\s*月\s*[×XxＸ*＊]{1,2}\s*日$"
)  # (a forum's 签名：… has words after it)
#: At most this many lines stand under a document's 落款 for them all to be the page's.
_UNDER_SIGNATURE_LINES = 6
#: … each at most this long (a reader's comment, a promotion, a related headline); a longer
#: line is text (a second document, an attachment).
_UNDER_SIGNATURE_CHARS = 60


def _signature_cut(lines: list[Line], start: int, cut: int, view: Callable[[str], str]) -> int:
    """Move ``cut`` up to just under the document's 落款 when all that stands between them is
    the page's: a document ends with its issuer and its 成文日期 (GB/T 9704-2012 §7.3.5), then
    only its 附注 and 版记 (（联系人：…）, 抄送：…, 印发…) or its 附件 follow. So a short run of
    short lines under the date (at most :data:`_UNDER_SIGNATURE_LINES` lines of at most
    :data:`_UNDER_SIGNATURE_CHARS` characters: a promotion, readers' comments, another
    article's headline), none of them the document's own, goes whatever its words.
    Returns the new cut (never below ``cut``)."""
    low = max(start + 1, cut - _UNDER_SIGNATURE_LINES - 1)
    for d in range(cut - 2, low - 1, -1):
        date = view(lines[d].text)
        field = _dates.DOC_DATE_FIELD.match(date) is not None
        if not (field or _DATE_LINE.match(date)):
            continue
        if re.search(r"[Xx×]", date):
            return cut  # a model's placeholder date (××××年××月××日): an answer may go on under it
        if date[:1] in "（(":
            continue  # a speech's date under its title and speaker ((2025年4月12日)): the text follows it
        issuer = view(lines[d - 1].text)
        if not field and (  # (编制日期：… signs without an issuer above)
            lines[d - 1].chrome or not (2 <= len(issuer) <= 30) or _SENTENCE_MARK.search(issuer) or not _issuer_line(issuer)
        ):
            return cut
        below = [view(ln.text) for ln in lines[d + 1 : cut]]
        if all(
            len(t) <= _UNDER_SIGNATURE_CHARS
            and not _AFTER_DATE_OWN.search(t)
            and not t.startswith(("附", "篇", "第", "注", "说明"))
            and not _FORM_PART.search(t)
            and not _OUTLINE.match(t)
            and not _DATE_LINE.match(t)
            for t in below
        ):
            return d + 1
        return cut
    return cut


# A site's name and its slogan apart by a spaced dot or bar ("某某斋 · 只写家乡的人和事").
_NAME_THEN_SLOGAN = re.compile(r"\s+[·•|｜]\s+")


def _names_header(s: str, head_names: set[str]) -> bool:
    """True when ``s`` is a name the page's dropped header showed (``head_names``, squashed), or
    such a name's first words (某某斋 of 某某斋文集) with a slogan after a spaced dot or bar."""
    if _squash(s) in head_names:
        return True
    parts = _NAME_THEN_SLOGAN.split(s, maxsplit=1)
    name = _squash(parts[0]) if len(parts) == 2 else ""
    return len(name) >= 2 and any(h.startswith(name) for h in head_names)


def _why(s: str, tkey: str = "", template: bool = False) -> str:
    """The reason a line was dropped, for ``import_documents -v 2``."""
    if template:
        return "template: the line recurs on many pages of this site"
    if is_strong_chrome(s):
        return "chrome pattern"
    reason = _chrome.edge_reason(s) if len(s) <= _CHROME_MAX_CHARS else None
    if reason:
        return reason
    if tkey and _titles.is_title_repeat(s, tkey):
        return "title: the title again"
    if _BREADCRUMB.search(s):
        return "meta: breadcrumb"
    if _is_meta_line(s) or _META_KEY_ONLY.match(s):
        return "meta: key：value line"
    if len(s) <= 30 and not _SENTENCE_MARK.search(s):
        return "list: a short line without a sentence next to chrome"
    return "edge chrome (toolbar, navigation, counter or repeated header)"


def normalize_paragraph(p: str) -> str:
    """Collapse inline whitespace runs to one space (ideographic runs to one ``\\u3000``) and strip."""
    p = _INLINE_SPACE.sub(" ", p)
    p = _IDEO_SPACE_RUN.sub("\u3000", p)
    return p.strip(_EDGE_SPACE)


_HAS_CONTENT = re.compile(r"[\w\u3400-\u9fff]")

#: Longest paragraph kept whole, in characters. The longest in the shared corpus's
#: 86,000 paragraphs is 10,746; a longer "paragraph" is a document that lost its line
#: breaks, and every later step that works paragraph by paragraph (the page, the
#: preview, the outline, the Word export) would otherwise get all of it at once.
MAX_PARAGRAPH_CHARS = 20_000
_PARAGRAPH_ENDS = "。！？；!?;"
_CLAUSE_ENDS = "，、,： "
_CLOSERS = "”’」』）)》"


def split_long_paragraph(p: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """``p`` cut into paragraphs of at most ``limit`` characters, at sentence ends.

    Each cut follows the last sentence end (``。！？；!?;`` and any closing quote or
    bracket after it) in the second half of the window; without one, the last comma
    or space there; without either, at ``limit`` exactly. The pieces joined give ``p``
    back (stripped of the spaces at the cuts). A paragraph of at most ``limit``
    characters is returned as it is. Linear in ``len(p)``.
    """
    if len(p) <= limit:
        return [p]
    out: list[str] = []
    start = 0
    while len(p) - start > limit:
        end = start + limit
        lo = start + limit // 2
        cut = max(p.rfind(ch, lo, end) for ch in _PARAGRAPH_ENDS)
        if cut < 0:
            cut = max(p.rfind(ch, lo, end) for ch in _CLAUSE_ENDS)
        if cut < 0:
            cut = end - 1
        cut += 1
        while cut < end and p[cut] in _CLOSERS:
            cut += 1
        piece = p[start:cut].strip(_EDGE_SPACE)
        if piece:
            out.append(piece)
        start = cut
    rest = p[start:].strip(_EDGE_SPACE)
    if rest:
        out.append(rest)
    return out


@dataclass
class CleanedText:
    """What :func:`clean_document` found: ``paragraphs`` (as :func:`clean_text`
    returns them); ``title``, a title read from the page's leading lines when none was
    given (decoration off, ``""`` when none; see :mod:`.cleaning.titles`);
    ``published_on``, the date written in the document (see :mod:`.cleaning.dates`) or
    None; ``dropped``, ``(line, reason)`` per dropped line when asked for."""

    paragraphs: list[str]
    title: str = ""
    published_on: object = None
    dropped: list[tuple[str, str]] = field(default_factory=list)


_DATE_LEAD_LINES = 15
#: Characters of a page's visible text read by :func:`page_date`.
PAGE_DATE_CHARS = 20_000


# A page's <title> that says only what kind of page it is.
_PAGE_WORD = re.compile(
    r"^(?:网页)?(?:快照|百度快照|快照搜索|网页快照|打印预览|打印|预览|正文|详情|详细信息|文章详情|内容页|查看|阅读|公文查看|文档预览|"
    r"通知公告|新闻动态|工作动态|新闻中心|政务公开|信息公开|村务公开|党务公开|居务公开|校务公开|厂务公开|知识百科|百科|公司新闻|企业新闻|集团要闻|集团新闻|行业动态|新闻资讯)"
    # (… with the site's name after it: "新闻中心-某某集团", "通知公告 | 某某局".)
    r"(?:\s*[-－–—|｜_·]\s*[^-－–—|｜_]{2,20})?$"
)


# A noticeboard's name (某某村村务公开, 某某局政务公开专栏).
_PUBLIC_AFFAIRS = re.compile(r"(?:村务|党务|政务|居务|校务|厂务|院务|信息)公开(?:栏|专栏|网|平台)?$")


# The separators a page's <title> puts between its headline and the site's name (spaced dashes and dots, bars).
_TITLE_SEGMENTS = re.compile(r"\s+[-–—·•_]\s+|\s*[|｜丨]\s*")


def is_site_name(title: str) -> bool:
    """True when ``title`` is only a site's name (``某某文档分享``, ``青山区人民政府门户网站``):
    a page's ``<title>`` that names no document. A title ending in a genre word (…通知,
    …讲话) never is. So is a title that is only the text's place in a collection
    (``《某某旧事》卷二·第十五篇 - 某某文集``)."""
    t = (title or "").strip()
    if _PAGE_WORD.match(t):
        return True  # "快照", "打印预览", "通知公告": what the page or its column is, not what it shows
    if _titles.is_place_only(t):
        return True
    if _PUBLIC_AFFAIRS.search(t) and not _titles.ends_in_genre(t):
        return True  # "某某村村务公开": a village's or an office's noticeboard, not a document
    if not t or _titles.ends_in_genre(t):
        return False
    parts = [p for p in _TITLE_SEGMENTS.split(t) if p.strip()]
    if len(parts) >= 2 and any(len(_HAN_CHAR.findall(p)) >= 8 and _chrome.edge_reason(p.strip()) is None for p in parts):
        return False  # "某某产业年出口额突破2亿元 · 某某融媒": a headline, then the site's name
    reason = _chrome.edge_reason(t) or ""
    # A short name made of a service's words (某某文档分享, 某某资料下载) names a site too. (A phrase with
    # a possessive, 女儿的铅笔套收藏, names a thing: its 收藏 is a collection, no button.)
    return reason.startswith("meta: a site name") or (len(t) <= 12 and reason.startswith("action:") and "的" not in t)


def _names_the_site(title: str, lines: list[Line], view: Callable[[str], str], times: int = 2) -> bool:
    """True when ``title`` is an organisation's name (淇湾综合保税区管理委员会, 翠屏颐养院) that the
    page's first lines show ``times`` or more as a header (alone, or before a slogan after a
    separator): the site's owner, not a document — a document's title names its genre or
    its subject, and a page prints it once above the text. (A page's ``<title>`` is one
    showing of its own: the visible text then needs one more.)"""
    t = _squash(title)
    if not (4 <= len(t) <= 20) or not _ORGANISATION.search(t) or _titles.ends_in_genre(title) or _EVENT_HEADLINE.search(t):
        return False
    shown = 0
    for ln in lines[:_LEAD_MAX_LINES]:
        if _starts_body(view(ln.text)):
            break  # (only the page's top: an issuer that signs the text is shown there again)
        s = _squash(view(ln.text))
        rest = view(ln.text).strip()[len(title.strip()) :]
        if s == t or (s.startswith(t) and (_SLOGAN_SEPARATOR.match(rest) or _BYLINE_AFTER_NAME.match(rest))):
            shown += 1
    return shown >= times


# A headline of an event (蓼河县召开2025年优化营商环境大会): a figure, an event's verb or a
# meeting's name — an organisation's name holds none.
_EVENT_HEADLINE = re.compile(r"\d|召开|举行|举办|开展|启动|部署|推进|会议|大会|座谈会|年会")
# What separates a site's name from its slogan on one line (翠屏颐养院 · 医养结合示范机构).
_SLOGAN_SEPARATOR = re.compile(r"^[\s\u3000]*[·•|｜\-—－_]|^\u3000+(?=\S)")
# The date cell of a byline row after the account's name (某某博物馆　2025年05月01日 09:30).
_BYLINE_AFTER_NAME = re.compile(r"^[\s\u3000]+(?:\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[\s\u3000]|$))")


def _header_above_crumb(title: str, lead: list[str], view: Callable[[str], str]) -> bool:
    """``title`` (no genre word) is a header line of ``lead`` above a breadcrumb whose last
    item names a document (江南省教育考试院 / 首页 > 通知公告 > 关于…的通知): the site's name."""
    if _titles.ends_in_genre(title) or not _titles.crumb_title(lead, view):
        return False
    key = _squash(view(title))
    crumb_at = max(k for k, t in enumerate(lead) if _titles.crumb_title([t], view))
    return any(_squash(view(t)) == key for t in lead[:crumb_at])


def _page_top(text: str) -> tuple[list[Line], int, Callable[[str], str]]:
    """The top of a page's visible ``text``: its first _LEAD_MAX_LINES lines (of the first
    PAGE_DATE_CHARS characters, preprocessed), the index of the first line of body text
    (``len(lines)`` when none starts it), and the classification view."""
    text = preprocess(text[:PAGE_DATE_CHARS])
    view = classification_view(text)
    lines = split_lines(text)[:_LEAD_MAX_LINES]
    start = next((k for k, ln in enumerate(lines) if _starts_body(view(ln.text))), len(lines))
    return lines, start, view


def is_crumb_column(title: str, text: str) -> bool:
    """True when ``title`` (a page's ``<title>`` segment) is the column its breadcrumb ends in
    among the top lines of the page's visible ``text`` (see
    :func:`.cleaning.titles.names_crumb_column`)."""
    if not title or not text or not 2 <= len(_titles.title_key(title)) <= 8:
        return False  # (only a short name can be a column's; the page's top is not read for the rest)
    lines, start, view = _page_top(text)
    return _titles.names_crumb_column(title, [ln.text for ln in lines[: start + 4]], view)


def is_page_header(title: str, text: str) -> bool:
    """True when ``title`` (a page's ``<title>``) is the header line at the top of the
    page's visible ``text`` above a breadcrumb that names the document (so the title is
    the site's name; :func:`page_title` reads the document's), or the site's name a header
    row shows above the document's headline (:func:`.cleaning.titles.site_header_title`),
    or an organisation's name the top shows twice (:func:`_names_the_site`). Reads the first
    PAGE_DATE_CHARS characters."""
    if not title or not text:
        return False
    lines, start, view = _page_top(text)
    lead = [ln.text for ln in lines[:start]]
    # … or the site's name its header row shows above the document's headline.
    return (
        _header_above_crumb(title, lead, view)
        or _titles.site_header_title(title, lead, _chrome.edge_reason, view)
        or _names_the_site(view(title), lines[:start], view, times=1)
        # … or the first item of its breadcrumb, the site's home.
        or _titles.names_crumb_root(title, lead, view)
    )


def is_site_and_slogan(tag: str, text: str) -> bool:
    """True when a page's ``<title>`` (``tag``) is two segments, the site's name, which the top of
    the page's visible ``text`` shows as its breadcrumb's first item, and a slogan of at most 16
    characters that names no genre and holds no question, clause mark or bracket
    (``某某生活圈 - 某某人的网上客厅``): the site's, no document's title. (The HTML parser asks only
    when its chosen title is one of the two.) Reads the first PAGE_DATE_CHARS characters."""
    parts = [p.strip() for p in _TITLE_SEGMENTS.split(tag or "") if p.strip()]
    if len(parts) != 2 or not text:
        return False
    lines, start, view = _page_top(text)
    lead = [ln.text for ln in lines[:start]]
    return any(
        _titles.names_crumb_root(name, lead, view)
        and len(slogan) <= 16
        and not _titles.ends_in_genre(slogan)
        and not re.search(r"[？?，,（(【\[]", slogan)
        for name, slogan in (parts, parts[::-1])
    )


def page_title(text: str, first: str = "") -> str:
    """A title read from the top of a page's visible text, or ``""``: the line of the
    lines before the first line of body text that reads as a document's title (see
    :func:`.cleaning.titles.title_from_lead`; never chrome, never the first sentence).
    For HTML pages whose ``<title>`` is only the site's name and whose main text left the
    headline out. ``first`` (optional) is the text's first paragraph. Reads the first
    PAGE_DATE_CHARS characters."""
    if not text:
        return ""
    lines, start, view = _page_top(text)
    if first:
        # The text's first paragraph, when the page shows it further down than the first line that
        # reads as a sentence (a marquee's greeting, a notice bar): the lines above it are the top.
        key = _squash(first[:60])
        at = next((k for k, ln in enumerate(lines) if key and _squash(ln.text[:60]) == key), -1)
        if at > start:
            # (A question stays: over its answer's label it is the page's title.)
            lead = [ln.text for ln in lines[:at] if not _SENTENCE_MARK.search(view(ln.text).rstrip("？?"))]
            return _titles.title_from_lead(lead, _chrome.edge_reason, lines[at].text, view) or _exclaimed_headline(lines[:at], view)
    after = lines[start].text if start < len(lines) else ""
    found = _titles.title_from_lead([ln.text for ln in lines[:start]], _chrome.edge_reason, after, view)
    return found or (_exclaimed_headline(lines[: start + 1], view) or _asked_headline(lines, start, view) if start + 1 < len(lines) else "")


def _asked_headline(lines: list[Line], start: int, view: Callable[[str], str]) -> str:
    """The line that starts the text (``lines[start]``) when it is one short question (6–40
    characters, no other sentence mark) over a byline the classes read as meta (发表于 前天 23:12 ｜
    只看楼主): a thread's subject, which ends like a sentence; else ``""``."""
    q = view(lines[start].text).strip()
    below = view(lines[start + 1].text).strip()
    if 6 <= len(q) <= 40 and q[-1] in "？?" and len(re.findall(r"[。！!？?；;]", q)) == 1 and (_chrome.edge_reason(below) or "").startswith("meta:"):
        return lines[start].text.strip()
    return ""


def _exclaimed_headline(top: list[Line], view: Callable[[str], str]) -> str:
    """The one headline in a poster's voice (``招募净滩志愿者啦！``, see :func:`_poster_exclamation`)
    among ``top`` (a page's lines above its text) when a line above it is chrome, or ``""``: a
    community page's headline, which ends like a sentence."""
    found = [k for k, ln in enumerate(top) if _poster_exclamation(view(ln.text))]
    if len(found) != 1 or not any(_chrome.edge_reason(view(ln.text)) for ln in top[: found[0]]):
        return ""
    return top[found[0]].text.strip()


def _poster_exclamation(s: str) -> bool:
    """True for a headline in a poster's voice that ends in one exclamation (``招募净滩志愿者啦！``):
    6–30 characters, no other sentence or clause mark, not a greeting (``大家好！``) and not
    chrome (:func:`.cleaning.titles.is_poster_headline`)."""
    t = s.strip()
    return (
        6 <= len(t) <= 30
        and t[-1] in "！!"
        and not re.search(r"[。！？!?；;，,：:、]", t[:-1].rstrip("！!"))
        and not re.search(r"好[！!]+$|^(?:各位|亲爱的|尊敬的)", t)
        and _titles.is_poster_headline(t)
        and _chrome.strong_reason(t) is None
    )


def page_headline(title: str, text: str) -> str:
    """The headline a page's visible ``text`` prints for a record's ``title`` when it is
    the document's title as written (see :func:`.cleaning.titles.page_headline`), or
    ``""``. For HTML pages whose main text left the headline out. Reads the first
    PAGE_DATE_CHARS characters."""
    if not title or not text:
        return ""
    lines, start, view = _page_top(text)
    extra = 8 if _titles.is_question(title) else 3
    return _titles.page_headline(title, [ln.text for ln in lines[: start + extra]], view)


def page_date(text: str):
    """The publish date written at the top of a page's visible text, or None.

    For HTML pages whose main-text extraction left the byline out: the lines of
    ``text`` (the page's whole visible text) before its first line of body text are
    read as :func:`.cleaning.dates.document_date` reads a document's leading lines (a
    date under the title, a ``发布时间`` line, a byline with a clock time or with
    ``作者：``/``来源：`` beside the date). Only the first PAGE_DATE_CHARS characters and
    60 lines are looked at; returns a ``datetime.date``.
    """
    if not text:
        return None
    lines, start, view = _page_top(text)
    # A Q&A page's question is its headline, not its first sentence: the answer's byline
    # (回答于 2025-07-09) stands under it.
    # (… and a headline over a byline, "标题！副题" / "原创 某某社区 2024-05-28 17:30", is no body
    # either, whatever its "！": the byline under it dates the page.)
    while start < len(lines) and (_is_headline_question(view(lines[start].text)) or _headline_over_byline(lines, start, view)):
        start = next((k for k in range(start + 1, len(lines)) if _starts_body(view(lines[k].text))), len(lines))
    lead = [normalize_paragraph(ln.text) for ln in lines[:start] if len(view(ln.text)) <= 80]
    return _dates.document_date(lead, [])


#: Longest paragraph (characters) read as an item of a list under the text (see page_tail_items).
_TAIL_ITEM_CHARS = 40


def page_tail_items(paragraphs: list[str], text: str) -> int:
    """How many of the last ``paragraphs`` (a page's cleaned text) are items of a list the page
    shows under its text: headlines the main-text extraction kept from a related or "more"
    box whose header and buttons it left out. ``text`` is the page's whole visible text.

    A run of trailing paragraphs of at most _TAIL_ITEM_CHARS characters, none a sentence, a
    date or a ``key：value`` field, counts when, in ``text``, at least one
    chrome line (:func:`.cleaning.chrome.edge_reason`) and no line of the text stands between
    the paragraph before the run and the run: the text ended, the page's chrome began, and what
    follows chrome under a text is the page's (a 落款 follows its text directly). Returns 0
    when no such run ends the paragraphs.
    """
    if len(paragraphs) < 3 or not text:
        return 0
    r = len(paragraphs)
    while r > 1:
        p = paragraphs[r - 1]
        if (
            len(p) > _TAIL_ITEM_CHARS
            or (_SENTENCE_MARK.search(p) and not _is_headline_question(p))  # (related questions stay items)
            or _DATE_LINE.match(p)
            # (… a headline's colon after its column, "新手妈妈必看：母乳该怎么储存？", is no field's.)
            or (re.search(r"[：:]", p) and not _is_headline_question(p))
        ):
            break
        r -= 1
    if r == len(paragraphs) or r < 1:
        return 0
    lines = [normalize_paragraph(x) for x in text.split("\n") if x.strip()]
    body = set(paragraphs)
    try:
        at = max(k for k, x in enumerate(lines) if x == paragraphs[r])
        before = max(k for k, x in enumerate(lines[:at]) if x == paragraphs[r - 1] or paragraphs[r - 1][-20:] in x)
    except ValueError:
        return 0
    between = lines[before + 1 : at]
    # (Forum junk between two of a post's paragraphs is no chrome box: the post goes on under it.)
    if not between or any(x in body for x in between) or not any(_chrome.edge_reason(x) and not _chrome.is_junk_line(x) for x in between):
        return 0
    return len(paragraphs) - r


def title_block_date(text: str, title: str):
    """The date a speech's title block prints under its title (``（2025年6月30日）``, at most
    five lines under the line that is ``title``, before the text's first sentence;
    a page's byline row and a collection's 篇一： may stand between) in a page's visible ``text``,
    or None.

    The day the text was given is the document's; a page's 发布时间 beside it is when the
    page went up. Reads the first PAGE_DATE_CHARS characters; returns a ``datetime.date``.
    """
    if not text or not title:
        return None
    lines, _, view = _page_top(text)
    key = _titles.title_key(view(normalize_paragraph(title)))
    for k, ln in enumerate(lines):
        if len(ln.text) <= _KEY_MAX_CHARS and _titles.title_key(view(ln.text)) == key:
            for below in lines[k + 1 : k + 6]:
                s = normalize_paragraph(below.text)
                if _titles.is_title_block_line(s) and _DATE_LINE.match(s.strip("（）() ")):
                    return _dates.document_date([s], [])
                if _SENTENCE_MARK.search(s):
                    break  # the text has begun: no title block's date under it
            return None
    return None


def page_end_date(text: str, last: str):
    """The publish date a page labels under its text (``编辑于 2025-04-27``, ``发布于 …``) in the
    lines of its visible ``text`` that follow the paragraph ``last`` (at most 8), or None.
    For a Q&A's answer, whose stamp stands under it."""
    if not text or not last:
        return None
    at = text.find(last[-40:])
    if at < 0:
        return None
    after = [normalize_paragraph(x) for x in text[at + len(last[-40:]) :].split("\n") if x.strip()][:8]
    return _dates.document_date([], [], after)


def _is_headline_question(s: str) -> bool:
    """A question of at most 40 characters on a line of its own (an asker's plea after it
    allowed: ``…怎么写？求范文，急！！``), no other sentence in it; the site's decoration around it
    (``[面试真题] …？（附参考答案）``) is not counted."""
    return len(_titles.strip_decoration(s)) <= 40 and ("？" in s or "?" in s) and not re.search(r"[。；;]", s)


def clean_text(text: str, title: str | None = None) -> list[str]:
    """Turn messy ``text`` into a list of paragraphs (stripped strings, none empty).

    The paragraphs of :func:`clean_document`.
    """
    return clean_document(text, title).paragraphs


@dataclass(frozen=True)
class CleaningContext:
    """Options the import pipeline sets for every document a task parses (the parsers
    call :func:`clean_document` without them): ``explain`` — list the dropped lines
    with their reasons; ``template`` — :func:`.cleaning.template.line_key` keys of the
    template lines of the sites the task's pages come from."""

    explain: bool = False
    template: frozenset[int] = frozenset()


_CONTEXT: contextvars.ContextVar[CleaningContext] = contextvars.ContextVar("haowen_cleaning", default=CleaningContext())


@contextlib.contextmanager
def cleaning_context(explain: bool = False, template: frozenset[int] = frozenset()) -> Iterator[CleaningContext]:
    """Within the ``with`` block, :func:`clean_document` explains what it drops and
    knows the site template ``template`` unless its caller says otherwise."""
    token = _CONTEXT.set(CleaningContext(explain, frozenset(template)))
    try:
        yield _CONTEXT.get()
    finally:
        _CONTEXT.reset(token)


#: Characters at each end of a page read by :func:`page_edge_keys`.
EDGE_KEY_CHARS = 8_000


def page_edge_keys(text: str) -> set[int]:
    """Keys (:func:`.cleaning.template.line_key`) of the lines at the edges of a page that
    could be its site's template: of the first and last EDGE_LINES lines, those of at
    most MAX_LINE_CHARS characters that are no sentence, salutation, heading or date.

    For the import's pre-pass over a batch (:class:`.cleaning.template.TemplateCounter`);
    reads only the first and last EDGE_KEY_CHARS characters of ``text``.
    """
    if not text:
        return set()
    if len(text) > 2 * EDGE_KEY_CHARS:
        text = text[:EDGE_KEY_CHARS] + "\n" + text[-EDGE_KEY_CHARS:]
    lines = split_lines(preprocess(text))
    n = _template.EDGE_LINES
    edge = lines if len(lines) <= 2 * n else lines[:n] + lines[-n:]
    return {_template.line_key(ln.text) for ln in edge if _could_be_template(ln.text)}


def _could_be_template(s: str) -> bool:
    return (
        len(s) <= _template.MAX_LINE_CHARS
        and _HAS_CONTENT.search(s) is not None
        and not _ends_sentence(s)
        and not _SALUTATION.match(s)
        and not _OUTLINE.match(s)
        and not _DATE_LINE.match(s)
    )


# A signature: the issuing body's name, the last words of a notice.
_ORGANISATION = re.compile(r"(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|中心|院|会|处|所|站|队|组|社|公司|学校|支部|党委|党组|厂|场|店|馆|庄园|幼儿园|托育园|产业园|园区|基地|集团|银行|车间|(?<![百学本专])科|[^\d]室)$")


# A lone token of Latin letters with digits or symbols (``p8wJp``, ``MX&C``) and one of
# letters only (``LFYrz``): what forum software scatters by the thousand, one per line.
_LONE_TOKEN = re.compile(r"^[!-~]{2,8}$")
_LETTER = re.compile(r"[A-Za-z]")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
#: A run of this many lone tokens (or more) is anti-scraping junk when most are mixed.
JUNK_RUN_LINES = 5


def _mark_junk_runs(lines: list[Line]) -> None:
    """Mark runs of JUNK_RUN_LINES or more consecutive lines that each hold one short
    token of ASCII letters (with digits or symbols or without), six in ten of them or more
    mixing letters with digits or symbols, as junk chrome (wherever they stand). No text
    puts one such token per line five times over; a column of numbers (no letters) or of
    words in a table is left alone by the share of mixed tokens. Linear."""
    k, n = 0, len(lines)
    while k < n:
        m = k
        while m < n and _LONE_TOKEN.match(lines[m].text) and _LETTER.search(lines[m].text):
            m += 1
        if m - k >= JUNK_RUN_LINES:
            mixed = sum(1 for ln in lines[k:m] if _NOT_LETTER.search(ln.text))
            if mixed * 10 >= 6 * (m - k):
                for ln in lines[k:m]:
                    ln.chrome = True
                    ln.why = f"junk: one of {m - k} lines of lone Latin tokens mixed with digits or symbols"
        k = max(m, k + 1)


#: At most this many lines under a mail's signature delimiter are its signature.
MAIL_SIGNATURE_LINES = 6


def _mark_mail_signature(lines: list[Line], view: Callable[[str], str]) -> None:
    """Mark a mail's signature as chrome: the lines under a line that is only ``--`` (the
    signature delimiter ``-- `` of RFC 3676 §4.3, which mail clients and mailing-list
    archives print), at most MAIL_SIGNATURE_LINES of them, each at most 90 characters, up
    to a forwarding separator or a quoted mail's header (the forwarded mail starts there).
    The sender's name, office, phone and the client's notice stand there, never the
    text: in the labelled parts no body line stands under the delimiter. Linear."""
    for k, ln in enumerate(lines):
        if ln.text.strip() != "--" or ln.why:
            continue
        block = []
        for below in lines[k + 1 : k + 1 + MAIL_SIGNATURE_LINES]:
            s = view(below.text)
            if _chrome.mail_header(s) or len(s) > 90:
                break
            block.append(below)
        for x in [ln, *block]:
            if not x.why:
                x.chrome = True
                x.why = "meta: a mail's signature (under its -- line)"


# An answer's stamp on a line of its own ("回答于 3天前", "解答于 2025-06-02 10:14").
_ANSWER_STAMP = re.compile(
    rf"^(?:回答于|解答于|答复于|回答时间\s*[:：])\s*(?:\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?(?:\s*\d{{1,2}}[:：]\d{{2}})?|{_chrome.REL_TIME})$"
)


def _mark_answerer_cards(lines: list[Line], view: Callable[[str], str]) -> None:
    """Mark the answerer's card right above an answer's stamp (``碓溪小林　业余球友，打球十二年``
    over ``回答于 3天前``) as chrome: a name and a profile of at most 40 characters, no
    sentence's end. A Q&A page prints who answered over when; the answer's text starts under
    the stamp. Linear."""
    for k in range(len(lines) - 1):
        below = view(lines[k + 1].text).strip()
        if len(below) > 40 or not _ANSWER_STAMP.match(below):
            continue
        s = view(lines[k].text).strip()
        # (A name and a profile apart by a gap or a bar: an answer's own last line over a
        # stamp under it, 希望对你有帮助, runs as text.)
        card = re.search(r"\u3000|\s{2,}|[|｜·•]", s) is not None
        if card and len(s) <= 40 and not lines[k].chrome and not _SENTENCE_MARK.search(s) and not s.endswith(("：", ":")):
            lines[k].chrome = True
            lines[k].why = "meta: an answerer's name and profile above the answer's stamp"


def _mark_repeated_stamps(lines: list[Line], view: Callable[[str], str], title_key: str, repeat_key: str) -> None:
    """Mark a stamp the page prints more than once as chrome: a line of 8–60 characters
    of cells apart by a bar or a dot, with an id, a date or a time (four digits or more)
    and no sentence end, that recurs verbatim (``内部资料 请勿外传 · 工号 30817 ·
    2025-06-18``: a watermark, a viewer's stamp). A document writes a sentence once; what it
    repeats — a date under two attachments, an outline number, the title — is left alone.
    Linear."""
    counts: dict[str, int] = {}
    for ln in lines:
        s = ln.text.strip()
        if 8 <= len(s) <= 60:
            counts[s] = counts.get(s, 0) + 1
    for ln in lines:
        s = ln.text.strip()
        if counts.get(s, 0) < 2 or ln.why or not _STAMP_ID.search(s) or not _STAMP_CELLS.search(s) or _SENTENCE_MARK.search(s) or _OUTLINE.match(s):
            continue
        v = view(s)
        if (_dates.parse_cn_date(v) and len(v) <= 20) or (title_key and _squash(v) == title_key):
            continue
        if repeat_key and _titles.is_title_repeat(v, repeat_key):
            continue
        ln.chrome = True
        ln.why = "meta: a stamp the page repeats (a watermark or a viewer's stamp)"


# A stamp's id, date or time (four digits or more) and its cells apart by a bar or a dot.
_STAMP_ID = re.compile(r"\d{4,}|\d{1,2}:\d{2}")
_STAMP_CELLS = re.compile(r"[·•|｜丨]")


# A running head: a short name with a page number beside it ("某某县人民政府公报　·12·",
# "·13·　2025年政府工作报告", "某某公报 12").
_RUNNING_HEAD = re.compile(
    r"^(?:(?P<a>[^。！？，；：,;:!?]{4,40}?)[\s\u3000]*(?:[·•\-—–－~～]\s*\d{1,4}\s*[·•\-—–－~～]|第\s*\d{1,4}\s*页|(?<=[\s\u3000])\d{1,4})"
    r"|(?:[·•\-—–－~～]\s*\d{1,4}\s*[·•\-—–－~～]|第\s*\d{1,4}\s*页|\d{1,4}(?=[\s\u3000]))[\s\u3000]*(?P<b>[^。！？，；：,;:!?]{4,40}))$"
)


def _drop_running_heads(lines: list[Line], view: Callable[[str], str], dropped: list[tuple[str, str]] | None) -> list[Line]:
    """``lines`` without a printed document's running head: a short name with a page number
    beside it (``某某县人民政府公报　·12·``) that recurs, the number aside, two or more times
    in the text. Between the two halves of a sentence it would stay glued in the text once
    the page marker is cut. Dropped lines go to ``dropped`` when given."""
    heads: dict[str, int] = {}
    found: list[tuple[int, str]] = []
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if len(t) > 50:
            continue
        m = _RUNNING_HEAD.match(view(t))
        if m:
            name = (m.group("a") or m.group("b") or "").strip()
            if re.search(r"[\u4e00-\u9fff]{3}", name) and not is_heading_like(name):
                heads[name] = heads.get(name, 0) + 1
                found.append((k, name))
    drop = {k for k, name in found if heads[name] >= 2}
    if not drop:
        return lines
    if dropped is not None:
        dropped.extend((lines[k].text, "page: a running head (a name with a page number, recurring)") for k in sorted(drop))
    return [ln for k, ln in enumerate(lines) if k not in drop]


def _mark_template(lines: list[Line], template: frozenset[int]) -> None:
    """Mark the lines that are the site's template and read as no part of the document.

    A recurring line stays unmarked when it is a sentence, a salutation, a heading or a
    date (:func:`_could_be_template`), or a signature: followed within two lines by a
    date line, or an organisation's name right under a sentence end. (A signature unit
    name that every notice of one government site ends with is body.)
    """
    for k, ln in enumerate(lines):
        if ln.chrome or not _could_be_template(ln.text) or _template.line_key(ln.text) not in template:
            continue
        below = [x.text for x in lines[k + 1 : k + 3]]
        if any(_DATE_LINE.match(t) or _dates.parse_cn_date(t) and len(t) <= 20 for t in below):
            continue
        if k and _ends_sentence(lines[k - 1].text) and len(ln.text) <= 20 and _ORGANISATION.search(ln.text):
            continue
        ln.template = ln.edge = True


_FIELD_KEY = re.compile(r"^\s*([^\s：:，。！？；]{2,10})[：:]")
_FIELD_KEYS = re.compile(r"([^\s：:，。！？；\u3000]{2,10})[：:]")


def _parallel_field(kept: list[Line], i: int, gone: dict) -> bool:
    """True when ``kept[i]`` is a field of a list the document keeps: a kept line within
    two lines of it has a key with the same last two characters (``早上投放时间：…`` under
    ``晚上投放时间：…``), or both are rows of keyed cells ending in the same key. The score sees a short keyed line beside dropped chrome as chrome;
    its sibling says it is the text's."""
    m = _FIELD_KEY.match(kept[i].text)
    if not m:
        return False
    tail = m.group(1)[-2:]
    keys = _FIELD_KEYS.findall(kept[i].text)
    for j in range(max(0, i - 2), min(len(kept), i + 3)):
        if j != i and id(kept[j]) not in gone:
            other = _FIELD_KEY.match(kept[j].text)
            if other and other.group(1)[-2:] == tail:
                return True
            # A row of keyed cells ending in the same key as its kept sibling's
            # (监督部门：… 电话：… under 招标代理：… 联系人：… 电话：…).
            others = _FIELD_KEYS.findall(kept[j].text)
            if len(keys) >= 2 and len(others) >= 2 and keys[-1][-2:] == others[-1][-2:]:
                return True
    return False


# A poster's name on a line of its own: 2–10 characters, no mark or digit.
_POSTER_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z_]{2,10}$")


def _at_most_back(lines: list[Line], start: int, kept_head: list[Line], back: int) -> int:
    """The index of the last kept line above the text, ``kept_head[-1]``, when it is one of
    the ``back`` lines right above ``lines[start]`` (the same object, not an equal line),
    else -1."""
    if not kept_head:
        return -1
    return next((k for k in range(start - 1, max(0, start - back) - 1, -1) if lines[k] is kept_head[-1]), -1)


def _poster_name(s: str, lines: list[Line], at: int, view: Callable[[str], str]) -> bool:
    """``s`` (``lines[at]``) is a name (:data:`_POSTER_NAME`, no organisation's) that another
    line of the page, one the rules call chrome, shows as a word of its own (between spaces,
    bars or a colon and the line's ends)."""
    name = s.strip()
    if not _POSTER_NAME.match(name) or _ORGANISATION.search(name):
        return False
    word = re.compile(rf"(?:^|[\s\u3000：:|｜·]){re.escape(name)}(?:$|[\s\u3000|｜·])")
    for k, ln in enumerate(lines):
        if k == at or len(ln.text) > _CHROME_MAX_CHARS or name not in ln.text:
            continue
        t = view(ln.text)
        if word.search(t) and (ln.chrome or _is_edge_chrome(t) or _lead_reason(t)):
            return True
    return False


# A decimal outline's heading ("1 实习安排", "2.1 安全要求"): a number, a space, a short name.
_DECIMAL_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+[\u4e00-\u9fff]{2,12}$")
# A document's addressee (主送, GB/T 9704-2012 §7.3.3) or a letter's salutation on its line:
# "各乡镇人民政府，县直各单位：", "全体会员：", "尊敬的家长朋友：".
# (… "全行业会员企业：", "全市广大家长：": all of a group, named after 全.)
_ADDRESSEE_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}各|全体|全(?:行业|市|县|区|镇|乡|校|省|国|村)|尊敬的|亲爱的)[^。！？：:\s]{1,30}[:：]$")


def _signs_letter(line: str, above: str, opening: list[str], title: str) -> bool:
    """``line`` signs a letter, a pledge or a notice without a date: a short line of people or an
    issuer (:data:`_SIGNERS`, :data:`_ISSUER_END`; no key, 文章来源：… is the page's) under a
    sentence (``above``, its last line), in a text that opens with its addressee (``opening``:
    its first lines; ``市公交集团：``) or whose ``title`` names a genre its authors sign
    (:data:`_SIGNED_GENRE`: 倡议书, 公约 …)."""
    return (
        len(line) <= 20
        and not _SENTENCE_MARK.search(line)
        and not re.search(r"[:：|｜]", line)
        and bool(_SIGNERS.search(line) or _ISSUER_END.search(line))
        and above.rstrip(_CLOSERS)[-1:] in "。！"
        and (
            any(_ADDRESSEE_LINE.match(x) or _LETTER_ADDRESSEE.match(x) for x in opening)
            or bool(title and _SIGNED_GENRE.search(title.strip()))
        )
    )


def _letter_signer(kept: list[Line], view: Callable[[str], str], title: str = "") -> bool:
    """The last of ``kept`` signs a letter (:func:`_signs_letter`): the chrome score leaves it."""
    return len(kept) >= 3 and _signs_letter(view(kept[-1].text), view(kept[-2].text), [view(x.text) for x in kept[:2]], title)


def _same_row_shape(a: str, b: str) -> bool:
    """``a`` and ``b`` are rows of one table: two or more cells apart by ideographic spaces or
    tabs, as many in each, every cell at most 16 characters, a figure alone in a cell of each,
    no sentence end in either."""
    ca = [c for c in re.split(r"[\u3000\t]+", a.strip()) if c]
    cb = [c for c in re.split(r"[\u3000\t]+", b.strip()) if c]
    return (
        len(ca) >= 2 and len(ca) == len(cb)
        and all(len(c) <= 16 for c in ca + cb)
        and not _SENTENCE_MARK.search(a) and not _SENTENCE_MARK.search(b)
        # (… a figure in each, as a table's rows have: a row of buttons, 在线订购　｜　加盟, has none;
        # or a figure in every cell, each column's cells sharing their words: 第5～8周　每分钟76～92拍
        # over 第9～12周　每分钟96～112拍.)
        and (
            all(any(re.fullmatch(r"[\d.]+\s*[%％]?", c) for c in row) for row in (ca, cb))
            or (
                all(re.search(r"\d", c) for c in ca + cb)
                and all(set(_HAN_CHAR.findall(x)) & set(_HAN_CHAR.findall(y)) for x, y in zip(ca, cb))
            )
        )
    )



# A decimal clause (1.1　…) and a section's head in a decimal outline ("3　课时安排").
_DECIMAL_CLAUSE = re.compile(r"^\d{1,2}[.．]\d{1,2}[\s\u3000]")
_DECIMAL_SECTION_HEAD = re.compile(r"^\d{1,2}(?:[.．]\d{1,2}){0,2}[\s\u3000]+[\u4e00-\u9fff]{2,20}$")
# A template's field its user fills in: a short key, a colon, and a placeholder of two or more
# ×, or blanks, in the value (执教：××小学××老师, 单位：＿＿＿＿). Sites mask nothing so.
_PLACEHOLDER_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：][^。！？]{0,30}?(?:[×Ｘ]{2,}|＿{2,}|_{3,})[^。！？]{0,30}$")


def _score_kept(
    pieces: list[Line], kept: list[Line], title: str | None, view: Callable[[str], str], dropped: list[tuple[str, str]] | None
) -> list[Line]:
    """``kept`` (the lines the rules kept, in order; most of them are ``pieces``) without
    the lines the chrome score drops (:mod:`.cleaning.score`: a logistic regression over
    generic features of each line and its neighbours, the rules' verdicts among them).
    The rules decide first; the score only removes lines they left. Each dropped line is
    added to ``dropped`` with the score and its top features."""
    if not kept:
        return kept
    kept_ids = {id(ln) for ln in kept}
    verdicts = _score.score_lines(
        [view(ln.text) for ln in pieces],
        view(normalize_paragraph(preprocess(title))) if title else "",
        dropped=[id(ln) not in kept_ids for ln in pieces],
        template=[ln.template for ln in pieces],
    )
    # (A kept line that is not one of ``pieces`` — the first line with a glued title cut
    # off — is not scored.)
    gone = {id(ln): v for ln, v in zip(pieces, verdicts) if v is not None and v.drop}
    if not gone:
        return kept
    form_at = next((i for i, ln in enumerate(kept) if _FORM_PART.search(view(ln.text))), len(kept))
    # (A text numbered by decimal clauses, 1.1 / 2.1, has its sections' own heads: "3　课时安排".)
    decimal_outline = sum(1 for ln in kept if _DECIMAL_CLAUSE.match(view(ln.text))) >= 2
    for i, ln in enumerate(kept):
        if id(ln) in gone and (
            _parallel_field(kept, i, gone)
            or i >= form_at
            or _OWN_CONTACT.search(view(ln.text))
            or _DESK_CONSULT_LINE.match(view(ln.text).strip())
            or _ADDRESSEE_LINE.match(view(ln.text))
            or _QUOTED_ADDRESSEE.match(view(ln.text))
            or _SIGNATURE_FIELD.search(view(ln.text))
            or _PLACEHOLDER_FIELD.match(view(ln.text).strip())
            or (decimal_outline and _DECIMAL_SECTION_HEAD.match(view(ln.text).strip()))
            or (i > 0 and _same_row_shape(view(ln.text), view(kept[i - 1].text)))
            or _dates.is_date_line(view(ln.text).strip())
            or _notice_date_field(view(ln.text).strip())
            or _dates.is_written_on(view(ln.text).strip())
            or (i == len(kept) - 1 and _letter_signer(kept, view, title or ""))
            or (_BOX_HEADING.match(view(ln.text).strip()) and _box_headings_below(kept, i, view))
        ):
            # (A template's field left for its user, 执教：××小学××老师, is the text's too; so are a
            # decimal outline's section head and a table's row under another.)
            # (A form the document adds, its 回执 and the blanks under it, a line naming the
            # document's own 联系人 and its addressee, 各会员单位：, the first of a case note's
            # bracketed headings, a date alone or a postscript, are the text's: the rules keep
            # them, so does the score.)
            del gone[id(ln)]
    if dropped is not None:
        dropped.extend((ln.text, "in the body: " + _score.describe(gone[id(ln)])) for ln in kept if id(ln) in gone)
    return [ln for ln in kept if id(ln) not in gone]


# A notice's own date under its key ("公告日期：2025年6月10日", "公示日期：…"): its 成文日期 in a field.
_NOTICE_DATE_KEY = re.compile(r"^(?:公告|公示|成文|印发|签发)日期\s*[:：]\s*")


def _notice_date_field(s: str) -> bool:
    """``s`` is a notice's own date under its key and nothing else (:data:`_NOTICE_DATE_KEY`)."""
    m = _NOTICE_DATE_KEY.match(s)
    return m is not None and _dates.is_date_line(s[m.end() :])


# A photo's caption that lost its photo and its label: a clause of 10–24 characters, no
# punctuation, whose subject (2–6 characters, no 的) is at a place or at work there
# ("学生在老师指导下缝制香囊", "专家组现场检查排风设施", "志愿者正在为老人测量血压").
_UNLABELLED_CAPTION = re.compile(r"^(?=.{10,24}$)[\u4e00-\u9fff]{2,6}?(?:正在|在|现场|一起|共同)[\u4e00-\u9fff]{4,18}$")
# … never a heading or an instruction (要, 应, 须, 坚持, 加强 …) nor, unmarked, a noun phrase
# (…的活动) or a news item's headline ("某协议在推迟数小时后生效": a time, not a place, after
# 在; 前 and 时 are left, as in 在舞台前).
_INSTRUCTION = re.compile(r"要|应|须|需|必须|坚持|加强|推进|推动|确保|强化|落实|做好|抓好|切实|全面|不断|进一步|工作$|问题$|情况$|制度$|机制$|措施$")
_NOT_SCENE = re.compile(r"的|在[\u4e00-\u9fff]{0,10}(?:后|之前|以前|之际|以来|期间|之时)")
_PROSE_LINE = re.compile(r"[。！？]$")
_SENTENCE_OR_CLAUSE = re.compile(r"[。！？，；：:,;]")
# A caption under a marker pointing up at its photo ("▲党员们清理水车引水渠"): a clause whose
# subject opens it.
_MARKED_CAPTION = re.compile(r"^[▲△↑]\s*([\u4e00-\u9fff][^。！？；：:]{5,23})。?$")


# People doing something: a subject that names people by its last character or word (…员,
# …者, …生, 代表, 群众 …), then at least a verb and its object.
_PEOPLE_AT_WORK = re.compile(
    r"^(?=.{8,22}$)[\u4e00-\u9fff]{0,4}(?:员|者|生|民|师|手|宾|们|代表|干部|群众|职工|工人|孩子|同学|专家|领导|嘉宾|医生|护士|志愿者)"
    r"[\u4e00-\u9fff]{5,16}$"
)


# A subject that names people by its last character or word (学生, 队员, 志愿者).
_PEOPLE_SUBJECT = re.compile(r"(?:员|者|生|民|师|手|宾|们|代表|干部|群众|职工|工人|孩子|同学|专家|领导|嘉宾|医生|护士|志愿者)$")


# A subject that is an institution or a pronoun (本机关, 该公司, 各单位, 我局): a rule's or a
# report's sentence, never a caption's people at work.
# An article's number opening a line (第十二条, 第3条): a law's or a rule's text.
_ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,5}条")
_INSTITUTION_SUBJECT = re.compile(r"^[本该各我其此每]|机关|公司|单位|部门|政府|委员会|局|院|所|中心|企业|学校|组织|协会|平台|项目|工程|我们")


# Someone doing something for someone ("卢济川为一名手腕骨折的小患者复位", "医生给老人测量血压").
_FOR_SOMEONE = re.compile(r"^(?=.{10,24}$)[\u4e00-\u9fff]{2,6}?(?:为|给|帮|替)[\u4e00-\u9fff]{5,18}$")


def _scene_caption(s: str) -> bool:
    """``s`` reads as a photo's caption (:data:`_UNLABELLED_CAPTION`, :data:`_MARKED_CAPTION`), no
    heading or instruction (:data:`_INSTRUCTION`, :data:`_NOT_SCENE`). (A clause ending in a full
    stop is never one: a law's short article, 某某机关在…依法行使职权。, reads the same.)"""
    if _INSTRUCTION.search(s):
        return False
    if _UNLABELLED_CAPTION.match(s):
        if not _NOT_SCENE.search(s):
            return True
        # (… or people at a place whose act goes on past a 的 to its verb and object, "学生在研讨室使用新配备的
        # 集线器连接设备"; a noun phrase ends at its noun after the 的, 党员在社区开展的志愿服务活动.)
        subject = re.split(r"正在|在", s, maxsplit=1)[0]
        if not _PEOPLE_SUBJECT.search(subject) or _NOT_SCENE.search(s.replace("的", "")):
            return False
        tags = pos_tags(s[s.rfind("的") + 1 :])
        return len(tags) >= 3 and tags[0][1] in NOUN_TAGS and any(t[1] == "v" for t in tags[1:-1]) and tags[-1][1] in NOUN_TAGS | {"vn"}
    if s.endswith("。") and _UNLABELLED_CAPTION.match(s[:-1]) and not _NOT_SCENE.search(s):
        # "调查队员在样线上记录猴群活动痕迹。": the same scene with a full stop, when its subject
        # is people at a place (an institution's, 本机关在…, 公司在…, is a rule's or a report's
        # sentence); _drop_scene_captions asks more of its neighbours.
        subject = re.split(r"正在|在", s, maxsplit=1)[0]
        return not _INSTITUTION_SUBJECT.search(subject)
    m = _MARKED_CAPTION.match(s)
    if m:
        return opens_with_noun(m.group(1))
    if _FOR_SOMEONE.match(s):
        # "卢济川为一名手腕骨折的小患者复位": someone doing something for someone, ending on the
        # act (a heading ends on its object or quality: 为群众办实事的十项举措).
        tags = pos_tags(s)
        if len(tags) >= 4 and tags[0][1] in NOUN_TAGS and tags[1][0] in ("为", "给", "帮", "替") and tags[-1][1] == "v":
            return True
    # "双方代表签订合作协议", "乐团成员指导学生敲击马林巴": people at work, no place named.
    if not _PEOPLE_AT_WORK.match(s) or _NOT_SCENE.search(s):
        return False
    tags = pos_tags(s)
    # (A verb, then the thing done at the end: "…签订合作协议"; a heading ends on its verb or
    # its quality, 群众满意度显著提升, 党员干部带头冲在一线.)
    return len(tags) >= 3 and tags[0][1] in NOUN_TAGS and any(t[1] in ("v", "vn") for t in tags[1:-1]) and tags[-1][1] in NOUN_TAGS


def _drop_scene_captions(kept: list[Line], view: Callable[[str], str], dropped: list[tuple[str, str]] | None) -> list[Line]:
    """``kept`` without photo captions that stand alone between two paragraphs of prose
    (:data:`_UNLABELLED_CAPTION`: a news page whose pictures were left out keeps their captions as
    paragraphs). A candidate goes only when both neighbours are sentences of at least 20
    characters, the text holds at most two candidates (more are the text's own run-in
    headings, which a caption never repeats in form) and at most three short lines without a
    sentence's or a clause's mark in all (a transcript's headlines look like captions)."""
    if len(kept) < 3:
        return kept
    found = [i for i in range(1, len(kept) - 1) if _scene_caption(view(kept[i].text))]
    if not found or len(found) > 2:
        return kept
    runs = sum(1 for ln in kept if 6 <= len(ln.text) <= 30 and not _SENTENCE_OR_CLAUSE.search(ln.text) and not _OUTLINE.match(ln.text))
    if runs > 3:
        return kept  # a transcript's or a digest's headlines (新闻联播's items): its own lines
    gone = set()
    law = any(_ARTICLE_NUMBER.match(view(ln.text)) for ln in kept)
    for i in found:
        before, after = view(kept[i - 1].text), view(kept[i + 1].text)
        least = 40 if view(kept[i].text).endswith("。") else 20  # (a full stop asks for longer prose around it)
        if law and least == 40:
            continue  # (a law's or a rule's articles: a short one reads like a caption)
        if len(before) >= least and len(after) >= least and _PROSE_LINE.search(before) and _PROSE_LINE.search(after):
            gone.add(i)
            if dropped is not None:
                what = "one short sentence of people at a place" if least == 40 else "a scene, no punctuation"
                dropped.append((kept[i].text, f"in the body: meta: a photo's caption between two paragraphs ({what})"))
    return [ln for i, ln in enumerate(kept) if i not in gone]


def clean_document(
    text: str, title: str | None = None, explain: bool | None = None, template: frozenset[int] | None = None
) -> CleanedText:
    """See :func:`_clean_document`; each line is classified once (a memo for the call)."""
    with _chrome.memo_scope():
        return _clean_document(text, title, explain, template)


def _clean_document(
    text: str, title: str | None = None, explain: bool | None = None, template: frozenset[int] | None = None
) -> CleanedText:
    """Turn messy ``text`` into paragraphs, and read a title and a date from the page.

    ``title`` (optional) is the document's title: a repeat of it at the top of the
    text is dropped. Steps: :func:`preprocess` (markup) → :func:`split_lines` (em-space
    separators, blank lines) → strong-chrome marking → :func:`join_soft_breaks` →
    :func:`strip_inline_chrome` → :func:`strip_chrome` → :func:`normalize_paragraph` →
    :func:`split_long_paragraph` (no paragraph over MAX_PARAGRAPH_CHARS characters).
    Page markers and anti-scraping junk go first (:func:`.cleaning.lines.repair_lines`).
    Without ``title``, a title is read from the leading lines
    (:func:`.cleaning.titles.title_from_lead`) and its repeats are dropped like a
    given title's. With ``explain``, ``dropped`` lists each dropped line with its reason.
    ``template``: keys of the site's template lines (:mod:`.cleaning.template`); such a
    line goes before and after the body (see :func:`_mark_template` for the lines that
    stay however often they recur), and a ``title`` that is one is no title: one is read
    from the page (``CleanedText.title``), as for a ``title`` that is only a site's name. ``explain`` and ``template`` default to the
    :func:`cleaning_context` in force. Pure and deterministic for given arguments; never
    raises for any ``str`` input.
    """
    if not text:
        return CleanedText([])
    context = _CONTEXT.get()
    explain = context.explain if explain is None else explain
    template = context.template if template is None else template
    matter_date = _front_matter_date(text) if text.lstrip().startswith("---") else None
    text = preprocess(text)
    view = classification_view(text)
    dropped: list[tuple[str, str]] | None = [] if explain else None
    lines = _drop_running_heads(split_lines(text), view, dropped)
    lines = repair_lines(lines, lambda t, like: Line(t, blank_before=like.blank_before, indent=like.indent), dropped)
    if template:
        _mark_template(lines, template)
        if title and _template.line_key(normalize_paragraph(title)) in template:
            title = None  # the site's name taken for a title (a page's first line): read one from the page
    if title and (is_site_name(view(title)) or _names_the_site(view(title), lines, view)):
        title = None  # a page's <title> that is only the site's name: read one from the page
    lead_texts = [ln.text for ln in lines[:_LEAD_MAX_LINES]]
    for k, ln in enumerate(lead_texts):
        s = view(ln)
        if _starts_body(s) or (not title and _titles.glued_to_salutation(ln, view)):
            # (A title glued to the salutation starts the text: the title is cut off it below.)
            lead_texts = lead_texts[:k]
            break
    if title and _header_above_crumb(title, lead_texts, view):
        title = None  # the site's name over a breadcrumb that names the document: read it there
    if title and _titles.names_crumb_column(title, lead_texts, view):
        title = None  # the column the breadcrumb ends in (领导讲话): read the headline under it
    found_title = ""
    glued = False
    asked = None  # a Q&A page's question or a poster's headline, when the document's headline took its place
    if title:
        # The page's own headline, when the given title is it decorated, cut short or a
        # question (see titles.page_headline).
        # (A plea for a sample that asks nothing, 求一篇…，急用！, is answered under the answer's
        # bar: look further. A question keeps the nearer reach: its labels keep the question.)
        # (A poster's headline, 扩散！…别往那边走, looks as far: the poster's words come between.)
        # (… and so does a question whose copy on the page pleads for a sample, "…怎么写？求一篇范文".)
        pleads = bool(re.search(r"[？?]", title)) and any(_titles.pleads_for_sample(view(ln.text)) for ln in lines[: len(lead_texts) + 3])
        reach = 8 if (_titles.asks_for_example(title) and not re.search(r"[？?]", title)) or pleads or _titles.is_poster_headline(view(title)) else 3
        headline_lines = [ln.text for ln in lines[: min(len(lead_texts) + reach, _LEAD_MAX_LINES)]]
        found_title = _titles.page_headline(title, headline_lines, view)
        if found_title:
            asked = title if _titles.is_question(view(title)) or _titles.is_poster_headline(view(title)) else None
            title = found_title
    if not title:
        after = lines[len(lead_texts)].text if len(lead_texts) < len(lines) else ""
        recurring = {view(ln.text) for ln in lines[: len(lead_texts)] if ln.template}
        # (A line of strong chrome, a font row in boxes 【字体：加大 默认 减小】, is no headline either.)
        found_title = _titles.title_from_lead(
            lead_texts,
            lambda s: "template" if s in recurring else (_chrome.edge_reason(s) or ("chrome pattern" if is_strong_chrome(s) else None)),
            after,
            view,
            _wrap_width(lines),
        )
        at = len(lead_texts)
        asked_line = _titles.without_board_tail(view(after))
        below = view(lines[at + 1].text) if at + 1 < len(lines) else ""
        # (The question printed twice, its board's tag before the first copy, "[某某杂谈] …？说说…" / "…？说说…":
        # the chrome under the second copy decides.)
        twice = bool(below) and len(below) < len(after) and _titles.title_key(below) == _titles.title_key(asked_line)
        if twice:
            below = view(lines[at + 2].text) if at + 2 < len(lines) else ""
        if (not found_title or not _titles.ends_in_genre(found_title)) and _is_question_title(asked_line, below):
            # A question for a headline (a Q&A page or a thread, its board after it), chrome under it:
            # the title (its "问：" label and its board aside).
            found_title = _titles.without_question_label(_titles.without_board_tail(normalize_paragraph(lines[at + 1].text if twice else after)))
            # (… without the board's tag before it: "[求助问答] 某某还开着吗？…")
            found_title = _titles.without_board_tag(_titles.strip_leading_decoration(found_title) or found_title)
        if not found_title and after:
            # A title glued to the first line of text is read and cut off it when the
            # document's first sentence follows (a salutation, an addressee, a purpose
            # clause, a news lead: see title_at_head); with a date under it (a speech's
            # "(2020年11月24日)" and speaker), the title block stays in the text as it was.
            found_title = _titles.title_at_head(after, view)
            glued = bool(found_title) and _titles.dated_after(after[len(found_title) :])
        if found_title:
            title = found_title
        if title and _titles.asks_for_example(title):
            # A Q&A page's question asking for an example: the answer's headline, when it shows one;
            # the question is then chrome above the answer.
            headline_lines = [ln.text for ln in lines[: min(len(lead_texts) + 8, _LEAD_MAX_LINES)]]
            headline = _titles.page_headline(title, headline_lines, view)
            if headline:
                question_key = _titles.title_key(view(normalize_paragraph(title)))
                for ln in lines[: len(headline_lines)]:
                    if _titles.is_title_repeat(view(ln.text), question_key):
                        ln.why = "title: the question of a Q&A page, above the answer's headline"
                        ln.chrome = True
                title = found_title = headline
    title_key = _squash(view(normalize_paragraph(preprocess(title)))) if title else ""
    repeat_key = _titles.title_key(view(normalize_paragraph(preprocess(title)))) if title else ""
    _mark_junk_runs(lines)  # (first: such a line needs no other look)
    _mark_repeated_stamps(lines, view, title_key, repeat_key)
    _mark_answerer_cards(lines, view)
    _mark_mail_signature(lines, view)
    sentence_seen = False  # a line above ended a sentence of the text
    for k, ln in enumerate(lines):
        sentence_seen = sentence_seen or (k > 0 and not lines[k - 1].chrome and _ends_sentence(lines[k - 1].text))
        if ln.template or ln.why:
            continue
        ln.text = _cut_service_sentences(ln.text, dropped)
        s = view(ln.text)
        kept_to = _text_before_strong(s) if len(s) == len(ln.text) else 0
        if kept_to:
            # "…电话：0731-12345678。湘ICP备…": a footer glued after a sentence of the text; the
            # sentence stays, the footer goes.
            if dropped is not None:
                dropped.append((ln.text[kept_to:], "chrome pattern glued after a sentence: cut off, the sentence kept"))
            ln.text, s = ln.text[:kept_to], s[:kept_to]
        ln.chrome = is_strong_chrome(s) or _chrome.strong_reason(s) is not None
        if title_key and len(s) <= 2 * len(title_key) + 10 and _squash(s) == title_key:
            ln.edge = True  # a repeat of the title is never glued to the text
            # (… a genre with the model's label after it counts, and a model's kind of text: "某某采购合同（范本）".)
            bare_title = re.sub(r"[（(][^（）()]{1,6}[）)]$", "", view(title))
            if sentence_seen and len(repeat_key) >= 6 and (_titles.ends_in_genre(bare_title) or _titles.MODEL_GENRE.search(bare_title)):
                # Under sentences of the text, a document's title (ending in its genre: an issuer's
                # name taken for a title signs the text) alone on its line is a preview's running
                # head, printed again on each page: no document restates its title between paragraphs.
                ln.chrome = True
                ln.why = "title: the title again inside the text, a page's running head"
            continue
        if repeat_key and k < _LEAD_MAX_LINES and len(s) <= len(repeat_key) + 40 and _titles.is_title_repeat(s, repeat_key):
            ln.edge = True  # … nor is a repeat the page decorated (…（图）, …_栏目, 标题：…)
            continue
        # Edge-chrome lines (来源：…, dates, toolbars) are never glued to their
        # neighbours, so removing them at the edges cannot take body text along.
        ln.edge = (
            not ln.chrome
            and _HAS_CONTENT.search(s) is not None
            and bool(_is_edge_chrome(s) or _TRAIL_ANCHOR.match(s) or _TRAIL_META.match(s))
        )
    lines = join_soft_breaks(lines)
    pieces: list[Line] = []
    for ln in lines:
        if ln.chrome:
            pieces.append(ln)
            continue
        parts = strip_inline_chrome(ln.text)
        for k, part in enumerate(parts):
            pieces.append(Line(part, blank_before=ln.blank_before if k == 0 else False, template=ln.template, indent=ln.indent and k == 0))
    kept = strip_chrome(pieces, title=title, view=view, dropped=dropped, cut_glued_title=not glued, asked=asked)
    out: list[str] = []
    body = _drop_scene_captions(_score_kept(pieces, kept, title, view, dropped), view, dropped)
    # (A document that keeps its own notes, a work report's "［26］七个有之：…", keeps the marks that
    # point to them; elsewhere a mark after a paragraph's last sentence is a wiki's reference.)
    own_notes = any(_glued.REFERENCE_LIST_ITEM.match(view(ln.text)) for ln in body)
    # (… and so is one between two of a paragraph's sentences, "…如意。[2]如今，…": in the labelled parts
    # such marks point to a wiki's list the page dropped; a document that keeps its notes keeps them all.)
    for ln in body:
        p = normalize_paragraph(ln.text if own_notes else _glued.strip_reference_marks(ln.text))
        if p and _HAS_CONTENT.search(p):
            out.extend(q for q in split_long_paragraph(p) if _HAS_CONTENT.search(q))
    # The lines before the body (as strip_chrome found its start; a question for a title
    # ends no lead) and the first few of it.
    first = next((k for k, ln in enumerate(pieces) if kept and ln is kept[0]), 0)
    lead_end = max(len(lead_texts), min(first, _LEAD_MAX_LINES)) + 3
    date_lead = [ln.text for ln in pieces[:lead_end] if len(ln.text) <= 80]
    date_tail = [normalize_paragraph(ln.text) for ln in kept[-4:] if len(ln.text) <= 80]
    if kept and len(kept[-1].text) > 80:
        # (A text on one line: what follows its last sentence mark, a signature and its date glued on.)
        last_text = normalize_paragraph(kept[-1].text)
        stop = max(last_text.rfind("。"), last_text.rfind("！"))
        if stop >= 0 and len(last_text) - stop <= 40:
            date_tail.append(last_text[stop:])
    if not any(_DATE_LINE.match(x) for x in date_tail):
        # A 公文's 附件 printed after its 落款 (GB/T 9704-2012 §7.3.5, §8): the signature's date
        # stands above the attachment, the last issuer-and-date pair of the text.
        date_tail += _signature_pair(kept, view)
    last = next((k for k in range(len(pieces) - 1, -1, -1) if kept and pieces[k] is kept[-1]), len(pieces))
    date_after = [normalize_paragraph(ln.text) for ln in pieces[last + 1 : last + 9] if len(ln.text) <= 80]
    published = _dates.document_date(date_lead, date_tail, date_after) or matter_date or _dates.effective_date(date_tail)
    return CleanedText(out, found_title, published, dropped or [])
