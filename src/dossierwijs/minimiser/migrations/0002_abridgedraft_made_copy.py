# Written by hand (makemigrations needs an unlocked vault): the stored copy of a draft.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('dossier', '0002_search_index'),
        ('minimiser', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='abridgedraft',
            name='made_copy',
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name='+',
                to='dossier.document',
            ),
        ),
    ]
