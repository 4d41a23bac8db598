"""The writer's tools of one article as one reader sees it (:class:`WriterTools`).

The article page (:func:`haowen.web.article_page.build_article_context`) puts one
:class:`WriterTools` into its context; the page's partials (``writer/_writer_tools_top.html``
and ``_writer_tools_bottom.html``) and the body only format it. Everything is computed from
``visible.paragraphs`` only — what the entitlement function lets the reader see — so the
outline and placeholder counts never reveal the gated part of a text. Each part is computed
on first use: a page whose fragments are prerendered (:mod:`haowen.web.fragments`) asks for none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from haowen.library.citations import cited_documents
from haowen.library.near_duplicates import versions_of
from haowen.library.tagging import article_tags
from haowen.text.outline import OutlineItem, outline
from haowen.text.placeholders import PlaceholderGroup, find_placeholders, group_placeholders

__all__ = ["WriterTools", "BodyParagraph", "TOC_MAX_LEVEL", "PLACEHOLDER_GROUPS_SHOWN", "HEADING_LEVELS"]

#: Outline levels shown in the table of contents (deeper ones are in the text anyway).
TOC_MAX_LEVEL = 3
#: Placeholder groups listed on the article page (the fill-in page lists all).
PLACEHOLDER_GROUPS_SHOWN = 12


#: Heading levels styled apart in the body (deeper ones look like level HEADING_LEVELS).
HEADING_LEVELS = 4


@dataclass(frozen=True)
class BodyParagraph:
    """One paragraph of the article body as the page shows it: ``text``; ``level`` (0 for
    body text, else the outline level, 1 = top) and, for a heading, either ``whole`` (the
    paragraph is the heading line) or the run-in ``head`` and the ``rest`` of the paragraph
    (``head + rest == text``)."""

    text: str
    level: int = 0
    whole: bool = False
    head: str = ""
    rest: str = ""

    @property
    def css_level(self) -> int:
        """The level for CSS classes ``doc-h1``…``doc-h4`` (GB/T 9704-2012 7.3.3: 黑体, 楷体, then
        仿宋; the page shows levels 3–4 in bold)."""
        return min(self.level, HEADING_LEVELS)

    @property
    def aria_level(self) -> int:
        """``aria-level`` of a whole-line heading: the page's title is the h1, so level 1 is 2 (at most 6)."""
        return min(self.level + 1, 6)


@dataclass
class WriterTools:
    """Lazily computed tools for one article as one reader sees it."""

    article: object
    visible: object

    @cached_property
    def paragraphs(self) -> list[str]:
        return list(getattr(self.visible, "paragraphs", None) or [])

    @cached_property
    def is_full(self) -> bool:
        return bool(getattr(self.visible, "is_full", False))

    @cached_property
    def headings(self) -> list[OutlineItem]:
        """Every heading of the visible paragraphs (:func:`haowen.text.outline.outline`)."""
        return outline(self.paragraphs, getattr(self.article, "title", ""))

    @cached_property
    def outline(self) -> list[OutlineItem]:
        """Headings of the visible paragraphs, levels 1–TOC_MAX_LEVEL."""
        return [i for i in self.headings if i.level <= TOC_MAX_LEVEL]

    @cached_property
    def body(self) -> list[BodyParagraph]:
        """The visible paragraphs in order, each with its heading (if the outline found one)."""
        by_index = {h.paragraph: h for h in self.headings}
        out = []
        for index, text in enumerate(self.paragraphs):
            head = by_index.get(index)
            if head is None:
                out.append(BodyParagraph(text))
            elif head.whole_paragraph:
                out.append(BodyParagraph(text, level=head.level, whole=True))
            else:
                out.append(BodyParagraph(text, level=head.level, head=text[: head.heading_end], rest=text[head.heading_end :]))
        return out

    @cached_property
    def placeholder_groups(self) -> list[PlaceholderGroup]:
        return group_placeholders(find_placeholders(self.paragraphs))

    @cached_property
    def placeholders_shown(self) -> list[PlaceholderGroup]:
        return self.placeholder_groups[:PLACEHOLDER_GROUPS_SHOWN]

    @cached_property
    def placeholder_total(self) -> int:
        return sum(g.count for g in self.placeholder_groups)

    @cached_property
    def versions(self):
        if self.article is None or not getattr(self.article, "pk", None):
            return []
        return versions_of(self.article)

    @cached_property
    def cites(self):
        """引用文件: the documents the visible paragraphs cite, linked where the library has them."""
        return cited_documents(self.paragraphs, exclude_pk=getattr(self.article, "pk", None))

    @cached_property
    def tags(self):
        """Up to 10 tags, best first: all for a reader of the full text, else those the preview shows."""
        if self.article is None or not getattr(self.article, "pk", None):
            return []
        return [at.tag for at in article_tags(self.article, full=self.is_full)[:10]]
