from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "dossierwijs.knowledge"
    label = "knowledge"
    verbose_name = _("Kennis en termijnen")

    def ready(self):
        from django.utils.formats import date_format
        from django.utils.translation import gettext, ngettext

        from dossierwijs.vault.views.home import register_section_summary

        from .deadlines import open_deadlines

        def summary(vault):
            deadlines = open_deadlines(vault).deadlines
            if not deadlines:
                return None
            first = deadlines[0]
            return ngettext("%(n)s open termijn", "%(n)s open termijnen", len(deadlines)) % {
                "n": len(deadlines)
            } + gettext(", de eerste op %(date)s") % {"date": date_format(first.due, "j F Y")}

        register_section_summary("termijnen", summary)
