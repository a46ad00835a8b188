"""The door of the vault: first-run wizard, login, recovery, accepting an invitation."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .. import journal, keyholder, readers, services, state, throttle
from ..forms import (
    AcceptInviteForm,
    LoginForm,
    RecoveryCodeForm,
    RecoveryConfirmForm,
    RecoveryPassphraseForm,
    WelcomeForm,
)
from ..journal_model import Action
from ..keyring import KeyringError, WrongSecret
from ..models import Member
from ..permissions import member_required
from ..roles import PARENT_ROLES
from . import reader

BACKEND = "django.contrib.auth.backends.ModelBackend"


def too_many_attempts(wait: int) -> str:
    return ngettext(
        "Te veel mislukte pogingen. Probeer het over %(s)s seconde opnieuw.",
        "Te veel mislukte pogingen. Probeer het over %(s)s seconden opnieuw.",
        wait,
    ) % {"s": wait}


def _client(request) -> str:
    return request.META.get("REMOTE_ADDR", "?")


def _must_wait(request, form) -> bool:
    """After repeated wrong passphrases, codes or invitations: wait, whatever was typed.

    One throttle for every secret that opens the vault, so guessing a recovery code or an
    invitation code is as slow as guessing a passphrase.
    """
    wait = throttle.wait_seconds(_client(request))
    if wait:
        form.add_error(
            None,
            too_many_attempts(wait),
        )
    return bool(wait)


def _safe_next(request, default: str = "vault:home") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    from django.urls import reverse

    return reverse(default)


def _already_in(request) -> bool:
    """Logged in with the vault open: the door has nothing to offer."""
    return request.user.is_authenticated and keyholder.is_unlocked()


def welcome(request):
    if state.vault_exists():
        return redirect("vault:home" if _already_in(request) else "vault:login")
    form = WelcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.create_vault(
                child_name=data["child_name"],
                child_birth_date=data["child_birth_date"],
                school_name=data["school_name"],
                other_parent_name=data["other_parent_name"],
                other_parent_gezag=data["other_parent_gezag"] or "onbekend",
                parent_name=data["parent_name"],
                parent_gezag=data["parent_gezag"],
                passphrase=data["passphrase"],
                recovery_confirmed=False,
            )
        except services.VaultError as exc:
            form.add_error(None, exc.message)
        except OSError:
            form.add_error(
                None,
                _("De kluis kon niet worden opgeslagen. Is de schijf vol? Er is niets bewaard."),
            )
        else:
            login(request, created.member.user, backend=BACKEND)
            # The code is stored nowhere: shown in this response, and until the parent types
            # it back, every page leads to a fresh one (vault.recovery).
            return render(
                request,
                "vault/recovery_code.html",
                {"recovery_code": created.recovery_code, "form": RecoveryConfirmForm()},
            )
    return render(request, "vault/welcome.html", {"form": form})


def login_view(request):
    if not state.vault_exists():
        return redirect("vault:welcome")
    if _already_in(request):
        return redirect(_safe_next(request))
    form = LoginForm(request.POST or None)
    wait = throttle.wait_seconds(_client(request))
    status = 200
    if request.method == "POST":
        if wait:
            form.add_error(
                None,
                too_many_attempts(wait),
            )
            status = 429
        elif form.is_valid():
            try:
                member = services.login_with_passphrase(form.cleaned_data["passphrase"])
                if member.is_buddy:  # a meelezer from before reader stores, now converted
                    return _reader_login(request, form.cleaned_data["passphrase"])
            except WrongSecret:
                try:
                    return _reader_login(request, form.cleaned_data["passphrase"])
                except WrongSecret:
                    pass
                throttle.register_failure(_client(request))
                services.record_failed_login()
                form.add_error(
                    "passphrase",
                    _("Deze wachtzin opent de kluis niet. Let op hoofdletters en spaties."),
                )
                status = 401
            except (services.VaultError, KeyringError) as exc:
                form.add_error(None, exc.message)
                status = 409
            else:
                throttle.register_success(_client(request))
                login(request, member.user, backend=BACKEND)
                return redirect(_safe_next(request))
    return render(
        request,
        "vault/login.html",
        {"form": form, "next": request.GET.get("next", "")},
        status=status,
    )


def _reader_login(request, passphrase: str):
    """A meelezer's passphrase opens their reader store only: a session served from it."""
    session = readers.login(passphrase)
    throttle.register_success(_client(request))
    return reader.start(redirect("vault:reader_home"), session)


@require_POST
@member_required
def logout_view(request):
    """Log out and lock: in local mode the key leaves memory with the last person out."""
    journal.record(vault=request.vault, actor=request.member, action=Action.LOGOUT)
    logout(request)
    if not settings.HOSTED:
        keyholder.lock()
    if settings.HOSTED:
        messages.success(request, _("U bent uitgelogd."))
    else:
        # One key per computer: locking it locks every session on this computer, by design
        # (the key leaves memory). Say so, so nobody is surprised in another tab.
        messages.success(
            request,
            _(
                "U bent uitgelogd en de kluis is vergrendeld, ook voor andere gezinsleden die "
                "op deze computer waren ingelogd: zij vullen opnieuw hun wachtzin in."
            ),
        )
    return redirect("vault:login")


def recover(request):
    """Step 1: the recovery code unlocks. Step 2: a parent sets a new passphrase."""
    if not state.vault_exists():
        return redirect("vault:welcome")
    if request.method == "POST" and "code" in request.POST:
        form = RecoveryCodeForm(request.POST)
        if _must_wait(request, form):
            return render(request, "vault/recover.html", {"form": form}, status=429)
        if form.is_valid():
            try:
                vault = services.unlock_with_recovery_code(form.cleaned_data["code"])
            except WrongSecret:
                throttle.register_failure(_client(request))
                form.add_error("code", _("Deze herstelcode klopt niet. Er is niets gewijzigd."))
            except (services.VaultError, KeyringError) as exc:
                form.add_error(None, exc.message)
            else:
                request.session["recovery_vault"] = str(vault.pk)
                return redirect("vault:recover_passphrase")
        return render(request, "vault/recover.html", {"form": form}, status=401)
    return render(request, "vault/recover.html", {"form": RecoveryCodeForm()})


def recover_passphrase(request):
    vault_id = request.session.get("recovery_vault")
    if not vault_id:
        return redirect("vault:recover")
    members = Member.objects.filter(vault_id=vault_id, role__in=PARENT_ROLES)
    form = RecoveryPassphraseForm(request.POST or None, members=members)
    if request.method == "POST" and form.is_valid():
        member = members.get(pk=form.cleaned_data["member"])
        services.set_passphrase(member=member, passphrase=form.cleaned_data["passphrase"])
        request.session.pop("recovery_vault", None)
        login(request, member.user, backend=BACKEND)
        messages.success(request, _("Uw nieuwe wachtzin is ingesteld."))
        return redirect("vault:home")
    return render(request, "vault/recover_passphrase.html", {"form": form})


def accept_invite(request):
    if not state.vault_exists():
        return redirect("vault:welcome")
    form = AcceptInviteForm(request.POST or None)
    if request.method == "POST" and _must_wait(request, form):
        return render(request, "vault/accept_invite.html", {"form": form}, status=429)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.accept_invitation(
                code=form.cleaned_data["code"],
                display_name=form.cleaned_data["display_name"],
                passphrase=form.cleaned_data["passphrase"],
                gezag=form.cleaned_data["gezag"] or None,
            )
        except readers.AcceptedWhileLocked:
            return _reader_login(request, form.cleaned_data["passphrase"])
        except WrongSecret:
            throttle.register_failure(_client(request))
            form.add_error(
                "code", _("Deze uitnodigingscode klopt niet, is al gebruikt of is verlopen.")
            )
        except (services.VaultError, KeyringError) as exc:
            form.add_error(None, exc.message)
        else:
            if member.is_buddy:
                return _reader_login(request, form.cleaned_data["passphrase"])
            login(request, member.user, backend=BACKEND)
            messages.success(request, _("Welkom! U heeft nu een eigen account."))
            return redirect("vault:home")
    return render(request, "vault/accept_invite.html", {"form": form})
