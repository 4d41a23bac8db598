"""The lists' partial indexes (issue 14: a cold home page took 20 s at 500,000 documents) and
the index of an article's copies made partial (where canonical_id is set).

The full index on canonical_id, NULL in nearly every row, made the planners read
``canonical_id IS NULL`` through it and walk every listed row. Dropping it and creating the
partial one is done in SQL, not by AlterField, which on SQLite would copy the whole table.
"""

import django.db.models.deletion
from django.db import migrations, models

_LISTED = models.Q(("canonical__isnull", True), ("is_published", True))
_COPIES = models.Index(condition=models.Q(("canonical__isnull", False)), fields=["canonical"], name="article_copies")


def _full_canonical_indexes(schema_editor) -> list[str]:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "library_article")
    return [
        name
        for name, info in constraints.items()
        if info.get("index") and info.get("columns") == ["canonical_id"] and not info.get("primary_key")
        and not info.get("unique") and name != "article_copies"
    ]


def make_partial(apps, schema_editor):
    Article = apps.get_model("library", "Article")
    for name in _full_canonical_indexes(schema_editor):
        schema_editor.execute(f"DROP INDEX {schema_editor.quote_name(name)}")
    schema_editor.add_index(Article, _COPIES)


def make_full(apps, schema_editor):
    Article = apps.get_model("library", "Article")
    schema_editor.remove_index(Article, _COPIES)
    schema_editor.execute(
        f"CREATE INDEX {schema_editor.quote_name('library_article_canonical_id_full')} "
        f"ON {schema_editor.quote_name('library_article')} ({schema_editor.quote_name('canonical_id')})"
    )


class Migration(migrations.Migration):

    dependencies = [
        ('library', '0011_article_doc_number'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=_LISTED, fields=['genre', 'subgenre', 'published_on'], name='article_listed_genre'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=_LISTED, fields=['genre', '-view_count', '-id'], name='article_listed_genre_views'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(condition=_LISTED, fields=['genre', '-published_on', '-id'], name='article_listed_genre_new'),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='canonical',
                    field=models.ForeignKey(blank=True, db_index=False, help_text='近似重复时指向最早的版本', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='near_duplicates', to='library.article', verbose_name='原始版本'),
                ),
                migrations.AddIndex(model_name='article', index=_COPIES),
            ],
            database_operations=[migrations.RunPython(make_partial, make_full)],
        ),
    ]
