"""Routes of the consent app.

- ``consent:list`` /toestemmingen/ · ``consent:give`` · ``consent:register`` (on paper)
- ``consent:detail`` /toestemmingen/<uuid>/ with ``consent:withdraw`` and
  ``consent:trajectory_ended`` (POST) and ``consent:word`` (the consent text as .docx)
- ``consent:check`` /toestemmingen/controleren/ · ``consent:check_document`` (a dossier
  document) · ``consent:check_result`` · ``consent:refuse`` (POST: Geen-toestemmingsverklaring)
  · ``consent:correct`` (POST: the parent's own judgement on one criterion, or taking it back)
"""

from django.urls import path

from .views import check, correct, register

app_name = "consent"

urlpatterns = [
    path("toestemmingen/", register.consent_list, name="list"),
    path("toestemmingen/geven/", register.consent_give, name="give"),
    path("toestemmingen/vastleggen/", register.consent_register, name="register"),
    path("toestemmingen/controleren/", check.check, name="check"),
    path(
        "toestemmingen/controleren/document/<uuid:document_id>/",
        check.check_document,
        name="check_document",
    ),
    path("toestemmingen/controleren/<uuid:check_id>/", check.check_result, name="check_result"),
    path("toestemmingen/controleren/<uuid:check_id>/weigeren/", check.refuse, name="refuse"),
    path(
        "toestemmingen/controleren/<uuid:check_id>/eigen-oordeel/", correct.correct, name="correct"
    ),
    path("toestemmingen/<uuid:consent_id>/", register.consent_detail, name="detail"),
    path("toestemmingen/<uuid:consent_id>/intrekken/", register.consent_withdraw, name="withdraw"),
    path(
        "toestemmingen/<uuid:consent_id>/traject-afgelopen/",
        register.trajectory_ended,
        name="trajectory_ended",
    ),
    path("toestemmingen/<uuid:consent_id>/afsluiten/", register.consent_expire, name="expire"),
    path("toestemmingen/<uuid:consent_id>/toestemming.docx", register.consent_word, name="word"),
]
