from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinimiserConfig(AppConfig):
    name = "dossierwijs.minimiser"
    label = "minimiser"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Verkorte versie")

    def ready(self):
        from dossierwijs.dossier.actions import register_document_action

        from .views.steps import abridge_action

        register_document_action(abridge_action)
