"""The ledger's data model: documents as read, what was extracted from them, and the reviewed ledger.

Every extracted row keeps its document and character offsets into ``Document.text`` (the text as read),
and its machine values in ``extracted`` (JSON) beside the reviewed fields, so a correction never loses
what the extractor said.  Links made by the machine (actual → target, restatement, project mention →
project) carry ``origin`` and ``state`` so a reviewer can confirm, change or break them.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models


class ReviewState(models.TextChoices):
    UNREVIEWED = "unreviewed", "待审核"
    ACCEPTED = "accepted", "已确认"
    CORRECTED = "corrected", "已更正"
    REJECTED = "rejected", "已驳回"


class LinkOrigin(models.TextChoices):
    MACHINE = "machine", "机器关联"
    REVIEWER = "reviewer", "人工关联"


class LinkState(models.TextChoices):
    PROPOSED = "proposed", "待确认"
    CONFIRMED = "confirmed", "已确认"
    BROKEN = "broken", "已解除"


class Reviewable(models.Model):
    """Machine values in ``extracted``; the row's own fields are the reviewed (current) values."""

    extracted = models.JSONField(default=dict, blank=True)
    review_state = models.CharField(max_length=12, choices=ReviewState.choices, default=ReviewState.UNREVIEWED,
                                    db_index=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.CharField(max_length=500, blank=True)

    class Meta:
        abstract = True


class Region(models.Model):
    """A division from the gazetteer (province, prefecture, county), created on demand when first used."""

    code = models.CharField(max_length=12, unique=True)
    name = models.CharField(max_length=64, db_index=True)
    short = models.CharField(max_length=64, blank=True)
    level = models.PositiveSmallIntegerField()  # 1 province, 2 prefecture, 3 county
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")

    class Meta:
        verbose_name = verbose_name_plural = "行政区划"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    name = models.CharField("文件名", max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    text = models.TextField("正文")
    title = models.CharField("标题", max_length=500, blank=True)
    published = models.CharField("发布日期", max_length=32, blank=True, db_index=True)
    source = models.CharField("来源", max_length=255, blank=True)
    doc_type = models.CharField("类型", max_length=64, blank=True, db_index=True)
    format = models.CharField(max_length=16, default="txt")
    encoding = models.CharField(max_length=32, default="utf-8")
    chars = models.PositiveIntegerField(default=0)
    regions = models.JSONField(default=list, blank=True)
    noise = models.JSONField(default=list, blank=True)  # [{start, end, reason}]
    people = models.JSONField(default=list, blank=True)
    record = models.JSONField(default=dict, blank=True)  # the machine's document record (minus bulky lists)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "文件"
        ordering = ["-published", "-id"]
        indexes = [models.Index(fields=["published", "id"], name="doc_published_id")]

    def __str__(self) -> str:
        return self.title or self.name

    @property
    def year(self) -> int | None:
        p = self.published[:4]
        return int(p) if p.isdigit() else None


class Section(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    order = models.PositiveIntegerField(default=0)
    level = models.PositiveSmallIntegerField(default=1)
    label = models.CharField(max_length=32, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    kind = models.CharField(max_length=16, blank=True)
    start = models.PositiveIntegerField()
    end = models.IntegerField(default=-1)

    class Meta:
        verbose_name = verbose_name_plural = "章节"
        ordering = ["document", "order"]

    def __str__(self) -> str:
        return f"{self.label}{self.title}"


class Indicator(models.Model):
    """A canonical indicator name with its synonyms (地区生产总值 / GDP / 生产总值) and usual unit."""

    name = models.CharField("指标", max_length=100, unique=True)
    synonyms = models.JSONField(default=list, blank=True)
    unit = models.CharField(max_length=20, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "指标"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Fact(Reviewable):
    class Kind(models.TextChoices):
        TARGET = "target", "目标"
        ACTUAL = "actual", "实绩"

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="facts")
    vstart = models.PositiveIntegerField()
    vend = models.PositiveIntegerField()
    estart = models.PositiveIntegerField()
    eend = models.PositiveIntegerField()
    evidence = models.TextField()
    value = models.FloatField()
    unit = models.CharField(max_length=20, blank=True)
    kind = models.CharField(max_length=8, choices=Kind.choices)
    measure = models.CharField(max_length=8)
    comparator = models.CharField(max_length=2, default="=")
    period = models.CharField(max_length=32, blank=True)
    subject = models.CharField(max_length=100, blank=True)
    indicator_name = models.CharField(max_length=200, blank=True)
    indicator = models.ForeignKey(Indicator, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="facts")
    estimated = models.BooleanField(default=False)
    flags = models.JSONField(default=list, blank=True)  # lowered, deadline_moved
    flagged = models.BooleanField(default=False)  # bool(flags), indexed for the dashboard and the filter
    search = models.TextField(blank=True)  # evidence + names, for substring search

    class Meta:
        verbose_name = verbose_name_plural = "量化表述"
        indexes = [
            # the lists' default order (newest first), covering the facet columns: a list's facet counts read
            # its newest rows from the index alone (on PostgreSQL; SQLite has no INCLUDE)
            models.Index(fields=["kind", "-id"], name="fact_kind_id_cov",
                         include=["region", "indicator", "period", "measure", "review_state", "document"]),
            models.Index(fields=["kind", "indicator", "-id"], name="fact_kind_ind_cov",
                         include=["region", "period", "measure", "review_state", "document"]),
            models.Index(fields=["kind", "region", "-id"], name="fact_kind_region_cov",
                         include=["indicator", "period", "measure", "review_state", "document"]),
            models.Index(fields=["kind", "period"], name="fact_kind_period"),
            models.Index(fields=["kind", "review_state"], name="fact_kind_review"),
            models.Index(fields=["kind", "measure"], name="fact_kind_measure"),
            models.Index(fields=["kind", "flagged"], name="fact_kind_flagged"),
            # covering index for facet counts under other facets' filters (no table look-ups)
            models.Index(fields=["kind", "measure", "review_state", "region", "indicator", "period", "document"],
                         name="fact_facets"),
            models.Index(fields=["kind", "document"], name="fact_kind_doc"),
            # the lists' other sorts (value, period, indicator; newest first on ties) read in index order, so a
            # page is LIMIT 50 off an index, not a sort of every target
            models.Index(fields=["kind", "-value", "-id"], name="fact_kind_value"),
            models.Index(fields=["kind", "-period", "-id"], name="fact_kind_period_id"),
            models.Index(fields=["kind", "indicator_name", "-id"], name="fact_kind_indname"),
            models.Index(fields=["document", "vstart"], name="fact_doc_pos"),
            models.Index(fields=["indicator", "subject", "kind"], name="fact_link_key"),
            # an indicator's page: its measures' subjects, one subject's series and the latest actual per subject
            # in index order, and its facts newest document first (document joined by id), without the table
            models.Index(fields=["indicator", "measure", "subject", "kind", "period", "id"], name="fact_ind_series",
                         include=["review_state", "value", "unit", "document"]),
            # an indicator's facts of one document: its page walks the documents newest first and reads each one's
            # facts of the indicator from here (the facts' document index would read every fact of the document)
            models.Index(fields=["indicator", "document", "id"], name="fact_ind_doc"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_name} {self.value:g}{self.unit}"

    @property
    def display_value(self) -> str:
        return f"{self.value:g}{self.unit}"


class FactCount(models.Model):
    """How many facts there are per (indicator, kind, measure, review state): the ledger's counts without
    counting a million facts per page view (the indicators list, an indicator's measures, the dashboard's tallies
    and top indicators).  A few rows per indicator; per region they would be fifty times as many for no page.

    Kept by database triggers on ``ledger_fact`` (migration 0005), so every write path keeps it exact in the
    same transaction: ingest, bulk ingest's COPY, review edits, indicator merges, deleted documents and the
    admin.  A fact without indicator counts under 0 (never a real id: ``indicator`` is a key without database
    constraint for that reason); a row that falls to 0 stays, readers count ``n > 0``.
    The counts are the whole ledger's: a user who reads only some documents is counted live (few facts).
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.DO_NOTHING, db_constraint=False, default=0,
                                  related_name="fact_counts")
    kind = models.CharField(max_length=8)
    measure = models.CharField(max_length=8)
    review_state = models.CharField(max_length=12)
    n = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = verbose_name_plural = "量化表述计数"
        constraints = [models.UniqueConstraint(fields=["indicator", "kind", "measure", "review_state"],
                                               name="factcount_key")]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.kind}/{self.measure}/{self.review_state}: {self.n}"


class FactSubject(models.Model):
    """An indicator's subjects per measure, kept: how many facts each has (not rejected, subject named), and its
    latest and first actual by (period, id), for an indicator's page (its subjects by frequency, the ranking of
    each subject's latest actual) without grouping tens of thousands of index rows per view.

    Kept by database triggers on ``ledger_fact`` (migration 0010) like ``FactCount``: on PostgreSQL an insert of
    a batch is one grouped upsert over the statement's transition table; a delete or an update subtracts and
    reads the key's latest and first actual again from the facts' series index when the row was one of them.
    A row that falls to 0 stays (readers read ``n > 0``).  The whole ledger's: a user who reads only some
    documents is counted live."""

    indicator = models.ForeignKey(Indicator, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                                  related_name="subject_counts")  # the key's index leads with it
    measure = models.CharField(max_length=8)
    subject = models.CharField(max_length=100)
    n = models.BigIntegerField(default=0)
    last_period = models.CharField(max_length=32, null=True)
    last_id = models.BigIntegerField(null=True)
    last_value = models.FloatField(null=True)
    last_unit = models.CharField(max_length=20, null=True)
    first_period = models.CharField(max_length=32, null=True)
    first_id = models.BigIntegerField(null=True)

    class Meta:
        verbose_name = verbose_name_plural = "指标主体计数"
        constraints = [models.UniqueConstraint(fields=["indicator", "measure", "subject"], name="factsubject_key")]

    def __str__(self) -> str:
        return f"{self.indicator_id}/{self.measure}/{self.subject}: {self.n}"


class Tally(models.Model):
    """How many rows the ledger's other tables hold per value of one column, for the home page and the overview
    (documents; tasks and project mentions per review state; projects per stage; links per state; flagged facts
    per kind) without counting hundreds of thousands of rows per page view.

    Kept by database triggers (migration 0007) like ``FactCount``, so every write path keeps it exact in the same
    transaction.  Each (counted, value) is spread over ``SLOTS`` rows chosen by the writing session (its server
    process id on PostgreSQL; 0 on SQLite, which has one writer), so two processes loading at once do not wait for
    each other's commit on one counter row; readers add the slots up (``tallies``).  The counts are the whole
    ledger's: a user who reads only some documents is counted live.
    """

    SLOTS = 16
    counted = models.CharField(max_length=16)  # document, task, mention, project, link, flagged
    value = models.CharField(max_length=20, blank=True)  # the counted column's value ("" for documents)
    slot = models.SmallIntegerField(default=0)
    n = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = verbose_name_plural = "台账计数"
        constraints = [models.UniqueConstraint(fields=["counted", "value", "slot"], name="tally_key")]

    def __str__(self) -> str:
        return f"{self.counted}/{self.value}/{self.slot}: {self.n}"


class FactLink(models.Model):
    """target → a later actual for the same indicator and subject, or target → its restatement."""

    class Relation(models.TextChoices):
        ACTUAL = "actual", "实绩"
        RESTATEMENT = "restatement", "重申"

    target = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="links_out")
    other = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="links_in")
    relation = models.CharField(max_length=12, choices=Relation.choices)
    origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.MACHINE)
    state = models.CharField(max_length=10, choices=LinkState.choices, default=LinkState.PROPOSED, db_index=True)
    gap = models.FloatField(null=True, blank=True)  # other.value - target.value in the target's unit
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "关联"
        constraints = [models.UniqueConstraint(fields=["target", "other"], name="factlink_unique")]

    def __str__(self) -> str:
        return f"{self.get_relation_display()}关联 #{self.pk}"


class Project(Reviewable):
    class Stage(models.TextChoices):
        PROPOSED = "proposed", "谋划"
        PLANNED = "planned", "新引进/计划"
        UNDER_CONSTRUCTION = "under_construction", "在建/开工"
        COMPLETED = "completed", "竣工"
        OPERATING = "operating", "投产"
        UNKNOWN = "unknown", "未知"

    name = models.CharField("项目", max_length=200, unique=True)
    category = models.CharField(max_length=100, blank=True)
    location = models.CharField(max_length=100, blank=True)
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="projects")
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.UNKNOWN, db_index=True)
    investment_planned = models.FloatField(null=True, blank=True)  # 亿元
    investment_completed = models.FloatField(null=True, blank=True)  # 亿元
    first_seen = models.CharField(max_length=32, blank=True)
    last_seen = models.CharField(max_length=32, blank=True)
    mention_count = models.PositiveIntegerField(default=0)
    flags = models.JSONField(default=list, blank=True)  # not_mentioned
    flagged = models.BooleanField(default=False, db_index=True)
    search = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "项目"
        indexes = [models.Index(fields=["stage", "-id"], name="project_stage_id"),
                   models.Index(fields=["region", "-id"], name="project_region_id")]

    def __str__(self) -> str:
        return self.name


class ProjectTotal(models.Model):
    """Projects per (region, stage), rejected ones left out: how many, and the sums of their planned and completed
    investment with how many values each sum holds (a sum of none is shown as none), for the pipeline page
    without reading every project per view.  Kept by database triggers on ``ledger_project`` (migration 0010) like
    ``FactCount``; a project without region counts under region 0.  The whole ledger's: a unit's reader and a
    region's page are counted live."""

    region = models.ForeignKey(Region, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, default=0,
                               related_name="+")  # the key's index leads with it
    stage = models.CharField(max_length=20)
    n = models.BigIntegerField(default=0)
    planned = models.FloatField(default=0)
    planned_n = models.BigIntegerField(default=0)
    completed = models.FloatField(default=0)
    completed_n = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = verbose_name_plural = "项目合计"
        constraints = [models.UniqueConstraint(fields=["region", "stage"], name="projecttotal_key")]

    def __str__(self) -> str:
        return f"{self.region_id}/{self.stage}: {self.n}"


class ProjectMention(Reviewable):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="mentions")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="project_mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    mention = models.CharField(max_length=300)
    stage = models.CharField(max_length=20, choices=Project.Stage.choices, default=Project.Stage.UNKNOWN)
    location = models.CharField(max_length=100, blank=True)
    investment_planned = models.FloatField(null=True, blank=True)  # 亿元
    investment_completed = models.FloatField(null=True, blank=True)  # 亿元
    evidence = models.TextField(blank=True)
    estart = models.PositiveIntegerField(default=0)
    eend = models.PositiveIntegerField(default=0)
    link_origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.MACHINE)
    link_state = models.CharField(max_length=10, choices=LinkState.choices, default=LinkState.PROPOSED)

    class Meta:
        verbose_name = verbose_name_plural = "项目提及"
        ordering = ["document__published", "document_id", "start"]
        indexes = [models.Index(fields=["document", "start"], name="pm_doc_pos")]

    def __str__(self) -> str:
        return self.mention


class Task(Reviewable):
    """An action commitment from an outline item, enumeration or bullet."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="tasks")
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    title = models.CharField("任务", max_length=1000)
    text = models.TextField(blank=True)
    kind = models.CharField(max_length=16, blank=True, db_index=True)  # item | enumeration | bullet
    deadline = models.CharField("完成时限", max_length=32, blank=True)  # normalised: ..2025-M06, ongoing
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks")
    search = models.TextField(blank=True)
    # Who answers for the task and by when, as the text states them (see taizhang.extract.tasks):
    # unit names as written, matched to the unit tree only when an item is made from the task.
    lead_units = models.JSONField("牵头单位", default=list, blank=True)
    co_units = models.JSONField("配合单位", default=list, blank=True)
    leader = models.CharField("责任领导", max_length=100, blank=True)
    deadline_text = models.CharField("完成时限（原文）", max_length=100, blank=True)
    due = models.DateField("截止日期", null=True, blank=True)
    outline = models.JSONField(default=list, blank=True)  # enclosing sections: [{label, title, level, start, end}]

    class Meta:
        verbose_name = verbose_name_plural = "任务"
        indexes = [models.Index(fields=["document", "start"], name="task_doc_pos"),
                   # the list's order (newest first) and its region filter, covering the facet columns: the facet
                   # counts read the newest tasks from the index alone (on PostgreSQL; SQLite has no INCLUDE)
                   models.Index(fields=["-id"], name="task_id_cov", include=["region", "kind", "review_state",
                                                                              "document"]),
                   models.Index(fields=["region", "-id"], name="task_region_cov",
                                include=["kind", "review_state", "document"])]

    def __str__(self) -> str:
        return self.title[:60]


class GlossaryTerm(Reviewable):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="glossary")
    term = models.CharField("名词", max_length=200)
    definition = models.TextField("解释")
    start = models.IntegerField(default=-1)
    end = models.IntegerField(default=-1)

    class Meta:
        verbose_name = verbose_name_plural = "名词解释"
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term


class IngestBatch(models.Model):
    """One upload or CLI run: its files, each with a status and a reason when it failed."""

    created = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    finished = models.BooleanField(default=False)

    class Meta:
        verbose_name = verbose_name_plural = "入库批次"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"入库批次 #{self.pk}"


class IngestItem(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "等待"
        STORED = "stored", "已入库"
        DUPLICATE = "duplicate", "重复"
        FAILED = "failed", "失败"

    batch = models.ForeignKey(IngestBatch, on_delete=models.CASCADE, related_name="items")
    name = models.CharField(max_length=255)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    message = models.CharField(max_length=1000, blank=True)
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = verbose_name_plural = "入库文件"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class SearchGram(models.Model):
    """Character-bigram postings for substring search that finds two-character words (整改, 高铁).

    One row per distinct bigram of an item's search text; a query term's bigrams narrow the candidates
    through the (gram, kind, item_id) index and a LIKE on the few candidates confirms the whole term.
    Works the same on SQLite and PostgreSQL (FTS5's trigram tokenizer and pg_trgm miss 2-character words).
    ``gram`` is the bigram's integer code, its two code points in one number (``searchindex.code``): a bulk load
    writes tens of millions of postings, and an index of integers builds in half the time of one of strings.
    The primary key is the posting itself, (kind, item_id, gram): no id column to draw and index (migration 0009).
    """

    FACT, TASK, PROJECT = 1, 2, 3
    pk = models.CompositePrimaryKey("kind", "item_id", "gram")
    kind = models.PositiveSmallIntegerField()
    item_id = models.BigIntegerField()
    gram = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["gram", "kind", "item_id"], name="gram_lookup")]
