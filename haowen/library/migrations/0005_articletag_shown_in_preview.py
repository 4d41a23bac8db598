"""Store per article tag whether the article's preview shows it (issue 12).

Adds ``ArticleTag.shown_in_preview`` (default hidden) and ``preview_key``, then computes
them for every existing row under the current PREVIEW_PERCENT / PREVIEW_MAX_CHARS, 500
articles at a time, with the rule of ``haowen.text.preview.tags_shown_by_preview``.
"""

from django.db import migrations, models


def compute(apps, schema_editor):
    from django.conf import settings

    from haowen.text.preview import cut_preview, tags_shown_by_preview

    Article = apps.get_model("library", "Article")
    ArticleTag = apps.get_model("library", "ArticleTag")
    # getattr with defaults on purpose: a migration must still run after the settings it
    # read are renamed or removed (it runs against the settings of a later day).
    percent = int(getattr(settings, "PREVIEW_PERCENT", 30))
    max_chars = int(getattr(settings, "PREVIEW_MAX_CHARS", 1200))
    key = f"{percent}:{max_chars}"  # haowen.library.preview.preview_key
    ids = sorted(set(ArticleTag.objects.values_list("article_id", flat=True)))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        texts = {pk: (title, body) for pk, title, body in Article.objects.filter(pk__in=chunk).values_list("pk", "title", "body")}
        tags: dict[int, list[tuple[int, str]]] = {}
        for pk, article_id, name in ArticleTag.objects.filter(article_id__in=chunk).values_list("pk", "article_id", "tag__name"):
            tags.setdefault(article_id, []).append((pk, name))
        shown = []
        for article_id, rows in tags.items():
            title, body = texts[article_id]
            paragraphs = [p for p in body.split("\n") if p.strip()]
            preview = cut_preview(paragraphs, percent=percent, max_chars=max_chars)
            flags = tags_shown_by_preview([name for _pk, name in rows], title, paragraphs, preview)
            shown.extend(pk for (pk, _name), flag in zip(rows, flags) if flag)
        ArticleTag.objects.filter(article_id__in=chunk).update(preview_key=key)
        for i in range(0, len(shown), 500):
            ArticleTag.objects.filter(pk__in=shown[i : i + 500]).update(shown_in_preview=True)


class Migration(migrations.Migration):

    dependencies = [
        ("library", "0004_refingerprint_search_words"),
    ]

    operations = [
        migrations.AddField(
            model_name="articletag",
            name="preview_key",
            field=models.CharField(blank=True, default="", editable=False, max_length=32),
        ),
        migrations.AddField(
            model_name="articletag",
            name="shown_in_preview",
            field=models.BooleanField(default=False, editable=False, verbose_name="预览中可见"),
        ),
        migrations.RunPython(compute, migrations.RunPython.noop),
    ]
