import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("letters", "0002_organisation_in_addressbook"),
        ("meetings", "0005_participants"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="preparation_letter",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="letters.letter",
            ),
        ),
    ]
