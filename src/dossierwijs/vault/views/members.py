"""The family: members, roles and invitations."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import keyholder, rekey, services
from ..forms import InviteForm, RecoveryConfirmForm, RenewKeyForm, RoleForm
from ..models import Invitation, Member
from ..permissions import get_for_member, member_required, require
from ..roles import PARENT_ROLES, Capability, Role


@member_required
def member_list(request):
    require(request, Capability.VIEW_VAULT)
    vault = request.vault
    return render(
        request,
        "vault/members.html",
        {
            "members": vault.members.all(),
            "invitations": Invitation.objects.filter(vault=vault),
            "role_form": RoleForm(),
            "can_manage": request.member.can(Capability.MANAGE_MEMBERS),
        },
    )


@member_required
def invite(request):
    by = require(request, Capability.MANAGE_MEMBERS)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invitation, code = services.create_invitation(
            by=by,
            role=form.cleaned_data["role"],
            name=form.cleaned_data["name"],
            access_until=form.cleaned_data["access_until"],
        )
        # Shown once, in this response; only its wrapped key is kept.
        return render(request, "vault/invite_code.html", {"invitation": invitation, "code": code})
    return render(request, "vault/invite.html", {"form": form})


@require_POST
@member_required
def revoke_invite(request, invitation_id):
    by = require(request, Capability.MANAGE_MEMBERS)
    invitation = get_for_member(request, Invitation, pk=invitation_id)
    services.revoke_invitation(invitation=invitation, by=by)
    messages.success(request, _("De uitnodiging is ingetrokken."))
    return redirect("vault:members")


@require_POST
@member_required
def change_role(request, member_id):
    by = require(request, Capability.MANAGE_MEMBERS)
    target = get_for_member(request, Member, pk=member_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies een rol."))
        return redirect("vault:members")
    if target.role in PARENT_ROLES or form.cleaned_data["role"] in PARENT_ROLES:
        require(request, Capability.REMOVE_PARENT)
    try:
        services.change_role(member=target, role=form.cleaned_data["role"], by=by)
    except services.VaultError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            _("%(name)s is nu %(role)s.")
            % {"name": target.display_name, "role": Role(target.role).label.lower()},
        )
    return redirect("vault:members")


@require_POST
@member_required
def remove(request, member_id):
    by = require(request, Capability.MANAGE_MEMBERS)
    target = get_for_member(request, Member, pk=member_id)
    if target.role in PARENT_ROLES:
        require(request, Capability.REMOVE_PARENT)
    try:
        services.remove_member(member=target, by=by)
    except services.VaultError as exc:
        messages.error(request, exc.message)
        return redirect("vault:members")
    name = {"name": target.display_name}
    if target.is_buddy:
        # A meelezer never held the vault key: only what was shared, which they may keep.
        messages.success(
            request,
            _(
                "%(name)s heeft geen toegang meer. Wat u met %(name)s deelde, kan "
                "%(name)s wel bewaard hebben."
            )
            % name,
        )
        return redirect("vault:members")
    messages.warning(
        request,
        _(
            "%(name)s kan niet meer inloggen. Maar %(name)s kende de sleutel van de kluis: "
            "oude back-ups en een oude kopie van de gegevensmap blijven met de oude sleutel "
            "te openen. Wilt u dat %(name)s ook nieuwe gegevens niet meer kan lezen, kies "
            "dan hieronder 'Sleutel vernieuwen'."
        )
        % name,
    )
    return redirect("vault:members")


@member_required
def renew_key(request):
    """Sleutel vernieuwen: a new vault key, a new recovery code, shown once."""
    by = require(request, Capability.MANAGE_MEMBERS)
    form = RenewKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            renewed = rekey.renew_vault_key(by=by, passphrase=form.cleaned_data["passphrase"])
        except rekey.RekeyError as exc:
            if not keyholder.is_unlocked():  # interrupted: the next login finishes it
                messages.error(request, exc.message)
                return redirect("vault:login")
            form.add_error("passphrase", exc.message)
        else:
            return render(
                request,
                "vault/renew_key_done.html",
                {
                    "recovery_code": renewed.recovery_code,
                    "left_out": renewed.must_be_invited_again,
                    "confirm_form": RecoveryConfirmForm(),
                    "hide_navigation": True,
                },
            )
    return render(
        request,
        "vault/renew_key.html",
        {"form": form, "not_reachable": rekey.not_reachable(by=by)},
    )
