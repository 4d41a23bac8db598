"""The library version row (issue 14): list and page caches key on it."""

from django.db import migrations, models


def create_row(apps, schema_editor):
    apps.get_model("library", "LibraryVersion").objects.get_or_create(id=1, defaults={"n": 0})


class Migration(migrations.Migration):
    dependencies = [("library", "0007_clean_bodies")]

    operations = [
        migrations.CreateModel(
            name="LibraryVersion",
            fields=[
                ("id", models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False)),
                ("n", models.BigIntegerField(default=0)),
            ],
            options={"verbose_name": "文库版本", "verbose_name_plural": "文库版本"},
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
