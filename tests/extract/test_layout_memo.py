from taizhang.extract import scope
from taizhang.extract.normalize import normalize_chars
from taizhang.extract.segment import Layout

TEXT = normalize_chars("二、重点项目\n3.岚溪大桥改造工程：年度计划投资2.5亿元，完成投资1.8亿元；青川路拓宽工程完成投资0.6亿元。\n")


def test_row_head_is_worked_out_once_per_value_start(monkeypatch):
    layout = Layout(TEXT)
    vs = TEXT.index("2.5")
    want = scope._row_head(TEXT, Layout(TEXT), vs)
    assert want is not None and want[2] == "岚溪大桥改造工程"
    calls = []
    real = scope._row_head
    monkeypatch.setattr(scope, "_row_head", lambda *a: calls.append(a[2]) or real(*a))
    assert scope.row_head(TEXT, layout, vs) == want
    assert scope.row_head(TEXT, layout, vs) == want
    later = TEXT.index("0.6")
    assert scope.row_head(TEXT, layout, later) == real(TEXT, Layout(TEXT), later)
    assert calls == [vs, later]


def test_row_head_of_another_text_than_the_layout_s_is_not_remembered(monkeypatch):
    layout = Layout(TEXT)
    other = TEXT.replace("岚溪大桥", "青川隧道")
    vs = other.index("2.5")
    assert scope.row_head(other, layout, vs)[2] == "青川隧道改造工程"
    assert layout.memo.get("row_head", {}) == {}
