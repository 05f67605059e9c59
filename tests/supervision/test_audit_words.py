"""The audit trail in words for every record that can appear in it: each model of supervision and of the ledger
has a Chinese name, each field of an audited record a Chinese label, and a proposal's codes (stages, periods)
read as words."""
from __future__ import annotations

import re

import pytest
from django.apps import apps

from taizhang.supervision import audit

from . import ledgerrows as rows

# the records services.py and proposals.py write audit entries for
AUDITED = ("item", "progressreport", "changerequest", "reminder", "inspectionround", "finding", "proposal")


@pytest.mark.parametrize("app", ["supervision", "ledger"])
def test_every_model_has_a_chinese_name(app):
    for model in apps.get_app_config(app).get_models():
        label = audit.object_label(model, "7")
        assert label.endswith(" #7") and not label.startswith("记录") and not re.search(r"[A-Za-z]", label), model


def test_every_field_of_an_audited_record_has_a_chinese_label():
    for name in AUDITED:
        model = apps.get_model("supervision", name)
        for f in model._meta.concrete_fields:
            if f.name in audit.SKIP:
                continue
            label = audit.field_label(model, f.attname)
            assert label != "其他" and not re.search(r"[A-Za-z]", label), (name, f.attname, label)


@pytest.fixture
def proposal(supervisor):
    from taizhang.ledger.models import Project
    from taizhang.supervision import proposals
    sup = supervisor
    rows.assigned_plan(sup)
    text = "岚溪县前三季度项目进展\n桃坑水库主体工程已开工建设，完成投资1.2亿元。\n"
    later = rows.document("q3-projects.txt", text, "2026-10-20", doc_type="news")
    rows.mention(later, Project.objects.get(name="桃坑水库"), "桃坑水库", "under_construction", completed=1.2)
    made = proposals.propose_for_document(later)
    assert made
    return sup, made[0]


def test_a_proposal_in_the_trail_reads_in_words(proposal):
    from taizhang.supervision import proposals
    from taizhang.supervision.models import AuditEntry
    sup, p = proposal
    created = audit.record(p, sup, "proposal:create", None)   # the whole record, as a creation shows it
    row = audit.describe(created)
    assert row["object"] == f"进展建议 #{p.pk}" and row["action"] == "新建进展建议"
    changes = {field: after for field, _, after in row["changes"]}
    assert changes["项目阶段"] == "在建" and changes["原阶段"] == "计划" and changes["文件"] == p.document_id
    assert changes["状态"] == "待确认" and changes["类型"] == "项目进度"
    for field, _, after in row["changes"]:
        assert field != "其他" and not re.fullmatch(r"[a-z_]+", str(after)), (field, after)
    proposals.decide(sup, p.pk, accept=True)
    entry = AuditEntry.objects.filter(action="proposal:accept").get()
    row = audit.describe(entry)
    assert row["object"] == f"进展建议 #{p.pk}" and row["action"] == "采纳进展建议"
    assert ("状态", "待确认", "已采纳") in row["changes"]


def test_a_period_of_a_proposal_reads_in_words():
    from taizhang.supervision.models import Proposal
    assert audit.readable_value(Proposal, "period", "2026-M01..M09") == "2026年1—9月"
    assert audit.readable_value(Proposal, "stage", "operating") == "投产"
