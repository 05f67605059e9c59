"""Django admin for the ledger: every column titled in Chinese and every code value shown in words
(the labels of ``taizhang.labels``), so an administrator never reads ``growth``, ``work_report`` or ``..2025``."""
from django.contrib import admin

from taizhang import labels as L

from . import canon

from .models import (Document, Fact, FactLink, GlossaryTerm, Indicator, IngestBatch, IngestItem, Project,
                     ProjectMention, Region, Section, Task)


def titled(title: str, base=admin.ChoicesFieldListFilter):
    """A field filter under a Chinese title (the field's own verbose name may be its English attribute name)."""

    class Filter(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.title = title

    Filter.__name__ = f"{base.__name__}_{title}"
    return Filter


def coded_filter(title: str, param: str, table: dict[str, str]):
    """A filter over a code field without choices (measure, doc_type), its values shown by their labels."""

    class Filter(admin.SimpleListFilter):
        parameter_name = param

        def lookups(self, request, model_admin):
            return list(table.items())

        def queryset(self, request, queryset):
            return queryset.filter(**{param: self.value()}) if self.value() else queryset

    Filter.title = title
    Filter.__name__ = f"CodedFilter_{param}"
    return Filter


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "title", "published_label", "doc_type_label", "chars_label")
    list_filter = (coded_filter("类型", "doc_type", L.DOC_TYPE),)
    search_fields = ("name", "title")
    exclude = ("text",)

    @admin.display(description="发布日期", ordering="published")
    def published_label(self, obj):
        return L.date_label(obj.published) or "—"

    @admin.display(description="类型", ordering="doc_type")
    def doc_type_label(self, obj):
        return L.label(obj.doc_type, "doc_type") or "—"

    @admin.display(description="字数", ordering="chars")
    def chars_label(self, obj):
        return obj.chars


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ("id", "kind_label", "indicator_label", "subject_label", "period_label", "value_label",
                    "measure_label", "review_label")
    list_filter = (("kind", titled("类型")), coded_filter("度量", "measure", L.MEASURE),
                   ("review_state", titled("审核状态")))
    raw_id_fields = ("document", "indicator", "region", "reviewed_by")
    search_fields = ("indicator_name", "subject", "evidence")

    @admin.display(description="类型", ordering="kind")
    def kind_label(self, obj):
        return obj.get_kind_display()

    @admin.display(description="指标", ordering="indicator_name")
    def indicator_label(self, obj):
        return obj.indicator_name or "—"

    @admin.display(description="主体", ordering="subject")
    def subject_label(self, obj):
        return obj.subject or "—"

    @admin.display(description="期间", ordering="period")
    def period_label(self, obj):
        return L.period_label(obj.period, obj.kind) or "未注明"

    @admin.display(description="数值")
    def value_label(self, obj):
        return L.comparator_value(obj.comparator, obj.value, obj.unit)

    @admin.display(description="度量", ordering="measure")
    def measure_label(self, obj):
        return L.label(obj.measure, "measure")

    @admin.display(description="审核", ordering="review_state")
    def review_label(self, obj):
        return obj.get_review_state_display()


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("name", "unit_label", "synonyms_label")
    search_fields = ("name",)

    @admin.display(description="常用单位")
    def unit_label(self, obj):
        return obj.unit or "—"

    @admin.display(description="同义词")
    def synonyms_label(self, obj):
        return "、".join(obj.synonyms or []) or "—"


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("name", "stage_label", "planned_label", "completed_label", "mentions_label")
    list_filter = (("stage", titled("阶段")),)
    search_fields = ("name",)

    @admin.display(description="阶段", ordering="stage")
    def stage_label(self, obj):
        return obj.get_stage_display()

    @admin.display(description="计划投资(亿元)", ordering="investment_planned")
    def planned_label(self, obj):
        return L.number(obj.investment_planned) or "—"

    @admin.display(description="完成投资(亿元)", ordering="investment_completed")
    def completed_label(self, obj):
        return L.number(obj.investment_completed) or "—"

    @admin.display(description="提及次数", ordering="mention_count")
    def mentions_label(self, obj):
        return obj.mention_count


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("id", "title_label", "kind_label", "deadline_label", "review_label")
    list_filter = (("review_state", titled("审核状态")),)
    raw_id_fields = ("document", "section", "region", "reviewed_by")
    search_fields = ("title",)

    @admin.display(description="任务")
    def title_label(self, obj):
        return obj.title[:60]

    @admin.display(description="类别", ordering="kind")
    def kind_label(self, obj):
        return L.label(obj.kind, "task_kind") or "—"

    @admin.display(description="完成时限", ordering="deadline")
    def deadline_label(self, obj):
        return L.period_label(obj.deadline) or "—"

    @admin.display(description="审核", ordering="review_state")
    def review_label(self, obj):
        return obj.get_review_state_display()


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("name", "code_label", "level_label")
    search_fields = ("name", "code")

    @admin.display(description="区划代码", ordering="code")
    def code_label(self, obj):
        return "未收录（无区划代码）" if canon.is_unlisted_code(obj.code) else obj.code

    def get_exclude(self, request, obj=None):
        # a place the gazetteer lacks has a synthetic key (canon.unlisted_code), no code to show or edit
        return ("code",) if obj is not None and canon.is_unlisted_code(obj.code) else super().get_exclude(request, obj)

    @admin.display(description="层级", ordering="level")
    def level_label(self, obj):
        return {1: "省级", 2: "地级", 3: "县级"}.get(obj.level, str(obj.level))


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("heading", "kind_label", "document")
    raw_id_fields = ("document", "parent")

    @admin.display(description="章节")
    def heading(self, obj):
        return str(obj)[:60]

    @admin.display(description="类别", ordering="kind")
    def kind_label(self, obj):
        return L.label(obj.kind, "section_kind") or "—"


@admin.register(FactLink)
class FactLinkAdmin(admin.ModelAdmin):
    list_display = ("id", "target", "other", "relation_label", "state_label")
    raw_id_fields = ("target", "other")

    @admin.display(description="关系", ordering="relation")
    def relation_label(self, obj):
        return obj.get_relation_display()

    @admin.display(description="状态", ordering="state")
    def state_label(self, obj):
        return obj.get_state_display()


@admin.register(ProjectMention)
class ProjectMentionAdmin(admin.ModelAdmin):
    list_display = ("id", "mention_label", "project", "stage_label", "review_label")
    raw_id_fields = ("project", "document", "reviewed_by")

    @admin.display(description="提及")
    def mention_label(self, obj):
        return obj.mention

    @admin.display(description="阶段", ordering="stage")
    def stage_label(self, obj):
        return obj.get_stage_display()

    @admin.display(description="审核", ordering="review_state")
    def review_label(self, obj):
        return obj.get_review_state_display()


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ("term", "definition", "document")
    raw_id_fields = ("document", "reviewed_by")


class IngestItemInline(admin.TabularInline):
    model = IngestItem
    extra = 0
    fields = ("name", "status", "message", "document")
    readonly_fields = fields


@admin.register(IngestBatch)
class IngestBatchAdmin(admin.ModelAdmin):
    list_display = ("id", "created_label", "user", "total", "done", "finished")
    inlines = [IngestItemInline]

    @admin.display(description="入库时间", ordering="created")
    def created_label(self, obj):
        return L.datetime_label(obj.created)
