"""The learned indicator: a character tagger trained on annotated pages revises the rules' indicators.

Pages and figures are invented (岚溪县 and its neighbours)."""
import json

import pytest

from taizhang.extract import pipeline
from taizhang.extract.learned import indicator as ind
from taizhang.extract.learned import rules_only, train

MEASURES = ["农机总动力", "茶叶产量", "快递业务量", "民宿床位数", "花卉种植面积", "冷链仓储容量", "竹制品出口额",
            "光伏装机容量", "林下经济产值", "电商交易额"]
PLACES = ["岚溪县", "青棠县", "柳川县", "云岫县", "石泉县"]


def _page(place: str, k: int) -> tuple[str, list[tuple[str, str, float]]]:
    """A short invented report: two measures of a county, each ``全县<measure>增长<x>%``; returns the text and
    (measure, token, value) of each figure."""
    a, b = MEASURES[k % len(MEASURES)], MEASURES[(k + 3) % len(MEASURES)]
    x, y = f"{k % 9 + 1}.{k % 7}", f"{(k + 4) % 9 + 1}.{(k + 2) % 7}"
    text = f"{place}2031年发展情况\n2030年,全县{a}增长{x}%,{b}增长{y}%。\n"
    return text, [(a, x, float(x)), (b, y, float(y))]


def _corpus(root, pages):
    (root / "docs").mkdir(parents=True)
    (root / "gold" / "facts").mkdir(parents=True)
    for n, (text, figures) in enumerate(pages):
        name = f"p{n:02d}.txt"
        (root / "docs" / name).write_text(text, encoding="utf-8")
        at = 0
        rows = []
        for measure, token, value in figures:
            s = text.index(token, at)
            at = s + len(token)
            rows.append({"doc": name, "vstart": s, "vend": at, "value": value, "unit": "%", "kind": "actual",
                         "measure": "growth", "comparator": "=", "period": "2030", "subject": "",
                         "indicator": measure})
        (root / "gold" / "facts" / f"p{n:02d}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return root


def test_the_trainer_learns_a_toy_corpus_and_reads_a_held_out_sentence(tmp_path):
    pages = [_page(PLACES[k % len(PLACES)], k) for k in range(12)]
    root = _corpus(tmp_path / "toy", pages)
    out = tmp_path / "toy.crfsuite"
    assert train.main(["indicator", str(root), "--out", str(out)]) == 0
    reviser = ind.Reviser(out.read_bytes(), threshold=0.0)
    text = "青棠县2032年发展情况\n2031年,全县蜂蜜产量增长4.4%。\n"
    with rules_only():
        ex = pipeline.extract_text(text, "held.txt", strict=True)
    (fact,) = [f for f in ex.facts if f.value == 4.4]
    new, p = reviser.propose(ind.example(ex.doc, fact))
    assert new == "蜂蜜产量" and p > 0.5


def test_the_rules_reading_stands_where_the_model_is_unsure(tmp_path):
    text = "岚溪县2031年发展情况\n2030年,全县茶叶产量增长3.2%。\n"
    with rules_only():
        ex = pipeline.extract_text(text, "page.txt", strict=True)
    (fact,) = [f for f in ex.facts if f.value == 3.2]
    fact.indicator = "茶叶"  # a reading the model would extend
    never_sure = ind.Reviser(ind._model_bytes(), threshold=1.01)
    assert never_sure.revise(ex.doc, [fact]) == 0 and fact.indicator == "茶叶"


def test_a_reading_put_together_beyond_the_window_is_kept():
    text = "岚溪县2031年发展情况\n2030年,全县茶叶产量增长3.2%。\n"
    with rules_only():
        ex = pipeline.extract_text(text, "page.txt", strict=True)
    (fact,) = [f for f in ex.facts if f.value == 3.2]
    fact.indicator = "茶叶产量排名"  # 排名 is written nowhere near: the rules put it together
    always = ind.Reviser(ind._model_bytes(), threshold=0.0)
    example = ind.example(ex.doc, fact)
    assert not example.whole
    assert always.decide(example, fact.indicator) == "茶叶产量排名"


def test_a_failure_inside_the_stage_is_recorded_not_swallowed(monkeypatch):
    monkeypatch.setattr(ind, "_model_bytes", lambda: b"not a model")
    ind._shipped.cache_clear()
    try:
        ex = pipeline.extract_text("岚溪县2030年茶叶产量增长3.2%。\n", "page.txt")
    finally:
        ind._shipped.cache_clear()
    assert [e.stage for e in ex.errors] == ["learned-indicator"]
    assert [f.value for f in ex.facts] == [3.2]  # the rules' facts stay
    with pytest.raises(Exception):
        monkeypatch.setattr(ind, "_model_bytes", lambda: b"not a model")
        pipeline.extract_text("岚溪县2030年茶叶产量增长3.2%。\n", "page.txt", strict=True)
    ind._shipped.cache_clear()


def test_the_shipped_model_loads_and_runs_on_an_invented_page():
    text = ("岚溪县2031年政府工作报告\n2030年,全县地区生产总值增长6.1%,规模以上工业增加值增长7.3%,"
            "完成固定资产投资128亿元,其中民间投资增长4.6%。\n")
    ex = pipeline.extract_text(text, "page.txt", strict=True)
    assert not ex.errors
    assert isinstance(ind._shipped(), ind.Reviser)
    by_value = {f.value: f.indicator for f in ex.facts}
    assert "地区生产总值" in by_value[6.1] and "工业增加值" in by_value[7.3]
    for f in ex.facts:
        new, p = ind._shipped().propose(ind.example(ex.doc, f))
        assert 0.0 <= p <= 1.0 and isinstance(new, str)


def test_a_cut_of_the_rules_reading_is_refused():
    text = "全县有茶园3532亩,比上年增加47亩"
    vs = text.index("47")
    rules = ind.align("茶园比上年增加", text, (vs, vs + 2))
    example = ind.Example(text, text, vs, vs + 2, rules, True, "delta")

    def labelled(chars):
        return ["I" if text[i] in chars and i < vs else "O" for i in range(len(text))]

    assert ind.reading(example, labelled("比上年增加")) == "比上年增加"
    assert ind.cuts_the_rules(example, labelled("比上年增加"))  # only a part of the rules' reading
    assert ind.cuts_the_rules(example, labelled("全县比上年增加"))  # 茶园, a clause before, dropped
    assert not ind.cuts_the_rules(example, labelled("有茶园比上年增加"))  # an extension
