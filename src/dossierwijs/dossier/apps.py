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
