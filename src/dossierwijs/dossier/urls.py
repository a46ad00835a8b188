from django.urls import path

from .views import documents, imports, viewer

app_name = "dossier"

urlpatterns = [
    path("dossier/", documents.document_list, name="list"),
    path("dossier/tijdlijn/", documents.timeline, name="timeline"),
    path("dossier/zoekindex/", documents.search_index_rebuild, name="rebuild_index"),
    path("dossier/toevoegen/", imports.upload, name="upload"),
    path("dossier/toevoegen/voortgang/", imports.import_list, name="imports"),
    path("dossier/toevoegen/opruimen/", imports.clear_finished, name="clear_imports"),
    path("dossier/toevoegen/stoppen/", imports.stop_import, name="stop_import"),
    path("dossier/<uuid:document_id>/", documents.document_detail, name="detail"),
    path("dossier/<uuid:document_id>/bewerken/", documents.document_edit, name="edit"),
    path("dossier/<uuid:document_id>/versie/", imports.new_version, name="new_version"),
    path(
        "dossier/<uuid:document_id>/versie/<int:number>/download/",
        documents.document_download,
        name="download",
    ),
    path("dossier/<uuid:document_id>/pagina/<int:page>.png", documents.document_page, name="page"),
    path("dossier/<uuid:document_id>/bekijken/<int:page>/", viewer.page_viewer, name="viewer"),
    path("dossier/<uuid:document_id>/verwijderen/", documents.document_delete, name="delete"),
    path(
        "dossier/<uuid:document_id>/meelezer/",
        documents.document_share_with_buddy,
        name="share_buddy",
    ),
]
