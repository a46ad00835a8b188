from django.apps import AppConfig


class VaultConfig(AppConfig):
    name = "dossierwijs.vault"
    label = "vault"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Kluis"
