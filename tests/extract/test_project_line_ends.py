"""Lines named by their ends joined with a dash (甲—乙特高压直流, 甲—乙—丙特高压交流, 甲-乙高速公路) and by a voltage's
sign (甲—乙±800千伏特高压直流输电工程): the dashes and the sign are inside the name, whose words run on over them to the
left; a class of works written before such a name (又一条外送电通道甲—乙…) is no part of it, and one line counted (一条)
is still one work.  A dash doubled (——) or between numbers (1—7月) joins nothing.

Every sentence here is written for the test (fictitious places 岚溪, 青川, 白河, 柳岸, 雾溪, 石屏); none is corpus text.
"""
from __future__ import annotations

from taizhang.extract.pipeline import extract_text


def run(text: str) -> dict[str, tuple[str, str]]:
    return {p.mention: (p.name, p.stage) for p in extract_text(text, name="t.txt", fmt=None).projects}


def test_lines_named_by_their_ends_in_a_grid_companys_news():
    got = run("青川电网公司推进重点工程建设\n今年1-7月,岚溪—白河、柳岸—雾溪特高压交流开工建设,青川—石屏特高压直流竣工投产。"
              "年内,建成投产岚溪—柳岸—石屏特高压交流等工程。\n")
    assert got.get("柳岸—雾溪特高压交流", ("", ""))[1] == "under_construction", got
    assert got.get("青川—石屏特高压直流", ("", ""))[1] == "operating", got
    assert "岚溪—白河" in got, got
    assert any(m.startswith("岚溪—柳岸—石屏") for m in got), got


def test_a_line_with_its_voltage_and_a_class_before_it():
    got = run("青川省新闻\n6月29日上午,青川省又一条外送电通道岚溪—白河±800千伏特高压直流输电工程在石屏开工建设。\n")
    assert got == {"岚溪—白河±800千伏特高压直流输电工程": ("岚溪—白河±800千伏特高压直流输电工程", "under_construction")}, got


def test_a_doubled_dash_joins_nothing():
    got = run("岚溪县重点项目进展\n——白河大桥建成通车。1—7月,柳岸污水处理厂开工建设。\n")
    assert set(got) == {"白河大桥", "柳岸污水处理厂"}, got
