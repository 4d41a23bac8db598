"""Issue 15: the article's kind becomes its genre (文种); 0010 adds the sub-genre and re-guesses."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("library", "0008_libraryversion")]

    operations = [
        migrations.RenameField(model_name="article", old_name="kind", new_name="genre"),
    ]
