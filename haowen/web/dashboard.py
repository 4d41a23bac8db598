"""The operator's dashboard (issue 16): an admin page of figures with charts drawn on the
server as SVG (no script, no CDN; the charts scale to a phone's width).

Panels: views per day over the last :data:`DAYS` days (the engagement app's daily rollups),
new members and revenue per day (paid orders: tips and memberships, in yuan; refunded orders
are not revenue), the week's most read articles, the most searched and the zero-result
queries of the week (from the search app's per-day query log ``search.QueryDay`` when it
exists, else the panel is left out), and imports per day (articles created). Days are the site's
(``TIME_ZONE``). :func:`figures` computes everything; the tests compare it with the database.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from django.apps import apps
from django.contrib import admin
from django.core.exceptions import FieldError
from django.db import DatabaseError
from django.db.models import Count, Min, Sum
from django.db.models.functions import TruncDate
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from haowen.engagement.models import ArticleViewDay
from haowen.library.models import Article
from haowen.payments.models import Purpose, State, TipOrder
from haowen.payments.money import format_yuan

log = logging.getLogger("haowen.web")

#: Days the per-day charts cover (today included).
DAYS = 30
#: Articles in the week's most read list.
TOP_ARTICLES = 10
#: Queries in each search panel.
TOP_QUERIES = 10


def _by_day(rows, start: dt.date) -> dict[dt.date, int]:
    return {day: int(n or 0) for day, n in rows if day is not None and day >= start}


def figures(today: dt.date | None = None) -> dict:
    """Every figure the dashboard shows, for the :data:`DAYS` days ending ``today`` (the site's today).

    Returns ``days`` (dates, oldest first) and per-day lists aligned with them: ``views``
    (counted views), ``new_members`` (readers whose first paid membership order was paid that
    day), ``tips_fen`` and ``membership_fen`` (paid, not refunded, in fen), ``imports``
    (articles created); ``top_week`` (``(article id, title, views)`` of the last 7 days, most
    first); ``searches`` (None without a search log, else ``{"top": [(query, n)], "zero":
    [(query, n)]}`` over the last 7 days). Nine queries.
    """
    tz = timezone.get_current_timezone()
    today = today or timezone.localdate()
    start = today - dt.timedelta(days=DAYS - 1)
    since = timezone.make_aware(dt.datetime.combine(start, dt.time.min), tz)
    days = [start + dt.timedelta(days=i) for i in range(DAYS)]

    views = _by_day(
        ArticleViewDay.objects.filter(day__gte=start, day__lte=today).values("day").annotate(n=Sum("count")).values_list("day", "n"),
        start,
    )
    paid = TipOrder.objects.filter(state=State.PAID, paid_at__gte=since).annotate(d=TruncDate("paid_at", tzinfo=tz))
    money: dict[str, dict[dt.date, int]] = defaultdict(dict)
    for purpose, day, fen in paid.values("purpose", "d").annotate(fen=Sum("amount_fen")).values_list("purpose", "d", "fen"):
        money[purpose][day] = int(fen or 0)
    firsts = (
        TipOrder.objects.filter(purpose=Purpose.MEMBERSHIP, state=State.PAID, user__isnull=False)
        .values("user")
        .annotate(first=Min("paid_at"))
        .filter(first__gte=since)
        .values_list("first", flat=True)
    )
    new_members: dict[dt.date, int] = defaultdict(int)
    for first in firsts:
        new_members[timezone.localtime(first, tz).date()] += 1
    imports = _by_day(
        Article.objects.filter(created_at__gte=since).annotate(d=TruncDate("created_at", tzinfo=tz)).values("d")
        .annotate(n=Count("id")).values_list("d", "n"),
        start,
    )
    week = today - dt.timedelta(days=6)
    top = list(
        ArticleViewDay.objects.filter(day__gte=week, day__lte=today).values("article").annotate(n=Sum("count"))
        .order_by("-n", "article")[:TOP_ARTICLES].values_list("article", "n")
    )
    titles = dict(Article.objects.filter(pk__in=[a for a, _n in top]).values_list("pk", "title"))
    return {
        "days": days,
        "views": [views.get(d, 0) for d in days],
        "new_members": [new_members.get(d, 0) for d in days],
        "tips_fen": [money[Purpose.TIP].get(d, 0) for d in days],
        "membership_fen": [money[Purpose.MEMBERSHIP].get(d, 0) for d in days],
        "imports": [imports.get(d, 0) for d in days],
        "top_week": [(a, titles.get(a, "?"), int(n)) for a, n in top],
        "searches": _searches(week, tz),
    }


def _searches(week: dt.date, tz):
    """The most searched and the zero-result queries of the last 7 days, or None without a log.

    Read from the search app's per-day query log (``search.QueryDay``: ``day``, ``query``,
    ``count``, ``results`` of the day's last search; no reader is recorded there) when that
    model exists; a zero-result query is one whose day row says 0 results. Looked up by name,
    so the dashboard works (without this panel) where the log is absent, and a log that
    cannot be read leaves the panel out rather than failing the page.
    """
    try:
        log_model = apps.get_model("search", "QueryDay")
    except LookupError:
        return None
    try:
        rows = log_model.objects.filter(day__gte=week).values("query")
        top = list(rows.annotate(n=Sum("count")).order_by("-n", "query")[:TOP_QUERIES].values_list("query", "n"))
        zero = list(
            rows.filter(results=0).annotate(n=Sum("count")).order_by("-n", "query")[:TOP_QUERIES].values_list("query", "n")
        )
    except (FieldError, DatabaseError):
        log.exception("the search log could not be read; the dashboard leaves its panel out")
        return None
    return {"top": top, "zero": zero}


def bar_chart(values: list[int], days: list[dt.date], label: str, fmt=str) -> SafeString:
    """An SVG bar chart (one bar a day) of ``values`` with ``label`` for screen readers.

    ``fmt`` turns a value into the text of its tooltip and of the axis maximum (e.g. fen →
    yuan). The SVG has a viewBox and no fixed width, so it scales to its container; every
    text is escaped. Returns markup safe to put in a template.
    """
    width, height, left, bottom, top = 600, 180, 44, 22, 10
    plot_w, plot_h = width - left - 6, height - bottom - top
    peak = max(values) if values and max(values) > 0 else 0
    n = max(1, len(values))
    step = plot_w / n
    bar_w = max(1.0, step * 0.72)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 6}" y2="{top + plot_h}" stroke="#999" stroke-width="1"/>',
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" font-size="11" fill="#555">{escape(fmt(peak))}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="11" fill="#555">0</text>',
    ]
    for i, (value, day) in enumerate(zip(values, days)):
        h = 0 if peak == 0 else plot_h * value / peak
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h - h
        tip = f"{day:%m-%d}: {fmt(value)}"
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="#b4282d"><title>{escape(tip)}</title></rect>'
        )
    for i in (0, len(days) // 2, len(days) - 1) if days else ():
        x = left + i * step + step / 2
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" font-size="11" fill="#555">{days[i]:%m-%d}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))


def _yuan(fen: int) -> str:
    return "¥" + format_yuan(int(fen))


def dashboard(request):
    """``/admin/dashboard/`` (staff, through ``admin.site.admin_view``): the figures and charts."""
    data = figures()
    days = data["days"]
    revenue = [a + b for a, b in zip(data["tips_fen"], data["membership_fen"])]
    charts = [
        (_("每日阅读（近30天）"), bar_chart(data["views"], days, _("每日阅读")), sum(data["views"]), str),
        (_("新增会员（近30天）"), bar_chart(data["new_members"], days, _("新增会员")), sum(data["new_members"]), str),
        (_("收入（赏赞与会员，元，近30天）"), bar_chart(revenue, days, _("每日收入"), _yuan), sum(revenue), _yuan),
        (_("每日导入文章（近30天）"), bar_chart(data["imports"], days, _("每日导入")), sum(data["imports"]), str),
    ]
    context = {
        **admin.site.each_context(request),
        "title": _("运营概览"),
        "charts": [(title, svg, fmt(total)) for title, svg, total, fmt in charts],
        "tips_total": _yuan(sum(data["tips_fen"])),
        "membership_total": _yuan(sum(data["membership_fen"])),
        "top_week": data["top_week"],
        "searches": data["searches"],
    }
    return render(request, "web/dashboard.html", context)
