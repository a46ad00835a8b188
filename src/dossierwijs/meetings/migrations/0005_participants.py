import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("addressbook", "0001_initial"),
        ("meetings", "0004_preparation_sheet"),
        ("vault", "0003_vault_recovery_confirmed"),
    ]

    operations = [
        migrations.CreateModel(
            name="Participant",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        default=uuid.uuid4, editable=False, primary_key=True, serialize=False
                    ),
                ),
                (
                    "role",
                    models.CharField(blank=True, max_length=200, verbose_name="rol in dit gesprek"),
                ),
                (
                    "contribution",
                    models.TextField(blank=True, verbose_name="wat brengt deze deelnemer in?"),
                ),
                (
                    "will_see",
                    models.TextField(
                        blank=True,
                        help_text="Eén document per regel.",
                        verbose_name="welke documenten krijgt deze deelnemer te zien?",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "contact",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="addressbook.contact",
                    ),
                ),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="participants",
                        to="meetings.meeting",
                    ),
                ),
                (
                    "organisation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="addressbook.organisation",
                    ),
                ),
                (
                    "vault",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="vault.vault",
                    ),
                ),
            ],
            options={"ordering": ["created_at"]},
        ),
    ]
