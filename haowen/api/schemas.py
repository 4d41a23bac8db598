"""Response shapes of the JSON API (pydantic through ninja); they make the OpenAPI description.

Counts of characters (``word_count``, ``remaining_chars``) are Unicode characters, not
bytes: ``word_count`` is the article's 字数 (non-whitespace characters of the whole
body), ``remaining_chars`` the characters withheld from this caller.
"""

from __future__ import annotations

import datetime as dt

from ninja import Schema
from pydantic import Field


class ArticleSummary(Schema):
    """An article in a list: enough to show a line and link to it."""

    id: int
    title: str
    genre: str = Field(description="文种大类代码：speech、report、summary、official、plan、law、news、other")
    genre_label: str = Field(description="文种大类名称，如 讲话类")
    subgenre: str = Field(description="细分文种代码（如 remarks、notice），未细分时为空字符串")
    subgenre_label: str = Field(description="细分文种名称，如 讲话稿；未细分时为空字符串")
    kind: str = Field(description="旧字段，同 genre")
    kind_label: str = Field(description="旧字段，同 genre_label")
    published_on: dt.date | None
    views: int = Field(description="阅读数（含导入时的阅读数）")
    word_count: int = Field(description="全文字数（非空白字符数）")
    url: str = Field(description="文章页的规范网址")


class Page(Schema):
    """Paging fields shared by lists (1-based ``page``)."""

    count: int
    page: int
    pages: int
    page_size: int


class ArticleList(Page):
    results: list[ArticleSummary]


class OutlineItem(Schema):
    """A heading of the document (see ``haowen.text.outline``): ``level`` 1 is the top,
    ``paragraph`` the 0-based index into ``paragraphs``, ``anchor`` the article page's
    fragment id (``p1`` is the first paragraph), ``style`` the numbering style
    (``cn`` for 一、, ``cn_paren`` for （一）, ``ordinal`` for 一是 …)."""

    level: int
    title: str
    style: str
    paragraph: int
    anchor: str


class CitedDocument(Schema):
    """A document the readable text cites (see ``haowen.library.citations``): ``kind`` is
    ``title`` (a 《…》 title, ``text`` without the marks; ``number`` its 文号 when written
    right after it) or ``number`` (a 文号, brackets as 〔〕); ``count`` how often it is cited;
    ``article_id``/``url`` the library's article with that 文号 or title, else null and
    ``search_url`` a search for it."""

    kind: str
    text: str
    number: str
    count: int
    article_id: int | None
    url: str | None
    search_url: str | None


class Access(Schema):
    """What this caller may read: ``reason`` is ``""`` (full text), ``"login"`` or ``"members"``."""

    is_full: bool
    remaining_chars: int
    reason: str


class ArticleDetail(ArticleSummary):
    """One article with the text this caller may read (the preview for anonymous callers)."""

    tags: list[str]
    access: Access
    paragraphs: list[str] = Field(description="可阅读的段落；未登录或非会员时只有预览部分")
    outline: list[OutlineItem]
    cites: list[CitedDocument] = Field(description="可阅读部分引用的文件（《…》标题与发文字号），本站有收录时附文章链接")


class SearchHit(ArticleSummary):
    """A search result: ``title_html``/``snippet_html`` are escaped HTML with ``<mark>`` around matches;
    ``in_gated_part`` is true when the match lies in text this caller may not read."""

    score: float
    title_html: str
    snippet_html: str
    in_gated_part: bool


class GenreFacet(Schema):
    genre: str
    label: str
    count: int


class KindFacet(Schema):
    """The older name of :class:`GenreFacet` (same counts, key ``kind``)."""

    kind: str
    label: str
    count: int


class YearFacet(Schema):
    year: int
    count: int


class GenreWord(Schema):
    """A query word read as a genre: the word, the genre code it names and its label."""

    word: str
    genre: str
    label: str


class SearchOut(Schema):
    """The same results as the search page (/search/), page by page (10 per page)."""

    query: str = Field(description="清理后的查询（与搜索页回显的一致）")
    truncated: bool
    partial: bool = Field(False, description="true：没有同时匹配全部词语的文章，结果为部分匹配（匹配词语多的在前）")
    genre_words: list[GenreWord] = Field(default_factory=list, description="查询中按文种理解的词（该文种优先）")
    corrected_from: str | None = Field(
        None, description="原查询没有结果、已改用纠正后的查询（query）时，为原查询；fix=false 时不纠正"
    )
    total: int
    page: int
    pages: int
    page_size: int
    elapsed_ms: float
    results: list[SearchHit]
    genres: list[GenreFacet] = Field(description="按文种大类的计数")
    kinds: list[KindFacet] = Field(description="旧字段，同 genres")
    years: list[YearFacet]


class HotEntry(Schema):
    """A hot-list row: ``views`` are the de-duplicated views inside the window, not the total."""

    id: int
    title: str
    url: str
    views: int


class HotList(Schema):
    """本周热门 (``week``: rolling 7 days) or 本月热门 (``month``: rolling 30 days), as on the pages."""

    period: str
    days: int
    results: list[HotEntry]


class RelatedList(Schema):
    """相关内容: similar published articles, best first, as on the article page."""

    results: list[ArticleSummary]


class CommentOut(Schema):
    """An approved comment: ``body`` is plain text (escape it when showing it as HTML)."""

    id: int
    author: str
    body: str
    created_at: dt.datetime
    is_featured: bool


class CommentList(Page):
    results: list[CommentOut]


class MeOut(Schema):
    """The token's owner."""

    username: str
    token_name: str
