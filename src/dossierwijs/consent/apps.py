from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsentConfig(AppConfig):
    name = "dossierwijs.consent"
    label = "consent"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Toestemmingen")

    def ready(self):
        from dossierwijs.dossier.actions import register_document_action
        from dossierwijs.knowledge.deadlines import register_deadline_source

        from .deadlines import consent_deadlines
        from .views.check import check_form_action

        register_deadline_source(consent_deadlines)
        register_document_action(check_form_action)
