"""The learned kind stage: trained on annotated pages, it revises a fact's kind only where its model is sure.

Pages here are invented (岚溪县, 青岩镇, made-up figures); the toy corpus follows the gold format."""
import json

import pytest

from taizhang.extract import pipeline
from taizhang.extract.learned import kind, train

PLACE = "岚溪县"


def _toy_page(n: int) -> tuple[str, list[dict]]:
    """A page whose 登记 counts the toy gold calls targets (an invented convention no rule knows) and whose
    公园 counts it calls actuals."""
    a, b = 11 + n, 31 + n
    text = f"{PLACE}2031年第{n}期工作简报\n全县登记企业{a}家,新建公园{b}个。\n"
    golds = []
    for value, unit, ind, k in ((a, "家", "登记企业", "target"), (b, "个", "新建公园", "actual")):
        s = text.index(f"{value}{unit}")
        golds.append({"doc": f"p{n}.txt", "vstart": s, "vend": s + len(str(value)), "value": value, "unit": unit,
                      "kind": k, "measure": "count", "comparator": "=", "period": "2031", "subject": PLACE,
                      "indicator": ind, "estimated": False, "evidence": text, "estart": 0, "eend": len(text)})
    return text, golds


def _toy_corpus(root, pages):
    (root / "docs").mkdir(parents=True)
    (root / "gold" / "facts").mkdir(parents=True)
    for n in pages:
        text, golds = _toy_page(n)
        (root / "docs" / f"p{n}.txt").write_text(text, encoding="utf-8")
        with open(root / "gold" / "facts" / f"p{n}.jsonl", "w", encoding="utf-8") as fh:
            for g in golds:
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return root


def test_the_trainer_learns_a_toy_corpus_and_reads_a_held_out_sentence(tmp_path):
    pytest.importorskip("sklearn")
    a = _toy_corpus(tmp_path / "setA", range(1, 5))
    b = _toy_corpus(tmp_path / "setB", range(5, 9))
    out = tmp_path / "kind.json"
    assert train.main(["kind", str(a), str(b), "--out", str(out), "--margin", "0", "--c", "10"]) == 0
    model = kind.load(out)
    assert model.kind is not None and model.measure is None
    ex = pipeline.extract_text(f"{PLACE}2031年第9期工作简报\n全县登记企业57家,新建公园66个。\n", strict=True)
    before = {f.value: f.kind for f in ex.facts}
    assert set(before) >= {57, 66}
    kind.revise(ex.doc, ex.record, ex.facts, model)
    after = {f.value: f.kind for f in ex.facts}
    assert after[57] == "target" and after[66] == "actual"


def _sure_of(cls: str, p: float) -> kind.Linear:
    """A model that gives ``cls`` the probability ``p`` on every fact (one weight, on the bias feature)."""
    import math
    w = math.log(p / (1 - p))
    return kind.Linear(kind.KINDS, {"bias": [w if c == cls else 0.0 for c in kind.KINDS]}, margin=0.5)


def test_the_rules_reading_stays_where_the_model_is_unsure():
    model = _sure_of("target", 0.7)  # beats actual by 0.4: under the margin
    assert model.revise(["bias"], "actual") == "actual"
    model = _sure_of("target", 0.9)  # beats it by 0.8
    assert model.revise(["bias"], "actual") == "target"
    assert model.revise(["bias"], "target") == "target"
    assert model.revise(["bias"], "other") == "other"  # a class it does not know is left alone


def test_a_sure_model_revises_the_facts_of_a_page_and_an_unsure_one_does_not():
    text = f"{PLACE}城乡建设简讯\n全县新建公园12个,完成投资8.5亿元。\n"
    ex = pipeline.extract_text(text, strict=True)
    kinds = [f.kind for f in ex.facts]
    assert kinds and set(kinds) == {"actual"}
    assert kind.revise(ex.doc, ex.record, ex.facts, kind.Model(kind=_sure_of("target", 0.7))) == 0
    assert [f.kind for f in ex.facts] == kinds
    assert kind.revise(ex.doc, ex.record, ex.facts, kind.Model(kind=_sure_of("target", 0.95))) == len(kinds)
    assert {f.kind for f in ex.facts} == {"target"}


def test_a_frame_of_the_rules_kind_and_a_run_of_months_keep_the_rules_reading():
    sure = kind.Model(kind=_sure_of("target", 0.99))
    # a report's review part (its heading frames it as actual): a plan's figure there is the base of what was done
    ex = pipeline.extract_text(f"{PLACE}2031年计划草案的报告\n一、2030年计划执行情况\n"
                               "全县计划安排项目90个,实际完成投资41亿元。\n", strict=True)
    assert {f.value: f.kind for f in ex.facts}[90] == "actual"
    kind.revise(ex.doc, ex.record, ex.facts, sure)
    assert {f.value: f.kind for f in ex.facts}[90] == "actual"
    # the plan of the months gone by
    ex = pipeline.extract_text(f"{PLACE}项目建设简讯\n1-8月计划开工33项,实际开工30项。\n", strict=True)
    got = {f.value: (f.kind, f.period) for f in ex.facts}
    assert got[33][0] == "actual" and "-M" in got[33][1]
    kind.revise(ex.doc, ex.record, ex.facts, sure)
    assert {f.value: f.kind for f in ex.facts}[33] == "actual"


def test_a_failure_inside_the_stage_is_recorded_not_swallowed(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("weights unreadable")

    monkeypatch.setattr(kind, "features", broken)
    ex = pipeline.extract_text(f"{PLACE}2031年工作报告\n2030年,全县新建公园12个。\n")
    assert [(e.stage, e.reason) for e in ex.errors] == [("learned-kind", "RuntimeError: weights unreadable")]
    assert [f.value for f in ex.facts] == [12]  # the rules' facts stay
    with pytest.raises(RuntimeError):
        pipeline.extract_text(f"{PLACE}2031年工作报告\n2030年,全县新建公园12个。\n", strict=True)


def test_the_shipped_model_loads_and_runs_on_an_invented_page():
    model = kind.shipped()
    assert model.kind is not None and 0 <= model.kind.margin < 1
    text = (f"{PLACE}人民政府工作报告\n一、2030年工作回顾\n2030年,全县地区生产总值增长6.1%,新建公园12个。\n"
            f"二、2031年工作安排\n2031年,力争地区生产总值增长6.5%左右,新建公园15个以上。\n")
    ex = pipeline.extract_text(text, strict=True)
    assert not ex.errors
    got = {f.value: f.kind for f in ex.facts}
    assert got[6.1] == "actual" and got[6.5] == "target"
    assert all(f.kind in kind.KINDS for f in ex.facts)


def test_features_hold_no_string_longer_than_four_characters_of_the_page():
    text = f"{PLACE}2031年工作报告\n2030年,全县新建城市公园和口袋公园合计12个。\n"
    ex = pipeline.extract_text(text, strict=True)
    f = ex.facts[0]
    feats = kind.features(ex.doc, ex.record, f, kind.neighbour_features(ex.facts)[0])
    page_grams = [x.split(":", 1)[1] for x in feats if x[:2] in ("l:", "s:", "r:", "t:") or x[:1] in "nmh"
                  and x[1:2].isdigit()]
    assert page_grams and max(map(len, page_grams)) <= 4
