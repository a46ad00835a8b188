from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "dossierwijs.sharing"
    label = "sharing"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Delen"
