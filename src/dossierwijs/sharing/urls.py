from django.urls import path

from .views import organisations, shares

app_name = "sharing"

urlpatterns = [
    path("delen/", shares.ledger, name="ledger"),
    path("delen/nieuw/", shares.share_start, name="new"),
    path("delen/concept/<uuid:draft_id>/toestemming/", shares.draft_consent, name="draft_consent"),
    path(
        "delen/concept/<uuid:draft_id>/documenten/", shares.draft_documents, name="draft_documents"
    ),
    path("delen/concept/<uuid:draft_id>/maken/", shares.draft_finish, name="draft_finish"),
    path("delen/<uuid:share_id>/", shares.share_detail, name="detail"),
    path("delen/<uuid:share_id>/pakket.<str:fmt>", shares.share_package, name="package"),
    path("delen/<uuid:share_id>/verwijdering-vragen/", shares.ask_deletion, name="ask_deletion"),
    path("delen/regel/<uuid:item_id>/antwoord/", shares.item_answer, name="item_answer"),
    path("delen/document/<uuid:document_id>/", shares.document_holders, name="holders"),
    path("adresboek/", organisations.organisation_list, name="organisations"),
    path("adresboek/nieuw/", organisations.organisation_new, name="organisation_new"),
    path(
        "adresboek/<uuid:organisation_id>/", organisations.organisation_detail, name="organisation"
    ),
    path(
        "adresboek/<uuid:organisation_id>/contact/", organisations.contact_add, name="contact_add"
    ),
]
