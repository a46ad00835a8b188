# Gezag is asked per parent (issue 16): a parent's own answer on Member, the first parent's
# answer about a parent who never joined on Vault. Existing parents get "onbekend" until
# they answer, so no letter states gezag on an assumption. Role labels no longer say gezag.

from django.db import migrations, models

GEZAG = [("met", "Met gezag"), ("zonder", "Zonder gezag"), ("onbekend", "Weet ik niet")]
ROLES = [
    ("ouder", "Ouder"),
    ("mede_ouder", "Mede-ouder"),
    ("kind_16plus", "Kind van 16 jaar of ouder"),
    ("meelezer", "Meelezer"),
]


class Migration(migrations.Migration):
    dependencies = [("vault", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="member",
            name="gezag",
            field=models.CharField(
                choices=GEZAG, default="onbekend", max_length=10, verbose_name="gezag"
            ),
        ),
        migrations.AddField(
            model_name="vault",
            name="other_parent_gezag",
            field=models.CharField(
                choices=GEZAG,
                default="onbekend",
                max_length=10,
                verbose_name="gezag van de andere ouder",
            ),
        ),
        migrations.AlterField(
            model_name="member",
            name="role",
            field=models.CharField(choices=ROLES, max_length=20, verbose_name="rol"),
        ),
        migrations.AlterField(
            model_name="invitation",
            name="role",
            field=models.CharField(choices=ROLES, max_length=20, verbose_name="rol"),
        ),
    ]
