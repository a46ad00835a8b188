from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinimiserConfig(AppConfig):
    name = "dossierwijs.minimiser"
    label = "minimiser"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Verkorte versie")

    def ready(self):
        from django.db.models.signals import post_delete

        from dossierwijs.dossier.actions import register_document_action

        from .models import AbridgeDraft
        from .services import forget_source
        from .views.steps import abridge_action

        register_document_action(abridge_action)
        # Also when the document is deleted (cascade): "deleting for real" includes this PDF.
        post_delete.connect(
            lambda sender, instance, **kwargs: forget_source(instance),
            sender=AbridgeDraft,
            weak=False,
            dispatch_uid="minimiser-forget-source",
        )
