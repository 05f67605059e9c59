"""A document's page reads its facts, project mentions and tasks once, as tuples, and takes its figures (目标, 实绩,
项目, 任务, 已审核 / 待审核) from the same rows: held equal to the per-object spans and the counting queries it
replaces, rejected, corrected and unreviewed rows of every kind among them.  Its web page's readable view is kept
for the next view of it."""
from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from taizhang import labels
from taizhang.ledger import highlight, readable, review
from taizhang.ledger.models import Document, Fact, ProjectMention, ReviewState, Task
from taizhang.ledger.views import document_spans


def reference_spans(doc: Document) -> list[highlight.Span]:
    """The former ``document_spans``: a model object per fact, mention and task, rejected ones left out by the query."""
    spans: list[highlight.Span] = []
    for n in doc.noise or []:
        spans.append(highlight.Span(n["start"], n["end"], "noise",
                                    title=f"噪声：{labels.label(n.get('reason', ''), 'noise')}"))
    for f in doc.facts.exclude(review_state=ReviewState.REJECTED):
        label = (f"{f.get_kind_display()}：{f.indicator_name} {labels.comparator_value(f.comparator, f.value, f.unit)} "
                 f"{labels.period_label(f.period, f.kind)}").strip()
        spans.append(highlight.Span(f.estart, f.eend, "evidence", href=f"/facts/{f.pk}/", title=label))
        spans.append(highlight.Span(f.vstart, f.vend, f.kind, href=f"/facts/{f.pk}/", title=label))
    for m in doc.project_mentions.exclude(review_state=ReviewState.REJECTED):
        spans.append(highlight.Span(m.start, m.end, "project", href=f"/projects/{m.project_id}/",
                                    title=f"项目：{m.get_stage_display()}"))
    for t in doc.tasks.exclude(review_state=ReviewState.REJECTED):
        eol = doc.text.find("\n", t.start, t.end)
        end = min(eol if eol > t.start else t.end, t.start + 200)
        spans.append(highlight.Span(t.start, end, "task", href=f"/tasks/{t.pk}/", title="任务"))
    return spans


def _key(s: highlight.Span):
    return s.start, s.end, s.kind, s.href, s.title


def _mixed_states(doc: Document) -> None:
    """Rows of every kind in every review state (the page leaves rejected ones out of its text, not its counts)."""
    states = [ReviewState.REJECTED, ReviewState.ACCEPTED, ReviewState.CORRECTED, ReviewState.UNREVIEWED]
    for model in (Fact, ProjectMention, Task):
        for i, pk in enumerate(model.objects.filter(document=doc).order_by("id").values_list("id", flat=True)):
            model.objects.filter(pk=pk).update(review_state=states[i % len(states)])


@pytest.mark.django_db
def test_document_spans_and_figures_equal_the_queries_they_replace(client_in, ledger):
    for res in ledger.values():
        doc = res.document
        _mixed_states(doc)
        doc = Document.objects.get(pk=doc.pk)
        assert sorted(map(_key, document_spans(doc))) == sorted(map(_key, reference_spans(doc)))
        r = client_in.get(f"/documents/{doc.pk}/")
        assert r.context["n"]["target"] == doc.facts.filter(kind="target").count()
        assert r.context["n"]["actual"] == doc.facts.filter(kind="actual").count()
        assert r.context["n"]["project"] == doc.project_mentions.count()
        assert r.context["n"]["task"] == doc.tasks.count()
        c = review.counts_by_document(Document.objects.filter(pk=doc.pk))[0]
        assert (r.context["counts"]["reviewed"], r.context["counts"]["unreviewed"]) == (c["reviewed"], c["unreviewed"])
    assert any(Fact.objects.filter(review_state=ReviewState.REJECTED))  # the rejected rows were there to leave out


@pytest.mark.django_db
def test_document_page_reads_its_rows_once(client_in, ledger):
    """One query each for facts, mentions and tasks, none more to count them (eight counting queries before)."""
    doc = ledger["r23"].document
    client_in.get(f"/documents/{doc.pk}/")
    with CaptureQueriesContext(connection) as ctx:
        client_in.get(f"/documents/{doc.pk}/")
    sql = [q["sql"] for q in ctx.captured_queries]
    assert not [s for s in sql if "COUNT(" in s.upper()]
    for table in ("ledger_fact", "ledger_projectmention", "ledger_task"):
        assert len([s for s in sql if f'FROM "{table}"' in s]) == 1, table


def test_a_web_page_is_cleaned_once_for_its_views(monkeypatch):
    from taizhang.extract import cleaner
    page = "<html><body><p>某县2031年<b>新建</b>学校3所。</p><div>目标：增长6%</div></body></html>"
    calls = []
    clean = cleaner.clean
    monkeypatch.setattr(cleaner, "clean", lambda *a, **k: calls.append(a) or clean(*a, **k))
    first = readable.readable(page, "html")
    assert readable.readable(page, "html") is first and len(calls) == 1
    other = readable.readable(page.replace("3所", "4所"), "html")  # another text is cleaned for itself
    assert len(calls) == 2 and "4所" in other.text and "3所" in first.text
