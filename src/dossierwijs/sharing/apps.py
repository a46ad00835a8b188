from django.apps import AppConfig


class SharingConfig(AppConfig):
    name = "dossierwijs.sharing"
    label = "sharing"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Delen"

    def ready(self):
        from django.urls import reverse
        from django.utils.translation import gettext as _

        from dossierwijs.dossier.actions import register_document_action

        def holders(document, member):
            return [
                {
                    "url": reverse("sharing:holders", args=[document.pk]),
                    "label": _("Wie heeft dit document"),
                }
            ]

        register_document_action(holders)
