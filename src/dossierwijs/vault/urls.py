from django.urls import path

from .views import data, door, home, journal, members, profile, reader, recovery

app_name = "vault"

urlpatterns = [
    path("", home.home, name="home"),
    path("welkom/", door.welcome, name="welcome"),
    path("inloggen/", door.login_view, name="login"),
    path("uitloggen/", door.logout_view, name="logout"),
    path("herstellen/", door.recover, name="recover"),
    path("herstellen/nieuwe-wachtzin/", door.recover_passphrase, name="recover_passphrase"),
    path("uitnodiging/", door.accept_invite, name="accept_invite"),
    path("herstelcode/", recovery.recovery_code, name="recovery_code"),
    path("mijn-gegevens/", profile.profile, name="profile"),
    path(
        "mijn-gegevens/nieuwe-herstelcode/",
        recovery.renew_recovery_code,
        name="renew_recovery_code",
    ),
    path("gezin/", members.member_list, name="members"),
    path("gezin/uitnodigen/", members.invite, name="invite"),
    path(
        "gezin/uitnodiging/<str:invitation_id>/intrekken/",
        members.revoke_invite,
        name="revoke_invite",
    ),
    path("gezin/<uuid:member_id>/rol/", members.change_role, name="change_role"),
    path("gezin/<uuid:member_id>/verwijderen/", members.remove, name="remove_member"),
    path("gezin/sleutel-vernieuwen/", members.renew_key, name="renew_key"),
    path("logboek/", journal.journal_list, name="journal"),
    path("logboek/export.<str:fmt>", journal.journal_export, name="journal_export"),
    path("gegevens/", data.data_page, name="data"),
    path("gegevens/backup/", data.backup_download, name="backup"),
    path("gegevens/export/", data.export_download, name="export"),
    # A meelezer's pages: served from their reader store, also while the vault is locked.
    path("meelezen/", reader.reader_home, name="reader_home"),
    path("meelezen/<uuid:document_id>/", reader.reader_download, name="reader_download"),
    path("meelezen/uitloggen/", reader.reader_logout, name="reader_logout"),
]
