def vault_context(request):
    member = getattr(request, "member", None)
    if member is None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            member = getattr(user, "member", None)
    return {"member": member, "vault": member.vault if member else None}
