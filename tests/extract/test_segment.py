"""The one segmenter: clauses, sentences and paragraphs by offset (sentences written for these tests)."""
from taizhang.extract.segment import (Layout, clause_bounds, first_clause, line_spans, list_clause_bounds,
                                      list_clauses, part_around, part_bounds, sentence_bounds)

TEXT = "上半年,全县完成投资1,234万元,同比增长5%。下半年将继续推进;力争全年达到3000万元!\n二、主要任务\n加快建设。"


def test_clause_sentence_paragraph_spans():
    lay = Layout(TEXT)
    p = TEXT.index("1,234")
    s, e = lay.clause_of(p)
    assert TEXT[s:e] == "全县完成投资1,234万元"  # the thousands comma does not split
    s, e = lay.sent_of(p)
    assert TEXT[s:e] == "上半年,全县完成投资1,234万元,同比增长5%"
    s, e = lay.para_of(TEXT.index("主要"))
    assert TEXT[s:e] == "二、主要任务"
    assert [TEXT[a:b] for a, b in lay.paragraphs()][1] == "二、主要任务"
    assert len(lay.sentences()) == 4


def test_one_off_helpers_agree_with_layout():
    lay = Layout(TEXT)
    for p in (TEXT.index("同比"), TEXT.index("力争"), TEXT.index("加快")):
        assert clause_bounds(TEXT, p) == lay.clause_of(p)
        assert sentence_bounds(TEXT, p) == lay.sent_of(p)


def test_run_on_text_is_cut_into_bounded_pieces():
    text = "数" * 5000
    s, e = Layout(text).clause_of(4500)
    assert e - s <= 400 and s <= 4500 < e


def test_sentence_parts_split_at_semicolons():
    text = "甲县增长5%;乙县增长6%。丙县增长7%"
    lay = Layout(text)
    p = text.index("乙")
    assert text[slice(*lay.part_of(p))] == "乙县增长6%"
    assert part_bounds(text, p) == lay.part_of(p)
    assert text[slice(*lay.sent_of(p))] == "甲县增长5%;乙县增长6%"


def test_list_clause_keeps_an_enumeration_whole():
    text = "今年,甲路、乙桥、丙站项目开工建设,总投资2,500万元。"
    s, e = list_clause_bounds(text, text.index("乙桥"))
    assert text[s:e] == "甲路、乙桥、丙站项目开工建设"  # 、 does not split here
    s, e = clause_bounds(text, text.index("乙桥"))
    assert text[s:e] == "乙桥"  # the general clause does
    s, e = list_clause_bounds(text, text.index("500"))
    assert text[s:e] == "500万元"  # every comma splits a list clause


def test_list_clause_looks_back_and_ahead_separately():
    text = "甲" * 50 + "乙" * 50
    assert list_clause_bounds(text, 60, back=5, ahead=7) == (55, 67)


def test_part_bounds_narrower_look_back():
    text = "前一句。" + "字" * 30 + "末"
    p = text.index("末")
    assert part_bounds(text, p)[0] == 4
    assert part_bounds(text, p, back=10)[0] == p - 10


def test_part_around_keeps_its_full_stop_and_drops_leading_blanks():
    text = "第一件事办完了。  第二件事正在办;第三件事\n第四件"
    a = text.index("正在")
    s, e = part_around(text, a, a + 2)
    assert text[s:e] == "第二件事正在办;"
    a = text.index("第三")
    s, e = part_around(text, a, a + 2)
    assert text[s:e] == "第三件事"  # a line break ends the part and is not taken
    s, e = part_around(text, a, a + 2, limit=1)
    assert (s, e) == (a, a + 3)


def test_list_clauses_with_brackets_cutting_too():
    text = "甲局、乙局按职责分工负责(丙办配合);丁委牵头"
    assert [text[a:b] for a, b in list_clauses(text)] == ["甲局、乙局按职责分工负责(丙办配合)", "丁委牵头"]
    assert [text[a:b] for a, b in list_clauses(text, also="()")] == ["甲局、乙局按职责分工负责", "丙办配合", "丁委牵头"]


def test_first_clause_skips_separators_inside_quotes_and_brackets():
    text = "一是推进“放管服,一网办”改革,做好服务\n下一行"
    s, e = first_clause(text, text.index("推进"))
    assert text[s:e] == "推进“放管服,一网办”改革"
    s, e = first_clause(text, text.index("做好"))
    assert text[s:e] == "做好服务"  # a line break ends it


def test_clause_start_is_after_the_last_separator_before_the_position():
    from taizhang.extract.segment import clause_start
    text = "岚溪县完成投资1,250万元,同比增长8%"
    assert text[clause_start(text, len(text)):] == "同比增长8%"
    assert clause_start("完成投资1,250万元", 11) == 0  # a thousands comma cuts nothing
    bracketed = "较时序进度(慢2个百分点"
    assert bracketed[clause_start(bracketed, len(bracketed), also="(（"):] == "慢2个百分点"
    assert clause_start(bracketed, len(bracketed)) == 0
    assert clause_start("甲乙丙丁戊,己庚", 8, back=2) == 6


def test_bounds_from_listed_offsets_equal_the_window_scan():
    """A long text asked about again and again (one document's walk) is answered from its separator offsets,
    listed once; every answer is the one a scan of the window gives."""
    import random

    from taizhang.extract import segment

    def scanned(sep, text, pos, back, ahead):
        lo = max(0, pos - back)
        start = lo
        for m in sep.finditer(text, lo, max(lo, pos)):
            start = m.end()
        m = sep.search(text, pos, min(len(text), pos + ahead))
        return start, (m.start() if m else min(len(text), pos + ahead))

    rng = random.Random(3)
    pieces = ["岚溪县", "推进", "，", "。", "、", "；", "：", "\n", "12,345", "!", "?", "项目", "青川市", ";"]
    text = "".join(rng.choice(pieces) for _ in range(900))
    assert len(text) >= segment._INDEX_MIN
    for sep, fn in ((segment.LIST_CLAUSE_SEP, segment.list_clause_bounds), (segment.PART_SEP, segment.part_bounds),
                    (segment.SENT_SEP, segment.sentence_bounds)):
        for pos in list(range(0, len(text) + 3)) + [rng.randrange(len(text)) for _ in range(200)]:
            if fn is segment.list_clause_bounds:
                back, ahead = rng.choice([(120, 160), (5, 0), (0, 3), (400, 400)])
                got = fn(text, pos, back, ahead)
            else:
                back = ahead = rng.choice([400, 7, 0])
                got = fn(text, pos, back) if fn is segment.sentence_bounds else fn(text, pos, ahead, back=back)
            assert got == scanned(sep, text, pos, back, ahead), (sep.pattern, pos)
        assert segment._seen[id(sep)][0] is text and segment._seen[id(sep)][1] is not None  # the offsets were listed


def test_line_spans_index_every_line_by_its_offsets_in_the_text():
    text = "一、总体情况\n\n全县新增就业1200人。\n"
    spans = line_spans(text)
    assert [text[a:b] for a, b in spans] == text.split("\n")
    assert spans[-1] == (len(text), len(text))  # the empty line after the final newline
    assert line_spans("") == [(0, 0)]
