"""URL map: each domain app owns its own urls module; the home page and the error pages are the site's own."""
from django.contrib import admin
from django.urls import include, path

from taizhang.ledger import views as ledger_views

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("overview/", ledger_views.dashboard, name="overview"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("supervision/", include("taizhang.supervision.urls")),
    path("", include("taizhang.ledger.urls")),
]

# Chinese error pages whatever DEBUG says (Django's own are English and, with DEBUG, list the URL patterns)
handler400 = "taizhang.web.views.bad_request"
handler403 = "taizhang.web.views.permission_denied"
handler404 = "taizhang.web.views.page_not_found"
handler500 = "taizhang.web.views.server_error"
