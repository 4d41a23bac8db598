"""Writer's tools pages: placeholder fill-in, Word export, tag pages (thin views).

What a reader gets is decided by the one entitlement function
(``haowen.accounts.entitlement.entitlement``), never by these views:

* Word export (``/a/<pk>/export.docx``) and the filled-in .docx are for readers who may
  read the whole text; anyone else gets a 403 page that says why and links to login
  (or membership). A partial Word file would pass for the model text and is not offered.
* The fill-in page works on what the reader may see: the preview for a reader who may
  not read it all, with a note saying so.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from haowen.accounts.entitlement import entitlement, tagged_articles
from haowen.text.outline import outline
from haowen.text.placeholders import fill, fill_segments, find_placeholders, group_placeholders

from . import fillin
from .docx_export import DOCX_CONTENT_TYPE, build_docx
from haowen.library.models import Article, Tag

TAG_PAGE_SIZE = 20
CONTEXT_CHARS = 10


def _published_article(pk: int) -> Article:
    try:
        return Article.objects.published().get(pk=pk)
    except Article.DoesNotExist:
        raise Http404(_("文章不存在"))


def _refused(request, article: Article, visible, what: str):
    """403 page: the reader may not read the whole text, so no Word file."""
    return render(
        request,
        "writer/export_refused.html",
        {"article": article, "visible": visible, "what": what},
        status=403,
    )


def _docx_response(title: str, data: bytes, suffix: str = "") -> HttpResponse:
    filename = f"{title[:80]}{suffix}.docx".replace("/", "／").replace("\\", "＼")
    response = HttpResponse(data, content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


def export_docx(request, pk: int):
    """``/a/<pk>/export.docx``: the article as .docx in the GB/T 9704 layout (entitled readers)."""
    article = _published_article(pk)
    visible = entitlement(article, request.user)
    if not visible.is_full:
        return _refused(request, article, visible, _("下载 Word 文档"))
    paragraphs = visible.paragraphs
    data = build_docx(article.title, paragraphs, outline(paragraphs, article.title))
    return _docx_response(article.title, data)


def _occurrence_rows(paragraphs, group, values: fillin.FillValues, own_fields: set[str], typed=None):
    rows = []
    for p in group.occurrences:
        field = f"o:{p.occurrence_id}"
        text = paragraphs[p.paragraph]
        rows.append(
            {
                "id": p.occurrence_id,
                "field": field,
                "before": text[max(0, p.start - CONTEXT_CHARS) : p.start],
                "mark": p.label,
                "after": text[p.end + len(p.attached) : p.end + len(p.attached) + CONTEXT_CHARS],
                "value": typed.get(field, "") if typed is not None else values.occurrences.get(p.occurrence_id, ""),
                "editable": p.occurrence_id in own_fields,
                "anchor": f"p{p.paragraph + 1}",
            }
        )
    return rows


@require_http_methods(["GET", "POST"])
def fill_in(request, pk: int):
    """``/a/<pk>/fill/``: fill the placeholders; see the result on screen or as .docx.

    POST ``action``: ``preview`` (default) shows the filled text; ``docx`` downloads it
    (entitled readers only, else 403); ``save`` stores the values (logged-in readers);
    ``clear`` forgets saved values. Bad values re-show the form with errors (status 400).
    """
    article = _published_article(pk)
    visible = entitlement(article, request.user)
    paragraphs = visible.paragraphs
    found = find_placeholders(paragraphs)
    groups = group_placeholders(found)
    own_fields = fillin.occurrence_fields(groups)
    action = request.POST.get("action", "preview") if request.method == "POST" else ""
    status = 200
    result = None

    if request.method == "POST":
        values = fillin.parse_values(request.POST, groups)
        if values.errors:
            status = 400
        elif action == "docx":
            if not visible.is_full:
                return _refused(request, article, visible, _("下载填写后的 Word 文档"))
            filled = fill(paragraphs, found, values.groups, values.occurrences)
            data = build_docx(article.title, filled, outline(filled, article.title))
            return _docx_response(article.title, data, _("（填写版）"))
        elif action == "save":
            if request.user.is_authenticated:
                fillin.save_values(request.user, article, values)
                messages.success(request, _("已保存你的填写内容，下次打开本页会自动带出。"))
            else:
                messages.error(request, _("登录后才能保存填写内容；未登录时填写内容不会被保存。"))
        elif action == "clear":
            fillin.clear_values(request.user, article)
            values = fillin.FillValues()
            messages.success(request, _("已清空填写内容。"))
        if not values.errors and action != "clear":
            result = fill_segments(paragraphs, found, values.groups, values.occurrences)
    else:
        values = fillin.saved_values(request.user, article) or fillin.FillValues()

    open_count = 0
    if result is not None:
        open_count = sum(1 for segs in result for _text, what in segs if what == "open")
    # After a POST the form shows what the reader typed (also when it was refused).
    typed = request.POST if request.method == "POST" and action != "clear" else None
    group_rows = []
    for g in groups:
        occurrences = _occurrence_rows(paragraphs, g, values, own_fields, typed)
        group_rows.append(
            {
                "group": g,
                "field": f"g:{g.key}",
                "value": typed.get(f"g:{g.key}", "") if typed is not None else values.groups.get(g.key, ""),
                "occurrences": occurrences,
                "open": any(o["value"] for o in occurrences),  # show occurrence values already given
            }
        )
    context = {
        "article": article,
        "visible": visible,
        "groups": group_rows,
        "total": len(found),
        "result": result,
        "open_count": open_count,
        "errors": values.errors,
        "max_chars": fillin.MAX_VALUE_CHARS,
        "capped": len(found) > len(own_fields),
    }
    return render(request, "writer/fill.html", context, status=status)


def tag_page(request, name: str):
    """``/tag/<name>/``: published canonical articles with this tag, most relevant first.

    Lists only the articles on which this reader may see the tag
    (:func:`~haowen.accounts.entitlement.tagged_articles`), and is a 404 when there is
    none: a tag found only in gated parts the reader may not read does not exist for them.
    """
    tag = get_object_or_404(Tag, name=name)
    paginator = Paginator(tagged_articles(tag, request.user), TAG_PAGE_SIZE)
    if paginator.count == 0:
        raise Http404(_("没有这个关键词"))
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return render(request, "writer/tag.html", {"tag": tag, "page": page})
