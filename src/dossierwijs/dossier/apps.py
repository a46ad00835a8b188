from django.apps import AppConfig


class DossierConfig(AppConfig):
    name = "dossierwijs.dossier"
    label = "dossier"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Dossier"

    def ready(self):
        from dossierwijs.vault.export import register_export_part

        from .services import export_documents

        register_export_part(export_documents)

        from django.utils.translation import ngettext

        from dossierwijs.vault.views.home import register_section_summary

        from .models import Document

        def summary(vault):
            count = Document.objects.filter(vault=vault).count()
            if not count:
                return None
            return ngettext("%(n)s document", "%(n)s documenten", count) % {"n": count}

        register_section_summary("dossier", summary)
