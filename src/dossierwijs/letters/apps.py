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

        from django.db.models.signals import pre_delete

        from dossierwijs.dossier.models import Document

        from .services import forget_letters_of

        pre_delete.connect(forget_letters_of, sender=Document, dispatch_uid="letters-of-document")
