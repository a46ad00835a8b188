from django.urls import include, path, re_path

from dossierwijs.demo import views as demo_views
from dossierwijs.static_files import favicon, serve_static

urlpatterns = [
    re_path(r"^static/(?P<path>.+)$", serve_static, name="static"),
    # Browsers ask for /favicon.ico on their own; the icon itself is a static file.
    path("favicon.ico", favicon, name="favicon"),
    path("welkom/voorbeeld/", demo_views.start_example, name="demo_start"),
    path("voorbeeld/verwijderen/", demo_views.remove_example, name="demo_remove"),
    path("", include("dossierwijs.vault.urls")),
    path("", include("dossierwijs.dossier.urls")),
    path("", include("dossierwijs.letters.urls")),
    path("", include("dossierwijs.sharing.urls")),
    path("", include("dossierwijs.knowledge.urls")),
    path("", include("dossierwijs.rights.urls")),
    path("", include("dossierwijs.consent.urls")),
    path("", include("dossierwijs.minimiser.urls")),
    path("", include("dossierwijs.meetings.urls")),
]
