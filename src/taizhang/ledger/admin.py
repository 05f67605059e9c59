from django.contrib import admin

from .models import (Document, Fact, FactLink, GlossaryTerm, Indicator, IngestBatch, Project, ProjectMention, Region,
                     Section, Task)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "title", "published", "doc_type", "chars")
    search_fields = ("name", "title")
    exclude = ("text",)


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "indicator_name", "subject", "period", "value", "unit", "review_state")
    list_filter = ("kind", "measure", "review_state")
    raw_id_fields = ("document", "indicator", "region", "reviewed_by")


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("name", "unit", "synonyms")
    search_fields = ("name",)


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("name", "stage", "investment_planned", "investment_completed", "mention_count")
    list_filter = ("stage",)
    search_fields = ("name",)


admin.site.register([Region, Section, FactLink, ProjectMention, Task, GlossaryTerm, IngestBatch])
