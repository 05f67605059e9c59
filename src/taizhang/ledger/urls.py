"""Ledger URLs.  Lists and items take an optional format suffix: ``/targets/`` or ``/targets.json`` (.csv/.xlsx)."""
from django.urls import path, re_path

from . import views

app_name = "ledger"

J = r"(?:/|(?P<fmt>\.json))"  # trailing slash for HTML, .json for JSON
X = r"(?:/|(?P<fmt>\.json|\.csv|\.xlsx))"  # lists also export

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("dashboard.json", views.dashboard, {"fmt": ".json"}, name="dashboard_json"),
    re_path(rf"^documents{J}$", views.documents, name="documents"),
    re_path(rf"^documents/(?P<pk>\d+){J}$", views.document, name="document"),
    re_path(rf"^batches/(?P<pk>\d+){J}$", views.batch, name="batch"),
    re_path(rf"^targets{X}$", views.ledger_list("targets"), name="targets"),
    re_path(rf"^actuals{X}$", views.ledger_list("actuals"), name="actuals"),
    re_path(rf"^projects{X}$", views.ledger_list("projects"), name="projects"),
    re_path(rf"^tasks{X}$", views.ledger_list("tasks"), name="tasks"),
    re_path(rf"^facts/(?P<pk>\d+){J}$", views.fact, name="fact"),
    re_path(rf"^projects/(?P<pk>\d+){J}$", views.project, name="project"),
    re_path(rf"^tasks/(?P<pk>\d+){J}$", views.task, name="task"),
    re_path(rf"^indicators{J}$", views.indicators, name="indicators"),
    re_path(rf"^indicators/(?P<pk>\d+){J}$", views.indicator, name="indicator"),
    re_path(r"^indicators/(?P<pk>\d+)/merge(?:/|(?P<fmt>\.json))$", views.indicator_merge, name="indicator_merge"),
    re_path(rf"^pipeline{J}$", views.pipeline, name="pipeline"),
    re_path(rf"^review{J}$", views.review_queue, name="review"),
    re_path(r"^review/(?P<kind>fact|project|mention|task|term)/(?P<pk>\d+)(?:/|(?P<fmt>\.json))$",
            views.review_item, name="review_item"),
    re_path(r"^links/(?P<pk>\d+)(?:/|(?P<fmt>\.json))$", views.link_action, name="link_action"),
    re_path(r"^mentions/(?P<pk>\d+)/link(?:/|(?P<fmt>\.json))$", views.mention_action, name="mention_action"),
    path("api/openapi.json", views.openapi, name="openapi"),
    path("healthz", views.health, name="health"),
]
