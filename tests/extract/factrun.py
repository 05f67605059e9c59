"""Running the facts stage on a test's own sentence, shared by the extract tests."""
from __future__ import annotations

import sys

from taizhang.extract import facts, projects
from taizhang.extract.doc import Doc, DocumentRecord
from taizhang.extract.pipeline import extract_text


def run_facts(text: str, published: str, regions: tuple[str, ...], edits=None):
    """The facts stage alone, with the document's date and regions given (no context resolution)."""
    doc = Doc("t.txt", text, list(edits or []))
    rec = DocumentRecord(doc="t.txt", published=published, regions=list(regions))
    return facts.extract(doc, rec)


def project_mentions(text: str, doc_type: str = "news"):
    """The projects stage alone on a test's text, by mention (no title, no regions given)."""
    doc = Doc("t.txt", text)
    record = DocumentRecord(doc="t.txt", title="", doc_type=doc_type, regions=[])
    return {p.mention: p for p in projects.extract(doc, record)}


def facts_of(text: str):
    """The whole pipeline's facts, the document's date and place read from the text."""
    return extract_text(text, "t.txt").facts


def context_of(text: str):
    """The whole pipeline on a test's text: the document context it resolved, and the extraction."""
    ex = extract_text(text, "t.txt")
    return ex.doc.context, ex


def one(fs, value, unit=None):
    """The one fact of ``value`` (and ``unit``, the unit the value is in: written after it or stated by its table's
    header); fails, listing what was found, when there are none or several."""
    hits = [f for f in fs if f.value == value and (unit is None or f.value_unit == unit)]
    assert len(hits) == 1, [(f.value, f.unit) for f in fs]
    return hits[0]



def periods_of(text: str, values) -> dict:
    """The period of the one fact of each value, the whole pipeline run on ``text``."""
    fs = facts_of(text)
    return {v: one(fs, v).period for v in values}


def lines_run(codes, thunk):
    """(thunk's result, how many lines of the functions whose code is in ``codes`` ran): the Python steps a reader
    takes, counted without a clock.  ``codes`` is a set of code objects or a test of a code object."""
    count = [0]
    counted = codes if callable(codes) else codes.__contains__

    def local(frame, event, arg):
        if event == "line":
            count[0] += 1
        return local

    def tracer(frame, event, arg):
        return local if counted(frame.f_code) else None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        got = thunk()
    finally:
        sys.settrace(old)
    return got, count[0]
