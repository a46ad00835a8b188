from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class SharingConfig(AppConfig):
    name = "dossierwijs.sharing"
    label = "sharing"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Delen"
    contributions = Contributions(
        document_actions=("dossierwijs.sharing.presenting.holders_action",),
        deadline_sources=("dossierwijs.sharing.presenting.keep_until_deadlines",),
        organisation_facts=("dossierwijs.sharing.facts.organisation_facts",),
        journal_labels=("dossierwijs.sharing.presenting.journal_labels",),
        home_cards=(
            HomeCard(
                key="delen",
                title=_("Delen"),
                url_name="sharing:ledger",
                description=_(
                    "Deel alleen wat nodig is, voor een duidelijk doel, en zie wie wat heeft."
                ),
                order=20,
            ),
        ),
        navigation=(NavEntry("sharing:ledger", _("Delen"), order=30, current=("sharing",)),),
    )
