from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dossier", "0002_search_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="documentversion",
            name="warnings",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
