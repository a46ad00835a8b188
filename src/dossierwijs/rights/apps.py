from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, NavEntry


class RightsConfig(AppConfig):
    name = "dossierwijs.rights"
    label = "rights"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Verzoeken")
    contributions = Contributions(
        deadline_sources=("dossierwijs.rights.deadlines.open_request_deadlines",),
        todo_sources=("dossierwijs.rights.deadlines.unsent_requests",),
        journal_labels=("dossierwijs.rights.presenting.journal_labels",),
        navigation=(NavEntry("rights:list", _("Verzoeken"), order=60, current=("rights",)),),
    )
