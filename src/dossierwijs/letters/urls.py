from django.urls import path

from .views import compose, idcopy, letters

app_name = "letters"

urlpatterns = [
    path("brieven/", letters.letter_list, name="list"),
    path("brieven/nieuw/<str:kind>/", compose.new_letter, name="new"),
    path("brieven/nieuw/<str:kind>/voorbeeld/", compose.preview, name="preview"),
    path("brieven/identiteitsbewijs/", idcopy.id_copy, name="id_copy"),
    path("brieven/<uuid:letter_id>/", letters.letter_detail, name="detail"),
    path("brieven/<uuid:letter_id>/verwijderen/", letters.delete, name="delete"),
    path("brieven/<uuid:letter_id>/<str:letter_format>/", letters.download, name="download"),
]
