from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class KnowledgeConfig(AppConfig):
    name = "dossierwijs.knowledge"
    label = "knowledge"
    verbose_name = _("Kennis en termijnen")
    contributions = Contributions(
        home_cards=(
            HomeCard(
                key="termijnen",
                title=_("Termijnen"),
                url_name="knowledge:deadlines",
                description=_("Wanneer moet school antwoorden? dossierwijs rekent het uit."),
                order=60,
                summary="dossierwijs.knowledge.presenting.deadlines_summary",
            ),
            HomeCard(
                key="kennis",
                title=_("Kennis"),
                url_name="knowledge:index",
                description=_(
                    "Wat mag school delen, en wat zijn uw rechten? Uitgelegd met de bron erbij."
                ),
                order=70,
            ),
        ),
        navigation=(
            NavEntry(
                "knowledge:deadlines", _("Termijnen"), order=70, current=("knowledge:deadlines",)
            ),
            NavEntry(
                "knowledge:index", _("Kennis"), order=80, current=("knowledge",), for_readers=True
            ),
        ),
    )
