"""What a figure's readers now read once per document or paragraph answers what reading it for each figure gave
(invented texts): the year headings a part's year is looked for among, the item paragraphs a list's lead is walked
back over, the first figure of a sentence found by bisection."""
from taizhang.extract import scope
from taizhang.extract.segment import Headings, Layout

REPORT = ("岚溪县人民政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长6.1%。\n（一）产业发展\n新开工项目42个。\n"
          "重点工作\n二、今年工作安排\n力争完成投资120亿元。\n（二）城乡建设\n新建道路18公里。\n三、2027年主要目标\n"
          "人口达到52万人。\n附件\n项目清单\n")


def _lines(text: str, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for h in heads:
        a = text.index(h)
        out.append((a, a + len(h)))
    return sorted(out)


def _plain_section_year(text, vs, outline, year, floor):
    """The walk over every heading line within reach, as the part's year was read before."""
    years = scope._heading_years(text, outline)
    for k, h in outline.above_indexed(vs, scope.SECTION_LOOKBACK):
        if h[1] <= floor:
            break
        if h[1] > vs:
            continue
        named, word, _ = years[k]  # (whether the heading is a digest's year heading: no bearing on the year)
        if named is not None:
            return named
        if word is not None and year:
            return year + word
    return None


def test_a_parts_year_read_from_the_year_headings_only():
    heads = ("岚溪县人民政府工作报告", "一、2025年工作回顾", "（一）产业发展", "重点工作", "二、今年工作安排", "（二）城乡建设",
             "三、2027年主要目标", "附件", "项目清单")
    outline = Headings(_lines(REPORT, heads))
    got = set()
    for year in (None, 2026):
        for floor in (-1, 0, 20, 45, 70):
            for vs in range(len(REPORT) + 1):
                want = _plain_section_year(REPORT, vs, outline, year, floor)
                assert scope._section_year(REPORT, vs, outline, [], [], year, floor) == want, (year, floor, vs)
                got.add(want)
    assert got == {None, 2025, 2026, 2027}


def test_a_parts_year_with_heading_lines_out_of_order_walks_them_all():
    heads = ("一、2025年工作回顾", "二、今年工作安排")
    lines = _lines(REPORT, heads)
    outline = Headings([lines[0], (lines[1][0], len(REPORT)), (lines[1][0] + 1, lines[1][1])])
    assert scope._year_heading_marks(REPORT, outline) is None
    for vs in range(len(REPORT) + 1):
        assert scope._section_year(REPORT, vs, outline, [], [], 2026) == _plain_section_year(REPORT, vs, outline,
                                                                                              2026, -1)


ITEMS = ("2026年主要预期目标是:\n地区生产总值增长6%左右;\n一般公共预算收入增长5%;\n城镇新增就业3000人;\n"
         "粮食产量850万吨,保持上年水平;\n今年计划完成投资50亿元;\n")


def test_an_item_paragraph_is_judged_once_as_read_each_time():
    layout = Layout(ITEMS)
    spans = layout.paragraphs()
    verdicts = [scope._continues_items(ITEMS, a, b) for a, b in spans]
    assert verdicts == [False, True, True, True, True, False]
    for _ in range(2):  # (asked again: the kept verdict)
        assert [scope._items_only(ITEMS, layout, a, b) for a, b in spans] == verdicts
    other = ITEMS.replace("3000", "4000")
    assert [scope._items_only(other, layout, a, b) for a, b in spans] == verdicts  # (another text: read as it is)


def test_the_first_figure_of_a_span_found_by_bisection_as_by_a_walk():
    from taizhang.extract.facts import _first_cand_between
    from taizhang.extract.figure import Cand
    text = "岚溪县签约项目12个,总投资86亿元;新开工项目9个,总投资41亿元。"
    starts = [i for i, ch in enumerate(text) if ch.isdigit() and (i == 0 or not text[i - 1].isdigit())]
    cands = [Cand(s, s + 2, 1.0, "个", s + 3) for s in starts]
    layout = Layout(text)
    layout.cand_starts = sorted(c.vs for c in cands)
    shuffled = cands[2:] + cands[:2]  # (values listed out of order: the walk answers)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 2):
            for xs in (cands, shuffled):
                assert _first_cand_between(xs, layout, lo, hi) is next((x for x in xs if lo <= x.vs < hi), None)
