"""Every URL pattern, as every persona: a new view without a permission check fails here.

Add each new route to ROUTES with the outcome expected per persona, and each new
URL parameter to OBJECT_FOR_PARAMETER (an object of the family's vault).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import PERSONAS

OK = "ok"  # 2xx, or a redirect that is not to the login page
LOGIN = "login"  # redirect to the login page
DENIED = "denied"  # 403: a member whose role does not allow it
HIDDEN = "hidden"  # 404: not theirs, and they learn nothing
ANY = "any"  # open pages: must simply not fail

PARENTS = {"ouder": OK, "mede_ouder": OK, "kind_16plus": OK}


def everyone(outcome, **overrides):
    table = {p: outcome for p in PERSONAS}
    table.update(overrides)
    return table


@dataclass
class Route:
    method: str
    expect: dict
    data: object = field(default_factory=dict)  # a dict, or a function of the family


VAULT_PAGE = everyone(OK, meelezer=DENIED, anonymous=LOGIN)
OWN_VAULT_PAGE = everyone(OK, anonymous=LOGIN)  # the outsider sees their own vault
FAMILY_OBJECT = {**PARENTS, "meelezer": DENIED, "outsider": HIDDEN, "anonymous": LOGIN}

ROUTES: dict[str, Route] = {
    "static": Route("GET", everyone(ANY)),
    "favicon": Route("GET", everyone(OK)),
    # The example family: made only in an empty folder (here a vault exists: to the door),
    # and removed only when the vault is an example (never a real one: not found).
    "demo_start": Route("POST", everyone(ANY)),
    "demo_remove": Route("POST", everyone(HIDDEN, anonymous=LOGIN)),
    "vault:welcome": Route("GET", everyone(ANY)),
    "vault:login": Route("GET", everyone(ANY)),
    "vault:recover": Route("GET", everyone(ANY)),
    "vault:recover_passphrase": Route("GET", everyone(ANY)),
    "vault:accept_invite": Route("GET", everyone(ANY)),
    "vault:logout": Route("POST", everyone(LOGIN)),  # done, back to the door
    "vault:home": Route("GET", OWN_VAULT_PAGE),
    "vault:profile": Route("GET", OWN_VAULT_PAGE),
    # Confirmed in the fixture: the page sends everyone on to the home page.
    "vault:recovery_code": Route("GET", everyone(ANY)),
    "vault:renew_recovery_code": Route(
        "POST", everyone(OK, meelezer=DENIED, anonymous=LOGIN), {"renew-current": "fout"}
    ),
    "vault:members": Route("GET", VAULT_PAGE),
    "vault:invite": Route("GET", VAULT_PAGE),
    "vault:revoke_invite": Route("POST", FAMILY_OBJECT),
    "vault:change_role": Route("POST", FAMILY_OBJECT, {"role": "meelezer"}),
    "vault:remove_member": Route("POST", FAMILY_OBJECT),
    "vault:renew_key": Route("GET", VAULT_PAGE),
    "vault:journal": Route("GET", VAULT_PAGE),
    "vault:journal_export": Route("GET", VAULT_PAGE),
    "vault:data": Route("GET", VAULT_PAGE),
    "vault:backup": Route("POST", VAULT_PAGE),
    "vault:export": Route("POST", VAULT_PAGE),
    # A meelezer's pages open with their reader session only (vault.readers), not a login.
    "vault:reader_home": Route("GET", everyone(LOGIN)),
    "vault:reader_download": Route("GET", everyone(LOGIN)),
    "vault:reader_logout": Route("POST", everyone(LOGIN)),
    # The dossier: a meelezer sees only documents shared with them (none here).
    "sharing:ledger": Route("GET", VAULT_PAGE),
    "sharing:new": Route("GET", VAULT_PAGE),
    "sharing:organisations": Route("GET", VAULT_PAGE),
    "sharing:organisation_new": Route("GET", VAULT_PAGE),
    "sharing:organisation": Route("GET", FAMILY_OBJECT),
    "sharing:contact_add": Route(
        "POST", FAMILY_OBJECT, {"name": "Mevrouw Jansen", "role": "mentor"}
    ),
    "sharing:draft_consent": Route("GET", FAMILY_OBJECT),
    "sharing:draft_documents": Route("GET", FAMILY_OBJECT),
    "sharing:draft_finish": Route("GET", FAMILY_OBJECT),
    "sharing:detail": Route("GET", FAMILY_OBJECT),
    "sharing:package": Route("GET", FAMILY_OBJECT),
    "sharing:ask_deletion": Route("POST", FAMILY_OBJECT),
    "sharing:item_answer": Route("POST", FAMILY_OBJECT),
    "sharing:holders": Route("GET", FAMILY_OBJECT),
    "dossier:list": Route("GET", OWN_VAULT_PAGE),
    "dossier:timeline": Route("GET", VAULT_PAGE),
    "dossier:rebuild_index": Route("POST", VAULT_PAGE),
    "dossier:upload": Route("GET", VAULT_PAGE),
    "dossier:imports": Route("GET", VAULT_PAGE),
    "dossier:clear_imports": Route("POST", VAULT_PAGE),
    "dossier:stop_import": Route("POST", VAULT_PAGE),
    "dossier:detail": Route("GET", {**FAMILY_OBJECT, "meelezer": HIDDEN}),
    "dossier:download": Route("GET", {**FAMILY_OBJECT, "meelezer": HIDDEN}),
    "dossier:page": Route("GET", {**FAMILY_OBJECT, "meelezer": HIDDEN}),
    "dossier:viewer": Route("GET", {**FAMILY_OBJECT, "meelezer": HIDDEN}),
    "dossier:edit": Route(
        "POST", FAMILY_OBJECT, {"title": "Nieuw", "doc_type": "overig", "origin": "onbekend"}
    ),
    "dossier:new_version": Route("POST", FAMILY_OBJECT),
    "dossier:delete": Route("GET", FAMILY_OBJECT),
    "dossier:share_buddy": Route(
        "POST", FAMILY_OBJECT, lambda family: {"member": family.meelezer.pk}
    ),
    # Kennis, "Mag dit?" and the calculator hold no family data: a meelezer may use them.
    "knowledge:index": Route("GET", OWN_VAULT_PAGE),
    "knowledge:glossary": Route("GET", OWN_VAULT_PAGE),
    "knowledge:item": Route("GET", OWN_VAULT_PAGE),
    "knowledge:may_share": Route("GET", OWN_VAULT_PAGE),
    "knowledge:deadlines": Route("GET", OWN_VAULT_PAGE),
    "knowledge:deadlines_ics": Route("GET", VAULT_PAGE),  # the vault's own open deadlines
    # Letters: parents and the young person write them; a meelezer cannot use letters.
    "letters:list": Route("GET", VAULT_PAGE),
    "letters:new": Route("GET", VAULT_PAGE),
    "letters:preview": Route("POST", VAULT_PAGE),
    "letters:id_copy": Route("GET", VAULT_PAGE),
    "letters:detail": Route("GET", FAMILY_OBJECT),
    "letters:download": Route("GET", FAMILY_OBJECT),
    "letters:delete": Route("POST", FAMILY_OBJECT),
    # Rights requests: the vault's own; the calendar feed's secret token is its only key.
    "rights:list": Route("GET", VAULT_PAGE),
    "rights:new": Route("GET", VAULT_PAGE),
    "rights:track": Route("POST", FAMILY_OBJECT),
    "rights:calendar": Route("GET", VAULT_PAGE),
    "rights:calendar_token": Route("POST", VAULT_PAGE),
    "rights:ics": Route("GET", VAULT_PAGE),
    "rights:detail": Route("GET", FAMILY_OBJECT),
    "rights:mark_sent": Route("POST", FAMILY_OBJECT, {"sent_on": "2026-01-31", "how": "email"}),
    "rights:extension": Route(
        "POST", FAMILY_OBJECT, {"announced_on": "2026-02-10", "with_reasons": "ja"}
    ),
    "rights:reply": Route(
        "POST", FAMILY_OBJECT, {"reactie-received_on": "2026-02-20", "reactie-kind": "antwoord"}
    ),
    "rights:reminder": Route("POST", FAMILY_OBJECT),
    "rights:complaint": Route("POST", FAMILY_OBJECT),
    "rights:complaint_filed": Route("POST", FAMILY_OBJECT, {"ingediend-on": "2026-04-01"}),
    "rights:done": Route("POST", FAMILY_OBJECT),
    "rights:notes": Route("POST", FAMILY_OBJECT, {"notes": "Gebeld met school"}),
    "rights:calendar_feed": Route("GET", everyone(HIDDEN)),  # a wrong token, for everyone
    # Consent: the register and the form checker are the vault's own; no meelezer.
    "consent:list": Route("GET", VAULT_PAGE),
    "consent:give": Route("GET", VAULT_PAGE),
    "consent:register": Route("GET", VAULT_PAGE),
    "consent:check": Route("GET", VAULT_PAGE),
    "consent:check_document": Route("GET", FAMILY_OBJECT),
    "consent:check_result": Route("GET", FAMILY_OBJECT),
    "consent:refuse": Route("POST", FAMILY_OBJECT, {"tone": "zakelijk"}),
    "consent:correct": Route("POST", FAMILY_OBJECT, {"eis": "intrekken", "stap": "corrigeer"}),
    "consent:detail": Route("GET", FAMILY_OBJECT),
    "consent:withdraw": Route("POST", FAMILY_OBJECT, {"tone": "zakelijk"}),
    "consent:trajectory_ended": Route("POST", FAMILY_OBJECT),
    "consent:expire": Route("POST", FAMILY_OBJECT),
    "consent:word": Route("GET", FAMILY_OBJECT),
    # Verkorte versie: the family's own documents; a meelezer cannot make copies.
    "minimiser:new": Route("GET", FAMILY_OBJECT),
    "minimiser:details": Route("GET", FAMILY_OBJECT),
    "minimiser:page": Route("GET", FAMILY_OBJECT),
    "minimiser:preview": Route("GET", FAMILY_OBJECT),
    "minimiser:make": Route("POST", FAMILY_OBJECT),
    # Gesprekken: the vault's own meetings and reports; a meelezer sees none of them.
    "meetings:list": Route("GET", VAULT_PAGE),
    "meetings:new": Route("GET", VAULT_PAGE),
    "meetings:detail": Route("GET", FAMILY_OBJECT),
    "meetings:report": Route("GET", FAMILY_OBJECT),
    "meetings:preparation": Route("GET", FAMILY_OBJECT),
    "meetings:preparation_letter": Route("POST", FAMILY_OBJECT, {"tone": "zakelijk"}),
    "meetings:email": Route("GET", FAMILY_OBJECT),
    "meetings:sent": Route("POST", FAMILY_OBJECT, {"on": "2026-03-13"}),
    "meetings:reaction": Route("POST", FAMILY_OBJECT, {"on": "2026-03-20"}),
    "meetings:school": Route("GET", FAMILY_OBJECT),
    "meetings:choose": Route("POST", FAMILY_OBJECT, {"raise_": ["0"]}),
    "meetings:reply": Route("POST", FAMILY_OBJECT, {"tone": "zakelijk"}),
    "meetings:recording_add": Route("POST", FAMILY_OBJECT),
    "meetings:recording": Route("GET", FAMILY_OBJECT),
    "meetings:note_add": Route("POST", FAMILY_OBJECT, {"moment": "1:05", "text": "Hier"}),
    "meetings:participants": Route("GET", FAMILY_OBJECT),
    "meetings:participant_edit": Route("GET", FAMILY_OBJECT),
    "meetings:participant_remove": Route("POST", FAMILY_OBJECT),
}


def object_for_parameter(name: str, family):
    from dossierwijs.vault import services
    from dossierwijs.vault.roles import Role

    if name == "member_id":
        return family.meelezer.pk
    if name == "invitation_id":
        invitation, _code = services.create_invitation(
            by=family.ouder, role=Role.MEELEZER, name="X"
        )
        return invitation.pk
    if name in ("organisation_id", "draft_id", "share_id", "item_id"):
        return family_share(family, name)
    if name in ("kind", "letter_id", "letter_format"):
        from tests.letters.helpers import letter_parameter

        return letter_parameter(name, family)
    if name == "document_id":
        return family_document(family).pk
    if name in ("request_id", "feed_token"):
        from tests.rights.factories import matrix_parameter

        return matrix_parameter(name, family)
    if name in ("consent_id", "check_id"):
        from tests.consent.factories import matrix_parameter as consent_parameter

        return consent_parameter(name, family)
    if name in ("meeting_id", "comparison_id", "recording_id", "participant_id"):
        from tests.meetings.factories import matrix_parameter as meeting_parameter

        return meeting_parameter(name, family)
    if name == "abridge_id":
        from tests.minimiser.factories import matrix_draft

        return matrix_draft(family).pk
    if name in ("number", "page"):
        return 1
    if name == "fmt":
        return "csv"
    if name == "path":
        return "css/dossierwijs.css"
    if name == "slug":
        return "termijn-een-maand"
    raise AssertionError(f"Add an object of the family's vault for URL parameter {name!r}")


def family_document(family):
    from dossierwijs.dossier.models import Document
    from dossierwijs.dossier.services import import_file
    from tests.documents import pdf_with_text

    existing = Document.objects.filter(vault=family.vault).first()
    if existing:
        return existing
    return import_file(
        vault=family.vault,
        by=family.ouder,
        filename="verslag.pdf",
        data=pdf_with_text("Verslag van Sanne"),
    )[0].document


def family_share(family, name):
    from dossierwijs.addressbook.models import Organisation
    from dossierwijs.sharing.models import SharedItem, ShareDraft
    from dossierwijs.sharing.services import record_share

    organisation, _ = Organisation.objects.get_or_create(
        vault=family.vault, name="OSG De Klimop", defaults={"kind": "school"}
    )
    if name == "organisation_id":
        return organisation.pk
    draft = ShareDraft.objects.create(
        vault=family.vault,
        organisation=organisation,
        purpose="de overstap naar het vso",
        purpose_key="overstap",
        document_ids=[str(family_document(family).pk)],
    )
    if name == "draft_id":
        return draft.pk
    share = record_share(draft=draft, by=family.ouder, method="anders")
    if name == "share_id":
        return share.pk
    return SharedItem.objects.filter(share=share).first().pk


def all_route_names() -> list[str]:
    names = []

    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, ns)
            elif isinstance(p, URLPattern) and p.name:
                names.append(namespace + p.name)

    walk(get_resolver().url_patterns)
    return names


def test_every_route_has_expectations():
    missing = sorted(set(all_route_names()) - set(ROUTES))
    assert not missing, f"Routes without an authorization expectation: {missing}"


def _url(name: str, family) -> str:
    resolver_match_params = _params_of(name)
    kwargs = {p: object_for_parameter(p, family) for p in resolver_match_params}
    return reverse(name, kwargs=kwargs)


def _params_of(name: str) -> list[str]:
    from django.urls import get_resolver

    resolver = get_resolver()
    possibilities = resolver.reverse_dict.getlist(name.split(":")[-1])
    namespace_parts = name.split(":")[:-1]
    for ns in namespace_parts:
        _prefix, sub = resolver.namespace_dict[ns]
        possibilities = sub.reverse_dict.getlist(name.split(":")[-1])
    for possibility in possibilities:
        for _result, params in possibility[0]:
            return list(params)
    return []


def _outcome(response) -> str:
    if response.status_code in (301, 302, 303):
        return LOGIN if reverse("vault:login") in response["Location"] else OK
    if response.status_code == 403:
        return DENIED
    if response.status_code == 404:
        return HIDDEN
    if 200 <= response.status_code < 300:
        return OK
    return f"status {response.status_code}"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", sorted(ROUTES))
def test_route_as_persona(name, persona, family, client_for):
    route = ROUTES[name]
    client = client_for(persona)
    url = _url(name, family)
    if route.method == "POST":
        data = route.data(family) if callable(route.data) else route.data
        response = client.post(url, data)
    else:
        response = client.get(url)
    expected = route.expect[persona]
    assert response.status_code < 500
    if expected != ANY:
        assert _outcome(response) == expected, f"{name} as {persona}: {response.status_code}"
    if (
        persona == "outsider"
        and response.status_code == 200
        and "text/html" in response.get("Content-Type", "")
    ):
        assert "Sanne" not in response.content.decode(), "the outsider learnt about another vault"
