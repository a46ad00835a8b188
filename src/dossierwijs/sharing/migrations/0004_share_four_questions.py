# The parent's four questions to the recipient (what is needed, where it is kept, for how
# long, who sees it), asked in the share wizard and kept with the share (issue 16).

from django.db import migrations, models


def _fields(model_name, labelled):
    names = {
        "needs": "wat de ontvanger nodig heeft",
        "stored_where": "waar de ontvanger het bewaart",
        "keep_for": "hoe lang de ontvanger het bewaart",
        "who_sees": "wie het te zien krijgt",
    }
    return [
        migrations.AddField(
            model_name=model_name,
            name=name,
            field=models.TextField(blank=True, **({"verbose_name": label} if labelled else {})),
        )
        for name, label in names.items()
    ]


class Migration(migrations.Migration):
    dependencies = [("sharing", "0003_organisation_in_addressbook")]

    operations = [*_fields("shareevent", True), *_fields("sharedraft", False)]
