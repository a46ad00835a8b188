from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class LettersConfig(AppConfig):
    name = "dossierwijs.letters"
    label = "letters"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Brieven & verzoeken"
    contributions = Contributions(
        document_actions=("dossierwijs.letters.document_actions.ask_about_document",),
        before_document_delete=("dossierwijs.letters.services.forget_letters_of",),
        deadline_sources=("dossierwijs.letters.deadlines.mentor_update_deadlines",),
        journal_labels=("dossierwijs.letters.presenting.journal_labels",),
        home_cards=(
            HomeCard(
                key="brieven",
                title=_("Brieven & verzoeken"),
                url_name="letters:list",
                description=_("Vraag inzage, correctie of verwijdering, en houd de termijn bij."),
                order=40,
            ),
        ),
        navigation=(NavEntry("letters:list", _("Brieven"), order=50, current=("letters",)),),
    )
