from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "dossierwijs.letters"
    label = "letters"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Brieven & verzoeken"

    def ready(self):
        from dossierwijs.dossier.actions import register_document_action

        from .document_actions import ask_about_document

        register_document_action(ask_about_document)
