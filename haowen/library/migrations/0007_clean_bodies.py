"""Store every body one paragraph per line and every title on one line (issue 12).

Articles saved through the admin kept a browser's CRLF line ends (and text pasted from
Word its U+2028), which broke the Word export and the paragraph splitter. Each body goes
through ``haowen.text.normalize.clean_body`` and each title through ``display_clean``, as
``library.services`` now does on every write. A changed row gets its word count and
content hash recomputed (the hash is kept when another article already has the new one),
its ``cleaned_body_hash`` follows when it was the cleaner's text, and an index-log entry,
as the services append for every change. 500 rows at a time.
"""

import hashlib

from django.db import migrations

CHUNK = 500
MAX_TITLE_CHARS = 300  # haowen.library.services.MAX_TITLE_CHARS


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def clean_rows(apps, schema_editor):
    from django.utils import timezone

    from haowen.text.normalize import clean_body, display_clean, fold

    Article = apps.get_model("library", "Article")
    IndexLogEntry = apps.get_model("library", "IndexLogEntry")
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        rows = Article.objects.filter(pk__in=ids[start : start + CHUNK]).values_list(
            "pk", "title", "body", "content_hash", "cleaned_body_hash"
        )
        changed = []
        for pk, title, body, old_hash, cleaned_hash in rows:
            new_body = clean_body(body or "") or (body or "")
            new_title = display_clean(title or "")[:MAX_TITLE_CHARS] or title
            if new_body == body and new_title == title:
                continue
            fields = {
                "title": new_title,
                "body": new_body,
                "char_count": len("".join(new_body.split())),
                "updated_at": timezone.now(),  # cached pages are keyed by it
            }
            new_hash = hashlib.sha256("".join(fold(new_body).split()).encode("utf-8")).hexdigest()
            if new_hash != old_hash and not Article.objects.filter(content_hash=new_hash).exists():
                fields["content_hash"] = new_hash
            if cleaned_hash and cleaned_hash == _digest(body or ""):
                fields["cleaned_body_hash"] = _digest(new_body)
            Article.objects.filter(pk=pk).update(**fields)
            changed.append(pk)
        IndexLogEntry.objects.bulk_create([IndexLogEntry(article_id=pk, op="upsert") for pk in changed])


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0006_article_cleaned_body_hash"),
    ]

    operations = [
        migrations.RunPython(clean_rows, migrations.RunPython.noop, elidable=True),
    ]
