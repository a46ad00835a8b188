from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from dossierwijs.contributions import Contributions, HomeCard, NavEntry


class MeetingsConfig(AppConfig):
    name = "dossierwijs.meetings"
    label = "meetings"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Gesprekken")
    contributions = Contributions(
        deadline_sources=(
            "dossierwijs.meetings.deadlines.report_deadlines",
            "dossierwijs.meetings.deadlines.agreement_deadlines",
        ),
        timeline_entries=("dossierwijs.meetings.deadlines.timeline",),
        # A report whose two weeks passed while the vault was locked counts as correct.
        after_unlock=("dossierwijs.meetings.services.settle_after_unlock",),
        export_parts=("dossierwijs.meetings.deadlines.export_meetings",),
        journal_labels=("dossierwijs.meetings.presenting.journal_labels",),
        home_cards=(
            HomeCard(
                key="gesprekken",
                title=_("Gesprekken"),
                url_name="meetings:list",
                description=_(
                    "Bereid een gesprek voor, schrijf uw eigen verslag en vergelijk het met "
                    "het verslag van school."
                ),
                order=45,
            ),
        ),
        navigation=(NavEntry("meetings:list", _("Gesprekken"), order=55, current=("meetings",)),),
    )
