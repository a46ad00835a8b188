"""Routes of Verkorte versie (the minimiser).

- ``minimiser:new`` /dossier/<document_id>/verkorten/: step 1, the sections (stable: the
  sharing wizard links here with the document id as the only argument)
- ``minimiser:details`` /verkorten/<abridge_id>/: step 2, what to remove within the kept part
- ``minimiser:page`` /verkorten/<abridge_id>/pagina/<page>.png: a source page, on demand
- ``minimiser:preview`` /verkorten/<abridge_id>/voorbeeld/: step 3, the copy page by page
- ``minimiser:make`` (POST) /verkorten/<abridge_id>/maken/: store the verified copy
"""

from django.urls import path

from .views import result, steps

app_name = "minimiser"

urlpatterns = [
    path("dossier/<uuid:document_id>/verkorten/", steps.new, name="new"),
    path("verkorten/<uuid:abridge_id>/", steps.details, name="details"),
    path("verkorten/<uuid:abridge_id>/pagina/<int:page>.png", steps.page, name="page"),
    path("verkorten/<uuid:abridge_id>/voorbeeld/", result.preview, name="preview"),
    path("verkorten/<uuid:abridge_id>/maken/", result.make, name="make"),
]
