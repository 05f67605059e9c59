"""The site's URL conf plus one view that fails, to see the 500 page (test only)."""
from django.urls import path

from taizhang.web.urls import handler400, handler403, handler404, handler500, urlpatterns as site_patterns  # noqa: F401


def boom(request):
    raise RuntimeError("test: a view that fails")


urlpatterns = [path("boom/", boom), *site_patterns]
