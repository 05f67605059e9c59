"""Data of the supervision loop: units and people, supervised items, reports, inspections, audit.

Items point at whatever ledger record they came from through a GenericForeignKey (`source`) plus a
free-text `source_text`, so this app never imports the ledger's models and works whatever they are.
"""
from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Unit(models.Model):
    """A department or a lower-level government; units form a tree (city → county → town)."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", "市直部门"
        COUNTY = "county", "县(市、区)"
        TOWN = "town", "镇(街道)"
        OTHER = "other", "其他"

    name = models.CharField("单位名称", max_length=100, unique=True)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
                               verbose_name="上级单位")
    order = models.IntegerField("排序", default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = verbose_name_plural = "单位"

    def __str__(self) -> str:
        return self.name

    def descendant_ids(self) -> set[int]:
        """Ids of this unit and everything under it (breadth-first; trees are small)."""
        ids, frontier = {self.id}, [self.id]
        while frontier:
            frontier = list(Unit.objects.filter(parent_id__in=frontier).values_list("id", flat=True))
            frontier = [i for i in frontier if i not in ids]
            ids.update(frontier)
        return ids


class Role(models.TextChoices):
    ADMIN = "admin", "系统管理员"
    SUPERVISOR = "supervisor", "督查人员"
    LEADER = "leader", "领导"
    LIAISON = "liaison", "联络员"
    VIEWER = "viewer", "查看人员"


class Membership(models.Model):
    """Which unit a user belongs to and in which role (one role per user keeps permissions legible)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="members")
    role = models.CharField("角色", max_length=20, choices=Role.choices, default=Role.VIEWER)

    class Meta:
        verbose_name = verbose_name_plural = "成员"

    def __str__(self) -> str:
        return f"{self.user} @ {self.unit or '未分配单位'} ({self.get_role_display()})"


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    REGISTERED = "registered", "立项"
    ASSIGNED = "assigned", "交办"
    ACCEPTED = "accepted", "签收"
    IN_PROGRESS = "in_progress", "办理中"
    COMPLETION_REQUESTED = "completion_requested", "申请办结"
    CLOSED = "closed", "办结"
    RETURNED = "returned", "退回"
    SUSPENDED = "suspended", "中止"


class Frequency(models.TextChoices):
    WEEKLY = "weekly", "每周"
    HALF_MONTHLY = "half_monthly", "每半月"
    MONTHLY = "monthly", "每月"
    QUARTERLY = "quarterly", "每季度"


class Item(models.Model):
    """One ledger row under supervision: a task, a target or a project, with its assignment."""

    class Kind(models.TextChoices):
        TASK = "task", "任务"
        TARGET = "target", "目标"
        PROJECT = "project", "项目"

    code = models.CharField("任务编号", max_length=50, unique=True)
    kind = models.CharField("类型", max_length=20, choices=Kind.choices, default=Kind.TASK)
    title = models.CharField("工作任务", max_length=500)
    requirement = models.TextField("目标要求", blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    weight = models.FloatField("权重", default=1.0)
    position = models.IntegerField("序号", default=0)

    lead_unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="lead_items",
                                  verbose_name="牵头单位")
    co_units = models.ManyToManyField(Unit, blank=True, related_name="co_items", verbose_name="配合单位")
    responsible_leader = models.CharField("责任领导", max_length=100, blank=True)
    deadline = models.DateField("完成时限", null=True, blank=True)
    frequency = models.CharField("报送频次", max_length=20, choices=Frequency.choices, default=Frequency.MONTHLY)

    source_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    source_id = models.CharField(max_length=64, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    source_text = models.TextField("任务来源", blank=True)
    # the quantitative goal brought over by 立项 (intake.py): indicator, value, unit, comparator,
    # period, subject, measure; for a project: project id, stage and planned investment.  Proposals match on it.
    goal = models.JSONField("量化目标", default=dict, blank=True)

    status = models.CharField("推进状态", max_length=30, choices=Status.choices, default=Status.DRAFT)
    progress = models.FloatField("完成率", default=0.0)
    progress_text = models.TextField("进展情况", blank=True)
    problems = models.TextField("存在问题", blank=True)
    next_steps = models.TextField("下步计划", blank=True)
    remarks = models.TextField("备注", blank=True)

    assigned_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)  # optimistic lock for edits made from a form

    # An office's own Excel 台账 (importer/): the columns with no field of their own, kept in the sheet's order as
    # [[列名, 值], ...]; the deadline as written and what it means; investment figures; the batch and row it came from.
    extra = models.JSONField("其他信息", default=list, blank=True)
    deadline_text = models.CharField("完成时限(原文)", max_length=200, blank=True)
    deadline_kind = models.CharField("时限类型", max_length=20, blank=True, choices=[
        ("fixed", "固定时限"), ("recurring", "定期报送"), ("ongoing", "长期推进"), ("immediate", "立即办理"),
        ("unknown", "未识别")])
    report_day = models.PositiveSmallIntegerField("每期报送日", null=True, blank=True)
    investment_total = models.FloatField("总投资", null=True, blank=True)
    investment_planned = models.FloatField("计划投资", null=True, blank=True)
    investment_completed = models.FloatField("完成投资", null=True, blank=True)
    investment_unit = models.CharField("投资单位", max_length=10, blank=True)
    import_batch = models.ForeignKey("ImportBatch", null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="items", verbose_name="导入批次")
    import_row = models.PositiveIntegerField("导入行号", null=True, blank=True)
    import_sheet = models.PositiveSmallIntegerField("导入工作表", null=True, blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = verbose_name_plural = "督办事项"

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Milestone(models.Model):
    """A scheduled node: by `due`, progress should have reached `expected_progress` (序时进度)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="milestones")
    due = models.DateField("节点时间")
    expected_progress = models.FloatField("序时进度(%)")
    description = models.CharField("节点安排", max_length=300, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "节点"
        ordering = ["due", "id"]


class ProgressReport(models.Model):
    class State(models.TextChoices):
        SUBMITTED = "submitted", "待审核"
        ACCEPTED = "accepted", "已采纳"
        RETURNED = "returned", "已退回"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    progress = models.FloatField("完成率(%)")
    text = models.TextField("进展情况")
    problems = models.TextField("存在问题", blank=True)
    next_steps = models.TextField("下步计划", blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.SUBMITTED)
    submitted_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "进展报送"
        ordering = ["-submitted_at", "-id"]

    def __str__(self) -> str:
        return f"{self.item.code} 进展报送 #{self.pk}"


class Evidence(models.Model):
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to="supervision/evidence/%Y/%m/")
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = verbose_name_plural = "佐证材料"

    def __str__(self) -> str:
        return self.original_name


class ChangeRequest(models.Model):
    """延期 (extension) or 变更 (change) of an item, approved or rejected by a supervisor."""

    class Kind(models.TextChoices):
        EXTENSION = "extension", "延期"
        CHANGE = "change", "变更"

    class State(models.TextChoices):
        PENDING = "pending", "待审批"
        APPROVED = "approved", "已批准"
        REJECTED = "rejected", "已驳回"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="change_requests")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    new_deadline = models.DateField(null=True, blank=True)
    new_requirement = models.TextField(blank=True)
    reason = models.TextField()
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "延期/变更申请"

    def __str__(self) -> str:
        return f"{self.item.code} {self.get_kind_display()}申请"


class Reminder(models.Model):
    """A 催办 pushed to a unit about a late item; generated by `taizhang remind` or by a supervisor."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Unit, null=True, on_delete=models.PROTECT, related_name="reminders")
    colour = models.CharField(max_length=10)
    message = models.TextField()
    issued_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "催办"
        ordering = ["-issued_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["item", "issued_on"], name="one_reminder_per_item_day")]


class InspectionRound(models.Model):
    name = models.CharField("轮次名称", max_length=200)
    team = models.CharField("督查组", max_length=300)
    scope_units = models.ManyToManyField(Unit, related_name="inspection_rounds", verbose_name="督查范围")
    start = models.DateField("开始日期")
    end = models.DateField("结束日期")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "督查轮次"
        ordering = ["-start", "-id"]

    def __str__(self) -> str:
        return self.name


class Finding(models.Model):
    class Severity(models.TextChoices):
        MINOR = "minor", "一般"
        MAJOR = "major", "较重"
        SEVERE = "severe", "严重"

    class State(models.TextChoices):
        OPEN = "open", "待整改"
        NOTIFIED = "notified", "已通报"
        RECTIFIED = "rectified", "已整改待复核"
        CLOSED = "closed", "已销号"
        REOPENED = "reopened", "复核未通过"

    round = models.ForeignKey(InspectionRound, on_delete=models.CASCADE, related_name="findings")
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="findings")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="findings")
    description = models.TextField("问题描述")
    severity = models.CharField("严重程度", max_length=10, choices=Severity.choices, default=Severity.MINOR)
    due = models.DateField("整改时限")
    state = models.CharField(max_length=20, choices=State.choices, default=State.OPEN)
    found_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    found_at = models.DateTimeField(auto_now_add=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    rectification = models.TextField("整改情况", blank=True)
    rectified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    rectified_at = models.DateTimeField(null=True, blank=True)
    verification = models.TextField("复核意见", blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "督查问题"
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return f"{self.unit}:{self.description[:30]}"


class AuditEntry(models.Model):
    """One change to one record: who, when, what it was before and after (JSON snapshots)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.CASCADE, related_name="history")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=50)
    note = models.TextField(blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "变更记录"
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]


class Proposal(models.Model):
    """A change to an item read from a later document (proposals.py): an actual against the item's goal, or a
    project's new stage and completed investment.  Nothing changes on the item until a supervisor accepts it."""

    class Kind(models.TextChoices):
        ACTUAL = "actual", "实绩"
        STAGE = "stage", "项目进度"

    class State(models.TextChoices):
        PENDING = "pending", "待确认"
        ACCEPTED = "accepted", "已采纳"
        REJECTED = "rejected", "已驳回"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="proposals", verbose_name="督办事项")
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    state = models.CharField("状态", max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    # the ledger row it comes from (a Fact or a ProjectMention), as for Item.source
    source_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    source_id = models.CharField(max_length=64, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    document_id = models.IntegerField("文件", null=True, blank=True)
    document_title = models.CharField("来源文件", max_length=500, blank=True)
    published = models.CharField("发布日期", max_length=32, blank=True)
    evidence = models.TextField("原文", blank=True)
    period = models.CharField("时期", max_length=32, blank=True)
    value = models.FloatField("实绩", null=True, blank=True)
    unit = models.CharField("单位", max_length=20, blank=True)
    target_value = models.FloatField("目标值", null=True, blank=True)
    target_unit = models.CharField("目标单位", max_length=20, blank=True)
    gap = models.FloatField("差距", null=True, blank=True)
    completion = models.FloatField("完成度(%)", null=True, blank=True)
    stage = models.CharField("项目阶段", max_length=20, blank=True)
    previous_stage = models.CharField("原阶段", max_length=20, blank=True)
    investment_completed = models.FloatField("已完成投资(亿元)", null=True, blank=True)
    investment_planned = models.FloatField("计划投资(亿元)", null=True, blank=True)
    progress = models.FloatField("建议完成率(%)", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField("处理意见", blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = verbose_name_plural = "进展建议"
        constraints = [models.UniqueConstraint(fields=["item", "source_type", "source_id"],
                                               name="one_proposal_per_item_source")]

    def __str__(self) -> str:
        return f"{self.item.code} {self.get_kind_display()}建议"


class ImportLayout(models.Model):
    """One office's sheet layout (its headers in order) and the column → field mapping a supervisor confirmed.

    The next sheet with the same headers is mapped the same way without asking again (importer/mapping.py)."""

    signature = models.CharField("表头签名", max_length=64, unique=True)
    name = models.CharField("台账名称", max_length=200, blank=True)
    headers = models.JSONField("表头", default=list)
    mapping = models.JSONField("列对应", default=dict)      # header → field name ("extra" keeps it as an attribute)
    key_field = models.CharField("匹配依据", max_length=30, blank=True)  # "" (always new) | "code" | "title"
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "台账格式"

    def __str__(self) -> str:
        return self.name or self.signature[:12]


class ImportBatch(models.Model):
    """One import of one workbook: who, when, which layout, and the columns of each sheet so the 台账 can be
    exported back in the office's own layout."""

    class State(models.TextChoices):
        PREVIEW = "preview", "待确认"
        APPLIED = "applied", "已导入"

    layout = models.ForeignKey(ImportLayout, null=True, blank=True, on_delete=models.SET_NULL, related_name="batches",
                               verbose_name="台账格式")
    file_name = models.CharField("文件名", max_length=255)
    title = models.CharField("表格标题", max_length=300, blank=True)
    sheets = models.JSONField("工作表", default=list)   # [{"name", "title", "header_rows", "columns": [[header, field]]}]
    state = models.CharField("状态", max_length=10, choices=State.choices, default=State.PREVIEW)
    created = models.PositiveIntegerField("新增", default=0)
    updated = models.PositiveIntegerField("更新", default=0)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = verbose_name_plural = "导入批次"

    def __str__(self) -> str:
        from taizhang.labels import datetime_label  # local Chinese time, not UTC digits
        return f"{self.file_name}({datetime_label(self.created_at)})" if self.created_at else self.file_name


class LoginFailure(models.Model):
    """Failed logins per username+IP, read by the throttling backend."""

    username = models.CharField(max_length=150)
    ip = models.CharField(max_length=64)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "登录失败记录"
        indexes = [models.Index(fields=["username", "ip", "at"])]
