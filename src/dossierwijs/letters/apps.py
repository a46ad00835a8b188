from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "dossierwijs.letters"
    label = "letters"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Brieven & verzoeken"
