from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class DossierConfig(AppConfig):
    name = "dossierwijs.dossier"
    label = "dossier"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Dossier"
    contributions = Contributions(
        home_cards=(
            HomeCard(
                key="dossier",
                title=_("Dossier"),
                url_name="dossier:list",
                description=_(
                    "Alle verslagen, brieven en e-mails over uw kind op één plek, versleuteld."
                ),
                order=10,
                summary="dossierwijs.dossier.presenting.home_summary",
            ),
        ),
        navigation=(
            NavEntry(
                "dossier:list", _("Dossier"), order=20, current=("dossier",), for_readers=True
            ),
        ),
        todo_sources=(
            "dossierwijs.dossier.presenting.unconfirmed_documents",
            "dossierwijs.dossier.presenting.first_steps",
        ),
        export_parts=("dossierwijs.dossier.services.export_documents",),
        after_restore=("dossierwijs.dossier.search.rebuild",),
        journal_labels=("dossierwijs.dossier.presenting.journal_labels",),
        after_unlock=("dossierwijs.dossier.orphans.sweep",),
    )
