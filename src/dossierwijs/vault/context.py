"""Template context for every page: the member, their vault and the main navigation."""

from django.urls import reverse

from dossierwijs import contributions

from .roles import Capability


def _matches(entry, namespace: str, url_name: str) -> int:
    """How closely this page matches the entry: 2 for its own page, 1 for its namespace."""
    best = 0
    for marker in entry.current:
        if ":" in marker:
            if marker == f"{namespace}:{url_name}":
                best = 2
        elif marker == namespace:
            best = max(best, 1)
    return best


def _navigation(request, member):
    """The main menu the apps declare; the closest match marks the current page."""
    match = getattr(request, "resolver_match", None)
    namespace = match.namespace if match else ""
    url_name = match.url_name if match else ""
    entries = [
        entry
        for entry in contributions.navigation()
        if entry.for_readers or member.can(Capability.VIEW_VAULT)
    ]
    scores = [_matches(entry, namespace, url_name) for entry in entries]
    best = max(scores, default=0)
    return [
        {"url": reverse(entry.url_name), "label": entry.label, "current": best and score == best}
        for entry, score in zip(entries, scores, strict=True)
    ]


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
