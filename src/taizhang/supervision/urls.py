"""/supervision/…: pages, and the same lists and items as JSON with a `.json` suffix."""
from django.urls import path

from . import intake_views, views
from . import import_views

app_name = "supervision"
urlpatterns = [
    path("", views.item_list, name="items"),
    path("items.json", views.item_list_json, name="items_json"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>.json", views.item_detail_json, name="item_json"),
    path("items/<int:pk>/edit/", views.item_edit, name="item_edit"),
    path("items/<int:pk>/transition/", views.item_transition, name="item_transition"),
    path("items/<int:pk>/report/", views.report_create, name="report_create"),
    path("items/<int:pk>/request/", views.change_request, name="change_request"),
    path("items/<int:pk>/<str:kind>.<str:fmt>", views.item_paper, name="item_paper"),
    path("reports/<int:pk>/review/", views.report_review, name="report_review"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
    path("requests/<int:pk>/decide/", views.change_decide, name="change_decide"),
    path("remind/", views.remind_now, name="remind"),
    path("inspections/", views.round_list, name="rounds"),
    path("inspections.json", views.round_list_json, name="rounds_json"),
    path("inspections/<int:pk>/", views.round_detail, name="round"),
    path("findings.json", views.finding_list_json, name="findings_json"),
    path("findings/<int:pk>/", views.finding_detail, name="finding"),
    path("findings/<int:pk>/<str:action>/", views.finding_action, name="finding_action"),
    path("findings/<int:pk>/notice.<str:fmt>", views.rectification_paper, name="rectification_paper"),
    path("rates/", views.rates_page, name="rates"),
    path("rates.json", views.rates_json, name="rates_json"),
    path("notice.<str:fmt>", views.notice_paper, name="notice"),
    path("excel/import/", import_views.excel_import, name="excel_import"),
    path("excel/export.xlsx", views.excel_export, name="excel_export"),
    path("excel/preview/<str:token>/", import_views.excel_preview, name="excel_preview"),
    path("excel/template.xlsx", import_views.excel_template, name="excel_template"),
    path("excel/batches/", import_views.excel_batches, name="excel_batches"),
    path("excel/batches/<int:pk>/", import_views.excel_batch, name="excel_batch"),
    path("excel/batches/<int:pk>/export.xlsx", import_views.excel_batch_export, name="excel_batch_export"),
    path("excel/layouts/<int:pk>/export.xlsx", import_views.excel_layout_export, name="excel_layout_export"),
    path("intake/", intake_views.intake_start, name="intake"),
    path("intake/preview/", intake_views.intake_preview, name="intake_preview"),
    path("intake/confirm/", intake_views.intake_confirm, name="intake_confirm"),
    path("proposals/", intake_views.proposal_list, name="proposals"),
    path("proposals/<int:pk>/decide/", intake_views.proposal_decide, name="proposal_decide"),
]
