from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AddressbookConfig(AppConfig):
    name = "dossierwijs.addressbook"
    label = "addressbook"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Adresboek")
