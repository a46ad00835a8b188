from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions


class MinimiserConfig(AppConfig):
    name = "dossierwijs.minimiser"
    label = "minimiser"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Verkorte versie")
    contributions = Contributions(
        document_actions=("dossierwijs.minimiser.views.steps.abridge_action",),
        before_document_delete=("dossierwijs.minimiser.services.forget_drafts_of",),
    )
