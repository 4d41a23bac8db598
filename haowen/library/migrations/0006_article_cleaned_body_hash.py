"""Remember the body the cleaner produced, so ``reclean`` can keep staff edits (issue 12).

Adds ``Article.cleaned_body_hash`` (SHA-256 of the body as the importer or ``reclean``
stored it; see ``haowen.library.services.is_body_edited``). Existing rows: a body staff
changed in the admin (an admin log entry whose changed fields name the body) gets ``""``,
so ``reclean`` keeps it; any other body is taken as the cleaner's text. A body edited
outside the admin before this migration (a shell, SQL) cannot be told apart.
"""

import hashlib
import json

from django.db import migrations, models

CHUNK = 500
#: The body's label in the admin's change messages (its verbose name; the English name too).
BODY_LABELS = {"正文", "body", "Body"}


def _body_changed_in_admin(change_message: str) -> bool:
    try:
        entries = json.loads(change_message or "[]")
    except ValueError:
        return "正文" in (change_message or "")
    if not isinstance(entries, list):
        return False
    for entry in entries:
        changed = entry.get("changed") if isinstance(entry, dict) else None
        if isinstance(changed, dict) and BODY_LABELS & set(changed.get("fields") or []):
            return True
    return False


def edited_in_admin(apps) -> set[int]:
    """Ids of articles whose body an admin change log entry names."""
    try:
        LogEntry = apps.get_model("admin", "LogEntry")
        ContentType = apps.get_model("contenttypes", "ContentType")
    except LookupError:
        return set()
    content_type = ContentType.objects.filter(app_label="library", model="article").first()
    if content_type is None:
        return set()
    edited = set()
    entries = LogEntry.objects.filter(content_type_id=content_type.pk, action_flag=2)  # CHANGE
    for object_id, message in entries.values_list("object_id", "change_message").iterator(chunk_size=2000):
        if _body_changed_in_admin(message):
            try:
                edited.add(int(object_id))
            except (TypeError, ValueError):
                continue
    return edited


def backfill(apps, schema_editor):
    Article = apps.get_model("library", "Article")
    edited = edited_in_admin(apps)
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        rows = []
        for pk, body in Article.objects.filter(pk__in=ids[start : start + CHUNK]).values_list("pk", "body"):
            digest = "" if pk in edited else hashlib.sha256((body or "").encode("utf-8", "surrogatepass")).hexdigest()
            rows.append(Article(pk=pk, cleaned_body_hash=digest))
        Article.objects.bulk_update(rows, ["cleaned_body_hash"])


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0005_articletag_shown_in_preview"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="cleaned_body_hash",
            field=models.CharField(blank=True, default="", editable=False, max_length=64, verbose_name="清洗结果指纹"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
