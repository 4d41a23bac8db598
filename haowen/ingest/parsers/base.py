"""What every parser shares: the record it produces (:class:`ParsedDoc`, the library's
:class:`~haowen.library.draft.ArticleDraft`), titles, dates, view counts.

Pure Python (no Django). Limits such as ``IMPORT_MAX_BYTES`` come in as arguments;
every failure is an :class:`ImportProblem` with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
import math
import re

from haowen.library.draft import ArticleDraft
from haowen.text.genres import choose_code

from ..clean import normalize_paragraph, preprocess
from ..cleaning.titles import (
    DOT_VARIANTS,
    LABEL_ARROW,
    best_segment,
    entry_without_gloss,
    ends_in_genre,
    is_collection_name,
    is_file_stem,
    is_kind_gloss,
    is_place_only,
    signs_as_bars,
    strip_collection_place,
    strip_decoration,
)
from ..problems import ImportProblem, printable

__all__ = [
    "ArticleDraft",
    "ParsedDoc",
    "ImportProblem",
    "printable",
    "MAX_TITLE_CHARS",
    "MAX_VIEWS",
    "view_count",
    "first_url",
    "clean_title",
    "derive_title",
]

MAX_TITLE_CHARS = 300


#: What every parser produces: the library's own record (see :mod:`haowen.library.draft`), so
#: a parsed document goes to ``library.services.save_draft`` as it is, every field and the
#: raw bytes included. ``ParsedDoc`` is its name in the parsers.
ParsedDoc = ArticleDraft


_URL = re.compile(r"https?://[^\s\"'<>()（）]+")
_DATE_IN_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# (A doubled dash too: "某某公约 —— 户外活动版", a board's name after the post's title.)
# (… and a dash spaced on one side only after Chinese or a closing quote: "…的“锄头”- 申论交流";
# a double bar too: "学员必读 ‖ 某某课程安排"; a middle dot spaced on both sides, "标题 · 某某笔记",
# unspaced, 4·23 or 卷二·第17篇, being a word of the title.)
# (… a slash set off by spaces after four characters or more, "标题 / 栏目 / 站点"; unspaced it is a
# word's, 2024/2025, and so it is after a short word, "高考 / 中考…";
# and any arrow, shape or dingbat set off by spaces, "结业感言 ✎ …", "打印格式 ▸ …": a symbol
# a page puts between a label and a title; or a dot operator, spaced or not, "…总结⋅栏目⋅站点",
# a look-alike of the middle dot that no Chinese word uses.)
# Bullets, arrows, shapes, dingbats, technical and miscellaneous symbols, supplemental punctuation
# and pictographs a page sets off by spaces in a title (★ and ☆ aside: "★级" is a word, and a run of
# stars is a grade).
# (… on one side is enough for these, "律师函（样本）▸ 关于…": no word of a title is one of them.)
_SPACED_ICONS = (
    "\u2023\u2043\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u2604\u2607-\u26ff\u2700-\u27bf"
    "\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff\u2e00-\u2e7f\U0001f300-\U0001faff"
)
_TITLE_SEPARATORS = re.compile(
    rf"\s*[|｜丨‖▏│┃⋅∙∣❘︱￨⏐]\s*|\s+(?:[-–—_·•›»‹«~～{_SPACED_ICONS}]|——|--)\s+|(?<=[^\s/／]{{4}})\s+[/／]\s+"
    rf"|(?<=\S)[{_SPACED_ICONS}]\s+(?=\S)|(?<=\S)\s+[{_SPACED_ICONS}](?=\S)"
    r"|(?<=[”」』》）)】〕〗］\u4e00-\u9fff])(?:——|--|[-–—·•])\s+(?=[\u4e00-\u9fff])"
    # (… a column's label in single angle marks, "标题 ‹健康讲座› 某某医院", and a middle dot right after a closing
    # bracket, "测亩仪（农业测量仪器）·某某百科词条": a title's own dot stands between words.)
    r"|\s*‹[^‹›]{1,8}›\s*|(?<=[）)】])[·•](?=[\u4e00-\u9fff])"
)

# A short label, then an arrow, shape or dingbat set off by spaces, at a page title's start.
_LABEL_BEFORE_ICON = re.compile(rf"^[^\s|｜丨]{{1,5}}\s+[{_SPACED_ICONS}]\s+(?=\S{{4}})")
_LEAD_BRACKET_BAR = re.compile(r"^[\[【〔［][^\]】〕］|｜]{1,8}[|｜][^\]】〕］|｜]{1,8}[\]】〕］]")
# An organisation's name after a dash set off by spaces, ending a page title ("… - 某某培训中心").
_OWNER_AFTER_SPACED_DASH = re.compile(
    r"\s+(?:[-–—]|——|--)\s+[^\s，,。！？!?|｜]{2,16}(?:学校|学院|大学|中学|小学|幼儿园|中心|协会|学会|商会|医院|卫生院|公司|集团|委员会|政府|研究院|研究所|事务所|俱乐部|[^\d]局)$"
)

#: The largest view count the database column holds (a PositiveIntegerField).
MAX_VIEWS = 2_147_483_647


def view_count(value: object) -> int:
    """A view count from a record (int, float or digit string): 0 when missing or not a
    finite non-negative number, at most MAX_VIEWS. Never raises."""
    try:
        number = float(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else 0.0
    except (TypeError, ValueError):
        return 0
    if not math.isfinite(number) or number <= 0:  # NaN, infinity, negative, zero
        return 0
    return int(min(number, MAX_VIEWS))


def _parse_date(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` (or ``YYYY年M月D日``, ``YYYY/M/D``) at the start of ``value`` → date; else None."""
    if not value or not isinstance(value, str):
        return None
    m = _DATE_IN_TEXT.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def first_url(text: str) -> str:
    """The first http(s) URL inside ``text`` (trailing punctuation trimmed), or ``""``."""
    m = _URL.search(text or "")
    return m.group().rstrip(".,;:，。；：") if m else ""


def clean_title(title: str | None) -> str:
    """A one-line title: markup and whitespace runs collapsed; a ``标题 | 站点`` suffix dropped.

    Page titles carry the site name after ``|`` (either side); the segment that reads as
    the document's title (see :func:`~haowen.ingest.cleaning.titles.best_segment`) stays. Returns at most 300 characters; ``""`` for no title.
    """
    if not title:
        return ""
    text = strip_collection_place(normalize_paragraph(preprocess(title).replace("\n", " ")).translate(DOT_VARIANTS))
    m = _LABEL_BEFORE_ICON.match(text)
    # (An entry's short name before its kind, "压蒜器 ⸮ 厨房小工具 ⸮ 某某百科", is the entry's, no label;
    # so is a piece's short title before its collection's name, "一枚变调夹 ◇ 某某小集·卷一第七篇".)
    after_icon = _TITLE_SEPARATORS.split(text[m.end() :])[0] if m else ""
    if m and not is_kind_gloss(after_icon) and not is_collection_name(after_icon):
        text = text[m.end() :]  # "实习总结 ✦ 我在…的三个月": a column's label, then a spaced icon, then the title
    m = _OWNER_AFTER_SPACED_DASH.search(text)
    if m and m.start() >= 6:
        text = text[: m.start()]  # "…第一周 - 某某技艺学校": the site's owner after a spaced dash
    # (A bar inside a leading bracket, "[结构化｜突发处置] …", is the label's, not the title's separator.)
    text = _LEAD_BRACKET_BAR.sub(lambda m: m.group(0).replace("｜", "·").replace("|", "·"), text)
    text = LABEL_ARROW.sub(r"\1 \2 ", text)  # "案例小讲堂▸网购…": a column's label run into the title by an arrow
    # (A sign no title uses as a word, set off by spaces, parts the segments as a bar does: "标题 ⋏ 站点 ⋏ 卷二".)
    text = signs_as_bars(text)
    parts = [p for p in _TITLE_SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1 and not is_place_only(text):
        # (A collection's name and volume, "某某集 · 卷三", is one place: the cleaner reads the
        # headline from the page.)
        # (… an encyclopaedia's gloss after the entry's name beside the reference work's segment left out.)
        text = entry_without_gloss(best_segment(parts), parts)
    text = strip_decoration(text.strip("#").strip())[:MAX_TITLE_CHARS]
    return "" if is_file_stem(text) else text


# A file's name (its suffix) for a record's title.
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|wps|rtf|txt|odt)\s*$", re.I)


def file_name_headline(raw_title: str | None, title: str, headline: Callable[[], str]) -> str:
    """The document's own title for a record titled by a file's name, else ``title``.

    ``raw_title`` is the record's title as given (``某某损失报告（定稿）.docx``), ``title`` the
    cleaned one, ``headline`` a callable returning the headline the page prints above its text
    (called only for a file's name). A file's name is often the document's title shortened
    (``黄粉虫合作社扩规方案2025``); the page's headline replaces it when it ends in a genre word,
    is longer, holds no clause mark (a wrapped sentence's first line is no headline), is not the
    title after a label and its colon (``文件：…``) and holds at least 60 % of the title's distinct
    Chinese characters (of all its characters when it has fewer than three Chinese ones). A
    shorter headline replaces it when the file's name is that headline (its quotes aside) with
    the issuer before it."""
    if not _FILE_NAME.search(raw_title or "") or not title:
        return title
    shown = strip_decoration(headline() or "")
    labelled = title in shown and shown[: shown.find(title)].rstrip().endswith(("：", ":", "|", "｜"))
    if shown and not labelled and ends_in_genre(shown) and len(shown) > len(title) and not re.search(r"[，,。！？]", shown):
        # (A line holding the whole title after a label, "文件：某某的函", is the title labelled: it stands.)
        # (Chinese characters only when the title has three or more: a file's name abbreviates
        # in Latin letters, HACCP, what the headline spells out.)
        chars = {ch for ch in title if "\u4e00" <= ch <= "\u9fff"}
        chars = chars if len(chars) >= 3 else set(title)
        shared = sum(1 for ch in chars if ch in shown)
        if shared >= 0.6 * len(chars):
            return shown
    elif shown and not labelled and ends_in_genre(shown) and len(shown) < len(title) and not re.search(r"[，,。！？]", shown):
        # A file's name that adds its issuer before the title the document prints (某某公司2024年
        # 质量月活动方案.pdf over "2024年“质量月”活动方案"): the document's own headline.
        core = re.sub(r"[“”‘’\"'《》「」]", "", shown)
        if len(core) >= 6 and title.endswith(core):
            return shown
    if shown and not labelled and len(shown) >= 6 and title.startswith(shown) and _FILE_KIND_TAIL.fullmatch(title[len(shown) :]):
        # … or its kind and a year without brackets ("某某采购合同范本-2024.docx" over "某某采购合同").
        return shown
    if shown and not labelled and len(shown) >= 6 and title.startswith(shown) and _FILE_KIND_ASIDE.fullmatch(title[len(shown) :]):
        # A file's name that adds its kind in brackets after the title the document prints ("某某购销
        # 合同（范本）.doc" over "某某购销合同"): the site's label of the file, not the document's title.
        return shown
    return title


# The kind of file and a year a file's name adds after the document's title, unbracketed ("范本-2024").
_FILE_KIND_TAIL = re.compile(r"(?:范本|模板|模版|范文|样本)(?:\s*[-_－—]?\s*\d{4}(?:版|年)?)?|\s*[-_－—]\s*\d{4}(?:版|年)?")
# A bracketed aside a file's name adds after the document's title ("（范本）", "（定稿）", "（模板）").
# (A stage of the text, （征求意见稿）, （试行）, is the document's own: GB/T 9704-2012 §7.3.3.)
_FILE_KIND_ASIDE = re.compile(r"\s*[（(](?![^（）()]*(?:试行|暂行|征求|意见稿|讨论稿|送审稿|草案|修订|修正))[^（）()]{1,6}[）)]")


_TITLE_CUT = re.compile(r"[。！？；：:!?;]|[（(]\s*\d{4}\s*年")
#: Punctuation and list marks a scraped fragment can start with (``,对制约…``, ``×三是…``).
_LEADING_MARKS = re.compile(r"^[\s,，、.。;；:：!！?？×*·•…\-—–_~)）\]】」』”’]+")
#: A salutation opening a speech (``同志们：``, ``各位代表，同志们：``, ``尊敬的各位领导：``).
_SALUTATION = re.compile(r"^[^。！？!?]{0,24}?(?:同志们|朋友们|代表们?|委员们?|同事们|领导|来宾|嘉宾|大家)[^。！？!?：:]{0,6}[：:]\s*")
TITLE_CHARS = 30


# A news headline of two phrases apart by a space, glued to a lead that opens on its time
# ("某某浮桥完成使命 新大桥今日通车今天上午九时，…").
_GLUED_HEADLINE = re.compile(
    r"^(?P<head>[^，。！？、：:\s]{4,18}[ \u3000][^，。！？、：:\s]{4,18})"
    r"(?=(?:今天|昨天|今日|昨日|近日|日前|近期|本周|上周|\d{1,2}月\d{1,2}日|\d{1,2}日)[上下中早晚]?午?[^，。]{0,20}[，,])"
)


def derive_title(paragraphs: list[str]) -> str:
    """A title (at most 31 characters) for a document that has none, from its first sentence.

    Leading punctuation of a scraped fragment and a speech's salutation (``同志们：``) are
    skipped; the first sentence is cut at its end (``。！？；：`` …). Speeches on People's
    Daily start ``讲话题目（2018年2月12日）习近平…``, so a dated bracket also ends the
    title. A first paragraph that is one question and nothing else keeps its ``？``. A sentence longer than 30 characters is cut there and ends with ``…``; a cut
    leaving fewer than 6 characters takes the first 30 characters of the text instead.
    Returns ``""`` for no text.
    """
    text = "".join(paragraphs).strip()
    first = paragraphs[0] if paragraphs else ""
    first = _LEADING_MARKS.sub("", first)
    salutation = _SALUTATION.match(first)
    if salutation and len(first) > salutation.end():
        first = first[salutation.end() :]
    elif salutation and len(paragraphs) > 1:
        first = _LEADING_MARKS.sub("", paragraphs[1])
    m = _TITLE_CUT.search(first)
    candidate = (first[: m.start()] if m else first).strip()
    if m and first[m.start()] in "？?" and not first[m.end() :].strip(" ？?") and 6 <= len(candidate) <= TITLE_CHARS:
        # A question on a line of its own (a Q&A page's or a forum thread's question): the
        # headline asks, and keeps its question mark.
        candidate = first.strip()
    if len(candidate) < 6:
        candidate = _LEADING_MARKS.sub("", text)
    if len(candidate) > TITLE_CHARS:
        candidate = candidate[:TITLE_CHARS].rstrip("，,、；;：: ") + "…"
    return candidate.strip()


def _finish(doc: ParsedDoc, text_for_kind: str = "") -> ParsedDoc:
    """Fill the title (derived when missing) and the genre code (``doc.kind``, see
    :func:`haowen.text.genres.choose_code`: a genre the input names is a hint the guess from
    the title, the opening and the closing lines refines or overrides)."""
    if not doc.title and doc.paragraphs:
        glued = _GLUED_HEADLINE.match(doc.paragraphs[0])
        if glued and len(doc.paragraphs[0]) - glued.end("head") >= 20:
            # "某某完成使命 新大桥今日通车今天上午九时，…": a news headline the page glued to its
            # lead (a time word opens the lead): the headline is the title, the lead the text.
            doc.title = glued.group("head").strip()
            doc.paragraphs = [doc.paragraphs[0][glued.end("head") :].lstrip(), *doc.paragraphs[1:]]
    if not doc.title:
        doc.title = derive_title(doc.paragraphs)
    head = text_for_kind or "\n".join(doc.paragraphs[:3])
    tail = "\n".join(doc.paragraphs[-3:])
    doc.kind = choose_code(doc.kind, doc.title, head, tail)
    if not doc.paragraphs:
        raise ImportProblem("empty body: no text left after cleaning")
    if not doc.title:
        raise ImportProblem("no title: the document has no text to take a title from")
    return doc


def _check_size(size: int, max_bytes: int | None, what: str = "file") -> None:
    if max_bytes is not None and size > max_bytes:
        raise ImportProblem(f"{what} is {size:,} bytes, over the import limit of {max_bytes:,} bytes (IMPORT_MAX_BYTES)")
