"""Template context for every page: the member, their vault and the main navigation."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .roles import Capability

# (URL name, label, namespace that marks it current). Parts not built yet are skipped.
NAVIGATION = [
    ("vault:home", _("Overzicht"), "home"),
    ("dossier:list", _("Dossier"), "dossier"),
    ("sharing:ledger", _("Delen"), "sharing"),
    ("consent:list", _("Toestemmingen"), "consent"),
    ("letters:list", _("Brieven"), "letters"),
    ("rights:list", _("Verzoeken"), "rights"),
    ("knowledge:deadlines", _("Termijnen"), "deadlines"),
    ("knowledge:index", _("Kennis"), "knowledge"),
]
BUDDY_NAVIGATION = {"vault:home", "dossier:list", "knowledge:index"}


def _navigation(request, member):
    match = getattr(request, "resolver_match", None)
    namespace = match.namespace if match else ""
    url_name = match.url_name if match else ""
    items = []
    for name, label, marker in NAVIGATION:
        if not member.can(Capability.VIEW_VAULT) and name not in BUDDY_NAVIGATION:
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        if marker == "home":
            current = url_name == "home"
        elif marker == "deadlines":
            current = namespace == "knowledge" and url_name == "deadlines"
        elif marker == "knowledge":
            current = namespace == "knowledge" and url_name != "deadlines"
        else:
            current = namespace == marker
        items.append({"url": url, "label": label, "current": current})
    return items


def vault_context(request):
    member = getattr(request, "member", None)
    if member is None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            member = getattr(user, "member", None)
    return {
        "member": member,
        "vault": member.vault if member else None,
        "navigation": _navigation(request, member) if member else [],
    }
