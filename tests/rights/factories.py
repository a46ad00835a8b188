"""Rights requests for tests, made through the real services and the real letter engine."""

from __future__ import annotations

from datetime import date

BIRTH_DATE = date(2013, 4, 12)  # under 16 on every date the tests use: the parents write
ADDRESS = "Lijsterbeslaan 14, 3581 AB Utrecht"


def ready_for_letters(family) -> None:
    """What a letter needs from the vault: the child's birth date and the parents' address."""
    family.vault.child_birth_date = BIRTH_DATE
    family.vault.save(update_fields=["child_birth_date"])
    for member in (family.ouder, family.mede_ouder):
        member.postal_address = ADDRESS
        member.email = member.email or f"{member.display_name.split()[0].lower()}@voorbeeld.nl"
        member.save(update_fields=["postal_address", "email"])


def school(family, *, email: str = "privacy@klimop.example"):
    from dossierwijs.addressbook.models import Organisation, OrganisationKind

    found = Organisation.objects.filter(vault=family.vault, name="OSG De Klimop").first()
    if found:
        return found
    return Organisation.objects.create(
        vault=family.vault,
        name="OSG De Klimop",
        kind=OrganisationKind.SCHOOL,
        address="Schoolstraat 1, 3511 AA Utrecht",
        email=email,
    )


def access_request(
    family, *, sent_on: date | None = None, how: str = "email", received_on: date | None = None
):
    """An inzageverzoek to the school, its letter produced by the letters app."""
    from dossierwijs.rights import services

    ready_for_letters(family)
    request, _produced = services.start_request(
        vault=family.vault,
        by=family.ouder,
        kind="inzage",
        organisation=school(family),
        tone="zakelijk",
        fields={"pupil_system": "Magister"},
        on_behalf_of_both=True,
    )
    if sent_on is not None:
        services.mark_sent(
            rights_request=request, by=family.ouder, on=sent_on, how=how, received_on=received_on
        )
    request.refresh_from_db()
    return request


def bare_request(family, *, received_on: date | None = None, organisation=None):
    """A request without a letter (cheap), for permission checks and lists."""
    from dossierwijs.rights.models import RightsRequest, Status

    return RightsRequest.objects.create(
        vault=family.vault,
        kind="inzage",
        organisation=organisation or school(family),
        sent_on=received_on,
        how="email" if received_on else "",
        received_on=received_on,
        status=Status.VERSTUURD if received_on else Status.CONCEPT,
        created_by=family.ouder,
    )


def matrix_parameter(name: str, family):
    """URL parameters of the rights app for tests/test_authorization_matrix.py."""
    if name == "request_id":
        return bare_request(family, received_on=date(2026, 1, 31)).pk
    if name == "feed_token":
        return "dit-is-niet-de-geheime-code"
    raise AssertionError(name)


def other_organisation(family, name: str = "Samenwerkingsverband Utrecht"):
    from dossierwijs.addressbook.models import Organisation, OrganisationKind

    return Organisation.objects.create(
        vault=family.vault, name=name, kind=OrganisationKind.SAMENWERKINGSVERBAND
    )
