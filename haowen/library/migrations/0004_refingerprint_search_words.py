"""Recompute stored near-duplicate fingerprints and band keys.

Fingerprints are now MinHash over the search index's words (``index_text(fold(body))``,
hashed by ``haowen.text.fingerprint.term_hashes``) instead of CRC-32 of default-mode
words, so a fingerprint stored before this migration would never match one computed
after it. Canonical links are left as they are (the groups do not change in practice;
``manage.py find_near_duplicates`` regroups the library if wanted).
"""

from django.db import migrations


def refingerprint(apps, schema_editor):
    from haowen.text import fingerprint as fp

    Article = apps.get_model("library", "Article")
    FingerprintBand = apps.get_model("library", "FingerprintBand")
    threshold = 0.8
    try:
        from django.conf import settings

        # getattr with a default on purpose: a migration must still run after the setting
        # it read is renamed or removed (it runs against the settings of a later day).
        threshold = float(getattr(settings, "NEAR_DUPLICATE_THRESHOLD", threshold))
    except (TypeError, ValueError):
        pass
    ids = list(Article.objects.filter(fingerprint__isnull=False).values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = list(Article.objects.filter(pk__in=chunk).values_list("pk", "body"))
        FingerprintBand.objects.filter(article_id__in=chunk).delete()
        bands = []
        for pk, body in rows:
            values = fp.fingerprint(body or "")
            Article.objects.filter(pk=pk).update(fingerprint=fp.to_bytes(values))
            bands.extend(
                FingerprintBand(article_id=pk, band=i, key=k) for i, k in enumerate(fp.band_keys(values, threshold))
            )
        FingerprintBand.objects.bulk_create(bands, batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0003_article_ordering_nulls_last"),
    ]

    operations = [
        migrations.RunPython(refingerprint, migrations.RunPython.noop, elidable=True),
    ]
