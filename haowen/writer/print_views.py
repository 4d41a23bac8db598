"""The print view (打印全文, issue 16): an article in the document's own layout, without the
site's chrome, for readers entitled to the whole text.

Like the Word export, it is offered only to readers who may read the whole text (the one
entitlement function decides); anyone else gets a 403 page that says why. A printed preview
would pass for the model text, so none is offered. It joins the leak suite's channels.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from haowen.accounts.entitlement import entitlement
from haowen.library.models import Article
from haowen.text.outline import outline


def print_view(request, pk: int):
    """``/a/<pk>/print/``: title, date and paragraphs (headings found by the outline set in
    bold), on a plain page that prints on A4; 403 for readers who may not read it all."""
    try:
        article = Article.objects.published().defer("raw", "fingerprint").get(pk=pk)
    except Article.DoesNotExist:
        raise Http404(_("文章不存在")) from None
    visible = entitlement(article, request.user)
    if not visible.is_full:
        response = render(request, "writer/print_refused.html", {"article": article, "visible": visible}, status=403)
        response["Cache-Control"] = "private, no-store"
        return response
    headings = {item.paragraph: item for item in outline(visible.paragraphs, article.title)}
    rows = []
    for i, text in enumerate(visible.paragraphs):
        item = headings.get(i)
        if item is not None and item.whole_paragraph:
            rows.append({"heading": text, "head": "", "rest": ""})
        elif item is not None:
            rows.append({"heading": "", "head": text[: item.heading_end], "rest": text[item.heading_end :]})
        else:
            rows.append({"heading": "", "head": "", "rest": text})
    response = render(request, "writer/print.html", {"article": article, "rows": rows})
    response["Cache-Control"] = "private, no-store"
    return response
