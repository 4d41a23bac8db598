"""Article.doc_number (the document's own 文号, issue 17 §3) and an index on the title: other
texts' citations (《…》 titles and 文号) are looked up by them. Existing rows get their 文号 from
the title and the body's first 600 characters (bodies are not read whole)."""

from django.db import migrations, models
from django.db.models.functions import Substr

#: Characters of a body read for its 发文字号 (it is on the first lines).
HEAD_CHARS = 600


def fill_doc_numbers(apps, schema_editor):
    from haowen.text.citations import own_doc_number

    Article = apps.get_model("library", "Article")
    rows = Article.objects.annotate(head=Substr("body", 1, HEAD_CHARS)).values_list("pk", "title", "head")
    for pk, title, head in rows.iterator(chunk_size=1000):
        number = own_doc_number(title or "", (head or "").split("\n"))
        if number:
            Article.objects.filter(pk=pk).update(doc_number=number[:64])


class Migration(migrations.Migration):

    dependencies = [
        ('library', '0010_genres'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='doc_number',
            field=models.CharField(blank=True, db_index=True, default='', editable=False, max_length=64, verbose_name='发文字号'),
        ),
        migrations.AlterField(
            model_name='article',
            name='title',
            field=models.CharField(db_index=True, max_length=300, verbose_name='标题'),
        ),
        migrations.RunPython(fill_doc_numbers, migrations.RunPython.noop),
    ]
