"""URL map: each domain app owns its own urls module."""
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("supervision/", include("taizhang.supervision.urls")),
    path("", include("taizhang.ledger.urls")),
]
