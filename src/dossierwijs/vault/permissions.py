"""The one place that decides who may see and do what. Every view calls it.

- Not logged in: sent to the login page (by ``member_required``).
- Logged in, but the object belongs to another vault: 404, so nothing is learnt.
- A member whose role lacks the capability: 403 with a calm explanation.
- A meelezer sees only items a parent explicitly shared with them, while allowed.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import BuddyGrant, Member
from .roles import Capability


def member_required(view):
    """Login required, and the user must be a member of a vault: sets ``request.member``."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        member = Member.objects.select_related("vault").filter(user=request.user).first()
        if member is None:
            raise Http404()
        request.member = member
        request.vault = member.vault
        return view(request, *args, **kwargs)

    return wrapper


def require(request, capability: str) -> Member:
    """Return the member if their role has the capability, else refuse (403)."""
    member: Member = request.member
    if not member.can(capability):
        raise PermissionDenied(_("Dit kan uw rol in deze kluis niet."))
    return member


def _model_of(model_or_qs) -> type[Model]:
    return model_or_qs.model if isinstance(model_or_qs, QuerySet) else model_or_qs


def visible(request, model_or_qs) -> QuerySet:
    """The objects of this kind that the member may see (always within their own vault)."""
    member: Member = request.member
    qs = model_or_qs if isinstance(model_or_qs, QuerySet) else model_or_qs._default_manager.all()
    qs = qs.filter(vault=member.vault)
    if member.can(Capability.VIEW_VAULT):
        return qs
    if member.can(Capability.VIEW_SHARED_ONLY):
        content_type = ContentType.objects.get_for_model(_model_of(qs))
        today = timezone.localdate()
        shared_ids = [
            g.object_id
            for g in BuddyGrant.objects.filter(member=member, content_type=content_type)
            if g.until is None or g.until >= today
        ]
        return qs.filter(pk__in=shared_ids)
    return qs.none()


def get_for_member(request, model_or_qs, capability: str | None = None, **lookup):
    """One object of the member's vault that they may see (and act on), or 404."""
    obj = visible(request, model_or_qs).filter(**lookup).first()
    if obj is None:
        raise Http404()
    if capability is not None:
        require(request, capability)
    return obj
