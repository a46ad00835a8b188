from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class ConsentConfig(AppConfig):
    name = "dossierwijs.consent"
    label = "consent"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Toestemmingen")
    contributions = Contributions(
        document_actions=("dossierwijs.consent.views.check.check_form_action",),
        deadline_sources=("dossierwijs.consent.deadlines.consent_deadlines",),
        todo_sources=("dossierwijs.consent.deadlines.first_steps",),
        organisation_facts=("dossierwijs.consent.facts.organisation_facts",),
        journal_labels=("dossierwijs.consent.facts.journal_labels",),
        home_cards=(
            HomeCard(
                key="toestemmingen",
                title=_("Toestemmingen"),
                url_name="consent:list",
                description=_(
                    "Geef toestemming per uitwisseling, en controleer formulieren van school."
                ),
                order=30,
            ),
        ),
        navigation=(NavEntry("consent:list", _("Toestemmingen"), order=40, current=("consent",)),),
    )
