from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    name = "dossierwijs.rights"
    label = "rights"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Verzoeken")

    def ready(self):
        from .deadlines import register

        register()
