"""Middleware: a strict Content-Security-Policy, and nothing but the door while locked."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse

from . import keyholder, readers, state
from .models import Vault

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)

# Token-protected feeds read by programs, not people (the calendar subscription).
UNATTENDED_PREFIXES = ("/agenda/",)

# A meelezer's own pages (served from their reader store, see vault.readers).
READER_PREFIX = "/meelezen/"

# Paths that work without an unlocked vault (by URL name).
OPEN_WHEN_LOCKED = {
    "vault:login",
    "vault:welcome",
    "vault:accept_invite",
    "vault:recover",
    "demo_start",  # the example family, made in an empty folder from the wizard
}


def content_security_policy(get_response):
    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware


def vault_lock(get_response):
    """Lock after inactivity; while locked let through only the door and static files."""
    open_paths: set[str] = set()

    def middleware(request):
        if not open_paths:
            open_paths.update(reverse(name) for name in OPEN_WHEN_LOCKED)
        path = request.path_info
        if path.startswith(settings.STATIC_URL) or path == "/favicon.ico":
            return get_response(request)
        if keyholder.is_unlocked() and keyholder.idle_seconds() > settings.LOCK_AFTER_SECONDS:
            keyholder.lock()
        if path.startswith(UNATTENDED_PREFIXES):
            # A calendar polling its feed is not a person at the screen: it must not keep
            # the vault open. Its view answers 503 by itself while the vault is locked.
            return get_response(request)
        if path.startswith(READER_PREFIX):
            return get_response(request)  # a meelezer's pages never touch the database
        if (
            path not in open_paths
            and not request.session.get(SESSION_KEY)  # a member logged in here wins
            and readers.session_for(request.COOKIES.get(readers.COOKIE))
        ):
            # A meelezer's session opens their reader store and nothing else.
            if path == reverse("vault:home"):
                return redirect("vault:reader_home")
            return render(request, "403.html", status=403)
        if keyholder.is_unlocked():
            keyholder.touch()
            return get_response(request)
        if path in open_paths:
            return get_response(request)
        if not state.vault_exists():
            return redirect("vault:welcome")
        return redirect(f"{reverse('vault:login')}?next={path}")

    return middleware


# While the recovery code is not confirmed, a logged-in member reaches only these.
RECOVERY_GATE_OPEN = {"vault:recovery_code", "vault:logout"}


def recovery_gate(get_response):
    """Nothing but the recovery-code page until a parent confirms they kept the code.

    The code is stored nowhere: a vault whose only code nobody kept is one forgotten
    passphrase away from lost for good (vault.recovery).
    """
    open_paths: set[str] = set()

    def middleware(request):
        if not open_paths:
            open_paths.update(reverse(name) for name in RECOVERY_GATE_OPEN)
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            path not in open_paths
            and not path.startswith(settings.STATIC_URL)
            and path != "/favicon.ico"
            and user is not None
            and user.is_authenticated
            and keyholder.is_unlocked()
            and Vault.objects.filter(members__user=user, recovery_confirmed=False).exists()
        ):
            # Only a page the parent opens is sent to the code page: a stray image or prefetch
            # request following the redirect would replace the code on the screen.
            if request.headers.get("Sec-Fetch-Dest", "document") != "document":
                return HttpResponseForbidden()
            return redirect("vault:recovery_code")
        return get_response(request)

    return middleware
